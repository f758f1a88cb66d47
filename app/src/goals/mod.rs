//! Language-practice goals ("Språkmål"): a goal in plain steps (what, how often, until
//! when, where), a practice log with one tap a day (and up to seven days back), pauses
//! without penalty, and progress as a habit strength rather than a streak. The participant's
//! own: no coach reads any of it (yet).
#[cfg(feature = "ssr")]
pub mod habit;
#[cfg(feature = "ssr")]
pub mod store;

use crate::auth::{RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{format_day, t, tf, tp, CalendarDay, Key};
use crate::ids::GoalId;
use crate::ui::{
    action_error, form, form_action, query_flag, query_status, ErrorSummary, Page, Submit,
    TextField,
};
#[cfg(feature = "ssr")]
use crate::{
    error::{FieldProblem, Invalid},
    goals::store::GoalStore,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod api;
pub use api::*;
mod views;
pub use views::*;

/// The most goals a participant keeps going at once (active or paused).
pub const MAX_ACTIVE_GOALS: usize = 20;
/// How far back a missed day can be logged.
pub const LOG_DAYS_BACK: i64 = 7;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GoalStatus {
    Active,
    Paused,
    /// Reached.
    Done,
    /// Given up, without judgement.
    Dropped,
}

impl GoalStatus {
    pub fn code(self) -> &'static str {
        match self {
            GoalStatus::Active => "active",
            GoalStatus::Paused => "paused",
            GoalStatus::Done => "done",
            GoalStatus::Dropped => "dropped",
        }
    }

    pub fn parse(code: &str) -> Option<GoalStatus> {
        [
            GoalStatus::Active,
            GoalStatus::Paused,
            GoalStatus::Done,
            GoalStatus::Dropped,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }

    pub fn label(self) -> Key {
        match self {
            GoalStatus::Active => Key::GoalActive,
            GoalStatus::Paused => Key::GoalPaused,
            GoalStatus::Done => Key::GoalDone,
            GoalStatus::Dropped => Key::GoalDropped,
        }
    }

    pub fn open(self) -> bool {
        matches!(self, GoalStatus::Active | GoalStatus::Paused)
    }
}

/// Why a goal rests for a while.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PauseReason {
    Ill,
    Travel,
    Holiday,
    Other,
}

impl PauseReason {
    pub const ALL: [PauseReason; 4] = [
        PauseReason::Ill,
        PauseReason::Travel,
        PauseReason::Holiday,
        PauseReason::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PauseReason::Ill => "ill",
            PauseReason::Travel => "travel",
            PauseReason::Holiday => "holiday",
            PauseReason::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<PauseReason> {
        PauseReason::ALL.into_iter().find(|r| r.code() == code)
    }

    pub fn label(self) -> Key {
        match self {
            PauseReason::Ill => Key::PauseIll,
            PauseReason::Travel => Key::PauseTravel,
            PauseReason::Holiday => Key::PauseHoliday,
            PauseReason::Other => Key::PauseOther,
        }
    }
}

/// The strength in words, by [`habit::level`].
pub fn level_label(level: u8) -> Key {
    match level {
        3 => Key::HabitStrong,
        2 => Key::HabitSteady,
        1 => Key::HabitGrowing,
        _ => Key::HabitNew,
    }
}

/// A goal as its pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalView {
    pub id: GoalId,
    pub what: String,
    pub per_week: u8,
    /// The last day, as typed back into the form (`YYYY-MM-DD`) and as shown.
    pub until: Option<(String, CalendarDay)>,
    pub workplace: String,
    pub supervisor: String,
    /// The hour of the practice reminder on the phone, if asked for.
    pub remind_hour: Option<u8>,
    pub status: GoalStatus,
    pub pause_reason: Option<PauseReason>,
    /// Habit strength, 0–100.
    pub strength: u8,
    pub level: u8,
    pub done_today: bool,
    /// Still going on after its last day: the page asks what happened.
    pub overdue: bool,
    /// Days practised in each of the last weeks, oldest first, with the week's Monday.
    pub weeks: Vec<(CalendarDay, u8)>,
    /// Practice, newest first: the day, minutes, note.
    pub recent: Vec<(CalendarDay, Option<u16>, String)>,
    /// Days that can still be logged (`YYYY-MM-DD`), today first.
    pub loggable: Vec<(String, CalendarDay)>,
    /// Every pause, newest first: from, to (`None` while it lasts), why.
    pub pauses: Vec<(CalendarDay, Option<CalendarDay>, PauseReason)>,
}

#[cfg(feature = "ssr")]
pub(crate) mod server;

/// "3 gånger i veckan", and until when.
pub(crate) fn how_often(g: &GoalView) -> String {
    let often = tp(Key::TimesPerWeek, "count", u64::from(g.per_week), &[]);
    match &g.until {
        Some((_, day)) => tf(
            Key::GoalUntil,
            &[("often", &often), ("day", &format_day(*day))],
        ),
        None => often,
    }
}
