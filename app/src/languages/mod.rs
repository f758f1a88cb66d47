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
use crate::ui::{
    action_error, form_action, Checkbox, ErrorSummary, FormError, Page, Submit, TextField,
};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use sfi::{sfi_level, SfiCourse};
use std::collections::BTreeMap;

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
pub(crate) mod server {
    use super::sfi::path_courses;
    use super::*;
    pub use crate::profile::document::refuse;

    pub fn same_name(a: &str, b: &str) -> bool {
        a.trim().to_lowercase() == b.trim().to_lowercase()
    }

    /// A language from the first step's form: the name and mother tongue or not. The
    /// levels are asked one skill per screen afterwards ([`level_from`]); a skill the form
    /// sends along anyway (a script posting the whole grid at once) is answered here, the
    /// others stay open. A mother tongue needs no levels.
    pub fn language_from(fields: &BTreeMap<String, String>) -> Result<KnownLanguage, Invalid> {
        let get = |name: &str| fields.get(name).map(|s| s.trim()).unwrap_or("");
        let mut invalid = Invalid::new();
        let name = crate::text::clean_line(get("language"));
        if name.is_empty() {
            invalid.add("language", FieldProblem::Required);
        } else if name.chars().count() > NAME_CHARS {
            invalid.add("language", FieldProblem::TooLong);
        }
        let native = !get("native").is_empty();
        let mut lang = KnownLanguage {
            name,
            native,
            grid: Grid::default(),
            open: Skill::ALL.to_vec(),
        };
        for skill in Skill::ALL {
            if get(skill.code()).is_empty() {
                continue;
            }
            match level_from(fields, skill) {
                Ok(level) => lang.answer(skill, level),
                Err(problems) => invalid.errors.extend(problems.errors),
            }
        }
        if invalid.errors.is_empty() {
            Ok(lang)
        } else {
            Err(invalid)
        }
    }

    /// One skill's answer from its step's form: a level, or `None` for "not yet".
    pub fn level_from(
        fields: &BTreeMap<String, String>,
        skill: Skill,
    ) -> Result<Option<Cefr>, Invalid> {
        let mut invalid = Invalid::new();
        match fields.get(skill.code()).map(|s| s.trim()).unwrap_or("") {
            "" => invalid.add(skill.code(), FieldProblem::ChooseOne),
            "none" => return Ok(None),
            code => match Cefr::parse(code) {
                Some(level) => return Ok(Some(level)),
                None => invalid.add(skill.code(), FieldProblem::UnknownOption),
            },
        }
        Err(invalid)
    }

    /// Where the form drawn for language `editing` (an index; `None`: a new language) with
    /// the name `was` finds it now: at its number or, moved by a removal in another tab, by
    /// its name; `None` when it is gone or the form was for a new one.
    pub fn find_editing(doc: &LanguagesDoc, editing: Option<usize>, was: &str) -> Option<usize> {
        let editing = editing?;
        Some(editing)
            .filter(|i| {
                doc.languages
                    .get(*i)
                    .is_some_and(|l| same_name(&l.name, was))
            })
            .or_else(|| doc.languages.iter().position(|l| same_name(&l.name, was)))
    }

    /// The form's `n` (counted from 1) as an index; `None` when there is none (a new
    /// language).
    pub fn index_from(fields: &BTreeMap<String, String>) -> Result<Option<usize>, AppError> {
        match fields.get("n").map(|s| s.trim()) {
            None | Some("") => Ok(None),
            Some(n) => n
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .map(Some)
                .ok_or(AppError::BadRequest),
        }
    }

    /// Where a step leads once it is saved: the screen of `next` (the next skill to ask) of
    /// language `n`, or, with nothing left to ask, the list saying it is saved.
    pub fn after_step(n: usize, next: Option<Skill>) -> String {
        match next {
            Some(skill) => format!("/languages/{n}/skill/{}", skill.code()),
            None => "/languages?saved=1".to_string(),
        }
    }

    /// SFI from its form: a study path, the course read now (on that path), and the day
    /// each passed course was passed (not in the future).
    pub fn sfi_from(
        fields: &BTreeMap<String, String>,
        today: jiff::civil::Date,
    ) -> Result<Sfi, Invalid> {
        let get = |name: &str| fields.get(name).map(|s| s.trim()).unwrap_or("");
        let mut invalid = Invalid::new();
        let path = match get("path") {
            "" | "none" => None,
            typed => match typed.parse::<u8>() {
                Ok(n) if (1..=3).contains(&n) => Some(n),
                _ => {
                    invalid.add("path", FieldProblem::UnknownOption);
                    None
                }
            },
        };
        let courses = path.map(path_courses).unwrap_or(&SfiCourse::ALL);
        let current = match get("current") {
            "" | "none" => None,
            typed => match SfiCourse::parse(typed) {
                Some(c) if courses.contains(&c) => Some(c),
                Some(_) => {
                    invalid.add("current", FieldProblem::NotOnPath);
                    None
                }
                None => {
                    invalid.add("current", FieldProblem::UnknownOption);
                    None
                }
            },
        };
        let mut passed = Vec::new();
        for course in SfiCourse::ALL {
            let field = format!("passed_{}", course.code());
            match get(&field) {
                "" => {}
                typed => match crate::ssr::clock::parse_day(typed) {
                    Some(day) if day > today => invalid.add(&field, FieldProblem::InFuture),
                    Some(_) if !courses.contains(&course) => {
                        invalid.add(&field, FieldProblem::NotOnPath)
                    }
                    Some(_) if current == Some(course) => {
                        invalid.add(&field, FieldProblem::PassedIsCurrent)
                    }
                    Some(day) => passed.push((course, day.to_string())),
                    None => invalid.add(&field, FieldProblem::BadDay),
                },
            }
        }
        if invalid.errors.is_empty() {
            Ok(Sfi {
                path,
                current,
                passed,
            })
        } else {
            Err(invalid)
        }
    }

    /// A place a language was used, from its form.
    pub fn use_from(fields: &BTreeMap<String, String>) -> Result<LanguageUse, Invalid> {
        use crate::date::PartialDate;
        let get = |name: &str| fields.get(name).map(|s| s.trim()).unwrap_or("");
        let mut invalid = Invalid::new();
        let kind = UseKind::parse(get("kind"));
        if kind.is_none() {
            let problem = if get("kind").is_empty() {
                FieldProblem::ChooseOne
            } else {
                FieldProblem::UnknownOption
            };
            invalid.add("kind", problem);
        }
        let mut line = |name: &str, max: usize, required: bool| {
            let value = crate::text::clean_line(get(name));
            if required && value.is_empty() {
                invalid.add(name, FieldProblem::Required);
            } else if value.chars().count() > max {
                invalid.add(name, FieldProblem::TooLong);
            }
            value
        };
        let language = line("language", NAME_CHARS, true);
        let place = line("place", PLACE_CHARS, true);
        let mut month = |name: &str| match get(name) {
            "" => None,
            typed => match typed.parse::<PartialDate>() {
                Ok(d) => Some(d),
                Err(_) => {
                    invalid.add(name, FieldProblem::BadDate);
                    None
                }
            },
        };
        let (from, to) = (month("from"), month("to"));
        if let (Some(from), Some(to)) = (from, to) {
            if to < from {
                invalid.add("to", FieldProblem::EndBeforeStart);
            }
        }
        match kind.filter(|_| invalid.errors.is_empty()) {
            Some(kind) => Ok(LanguageUse {
                kind,
                language,
                place,
                from: from.map(|d| d.to_string()).unwrap_or_default(),
                to: to.map(|d| d.to_string()).unwrap_or_default(),
            }),
            None => Err(invalid),
        }
    }

    /// Puts the levels into a CV's languages: a language the CV already lists (by name, in
    /// any case) gets them, others are added. A level written as free text gives way to
    /// the grid, which says more. A language still being rated (some skill not answered)
    /// stays out, and the CV's own line for it is left as it was: a CV is read by
    /// employers, and a half-answered grid would say "not yet" where nothing was said.
    /// The list says so beside "Lägg in i CV:t".
    pub fn into_cv(doc: &LanguagesDoc, cv: &mut crate::cv::model::Cv) {
        use crate::cv::model::Language;
        for known in doc.languages.iter().filter(|l| l.is_done()) {
            let rated = known.grid.iter().any(Option::is_some);
            let cefr = rated.then_some(known.grid);
            let full = cv.languages.len() >= crate::cv::model::limits::ENTRIES;
            // The CV's own word for the language, when it is one we know ("الكردية" goes
            // into a Swedish CV as "Kurdiska").
            let name = super::names::in_cv_language(&known.name, cv.language)
                .map_or_else(|| known.name.clone(), str::to_string);
            match cv
                .languages
                .iter_mut()
                .find(|l| same_name(&l.language, &known.name) || same_name(&l.language, &name))
            {
                Some(entry) => {
                    entry.native = known.native;
                    entry.cefr = cefr;
                    if known.native || rated {
                        entry.level.clear();
                    }
                }
                // A CV holds so many languages; the rest stay in "Mina språk".
                None if full => {}
                None => cv.languages.push(Language {
                    language: name,
                    native: known.native,
                    cefr,
                    ..Language::default()
                }),
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn form(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        }

        fn problems(invalid: Invalid) -> Vec<(String, FieldProblem)> {
            invalid
                .errors
                .into_iter()
                .map(|e| (e.field, e.problem))
                .collect()
        }

        #[test]
        fn the_first_step_asks_the_name_and_leaves_the_skills_open() {
            let step = form(&[("language", " Svenska "), ("native", "")]);
            let lang = language_from(&step).expect("a name is enough");
            assert_eq!(lang.name, "Svenska");
            assert!(!lang.native && !lang.is_done());
            assert_eq!(lang.open, Skill::ALL);
            assert_eq!(lang.next_open(), Some(Skill::Listening));
            let native = form(&[("language", "Arabiska"), ("native", "on")]);
            let lang = language_from(&native).expect("a mother tongue needs no levels");
            assert!(lang.native && lang.grid == [None; 5]);
            assert!(lang.is_done() && lang.next_open().is_none());
            let unnamed = form(&[("native", "on")]);
            assert_eq!(
                problems(language_from(&unnamed).unwrap_err()),
                vec![("language".to_string(), FieldProblem::Required)]
            );
            // The whole grid at once (a script): every skill sent is answered.
            let full = form(&[
                ("language", "Svenska"),
                ("listening", "B1"),
                ("reading", "a2"),
                ("spokenInteraction", "none"),
                ("spokenProduction", "A1"),
                ("writing", "A1"),
            ]);
            let lang = language_from(&full).expect("every skill chosen");
            assert!(lang.is_done());
            assert_eq!(
                lang.grid,
                [
                    Some(Cefr::B1),
                    Some(Cefr::A2),
                    None,
                    Some(Cefr::A1),
                    Some(Cefr::A1)
                ]
            );
            let partial = form(&[("language", "Svenska"), ("reading", "B1")]);
            let lang = language_from(&partial).expect("the rest is asked later");
            assert!(lang.answered(Skill::Reading) && !lang.answered(Skill::Listening));
            assert_eq!(lang.next_open(), Some(Skill::Listening));
        }

        #[test]
        fn each_step_answers_its_skill_and_must_be_answered() {
            assert_eq!(
                problems(level_from(&form(&[]), Skill::Reading).unwrap_err()),
                vec![("reading".to_string(), FieldProblem::ChooseOne)]
            );
            assert_eq!(
                problems(level_from(&form(&[("reading", "D1")]), Skill::Reading).unwrap_err()),
                vec![("reading".to_string(), FieldProblem::UnknownOption)]
            );
            assert_eq!(
                level_from(&form(&[("reading", "none")]), Skill::Reading),
                Ok(None)
            );
            // Another skill's field answers nothing here.
            assert!(level_from(&form(&[("writing", "B1")]), Skill::Reading).is_err());
            let mut lang = language_from(&form(&[("language", "Svenska")])).expect("named");
            for (i, skill) in Skill::ALL.into_iter().enumerate() {
                assert_eq!(lang.next_open(), Some(skill));
                let level = level_from(&form(&[(skill.code(), "B1")]), skill).expect("a level");
                lang.answer(skill, level);
                assert_eq!(lang.open.len(), Skill::ALL.len() - i - 1);
            }
            assert!(lang.is_done() && lang.grid == crate::cv::cefr::uniform(Cefr::B1));
            // Answering again changes the level, not what is open.
            lang.answer(Skill::Writing, None);
            assert!(lang.is_done() && lang.grid[4].is_none());
        }

        #[test]
        fn a_step_leads_on_to_the_next_skill_and_the_last_to_the_list() {
            assert_eq!(
                after_step(2, Some(Skill::SpokenInteraction)),
                "/languages/2/skill/spokenInteraction"
            );
            assert_eq!(after_step(2, None), "/languages?saved=1");
        }

        #[test]
        fn changing_the_name_keeps_the_answers_and_a_former_mother_tongue_is_asked() {
            let mut rated = language_from(&form(&[("language", "Svenska")])).expect("named");
            rated.answer(Skill::Listening, Some(Cefr::B1));
            rated.answer(Skill::Reading, None);
            let renamed =
                rated.changed_by(language_from(&form(&[("language", "Svenska!")])).expect("named"));
            assert_eq!(renamed.name, "Svenska!");
            assert_eq!(renamed.grid, rated.grid);
            assert_eq!(renamed.open, rated.open, "nothing answered is asked again");
            // Ticked as mother tongue: done, the levels kept.
            let native = rated.changed_by(
                language_from(&form(&[("language", "Svenska"), ("native", "on")])).expect("named"),
            );
            assert!(native.native && native.is_done());
            assert_eq!(native.grid[0], Some(Cefr::B1));
            // A mother tongue (also one stored before the steps, with nothing open) that
            // stops being one is asked every skill it has no level in.
            let old = KnownLanguage {
                name: "Tigrinja".into(),
                native: true,
                grid: [Some(Cefr::C2), None, None, None, None],
                open: Vec::new(),
            };
            let foreign =
                old.changed_by(language_from(&form(&[("language", "Tigrinja")])).expect("named"));
            assert!(!foreign.is_done());
            assert_eq!(foreign.open, Skill::ALL[1..].to_vec());
            assert_eq!(foreign.next_open(), Some(Skill::Reading));
        }

        #[test]
        fn a_form_finds_its_language_by_number_or_name() {
            let doc = LanguagesDoc {
                languages: vec![
                    KnownLanguage {
                        name: "Svenska".into(),
                        ..Default::default()
                    },
                    KnownLanguage {
                        name: "Engelska".into(),
                        ..Default::default()
                    },
                ],
                ..Default::default()
            };
            assert_eq!(find_editing(&doc, Some(1), "engelska"), Some(1));
            assert_eq!(find_editing(&doc, Some(2), "Engelska"), Some(1), "moved");
            assert_eq!(find_editing(&doc, Some(0), "Finska"), None, "gone");
            assert_eq!(find_editing(&doc, None, "Svenska"), None, "a new one");
            assert_eq!(index_from(&form(&[("n", "2")])), Ok(Some(1)));
            assert_eq!(index_from(&form(&[])), Ok(None));
            assert!(index_from(&form(&[("n", "0")])).is_err());
            assert!(index_from(&form(&[("n", "x")])).is_err());
        }

        #[test]
        fn a_level_off_the_scale_is_refused() {
            let bad = form(&[
                ("language", "Svenska"),
                ("listening", "B3"),
                ("reading", "A1"),
                ("spokenInteraction", "A1"),
                ("spokenProduction", "A1"),
                ("writing", "<b>"),
            ]);
            assert_eq!(
                problems(language_from(&bad).unwrap_err()),
                vec![
                    ("listening".to_string(), FieldProblem::UnknownOption),
                    ("writing".to_string(), FieldProblem::UnknownOption)
                ]
            );
        }

        #[test]
        fn sfi_courses_belong_to_the_path_and_passed_days_are_not_ahead() {
            let today: jiff::civil::Date = "2026-12-01".parse().expect("a day");
            let ok = form(&[("path", "2"), ("current", "C"), ("passed_B", "2026-06-10")]);
            let sfi = sfi_from(&ok, today).expect("valid SFI");
            assert_eq!(sfi.current, Some(SfiCourse::C));
            assert_eq!(sfi.passed, vec![(SfiCourse::B, "2026-06-10".to_string())]);
            let off = form(&[("path", "3"), ("current", "A"), ("passed_D", "2027-01-01")]);
            assert_eq!(
                problems(sfi_from(&off, today).unwrap_err()),
                vec![
                    ("current".to_string(), FieldProblem::NotOnPath),
                    ("passed_D".to_string(), FieldProblem::InFuture)
                ]
            );
            let same = form(&[("current", "C"), ("passed_C", "2026-01-01")]);
            assert_eq!(
                problems(sfi_from(&same, today).unwrap_err()),
                vec![("passed_C".to_string(), FieldProblem::PassedIsCurrent)]
            );
        }

        #[test]
        fn the_cv_gets_the_grid_by_name_and_new_languages_are_added() {
            let mut cv = crate::cv::model::Cv::default();
            cv.languages.push(crate::cv::model::Language {
                language: "svenska".into(),
                level: "Bra".into(),
                ..Default::default()
            });
            let doc = LanguagesDoc {
                languages: vec![
                    KnownLanguage {
                        name: "Svenska".into(),
                        native: false,
                        grid: crate::cv::cefr::uniform(Cefr::A2),
                        open: Vec::new(),
                    },
                    KnownLanguage {
                        name: "Tigrinja".into(),
                        native: true,
                        grid: Default::default(),
                        open: Skill::ALL.to_vec(),
                    },
                    // Stopped halfway: neither added nor changed.
                    KnownLanguage {
                        name: "Engelska".into(),
                        native: false,
                        grid: [Some(Cefr::B2), None, None, None, None],
                        open: Skill::ALL[1..].to_vec(),
                    },
                    KnownLanguage {
                        name: "Finska".into(),
                        native: false,
                        grid: Default::default(),
                        open: Skill::ALL.to_vec(),
                    },
                ],
                ..Default::default()
            };
            cv.languages.push(crate::cv::model::Language {
                language: "engelska".into(),
                level: "Flytande".into(),
                ..Default::default()
            });
            into_cv(&doc, &mut cv);
            into_cv(&doc, &mut cv);
            assert_eq!(cv.languages.len(), 3);
            assert_eq!(cv.languages[0].language, "svenska");
            assert_eq!(
                cv.languages[0].cefr,
                Some(crate::cv::cefr::uniform(Cefr::A2))
            );
            assert_eq!(cv.languages[0].level, "");
            assert_eq!(cv.languages[1].language, "engelska");
            assert_eq!(cv.languages[1].level, "Flytande", "left as it was");
            assert!(cv.languages[1].cefr.is_none());
            assert_eq!(cv.languages[2].language, "Tigrinja");
            assert!(cv.languages[2].native && cv.languages[2].cefr.is_none());
        }

        #[test]
        fn languages_stored_before_the_steps_read_as_done() {
            let stored = r#"{"languages":[{"name":"Svenska","native":false,"grid":["B1",null,null,null,null]}]}"#;
            let doc: LanguagesDoc = serde_json::from_str(stored).expect("an old document");
            assert!(doc.languages[0].is_done());
            assert_eq!(doc.languages[0].next_open(), None);
            // A done language is stored as before: no `open` written.
            let again = serde_json::to_string(&doc).expect("json");
            assert!(!again.contains("open"), "{again}");
        }
    }
}

#[cfg(feature = "ssr")]
pub(crate) fn view_of(doc: LanguagesDoc) -> LanguagesView {
    let passed = doc
        .sfi
        .passed
        .iter()
        .filter_map(|(c, d)| Some((*c, crate::ssr::clock::calendar_day(d.parse().ok()?))))
        .collect();
    LanguagesView { doc, passed }
}

#[server(prefix = "/api", endpoint = "my-languages")]
pub async fn my_languages() -> Result<LanguagesView, AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Read).await?;
    Ok(view_of(crate::profile::document::load(&state, &me).await?))
}

/// Language `n` (counted from 1) of the signed-in participant's list.
#[server(prefix = "/api", endpoint = "my-language")]
pub async fn fetch_language(n: usize) -> Result<(usize, KnownLanguage), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Read).await?;
    let doc: LanguagesDoc = crate::profile::document::load(&state, &me).await?;
    let index = n.checked_sub(1).ok_or(AppError::NotFound)?;
    let lang = doc.languages.get(index).ok_or(AppError::NotFound)?;
    Ok((n, lang.clone()))
}

/// The first step: adds a language, or (with `n` and the name it had, `was`) changes one:
/// its name and whether it is the mother tongue. A mother tongue is done here; any other
/// language goes on to the first skill the form did not answer (the step form answers none).
#[server(prefix = "/api", endpoint = "save-language")]
pub async fn save_language(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Change).await?;
    let lang = server::language_from(&fields).map_err(|i| server::refuse(i, &fields))?;
    let editing = server::index_from(&fields)?;
    let was = fields.get("was").cloned().unwrap_or_default();
    let n = crate::profile::document::edit(&state, &me, |doc: &mut LanguagesDoc| {
        // The language the form was drawn for. Gone altogether, the form's language
        // is added: what was chosen is never lost.
        let editing = server::find_editing(doc, editing, &was);
        let clash = doc
            .languages
            .iter()
            .enumerate()
            .any(|(i, l)| Some(i) != editing && server::same_name(&l.name, &lang.name));
        let mut invalid = Invalid::new();
        if clash {
            invalid.add("language", FieldProblem::Duplicate);
            return Err(server::refuse(invalid, &fields));
        }
        let full = doc.languages.len() >= MAX_LANGUAGES;
        match editing.and_then(|i| doc.languages.get_mut(i).map(|l| (i, l))) {
            Some((i, l)) => {
                *l = l.changed_by(lang.clone());
                Ok(i + 1)
            }
            None if full => {
                invalid.add("language", FieldProblem::TooManyLanguages);
                Err(server::refuse(invalid, &fields))
            }
            None => {
                doc.languages.push(lang.clone());
                Ok(doc.languages.len())
            }
        }
    })
    .await?;
    tracing::info!(user = %me.id, n, "language saved");
    let next = Skill::ALL
        .into_iter()
        .find(|s| !lang.native && !lang.answered(*s));
    leptos_axum::redirect(&server::after_step(n, next));
    Ok(())
}

/// A skill's step: the answer for `skill` of language `n`, if it is still the one named
/// `was`; on to the next skill, after the last to the list. A language removed meanwhile
/// (in another tab) is not found: its answers went with it, asked first.
#[server(prefix = "/api", endpoint = "save-language-skill")]
pub async fn save_language_skill(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Change).await?;
    let skill = fields
        .get("skill")
        .and_then(|code| Skill::parse(code.trim()))
        .ok_or(AppError::BadRequest)?;
    let editing = server::index_from(&fields)?.ok_or(AppError::BadRequest)?;
    let was = fields.get("was").cloned().unwrap_or_default();
    let level = server::level_from(&fields, skill).map_err(|i| server::refuse(i, &fields))?;
    let (n, next) = crate::profile::document::edit(&state, &me, |doc: &mut LanguagesDoc| {
        let i = server::find_editing(doc, Some(editing), &was).ok_or(AppError::NotFound)?;
        let lang = &mut doc.languages[i];
        lang.answer(skill, level);
        // Forward through the skills; after the last, any skipped one.
        Ok((i + 1, skill.next().or_else(|| lang.next_open())))
    })
    .await?;
    tracing::info!(user = %me.id, n, skill = skill.code(), "language skill saved");
    leptos_axum::redirect(&server::after_step(n, next));
    Ok(())
}

/// Removes language `n`, if it is still the one named `was`.
#[server(prefix = "/api", endpoint = "remove-language")]
pub async fn remove_language(n: usize, was: String) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Change).await?;
    let removed = crate::profile::document::edit(&state, &me, |doc: &mut LanguagesDoc| {
        let i = n.checked_sub(1).ok_or(AppError::BadRequest)?;
        match doc.languages.get(i) {
            Some(l) if server::same_name(&l.name, &was) => {
                doc.languages.remove(i);
                Ok(true)
            }
            // Removed already (a second tap): nothing to do.
            _ => Ok(false),
        }
    })
    .await?;
    tracing::info!(user = %me.id, removed, "language removed");
    leptos_axum::redirect("/languages?removed=1");
    Ok(())
}

#[server(prefix = "/api", endpoint = "save-sfi")]
pub async fn save_sfi(#[server(flatten)] fields: BTreeMap<String, String>) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Change).await?;
    let sfi =
        server::sfi_from(&fields, state.clock.today()).map_err(|i| server::refuse(i, &fields))?;
    crate::profile::document::edit(&state, &me, |doc: &mut LanguagesDoc| {
        doc.sfi = sfi.clone();
        Ok(())
    })
    .await?;
    tracing::info!(user = %me.id, "SFI saved");
    leptos_axum::redirect("/languages?sfi=1#sfi");
    Ok(())
}

#[server(prefix = "/api", endpoint = "save-language-use")]
pub async fn save_language_use(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Change).await?;
    let used = server::use_from(&fields).map_err(|i| server::refuse(i, &fields))?;
    crate::profile::document::edit(&state, &me, |doc: &mut LanguagesDoc| {
        if doc.used.len() >= MAX_USES {
            let mut invalid = Invalid::new();
            invalid.add("place", FieldProblem::TooManyUses);
            return Err(server::refuse(invalid, &fields));
        }
        // Sent twice: once is enough.
        if !doc.used.contains(&used) {
            doc.used.push(used.clone());
        }
        Ok(())
    })
    .await?;
    tracing::info!(user = %me.id, "language use saved");
    leptos_axum::redirect("/languages?used=1#used");
    Ok(())
}

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

/// Removes place `n`, if it is still the one the page showed (`was`: its [`use_key`]).
#[server(prefix = "/api", endpoint = "remove-language-use")]
pub async fn remove_language_use(n: usize, was: String) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<LanguagesDoc>(Act::Change).await?;
    crate::profile::document::edit(&state, &me, |doc: &mut LanguagesDoc| {
        let i = n.checked_sub(1).ok_or(AppError::BadRequest)?;
        if doc.used.get(i).is_some_and(|u| use_key(u) == was) {
            doc.used.remove(i);
        }
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/languages?removed=1#used");
    Ok(())
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

/// `/languages`: "Mina språk"; `to_cv` is the way to put the languages into a CV.
#[component]
pub fn LanguagesPage(to_cv: ViewFn) -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let data = Resource::new(|| (), |_| my_languages());
                let to_cv = to_cv.clone();
                view! {
                    <Page title=Key::LanguagesTitle>
                        <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
                        {crate::ui::query_status(&[
                            ("saved", Key::LanguageSaved),
                            ("removed", Key::LanguageRemoved),
                            ("sfi", Key::SfiSaved),
                            ("used", Key::LangUseSaved),
                        ])}
                        <p>{t(Key::LanguagesText)}</p>
                        <crate::sharing::ShareStatus part=crate::sharing::SharedPart::Languages/>
                        {crate::ui::loaded(data, move |v| view! { <LanguagesOverview v to_cv=to_cv.clone()/> }.into_any())}
                    </Page>
                }
            }
        </RequireRole>
    }
}

#[component]
fn LanguagesOverview(v: LanguagesView, to_cv: ViewFn) -> impl IntoView {
    let remove_use = form_action::<RemoveLanguageUse>();
    let doc = v.doc;
    let can_add = doc.languages.len() < MAX_LANGUAGES;
    let languages = doc
        .languages
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let n = i + 1;
            let name = l.name.clone();
            let levels = if l.native && l.grid.iter().all(Option::is_none) {
                view! { <p>{t(Key::LangNative)}</p> }.into_any()
            } else {
                view! {
                    {l.native.then(|| view! { <p>{t(Key::LangNative)}</p> })}
                    <dl class="levels">
                        {Skill::ALL.into_iter().map(|s| view! {
                            <div>
                                <dt>{t(s.label())}</dt>
                                <dd>{level_text(l, s, false)}</dd>
                            </div>
                        }).collect_view()}
                    </dl>
                }
                .into_any()
            };
            // Stopped halfway: the way on, to the first skill not answered.
            let resume = l.next_open().map(|s| {
                let href = format!("/languages/{n}/skill/{}", s.code());
                view! {
                    <p><a class="button" href=href>{t(Key::LangNotDone)}
                        <span class="visually-hidden">": "{name.clone()}</span></a></p>
                }
            });
            view! {
                <li class="card">
                    <h3 dir="auto">{name.clone()}</h3>
                    {levels}
                    {resume}
                    <p><a class="button secondary" href=format!("/languages/{n}")>{t(Key::LanguageChange)}
                        <span class="visually-hidden">": "{name.clone()}</span></a></p>
                    // All its answers go with it: asked first, on a page of its own.
                    <p><a class="button warning" href=format!("/languages/{n}/remove")>{t(Key::RemoveButton)}
                        <span class="visually-hidden">": "{name.clone()}</span></a></p>
                </li>
            }
        })
        .collect_view();
    let sfi_lines = sfi_summary(&doc.sfi);
    let passed = v.passed.clone();
    let uses = doc
        .used
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let when = match (u.from.as_str(), u.to.as_str()) {
                ("", "") => String::new(),
                (from, "") => format!(" · {from} –"),
                ("", to) => format!(" · – {to}"),
                (from, to) => format!(" · {from} – {to}"),
            };
            let place = u.place.clone();
            let key = use_key(u);
            view! {
                <li>
                    {t(u.kind.label())}" · "<bdi>{u.language.clone()}</bdi>" · "<bdi>{place.clone()}</bdi>{when}
                    {crate::ui::ask_first(i + 1, place.clone(), view! {
                        <ActionForm action=remove_use attr:class="inline-form">
                            <input type="hidden" name="n" value=i + 1/>
                            <input type="hidden" name="was" value=key.clone()/>
                            <Submit label=Key::RemoveYes warning=true/>
                        </ActionForm>
                    }.into_any())}
                </li>
            }
        })
        .collect_view();
    let has_languages = !doc.languages.is_empty();
    let any_not_done = doc.languages.iter().any(|l| !l.is_done());
    view! {
        <section aria-labelledby="known-heading">
            <h2 id="known-heading">{t(Key::LanguagesKnown)}</h2>
            {if has_languages {
                view! { <ul class="cards">{languages}</ul> }.into_any()
            } else {
                view! { <p>{t(Key::LanguagesEmpty)}</p> }.into_any()
            }}
            {if can_add {
                view! { <p><a class="button" href="/languages/new">{t(Key::LanguageAdd)}</a></p> }.into_any()
            } else {
                view! { <p>{t(Key::ErrTooManyLanguages)}</p> }.into_any()
            }}
        </section>
        <section aria-labelledby="sfi" >
            <h2 id="sfi">{t(Key::SfiHeading)}</h2>
            {if sfi_lines.is_empty() && passed.is_empty() {
                view! { <p>{t(Key::SfiEmpty)}</p> }.into_any()
            } else {
                view! {
                    {sfi_lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                    {(!passed.is_empty()).then(|| view! {
                        <ul class="log">
                            {passed.iter().map(|(c, day)| view! {
                                <li>{tf(Key::SfiPassedOn, &[("course", c.code()), ("day", &format_day(*day))])}</li>
                            }).collect_view()}
                        </ul>
                    })}
                    <p class="hint">{t(Key::SfiApproxNote)}</p>
                }.into_any()
            }}
            <p><a class="button secondary" href="/languages/sfi">{t(Key::SfiChange)}</a></p>
        </section>
        <section aria-labelledby="used">
            <h2 id="used">{t(Key::LangUsedHeading)}</h2>
            {if doc.used.is_empty() {
                view! { <p>{t(Key::LangUsedEmpty)}</p> }.into_any()
            } else {
                view! { <ul class="log">{uses}</ul> }.into_any()
            }}
            {(doc.used.len() < MAX_USES).then(|| view! {
                <p><a class="button secondary" href="/languages/used/new">{t(Key::LangUseAdd)}</a></p>
            })}
        </section>
        {has_languages.then(|| view! {
            <section aria-labelledby="to-cv">
                <h2 id="to-cv">{t(Key::LangToCvHeading)}</h2>
                <p>{t(Key::LangToCvText)}</p>
                {any_not_done.then(|| view! { <p class="hint">{t(Key::LangNotDoneCv)}</p> })}
                {to_cv.run()}
            </section>
        })}
        <p><a href="/goals">{t(Key::LangGoalsLink)}</a></p>
    }
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

/// `/languages/new`.
#[component]
pub fn NewLanguagePage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <LanguageForm n=None lang=KnownLanguage::default()/>
        </RequireRole>
    }
}

/// `/languages/:id`: change language `id` (counted from 1).
#[component]
pub fn LanguagePage() -> impl IntoView {
    crate::ui::record_page(&[Role::Participant], fetch_language, |(n, lang)| {
        view! { <LanguageForm n=Some(n) lang/> }.into_any()
    })
}

/// `/languages/:id/remove`: asks before a language and all its answers are removed.
#[component]
pub fn RemoveLanguagePage() -> impl IntoView {
    crate::ui::record_page(&[Role::Participant], fetch_language, |(n, lang)| {
        view! { <RemoveLanguageQuestion n lang/> }.into_any()
    })
}

#[component]
fn RemoveLanguageQuestion(n: usize, lang: KnownLanguage) -> impl IntoView {
    let action = form_action::<RemoveLanguage>();
    let error = action_error(action);
    view! {
        <Page title=Key::RemoveLanguageTitle error=error>
            <ErrorSummary error=error/>
            <p dir="auto">{tf(Key::RemoveLanguageQuestion, &[("name", &lang.name)])}</p>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="n" value=n/>
                <input type="hidden" name="was" value=lang.name.clone()/>
                <Submit label=Key::RemoveLanguageButton warning=true/>
            </ActionForm>
            <p><a href="/languages" class="button secondary">{t(Key::CancelLink)}</a></p>
        </Page>
    }
}

/// One skill's choice: "not yet" or a level, each said as what the person can do ("B1 –
/// Jag förstår …", one short line). A skill not answered yet has nothing chosen, so that
/// every answer is the person's own.
fn skill_fieldset(skill: Skill, lang: &KnownLanguage, error: FormError) -> impl IntoView {
    let options = std::iter::once(("none", t(Key::LangNotYet).to_string()))
        .chain(
            Cefr::ALL
                .into_iter()
                .map(|c| (c.code(), format!("{} – {}", c.code(), t(skill.can(c))))),
        )
        .collect();
    let stored = if lang.answered(skill) {
        lang.grid[skill.index()].map_or("none", |c| c.code())
    } else {
        ""
    };
    crate::ui::radios(
        skill.code(),
        Key::LangSkillsIntro,
        Some(skill.hint()),
        options,
        stored.to_string(),
        error,
    )
}

/// The first step: the language's name and whether it is the mother tongue.
#[component]
fn LanguageForm(n: Option<usize>, lang: KnownLanguage) -> impl IntoView {
    let action = form_action::<SaveLanguage>();
    let error = action_error(action);
    let title = if n.is_some() {
        Key::LanguageChange
    } else {
        Key::LanguageAdd
    };
    view! {
        <Page title=title error=error>
            <p><a href="/languages" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {n.map(|n| view! {
                    <input type="hidden" name="n" value=n/>
                    <input type="hidden" name="was" value=lang.name.clone()/>
                })}
                <TextField name="language" label=Key::LanguageName hint=Key::LanguageNameHint value=lang.name.clone() error=error/>
                <Checkbox name="native".into() label=t(Key::LangNativeLabel).into() checked=lang.native error=error/>
                <p class="hint">{t(Key::LangNativeHint)}</p>
                <p>{t(Key::LangStepsIntro)}</p>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

/// `/languages/:id/skill/:skill`: one skill of language `id` (counted from 1) on a screen
/// of its own, in the grid's order.
#[component]
pub fn LanguageSkillPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map().read_untracked();
    let n = params.get("id").and_then(|s| s.parse::<usize>().ok());
    let skill = params.get("skill").and_then(|s| Skill::parse(&s));
    view! {
        <RequireRole roles=&[Role::Participant]>
            {move || match (n, skill) {
                (Some(n), Some(skill)) => {
                    let record = Resource::new(move || n, fetch_language);
                    view! {
                        <Suspense>
                            {move || Suspend::new(async move {
                                match record.await {
                                    Ok((n, lang)) => view! { <SkillStep n lang skill/> }.into_any(),
                                    Err(_) => view! { <crate::pages::NotFound/> }.into_any(),
                                }
                            })}
                        </Suspense>
                    }
                    .into_any()
                }
                _ => view! { <crate::pages::NotFound/> }.into_any(),
            }}
        </RequireRole>
    }
}

#[component]
fn SkillStep(n: usize, lang: KnownLanguage, skill: Skill) -> impl IntoView {
    let action = form_action::<SaveLanguageSkill>();
    let error = action_error(action);
    // Back to the screen before: the skill before, or the name for the first.
    let back = match skill.previous() {
        Some(before) => format!("/languages/{n}/skill/{}", before.code()),
        None => format!("/languages/{n}"),
    };
    let step = tf(
        Key::LangStepOf,
        &[
            ("n", &skill.step().to_string()),
            ("total", &Skill::ALL.len().to_string()),
        ],
    );
    let button = if skill.next().is_some() {
        Key::NextButton
    } else {
        Key::SaveButton
    };
    view! {
        <Page title=skill.label() error=error>
            <p><a href=back class="back">{t(Key::BackLink)}</a></p>
            <p class="step-of"><bdi>{lang.name.clone()}</bdi>" · "{step}</p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="n" value=n/>
                <input type="hidden" name="was" value=lang.name.clone()/>
                <input type="hidden" name="skill" value=skill.code()/>
                {skill_fieldset(skill, &lang, error)}
                <Submit label=button/>
            </ActionForm>
            <p><a href="/languages">{t(Key::LangStepLater)}</a></p>
        </Page>
    }
}

/// `/languages/sfi`: study path, course now, courses passed.
#[component]
pub fn SfiPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let data = Resource::new(|| (), |_| my_languages());
                view! {
                    {crate::ui::loaded(data, move |v| view! { <SfiForm sfi=v.doc.sfi/> }.into_any())}
                }
            }
        </RequireRole>
    }
}

#[component]
fn SfiForm(sfi: Sfi) -> impl IntoView {
    let action = form_action::<SaveSfi>();
    let error = action_error(action);
    let paths = std::iter::once(("none", t(Key::SfiNoPath).to_string()))
        .chain(
            [
                ("1", Key::SfiPath1),
                ("2", Key::SfiPath2),
                ("3", Key::SfiPath3),
            ]
            .map(|(v, k)| (v, t(k).to_string())),
        )
        .collect();
    let courses = std::iter::once(("none", t(Key::SfiNoCourse).to_string()))
        .chain(SfiCourse::ALL.into_iter().map(|c| {
            (
                c.code(),
                tf(
                    Key::SfiCourseApprox,
                    &[("course", c.code()), ("level", c.approx_cefr().code())],
                ),
            )
        }))
        .collect();
    let path = sfi.path.map_or("none".to_string(), |p| p.to_string());
    let current = sfi.current.map_or("none", |c| c.code()).to_string();
    let passed_fields = SfiCourse::ALL
        .into_iter()
        .map(|c| {
            let day = sfi
                .passed
                .iter()
                .find(|(p, _)| *p == c)
                .map(|(_, d)| d.clone())
                .unwrap_or_default();
            let name: &'static str = match c {
                SfiCourse::A => "passed_A",
                SfiCourse::B => "passed_B",
                SfiCourse::C => "passed_C",
                SfiCourse::D => "passed_D",
            };
            let label = match c {
                SfiCourse::A => Key::SfiPassedA,
                SfiCourse::B => Key::SfiPassedB,
                SfiCourse::C => Key::SfiPassedC,
                SfiCourse::D => Key::SfiPassedD,
            };
            view! { <TextField name=name label=label hint=Key::OptionalHint kind="date" value=day error=error/> }
        })
        .collect_view();
    view! {
        <Page title=Key::SfiTitle error=error>
            <p><a href="/languages#sfi" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <p>{t(Key::SfiText)}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {crate::ui::radios("path", Key::SfiPathLegend, Some(Key::SfiPathHint), paths, path, error)}
                {crate::ui::radios("current", Key::SfiCurrentLegend, Some(Key::SfiApproxNote), courses, current, error)}
                <h2>{t(Key::SfiPassedHeading)}</h2>
                {passed_fields}
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

/// `/languages/used/new`: where a language was used.
#[component]
pub fn NewLanguageUsePage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <LanguageUseForm/>
        </RequireRole>
    }
}

#[component]
fn LanguageUseForm() -> impl IntoView {
    let action = form_action::<SaveLanguageUse>();
    let error = action_error(action);
    let kinds = UseKind::ALL
        .into_iter()
        .map(|k| (k.code(), t(k.label()).to_string()))
        .collect();
    view! {
        <Page title=Key::LangUseAdd error=error>
            <p><a href="/languages#used" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {crate::ui::radios("kind", Key::LangUseKind, None, kinds, String::new(), error)}
                <TextField name="language" label=Key::LanguageName hint=Key::LangUseLanguageHint value=t(Key::LangSwedish).to_string() error=error/>
                <TextField name="place" label=Key::LangUsePlace hint=Key::LangUsePlaceHint error=error/>
                <TextField name="from" label=Key::LangUseFrom hint=Key::CvDateHint error=error/>
                <TextField name="to" label=Key::LangUseTo hint=Key::CvDateHint error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

#[cfg(feature = "ssr")]
impl crate::profile::document::Document for LanguagesDoc {
    const PART: crate::profile::store::ProfilePart = crate::profile::store::ProfilePart::Languages;
    const ACCESS: crate::ssr::access::Part = crate::ssr::access::Part::Languages;
}
