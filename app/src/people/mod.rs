//! Creating people: an admin invites coaches, a coach invites participants and sees them in
//! the caseload. The invitation's secrets are shown once, right after creation.
#[cfg(feature = "ssr")]
pub mod issued;
pub mod slip;
use crate::auth::{RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{format_day, t, tf, tp, Key};
use crate::ids::UserId;
#[cfg(feature = "ssr")]
use crate::invite::store::InvitationStore;
use crate::invite::Purpose;
use crate::ui::{form, ErrorSummary, Page, Submit, TextField};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

mod api;
pub use api::*;
mod views;
pub use views::*;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: UserId,
    pub display_name: String,
    pub active: bool,
    /// For a coach's caseload: what the person shares and when they last were in touch.
    pub caseload: Option<CaseloadFacts>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseloadFacts {
    pub shares: Vec<crate::sharing::SharedPart>,
    /// The day of the latest note about them or meeting they came to.
    pub last_contact: Option<crate::i18n::CalendarDay>,
    /// Their next booked meeting with the coach.
    pub next_booking: Option<crate::booking::When>,
    /// For someone who shares Språkmål: days practised and days their goals planned in
    /// the last [`ACTIVITY_DAYS`] days (`None` inside: nothing was planned).
    pub goal_activity: Option<Option<(u32, u32)>>,
}

/// How far back the caseload looks at practice.
pub const ACTIVITY_DAYS: i64 = 14;

/// The IPS fidelity guideline: at most this many active participants per coach.
pub const IPS_CASELOAD: usize = 20;
/// A just-issued invitation or password-reset code, kept in server memory (`ssr::issued`)
/// for the issuer to see: the secrets are stored only as hashes, so this is the one chance
/// to hand them over (a coach can issue a new one from the participant's page).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedInvitation {
    pub person: UserId,
    pub display_name: String,
    pub role: Role,
    pub purpose: Purpose,
    pub link: String,
    pub code: String,
    pub valid_days: u64,
    /// The last day it works, in Stockholm.
    pub valid_until: crate::i18n::CalendarDay,
    /// The link as a QR code (SVG, drawn on the server).
    pub qr_svg: String,
}

#[cfg(feature = "ssr")]
const ISSUED_KEY: &str = "issued_invitation";

/// Fresh secrets for a hand-over, their stored form, and the last day they work.
#[cfg(feature = "ssr")]
pub(crate) struct Secrets {
    pub token: String,
    pub code: String,
    pub stored: crate::invite::store::NewInvitation,
    pub last_day: jiff::civil::Date,
}

/// A password code lasts to the end of tomorrow: it opens an account that exists, so it
/// should not lie around as long as an invitation may.
#[cfg(feature = "ssr")]
const RESET_DAYS: i64 = 1;
