//! Strengths: the `work_goals` screen.
use super::*;

/// `/strengths/work`: the work wanted.
#[component]
pub fn WorkGoalsPage() -> impl IntoView {
    with_doc(|doc| view! { <WorkGoalsForm doc/> }.into_any())
}

#[component]
pub(crate) fn WorkGoalsForm(doc: StrengthsDoc) -> impl IntoView {
    let action = form_action::<SaveWorkGoals>();
    let error = action_error(action);
    view! {
        <Page title=Key::WorkGoalsHeading error=error>
            <p><a href="/strengths#work" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="work_goals" label=Key::WorkGoalsLabel hint=Key::WorkGoalsHint rows=4 value=doc.work_goals.join("\n") error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}
