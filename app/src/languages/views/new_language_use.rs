//! Languages: the `new_language_use` screen.
use super::*;

/// `/languages/used/new`: where a language was used.
#[component]
pub fn NewLanguageUsePage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <LanguageUseForm/>
        </RequireRole>
    }
}

#[component]
pub(crate) fn LanguageUseForm() -> impl IntoView {
    let (action, error) = form::<SaveLanguageUse>();
    let kinds = UseKind::ALL
        .into_iter()
        .map(|k| (k.code(), t(k.label()).to_string()))
        .collect();
    view! {
        <Page title=Key::LangUseAdd error=error back="/languages#used">
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {crate::ui::radios("kind", Key::LangUseKind, None, kinds, String::new(), error)}
                <TextField name="language" label=Key::LanguageName hint=Key::LangUseLanguageHint value=t(Key::LangSwedish).to_string() error=error/>
                <TextField name="place" label=Key::LangUsePlace hint=Key::LangUsePlaceHint error=error/>
                <TextField name="from" label=Key::LangUseFrom hint=Key::CvDateHint error=error/>
                <TextField name="to" label=Key::LangUseTo hint=Key::CvDateHint error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}
