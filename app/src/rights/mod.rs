//! Data rights and account care: everything held about a participant in one download
//! (`/my-data/export.zip`), erasure asked for with a grace period or carried out at once,
//! retention that lists inactive accounts by itself, and an admin's care of accounts:
//! another coach, deactivation, and the log of who did what.
use crate::auth::{RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{t, tf, CalendarDay, Key, Moment};
use crate::ids::UserId;
use crate::ui::{form, ErrorSummary, Page, Submit, TextField};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

mod api;
pub use api::*;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod store;
mod views;
#[cfg(feature = "ssr")]
pub mod zip;
pub use views::*;

/// The export's format: raised when a section or a column changes meaning (docs/export.md).
pub const FORMAT_VERSION: u32 = 1;

/// How many people an admin's search shows at most.
pub const SEARCH_LIMIT: i64 = 50;

/// How many lines of the admins' log are shown.
pub const LOG_LIMIT: i64 = 200;

/// What `/my-data` shows a participant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyData {
    /// The day their erasure will be carried out, when one is waiting.
    pub erasure_on: Option<CalendarDay>,
    /// Whether it was retention (not they) that listed them.
    pub by_retention: bool,
    pub grace_days: u32,
    /// The organisation's retention period, if it set one.
    pub retention_months: Option<u32>,
}

/// A participant in an admin's search.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonLine {
    pub id: UserId,
    pub display_name: String,
    pub coach: Option<String>,
    pub deactivated: bool,
    pub erasure_on: Option<CalendarDay>,
}

/// The admin's page about one participant's account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub id: UserId,
    /// A coach's account is only opened or closed here.
    pub is_participant: bool,
    pub display_name: String,
    pub coach: Option<(UserId, String)>,
    pub coaches: Vec<(UserId, String)>,
    pub signed_up: bool,
    pub last_sign_in: Option<Moment>,
    pub deactivated: bool,
    pub erasure_on: Option<CalendarDay>,
    pub by_retention: bool,
    /// A coach's office (the coaches of one office share employers and job leads).
    pub office: String,
}

/// One line of the admins' log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogLine {
    pub at: Moment,
    /// `None`: the server's daily task.
    pub actor: Option<String>,
    pub action: AccountAction,
    pub subject: UserId,
    pub subject_name: String,
    pub reason: String,
}

/// What was done to an account, for the admins' log. Never the values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum AccountAction {
    Moved,
    Deactivated,
    Reactivated,
    ErasureAsked,
    ErasureWithdrawn,
    Erased,
    RetentionListed,
    Kept,
    /// The person signed in again while listed by retention: the listing ended.
    Returned,
}

impl AccountAction {
    pub const ALL: [AccountAction; 9] = [
        AccountAction::Moved,
        AccountAction::Deactivated,
        AccountAction::Reactivated,
        AccountAction::ErasureAsked,
        AccountAction::ErasureWithdrawn,
        AccountAction::Erased,
        AccountAction::RetentionListed,
        AccountAction::Kept,
        AccountAction::Returned,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AccountAction::Moved => "moved",
            AccountAction::Deactivated => "deactivated",
            AccountAction::Reactivated => "reactivated",
            AccountAction::ErasureAsked => "erasure_asked",
            AccountAction::ErasureWithdrawn => "erasure_withdrawn",
            AccountAction::Erased => "erased",
            AccountAction::RetentionListed => "retention_listed",
            AccountAction::Kept => "kept",
            AccountAction::Returned => "returned",
        }
    }

    pub fn parse(s: &str) -> Option<AccountAction> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    pub fn key(self) -> Key {
        match self {
            AccountAction::Moved => Key::ActionMoved,
            AccountAction::Deactivated => Key::ActionDeactivated,
            AccountAction::Reactivated => Key::ActionReactivated,
            AccountAction::ErasureAsked => Key::ActionErasureAsked,
            AccountAction::ErasureWithdrawn => Key::ActionErasureWithdrawn,
            AccountAction::Erased => Key::ActionErased,
            AccountAction::RetentionListed => Key::ActionRetentionListed,
            AccountAction::Kept => Key::ActionKept,
            AccountAction::Returned => Key::ActionReturned,
        }
    }
}

/// A waiting erasure, for the admins' list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitingLine {
    pub id: UserId,
    pub display_name: String,
    pub on: CalendarDay,
    pub by_retention: bool,
}

/// What a participant's home page says about their account, once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountNews {
    /// Their new coach's name: an admin moved them and their shares ended.
    pub new_coach: Option<String>,
    /// They came back while listed for erasure after inactivity: the account is kept.
    pub kept_on_return: bool,
}

/// Whether `typed` confirms the erasure of `name`: the same name, whatever the case or the
/// spaces around it.
pub fn confirms(typed: &str, name: &str) -> bool {
    let typed = typed.trim();
    !typed.is_empty() && typed.to_lowercase() == name.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_confirmation_is_the_name_typed_again() {
        assert!(confirms(" amal ahmed ", "Amal Ahmed"));
        assert!(confirms("ÅSA ÖBERG", "Åsa Öberg"));
        assert!(!confirms("Amal", "Amal Ahmed"));
        assert!(!confirms("", ""));
        assert!(!confirms("   ", "   "));
    }
}
