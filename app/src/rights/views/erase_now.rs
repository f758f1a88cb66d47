//! Data rights: the `erase_now` screen, for a participant's coach and for an admin.
use super::*;
use crate::ui::record_page;

/// `/coach/participants/:id/erase`: a coach erases a participant of theirs at once, after
/// typing their name.
#[component]
pub fn CoachErasePage() -> impl IntoView {
    record_page(&[Role::Coach], target, |(id, name)| {
        erase_now(id, name, format!("/coach/participants/{id}"))
    })
}

/// `/admin/people/:id/erase`: the same for an admin.
#[component]
pub fn AdminErasePage() -> impl IntoView {
    record_page(&[Role::Admin], target, |(id, name)| {
        erase_now(id, name, format!("/admin/people/{id}"))
    })
}

fn erase_now(id: UserId, name: String, back: String) -> AnyView {
    view! {
        <Page title=Key::EraseNowHeading back=back>
            <EraseForm id name/>
        </Page>
    }
    .into_any()
}

async fn target(id: UserId) -> Result<(UserId, String), AppError> {
    erasable(id).await.map(|name| (id, name))
}
