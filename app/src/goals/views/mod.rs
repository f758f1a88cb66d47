//! Goals: the screens: what people see and the forms they send.
use super::*;

mod edit_goal;
pub use edit_goal::*;
mod end_goal;
pub use end_goal::*;
mod goal;
pub use goal::*;
mod goals;
pub use goals::*;
mod new_goal;
pub use new_goal::*;

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

#[component]
pub(super) fn GoalForm(goal: Option<GoalView>) -> impl IntoView {
    let (action, error) = form::<SaveGoal>();
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
    let stored_hour = goal
        .as_ref()
        .and_then(|g| g.remind_hour)
        .map(|h| h.to_string())
        .unwrap_or_default();
    // What was chosen: after a refused submit the typed choice, else the stored one.
    let chosen = move || {
        error
            .get()
            .and_then(|e| e.value("remind"))
            .unwrap_or_else(|| stored_hour.clone())
    };
    let hours = move || {
        let chosen = chosen();
        (6u8..=21)
            .map(|h| {
                let value = h.to_string();
                let selected = chosen == value;
                view! { <option value=value selected=selected>{format!("{h:02}:00")}</option> }
            })
            .collect_view()
    };
    let id = goal.map(|g| g.id);
    view! {
        <Page title=title error=error back=back>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {id.map(|id| view! { <input type="hidden" name="id" value=id.get()/> })}
                <TextField name="what" label=Key::GoalWhat hint=Key::GoalWhatHint value=what error=error/>
                <TextField name="per_week" label=Key::GoalPerWeek hint=Key::GoalPerWeekHint kind="number" value=per_week error=error/>
                <TextField name="until" label=Key::GoalUntilLabel hint=Key::GoalUntilHint kind="date" value=until error=error/>
                <TextField name="workplace" label=Key::GoalWorkplace hint=Key::OptionalHint value=workplace error=error/>
                <TextField name="supervisor" label=Key::GoalSupervisor hint=Key::OptionalHint value=supervisor error=error/>
                <div class="field">
                    <label for="remind">{t(Key::GoalRemindLabel)}</label>
                    <p class="hint" id="remind-hint">{t(Key::GoalRemindHint)}</p>
                    <select id="remind" name="remind" aria-describedby="remind-hint">
                        <option value="">{t(Key::GoalRemindNone)}</option>
                        {hours}
                    </select>
                </div>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}
