//! Language-practice goals ("Språkmål"): a goal in plain steps (what, how often, until
//! when, where), a practice log with one tap a day (and up to seven days back), pauses
//! without penalty, and progress as a habit strength rather than a streak. The participant's
//! own: no coach reads any of it (yet).
#[cfg(feature = "ssr")]
pub mod habit;
#[cfg(feature = "ssr")]
pub mod store;

use crate::auth::{RequireRole, Role};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::{FieldProblem, Invalid};
#[cfg(feature = "ssr")]
use crate::goals::store::GoalStore;
use crate::i18n::{format_day, t, tf, tp, CalendarDay, Key};
use crate::ids::GoalId;
use crate::ui::{
    action_error, form_action, query_flag, query_status, ErrorSummary, Page, Submit, TextField,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The most goals a participant keeps going at once (active or paused).
pub const MAX_ACTIVE_GOALS: usize = 20;
/// How far back a missed day can be logged.
pub const LOG_DAYS_BACK: i64 = 7;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GoalStatus {
    Active,
    Paused,
    /// Reached.
    Done,
    /// Given up, without judgement.
    Dropped,
}

impl GoalStatus {
    pub fn code(self) -> &'static str {
        match self {
            GoalStatus::Active => "active",
            GoalStatus::Paused => "paused",
            GoalStatus::Done => "done",
            GoalStatus::Dropped => "dropped",
        }
    }

    pub fn parse(code: &str) -> Option<GoalStatus> {
        [
            GoalStatus::Active,
            GoalStatus::Paused,
            GoalStatus::Done,
            GoalStatus::Dropped,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }

    pub fn label(self) -> Key {
        match self {
            GoalStatus::Active => Key::GoalActive,
            GoalStatus::Paused => Key::GoalPaused,
            GoalStatus::Done => Key::GoalDone,
            GoalStatus::Dropped => Key::GoalDropped,
        }
    }

    pub fn open(self) -> bool {
        matches!(self, GoalStatus::Active | GoalStatus::Paused)
    }
}

/// Why a goal rests for a while.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PauseReason {
    Ill,
    Travel,
    Holiday,
    Other,
}

impl PauseReason {
    pub const ALL: [PauseReason; 4] = [
        PauseReason::Ill,
        PauseReason::Travel,
        PauseReason::Holiday,
        PauseReason::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PauseReason::Ill => "ill",
            PauseReason::Travel => "travel",
            PauseReason::Holiday => "holiday",
            PauseReason::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<PauseReason> {
        PauseReason::ALL.into_iter().find(|r| r.code() == code)
    }

    pub fn label(self) -> Key {
        match self {
            PauseReason::Ill => Key::PauseIll,
            PauseReason::Travel => Key::PauseTravel,
            PauseReason::Holiday => Key::PauseHoliday,
            PauseReason::Other => Key::PauseOther,
        }
    }
}

/// The strength in words, by [`habit::level`].
pub fn level_label(level: u8) -> Key {
    match level {
        3 => Key::HabitStrong,
        2 => Key::HabitSteady,
        1 => Key::HabitGrowing,
        _ => Key::HabitNew,
    }
}

/// A goal as its pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalView {
    pub id: GoalId,
    pub what: String,
    pub per_week: u8,
    /// The last day, as typed back into the form (`YYYY-MM-DD`) and as shown.
    pub until: Option<(String, CalendarDay)>,
    pub workplace: String,
    pub supervisor: String,
    pub status: GoalStatus,
    pub pause_reason: Option<PauseReason>,
    /// Habit strength, 0–100.
    pub strength: u8,
    pub level: u8,
    pub done_today: bool,
    /// Still going on after its last day: the page asks what happened.
    pub overdue: bool,
    /// Days practised in each of the last weeks, oldest first, with the week's Monday.
    pub weeks: Vec<(CalendarDay, u8)>,
    /// Practice, newest first: the day, minutes, note.
    pub recent: Vec<(CalendarDay, Option<u16>, String)>,
    /// Days that can still be logged (`YYYY-MM-DD`), today first.
    pub loggable: Vec<(String, CalendarDay)>,
    /// Every pause, newest first: from, to (`None` while it lasts), why.
    pub pauses: Vec<(CalendarDay, Option<CalendarDay>, PauseReason)>,
}

#[cfg(feature = "ssr")]
pub(crate) mod server {
    use super::*;
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::clock::{calendar_day, parse_day};
    use crate::ssr::store::UserRecord;

    use crate::goals::store::{GoalFields, GoalRecord};
    use crate::ssr::{require, ServerState};
    use jiff::civil::Date;
    use jiff::ToSpan;
    use std::collections::BTreeSet;

    /// The signed-in participant.
    pub async fn me() -> Result<(ServerState, UserRecord), AppError> {
        require(&[Role::Participant]).await
    }

    /// A goal the signed-in participant owns; anyone else's is "not found".
    pub async fn own(
        id: GoalId,
        act: Act,
    ) -> Result<(ServerState, UserRecord, GoalRecord), AppError> {
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
    /// day) over the last `days` days; `None` when no goal planned anything then.
    pub async fn recent_activity(
        state: &ServerState,
        owner: crate::ids::UserId,
        days: i64,
    ) -> Result<Option<(u32, u32)>, AppError> {
        let today = state.clock.today();
        let mut practised = BTreeSet::new();
        let mut planned = 0u32;
        for goal in state.store.of::<dyn GoalStore>()?.goals(owner).await? {
            let practice = state.store.of::<dyn GoalStore>()?.practice(goal.id).await?;
            let pauses = state.store.of::<dyn GoalStore>()?.pauses(goal.id).await?;
            let done: BTreeSet<Date> = practice.iter().filter_map(|p| day(&p.day)).collect();
            let paused: Vec<(Date, Option<Date>)> = pauses
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
        Ok((planned > 0 || practised > 0).then_some((practised, planned)))
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
        })
    }
}

#[server(prefix = "/api", endpoint = "my-goals")]
pub async fn my_goals() -> Result<Vec<GoalView>, AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    let (state, me) = server::me().await?;
    authorize_own(&me, Part::Goals, Act::Read, me.id)?;
    let today = state.clock.today();
    let mut views = Vec::new();
    for goal in state.store.of::<dyn GoalStore>()?.goals(me.id).await? {
        views.push(server::view(&state, goal, today).await?);
    }
    Ok(views)
}

#[server(prefix = "/api", endpoint = "goal")]
pub async fn fetch_goal(id: GoalId) -> Result<GoalView, AppError> {
    use crate::ssr::access::Act;
    let (state, _, goal) = server::own(id, Act::Read).await?;
    let today = state.clock.today();
    server::view(&state, goal, today).await
}

/// Sets a new goal, or (with `id`) changes one.
#[server(prefix = "/api", endpoint = "save-goal")]
pub async fn save_goal(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<GoalId, AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    let (state, me) = server::me().await?;
    let today = state.clock.today();
    let editing = match fields.get("id").map(|s| s.trim()) {
        None | Some("") => None,
        Some(id) => Some(id.parse::<GoalId>().map_err(|_| AppError::BadRequest)?),
    };
    if let Some(id) = editing {
        let (state, me, stored) = server::own(id, Act::Change).await?;
        let goal = server::fields_from(&fields, today, stored.fields.until.as_deref())?;
        if !state
            .store
            .of::<dyn GoalStore>()?
            .update_goal(id, me.id, &goal)
            .await?
        {
            return Err(AppError::NotFound);
        }
        tracing::info!(user = %me.id, goal = %id, "goal changed");
        leptos_axum::redirect(&format!("/goals/{id}?saved=1"));
        return Ok(id);
    }
    authorize_own(&me, Part::Goals, Act::Change, me.id)?;
    let goal = server::fields_from(&fields, today, None)?;
    let Some(id) = state
        .store
        .of::<dyn GoalStore>()?
        .create_goal(
            me.id,
            &goal,
            &today.to_string(),
            MAX_ACTIVE_GOALS,
            state.clock.unix(),
        )
        .await?
    else {
        let mut invalid = Invalid::new();
        invalid.add("what", FieldProblem::TooManyGoals);
        let kept = fields.iter().fold(invalid, |inv, (k, v)| inv.keep(k, v));
        return Err(AppError::Invalid(kept));
    };
    tracing::info!(user = %me.id, goal = %id, "goal set");
    leptos_axum::redirect(&format!("/goals/{id}?created=1"));
    Ok(id)
}

/// "I practised": today, or a day up to a week back; once a day, however often it is sent.
#[server(prefix = "/api", endpoint = "practised")]
pub async fn practised(
    id: GoalId,
    day: Option<String>,
    minutes: Option<String>,
    note: Option<String>,
    back: Option<String>,
    /// Sent by the goal page's form, whose day must be chosen (the list's button means today).
    choose: Option<String>,
) -> Result<(), AppError> {
    use crate::goals::store::PracticeEntry;
    use crate::ssr::access::Act;
    use jiff::ToSpan;
    let (state, me, goal) = server::own(id, Act::Change).await?;
    let today = state.clock.today();
    let typed_day = day.clone().unwrap_or_default();
    let minutes_typed = minutes.clone().unwrap_or_default();
    let note = crate::text::clean_line(note.as_deref().unwrap_or(""));
    let mut invalid = Invalid::new();
    let chosen = match typed_day.trim() {
        "" if choose.is_some() => None,
        "" => Some(today),
        typed => typed.parse::<jiff::civil::Date>().ok(),
    };
    let earliest = today
        .checked_sub(LOG_DAYS_BACK.days())
        .unwrap_or(today)
        .max(goal.start_day.parse().unwrap_or(today));
    match chosen {
        Some(d) if d <= today && d >= earliest => {}
        _ => invalid.add("day", FieldProblem::ChooseOne),
    }
    let minutes = match minutes_typed.trim() {
        "" => None,
        typed => match typed.parse::<u16>() {
            Ok(n) if (1..=600).contains(&n) => Some(n),
            _ => {
                invalid.add("minutes", FieldProblem::OutOfRange);
                None
            }
        },
    };
    if note.chars().count() > 200 {
        invalid.add("note", FieldProblem::TooLong);
    }
    if !goal.status.open() {
        return Err(AppError::Conflict);
    }
    let Some(chosen) = chosen.filter(|_| invalid.errors.is_empty()) else {
        return Err(AppError::Invalid(
            invalid
                .keep("day", &typed_day)
                .keep("minutes", &minutes_typed)
                .keep("note", &note),
        ));
    };
    let logged = state
        .store
        .of::<dyn GoalStore>()?
        .log_practice(
            id,
            me.id,
            &PracticeEntry {
                day: chosen.to_string(),
                minutes,
                note,
                logged_at: state.clock.unix(),
            },
            state.clock.unix(),
        )
        .await?;
    tracing::info!(user = %me.id, goal = %id, logged, "practice logged");
    // Pressed twice, or sent again: the day is logged once, and that is fine.
    if back.as_deref() == Some("list") {
        leptos_axum::redirect("/goals?logged=1");
    } else {
        leptos_axum::redirect(&format!("/goals/{id}?logged=1"));
    }
    Ok(())
}

/// Pauses a goal for a reason, takes it up again, or ends it (`how`: `done`, `dropped`).
#[server(prefix = "/api", endpoint = "goal-state")]
pub async fn goal_state(id: GoalId, how: String, reason: Option<String>) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me, goal) = server::own(id, Act::Change).await?;
    let today = state.clock.today().to_string();
    let store = state.store.of::<dyn GoalStore>()?;
    // Sent twice: the first one did it.
    let already = matches!(
        (how.as_str(), goal.status),
        ("pause", GoalStatus::Paused)
            | ("resume", GoalStatus::Active)
            | ("done", GoalStatus::Done)
            | ("dropped", GoalStatus::Dropped)
    );
    if already {
        leptos_axum::redirect(&format!("/goals/{id}?{how}=1"));
        return Ok(());
    }
    let changed = match how.as_str() {
        "pause" => {
            let Some(reason) = reason.as_deref().and_then(PauseReason::parse) else {
                let mut invalid = Invalid::new();
                invalid.add("reason", FieldProblem::ChooseOne);
                return Err(AppError::Invalid(invalid));
            };
            store.pause_goal(id, me.id, &today, reason).await
        }
        "resume" => store.resume_goal(id, me.id, &today).await,
        "done" => store.end_goal(id, me.id, GoalStatus::Done, &today).await,
        "dropped" => store.end_goal(id, me.id, GoalStatus::Dropped, &today).await,
        _ => return Err(AppError::BadRequest),
    }?;
    if !changed {
        return Err(AppError::Conflict);
    }
    tracing::info!(user = %me.id, goal = %id, how = %how, "goal state changed");
    leptos_axum::redirect(&format!("/goals/{id}?{how}=1"));
    Ok(())
}

/// "3 gånger i veckan", and until when.
pub(crate) fn how_often(g: &GoalView) -> String {
    let often = tp(Key::TimesPerWeek, "count", u64::from(g.per_week), &[]);
    match &g.until {
        Some((_, day)) => tf(
            Key::GoalUntil,
            &[("often", &often), ("day", &format_day(*day))],
        ),
        None => often,
    }
}

/// The strength as a word, a number and a bar (the bar only repeats the number).
pub(crate) fn strength_line(g: &GoalView) -> impl IntoView {
    let percent = g.strength;
    view! {
        <p class="strength">
            {tf(Key::HabitStrength, &[("level", t(level_label(g.level))), ("percent", &percent.to_string())])}
        </p>
        // SVG attributes, not an inline style: the Content-Security-Policy allows no inline
        // styles, and a blocked width drew every bar full.
        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="bar-fill" x="0" y="0" height="10" width=percent.to_string()></rect>
        </svg>
    }
}

/// `/goals`: "Språkmål".
#[component]
pub fn GoalsPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let goals = Resource::new(|| (), |_| my_goals());
                view! {
                    <Page title=Key::GoalsTitle>
                        <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
                        {query_flag("logged").then(|| view! {
                            <div class="panel" role="status"><p>{t(Key::PractiseLogged)}</p></div>
                        })}
                        <p>{t(Key::GoalsText)}</p>
                        <crate::sharing::ShareStatus part=crate::sharing::SharedPart::Goals/>
                        <p><a class="button" href="/goals/new">{t(Key::NewGoalTitle)}</a></p>
                        {crate::ui::loaded(goals, move |list| view! { <GoalCards list/> }.into_any())}
                    </Page>
                }
            }
        </RequireRole>
    }
}

#[component]
fn GoalCards(list: Vec<GoalView>) -> impl IntoView {
    if list.is_empty() {
        return view! { <p>{t(Key::GoalsEmpty)}</p> }.into_any();
    }
    let (open, ended): (Vec<GoalView>, Vec<GoalView>) =
        list.into_iter().partition(|g| g.status.open());
    let action = form_action::<Practised>();
    let error = action_error(action);
    let cards = open
        .into_iter()
        .map(|g| {
            let id = g.id;
            let what = g.what.clone();
            // A paused goal may still be practised: a practised day counts, a paused one
            // never dents.
            let paused = (g.status == GoalStatus::Paused)
                .then(|| view! { <p class="tag">{t(Key::GoalPaused)}</p> });
            let practise = if g.done_today {
                view! { <p class="tag">{t(Key::PractisedToday)}</p> }.into_any()
            } else {
                view! {
                    <ActionForm action=action attr:class="inline-form">
                        <input type="hidden" name="id" value=id.get()/>
                        <input type="hidden" name="back" value="list"/>
                        <button type="submit" class="button">{t(Key::PractiseToday)}
                            <span class="visually-hidden">": "{what}</span></button>
                    </ActionForm>
                }
                .into_any()
            };
            view! {
                <li class="card">
                    <h2><a href=format!("/goals/{id}") dir="auto">{g.what.clone()}</a></h2>
                    <p>{how_often(&g)}</p>
                    {strength_line(&g)}
                    {paused}
                    {practise}
                </li>
            }
        })
        .collect_view();
    view! {
        <ErrorSummary error=error/>
        <ul class="cards">{cards}</ul>
        {(!ended.is_empty()).then(|| view! {
            <h2>{t(Key::GoalsEnded)}</h2>
            <ul class="log">
                {ended.into_iter().map(|g| view! {
                    <li><a href=format!("/goals/{}", g.id) dir="auto">{g.what.clone()}</a>" · "{t(g.status.label())}</li>
                }).collect_view()}
            </ul>
        })}
    }
    .into_any()
}

/// `/goals/new`: a new goal.
#[component]
pub fn NewGoalPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <GoalForm goal=None/>
        </RequireRole>
    }
}

/// `/goals/:id/edit`: change what a goal says.
#[component]
pub fn EditGoalPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Participant], fetch_goal, |g| {
        view! { <GoalForm goal=Some(g)/> }.into_any()
    })
}

#[component]
fn GoalForm(goal: Option<GoalView>) -> impl IntoView {
    let action = form_action::<SaveGoal>();
    let error = action_error(action);
    let (title, back) = match &goal {
        Some(g) => (Key::EditGoalTitle, format!("/goals/{}", g.id)),
        None => (Key::NewGoalTitle, "/goals".to_string()),
    };
    let value = |f: fn(&GoalView) -> String| goal.as_ref().map(f).unwrap_or_default();
    let (what, per_week, until, workplace, supervisor) = (
        value(|g| g.what.clone()),
        goal.as_ref()
            .map_or_else(|| "3".to_string(), |g| g.per_week.to_string()),
        value(|g| g.until.as_ref().map(|(s, _)| s.clone()).unwrap_or_default()),
        value(|g| g.workplace.clone()),
        value(|g| g.supervisor.clone()),
    );
    let id = goal.map(|g| g.id);
    view! {
        <Page title=title error=error>
            <p><a href=back class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {id.map(|id| view! { <input type="hidden" name="id" value=id.get()/> })}
                <TextField name="what" label=Key::GoalWhat hint=Key::GoalWhatHint value=what error=error/>
                <TextField name="per_week" label=Key::GoalPerWeek hint=Key::GoalPerWeekHint kind="number" value=per_week error=error/>
                <TextField name="until" label=Key::GoalUntilLabel hint=Key::GoalUntilHint kind="date" value=until error=error/>
                <TextField name="workplace" label=Key::GoalWorkplace hint=Key::OptionalHint value=workplace error=error/>
                <TextField name="supervisor" label=Key::GoalSupervisor hint=Key::OptionalHint value=supervisor error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

/// `/goals/:id`: the goal, its strength and weeks, logging, pausing and ending it.
#[component]
pub fn GoalPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Participant], fetch_goal, |g| {
        view! { <GoalDetail g/> }.into_any()
    })
}

/// `/goals/:id/end`: asks before a goal is ended without being reached.
#[component]
pub fn EndGoalPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Participant], fetch_goal, |g| {
        if g.status.open() {
            view! { <EndGoalQuestion g/> }.into_any()
        } else {
            view! { <crate::pages::NotFound/> }.into_any()
        }
    })
}

#[component]
fn EndGoalQuestion(g: GoalView) -> impl IntoView {
    let action = form_action::<GoalState>();
    let error = action_error(action);
    let id = g.id;
    view! {
        <Page title=Key::EndGoalTitle error=error>
            <ErrorSummary error=error/>
            <p dir="auto">{tf(Key::EndGoalQuestion, &[("goal", &format!("\u{2068}{}\u{2069}", g.what))])}</p>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="id" value=id.get()/>
                <input type="hidden" name="how" value="dropped"/>
                <Submit label=Key::EndGoalButton warning=true/>
            </ActionForm>
            <p><a href=format!("/goals/{id}") class="button secondary">{t(Key::CancelLink)}</a></p>
        </Page>
    }
}

#[component]
fn GoalDetail(g: GoalView) -> impl IntoView {
    let log = form_action::<Practised>();
    let log_error = action_error(log);
    let change = form_action::<GoalState>();
    let change_error = action_error(change);
    let status = query_status(&[
        ("created", Key::GoalCreated),
        ("saved", Key::GoalSaved),
        ("logged", Key::PractiseLogged),
        ("pause", Key::GoalPausedDone),
        ("resume", Key::GoalResumed),
        ("done", Key::GoalDoneDone),
        ("dropped", Key::GoalDroppedDone),
    ]);
    let id = g.id;
    let done_today = g.done_today;
    // One summary for the page's forms: the latest refusal.
    let error = Signal::derive(move || log_error.get().or_else(|| change_error.get()));
    let reason_problem = move || change_error.get().and_then(|e| e.field_error("reason"));
    let kept_day = move || log_error.get().and_then(|e| e.value("day"));
    let day_problem = move || log_error.get().and_then(|e| e.field_error("day"));
    let days = g
        .loggable
        .iter()
        .enumerate()
        .map(|(i, (value, day))| {
            let input_id = if i == 0 {
                "day".to_string()
            } else {
                format!("day-{i}")
            };
            let value = value.clone();
            let checked = {
                let value = value.clone();
                // Today is ticked while it is still open; an earlier day is always chosen.
                move || kept_day().map_or(i == 0 && !done_today, |k| k == value)
            };
            view! {
                <div class="checkbox">
                    <input type="radio" id=input_id.clone() name="day" value=value checked=checked
                        aria-describedby=move || day_problem().map(|_| "day-error")/>
                    <label for=input_id>{format_day(*day)}</label>
                </div>
            }
        })
        .collect_view();
    let can_log = !g.loggable.is_empty();
    let paused = g.status == GoalStatus::Paused;
    let open = g.status.open();
    let reasons = PauseReason::ALL
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let input_id = if i == 0 {
                "reason".to_string()
            } else {
                format!("reason-{}", r.code())
            };
            view! {
                <div class="checkbox">
                    <input type="radio" id=input_id.clone() name="reason" value=r.code()
                        aria-describedby=move || reason_problem().map(|_| "reason-error")/>
                    <label for=input_id>{t(r.label())}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::GoalTitle error=error>
            <p><a href="/goals" class="back">{t(Key::BackLink)}</a></p>
            {status}
            <ErrorSummary error=error/>
            <p class="lead" dir="auto">{g.what.clone()}</p>
            <p>{how_often(&g)}</p>
            {g.overdue.then(|| view! { <div class="panel"><p>{t(Key::GoalOverdue)}</p></div> })}
            {(!g.workplace.is_empty()).then(|| view! { <p dir="auto">{tf(Key::GoalAt, &[("place", &format!("\u{2068}{}\u{2069}", g.workplace))])}</p> })}
            {(!g.supervisor.is_empty()).then(|| view! { <p dir="auto">{tf(Key::GoalSupervisorIs, &[("name", &format!("\u{2068}{}\u{2069}", g.supervisor))])}</p> })}
            <p>{match g.pause_reason {
                Some(r) => format!("{} ({})", t(g.status.label()), t(r.label())),
                None => t(g.status.label()).to_string(),
            }}</p>
            {strength_line(&g)}
            <WeekChart g=g.clone()/>
            {(open && can_log).then(|| view! {
                <section aria-labelledby="log-heading">
                    <h2 id="log-heading">{t(Key::PractiseHeading)}</h2>
                    <ActionForm action=log attr:class="form" attr:novalidate=true>
                        <input type="hidden" name="id" value=id.get()/>
                        <input type="hidden" name="choose" value="1"/>
                        <fieldset class="field" class:field-error=move || day_problem().is_some()>
                            <legend>{t(Key::PractiseDay)}</legend>
                            {move || day_problem().map(|p| crate::ui::field_message("day-error".into(), t(p.message("day"))))}
                            {days}
                        </fieldset>
                        <TextField name="minutes" label=Key::PractiseMinutes hint=Key::OptionalHint kind="number" error=log_error/>
                        <TextField name="note" label=Key::PractiseNote hint=Key::OptionalHint error=log_error/>
                        <Submit label=Key::PractiseButton/>
                    </ActionForm>
                </section>
            })}
            {g.done_today.then(|| view! { <p class="tag">{t(Key::PractisedToday)}</p> })}
            {(!g.recent.is_empty()).then(|| view! {
                <h2>{t(Key::PractiseRecent)}</h2>
                <ul class="log">
                    {g.recent.iter().map(|(day, minutes, note)| view! {
                        <li>
                            {format_day(*day)}
                            {minutes.map(|m| format!(" · {}", tp(Key::MinutesCount, "count", u64::from(m), &[])))}
                            {(!note.is_empty()).then(|| view! { " · "<bdi>{note.clone()}</bdi> })}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {open.then(|| view! {
                <section aria-labelledby="change-heading">
                    <h2 id="change-heading">{t(Key::GoalChangeHeading)}</h2>
                    <p><a class="button secondary" href=format!("/goals/{id}/edit")>{t(Key::EditGoalTitle)}</a></p>
                    {if paused {
                        view! {
                            <ActionForm action=change attr:class="form">
                                <input type="hidden" name="id" value=id.get()/>
                                <input type="hidden" name="how" value="resume"/>
                                <Submit label=Key::GoalResume/>
                            </ActionForm>
                        }.into_any()
                    } else {
                        view! {
                            <ActionForm action=change attr:class="form">
                                <input type="hidden" name="id" value=id.get()/>
                                <input type="hidden" name="how" value="pause"/>
                                <fieldset class="field" class:field-error=move || reason_problem().is_some()>
                                    <legend>{t(Key::PauseLegend)}</legend>
                                    <p class="hint">{t(Key::PauseHint)}</p>
                                    {move || reason_problem().map(|p| crate::ui::field_message("reason-error".into(), t(p.message("reason"))))}
                                    {reasons}
                                </fieldset>
                                <Submit label=Key::GoalPause/>
                            </ActionForm>
                        }.into_any()
                    }}
                    <ActionForm action=change attr:class="form">
                        <input type="hidden" name="id" value=id.get()/>
                        <input type="hidden" name="how" value="done"/>
                        <Submit label=Key::GoalMarkDone/>
                    </ActionForm>
                    // Ending a goal asks first, on a page of its own, well apart from
                    // "reached".
                    <p class="apart"><a class="button warning" href=format!("/goals/{id}/end")>{t(Key::GoalDrop)}</a></p>
                </section>
            })}
        </Page>
    }
}

/// The last weeks as bars drawn on the server (SVG), with the same numbers as a table.
#[component]
pub(crate) fn WeekChart(g: GoalView) -> impl IntoView {
    const BAR: i32 = 28;
    const GAP: i32 = 8;
    const HEIGHT: i32 = 112;
    let unit = HEIGHT / 7;
    let width = (BAR + GAP) * g.weeks.len() as i32;
    let summary = tp(
        Key::ChartSummary,
        "weeks",
        g.weeks.len() as u64,
        &[(
            "done",
            &g.weeks
                .iter()
                .map(|(_, n)| u32::from(*n))
                .sum::<u32>()
                .to_string(),
        )],
    );
    let goal_y = HEIGHT - i32::from(g.per_week) * unit;
    let bars = g
        .weeks
        .iter()
        .enumerate()
        .map(|(i, (_, n))| {
            let h = i32::from(*n) * unit;
            view! {
                <rect x=(i as i32 * (BAR + GAP)).to_string() y=(HEIGHT - h).to_string()
                    width=BAR.to_string() height=h.to_string() class="chart-bar"/>
            }
        })
        .collect_view();
    let rows = g
        .weeks
        .iter()
        .map(|(monday, n)| {
            view! {
                <tr>
                    <th scope="row">{tf(Key::AgendaWeekOf, &[("day", &format_day(*monday))])}</th>
                    <td>{tp(Key::DaysCount, "count", u64::from(*n), &[])}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            // Time runs left to right in every language.
            <svg dir="ltr" role="img" aria-label=summary.clone() viewBox=format!("0 0 {width} {}", HEIGHT + 2)
                width=width.to_string() height=(HEIGHT + 2).to_string()>
                {bars}
                <line x1="0" x2=width.to_string() y1=goal_y.to_string() y2=goal_y.to_string() class="chart-goal"/>
            </svg>
            <figcaption>{summary}" "{t(Key::ChartGoalLine)}</figcaption>
            <div class="table-scroll" role="region" tabindex="0" aria-label=t(Key::ChartTableCaption)>
                <table class="chart-table">
                    <caption>{t(Key::ChartTableCaption)}</caption>
                    <thead><tr><th scope="col">{t(Key::ChartWeek)}</th><th scope="col">{t(Key::ChartDays)}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </figure>
    }
}
