//! What the data-rights feature keeps: erasure requests, the account actions' log, and the
//! reads the export and the admin's account pages need. Implemented per engine in
//! `server/src/store/rights.rs`; the contract is `server/tests/it/store/rights.rs`.
use crate::auth::Role;
use crate::ssr::store::{StoreError, UserId};
use async_trait::async_trait;

/// Why an erasure is waiting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErasureWhy {
    /// The person (or their coach or an admin for them) asked.
    Asked,
    /// The account was inactive for the organisation's retention period.
    Retention,
}

impl ErasureWhy {
    pub fn as_str(self) -> &'static str {
        match self {
            ErasureWhy::Asked => "asked",
            ErasureWhy::Retention => "retention",
        }
    }

    pub fn parse(s: &str) -> Option<ErasureWhy> {
        match s {
            "asked" => Some(ErasureWhy::Asked),
            "retention" => Some(ErasureWhy::Retention),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErasureRequest {
    pub person: UserId,
    pub why: ErasureWhy,
    pub asked_at: i64,
    pub erase_at: i64,
}

pub use super::AccountAction;

/// One line of the admins' log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionRecord {
    /// `None`: the server's own daily task.
    pub actor: Option<String>,
    pub action: AccountAction,
    pub subject: UserId,
    pub subject_name: String,
    pub reason: String,
    pub at: i64,
}

/// An account as the admin's account page and the erasure rules see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountState {
    pub id: UserId,
    pub display_name: String,
    pub role: Role,
    pub coach: Option<(UserId, String)>,
    pub signed_up: bool,
    pub created_at: i64,
    pub last_sign_in_at: Option<i64>,
    pub deactivated_at: Option<i64>,
    pub erased_at: Option<i64>,
    pub coach_changed_at: Option<i64>,
    pub returned_at: Option<i64>,
    pub kept_at: Option<i64>,
    pub erasure: Option<ErasureRequest>,
}

/// One table's rows about a person: each row its columns by name, as stored.
pub type Rows = Vec<serde_json::Map<String, serde_json::Value>>;

#[async_trait]
pub trait RightsStore: Send + Sync {
    /// Every row about `person`, table by table (the export's `tables`), in the order of
    /// the server's list of exported tables. Secrets (hashes) are left out.
    async fn export_rows(&self, person: UserId) -> Result<Vec<(String, Rows)>, StoreError>;

    /// The display names of `ids` (the people an export mentions).
    async fn names(&self, ids: &[i64]) -> Result<Vec<(i64, String)>, StoreError>;

    async fn account(&self, person: UserId) -> Result<Option<AccountState>, StoreError>;

    /// Participants whose name contains `query` (case-insensitively), at most `limit`,
    /// erased ones left out.
    async fn search_participants(
        &self,
        query: &str,
        limit: i64,
    ) -> Result<Vec<AccountState>, StoreError>;

    /// Asks for `person`'s erasure at `erase_at` (replacing a waiting request) and logs it.
    async fn ask_erasure(
        &self,
        person: UserId,
        by: Option<UserId>,
        why: ErasureWhy,
        now: i64,
        erase_at: i64,
    ) -> Result<(), StoreError>;

    /// Takes a waiting erasure back; `false` if none was waiting. Logged as `action`
    /// (`ErasureWithdrawn`, `Kept` with the admin's `reason`, or `Returned`).
    async fn withdraw_erasure(
        &self,
        person: UserId,
        by: Option<UserId>,
        action: AccountAction,
        reason: &str,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Erases `person` for good, in one transaction: their own data deleted, what the
    /// organisation keeps pseudonymised, future bookings cancelled, sessions ended. `false`
    /// if there is no such participant or they were erased already.
    async fn erase(&self, person: UserId, by: Option<UserId>, now: i64)
        -> Result<bool, StoreError>;

    /// Erasures whose grace period has ended by `now`.
    async fn due_erasures(&self, now: i64) -> Result<Vec<UserId>, StoreError>;

    /// Lists for erasure at `erase_at` every participant with no sign-in, no booking and no
    /// keeping since `inactive_since`, and nothing waiting; how many were listed.
    async fn list_inactive(
        &self,
        inactive_since: i64,
        now: i64,
        erase_at: i64,
    ) -> Result<u64, StoreError>;

    /// Waiting erasures, soonest first, with the person's name.
    async fn waiting_erasures(&self) -> Result<Vec<(ErasureRequest, String)>, StoreError>;

    /// Deactivates (`true`) or reactivates an account; `false` when it already was.
    /// Deactivation ends every session of the account at once.
    async fn set_deactivated(
        &self,
        person: UserId,
        by: UserId,
        deactivated: bool,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Moves a participant to `coach`: the shares with the old coach end (recorded in the
    /// consent history as withdrawn), bookings stay. `false` if nothing changed.
    async fn move_to_coach(
        &self,
        person: UserId,
        coach: UserId,
        by: UserId,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// The person has seen that their coach changed, or that they were kept on return.
    async fn seen_account_news(&self, person: UserId) -> Result<(), StoreError>;

    /// The newest `limit` lines of the admins' log.
    async fn actions(&self, limit: i64) -> Result<Vec<ActionRecord>, StoreError>;
}
