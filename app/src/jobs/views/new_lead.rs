//! Job development: the `new_lead` screen.
use super::*;

/// `/coach/employers/:id/new-lead`: a job lead at the employer, in plain words.
#[component]
pub fn NewLeadPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], fetch_employer, |employer| {
        view! { <NewLeadForm employer/> }.into_any()
    })
}

#[component]
fn NewLeadForm(employer: EmployerView) -> impl IntoView {
    use crate::strengths::catalogue::{CHOICES, MEANS};
    let (action, error) = form::<AddLead>();
    let back = format!("/coach/employers/{}", employer.id);
    let kinds = LeadKind::ALL
        .into_iter()
        .map(|k| (k.code(), t(k.name()).to_string()))
        .collect();
    let questions = LEAD_QUESTIONS
        .into_iter()
        .filter_map(|name| {
            let (_, legend, options) = CHOICES.iter().find(|(n, _, _)| *n == name)?;
            // The lead's own question words: "Hur mycket arbete är det?" rather than the
            // participant's "Hur mycket vill du arbeta?".
            let legend = lead_legend(name).unwrap_or(*legend);
            let options = options
                .iter()
                .map(|(code, key)| {
                    let words = if *code == "none" {
                        t(Key::LeadNotSaid)
                    } else {
                        t(*key)
                    };
                    (*code, words.to_string())
                })
                .collect();
            Some(radios(
                name,
                legend,
                None,
                options,
                "none".to_string(),
                error,
            ))
        })
        .collect_view();
    let levels = move |i: usize| {
        let field = format!("level-{i}");
        let kept = move || {
            error
                .get()
                .and_then(|e| e.value(&format!("level-{i}")))
                .unwrap_or_default()
        };
        view! {
            <div class="field">
                <label for=field.clone()>{t(Key::LeadLevelLabel)}</label>
                <select id=field.clone() name=field>
                    <option value="">{t(Key::LeadLevelChoose)}</option>
                    {move || {
                        let kept = kept();
                        Cefr::ALL.into_iter().map(|c| view! {
                            <option value=c.code() selected=kept == c.code()>{c.code()}</option>
                        }).collect_view()
                    }}
                </select>
            </div>
        }
    };
    view! {
        <Page title=Key::NewLeadTitle error=error back=back>
            <ErrorSummary error=error/>
            <p dir="auto">{employer.fields.name.clone()}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="employer" value=employer.id.get()/>
                {radios("kind", Key::LeadKindLabel, None, kinds, String::new(), error)}
                <TextField name="title" label=Key::LeadTitleLabel hint=Key::LeadTitleHint error=error/>
                <TextField name="tasks" label=Key::LeadTasksLabel hint=Key::LeadTasksHint rows=3 error=error/>
                {questions}
                <TextField name="hours_note" label=Key::LeadHoursNoteLabel hint=Key::OptionalHint error=error/>
                <TextField name="location" label=Key::LeadLocationLabel hint=Key::OptionalHint error=error/>
                <fieldset class="field">
                    <legend>{t(Key::LeadReachLegend)}</legend>
                    {MEANS.iter().map(|(code, key)| view! {
                        <Checkbox name=format!("reach-{code}") label=t(*key).to_string() error=error/>
                    }).collect_view()}
                </fieldset>
                <TextField name="start" label=Key::LeadStartLabel hint=Key::LeadStartHint kind="date" error=error/>
                <fieldset class="field">
                    <legend>{t(Key::LeadLanguagesLegend)}</legend>
                    <p class="hint">{t(Key::LeadLanguagesHint)}</p>
                    {(1..=LEAD_LANGUAGES).map(|i| {
                        let name: &'static str = if i == 1 { "language-1" } else { "language-2" };
                        view! {
                            <TextField name=name label=Key::LeadLanguageLabel hint=Key::OptionalHint error=error/>
                            {levels(i)}
                        }
                    }).collect_view()}
                </fieldset>
                <TextField name="mentor" label=Key::LeadMentorLabel hint=Key::LeadMentorHint error=error/>
                <Submit label=Key::SaveLeadButton/>
            </ActionForm>
        </Page>
    }
}
