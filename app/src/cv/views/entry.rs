//! Cv: the `entry` screen.
use super::*;

/// One entry's form: `/cv/3/work/new` adds, `/cv/3/work/0` edits.
#[component]
pub fn CvEntryPage() -> impl IntoView {
    let Some(section) = list_section() else {
        return view! { <crate::pages::NotFound/> }.into_any();
    };
    let index = param("index");
    with_cv(move |opened| {
        let index = match index.as_deref() {
            Some("new") => None,
            Some(i) => match i.parse::<usize>() {
                Ok(i) if i < section.len(&opened.cv) => Some(i),
                _ => return view! { <crate::pages::NotFound/> }.into_any(),
            },
            None => return view! { <crate::pages::NotFound/> }.into_any(),
        };
        view! { <EntryForm section index opened/> }.into_any()
    })
    .into_any()
}

#[component]
pub(super) fn EntryForm(
    section: ListSection,
    index: Option<usize>,
    opened: OpenedCv,
) -> impl IntoView {
    let OpenedCv { id, cv, .. } = opened;
    let (action, error) = form::<SaveEntry>();
    let values = section.values(&cv, index);
    let value = move |name: &str| {
        values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let title = if index.is_some() {
        section.title()
    } else {
        section.add_label()
    };
    let slug = section.slug();
    let first_field = section.fields()[0].name;
    let shown_headline = value(first_field);
    let kept_index = error
        .get_untracked()
        .and_then(|e| e.value("index"))
        .unwrap_or_else(|| index.map(|i| i.to_string()).unwrap_or_else(|| "new".into()));
    let kept_expect = error
        .get_untracked()
        .and_then(|e| e.value("expect"))
        .unwrap_or(shown_headline);
    // A new entry's form carries a draft token, so that a second save of it (autosave,
    // the leave-page beacon, a double tap) updates the entry instead of adding it twice.
    let draft = error
        .get_untracked()
        .and_then(|e| e.value("draft"))
        .unwrap_or_else(new_draft);
    // What this entry was as the form was drawn; a new one has nothing to compare.
    let seen = kept_index
        .parse::<usize>()
        .ok()
        .and_then(|at| CvPart::Entry(section, at).fingerprint(&cv));
    let fields = section
        .fields()
        .iter()
        .map(|f| match f.kind {
            FieldKind::Ongoing => view! {
                <Checkbox name=f.name.to_string() label=t(f.label).to_string()
                    checked=!value(f.name).is_empty() error=error/>
            }
            .into_any(),
            FieldKind::Lines => view! {
                <TextField name=f.name label=f.label hint=f.hint value=value(f.name) rows=5 error=error/>
            }
            .into_any(),
            FieldKind::Paragraph => view! {
                <TextField name=f.name label=f.label hint=f.hint value=value(f.name) rows=4 error=error/>
            }
            .into_any(),
            FieldKind::Text | FieldKind::Date => view! {
                <TextField name=f.name label=f.label hint=f.hint value=value(f.name) error=error/>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <Page title=title error=error>
            <p><a href=format!("/cv/{id}/{slug}") class="back">{tf(Key::CvBackToSection, &[("section", t(section.title()))])}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:id="entry-form" attr:novalidate=true>
                <input type="hidden" name="id" value=id.get()/>
                <input type="hidden" name="section" value=slug/>
                // Which entry this is, and its headline as shown: kept through a refused
                // save, and updated by autosave once a new entry has been stored.
                <input type="hidden" name="index" value=kept_index/>
                <input type="hidden" name="expect" value=kept_expect data-field=first_field/>
                <input type="hidden" name="draft" value=draft/>
                <input type="hidden" name="seen" value=seen/>
                {fields}
                {autosave("entry-form")}
                <Submit label=Key::SaveButton/>
            </ActionForm>
            {index.map(|i| view! {
                <p><a class="button secondary" href=format!("/cv/{id}/{slug}/{i}/remove")>{t(Key::CvRemoveLink)}</a></p>
            })}
        </Page>
    }
}

#[cfg(feature = "ssr")]
pub(super) fn new_draft() -> String {
    crate::ssr::random_hex(16)
}

#[cfg(not(feature = "ssr"))]
pub(super) fn new_draft() -> String {
    String::new()
}
