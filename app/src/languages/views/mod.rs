//! Languages: the screens: what people see and the forms they send.
use super::*;

mod language;
pub use language::*;
mod language_skill;
pub use language_skill::*;
mod languages;
pub use languages::*;
mod new_language;
pub use new_language::*;
mod new_language_use;
pub use new_language_use::*;
mod remove_language;
pub use remove_language::*;
mod sfi;
pub use sfi::*;

/// The first step: the language's name and whether it is the mother tongue.
#[component]
pub(super) fn LanguageForm(n: Option<usize>, lang: KnownLanguage) -> impl IntoView {
    let (action, error) = form::<SaveLanguage>();
    let title = if n.is_some() {
        Key::LanguageChange
    } else {
        Key::LanguageAdd
    };
    view! {
        <Page title=title error=error back="/languages">
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {n.map(|n| view! {
                    <input type="hidden" name="n" value=n/>
                    <input type="hidden" name="was" value=lang.name.clone()/>
                })}
                <TextField name="language" label=Key::LanguageName hint=Key::LanguageNameHint value=lang.name.clone() error=error/>
                <Checkbox name="native".into() label=t(Key::LangNativeLabel).into() checked=lang.native error=error/>
                <p class="hint">{t(Key::LangNativeHint)}</p>
                <p>{t(Key::LangStepsIntro)}</p>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}
