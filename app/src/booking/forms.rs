//! Booking: reading what a form sent.
use super::*;

/// The arrangements ticked in a form (checkboxes named `need-CODE`), as stored: known
/// codes in the list's order, comma-separated.
pub fn needs_from(fields: &BTreeMap<String, String>) -> String {
    NEEDS
        .iter()
        .filter(|(code, _)| fields.contains_key(&format!("need-{code}")))
        .map(|(code, _)| *code)
        .collect::<Vec<_>>()
        .join(",")
}
