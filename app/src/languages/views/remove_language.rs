//! Languages: the `remove_language` screen.
use super::*;

/// `/languages/:id/remove`: asks before a language and all its answers are removed.
#[component]
pub fn RemoveLanguagePage() -> impl IntoView {
    crate::ui::record_page(&[Role::Participant], fetch_language, |(n, lang)| {
        view! { <RemoveLanguageQuestion n lang/> }.into_any()
    })
}

#[component]
pub(crate) fn RemoveLanguageQuestion(n: usize, lang: KnownLanguage) -> impl IntoView {
    let (action, error) = form::<RemoveLanguage>();
    view! {
        <Page title=Key::RemoveLanguageTitle error=error>
            <ErrorSummary error=error/>
            <p dir="auto">{tf(Key::RemoveLanguageQuestion, &[("name", &lang.name)])}</p>
            <ActionForm action=action attr:class="form">
                {crate::ui::remove_fields(n, lang.name.clone(), Key::RemoveLanguageButton)}
            </ActionForm>
            <p><a href="/languages" class="button secondary">{t(Key::CancelLink)}</a></p>
        </Page>
    }
}
