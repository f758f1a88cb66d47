//! The participant's home, "Min väg": the way into everything they do here.
pub mod to_cv;

use crate::auth::{use_auth, RequireRole, Role};
use crate::booking::{when_text, BookingView};
use crate::cv::api::CvSummary;
use crate::error::AppError;
use crate::i18n::{format_moment, t, tf, Key};
use crate::ids::GoalId;
use crate::notes::NoteLine;
use crate::ui::{icon, Icon, Page};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

mod api;
pub use api::*;
mod views;
pub use views::*;

/// What is going on now, for the first screen of "Min väg": the next booking, today's
/// practice, the CV's progress and the coach's latest note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Now {
    pub next: Option<BookingView>,
    /// Goals going on (not paused): what, and whether practised today.
    pub practice: Vec<(GoalId, String, bool)>,
    /// The main CV.
    pub cv: Option<CvSummary>,
    /// The coach's notes the participant sees, newest first (the first is on the first
    /// screen; all are listed below the cards).
    pub notes: Vec<NoteLine>,
    /// Job leads offered and not answered yet: which, its title, the employer.
    pub offers: Vec<(crate::ids::OfferId, String, String)>,
}

/// The longest part of a note shown on the first screen, in characters.
const NOTE_PEEK: usize = 140;

fn peek(text: &str) -> String {
    match text.char_indices().nth(NOTE_PEEK) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_string(),
    }
}
