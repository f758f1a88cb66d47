//! Booking: the `hours` screen.
use super::*;

/// `/coach/hours`: weekly hours and rules.
#[component]
pub fn HoursPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            {
                let hours = Resource::new(|| (), |_| my_hours());
                view! {
                    {crate::ui::loaded(hours, move |hours| view! { <HoursForm hours/> }.into_any())}
                }
            }
        </RequireRole>
    }
}

#[component]
pub(crate) fn HoursForm(hours: HoursView) -> impl IntoView {
    let (action, error) = form::<SaveHours>();
    let rules = hours.rules;
    const DAYS: [Key; 7] = [
        Key::Weekday1,
        Key::Weekday2,
        Key::Weekday3,
        Key::Weekday4,
        Key::Weekday5,
        Key::Weekday6,
        Key::Weekday7,
    ];
    const LABELS: [(Key, Key); RANGES_A_DAY] = [
        (Key::HoursFrom, Key::HoursTo),
        (Key::HoursFrom2, Key::HoursTo2),
        (Key::HoursFrom3, Key::HoursTo3),
    ];
    let days = (1..=7u8)
        .map(|weekday| {
            let mut ranges: Vec<_> = rules.weekly.iter().filter(|r| r.weekday == weekday).collect();
            ranges.sort_by_key(|r| r.start);
            // The ranges the day has, then one empty pair to add another (folded away once
            // the day has a range, so a week of one range each stays short on a phone).
            let shown = (ranges.len() + 1).min(RANGES_A_DAY);
            let pairs = range_names(weekday)
                .into_iter()
                .zip(LABELS)
                .take(shown)
                .enumerate()
                .map(|(i, ((from_name, to_name), (from_label, to_label)))| {
                    let range = ranges.get(i);
                    let from = range.map(|r| clock(r.start)).unwrap_or_default();
                    let to = range.map(|r| clock(r.end)).unwrap_or_default();
                    let fields = view! {
                        <TextField name=from_name label=from_label kind="time" value=from error=error/>
                        <TextField name=to_name label=to_label kind="time" value=to error=error/>
                    };
                    if range.is_some() || i == 0 {
                        fields.into_any()
                    } else {
                        // Open when the coach typed here and the form came back with an error.
                        let typed = move || {
                            error.get().is_some_and(|e| {
                                e.value(from_name).is_some_and(|v| !v.is_empty())
                                    || e.value(to_name).is_some_and(|v| !v.is_empty())
                            })
                        };
                        view! {
                            <details class="more-hours" open=typed>
                                <summary>{t(Key::HoursAddRange)}</summary>
                                {fields}
                            </details>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            view! {
                <fieldset class="day-hours">
                    <legend>{t(DAYS[usize::from(weekday - 1)])}</legend>
                    {pairs}
                </fieldset>
            }
        })
        .collect_view();
    let outside = hours.outside;
    let closed = rules.closed.clone();
    let extra = rules.extra.clone();
    let hours_holidays = hours.holidays.clone();
    let close = form_action::<CloseDay>();
    let close_error = action_error(close);
    let add_extra = form_action::<ExtraHours>();
    let extra_error = action_error(add_extra);
    view! {
        <Page title=Key::HoursTitle error=error back="/coach">
            {status_panel(query_flag("saved"), Key::HoursSaved)}
            {(!outside.is_empty()).then(|| view! {
                <div class="panel" role="alert">
                    <h2>{t(Key::HoursOutsideHeading)}</h2>
                    <p>{t(Key::HoursOutsideText)}</p>
                    <ul>
                        {outside.into_iter().map(|b| view! {
                            <li><a href=format!("/bookings/{}", b.id)>{when_text(&b.when)}</a>" · "<bdi>{b.participant}</bdi></li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <p class="hint">{t(Key::HoursHint)}</p>
                {days}
                <TextField name="slot" label=Key::HoursSlot kind="number" value=rules.slot_minutes.to_string() error=error/>
                <TextField name="buffer" label=Key::HoursBuffer kind="number" value=rules.buffer_minutes.to_string() error=error/>
                <TextField name="notice" label=Key::HoursNotice kind="number" value=(rules.notice_minutes / 60).to_string() error=error/>
                <TextField name="horizon" label=Key::HoursHorizon kind="number" value=(rules.horizon_days / 7).to_string() error=error/>
                <TextField name="cutoff" label=Key::HoursCutoff kind="number" value=(rules.cutoff_minutes / 60).to_string() error=error/>
                <TextField name="place" label=Key::HoursPlace hint=Key::HoursPlaceHint value=rules.place.clone() error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
            <section id="closed-days" aria-labelledby="closed-heading">
                <h2 id="closed-heading">{t(Key::ClosedDaysHeading)}</h2>
                <p>{t(Key::ClosedDaysText)}</p>

                {(!closed.is_empty()).then(|| view! {
                    <ul class="log">
                        {closed.into_iter().map(|day| view! {
                            <li>
                                <form method="post" action="/api/close-day" class="inline-form">
                                    <span>{closed_day_text(&day)}</span>" "
                                    <input type="hidden" name="day" value=day.clone()/>
                                    <input type="hidden" name="open" value="1"/>
                                    <button type="submit" class="button secondary">{t(Key::OpenDayButton)}
                                        <span class="visually-hidden">" "{day}</span></button>
                                </form>
                            </li>
                        }).collect_view()}
                    </ul>
                })}
                <ErrorSummary error=close_error/>
                <ActionForm action=close attr:class="form" attr:novalidate=true>
                    <TextField name="day" label=Key::CloseDayLabel hint=Key::CloseDayHint kind="date" error=close_error/>
                    <Submit label=Key::CloseDayButton/>
                </ActionForm>
                {(!hours_holidays.is_empty()).then(|| view! {
                    <h3 id="holidays-heading">{t(Key::HolidaysHeading)}</h3>
                    <p>{t(Key::HolidaysText)}</p>
                    <ul class="log holidays">
                        {hours_holidays.into_iter().map(|(day, holiday)| view! {
                            <li>{closed_day_text(&day)}" · "{t(holiday.label())}</li>
                        }).collect_view()}
                    </ul>
                })}
            </section>
            <section id="extra-hours" aria-labelledby="extra-heading">
                <h2 id="extra-heading">{t(Key::ExtraHoursHeading)}</h2>
                <p>{t(Key::ExtraHoursText)}</p>
                {(!extra.is_empty()).then(|| view! {
                    <ul class="log">
                        {extra.into_iter().map(|r| {
                            let text = format!("{} \u{2066}{}–{}\u{2069}", closed_day_text(&r.day), clock(r.start), clock(r.end));
                            view! {
                                <li>
                                    <form method="post" action="/api/extra-hours" class="inline-form">
                                        <span>{text.clone()}</span>" "
                                        <input type="hidden" name="extra-day" value=r.day.clone()/>
                                        <input type="hidden" name="extra-from" value=clock(r.start)/>
                                        <input type="hidden" name="extra-to" value=clock(r.end)/>
                                        <input type="hidden" name="remove" value="1"/>
                                        <button type="submit" class="button secondary">{t(Key::RemoveButton)}
                                            <span class="visually-hidden">" "{text}</span></button>
                                    </form>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })}
                <ErrorSummary error=extra_error/>
                <ActionForm action=add_extra attr:class="form" attr:novalidate=true>
                    <TextField name="extra-day" label=Key::ExtraDayLabel hint=Key::CloseDayHint kind="date" error=extra_error/>
                    <TextField name="extra-from" label=Key::HoursFrom kind="time" error=extra_error/>
                    <TextField name="extra-to" label=Key::HoursTo kind="time" error=extra_error/>
                    <Submit label=Key::ExtraHoursButton/>
                </ActionForm>
            </section>
        </Page>
    }
}
