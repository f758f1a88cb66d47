//! Storing CVs: the trait every engine implements, its records and outcomes.
//! The SQL is in `server/src/store/cv.rs`; the contract every implementation keeps is in
//! `server/tests/it/store/cv.rs`.
use crate::ids::{CvId, UserId};
use crate::ssr::store::StoreError;
use async_trait::async_trait;

/// A stored CV version. `document` is the JSON of `crate::cv::model::Cv`; this layer
/// does not look inside it.
#[derive(Clone, Debug)]
pub struct CvRecord {
    pub id: CvId,
    pub owner_id: UserId,
    pub is_main: bool,
    pub document: String,
    pub updated_at: i64,
    /// Bumped by every save; a save names the revision it started from.
    pub revision: i64,
}

/// What became of a CV save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CvUpdate {
    /// Stored; the CV's new revision.
    Saved(i64),
    /// Another save came first: read the newer document and apply the change again.
    Stale,
    /// No such CV of this owner.
    NotFound,
}

/// A new entry's draft (the random token of its form) as the store knows it. A new entry's
/// first save adds it; every later save with the same token (autosave while the first is
/// on its way, the leave-page beacon, a double tap), on whichever instance, updates the
/// entry it became instead of adding it again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftClaim {
    /// This save is the first: add the entry, then `keep_draft` (or `release_draft`).
    First,
    /// Saved before: the entry's position and headline then (checked before updating).
    Saved(usize, String),
    /// The first save of it is under way: ask again in a moment.
    Busy,
}

/// How long a first save may hold its draft before another save takes over (seconds).
pub const DRAFT_HELD_FOR: i64 = 10;
/// How long a draft's entry is found again (seconds); the form is long gone by then.
pub const DRAFT_KEPT_FOR: i64 = 60 * 60;

/// CVs: each participant's versions, stored whole.
#[async_trait]
pub trait CvStore: Send + Sync {
    /// The owner's CVs, the main one first, then the most recently changed.
    async fn list_cvs(&self, owner: UserId) -> Result<Vec<CvRecord>, StoreError>;

    async fn find_cv(&self, id: CvId) -> Result<Option<CvRecord>, StoreError>;

    /// Adds a CV unless the owner already has `max`; the owner's first CV becomes the main
    /// one. Counting and inserting are one transaction. `None`: the limit was reached.
    async fn create_cv(
        &self,
        owner: UserId,
        document: &str,
        now: i64,
        max: usize,
    ) -> Result<Option<CvId>, StoreError>;

    /// Replaces a CV's document if it is still at `revision` (compare-and-set).
    async fn update_cv(
        &self,
        id: CvId,
        owner: UserId,
        revision: i64,
        document: &str,
        now: i64,
    ) -> Result<CvUpdate, StoreError>;

    /// Makes `id` the owner's main CV (and no other); `false` when it is not theirs.
    async fn set_main_cv(&self, id: CvId, owner: UserId) -> Result<bool, StoreError>;

    /// Deletes a CV; when it was the main one, the most recently changed other CV becomes
    /// main. `false` when no CV with that id belongs to `owner`.
    /// A share of this one CV ends with it, and the consent history records that at `now`.
    async fn delete_cv(&self, id: CvId, owner: UserId, now: i64) -> Result<bool, StoreError>;

    /// Claims the draft `token` of CV `cv` for a save at `now`: the first claim holds it
    /// until `keep_draft` or `release_draft` (or [`DRAFT_HELD_FOR`] seconds), one
    /// transaction, so two first saves at once never both add the entry. Drafts older
    /// than [`DRAFT_KEPT_FOR`] are forgotten.
    async fn claim_draft(&self, cv: CvId, token: &str, now: i64) -> Result<DraftClaim, StoreError>;

    /// The first save of the draft stored its entry at `index` with `headline`.
    async fn keep_draft(
        &self,
        cv: CvId,
        token: &str,
        index: usize,
        headline: &str,
        now: i64,
    ) -> Result<(), StoreError>;

    /// The draft's entry was not stored (or is gone): its next save adds it anew.
    async fn release_draft(&self, cv: CvId, token: &str) -> Result<(), StoreError>;
}
