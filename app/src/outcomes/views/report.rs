//! Outcomes: the `report` screen, the programme report for a period.
use super::*;

/// `/admin/report` (every participant) and `/coach/report` (the coach's caseload), for a
/// quarter, a month or own dates chosen with a plain GET form.
#[component]
pub fn ReportPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map().read_untracked();
    let asked = (
        query.get("quarter"),
        query.get("month"),
        query.get("from"),
        query.get("to"),
    );
    view! {
        <RequireRole roles=&[Role::Coach, Role::Admin]>
            {
                let typed = (asked.2.clone(), asked.3.clone());
                let asked = asked.clone();
                let report = Resource::new(move || asked.clone(), |(q, m, f, t)| fetch_report(q, m, f, t));
                crate::ui::loaded(report, move |(report, bad): (Report, Option<(String, String)>)| {
                    let typed = typed.clone();
                    view! { <ReportView report bad typed/> }.into_any()
                })
            }
        </RequireRole>
    }
}

fn share_text(s: Share) -> String {
    match s.percent() {
        Some(p) => tf(
            Key::ReportShare,
            &[
                ("count", &s.count.to_string()),
                ("of", &s.of.to_string()),
                ("percent", &format_percent(p)),
            ],
        ),
        None => t(Key::ReportNone).to_string(),
    }
}

fn format_percent(p: f64) -> String {
    if p.fract() == 0.0 {
        format!("{p:.0}")
    } else {
        format!("{p:.1}")
    }
}

/// A table of measures and their values.
fn table(caption: Key, rows: Vec<(String, String)>) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=t(caption)>
            <table class="chart-table report-table">
                <caption>{t(caption)}</caption>
                <thead><tr><th scope="col">{t(Key::ReportMeasure)}</th><th scope="col">{t(Key::ReportValue)}</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|(label, value)| view! {
                        <tr><th scope="row">{label}</th><td>{value}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Bars drawn on the server, with a text alternative; the table beside it holds the numbers.
fn bars(summary: String, values: &[f64], goal: Option<f64>) -> impl IntoView {
    const BAR: f64 = 16.0;
    const GAP: f64 = 6.0;
    const HEIGHT: f64 = 112.0;
    let top = values.iter().copied().chain(goal).fold(1.0_f64, f64::max);
    let width = ((BAR + GAP) * values.len().max(1) as f64).round();
    let y = |v: f64| (HEIGHT - v / top * HEIGHT).round();
    let drawn = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let h = (v / top * HEIGHT).round();
            view! {
                <rect x=((i as f64) * (BAR + GAP)).to_string() y=(HEIGHT - h).to_string()
                    width=BAR.to_string() height=h.to_string() class="chart-bar"/>
            }
        })
        .collect_view();
    view! {
        <svg dir="ltr" role="img" aria-label=summary viewBox=format!("0 0 {width} {}", HEIGHT + 2.0)
            width=width.to_string() height=(HEIGHT + 2.0).to_string()>
            {drawn}
            {goal.map(|g| view! {
                <line x1="0" x2=width.to_string() y1=y(g).to_string() y2=y(g).to_string() class="chart-goal"/>
            })}
        </svg>
    }
}

#[component]
fn ReportView(
    report: Report,
    bad: Option<(String, String)>,
    /// The own dates as typed, given back when they are not a period.
    typed: (Option<String>, Option<String>),
) -> impl IntoView {
    let locale = crate::i18n::locale();
    let path = if report.everyone {
        "/admin/report"
    } else {
        "/coach/report"
    };
    let back = if report.everyone { "/admin" } else { "/coach" };
    let period = tf(
        Key::ReportPeriod,
        &[
            ("from", &format_day(report.from)),
            ("to", &format_day(report.to)),
        ],
    );
    let scope = t(if report.everyone {
        Key::ReportScopeEveryone
    } else {
        Key::ReportScopeCaseload
    });
    let rows = report_rows(&report);
    let value_of = |m: Measure| -> String {
        rows.iter()
            .find(|(measure, _, _)| *measure == m)
            .map(|(_, value, share)| match (value, share) {
                (_, Some(s)) => share_text(*s),
                (Some(v), None) if m == Measure::MedianDaysToJob => {
                    tp(Key::DaysCount, "count", *v as u64, &[])
                }
                (Some(v), None) => format_percent(*v),
                (None, None) => t(Key::ReportNone).to_string(),
            })
            .unwrap_or_default()
    };
    let labelled = |ms: &[Measure]| -> Vec<(String, String)> {
        ms.iter().map(|m| (m.label(locale), value_of(*m))).collect()
    };
    let people = labelled(&[Measure::Active, Measure::New, Measure::Ended]);
    let meetings = labelled(&[
        Measure::Booked,
        Measure::Attended,
        Measure::Missed,
        Measure::DropIn,
    ]);
    let work = labelled(&[
        Measure::Competitive,
        Measure::MedianDaysToJob,
        Measure::FirstJobs,
        Measure::FirstContactIn30,
        Measure::Visits,
        Measure::VisitsPerCoachWeek,
    ]);
    let outcome_rows: Vec<(String, String)> = report
        .outcomes
        .iter()
        .map(|(m, n)| (m.label(locale), n.to_string()))
        .collect();
    let outcome_values: Vec<f64> = report.outcomes.iter().map(|(_, n)| *n as f64).collect();
    let outcome_total: u64 = report.outcomes.iter().map(|(_, n)| n).sum();
    let week_values: Vec<f64> = report.weeks.iter().map(|w| w.per_coach).collect();
    let weeks_at_aim = report
        .weeks
        .iter()
        .filter(|w| w.per_coach >= f64::from(WEEKLY_AIM))
        .count();
    let week_summary = tf(
        Key::ReportWeeksSummary,
        &[
            ("weeks", &report.weeks.len().to_string()),
            ("reached", &weeks_at_aim.to_string()),
            ("aim", &WEEKLY_AIM.to_string()),
        ],
    );
    let week_rows = report
        .weeks
        .iter()
        .map(|w| {
            view! {
                <tr>
                    <th scope="row">{tf(Key::ReportWeek, &[("week", &w.week.to_string()), ("day", &format_day(w.monday))])}</th>
                    <td>{w.visits.to_string()}</td>
                    <td>{format_percent(w.per_coach)}</td>
                </tr>
            }
        })
        .collect_view();
    let choices = report.choices.clone();
    // Own dates that were not a period stay in their form, open, as typed.
    let own_dates_refused = bad
        .as_ref()
        .is_some_and(|(field, _)| field == "from" || field == "to");
    let (from_value, to_value) = if own_dates_refused {
        (typed.0.unwrap_or_default(), typed.1.unwrap_or_default())
    } else {
        (report.from_code.clone(), report.to_code.clone())
    };
    let csv = format!(
        "/report.csv?from={}&to={}",
        report.from_code, report.to_code
    );
    view! {
        <Page title=Key::ReportTitle back=back>
            {bad.map(|(_, typed)| view! {
                <p class="error-message" role="alert">{tf(Key::ReportBadPeriod, &[("typed", &typed)])}</p>
            })}
            <p class="lead">{scope}</p>
            <p>{t(Key::ReportNoNames)}</p>
            <ul class="links">
                <li><a href=format!("{path}?quarter={}", choices.this_quarter)>{t(Key::ReportThisQuarter)}</a></li>
                <li><a href=format!("{path}?quarter={}", choices.last_quarter)>{t(Key::ReportLastQuarter)}</a></li>
                <li><a href=format!("{path}?month={}", choices.this_month)>{t(Key::ReportThisMonth)}</a></li>
                <li><a href=format!("{path}?month={}", choices.last_month)>{t(Key::ReportLastMonth)}</a></li>
            </ul>
            <details class="report-own-dates" open=own_dates_refused>
                <summary>{t(Key::ReportOwnDates)}</summary>
                <form method="get" action=path class="form">
                    <TextField name="from" label=Key::ReportFromLabel kind="date" value=from_value/>
                    <TextField name="to" label=Key::ReportToLabel kind="date" value=to_value/>
                    <Submit label=Key::ReportShowButton/>
                </form>
            </details>
            <h2>{period}</h2>
            <p><a class="button secondary" href=csv download="">{t(Key::ReportCsvLink)}</a></p>
            {table(Key::ReportPeopleCaption, people)}
            {table(Key::ReportMeetingsCaption, meetings)}
            {table(Key::ReportWorkCaption, work)}
            <h2>{t(Key::ReportOutcomesHeading)}</h2>
            <figure class="chart">
                {bars(tp(Key::ReportOutcomesSummary, "count", outcome_total, &[]), &outcome_values, None)}
                <figcaption>{t(Key::ReportOutcomesCaption)}</figcaption>
                {table(Key::ReportOutcomesCaption, outcome_rows)}
            </figure>
            <h2>{t(Key::ReportVisitsHeading)}</h2>
            <figure class="chart">
                {bars(week_summary.clone(), &week_values, Some(f64::from(WEEKLY_AIM)))}
                <figcaption>{week_summary}" "{t(Key::ReportAimLine)}</figcaption>
                <div class="table-scroll" role="region" tabindex="0" aria-label=t(Key::ReportVisitsCaption)>
                    <table class="chart-table">
                        <caption>{t(Key::ReportVisitsCaption)}</caption>
                        <thead><tr>
                            <th scope="col">{t(Key::ChartWeek)}</th>
                            <th scope="col">{t(Key::ReportVisitsColumn)}</th>
                            <th scope="col">{t(Key::ReportPerCoachColumn)}</th>
                        </tr></thead>
                        <tbody>{week_rows}</tbody>
                    </table>
                </div>
            </figure>
            <p class="hint">{t(Key::ReportHowCounted)}</p>
        </Page>
    }
}
