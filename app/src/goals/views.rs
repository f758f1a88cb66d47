//! Goals: the screens: what people see and the forms they send.
use super::*;

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
pub(super) fn GoalCards(list: Vec<GoalView>) -> impl IntoView {
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
pub(super) fn GoalForm(goal: Option<GoalView>) -> impl IntoView {
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
pub(super) fn EndGoalQuestion(g: GoalView) -> impl IntoView {
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
pub(super) fn GoalDetail(g: GoalView) -> impl IntoView {
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
