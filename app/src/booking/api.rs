//! Booking: the server functions: who asks, what they may do, the store, the answer.
use super::*;

/// A stored booking's times as the pages show them.
#[cfg(feature = "ssr")]
pub fn when_of(starts_at: i64, ends_at: i64) -> Option<When> {
    server::when(starts_at, ends_at)
}

/// The participant's bookings with the signed-in coach, for the coach's participant page:
/// always visible to that coach (no share needed), newest last.
#[server(prefix = "/api", endpoint = "participant-bookings")]
pub async fn participant_bookings(
    person: crate::ids::UserId,
) -> Result<Vec<BookingView>, AppError> {
    use crate::ssr::access::{looked_after, Act, Part};
    let (state, coach, person) = looked_after(person, Part::Bookings, Act::Read).await?;
    let rules = state
        .store
        .of::<dyn BookingStore>()?
        .booking_rules(coach.id)
        .await?;
    let now = state.clock.unix();
    // The last 8 weeks and everything ahead.
    Ok(state
        .store
        .of::<dyn BookingStore>()?
        .participant_bookings(person.id, now - 56 * 86_400)
        .await?
        .into_iter()
        .filter(|b| b.coach_id == coach.id)
        .filter_map(|b| server::view_of(b, rules.as_ref(), now))
        .collect())
}

#[server(prefix = "/api", endpoint = "my-hours")]
pub async fn my_hours() -> Result<HoursView, AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::require;
    let (state, coach) = require(&[Role::Coach]).await?;
    authorize_own(&coach, Part::Calendar, Act::Read, coach.id)?;
    let stored = state
        .store
        .of::<dyn BookingStore>()?
        .booking_rules(coach.id)
        .await?;
    let mut rules = stored.clone().unwrap_or_default();
    // Extra hours that have gone by are history, not hours to manage.
    let today = state.clock.today().to_string();
    rules.extra.retain(|r| r.day >= today);
    let now = state.clock.unix();
    // A booking the current hours do not offer any more is listed, never dropped.
    let offered = slots::offered(&rules, state.clock.now());
    let outside = state
        .store
        .of::<dyn BookingStore>()?
        .coach_bookings(coach.id, now, i64::MAX)
        .await?
        .into_iter()
        .filter(|b| {
            b.group.is_none()
                && !offered
                    .iter()
                    .any(|s| s.starts_at <= b.starts_at && b.ends_at <= s.ends_at)
        })
        .filter_map(|b| server::view_of(b, stored.as_ref(), now))
        .collect();
    let today = state.clock.today();
    let holidays = (0..=i64::from(rules.horizon_days))
        .filter_map(|n| today.checked_add(jiff::Span::new().days(n)).ok())
        .filter_map(|day| Some((day.to_string(), holidays::holiday(day)?)))
        // A holiday with extra hours is open.
        .filter(|(day, _)| !rules.extra.iter().any(|r| r.day == *day))
        .collect();
    Ok(HoursView {
        rules,
        outside,
        holidays,
    })
}

#[server(prefix = "/api", endpoint = "save-hours")]
pub async fn save_hours(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::require;
    let (state, coach) = require(&[Role::Coach]).await?;
    authorize_own(&coach, Part::Calendar, Act::Change, coach.id)?;
    let rules = server::rules_from(&fields)?;
    state
        .store
        .of::<dyn BookingStore>()?
        .save_booking_rules(coach.id, &rules)
        .await?;
    tracing::info!(coach = %coach.id, ranges = rules.weekly.len(), "hours saved");
    leptos_axum::redirect("/coach/hours?saved=1");
    Ok(())
}

#[server(prefix = "/api", endpoint = "free-days")]
pub async fn free_days() -> Result<DayChoice, AppError> {
    let (state, me, coach) = server::participant().await?;
    let held = state
        .store
        .of::<dyn BookingStore>()?
        .participant_bookings(me.id, state.clock.unix())
        .await?
        .iter()
        .filter(|b| b.active)
        .count();
    let now = state.clock.unix();
    let (mut workshops, mut dropins) = (0, 0);
    if let Some(coach) = me.coach_id {
        for g in state
            .store
            .of::<dyn GroupStore>()?
            .coach_groups(coach, now)
            .await?
        {
            match g.kind {
                group::GroupKind::Workshop
                    if !g.cancelled
                        && g.starts_at > now
                        && g.seats.is_some_and(|s| g.taken < s) =>
                {
                    workshops += 1
                }
                group::GroupKind::DropIn if !g.cancelled => dropins += 1,
                _ => {}
            }
        }
    }
    let Some((coach, rules)) = coach else {
        return Ok(DayChoice {
            coach: None,
            days: Vec::new(),
            held,
            workshops,
            dropins,
        });
    };
    let mut days: Vec<(String, CalendarDay, usize)> = Vec::new();
    for slot in server::free(&state, &coach, &rules, None).await? {
        let Some(when) = server::when(slot.starts_at, slot.ends_at) else {
            continue;
        };
        let key = format!(
            "{:04}-{:02}-{:02}",
            when.day.year, when.day.month, when.day.day
        );
        match days.last_mut() {
            Some((last, _, n)) if *last == key => *n += 1,
            _ => days.push((key, when.day, 1)),
        }
    }
    Ok(DayChoice {
        coach: Some(coach.display_name),
        days,
        held,
        workshops,
        dropins,
    })
}

#[server(prefix = "/api", endpoint = "free-times")]
pub async fn free_times_on(day: String) -> Result<FreeTimes, AppError> {
    let (state, _, coach) = server::participant().await?;
    let (coach, rules) = coach.ok_or(AppError::NotFound)?;
    let wanted: jiff::civil::Date = day.parse().map_err(|_| AppError::NotFound)?;
    let times: Vec<When> = server::free(&state, &coach, &rules, Some(wanted))
        .await?
        .into_iter()
        .filter_map(|s| server::when(s.starts_at, s.ends_at))
        .collect();
    Ok(FreeTimes {
        coach: coach.display_name,
        place: rules.place,
        day: crate::ssr::clock::calendar_day(wanted),
        times,
    })
}

/// Books the time starting at `start` with the participant's own coach. `key` is the
/// form's own: sending the same form again returns the same booking.
#[server(prefix = "/api", endpoint = "book")]
pub async fn book(
    day: String,
    start: Option<String>,
    key: String,
    help: Option<String>,
    interpreter: Option<String>,
    moving: Option<BookingId>,
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<BookingId, AppError> {
    use crate::booking::store::{BookOutcome, MoveOutcome, NewBooking};
    use crate::ssr::internal;
    let (state, me, coach) = server::participant().await?;
    let (coach, rules) = coach.ok_or(AppError::NotFound)?;
    let help = help.unwrap_or_default();
    let interpreter = crate::text::clean_line(interpreter.as_deref().unwrap_or(""));
    let needs = needs_from(&fields);
    let refuse = |field: &str, problem: FieldProblem| {
        let mut invalid = Invalid::new();
        invalid.add(field, problem);
        let invalid = invalid
            .keep("day", &day)
            .keep("start", start.as_deref().unwrap_or(""))
            .keep("help", &help)
            .keep("interpreter", &interpreter);
        AppError::Invalid(
            fields
                .keys()
                .filter(|k| k.starts_with("need-"))
                .fold(invalid, |inv, k| inv.keep(k, "on")),
        )
    };
    if !help.is_empty() && !HELP_TOPICS.iter().any(|(code, _)| *code == help) {
        return Err(refuse("help", FieldProblem::UnknownOption));
    }
    if interpreter.chars().count() > 60 {
        return Err(refuse("interpreter", FieldProblem::TooLong));
    }
    if key.is_empty() || key.len() > 64 {
        return Err(AppError::BadRequest);
    }
    let Some(starts_at) = start.as_deref().and_then(|s| s.parse::<i64>().ok()) else {
        return Err(refuse("start", FieldProblem::Required));
    };
    // Only a time the coach offers now; a retried form whose time is taken by its
    // own booking still finds that booking (the store checks the key first).
    let slot = slots::offered_at(&rules, state.clock.now(), starts_at);
    let Some(slot) = slot else {
        return Err(refuse("start", FieldProblem::Taken));
    };
    // Never in the past, nor closer than the coach's minimum notice.
    if !slots::after_notice(&rules, slot.starts_at, state.clock.now()) {
        return Err(refuse("start", FieldProblem::TooSoon));
    }
    if let Some(id) = moving {
        // A move: the participant's own booking, before the cut-off, in one
        // transaction that keeps the old time if the new one is taken.
        let (_, _, booking) = server::reach(id, crate::ssr::access::Act::Change).await?;
        let now = state.clock.unix();
        let view = server::view_of(booking, Some(&rules), now)
            .ok_or_else(|| internal("booking time out of range"))?;
        if !view.can_cancel {
            return Err(AppError::PastCutoff);
        }
        let buffer = i64::from(rules.buffer_minutes) * 60;
        return match state
            .store
            .of::<dyn BookingStore>()?
            .move_booking(id, me.id, slot.starts_at, slot.ends_at, buffer, me.id, now)
            .await?
        {
            MoveOutcome::Moved => {
                tracing::info!(user = %me.id, booking = %id, "booking moved");
                leptos_axum::redirect(&format!("/bookings/{id}?moved=1"));
                Ok(id)
            }
            MoveOutcome::Taken => Err(refuse("start", FieldProblem::Taken)),
            MoveOutcome::NotActive => Err(AppError::Conflict),
        };
    }
    let outcome = state
        .store
        .of::<dyn BookingStore>()?
        .book(
            NewBooking {
                coach: coach.id,
                participant: me.id,
                starts_at: slot.starts_at,
                ends_at: slot.ends_at,
                help: help.clone(),
                interpreter: interpreter.clone(),
                needs,
                key,
                buffer: i64::from(rules.buffer_minutes) * 60,
                max_future: MAX_FUTURE_BOOKINGS,
            },
            state.clock.unix(),
        )
        .await?;
    let id = match outcome {
        BookOutcome::Booked(id) => {
            tracing::info!(user = %me.id, booking = %id, "booked");
            id
        }
        BookOutcome::AlreadyBooked(id) => id,
        BookOutcome::Taken => return Err(refuse("start", FieldProblem::Taken)),
        BookOutcome::TooMany => return Err(refuse("start", FieldProblem::TooManyBookings)),
    };
    leptos_axum::redirect(&format!("/bookings/{id}?booked=1"));
    Ok(id)
}

#[server(prefix = "/api", endpoint = "my-bookings")]
pub async fn my_bookings() -> Result<Vec<BookingView>, AppError> {
    let (state, me, coach) = server::participant().await?;
    let now = state.clock.unix();
    let rules = coach.map(|(_, r)| r);
    Ok(state
        .store
        .of::<dyn BookingStore>()?
        .participant_bookings(me.id, now)
        .await?
        .into_iter()
        .filter_map(|b| server::view_of(b, rules.as_ref(), now))
        .collect())
}

#[server(prefix = "/api", endpoint = "booking")]
pub async fn fetch_booking(id: BookingId) -> Result<BookingView, AppError> {
    use crate::ssr::access::Act;
    use crate::ssr::internal;
    let (state, _, booking) = server::reach(id, Act::Read).await?;
    let rules = state
        .store
        .of::<dyn BookingStore>()?
        .booking_rules(booking.coach_id)
        .await?;
    server::view_of(booking, rules.as_ref(), state.clock.unix())
        .ok_or_else(|| internal("booking time out of range"))
}

/// Cancels a booking: the participant before the cut-off, the coach at any time.
#[server(prefix = "/api", endpoint = "cancel-booking")]
pub async fn cancel_booking(id: BookingId, reason: Option<String>) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    use crate::ssr::internal;
    let (state, me, booking) = server::reach(id, Act::Change).await?;
    let participant = booking.participant_id;
    let rules = state
        .store
        .of::<dyn BookingStore>()?
        .booking_rules(booking.coach_id)
        .await?;
    let view = server::view_of(booking, rules.as_ref(), state.clock.unix())
        .ok_or_else(|| internal("booking time out of range"))?;
    if me.role == Role::Participant && !view.can_cancel {
        return Err(AppError::PastCutoff);
    }
    // A coach says why; the participant reads it with the cancelled booking.
    let reason = if me.role == Role::Coach {
        cancel_reason(reason.as_deref())?
    } else {
        String::new()
    };
    if !state
        .store
        .of::<dyn BookingStore>()?
        .cancel_booking(id, me.id, &reason, state.clock.unix())
        .await?
    {
        return Err(AppError::Conflict);
    }
    tracing::info!(user = %me.id, booking = %id, "booking cancelled");
    if me.role == Role::Coach {
        use crate::reminders::{server::at_once, Kind};
        at_once(&state, participant, Kind::Cancelled, id.get()).await;
    }
    let back = if me.role == Role::Coach {
        "/coach/agenda?cancelled=1"
    } else {
        "/bookings?cancelled=1"
    };
    leptos_axum::redirect(back);
    Ok(())
}

/// The coach's own agenda: `view` "day" or "week" (the default) from `day` (`YYYY-MM-DD`,
/// today by default).
#[server(prefix = "/api", endpoint = "agenda")]
pub async fn agenda(day: Option<String>, view: Option<String>) -> Result<AgendaView, AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::clock::{calendar_day, end_of_day, parse_day, start_of_day};
    use crate::ssr::require;
    use jiff::ToSpan;
    let (state, coach) = require(&[Role::Coach]).await?;
    authorize_own(&coach, Part::Calendar, Act::Read, coach.id)?;
    let now = state.clock.unix();
    let today = state.clock.today();
    let week = view.as_deref() != Some("day");
    let asked = day.as_deref().and_then(parse_day).unwrap_or(today);
    // A week is Monday to Sunday: the Monday of the day asked for.
    let first = if week {
        asked
            .checked_sub(i64::from(asked.weekday().to_monday_zero_offset()).days())
            .map_err(|_| AppError::NotFound)?
    } else {
        asked
    };
    let length: i64 = if week { 7 } else { 1 };
    let last = first
        .checked_add((length - 1).days())
        .map_err(|_| AppError::NotFound)?;
    let (from, to) = (
        start_of_day(first).as_second(),
        end_of_day(last).as_second(),
    );
    let rules = state
        .store
        .of::<dyn BookingStore>()?
        .booking_rules(coach.id)
        .await?;
    // Past meetings stay reachable from here: attendance is recorded after them.
    let bookings: Vec<BookingView> = state
        .store
        .of::<dyn BookingStore>()?
        .coach_bookings(coach.id, from, to)
        .await?
        .into_iter()
        // Workshop seats are under their workshop's card (and its page).
        .filter(|b| b.group.is_none())
        .filter_map(|b| server::view_of(b, rules.as_ref(), now))
        .collect();
    let groups: Vec<group::GroupView> = state
        .store
        .of::<dyn GroupStore>()?
        .coach_groups(coach.id, from)
        .await?
        .into_iter()
        .filter(|g| g.starts_at < to)
        .filter_map(|g| group::server::view_of(g, now))
        .collect();
    let mut days = Vec::new();
    for offset in 0..length {
        let date = first
            .checked_add(offset.days())
            .map_err(|_| AppError::NotFound)?;
        let key = calendar_day(date);
        let entry = AgendaDay {
            day: key,
            bookings: bookings
                .iter()
                .filter(|b| b.when.day == key)
                .cloned()
                .collect(),
            groups: groups
                .iter()
                .filter(|g| g.when.day == key)
                .cloned()
                .collect(),
        };
        if !week || !entry.bookings.is_empty() || !entry.groups.is_empty() {
            days.push(entry);
        }
    }
    let shift = |n: i64| {
        first
            .checked_add(n.days())
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    Ok(AgendaView {
        week,
        first: calendar_day(first),
        days,
        previous: shift(-length),
        next: shift(length),
        today: today.to_string(),
        week_number: week.then(|| first.iso_week_date().week()),
        asked: asked.to_string(),
    })
}

/// What others changed in the signed-in person's bookings since they last said they had
/// seen it: for a participant, meetings their coach cancelled or moved (and workshops put
/// out); for a coach, meetings their participants cancelled.
#[server(prefix = "/api", endpoint = "notices")]
pub async fn notices() -> Result<Vec<Notice>, AppError> {
    use crate::ssr::require;
    let (state, me) = require(&[Role::Participant, Role::Coach]).await?;
    let now = state.clock.unix();
    let seen = state
        .store
        .of::<dyn BookingStore>()?
        .notices_seen(me.id)
        .await?;
    // Each change with its instant; a moved booking says where it was before.
    let mut changes: Vec<(i64, crate::booking::store::BookingRecord, bool)> = if me.role
        == Role::Coach
    {
        let cancelled = state
            .store
            .of::<dyn BookingStore>()?
            .cancelled_since(me.id, seen)
            .await?
            .into_iter()
            .filter_map(|b| Some((b.cancelled_at?, b, false)));
        // Meetings a participant moved to another time.
        let moved = state
            .store
            .of::<dyn BookingStore>()?
            .coach_bookings(me.id, now, i64::MAX)
            .await?
            .into_iter()
            .filter(|b| b.moved_by == Some(b.participant_id))
            .filter_map(|b| Some((b.moved_at?, b, true)))
            .filter(|(at, _, _)| *at > seen);
        cancelled.chain(moved).collect()
    } else {
        state
            .store
            .of::<dyn BookingStore>()?
            .participant_bookings(me.id, now)
            .await?
            .into_iter()
            .filter_map(|b| {
                let by_other = |by: Option<crate::ids::UserId>| by.is_some_and(|by| by != me.id);
                if !b.active && by_other(b.cancelled_by) {
                    Some((b.cancelled_at?, b, false))
                } else if b.active && by_other(b.moved_by) {
                    Some((b.moved_at?, b, true))
                } else {
                    None
                }
            })
            .filter(|(at, _, _)| *at > seen)
            .collect()
    };
    changes.sort_by_key(|(at, _, _)| std::cmp::Reverse(*at));
    Ok(changes
        .into_iter()
        .filter_map(|(at, b, moved)| {
            let moved_from = if moved {
                let from = b.moved_from?;
                Some(server::when(from, from + (b.ends_at - b.starts_at))?)
            } else {
                None
            };
            Some(Notice {
                booking: b.id,
                at,
                when: server::when(b.starts_at, b.ends_at)?,
                by: if me.role == Role::Coach {
                    b.participant_name
                } else {
                    b.coach_name
                },
                reason: b.cancel_reason,
                workshop: b.group.map(|g| g.title),
                moved_from,
            })
        })
        .collect())
}

/// "I have seen it": what was shown (cancelled up to `upto`) is not shown again; anything
/// newer still is. `back` is where to go next.
#[server(prefix = "/api", endpoint = "seen-notices")]
pub async fn seen_notices(back: Option<String>, upto: Option<i64>) -> Result<(), AppError> {
    use crate::ssr::require;
    let (state, me) = require(&[Role::Participant, Role::Coach]).await?;
    let now = state.clock.unix();
    let upto = upto.unwrap_or(now).min(now);
    state
        .store
        .of::<dyn BookingStore>()?
        .see_notices(me.id, upto)
        .await?;
    // Each role goes back to its own page, whatever was posted.
    let _ = back;
    let back = if me.role == Role::Coach {
        "/coach/agenda"
    } else {
        "/home"
    };
    leptos_axum::redirect(back);
    Ok(())
}

/// Records whether the participant came. Only the coach whose calendar holds the booking.
#[server(prefix = "/api", endpoint = "record-attendance")]
pub async fn record_attendance(id: BookingId, attendance: Option<String>) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me, booking) = server::reach(id, Act::Change).await?;
    if me.role != Role::Coach || !booking.active {
        return Err(AppError::NotFound);
    }
    let now = state.clock.unix();
    if booking.starts_at > now {
        let mut invalid = Invalid::new();
        invalid.add("attendance", FieldProblem::NotStarted);
        return Err(AppError::Invalid(invalid));
    }
    let chosen = match attendance.as_deref().unwrap_or("") {
        "" => None,
        code => Some(Attendance::parse(code).ok_or_else(|| {
            let mut invalid = Invalid::new();
            invalid.add("attendance", FieldProblem::UnknownOption);
            AppError::Invalid(invalid)
        })?),
    };
    state
        .store
        .of::<dyn BookingStore>()?
        .record_attendance(id, me.id, chosen, now)
        .await?;
    tracing::info!(coach = %me.id, booking = %id, ?chosen, "attendance recorded");
    leptos_axum::redirect(&format!("/bookings/{id}?recorded=1"));
    Ok(())
}

/// Closes a day (`YYYY-MM-DD`) in the coach's calendar, or opens it again.
#[server(prefix = "/api", endpoint = "close-day")]
pub async fn close_day(day: String, open: Option<String>) -> Result<(), AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::require;
    let (state, coach) = require(&[Role::Coach]).await?;
    authorize_own(&coach, Part::Calendar, Act::Change, coach.id)?;
    let Some(parsed) = crate::ssr::clock::parse_day(&day) else {
        let mut invalid = Invalid::new();
        invalid.add("day", FieldProblem::BadDate);
        return Err(AppError::Invalid(invalid.keep("day", &day)));
    };
    let key = parsed.to_string();
    let closed = open.is_none();
    state
        .store
        .of::<dyn BookingStore>()?
        .set_closed_day(coach.id, &key, closed)
        .await?;
    tracing::info!(coach = %coach.id, closed, "closed day changed");
    leptos_axum::redirect("/coach/hours?saved=1#closed-days");
    Ok(())
}

/// Adds extra hours on one day (`YYYY-MM-DD`) of the coach's calendar, or, with `remove`,
/// takes them away again.
#[server(prefix = "/api", endpoint = "extra-hours")]
pub async fn extra_hours(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::require;
    let (state, coach) = require(&[Role::Coach]).await?;
    authorize_own(&coach, Part::Calendar, Act::Change, coach.id)?;
    let get = |name: &str| fields.get(name).map(|s| s.trim()).unwrap_or("");
    let (day, from, to) = (get("extra-day"), get("extra-from"), get("extra-to"));
    let remove = fields.get("remove");
    let mut invalid = Invalid::new();
    let parsed = crate::ssr::clock::parse_day(day);
    match parsed {
        None => invalid.add("extra-day", FieldProblem::BadDate),
        Some(d) if remove.is_none() && d < state.clock.today() => {
            invalid.add("extra-day", FieldProblem::DayPassed)
        }
        _ => {}
    }
    let (start, end) = (parse_clock(from), parse_clock(to));
    match (start, end) {
        (None, _) => invalid.add("extra-from", FieldProblem::BadTime),
        (_, None) => invalid.add("extra-to", FieldProblem::BadTime),
        (Some(a), Some(b)) if b <= a || a >= 24 * 60 => {
            invalid.add("extra-to", FieldProblem::EndBeforeStart)
        }
        _ => {}
    }
    let (Some(parsed), Some(start), Some(end), true) =
        (parsed, start, end, invalid.errors.is_empty())
    else {
        return Err(AppError::Invalid(
            invalid
                .keep("extra-day", day)
                .keep("extra-from", from)
                .keep("extra-to", to),
        ));
    };
    let range = ExtraRange {
        day: parsed.to_string(),
        start,
        end,
    };
    state
        .store
        .of::<dyn BookingStore>()?
        .set_extra_hours(coach.id, &range, remove.is_none())
        .await?;
    tracing::info!(coach = %coach.id, removed = remove.is_some(), "extra hours changed");
    leptos_axum::redirect("/coach/hours?saved=1#extra-hours");
    Ok(())
}

/// The coach's own individual meeting that has not begun, for `act`; anything else is
/// "not found".
#[cfg(feature = "ssr")]
pub(super) async fn coach_meeting(
    id: BookingId,
    act: crate::ssr::access::Act,
) -> Result<
    (
        crate::ssr::ServerState,
        crate::ssr::store::UserRecord,
        crate::booking::store::BookingRecord,
        BookingRules,
    ),
    AppError,
> {
    let (state, me, booking) = server::reach(id, act).await?;
    let now = state.clock.unix();
    if me.role != Role::Coach
        || !booking.active
        || booking.group.is_some()
        || booking.starts_at <= now
    {
        return Err(AppError::NotFound);
    }
    let rules = state
        .store
        .of::<dyn BookingStore>()?
        .booking_rules(me.id)
        .await?
        .unwrap_or_default();
    Ok((state, me, booking, rules))
}

#[server(prefix = "/api", endpoint = "move-choice")]
pub async fn move_choice(id: BookingId) -> Result<MoveTimes, AppError> {
    use crate::ssr::internal;
    let (state, me, booking, rules) = coach_meeting(id, crate::ssr::access::Act::Change).await?;
    let now = state.clock.unix();
    let free = server::free(&state, &me, &rules, None).await?;
    let mut days: Vec<(CalendarDay, Vec<When>)> = Vec::new();
    for slot in free {
        let Some(when) = server::when(slot.starts_at, slot.ends_at) else {
            continue;
        };
        let full = days.len() == MOVE_DAYS;
        match days.last_mut() {
            Some((day, times)) if *day == when.day => times.push(when),
            _ if full => break,
            _ => days.push((when.day, vec![when])),
        }
    }
    let booking = server::view_of(booking, Some(&rules), now)
        .ok_or_else(|| internal("booking time out of range"))?;
    Ok(MoveTimes { booking, days })
}

/// The coach moves a meeting to another of their free times; the participant is told on
/// "Min väg" until they have seen it, and the calendar file's sequence rises.
#[server(prefix = "/api", endpoint = "coach-move")]
pub async fn coach_move(id: BookingId, start: Option<String>) -> Result<(), AppError> {
    use crate::booking::store::MoveOutcome;
    let (state, me, booking, rules) = coach_meeting(id, crate::ssr::access::Act::Change).await?;
    let refuse = |problem: FieldProblem| {
        let mut invalid = Invalid::new();
        invalid.add("start", problem);
        AppError::Invalid(invalid)
    };
    let Some(starts_at) = start.as_deref().and_then(|s| s.parse::<i64>().ok()) else {
        return Err(refuse(FieldProblem::ChooseOne));
    };
    // One of the coach's free times now (the meeting's own time is not free).
    let free = server::free(&state, &me, &rules, None).await?;
    let Some(slot) = free.into_iter().find(|s| s.starts_at == starts_at) else {
        return Err(refuse(FieldProblem::Taken));
    };
    let buffer = i64::from(rules.buffer_minutes) * 60;
    match state
        .store
        .of::<dyn BookingStore>()?
        .move_booking(
            id,
            booking.participant_id,
            slot.starts_at,
            slot.ends_at,
            buffer,
            me.id,
            state.clock.unix(),
        )
        .await?
    {
        MoveOutcome::Moved => {
            tracing::info!(coach = %me.id, booking = %id, "booking moved by the coach");
            use crate::reminders::{server::at_once, Kind};
            at_once(&state, booking.participant_id, Kind::Moved, id.get()).await;
            leptos_axum::redirect(&format!("/bookings/{id}?moved=1"));
            Ok(())
        }
        MoveOutcome::Taken => Err(refuse(FieldProblem::Taken)),
        MoveOutcome::NotActive => Err(AppError::NotFound),
    }
}

/// What a calendar file says about `booking`, held at `place`.
#[cfg(feature = "ssr")]
pub(crate) fn calendar_event<'a>(
    state: &crate::ssr::ServerState,
    booking: &'a store::BookingRecord,
    place: &'a str,
) -> ics::Event<'a> {
    ics::Event {
        uid: ics::uid("booking", booking.id.get(), &state.settings.public_url),
        sequence: booking.sequence,
        active: booking.active,
        start: ics::local(booking.starts_at),
        end: ics::local(booking.ends_at),
        stamp: state.clock.now().strftime("%Y%m%dT%H%M%SZ").to_string(),
        coach: &booking.coach_name,
        place,
        workshop: booking.group.as_ref().map(|g| g.title.as_str()),
    }
}

/// `/bookings/:id/ics`: the booking as a calendar file, for the participant who booked it
/// or the coach whose calendar holds it; anyone else gets 404.
#[cfg(feature = "ssr")]
pub async fn calendar_file(
    axum::extract::Extension(state): axum::extract::Extension<crate::ssr::ServerState>,
    session: tower_sessions::Session,
    headers: http::HeaderMap,
    axum::extract::Path(id): axum::extract::Path<BookingId>,
) -> axum::response::Response {
    use crate::ssr::access::{authorize, Act, Ask, Part, Relation};
    use crate::ssr::download::{attachment, refused as refuse};
    let me = match crate::ssr::require_in(&state, &session, &[Role::Participant, Role::Coach]).await
    {
        Ok(me) => me,
        Err(e) => return refuse(e),
    };
    let bookings = match state.store.of::<dyn BookingStore>() {
        Ok(bookings) => bookings,
        Err(e) => return refuse(crate::ssr::internal(e)),
    };
    let booking = match bookings.find_booking(id).await {
        Ok(Some(b)) => b,
        Ok(None) => return refuse(AppError::NotFound),
        Err(e) => return refuse(crate::ssr::internal(e)),
    };
    let (part, owner) = match me.role {
        Role::Coach => (Part::Calendar, booking.coach_id),
        _ => (Part::Bookings, booking.participant_id),
    };
    let rel = if owner == me.id {
        Relation::Own
    } else {
        Relation::Other
    };
    if let Err(e) = authorize(
        &me,
        Ask {
            relation: rel,
            part,
            act: Act::Read,
            owner,
            shared: false,
        },
    ) {
        return refuse(e);
    }
    let place = match (
        &booking.group,
        bookings.booking_rules(booking.coach_id).await,
    ) {
        (Some(g), _) => g.place.clone(),
        (None, Ok(rules)) => rules.map(|r| r.place).unwrap_or_default(),
        (None, Err(e)) => return refuse(crate::ssr::internal(e)),
    };
    let event = calendar_event(&state, &booking, &place);
    let body = ics::calendar(&event, crate::ssr::locale_in(&headers));
    let name = format!("vagledning-{}.ics", &event.start.get(..8).unwrap_or("tid"));
    attachment("text/calendar; charset=utf-8", &name, body)
}
