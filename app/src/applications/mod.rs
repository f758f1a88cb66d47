//! "Mina ansökningar": the participant's own job applications — where, which job, when, how,
//! what came of it, an interview time for the phone's calendar — and "Till
//! aktivitetsrapporten", a month's applications as a plain list in the order
//! Arbetsförmedlingen's monthly activity report asks for them (employer, job, date, how), to
//! copy, print or download as text or CSV. The participant's own; their coach reads it only
//! while it is shared, as a part of its own.
#[cfg(feature = "ssr")]
pub mod ics;
#[cfg(feature = "ssr")]
pub mod store;

use crate::auth::{RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{format_day, format_moment, t, tf, CalendarDay, Key, Locale, Moment};
use crate::ids::ApplicationId;
use crate::ui::{form, query_status, ErrorSummary, Page, Submit, TextField};
#[cfg(feature = "ssr")]
use crate::{
    applications::store::ApplicationStore,
    error::{FieldProblem, Invalid},
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod api;
pub use api::*;
#[cfg(feature = "ssr")]
pub(crate) mod forms;
#[cfg(feature = "ssr")]
pub(crate) mod server;
mod views;
pub use views::*;

/// The most applications one participant keeps: far more than a year of active searching,
/// and a bound on what one account can store.
pub const MAX_APPLICATIONS: usize = 2000;
/// The longest employer's or job's name, in characters.
pub const NAME_MAX: usize = 200;

/// How the application was sent, as the activity report asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HowApplied {
    /// Through a link: an ad's form, a job site.
    Link,
    Email,
    InPerson,
    /// Through the coach (IPS: the coach contacts the employer).
    Coach,
}

impl HowApplied {
    pub const ALL: [HowApplied; 4] = [
        HowApplied::Link,
        HowApplied::Email,
        HowApplied::InPerson,
        HowApplied::Coach,
    ];

    pub fn code(self) -> &'static str {
        match self {
            HowApplied::Link => "link",
            HowApplied::Email => "email",
            HowApplied::InPerson => "in_person",
            HowApplied::Coach => "coach",
        }
    }

    pub fn parse(code: &str) -> Option<HowApplied> {
        HowApplied::ALL.into_iter().find(|h| h.code() == code)
    }

    pub fn label(self) -> Key {
        match self {
            HowApplied::Link => Key::ApplicationHowLink,
            HowApplied::Email => Key::ApplicationHowEmail,
            HowApplied::InPerson => Key::ApplicationHowInPerson,
            HowApplied::Coach => Key::ApplicationHowCoach,
        }
    }
}

/// What came of an application.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ApplicationStatus {
    Applied,
    Interview,
    Offer,
    NoAnswer,
    /// The employer said no.
    No,
}

impl ApplicationStatus {
    pub const ALL: [ApplicationStatus; 5] = [
        ApplicationStatus::Applied,
        ApplicationStatus::Interview,
        ApplicationStatus::Offer,
        ApplicationStatus::NoAnswer,
        ApplicationStatus::No,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ApplicationStatus::Applied => "applied",
            ApplicationStatus::Interview => "interview",
            ApplicationStatus::Offer => "offer",
            ApplicationStatus::NoAnswer => "no_answer",
            ApplicationStatus::No => "no",
        }
    }

    pub fn parse(code: &str) -> Option<ApplicationStatus> {
        ApplicationStatus::ALL
            .into_iter()
            .find(|s| s.code() == code)
    }

    pub fn label(self) -> Key {
        match self {
            ApplicationStatus::Applied => Key::ApplicationStatusApplied,
            ApplicationStatus::Interview => Key::ApplicationStatusInterview,
            ApplicationStatus::Offer => Key::ApplicationStatusOffer,
            ApplicationStatus::NoAnswer => Key::ApplicationStatusNoAnswer,
            ApplicationStatus::No => Key::ApplicationStatusNo,
        }
    }
}

/// An application as its pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationView {
    pub id: ApplicationId,
    pub employer: String,
    pub job: String,
    /// The day applied, as typed back into the form (`YYYY-MM-DD`) and as shown.
    pub day: (String, CalendarDay),
    pub how: HowApplied,
    pub status: ApplicationStatus,
    /// The interview, as typed back into the form (`YYYY-MM-DDTHH:MM`, Stockholm) and as
    /// shown.
    pub interview: Option<(String, Moment)>,
}

/// What the new-application form starts from: today in Stockholm, and what another page
/// put in its link (`?employer=…&job=…&how=coach`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewApplication {
    pub today: String,
}

/// One line of the activity report's list, in the report's order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportLine {
    pub employer: String,
    pub job: String,
    /// `YYYY-MM-DD`.
    pub day: String,
    pub how: HowApplied,
}

/// "Till aktivitetsrapporten": one month's applications, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub month: Month,
    pub lines: Vec<ReportLine>,
    /// A month typed that is not one (`2026-13`): shown back with the form's error, and
    /// this month's list instead.
    pub bad_month: Option<String>,
}

/// A calendar month, Stockholm's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Month {
    pub year: i16,
    /// 1–12.
    pub month: u8,
}

impl Month {
    /// `2026-12`, as a `month` input and the download links take it.
    pub fn code(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// `2026-12` (with the forgiveness of a typed month: `2026-3`, spaces, Arabic-Indic
    /// digits), or `None`.
    pub fn parse(typed: &str) -> Option<Month> {
        let typed: String = typed
            .trim()
            .chars()
            .map(|c| match c {
                '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10).unwrap_or(c),
                '/' | '.' => '-',
                c => c,
            })
            .collect();
        let (year, month) = typed.split_once('-')?;
        if year.len() != 4 || month.is_empty() || month.len() > 2 {
            return None;
        }
        let year: i16 = year.parse().ok()?;
        let month: u8 = month.parse().ok()?;
        ((1900..=9999).contains(&year) && (1..=12).contains(&month))
            .then_some(Month { year, month })
    }

    /// The month a Stockholm calendar day (`YYYY-MM-DD`) is in.
    pub fn of_day(day: &str) -> Option<Month> {
        if day.len() != 10 || day.as_bytes().get(7) != Some(&b'-') {
            return None;
        }
        Month::parse(day.get(..7)?)
    }

    /// Whether the Stockholm calendar day `day` (`YYYY-MM-DD`) is in this month.
    pub fn holds(self, day: &str) -> bool {
        Month::of_day(day) == Some(self)
    }

    pub fn previous(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    /// "december 2026", in `locale`.
    pub fn name_in(self, locale: Locale) -> String {
        let name = crate::i18n::MONTHS
            .get(usize::from(self.month).wrapping_sub(1))
            .map(|k| k.get(locale))
            .unwrap_or_default();
        format!("{name} {}", self.year)
    }
}

/// The lines of `month` among `lines` (each a Stockholm calendar day), oldest first, in the
/// order they were given within a day.
pub fn lines_of_month(month: Month, lines: Vec<ReportLine>) -> Vec<ReportLine> {
    let mut lines: Vec<ReportLine> = lines.into_iter().filter(|l| month.holds(&l.day)).collect();
    lines.sort_by(|a, b| a.day.cmp(&b.day));
    lines
}

/// One line of the text: employer, job, date, how.
pub fn text_line(line: &ReportLine, locale: Locale) -> String {
    format!(
        "{} – {} – {} – {}",
        line.employer,
        line.job,
        line.day,
        line.how.label().get(locale)
    )
}

/// The text file: a heading line, an empty line, one line per application (CRLF, so that
/// every editor on every phone shows the lines).
pub fn report_text(month: Month, lines: &[ReportLine], locale: Locale) -> String {
    let mut out = crate::i18n::fill(
        Key::ApplicationsReportFileHeading.get(locale),
        &[("month", &month.name_in(locale))],
    );
    out.push_str("\r\n\r\n");
    if lines.is_empty() {
        out.push_str(Key::ApplicationsReportEmpty.get(locale));
        out.push_str("\r\n");
    }
    for line in lines {
        out.push_str(&text_line(line, locale));
        out.push_str("\r\n");
    }
    out
}

/// A CSV field as RFC 4180 quotes it. A field a spreadsheet would read as a formula
/// (`=`, `+`, `-`, `@`) gets a leading `'`, so that opening the file never runs anything
/// typed into it.
pub fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([',', '"', '\r', '\n', ';']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// The CSV file: UTF-8 with a byte-order mark (so that Excel reads å, ä, ö), a header row
/// in `locale`, one row per application, CRLF line ends (RFC 4180).
pub fn report_csv(lines: &[ReportLine], locale: Locale) -> String {
    let mut out = String::from("\u{feff}");
    let header = [
        Key::ApplicationEmployer,
        Key::ApplicationJob,
        Key::ApplicationDay,
        Key::ApplicationHow,
    ]
    .map(|k| csv_field(k.get(locale)));
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for line in lines {
        let row = [
            csv_field(&line.employer),
            csv_field(&line.job),
            csv_field(&line.day),
            csv_field(line.how.label().get(locale)),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(day: &str, employer: &str) -> ReportLine {
        ReportLine {
            employer: employer.into(),
            job: "Lagerarbetare".into(),
            day: day.into(),
            how: HowApplied::Email,
        }
    }

    #[test]
    fn months_are_typed_and_named() {
        let dec = Month {
            year: 2026,
            month: 12,
        };
        assert_eq!(Month::parse("2026-12"), Some(dec));
        assert_eq!(Month::parse(" ٢٠٢٦-١٢ "), Some(dec));
        assert_eq!(
            Month::parse("2027-3"),
            Some(Month {
                year: 2027,
                month: 3
            })
        );
        for bad in [
            "",
            "2026",
            "2026-13",
            "2026-00",
            "26-12",
            "2026-12-01",
            "x-y",
        ] {
            assert_eq!(Month::parse(bad), None, "{bad}");
        }
        assert_eq!(dec.code(), "2026-12");
        assert_eq!(dec.next().code(), "2027-01");
        assert_eq!(dec.next().previous(), dec);
        assert_eq!(dec.name_in(Locale::Sv), "december 2026");
    }

    #[test]
    fn a_month_holds_its_stockholm_days_only() {
        let dec = Month {
            year: 2026,
            month: 12,
        };
        assert!(dec.holds("2026-12-01") && dec.holds("2026-12-31"));
        assert!(!dec.holds("2026-11-30") && !dec.holds("2027-01-01"));
        assert!(!dec.holds("2026-12") && !dec.holds(""));
        let lines = lines_of_month(
            dec,
            vec![
                line("2027-01-01", "Nyår AB"),
                line("2026-12-31", "Sist AB"),
                line("2026-11-30", "November AB"),
                line("2026-12-01", "Först AB"),
            ],
        );
        let employers: Vec<&str> = lines.iter().map(|l| l.employer.as_str()).collect();
        assert_eq!(employers, ["Först AB", "Sist AB"]);
    }

    #[test]
    fn csv_is_quoted_as_rfc_4180_says() {
        assert_eq!(csv_field("Lager AB"), "Lager AB");
        assert_eq!(csv_field("Lager, Kyl & Frys"), "\"Lager, Kyl & Frys\"");
        assert_eq!(csv_field("Säg \"hej\""), "\"Säg \"\"hej\"\"\"");
        assert_eq!(csv_field("två\nrader"), "\"två\nrader\"");
        assert_eq!(csv_field("=1+1"), "'=1+1");
        let csv = report_csv(&[line("2026-12-01", "Åhléns, City")], Locale::Sv);
        assert!(csv.starts_with('\u{feff}'));
        let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(
            rows,
            [
                "Arbetsgivare,Jobb,Datum,Hur du sökte",
                "\"Åhléns, City\",Lagerarbetare,2026-12-01,Via e-post",
                ""
            ]
        );
    }

    #[test]
    fn the_text_is_one_line_per_application_in_the_reports_order() {
        let dec = Month {
            year: 2026,
            month: 12,
        };
        let text = report_text(dec, &[line("2026-12-01", "ICA Maxi")], Locale::Sv);
        assert_eq!(
            text,
            "Ansökningar i december 2026\r\n\r\nICA Maxi – Lagerarbetare – 2026-12-01 – Via e-post\r\n"
        );
        let empty = report_text(dec, &[], Locale::En);
        assert!(empty.contains("December 2026"), "{empty}");
        assert!(empty.lines().count() == 3, "{empty}");
    }
}
