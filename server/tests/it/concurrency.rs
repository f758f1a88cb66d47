//! Requests never cross: many sessions in different languages, served at once, each get
//! their own page, in their own language, with their own name, and every request is
//! answered without a panic.
use crate::common::{server_panics, spawn};
use app::i18n::{Key, Locale};
use reqwest::StatusCode;

struct Visitor {
    name: &'static str,
    locale: Locale,
    cookie: String,
    cv: String,
}

fn between<'a>(html: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = html.find(start)? + start.len();
    let len = html[from..].find(end)?;
    Some(&html[from..from + len])
}

/// Text with the markup Leptos adds inside an element (comments, tags) taken out.
fn text(fragment: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in fragment.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&").trim().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_requests_at_once_each_get_their_own_language_and_name() {
    let srv = spawn().await;
    let panics_before = server_panics();
    let mut visitors = Vec::new();
    for (name, login, locale) in [
        ("Amal Svensk", "amal", Locale::Sv),
        ("Bilal English", "bilal", Locale::En),
        ("Carin Arabi", "carin", Locale::Ar),
    ] {
        let session = srv.participant(name, login).await;
        let cookie = format!("{session}; vagval_lang={}", locale.code());
        let cv = srv.start_cv(&cookie).await;
        visitors.push(Visitor {
            name,
            locale,
            cookie,
            cv,
        });
    }
    let pages = [
        "/home",
        "/cv",
        "/cv/{cv}",
        "/cv/{cv}/contact",
        "/cv/{cv}/profile",
        "/cv/{cv}/work",
        "/cv/{cv}/work/new",
        "/cv/{cv}/preview",
        "/cv/{cv}/settings",
        "/cv/import",
    ];
    let visitors = std::sync::Arc::new(visitors);
    let mut tasks = Vec::new();
    for n in 0..200 {
        let visitors = visitors.clone();
        let client = srv.client.clone();
        let base = srv.base.clone();
        let page = pages[n % pages.len()];
        tasks.push(tokio::spawn(async move {
            let who = &visitors[n % visitors.len()];
            let path = page.replace("{cv}", &who.cv);
            let res = client
                .get(format!("{base}{path}"))
                .header("cookie", &who.cookie)
                .header("accept", "text/html")
                .send()
                .await;
            (n % visitors.len(), path, res)
        }));
    }
    let mut problems = Vec::new();
    for task in tasks {
        let (who, path, res) = task.await.expect("task");
        let who = &visitors[who];
        let res = match res {
            Ok(res) => res,
            Err(e) => {
                problems.push(format!("{path} for {}: no answer ({e})", who.name));
                continue;
            }
        };
        if res.status() != StatusCode::OK {
            problems.push(format!("{path} for {}: {}", who.name, res.status()));
            continue;
        }
        let html = match res.text().await {
            Ok(html) => html,
            Err(e) => {
                problems.push(format!("{path} for {}: body cut ({e})", who.name));
                continue;
            }
        };
        let lang = format!(
            "<html lang=\"{}\" dir=\"{}\"",
            who.locale.code(),
            who.locale.dir()
        );
        if !html.contains(&lang) {
            problems.push(format!("{path} for {}: not {lang}", who.name));
        }
        let title = between(&html, "<title>", "</title>").map(text);
        let h1 =
            between(&html, "<h1", "</h1>").map(|h| text(&h[h.find('>').map_or(0, |i| i + 1)..]));
        let app_name = Key::AppName.get(who.locale);
        match (&title, &h1) {
            (Some(title), Some(h1)) if *title == format!("{h1} – {app_name}") => {}
            _ => problems.push(format!(
                "{path} for {}: title {title:?}, h1 {h1:?}",
                who.name
            )),
        }
        if path == "/home" && h1.as_deref() != Some(Key::HomeTitle.get(who.locale)) {
            problems.push(format!("{path} for {}: h1 {h1:?}", who.name));
        }
        if !html.contains(who.name) {
            problems.push(format!("{path} for {}: own name missing", who.name));
        }
        for other in visitors.iter().filter(|v| v.name != who.name) {
            if html.contains(other.name) {
                problems.push(format!("{path} for {}: shows {}", who.name, other.name));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert_eq!(server_panics(), panics_before, "the server panicked");
}

#[tokio::test]
async fn fifty_requests_in_a_row_keep_the_chosen_language_in_the_title() {
    let srv = spawn().await;
    let session = srv.as_participant().await;
    for locale in Locale::ALL {
        let cookie = format!("{session}; vagval_lang={}", locale.code());
        let expected = format!(
            "<title>{} – {}</title>",
            Key::HomeTitle.get(locale),
            Key::AppName.get(locale)
        );
        for _ in 0..50 {
            let html = srv.page("/home", Some(&cookie)).await;
            assert!(html.contains(&expected), "{expected} in {html}");
        }
    }
}

#[tokio::test]
async fn the_invitation_page_runs_with_its_request_every_time() {
    let srv = spawn().await;
    let coach = srv.as_coach().await;
    srv.invite(&coach, "Nour").await;
    let before = crate::common::missing_context_errors();
    for _ in 0..50 {
        let page = srv.page("/invitation", Some(&coach)).await;
        assert!(page.contains("Nour"));
    }
    assert_eq!(crate::common::missing_context_errors(), before);
}
