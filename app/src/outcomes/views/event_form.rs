//! Outcomes: the `event_form` screen: a new event of one kind, or a correction.
use super::*;

/// `/coach/participants/:id/road/:kind`: records an event of `kind`.
#[component]
pub fn NewEventPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map().read_untracked();
    let person = params.get("id").and_then(|s| s.parse::<UserId>().ok());
    let kind = params.get("kind").unwrap_or_default();
    view! {
        <RequireRole roles=&[Role::Coach]>
            {match person {
                Some(person) => {
                    let kind = kind.clone();
                    let form = Resource::new(move || (person, kind.clone()), |(p, k)| fetch_new_event(p, k));
                    view! {
                        <Suspense>
                            {move || Suspend::new(async move {
                                match form.await {
                                    Ok(form) => view! { <EventFormView form/> }.into_any(),
                                    Err(_) => view! { <crate::pages::NotFound/> }.into_any(),
                                }
                            })}
                        </Suspense>
                    }.into_any()
                }
                None => view! { <crate::pages::NotFound/> }.into_any(),
            }}
        </RequireRole>
    }
}

/// `/coach/outcomes/:id`: corrects an event the coach recorded; the earlier values stay.
#[component]
pub fn CorrectEventPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], fetch_correction, |form| {
        view! { <EventFormView form/> }.into_any()
    })
}

#[component]
fn EventFormView(form: EventForm) -> impl IntoView {
    let (action, error) = crate::ui::form::<SaveEvent>();
    let asks = form.kind.asks();
    let back = format!("/coach/participants/{}/road", form.person);
    let title = if form.event.is_some() {
        Key::CorrectEventTitle
    } else {
        Key::NewEventTitle
    };
    let v = form.values.clone();
    let job_kinds = JobKind::ALL
        .into_iter()
        .map(|k| (k.code(), t(k.name()).to_string()))
        .collect();
    let reasons = EndReason::ALL
        .into_iter()
        .map(|r| (r.code(), t(r.name()).to_string()))
        .collect();
    view! {
        <Page title=title error=error back=back>
            <ErrorSummary error=error/>
            <p class="lead"><span dir="auto">{form.name.clone()}</span>": "{t(form.kind.name())}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="person" value=form.person.get()/>
                <input type="hidden" name="kind" value=form.kind.code()/>
                {form.event.map(|id| view! { <input type="hidden" name="event" value=id.get()/> })}
                <TextField name="day" label=Key::OutcomeDayLabel hint=Key::OutcomeDayHint kind="date" value=v.day.clone() max=form.today.clone() error=error/>
                {asks.job_kind.then(|| radios("sub", Key::JobKindLegend, None, job_kinds, v.sub.clone(), error))}
                {asks.hours.then(|| view! {
                    <TextField name="hours" label=Key::OutcomeHoursLabel hint=Key::OutcomeHoursHint kind="number"
                        value=v.hours.map(|h| h.to_string()).unwrap_or_default() error=error/>
                })}
                {asks.reason.then(|| radios("sub", Key::EndReasonLegend, None, reasons, v.sub.clone(), error))}
                {asks.place.map(|label| {
                    let hint = (!asks.place_required).then_some(Key::OptionalHint);
                    view! { <TextField name="place" label=label hint=hint value=v.place.clone() error=error/> }
                })}
                {asks.mentor.then(|| view! {
                    <TextField name="mentor" label=Key::OutcomeMentorLabel hint=Key::OptionalHint value=v.mentor.clone() error=error/>
                })}
                <Submit label=Key::SaveEventButton/>
            </ActionForm>
        </Page>
    }
}
