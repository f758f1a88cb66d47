//! Languages, server-only: reading the store for the server functions and the checks they share.
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

    use crate::text::form_fields as form;

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
