//! What a coach reads of a participant's shared parts, to prepare a meeting: strengths,
//! notes on earlier jobs, languages, goals and job applications, each read-only in the coach's language (the
//! person's own words as typed), "Inte delat" for each part that is not shared, and what
//! changed since the last meeting marked attended. The CV has its own section
//! (the coach's page). Every part read is one entry in the person's access log.
use super::since::{self, Change};
use crate::applications::ApplicationView;
use crate::cv::cefr::Skill;
use crate::error::AppError;
use crate::goals::GoalView;
use crate::i18n::{format_day, t, tf, tp, CalendarDay, Key};
use crate::ids::UserId;
use crate::languages::LanguagesView;
use crate::sharing::SharedPart;
use crate::strengths::catalogue;
use crate::strengths::{HistoryDoc, StrengthsDoc};
#[cfg(feature = "ssr")]
use crate::{
    booking::store::BookingStore, cv::store::CvStore, goals::store::GoalStore,
    profile::store::ProfileStore, sharing::store::SharingStore,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

mod api;
pub use api::*;
mod views;
pub use views::*;

/// A part as the coach may read it now: `None` when it is not shared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shown<T> {
    pub data: T,
    pub until: Option<CalendarDay>,
}

/// What the participant shares with the signed-in coach, apart from the CV.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedParts {
    pub strengths: Option<Shown<StrengthsDoc>>,
    pub history: Option<Shown<HistoryDoc>>,
    pub languages: Option<Shown<LanguagesView>>,
    pub goals: Option<Shown<Vec<GoalView>>>,
    pub applications: Option<Shown<Vec<ApplicationView>>>,
    pub since: Since,
}

/// "Sedan förra mötet".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Since {
    /// The day of the last meeting marked attended; `None`: there has been none.
    pub meeting: Option<CalendarDay>,
    /// Newest first, each with its day.
    pub changes: Vec<(CalendarDay, Change)>,
}

#[cfg(feature = "ssr")]
mod server;

fn until_line(until: Option<CalendarDay>) -> String {
    match until {
        Some(day) => tf(Key::SharingUntil, &[("day", &format_day(day))]),
        None => t(Key::SharingUntilWithdrawn).to_string(),
    }
}
