//! Reminders on the phone: a participant turns them on for a device ("Påminn mig i
//! telefonen"), and the server sends them through the browser's push service (Web Push,
//! with VAPID): a day and two hours before a meeting or a workshop seat, when the coach
//! cancels or moves a meeting or puts out a workshop, and "Det är din tur nu" when the coach
//! calls them in the drop-in queue. Always in the person's own language, naming no other
//! person. Each reminder is a row, made once when it is due and sent by the server's
//! reminder task (`server::remind`); a device the push service calls gone is dropped.
//! Turning it on needs JavaScript (the browser's push subscription); seeing, stopping each
//! kind and removing a device are plain forms.
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod store;
use crate::auth::{RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{format_moment, t, tf, Key, Moment};
use crate::ids::DeviceId;
use crate::ui::{form, ErrorSummary, Page, Submit};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

mod api;
pub use api::*;
mod views;
pub use views::*;

/// What a reminder is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Kind {
    /// A meeting or workshop seat tomorrow (the same time the day before).
    Tomorrow,
    /// A meeting or workshop seat in two hours.
    Soon,
    /// The coach cancelled a meeting, or put out a workshop.
    Cancelled,
    /// The coach moved a meeting.
    Moved,
    /// The coach calls them in the drop-in queue.
    Turn,
    /// Practice for a Språkmål goal, at the hour they chose, on a day not practised yet.
    Practice,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Tomorrow,
        Kind::Soon,
        Kind::Cancelled,
        Kind::Moved,
        Kind::Turn,
        Kind::Practice,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Kind::Tomorrow => "tomorrow",
            Kind::Soon => "soon",
            Kind::Cancelled => "cancelled",
            Kind::Moved => "moved",
            Kind::Turn => "turn",
            Kind::Practice => "practice",
        }
    }

    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The setting that stops it.
    pub fn setting(self) -> Setting {
        match self {
            Kind::Tomorrow | Kind::Soon => Setting::Before,
            Kind::Cancelled | Kind::Moved => Setting::Changes,
            Kind::Turn => Setting::Turn,
            Kind::Practice => Setting::Practice,
        }
    }
}

/// The kinds a person can stop, one switch each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Setting {
    /// Before meetings and workshops.
    Before,
    /// When the coach cancels or moves a meeting.
    Changes,
    /// When it is their turn at drop-in.
    Turn,
    /// To practise for a Språkmål goal, at the hour chosen on the goal.
    Practice,
}

impl Setting {
    pub const ALL: [Setting; 4] = [
        Setting::Before,
        Setting::Changes,
        Setting::Turn,
        Setting::Practice,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Setting::Before => "before",
            Setting::Changes => "changes",
            Setting::Turn => "turn",
            Setting::Practice => "practice",
        }
    }

    pub fn from_code(code: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self) -> Key {
        match self {
            Setting::Before => Key::RemindersBefore,
            Setting::Changes => Key::RemindersChanges,
            Setting::Turn => Key::RemindersTurn,
            Setting::Practice => Key::RemindersPractice,
        }
    }
}

/// A device as the person's page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceView {
    pub id: DeviceId,
    pub label: String,
    pub added: Option<Moment>,
    /// When a reminder last reached it.
    pub reached: Option<Moment>,
}

/// What the reminders page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemindersView {
    pub devices: Vec<DeviceView>,
    /// The settings the person stopped.
    pub stopped: Vec<Setting>,
    /// The server's VAPID public key (base64url), which a browser subscribes with.
    pub public_key: String,
}

/// The most devices one person gets reminders on.
pub const MAX_DEVICES: usize = 10;

/// The longest push address the portal keeps (push services' are about 200 characters).
pub const MAX_ENDPOINT: usize = 1000;

/// A short name for a device from its browser's user agent, so the person can tell their
/// devices apart ("Android", "iPhone"); never the whole string.
pub fn device_label(user_agent: &str) -> &'static str {
    let ua = user_agent.to_ascii_lowercase();
    [
        ("iphone", "iPhone"),
        ("ipad", "iPad"),
        ("android", "Android"),
        ("windows", "Windows"),
        ("mac os", "Mac"),
        ("cros", "ChromeOS"),
        ("linux", "Linux"),
    ]
    .into_iter()
    .find(|(needle, _)| ua.contains(needle))
    .map(|(_, label)| label)
    .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_go_both_ways() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_code(kind.code()), Some(kind));
        }
        for setting in Setting::ALL {
            assert_eq!(Setting::from_code(setting.code()), Some(setting));
        }
        assert_eq!(Kind::from_code("x"), None);
    }

    #[test]
    fn devices_are_named_by_their_system_alone() {
        let android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131";
        assert_eq!(device_label(android), "Android");
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Safari/604.1";
        assert_eq!(device_label(iphone), "iPhone");
        assert_eq!(device_label("curl/8"), "");
    }
}
