//! Carries a form's error across the redirect that answers a post made without JavaScript.
//!
//! leptos_axum puts the error (which holds the typed values) into the redirect URL as
//! `__path`/`__err`. That would leave names and other personal details in browser history
//! and proxy logs, so this moves it into the server-side session and strips it from the
//! URL; the next page load takes it out again and hands it to the app as [`FormFlash`].
//! A visitor who is not signed in has no session, and a refused form must not make one
//! (a stranger posting wrong passwords would fill the session table): theirs travels in a
//! short-lived cookie of its own instead.
use app::FormFlash;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use tower_sessions::Session;

const KEY: &str = "form_error";

/// The cookie that carries an anonymous visitor's form error to the next page.
pub const COOKIE: &str = "vagval_form_error";

/// An anonymous visitor's form (sign-in, invitation) has short fields; what is kept of each
/// value for the redisplay is capped so the error fits a cookie, which lives minutes.
const ANONYMOUS_VALUE_CHARS: usize = 200;
const ANONYMOUS_FLASH_SECONDS: u32 = 600;
/// Browsers keep cookies up to 4 KB; beyond this the typed values are left out.
const COOKIE_BYTES: usize = 3_500;
/// A signed-in person's flash is bounded by the request size limit already.
const SIGNED_IN_FLASH_BYTES: usize = 256 * 1024;

pub async fn stash(
    axum::extract::State(secure): axum::extract::State<bool>,
    session: Session,
    req: Request,
    next: Next,
) -> Response {
    let mut res = next.run(req).await;
    if !res.status().is_redirection() {
        return res;
    }
    let Some(location) = res
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
    else {
        return res;
    };
    let Some((base, query)) = location.split_once('?') else {
        return res;
    };
    let Some((path, err, clean)) = split_error(base, query) else {
        return res;
    };
    // A malformed request is not a form's error: the browser gets a page saying so, with
    // the status (see `problem_page`).
    if let Some(status) = request_problem(&err) {
        res.extensions_mut().insert(RequestProblem(status));
        return res;
    }
    if app::ssr::signed_in(&session).await {
        if err.len() > SIGNED_IN_FLASH_BYTES {
            tracing::warn!("form error too large to keep");
            return res;
        }
        if let Err(e) = session.insert(KEY, (path, err)).await {
            tracing::error!(error = %e, "could not keep form error in session");
            return res;
        }
    } else {
        // The path names a server function; anything else has no place in a cookie.
        if !path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/-_".contains(&b))
        {
            return res;
        }
        let Some(value) = [ANONYMOUS_VALUE_CHARS, 20, 0]
            .into_iter()
            .map(|chars| format!("{path}|{}", cap(&err, chars)))
            .find(|v| v.len() <= COOKIE_BYTES)
        else {
            tracing::warn!("form error too large to keep");
            return res;
        };
        let secure = if secure { "; Secure" } else { "" };
        let cookie = format!(
            "{COOKIE}={value}; Path=/; Max-Age={ANONYMOUS_FLASH_SECONDS}; SameSite=Lax; HttpOnly{secure}"
        );
        match HeaderValue::from_str(&cookie) {
            Ok(v) => {
                res.headers_mut().append(header::SET_COOKIE, v);
            }
            Err(_) => return res,
        }
    }
    if let Ok(value) = HeaderValue::from_str(&clean) {
        res.headers_mut().insert(header::LOCATION, value);
    }
    res
}

/// A request the server could not take (as opposed to a form it refused).
#[derive(Clone, Copy, Debug)]
pub struct RequestProblem(pub StatusCode);

fn request_problem(err: &str) -> Option<StatusCode> {
    use app::error::AppError;
    use server_fn::error::ServerFnUrlError;
    match ServerFnUrlError::<AppError>::decode_err(err) {
        AppError::BadRequest => Some(StatusCode::BAD_REQUEST),
        AppError::TooLarge => Some(StatusCode::PAYLOAD_TOO_LARGE),
        _ => None,
    }
}

/// The encoded error with its kept values cut to `max_chars` each.
fn cap(err: &str, max_chars: usize) -> String {
    use base64::{engine::general_purpose::URL_SAFE, Engine as _};
    use server_fn::error::{FromServerFnError, ServerFnUrlError};
    let error = ServerFnUrlError::<app::error::AppError>::decode_err(err);
    URL_SAFE.encode(error.with_values_capped(max_chars).ser())
}

/// Splits `__path` and `__err` out of a redirect's query; `None` when they are not there.
fn split_error(base: &str, query: &str) -> Option<(String, String, String)> {
    let mut path = None;
    let mut err = None;
    let mut kept = form_urlencoded::Serializer::new(String::new());
    let mut any_kept = false;
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        match k.as_ref() {
            "__path" => path = Some(v.into_owned()),
            "__err" => err = Some(v.into_owned()),
            _ => {
                kept.append_pair(&k, &v);
                any_kept = true;
            }
        }
    }
    let clean = if any_kept {
        format!("{base}?{}", kept.finish())
    } else {
        base.to_string()
    };
    Some((path?, err?, clean))
}

pub async fn take(session: Session, mut req: Request, next: Next) -> Response {
    if req.method() != Method::GET {
        return next.run(req).await;
    }
    let mut clear_cookie = false;
    match session.remove::<(String, String)>(KEY).await {
        Ok(Some((path, err))) => {
            req.extensions_mut().insert(FormFlash { path, err });
        }
        Ok(None) => {
            if let Some(value) = app::ssr::cookie_in(req.headers(), COOKIE) {
                clear_cookie = true;
                if let Some((path, err)) = value.split_once('|') {
                    req.extensions_mut().insert(FormFlash {
                        path: path.to_string(),
                        err: err.to_string(),
                    });
                }
            }
        }
        Err(e) => tracing::error!(error = %e, "could not read form error from session"),
    }
    let mut res = next.run(req).await;
    if clear_cookie {
        // Shown once: the next page load has no error.
        res.headers_mut().append(
            header::SET_COOKIE,
            HeaderValue::from_static(
                "vagval_form_error=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly",
            ),
        );
    }
    res
}

#[cfg(test)]
mod tests {
    use super::split_error;

    #[test]
    fn moves_the_error_out_and_keeps_other_parameters() {
        let (path, err, clean) =
            split_error("/invite", "code=AB&__path=%2Fapi%2Fx&__err=eyJ9").expect("error found");
        assert_eq!(
            (path.as_str(), err.as_str(), clean.as_str()),
            ("/api/x", "eyJ9", "/invite?code=AB")
        );
        assert_eq!(
            split_error("/a", "__path=%2Fx&__err=e").map(|t| t.2),
            Some("/a".to_string())
        );
        assert!(split_error("/a", "code=AB").is_none());
    }
}
