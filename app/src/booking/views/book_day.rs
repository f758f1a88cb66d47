//! Booking: the `book_day` screen.
use super::*;

/// `/book/:day`: the free times that day, the optional questions, and the booking.
#[component]
pub fn BookDayPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let day = use_params_map().read_untracked().get("day").unwrap_or_default();
                let times = Resource::new(move || day.clone(), free_times_on);
                view! {
                    <Suspense>
                        {move || Suspend::new(async move {
                            match times.await {
                                Ok(times) => view! { <BookForm times/> }.into_any(),
                                Err(_) => view! { <crate::pages::NotFound/> }.into_any(),
                            }
                        })}
                    </Suspense>
                }
            }
        </RequireRole>
    }
}

#[component]
pub(crate) fn BookForm(times: FreeTimes) -> impl IntoView {
    let (action, error) = form::<Book>();
    // A new key per form drawn: the same form sent twice books once.
    let key = new_key();
    let day_value = format!(
        "{:04}-{:02}-{:02}",
        times.day.year, times.day.month, times.day.day
    );
    let kept = move |name: &'static str| move || error.get().and_then(|e| e.value(name));
    let problem = move |name: &'static str| move || error.get().and_then(|e| e.field_error(name));
    let start_problem = problem("start");
    let kept_start = kept("start");
    let kept_help = kept("help");
    let choices = times
        .times
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let id = if i == 0 {
                "start".to_string()
            } else {
                format!("start-{i}")
            };
            let value = w.starts_at.to_string();
            let checked = {
                let value = value.clone();
                move || kept_start() == Some(value.clone())
            };
            let label = format!("\u{2066}{}–{}\u{2069}", w.start, w.end);
            view! {
                <div class="checkbox">
                    <input type="radio" id=id.clone() name="start" value=value checked=checked
                        aria-describedby=move || start_problem().map(|_| "start-error")/>
                    <label for=id>{label}<span class="visually-hidden">", "{format_day(w.day)}</span></label>
                </div>
            }
        })
        .collect_view();
    let topics = HELP_TOPICS
        .iter()
        .map(|(code, label)| {
            let id = format!("help-{code}");
            let checked = { move || kept_help() == Some(code.to_string()) };
            view! {
                <div class="checkbox">
                    <input type="radio" id=id.clone() name="help" value=*code checked=checked/>
                    <label for=id>{t(*label)}</label>
                </div>
            }
        })
        .collect_view();
    let empty = times.times.is_empty();
    let back = match moving_param() {
        Some(id) => format!("/book?move={id}"),
        None => "/book".to_string(),
    };
    view! {
        <Page title=Key::BookDayTitle error=error back=back>
            <ErrorSummary error=error/>
            {moving_param().is_some().then(|| view! { <p>{t(Key::MovingHint)}</p> })}
            <p class="lead">{format_day(times.day)}</p>
            <p dir="auto">{tf(Key::BookWith, &[("coach", &times.coach)])}</p>
            {(!times.place.is_empty()).then(|| view! { <p dir="auto">{tf(Key::BookPlace, &[("place", &times.place)])}</p> })}
            {if empty {
                view! { <p>{t(Key::BookDayFull)}</p> }.into_any()
            } else {
                view! {
                    <ActionForm action=action attr:class="form" attr:novalidate=true>
                        <input type="hidden" name="day" value=day_value/>
                        <input type="hidden" name="key" value=key/>
                        {moving_param().map(|id| view! { <input type="hidden" name="moving" value=id.get()/> })}
                        <fieldset class="field" class:field-error=move || problem("start")().is_some()>
                            <legend>{t(Key::BookTimeLegend)}</legend>
                            {move || problem("start")().map(|p| crate::ui::field_message("start-error".into(), t(p.message("start"))))}
                            {choices}
                        </fieldset>
                        <fieldset class="field">
                            <legend>{t(Key::BookHelpLegend)}</legend>
                            <p class="hint">{t(Key::OptionalHint)}</p>
                            {topics}
                        </fieldset>
                        <TextField name="interpreter" label=Key::BookInterpreter hint=Key::BookInterpreterHint error=error/>
                        <group::NeedsField error=error/>
                        <Submit label=Key::BookButton/>
                    </ActionForm>
                }
                .into_any()
            }}
        </Page>
    }
}
