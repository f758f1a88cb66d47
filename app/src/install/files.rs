//! The install feature over HTTP: `/manifest.webmanifest`, `/sw.js` and `/offline/<lang>`.
//! None of them needs a session or says anything about anyone.
use super::*;
use crate::ssr::ServerState;
use axum::extract::{Extension, Path, RawQuery};
use axum::response::{IntoResponse, Response};
use http::{header, HeaderMap, HeaderValue, StatusCode};

/// A public answer that the browser asks again for each time it needs it (`no-cache`
/// still lets it revalidate), so that a new release is found at once.
fn fresh(content_type: &'static str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        body,
    )
        .into_response()
}

/// `GET /manifest.webmanifest?lang=ar`: the manifest in the page's language. The page puts
/// its language in the link, because browsers fetch manifests without cookies; without
/// it, the browser's languages decide.
pub async fn manifest_file(headers: HeaderMap, RawQuery(query): RawQuery) -> Response {
    let asked = query.as_deref().and_then(|q| {
        q.split('&')
            .find_map(|pair| pair.strip_prefix("lang="))
            .and_then(Locale::from_code)
    });
    let locale = asked.unwrap_or_else(|| crate::ssr::locale_in(&headers));
    fresh("application/manifest+json", manifest(locale))
}

/// `GET /sw.js`: the service worker, naming this release's files.
pub async fn service_worker_file(Extension(state): Extension<ServerState>) -> Response {
    let mut response = fresh(
        "text/javascript; charset=utf-8",
        service_worker(&state.settings.assets),
    );
    // It may answer for every page of the portal, not only for those under its own path.
    response
        .headers_mut()
        .insert("service-worker-allowed", HeaderValue::from_static("/"));
    response
}

/// `GET /offline/<lang>`: the offline page, which the service worker keeps.
pub async fn offline_file(
    Extension(state): Extension<ServerState>,
    Path(lang): Path<String>,
) -> Response {
    match Locale::from_code(&lang).filter(|l| l.code() == lang) {
        Some(locale) => fresh(
            "text/html; charset=utf-8",
            offline_page(locale, &state.settings.assets),
        ),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
