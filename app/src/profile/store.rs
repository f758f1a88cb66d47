//! Storing the career profile's parts: the trait every engine implements, its records and outcomes.
//! The SQL is in `server/src/store/profile.rs`; the contract every implementation keeps is in
//! `server/tests/it/store/profile.rs`.
use crate::ids::UserId;
use crate::ssr::store::StoreError;
use async_trait::async_trait;

/// A part of the career profile, stored and shared on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfilePart {
    /// "Mina styrkor": strengths, interests, work goals, conditions.
    Strengths,
    /// The notes on earlier jobs: what worked, what did not, why it ended.
    History,
    /// "Mina språk": languages with their levels, SFI, where a language was used.
    Languages,
}

impl ProfilePart {
    pub fn code(self) -> &'static str {
        match self {
            ProfilePart::Strengths => "strengths",
            ProfilePart::History => "history",
            ProfilePart::Languages => "languages",
        }
    }

    /// Whether each saved version is kept, for "since the last meeting". The notes on
    /// earlier jobs keep none: a note removed is gone.
    pub fn keeps_revisions(self) -> bool {
        !matches!(self, ProfilePart::History)
    }
}

/// One saved version of a profile part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileRevision {
    pub revision: i64,
    pub document: String,
    pub saved_at: i64,
}

/// One stored part: its JSON document and the revision every save bumps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileRecord {
    pub document: String,
    pub revision: i64,
}

/// The career profile's parts: the participant's own.
#[async_trait]
pub trait ProfileStore: Send + Sync {
    /// The part as stored, or `None` before its first save.
    async fn profile_part(
        &self,
        owner: UserId,
        part: ProfilePart,
    ) -> Result<Option<ProfileRecord>, StoreError>;

    /// Stores `document` if the part is still at `revision` (0: never saved); `false` when
    /// another save came first (compare-and-set: read again and apply the change again).
    async fn save_profile_part(
        &self,
        owner: UserId,
        part: ProfilePart,
        revision: i64,
        document: &str,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// The versions of a part that keeps them, oldest first: the last one saved at or
    /// before `since` (what it was then), and every one saved after.
    async fn profile_revisions(
        &self,
        owner: UserId,
        part: ProfilePart,
        since: i64,
    ) -> Result<Vec<ProfileRevision>, StoreError>;
}
