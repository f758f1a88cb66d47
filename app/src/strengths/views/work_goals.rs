//! Strengths: the `work_goals` screen.
use super::*;

/// `/strengths/work`: the work wanted.
#[component]
pub fn WorkGoalsPage() -> impl IntoView {
    with_doc(|doc| view! { <WorkGoalsForm doc/> }.into_any())
}

#[component]
pub(crate) fn WorkGoalsForm(doc: StrengthsDoc) -> impl IntoView {
    let (action, error) = form::<SaveWorkGoals>();
    view! {
        <Page title=Key::WorkGoalsHeading error=error back="/strengths#work">
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="work_goals" label=Key::WorkGoalsLabel hint=Key::WorkGoalsHint rows=4 value=doc.work_goals.join("\n") error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}
