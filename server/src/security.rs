//! Response headers every page gets, and the refusal of cross-site writes (Leptos server
//! functions have no CSRF protection of their own).
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use leptos::nonce::Nonce;

#[derive(Clone, Copy, Debug)]
pub struct Headers {
    pub hsts: bool,
}

/// Mints a CSP nonce for the page (Leptos puts it on its inline scripts), then sends the
/// policy and the other protective headers with the response.
pub async fn headers(State(cfg): State<Headers>, mut req: Request, next: Next) -> Response {
    let nonce = Nonce::new();
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
        nonce.as_inner()
    );
    req.extensions_mut().insert(nonce);
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if let Ok(policy) = HeaderValue::from_str(&policy) {
        h.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // Same-origin referrers are needed: a form posted without JavaScript is sent back to
    // the page it came from.
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    if cfg.hsts {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    // Anything that did not choose its own caching (static files do) is personal or
    // per-request: never store it.
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

/// The site's own origin, as a browser writes it in `Origin`: scheme, host and port.
#[derive(Clone, Debug)]
pub struct SiteOrigin {
    /// `http` or `https`, from the public address (a TLS proxy may sit in front).
    pub scheme: String,
}

impl SiteOrigin {
    pub fn from_public_url(public_url: &str) -> SiteOrigin {
        let scheme = public_url
            .split_once("://")
            .map_or("http", |(scheme, _)| scheme)
            .to_ascii_lowercase();
        SiteOrigin { scheme }
    }

    /// Whether `origin` names this site as reached through `host` (the `Host` header,
    /// with its port): scheme, host and port must all match.
    fn matches(&self, origin: &str, host: &str) -> bool {
        let Some((scheme, rest)) = origin.split_once("://") else {
            return false;
        };
        scheme.eq_ignore_ascii_case(&self.scheme)
            && normal_authority(&self.scheme, rest) == normal_authority(&self.scheme, host)
    }
}

/// `host[:port]` in lower case, without the scheme's default port.
fn normal_authority(scheme: &str, authority: &str) -> String {
    let authority = authority.trim().trim_end_matches('/').to_ascii_lowercase();
    let default = if scheme.eq_ignore_ascii_case("https") {
        ":443"
    } else {
        ":80"
    };
    authority
        .strip_suffix(default)
        .map(str::to_string)
        .unwrap_or(authority)
}

/// Refuses state-changing requests that a browser marks as coming from another site.
/// Browsers send `Sec-Fetch-Site` (current ones) or `Origin` (all, on POST); a request with
/// neither is refused too, since no page of ours produces one.
pub async fn same_origin_writes(
    State(site): State<SiteOrigin>,
    req: Request,
    next: Next,
) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let headers = req.headers();
    let allowed = match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some(site) => site == "same-origin",
        None => {
            let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
            let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
            matches!((origin, host), (Some(o), Some(h)) if site.matches(o, h))
        }
    };
    if allowed {
        next.run(req).await
    } else {
        tracing::warn!(method = %req.method(), path = req.uri().path(), "cross-site write refused");
        StatusCode::FORBIDDEN.into_response()
    }
}

/// A panic while handling a request is a bug: log it where the tests look, answer 500, and
/// keep the connection (and the worker) alive.
pub fn panic_response(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    tracing::error!(panic = %what, "request handler panicked");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// Upload endpoints take `multipart/form-data` with a boundary. Anything else is refused
/// before the body reaches the multipart parser (which panics without a boundary).
pub async fn multipart_only(req: Request, next: Next) -> Response {
    if req.method() == Method::POST && MULTIPART_ENDPOINTS.contains(&req.uri().path()) {
        let content_type = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        match multipart_boundary(content_type) {
            Boundary::Good => {}
            Boundary::NotMultipart => return StatusCode::UNSUPPORTED_MEDIA_TYPE.into_response(),
            Boundary::Missing => return StatusCode::BAD_REQUEST.into_response(),
        }
    }
    next.run(req).await
}

const MULTIPART_ENDPOINTS: &[&str] = &["/api/import-cv"];

#[derive(Debug, PartialEq, Eq)]
enum Boundary {
    Good,
    NotMultipart,
    Missing,
}

/// RFC 2046: a boundary is 1–70 characters from a small set, optionally quoted.
fn multipart_boundary(content_type: &str) -> Boundary {
    let mut parts = content_type.split(';');
    let media = parts.next().unwrap_or("").trim();
    if !media.eq_ignore_ascii_case("multipart/form-data") {
        return Boundary::NotMultipart;
    }
    let boundary = parts.find_map(|p| {
        let (name, value) = p.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| value.trim().trim_matches('"').to_string())
    });
    let ok = |b: &str| {
        (1..=70).contains(&b.len())
            && b.chars()
                .all(|c| c.is_ascii_alphanumeric() || "'()+_,-./:=? ".contains(c))
            && !b.ends_with(' ')
    };
    match boundary {
        Some(b) if ok(&b) => Boundary::Good,
        _ => Boundary::Missing,
    }
}

/// A server function that fails before its body runs (arguments that do not parse, a body
/// over the limit) is answered 500 by server_fn; the error itself says whose fault it was,
/// so the status follows it: 400 for a malformed request, 413 for one too large.
pub async fn server_fn_status(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    if res.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !res.headers().contains_key("serverfnerror")
    {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if let Ok(error) = serde_json::from_slice::<app::error::AppError>(&bytes) {
        parts.status = error.status();
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}

/// Caching for static files: a year for fingerprinted files (`immutable`), five minutes for
/// unfingerprinted ones (a debug build's `/pkg`, the icons); a miss is never cached.
pub async fn asset_cache(State(immutable): State<bool>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    // A 304 keeps what the browser has: it must not turn into "never keep it".
    let kept = res.status().is_success() || res.status() == StatusCode::NOT_MODIFIED;
    let value = match (kept, immutable) {
        (true, true) => HeaderValue::from_static("public, max-age=31536000, immutable"),
        (true, false) => HeaderValue::from_static("public, max-age=300"),
        (false, _) => HeaderValue::from_static("no-store"),
    };
    res.headers_mut().insert(header::CACHE_CONTROL, value);
    res
}

/// Drops Leptos's empty hydration comments (`<!>`) from pages. They separate text nodes for
/// a browser that hydrates the page; here nothing outside the islands is hydrated and the
/// islands render no markup of their own, so they are bytes for nothing. The server's
/// type-erased views (`.cargo/config.toml`, half the build) write one after nearly every
/// text where typed views wrote a few, so without this every page would grow by a few per
/// cent and read differently to anything that reads HTML. No text can contain one: `<` is
/// escaped in text and in attributes.
pub async fn without_hydration_marks(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !html {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    match axum::body::to_bytes(body, PAGE_LIMIT).await {
        Ok(page) => {
            parts.headers.remove(header::CONTENT_LENGTH);
            Response::from_parts(parts, axum::body::Body::from(unmarked(&page)))
        }
        Err(e) => {
            tracing::error!(error = %e, "a page could not be read whole");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The largest page [`without_hydration_marks`] reads (the largest is a few hundred KB).
const PAGE_LIMIT: usize = 16 << 20;

fn unmarked(page: &[u8]) -> Vec<u8> {
    const MARK: &[u8] = b"<!>";
    let mut out = Vec::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) = rest.windows(MARK.len()).position(|w| w == MARK) {
        out.extend_from_slice(&rest[..at]);
        rest = &rest[at + MARK.len()..];
    }
    out.extend_from_slice(rest);
    out
}

/// Logs each request without its query string or invitation tokens, which may be secret.
/// Each request gets an id: in its extensions (the access log records it), in every log
/// line written while it runs, and in the `x-request-id` response header.
pub async fn log(mut req: Request, next: Next) -> Response {
    use tracing::Instrument;
    let method = req.method().clone();
    let path = redact(req.uri().path());
    let started = std::time::Instant::now();
    let id = app::ssr::random_hex(8);
    req.extensions_mut()
        .insert(app::ssr::access::RequestId(id.clone()));
    let span = tracing::info_span!("request", id = %id);
    let mut res = next.run(req).instrument(span.clone()).await;
    let _entered = span.enter();
    if let Ok(value) = HeaderValue::from_str(&id) {
        res.headers_mut().insert("x-request-id", value);
    }
    let status = res.status().as_u16();
    let ms = started.elapsed().as_millis() as u64;
    if res.status() == StatusCode::SERVICE_UNAVAILABLE && path != "/healthz" {
        tracing::error!(%method, path, status, ms, "request not answered in time");
    } else {
        tracing::info!(%method, path, status, ms, "request");
    }
    res
}

/// A path as the log writes it: the secrets some paths are (an invitation's token, a coach's
/// calendar address) are left out.
fn redact(path: &str) -> String {
    match ["/invite/", "/calendar/"]
        .into_iter()
        .find(|secret| path.starts_with(secret))
    {
        Some(secret) => format!("{secret}…"),
        None => path.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_in_paths_are_not_logged() {
        assert_eq!(redact("/invite/abc123"), "/invite/…");
        assert_eq!(
            redact(&format!("/calendar/{}.ics", "ab".repeat(32))),
            "/calendar/…"
        );
        assert_eq!(redact("/invite"), "/invite");
        assert_eq!(redact("/coach/calendar-feed"), "/coach/calendar-feed");
    }

    #[test]
    fn hydration_marks_go_and_nothing_else() {
        assert_eq!(
            unmarked(b"<p>Hej<!> <bdi>Amal</bdi><!></p><!--HEAD-->&lt;!&gt;"),
            b"<p>Hej <bdi>Amal</bdi></p><!--HEAD-->&lt;!&gt;"
        );
        assert_eq!(unmarked(b"<!><!><!"), b"<!");
        assert_eq!(unmarked(b""), b"");
    }

    #[test]
    fn origins_match_by_scheme_host_and_port() {
        let http = SiteOrigin::from_public_url("http://127.0.0.1:3000");
        assert!(http.matches("http://127.0.0.1:3000", "127.0.0.1:3000"));
        assert!(!http.matches("https://127.0.0.1:3000", "127.0.0.1:3000"));
        assert!(!http.matches("http://127.0.0.1:3001", "127.0.0.1:3000"));
        assert!(!http.matches("http://evil.example", "127.0.0.1:3000"));
        assert!(!http.matches("null", "127.0.0.1:3000"));
        let https = SiteOrigin::from_public_url("https://vagval.example");
        assert!(https.matches("https://vagval.example", "vagval.example"));
        assert!(https.matches("https://vagval.example:443", "vagval.example"));
        assert!(!https.matches("http://vagval.example", "vagval.example"));
    }

    #[test]
    fn multipart_needs_a_boundary() {
        use Boundary::*;
        assert_eq!(
            multipart_boundary("multipart/form-data; boundary=abc"),
            Good
        );
        assert_eq!(
            multipart_boundary("multipart/form-data; boundary=\"a b\""),
            Good
        );
        assert_eq!(multipart_boundary("multipart/form-data"), Missing);
        assert_eq!(
            multipart_boundary("multipart/form-data; boundary="),
            Missing
        );
        assert_eq!(
            multipart_boundary(&format!("multipart/form-data; boundary={}", "x".repeat(71))),
            Missing
        );
        assert_eq!(multipart_boundary("application/json"), NotMultipart);
        assert_eq!(multipart_boundary(""), NotMultipart);
    }
}
