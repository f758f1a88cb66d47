//! The job development forms, read on the server into domain types, or refused with a
//! message per field and every value typed kept.
use super::*;
use crate::strengths::catalogue::{CHOICES, MEANS};

pub(super) fn get<'a>(fields: &'a BTreeMap<String, String>, name: &str) -> &'a str {
    fields.get(name).map(String::as_str).unwrap_or("")
}

/// A refusal that gives back everything typed.
pub(super) fn refuse(invalid: Invalid, fields: &BTreeMap<String, String>) -> AppError {
    let kept = fields
        .iter()
        .fold(invalid, |inv, (name, value)| inv.keep(name, value));
    AppError::Invalid(kept)
}

/// The office has an employer of the name typed: refused, everything typed kept.
pub(super) fn name_taken(fields: &BTreeMap<String, String>) -> AppError {
    let mut invalid = Invalid::new();
    invalid.add("name", FieldProblem::EmployerExists);
    refuse(invalid, fields)
}

pub(super) fn employer(fields: &BTreeMap<String, String>) -> Result<EmployerFields, AppError> {
    let mut invalid = Invalid::new();
    let f = EmployerFields {
        name: invalid.line("name", get(fields, "name"), true, LINE_MAX),
        place: invalid.line("place", get(fields, "place"), false, LINE_MAX),
        sector: invalid.line("sector", get(fields, "sector"), false, LINE_MAX),
        contact_name: invalid.line("contact_name", get(fields, "contact_name"), false, LINE_MAX),
        contact_phone: invalid.line("contact_phone", get(fields, "contact_phone"), false, 40),
        contact_email: invalid.line(
            "contact_email",
            get(fields, "contact_email"),
            false,
            LINE_MAX,
        ),
        needs: invalid.text("needs", get(fields, "needs"), TEXT_MAX),
    };
    if !f.contact_email.is_empty() && !looks_like_email(&f.contact_email) {
        invalid.add("contact_email", FieldProblem::BadEmail);
    }
    if invalid.errors.is_empty() {
        Ok(f)
    } else {
        Err(refuse(invalid, fields))
    }
}

/// Something, an `@`, something with a dot: enough to catch a phone number typed in the
/// wrong field; a work address is checked by whoever writes to it.
pub(super) fn looks_like_email(text: &str) -> bool {
    match text.split_once('@') {
        Some((name, domain)) => {
            !name.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// A lead's kind, title and details.
pub(super) fn lead(
    fields: &BTreeMap<String, String>,
) -> Result<(LeadKind, String, LeadDetails), AppError> {
    let mut invalid = Invalid::new();
    let kind = LeadKind::parse(get(fields, "kind"));
    if kind.is_none() {
        invalid.add("kind", FieldProblem::ChooseOne);
    }
    let title = invalid.line("title", get(fields, "title"), true, LINE_MAX);
    let mut details = LeadDetails {
        tasks: invalid.text("tasks", get(fields, "tasks"), COMMENT_MAX),
        hours_note: invalid.line("hours_note", get(fields, "hours_note"), false, LINE_MAX),
        location: invalid.line("location", get(fields, "location"), false, LINE_MAX),
        mentor: invalid.line("mentor", get(fields, "mentor"), false, LINE_MAX),
        ..LeadDetails::default()
    };
    for name in LEAD_QUESTIONS {
        let code = get(fields, name);
        let known = CHOICES
            .iter()
            .find(|(n, _, _)| *n == name)
            .is_some_and(|(_, _, answers)| answers.iter().any(|(c, _)| *c == code));
        if code.is_empty() || code == "none" {
            continue;
        }
        if known {
            details.choices.insert(name.to_string(), code.to_string());
        } else {
            invalid.add(name, FieldProblem::UnknownOption);
        }
    }
    details.reach = MEANS
        .iter()
        .filter(|(code, _)| !get(fields, &format!("reach-{code}")).is_empty())
        .map(|(code, _)| code.to_string())
        .collect();
    let start = get(fields, "start").trim();
    if !start.is_empty() {
        match crate::ssr::clock::parse_day(start) {
            Some(day) => details.start = day.to_string(),
            None => invalid.add("start", FieldProblem::BadDay),
        }
    }
    for i in 1..=LEAD_LANGUAGES {
        let name_field = format!("language-{i}");
        let level_field = format!("level-{i}");
        let name = invalid.line(&name_field, get(fields, &name_field), false, 60);
        let level = get(fields, &level_field);
        if name.is_empty() {
            continue;
        }
        match Cefr::parse(level) {
            Some(level) => details.languages.push(LeadLanguage { name, level }),
            None => invalid.add(&level_field, FieldProblem::ChooseOne),
        }
    }
    match kind {
        Some(kind) if invalid.errors.is_empty() => Ok((kind, title, details)),
        _ => Err(refuse(invalid, fields)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_lead_as_typed() {
        let (kind, title, d) = lead(&fields(&[
            ("kind", "praktik"),
            ("title", " Köksbiträde "),
            ("tasks", "Diska och förbereda sallader"),
            ("hours", "part"),
            ("place", "indoor"),
            ("pace", "none"),
            ("reach-transit", "on"),
            ("start", "2027-01-11"),
            ("language-1", "Svenska"),
            ("level-1", "A2"),
            ("mentor", "Eva"),
        ]))
        .expect("a lead");
        assert_eq!(kind, LeadKind::Praktik);
        assert_eq!(title, "Köksbiträde");
        assert_eq!(d.choices.len(), 2);
        assert_eq!(d.reach, vec!["transit".to_string()]);
        assert_eq!(d.start, "2027-01-11");
        assert_eq!(
            d.languages,
            vec![LeadLanguage {
                name: "Svenska".into(),
                level: Cefr::A2
            }]
        );
    }

    #[test]
    fn a_refused_lead_keeps_what_was_typed() {
        let typed = fields(&[
            ("kind", "job"),
            ("title", ""),
            ("start", "in January"),
            ("language-1", "Svenska"),
            ("hours", "sometimes"),
        ]);
        let Err(AppError::Invalid(invalid)) = lead(&typed) else {
            panic!("refused");
        };
        let fields: Vec<&str> = invalid.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, vec!["title", "hours", "start", "level-1"]);
        assert!(invalid
            .values
            .contains(&("start".to_string(), "in January".to_string())));
    }

    #[test]
    fn an_employer_needs_a_name_and_a_real_address() {
        let Err(AppError::Invalid(invalid)) = employer(&fields(&[
            ("name", "  "),
            ("contact_email", "070-123 45 67"),
        ])) else {
            panic!("refused");
        };
        assert_eq!(invalid.errors.len(), 2);
        assert!(looks_like_email("eva@bageriet.se"));
        assert!(!looks_like_email("eva@bageriet"));
        assert!(!looks_like_email("@bageriet.se"));
    }
}
