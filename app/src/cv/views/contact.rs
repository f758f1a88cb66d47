//! Cv: the `contact` screen.
use super::*;

#[component]
pub fn CvContactPage() -> impl IntoView {
    with_cv(|OpenedCv { id, cv, .. }| {
        let (action, error) = form::<SaveContact>();
        let seen = CvPart::Contact.fingerprint(&cv);
        let c = cv.contact;
        view! {
            <Page title=Key::CvSectionContact error=error>
                {back_to_cv(id)}
                <p>{t(Key::CvContactHint)}</p>
                <ErrorSummary error=error/>
                <ActionForm action=action attr:class="form" attr:id="section-form" attr:novalidate=true>
                    <input type="hidden" name="id" value=id.get()/>
                    <input type="hidden" name="seen" value=seen/>
                    <TextField name="name" label=Key::CvNameLabel autocomplete="name" value=c.name error=error/>
                    <TextField name="phone" label=Key::CvPhoneLabel kind="tel" autocomplete="tel" value=c.phone error=error/>
                    <TextField name="email" label=Key::CvEmailLabel kind="email" autocomplete="email" value=c.email error=error/>
                    <TextField name="town" label=Key::CvTownLabel autocomplete="address-level2" value=c.town error=error/>
                    {autosave("section-form")}
                    <Submit label=Key::SaveButton/>
                </ActionForm>
            </Page>
        }
    })
}
