//! Group workshops and drop-in hours. A coach publishes a workshop (a title, a time, seats)
//! or a drop-in window (a time and a place, first come first served). A participant books
//! a workshop seat like a meeting (it is then a booking: listed, cancelled, put in a
//! calendar, marked attended), or joins the drop-in queue from their phone on the day and
//! sees their place; the coach calls the next person.
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
use super::{needs_from, MAX_FUTURE_BOOKINGS};
use super::{query_flag, status_panel, when_text, When, NEEDS};
use crate::auth::{RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{t, tf, tp, Key};
use crate::ids::{BookingId, GroupId};
use crate::ui::{form, form_action, ErrorSummary, Page, Submit, TextField};
#[cfg(feature = "ssr")]
use crate::{
    booking::group::store::GroupStore,
    booking::store::BookingStore,
    error::{FieldProblem, Invalid},
};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod api;
pub use api::*;
mod views;
pub use views::*;

/// What a coach holds for more than one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GroupKind {
    /// A set time with a set number of seats, booked ahead.
    Workshop,
    /// A window at a place; people queue on the day.
    DropIn,
}

impl GroupKind {
    pub const ALL: [GroupKind; 2] = [GroupKind::Workshop, GroupKind::DropIn];

    pub fn code(self) -> &'static str {
        match self {
            GroupKind::Workshop => "workshop",
            GroupKind::DropIn => "dropin",
        }
    }

    pub fn parse(code: &str) -> Option<GroupKind> {
        GroupKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn label(self) -> Key {
        match self {
            GroupKind::Workshop => Key::GroupWorkshop,
            GroupKind::DropIn => Key::GroupDropIn,
        }
    }
}

/// A workshop or drop-in window as the pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupView {
    pub id: GroupId,
    pub kind: GroupKind,
    pub title: String,
    pub when: When,
    pub place: String,
    pub seats: Option<u32>,
    pub taken: u32,
    pub waiting: u32,
    pub cancelled: bool,
    pub cancel_reason: String,
    /// The coach may still cancel it: a workshop before it begins, a drop-in before it ends.
    pub cancellable: bool,
}

impl GroupView {
    /// The title the coach gave it, or its kind ("Drop-in").
    pub fn name(&self) -> String {
        if self.title.is_empty() {
            t(self.kind.label()).to_string()
        } else {
            self.title.clone()
        }
    }

    pub fn seats_left(&self) -> u32 {
        self.seats.unwrap_or(0).saturating_sub(self.taken)
    }
}

/// Where the signed-in participant is in a drop-in queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Place {
    NotInQueue,
    Waiting(u32),
    Called,
    /// Their turn is over.
    Done,
}

/// The sentence that tells a participant where they are in the queue.
pub fn place_text(place: Place) -> String {
    match place {
        Place::NotInQueue => t(Key::QueueNotIn).to_string(),
        Place::Waiting(n) => tf(Key::QueuePlace, &[("place", &n.to_string())]),
        Place::Called => t(Key::QueueCalled).to_string(),
        Place::Done => t(Key::QueueDone).to_string(),
    }
}

#[cfg(feature = "ssr")]
pub(crate) mod server;

/// A person in the queue, as the coach sees them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InQueue {
    pub name: String,
    /// When they joined ("13:05").
    pub joined: String,
    pub called: bool,
}

/// One workshop or drop-in window, for its coach: who has a seat, or who is in the queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupInfo {
    pub group: GroupView,
    /// Each seat: the booking, the person, the arrangements asked for (codes).
    pub seats: Vec<(BookingId, String, String)>,
    pub queue: Vec<InQueue>,
    /// Who is called now (the "call next" form names them, so a second tap skips nobody).
    pub called: Option<crate::ids::UserId>,
}

/// The coming workshops of the participant's own coach, and the seats they hold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopOffer {
    pub workshops: Vec<GroupView>,
    /// Seats held: the workshop and the booking.
    pub mine: Vec<(GroupId, BookingId)>,
}

/// Drop-in windows of the participant's own coach: today's with the queue, and the next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DropIns {
    /// Today's windows that take people now, with where the participant is.
    pub open: Vec<(GroupView, Place)>,
    /// Later windows (and today's not taking people any more are left out).
    pub later: Vec<GroupView>,
    /// Windows not yet over that the coach cancelled, with the reason.
    pub cancelled: Vec<GroupView>,
}

fn group_param() -> Option<GroupId> {
    use_params_map()
        .read_untracked()
        .get("id")
        .and_then(|s| s.parse().ok())
}

#[cfg(feature = "hydrate")]
mod client {
    use leptos::prelude::*;
    use std::time::Duration;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    /// Often enough to be told one's turn in time, seldom enough to cost nothing.
    const EVERY: Duration = Duration::from_secs(10);

    pub fn attach() {
        let _ = set_interval_with_handle(|| leptos::task::spawn_local(refresh()), EVERY);
    }

    /// The whole screen follows the queue line: called, an alert says it at once, the
    /// card's heading and the page's title say it and the waiting count and "in the queue"
    /// note go; no longer called (the turn is over), heading and title are as before.
    fn called(line: &web_sys::Element, text: &str, called: bool) {
        let attribute = |name: &str| line.get_attribute(name).unwrap_or_default();
        let title = if called {
            attribute("data-called-title")
        } else {
            attribute("data-title")
        };
        let Ok(Some(card)) = line.closest(".card") else {
            return;
        };
        let was_called = card.class_list().contains("called");
        if called == was_called {
            return;
        }
        if called {
            let _ = card.class_list().add_1("called");
            if let Ok(Some(alert)) = card.query_selector("[data-alert]") {
                alert.set_text_content(Some(text));
            }
            if let Ok(Some(waiting)) = card.query_selector("[data-waiting]") {
                waiting.remove();
            }
            if let Ok(Some(note)) = document().query_selector("[data-queue-note]") {
                note.remove();
            }
        } else {
            let _ = card.class_list().remove_1("called");
            if let Ok(Some(alert)) = card.query_selector("[data-alert]") {
                alert.set_text_content(None);
            }
        }
        if let Ok(Some(heading)) = card.query_selector("h2") {
            let when = heading.get_attribute("data-when").unwrap_or_default();
            heading.set_text_content(Some(if called { text } else { &when }));
        }
        let page = document().title();
        let app = page.rsplit_once(" – ").map_or("", |(_, app)| app);
        document().set_title(&format!("{title} – {app}"));
    }

    async fn refresh() {
        let Ok(lines) = document().query_selector_all("[data-poll]") else {
            return;
        };
        for i in 0..lines.length() {
            let Some(line) = lines
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let Some(url) = line.get_attribute("data-poll") else {
                continue;
            };
            let Ok(response) = JsFuture::from(window().fetch_with_str(&url)).await else {
                continue;
            };
            let Ok(response) = response.dyn_into::<web_sys::Response>() else {
                continue;
            };
            if !response.ok() {
                continue;
            }
            let Ok(promise) = response.text() else {
                continue;
            };
            let text = JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_string());
            // Only a change is written, so a screen reader says it once.
            if let Some(text) = text.filter(|t| line.text_content().as_deref() != Some(t.as_str()))
            {
                let now_called =
                    line.get_attribute("data-called").as_deref() == Some(text.as_str());
                called(&line, &text, now_called);
                line.set_text_content(Some(&text));
            }
        }
    }
}
