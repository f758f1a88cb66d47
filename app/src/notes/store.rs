//! Storing the coach's notes: the trait every engine implements, its records and outcomes.
//! The SQL is in `server/src/store/notes.rs`; the contract every implementation keeps is in
//! `server/tests/it/store/notes.rs`.
use crate::ids::{NoteId, UserId};
use crate::ssr::store::StoreError;
use async_trait::async_trait;

/// A coach's note about a participant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteRecord {
    pub id: NoteId,
    pub participant_id: UserId,
    pub coach_id: UserId,
    pub coach_name: String,
    pub body: String,
    /// Kept among coaches: never shown on the participant's pages.
    pub internal: bool,
    pub at: i64,
    /// When its author last changed it, if ever.
    pub changed_at: Option<i64>,
}

/// One change to a note: what it said before, who changed or removed it, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteChange {
    pub note: NoteId,
    pub by: UserId,
    pub at: i64,
    pub removed: bool,
    pub body_before: String,
    pub internal_before: bool,
}

/// Coaches' notes about participants.
#[async_trait]
pub trait NoteStore: Send + Sync {
    async fn add_note(
        &self,
        participant: UserId,
        coach: UserId,
        body: &str,
        internal: bool,
        now: i64,
    ) -> Result<(), StoreError>;

    /// The participant's notes, newest first; internal ones only when asked for. A removed
    /// note is not among them.
    async fn notes(
        &self,
        participant: UserId,
        with_internal: bool,
    ) -> Result<Vec<NoteRecord>, StoreError>;

    /// When the latest note (internal ones too, removed ones not) about each participant
    /// whose coach `coach` is was written, in one read; a person without notes is not there.
    async fn caseload_last_notes(&self, coach: UserId) -> Result<Vec<(UserId, i64)>, StoreError>;

    /// One note that has not been removed.
    async fn note(&self, id: NoteId) -> Result<Option<NoteRecord>, StoreError>;

    /// Changes a note `coach` wrote (and has not removed), keeping what it said before in
    /// its history, in one transaction. False when `coach` has no such note.
    async fn change_note(
        &self,
        id: NoteId,
        coach: UserId,
        body: &str,
        internal: bool,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Takes back a note `coach` wrote: shown to nobody from now on, what it said kept in
    /// its history. False when `coach` has no such note (or removed it already).
    async fn remove_note(&self, id: NoteId, coach: UserId, now: i64) -> Result<bool, StoreError>;

    /// Every change to the participant's notes, oldest first (for their export).
    async fn note_changes(&self, participant: UserId) -> Result<Vec<NoteChange>, StoreError>;
}
