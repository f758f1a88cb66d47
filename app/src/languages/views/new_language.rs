//! Languages: the `new_language` screen.
use super::*;

/// `/languages/new`.
#[component]
pub fn NewLanguagePage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <LanguageForm n=None lang=KnownLanguage::default()/>
        </RequireRole>
    }
}
