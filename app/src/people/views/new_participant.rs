//! People: the `new_participant` screen.
use super::*;

#[component]
pub fn NewParticipantPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            <NewParticipantForm/>
        </RequireRole>
    }
}

#[component]
pub(crate) fn NewParticipantForm() -> impl IntoView {
    let (action, error) = form::<CreateParticipant>();
    view! {
        <Page title=Key::NewParticipantTitle error=error back="/coach">
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="display_name" label=Key::PersonNameLabel
                    hint=Key::ParticipantNameHint autocomplete="off" error=error/>
                <Submit label=Key::CreateInvitationButton/>
            </ActionForm>
        </Page>
    }
}
