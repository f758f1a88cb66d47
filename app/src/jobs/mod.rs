//! Job development, the half of Supported Employment that happens away from the desk: an
//! office's employers and every contact with them (face-to-face visits count towards the
//! IPS aim of six a week), job leads written in plain words, the coach's participants
//! matched to a lead from what each of them shares (every reason said, never a score), the
//! lead offered to a person, their answer, and a presentation to the employer only on their
//! yes, recorded as a consent record they see. Nothing about health, support needs or
//! background is ever among what is shown to an employer.
pub mod matching;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod week;

use crate::auth::{RequireRole, Role};
use crate::cv::cefr::Cefr;
use crate::error::AppError;
use crate::i18n::{format_day, format_moment, t, tf, CalendarDay, Key, Moment};
use crate::ids::{CvId, EmployerId, LeadId, OfferId, UserId};
use crate::ui::{form, radios, Checkbox, ErrorSummary, Page, Submit, TextField};
#[cfg(feature = "ssr")]
use crate::{
    error::{FieldProblem, Invalid},
    jobs::store::JobStore,
};
use leptos::prelude::*;
use matching::Why;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod api;
pub use api::*;
#[cfg(feature = "ssr")]
mod forms;
mod views;
pub use views::*;

/// The IPS fidelity scale's aim: six face-to-face employer contacts a week per coach.
pub const WEEKLY_AIM: u32 = 6;
/// A person who has had no employer contact this many days after starting is flagged (IPS:
/// a first employer contact within 30 days).
pub const FIRST_CONTACT_DAYS: i64 = 30;

/// How a coach was in contact with an employer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContactHow {
    /// Face to face, at the workplace or elsewhere: what IPS counts.
    Visit,
    Phone,
    Digital,
}

impl ContactHow {
    pub const ALL: [ContactHow; 3] = [ContactHow::Visit, ContactHow::Phone, ContactHow::Digital];

    pub fn code(self) -> &'static str {
        match self {
            ContactHow::Visit => "visit",
            ContactHow::Phone => "phone",
            ContactHow::Digital => "digital",
        }
    }

    pub fn parse(code: &str) -> Option<ContactHow> {
        ContactHow::ALL.into_iter().find(|h| h.code() == code)
    }

    pub fn name(self) -> Key {
        match self {
            ContactHow::Visit => Key::ContactHowVisit,
            ContactHow::Phone => Key::ContactHowPhone,
            ContactHow::Digital => Key::ContactHowDigital,
        }
    }
}

/// What a lead is: a job, work practice, or language practice at a workplace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LeadKind {
    Job,
    Praktik,
    Sprakpraktik,
}

impl LeadKind {
    pub const ALL: [LeadKind; 3] = [LeadKind::Job, LeadKind::Praktik, LeadKind::Sprakpraktik];

    pub fn code(self) -> &'static str {
        match self {
            LeadKind::Job => "job",
            LeadKind::Praktik => "praktik",
            LeadKind::Sprakpraktik => "sprakpraktik",
        }
    }

    pub fn parse(code: &str) -> Option<LeadKind> {
        LeadKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn name(self) -> Key {
        match self {
            LeadKind::Job => Key::LeadKindJob,
            LeadKind::Praktik => Key::LeadKindPraktik,
            LeadKind::Sprakpraktik => Key::LeadKindSprakpraktik,
        }
    }
}

/// A participant's answer to a lead offered to them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OfferAnswer {
    Yes,
    Later,
    No,
}

impl OfferAnswer {
    pub const ALL: [OfferAnswer; 3] = [OfferAnswer::Yes, OfferAnswer::Later, OfferAnswer::No];

    pub fn code(self) -> &'static str {
        match self {
            OfferAnswer::Yes => "yes",
            OfferAnswer::Later => "later",
            OfferAnswer::No => "no",
        }
    }

    pub fn parse(code: &str) -> Option<OfferAnswer> {
        OfferAnswer::ALL.into_iter().find(|a| a.code() == code)
    }

    /// The answer as the participant gives it ("Ja, jag vill").
    pub fn choice(self) -> Key {
        match self {
            OfferAnswer::Yes => Key::OfferAnswerYes,
            OfferAnswer::Later => Key::OfferAnswerLater,
            OfferAnswer::No => Key::OfferAnswerNo,
        }
    }

    /// The answer as the coach reads it ("Svarade ja").
    pub fn status(self) -> Key {
        match self {
            OfferAnswer::Yes => Key::OfferStatusYes,
            OfferAnswer::Later => Key::OfferStatusLater,
            OfferAnswer::No => Key::OfferStatusNo,
        }
    }
}

/// An employer's details: only work details of one contact person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployerFields {
    pub name: String,
    pub place: String,
    pub sector: String,
    pub contact_name: String,
    pub contact_phone: String,
    pub contact_email: String,
    /// What the employer needs, in the coach's words.
    pub needs: String,
}

/// An employer in the office's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployerLine {
    pub id: EmployerId,
    pub name: String,
    pub place: String,
    pub sector: String,
    pub last_contact: Option<CalendarDay>,
}

/// One contact with an employer as the pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactLine {
    pub day: CalendarDay,
    pub how: ContactHow,
    pub coach: String,
    pub employer: String,
    /// For whom, when it was for a participant.
    pub person: Option<String>,
    pub note: String,
}

/// A language a lead's tasks need, and the level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadLanguage {
    pub name: String,
    pub level: Cefr,
}

/// What a lead asks for, stored as one document beside its kind and title. The answers
/// use the codes of the participant's own conditions for success
/// (`strengths::catalogue::CHOICES` and `MEANS`), so that the two can be matched.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadDetails {
    /// The tasks, in plain words.
    #[serde(default)]
    pub tasks: String,
    /// `hours`, `physical`, `place`, `pace`, `company`: a code each, or absent.
    #[serde(default)]
    pub choices: BTreeMap<String, String>,
    /// Which times, when `hours` is `specific`.
    #[serde(default)]
    pub hours_note: String,
    /// Where the workplace is.
    #[serde(default)]
    pub location: String,
    /// How it can be reached: codes of `MEANS`.
    #[serde(default)]
    pub reach: Vec<String>,
    /// The earliest start, `YYYY-MM-DD`, or empty: at once.
    #[serde(default)]
    pub start: String,
    /// The workplace mentor or supervisor (praktik, språkpraktik).
    #[serde(default)]
    pub mentor: String,
    #[serde(default)]
    pub languages: Vec<LeadLanguage>,
}

/// The questions a lead answers, of the participant's conditions (travel time is the
/// person's own question; a lead says how it can be reached instead).
pub const LEAD_QUESTIONS: [&str; 5] = ["hours", "physical", "place", "pace", "company"];

/// A lead in an employer's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadLine {
    pub id: LeadId,
    pub title: String,
    pub kind: LeadKind,
}

/// An employer's page: details, contacts (newest first) and leads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployerView {
    pub id: EmployerId,
    pub fields: EmployerFields,
    pub contacts: Vec<ContactLine>,
    pub leads: Vec<LeadLine>,
}

/// What the contact form offers: the employer, today, and the coach's participants.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactForm {
    pub employer: EmployerId,
    pub employer_name: String,
    /// Today in Stockholm, `YYYY-MM-DD`.
    pub today: String,
    pub people: Vec<(UserId, String)>,
}

/// A lead as its page shows it to a coach of the office.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadView {
    pub id: LeadId,
    pub employer: EmployerId,
    pub employer_name: String,
    pub kind: LeadKind,
    pub title: String,
    pub details: LeadDetails,
    /// The coach's participants who share enough to be matched, best fit first.
    pub ranked: Vec<Ranked>,
    /// The coach's participants who share nothing the matching reads: ask them.
    pub silent: Vec<(UserId, String)>,
    /// Everyone the lead was offered to (by any coach of the office, their own people
    /// only shown by name to their coach).
    pub offers: Vec<OfferLine>,
}

/// One participant as matched to a lead: every reason and every mismatch, in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ranked {
    pub person: UserId,
    pub name: String,
    pub reasons: Vec<Why>,
    pub mismatches: Vec<Why>,
    pub offered: bool,
}

/// An offer of a lead, as its coach follows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferLine {
    pub id: OfferId,
    pub person: UserId,
    pub name: String,
    pub offered: Moment,
    pub answer: Option<OfferAnswer>,
    pub comment: String,
    pub presented: Option<Moment>,
}

/// A lead offered to one participant, as their coach's page about them lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonOffer {
    pub lead: LeadId,
    pub title: String,
    pub employer: String,
    pub offered: Moment,
    pub answer: Option<OfferAnswer>,
    pub comment: String,
    pub presented: Option<Moment>,
}

/// What was shown of a participant to an employer: stored with the presentation, shown to
/// the participant as their consent record. Health, support needs and background have no
/// place here.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shown {
    pub cv: Option<ShownCv>,
    #[serde(default)]
    pub strengths: bool,
    #[serde(default)]
    pub languages: bool,
}

/// The CV shown, and which version (saved when).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownCv {
    pub id: CvId,
    pub title: String,
    /// The CV's revision number and when it was saved: the version shown.
    pub revision: i64,
    pub saved_at: i64,
}

/// A presentation as the participant sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresentationLine {
    pub at: Moment,
    pub coach: String,
    pub employer: String,
    pub cv: Option<(String, Moment)>,
    pub strengths: bool,
    pub languages: bool,
}

/// A lead offered to the signed-in participant, in plain words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyOffer {
    pub id: OfferId,
    pub title: String,
    pub kind: LeadKind,
    pub employer: String,
    pub employer_place: String,
    pub details: LeadDetails,
    pub coach: String,
    pub offered: Moment,
    pub answer: Option<OfferAnswer>,
    pub comment: String,
    pub presentation: Option<PresentationLine>,
}

/// The coach's choice of what to show an employer: only what the person shares with them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresentChoice {
    pub offer: OfferId,
    pub lead: LeadId,
    pub person_name: String,
    pub title: String,
    pub employer: String,
    pub answer: Option<OfferAnswer>,
    pub presented: Option<Moment>,
    /// The CVs shared with the coach now: id and title.
    pub cvs: Vec<(CvId, String)>,
    pub strengths: bool,
    pub languages: bool,
}

/// The coach's week in job development, for their home page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobWeek {
    pub visits: u32,
    /// Participants over [`FIRST_CONTACT_DAYS`] since their start with no employer contact:
    /// who, and how many days.
    pub waiting: Vec<(UserId, String, i64)>,
}

/// Longest texts, in characters.
pub const LINE_MAX: usize = 200;
pub const TEXT_MAX: usize = 2000;
pub const COMMENT_MAX: usize = 1000;
/// The most languages a lead lists.
pub const LEAD_LANGUAGES: usize = 2;
