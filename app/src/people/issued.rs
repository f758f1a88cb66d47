//! Invitation secrets between "create" and "shown": only hashes are stored, so the issuer
//! sees the link and code once, on the page after creating the invitation. They are kept
//! here, in memory, never in the database (whose file, WAL and free pages outlive any row),
//! under a random handle that the issuer's session holds; they expire after a while and are
//! never shown once the invitation has been used.
use super::IssuedInvitation;
use crate::ids::UserId;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long the confirmation page can be reloaded.
pub const SHOWN_FOR: Duration = Duration::from_secs(30 * 60);
/// Bounded: every entry was made by a signed-in coach or admin, but still.
const MAX_ENTRIES: usize = 10_000;

struct Entry {
    issued: IssuedInvitation,
    /// The invited person's account, to check that the invitation is still open.
    user_id: UserId,
    until: Instant,
}

#[derive(Default)]
pub struct Issued {
    entries: Mutex<HashMap<String, Entry>>,
}

impl Issued {
    /// Keeps `issued` and returns the handle to put in the issuer's session.
    pub fn keep(&self, issued: IssuedInvitation, user_id: UserId) -> String {
        let handle = crate::ssr::random_hex(24);
        let now = Instant::now();
        if let Ok(mut entries) = self.entries.lock() {
            entries.retain(|_, e| e.until > now);
            if entries.len() >= MAX_ENTRIES {
                // Everything is younger than SHOWN_FOR; drop the oldest.
                if let Some(oldest) = entries
                    .iter()
                    .min_by_key(|(_, e)| e.until)
                    .map(|(k, _)| k.clone())
                {
                    entries.remove(&oldest);
                }
            }
            entries.insert(
                handle.clone(),
                Entry {
                    issued,
                    user_id,
                    until: now + SHOWN_FOR,
                },
            );
        }
        handle
    }

    /// The invitation behind `handle` and the account it is for, while it may be shown.
    pub fn get(&self, handle: &str) -> Option<(IssuedInvitation, UserId)> {
        let entries = self.entries.lock().ok()?;
        entries
            .get(handle)
            .filter(|e| e.until > Instant::now())
            .map(|e| (e.issued.clone(), e.user_id))
    }

    pub fn forget(&self, handle: &str) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(handle);
        }
    }
}
