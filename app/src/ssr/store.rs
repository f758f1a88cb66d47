//! The persistence boundary. Server functions reach stored data only through store traits,
//! one per feature and kept beside it (`booking::store::BookingStore`, `cv::store::CvStore`,
//! …); this module holds what all of them share: [`StoreError`], [`Stores`] (where a feature
//! finds its store) and the accounts ([`AccountStore`]) every request needs to know who asks.
//! The implementations live in the `server` crate (`server/src/store/<feature>.rs`), and the
//! contract tests in `server/tests/it/store/` say what every implementation must do.
use crate::auth::Role;
pub use crate::ids::{BookingId, EmployerId, GoalId, GroupId, LeadId, NoteId, OfferId, OutcomeId};
pub use crate::ids::{CvId, InvitationId, UserId};
use async_trait::async_trait;
use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::Arc;

/// A failure of the storage layer itself. Never shown to people; logged and turned into
/// `AppError::Internal`.
#[derive(Debug)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

/// A store that fails is an internal error: logged, and said to people in no detail.
impl From<StoreError> for crate::error::AppError {
    fn from(error: StoreError) -> Self {
        super::internal(error)
    }
}

/// Every feature's store, found by its trait. The server registers one implementation of
/// each at start-up ([`Stores::with`]); a feature asks for its own
/// (`state.store.of::<dyn BookingStore>()`), so this layer names no feature.
#[derive(Default)]
pub struct Stores(HashMap<TypeId, Box<dyn Any + Send + Sync>>);

impl Stores {
    /// Registers `store` as the implementation of `S` (a `dyn` store trait).
    pub fn with<S: ?Sized + Send + Sync + 'static>(mut self, store: Arc<S>) -> Self {
        self.0.insert(TypeId::of::<Arc<S>>(), Box::new(store));
        self
    }

    /// The implementation of `S`; an internal error when the server registered none.
    pub fn of<S: ?Sized + Send + Sync + 'static>(&self) -> Result<Arc<S>, StoreError> {
        self.0
            .get(&TypeId::of::<Arc<S>>())
            .and_then(|store| store.downcast_ref::<Arc<S>>())
            .cloned()
            .ok_or_else(|| StoreError(format!("no store {}", std::any::type_name::<S>())))
    }
}

#[derive(Clone, Debug)]
pub struct UserRecord {
    pub id: UserId,
    /// `None` until the person has accepted their invitation.
    pub login: Option<String>,
    pub display_name: String,
    pub role: Role,
    pub password_hash: Option<String>,
    pub coach_id: Option<UserId>,
    /// Unix seconds of the last sign-in (or acceptance), shown to the person's coach.
    pub last_sign_in_at: Option<i64>,
    /// Sessions of another epoch have ended (a password reset moves it on).
    pub session_epoch: i64,
    /// An admin has deactivated the account: no session holds and sign-in is refused.
    pub deactivated: bool,
}

/// A person about to be invited: the account exists from the start so that a coach sees
/// them in the caseload while the invitation is still open.
#[derive(Clone, Debug)]
pub struct NewPerson {
    pub display_name: String,
    pub role: Role,
    pub coach_id: Option<UserId>,
    pub created_by: Option<UserId>,
}

#[derive(Clone, Debug)]
pub struct PersonSummary {
    pub id: UserId,
    pub display_name: String,
    pub active: bool,
}

/// The longest office name, in characters (the database says the same).
pub const OFFICE_MAX: usize = 100;

/// People and their accounts.
#[async_trait]
pub trait AccountStore: Send + Sync {
    async fn find_user(&self, id: UserId) -> Result<Option<UserRecord>, StoreError>;

    /// Looks a login up case-insensitively.
    async fn find_user_by_login(&self, login: &str) -> Result<Option<UserRecord>, StoreError>;

    /// Inserts or updates an account with a known login and password (demo data, the
    /// command line).
    async fn upsert_account(
        &self,
        person: NewPerson,
        login: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<UserId, StoreError>;

    async fn list_people(&self, role: Role) -> Result<Vec<PersonSummary>, StoreError>;

    async fn list_caseload(&self, coach: UserId) -> Result<Vec<PersonSummary>, StoreError>;

    /// Notes a sign-in, for the person's coach to see. A sign-in is activity: a listing for
    /// erasure by retention ends with it (and the person's home page says so once).
    async fn record_sign_in(&self, id: UserId, now: i64) -> Result<(), StoreError>;

    /// Withdraws the open password codes of `person` (they signed in with their password).
    async fn withdraw_password_codes(&self, person: UserId, now: i64) -> Result<(), StoreError>;

    /// The office a coach works from ('' until an admin names one).
    async fn office(&self, id: UserId) -> Result<String, StoreError>;

    /// Sets the office a coach works from.
    async fn set_office(&self, id: UserId, office: &str) -> Result<(), StoreError>;

    /// The language the person last used the portal in, which words sent without a page
    /// (a reminder) speak.
    async fn set_locale(&self, id: UserId, locale: crate::i18n::Locale) -> Result<(), StoreError>;

    /// Every office named so far, by name (for the admin's list to choose from).
    async fn offices(&self) -> Result<Vec<String>, StoreError>;
}
