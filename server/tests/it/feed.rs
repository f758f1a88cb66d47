//! The coach's calendar feed over real HTTP: made and shown once, read by a calendar
//! without cookies, the same UIDs as the participants' files, cancelled events marked,
//! replaced and ended, and nobody else's to make or read.
use crate::booking::{book, free_on, publish_hours, MONDAY_MORNING};
use crate::common::{count_rows, spawn, TestServer};
use crate::groups::{location, publish, workshop};
use reqwest::StatusCode;

/// The feed's address on a page, if the page shows one.
fn address_in(page: &str) -> Option<String> {
    let at = page.find("/calendar/")?;
    let start = page[..at].rfind("http")?;
    let end = at + page[at..].find(".ics")? + 4;
    Some(page[start..end].to_string())
}

/// A calendar file's lines unfolded (RFC 5545 §3.1).
fn unfolded(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

/// What a calendar app gets at `address`: no cookie, no session.
async fn fetch(srv: &TestServer, address: &str) -> reqwest::Response {
    let path = address
        .strip_prefix(&srv.base)
        .expect("the portal's address");
    srv.get(path, None).await
}

/// What khal, a calendar client in Debian, lists from `feed` for the weeks from Monday 7
/// December 2026: a line per event, its start, summary and status.
fn khal_lists(feed: &str) -> String {
    use std::process::Command;
    let dir = tempfile::tempdir().expect("temp dir");
    let (calendar, config, file) = (
        dir.path().join("cal"),
        dir.path().join("config"),
        dir.path().join("feed.ics"),
    );
    std::fs::create_dir(&calendar).expect("calendar folder");
    std::fs::write(&file, feed).expect("feed file");
    std::fs::write(
        &config,
        format!(
            "[calendars]\n[[feed]]\npath = {}\ntype = calendar\n[locale]\ntimeformat = %H:%M\n\
             dateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\n\
             longdatetimeformat = %Y-%m-%d %H:%M\ndefault_timezone = Europe/Stockholm\n\
             local_timezone = Europe/Stockholm\n",
            calendar.display()
        ),
    )
    .expect("config");
    let run = |args: &[&str]| {
        let out = Command::new("khal")
            .arg("-c")
            .arg(&config)
            .args(args)
            .output()
            .expect("khal (`make test` installs it)");
        assert!(out.status.success(), "khal {args:?}: {out:?}");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    run(&[
        "import",
        "--batch",
        "-a",
        "feed",
        &file.display().to_string(),
    ]);
    run(&[
        "list",
        "--format",
        "{start} {title} {status}",
        "2026-12-07",
        "30d",
    ])
}

async fn make(srv: &TestServer, coach: &str) -> String {
    let res = srv
        .post_form(
            "make-calendar-feed",
            &[],
            "/coach/calendar-feed",
            Some(coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::FOUND);
    assert_eq!(location(srv, &res), "/coach/calendar-feed");
    let page = srv.page("/coach/calendar-feed", Some(coach)).await;
    let address = address_in(&page).expect("the address, shown once");
    assert!(
        page.contains(&address.replace("http://", "webcal://")),
        "{page}"
    );
    let again = srv.page("/coach/calendar-feed", Some(coach)).await;
    assert_eq!(address_in(&again), None, "shown only once");
    address
}

#[tokio::test]
async fn a_coach_subscribes_to_their_own_agenda_replaces_and_ends_the_address() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    publish_hours(&srv, &coach).await;
    let amal = srv.as_participant().await;
    let (day, start) = free_on(&srv, &amal, 0).await;
    let res = book(&srv, &amal, &day, &start, "feed-1").await;
    assert_eq!(res.status(), StatusCode::OK);
    let kept = res.text().await.expect("id");
    let bo = srv.participant("Bo Ali Berg", "bo").await;
    let (day, start) = free_on(&srv, &bo, 1).await;
    let res = book(&srv, &bo, &day, &start, "feed-2").await;
    let cancelled = res.text().await.expect("id");
    let res = srv
        .call("cancel-booking", &[("id", &cancelled)], Some(&bo))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    workshop(&srv, &coach, "12").await;
    publish(
        &srv,
        &coach,
        &[
            ("kind", "dropin"),
            ("day", "2026-12-10"),
            ("from", "13:00"),
            ("to", "15:00"),
            ("place", "Kontoret"),
        ],
    )
    .await;

    let page = srv.page("/coach/calendar-feed", Some(&coach)).await;
    assert!(page.contains("Skapa kalenderlänk"), "{page}");
    let address = make(&srv, &coach).await;
    let page = srv.page("/coach/calendar-feed", Some(&coach)).await;
    assert!(page.contains("Ingen kalender har hämtat den än."), "{page}");

    // A calendar app reads it without signing in.
    let res = fetch(&srv, &address).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()["content-type"],
        "text/calendar; charset=utf-8"
    );
    let raw = res.text().await.expect("feed");
    let feed = unfolded(&raw);
    assert!(
        feed.contains("X-WR-CALNAME:Vägval: Demo Coach\r\n"),
        "{feed}"
    );
    // The participants' own files name the same events.
    let own = unfolded(
        &srv.page(&format!("/bookings/{kept}/ics"), Some(&amal))
            .await,
    );
    let uid = own
        .lines()
        .find(|l| l.starts_with("UID:"))
        .expect("the participant's UID");
    assert!(feed.contains(&format!("{uid}\r\n")), "{uid} in {feed}");
    let events: Vec<&str> = feed.split("BEGIN:VEVENT").skip(1).collect();
    assert_eq!(
        events.len(),
        4,
        "two meetings, a workshop, a drop-in: {feed}"
    );
    let meeting = events.iter().find(|e| e.contains(uid)).expect("meeting");
    assert!(
        meeting.contains("SUMMARY:Vägledning: Amal D.\r\n") && meeting.contains("STATUS:CONFIRMED")
    );
    let gone = events
        .iter()
        .find(|e| e.contains(&format!("UID:booking-{cancelled}@")))
        .expect("the cancelled meeting");
    assert!(gone.contains("SUMMARY:Vägledning: Bo B.\r\n") && gone.contains("STATUS:CANCELLED"));
    assert!(
        feed.contains("SUMMARY:Workshop: Skriv ditt CV (0/12)\r\n"),
        "{feed}"
    );
    assert!(feed.contains("SUMMARY:Drop-in\r\n") && feed.contains("LOCATION:Kontoret\r\n"));
    for whole in ["Amal Demo", "Bo Ali Berg", "VALARM"] {
        assert!(!feed.contains(whole), "{whole} in {feed}");
    }
    let page = srv.page("/coach/calendar-feed", Some(&coach)).await;
    assert!(page.contains("Den har hämtats en gång"), "{page}");

    // A real calendar client reads it: every event at its Stockholm time, the cancelled
    // one marked.
    let listed = khal_lists(&raw);
    assert_eq!(listed.matches(" Vägledning: ").count(), 2, "{listed}");
    assert!(listed.contains("Vägledning: Bo B. CANCELLED"), "{listed}");
    assert!(listed.contains("Vägledning: Amal D. CONFIRMED"), "{listed}");
    assert!(
        listed.contains("2026-12-09 13:00 Workshop: Skriv ditt CV (0/12) CONFIRMED"),
        "{listed}"
    );
    assert!(
        listed.contains("2026-12-10 13:00 Drop-in CONFIRMED"),
        "{listed}"
    );

    // Nobody else makes, ends or reads a coach's feed: a participant, someone signed out,
    // and another coach (who gets their own).
    for (who, refused) in [
        (Some(amal.as_str()), StatusCode::FORBIDDEN),
        (None, StatusCode::UNAUTHORIZED),
    ] {
        for endpoint in ["make-calendar-feed", "end-calendar-feed", "calendar-feed"] {
            let res = srv.call(endpoint, &[], who).await;
            assert_eq!(res.status(), refused, "{endpoint}");
        }
    }
    let page = srv.page("/coach/calendar-feed", Some(&amal)).await;
    assert_eq!(address_in(&page), None);
    let other = srv.other_coach().await;
    let theirs = make(&srv, &other).await;
    assert_ne!(theirs, address);
    let their_feed = fetch(&srv, &theirs).await.text().await.expect("feed");
    assert!(
        !their_feed.contains("VEVENT") && !their_feed.contains("Amal"),
        "{their_feed}"
    );
    assert_eq!(fetch(&srv, &address).await.status(), StatusCode::OK);
    srv.post_form(
        "end-calendar-feed",
        &[],
        "/coach/calendar-feed/end",
        Some(&other),
    )
    .await;
    assert_eq!(
        fetch(&srv, &address).await.status(),
        StatusCode::OK,
        "not theirs to end"
    );

    // Guessing finds nothing; a secret that is not one is not looked up.
    let last = if address.ends_with("0.ics") { '1' } else { '0' };
    let wrong = format!("{}{last}.ics", &address[..address.len() - 5]);
    for path in [wrong.as_str(), "/calendar/abc.ics", "/calendar/..%2Fsw.js"] {
        let path = path.strip_prefix(&srv.base).unwrap_or(path);
        assert_eq!(
            srv.get(path, None).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }

    // Replaced: the old address stops at once. Ended: the new one too.
    let renewed = make(&srv, &coach).await;
    assert_ne!(renewed, address);
    assert_eq!(fetch(&srv, &address).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(fetch(&srv, &renewed).await.status(), StatusCode::OK);
    let res = srv
        .post_form(
            "end-calendar-feed",
            &[],
            "/coach/calendar-feed/end",
            Some(&coach),
        )
        .await;
    assert_eq!(location(&srv, &res), "/coach/calendar-feed?ended=1");
    assert_eq!(fetch(&srv, &renewed).await.status(), StatusCode::NOT_FOUND);
    let page = srv.page("/coach/calendar-feed?ended=1", Some(&coach)).await;
    assert!(page.contains("Kalenderlänken är avstängd.") && page.contains("Skapa kalenderlänk"));
    let left = srv
        .on_server(|store| async move { count_rows(&*store, "calendar_feeds").await })
        .await;
    assert_eq!(
        left, 0,
        "the other coach's ended too, the first coach's ended"
    );
}
