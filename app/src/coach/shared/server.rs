//! Shared, server-only: reading the store for the server functions and the checks they share.
use super::*;
use crate::sharing::store::ShareRecord;
use crate::ssr::clock::day_of_unix;
use crate::ssr::ServerState;
use jiff::civil::Date;

/// The instant a change was made, for ordering, and its day.
pub type Dated = (i64, Change);

/// The end of the last meeting with `coach` marked attended, if any: what was saved
/// during the meeting was seen there.
pub async fn last_meeting(
    state: &ServerState,
    person: UserId,
    coach: UserId,
) -> Result<Option<i64>, AppError> {
    let now = state.clock.unix();
    Ok(state
        .store
        .of::<dyn BookingStore>()?
        .participant_bookings(person, 0)
        .await?
        .iter()
        .filter(|b| {
            b.active
                && b.coach_id == coach
                && b.ends_at <= now
                && b.attendance == Some(crate::booking::Attendance::Attended)
        })
        .map(|b| b.ends_at)
        .max())
}

/// What changed in a versioned profile part after `since`: the version in force then
/// compared with the one now, so that something added and taken away again is never
/// told. Each change is dated by the first of the later versions from which it holds.
pub async fn profile_changes<T: serde::de::DeserializeOwned + Default>(
    state: &ServerState,
    person: UserId,
    part: crate::profile::store::ProfilePart,
    since: i64,
    diff: fn(&T, &T) -> Vec<Change>,
) -> Result<Vec<Dated>, AppError> {
    let revisions = state
        .store
        .of::<dyn ProfileStore>()?
        .profile_revisions(person, part, since)
        .await?;
    let mut base = T::default();
    let mut later: Vec<(i64, T)> = Vec::new();
    for r in revisions {
        let doc: T = serde_json::from_str(&r.document).map_err(crate::ssr::internal)?;
        if r.saved_at <= since {
            base = doc;
        } else {
            later.push((r.saved_at, doc));
        }
    }
    let Some((_, now)) = later.last() else {
        return Ok(Vec::new());
    };
    let diffs: Vec<(i64, Vec<Change>)> = later
        .iter()
        .map(|(at, doc)| (*at, diff(&base, doc)))
        .collect();
    Ok(diff(&base, now)
        .into_iter()
        .map(|change| {
            let at = diffs
                .iter()
                .rev()
                .take_while(|(_, changes)| changes.contains(&change))
                .last()
                .map_or(since, |(at, _)| *at);
            (at, change)
        })
        .collect())
}

/// The CV versions the share shows that were saved after `since`.
pub async fn cv_changes(
    state: &ServerState,
    person: UserId,
    share: &ShareRecord,
    since: i64,
) -> Result<Vec<Dated>, AppError> {
    let records = state.store.of::<dyn CvStore>()?.list_cvs(person).await?;
    Ok(records
        .into_iter()
        .filter(|r| share.cv.is_none_or(|id| id == r.id) && r.updated_at > since)
        .map(|r| {
            let title = serde_json::from_str::<crate::cv::model::Cv>(&r.document)
                .map(|cv| cv.title)
                .unwrap_or_default();
            let title = if title.trim().is_empty() {
                t(Key::CvUntitled).to_string()
            } else {
                title
            };
            (r.updated_at, Change::CvChanged { title })
        })
        .collect())
}

/// Practice logged, pauses begun and goals reached or dropped after `since`.
pub async fn goal_changes(
    state: &ServerState,
    person: UserId,
    since: i64,
) -> Result<Vec<Dated>, AppError> {
    use crate::ssr::clock::{day_of, start_of_day};
    let since_day = jiff::Timestamp::from_second(since)
        .map(|at| day_of(at).to_string())
        .map_err(crate::ssr::internal)?;
    // A day's change is dated at that day's noon, for the order.
    let noon = |day: &str| -> Option<i64> {
        let date: Date = day.parse().ok()?;
        Some(start_of_day(date).as_second() + 12 * 3600)
    };
    let mut changes = Vec::new();
    for goal in state.store.of::<dyn GoalStore>()?.goals(person).await? {
        let what = goal.fields.what.clone();
        let practice = state.store.of::<dyn GoalStore>()?.practice(goal.id).await?;
        let logged: Vec<i64> = practice
            .iter()
            .map(|p| p.logged_at)
            .filter(|at| *at > since)
            .collect();
        if let Some(latest) = logged.iter().max() {
            changes.push((
                *latest,
                Change::Practised {
                    goal: what.clone(),
                    days: logged.len() as u32,
                },
            ));
        }
        for pause in state.store.of::<dyn GoalStore>()?.pauses(goal.id).await? {
            if pause.from >= since_day {
                if let Some(at) = noon(&pause.from) {
                    changes.push((
                        at,
                        Change::GoalPaused {
                            goal: what.clone(),
                            reason: pause.reason,
                        },
                    ));
                }
            }
        }
        if let Some(ended) = goal
            .ended_day
            .as_deref()
            .filter(|d| *d >= since_day.as_str())
        {
            let change = match goal.status {
                crate::goals::GoalStatus::Done => Change::GoalReached(what.clone()),
                _ => Change::GoalDropped(what.clone()),
            };
            if let Some(at) = noon(ended) {
                changes.push((at, change));
            }
        }
    }
    Ok(changes)
}

pub fn day_of(at: i64) -> Option<CalendarDay> {
    day_of_unix(at)
}
