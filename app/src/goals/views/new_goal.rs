//! Goals: the `new_goal` screen.
use super::*;

/// `/goals/new`: a new goal.
#[component]
pub fn NewGoalPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <GoalForm goal=None/>
        </RequireRole>
    }
}
