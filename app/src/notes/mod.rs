//! A coach's short, dated notes about a participant: written on the coach's page about the
//! person, seen by the person on "Min väg" unless marked internal, changed or taken back by
//! their author (the words before kept with who changed them and when).
#[cfg(feature = "ssr")]
pub mod store;
use crate::auth::Role;
use crate::error::AppError;
use crate::i18n::{format_moment, t, tf, Key, Moment};
use crate::ids::{NoteId, UserId};
use crate::ui::{form, Checkbox, ErrorSummary, Page, Submit, TextField};
#[cfg(feature = "ssr")]
use crate::{
    error::{FieldProblem, Invalid},
    notes::store::NoteStore,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

mod api;
pub use api::*;
mod views;
pub use views::*;

/// A coach's note as the pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteLine {
    pub id: NoteId,
    pub at: Moment,
    pub coach: String,
    pub body: String,
    pub internal: bool,
    /// When its author last changed it.
    pub changed: Option<Moment>,
    /// Written by the one looking (a coach may change or take back their own notes).
    pub mine: bool,
}

/// The longest note, in characters.
pub const NOTE_MAX: usize = 1000;

/// A note the signed-in coach wrote, to change or take back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteEdit {
    pub id: NoteId,
    pub person: UserId,
    pub person_name: String,
    pub at: Moment,
    pub body: String,
    pub internal: bool,
}
