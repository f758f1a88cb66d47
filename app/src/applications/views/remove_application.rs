//! Applications: the `remove_application` screen.
use super::*;

/// `/applications/:id/remove`: asks before an application is removed for good.
#[component]
pub fn RemoveApplicationPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Participant], fetch_application, |a| {
        view! { <RemoveApplicationQuestion a/> }.into_any()
    })
}

#[component]
pub(crate) fn RemoveApplicationQuestion(a: ApplicationView) -> impl IntoView {
    let (action, error) = form::<RemoveApplication>();
    let id = a.id;
    view! {
        <Page title=Key::RemoveApplicationTitle error=error>
            <ErrorSummary error=error/>
            <p>{t(Key::RemoveApplicationQuestion)}</p>
            <p><strong>{where_and_what(&a)}</strong>" · "{format_day(a.day.1)}</p>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="id" value=id.get()/>
                <Submit label=Key::RemoveApplicationButton warning=true/>
            </ActionForm>
            <p><a href=format!("/applications/{id}") class="button secondary">{t(Key::CancelLink)}</a></p>
        </Page>
    }
}
