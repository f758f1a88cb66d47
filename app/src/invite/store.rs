//! Storing invitations: the trait every engine implements, its records and outcomes.
//! The SQL is in `server/src/store/invite.rs`; the contract every implementation keeps is in
//! `server/tests/it/store/invite.rs`.
use crate::auth::Role;
use crate::ids::{InvitationId, UserId};
use crate::invite::Purpose;
use crate::ssr::store::StoreError;
use crate::ssr::store::{NewPerson, UserRecord};
use async_trait::async_trait;

/// The hashes of an invitation's secrets; the secrets themselves are never stored.
#[derive(Clone, Debug)]
pub struct NewInvitation {
    pub token_hash: String,
    pub code_hash: String,
    pub expires_at: i64,
}

#[derive(Clone, Debug)]
pub struct InvitationRecord {
    pub id: InvitationId,
    pub user_id: UserId,
    pub display_name: String,
    pub role: Role,
    pub purpose: Purpose,
    /// The account's login, once it has one.
    pub login: Option<String>,
    pub expires_at: i64,
    /// Used, withdrawn, or no longer fitting the account (an invitation to an account
    /// that exists, a reset of one that does not).
    pub used: bool,
}

/// Why an invitation could not be accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AcceptRefusal {
    /// Unknown, expired, withdrawn or already used: the person is told the same for all.
    InvitationInvalid,
    LoginTaken,
}

/// Invitations: how an account gets its login and password.
#[async_trait]
pub trait InvitationStore: Send + Sync {
    /// Creates a pending account and its first invitation in one transaction.
    async fn create_invited_person(
        &self,
        person: NewPerson,
        invitation: NewInvitation,
        now: i64,
    ) -> Result<UserId, StoreError>;

    async fn find_invitation(
        &self,
        secret_hash: &str,
    ) -> Result<Option<InvitationRecord>, StoreError>;

    /// Sets the login and password of the invitation's account and uses the invitation up,
    /// atomically: of two concurrent acceptances exactly one succeeds. An invitation that
    /// has expired by `now` is refused.
    async fn accept_invitation(
        &self,
        secret_hash: &str,
        login: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Result<UserRecord, AcceptRefusal>, StoreError>;

    /// The newest invitation or reset of `person` that can still be used at `now`.
    async fn open_invitation_of(
        &self,
        person: UserId,
        now: i64,
    ) -> Result<Option<InvitationRecord>, StoreError>;

    /// A new invitation for a person who has not made their account yet; every earlier
    /// one stops working. `false` (and nothing changes) once the account exists.
    async fn reissue_invitation(
        &self,
        person: UserId,
        invitation: NewInvitation,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Takes back the invitation of a person who has not made their account yet: the
    /// pending account and its invitations are deleted. `false` once the account exists.
    async fn withdraw_invitation(&self, person: UserId) -> Result<bool, StoreError>;

    /// A one-time secret with which an existing account's owner chooses a new password;
    /// earlier open ones stop working. `false` when the account does not exist yet.
    async fn issue_reset(
        &self,
        person: UserId,
        reset: NewInvitation,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Sets a new password with an open reset secret and uses the secret up; the account's
    /// session epoch moves on, so every session it had ends.
    async fn accept_reset(
        &self,
        secret_hash: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Result<UserRecord, AcceptRefusal>, StoreError>;

    /// When no administrator has signed up yet, withdraws any open start-up invitation and
    /// issues a new one; returns `false` (and changes nothing) once an admin exists.
    async fn reissue_first_admin_invitation(
        &self,
        display_name: &str,
        invitation: NewInvitation,
        now: i64,
    ) -> Result<bool, StoreError>;
}
