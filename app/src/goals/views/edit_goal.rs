//! Goals: the `edit_goal` screen.
use super::*;

/// `/goals/:id/edit`: change what a goal says.
#[component]
pub fn EditGoalPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Participant], fetch_goal, |g| {
        view! { <GoalForm goal=Some(g)/> }.into_any()
    })
}
