//! Cv: the `remove_entry` screen.
use super::*;

/// Asks before removing an entry: a mis-tap on a phone must not lose anything.
#[component]
pub fn CvRemoveEntryPage() -> impl IntoView {
    let Some(section) = list_section() else {
        return view! { <crate::pages::NotFound/> }.into_any();
    };
    let index = param("index").and_then(|i| i.parse::<usize>().ok());
    with_cv(move |OpenedCv { id, cv, .. }| {
        let Some((index, (title, _))) =
            index.and_then(|i| section.summaries(&cv).into_iter().nth(i).map(|s| (i, s)))
        else {
            return view! { <crate::pages::NotFound/> }.into_any();
        };
        let (action, error) = form::<RemoveEntry>();
        let slug = section.slug();
        view! {
            <Page title=Key::CvRemoveTitle error=error>
                <ErrorSummary error=error/>
                <p>{t(Key::CvRemoveQuestion)}</p>
                <p class="lead" dir="auto">{title.clone()}</p>
                <ActionForm action=action attr:class="form">
                    <input type="hidden" name="id" value=id.get()/>
                    <input type="hidden" name="section" value=slug/>
                    <input type="hidden" name="index" value=index/>
                    <input type="hidden" name="expect" value=title.clone()/>
                    <Submit label=Key::CvRemoveButton warning=true/>
                </ActionForm>
                <p><a href=format!("/cv/{id}/{slug}/{index}") class="button secondary">{t(Key::CancelLink)}</a></p>
            </Page>
        }
        .into_any()
    })
    .into_any()
}
