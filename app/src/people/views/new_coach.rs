//! People: the `new_coach` screen.
use super::*;

#[component]
pub fn NewCoachPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Admin]>
            <NewCoachForm/>
        </RequireRole>
    }
}

#[component]
pub(crate) fn NewCoachForm() -> impl IntoView {
    let (action, error) = form::<CreateCoach>();
    view! {
        <Page title=Key::NewCoachTitle error=error back="/admin">
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="display_name" label=Key::PersonNameLabel
                    autocomplete="off" error=error/>
                <Submit label=Key::CreateInvitationButton/>
            </ActionForm>
        </Page>
    }
}
