//! Strengths, server-only: reading the store for the server functions and the checks they share.
use super::*;
pub use crate::profile::document::refuse;

pub fn get<'a>(fields: &'a BTreeMap<String, String>, name: &str) -> &'a str {
    fields.get(name).map(|s| s.trim()).unwrap_or("")
}

/// One line of text, cleaned and bounded.
pub fn line(
    fields: &BTreeMap<String, String>,
    name: &str,
    max: usize,
    invalid: &mut Invalid,
) -> String {
    let value = crate::text::clean_line(get(fields, name));
    if value.chars().count() > max {
        invalid.add(name, FieldProblem::TooLong);
    }
    value
}

/// Free text (line breaks kept), cleaned and bounded.
pub fn text(
    fields: &BTreeMap<String, String>,
    name: &str,
    max: usize,
    invalid: &mut Invalid,
) -> String {
    let value = crate::text::clean_text(get(fields, name))
        .trim()
        .to_string();
    if value.chars().count() > max {
        invalid.add(name, FieldProblem::TooLong);
    }
    value
}

/// A list typed one item per line: each a line of at most `chars`, at most `max` items.
pub fn lines(
    fields: &BTreeMap<String, String>,
    name: &str,
    max: usize,
    chars: usize,
    invalid: &mut Invalid,
) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    for item in get(fields, name).lines() {
        let item = crate::text::clean_line(item).trim().to_string();
        if !item.is_empty()
            && !items
                .iter()
                .any(|i| i.to_lowercase() == item.to_lowercase())
        {
            items.push(item);
        }
    }
    if items.len() > max {
        invalid.add(name, FieldProblem::TooManyLines);
    } else if items.iter().any(|i| i.chars().count() > chars) {
        invalid.add(name, FieldProblem::TooLong);
    }
    items
}

/// The strengths ticked on the list (`pick-heart-calm=on`); an unknown one is refused.
pub fn picks_from(fields: &BTreeMap<String, String>) -> Result<Vec<(Group, String)>, Invalid> {
    let mut picks = Vec::new();
    let mut invalid = Invalid::new();
    for (name, value) in fields {
        let Some(rest) = name.strip_prefix("pick-") else {
            continue;
        };
        if value.is_empty() {
            continue;
        }
        match rest
            .split_once('-')
            .and_then(|(g, slug)| Some((Group::parse(g)?, slug)))
            .filter(|(g, slug)| catalogue::key(*g, slug).is_some())
        {
            Some((group, slug)) => picks.push((group, slug.to_string())),
            None => {
                if invalid.errors.is_empty() {
                    invalid.add("pick-heart", FieldProblem::UnknownOption);
                }
            }
        }
    }
    if invalid.errors.is_empty() {
        Ok(picks)
    } else {
        Err(invalid)
    }
}

/// Conditions for success from their form.
pub fn conditions_from(
    fields: &BTreeMap<String, String>,
    today: jiff::civil::Date,
) -> Result<Conditions, Invalid> {
    let mut invalid = Invalid::new();
    let mut choices = BTreeMap::new();
    for (question, _, options) in catalogue::CHOICES {
        match get(fields, question) {
            "" | "none" => {}
            code if options.iter().any(|(c, _)| *c == code) => {
                choices.insert(question.to_string(), code.to_string());
            }
            _ => invalid.add(question, FieldProblem::UnknownOption),
        }
    }
    let mut means = Vec::new();
    for (code, _) in catalogue::MEANS {
        if !get(fields, &format!("means-{code}")).is_empty() {
            means.push(code.to_string());
        }
    }
    let hours_note = line(fields, "hours_note", LINE_CHARS, &mut invalid);
    let physical_note = line(fields, "physical_note", LINE_CHARS * 2, &mut invalid);
    let earliest = match get(fields, "earliest") {
        "" => String::new(),
        typed => match crate::ssr::clock::parse_day(typed) {
            Some(day) if day < today => {
                // A day gone by: "from now", said as today.
                today.to_string()
            }
            Some(day) => day.to_string(),
            None => {
                invalid.add("earliest", FieldProblem::BadDay);
                String::new()
            }
        },
    };
    if invalid.errors.is_empty() {
        Ok(Conditions {
            choices,
            means,
            hours_note,
            physical_note,
            earliest,
        })
    } else {
        Err(invalid)
    }
}

/// Puts the strengths (as CV skills, the list's words in the CV's language) and the
/// interests into a CV; what the CV already lists (by name, any case) is not repeated.
pub fn into_cv(doc: &StrengthsDoc, cv: &mut crate::cv::model::Cv) {
    use crate::cv::model::{Interest, Skill};
    cv.adopt_kept_interests();
    let locale = crate::cv::print::cv_locale(cv.language);
    let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
    let names = doc
        .picked
        .iter()
        .filter_map(|p| catalogue::key(p.group, &p.slug).map(|k| k.get(locale).to_string()))
        .chain(doc.own.iter().map(|o| o.text.clone()));
    // A CV holds so many entries; the rest stay in "Mina styrkor".
    let room = crate::cv::model::limits::ENTRIES;
    for name in names {
        if cv.skills.len() < room && !cv.skills.iter().any(|s| same(&s.name, &name)) {
            cv.skills.push(Skill {
                name,
                ..Skill::default()
            });
        }
    }
    for name in &doc.interests {
        if cv.interests.len() < room && !cv.interests.iter().any(|i| same(&i.name, name)) {
            cv.interests.push(Interest {
                name: name.clone(),
                ..Interest::default()
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::text::form_fields as form;

    #[test]
    fn picks_are_read_from_their_names_and_unknown_ones_refused() {
        let picks = picks_from(&form(&[
            ("pick-heart-calm", "on"),
            ("pick-hands-quick-learner", ""),
            ("pick-head-phone-apps", "on"),
            ("other", "x"),
        ]))
        .expect("known strengths");
        assert_eq!(
            picks,
            vec![
                (Group::Head, "phone-apps".to_string()),
                (Group::Heart, "calm".to_string())
            ]
        );
        assert!(picks_from(&form(&[("pick-heart-evil", "on")])).is_err());
        assert!(picks_from(&form(&[("pick-feet-calm", "on")])).is_err());
    }

    #[test]
    fn lists_typed_a_line_each_are_bounded_and_unique() {
        let mut invalid = Invalid::new();
        let items = lines(
            &form(&[("interests", "Fotboll\n\n fotboll \nMatlagning\r\nMusik")]),
            "interests",
            3,
            100,
            &mut invalid,
        );
        assert_eq!(items, vec!["Fotboll", "Matlagning", "Musik"]);
        assert!(invalid.errors.is_empty());
        lines(
            &form(&[("interests", "a\nb\nc\nd")]),
            "interests",
            3,
            100,
            &mut invalid,
        );
        assert_eq!(invalid.errors[0].problem, FieldProblem::TooManyLines);
    }

    #[test]
    fn conditions_take_known_answers_only() {
        let today: jiff::civil::Date = "2026-12-01".parse().expect("a day");
        let ok = conditions_from(
            &form(&[
                ("hours", "part"),
                ("place", "outdoor"),
                ("means-bike", "on"),
                ("earliest", "2027-01-07"),
            ]),
            today,
        )
        .expect("known answers");
        assert_eq!(ok.choices["hours"], "part");
        assert_eq!(ok.means, vec!["bike"]);
        assert_eq!(ok.earliest, "2027-01-07");
        let bad = conditions_from(&form(&[("hours", "always"), ("earliest", "snart")]), today)
            .unwrap_err();
        let fields: Vec<_> = bad.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["hours", "earliest"]);
    }

    #[test]
    fn the_cv_gets_strengths_as_skills_in_its_language_once() {
        let mut cv = crate::cv::model::Cv {
            language: crate::cv::model::CvLanguage::En,
            ..Default::default()
        };
        let doc = StrengthsDoc {
            picked: vec![Picked {
                group: Group::Hands,
                slug: "cooking".into(),
                example: String::new(),
            }],
            own: vec![OwnStrength {
                group: Group::Head,
                text: "Tigrinja-tolk".into(),
                example: String::new(),
            }],
            interests: vec!["Fotboll".into()],
            ..Default::default()
        };
        into_cv(&doc, &mut cv);
        into_cv(&doc, &mut cv);
        let skills: Vec<_> = cv.skills.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(skills, vec!["Cooking", "Tigrinja-tolk"]);
        assert_eq!(cv.interests.len(), 1);
    }
}
