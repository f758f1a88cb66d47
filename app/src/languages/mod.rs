//! "Mina språk": the languages a participant knows, each rated in the five skills of the
//! Council of Europe's self-assessment grid by plain "I can …" sentences; their SFI course
//! and study path; where they used a language. The participant's own (no coach reads it
//! yet); stored as one profile part so that it can be shared on its own later. The CV takes
//! its levels from here ("Lägg in i CV:t").

pub mod names;
pub mod sfi;

use crate::auth::{RequireRole, Role};
use crate::cv::cefr::{Cefr, Grid, Skill};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::{FieldProblem, Invalid};
use crate::i18n::{format_day, t, tf, CalendarDay, Key};
use crate::ui::{form, form_action, Checkbox, ErrorSummary, FormError, Page, Submit, TextField};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use sfi::{sfi_level, SfiCourse};
use std::collections::BTreeMap;

mod api;
pub use api::*;
mod views;
pub use views::*;

/// The most languages one person lists.
pub const MAX_LANGUAGES: usize = 20;
/// The most places a language was used.
pub const MAX_USES: usize = 20;
/// A language's name, a place: one short line.
#[cfg(feature = "ssr")]
const NAME_CHARS: usize = 60;
#[cfg(feature = "ssr")]
const PLACE_CHARS: usize = 100;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownLanguage {
    pub name: String,
    /// Mother tongue: no levels needed.
    #[serde(default)]
    pub native: bool,
    #[serde(default)]
    pub grid: Grid,
    /// The skills not answered yet, in the grid's order. A language is rated one skill per
    /// screen and each screen saves, so a person who stops halfway keeps what they chose;
    /// its level (`None` in the grid) means nothing until it is answered. Languages stored
    /// before the steps were saved whole: without this field they are complete.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub open: Vec<Skill>,
}

impl KnownLanguage {
    /// Rated in every skill, or a mother tongue (which needs no levels).
    pub fn is_done(&self) -> bool {
        self.native || self.open.is_empty()
    }

    /// The first skill still to answer, while the language is not done.
    pub fn next_open(&self) -> Option<Skill> {
        Skill::ALL
            .into_iter()
            .find(|s| !self.native && self.open.contains(s))
    }

    /// Whether `skill` has its answer: a level, or "not yet".
    pub fn answered(&self, skill: Skill) -> bool {
        !self.open.contains(&skill)
    }

    /// Answers `skill` with `level` (`None`: "not yet").
    pub fn answer(&mut self, skill: Skill, level: Option<Cefr>) {
        self.grid[skill.index()] = level;
        self.open.retain(|s| *s != skill);
    }

    /// This language changed by the first step's form (`form`: its name, mother tongue or
    /// not, and any skill the form answered). What the form did not answer stays as it
    /// was; a mother tongue that stops being one is asked every skill it has no level in.
    pub fn changed_by(&self, form: KnownLanguage) -> KnownLanguage {
        let mut changed = KnownLanguage {
            open: Vec::new(),
            ..form.clone()
        };
        for skill in Skill::ALL {
            let i = skill.index();
            if !form.answered(skill) {
                changed.grid[i] = self.grid[i];
                let asked_again = self.native && !form.native && self.grid[i].is_none();
                if !self.answered(skill) || asked_again {
                    changed.open.push(skill);
                }
            }
        }
        changed
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sfi {
    /// Study path (studieväg) 1–3.
    #[serde(default)]
    pub path: Option<u8>,
    /// The course read now.
    #[serde(default)]
    pub current: Option<SfiCourse>,
    /// Courses passed, with the day (`YYYY-MM-DD`), in course order.
    #[serde(default)]
    pub passed: Vec<(SfiCourse, String)>,
}

/// Where a language was used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UseKind {
    /// Språkpraktik: language practice at a workplace.
    Practice,
    Job,
    Course,
    Other,
}

impl UseKind {
    pub const ALL: [UseKind; 4] = [
        UseKind::Practice,
        UseKind::Job,
        UseKind::Course,
        UseKind::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            UseKind::Practice => "practice",
            UseKind::Job => "job",
            UseKind::Course => "course",
            UseKind::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<UseKind> {
        UseKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn label(self) -> Key {
        match self {
            UseKind::Practice => Key::LangUsePractice,
            UseKind::Job => Key::LangUseJob,
            UseKind::Course => Key::LangUseCourse,
            UseKind::Other => Key::LangUseOther,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageUse {
    pub kind: UseKind,
    pub language: String,
    pub place: String,
    /// `YYYY` or `YYYY-MM`, or empty.
    pub from: String,
    pub to: String,
}

/// The stored document ("languages" profile part).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguagesDoc {
    #[serde(default)]
    pub languages: Vec<KnownLanguage>,
    #[serde(default)]
    pub sfi: Sfi,
    #[serde(default)]
    pub used: Vec<LanguageUse>,
}

/// What the pages show: the document, and the SFI days as calendar days.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguagesView {
    pub doc: LanguagesDoc,
    pub passed: Vec<(SfiCourse, CalendarDay)>,
}

#[cfg(feature = "ssr")]
pub(crate) mod server;

/// What identifies a place on the page: all of it, so that two uses of one place are told
/// apart.
pub fn use_key(u: &LanguageUse) -> String {
    format!(
        "{}|{}|{}|{}|{}",
        u.kind.code(),
        u.language,
        u.place,
        u.from,
        u.to
    )
}

/// The SFI line: path, course now, the approximate level reached.
pub(crate) fn sfi_summary(sfi: &Sfi) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(path) = sfi.path {
        lines.push(tf(Key::SfiPathIs, &[("path", &path.to_string())]));
    }
    if let Some(course) = sfi.current {
        lines.push(tf(Key::SfiCurrentIs, &[("course", course.code())]));
    }
    let passed: Vec<SfiCourse> = sfi.passed.iter().map(|(c, _)| *c).collect();
    if let Some(level) = sfi_level(&passed) {
        lines.push(tf(Key::SfiApproxLevel, &[("level", level.code())]));
    }
    lines
}

/// A skill's answer in words: its level (with its "Jag kan …" sentence when `said`),
/// "not yet", or, while the language is being rated, that there is no answer yet.
pub(crate) fn level_text(lang: &KnownLanguage, skill: Skill, said: bool) -> String {
    match lang.grid[skill.index()] {
        _ if !lang.native && !lang.answered(skill) => t(Key::LangNoAnswer).to_string(),
        None => t(Key::LangNotYet).to_string(),
        Some(c) if said => format!("{} – {}", c.code(), t(skill.can(c))),
        Some(c) => c.code().to_string(),
    }
}

#[cfg(feature = "ssr")]
impl crate::profile::document::Document for LanguagesDoc {
    const PART: crate::profile::store::ProfilePart = crate::profile::store::ProfilePart::Languages;
    const ACCESS: crate::ssr::access::Part = crate::ssr::access::Part::Languages;
}
