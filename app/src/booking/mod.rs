//! Guidance appointments ("Boka vägledning"): a coach publishes weekly hours and rules; a
//! participant picks a day, then a time of their own coach, books, sees it in "Mina
//! bokningar" and cancels it before the cut-off. Free times come from a pure function
//! (`slots`); the database has the last word on who gets a time.
pub mod group;
pub mod holidays;
#[cfg(feature = "ssr")]
pub mod ics;
#[cfg(feature = "ssr")]
pub mod slots;
#[cfg(feature = "ssr")]
pub mod store;

use crate::auth::{RequireRole, Role};
#[cfg(feature = "ssr")]
use crate::booking::group::store::GroupStore;
#[cfg(feature = "ssr")]
use crate::booking::store::BookingStore;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::{FieldProblem, Invalid};
use crate::i18n::{format_day, t, tf, tp, CalendarDay, Key};
use crate::ids::BookingId;
use crate::ui::{
    action_error, form_action, query_flag, status_panel, ErrorSummary, Page, Submit, TextField,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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

/// The arrangements ticked in a form (checkboxes named `need-CODE`), as stored: known
/// codes in the list's order, comma-separated.
pub fn needs_from(fields: &BTreeMap<String, String>) -> String {
    NEEDS
        .iter()
        .filter(|(code, _)| fields.contains_key(&format!("need-{code}")))
        .map(|(code, _)| *code)
        .collect::<Vec<_>>()
        .join(",")
}

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

/// A stored booking's times as the pages show them.
#[cfg(feature = "ssr")]
pub fn when_of(starts_at: i64, ends_at: i64) -> Option<When> {
    server::when(starts_at, ends_at)
}

/// The participant's bookings with the signed-in coach, for the coach's participant page:
/// always visible to that coach (no share needed), newest last.
#[server(prefix = "/api", endpoint = "participant-bookings")]
pub async fn participant_bookings(
    person: crate::ids::UserId,
) -> Result<Vec<BookingView>, AppError> {
    use crate::ssr::access::{authorize, relation, Act, Ask, Part};
    use crate::ssr::require;
    let (state, coach) = require(&[Role::Coach]).await?;
    let person = state
        .accounts
        .find_user(person)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize(
        &coach,
        Ask {
            relation: relation(&coach, &person),
            part: Part::Bookings,
            act: Act::Read,
            owner: person.id,
            shared: false,
        },
    )?;
    let rules = state
        .store
        .of::<dyn BookingStore>()?
        .booking_rules(coach.id)
        .await?;
    let now = state.clock.unix();
    // The last 8 weeks and everything ahead.
    Ok(state
        .store
        .of::<dyn BookingStore>()?
        .participant_bookings(person.id, now - 56 * 86_400)
        .await?
        .into_iter()
        .filter(|b| b.coach_id == coach.id)
        .filter_map(|b| server::view_of(b, rules.as_ref(), now))
        .collect())
}

/// The bookings on the coach's participant page.
#[component]
pub fn ParticipantBookings(person: crate::ids::UserId) -> impl IntoView {
    let bookings = Resource::new(move || person, participant_bookings);
    view! {
        <section aria-labelledby="bookings-heading">
            <h2 id="bookings-heading">{t(Key::HomeBookingsTitle)}</h2>
            <BookingList bookings show_participant=true empty=Key::AgendaEmpty/>
        </section>
    }
}

#[cfg(feature = "ssr")]
mod server {
    use super::*;
    use crate::ssr::access::{authorize, relation, Act, Ask, Part};
    use crate::ssr::clock::{calendar_day, STOCKHOLM};
    use crate::ssr::store::UserRecord;

    use crate::booking::store::BookingRecord;
    use crate::ssr::ServerState;

    pub fn when(starts_at: i64, ends_at: i64) -> Option<When> {
        let zoned = |s: i64| {
            jiff::Timestamp::from_second(s)
                .ok()
                .map(|t| t.to_zoned_datetime(STOCKHOLM.clone()))
        };
        let (start, end) = (zoned(starts_at)?, zoned(ends_at)?);
        Some(When {
            day: calendar_day(start.date()),
            start: format!("{:02}:{:02}", start.hour(), start.minute()),
            end: format!("{:02}:{:02}", end.hour(), end.minute()),
            starts_at,
        })
    }

    pub fn view_of(
        b: BookingRecord,
        rules: Option<&BookingRules>,
        now: i64,
    ) -> Option<BookingView> {
        let cutoff = rules.map_or(0, |r| r.cutoff_minutes);
        let now_ts = jiff::Timestamp::from_second(now).ok()?;
        let place = match &b.group {
            Some(g) => g.place.clone(),
            None => rules.map(|r| r.place.clone()).unwrap_or_default(),
        };
        Some(BookingView {
            id: b.id,
            when: when(b.starts_at, b.ends_at)?,
            coach: b.coach_name,
            participant: b.participant_name,
            place,
            workshop: b.group.map(|g| g.title),
            needs: b.needs,
            help: b.help,
            interpreter: b.interpreter,
            active: b.active,
            can_cancel: b.active && slots::before_cutoff(cutoff, b.starts_at, now_ts),
            // A cancelled booking was never attended, whatever was recorded before.
            attendance: b.attendance.filter(|_| b.active),
            started: b.starts_at <= now,
            moved: b.active && b.sequence > 0,
            cancel_reason: b.cancel_reason,
        })
    }

    /// The signed-in participant and their coach's rules (`None`: no coach, or the coach
    /// has published no hours).
    pub async fn participant(
    ) -> Result<(ServerState, UserRecord, Option<(UserRecord, BookingRules)>), AppError> {
        let (state, me) = crate::ssr::require(&[Role::Participant]).await?;
        authorize(
            &me,
            Ask {
                relation: relation(&me, &me),
                part: Part::Bookings,
                act: Act::Change,
                owner: me.id,
                shared: false,
            },
        )?;
        let Some(coach_id) = me.coach_id else {
            return Ok((state, me, None));
        };
        let coach = state.accounts.find_user(coach_id).await?;
        let rules = state
            .store
            .of::<dyn BookingStore>()?
            .booking_rules(coach_id)
            .await?;
        Ok((state, me, coach.zip(rules)))
    }

    /// The free times of `coach` now (on `day` only, when given), as slots.
    pub async fn free(
        state: &ServerState,
        coach: &UserRecord,
        rules: &BookingRules,
        day: Option<jiff::civil::Date>,
    ) -> Result<Vec<slots::Slot>, AppError> {
        let now = state.clock.now();
        // Bookings that can touch the day (or the horizon): a day either side is plenty.
        let (from, to) = match day {
            Some(day) => (
                crate::ssr::clock::start_of_day(day).as_second() - 86_400,
                crate::ssr::clock::end_of_day(day).as_second() + 86_400,
            ),
            None => (now.as_second(), i64::MAX),
        };
        let booked: Vec<slots::Slot> = state
            .store
            .of::<dyn BookingStore>()?
            .busy_times(coach.id, from, to)
            .await?
            .into_iter()
            .map(|(starts_at, ends_at)| slots::Slot { starts_at, ends_at })
            .collect();
        Ok(match day {
            Some(day) => slots::free_times_on(rules, &booked, now, day),
            None => slots::free_times(rules, &booked, now),
        })
    }

    /// A booking the signed-in person may `act` on: their own, or one on their own
    /// calendar (the coach's). Anyone else's is "not found".
    pub async fn reach(
        id: BookingId,
        act: Act,
    ) -> Result<(ServerState, UserRecord, BookingRecord), AppError> {
        let (state, me) = crate::ssr::require(&[Role::Participant, Role::Coach]).await?;
        let booking = state
            .store
            .of::<dyn BookingStore>()?
            .find_booking(id)
            .await?
            .ok_or(AppError::NotFound)?;
        let (part, owner) = match me.role {
            Role::Coach => (Part::Calendar, booking.coach_id),
            _ => (Part::Bookings, booking.participant_id),
        };
        let rel = if owner == me.id {
            crate::ssr::access::Relation::Own
        } else {
            crate::ssr::access::Relation::Other
        };
        authorize(
            &me,
            Ask {
                relation: rel,
                part,
                act,
                owner,
                shared: false,
            },
        )?;
        Ok((state, me, booking))
    }

    /// The coach's rules from the hours form, or the form's errors with what was typed.
    pub fn rules_from(fields: &BTreeMap<String, String>) -> Result<BookingRules, AppError> {
        let mut invalid = Invalid::new();
        let get = |name: &str| fields.get(name).map(|s| s.trim()).unwrap_or("");
        let mut weekly = Vec::new();
        for weekday in 1..=7u8 {
            let mut day: Vec<(WeeklyRange, &'static str)> = Vec::new();
            for (from, to) in range_names(weekday) {
                match (get(from), get(to)) {
                    ("", "") => {}
                    (a, b) => match (parse_clock(a), parse_clock(b)) {
                        (None, _) => invalid.add(from, FieldProblem::BadTime),
                        (_, None) => invalid.add(to, FieldProblem::BadTime),
                        (Some(start), Some(end)) if end <= start => {
                            invalid.add(to, FieldProblem::EndBeforeStart)
                        }
                        (Some(start), Some(end)) => day.push((
                            WeeklyRange {
                                weekday,
                                start,
                                end,
                            },
                            from,
                        )),
                    },
                }
            }
            day.sort_by_key(|(r, _)| r.start);
            for pair in day.windows(2) {
                if pair[1].0.start < pair[0].0.end {
                    invalid.add(pair[1].1, FieldProblem::Overlaps);
                }
            }
            weekly.extend(day.into_iter().map(|(r, _)| r));
        }
        let mut number = |name: &str, min: u32, max: u32| -> u32 {
            match get(name).parse::<u32>() {
                Ok(n) if (min..=max).contains(&n) => n,
                _ => {
                    invalid.add(name, FieldProblem::OutOfRange);
                    min
                }
            }
        };
        let slot = number("slot", 15, 120);
        let buffer = number("buffer", 0, 60);
        let notice = number("notice", 0, 168);
        let horizon = number("horizon", 1, 17);
        let cutoff = number("cutoff", 0, 168);
        let place = crate::text::clean_line(get("place"));
        if place.chars().count() > 200 {
            invalid.add("place", FieldProblem::TooLong);
        }
        if !invalid.errors.is_empty() {
            let kept = fields.iter().fold(invalid, |inv, (k, v)| inv.keep(k, v));
            return Err(AppError::Invalid(kept));
        }
        Ok(BookingRules {
            closed: Vec::new(),
            extra: Vec::new(),
            slot_minutes: slot as u8,
            buffer_minutes: buffer as u8,
            notice_minutes: notice * 60,
            horizon_days: (horizon * 7) as u16,
            cutoff_minutes: cutoff * 60,
            place,
            weekly,
        })
    }
}

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

#[server(prefix = "/api", endpoint = "my-hours")]
pub async fn my_hours() -> Result<HoursView, AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::require;
    let (state, coach) = require(&[Role::Coach]).await?;
    authorize_own(&coach, Part::Calendar, Act::Read, coach.id)?;
    let stored = state
        .store
        .of::<dyn BookingStore>()?
        .booking_rules(coach.id)
        .await?;
    let mut rules = stored.clone().unwrap_or_default();
    // Extra hours that have gone by are history, not hours to manage.
    let today = state.clock.today().to_string();
    rules.extra.retain(|r| r.day >= today);
    let now = state.clock.unix();
    // A booking the current hours do not offer any more is listed, never dropped.
    let offered = slots::offered(&rules, state.clock.now());
    let outside = state
        .store
        .of::<dyn BookingStore>()?
        .coach_bookings(coach.id, now)
        .await?
        .into_iter()
        .filter(|b| {
            b.group.is_none()
                && !offered
                    .iter()
                    .any(|s| s.starts_at <= b.starts_at && b.ends_at <= s.ends_at)
        })
        .filter_map(|b| server::view_of(b, stored.as_ref(), now))
        .collect();
    let today = state.clock.today();
    let holidays = (0..=i64::from(rules.horizon_days))
        .filter_map(|n| today.checked_add(jiff::Span::new().days(n)).ok())
        .filter_map(|day| Some((day.to_string(), holidays::holiday(day)?)))
        // A holiday with extra hours is open.
        .filter(|(day, _)| !rules.extra.iter().any(|r| r.day == *day))
        .collect();
    Ok(HoursView {
        rules,
        outside,
        holidays,
    })
}

#[server(prefix = "/api", endpoint = "save-hours")]
pub async fn save_hours(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::require;
    let (state, coach) = require(&[Role::Coach]).await?;
    authorize_own(&coach, Part::Calendar, Act::Change, coach.id)?;
    let rules = server::rules_from(&fields)?;
    state
        .store
        .of::<dyn BookingStore>()?
        .save_booking_rules(coach.id, &rules)
        .await?;
    tracing::info!(coach = %coach.id, ranges = rules.weekly.len(), "hours saved");
    leptos_axum::redirect("/coach/hours?saved=1");
    Ok(())
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

#[server(prefix = "/api", endpoint = "free-days")]
pub async fn free_days() -> Result<DayChoice, AppError> {
    let (state, me, coach) = server::participant().await?;
    let held = state
        .store
        .of::<dyn BookingStore>()?
        .participant_bookings(me.id, state.clock.unix())
        .await?
        .iter()
        .filter(|b| b.active)
        .count();
    let now = state.clock.unix();
    let (mut workshops, mut dropins) = (0, 0);
    if let Some(coach) = me.coach_id {
        for g in state
            .store
            .of::<dyn GroupStore>()?
            .coach_groups(coach, now)
            .await?
        {
            match g.kind {
                group::GroupKind::Workshop
                    if !g.cancelled
                        && g.starts_at > now
                        && g.seats.is_some_and(|s| g.taken < s) =>
                {
                    workshops += 1
                }
                group::GroupKind::DropIn if !g.cancelled => dropins += 1,
                _ => {}
            }
        }
    }
    let Some((coach, rules)) = coach else {
        return Ok(DayChoice {
            coach: None,
            days: Vec::new(),
            held,
            workshops,
            dropins,
        });
    };
    let mut days: Vec<(String, CalendarDay, usize)> = Vec::new();
    for slot in server::free(&state, &coach, &rules, None).await? {
        let Some(when) = server::when(slot.starts_at, slot.ends_at) else {
            continue;
        };
        let key = format!(
            "{:04}-{:02}-{:02}",
            when.day.year, when.day.month, when.day.day
        );
        match days.last_mut() {
            Some((last, _, n)) if *last == key => *n += 1,
            _ => days.push((key, when.day, 1)),
        }
    }
    Ok(DayChoice {
        coach: Some(coach.display_name),
        days,
        held,
        workshops,
        dropins,
    })
}

/// The free times on one day (`YYYY-MM-DD`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreeTimes {
    pub coach: String,
    pub place: String,
    pub day: CalendarDay,
    pub times: Vec<When>,
}

#[server(prefix = "/api", endpoint = "free-times")]
pub async fn free_times_on(day: String) -> Result<FreeTimes, AppError> {
    let (state, _, coach) = server::participant().await?;
    let (coach, rules) = coach.ok_or(AppError::NotFound)?;
    let wanted: jiff::civil::Date = day.parse().map_err(|_| AppError::NotFound)?;
    let times: Vec<When> = server::free(&state, &coach, &rules, Some(wanted))
        .await?
        .into_iter()
        .filter_map(|s| server::when(s.starts_at, s.ends_at))
        .collect();
    Ok(FreeTimes {
        coach: coach.display_name,
        place: rules.place,
        day: crate::ssr::clock::calendar_day(wanted),
        times,
    })
}

/// Books the time starting at `start` with the participant's own coach. `key` is the
/// form's own: sending the same form again returns the same booking.
#[server(prefix = "/api", endpoint = "book")]
pub async fn book(
    day: String,
    start: Option<String>,
    key: String,
    help: Option<String>,
    interpreter: Option<String>,
    moving: Option<BookingId>,
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<BookingId, AppError> {
    use crate::booking::store::{BookOutcome, MoveOutcome, NewBooking};
    use crate::ssr::internal;
    let (state, me, coach) = server::participant().await?;
    let (coach, rules) = coach.ok_or(AppError::NotFound)?;
    let help = help.unwrap_or_default();
    let interpreter = crate::text::clean_line(interpreter.as_deref().unwrap_or(""));
    let needs = needs_from(&fields);
    let refuse = |field: &str, problem: FieldProblem| {
        let mut invalid = Invalid::new();
        invalid.add(field, problem);
        let invalid = invalid
            .keep("day", &day)
            .keep("start", start.as_deref().unwrap_or(""))
            .keep("help", &help)
            .keep("interpreter", &interpreter);
        AppError::Invalid(
            fields
                .keys()
                .filter(|k| k.starts_with("need-"))
                .fold(invalid, |inv, k| inv.keep(k, "on")),
        )
    };
    if !help.is_empty() && !HELP_TOPICS.iter().any(|(code, _)| *code == help) {
        return Err(refuse("help", FieldProblem::UnknownOption));
    }
    if interpreter.chars().count() > 60 {
        return Err(refuse("interpreter", FieldProblem::TooLong));
    }
    if key.is_empty() || key.len() > 64 {
        return Err(AppError::BadRequest);
    }
    let Some(starts_at) = start.as_deref().and_then(|s| s.parse::<i64>().ok()) else {
        return Err(refuse("start", FieldProblem::Required));
    };
    // Only a time the coach offers now; a retried form whose time is taken by its
    // own booking still finds that booking (the store checks the key first).
    let slot = slots::offered_at(&rules, state.clock.now(), starts_at);
    let Some(slot) = slot else {
        return Err(refuse("start", FieldProblem::Taken));
    };
    // Never in the past, nor closer than the coach's minimum notice.
    if !slots::after_notice(&rules, slot.starts_at, state.clock.now()) {
        return Err(refuse("start", FieldProblem::TooSoon));
    }
    if let Some(id) = moving {
        // A move: the participant's own booking, before the cut-off, in one
        // transaction that keeps the old time if the new one is taken.
        let (_, _, booking) = server::reach(id, crate::ssr::access::Act::Change).await?;
        let now = state.clock.unix();
        let view = server::view_of(booking, Some(&rules), now)
            .ok_or_else(|| internal("booking time out of range"))?;
        if !view.can_cancel {
            return Err(AppError::PastCutoff);
        }
        let buffer = i64::from(rules.buffer_minutes) * 60;
        return match state
            .store
            .of::<dyn BookingStore>()?
            .move_booking(id, me.id, slot.starts_at, slot.ends_at, buffer, me.id, now)
            .await?
        {
            MoveOutcome::Moved => {
                tracing::info!(user = %me.id, booking = %id, "booking moved");
                leptos_axum::redirect(&format!("/bookings/{id}?moved=1"));
                Ok(id)
            }
            MoveOutcome::Taken => Err(refuse("start", FieldProblem::Taken)),
            MoveOutcome::NotActive => Err(AppError::Conflict),
        };
    }
    let outcome = state
        .store
        .of::<dyn BookingStore>()?
        .book(
            NewBooking {
                coach: coach.id,
                participant: me.id,
                starts_at: slot.starts_at,
                ends_at: slot.ends_at,
                help: help.clone(),
                interpreter: interpreter.clone(),
                needs,
                key,
                buffer: i64::from(rules.buffer_minutes) * 60,
                max_future: MAX_FUTURE_BOOKINGS,
            },
            state.clock.unix(),
        )
        .await?;
    let id = match outcome {
        BookOutcome::Booked(id) => {
            tracing::info!(user = %me.id, booking = %id, "booked");
            id
        }
        BookOutcome::AlreadyBooked(id) => id,
        BookOutcome::Taken => return Err(refuse("start", FieldProblem::Taken)),
        BookOutcome::TooMany => return Err(refuse("start", FieldProblem::TooManyBookings)),
    };
    leptos_axum::redirect(&format!("/bookings/{id}?booked=1"));
    Ok(id)
}

#[server(prefix = "/api", endpoint = "my-bookings")]
pub async fn my_bookings() -> Result<Vec<BookingView>, AppError> {
    let (state, me, coach) = server::participant().await?;
    let now = state.clock.unix();
    let rules = coach.map(|(_, r)| r);
    Ok(state
        .store
        .of::<dyn BookingStore>()?
        .participant_bookings(me.id, now)
        .await?
        .into_iter()
        .filter_map(|b| server::view_of(b, rules.as_ref(), now))
        .collect())
}

#[server(prefix = "/api", endpoint = "booking")]
pub async fn fetch_booking(id: BookingId) -> Result<BookingView, AppError> {
    use crate::ssr::access::Act;
    use crate::ssr::internal;
    let (state, _, booking) = server::reach(id, Act::Read).await?;
    let rules = state
        .store
        .of::<dyn BookingStore>()?
        .booking_rules(booking.coach_id)
        .await?;
    server::view_of(booking, rules.as_ref(), state.clock.unix())
        .ok_or_else(|| internal("booking time out of range"))
}

/// Cancels a booking: the participant before the cut-off, the coach at any time.
#[server(prefix = "/api", endpoint = "cancel-booking")]
pub async fn cancel_booking(id: BookingId, reason: Option<String>) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    use crate::ssr::internal;
    let (state, me, booking) = server::reach(id, Act::Change).await?;
    let rules = state
        .store
        .of::<dyn BookingStore>()?
        .booking_rules(booking.coach_id)
        .await?;
    let view = server::view_of(booking, rules.as_ref(), state.clock.unix())
        .ok_or_else(|| internal("booking time out of range"))?;
    if me.role == Role::Participant && !view.can_cancel {
        return Err(AppError::PastCutoff);
    }
    // A coach says why; the participant reads it with the cancelled booking.
    let reason = crate::text::clean_line(reason.as_deref().unwrap_or(""));
    let reason = reason.trim();
    if me.role == Role::Coach {
        let problem = if reason.is_empty() {
            Some(FieldProblem::Required)
        } else if reason.chars().count() > 200 {
            Some(FieldProblem::TooLong)
        } else {
            None
        };
        if let Some(problem) = problem {
            let mut invalid = Invalid::new();
            invalid.add("reason", problem);
            return Err(AppError::Invalid(invalid.keep("reason", reason)));
        }
    }
    let reason = if me.role == Role::Coach { reason } else { "" };
    if !state
        .store
        .of::<dyn BookingStore>()?
        .cancel_booking(id, me.id, reason, state.clock.unix())
        .await?
    {
        return Err(AppError::Conflict);
    }
    tracing::info!(user = %me.id, booking = %id, "booking cancelled");
    let back = if me.role == Role::Coach {
        "/coach/agenda?cancelled=1"
    } else {
        "/bookings?cancelled=1"
    };
    leptos_axum::redirect(back);
    Ok(())
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

/// The coach's own agenda: `view` "day" or "week" (the default) from `day` (`YYYY-MM-DD`,
/// today by default).
#[server(prefix = "/api", endpoint = "agenda")]
pub async fn agenda(day: Option<String>, view: Option<String>) -> Result<AgendaView, AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::clock::{calendar_day, end_of_day, parse_day, start_of_day};
    use crate::ssr::require;
    use jiff::ToSpan;
    let (state, coach) = require(&[Role::Coach]).await?;
    authorize_own(&coach, Part::Calendar, Act::Read, coach.id)?;
    let now = state.clock.unix();
    let today = state.clock.today();
    let week = view.as_deref() != Some("day");
    let asked = day.as_deref().and_then(parse_day).unwrap_or(today);
    // A week is Monday to Sunday: the Monday of the day asked for.
    let first = if week {
        asked
            .checked_sub(i64::from(asked.weekday().to_monday_zero_offset()).days())
            .map_err(|_| AppError::NotFound)?
    } else {
        asked
    };
    let length: i64 = if week { 7 } else { 1 };
    let last = first
        .checked_add((length - 1).days())
        .map_err(|_| AppError::NotFound)?;
    let (from, to) = (
        start_of_day(first).as_second(),
        end_of_day(last).as_second(),
    );
    let rules = state
        .store
        .of::<dyn BookingStore>()?
        .booking_rules(coach.id)
        .await?;
    // Past meetings stay reachable from here: attendance is recorded after them.
    let bookings: Vec<BookingView> = state
        .store
        .of::<dyn BookingStore>()?
        .coach_bookings(coach.id, from)
        .await?
        .into_iter()
        // Workshop seats are under their workshop's card (and its page).
        .filter(|b| b.starts_at < to && b.group.is_none())
        .filter_map(|b| server::view_of(b, rules.as_ref(), now))
        .collect();
    let groups: Vec<group::GroupView> = state
        .store
        .of::<dyn GroupStore>()?
        .coach_groups(coach.id, from)
        .await?
        .into_iter()
        .filter(|g| g.starts_at < to)
        .filter_map(|g| group::server::view_of(g, now))
        .collect();
    let mut days = Vec::new();
    for offset in 0..length {
        let date = first
            .checked_add(offset.days())
            .map_err(|_| AppError::NotFound)?;
        let key = calendar_day(date);
        let entry = AgendaDay {
            day: key,
            bookings: bookings
                .iter()
                .filter(|b| b.when.day == key)
                .cloned()
                .collect(),
            groups: groups
                .iter()
                .filter(|g| g.when.day == key)
                .cloned()
                .collect(),
        };
        if !week || !entry.bookings.is_empty() || !entry.groups.is_empty() {
            days.push(entry);
        }
    }
    let shift = |n: i64| {
        first
            .checked_add(n.days())
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    Ok(AgendaView {
        week,
        first: calendar_day(first),
        days,
        previous: shift(-length),
        next: shift(length),
        today: today.to_string(),
        week_number: week.then(|| first.iso_week_date().week()),
        asked: asked.to_string(),
    })
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

/// What others changed in the signed-in person's bookings since they last said they had
/// seen it: for a participant, meetings their coach cancelled or moved (and workshops put
/// out); for a coach, meetings their participants cancelled.
#[server(prefix = "/api", endpoint = "notices")]
pub async fn notices() -> Result<Vec<Notice>, AppError> {
    use crate::ssr::require;
    let (state, me) = require(&[Role::Participant, Role::Coach]).await?;
    let now = state.clock.unix();
    let seen = state
        .store
        .of::<dyn BookingStore>()?
        .notices_seen(me.id)
        .await?;
    // Each change with its instant; a moved booking says where it was before.
    let mut changes: Vec<(i64, crate::booking::store::BookingRecord, bool)> = if me.role
        == Role::Coach
    {
        let cancelled = state
            .store
            .of::<dyn BookingStore>()?
            .cancelled_since(me.id, seen)
            .await?
            .into_iter()
            .filter_map(|b| Some((b.cancelled_at?, b, false)));
        // Meetings a participant moved to another time.
        let moved = state
            .store
            .of::<dyn BookingStore>()?
            .coach_bookings(me.id, now)
            .await?
            .into_iter()
            .filter(|b| b.moved_by == Some(b.participant_id))
            .filter_map(|b| Some((b.moved_at?, b, true)))
            .filter(|(at, _, _)| *at > seen);
        cancelled.chain(moved).collect()
    } else {
        state
            .store
            .of::<dyn BookingStore>()?
            .participant_bookings(me.id, now)
            .await?
            .into_iter()
            .filter_map(|b| {
                let by_other = |by: Option<crate::ids::UserId>| by.is_some_and(|by| by != me.id);
                if !b.active && by_other(b.cancelled_by) {
                    Some((b.cancelled_at?, b, false))
                } else if b.active && by_other(b.moved_by) {
                    Some((b.moved_at?, b, true))
                } else {
                    None
                }
            })
            .filter(|(at, _, _)| *at > seen)
            .collect()
    };
    changes.sort_by_key(|(at, _, _)| std::cmp::Reverse(*at));
    Ok(changes
        .into_iter()
        .filter_map(|(at, b, moved)| {
            let moved_from = if moved {
                let from = b.moved_from?;
                Some(server::when(from, from + (b.ends_at - b.starts_at))?)
            } else {
                None
            };
            Some(Notice {
                booking: b.id,
                at,
                when: server::when(b.starts_at, b.ends_at)?,
                by: if me.role == Role::Coach {
                    b.participant_name
                } else {
                    b.coach_name
                },
                reason: b.cancel_reason,
                workshop: b.group.map(|g| g.title),
                moved_from,
            })
        })
        .collect())
}

/// "I have seen it": what was shown (cancelled up to `upto`) is not shown again; anything
/// newer still is. `back` is where to go next.
#[server(prefix = "/api", endpoint = "seen-notices")]
pub async fn seen_notices(back: Option<String>, upto: Option<i64>) -> Result<(), AppError> {
    use crate::ssr::require;
    let (state, me) = require(&[Role::Participant, Role::Coach]).await?;
    let now = state.clock.unix();
    let upto = upto.unwrap_or(now).min(now);
    state
        .store
        .of::<dyn BookingStore>()?
        .see_notices(me.id, upto)
        .await?;
    // Each role goes back to its own page, whatever was posted.
    let _ = back;
    let back = if me.role == Role::Coach {
        "/coach/agenda"
    } else {
        "/home"
    };
    leptos_axum::redirect(back);
    Ok(())
}

/// The notices, with the button that says they were seen; nothing when there are none.
#[component]
pub fn Notices(back: &'static str) -> impl IntoView {
    let action = form_action::<SeenNotices>();
    let coach = crate::auth::use_auth()
        .user
        .is_some_and(|u| u.role == Role::Coach);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let list = notices().await.unwrap_or_default();
                if list.is_empty() {
                    return ().into_any();
                }
                let heading = if coach { Key::NoticesCoachHeading } else { Key::NoticesHeading };
                let upto = list.iter().map(|n| n.at).max().unwrap_or_default();
                view! {
                    <section class="panel notices" aria-labelledby="notices-heading">
                        <h2 id="notices-heading">{t(heading)}</h2>
                        <ul class="log">
                            {list.into_iter().map(|n| {
                                let when = when_text(&n.when);
                                let line = match (coach, &n.workshop) {
                                    (_, _) if n.moved_from.is_some() => tf(
                                        if coach { Key::NoticeParticipantMoved } else { Key::NoticeCoachMoved },
                                        &[
                                            ("name", &n.by),
                                            ("from", &n.moved_from.as_ref().map(when_text).unwrap_or_default()),
                                            ("when", &when),
                                        ],
                                    ),
                                    (true, _) => tf(Key::NoticeParticipantCancelled, &[("name", &n.by), ("when", &when)]),
                                    (false, Some(title)) => tf(Key::NoticeWorkshopCancelled, &[("title", title), ("when", &when)]),
                                    (false, None) => tf(Key::NoticeCoachCancelled, &[("name", &n.by), ("when", &when)]),
                                };
                                view! {
                                    <li>
                                        <a href=format!("/bookings/{}", n.booking) dir="auto">{line}</a>
                                        {(!n.reason.is_empty()).then(|| view! {
                                            <p dir="auto">{tf(Key::CancelledByCoach, &[("reason", &n.reason)])}</p>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <ActionForm action=action attr:class="form">
                            <input type="hidden" name="back" value=back/>
                            <input type="hidden" name="upto" value=upto/>
                            <Submit label=Key::NoticesSeen/>
                        </ActionForm>
                    </section>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// Records whether the participant came. Only the coach whose calendar holds the booking.
#[server(prefix = "/api", endpoint = "record-attendance")]
pub async fn record_attendance(id: BookingId, attendance: Option<String>) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me, booking) = server::reach(id, Act::Change).await?;
    if me.role != Role::Coach || !booking.active {
        return Err(AppError::NotFound);
    }
    let now = state.clock.unix();
    if booking.starts_at > now {
        let mut invalid = Invalid::new();
        invalid.add("attendance", FieldProblem::NotStarted);
        return Err(AppError::Invalid(invalid));
    }
    let chosen = match attendance.as_deref().unwrap_or("") {
        "" => None,
        code => Some(Attendance::parse(code).ok_or_else(|| {
            let mut invalid = Invalid::new();
            invalid.add("attendance", FieldProblem::UnknownOption);
            AppError::Invalid(invalid)
        })?),
    };
    state
        .store
        .of::<dyn BookingStore>()?
        .record_attendance(id, me.id, chosen, now)
        .await?;
    tracing::info!(coach = %me.id, booking = %id, ?chosen, "attendance recorded");
    leptos_axum::redirect(&format!("/bookings/{id}?recorded=1"));
    Ok(())
}

/// Closes a day (`YYYY-MM-DD`) in the coach's calendar, or opens it again.
#[server(prefix = "/api", endpoint = "close-day")]
pub async fn close_day(day: String, open: Option<String>) -> Result<(), AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::require;
    let (state, coach) = require(&[Role::Coach]).await?;
    authorize_own(&coach, Part::Calendar, Act::Change, coach.id)?;
    let Some(parsed) = crate::ssr::clock::parse_day(&day) else {
        let mut invalid = Invalid::new();
        invalid.add("day", FieldProblem::BadDate);
        return Err(AppError::Invalid(invalid.keep("day", &day)));
    };
    let key = parsed.to_string();
    let closed = open.is_none();
    state
        .store
        .of::<dyn BookingStore>()?
        .set_closed_day(coach.id, &key, closed)
        .await?;
    tracing::info!(coach = %coach.id, closed, "closed day changed");
    leptos_axum::redirect("/coach/hours?saved=1#closed-days");
    Ok(())
}

/// Adds extra hours on one day (`YYYY-MM-DD`) of the coach's calendar, or, with `remove`,
/// takes them away again.
#[server(prefix = "/api", endpoint = "extra-hours")]
pub async fn extra_hours(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::require;
    let (state, coach) = require(&[Role::Coach]).await?;
    authorize_own(&coach, Part::Calendar, Act::Change, coach.id)?;
    let get = |name: &str| fields.get(name).map(|s| s.trim()).unwrap_or("");
    let (day, from, to) = (get("extra-day"), get("extra-from"), get("extra-to"));
    let remove = fields.get("remove");
    let mut invalid = Invalid::new();
    let parsed = crate::ssr::clock::parse_day(day);
    match parsed {
        None => invalid.add("extra-day", FieldProblem::BadDate),
        Some(d) if remove.is_none() && d < state.clock.today() => {
            invalid.add("extra-day", FieldProblem::DayPassed)
        }
        _ => {}
    }
    let (start, end) = (parse_clock(from), parse_clock(to));
    match (start, end) {
        (None, _) => invalid.add("extra-from", FieldProblem::BadTime),
        (_, None) => invalid.add("extra-to", FieldProblem::BadTime),
        (Some(a), Some(b)) if b <= a || a >= 24 * 60 => {
            invalid.add("extra-to", FieldProblem::EndBeforeStart)
        }
        _ => {}
    }
    let (Some(parsed), Some(start), Some(end), true) =
        (parsed, start, end, invalid.errors.is_empty())
    else {
        return Err(AppError::Invalid(
            invalid
                .keep("extra-day", day)
                .keep("extra-from", from)
                .keep("extra-to", to),
        ));
    };
    let range = ExtraRange {
        day: parsed.to_string(),
        start,
        end,
    };
    state
        .store
        .of::<dyn BookingStore>()?
        .set_extra_hours(coach.id, &range, remove.is_none())
        .await?;
    tracing::info!(coach = %coach.id, removed = remove.is_some(), "extra hours changed");
    leptos_axum::redirect("/coach/hours?saved=1#extra-hours");
    Ok(())
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

/// `/coach/hours`: weekly hours and rules.
#[component]
pub fn HoursPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            {
                let hours = Resource::new(|| (), |_| my_hours());
                view! {
                    {crate::ui::loaded(hours, move |hours| view! { <HoursForm hours/> }.into_any())}
                }
            }
        </RequireRole>
    }
}

#[component]
fn HoursForm(hours: HoursView) -> impl IntoView {
    let action = form_action::<SaveHours>();
    let error = action_error(action);
    let rules = hours.rules;
    const DAYS: [Key; 7] = [
        Key::Weekday1,
        Key::Weekday2,
        Key::Weekday3,
        Key::Weekday4,
        Key::Weekday5,
        Key::Weekday6,
        Key::Weekday7,
    ];
    const LABELS: [(Key, Key); RANGES_A_DAY] = [
        (Key::HoursFrom, Key::HoursTo),
        (Key::HoursFrom2, Key::HoursTo2),
        (Key::HoursFrom3, Key::HoursTo3),
    ];
    let days = (1..=7u8)
        .map(|weekday| {
            let mut ranges: Vec<_> = rules.weekly.iter().filter(|r| r.weekday == weekday).collect();
            ranges.sort_by_key(|r| r.start);
            // The ranges the day has, then one empty pair to add another (folded away once
            // the day has a range, so a week of one range each stays short on a phone).
            let shown = (ranges.len() + 1).min(RANGES_A_DAY);
            let pairs = range_names(weekday)
                .into_iter()
                .zip(LABELS)
                .take(shown)
                .enumerate()
                .map(|(i, ((from_name, to_name), (from_label, to_label)))| {
                    let range = ranges.get(i);
                    let from = range.map(|r| clock(r.start)).unwrap_or_default();
                    let to = range.map(|r| clock(r.end)).unwrap_or_default();
                    let fields = view! {
                        <TextField name=from_name label=from_label kind="time" value=from error=error/>
                        <TextField name=to_name label=to_label kind="time" value=to error=error/>
                    };
                    if range.is_some() || i == 0 {
                        fields.into_any()
                    } else {
                        // Open when the coach typed here and the form came back with an error.
                        let typed = move || {
                            error.get().is_some_and(|e| {
                                e.value(from_name).is_some_and(|v| !v.is_empty())
                                    || e.value(to_name).is_some_and(|v| !v.is_empty())
                            })
                        };
                        view! {
                            <details class="more-hours" open=typed>
                                <summary>{t(Key::HoursAddRange)}</summary>
                                {fields}
                            </details>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            view! {
                <fieldset class="day-hours">
                    <legend>{t(DAYS[usize::from(weekday - 1)])}</legend>
                    {pairs}
                </fieldset>
            }
        })
        .collect_view();
    let outside = hours.outside;
    let closed = rules.closed.clone();
    let extra = rules.extra.clone();
    let hours_holidays = hours.holidays.clone();
    let close = form_action::<CloseDay>();
    let close_error = action_error(close);
    let add_extra = form_action::<ExtraHours>();
    let extra_error = action_error(add_extra);
    view! {
        <Page title=Key::HoursTitle error=error>
            <p><a href="/coach" class="back">{t(Key::BackLink)}</a></p>
            {status_panel(query_flag("saved"), Key::HoursSaved)}
            {(!outside.is_empty()).then(|| view! {
                <div class="panel" role="alert">
                    <h2>{t(Key::HoursOutsideHeading)}</h2>
                    <p>{t(Key::HoursOutsideText)}</p>
                    <ul>
                        {outside.into_iter().map(|b| view! {
                            <li><a href=format!("/bookings/{}", b.id)>{when_text(&b.when)}</a>" · "<bdi>{b.participant}</bdi></li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <p class="hint">{t(Key::HoursHint)}</p>
                {days}
                <TextField name="slot" label=Key::HoursSlot kind="number" value=rules.slot_minutes.to_string() error=error/>
                <TextField name="buffer" label=Key::HoursBuffer kind="number" value=rules.buffer_minutes.to_string() error=error/>
                <TextField name="notice" label=Key::HoursNotice kind="number" value=(rules.notice_minutes / 60).to_string() error=error/>
                <TextField name="horizon" label=Key::HoursHorizon kind="number" value=(rules.horizon_days / 7).to_string() error=error/>
                <TextField name="cutoff" label=Key::HoursCutoff kind="number" value=(rules.cutoff_minutes / 60).to_string() error=error/>
                <TextField name="place" label=Key::HoursPlace hint=Key::HoursPlaceHint value=rules.place.clone() error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
            <section id="closed-days" aria-labelledby="closed-heading">
                <h2 id="closed-heading">{t(Key::ClosedDaysHeading)}</h2>
                <p>{t(Key::ClosedDaysText)}</p>

                {(!closed.is_empty()).then(|| view! {
                    <ul class="log">
                        {closed.into_iter().map(|day| view! {
                            <li>
                                <form method="post" action="/api/close-day" class="inline-form">
                                    <span>{closed_day_text(&day)}</span>" "
                                    <input type="hidden" name="day" value=day.clone()/>
                                    <input type="hidden" name="open" value="1"/>
                                    <button type="submit" class="button secondary">{t(Key::OpenDayButton)}
                                        <span class="visually-hidden">" "{day}</span></button>
                                </form>
                            </li>
                        }).collect_view()}
                    </ul>
                })}
                <ErrorSummary error=close_error/>
                <ActionForm action=close attr:class="form" attr:novalidate=true>
                    <TextField name="day" label=Key::CloseDayLabel hint=Key::CloseDayHint kind="date" error=close_error/>
                    <Submit label=Key::CloseDayButton/>
                </ActionForm>
                {(!hours_holidays.is_empty()).then(|| view! {
                    <h3 id="holidays-heading">{t(Key::HolidaysHeading)}</h3>
                    <p>{t(Key::HolidaysText)}</p>
                    <ul class="log holidays">
                        {hours_holidays.into_iter().map(|(day, holiday)| view! {
                            <li>{closed_day_text(&day)}" · "{t(holiday.label())}</li>
                        }).collect_view()}
                    </ul>
                })}
            </section>
            <section id="extra-hours" aria-labelledby="extra-heading">
                <h2 id="extra-heading">{t(Key::ExtraHoursHeading)}</h2>
                <p>{t(Key::ExtraHoursText)}</p>
                {(!extra.is_empty()).then(|| view! {
                    <ul class="log">
                        {extra.into_iter().map(|r| {
                            let text = format!("{} \u{2066}{}–{}\u{2069}", closed_day_text(&r.day), clock(r.start), clock(r.end));
                            view! {
                                <li>
                                    <form method="post" action="/api/extra-hours" class="inline-form">
                                        <span>{text.clone()}</span>" "
                                        <input type="hidden" name="extra-day" value=r.day.clone()/>
                                        <input type="hidden" name="extra-from" value=clock(r.start)/>
                                        <input type="hidden" name="extra-to" value=clock(r.end)/>
                                        <input type="hidden" name="remove" value="1"/>
                                        <button type="submit" class="button secondary">{t(Key::RemoveButton)}
                                            <span class="visually-hidden">" "{text}</span></button>
                                    </form>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })}
                <ErrorSummary error=extra_error/>
                <ActionForm action=add_extra attr:class="form" attr:novalidate=true>
                    <TextField name="extra-day" label=Key::ExtraDayLabel hint=Key::CloseDayHint kind="date" error=extra_error/>
                    <TextField name="extra-from" label=Key::HoursFrom kind="time" error=extra_error/>
                    <TextField name="extra-to" label=Key::HoursTo kind="time" error=extra_error/>
                    <Submit label=Key::ExtraHoursButton/>
                </ActionForm>
            </section>
        </Page>
    }
}

/// `/book`: the days with free times.
#[component]
pub fn BookPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let days = Resource::new(|| (), |_| free_days());
                let moving = moving_param();
                view! {
                    <Page title=Key::BookTitle>
                        <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
                        {crate::ui::loaded(days, move |days| view! { <DayList days moving/> }.into_any())}
                        <p><a href="/bookings">{t(Key::MyBookingsTitle)}</a></p>
                    </Page>
                }
            }
        </RequireRole>
    }
}

/// The booking being moved (`?move=ID`), if any.
fn moving_param() -> Option<BookingId> {
    use_query_map()
        .read_untracked()
        .get("move")
        .and_then(|s| s.parse().ok())
}

/// The first screen of "Boka vägledning" when the coach offers more than meetings: which
/// kind of guidance.
fn kind_choice(days: &DayChoice) -> impl IntoView {
    let meetings = days.days.iter().map(|(_, _, n)| n).sum::<usize>();
    view! {
        <p>{t(Key::BookChooseKind)}</p>
        <ul class="choices">
            <li><a class="choice" href="/book?type=meeting">
                <span>{t(Key::KindMeeting)}</span>
                <span class="hint">{tp(Key::FreeTimesCount, "count", meetings as u64, &[])}</span>
            </a></li>
            <li><a class="choice" href="/workshops">
                <span>{t(Key::GroupWorkshop)}</span>
                <span class="hint">{t(Key::KindWorkshopHint)}</span>
                <span class="hint">{tp(Key::WorkshopsCount, "count", days.workshops as u64, &[])}</span>
            </a></li>
            <li><a class="choice" href="/dropin">
                <span>{t(Key::GroupDropIn)}</span>
                <span class="hint">{t(Key::KindDropInHint)}</span>
            </a></li>
        </ul>
    }
}

#[component]
fn DayList(days: DayChoice, moving: Option<BookingId>) -> impl IntoView {
    let offers_more = days.workshops > 0 || days.dropins > 0;
    if moving.is_none() && offers_more && !query_flag("type") {
        return kind_choice(&days).into_any();
    }
    let Some(coach) = days.coach else {
        return view! { <p>{t(Key::BookNoTimes)}</p> }.into_any();
    };
    let suffix = moving.map(|id| format!("?move={id}")).unwrap_or_default();
    if moving.is_none() && days.held >= MAX_FUTURE_BOOKINGS {
        return view! {
            <p>{tp(Key::BookAtLimit, "count", MAX_FUTURE_BOOKINGS as u64, &[])}</p>
        }
        .into_any();
    }
    if days.days.is_empty() {
        return view! { <p>{t(Key::BookNoTimes)}</p> }.into_any();
    }
    view! {
        {moving.is_some().then(|| view! { <p>{t(Key::MovingHint)}</p> })}
        <p dir="auto">{tf(Key::BookChooseDay, &[("coach", &coach)])}</p>
        <ul class="choices">
            {days.days.into_iter().map(|(key, day, n)| view! {
                <li><a class="choice" href=format!("/book/{key}{suffix}")>
                    <span>{format_day(day)}</span>
                    <span class="hint">{tp(Key::FreeTimesCount, "count", n as u64, &[])}</span>
                </a></li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// `/book/:day`: the free times that day, the optional questions, and the booking.
#[component]
pub fn BookDayPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let day = use_params_map().read_untracked().get("day").unwrap_or_default();
                let times = Resource::new(move || day.clone(), free_times_on);
                view! {
                    <Suspense>
                        {move || Suspend::new(async move {
                            match times.await {
                                Ok(times) => view! { <BookForm times/> }.into_any(),
                                Err(_) => view! { <crate::pages::NotFound/> }.into_any(),
                            }
                        })}
                    </Suspense>
                }
            }
        </RequireRole>
    }
}

#[component]
fn BookForm(times: FreeTimes) -> impl IntoView {
    let action = form_action::<Book>();
    let error = action_error(action);
    // A new key per form drawn: the same form sent twice books once.
    let key = new_key();
    let day_value = format!(
        "{:04}-{:02}-{:02}",
        times.day.year, times.day.month, times.day.day
    );
    let kept = move |name: &'static str| move || error.get().and_then(|e| e.value(name));
    let problem = move |name: &'static str| move || error.get().and_then(|e| e.field_error(name));
    let start_problem = problem("start");
    let kept_start = kept("start");
    let kept_help = kept("help");
    let choices = times
        .times
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let id = if i == 0 {
                "start".to_string()
            } else {
                format!("start-{i}")
            };
            let value = w.starts_at.to_string();
            let checked = {
                let value = value.clone();
                move || kept_start() == Some(value.clone())
            };
            let label = format!("\u{2066}{}–{}\u{2069}", w.start, w.end);
            view! {
                <div class="checkbox">
                    <input type="radio" id=id.clone() name="start" value=value checked=checked
                        aria-describedby=move || start_problem().map(|_| "start-error")/>
                    <label for=id>{label}<span class="visually-hidden">", "{format_day(w.day)}</span></label>
                </div>
            }
        })
        .collect_view();
    let topics = HELP_TOPICS
        .iter()
        .map(|(code, label)| {
            let id = format!("help-{code}");
            let checked = { move || kept_help() == Some(code.to_string()) };
            view! {
                <div class="checkbox">
                    <input type="radio" id=id.clone() name="help" value=*code checked=checked/>
                    <label for=id>{t(*label)}</label>
                </div>
            }
        })
        .collect_view();
    let empty = times.times.is_empty();
    let back = match moving_param() {
        Some(id) => format!("/book?move={id}"),
        None => "/book".to_string(),
    };
    view! {
        <Page title=Key::BookDayTitle error=error>
            <p><a href=back class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            {moving_param().is_some().then(|| view! { <p>{t(Key::MovingHint)}</p> })}
            <p class="lead">{format_day(times.day)}</p>
            <p dir="auto">{tf(Key::BookWith, &[("coach", &times.coach)])}</p>
            {(!times.place.is_empty()).then(|| view! { <p dir="auto">{tf(Key::BookPlace, &[("place", &times.place)])}</p> })}
            {if empty {
                view! { <p>{t(Key::BookDayFull)}</p> }.into_any()
            } else {
                view! {
                    <ActionForm action=action attr:class="form" attr:novalidate=true>
                        <input type="hidden" name="day" value=day_value/>
                        <input type="hidden" name="key" value=key/>
                        {moving_param().map(|id| view! { <input type="hidden" name="moving" value=id.get()/> })}
                        <fieldset class="field" class:field-error=move || problem("start")().is_some()>
                            <legend>{t(Key::BookTimeLegend)}</legend>
                            {move || problem("start")().map(|p| crate::ui::field_message("start-error".into(), t(p.message("start"))))}
                            {choices}
                        </fieldset>
                        <fieldset class="field">
                            <legend>{t(Key::BookHelpLegend)}</legend>
                            <p class="hint">{t(Key::OptionalHint)}</p>
                            {topics}
                        </fieldset>
                        <TextField name="interpreter" label=Key::BookInterpreter hint=Key::BookInterpreterHint error=error/>
                        <group::NeedsField error=error/>
                        <Submit label=Key::BookButton/>
                    </ActionForm>
                }
                .into_any()
            }}
        </Page>
    }
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

fn booking_card(b: &BookingView, show_participant: bool) -> impl IntoView {
    let who = if show_participant {
        b.participant.clone()
    } else {
        b.coach.clone()
    };
    let help = HELP_TOPICS
        .iter()
        .find(|(code, _)| *code == b.help)
        .map(|(_, key)| t(*key));
    let needs = needs_text(&b.needs)
        .into_iter()
        .map(t)
        .collect::<Vec<_>>()
        .join(&format!("{} ", t(Key::ListSeparator)));
    // A cancelled booking says so first, in its heading, and is drawn faded and struck
    // through, so that it never reads as a live one at a glance.
    let heading = if b.active {
        view! { <a href=format!("/bookings/{}", b.id)>{when_text(&b.when)}</a> }.into_any()
    } else {
        view! {
            <a href=format!("/bookings/{}", b.id)>
                <span class="cancelled-word">{t(Key::BookingCancelled)}": "</span>
                <s>{when_text(&b.when)}</s>
            </a>
        }
        .into_any()
    };
    view! {
        <li class="card" class:cancelled=!b.active>
            <h2>{heading}</h2>
            {b.workshop.clone().map(|title| view! { <p dir="auto">{tf(Key::BookingWorkshop, &[("title", &title)])}</p> })}
            <p><bdi>{who}</bdi></p>
            {(!b.place.is_empty()).then(|| view! { <p dir="auto">{b.place.clone()}</p> })}
            {help.map(|h| view! { <p>{tf(Key::BookingHelp, &[("topic", h)])}</p> })}
            {(!b.interpreter.is_empty()).then(|| view! { <p dir="auto">{tf(Key::BookingInterpreter, &[("language", &b.interpreter)])}</p> })}
            {(!needs.is_empty()).then(|| view! { <p>{tf(Key::BookingNeeds, &[("needs", &needs)])}</p> })}
            {(!b.cancel_reason.is_empty()).then(|| view! {
                <p dir="auto">{tf(Key::CancelledByCoach, &[("reason", &b.cancel_reason)])}</p>
            })}
            {b.attendance.map(|a| view! { <p>{tf(Key::BookingAttendance, &[("value", t(a.label()))])}</p> })}
        </li>
    }
}

/// Bookings as cards, or `empty` said in words.
#[component]
fn BookingList(
    bookings: Resource<Result<Vec<BookingView>, AppError>>,
    /// Whose name each card shows: the participant's (for the coach) or the coach's.
    show_participant: bool,
    empty: Key,
) -> impl IntoView {
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match bookings.await {
                    Ok(list) if list.is_empty() => view! { <p>{t(empty)}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="cards">{list.iter().map(|b| booking_card(b, show_participant)).collect_view()}</ul>
                    }.into_any(),
                    Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `/bookings`: "Mina bokningar".
#[component]
pub fn MyBookingsPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let bookings = Resource::new(|| (), |_| my_bookings());
                view! {
                    <Page title=Key::MyBookingsTitle>
                        <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
                        {status_panel(query_flag("cancelled"), Key::BookingCancelledDone)}
                        <BookingList bookings show_participant=false empty=Key::MyBookingsEmpty/>
                        <p><a class="button" href="/book">{t(Key::BookTitle)}</a></p>
                    </Page>
                }
            }
        </RequireRole>
    }
}

/// A page about one booking, for whoever may see it; anyone else gets "not found".
fn booking_page(show: fn(BookingView) -> AnyView) -> impl IntoView {
    crate::ui::record_page(&[Role::Participant, Role::Coach], fetch_booking, show)
}

/// `/bookings/:id`: the booking, the confirmation after booking, and the way to cancel.
#[component]
pub fn BookingPage() -> impl IntoView {
    booking_page(|b| {
        let coach_view = crate::auth::use_auth()
            .user
            .is_some_and(|u| u.role == Role::Coach);
        let back = if coach_view {
            "/coach/agenda"
        } else {
            "/bookings"
        };
        let booked = query_flag("booked");
        let status = [
            ("booked", Key::BookedText),
            ("moved", Key::MovedText),
            ("recorded", Key::AttendanceSaved),
        ]
        .into_iter()
        .find(|(flag, _)| query_flag(flag))
        .map(|(_, key)| key);
        let cancel = if !b.active {
            view! { <p>{t(Key::BookingCancelled)}</p> }.into_any()
        } else if coach_view {
            view! {
                {if b.started {
                    view! { <AttendanceForm b=b.clone()/> }.into_any()
                } else {
                    view! {
                        <p class="hint">{t(Key::AttendanceLater)}</p>
                        {b.workshop.is_none().then(|| view! {
                            <p><a class="button secondary" href=format!("/bookings/{}/move", b.id)>{t(Key::CoachMoveLink)}</a></p>
                        })}
                    }.into_any()
                }}
                <p><a class="button warning" href=format!("/bookings/{}/cancel", b.id)>{t(Key::CancelBookingLink)}</a></p>
            }
            .into_any()
        } else if b.can_cancel {
            view! {
                {b.workshop.is_none().then(|| view! {
                    <p><a class="button secondary" href=format!("/book?move={}", b.id)>{t(Key::MoveBookingLink)}</a></p>
                })}
                <p><a class="button warning" href=format!("/bookings/{}/cancel", b.id)>{t(Key::CancelBookingLink)}</a></p>
            }
            .into_any()
        } else {
            view! { <p>{t(Key::PastCutoffText)}</p> }.into_any()
        };
        view! {
            <Page title=if booked { Key::BookedTitle } else { Key::BookingTitle }>
                <p><a href=back class="back">{t(Key::BackLink)}</a></p>
                {status.map(|key| view! {
                    <div class="panel" role="status"><p>{t(key)}</p></div>
                })}
                <ul class="cards">{booking_card(&b, coach_view)}</ul>
                // A file saved before a move or a cancellation still holds the old time:
                // the new one (METHOD:CANCEL for a cancelled booking) updates the phone's
                // calendar when it is opened.
                {if !b.active {
                    view! {
                        <div class="panel">
                            <p>{t(Key::CalendarCancelledText)}</p>
                            <p><a class="button secondary" href=format!("/bookings/{}/ics", b.id)>{t(Key::CalendarCancelledLink)}</a></p>
                        </div>
                    }.into_any()
                } else if b.moved {
                    view! {
                        <div class="panel">
                            <p>{t(Key::CalendarMovedText)}</p>
                            <p><a class="button secondary" href=format!("/bookings/{}/ics", b.id)>{t(Key::CalendarMovedLink)}</a></p>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <p><a class="button secondary" href=format!("/bookings/{}/ics", b.id)>{t(Key::AddToCalendar)}</a></p>
                    }.into_any()
                }}
                {cancel}
            </Page>
        }
        .into_any()
    })
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

/// The coach's own individual meeting that has not begun, for `act`; anything else is
/// "not found".
#[cfg(feature = "ssr")]
async fn coach_meeting(
    id: BookingId,
    act: crate::ssr::access::Act,
) -> Result<
    (
        crate::ssr::ServerState,
        crate::ssr::store::UserRecord,
        crate::booking::store::BookingRecord,
        BookingRules,
    ),
    AppError,
> {
    let (state, me, booking) = server::reach(id, act).await?;
    let now = state.clock.unix();
    if me.role != Role::Coach
        || !booking.active
        || booking.group.is_some()
        || booking.starts_at <= now
    {
        return Err(AppError::NotFound);
    }
    let rules = state
        .store
        .of::<dyn BookingStore>()?
        .booking_rules(me.id)
        .await?
        .unwrap_or_default();
    Ok((state, me, booking, rules))
}

#[server(prefix = "/api", endpoint = "move-choice")]
pub async fn move_choice(id: BookingId) -> Result<MoveTimes, AppError> {
    use crate::ssr::internal;
    let (state, me, booking, rules) = coach_meeting(id, crate::ssr::access::Act::Change).await?;
    let now = state.clock.unix();
    let free = server::free(&state, &me, &rules, None).await?;
    let mut days: Vec<(CalendarDay, Vec<When>)> = Vec::new();
    for slot in free {
        let Some(when) = server::when(slot.starts_at, slot.ends_at) else {
            continue;
        };
        let full = days.len() == MOVE_DAYS;
        match days.last_mut() {
            Some((day, times)) if *day == when.day => times.push(when),
            _ if full => break,
            _ => days.push((when.day, vec![when])),
        }
    }
    let booking = server::view_of(booking, Some(&rules), now)
        .ok_or_else(|| internal("booking time out of range"))?;
    Ok(MoveTimes { booking, days })
}

/// The coach moves a meeting to another of their free times; the participant is told on
/// "Min väg" until they have seen it, and the calendar file's sequence rises.
#[server(prefix = "/api", endpoint = "coach-move")]
pub async fn coach_move(id: BookingId, start: Option<String>) -> Result<(), AppError> {
    use crate::booking::store::MoveOutcome;
    let (state, me, booking, rules) = coach_meeting(id, crate::ssr::access::Act::Change).await?;
    let refuse = |problem: FieldProblem| {
        let mut invalid = Invalid::new();
        invalid.add("start", problem);
        AppError::Invalid(invalid)
    };
    let Some(starts_at) = start.as_deref().and_then(|s| s.parse::<i64>().ok()) else {
        return Err(refuse(FieldProblem::ChooseOne));
    };
    // One of the coach's free times now (the meeting's own time is not free).
    let free = server::free(&state, &me, &rules, None).await?;
    let Some(slot) = free.into_iter().find(|s| s.starts_at == starts_at) else {
        return Err(refuse(FieldProblem::Taken));
    };
    let buffer = i64::from(rules.buffer_minutes) * 60;
    match state
        .store
        .of::<dyn BookingStore>()?
        .move_booking(
            id,
            booking.participant_id,
            slot.starts_at,
            slot.ends_at,
            buffer,
            me.id,
            state.clock.unix(),
        )
        .await?
    {
        MoveOutcome::Moved => {
            tracing::info!(coach = %me.id, booking = %id, "booking moved by the coach");
            leptos_axum::redirect(&format!("/bookings/{id}?moved=1"));
            Ok(())
        }
        MoveOutcome::Taken => Err(refuse(FieldProblem::Taken)),
        MoveOutcome::NotActive => Err(AppError::NotFound),
    }
}

/// `/bookings/:id/move`: the coach picks another of their free times for a meeting.
#[component]
pub fn CoachMovePage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], move_choice, |choice| {
        view! { <CoachMoveForm choice/> }.into_any()
    })
}

#[component]
fn CoachMoveForm(choice: MoveTimes) -> impl IntoView {
    let action = form_action::<CoachMove>();
    let error = action_error(action);
    let b = choice.booking;
    let problem = move || error.get().and_then(|e| e.field_error("start"));
    let no_times = choice.days.is_empty();
    let days = choice
        .days
        .into_iter()
        .enumerate()
        .map(|(d, (day, times))| {
            let legend_id = format!("move-day-{d}");
            view! {
                <fieldset class="field">
                    <legend id=legend_id>{format_day(day)}</legend>
                    {times.into_iter().enumerate().map(|(i, w)| {
                        // The first radio carries the field's id (the error summary links there).
                        let id = if d == 0 && i == 0 { "start".to_string() } else { format!("start-{}", w.starts_at) };
                        view! {
                            <div class="checkbox">
                                <input type="radio" name="start" id=id.clone() value=w.starts_at
                                    aria-describedby=move || problem().map(|_| "start-error")/>
                                <label for=id><bdi dir="ltr">{format!("{}–{}", w.start, w.end)}</bdi></label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::CoachMoveTitle error=error>
            <p><a href=format!("/bookings/{}", b.id) class="back">{t(Key::BackLink)}</a></p>
            <p>{tf(Key::CoachMoveText, &[("name", &b.participant), ("when", &when_text(&b.when))])}</p>
            <ErrorSummary error=error/>
            {if no_times {
                view! { <p>{t(Key::CoachMoveNoTimes)}</p> }.into_any()
            } else {
                view! {
                    <ActionForm action=action attr:class="form" attr:novalidate=true>
                        <input type="hidden" name="id" value=b.id.get()/>
                        {move || problem().map(|p| crate::ui::field_message("start-error".into(), t(p.message("start"))))}
                        {days}
                        <Submit label=Key::CoachMoveButton/>
                    </ActionForm>
                }.into_any()
            }}
        </Page>
    }
}

/// The coach records whether the participant came: never set by itself.
#[component]
fn AttendanceForm(b: BookingView) -> impl IntoView {
    let action = form_action::<RecordAttendance>();
    let error = action_error(action);
    let current = b.attendance;
    view! {
        <ErrorSummary error=error/>
        <ActionForm action=action attr:class="form">
            <input type="hidden" name="id" value=b.id.get()/>
            <fieldset class="field">
                <legend>{t(Key::AttendanceLegend)}</legend>
                {Attendance::ALL.into_iter().enumerate().map(|(i, a)| {
                    let id = if i == 0 { "attendance".to_string() } else { format!("attendance-{}", a.code()) };
                    view! {
                        <div class="checkbox">
                            <input type="radio" id=id.clone() name="attendance" value=a.code() checked=current == Some(a)/>
                            <label for=id>{t(a.label())}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <Submit label=Key::AttendanceSave/>
        </ActionForm>
    }
}

/// `/bookings/:id/cancel`: asks before a booking is cancelled.
#[component]
pub fn CancelBookingPage() -> impl IntoView {
    booking_page(|b| view! { <CancelQuestion b/> }.into_any())
}

#[component]
fn CancelQuestion(b: BookingView) -> impl IntoView {
    let action = form_action::<CancelBooking>();
    let error = action_error(action);
    let coach_view = crate::auth::use_auth()
        .user
        .is_some_and(|u| u.role == Role::Coach);
    view! {
        <Page title=Key::CancelBookingTitle error=error>
            <ErrorSummary error=error/>
            <p>{tf(Key::CancelBookingQuestion, &[("when", &when_text(&b.when))])}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=b.id.get()/>
                {coach_view.then(|| view! {
                    <TextField name="reason" label=Key::CancelReasonLabel hint=Key::CancelReasonHint error=error/>
                })}
                <Submit label=Key::CancelBookingButton warning=true/>
            </ActionForm>
            <p><a href=format!("/bookings/{}", b.id) class="button secondary">{t(Key::CancelLink)}</a></p>
        </Page>
    }
}

/// `/coach/agenda`: the coach's day or week (`?view=day`, `?day=YYYY-MM-DD`).
#[component]
pub fn AgendaPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            {
                let query = use_query_map().read_untracked().clone();
                let (day, view) = (query.get("day"), query.get("view"));
                let agenda = Resource::new(move || (day.clone(), view.clone()), |(d, v)| agenda(d, v));
                view! {
                    <Page title=Key::AgendaTitle>
                        <p><a href="/coach" class="back">{t(Key::BackLink)}</a></p>
                        {status_panel(query_flag("cancelled"), Key::BookingCancelledDone)}
                        <p><a href="/coach/hours">{t(Key::HoursTitle)}</a>" · "<a href="/coach/groups">{t(Key::GroupsTitle)}</a></p>
                        <Notices back="/coach/agenda"/>
                        {crate::ui::loaded(agenda, move |a| view! { <AgendaDays a/> }.into_any())}
                    </Page>
                }
            }
        </RequireRole>
    }
}

#[component]
fn AgendaDays(a: AgendaView) -> impl IntoView {
    let view_name = if a.week { "week" } else { "day" };
    let first = a.asked.clone();
    let (previous, next) = (
        format!("/coach/agenda?view={view_name}&day={}", a.previous),
        format!("/coach/agenda?view={view_name}&day={}", a.next),
    );
    let (prev_key, next_key) = if a.week {
        (Key::AgendaPreviousWeek, Key::AgendaNextWeek)
    } else {
        (Key::AgendaPreviousDay, Key::AgendaNextDay)
    };
    let current = |week: bool| (week == a.week).then_some("page");
    let empty = a.days.is_empty();
    let days = a
        .days
        .into_iter()
        .map(|d| {
            let nothing = d.bookings.is_empty() && d.groups.is_empty();
            view! {
                <section class="agenda-day">
                    <h2>{format_day(d.day)}</h2>
                    {nothing.then(|| view! { <p>{t(Key::AgendaDayEmpty)}</p> })}
                    {(!d.groups.is_empty()).then(|| view! {
                        <ul class="cards">
                            {d.groups.into_iter().map(|g| view! {
                                <li class="card">
                                    <h3><a href=format!("/coach/groups/{}", g.id)>{format!("\u{2066}{}–{}\u{2069}", g.when.start, g.when.end)}" "<bdi>{g.name()}</bdi></a></h3>
                                    <p>{t(g.kind.label())}</p>
                                    {group::group_facts(&g)}
                                </li>
                            }).collect_view()}
                        </ul>
                    })}
                    {(!d.bookings.is_empty()).then(|| view! {
                        <ul class="cards">{d.bookings.iter().map(|b| booking_card(b, true)).collect_view()}</ul>
                    })}
                </section>
            }
        })
        .collect_view();
    view! {
        <nav class="agenda-nav" aria-label=t(Key::AgendaNavLabel)>
            <ul class="tabs">
                <li><a href=format!("/coach/agenda?view=day&day={first}") aria-current=current(false)>{t(Key::AgendaDay)}</a></li>
                <li><a href=format!("/coach/agenda?view=week&day={first}") aria-current=current(true)>{t(Key::AgendaWeek)}</a></li>
            </ul>
            <p class="lead">{if a.week {
                tf(
                    Key::AgendaWeekNumber,
                    &[
                        ("week", &a.week_number.unwrap_or_default().to_string()),
                        ("day", &format_day(a.first)),
                    ],
                )
            } else {
                format_day(a.first)
            }}</p>
            <ul class="pager">
                <li><a class="button secondary" href=previous>{t(prev_key)}</a></li>
                <li><a class="button secondary" href=format!("/coach/agenda?view={view_name}&day={}", a.today)>{t(Key::AgendaToday)}</a></li>
                <li><a class="button secondary" href=next>{t(next_key)}</a></li>
            </ul>
        </nav>
        {empty.then(|| view! { <p>{t(Key::AgendaEmpty)}</p> })}
        {days}
    }
}

/// `/bookings/:id/ics`: the booking as a calendar file, for the participant who booked it
/// or the coach whose calendar holds it; anyone else gets 404.
#[cfg(feature = "ssr")]
pub async fn calendar_file(
    axum::extract::Extension(state): axum::extract::Extension<crate::ssr::ServerState>,
    session: tower_sessions::Session,
    headers: http::HeaderMap,
    axum::extract::Path(id): axum::extract::Path<BookingId>,
) -> axum::response::Response {
    use crate::ssr::access::{authorize, Act, Ask, Part, Relation};
    use crate::ssr::clock::STOCKHOLM;
    use axum::response::{IntoResponse, Redirect};
    use http::{header, HeaderValue, StatusCode};
    let refuse = |e: AppError| match e {
        AppError::Unauthorized => Redirect::to("/sign-in").into_response(),
        AppError::NotFound | AppError::Forbidden => StatusCode::NOT_FOUND.into_response(),
        _ => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let me = match crate::ssr::require_in(&state, &session, &[Role::Participant, Role::Coach]).await
    {
        Ok(me) => me,
        Err(e) => return refuse(e),
    };
    let bookings = match state.store.of::<dyn BookingStore>() {
        Ok(bookings) => bookings,
        Err(e) => return refuse(crate::ssr::internal(e)),
    };
    let booking = match bookings.find_booking(id).await {
        Ok(Some(b)) => b,
        Ok(None) => return refuse(AppError::NotFound),
        Err(e) => return refuse(crate::ssr::internal(e)),
    };
    let (part, owner) = match me.role {
        Role::Coach => (Part::Calendar, booking.coach_id),
        _ => (Part::Bookings, booking.participant_id),
    };
    let rel = if owner == me.id {
        Relation::Own
    } else {
        Relation::Other
    };
    if let Err(e) = authorize(
        &me,
        Ask {
            relation: rel,
            part,
            act: Act::Read,
            owner,
            shared: false,
        },
    ) {
        return refuse(e);
    }
    let place = match (
        &booking.group,
        bookings.booking_rules(booking.coach_id).await,
    ) {
        (Some(g), _) => g.place.clone(),
        (None, Ok(rules)) => rules.map(|r| r.place).unwrap_or_default(),
        (None, Err(e)) => return refuse(crate::ssr::internal(e)),
    };
    let local = |unix: i64| {
        jiff::Timestamp::from_second(unix)
            .map(|t| {
                t.to_zoned_datetime(STOCKHOLM.clone())
                    .strftime("%Y%m%dT%H%M%S")
                    .to_string()
            })
            .unwrap_or_default()
    };
    let host = state
        .settings
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("vagval")
        .trim_end_matches('/')
        .to_string();
    let event = ics::Event {
        uid: format!("booking-{}@{host}", booking.id),
        sequence: booking.sequence,
        active: booking.active,
        start: local(booking.starts_at),
        end: local(booking.ends_at),
        stamp: state.clock.now().strftime("%Y%m%dT%H%M%SZ").to_string(),
        coach: &booking.coach_name,
        place: &place,
        workshop: booking.group.as_ref().map(|g| g.title.as_str()),
    };
    let body = ics::calendar(&event, crate::ssr::locale_in(&headers));
    let name = format!("vagledning-{}.ics", &event.start.get(..8).unwrap_or("tid"));
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/calendar; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
                    .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
            ),
        ],
        body,
    )
        .into_response()
}

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
