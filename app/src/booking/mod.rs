//! Guidance appointments ("Boka vägledning"): a coach publishes weekly hours and rules; a
//! participant picks a day, then a time of their own coach, books, sees it in "Mina
//! bokningar" and cancels it before the cut-off. Free times come from a pure function
//! (`slots`); the database has the last word on who gets a time.
pub mod feed;
pub mod group;
pub mod holidays;
#[cfg(feature = "ssr")]
pub mod ics;
#[cfg(feature = "ssr")]
pub mod slots;
#[cfg(feature = "ssr")]
pub mod store;

use crate::auth::{RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{format_day, t, tf, tp, CalendarDay, Key};
use crate::ids::BookingId;
use crate::ui::{
    action_error, form, form_action, query_flag, status_panel, ErrorSummary, Page, Submit,
    TextField,
};
#[cfg(feature = "ssr")]
use crate::{
    booking::group::store::GroupStore,
    booking::store::BookingStore,
    error::{FieldProblem, Invalid},
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod forms;
pub use forms::*;
mod api;
pub use api::*;
mod views;
pub use views::*;

/// One weekly range of a coach's hours, in Stockholm wall-clock minutes after midnight.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyRange {
    /// 1 is Monday, 7 Sunday.
    pub weekday: u8,
    pub start: u16,
    pub end: u16,
}

/// A coach's rules for individual meetings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingRules {
    pub slot_minutes: u8,
    pub buffer_minutes: u8,
    pub notice_minutes: u32,
    pub horizon_days: u16,
    pub cutoff_minutes: u32,
    pub place: String,
    pub weekly: Vec<WeeklyRange>,
    /// Days without meetings (`YYYY-MM-DD`, sorted), whatever the weekly hours say.
    pub closed: Vec<String>,
    /// Hours on single days on top of the weekly ones (sorted by day and start).
    pub extra: Vec<ExtraRange>,
}

/// Extra hours on one Stockholm day (`YYYY-MM-DD`), in wall-clock minutes after midnight.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ExtraRange {
    pub day: String,
    pub start: u16,
    pub end: u16,
}

impl Default for BookingRules {
    fn default() -> Self {
        BookingRules {
            slot_minutes: 45,
            buffer_minutes: 15,
            notice_minutes: 120,
            horizon_days: 42,
            cutoff_minutes: 240,
            place: String::new(),
            weekly: Vec::new(),
            closed: Vec::new(),
            extra: Vec::new(),
        }
    }
}

/// Whether the participant came, as the coach records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Attendance {
    Attended,
    NoShow,
    LateCancel,
}

impl Attendance {
    pub const ALL: [Attendance; 3] = [
        Attendance::Attended,
        Attendance::NoShow,
        Attendance::LateCancel,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Attendance::Attended => "attended",
            Attendance::NoShow => "no_show",
            Attendance::LateCancel => "late_cancel",
        }
    }

    pub fn parse(code: &str) -> Option<Attendance> {
        Attendance::ALL.into_iter().find(|a| a.code() == code)
    }

    pub fn label(self) -> Key {
        match self {
            Attendance::Attended => Key::AttendanceAttended,
            Attendance::NoShow => Key::AttendanceNoShow,
            Attendance::LateCancel => Key::AttendanceLateCancel,
        }
    }
}

/// How many future bookings a participant may hold at once.
pub const MAX_FUTURE_BOOKINGS: usize = 3;

/// What the participant wants help with (an optional question when booking).
pub const HELP_TOPICS: [(&str, Key); 4] = [
    ("cv", Key::HelpCv),
    ("interview", Key::HelpInterview),
    ("language", Key::HelpLanguage),
    ("other", Key::HelpOther),
];

/// Practical arrangements a participant can ask for when booking. Only what is to be
/// arranged, never why: no health information is asked for or kept.
pub const NEEDS: [(&str, Key); 6] = [
    ("step_free", Key::NeedStepFree),
    ("hearing_loop", Key::NeedHearingLoop),
    ("extra_time", Key::NeedExtraTime),
    ("quiet_room", Key::NeedQuietRoom),
    ("written", Key::NeedWritten),
    ("other", Key::NeedOther),
];

/// The arrangements as words, in the list's order.
pub fn needs_text(stored: &str) -> Vec<Key> {
    NEEDS
        .iter()
        .filter(|(code, _)| stored.split(',').any(|c| c == *code))
        .map(|(_, key)| *key)
        .collect()
}

/// "10:00" from minutes after midnight.
pub fn clock(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Minutes after midnight from "10:00" (also "10.00", "9:5"), or `None`.
pub fn parse_clock(typed: &str) -> Option<u16> {
    let typed = typed.trim();
    let (h, m) = typed.split_once([':', '.'])?;
    let (h, m): (u16, u16) = (h.trim().parse().ok()?, m.trim().parse().ok()?);
    (h <= 24 && m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
}

/// A booking or a free time as the pages show it: the Stockholm day and clock times.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct When {
    pub day: CalendarDay,
    pub start: String,
    pub end: String,
    /// The start, as the form posts it (Unix seconds).
    pub starts_at: i64,
}

/// "tisdag 3 december 10:00–10:45", times kept left-to-right in right-to-left text.
pub fn when_text(when: &When) -> String {
    format!(
        "{} \u{2066}{}–{}\u{2069}",
        format_day(when.day),
        when.start,
        when.end
    )
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingView {
    pub id: BookingId,
    pub when: When,
    pub coach: String,
    pub participant: String,
    pub place: String,
    pub help: String,
    pub interpreter: String,
    pub active: bool,
    /// The participant may still cancel or move it themselves (before the cut-off).
    pub can_cancel: bool,
    pub attendance: Option<Attendance>,
    /// It has begun: attendance can be recorded from then on.
    pub started: bool,
    /// Moved since it was booked: a calendar file saved before holds the old time.
    pub moved: bool,
    /// The workshop's title when this is a workshop seat (never moved, only cancelled).
    pub workshop: Option<String>,
    /// Arrangements asked for (codes, comma-separated).
    pub needs: String,
    /// Why the coach cancelled it, for the participant to read.
    pub cancel_reason: String,
}

#[cfg(feature = "ssr")]
mod server;

/// The most time ranges one weekday takes (a morning and an afternoon around lunch, and
/// an evening).
pub const RANGES_A_DAY: usize = 3;

/// The form's field names for weekday `weekday`'s ranges: `from-1`/`to-1` for the first
/// (as before there could be more), `from-1-2`/`to-1-2` for the second, and so on.
pub fn range_names(weekday: u8) -> [(&'static str, &'static str); RANGES_A_DAY] {
    const NAMES: [[(&str, &str); RANGES_A_DAY]; 7] = [
        [
            ("from-1", "to-1"),
            ("from-1-2", "to-1-2"),
            ("from-1-3", "to-1-3"),
        ],
        [
            ("from-2", "to-2"),
            ("from-2-2", "to-2-2"),
            ("from-2-3", "to-2-3"),
        ],
        [
            ("from-3", "to-3"),
            ("from-3-2", "to-3-2"),
            ("from-3-3", "to-3-3"),
        ],
        [
            ("from-4", "to-4"),
            ("from-4-2", "to-4-2"),
            ("from-4-3", "to-4-3"),
        ],
        [
            ("from-5", "to-5"),
            ("from-5-2", "to-5-2"),
            ("from-5-3", "to-5-3"),
        ],
        [
            ("from-6", "to-6"),
            ("from-6-2", "to-6-2"),
            ("from-6-3", "to-6-3"),
        ],
        [
            ("from-7", "to-7"),
            ("from-7-2", "to-7-2"),
            ("from-7-3", "to-7-3"),
        ],
    ];
    NAMES[usize::from(weekday.clamp(1, 7) - 1)]
}

/// The coach's own hours and rules, and the bookings the hours no longer cover.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursView {
    pub rules: BookingRules,
    pub outside: Vec<BookingView>,
    /// The holidays within the booking horizon (`YYYY-MM-DD`): closed unless the coach
    /// adds extra hours that day.
    pub holidays: Vec<(String, holidays::Holiday)>,
}

/// Days with free times, for the first booking screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayChoice {
    pub coach: Option<String>,
    /// Each day (`YYYY-MM-DD`) with its number of free times.
    pub days: Vec<(String, CalendarDay, usize)>,
    /// Future bookings held now.
    pub held: usize,
    /// Coming workshops with a seat left, and coming drop-in windows, of the coach.
    pub workshops: usize,
    pub dropins: usize,
}

/// The free times on one day (`YYYY-MM-DD`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreeTimes {
    pub coach: String,
    pub place: String,
    pub day: CalendarDay,
    pub times: Vec<When>,
}

/// One day of the coach's agenda: meetings and seats, and workshops and drop-in windows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaDay {
    pub day: CalendarDay,
    pub bookings: Vec<BookingView>,
    pub groups: Vec<group::GroupView>,
}

/// The coach's agenda for one day or one week, and the days before and after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaView {
    pub week: bool,
    pub first: CalendarDay,
    /// The days with anything on them (the one day of a day view, always).
    pub days: Vec<AgendaDay>,
    /// The first day of the previous and next day or week (`YYYY-MM-DD`).
    pub previous: String,
    pub next: String,
    pub today: String,
    /// The day asked for (`YYYY-MM-DD`): the day view and the week view open on it.
    pub asked: String,
    /// The ISO week number of a week view (Swedish weeks run Monday to Sunday and are
    /// named by number).
    pub week_number: Option<i8>,
}

/// A change someone else made to a person's booking, until they have seen it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub booking: BookingId,
    /// When it was cancelled or moved: "seen" covers what was shown, up to the newest.
    pub at: i64,
    pub when: When,
    /// Who changed it: the coach (for the participant) or the participant (for the coach).
    pub by: String,
    pub reason: String,
    pub workshop: Option<String>,
    /// Moved (not cancelled): the time it had before.
    pub moved_from: Option<When>,
}

/// A closed day (`YYYY-MM-DD`) as the pages write days ("onsdag 24 december 2026").
fn closed_day_text(day: &str) -> String {
    let mut parts = day.splitn(3, '-').map(|p| p.parse::<u16>().ok());
    match (
        parts.next().flatten(),
        parts.next().flatten(),
        parts.next().flatten(),
    ) {
        (Some(y), Some(m), Some(d)) => {
            // Zeller-free: the weekday comes from a day count (1 January 1970 was a Thursday).
            let days = days_from_civil(i64::from(y), i64::from(m), i64::from(d));
            let weekday = ((days + 3).rem_euclid(7) + 1) as u8;
            format_day(CalendarDay {
                year: y as i16,
                month: m as u8,
                day: d as u8,
                weekday,
            })
        }
        _ => day.to_string(),
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The booking being moved (`?move=ID`), if any.
fn moving_param() -> Option<BookingId> {
    use_query_map()
        .read_untracked()
        .get("move")
        .and_then(|s| s.parse().ok())
}

/// A fresh form key. Drawn on the server; the browser never renders whole pages.
fn new_key() -> String {
    #[cfg(feature = "ssr")]
    {
        crate::ssr::random_hex(12)
    }
    #[cfg(not(feature = "ssr"))]
    {
        String::new()
    }
}

/// A meeting the coach may move, and the free times of their calendar to move it to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoveTimes {
    pub booking: BookingView,
    /// Days with free times, each with its times (at most [`MOVE_DAYS`] days).
    pub days: Vec<(CalendarDay, Vec<When>)>,
}

/// How many days of free times the coach's move page lists.
pub const MOVE_DAYS: usize = 10;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times() {
        assert_eq!(parse_clock("09:30"), Some(570));
        assert_eq!(parse_clock("9.5"), Some(545));
        assert_eq!(parse_clock("24:00"), Some(1440));
        assert_eq!(parse_clock("24:01"), None);
        assert_eq!(parse_clock("10"), None);
        assert_eq!(clock(570), "09:30");
    }

    #[test]
    fn weekdays_of_closed_days() {
        // Thursday 24 December 2026; Monday 1 January 2024; Thursday 1 January 1970.
        assert_eq!((days_from_civil(2026, 12, 24) + 3).rem_euclid(7) + 1, 4);
        assert_eq!((days_from_civil(2024, 1, 1) + 3).rem_euclid(7) + 1, 1);
        assert_eq!(days_from_civil(1970, 1, 1), 0);
    }
}
