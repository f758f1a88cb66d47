//! The one error type of the server-function layer. Every variant is something the UI can
//! translate; internal details are logged on the server and never leave it.
use crate::i18n::Key;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// Why one form field was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldProblem {
    Required,
    TooShort,
    TooLong,
    InvalidCharacters,
    PasswordTooCommon,
    PasswordSameAsLogin,
    LoginTaken,
    /// Sign-in refused: wrong login or password (never says which).
    BadCredentials,
    /// Sign-in with the right password to an account an admin has deactivated.
    Deactivated,
    /// A typed confirmation that is not the person's name.
    NameDoesNotMatch,
    TooMany,
    BadEmail,
    EndBeforeStart,
    EndWhileOngoing,
    UnknownOption,
    /// Not a date in one of the forms a CV takes: `2019`, `2019-03` or `2019-03-15`.
    BadDate,
    /// An uploaded file that is not a JSON Resume, or breaks its rules.
    BadFile,
    FileTooLarge,
    /// The entry being edited was moved or removed meanwhile (another tab or device).
    Changed,
    /// An invitation code that is unknown, used or expired.
    CodeNotFound,
    /// An imported file whose content breaks the CV's rules (listed by field with it).
    FileBreaksRules,
    /// A value of the wrong kind in an imported file (a number where text belongs).
    WrongKind,
    /// The part of the CV this form edits was changed elsewhere (another tab or device)
    /// after the form was opened; what was typed is kept, and saving again uses it.
    EditedElsewhere,
    /// A last day that has already gone by.
    DayPassed,
    /// The meeting has not begun: whether someone came cannot be known yet.
    NotStarted,
    /// Not a clock time (`10:00`).
    BadTime,
    /// A number outside what the field takes.
    OutOfRange,
    /// The time was booked by someone else meanwhile.
    Taken,
    /// The participant holds as many future bookings as allowed.
    TooManyBookings,
    /// Closer to now than the coach's minimum notice (or already past).
    TooSoon,
    /// Every seat of the workshop is taken.
    Full,
    /// The coach has a booking, a workshop or a drop-in then.
    Clashes,
    /// The drop-in queue takes nobody now (over, cancelled, or not today).
    QueueClosed,
    /// Not a whole day (`2027-03-31`) where only a day will do.
    BadDay,
    /// None of the choices was chosen (radio buttons).
    ChooseOne,
    /// The office has an employer of that name already.
    EmployerExists,
    /// A presentation to an employer asked for without the participant's yes.
    NoYes,
    /// As many goals going on as allowed.
    TooManyGoals,
    /// As many languages listed as allowed.
    TooManyLanguages,
    /// As many places a language was used as allowed.
    TooManyUses,
    /// Already in the list (a language named twice).
    Duplicate,
    /// An SFI course that is not on the chosen study path.
    NotOnPath,
    /// A day that has not come yet, where only past days make sense.
    InFuture,
    /// A course both passed and being read now.
    PassedIsCurrent,
    /// More lines (list items typed one a line) than the list takes.
    TooManyLines,
    /// As many strengths as allowed.
    TooManyStrengths,
    /// As many notes as allowed.
    TooManyNotes,
    /// Two time ranges of the same day that run into each other.
    Overlaps,
    /// As many job applications kept as allowed.
    TooManyApplications,
}

impl FieldProblem {
    /// The message for this problem on the given field.
    pub fn message(self, field: &str) -> Key {
        match (self, field) {
            (FieldProblem::Required, "login") => Key::ErrLoginRequired,
            (FieldProblem::Required, "password") => Key::ErrPasswordRequired,
            (FieldProblem::Required, "display_name") => Key::ErrNameRequired,
            (FieldProblem::Required, "secret" | "code") => Key::ErrCodeRequired,
            (FieldProblem::Required, "file") => Key::ErrFileRequired,
            (FieldProblem::Required, _) => Key::ErrRequired,
            (FieldProblem::TooShort, "password") => Key::ErrPasswordTooShort,
            (FieldProblem::TooShort, "login") => Key::ErrLoginTooShort,
            (FieldProblem::TooShort, _) => Key::ErrTooShort,
            (FieldProblem::TooLong, "password") => Key::ErrPasswordTooLong,
            (FieldProblem::TooLong, _) => Key::ErrTooLong,
            (FieldProblem::InvalidCharacters, _) => Key::ErrLoginCharacters,
            (FieldProblem::PasswordTooCommon, _) => Key::ErrPasswordTooCommon,
            (FieldProblem::PasswordSameAsLogin, _) => Key::ErrPasswordSameAsLogin,
            (FieldProblem::LoginTaken, _) => Key::ErrLoginTaken,
            (FieldProblem::BadCredentials, _) => Key::ErrBadCredentials,
            (FieldProblem::Deactivated, _) => Key::ErrDeactivated,
            (FieldProblem::NameDoesNotMatch, _) => Key::ErrNameDoesNotMatch,
            (FieldProblem::TooMany, _) => Key::ErrTooMany,
            (FieldProblem::BadEmail, _) => Key::ErrBadEmail,
            (FieldProblem::EndBeforeStart, _) => Key::ErrEndBeforeStart,
            (FieldProblem::Overlaps, _) => Key::ErrOverlaps,
            (FieldProblem::EndWhileOngoing, _) => Key::ErrEndWhileOngoing,
            (FieldProblem::UnknownOption, _) => Key::ErrUnknownOption,
            (FieldProblem::BadDate, "month") => Key::ErrBadMonth,
            (FieldProblem::BadDate, _) => Key::ErrBadDate,
            (FieldProblem::BadFile, _) => Key::ErrBadFile,
            (FieldProblem::FileTooLarge, _) => Key::ErrFileTooLarge,
            (FieldProblem::Changed, _) => Key::ErrChanged,
            (FieldProblem::CodeNotFound, _) => Key::ErrCodeNotFound,
            (FieldProblem::FileBreaksRules, _) => Key::ErrFileBreaksRules,
            (FieldProblem::WrongKind, _) => Key::ErrWrongKind,
            (FieldProblem::EditedElsewhere, _) => Key::ErrEditedElsewhere,
            (FieldProblem::DayPassed, _) => Key::ErrDayPassed,
            (FieldProblem::NotStarted, _) => Key::ErrNotStarted,
            (FieldProblem::BadTime, "interview") => Key::ErrBadInterviewTime,
            (FieldProblem::BadTime, _) => Key::ErrBadTime,
            (FieldProblem::OutOfRange, _) => Key::ErrOutOfRange,
            (FieldProblem::Taken, _) => Key::ErrTaken,
            (FieldProblem::TooManyBookings, _) => Key::ErrTooManyBookings,
            (FieldProblem::TooSoon, "seat") => Key::ErrSeatClosed,
            (FieldProblem::TooSoon, _) => Key::ErrTooSoon,
            (FieldProblem::Full, _) => Key::ErrFull,
            (FieldProblem::Clashes, _) => Key::ErrClashes,
            (FieldProblem::QueueClosed, _) => Key::ErrQueueClosed,
            (FieldProblem::BadDay, _) => Key::ErrBadDay,
            (FieldProblem::ChooseOne, _) => Key::ErrChooseOne,
            (FieldProblem::EmployerExists, _) => Key::ErrEmployerExists,
            (FieldProblem::NoYes, _) => Key::ErrNoYes,
            (FieldProblem::TooManyGoals, _) => Key::ErrTooManyGoals,
            (FieldProblem::TooManyLanguages, _) => Key::ErrTooManyLanguages,
            (FieldProblem::TooManyUses, _) => Key::ErrTooManyUses,
            (FieldProblem::Duplicate, "text") => Key::ErrDuplicateStrength,
            (FieldProblem::Duplicate, _) => Key::ErrDuplicateLanguage,
            (FieldProblem::NotOnPath, _) => Key::ErrNotOnPath,
            (FieldProblem::InFuture, _) => Key::ErrInFuture,
            (FieldProblem::PassedIsCurrent, _) => Key::ErrPassedIsCurrent,
            (FieldProblem::TooManyLines, "interests") => Key::ErrTooManyInterests,
            (FieldProblem::TooManyLines, _) => Key::ErrTooManyWorkGoals,
            (FieldProblem::TooManyStrengths, _) => Key::ErrTooManyStrengths,
            (FieldProblem::TooManyNotes, _) => Key::ErrTooManyNotes,
            (FieldProblem::TooManyApplications, _) => Key::ErrTooManyApplications,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub problem: FieldProblem,
}

/// A refused form: what was wrong, and the non-secret values the person typed, so that a
/// page rendered without JavaScript can give them back.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invalid {
    pub errors: Vec<FieldError>,
    pub values: Vec<(String, String)>,
}

impl Invalid {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, field: &str, problem: FieldProblem) {
        self.errors.push(FieldError {
            field: field.to_string(),
            problem,
        });
    }

    /// One line of text from a form: cleaned and trimmed; noted when required and empty or
    /// longer than `max` characters.
    pub fn line(&mut self, field: &str, typed: &str, required: bool, max: usize) -> String {
        let text = crate::text::clean_line(typed).trim().to_string();
        if required && text.is_empty() {
            self.add(field, FieldProblem::Required);
        } else if text.chars().count() > max {
            self.add(field, FieldProblem::TooLong);
        }
        text
    }

    /// Running text from a form (line breaks kept): cleaned and trimmed; noted when longer
    /// than `max` characters.
    pub fn text(&mut self, field: &str, typed: &str, max: usize) -> String {
        let text = crate::text::clean_text(typed).trim().to_string();
        if text.chars().count() > max {
            self.add(field, FieldProblem::TooLong);
        }
        text
    }

    /// Keeps a typed value for redisplay. Never call this with a password.
    pub fn keep(mut self, field: &str, value: &str) -> Self {
        self.values.push((field.to_string(), value.to_string()));
        self
    }

    pub fn into_result(self) -> Result<(), AppError> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::Invalid(self))
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    /// Not signed in, or the session has ended.
    Unauthorized,
    /// Signed in, but this is not yours to see or change.
    Forbidden,
    NotFound,
    /// The invitation link or code is unknown, used or expired.
    InvitationInvalid,
    Invalid(Invalid),
    /// Too many attempts; try again after this many minutes (0: soon, unknown when).
    RateLimited(u32),
    /// What the request was about changed meanwhile (a list reordered in another tab).
    Conflict,
    /// The account a coach acted on changed meanwhile (the person made their account, or
    /// the invitation was taken back elsewhere).
    AccountChanged,
    /// The request itself was malformed (arguments that do not parse): not something a
    /// person filling in our forms can cause.
    BadRequest,
    /// The request was larger than the server takes.
    TooLarge,
    /// Too close to the appointment to cancel it here: contact the coach.
    PastCutoff,
    /// Something broke on our side; the details are in the server log.
    Internal,
    /// The request never got an answer (offline, server down).
    Network,
}

impl AppError {
    pub fn message(&self) -> Key {
        match self {
            AppError::Unauthorized => Key::ErrUnauthorized,
            AppError::Forbidden => Key::ErrForbidden,
            AppError::NotFound => Key::ErrNotFound,
            AppError::InvitationInvalid => Key::ErrInvitationInvalid,
            AppError::Invalid(_) => Key::ErrInvalid,
            AppError::RateLimited(_) => Key::ErrRateLimited,
            AppError::Conflict => Key::ErrConflict,
            AppError::AccountChanged => Key::ErrAccountChanged,
            AppError::BadRequest => Key::ErrBadRequest,
            AppError::TooLarge => Key::ErrTooLarge,
            AppError::PastCutoff => Key::ErrPastCutoff,
            AppError::Internal => Key::ErrInternal,
            AppError::Network => Key::ErrNetwork,
        }
    }

    /// The message as a person reads it, with its details filled in.
    pub fn text(&self) -> String {
        match self {
            AppError::RateLimited(minutes) if *minutes > 0 => format!(
                "{} {}",
                crate::i18n::t(Key::ErrRateLimited),
                crate::i18n::tp(Key::ErrRetryAfter, "minutes", u64::from(*minutes), &[])
            ),
            other => crate::i18n::t(other.message()).to_string(),
        }
    }

    pub fn field_error(&self, field: &str) -> Option<FieldProblem> {
        match self {
            AppError::Invalid(inv) => inv
                .errors
                .iter()
                .find(|e| e.field == field)
                .map(|e| e.problem),
            _ => None,
        }
    }

    pub fn value(&self, field: &str) -> Option<String> {
        match self {
            AppError::Invalid(inv) => inv
                .values
                .iter()
                .find(|(f, _)| f == field)
                .map(|(_, v)| v.clone()),
            _ => None,
        }
    }

    /// The same error with every kept value cut to `max_chars`, so that what carries it
    /// (a session for a no-JavaScript redirect) stays small whatever was posted.
    pub fn with_values_capped(mut self, max_chars: usize) -> AppError {
        if let AppError::Invalid(inv) = &mut self {
            for (_, value) in &mut inv.values {
                if value.chars().count() > max_chars {
                    *value = value.chars().take(max_chars).collect();
                }
            }
        }
        self
    }

    #[cfg(feature = "ssr")]
    pub fn status(&self) -> http::StatusCode {
        use http::StatusCode;
        match self {
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Invalid(inv)
                if inv
                    .errors
                    .iter()
                    .any(|e| e.problem == FieldProblem::BadCredentials) =>
            {
                StatusCode::UNAUTHORIZED
            }
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::NotFound | AppError::InvitationInvalid => StatusCode::NOT_FOUND,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Conflict | AppError::AccountChanged | AppError::PastCutoff => {
                StatusCode::CONFLICT
            }
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Internal | AppError::Network => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) => AppError::Network,
            // Arguments that do not parse (`id=abc`, a repeated field, a JSON body sent to a
            // form endpoint) are the client's fault; a body cut off at the size limit is
            // reported by the limit's own error text.
            ServerFnErrorErr::Args(e)
            | ServerFnErrorErr::MissingArg(e)
            | ServerFnErrorErr::Deserialization(e) => {
                #[cfg(feature = "ssr")]
                tracing::info!(error = %e, "malformed server function arguments");
                if e.contains("length limit exceeded") {
                    AppError::TooLarge
                } else {
                    AppError::BadRequest
                }
            }
            other => {
                #[cfg(feature = "ssr")]
                tracing::warn!(error = %other, "server function failed before its body ran");
                let _ = other;
                AppError::Internal
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_values_are_capped_by_characters() {
        let mut invalid = Invalid::new();
        invalid.add("login", FieldProblem::TooLong);
        let error = AppError::Invalid(invalid.keep("login", &"å".repeat(60_000)));
        let capped = error.with_values_capped(100);
        assert_eq!(capped.value("login").map(|v| v.chars().count()), Some(100));
        assert_eq!(capped.field_error("login"), Some(FieldProblem::TooLong));
        assert_eq!(AppError::Conflict.with_values_capped(1), AppError::Conflict);
    }
}
