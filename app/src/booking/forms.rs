//! Booking: reading what a form sent.
use super::*;

/// The arrangements ticked in a form (checkboxes named `need-CODE`), as stored: known
/// codes in the list's order, comma-separated.
pub fn needs_from(fields: &BTreeMap<String, String>) -> String {
    NEEDS
        .iter()
        .filter(|(code, _)| fields.contains_key(&format!("need-{code}")))
        .map(|(code, _)| *code)
        .collect::<Vec<_>>()
        .join(",")
}

/// The reason a coach gives for cancelling (a meeting, a workshop): one line, required, at
/// most 200 characters; refused with what was typed kept.
#[cfg(feature = "ssr")]
pub fn cancel_reason(typed: Option<&str>) -> Result<String, AppError> {
    let reason = crate::text::clean_line(typed.unwrap_or(""));
    let reason = reason.trim();
    let problem = if reason.is_empty() {
        FieldProblem::Required
    } else if reason.chars().count() > 200 {
        FieldProblem::TooLong
    } else {
        return Ok(reason.to_string());
    };
    let mut invalid = Invalid::new();
    invalid.add("reason", problem);
    Err(AppError::Invalid(invalid.keep("reason", reason)))
}
