//! Booking: the `coach_move` screen.
use super::*;

/// `/bookings/:id/move`: the coach picks another of their free times for a meeting.
#[component]
pub fn CoachMovePage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], move_choice, |choice| {
        view! { <CoachMoveForm choice/> }.into_any()
    })
}

#[component]
pub(crate) fn CoachMoveForm(choice: MoveTimes) -> impl IntoView {
    let (action, error) = form::<CoachMove>();
    let b = choice.booking;
    let problem = move || error.get().and_then(|e| e.field_error("start"));
    let no_times = choice.days.is_empty();
    let days = choice
        .days
        .into_iter()
        .enumerate()
        .map(|(d, (day, times))| {
            let legend_id = format!("move-day-{d}");
            view! {
                <fieldset class="field">
                    <legend id=legend_id>{format_day(day)}</legend>
                    {times.into_iter().enumerate().map(|(i, w)| {
                        // The first radio carries the field's id (the error summary links there).
                        let id = if d == 0 && i == 0 { "start".to_string() } else { format!("start-{}", w.starts_at) };
                        view! {
                            <div class="checkbox">
                                <input type="radio" name="start" id=id.clone() value=w.starts_at
                                    aria-describedby=move || problem().map(|_| "start-error")/>
                                <label for=id><bdi dir="ltr">{format!("{}–{}", w.start, w.end)}</bdi></label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::CoachMoveTitle error=error back=format!("/bookings/{}", b.id)>
            <p>{tf(Key::CoachMoveText, &[("name", &b.participant), ("when", &when_text(&b.when))])}</p>
            <ErrorSummary error=error/>
            {if no_times {
                view! { <p>{t(Key::CoachMoveNoTimes)}</p> }.into_any()
            } else {
                view! {
                    <ActionForm action=action attr:class="form" attr:novalidate=true>
                        <input type="hidden" name="id" value=b.id.get()/>
                        {move || problem().map(|p| crate::ui::field_message("start-error".into(), t(p.message("start"))))}
                        {days}
                        <Submit label=Key::CoachMoveButton/>
                    </ActionForm>
                }.into_any()
            }}
        </Page>
    }
}
