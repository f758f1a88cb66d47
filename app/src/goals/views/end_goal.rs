//! Goals: the `end_goal` screen.
use super::*;

/// `/goals/:id/end`: asks before a goal is ended without being reached.
#[component]
pub fn EndGoalPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Participant], fetch_goal, |g| {
        if g.status.open() {
            view! { <EndGoalQuestion g/> }.into_any()
        } else {
            view! { <crate::pages::NotFound/> }.into_any()
        }
    })
}

#[component]
pub(crate) fn EndGoalQuestion(g: GoalView) -> impl IntoView {
    let (action, error) = form::<GoalState>();
    let id = g.id;
    view! {
        <Page title=Key::EndGoalTitle error=error>
            <ErrorSummary error=error/>
            <p dir="auto">{tf(Key::EndGoalQuestion, &[("goal", &format!("\u{2068}{}\u{2069}", g.what))])}</p>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="id" value=id.get()/>
                <input type="hidden" name="how" value="dropped"/>
                <Submit label=Key::EndGoalButton warning=true/>
            </ActionForm>
            <p><a href=format!("/goals/{id}") class="button secondary">{t(Key::CancelLink)}</a></p>
        </Page>
    }
}
