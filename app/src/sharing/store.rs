//! Storing sharing: the trait every engine implements, its records and outcomes.
//! The SQL is in `server/src/store/sharing.rs`; the contract every implementation keeps is in
//! `server/tests/it/store/sharing.rs`.
use crate::auth::Role;
use crate::ids::{CvId, UserId};
use crate::sharing::{ConsentChange, ReadHow, SharedPart};
use crate::ssr::store::StoreError;
use async_trait::async_trait;

/// A share in force (or run out: `ends_at` has passed) of one part with one coach.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareRecord {
    pub part: SharedPart,
    /// For the CV: the one version shared; `None` shares every version.
    pub cv: Option<CvId>,
    /// The first instant (Unix seconds) the share no longer holds; `None`: until withdrawn.
    pub ends_at: Option<i64>,
    pub granted_at: i64,
}

impl ShareRecord {
    /// Whether the share holds at `now`.
    pub fn holds(&self, now: i64) -> bool {
        self.ends_at.is_none_or(|end| now < end)
    }
}

/// What a participant chose to share of one part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareGrant {
    pub cv: Option<CvId>,
    /// The shared CV's title as it was, for the consent history.
    pub cv_title: Option<String>,
    pub ends_at: Option<i64>,
}

/// One step of a participant's consent: what was shared (or withdrawn), with whom, when,
/// and which wording of the sharing page they were shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentEvent {
    pub coach_id: UserId,
    pub coach_name: String,
    pub part: SharedPart,
    pub cv: Option<CvId>,
    pub cv_title: Option<String>,
    pub ends_at: Option<i64>,
    pub wording_version: i64,
    pub change: ConsentChange,
    pub at: i64,
}

/// One read of a participant's data by a coach or an admin, as it is logged. Never a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAccess {
    pub reader: UserId,
    pub reader_role: Role,
    pub participant: UserId,
    pub part: SharedPart,
    pub how: ReadHow,
    pub cv: Option<CvId>,
    pub at: i64,
    pub request_id: String,
}

/// A logged read, with the reader's name as it is now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccessEntry {
    pub reader: UserId,
    pub reader_name: String,
    pub reader_role: Role,
    pub part: SharedPart,
    pub how: ReadHow,
    pub cv: Option<CvId>,
    pub at: i64,
    pub request_id: String,
}

/// Sharing with the coach: the shares in force, the consent history behind them, and the
/// log of who read what.
/// A CV its owner may share, as the share form lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareableCv {
    pub id: CvId,
    pub is_main: bool,
    /// The CV's JSON document, which carries its title.
    pub document: String,
}

#[async_trait]
pub trait SharingStore: Send + Sync {
    /// The participant's CVs, the main one first, then the most recently changed: what the
    /// share form offers to share.
    async fn shareable_cvs(&self, participant: UserId) -> Result<Vec<ShareableCv>, StoreError>;

    /// The participant's shares with `coach`, including run-out ones.
    async fn shares_of(
        &self,
        participant: UserId,
        coach: UserId,
    ) -> Result<Vec<ShareRecord>, StoreError>;

    /// Shares `part` with `coach` as `grant` says, or withdraws it (`None`), and records
    /// the consent event, in one transaction. `None` back: it was already so (a run-out
    /// share granted again counts as a new grant).
    async fn set_share(
        &self,
        participant: UserId,
        coach: UserId,
        part: SharedPart,
        grant: Option<ShareGrant>,
        wording_version: i64,
        now: i64,
    ) -> Result<Option<ConsentChange>, StoreError>;

    /// Withdraws every part shared with `coach`, in one transaction, each withdrawal a
    /// consent event; the parts that were shared back.
    /// `shares_of` for every participant whose coach `coach` is, in one read: what each
    /// shares or shared with them, by participant and part.
    async fn caseload_shares(
        &self,
        coach: UserId,
    ) -> Result<Vec<(UserId, ShareRecord)>, StoreError>;

    async fn stop_sharing(
        &self,
        participant: UserId,
        coach: UserId,
        wording_version: i64,
        now: i64,
    ) -> Result<Vec<SharedPart>, StoreError>;

    /// Every consent event of the participant, newest first.
    async fn consent_history(&self, participant: UserId) -> Result<Vec<ConsentEvent>, StoreError>;

    /// Appends one entry to the access log; a second entry for the same request, person,
    /// part and way of reading is the same read and is not added. There is no way to
    /// change or remove an entry.
    async fn log_access(&self, entry: NewAccess) -> Result<(), StoreError>;

    /// The participant's access log, newest first.
    async fn access_log(&self, participant: UserId) -> Result<Vec<AccessEntry>, StoreError>;
}
