//! Strengths: the server functions: who asks, what they may do, the store, the answer.
use super::*;

#[server(prefix = "/api", endpoint = "my-strengths")]
pub async fn my_strengths() -> Result<StrengthsDoc, AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Read).await?;
    crate::profile::document::load(&state, &me).await
}

/// The strengths ticked on the list; examples of those still ticked are kept.
#[server(prefix = "/api", endpoint = "save-picks")]
pub async fn save_picks(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Change).await?;
    let picks = server::picks_from(&fields).map_err(|i| server::refuse(i, &fields))?;
    crate::profile::document::edit(&state, &me, |doc: &mut StrengthsDoc| {
        if picks.len() + doc.own.len() > MAX_STRENGTHS {
            let mut invalid = Invalid::new();
            invalid.add("pick-heart", FieldProblem::TooManyStrengths);
            return Err(server::refuse(invalid, &fields));
        }
        let before = std::mem::take(&mut doc.picked);
        doc.picked = picks
            .iter()
            .map(|(group, slug)| Picked {
                group: *group,
                slug: slug.clone(),
                example: before
                    .iter()
                    .find(|p| p.group == *group && p.slug == *slug)
                    .map(|p| p.example.clone())
                    .unwrap_or_default(),
            })
            .collect();
        Ok(())
    })
    .await?;
    tracing::info!(user = %me.id, picked = picks.len(), "strengths picked");
    leptos_axum::redirect("/strengths?picked=1");
    Ok(())
}

/// A strength in the person's own words.
#[server(prefix = "/api", endpoint = "save-own-strength")]
pub async fn save_own_strength(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Change).await?;
    let mut invalid = Invalid::new();
    let group = Group::parse(server::get(&fields, "group"));
    if group.is_none() {
        invalid.add("group", FieldProblem::ChooseOne);
    }
    let text = server::line(&fields, "text", LINE_CHARS, &mut invalid);
    if text.is_empty() {
        invalid.add("text", FieldProblem::Required);
    }
    let example = server::text(&fields, "example", TEXT_CHARS, &mut invalid);
    let Some(group) = group.filter(|_| invalid.errors.is_empty()) else {
        return Err(server::refuse(invalid, &fields));
    };
    crate::profile::document::edit(&state, &me, |doc: &mut StrengthsDoc| {
        if let Some(same) = doc
            .own
            .iter()
            .find(|o| o.text.to_lowercase() == text.to_lowercase())
        {
            // Sent twice: once is enough. The same words in another group, or
            // with another example, are said to be there already.
            if same.group == group && same.example == example {
                return Ok(());
            }
            let mut invalid = Invalid::new();
            invalid.add("text", FieldProblem::Duplicate);
            return Err(server::refuse(invalid, &fields));
        }
        if doc.picked.len() + doc.own.len() >= MAX_STRENGTHS {
            let mut invalid = Invalid::new();
            invalid.add("text", FieldProblem::TooManyStrengths);
            return Err(server::refuse(invalid, &fields));
        }
        doc.own.push(OwnStrength {
            group,
            text: text.clone(),
            example: example.clone(),
        });
        Ok(())
    })
    .await?;
    tracing::info!(user = %me.id, "own strength saved");
    leptos_axum::redirect("/strengths/own?saved=1");
    Ok(())
}

/// Removes own strength `n` (from 1), if it still says `was`.
#[server(prefix = "/api", endpoint = "remove-own-strength")]
pub async fn remove_own_strength(n: usize, was: String) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Change).await?;
    crate::profile::document::edit(&state, &me, |doc: &mut StrengthsDoc| {
        let i = n.checked_sub(1).ok_or(AppError::BadRequest)?;
        if doc.own.get(i).is_some_and(|o| o.text == was) {
            doc.own.remove(i);
        }
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/strengths/own?removed=1");
    Ok(())
}

/// The examples, one field per strength (`ex-heart-calm`, `ex-own-2`).
#[server(prefix = "/api", endpoint = "save-examples")]
pub async fn save_examples(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Change).await?;
    let mut invalid = Invalid::new();
    let mut examples = BTreeMap::new();
    for name in fields.keys().filter(|k| k.starts_with("ex-")) {
        examples.insert(
            name.clone(),
            server::text(&fields, name, TEXT_CHARS, &mut invalid),
        );
    }
    if !invalid.errors.is_empty() {
        return Err(server::refuse(invalid, &fields));
    }
    crate::profile::document::edit(&state, &me, |doc: &mut StrengthsDoc| {
        for p in &mut doc.picked {
            if let Some(e) = examples.get(&format!("ex-{}-{}", p.group.code(), p.slug)) {
                p.example = e.clone();
            }
        }
        // Own strengths go by number: only while the number still names the same
        // words (another tab may have removed one).
        for (i, o) in doc.own.iter_mut().enumerate() {
            let n = i + 1;
            let same = fields.get(&format!("was-own-{n}")) == Some(&o.text);
            if let Some(e) = examples.get(&format!("ex-own-{n}")).filter(|_| same) {
                o.example = e.clone();
            }
        }
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/strengths?examples=1");
    Ok(())
}

/// Interests (a line each) and what the person cares about.
#[server(prefix = "/api", endpoint = "save-interests")]
pub async fn save_interests(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Change).await?;
    let mut invalid = Invalid::new();
    let interests = server::lines(
        &fields,
        "interests",
        MAX_INTERESTS,
        LINE_CHARS,
        &mut invalid,
    );
    let cares = server::text(&fields, "cares", TEXT_CHARS, &mut invalid);
    if !invalid.errors.is_empty() {
        return Err(server::refuse(invalid, &fields));
    }
    crate::profile::document::edit(&state, &me, |doc: &mut StrengthsDoc| {
        doc.interests = interests.clone();
        doc.cares = cares.clone();
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/strengths?interests=1#interests");
    Ok(())
}

/// The work wanted, a line each.
#[server(prefix = "/api", endpoint = "save-work-goals")]
pub async fn save_work_goals(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Change).await?;
    let mut invalid = Invalid::new();
    let goals = server::lines(
        &fields,
        "work_goals",
        MAX_WORK_GOALS,
        LINE_CHARS,
        &mut invalid,
    );
    if !invalid.errors.is_empty() {
        return Err(server::refuse(invalid, &fields));
    }
    crate::profile::document::edit(&state, &me, |doc: &mut StrengthsDoc| {
        doc.work_goals = goals.clone();
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/strengths?work=1#work");
    Ok(())
}

#[server(prefix = "/api", endpoint = "save-conditions")]
pub async fn save_conditions(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Change).await?;
    let conditions = server::conditions_from(&fields, state.clock.today())
        .map_err(|i| server::refuse(i, &fields))?;
    crate::profile::document::edit(&state, &me, |doc: &mut StrengthsDoc| {
        doc.conditions = conditions.clone();
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/strengths?conditions=1#conditions");
    Ok(())
}

/// A note on an earlier job.
#[server(prefix = "/api", endpoint = "save-history-note")]
pub async fn save_history_note(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<HistoryDoc>(Act::Change).await?;
    let mut invalid = Invalid::new();
    let note = HistoryNote {
        job: server::line(&fields, "job", LINE_CHARS, &mut invalid),
        worked: server::text(&fields, "worked", TEXT_CHARS, &mut invalid),
        not_worked: server::text(&fields, "not_worked", TEXT_CHARS, &mut invalid),
        why_ended: server::text(&fields, "why_ended", TEXT_CHARS, &mut invalid),
    };
    if note.job.is_empty() {
        invalid.add("job", FieldProblem::Required);
    }
    if !invalid.errors.is_empty() {
        return Err(server::refuse(invalid, &fields));
    }
    crate::profile::document::edit(&state, &me, |doc: &mut HistoryDoc| {
        if doc.notes.contains(&note) {
            return Ok(());
        }
        if doc.notes.len() >= MAX_NOTES {
            let mut invalid = Invalid::new();
            invalid.add("job", FieldProblem::TooManyNotes);
            return Err(server::refuse(invalid, &fields));
        }
        doc.notes.push(note.clone());
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/strengths/history?saved=1");
    Ok(())
}

/// Removes note `n` (from 1), if it is still about `was`.
#[server(prefix = "/api", endpoint = "remove-history-note")]
pub async fn remove_history_note(n: usize, was: String) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<HistoryDoc>(Act::Change).await?;
    crate::profile::document::edit(&state, &me, |doc: &mut HistoryDoc| {
        let i = n.checked_sub(1).ok_or(AppError::BadRequest)?;
        if doc.notes.get(i).is_some_and(|h| h.job == was) {
            doc.notes.remove(i);
        }
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/strengths/history?removed=1");
    Ok(())
}

/// The signed-in participant's notes on earlier jobs: only their own page carries them.
#[server(prefix = "/api", endpoint = "my-history-notes")]
pub async fn my_history_notes() -> Result<HistoryDoc, AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<HistoryDoc>(Act::Read).await?;
    crate::profile::document::load(&state, &me).await
}
