//! Applications: reading what the form sent into an application, or the form's errors with
//! what was typed.
use super::*;
use crate::applications::store::ApplicationFields;
use crate::ssr::clock::{parse_day, STOCKHOLM};
use jiff::civil::Date;

/// An interview time typed into a `datetime-local` field (`2026-12-08T10:00`), a Stockholm
/// wall-clock time, as the instant it names (Unix seconds). A time the spring change skips
/// is read as the clocks would show it an hour later.
pub fn interview_instant(typed: &str) -> Option<i64> {
    // A browser without a date-and-time picker sends what was typed: `2026-12-08 10:00`.
    let typed = typed.trim().replacen(' ', "T", 1);
    // A day alone is not a time: midnight would be a guess.
    if !typed.contains('T') {
        return None;
    }
    let civil: jiff::civil::DateTime = typed.parse().ok()?;
    let zoned = STOCKHOLM.to_zoned_datetime(civil).ok()?;
    Some(zoned.timestamp().as_second())
}

/// An instant as a `datetime-local` field shows it in Stockholm (`2026-12-08T10:00`).
pub fn interview_typed(unix: i64) -> Option<String> {
    let at = jiff::Timestamp::from_second(unix).ok()?;
    Some(
        STOCKHOLM
            .to_datetime(at)
            .strftime("%Y-%m-%dT%H:%M")
            .to_string(),
    )
}

/// An application from its form (`today`: Stockholm's, the day an empty day field means),
/// or the form's errors with everything typed kept. A new application has no status or
/// interview fields: it was just sent.
pub fn fields_from(
    fields: &BTreeMap<String, String>,
    today: Date,
) -> Result<ApplicationFields, AppError> {
    let get = |name: &str| fields.get(name).map(|s| s.trim()).unwrap_or("");
    let mut invalid = Invalid::new();
    let mut name = |field: &str| {
        let value = crate::text::clean_line(get(field)).trim().to_string();
        if value.is_empty() {
            invalid.add(field, FieldProblem::Required);
        } else if value.chars().count() > NAME_MAX {
            invalid.add(field, FieldProblem::TooLong);
        }
        value
    };
    let (employer, job) = (name("employer"), name("job"));
    let applied_day = match get("day") {
        "" => Some(today),
        typed => match parse_day(typed) {
            Some(day) if day > today => {
                invalid.add("day", FieldProblem::InFuture);
                None
            }
            Some(day) => Some(day),
            None => {
                invalid.add("day", FieldProblem::BadDay);
                None
            }
        },
    };
    let how = HowApplied::parse(get("how"));
    if how.is_none() {
        invalid.add("how", FieldProblem::ChooseOne);
    }
    let status = match get("status") {
        "" => Some(ApplicationStatus::Applied),
        code => ApplicationStatus::parse(code),
    };
    if status.is_none() {
        invalid.add("status", FieldProblem::ChooseOne);
    }
    let interview_at = match get("interview") {
        "" => None,
        typed => {
            let at = interview_instant(typed);
            if at.is_none() {
                invalid.add("interview", FieldProblem::BadTime);
            }
            at
        }
    };
    match (applied_day, how, status) {
        (Some(day), Some(how), Some(status)) if invalid.errors.is_empty() => {
            Ok(ApplicationFields {
                employer,
                job,
                applied_day: day.to_string(),
                how,
                status,
                interview_at,
            })
        }
        _ => {
            let kept = fields
                .iter()
                .filter(|(k, _)| k.as_str() != "id")
                .fold(invalid, |inv, (k, v)| inv.keep(k, v));
            Err(AppError::Invalid(kept))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn form(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn an_empty_day_is_today_in_stockholm() {
        let today = date(2026, 12, 1);
        let fields = fields_from(
            &form(&[
                ("employer", " ICA Maxi\t"),
                ("job", "Kassa"),
                ("how", "coach"),
            ]),
            today,
        )
        .expect("valid");
        assert_eq!(fields.employer, "ICA Maxi");
        assert_eq!(fields.applied_day, "2026-12-01");
        assert_eq!(fields.how, HowApplied::Coach);
        assert_eq!(fields.status, ApplicationStatus::Applied);
        assert_eq!(fields.interview_at, None);
    }

    #[test]
    fn bad_input_is_refused_by_field_and_kept() {
        let today = date(2026, 12, 1);
        let Err(AppError::Invalid(invalid)) = fields_from(
            &form(&[
                ("id", "7"),
                ("employer", ""),
                ("job", &"x".repeat(201)),
                ("day", "2026-12-02"),
                ("how", "pigeon"),
                ("status", "maybe"),
                ("interview", "tisdag"),
            ]),
            today,
        ) else {
            panic!("refused");
        };
        let fields: Vec<&str> = invalid.errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["employer", "job", "day", "how", "status", "interview"]
        );
        assert!(invalid
            .values
            .iter()
            .any(|(k, v)| k == "interview" && v == "tisdag"));
        assert!(!invalid.values.iter().any(|(k, _)| k == "id"));
        let Err(AppError::Invalid(invalid)) = fields_from(&form(&[("day", "igår")]), today) else {
            panic!("refused");
        };
        assert!(invalid
            .errors
            .iter()
            .any(|e| e.field == "day" && e.problem == FieldProblem::BadDay));
    }

    #[test]
    fn an_interview_is_a_stockholm_time() {
        // 10:00 in Stockholm in winter is 09:00 UTC; in summer 08:00 UTC.
        let winter = interview_instant("2026-12-08T10:00").expect("time");
        assert_eq!(
            winter,
            "2026-12-08T09:00:00Z"
                .parse::<jiff::Timestamp>()
                .expect("t")
                .as_second()
        );
        let summer = interview_instant("2027-06-08T10:00").expect("time");
        assert_eq!(
            summer,
            "2027-06-08T08:00:00Z"
                .parse::<jiff::Timestamp>()
                .expect("t")
                .as_second()
        );
        assert_eq!(interview_typed(winter).as_deref(), Some("2026-12-08T10:00"));
        assert_eq!(interview_instant("2026-12-08 10:00"), Some(winter));
        assert_eq!(interview_instant("2026-12-08"), None);
    }
}
