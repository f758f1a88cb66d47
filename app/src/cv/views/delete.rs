//! Cv: the `delete` screen.
use super::*;

#[component]
pub fn CvDeletePage() -> impl IntoView {
    with_cv(|OpenedCv { id, cv, .. }| {
        let (action, error) = form::<DeleteCv>();
        let title = if cv.title.is_empty() {
            t(Key::CvUntitled).to_string()
        } else {
            cv.title
        };
        view! {
            <Page title=Key::CvDeleteTitle error=error>
                <ErrorSummary error=error/>
                <p>{t(Key::CvDeleteQuestion)}</p>
                <p class="lead" dir="auto">{title}</p>
                <ActionForm action=action attr:class="form">
                    <input type="hidden" name="id" value=id.get()/>
                    <Submit label=Key::CvDeleteButton warning=true/>
                </ActionForm>
                <p><a href=format!("/cv/{id}") class="button secondary">{t(Key::CancelLink)}</a></p>
            </Page>
        }
    })
}
