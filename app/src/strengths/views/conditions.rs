//! Strengths: the `conditions` screen.
use super::*;

/// `/strengths/conditions`: what makes a job work for you.
#[component]
pub fn ConditionsPage() -> impl IntoView {
    with_doc(|doc| view! { <ConditionsForm doc/> }.into_any())
}

#[component]
pub(crate) fn ConditionsForm(doc: StrengthsDoc) -> impl IntoView {
    let (action, error) = form::<SaveConditions>();
    let c = doc.conditions;
    let questions = catalogue::CHOICES
        .iter()
        .map(|(name, legend, options)| {
            let options = options.iter().map(|(code, key)| (*code, t(*key).to_string())).collect();
            let stored = c
                .choices
                .get(*name)
                .cloned()
                .unwrap_or_else(|| "none".to_string());
            let extra = match *name {
                "hours" => Some(view! {
                    <TextField name="hours_note" label=Key::CondHoursNote hint=Key::OptionalHint value=c.hours_note.clone() error=error/>
                }.into_any()),
                "physical" => Some(view! {
                    <TextField name="physical_note" label=Key::CondPhysicalNote hint=Key::OptionalHint value=c.physical_note.clone() error=error/>
                }.into_any()),
                "travel" => Some(view! {
                    <fieldset class="field">
                        <legend>{t(Key::CondMeansLegend)}</legend>
                        {catalogue::MEANS.iter().map(|(code, key)| {
                            let name = format!("means-{code}");
                            let ticked = c.means.iter().any(|m| m == code);
                            view! { <crate::ui::Checkbox name=name label=t(*key).to_string() checked=ticked error=error/> }
                        }).collect_view()}
                    </fieldset>
                }.into_any()),
                _ => None,
            };
            view! {
                {crate::ui::radios(name, *legend, None, options, stored, error)}
                {extra}
            }
        })
        .collect_view();
    view! {
        <Page title=Key::ConditionsHeading error=error back="/strengths#conditions">
            <ErrorSummary error=error/>
            <p>{t(Key::ConditionsText)}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {questions}
                <TextField name="earliest" label=Key::CondEarliest hint=Key::OptionalHint kind="date" value=c.earliest.clone() error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}
