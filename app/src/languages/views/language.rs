//! Languages: the `language` screen.
use super::*;

/// `/languages/:id`: change language `id` (counted from 1).
#[component]
pub fn LanguagePage() -> impl IntoView {
    crate::ui::record_page(&[Role::Participant], fetch_language, |(n, lang)| {
        view! { <LanguageForm n=Some(n) lang/> }.into_any()
    })
}
