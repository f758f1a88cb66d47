//! Data rights: the `coach_erase` screen.
use super::*;
use crate::ui::record_page;

/// `/coach/participants/:id/erase`: a coach erases a participant of theirs at once, after
/// typing their name.
#[component]
pub fn CoachErasePage() -> impl IntoView {
    record_page(&[Role::Coach], coach_erasable, |(id, name)| {
        view! {
            <Page title=Key::EraseNowHeading back=format!("/coach/participants/{id}")>
                <EraseForm id name/>
            </Page>
        }
        .into_any()
    })
}

async fn coach_erasable(id: UserId) -> Result<(UserId, String), AppError> {
    erasable(id).await.map(|name| (id, name))
}
