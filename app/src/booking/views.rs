//! Booking: the screens: what people see and the forms they send.
use super::*;

/// The bookings on the coach's participant page.
#[component]
pub fn ParticipantBookings(person: crate::ids::UserId) -> impl IntoView {
    let bookings = Resource::new(move || person, participant_bookings);
    view! {
        <section aria-labelledby="bookings-heading">
            <h2 id="bookings-heading">{t(Key::HomeBookingsTitle)}</h2>
            <BookingList bookings show_participant=true empty=Key::AgendaEmpty/>
        </section>
    }
}

/// The notices, with the button that says they were seen; nothing when there are none.
#[component]
pub fn Notices(back: &'static str) -> impl IntoView {
    let action = form_action::<SeenNotices>();
    let coach = crate::auth::use_auth()
        .user
        .is_some_and(|u| u.role == Role::Coach);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let list = notices().await.unwrap_or_default();
                if list.is_empty() {
                    return ().into_any();
                }
                let heading = if coach { Key::NoticesCoachHeading } else { Key::NoticesHeading };
                let upto = list.iter().map(|n| n.at).max().unwrap_or_default();
                view! {
                    <section class="panel notices" aria-labelledby="notices-heading">
                        <h2 id="notices-heading">{t(heading)}</h2>
                        <ul class="log">
                            {list.into_iter().map(|n| {
                                let when = when_text(&n.when);
                                let line = match (coach, &n.workshop) {
                                    (_, _) if n.moved_from.is_some() => tf(
                                        if coach { Key::NoticeParticipantMoved } else { Key::NoticeCoachMoved },
                                        &[
                                            ("name", &n.by),
                                            ("from", &n.moved_from.as_ref().map(when_text).unwrap_or_default()),
                                            ("when", &when),
                                        ],
                                    ),
                                    (true, _) => tf(Key::NoticeParticipantCancelled, &[("name", &n.by), ("when", &when)]),
                                    (false, Some(title)) => tf(Key::NoticeWorkshopCancelled, &[("title", title), ("when", &when)]),
                                    (false, None) => tf(Key::NoticeCoachCancelled, &[("name", &n.by), ("when", &when)]),
                                };
                                view! {
                                    <li>
                                        <a href=format!("/bookings/{}", n.booking) dir="auto">{line}</a>
                                        {(!n.reason.is_empty()).then(|| view! {
                                            <p dir="auto">{tf(Key::CancelledByCoach, &[("reason", &n.reason)])}</p>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <ActionForm action=action attr:class="form">
                            <input type="hidden" name="back" value=back/>
                            <input type="hidden" name="upto" value=upto/>
                            <Submit label=Key::NoticesSeen/>
                        </ActionForm>
                    </section>
                }
                .into_any()
            })}
        </Suspense>
    }
}

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
pub(super) fn HoursForm(hours: HoursView) -> impl IntoView {
    let action = form_action::<SaveHours>();
    let error = action_error(action);
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
        <Page title=Key::HoursTitle error=error>
            <p><a href="/coach" class="back">{t(Key::BackLink)}</a></p>
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

/// `/book`: the days with free times.
#[component]
pub fn BookPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let days = Resource::new(|| (), |_| free_days());
                let moving = moving_param();
                view! {
                    <Page title=Key::BookTitle>
                        <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
                        {crate::ui::loaded(days, move |days| view! { <DayList days moving/> }.into_any())}
                        <p><a href="/bookings">{t(Key::MyBookingsTitle)}</a></p>
                    </Page>
                }
            }
        </RequireRole>
    }
}

/// The first screen of "Boka vägledning" when the coach offers more than meetings: which
/// kind of guidance.
pub(super) fn kind_choice(days: &DayChoice) -> impl IntoView {
    let meetings = days.days.iter().map(|(_, _, n)| n).sum::<usize>();
    view! {
        <p>{t(Key::BookChooseKind)}</p>
        <ul class="choices">
            <li><a class="choice" href="/book?type=meeting">
                <span>{t(Key::KindMeeting)}</span>
                <span class="hint">{tp(Key::FreeTimesCount, "count", meetings as u64, &[])}</span>
            </a></li>
            <li><a class="choice" href="/workshops">
                <span>{t(Key::GroupWorkshop)}</span>
                <span class="hint">{t(Key::KindWorkshopHint)}</span>
                <span class="hint">{tp(Key::WorkshopsCount, "count", days.workshops as u64, &[])}</span>
            </a></li>
            <li><a class="choice" href="/dropin">
                <span>{t(Key::GroupDropIn)}</span>
                <span class="hint">{t(Key::KindDropInHint)}</span>
            </a></li>
        </ul>
    }
}

#[component]
pub(super) fn DayList(days: DayChoice, moving: Option<BookingId>) -> impl IntoView {
    let offers_more = days.workshops > 0 || days.dropins > 0;
    if moving.is_none() && offers_more && !query_flag("type") {
        return kind_choice(&days).into_any();
    }
    let Some(coach) = days.coach else {
        return view! { <p>{t(Key::BookNoTimes)}</p> }.into_any();
    };
    let suffix = moving.map(|id| format!("?move={id}")).unwrap_or_default();
    if moving.is_none() && days.held >= MAX_FUTURE_BOOKINGS {
        return view! {
            <p>{tp(Key::BookAtLimit, "count", MAX_FUTURE_BOOKINGS as u64, &[])}</p>
        }
        .into_any();
    }
    if days.days.is_empty() {
        return view! { <p>{t(Key::BookNoTimes)}</p> }.into_any();
    }
    view! {
        {moving.is_some().then(|| view! { <p>{t(Key::MovingHint)}</p> })}
        <p dir="auto">{tf(Key::BookChooseDay, &[("coach", &coach)])}</p>
        <ul class="choices">
            {days.days.into_iter().map(|(key, day, n)| view! {
                <li><a class="choice" href=format!("/book/{key}{suffix}")>
                    <span>{format_day(day)}</span>
                    <span class="hint">{tp(Key::FreeTimesCount, "count", n as u64, &[])}</span>
                </a></li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

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
pub(super) fn BookForm(times: FreeTimes) -> impl IntoView {
    let action = form_action::<Book>();
    let error = action_error(action);
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
        <Page title=Key::BookDayTitle error=error>
            <p><a href=back class="back">{t(Key::BackLink)}</a></p>
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

pub(super) fn booking_card(b: &BookingView, show_participant: bool) -> impl IntoView {
    let who = if show_participant {
        b.participant.clone()
    } else {
        b.coach.clone()
    };
    let help = HELP_TOPICS
        .iter()
        .find(|(code, _)| *code == b.help)
        .map(|(_, key)| t(*key));
    let needs = needs_text(&b.needs)
        .into_iter()
        .map(t)
        .collect::<Vec<_>>()
        .join(&format!("{} ", t(Key::ListSeparator)));
    // A cancelled booking says so first, in its heading, and is drawn faded and struck
    // through, so that it never reads as a live one at a glance.
    let heading = if b.active {
        view! { <a href=format!("/bookings/{}", b.id)>{when_text(&b.when)}</a> }.into_any()
    } else {
        view! {
            <a href=format!("/bookings/{}", b.id)>
                <span class="cancelled-word">{t(Key::BookingCancelled)}": "</span>
                <s>{when_text(&b.when)}</s>
            </a>
        }
        .into_any()
    };
    view! {
        <li class="card" class:cancelled=!b.active>
            <h2>{heading}</h2>
            {b.workshop.clone().map(|title| view! { <p dir="auto">{tf(Key::BookingWorkshop, &[("title", &title)])}</p> })}
            <p><bdi>{who}</bdi></p>
            {(!b.place.is_empty()).then(|| view! { <p dir="auto">{b.place.clone()}</p> })}
            {help.map(|h| view! { <p>{tf(Key::BookingHelp, &[("topic", h)])}</p> })}
            {(!b.interpreter.is_empty()).then(|| view! { <p dir="auto">{tf(Key::BookingInterpreter, &[("language", &b.interpreter)])}</p> })}
            {(!needs.is_empty()).then(|| view! { <p>{tf(Key::BookingNeeds, &[("needs", &needs)])}</p> })}
            {(!b.cancel_reason.is_empty()).then(|| view! {
                <p dir="auto">{tf(Key::CancelledByCoach, &[("reason", &b.cancel_reason)])}</p>
            })}
            {b.attendance.map(|a| view! { <p>{tf(Key::BookingAttendance, &[("value", t(a.label()))])}</p> })}
        </li>
    }
}

/// Bookings as cards, or `empty` said in words.
#[component]
pub(super) fn BookingList(
    bookings: Resource<Result<Vec<BookingView>, AppError>>,
    /// Whose name each card shows: the participant's (for the coach) or the coach's.
    show_participant: bool,
    empty: Key,
) -> impl IntoView {
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match bookings.await {
                    Ok(list) if list.is_empty() => view! { <p>{t(empty)}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="cards">{list.iter().map(|b| booking_card(b, show_participant)).collect_view()}</ul>
                    }.into_any(),
                    Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `/bookings`: "Mina bokningar".
#[component]
pub fn MyBookingsPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let bookings = Resource::new(|| (), |_| my_bookings());
                view! {
                    <Page title=Key::MyBookingsTitle>
                        <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
                        {status_panel(query_flag("cancelled"), Key::BookingCancelledDone)}
                        <BookingList bookings show_participant=false empty=Key::MyBookingsEmpty/>
                        <p><a class="button" href="/book">{t(Key::BookTitle)}</a></p>
                    </Page>
                }
            }
        </RequireRole>
    }
}

/// A page about one booking, for whoever may see it; anyone else gets "not found".
pub(super) fn booking_page(show: fn(BookingView) -> AnyView) -> impl IntoView {
    crate::ui::record_page(&[Role::Participant, Role::Coach], fetch_booking, show)
}

/// `/bookings/:id`: the booking, the confirmation after booking, and the way to cancel.
#[component]
pub fn BookingPage() -> impl IntoView {
    booking_page(|b| {
        let coach_view = crate::auth::use_auth()
            .user
            .is_some_and(|u| u.role == Role::Coach);
        let back = if coach_view {
            "/coach/agenda"
        } else {
            "/bookings"
        };
        let booked = query_flag("booked");
        let status = [
            ("booked", Key::BookedText),
            ("moved", Key::MovedText),
            ("recorded", Key::AttendanceSaved),
        ]
        .into_iter()
        .find(|(flag, _)| query_flag(flag))
        .map(|(_, key)| key);
        let cancel = if !b.active {
            view! { <p>{t(Key::BookingCancelled)}</p> }.into_any()
        } else if coach_view {
            view! {
                {if b.started {
                    view! { <AttendanceForm b=b.clone()/> }.into_any()
                } else {
                    view! {
                        <p class="hint">{t(Key::AttendanceLater)}</p>
                        {b.workshop.is_none().then(|| view! {
                            <p><a class="button secondary" href=format!("/bookings/{}/move", b.id)>{t(Key::CoachMoveLink)}</a></p>
                        })}
                    }.into_any()
                }}
                <p><a class="button warning" href=format!("/bookings/{}/cancel", b.id)>{t(Key::CancelBookingLink)}</a></p>
            }
            .into_any()
        } else if b.can_cancel {
            view! {
                {b.workshop.is_none().then(|| view! {
                    <p><a class="button secondary" href=format!("/book?move={}", b.id)>{t(Key::MoveBookingLink)}</a></p>
                })}
                <p><a class="button warning" href=format!("/bookings/{}/cancel", b.id)>{t(Key::CancelBookingLink)}</a></p>
            }
            .into_any()
        } else {
            view! { <p>{t(Key::PastCutoffText)}</p> }.into_any()
        };
        view! {
            <Page title=if booked { Key::BookedTitle } else { Key::BookingTitle }>
                <p><a href=back class="back">{t(Key::BackLink)}</a></p>
                {status.map(|key| view! {
                    <div class="panel" role="status"><p>{t(key)}</p></div>
                })}
                <ul class="cards">{booking_card(&b, coach_view)}</ul>
                // A file saved before a move or a cancellation still holds the old time:
                // the new one (METHOD:CANCEL for a cancelled booking) updates the phone's
                // calendar when it is opened.
                {if !b.active {
                    view! {
                        <div class="panel">
                            <p>{t(Key::CalendarCancelledText)}</p>
                            <p><a class="button secondary" href=format!("/bookings/{}/ics", b.id)>{t(Key::CalendarCancelledLink)}</a></p>
                        </div>
                    }.into_any()
                } else if b.moved {
                    view! {
                        <div class="panel">
                            <p>{t(Key::CalendarMovedText)}</p>
                            <p><a class="button secondary" href=format!("/bookings/{}/ics", b.id)>{t(Key::CalendarMovedLink)}</a></p>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <p><a class="button secondary" href=format!("/bookings/{}/ics", b.id)>{t(Key::AddToCalendar)}</a></p>
                    }.into_any()
                }}
                {cancel}
            </Page>
        }
        .into_any()
    })
}

/// `/bookings/:id/move`: the coach picks another of their free times for a meeting.
#[component]
pub fn CoachMovePage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], move_choice, |choice| {
        view! { <CoachMoveForm choice/> }.into_any()
    })
}

#[component]
pub(super) fn CoachMoveForm(choice: MoveTimes) -> impl IntoView {
    let action = form_action::<CoachMove>();
    let error = action_error(action);
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
        <Page title=Key::CoachMoveTitle error=error>
            <p><a href=format!("/bookings/{}", b.id) class="back">{t(Key::BackLink)}</a></p>
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

/// The coach records whether the participant came: never set by itself.
#[component]
pub(super) fn AttendanceForm(b: BookingView) -> impl IntoView {
    let action = form_action::<RecordAttendance>();
    let error = action_error(action);
    let current = b.attendance;
    view! {
        <ErrorSummary error=error/>
        <ActionForm action=action attr:class="form">
            <input type="hidden" name="id" value=b.id.get()/>
            <fieldset class="field">
                <legend>{t(Key::AttendanceLegend)}</legend>
                {Attendance::ALL.into_iter().enumerate().map(|(i, a)| {
                    let id = if i == 0 { "attendance".to_string() } else { format!("attendance-{}", a.code()) };
                    view! {
                        <div class="checkbox">
                            <input type="radio" id=id.clone() name="attendance" value=a.code() checked=current == Some(a)/>
                            <label for=id>{t(a.label())}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <Submit label=Key::AttendanceSave/>
        </ActionForm>
    }
}

/// `/bookings/:id/cancel`: asks before a booking is cancelled.
#[component]
pub fn CancelBookingPage() -> impl IntoView {
    booking_page(|b| view! { <CancelQuestion b/> }.into_any())
}

#[component]
pub(super) fn CancelQuestion(b: BookingView) -> impl IntoView {
    let action = form_action::<CancelBooking>();
    let error = action_error(action);
    let coach_view = crate::auth::use_auth()
        .user
        .is_some_and(|u| u.role == Role::Coach);
    view! {
        <Page title=Key::CancelBookingTitle error=error>
            <ErrorSummary error=error/>
            <p>{tf(Key::CancelBookingQuestion, &[("when", &when_text(&b.when))])}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=b.id.get()/>
                {coach_view.then(|| view! {
                    <TextField name="reason" label=Key::CancelReasonLabel hint=Key::CancelReasonHint error=error/>
                })}
                <Submit label=Key::CancelBookingButton warning=true/>
            </ActionForm>
            <p><a href=format!("/bookings/{}", b.id) class="button secondary">{t(Key::CancelLink)}</a></p>
        </Page>
    }
}

/// `/coach/agenda`: the coach's day or week (`?view=day`, `?day=YYYY-MM-DD`).
#[component]
pub fn AgendaPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            {
                let query = use_query_map().read_untracked().clone();
                let (day, view) = (query.get("day"), query.get("view"));
                let agenda = Resource::new(move || (day.clone(), view.clone()), |(d, v)| agenda(d, v));
                view! {
                    <Page title=Key::AgendaTitle>
                        <p><a href="/coach" class="back">{t(Key::BackLink)}</a></p>
                        {status_panel(query_flag("cancelled"), Key::BookingCancelledDone)}
                        <p><a href="/coach/hours">{t(Key::HoursTitle)}</a>" · "<a href="/coach/groups">{t(Key::GroupsTitle)}</a></p>
                        <Notices back="/coach/agenda"/>
                        {crate::ui::loaded(agenda, move |a| view! { <AgendaDays a/> }.into_any())}
                    </Page>
                }
            }
        </RequireRole>
    }
}

#[component]
pub(super) fn AgendaDays(a: AgendaView) -> impl IntoView {
    let view_name = if a.week { "week" } else { "day" };
    let first = a.asked.clone();
    let (previous, next) = (
        format!("/coach/agenda?view={view_name}&day={}", a.previous),
        format!("/coach/agenda?view={view_name}&day={}", a.next),
    );
    let (prev_key, next_key) = if a.week {
        (Key::AgendaPreviousWeek, Key::AgendaNextWeek)
    } else {
        (Key::AgendaPreviousDay, Key::AgendaNextDay)
    };
    let current = |week: bool| (week == a.week).then_some("page");
    let empty = a.days.is_empty();
    let days = a
        .days
        .into_iter()
        .map(|d| {
            let nothing = d.bookings.is_empty() && d.groups.is_empty();
            view! {
                <section class="agenda-day">
                    <h2>{format_day(d.day)}</h2>
                    {nothing.then(|| view! { <p>{t(Key::AgendaDayEmpty)}</p> })}
                    {(!d.groups.is_empty()).then(|| view! {
                        <ul class="cards">
                            {d.groups.into_iter().map(|g| view! {
                                <li class="card">
                                    <h3><a href=format!("/coach/groups/{}", g.id)>{format!("\u{2066}{}–{}\u{2069}", g.when.start, g.when.end)}" "<bdi>{g.name()}</bdi></a></h3>
                                    <p>{t(g.kind.label())}</p>
                                    {group::group_facts(&g)}
                                </li>
                            }).collect_view()}
                        </ul>
                    })}
                    {(!d.bookings.is_empty()).then(|| view! {
                        <ul class="cards">{d.bookings.iter().map(|b| booking_card(b, true)).collect_view()}</ul>
                    })}
                </section>
            }
        })
        .collect_view();
    view! {
        <nav class="agenda-nav" aria-label=t(Key::AgendaNavLabel)>
            <ul class="tabs">
                <li><a href=format!("/coach/agenda?view=day&day={first}") aria-current=current(false)>{t(Key::AgendaDay)}</a></li>
                <li><a href=format!("/coach/agenda?view=week&day={first}") aria-current=current(true)>{t(Key::AgendaWeek)}</a></li>
            </ul>
            <p class="lead">{if a.week {
                tf(
                    Key::AgendaWeekNumber,
                    &[
                        ("week", &a.week_number.unwrap_or_default().to_string()),
                        ("day", &format_day(a.first)),
                    ],
                )
            } else {
                format_day(a.first)
            }}</p>
            <ul class="pager">
                <li><a class="button secondary" href=previous>{t(prev_key)}</a></li>
                <li><a class="button secondary" href=format!("/coach/agenda?view={view_name}&day={}", a.today)>{t(Key::AgendaToday)}</a></li>
                <li><a class="button secondary" href=next>{t(next_key)}</a></li>
            </ul>
        </nav>
        {empty.then(|| view! { <p>{t(Key::AgendaEmpty)}</p> })}
        {days}
    }
}
