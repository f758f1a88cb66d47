//! A coach's page about one participant: what the person shares with them (the CV, read
//! on the page or as a PDF; a plain "not shared" otherwise), the coach's notes, and the
//! account: whether the person has made it, when they last signed in, a new code when an
//! invitation was lost, taking an invitation back, and a code for a new password.
pub mod shared;
pub mod since;
use crate::auth::{RequireRole, Role};
use crate::cv::print::PrintCv;
use crate::cv::views::CvSheet;
use crate::error::AppError;
use crate::i18n::{format_day, t, tf, CalendarDay, Key};
use crate::ids::{CvId, UserId};
use crate::sharing::CvOption;
use crate::ui::{action_error, form, form_action, ErrorSummary, Page, Submit};
#[cfg(feature = "ssr")]
use crate::{
    cv::store::CvStore,
    invite::store::InvitationStore,
    invite::Purpose,
    sharing::store::SharingStore,
    sharing::{ReadHow, SharedPart},
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

mod api;
pub use api::*;
mod views;
pub use views::*;

/// What a coach sees of one participant's account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipantAccount {
    pub id: UserId,
    pub display_name: String,
    pub active: bool,
    pub last_sign_in: Option<CalendarDay>,
    /// The last day of the open invitation (pending) or password code (active).
    pub open_until: Option<CalendarDay>,
}

fn person_param() -> Option<UserId> {
    use_params_map()
        .read_untracked()
        .get("id")
        .and_then(|s| s.parse().ok())
}

/// A CV a participant shares with the coach, ready to read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedCv {
    pub id: CvId,
    pub title: String,
    pub print: PrintCv,
}

/// What a participant shares with the signed-in coach now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedView {
    pub name: String,
    /// The CV shown: the one asked for, else the main one of those shared. `None`: the CV
    /// is not shared.
    pub cv: Option<SharedCv>,
    /// Every version shared (to choose another).
    pub versions: Vec<CvOption>,
    pub until: Option<CalendarDay>,
}
