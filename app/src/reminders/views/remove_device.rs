//! Reminders: the `remove_device` screen, which asks before a device stops getting them.
use super::*;

/// `/reminders/devices/:id/remove`: asks before the device gets no more reminders.
#[component]
pub fn RemoveDevicePage() -> impl IntoView {
    let (action, error) = form::<RemovePushDevice>();
    let id: Option<DeviceId> = leptos_router::hooks::use_params_map()
        .read_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    let Some(id) = id else {
        return view! { <crate::pages::NotFound/> }.into_any();
    };
    view! {
        <RequireRole roles=&[Role::Participant]>
            <Page title=Key::RemindersRemoveTitle back="/reminders" error=error>
                <ErrorSummary error=error/>
                <p>{t(Key::RemindersRemoveQuestion)}</p>
                <ActionForm action=action attr:class="form">
                    <input type="hidden" name="id" value=id.get()/>
                    <Submit label=Key::RemindersRemoveButton warning=true/>
                </ActionForm>
                <p><a href="/reminders" class="button secondary">{t(Key::CancelLink)}</a></p>
            </Page>
        </RequireRole>
    }
    .into_any()
}
