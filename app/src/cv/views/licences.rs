//! Cv: the `licences` screen.
use super::*;

#[component]
pub fn CvLicencesPage() -> impl IntoView {
    with_cv(|OpenedCv { id, cv, .. }| {
        let (action, error) = form::<SaveLicences>();
        view! {
            <Page title=Key::CvSectionLicences error=error>
                {back_to_cv(id)}
                <ErrorSummary error=error/>
                <ActionForm action=action attr:class="form" attr:id="section-form">
                    <input type="hidden" name="id" value=id.get()/>
                    <fieldset class="checkboxes" aria-describedby="licences-hint">
                        <legend>{t(Key::CvLicencesLegend)}</legend>
                        <p class="hint" id="licences-hint">{t(Key::CvLicencesHint)}</p>
                        // The common classes first; saved in the official order whatever this is.
                        {LICENCES_SHOWN.iter().map(|&(class, meaning)| view! {
                            <Checkbox name=format!("class-{class}") label=format!("{class} – {}", t(meaning))
                                checked=cv.licences.iter().any(|l| l == class)/>
                        }).collect_view()}
                    </fieldset>
                    {autosave("section-form")}
                    <Submit label=Key::SaveButton/>
                </ActionForm>
            </Page>
        }
    })
}
