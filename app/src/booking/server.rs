//! Booking, server-only: reading the store for the server functions and the checks they share.
use super::*;
use crate::booking::store::BookingRecord;
use crate::ssr::access::{authorize, relation, Act, Ask, Part};
use crate::ssr::clock::{calendar_day, STOCKHOLM};
use crate::ssr::store::UserRecord;
use crate::ssr::ServerState;

pub fn when(starts_at: i64, ends_at: i64) -> Option<When> {
    let zoned = |s: i64| {
        jiff::Timestamp::from_second(s)
            .ok()
            .map(|t| t.to_zoned_datetime(STOCKHOLM.clone()))
    };
    let (start, end) = (zoned(starts_at)?, zoned(ends_at)?);
    Some(When {
        day: calendar_day(start.date()),
        start: format!("{:02}:{:02}", start.hour(), start.minute()),
        end: format!("{:02}:{:02}", end.hour(), end.minute()),
        starts_at,
    })
}

pub fn view_of(b: BookingRecord, rules: Option<&BookingRules>, now: i64) -> Option<BookingView> {
    let cutoff = rules.map_or(0, |r| r.cutoff_minutes);
    let now_ts = jiff::Timestamp::from_second(now).ok()?;
    let place = match &b.group {
        Some(g) => g.place.clone(),
        None => rules.map(|r| r.place.clone()).unwrap_or_default(),
    };
    Some(BookingView {
        id: b.id,
        when: when(b.starts_at, b.ends_at)?,
        coach: b.coach_name,
        participant: b.participant_name,
        place,
        workshop: b.group.map(|g| g.title),
        needs: b.needs,
        help: b.help,
        interpreter: b.interpreter,
        active: b.active,
        can_cancel: b.active && slots::before_cutoff(cutoff, b.starts_at, now_ts),
        // A cancelled booking was never attended, whatever was recorded before.
        attendance: b.attendance.filter(|_| b.active),
        started: b.starts_at <= now,
        moved: b.active && b.sequence > 0,
        cancel_reason: b.cancel_reason,
    })
}

/// The signed-in participant and their coach's rules (`None`: no coach, or the coach
/// has published no hours).
pub async fn participant(
) -> Result<(ServerState, UserRecord, Option<(UserRecord, BookingRules)>), AppError> {
    let (state, me) = crate::ssr::require(&[Role::Participant]).await?;
    authorize(
        &me,
        Ask {
            relation: relation(&me, &me),
            part: Part::Bookings,
            act: Act::Change,
            owner: me.id,
            shared: false,
        },
    )?;
    let Some(coach_id) = me.coach_id else {
        return Ok((state, me, None));
    };
    let coach = state.accounts.find_user(coach_id).await?;
    let rules = state
        .store
        .of::<dyn BookingStore>()?
        .booking_rules(coach_id)
        .await?;
    Ok((state, me, coach.zip(rules)))
}

/// The free times of `coach` now (on `day` only, when given), as slots.
pub async fn free(
    state: &ServerState,
    coach: &UserRecord,
    rules: &BookingRules,
    day: Option<jiff::civil::Date>,
) -> Result<Vec<slots::Slot>, AppError> {
    let now = state.clock.now();
    // Bookings that can touch the day (or the horizon): a day either side is plenty.
    let (from, to) = match day {
        Some(day) => (
            crate::ssr::clock::start_of_day(day).as_second() - 86_400,
            crate::ssr::clock::end_of_day(day).as_second() + 86_400,
        ),
        None => (now.as_second(), i64::MAX),
    };
    let booked: Vec<slots::Slot> = state
        .store
        .of::<dyn BookingStore>()?
        .busy_times(coach.id, from, to)
        .await?
        .into_iter()
        .map(|(starts_at, ends_at)| slots::Slot { starts_at, ends_at })
        .collect();
    Ok(match day {
        Some(day) => slots::free_times_on(rules, &booked, now, day),
        None => slots::free_times(rules, &booked, now),
    })
}

/// A booking the signed-in person may `act` on: their own, or one on their own
/// calendar (the coach's). Anyone else's is "not found".
pub async fn reach(
    id: BookingId,
    act: Act,
) -> Result<(ServerState, UserRecord, BookingRecord), AppError> {
    let (state, me) = crate::ssr::require(&[Role::Participant, Role::Coach]).await?;
    let booking = state
        .store
        .of::<dyn BookingStore>()?
        .find_booking(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (part, owner) = match me.role {
        Role::Coach => (Part::Calendar, booking.coach_id),
        _ => (Part::Bookings, booking.participant_id),
    };
    let rel = if owner == me.id {
        crate::ssr::access::Relation::Own
    } else {
        crate::ssr::access::Relation::Other
    };
    authorize(
        &me,
        Ask {
            relation: rel,
            part,
            act,
            owner,
            shared: false,
        },
    )?;
    Ok((state, me, booking))
}

/// The coach's rules from the hours form, or the form's errors with what was typed.
pub fn rules_from(fields: &BTreeMap<String, String>) -> Result<BookingRules, AppError> {
    let mut invalid = Invalid::new();
    let get = |name: &str| fields.get(name).map(|s| s.trim()).unwrap_or("");
    let mut weekly = Vec::new();
    for weekday in 1..=7u8 {
        let mut day: Vec<(WeeklyRange, &'static str)> = Vec::new();
        for (from, to) in range_names(weekday) {
            match (get(from), get(to)) {
                ("", "") => {}
                (a, b) => match (parse_clock(a), parse_clock(b)) {
                    (None, _) => invalid.add(from, FieldProblem::BadTime),
                    (_, None) => invalid.add(to, FieldProblem::BadTime),
                    (Some(start), Some(end)) if end <= start => {
                        invalid.add(to, FieldProblem::EndBeforeStart)
                    }
                    (Some(start), Some(end)) => day.push((
                        WeeklyRange {
                            weekday,
                            start,
                            end,
                        },
                        from,
                    )),
                },
            }
        }
        day.sort_by_key(|(r, _)| r.start);
        for pair in day.windows(2) {
            if pair[1].0.start < pair[0].0.end {
                invalid.add(pair[1].1, FieldProblem::Overlaps);
            }
        }
        weekly.extend(day.into_iter().map(|(r, _)| r));
    }
    let mut number = |name: &str, min: u32, max: u32| -> u32 {
        match get(name).parse::<u32>() {
            Ok(n) if (min..=max).contains(&n) => n,
            _ => {
                invalid.add(name, FieldProblem::OutOfRange);
                min
            }
        }
    };
    let slot = number("slot", 15, 120);
    let buffer = number("buffer", 0, 60);
    let notice = number("notice", 0, 168);
    let horizon = number("horizon", 1, 17);
    let cutoff = number("cutoff", 0, 168);
    let place = crate::text::clean_line(get("place"));
    if place.chars().count() > 200 {
        invalid.add("place", FieldProblem::TooLong);
    }
    if !invalid.errors.is_empty() {
        let kept = fields.iter().fold(invalid, |inv, (k, v)| inv.keep(k, v));
        return Err(AppError::Invalid(kept));
    }
    Ok(BookingRules {
        closed: Vec::new(),
        extra: Vec::new(),
        slot_minutes: slot as u8,
        buffer_minutes: buffer as u8,
        notice_minutes: notice * 60,
        horizon_days: (horizon * 7) as u16,
        cutoff_minutes: cutoff * 60,
        place,
        weekly,
    })
}
