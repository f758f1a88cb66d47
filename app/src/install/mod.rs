//! Vägval on the home screen: the web app manifest, the service worker, and the page the
//! service worker shows when the network is gone.
//!
//! The service worker keeps only what every visitor gets alike: the stylesheet, the
//! island's JavaScript and WebAssembly, the icons, and the offline page in each language.
//! Never a personal page, a PDF, a calendar file or a server function's answer: those go
//! to the network or fail. The release's file names carry their content's hash, so a new
//! release means a new service worker with a new cache, and the old cache is deleted.
pub mod files;

use crate::i18n::{Key, Locale};
use crate::ssr::SiteAssets;

/// The portal's brand colour (`--brand` in the stylesheet): the bar a phone draws above an
/// installed app.
pub const THEME_COLOUR: &str = "#0b5c4a";
/// The page behind the app while it starts (`--paper`).
pub const BACKGROUND_COLOUR: &str = "#ffffff";

/// The icons, in `public/icons/` (drawn by `tools/icons.mjs` from `icon.svg`).
pub const ICONS: [(&str, &str, &str, &str); 5] = [
    ("/icons/icon.svg", "any", "image/svg+xml", "any"),
    ("/icons/icon-192.png", "192x192", "image/png", "any"),
    ("/icons/icon-512.png", "512x512", "image/png", "any"),
    (
        "/icons/maskable-192.png",
        "192x192",
        "image/png",
        "maskable",
    ),
    (
        "/icons/maskable-512.png",
        "512x512",
        "image/png",
        "maskable",
    ),
];

/// Every file the service worker keeps, the offline pages included.
pub fn cached(assets: &SiteAssets) -> Vec<String> {
    let mut all = vec![assets.css.clone(), assets.js.clone(), assets.wasm.clone()];
    all.push("/favicon.svg".to_string());
    all.extend(ICONS.iter().map(|(src, ..)| src.to_string()));
    all.extend(Locale::ALL.iter().map(|l| offline_path(*l)));
    all
}

/// Names a release's cache. It changes with anything the worker keeps or does: the
/// hashed names, everything in `public/`, the offline pages' words and markup, and the
/// worker's own code; so any release that changes one of them installs a new worker.
pub fn version(assets: &SiteAssets) -> String {
    let mut text = format!(
        "{}|{}|{}|{}|",
        assets.css,
        assets.js,
        assets.wasm,
        assets.public.as_deref().unwrap_or("")
    );
    for locale in Locale::ALL {
        text.push_str(&offline_page(locale, assets));
    }
    text.push_str(&worker_script(assets, ""));
    // FNV-1a: a name, not a defence; the inputs carry their own content hashes.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Where the offline page in `locale` is.
pub fn offline_path(locale: Locale) -> String {
    format!("/offline/{}", locale.code())
}

/// The web app manifest in `locale`: the name a phone shows under the icon, the page it
/// opens, and the icons.
pub fn manifest(locale: Locale) -> String {
    let icons: Vec<serde_json::Value> = ICONS
        .iter()
        .map(|(src, sizes, kind, purpose)| {
            serde_json::json!({ "src": src, "sizes": sizes, "type": kind, "purpose": purpose })
        })
        .collect();
    serde_json::json!({
        "id": "/home",
        "name": Key::AppName.get(locale),
        "short_name": Key::AppName.get(locale),
        "description": Key::MetaDescription.get(locale),
        "lang": locale.code(),
        "dir": locale.dir(),
        "start_url": "/home",
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": icons,
    })
    .to_string()
}

/// The service worker: keeps [`cached`] at install, answers those from the
/// cache, and answers a page the network cannot fetch with the offline page in the
/// language the person's last page had (the pages tell it; Swedish until they have).
pub fn service_worker(assets: &SiteAssets) -> String {
    worker_script(assets, &version(assets))
}

fn worker_script(assets: &SiteAssets, version: &str) -> String {
    let cached = serde_json::to_string(&cached(assets)).unwrap_or_else(|_| "[]".into());
    let languages: Vec<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
    let languages = serde_json::to_string(&languages).unwrap_or_else(|_| "[]".into());
    format!(
        r#"// Vägval's service worker (app/src/install/mod.rs). It keeps only files every visitor
// gets alike; personal pages always come from the network.
const CACHE = 'vagval-{version}';
const CACHED = {cached};
const LANGUAGES = {languages};
// The language outlives a release: it is kept apart from the release's files.
const SETTINGS = 'vagval:settings';
const LANGUAGE_KEY = '/offline/language';

self.addEventListener('install', (event) => {{
  // Where the browser can, what a page sends never passes through the worker at all (see
  // the fetch handler for why that matters).
  let routed = Promise.resolve();
  try {{
    if (event.addRoutes) {{
      routed = event.addRoutes([{{ condition: {{ requestMethod: 'POST' }}, source: 'network' }}]).catch(() => {{}});
    }}
  }} catch (_) {{}}
  event.waitUntil(
    Promise.all([routed, caches.open(CACHE).then((cache) => cache.addAll(CACHED))]).then(() => self.skipWaiting()),
  );
}});

self.addEventListener('activate', (event) => {{
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith('vagval-') && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
}});

// A page says its language, so that the offline page speaks it too.
self.addEventListener('message', (event) => {{
  const language = event.data && event.data.language;
  if (LANGUAGES.includes(language)) {{
    event.waitUntil(caches.open(SETTINGS).then((cache) => cache.put(LANGUAGE_KEY, new Response(language))));
  }}
}});

async function offline() {{
  const said = await (await caches.open(SETTINGS)).match(LANGUAGE_KEY);
  const language = said ? await said.text() : LANGUAGES[0];
  const cache = await caches.open(CACHE);
  return (await cache.match('/offline/' + language)) || Response.error();
}}

// A reminder (app/src/reminders): the server wrote its words, in the person's language.
self.addEventListener('push', (event) => {{
  let message = {{}};
  try {{
    message = event.data ? event.data.json() : {{}};
  }} catch (_) {{}}
  if (!message.body) return;
  event.waitUntil(
    self.registration.showNotification(message.title || 'Vägval', {{
      body: message.body,
      tag: message.tag,
      lang: message.lang,
      dir: message.dir === 'rtl' ? 'rtl' : 'ltr',
      icon: '/icons/icon-192.png',
      data: {{ url: message.url }},
    }}),
  );
}});

// Tapping a reminder opens its page in the portal (a window already open, if there is one).
self.addEventListener('notificationclick', (event) => {{
  event.notification.close();
  const wanted = event.notification.data && event.notification.data.url;
  let url = new URL(typeof wanted === 'string' ? wanted : '/home', self.location.origin);
  if (url.origin !== self.location.origin) url = new URL('/home', self.location.origin);
  event.waitUntil(
    self.clients.matchAll({{ type: 'window' }}).then((open) => {{
      const same = open.find((client) => client.url === url.href);
      return same ? same.focus() : self.clients.openWindow(url.href);
    }}),
  );
}});

self.addEventListener('fetch', (event) => {{
  const request = event.request;
  if (request.method !== 'GET') {{
    // Sent by the worker itself: left to the page, a save sent as the page closes (the CV
    // editor's beacon) would be lost with the page. A form's own post stays the browser's.
    if (request.mode !== 'navigate') event.respondWith(fetch(request));
    return;
  }}
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {{
    event.respondWith(fetch(request).catch(() => offline()));
  }} else if (CACHED.includes(url.pathname) && !url.pathname.startsWith('/offline/')) {{
    event.respondWith(caches.match(url.pathname).then((hit) => hit || fetch(request)));
  }}
}});
"#,
    )
}

/// Text for an HTML page: `&`, `<`, `>` and `"` as entities.
fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page shown when the network is gone: what happened, that nothing saved is lost, and
/// a way to try again. Static, so that it can be kept; it names nobody.
pub fn offline_page(locale: Locale, assets: &SiteAssets) -> String {
    let title = html(Key::OfflineTitle.get(locale));
    let app = html(Key::AppName.get(locale));
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}" dir="{dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="theme-color" content="{THEME_COLOUR}">
<title>{title} – {app}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="{css}">
</head>
<body>
<header class="site-header"><a href="/" class="brand">{app}</a></header>
<main id="main" tabindex="-1">
<h1>{title}</h1>
<p class="lead">{text}</p>
<p>{kept}</p>
<p><a class="button" href="/home">{again}</a></p>
</main>
</body>
</html>
"#,
        lang = locale.code(),
        dir = locale.dir(),
        css = html(&assets.css),
        text = html(Key::OfflineText.get(locale)),
        kept = html(Key::OfflineKept.get(locale)),
        again = html(Key::OfflineAgain.get(locale)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_release_names_a_new_cache() {
        let one = SiteAssets::from_hashes("vagval", Some("js: A\nwasm: B\ncss: C"));
        let two = SiteAssets::from_hashes("vagval", Some("js: A\nwasm: B\ncss: D"));
        assert_ne!(version(&one), version(&two));
        let icons_changed =
            SiteAssets::from_hashes("vagval", Some("js: A\nwasm: B\ncss: C\npublic: E"));
        assert_ne!(
            version(&one),
            version(&icons_changed),
            "public/ changed alone"
        );
        assert_eq!(version(&one), version(&one.clone()));
        assert!(service_worker(&one).contains(&format!("vagval-{}", version(&one))));
    }

    #[test]
    fn what_a_page_sends_is_never_left_to_a_page_that_is_gone() {
        let worker = service_worker(&SiteAssets::from_hashes("vagval", None));
        assert!(worker.contains("condition: { requestMethod: 'POST' }, source: 'network'"));
        assert!(
            worker.contains("if (request.mode !== 'navigate') event.respondWith(fetch(request));")
        );
    }

    #[test]
    fn only_files_everyone_gets_alike_are_kept() {
        let assets = SiteAssets::from_hashes("vagval", Some("js: A\nwasm: B\ncss: C"));
        for path in cached(&assets) {
            assert!(
                path.starts_with("/pkg/")
                    || path.starts_with("/icons/")
                    || path.starts_with("/offline/")
                    || path == "/favicon.svg",
                "{path}"
            );
        }
        assert!(cached(&assets).contains(&"/offline/ar".to_string()));
    }

    #[test]
    fn the_manifest_speaks_the_visitors_language() {
        let ar: serde_json::Value = serde_json::from_str(&manifest(Locale::Ar)).expect("json");
        assert_eq!(ar["lang"], "ar");
        assert_eq!(ar["dir"], "rtl");
        assert_eq!(ar["start_url"], "/home");
        assert_eq!(ar["display"], "standalone");
        assert!(
            ar.get("orientation").is_none(),
            "either way round (WCAG 1.3.4)"
        );
        assert_eq!(ar["description"], Key::MetaDescription.get(Locale::Ar));
        let purposes: Vec<&str> = ar["icons"]
            .as_array()
            .expect("icons")
            .iter()
            .filter_map(|i| i["purpose"].as_str())
            .collect();
        assert!(purposes.contains(&"maskable") && purposes.contains(&"any"));
    }

    #[test]
    fn the_offline_page_is_in_its_language_and_direction() {
        let assets = SiteAssets::from_hashes("vagval", Some("css: C"));
        let page = offline_page(Locale::Ar, &assets);
        assert!(page.contains(r#"<html lang="ar" dir="rtl">"#));
        assert!(page.contains(Key::OfflineTitle.get(Locale::Ar)));
        assert!(page.contains(r#"href="/pkg/vagval.C.css""#));
    }
}
