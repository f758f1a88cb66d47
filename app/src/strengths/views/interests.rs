//! Strengths: the `interests` screen.
use super::*;

/// `/strengths/interests`.
#[component]
pub fn InterestsPage() -> impl IntoView {
    with_doc(|doc| view! { <InterestsForm doc/> }.into_any())
}

#[component]
pub(crate) fn InterestsForm(doc: StrengthsDoc) -> impl IntoView {
    let (action, error) = form::<SaveInterests>();
    view! {
        <Page title=Key::InterestsHeading error=error back="/strengths#interests">
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="interests" label=Key::InterestsLabel hint=Key::InterestsHint rows=5 value=doc.interests.join("\n") error=error/>
                <TextField name="cares" label=Key::CaresLabel hint=Key::OptionalHint rows=4 value=doc.cares.clone() error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}
