//! Storing job development: the trait every engine implements, its records and outcomes.
//! The SQL is in `server/src/store/jobs.rs`; the contract every implementation keeps is in
//! `server/tests/it/store/jobs.rs`.
use super::{ContactHow, EmployerFields, LeadKind, OfferAnswer};
use crate::ids::{EmployerId, LeadId, OfferId, UserId};
use crate::ssr::store::StoreError;
use async_trait::async_trait;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmployerRecord {
    pub id: EmployerId,
    pub office: String,
    pub fields: EmployerFields,
    /// The day (`YYYY-MM-DD`) of the latest contact with the employer, if any.
    pub last_contact: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewContact {
    pub employer: EmployerId,
    pub coach: UserId,
    pub participant: Option<UserId>,
    /// A Stockholm calendar day, `YYYY-MM-DD`.
    pub day: String,
    pub how: ContactHow,
    pub note: String,
    pub at: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactRecord {
    pub employer: EmployerId,
    pub employer_name: String,
    pub coach: UserId,
    pub coach_name: String,
    pub participant: Option<(UserId, String)>,
    pub day: String,
    pub how: ContactHow,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeadRecord {
    pub id: LeadId,
    pub employer: EmployerId,
    pub employer_name: String,
    pub employer_place: String,
    pub office: String,
    pub kind: LeadKind,
    pub title: String,
    /// The `LeadDetails` document, as JSON.
    pub details: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfferRecord {
    pub id: OfferId,
    pub lead: LeadId,
    pub participant: UserId,
    pub participant_name: String,
    pub coach: UserId,
    pub coach_name: String,
    pub offered_at: i64,
    pub answer: Option<OfferAnswer>,
    pub comment: String,
    /// When a presentation to the employer was made on this offer.
    pub presented_at: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PresentationRecord {
    pub offer: OfferId,
    pub coach_name: String,
    pub employer_name: String,
    /// The `Shown` document, as JSON.
    pub shown: String,
    pub at: i64,
}

/// What became of a presentation asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentOutcome {
    Presented,
    /// The participant has not said yes to this lead (or took it back): nothing recorded.
    NoYes,
    /// This offer was presented already: the first record stands.
    Already,
}

/// An office's employers, contacts and leads, and the leads offered to participants.
#[async_trait]
pub trait JobStore: Send + Sync {
    /// The employers of `office`, by name.
    async fn employers(&self, office: &str) -> Result<Vec<EmployerRecord>, StoreError>;

    async fn employer(&self, id: EmployerId) -> Result<Option<EmployerRecord>, StoreError>;

    /// Adds an employer to `office`; `None` when the office has one of that name already.
    async fn add_employer(
        &self,
        office: &str,
        coach: UserId,
        fields: &EmployerFields,
        now: i64,
    ) -> Result<Option<EmployerId>, StoreError>;

    /// Changes an employer's details; false when another of the office has that name.
    async fn change_employer(
        &self,
        id: EmployerId,
        fields: &EmployerFields,
        now: i64,
    ) -> Result<bool, StoreError>;

    async fn add_contact(&self, contact: NewContact) -> Result<(), StoreError>;

    /// The contacts with an employer, newest first.
    async fn employer_contacts(
        &self,
        employer: EmployerId,
    ) -> Result<Vec<ContactRecord>, StoreError>;

    /// The days of `coach`'s contacts made `how`, on or after `from` (`YYYY-MM-DD`).
    async fn contact_days(
        &self,
        coach: UserId,
        how: ContactHow,
        from: &str,
    ) -> Result<Vec<String>, StoreError>;

    /// For each participant whose coach `coach` is: when their account was made and
    /// whether any employer contact was made for them.
    async fn caseload_contacted(
        &self,
        coach: UserId,
    ) -> Result<Vec<(UserId, String, i64, bool)>, StoreError>;

    async fn add_lead(
        &self,
        employer: EmployerId,
        coach: UserId,
        kind: LeadKind,
        title: &str,
        details: &str,
        now: i64,
    ) -> Result<LeadId, StoreError>;

    async fn lead(&self, id: LeadId) -> Result<Option<LeadRecord>, StoreError>;

    async fn employer_leads(&self, employer: EmployerId) -> Result<Vec<LeadRecord>, StoreError>;

    /// Offers a lead to a participant; false when it was offered to them already.
    async fn offer(
        &self,
        lead: LeadId,
        participant: UserId,
        coach: UserId,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// The offers of a lead, oldest first.
    async fn lead_offers(&self, lead: LeadId) -> Result<Vec<OfferRecord>, StoreError>;

    async fn offer_by_id(&self, id: OfferId) -> Result<Option<OfferRecord>, StoreError>;

    /// The leads offered to a participant, newest first.
    async fn participant_offers(&self, participant: UserId)
        -> Result<Vec<OfferRecord>, StoreError>;

    /// Records the participant's answer to an offer made to them; false when there is no
    /// such offer of theirs.
    async fn answer_offer(
        &self,
        offer: OfferId,
        participant: UserId,
        answer: OfferAnswer,
        comment: &str,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Records a presentation of the offer's participant to the employer, with what was
    /// shown; only on the participant's yes, which the database checks in the same write.
    async fn present(
        &self,
        offer: OfferId,
        coach: UserId,
        employer_name: &str,
        shown: &str,
        now: i64,
    ) -> Result<PresentOutcome, StoreError>;

    /// The presentations of a participant, newest first.
    async fn presentations(
        &self,
        participant: UserId,
    ) -> Result<Vec<PresentationRecord>, StoreError>;
}
