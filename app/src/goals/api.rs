//! Goals: the server functions: who asks, what they may do, the store, the answer.
use super::*;

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
