//! Goals, server-only: reading the store for the server functions and the checks they share.
use super::*;
use crate::goals::store::{GoalFields, GoalRecord};
use crate::ssr::access::{authorize_own, Act, Part};
use crate::ssr::clock::{calendar_day, parse_day};
use crate::ssr::store::UserRecord;
use crate::ssr::{require, ServerState};
use jiff::civil::Date;
use jiff::ToSpan;
use std::collections::BTreeSet;

/// The signed-in participant.
pub async fn me() -> Result<(ServerState, UserRecord), AppError> {
    require(&[Role::Participant]).await
}

/// A goal the signed-in participant owns; anyone else's is "not found".
pub async fn own(id: GoalId, act: Act) -> Result<(ServerState, UserRecord, GoalRecord), AppError> {
    let (state, me) = me().await?;
    let goal = state
        .store
        .of::<dyn GoalStore>()?
        .find_goal(id)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize_own(&me, Part::Goals, act, goal.owner_id)?;
    Ok((state, me, goal))
}

fn day(s: &str) -> Option<Date> {
    s.parse().ok()
}

/// The goal with its strength, weeks and log, as of `today`.
pub async fn view(
    state: &ServerState,
    goal: GoalRecord,
    today: Date,
) -> Result<GoalView, AppError> {
    let practice = state.store.of::<dyn GoalStore>()?.practice(goal.id).await?;
    let pauses = state.store.of::<dyn GoalStore>()?.pauses(goal.id).await?;
    let done: BTreeSet<Date> = practice.iter().filter_map(|p| day(&p.day)).collect();
    let paused: Vec<(Date, Option<Date>)> = pauses
        .iter()
        .filter_map(|p| Some((day(&p.from)?, p.to.as_deref().and_then(day))))
        .collect();
    let start = day(&goal.start_day).unwrap_or(today);
    let history = habit::History {
        per_week: goal.fields.per_week,
        start,
        done: &done,
        paused: &paused,
    };
    // A reached or dropped goal keeps the strength it had then; one whose last day
    // has gone by, the strength it had that day.
    let last = [
        goal.ended_day.as_deref().and_then(day),
        goal.fields.until.as_deref().and_then(day),
    ]
    .into_iter()
    .flatten()
    .fold(today, Date::min);
    let score = history.strength(last);
    let overdue = goal.status.open() && last < today && goal.ended_day.is_none();
    let pause_reason = (goal.status == GoalStatus::Paused)
        .then(|| {
            pauses
                .iter()
                .rev()
                .find(|p| p.to.is_none())
                .map(|p| p.reason)
        })
        .flatten();
    let loggable = if goal.status.open() {
        (0..=LOG_DAYS_BACK)
            .filter_map(|back| today.checked_sub(back.days()).ok())
            .filter(|d| *d >= start && !done.contains(d))
            .map(|d| (d.to_string(), calendar_day(d)))
            .collect()
    } else {
        Vec::new()
    };
    Ok(GoalView {
        id: goal.id,
        until: goal
            .fields
            .until
            .as_deref()
            .and_then(|s| Some((s.to_string(), calendar_day(day(s)?)))),
        what: goal.fields.what,
        per_week: goal.fields.per_week,
        workplace: goal.fields.workplace,
        supervisor: goal.fields.supervisor,
        remind_hour: goal.fields.remind_hour,
        status: goal.status,
        pause_reason,
        strength: (score * 100.0).round().clamp(0.0, 100.0) as u8,
        level: habit::level(score),
        done_today: done.contains(&today),
        overdue,
        weeks: history
            .weeks(today, 8)
            .into_iter()
            .map(|(monday, n)| (calendar_day(monday), n.min(7) as u8))
            .collect(),
        recent: practice
            .iter()
            .rev()
            .take(14)
            .filter_map(|p| Some((calendar_day(day(&p.day)?), p.minutes, p.note.clone())))
            .collect(),
        loggable,
        pauses: pauses
            .iter()
            .rev()
            .filter_map(|p| {
                Some((
                    calendar_day(day(&p.from)?),
                    p.to.as_deref().and_then(day).map(calendar_day),
                    p.reason,
                ))
            })
            .collect(),
    })
}

/// Days practised (any goal) and days planned (by all goals together, at most one a
/// day) over the last `days` days that end with `today`, for one person's goals; `None`
/// when no goal planned anything then.
pub fn recent_activity(
    goals: &[&crate::goals::store::GoalHistory],
    today: Date,
    days: i64,
) -> Option<(u32, u32)> {
    let mut practised = BTreeSet::new();
    let mut planned = 0u32;
    for history in goals {
        let goal = &history.goal;
        let done: BTreeSet<Date> = history.practised.iter().filter_map(|d| day(d)).collect();
        let paused: Vec<(Date, Option<Date>)> = history
            .pauses
            .iter()
            .filter_map(|p| Some((day(&p.from)?, p.to.as_deref().and_then(day))))
            .collect();
        let Some(start) = day(&goal.start_day) else {
            continue;
        };
        let last = [
            goal.ended_day.as_deref().and_then(day),
            goal.fields.until.as_deref().and_then(day),
        ]
        .into_iter()
        .flatten()
        .min();
        let history = habit::History {
            per_week: goal.fields.per_week,
            start,
            done: &done,
            paused: &paused,
        };
        let (days_done, days_planned) = habit::recent(&history, today, last, days);
        practised.extend(days_done);
        planned += days_planned;
    }
    let window = u32::try_from(days).unwrap_or(u32::MAX);
    let planned = planned.min(window);
    let practised = u32::try_from(practised.len()).unwrap_or(u32::MAX);
    (planned > 0 || practised > 0).then_some((practised, planned))
}

/// A goal from its form, or the form's errors with what was typed.
pub fn fields_from(
    fields: &BTreeMap<String, String>,
    today: Date,
    // The last day stored now: kept as it is even when it has gone by.
    stored_until: Option<&str>,
) -> Result<GoalFields, AppError> {
    let get = |name: &str| fields.get(name).map(|s| s.trim()).unwrap_or("");
    let mut invalid = Invalid::new();
    let what = crate::text::clean_line(get("what"));
    if what.is_empty() {
        invalid.add("what", FieldProblem::Required);
    } else if what.chars().count() > 200 {
        invalid.add("what", FieldProblem::TooLong);
    }
    let per_week = match get("per_week").parse::<u8>() {
        Ok(n) if (1..=7).contains(&n) => n,
        _ => {
            invalid.add("per_week", FieldProblem::OutOfRange);
            1
        }
    };
    let until = match get("until") {
        "" => None,
        typed => match parse_day(typed) {
            Some(d) if d < today && Some(d.to_string().as_str()) != stored_until => {
                invalid.add("until", FieldProblem::DayPassed);
                None
            }
            Some(d) => Some(d.to_string()),
            None => {
                invalid.add("until", FieldProblem::BadDay);
                None
            }
        },
    };
    let mut line = |name: &str| {
        let value = crate::text::clean_line(get(name));
        if value.chars().count() > 100 {
            invalid.add(name, FieldProblem::TooLong);
        }
        value
    };
    let (workplace, supervisor) = (line("workplace"), line("supervisor"));
    let remind_hour = match get("remind") {
        "" => None,
        typed => match typed.parse::<u8>() {
            Ok(h) if (6..=21).contains(&h) => Some(h),
            _ => {
                invalid.add("remind", FieldProblem::UnknownOption);
                None
            }
        },
    };
    if !invalid.errors.is_empty() {
        let kept = fields.iter().fold(invalid, |inv, (k, v)| inv.keep(k, v));
        return Err(AppError::Invalid(kept));
    }
    Ok(GoalFields {
        what,
        per_week,
        until,
        workplace,
        supervisor,
        remind_hour,
    })
}
