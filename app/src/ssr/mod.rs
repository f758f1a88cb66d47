//! Server-only plumbing shared by every server function: the state handed in by the
//! `server` crate, and the one authorization helper, [`require`].
pub mod access;
pub mod clock;
pub mod device;
pub mod download;
pub mod password;
pub mod seal;
pub mod store;
pub mod throttle;

use crate::auth::Role;
use crate::error::AppError;
use axum::extract::ConnectInfo;
use http::request::Parts;
use leptos::prelude::*;
use leptos_axum::ResponseOptions;
use sha2::{Digest, Sha256};
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;
use store::{AccountStore, Stores, UserId, UserRecord};
use tower_sessions::Session;

/// What the server functions need from the running server. Cheap to clone.
#[derive(Clone)]
pub struct ServerState {
    /// Every feature's store, found by its trait.
    pub store: Arc<Stores>,
    /// Who is who: every request asks it who is signed in.
    pub accounts: Arc<dyn AccountStore>,
    pub hasher: password::Hasher,
    pub throttle: Arc<throttle::Throttle>,
    pub settings: Arc<Settings>,
    pub clock: clock::Clock,
    /// Turns a CV's print model (JSON) into a PDF. The server crate supplies Typst, so that
    /// `app` (and its test binary) never links it.
    pub pdf_renderer: PdfRenderer,
    /// Permits for PDF renders running at once; each holds a CPU core for its duration.
    pub renders: Arc<tokio::sync::Semaphore>,
    /// Who is rendering a PDF right now: one render per person at a time.
    pub rendering: Arc<std::sync::Mutex<std::collections::HashSet<store::UserId>>>,
    pub device_key: device::DeviceKey,
}

/// Renders a print model to PDF bytes, or says why not in a few words that never quote the
/// CV (they are logged).
pub type PdfRenderer = fn(&[u8]) -> Result<Vec<u8>, &'static str>;

#[derive(Clone, Debug)]
pub struct Settings {
    /// The address people reach the portal at, used in invitation links.
    pub public_url: String,
    /// Peers whose `X-Forwarded-For` is believed. Empty: believe nobody.
    pub trusted_proxies: Vec<IpAddr>,
    /// A session ends this long after sign-in however active it is.
    pub session_absolute: Duration,
    /// A signed-in session ends after this long unused.
    pub session_idle: Duration,
    /// Invitations last this many calendar days after the day they were issued.
    pub invitation_days: i64,
    /// Cookies get `Secure` when the portal is served over TLS.
    pub secure_cookies: bool,
    /// Inactive participants are listed for erasure after this many months (`None`: the
    /// organisation has set no retention period).
    pub retention_months: Option<u32>,
    /// Days between an erasure's request (or listing) and its carrying out.
    pub erasure_grace_days: u32,
    /// The release's stylesheet, JavaScript and WebAssembly, by the names pages use.
    pub assets: SiteAssets,
}

/// The files of a release that every visitor gets alike, by the names the pages use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteAssets {
    pub css: String,
    pub js: String,
    pub wasm: String,
    /// One hash of the files in `public/`, which keep their names (icons, the favicon).
    pub public: Option<String>,
}

impl SiteAssets {
    /// The names from the build's hash file (lines `js: <hash>`, `wasm: <hash>`,
    /// `css: <hash>`, which Leptos reads too), or the plain names of an unhashed build.
    pub fn from_hashes(output: &str, hashes: Option<&str>) -> SiteAssets {
        let hash = |kind: &str| {
            hashes.and_then(|text| {
                text.lines().find_map(|line| {
                    let (k, v) = line.split_once(':')?;
                    (k.trim() == kind).then(|| v.trim().to_string())
                })
            })
        };
        let name = |kind: &str, plain: String| match hash(kind) {
            Some(h) => format!("/pkg/{output}.{h}.{kind}"),
            None => plain,
        };
        SiteAssets {
            css: name("css", format!("/pkg/{output}.css")),
            js: name("js", format!("/pkg/{output}.js")),
            wasm: name("wasm", format!("/pkg/{output}.wasm")),
            public: hash("public"),
        }
    }
}

/// The session value that names the signed-in account (erasure finds a person's sessions
/// by it).
pub const SESSION_USER: &str = "uid";
const SESSION_SIGNED_IN_AT: &str = "signed_in_at";
const SESSION_EPOCH: &str = "epoch";

pub fn state() -> Result<ServerState, AppError> {
    use_context::<ServerState>().ok_or_else(|| internal("ServerState missing from context"))
}

/// Logs an internal failure and returns the error people see, which says nothing about it.
pub fn internal(error: impl std::fmt::Display) -> AppError {
    tracing::error!(%error, "internal error");
    AppError::Internal
}

/// When an invitation issued now stops working (the end of its last Stockholm day, as
/// Unix seconds), and that day.
pub fn invitation_expiry(clock: &clock::Clock, days: i64) -> (i64, jiff::civil::Date) {
    let last = clock::last_day(clock.now(), days);
    (clock::end_of_day(last).as_second(), last)
}

pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(internal)
}

/// The address the request came from: the TCP peer, or, when that peer is a trusted proxy,
/// the last hop it recorded in `X-Forwarded-For`. A client-supplied header from anyone else
/// is ignored, so it cannot be used to dodge throttling.
pub async fn peer_addr(settings: &Settings) -> Result<IpAddr, AppError> {
    let ConnectInfo(addr) = leptos_axum::extract::<ConnectInfo<SocketAddr>>()
        .await
        .map_err(crate::ssr::internal)?;
    let peer = addr.ip();
    if !settings.trusted_proxies.contains(&peer) {
        return Ok(peer);
    }
    let forwarded = use_context::<Parts>().and_then(|p| {
        p.headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|s| s.trim().parse::<IpAddr>().ok())
            .next_back()
    });
    Ok(forwarded.unwrap_or(peer))
}

/// Whether this session belongs to someone signed in (without checking that it is still
/// valid: that is [`current_in`]'s job).
pub async fn signed_in(session: &Session) -> bool {
    matches!(session.get::<UserId>(SESSION_USER).await, Ok(Some(_)))
}

/// Starts a signed-in session: a new session id (against fixation) carrying the user and
/// nothing from before sign-in (the language choice is a cookie of its own).
pub async fn begin_session(
    state: &ServerState,
    session: &Session,
    user: &UserRecord,
) -> Result<(), AppError> {
    // A closed account gets no session, however the person got this far (a password, a
    // code from their coach): they are told in words.
    if user.deactivated {
        let mut invalid = crate::error::Invalid::new();
        invalid.add("password", crate::error::FieldProblem::Deactivated);
        return Err(AppError::Invalid(invalid));
    }
    session.clear().await;
    // An anonymous session may have carried a short lifetime (a form error, a checked
    // invitation code); a signed-in one ends after the configured idle time.
    let idle = tower_sessions::cookie::time::Duration::seconds(
        i64::try_from(state.settings.session_idle.as_secs()).unwrap_or(i64::MAX),
    );
    session.set_expiry(Some(tower_sessions::Expiry::OnInactivity(idle)));
    session.cycle_id().await.map_err(crate::ssr::internal)?;
    session
        .insert(SESSION_USER, user.id)
        .await
        .map_err(crate::ssr::internal)?;
    session
        .insert(SESSION_SIGNED_IN_AT, state.clock.unix())
        .await
        .map_err(crate::ssr::internal)?;
    session
        .insert(SESSION_EPOCH, user.session_epoch)
        .await
        .map_err(crate::ssr::internal)?;
    state
        .accounts
        .record_sign_in(user.id, state.clock.unix())
        .await?;
    // The language they sign in with is the one they read now.
    state
        .accounts
        .set_locale(user.id, crate::request_locale())
        .await?;
    Ok(())
}

/// The signed-in user, if any; ends sessions past their absolute lifetime and sessions whose
/// account no longer exists.
pub async fn current(state: &ServerState) -> Result<Option<UserRecord>, AppError> {
    current_in(state, &session().await?).await
}

/// [`current`] for plain axum handlers, which have the session but no Leptos context.
pub async fn current_in(
    state: &ServerState,
    session: &Session,
) -> Result<Option<UserRecord>, AppError> {
    let Some(user_id) = session
        .get::<UserId>(SESSION_USER)
        .await
        .map_err(crate::ssr::internal)?
    else {
        return Ok(None);
    };
    let signed_in_at = session
        .get::<i64>(SESSION_SIGNED_IN_AT)
        .await
        .map_err(crate::ssr::internal)?
        .unwrap_or(0);
    let epoch = session
        .get::<i64>(SESSION_EPOCH)
        .await
        .map_err(crate::ssr::internal)?
        .unwrap_or(0);
    let expired =
        state.clock.unix() - signed_in_at > state.settings.session_absolute.as_secs() as i64;
    let user = if expired {
        None
    } else {
        state.accounts.find_user(user_id).await?
    };
    match user {
        // A password reset ends every session that began before it.
        Some(user) if user.login.is_some() && epoch == user.session_epoch && !user.deactivated => {
            Ok(Some(user))
        }
        _ => {
            session.flush().await.map_err(crate::ssr::internal)?;
            Ok(None)
        }
    }
}

/// The one authorization gate: every server function that touches anything but public
/// pages starts here. Deny by default: no session is `Unauthorized`, a role not listed is
/// `Forbidden`.
pub async fn require(roles: &[Role]) -> Result<(ServerState, UserRecord), AppError> {
    let state = state()?;
    // A page calls several server functions; the account is read once, for the request,
    // by the server's `who_is_asking` (the same check as `current_in`).
    let asked = use_context::<Parts>().and_then(|p| p.extensions.get::<Asker>().cloned());
    let user = match asked {
        Some(Asker(user)) => user,
        None => current_in(&state, &session().await?)
            .await?
            .ok_or(AppError::Unauthorized)?,
    };
    Ok((state, allowed(user, roles)?))
}

/// The signed-in account as `current_in` found it for this request, kept in the request's
/// extensions for [`require`]. Only a found account is kept, so a request made signed out
/// (one that signs in) still looks; signing out answers with a redirect, never a later
/// `require` in the same request.
#[derive(Clone, Debug)]
pub struct Asker(pub UserRecord);

/// [`require`] for plain axum handlers (file downloads).
pub async fn require_in(
    state: &ServerState,
    session: &Session,
    roles: &[Role],
) -> Result<UserRecord, AppError> {
    let user = current_in(state, session)
        .await?
        .ok_or(AppError::Unauthorized)?;
    allowed(user, roles)
}

fn allowed(user: UserRecord, roles: &[Role]) -> Result<UserRecord, AppError> {
    if !roles.contains(&user.role) {
        tracing::info!(user = %user.id, role = ?user.role, "refused: role not allowed");
        return Err(AppError::Forbidden);
    }
    Ok(user)
}

/// Text as compared and hashed: Unicode NFC (NIST 800-63B), so "å" typed as one code point
/// or as "a" plus a ring is the same.
pub fn nfc(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfc().collect()
}

/// A login as looked up: NFC, trimmed, lower case.
pub fn login_key(login: &str) -> String {
    nfc(login.trim()).to_lowercase()
}

/// A cookie the request carries.
pub fn request_cookie(name: &str) -> Option<String> {
    use_context::<Parts>().and_then(|parts| cookie_in(&parts.headers, name))
}

/// The cookie `name` among `headers`.
pub fn cookie_in(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.to_string())
}

/// The language of a request outside a page (a file download): the person's choice, else
/// the browser's.
pub fn locale_in(headers: &http::HeaderMap) -> crate::i18n::Locale {
    use crate::i18n::{Locale, LOCALE_COOKIE};
    cookie_in(headers, LOCALE_COOKIE)
        .and_then(|v| Locale::from_code(&v))
        .or_else(|| {
            headers
                .get(http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or_default()
}

/// Sets a long-lived, HttpOnly, SameSite=Lax cookie on the response.
pub fn set_cookie(settings: &Settings, name: &str, value: &str) {
    let secure = if settings.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    let cookie =
        format!("{name}={value}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}");
    if let (Some(response), Ok(value)) = (
        use_context::<ResponseOptions>(),
        http::HeaderValue::from_str(&cookie),
    ) {
        response.append_header(http::header::SET_COOKIE, value);
    }
}

/// Counts a sign-in or invitation attempt before the slow work, or refuses it with how
/// long to wait.
pub async fn count_attempt(
    state: &ServerState,
    account: Option<&str>,
    addr: IpAddr,
    device: Option<&str>,
) -> Result<throttle::Attempt, AppError> {
    state
        .throttle
        .attempt(account, addr, device)
        .await
        .map_err(|refused| {
            tracing::warn!(%addr, "attempt throttled");
            AppError::RateLimited(refused.retry_after.as_secs().div_ceil(60).max(1) as u32)
        })
}

pub use crate::text::percent_encode;

/// Hashes an invitation secret for storage and lookup. Secrets carry 192 (link) or 40 (code,
/// throttled) bits of randomness, so a fast hash is enough.
pub fn secret_hash(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

/// Lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `bytes` random bytes as hexadecimal: handles, draft tokens, device ids.
pub fn random_hex(bytes: usize) -> String {
    use rand::Rng;
    let mut rng = rand::rng();
    hex(&(0..bytes).map(|_| rng.random::<u8>()).collect::<Vec<u8>>())
}

const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// A fresh invitation: a link token and a short code to read aloud or send by SMS.
pub fn new_invitation_secrets() -> (String, String) {
    use rand::Rng;
    let mut rng = rand::rng();
    let token: String = (0..32)
        .map(|_| {
            const URL_SAFE: &[u8] =
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            URL_SAFE[rng.random_range(0..URL_SAFE.len())] as char
        })
        .collect();
    let code: String = (0..8)
        .map(|_| CODE_ALPHABET[rng.random_range(0..CODE_ALPHABET.len())] as char)
        .collect();
    (token, code)
}

/// Canonical form of what a person typed as an invitation secret: codes are
/// case-insensitive and may be typed with spaces or dashes; link tokens pass unchanged.
pub fn normalize_secret(input: &str) -> String {
    let compact: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if compact.len() == 8 {
        format!("code:{}", compact.to_ascii_uppercase())
    } else {
        format!("link:{}", input.trim())
    }
}

/// Shows a code in two groups of four, easier to read out.
pub fn display_code(code: &str) -> String {
    if code.len() == 8 {
        format!("{}-{}", &code[..4], &code[4..])
    } else {
        code.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asset_names_come_from_the_hash_file() {
        let hashed = SiteAssets::from_hashes(
            "vagval",
            Some("js: AAA\nwasm: BBB\ncss: CCC\npublic: DDD\n"),
        );
        assert_eq!(hashed.js, "/pkg/vagval.AAA.js");
        assert_eq!(hashed.wasm, "/pkg/vagval.BBB.wasm");
        assert_eq!(hashed.css, "/pkg/vagval.CCC.css");
        assert_eq!(hashed.public.as_deref(), Some("DDD"));
        let plain = SiteAssets::from_hashes("vagval", None);
        assert_eq!(plain.css, "/pkg/vagval.css");
    }

    #[test]
    fn codes_are_forgiving_and_tokens_exact() {
        assert_eq!(normalize_secret("abcd-efgh"), "code:ABCDEFGH");
        assert_eq!(normalize_secret(" ABCD EFGH "), "code:ABCDEFGH");
        let (token, code) = new_invitation_secrets();
        assert_eq!(token.len(), 32);
        assert_eq!(normalize_secret(&token), format!("link:{token}"));
        assert_eq!(
            normalize_secret(&display_code(&code)),
            format!("code:{code}")
        );
        assert!(code.bytes().all(|b| CODE_ALPHABET.contains(&b)));
    }

    #[test]
    fn secret_hash_is_hex_sha256() {
        assert_eq!(
            secret_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
