//! Languages: the server functions: who asks, what they may do, the store, the answer.
use super::*;

#[cfg(feature = "ssr")]
pub(crate) fn view_of(doc: LanguagesDoc) -> LanguagesView {
    let passed = doc
        .sfi
        .passed
        .iter()
        .filter_map(|(c, d)| Some((*c, crate::ssr::clock::calendar_day(d.parse().ok()?))))
        .collect();
    LanguagesView { doc, passed }
}

#[server(prefix = "/api", endpoint = "my-languages")]
pub async fn my_languages() -> Result<LanguagesView, AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Read).await?;
    Ok(view_of(crate::profile::document::load(&state, &me).await?))
}

/// Language `n` (counted from 1) of the signed-in participant's list.
#[server(prefix = "/api", endpoint = "my-language")]
pub async fn fetch_language(n: usize) -> Result<(usize, KnownLanguage), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Read).await?;
    let doc: LanguagesDoc = crate::profile::document::load(&state, &me).await?;
    let index = n.checked_sub(1).ok_or(AppError::NotFound)?;
    let lang = doc.languages.get(index).ok_or(AppError::NotFound)?;
    Ok((n, lang.clone()))
}

/// The first step: adds a language, or (with `n` and the name it had, `was`) changes one:
/// its name and whether it is the mother tongue. A mother tongue is done here; any other
/// language goes on to the first skill the form did not answer (the step form answers none).
#[server(prefix = "/api", endpoint = "save-language")]
pub async fn save_language(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Change).await?;
    let lang = server::language_from(&fields).map_err(|i| server::refuse(i, &fields))?;
    let editing = server::index_from(&fields)?;
    let was = fields.get("was").cloned().unwrap_or_default();
    let n = crate::profile::document::edit(&state, &me, |doc: &mut LanguagesDoc| {
        // The language the form was drawn for. Gone altogether, the form's language
        // is added: what was chosen is never lost.
        let editing = server::find_editing(doc, editing, &was);
        let clash = doc
            .languages
            .iter()
            .enumerate()
            .any(|(i, l)| Some(i) != editing && server::same_name(&l.name, &lang.name));
        let mut invalid = Invalid::new();
        if clash {
            invalid.add("language", FieldProblem::Duplicate);
            return Err(server::refuse(invalid, &fields));
        }
        let full = doc.languages.len() >= MAX_LANGUAGES;
        match editing.and_then(|i| doc.languages.get_mut(i).map(|l| (i, l))) {
            Some((i, l)) => {
                *l = l.changed_by(lang.clone());
                Ok(i + 1)
            }
            None if full => {
                invalid.add("language", FieldProblem::TooManyLanguages);
                Err(server::refuse(invalid, &fields))
            }
            None => {
                doc.languages.push(lang.clone());
                Ok(doc.languages.len())
            }
        }
    })
    .await?;
    tracing::info!(user = %me.id, n, "language saved");
    let next = Skill::ALL
        .into_iter()
        .find(|s| !lang.native && !lang.answered(*s));
    leptos_axum::redirect(&server::after_step(n, next));
    Ok(())
}

/// A skill's step: the answer for `skill` of language `n`, if it is still the one named
/// `was`; on to the next skill, after the last to the list. A language removed meanwhile
/// (in another tab) is not found: its answers went with it, asked first.
#[server(prefix = "/api", endpoint = "save-language-skill")]
pub async fn save_language_skill(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Change).await?;
    let skill = fields
        .get("skill")
        .and_then(|code| Skill::parse(code.trim()))
        .ok_or(AppError::BadRequest)?;
    let editing = server::index_from(&fields)?.ok_or(AppError::BadRequest)?;
    let was = fields.get("was").cloned().unwrap_or_default();
    let level = server::level_from(&fields, skill).map_err(|i| server::refuse(i, &fields))?;
    let (n, next) = crate::profile::document::edit(&state, &me, |doc: &mut LanguagesDoc| {
        let i = server::find_editing(doc, Some(editing), &was).ok_or(AppError::NotFound)?;
        let lang = &mut doc.languages[i];
        lang.answer(skill, level);
        // Forward through the skills; after the last, any skipped one.
        Ok((i + 1, skill.next().or_else(|| lang.next_open())))
    })
    .await?;
    tracing::info!(user = %me.id, n, skill = skill.code(), "language skill saved");
    leptos_axum::redirect(&server::after_step(n, next));
    Ok(())
}

/// Removes language `n`, if it is still the one named `was`.
#[server(prefix = "/api", endpoint = "remove-language")]
pub async fn remove_language(n: usize, was: String) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Change).await?;
    let removed = crate::profile::document::edit(&state, &me, |doc: &mut LanguagesDoc| {
        let i = n.checked_sub(1).ok_or(AppError::BadRequest)?;
        match doc.languages.get(i) {
            Some(l) if server::same_name(&l.name, &was) => {
                doc.languages.remove(i);
                Ok(true)
            }
            // Removed already (a second tap): nothing to do.
            _ => Ok(false),
        }
    })
    .await?;
    tracing::info!(user = %me.id, removed, "language removed");
    leptos_axum::redirect("/languages?removed=1");
    Ok(())
}

#[server(prefix = "/api", endpoint = "save-sfi")]
pub async fn save_sfi(#[server(flatten)] fields: BTreeMap<String, String>) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Change).await?;
    let sfi =
        server::sfi_from(&fields, state.clock.today()).map_err(|i| server::refuse(i, &fields))?;
    crate::profile::document::edit(&state, &me, |doc: &mut LanguagesDoc| {
        doc.sfi = sfi.clone();
        Ok(())
    })
    .await?;
    tracing::info!(user = %me.id, "SFI saved");
    leptos_axum::redirect("/languages?sfi=1#sfi");
    Ok(())
}

#[server(prefix = "/api", endpoint = "save-language-use")]
pub async fn save_language_use(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Change).await?;
    let used = server::use_from(&fields).map_err(|i| server::refuse(i, &fields))?;
    crate::profile::document::edit(&state, &me, |doc: &mut LanguagesDoc| {
        if doc.used.len() >= MAX_USES {
            let mut invalid = Invalid::new();
            invalid.add("place", FieldProblem::TooManyUses);
            return Err(server::refuse(invalid, &fields));
        }
        // Sent twice: once is enough.
        if !doc.used.contains(&used) {
            doc.used.push(used.clone());
        }
        Ok(())
    })
    .await?;
    tracing::info!(user = %me.id, "language use saved");
    leptos_axum::redirect("/languages?used=1#used");
    Ok(())
}

/// Removes place `n`, if it is still the one the page showed (`was`: its [`use_key`]).
#[server(prefix = "/api", endpoint = "remove-language-use")]
pub async fn remove_language_use(n: usize, was: String) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Change).await?;
    crate::profile::document::edit(&state, &me, |doc: &mut LanguagesDoc| {
        let i = n.checked_sub(1).ok_or(AppError::BadRequest)?;
        if doc.used.get(i).is_some_and(|u| use_key(u) == was) {
            doc.used.remove(i);
        }
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/languages?removed=1#used");
    Ok(())
}
