//! Storing outcomes: the trait every engine implements, its records and the report's counts.
//! The SQL is in `server/src/store/outcomes.rs`; the contract every implementation keeps is
//! in `server/tests/it/store/outcomes.rs`.
use super::{EventKind, EventValues};
use crate::ids::{OutcomeId, UserId};
use crate::ssr::store::StoreError;
use async_trait::async_trait;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeRecord {
    pub id: OutcomeId,
    pub person: UserId,
    pub kind: EventKind,
    pub values: EventValues,
    pub author: Option<UserId>,
    pub created_at: i64,
}

/// An earlier value of an event (`event` set) or of the start day (`event` `None`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryRecord {
    pub event: Option<OutcomeId>,
    pub values: EventValues,
    pub by_name: String,
    pub at: i64,
}

/// What job development recorded for a person, read for their timeline.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recorded {
    /// The day and employer of the first employer contact made for them.
    pub first_contact: Option<(String, String)>,
    /// Presentations made on their yes: when, and to which employer.
    pub presentations: Vec<(i64, String)>,
    /// Their applications that became an interview or an offer: when (the interview's time,
    /// else the last change), the employer, and whether it is an offer.
    pub applications: Vec<(i64, String, bool)>,
}

/// A report's period as the store counts it: the first and last Stockholm days
/// (`YYYY-MM-DD`) and the instants they begin and end (the end excluded).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bounds {
    pub from_day: String,
    pub to_day: String,
    pub from_at: i64,
    pub until_at: i64,
    /// A coach's caseload, or every participant.
    pub coach: Option<UserId>,
}

/// The counts a report is made of, all counted in SQL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub active: u64,
    pub new: u64,
    pub ended: u64,
    pub booked: u64,
    pub attended: u64,
    pub missed: u64,
    pub dropin: u64,
    /// Coaches counted for the visits: the one coach, or every open coach account.
    pub coaches: u64,
    /// Face-to-face employer visits by day (`YYYY-MM-DD`).
    pub visits_by_day: Vec<(String, u64)>,
    /// Of the participants who started in the period: how many had a first employer contact
    /// within 30 days, and how many they were.
    pub first_contact_in_time: (u64, u64),
    pub first_contacts: u64,
    /// Presentations made on a yes (job development's record).
    pub presented: u64,
    /// Recorded events by kind and sub-kind code.
    pub events: Vec<(EventKind, String, u64)>,
    /// Of the participants active in the period: how many had started competitive work by
    /// its end (no event ends a job; leaving the programme ends the count).
    pub competitive: (u64, u64),
    /// How many people's first job began in the period (on or after their start), and the
    /// median of their days from start to it.
    pub first_jobs: u64,
    pub median_days_to_job: Option<i64>,
}

#[async_trait]
pub trait OutcomeStore: Send + Sync {
    /// Records an event for `person`, by `author`.
    async fn record(
        &self,
        person: UserId,
        kind: EventKind,
        values: &EventValues,
        author: UserId,
        now: i64,
    ) -> Result<OutcomeId, StoreError>;

    async fn outcome(&self, id: OutcomeId) -> Result<Option<OutcomeRecord>, StoreError>;

    /// The events recorded for `person`, oldest day first.
    async fn outcomes(&self, person: UserId) -> Result<Vec<OutcomeRecord>, StoreError>;

    /// Corrects an event, keeping its earlier values in the history, in one transaction;
    /// false when the event is not `author`'s.
    async fn correct(
        &self,
        id: OutcomeId,
        values: &EventValues,
        author: UserId,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// The day `person` started in the programme.
    async fn started_on(&self, person: UserId) -> Result<Option<String>, StoreError>;

    /// Corrects the day `person` started, keeping the earlier one in the history.
    async fn correct_start(
        &self,
        person: UserId,
        day: &str,
        by: UserId,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Every earlier value of `person`'s events and start, newest first.
    async fn history(&self, person: UserId) -> Result<Vec<HistoryRecord>, StoreError>;

    /// What job development recorded for `person`; their applications only when
    /// `with_applications` (they share them).
    async fn recorded(
        &self,
        person: UserId,
        with_applications: bool,
    ) -> Result<Recorded, StoreError>;

    /// The report's counts for a period.
    async fn counts(&self, bounds: &Bounds) -> Result<Counts, StoreError>;
}
