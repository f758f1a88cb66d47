//! Storing the participant's job applications: the trait every engine implements, its
//! records. The SQL is in `server/src/store/applications.rs`; the contract every
//! implementation keeps is in `server/tests/it/store/applications.rs`.
use crate::applications::{ApplicationStatus, HowApplied};
use crate::ids::{ApplicationId, UserId};
use crate::ssr::store::StoreError;
use async_trait::async_trait;

/// What the participant writes about an application.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApplicationFields {
    pub employer: String,
    pub job: String,
    /// The Stockholm calendar day it was sent (`YYYY-MM-DD`): a day, never an instant, so
    /// that the month it counts in is the one the person saw on their calendar.
    pub applied_day: String,
    pub how: HowApplied,
    pub status: ApplicationStatus,
    /// The interview's start, Unix seconds.
    pub interview_at: Option<i64>,
}

/// An application as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApplicationRecord {
    pub id: ApplicationId,
    pub owner_id: UserId,
    pub fields: ApplicationFields,
    pub created_at: i64,
    pub updated_at: i64,
    /// 0 when added, one more with every change: the interview's calendar file's
    /// `SEQUENCE`.
    pub revision: i64,
}

/// Job applications: each participant's own.
#[async_trait]
pub trait ApplicationStore: Send + Sync {
    /// Adds an application, unless the owner already keeps `max` (`None` then); one write
    /// transaction, so that two at once never pass the limit.
    async fn add_application(
        &self,
        owner: UserId,
        fields: &ApplicationFields,
        max: usize,
        now: i64,
    ) -> Result<Option<ApplicationId>, StoreError>;

    /// The owner's applications, the latest day first (the latest added first within a
    /// day).
    async fn applications(&self, owner: UserId) -> Result<Vec<ApplicationRecord>, StoreError>;

    /// The owner's applications sent from `first_day` through `last_day` (`YYYY-MM-DD`,
    /// both included), oldest first (the first added first within a day).
    async fn applications_between(
        &self,
        owner: UserId,
        first_day: &str,
        last_day: &str,
    ) -> Result<Vec<ApplicationRecord>, StoreError>;

    async fn find_application(
        &self,
        id: ApplicationId,
    ) -> Result<Option<ApplicationRecord>, StoreError>;

    /// Changes an application of `owner`'s; `false` when they have no such application.
    async fn update_application(
        &self,
        id: ApplicationId,
        owner: UserId,
        fields: &ApplicationFields,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Removes an application of `owner`'s for good; `false` when they have no such
    /// application (or it is gone already).
    async fn remove_application(
        &self,
        id: ApplicationId,
        owner: UserId,
    ) -> Result<bool, StoreError>;
}
