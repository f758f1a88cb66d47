//! The answers every download gives (a CSV, a calendar file, a PDF, the data export): one
//! refusal, so that no file tells a stranger more than a page does, and one way to name the
//! file the browser saves.
use crate::error::AppError;
use axum::body::Body;
use axum::response::{IntoResponse, Redirect, Response};
use http::{header, HeaderValue, StatusCode};

/// A refused download: someone signed out goes to sign in; a file they may not have, or one
/// that does not exist, is "not found" alike; anything else is a bare 500, with no detail.
pub fn refused(e: AppError) -> Response {
    match e {
        AppError::Unauthorized => Redirect::to("/sign-in").into_response(),
        AppError::NotFound | AppError::Forbidden => StatusCode::NOT_FOUND.into_response(),
        _ => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// A file to save as `name`, an ASCII name made by the server (never typed by anyone).
pub fn attachment(content_type: &'static str, name: &str, body: impl Into<Body>) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
                    .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
            ),
        ],
        body.into(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_never_says_whether_the_file_exists() {
        assert_eq!(refused(AppError::NotFound).status(), StatusCode::NOT_FOUND);
        assert_eq!(refused(AppError::Forbidden).status(), StatusCode::NOT_FOUND);
        let signed_out = refused(AppError::Unauthorized);
        assert!(signed_out.status().is_redirection());
        assert_eq!(
            signed_out
                .headers()
                .get(header::LOCATION)
                .map(|v| v.as_bytes()),
            Some(&b"/sign-in"[..])
        );
    }

    #[test]
    fn the_file_is_saved_under_its_name() {
        let file = attachment("text/csv; charset=utf-8", "rapport-2026.csv", "a,b\n");
        assert_eq!(
            file.headers()
                .get(header::CONTENT_DISPOSITION)
                .map(|v| v.as_bytes()),
            Some(&b"attachment; filename=\"rapport-2026.csv\""[..])
        );
    }
}
