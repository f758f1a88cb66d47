//! Goals: the `goal` screen.
use super::*;

/// `/goals/:id`: the goal, its strength and weeks, logging, pausing and ending it.
#[component]
pub fn GoalPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Participant], fetch_goal, |g| {
        view! { <GoalDetail g/> }.into_any()
    })
}

#[component]
pub(crate) fn GoalDetail(g: GoalView) -> impl IntoView {
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
        <Page title=Key::GoalTitle error=error back="/goals">
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
