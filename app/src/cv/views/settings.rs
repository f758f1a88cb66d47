//! Cv: the `settings` screen.
use super::*;

#[component]
pub fn CvSettingsPage() -> impl IntoView {
    with_cv(|OpenedCv { id, cv, .. }| {
        let (action, error) = form::<SaveSettings>();
        let copied = use_query_map().read_untracked().get("copied").is_some()
            && error.get_untracked().is_none();
        let seen = CvPart::Settings.fingerprint(&cv);
        let current = move || {
            error
                .get()
                .and_then(|e| e.value("language"))
                .unwrap_or_else(|| match cv.language {
                    CvLanguage::Sv => "sv".into(),
                    CvLanguage::En => "en".into(),
                })
        };
        let problem = move || error.get().and_then(|e| e.field_error("language"));
        let radio = move |code: &'static str, label: Key| {
            let checked = move || current() == code;
            // The first choice carries the field's id, so the error summary's link lands on it.
            let id = if code == "sv" {
                "language".to_string()
            } else {
                format!("language-{code}")
            };
            view! {
                <div class="checkbox">
                    <input type="radio" id=id.clone() name="language" value=code checked=checked
                        aria-describedby=move || if problem().is_some() { "language-hint language-error" } else { "language-hint" }/>
                    <label for=id>{t(label)}</label>
                </div>
            }
        };
        view! {
            <Page title=Key::CvSettingsTitle error=error>
                {back_to_cv(id)}
                {copied.then(|| view! {
                    <div class="panel" role="status"><p>{t(Key::CvCopied)}</p></div>
                })}
                <ErrorSummary error=error/>
                <ActionForm action=action attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="id" value=id.get()/>
                    <input type="hidden" name="seen" value=seen/>
                    <TextField name="title" label=Key::CvTitleLabel hint=Key::CvTitleHint value=cv.title.clone() error=error/>
                    <fieldset class="checkboxes" class:field-error=move || problem().is_some()>
                        <legend>{t(Key::CvLanguageLegend)}</legend>
                        <p class="hint" id="language-hint">{t(Key::CvLanguageHint)}</p>
                        {move || problem().map(|p| field_message("language-error".into(), t(p.message("language"))))}
                        {radio("sv", Key::LangNameSv)}
                        {radio("en", Key::LangNameEn)}
                    </fieldset>
                    <Submit label=Key::SaveButton/>
                </ActionForm>
            </Page>
        }
    })
}
