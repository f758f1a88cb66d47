//! A coach's private calendar feed: their meetings, workshops and drop-in windows as an
//! iCalendar address with a long secret, for their own calendar app to subscribe to. The
//! address is shown once, when it is made; the coach can replace it or end it from
//! `/coach/calendar-feed`. Only the secret's hash is stored. Participants are named by first
//! name and initial, and the feed holds nothing they shared, so reading it is no one's
//! access-log entry; the coach's page shows when it was last fetched and how often.
#[cfg(feature = "ssr")]
pub mod store;
use crate::auth::{RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{format_moment, t, tf, tp, Key, Moment};
use crate::ui::{form, query_flag, status_panel, ErrorSummary, Page, Submit};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

mod api;
pub use api::*;
mod views;
pub use views::*;

/// The secret's length in random bytes (written as 64 hexadecimal digits).
pub const SECRET_BYTES: usize = 32;

/// How far back a feed reaches, in seconds: the last 60 days, and everything ahead.
pub const FEED_PAST: i64 = 60 * 86_400;

/// How long the address can be shown after it is made, in seconds.
pub const SHOWN_FOR: i64 = 10 * 60;

/// What the coach's page shows about their feed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedStatus {
    pub active: bool,
    pub created: Option<Moment>,
    /// When a calendar last fetched it, and how many times since it was made.
    pub read: Option<Moment>,
    pub reads: i64,
    /// The address, on the page right after it was made (the only time it is shown).
    pub address: Option<String>,
}

/// A participant as a coach's calendar names them: the first name and the last name's
/// initial ("Amina K."), so a calendar shared with a phone or a colleague shows no more.
pub fn short_name(full: &str) -> String {
    let mut words = full.split_whitespace();
    let first = words.next().unwrap_or_default();
    match words.next_back().and_then(|last| last.chars().next()) {
        Some(initial) => format!("{first} {initial}."),
        None => first.to_string(),
    }
}

/// The secret in a feed's file name (`<secret>.ics`), if it has the secret's shape.
pub fn secret_of(file: &str) -> Option<&str> {
    let secret = file.strip_suffix(".ics").unwrap_or(file);
    (secret.len() == SECRET_BYTES * 2
        && secret
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
    .then_some(secret)
}

/// The feed's address at `public_url`.
pub fn address(public_url: &str, secret: &str) -> String {
    format!("{}/calendar/{secret}.ics", public_url.trim_end_matches('/'))
}

/// The same address for calendar apps that subscribe when it is opened (`webcal:`).
pub fn webcal(address: &str) -> String {
    match address.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => address.to_string(),
    }
}

/// The address between "made" and "shown", sealed in the coach's session for them alone.
#[cfg(feature = "ssr")]
pub struct Shown(crate::ssr::seal::Sealer);

#[cfg(feature = "ssr")]
impl Shown {
    pub fn new(key: [u8; 32]) -> Self {
        Self(crate::ssr::seal::Sealer::new(key, b"vagval calendar feed"))
    }

    pub fn seal(&self, address: &str, coach: crate::ids::UserId, now: i64) -> Option<String> {
        self.0.seal((address, coach), now + SHOWN_FOR)
    }

    /// The address, if it was sealed for `coach` and may still be shown.
    pub fn open(&self, sealed: &str, coach: crate::ids::UserId, now: i64) -> Option<String> {
        let (address, owner): (String, crate::ids::UserId) = self.0.open(sealed, now)?;
        (owner == coach).then_some(address)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_participant_is_named_by_first_name_and_initial() {
        assert_eq!(short_name("Amina Kebede Hassan"), "Amina H.");
        assert_eq!(short_name("  Nour   Ali "), "Nour A.");
        assert_eq!(short_name("Nour"), "Nour");
        assert_eq!(short_name("نور علي"), "نور ع.");
        assert_eq!(short_name(""), "");
    }

    #[test]
    fn only_a_secret_shaped_name_is_looked_up() {
        let secret = "0123456789abcdef".repeat(4);
        assert_eq!(secret_of(&format!("{secret}.ics")), Some(secret.as_str()));
        assert_eq!(secret_of(&secret), Some(secret.as_str()));
        assert_eq!(secret_of(&secret.to_uppercase()), None);
        assert_eq!(secret_of(&secret[1..]), None);
        assert_eq!(secret_of("../etc/passwd"), None);
    }

    #[test]
    fn the_address_and_its_webcal_form() {
        let a = address("https://vagval.example/", "ab");
        assert_eq!(a, "https://vagval.example/calendar/ab.ics");
        assert_eq!(webcal(&a), "webcal://vagval.example/calendar/ab.ics");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_shown_address_opens_for_its_coach_alone_while_it_may_be_shown() {
        use crate::ids::UserId;
        let shown = Shown::new([3; 32]);
        let sealed = shown
            .seal("https://x/calendar/s.ics", UserId::new(4), 100)
            .expect("sealed");
        assert_eq!(
            shown.open(&sealed, UserId::new(4), 100).as_deref(),
            Some("https://x/calendar/s.ics")
        );
        assert!(shown.open(&sealed, UserId::new(5), 100).is_none());
        assert!(shown
            .open(&sealed, UserId::new(4), 100 + SHOWN_FOR)
            .is_none());
    }
}
