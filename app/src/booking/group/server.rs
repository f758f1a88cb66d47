//! Group, server-only: reading the store for the server functions and the checks they share.
use super::*;
use crate::booking::group::store::{GroupRecord, QueuePlace};
use crate::ssr::access::{authorize, Act, Ask, Part, Relation};
use crate::ssr::store::UserRecord;
use crate::ssr::{require, ServerState};

pub fn view_of(g: GroupRecord, now: i64) -> Option<GroupView> {
    let until = match g.kind {
        GroupKind::Workshop => g.starts_at,
        GroupKind::DropIn => g.ends_at,
    };
    Some(GroupView {
        cancellable: !g.cancelled && now < until,
        id: g.id,
        kind: g.kind,
        title: g.title,
        when: crate::booking::server::when(g.starts_at, g.ends_at)?,
        place: g.place,
        seats: g.seats,
        taken: g.taken,
        waiting: g.waiting,
        cancelled: g.cancelled,
        cancel_reason: g.cancel_reason,
    })
}

pub fn place_of(p: QueuePlace) -> Place {
    match p {
        QueuePlace::NotInQueue => Place::NotInQueue,
        QueuePlace::Waiting(n) => Place::Waiting(n),
        QueuePlace::Called => Place::Called,
        QueuePlace::Done => Place::Done,
    }
}

/// The signed-in coach and one of their own workshops or drop-in windows; anyone
/// else's is "not found".
pub async fn own_group(
    id: GroupId,
    act: Act,
) -> Result<(ServerState, UserRecord, GroupRecord), AppError> {
    let (state, coach) = require(&[Role::Coach]).await?;
    let group = state
        .store
        .of::<dyn GroupStore>()?
        .find_group(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let rel = if group.coach_id == coach.id {
        Relation::Own
    } else {
        Relation::Other
    };
    authorize(
        &coach,
        Ask {
            relation: rel,
            part: Part::Calendar,
            act,
            owner: group.coach_id,
            shared: false,
        },
    )?;
    Ok((state, coach, group))
}

/// The signed-in participant and a workshop or drop-in window of their own coach;
/// another coach's is "not found".
pub async fn coach_group(id: GroupId) -> Result<(ServerState, UserRecord, GroupRecord), AppError> {
    let (state, me, _) = crate::booking::server::participant().await?;
    let group = state
        .store
        .of::<dyn GroupStore>()?
        .find_group(id)
        .await?
        .filter(|g| Some(g.coach_id) == me.coach_id)
        .ok_or(AppError::NotFound)?;
    Ok((state, me, group))
}

/// Whether a drop-in window takes people into its queue at `now`: on its own day
/// (Stockholm), until it ends, unless cancelled.
pub fn queue_open(g: &GroupRecord, now: jiff::Timestamp) -> bool {
    let day = |unix: i64| {
        jiff::Timestamp::from_second(unix).ok().map(|t| {
            t.to_zoned_datetime(crate::ssr::clock::STOCKHOLM.clone())
                .date()
        })
    };
    g.kind == GroupKind::DropIn
        && !g.cancelled
        && now.as_second() < g.ends_at
        && day(g.starts_at) == day(now.as_second())
}

/// A workshop or drop-in window from the coach's form, or the form's errors with what
/// was typed.
pub fn group_from(
    fields: &BTreeMap<String, String>,
    now: jiff::Timestamp,
    coach: crate::ids::UserId,
    rules: Option<&crate::booking::BookingRules>,
) -> Result<crate::booking::group::store::NewGroup, AppError> {
    let get = |name: &str| fields.get(name).map(|s| s.trim()).unwrap_or("");
    let mut invalid = Invalid::new();
    let kind = GroupKind::parse(get("kind"));
    if kind.is_none() {
        invalid.add("kind", FieldProblem::Required);
    }
    let title = crate::text::clean_line(get("title"));
    if kind == Some(GroupKind::Workshop) && title.is_empty() {
        invalid.add("title", FieldProblem::Required);
    } else if title.chars().count() > 80 {
        invalid.add("title", FieldProblem::TooLong);
    }
    let day = crate::ssr::clock::parse_day(get("day"));
    if day.is_none() {
        invalid.add("day", FieldProblem::BadDate);
    }
    let (from, to) = (
        crate::booking::parse_clock(get("from")),
        crate::booking::parse_clock(get("to")),
    );
    if from.is_none() {
        invalid.add("from", FieldProblem::BadTime);
    }
    match (from, to) {
        (_, None) => invalid.add("to", FieldProblem::BadTime),
        (Some(a), Some(b)) if b <= a => invalid.add("to", FieldProblem::EndBeforeStart),
        _ => {}
    }
    let seats = match kind {
        Some(GroupKind::Workshop) => match get("seats").parse::<u32>() {
            Ok(n) if (1..=200).contains(&n) => Some(n),
            _ => {
                invalid.add("seats", FieldProblem::OutOfRange);
                None
            }
        },
        _ => None,
    };
    let place = crate::text::clean_line(get("place"));
    if place.chars().count() > 200 {
        invalid.add("place", FieldProblem::TooLong);
    }
    let times = match (day, from, to) {
        (Some(day), Some(from), Some(to)) if to > from => {
            let at = |minute: u16| crate::booking::slots::at(day, minute).map(|t| t.as_second());
            match (at(from), at(to)) {
                // The night the clocks go forward a skipped time moves on an hour.
                (Some(s), Some(e)) if e <= s => {
                    invalid.add("to", FieldProblem::EndBeforeStart);
                    None
                }
                // A workshop is booked ahead: it must lie ahead.
                (Some(s), Some(e)) if kind == Some(GroupKind::Workshop) && s <= now.as_second() => {
                    invalid.add("from", FieldProblem::TooSoon);
                    Some((s, e))
                }
                // A drop-in already under way may still be put out (the coach forgot,
                // people are at the door); one that has ended may not.
                (Some(s), Some(e)) if e <= now.as_second() => {
                    invalid.add("to", FieldProblem::TooSoon);
                    Some((s, e))
                }
                (Some(s), Some(e)) => Some((s, e)),
                _ => {
                    invalid.add("from", FieldProblem::BadTime);
                    None
                }
            }
        }
        _ => None,
    };
    match (kind, times, invalid.errors.is_empty()) {
        (Some(kind), Some((s, e)), true) => {
            let place = match rules {
                Some(r) if place.is_empty() => r.place.clone(),
                _ => place,
            };
            Ok(crate::booking::group::store::NewGroup {
                coach,
                kind,
                title,
                starts_at: s,
                ends_at: e,
                place,
                seats,
                buffer: rules.map_or(0, |r| i64::from(r.buffer_minutes) * 60),
            })
        }
        _ => Err(AppError::Invalid(kept(invalid, fields))),
    }
}

/// The typed values given back with the errors.
pub fn kept(invalid: Invalid, fields: &BTreeMap<String, String>) -> Invalid {
    fields.iter().fold(invalid, |inv, (k, v)| inv.keep(k, v))
}
