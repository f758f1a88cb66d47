//! Outcomes: the server functions: who asks, what they may do, the store, the answer.
use super::*;
#[cfg(feature = "ssr")]
use crate::ssr::access::{Act, Part};
#[cfg(feature = "ssr")]
use jiff::civil::Date;
use std::collections::BTreeMap;

#[cfg(feature = "ssr")]
type Ssr = crate::ssr::ServerState;
#[cfg(feature = "ssr")]
type Asker = crate::ssr::store::UserRecord;

#[cfg(feature = "ssr")]
fn day_of_code(day: &str) -> Option<(Date, CalendarDay)> {
    let date: Date = day.parse().ok()?;
    Some((date, crate::ssr::clock::calendar_day(date)))
}

#[cfg(feature = "ssr")]
fn day_of_instant(at: i64) -> Option<(Date, CalendarDay)> {
    let date = crate::ssr::clock::day_of(jiff::Timestamp::from_second(at).ok()?);
    Some((date, crate::ssr::clock::calendar_day(date)))
}

/// A person's timeline, oldest first: their start, what job development recorded and the
/// events their coach recorded, each with its earlier values. `asker` may correct the
/// events they recorded, and the start when they are the person's coach.
#[cfg(feature = "ssr")]
async fn timeline(
    state: &Ssr,
    person: UserId,
    asker: &Asker,
    with_applications: bool,
) -> Result<Vec<TimelineLine>, AppError> {
    let outcomes = state.store.of::<dyn OutcomeStore>()?;
    let history = outcomes.history(person).await?;
    let names = |event: Option<OutcomeId>, kind: Option<EventKind>| -> Vec<EarlierLine> {
        history
            .iter()
            .filter(|h| h.event == event)
            .filter_map(|h| {
                let (_, was_day) = day_of_code(&h.values.day)?;
                let (_, on) = day_of_instant(h.at)?;
                Some(EarlierLine {
                    was: match kind {
                        Some(kind) => Happened::Recorded {
                            kind,
                            values: h.values.clone(),
                        },
                        None => Happened::Started,
                    },
                    was_day,
                    by: h.by_name.clone(),
                    on,
                })
            })
            .collect()
    };
    let coach = asker.role == Role::Coach;
    let mut lines: Vec<(Date, u8, TimelineLine)> = Vec::new();
    if let Some((date, day)) = outcomes
        .started_on(person)
        .await?
        .as_deref()
        .and_then(day_of_code)
    {
        lines.push((
            date,
            0,
            TimelineLine {
                day,
                what: Happened::Started,
                correct: coach.then_some(Correctable::Start),
                earlier: names(None, None),
            },
        ));
    }
    let recorded = outcomes.recorded(person, with_applications).await?;
    let derived = |what: Happened, day: CalendarDay| TimelineLine {
        day,
        what,
        correct: None,
        earlier: Vec::new(),
    };
    if let Some((code, employer)) = recorded.first_contact {
        if let Some((date, day)) = day_of_code(&code) {
            lines.push((date, 1, derived(Happened::FirstContact { employer }, day)));
        }
    }
    for (at, employer) in recorded.presentations {
        if let Some((date, day)) = day_of_instant(at) {
            lines.push((date, 1, derived(Happened::PresentedOnYes { employer }, day)));
        }
    }
    for (at, employer, offer) in recorded.applications {
        if let Some((date, day)) = day_of_instant(at) {
            lines.push((
                date,
                1,
                derived(Happened::Application { employer, offer }, day),
            ));
        }
    }
    for event in outcomes.outcomes(person).await? {
        let Some((date, day)) = day_of_code(&event.values.day) else {
            continue;
        };
        let mine = coach && event.author == Some(asker.id);
        lines.push((
            date,
            2,
            TimelineLine {
                day,
                earlier: names(Some(event.id), Some(event.kind)),
                what: Happened::Recorded {
                    kind: event.kind,
                    values: event.values,
                },
                correct: mine.then_some(Correctable::Event(event.id)),
            },
        ));
    }
    // Stable: on one day the start comes first, then what was recorded elsewhere.
    lines.sort_by_key(|(date, order, _)| (*date, *order));
    Ok(lines.into_iter().map(|(_, _, line)| line).collect())
}

/// Whether `person` shares their applications with `coach` now.
#[cfg(feature = "ssr")]
async fn applications_shared(state: &Ssr, person: UserId, coach: UserId) -> Result<bool, AppError> {
    use crate::sharing::{store::SharingStore, SharedPart};
    let now = state.clock.unix();
    Ok(state
        .store
        .of::<dyn SharingStore>()?
        .shares_of(person, coach)
        .await?
        .iter()
        .any(|s| s.part == SharedPart::Applications && s.holds(now)))
}

/// The timeline of `person`, for their coach. Their applications' interviews and offers are
/// on it only while they share their applications, and reading them is logged.
#[server(prefix = "/api", endpoint = "timeline")]
pub async fn fetch_timeline(person: UserId) -> Result<CoachTimeline, AppError> {
    use crate::sharing::SharedPart;
    let request = crate::ssr::access::request_id();
    let (state, coach, person) =
        crate::ssr::access::looked_after(person, Part::Outcomes, Act::Read).await?;
    let shared = applications_shared(&state, person.id, coach.id).await?;
    if shared {
        crate::sharing::reads::read_shared(
            &state,
            &coach,
            person.id,
            SharedPart::Applications,
            shared,
            &request,
        )
        .await?;
    }
    Ok(CoachTimeline {
        person: person.id,
        name: person.display_name.clone(),
        lines: timeline(&state, person.id, &coach, shared).await?,
        applications_shared: shared,
    })
}

/// The signed-in participant's own timeline.
#[server(prefix = "/api", endpoint = "my-timeline")]
pub async fn my_timeline() -> Result<Vec<TimelineLine>, AppError> {
    use crate::ssr::access::authorize_own;
    let (state, me) = crate::ssr::require(&[Role::Participant]).await?;
    authorize_own(&me, Part::Outcomes, Act::Read, me.id)?;
    timeline(&state, me.id, &me, true).await
}

/// The form for a new event of `kind` for `person`.
#[server(prefix = "/api", endpoint = "new-event-form")]
pub async fn fetch_new_event(person: UserId, kind: String) -> Result<EventForm, AppError> {
    let kind = EventKind::parse(&kind).ok_or(AppError::NotFound)?;
    let (state, _, person) =
        crate::ssr::access::looked_after(person, Part::Outcomes, Act::Change).await?;
    let today = state.clock.today().to_string();
    Ok(EventForm {
        person: person.id,
        name: person.display_name,
        kind,
        event: None,
        values: EventValues {
            day: today.clone(),
            ..EventValues::default()
        },
        today,
    })
}

/// An event recorded by the signed-in coach, for their participant, and its person.
#[cfg(feature = "ssr")]
async fn own_event(id: OutcomeId) -> Result<(Ssr, Asker, Asker, store::OutcomeRecord), AppError> {
    let (state, coach) = crate::ssr::require(&[Role::Coach]).await?;
    let event = state
        .store
        .of::<dyn OutcomeStore>()?
        .outcome(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (state, coach_again, person) =
        crate::ssr::access::looked_after(event.person, Part::Outcomes, Act::Change).await?;
    // Only the coach who recorded an event corrects it.
    if event.author != Some(coach.id) || coach_again.id != coach.id {
        return Err(AppError::NotFound);
    }
    Ok((state, coach, person, event))
}

/// The form that corrects event `id`.
#[server(prefix = "/api", endpoint = "correct-event-form")]
pub async fn fetch_correction(id: OutcomeId) -> Result<EventForm, AppError> {
    let (state, _, person, event) = own_event(id).await?;
    Ok(EventForm {
        person: person.id,
        name: person.display_name,
        kind: event.kind,
        event: Some(id),
        values: event.values,
        today: state.clock.today().to_string(),
    })
}

/// Records a new event (no `event` among the fields) or corrects one the coach recorded.
#[server(prefix = "/api", endpoint = "save-event")]
pub async fn save_event(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    let get = |name: &str| fields.get(name).map(String::as_str).unwrap_or("");
    let event: Option<OutcomeId> = match get("event").trim() {
        "" => None,
        typed => Some(typed.parse().map_err(|_| AppError::NotFound)?),
    };
    let (state, coach, person, kind) = match event {
        Some(id) => {
            let (state, coach, person, event) = own_event(id).await?;
            (state, coach, person, event.kind)
        }
        None => {
            let person: UserId = get("person").parse().map_err(|_| AppError::NotFound)?;
            let kind = EventKind::parse(get("kind")).ok_or(AppError::NotFound)?;
            let (state, coach, person) =
                crate::ssr::access::looked_after(person, Part::Outcomes, Act::Change).await?;
            (state, coach, person, kind)
        }
    };
    let values = forms::event(kind, &fields, state.clock.today())?;
    let outcomes = state.store.of::<dyn OutcomeStore>()?;
    let now = state.clock.unix();
    match event {
        Some(id) => {
            if !outcomes.correct(id, &values, coach.id, now).await? {
                return Err(AppError::NotFound);
            }
        }
        None => {
            outcomes
                .record(person.id, kind, &values, coach.id, now)
                .await?;
        }
    }
    tracing::info!(coach = %coach.id, person = %person.id, kind = kind.code(), "outcome saved");
    leptos_axum::redirect(&format!("/coach/participants/{}/road?saved", person.id));
    Ok(())
}

/// The form that corrects the day `person` started.
#[server(prefix = "/api", endpoint = "start-form")]
pub async fn fetch_start_form(person: UserId) -> Result<StartForm, AppError> {
    let (state, _, person) =
        crate::ssr::access::looked_after(person, Part::Outcomes, Act::Change).await?;
    let day = state
        .store
        .of::<dyn OutcomeStore>()?
        .started_on(person.id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(StartForm {
        person: person.id,
        name: person.display_name,
        day,
        today: state.clock.today().to_string(),
    })
}

/// Corrects the day `person` started in the programme (today or before).
#[server(prefix = "/api", endpoint = "correct-start")]
pub async fn correct_start(person: UserId, day: String) -> Result<(), AppError> {
    let (state, coach, person) =
        crate::ssr::access::looked_after(person, Part::Outcomes, Act::Change).await?;
    let mut invalid = Invalid::new();
    let checked = forms::day(&mut invalid, "day", &day, state.clock.today());
    let Some(date) = checked else {
        return Err(AppError::Invalid(invalid.keep("day", &day)));
    };
    let stored = state
        .store
        .of::<dyn OutcomeStore>()?
        .correct_start(person.id, &date.to_string(), coach.id, state.clock.unix())
        .await?;
    if !stored {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect(&format!("/coach/participants/{}/road?saved", person.id));
    Ok(())
}

/// The period a report asks for: a quarter (`2026-Q4`), a month (`2026-11`) or own dates;
/// the current quarter when nothing (or nothing valid) is asked. `Err` holds the field and
/// what was typed, to show with the quarter's report.
#[cfg(feature = "ssr")]
fn period_asked(
    today: Date,
    quarter: Option<&str>,
    month: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
) -> (Period, Option<(&'static str, String)>) {
    let this_quarter = Period::quarter(&Period::quarter_code(today)).unwrap_or(Period {
        from: today,
        to: today,
    });
    fn asked(typed: Option<&str>) -> Option<&str> {
        typed.map(str::trim).filter(|t| !t.is_empty())
    }
    if let Some(q) = asked(quarter) {
        return match Period::quarter(q) {
            Some(p) => (p, None),
            None => (this_quarter, Some(("quarter", q.to_string()))),
        };
    }
    if let Some(m) = asked(month) {
        return match Period::month(m) {
            Some(p) => (p, None),
            None => (this_quarter, Some(("month", m.to_string()))),
        };
    }
    match (asked(from), asked(to)) {
        (None, None) => (this_quarter, None),
        (f, t) => {
            let f_day = f.and_then(crate::ssr::clock::parse_day);
            let t_day = t.and_then(crate::ssr::clock::parse_day);
            match (f_day, t_day) {
                (Some(a), Some(b)) => match Period::between(a, b) {
                    Some(p) => (p, None),
                    None => (this_quarter, Some(("to", t.unwrap_or("").to_string()))),
                },
                (None, _) => (this_quarter, Some(("from", f.unwrap_or("").to_string()))),
                (_, None) => (this_quarter, Some(("to", t.unwrap_or("").to_string()))),
            }
        }
    }
}

/// The signed-in admin's (everyone) or coach's (their caseload) report for a period.
#[cfg(feature = "ssr")]
async fn report_for(state: &Ssr, who: &Asker, period: Period) -> Result<Report, AppError> {
    use crate::ssr::access::{authorize, Ask, Relation};
    use crate::ssr::clock::{calendar_day, start_of_day};
    let everyone = who.role == Role::Admin;
    authorize(
        who,
        Ask {
            relation: if everyone {
                Relation::Organisation
            } else {
                Relation::Own
            },
            part: Part::Report,
            act: Act::Read,
            owner: who.id,
            shared: false,
        },
    )?;
    let after = period.to.tomorrow().unwrap_or(period.to);
    let bounds = store::Bounds {
        from_day: period.from.to_string(),
        to_day: period.to.to_string(),
        from_at: start_of_day(period.from).as_second(),
        until_at: start_of_day(after).as_second(),
        coach: (!everyone).then_some(who.id),
    };
    let counts = state
        .store
        .of::<dyn OutcomeStore>()?
        .counts(&bounds)
        .await?;
    let today = state.clock.today();
    Ok(build_report(&counts, period, everyone, today, calendar_day))
}

/// The report's figures from the store's counts: visits by ISO week, outcomes by measure.
#[cfg(feature = "ssr")]
fn build_report(
    c: &store::Counts,
    period: Period,
    everyone: bool,
    today: Date,
    calendar_day: fn(Date) -> CalendarDay,
) -> Report {
    use crate::jobs::week::monday_of;
    let mut weeks: Vec<(Date, u64)> = Vec::new();
    let mut monday = monday_of(period.from);
    while monday <= period.to {
        let days: u64 = c
            .visits_by_day
            .iter()
            .filter_map(|(day, n)| Some((day.parse::<Date>().ok()?, *n)))
            .filter(|(day, _)| monday_of(*day) == monday)
            .map(|(_, n)| n)
            .sum();
        weeks.push((monday, days));
        match monday.checked_add(jiff::Span::new().days(7)) {
            Ok(next) => monday = next,
            Err(_) => break,
        }
    }
    let coaches = c.coaches.max(1) as f64;
    let weeks: Vec<WeekVisits> = weeks
        .into_iter()
        .map(|(monday, visits)| WeekVisits {
            monday: calendar_day(monday),
            week: monday.iso_week_date().week() as u8,
            visits,
            per_coach: (visits as f64 * 10.0 / coaches).round() / 10.0,
        })
        .collect();
    let event = |kind: EventKind, sub: &str| -> u64 {
        c.events
            .iter()
            .filter(|(k, s, _)| *k == kind && (sub.is_empty() || s == sub))
            .map(|(_, _, n)| n)
            .sum()
    };
    let outcomes = Measure::outcome_kinds()
        .into_iter()
        .map(|m| {
            let n = match m {
                Measure::FirstContacts => c.first_contacts,
                Measure::Presented => c.presented + event(EventKind::Presented, ""),
                Measure::Interviews => event(EventKind::Interview, ""),
                Measure::Offers => event(EventKind::Offer, ""),
                Measure::Job(k) => event(EventKind::Job, k.code()),
                Measure::Praktik => event(EventKind::Praktik, ""),
                Measure::Sprakpraktik => event(EventKind::Sprakpraktik, ""),
                Measure::Studies => event(EventKind::Studies, ""),
                Measure::Working90 => event(EventKind::Working90, ""),
                Measure::EndedFor(r) => event(EventKind::Ended, r.code()),
                _ => 0,
            };
            (m, n)
        })
        .collect();
    Report {
        everyone,
        from: calendar_day(period.from),
        to: calendar_day(period.to),
        from_code: period.from.to_string(),
        to_code: period.to.to_string(),
        active: c.active,
        new: c.new,
        ended: c.ended,
        booked: c.booked,
        attended: c.attended,
        missed: c.missed,
        dropin: c.dropin,
        coaches: c.coaches,
        visits: c.visits_by_day.iter().map(|(_, n)| n).sum(),
        weeks,
        first_contact_in_time: Share {
            count: c.first_contact_in_time.0,
            of: c.first_contact_in_time.1,
        },
        outcomes,
        competitive: Share {
            count: c.competitive.0,
            of: c.competitive.1,
        },
        median_days_to_job: c.median_days_to_job,
        first_jobs: c.first_jobs,
        choices: PeriodChoices {
            this_month: Period::month_code(today),
            last_month: Period::previous_month_code(today),
            this_quarter: Period::quarter_code(today),
            last_quarter: Period::previous_quarter_code(today),
        },
    }
}

/// The programme report for a period, with the field and text of a period typed that is
/// not one (the current quarter is shown instead).
#[server(prefix = "/api", endpoint = "programme-report")]
pub async fn fetch_report(
    quarter: Option<String>,
    month: Option<String>,
    from: Option<String>,
    to: Option<String>,
) -> Result<(Report, Option<(String, String)>), AppError> {
    let (state, who) = crate::ssr::require(&[Role::Coach, Role::Admin]).await?;
    let (period, bad) = period_asked(
        state.clock.today(),
        quarter.as_deref(),
        month.as_deref(),
        from.as_deref(),
        to.as_deref(),
    );
    let report = report_for(&state, &who, period).await?;
    Ok((report, bad.map(|(field, typed)| (field.to_string(), typed))))
}

/// `/report.csv?quarter=2026-Q4` (or `month=`, or `from=`/`to=`): the report for a
/// spreadsheet, for an admin or a coach.
#[cfg(feature = "ssr")]
pub async fn report_csv_file(
    axum::extract::Extension(state): axum::extract::Extension<Ssr>,
    session: tower_sessions::Session,
    headers: http::HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> axum::response::Response {
    use crate::ssr::download::{attachment, refused as refuse};
    let who = match crate::ssr::require_in(&state, &session, &[Role::Coach, Role::Admin]).await {
        Ok(who) => who,
        Err(e) => return refuse(e),
    };
    let query = query.unwrap_or_default();
    let param = |name: &str| {
        query.split('&').find_map(|pair| {
            let (k, v) = pair.split_once('=')?;
            (k == name).then(|| v.replace("%2D", "-").replace("%2d", "-"))
        })
    };
    let (quarter, month, from, to) = (param("quarter"), param("month"), param("from"), param("to"));
    let (period, _) = period_asked(
        state.clock.today(),
        quarter.as_deref(),
        month.as_deref(),
        from.as_deref(),
        to.as_deref(),
    );
    let report = match report_for(&state, &who, period).await {
        Ok(report) => report,
        Err(e) => return refuse(e),
    };
    let locale = crate::ssr::locale_in(&headers);
    let name = format!("vagval-rapport-{}-{}.csv", report.from_code, report.to_code);
    attachment(
        "text/csv; charset=utf-8; header=present",
        &name,
        report_csv(&report, locale),
    )
}
