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
}

impl FieldProblem {
    /// The message for this problem on the given field.
    pub fn message(self, field: &str) -> Key {
        match (self, field) {
            (FieldProblem::Required, "login") => Key::ErrLoginRequired,
            (FieldProblem::Required, "password") => Key::ErrPasswordRequired,
            (FieldProblem::Required, "display_name") => Key::ErrNameRequired,
            (FieldProblem::Required, "secret") => Key::ErrCodeRequired,
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
            (FieldProblem::TooMany, _) => Key::ErrTooMany,
            (FieldProblem::BadEmail, _) => Key::ErrBadEmail,
            (FieldProblem::EndBeforeStart, _) => Key::ErrEndBeforeStart,
            (FieldProblem::EndWhileOngoing, _) => Key::ErrEndWhileOngoing,
            (FieldProblem::UnknownOption, _) => Key::ErrUnknownOption,
            (FieldProblem::BadDate, _) => Key::ErrBadDate,
            (FieldProblem::BadFile, _) => Key::ErrBadFile,
            (FieldProblem::FileTooLarge, _) => Key::ErrFileTooLarge,
            (FieldProblem::Changed, _) => Key::ErrChanged,
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
    RateLimited,
    /// What the request was about changed meanwhile (a list reordered in another tab).
    Conflict,
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
            AppError::RateLimited => Key::ErrRateLimited,
            AppError::Conflict => Key::ErrConflict,
            AppError::Internal => Key::ErrInternal,
            AppError::Network => Key::ErrNetwork,
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
            AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            AppError::Conflict => StatusCode::CONFLICT,
            AppError::Internal | AppError::Network => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) => AppError::Network,
            // Malformed arguments are a client fault, but they come from our own forms, so
            // the person can do nothing about them beyond trying again.
            other => {
                #[cfg(feature = "ssr")]
                tracing::warn!(error = %other, "server function failed before its body ran");
                let _ = other;
                AppError::Internal
            }
        }
    }
}
