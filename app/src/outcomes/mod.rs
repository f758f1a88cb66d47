//! Outcomes: a participant's road to work recorded as it happens, and the programme report.
//! A coach records dated events (a job started, a praktik, studies, still working after 90
//! days, the end of the programme …); what job development already records (employer
//! contacts, presentations, applications that became an interview or an offer) is read from
//! there and never typed again. Both the coach and the participant see the timeline; only the
//! coach who recorded an event corrects it, and the earlier value stays in its history.
//!
//! The report counts a period of Stockholm calendar days for an admin (every participant) or
//! a coach (their own caseload): never a name, every figure counted by the store's SQL.
#[cfg(feature = "ssr")]
pub mod period;
#[cfg(feature = "ssr")]
pub mod store;

use crate::auth::{RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{format_day, t, tf, tp, CalendarDay, Key, Locale};
use crate::ids::{OutcomeId, UserId};
use crate::ui::{radios, ErrorSummary, Page, Submit, TextField};
#[cfg(feature = "ssr")]
use crate::{
    error::{FieldProblem, Invalid},
    outcomes::store::OutcomeStore,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

mod api;
pub use api::*;
#[cfg(feature = "ssr")]
pub use period::Period;
#[cfg(feature = "ssr")]
mod forms;
mod views;
pub use views::*;

/// A first employer contact (any kind: the contact log's) within this many days of the start
/// counts as in time, as IPS asks.
pub const FIRST_CONTACT_DAYS: i64 = 30;
/// The IPS fidelity scale's aim: six face-to-face employer contacts a week per coach.
pub const WEEKLY_AIM: u32 = 6;
/// The longest period a report covers: a year and a day (a leap year).
pub const PERIOD_MAX_DAYS: i64 = 366;

/// What a coach records on a participant's road to work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EventKind {
    Presented,
    Interview,
    Offer,
    Job,
    Praktik,
    Sprakpraktik,
    Studies,
    Working90,
    Ended,
}

impl EventKind {
    pub const ALL: [EventKind; 9] = [
        EventKind::Presented,
        EventKind::Interview,
        EventKind::Offer,
        EventKind::Job,
        EventKind::Praktik,
        EventKind::Sprakpraktik,
        EventKind::Studies,
        EventKind::Working90,
        EventKind::Ended,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EventKind::Presented => "presented",
            EventKind::Interview => "interview",
            EventKind::Offer => "offer",
            EventKind::Job => "job",
            EventKind::Praktik => "praktik",
            EventKind::Sprakpraktik => "sprakpraktik",
            EventKind::Studies => "studies",
            EventKind::Working90 => "working_90",
            EventKind::Ended => "ended",
        }
    }

    pub fn parse(code: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Its name in the list of what can be recorded, and in the report.
    pub fn name(self) -> Key {
        match self {
            EventKind::Presented => Key::OutcomePresented,
            EventKind::Interview => Key::OutcomeInterview,
            EventKind::Offer => Key::OutcomeOffer,
            EventKind::Job => Key::OutcomeJob,
            EventKind::Praktik => Key::OutcomePraktik,
            EventKind::Sprakpraktik => Key::OutcomeSprakpraktik,
            EventKind::Studies => Key::OutcomeStudies,
            EventKind::Working90 => Key::OutcomeWorking90,
            EventKind::Ended => Key::OutcomeEnded,
        }
    }

    /// Which of the form's fields this kind asks for.
    pub fn asks(self) -> Asks {
        match self {
            EventKind::Presented | EventKind::Interview | EventKind::Offer => Asks {
                place: Some(Key::OutcomeEmployerLabel),
                place_required: false,
                ..Asks::default()
            },
            EventKind::Job => Asks {
                job_kind: true,
                hours: true,
                place: Some(Key::OutcomeEmployerLabel),
                ..Asks::default()
            },
            EventKind::Praktik | EventKind::Sprakpraktik => Asks {
                place: Some(Key::OutcomeWorkplaceLabel),
                place_required: true,
                mentor: true,
                ..Asks::default()
            },
            EventKind::Studies => Asks {
                place: Some(Key::OutcomeStudiesLabel),
                place_required: true,
                ..Asks::default()
            },
            EventKind::Working90 => Asks::default(),
            EventKind::Ended => Asks {
                reason: true,
                ..Asks::default()
            },
        }
    }
}

/// The fields an event's form shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Asks {
    pub job_kind: bool,
    pub hours: bool,
    /// The label of the one text field about where: the employer, workplace or studies.
    pub place: Option<Key>,
    pub place_required: bool,
    pub mentor: bool,
    pub reason: bool,
}

/// What kind of job a person started.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum JobKind {
    Employment,
    /// Employment with a wage subsidy (lönebidrag, nystartsjobb …).
    WageSubsidy,
    OwnBusiness,
    Other,
}

impl JobKind {
    pub const ALL: [JobKind; 4] = [
        JobKind::Employment,
        JobKind::WageSubsidy,
        JobKind::OwnBusiness,
        JobKind::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            JobKind::Employment => "employment",
            JobKind::WageSubsidy => "wage_subsidy",
            JobKind::OwnBusiness => "own_business",
            JobKind::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<JobKind> {
        JobKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn name(self) -> Key {
        match self {
            JobKind::Employment => Key::JobKindEmployment,
            JobKind::WageSubsidy => Key::JobKindWageSubsidy,
            JobKind::OwnBusiness => Key::JobKindOwnBusiness,
            JobKind::Other => Key::JobKindOther,
        }
    }

    /// IPS's competitive work: a job on the open labour market at the going wage, one's own
    /// business included; a job paid with a wage subsidy is not.
    pub fn competitive(self) -> bool {
        matches!(self, JobKind::Employment | JobKind::OwnBusiness)
    }
}

/// Why a person's time in the programme ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EndReason {
    Work,
    Studies,
    Moved,
    OtherProgramme,
    NoSupport,
    Other,
}

impl EndReason {
    pub const ALL: [EndReason; 6] = [
        EndReason::Work,
        EndReason::Studies,
        EndReason::Moved,
        EndReason::OtherProgramme,
        EndReason::NoSupport,
        EndReason::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EndReason::Work => "work",
            EndReason::Studies => "studies",
            EndReason::Moved => "moved",
            EndReason::OtherProgramme => "other_programme",
            EndReason::NoSupport => "no_support",
            EndReason::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<EndReason> {
        EndReason::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn name(self) -> Key {
        match self {
            EndReason::Work => Key::EndReasonWork,
            EndReason::Studies => Key::EndReasonStudies,
            EndReason::Moved => Key::EndReasonMoved,
            EndReason::OtherProgramme => Key::EndReasonOtherProgramme,
            EndReason::NoSupport => Key::EndReasonNoSupport,
            EndReason::Other => Key::EndReasonOther,
        }
    }
}

/// An event's values, as stored and as a form sends them once checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventValues {
    /// A Stockholm calendar day, `YYYY-MM-DD`.
    pub day: String,
    /// A job's kind or an ending's reason, as its code; empty for other kinds.
    pub sub: String,
    pub hours: Option<u8>,
    pub place: String,
    pub mentor: String,
}

/// What one line of a timeline says happened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Happened {
    /// Started in the programme.
    Started,
    /// The first contact with an employer for the person, from the contact log.
    FirstContact { employer: String },
    /// A presentation made on the person's yes, from job development.
    PresentedOnYes { employer: String },
    /// An application the person shares that became an interview or an offer.
    Application { employer: String, offer: bool },
    /// An event a coach recorded.
    Recorded {
        kind: EventKind,
        values: EventValues,
    },
}

/// A line of a person's timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineLine {
    pub day: CalendarDay,
    pub what: Happened,
    /// The recorded event, when the asker may correct it (the start: the person's coach).
    pub correct: Option<Correctable>,
    /// The earlier values, newest first, each with who changed it and the day.
    pub earlier: Vec<EarlierLine>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Correctable {
    Start,
    Event(OutcomeId),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlierLine {
    pub was: Happened,
    pub was_day: CalendarDay,
    pub by: String,
    pub on: CalendarDay,
}

/// The words of a line: what happened, and what else it says (hours, mentor).
pub fn happened_text(what: &Happened) -> String {
    let with_place = |bare: Key, placed: Key, place: &str| {
        if place.trim().is_empty() {
            t(bare).to_string()
        } else {
            tf(placed, &[("place", place)])
        }
    };
    match what {
        Happened::Started => t(Key::TimelineStarted).to_string(),
        Happened::FirstContact { employer } => with_place(
            Key::TimelineFirstContact,
            Key::TimelineFirstContactAt,
            employer,
        ),
        Happened::PresentedOnYes { employer } => {
            with_place(Key::TimelinePresented, Key::TimelinePresentedAt, employer)
        }
        Happened::Application { employer, offer } => {
            if *offer {
                with_place(Key::TimelineOffer, Key::TimelineOfferFrom, employer)
            } else {
                with_place(Key::TimelineInterview, Key::TimelineInterviewAt, employer)
            }
        }
        Happened::Recorded { kind, values } => recorded_text(*kind, values),
    }
}

fn recorded_text(kind: EventKind, v: &EventValues) -> String {
    let place = v.place.trim();
    let with_place = |bare: Key, placed: Key| {
        if place.is_empty() {
            t(bare).to_string()
        } else {
            tf(placed, &[("place", place)])
        }
    };
    let mut text = match kind {
        EventKind::Presented => with_place(Key::TimelinePresented, Key::TimelinePresentedAt),
        EventKind::Interview => with_place(Key::TimelineInterview, Key::TimelineInterviewAt),
        EventKind::Offer => with_place(Key::TimelineOffer, Key::TimelineOfferFrom),
        EventKind::Job => {
            let kind = JobKind::parse(&v.sub).map_or("", |k| t(k.name()));
            let hours = v.hours.map(u64::from).unwrap_or(0);
            let job = tp(Key::TimelineJob, "hours", hours, &[("kind", kind)]);
            if place.is_empty() {
                job
            } else {
                format!("{job} {}", tf(Key::TimelineAtPlace, &[("place", place)]))
            }
        }
        EventKind::Praktik => with_place(Key::TimelinePraktik, Key::TimelinePraktikAt),
        EventKind::Sprakpraktik => {
            with_place(Key::TimelineSprakpraktik, Key::TimelineSprakpraktikAt)
        }
        EventKind::Studies => with_place(Key::TimelineStudies, Key::TimelineStudiesWhat),
        EventKind::Working90 => t(Key::TimelineWorking90).to_string(),
        EventKind::Ended => {
            let reason = EndReason::parse(&v.sub).map_or("", |r| t(r.name()));
            tf(Key::TimelineEnded, &[("reason", reason)])
        }
    };
    if !v.mentor.trim().is_empty() {
        text.push_str(". ");
        text.push_str(&tf(Key::TimelineMentor, &[("mentor", v.mentor.trim())]));
    }
    text
}

/// The coach's page of one participant's timeline, and what the coach may record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoachTimeline {
    pub person: UserId,
    pub name: String,
    pub lines: Vec<TimelineLine>,
    /// Whether the applications part is shared: without it, their interviews and offers are
    /// not on the timeline and the page says so.
    pub applications_shared: bool,
}

/// The form for a new event or a correction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventForm {
    pub person: UserId,
    pub name: String,
    pub kind: EventKind,
    /// The event corrected, with its values; `None` for a new one.
    pub event: Option<OutcomeId>,
    pub values: EventValues,
    pub today: String,
}

/// The form that corrects the day a person started.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartForm {
    pub person: UserId,
    pub name: String,
    pub day: String,
    pub today: String,
}

// ---- The programme report ------------------------------------------------------------

/// A share: how many of how many, as the report shows it ("12 av 30 (40 %)").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    pub count: u64,
    pub of: u64,
}

impl Share {
    /// The percentage to one decimal, or `None` of nobody.
    pub fn percent(self) -> Option<f64> {
        (self.of > 0).then(|| (self.count as f64 * 1000.0 / self.of as f64).round() / 10.0)
    }
}

/// The median of `values` (sorted or not): the middle one, or the mean of the two middle
/// ones rounded down; `None` of none.
pub fn median(values: &[i64]) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let mid = sorted.len() / 2;
    Some(if sorted.len() % 2 == 1 {
        sorted[mid]
    } else {
        (sorted[mid - 1] + sorted[mid]).div_euclid(2)
    })
}

/// One ISO week of a period's employer visits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WeekVisits {
    pub monday: CalendarDay,
    pub week: u8,
    pub visits: u64,
    /// Visits per coach that week, to one decimal.
    pub per_coach: f64,
}

/// The figures of a report, every one a count the store made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Every coach's participants (an admin's), or one coach's caseload.
    pub everyone: bool,
    pub from: CalendarDay,
    pub to: CalendarDay,
    pub from_code: String,
    pub to_code: String,
    pub active: u64,
    pub new: u64,
    pub ended: u64,
    pub booked: u64,
    pub attended: u64,
    pub missed: u64,
    pub dropin: u64,
    pub coaches: u64,
    pub visits: u64,
    pub weeks: Vec<WeekVisits>,
    pub first_contact_in_time: Share,
    /// Every outcome of the period by kind, in [`Measure`] order.
    pub outcomes: Vec<(Measure, u64)>,
    pub competitive: Share,
    pub median_days_to_job: Option<i64>,
    pub first_jobs: u64,
    /// Links to the month, the quarter and the one before each.
    pub choices: PeriodChoices,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodChoices {
    pub this_month: String,
    pub last_month: String,
    pub this_quarter: String,
    pub last_quarter: String,
}

/// A figure of the report, by its name in the CSV (stable, the same in every language) and
/// on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Measure {
    Active,
    New,
    Ended,
    Booked,
    Attended,
    Missed,
    DropIn,
    Visits,
    VisitsPerCoachWeek,
    FirstContactIn30,
    FirstContacts,
    Presented,
    Interviews,
    Offers,
    Job(JobKind),
    Praktik,
    Sprakpraktik,
    Studies,
    Working90,
    EndedFor(EndReason),
    Competitive,
    MedianDaysToJob,
    /// How many the median is of.
    FirstJobs,
}

impl Measure {
    /// The outcome counts, in the order the page and the CSV list them.
    pub fn outcome_kinds() -> Vec<Measure> {
        let mut all = vec![
            Measure::FirstContacts,
            Measure::Presented,
            Measure::Interviews,
            Measure::Offers,
        ];
        all.extend(JobKind::ALL.map(Measure::Job));
        all.extend([
            Measure::Praktik,
            Measure::Sprakpraktik,
            Measure::Studies,
            Measure::Working90,
        ]);
        all.extend(EndReason::ALL.map(Measure::EndedFor));
        all
    }

    pub fn code(self) -> String {
        match self {
            Measure::Active => "participants_active".into(),
            Measure::New => "participants_new".into(),
            Measure::Ended => "participants_ended".into(),
            Measure::Booked => "meetings_booked".into(),
            Measure::Attended => "meetings_attended".into(),
            Measure::Missed => "meetings_missed".into(),
            Measure::DropIn => "dropin_visits".into(),
            Measure::Visits => "employer_visits".into(),
            Measure::VisitsPerCoachWeek => "employer_visits_per_coach_week".into(),
            Measure::FirstContactIn30 => "first_contact_within_30_days_percent".into(),
            Measure::FirstContacts => "first_employer_contacts".into(),
            Measure::Presented => "presented".into(),
            Measure::Interviews => "interviews".into(),
            Measure::Offers => "offers".into(),
            Measure::Job(k) => format!("job_{}", k.code()),
            Measure::Praktik => "praktik".into(),
            Measure::Sprakpraktik => "sprakpraktik".into(),
            Measure::Studies => "studies".into(),
            Measure::Working90 => "working_90_days".into(),
            Measure::EndedFor(r) => format!("ended_{}", r.code()),
            Measure::Competitive => "working_competitively_percent".into(),
            Measure::MedianDaysToJob => "median_days_to_first_job".into(),
            Measure::FirstJobs => "first_jobs_begun".into(),
        }
    }

    /// Its words on the page and in the CSV's label column.
    pub fn label(self, locale: Locale) -> String {
        let key = match self {
            Measure::Active => Key::ReportActive,
            Measure::New => Key::ReportNew,
            Measure::Ended => Key::ReportEnded,
            Measure::Booked => Key::ReportBooked,
            Measure::Attended => Key::ReportAttended,
            Measure::Missed => Key::ReportMissed,
            Measure::DropIn => Key::ReportDropIn,
            Measure::Visits => Key::ReportVisits,
            Measure::VisitsPerCoachWeek => Key::ReportVisitsPerCoachWeek,
            Measure::FirstContactIn30 => Key::ReportFirstContactIn30,
            Measure::FirstContacts => Key::ReportFirstContacts,
            Measure::Presented => Key::OutcomePresented,
            Measure::Interviews => Key::OutcomeInterview,
            Measure::Offers => Key::OutcomeOffer,
            Measure::Job(k) => {
                return format!("{}: {}", Key::OutcomeJob.get(locale), k.name().get(locale))
            }
            Measure::Praktik => Key::OutcomePraktik,
            Measure::Sprakpraktik => Key::OutcomeSprakpraktik,
            Measure::Studies => Key::OutcomeStudies,
            Measure::Working90 => Key::OutcomeWorking90,
            Measure::EndedFor(r) => {
                return format!(
                    "{}: {}",
                    Key::OutcomeEnded.get(locale),
                    r.name().get(locale)
                )
            }
            Measure::Competitive => Key::ReportCompetitive,
            Measure::MedianDaysToJob => Key::ReportMedianDays,
            Measure::FirstJobs => Key::ReportFirstJobs,
        };
        key.get(locale).to_string()
    }
}

/// A number as the CSV writes it: digits and a point, whatever the language.
fn csv_number(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

/// The report's rows: a measure, its value (empty when there is none, such as a median of
/// nobody), and for a share its count and of how many.
pub fn report_rows(r: &Report) -> Vec<(Measure, Option<f64>, Option<Share>)> {
    let count = |m: Measure, n: u64| (m, Some(n as f64), None);
    let share = |m: Measure, s: Share| (m, s.percent(), Some(s));
    let weeks = r.weeks.len().max(1) as f64;
    let per_coach_week = if r.coaches == 0 {
        None
    } else {
        Some((r.visits as f64 * 10.0 / (r.coaches as f64 * weeks)).round() / 10.0)
    };
    let mut rows = vec![
        count(Measure::Active, r.active),
        count(Measure::New, r.new),
        count(Measure::Ended, r.ended),
        count(Measure::Booked, r.booked),
        count(Measure::Attended, r.attended),
        count(Measure::Missed, r.missed),
        count(Measure::DropIn, r.dropin),
        count(Measure::Visits, r.visits),
        (Measure::VisitsPerCoachWeek, per_coach_week, None),
        share(Measure::FirstContactIn30, r.first_contact_in_time),
    ];
    rows.extend(r.outcomes.iter().map(|&(m, n)| count(m, n)));
    rows.push(share(Measure::Competitive, r.competitive));
    rows.push((
        Measure::MedianDaysToJob,
        r.median_days_to_job.map(|d| d as f64),
        None,
    ));
    rows.push(count(Measure::FirstJobs, r.first_jobs));
    rows
}

/// The report as CSV: UTF-8 with a byte-order mark (a spreadsheet then reads å, ä and ö),
/// a header row, one row per measure and period, CRLF line ends (RFC 4180). Numbers use a
/// point in every language; the label column is in the reader's language.
pub fn report_csv(r: &Report, locale: Locale) -> String {
    use crate::applications::csv_field;
    let mut out = String::from("\u{feff}");
    let header = [
        Key::CsvMeasure,
        Key::CsvLabel,
        Key::CsvFrom,
        Key::CsvTo,
        Key::CsvValue,
        Key::CsvCount,
        Key::CsvOf,
    ]
    .map(|k| csv_field(k.get(locale)));
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for (measure, value, share) in report_rows(r) {
        let row = [
            csv_field(&measure.code()),
            csv_field(&measure.label(locale)),
            r.from_code.clone(),
            r.to_code.clone(),
            value.map(csv_number).unwrap_or_default(),
            share.map(|s| s.count.to_string()).unwrap_or_default(),
            share.map(|s| s.of.to_string()).unwrap_or_default(),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_shares() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[40]), Some(40));
        assert_eq!(median(&[90, 10, 40]), Some(40));
        assert_eq!(median(&[10, 40, 90, 100]), Some(65));
        assert_eq!(median(&[10, 41]), Some(25));
        assert_eq!(Share { count: 0, of: 0 }.percent(), None);
        assert_eq!(Share { count: 1, of: 3 }.percent(), Some(33.3));
        assert_eq!(Share { count: 2, of: 3 }.percent(), Some(66.7));
        assert_eq!(Share { count: 5, of: 5 }.percent(), Some(100.0));
    }

    #[test]
    fn competitive_work_is_the_open_market() {
        assert!(JobKind::Employment.competitive());
        assert!(JobKind::OwnBusiness.competitive());
        assert!(!JobKind::WageSubsidy.competitive());
        assert!(!JobKind::Other.competitive());
    }

    #[test]
    fn every_code_reads_back() {
        for k in EventKind::ALL {
            assert_eq!(EventKind::parse(k.code()), Some(k));
        }
        for k in JobKind::ALL {
            assert_eq!(JobKind::parse(k.code()), Some(k));
        }
        for r in EndReason::ALL {
            assert_eq!(EndReason::parse(r.code()), Some(r));
        }
        let codes: Vec<String> = Measure::outcome_kinds().iter().map(|m| m.code()).collect();
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(codes.len(), unique.len());
    }

    fn report() -> Report {
        let day = |d: u8| CalendarDay {
            year: 2026,
            month: 10,
            day: d,
            weekday: 1,
        };
        Report {
            everyone: true,
            from: day(1),
            to: day(31),
            from_code: "2026-10-01".into(),
            to_code: "2026-12-31".into(),
            active: 30,
            new: 4,
            ended: 2,
            booked: 50,
            attended: 40,
            missed: 6,
            dropin: 9,
            coaches: 2,
            visits: 13,
            weeks: vec![],
            first_contact_in_time: Share { count: 3, of: 4 },
            outcomes: Measure::outcome_kinds()
                .into_iter()
                .map(|m| (m, 1))
                .collect(),
            competitive: Share { count: 12, of: 30 },
            median_days_to_job: None,
            first_jobs: 0,
            choices: PeriodChoices {
                this_month: String::new(),
                last_month: String::new(),
                this_quarter: String::new(),
                last_quarter: String::new(),
            },
        }
    }

    #[test]
    fn the_csv_has_a_row_per_measure_and_keeps_swedish_letters() {
        let csv = report_csv(&report(), Locale::Sv);
        assert!(csv.starts_with('\u{feff}'));
        let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(
            rows.len(),
            report_rows(&report()).len() + 2,
            "a header and an empty end"
        );
        assert!(rows[0].starts_with("M"), "the header: {}", rows[0]);
        assert!(rows.contains(&"participants_active,Aktiva deltagare,2026-10-01,2026-12-31,30,,"));
        assert!(rows
            .iter()
            .any(|r| r.starts_with("working_competitively_percent,") && r.ends_with(",40,12,30")));
        assert!(rows
            .iter()
            .any(|r| r.starts_with("median_days_to_first_job,") && r.ends_with(",,,")));
        assert!(rows
            .iter()
            .any(|r| r.starts_with("first_jobs_begun,") && r.ends_with(",0,,")));
        assert!(csv.contains("Började språkpraktik"));
    }
}
