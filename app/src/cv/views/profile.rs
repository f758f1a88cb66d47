//! Cv: the `profile` screen.
use super::*;

#[component]
pub fn CvProfilePage() -> impl IntoView {
    with_cv(|OpenedCv { id, cv, .. }| {
        let (action, error) = form::<SaveProfile>();
        let seen = CvPart::Profile.fingerprint(&cv);
        view! {
            <Page title=Key::CvSectionProfile error=error>
                {back_to_cv(id)}
                <ErrorSummary error=error/>
                <ActionForm action=action attr:class="form" attr:id="section-form" attr:novalidate=true>
                    <input type="hidden" name="id" value=id.get()/>
                    <input type="hidden" name="seen" value=seen/>
                    <TextField name="profile" label=Key::CvProfileLabel hint=Key::CvProfileHint
                        value=cv.profile rows=6 error=error/>
                    {autosave("section-form")}
                    <Submit label=Key::SaveButton/>
                </ActionForm>
            </Page>
        }
    })
}
