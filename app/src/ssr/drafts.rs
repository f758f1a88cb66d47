//! New CV entries and their second save. A new entry's form carries a random `draft`
//! token; its first save adds the entry, and any later save with the same token (autosave
//! while the first is on its way, the leave-page beacon, a double tap) updates that entry
//! instead of adding it again. Saves of one draft run one at a time.
use super::store::{CvId, UserId};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A draft's entry is found again for this long; the form is long gone by then.
const KEPT_FOR: Duration = Duration::from_secs(60 * 60);
const MAX_DRAFTS: usize = 50_000;

/// The entry a draft became: its index and headline (checked again before updating it).
type Slot = Arc<tokio::sync::Mutex<Option<(usize, String)>>>;

/// (person, CV, draft token).
type DraftKey = (UserId, CvId, String);

#[derive(Default)]
pub struct Drafts {
    slots: Mutex<HashMap<DraftKey, (Slot, Instant)>>,
}

impl Drafts {
    /// The slot of one draft of one CV of one person: lock it for the save; it holds the
    /// entry's index once the first save has added it.
    pub fn slot(&self, user: UserId, cv: CvId, draft: &str) -> Slot {
        let now = Instant::now();
        let Ok(mut slots) = self.slots.lock() else {
            return Slot::default();
        };
        if slots.len() >= MAX_DRAFTS {
            slots.retain(|_, (_, at)| now.duration_since(*at) < KEPT_FOR);
            if slots.len() >= MAX_DRAFTS {
                slots.clear();
            }
        }
        slots
            .entry((user, cv, draft.to_string()))
            .or_insert_with(|| (Slot::default(), now))
            .0
            .clone()
    }
}

/// A token for a new entry's form: 128 random bits.
pub fn new_token() -> String {
    super::random_hex(16)
}
