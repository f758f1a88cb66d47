//! Strengths: the `history` screen.
use super::*;

/// `/strengths/history`: notes on earlier jobs, for yourself.
#[component]
pub fn HistoryPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                view! {
                    <Suspense>
                        {move || Suspend::new(async move {
                            match my_history_notes().await {
                                Ok(doc) => view! { <HistoryNotes doc/> }.into_any(),
                                Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                            }
                        })}
                    </Suspense>
                }
            }
        </RequireRole>
    }
}

#[component]
pub(crate) fn HistoryNotes(doc: HistoryDoc) -> impl IntoView {
    let (action, error) = form::<SaveHistoryNote>();
    let remove = form_action::<RemoveHistoryNote>();
    let status = crate::ui::query_status(&[
        ("saved", Key::StrengthsSaved),
        ("removed", Key::StrengthsRemoved),
    ]);
    let notes = doc
        .notes
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let job = h.job.clone();
            let parts = [
                (Key::HistoryWorked, h.worked.clone()),
                (Key::HistoryNotWorked, h.not_worked.clone()),
                (Key::HistoryWhyEnded, h.why_ended.clone()),
            ];
            view! {
                <li class="card">
                    <h2 dir="auto">{job.clone()}</h2>
                    <dl>
                        {parts.into_iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| view! {
                            <dt>{t(k)}</dt><dd dir="auto">{v}</dd>
                        }).collect_view()}
                    </dl>
                    {crate::ui::ask_first(i + 1, job.clone(), view! {
                        <ActionForm action=remove attr:class="inline-form">
                            {crate::ui::remove_fields(i + 1, job.clone(), Key::RemoveYes)}
                        </ActionForm>
                    }.into_any())}
                </li>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::HistoryHeading error=error back="/strengths#history">
            {status}
            <ErrorSummary error=error/>
            <p>{t(Key::HistoryPrivate)}</p>
            <crate::sharing::ShareStatus part=crate::sharing::SharedPart::History/>
            {(!doc.notes.is_empty()).then(|| view! { <ul class="cards">{notes}</ul> })}
            <h2>{t(Key::HistoryAdd)}</h2>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="job" label=Key::HistoryJob hint=Key::HistoryJobHint error=error/>
                <TextField name="worked" label=Key::HistoryWorked hint=Key::OptionalHint rows=3 error=error/>
                <TextField name="not_worked" label=Key::HistoryNotWorked hint=Key::OptionalHint rows=3 error=error/>
                <TextField name="why_ended" label=Key::HistoryWhyEnded hint=Key::OptionalHint rows=3 error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}
