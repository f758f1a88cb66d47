//! "Mina styrkor", the career profile as Supported Employment starts it: the person's own
//! strengths in the method's three groups (heart, head, hands), picked from plain words or
//! written in their own, each with an example; interests and what they care about; the work
//! they want; their conditions for success; notes on earlier jobs the CV does not hold.
//! The participant's own (no coach reads it yet); stored as one profile part, so that it
//! can be shared on its own later. Strengths and interests can be put into a CV.
pub mod catalogue;

use crate::auth::{RequireRole, Role};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::{FieldProblem, Invalid};
use crate::i18n::{t, Key};
use crate::ui::{field_message, form, form_action, ErrorSummary, Page, Submit, TextField};
use catalogue::Group;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod api;
pub use api::*;
mod views;
pub use views::*;

/// Strengths picked and written, together.
pub const MAX_STRENGTHS: usize = 60;
pub const MAX_INTERESTS: usize = 20;
pub const MAX_WORK_GOALS: usize = 10;
pub const MAX_NOTES: usize = 20;
/// A strength or interest in own words, a work goal: one short line.
#[cfg(feature = "ssr")]
const LINE_CHARS: usize = 100;
/// An example, a note: a few sentences.
#[cfg(feature = "ssr")]
const TEXT_CHARS: usize = 1000;

/// A strength from the list, by its group and slug.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Picked {
    pub group: Group,
    pub slug: String,
    /// "When I showed this".
    #[serde(default)]
    pub example: String,
}

/// A strength in the person's own words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnStrength {
    pub group: Group,
    pub text: String,
    #[serde(default)]
    pub example: String,
}

/// Conditions for success: a chosen answer per question (codes of [`catalogue::CHOICES`]),
/// how they travel, from when they can start, and anything to say in words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conditions {
    #[serde(default)]
    pub choices: BTreeMap<String, String>,
    /// Codes of [`catalogue::MEANS`].
    #[serde(default)]
    pub means: Vec<String>,
    /// Which times, when "specific times".
    #[serde(default)]
    pub hours_note: String,
    /// What a job must take into account (a back that cannot lift, an allergy).
    #[serde(default)]
    pub physical_note: String,
    /// `YYYY-MM-DD`, or empty.
    #[serde(default)]
    pub earliest: String,
}

/// What an earlier job taught: private notes the CV does not hold.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryNote {
    pub job: String,
    #[serde(default)]
    pub worked: String,
    #[serde(default)]
    pub not_worked: String,
    #[serde(default)]
    pub why_ended: String,
}

/// The stored document ("strengths" profile part).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StrengthsDoc {
    #[serde(default)]
    pub picked: Vec<Picked>,
    #[serde(default)]
    pub own: Vec<OwnStrength>,
    #[serde(default)]
    pub interests: Vec<String>,
    /// What the person cares about, in their words.
    #[serde(default)]
    pub cares: String,
    /// Occupations wanted.
    #[serde(default)]
    pub work_goals: Vec<String>,
    #[serde(default)]
    pub conditions: Conditions,
}

/// The stored notes on earlier jobs ("history" profile part): kept apart from the
/// strengths, so that they travel with no page or share of them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryDoc {
    #[serde(default)]
    pub notes: Vec<HistoryNote>,
}

impl StrengthsDoc {
    /// Every strength with its words (the list's in the page's language) and example, by
    /// group; `Some(slug)` for a picked one.
    pub fn strengths(&self, group: Group) -> Vec<(String, String)> {
        let picked = self
            .picked
            .iter()
            .filter(|p| p.group == group)
            .filter_map(|p| {
                let key = catalogue::key(group, &p.slug)?;
                Some((t(key).to_string(), p.example.clone()))
            });
        let own = self
            .own
            .iter()
            .filter(|o| o.group == group)
            .map(|o| (o.text.clone(), o.example.clone()));
        picked.chain(own).collect()
    }
}

#[cfg(feature = "ssr")]
pub(crate) mod server;

#[cfg(feature = "ssr")]
impl crate::profile::document::Document for StrengthsDoc {
    const PART: crate::profile::store::ProfilePart = crate::profile::store::ProfilePart::Strengths;
    const ACCESS: crate::ssr::access::Part = crate::ssr::access::Part::Strengths;
}

#[cfg(feature = "ssr")]
impl crate::profile::document::Document for HistoryDoc {
    const PART: crate::profile::store::ProfilePart = crate::profile::store::ProfilePart::History;
    const ACCESS: crate::ssr::access::Part = crate::ssr::access::Part::History;
}
