//! Storing language-practice goals: the trait every engine implements, its records and outcomes.
//! The SQL is in `server/src/store/goals.rs`; the contract every implementation keeps is in
//! `server/tests/it/store/goals.rs`.
use crate::goals::{GoalStatus, PauseReason};
use crate::ids::{GoalId, UserId};
use crate::ssr::store::StoreError;
use async_trait::async_trait;

/// A language-practice goal as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalRecord {
    pub id: GoalId,
    pub owner_id: UserId,
    pub fields: GoalFields,
    pub status: GoalStatus,
    /// The day it was set (`YYYY-MM-DD`): practice counts from here.
    pub start_day: String,
    /// The day it was reached or dropped.
    pub ended_day: Option<String>,
}

/// What the participant writes about a goal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalFields {
    pub what: String,
    /// Times a week, 1–7.
    pub per_week: u8,
    /// The last day (`YYYY-MM-DD`), if any.
    pub until: Option<String>,
    pub workplace: String,
    pub supervisor: String,
    /// The Stockholm hour (0–23) to be reminded to practise on the phone, if asked for.
    pub remind_hour: Option<u8>,
}

/// One day of practice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PracticeEntry {
    pub day: String,
    pub minutes: Option<u16>,
    pub note: String,
    /// When it was first logged (ignored when logging: the store's `now` counts).
    pub logged_at: i64,
}

/// A pause: from `from` up to, not including, `to` (`None` while it lasts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pause {
    pub from: String,
    pub to: Option<String>,
    pub reason: PauseReason,
}

/// Language-practice goals: the participant's own, never another's.
/// A goal with what a caseload shows of it: the days practised from a given day on, and
/// every pause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalHistory {
    pub goal: GoalRecord,
    /// Days practised (`YYYY-MM-DD`) from the day asked for on, oldest first.
    pub practised: Vec<String>,
    pub pauses: Vec<Pause>,
}

#[async_trait]
pub trait GoalStore: Send + Sync {
    /// Sets a new goal, unless the owner already has `max_active` goals that are active or
    /// paused (`None` then); one write transaction.
    async fn create_goal(
        &self,
        owner: UserId,
        fields: &GoalFields,
        start_day: &str,
        max_active: usize,
        now: i64,
    ) -> Result<Option<GoalId>, StoreError>;

    /// Changes what an active or paused goal of `owner` says; `false` otherwise.
    async fn update_goal(
        &self,
        id: GoalId,
        owner: UserId,
        fields: &GoalFields,
    ) -> Result<bool, StoreError>;

    /// The owner's goals, newest first.
    async fn goals(&self, owner: UserId) -> Result<Vec<GoalRecord>, StoreError>;

    async fn find_goal(&self, id: GoalId) -> Result<Option<GoalRecord>, StoreError>;

    /// Logs practice on a day of a goal of `owner` (`false`: not theirs). A day is one entry
    /// however the requests race; logging it again adds the minutes or note sent then.
    async fn log_practice(
        &self,
        id: GoalId,
        owner: UserId,
        entry: &PracticeEntry,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// The goal's practice, oldest first.
    async fn practice(&self, id: GoalId) -> Result<Vec<PracticeEntry>, StoreError>;

    /// The goal's pauses, oldest first.
    /// Every goal of every participant whose coach `coach` is, with the days practised from
    /// `since_day` on and the goal's pauses: a caseload's practice in three reads, not three
    /// a goal.
    async fn caseload_goals(
        &self,
        coach: UserId,
        since_day: &str,
    ) -> Result<Vec<GoalHistory>, StoreError>;

    async fn pauses(&self, id: GoalId) -> Result<Vec<Pause>, StoreError>;

    /// Pauses an active goal of `owner` from `day`; `false` when it was not active.
    async fn pause_goal(
        &self,
        id: GoalId,
        owner: UserId,
        day: &str,
        reason: PauseReason,
    ) -> Result<bool, StoreError>;

    /// Takes a paused goal of `owner` up again from `day`; `false` when it was not paused.
    async fn resume_goal(&self, id: GoalId, owner: UserId, day: &str) -> Result<bool, StoreError>;

    /// Marks a goal of `owner` reached or dropped on `day` (a pause still open ends then).
    async fn end_goal(
        &self,
        id: GoalId,
        owner: UserId,
        status: GoalStatus,
        day: &str,
    ) -> Result<bool, StoreError>;
}
