//! Booking guidance over real HTTP: a coach publishes hours, participants book and cancel,
//! a time is never booked twice however the requests race, and a form sent again books
//! once.
use crate::common::{assert_contains, spawn, TestServer};
use app::ssr::store::NewPerson;
use reqwest::StatusCode;
use std::str::FromStr;
use std::sync::Arc;

/// Monday 7 December 2026, 08:00 in Stockholm.
pub(crate) const MONDAY_MORNING: &str = "2026-12-07T07:00:00Z";

/// The demo coach's hours: weekdays 09:00–12:00, 45-minute meetings 15 minutes apart,
/// 2 h notice, 4 weeks ahead, cancel up to 4 h before, at an office.
pub(crate) async fn publish_hours(srv: &TestServer, coach: &str) {
    let mut form: Vec<(String, String)> = Vec::new();
    for day in 1..=5 {
        form.push((format!("from-{day}"), "09:00".into()));
        form.push((format!("to-{day}"), "12:00".into()));
    }
    for (k, v) in [
        ("slot", "45"),
        ("buffer", "15"),
        ("notice", "2"),
        ("horizon", "4"),
        ("cutoff", "4"),
        ("place", "Storgatan 1, Södertälje"),
    ] {
        form.push((k.into(), v.into()));
    }
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = srv.call("save-hours", &form, Some(coach)).await;
    assert_eq!(res.status(), StatusCode::OK, "hours saved");
}

/// `n` more participants of the demo coach, signed in; their sessions.
pub(crate) async fn participants(srv: &Arc<TestServer>, prefix: &str, n: usize) -> Vec<String> {
    let password = "en deltagare med ett långt lösenord";
    let hash = cheap_hash(password);
    let owned = prefix.to_string();
    srv.on_server(move |store| async move {
        let prefix = owned;
        let coach = store
            .find_user_by_login("coach")
            .await
            .expect("store")
            .map(|c| c.id);
        for i in 0..n {
            let person = NewPerson {
                display_name: format!("Deltagare {prefix}{i}"),
                role: app::auth::Role::Participant,
                coach_id: coach,
                created_by: None,
            };
            store
                .upsert_account(person, &format!("{prefix}{i}"), &hash, 0)
                .await
                .expect("account");
        }
    })
    .await;
    use futures_util::StreamExt;
    futures_util::stream::iter(0..n)
        .map(|i| {
            let (srv, login) = (srv.clone(), format!("{prefix}{i}"));
            async move { srv.sign_in(&login, password).await }
        })
        .buffered(16)
        .collect()
        .await
}

/// A thousand connections at once need more than the common soft limit of 1024 open
/// files: raise it to the hard limit (at most 8192) for this test process.
pub(crate) fn allow_many_connections() {
    // SAFETY: plain system calls on a local struct; no memory is shared.
    unsafe {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 {
            let wanted = limit.rlim_max.min(8192);
            if limit.rlim_cur < wanted {
                limit.rlim_cur = wanted;
                libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
            }
        }
    }
}

/// An Argon2id hash of `password` with the smallest parameters: signing in checks it with
/// the parameters it carries, so a thousand people sign in within seconds. Only for tests.
pub(crate) fn cheap_hash(password: &str) -> String {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let params = argon2::Params::new(8, 1, 1, None).expect("params");
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let salt = SaltString::encode_b64(b"a fixed test salt").expect("salt");
    argon
        .hash_password(password.as_bytes(), &salt)
        .expect("hash")
        .to_string()
}

/// The first free time the participant is offered: its day and start.
async fn first_free(srv: &TestServer, me: &str) -> (String, String) {
    free_on(srv, me, 0).await
}

/// The first free time on the `n`th day with free times.
pub(crate) async fn free_on(srv: &TestServer, me: &str, n: usize) -> (String, String) {
    let days = srv.json("free-days", &[], Some(me)).await;
    let day = days["days"][n][0].as_str().expect("a day").to_string();
    let times = srv.json("free-times", &[("day", &day)], Some(me)).await;
    let start = times["times"][0]["starts_at"].to_string();
    (day, start)
}

pub(crate) async fn book(
    srv: &TestServer,
    me: &str,
    day: &str,
    start: &str,
    key: &str,
) -> reqwest::Response {
    srv.call(
        "book",
        &[("day", day), ("start", start), ("key", key), ("help", "cv")],
        Some(me),
    )
    .await
}

async fn active_bookings(srv: &TestServer) -> usize {
    srv.on_server(|store| async move {
        let coach = store
            .find_user_by_login("coach")
            .await
            .expect("store")
            .expect("coach");
        store
            .coach_bookings(coach.id, 0, i64::MAX)
            .await
            .expect("bookings")
            .len()
    })
    .await
}

#[tokio::test]
async fn a_participant_books_sees_and_cancels_a_time() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    // No hours yet: nothing to book, said in words.
    assert!(srv
        .page("/book", Some(&amal))
        .await
        .contains("inga lediga tider"));
    publish_hours(&srv, &coach).await;

    let days = srv.page("/book", Some(&amal)).await;
    assert!(
        days.contains("href=\"/book/2026-12-07\""),
        "today has times"
    );
    assert!(
        days.contains("2 lediga tider"),
        "10:00 and 11:00 today: {days}"
    );
    let today = srv.page("/book/2026-12-07", Some(&amal)).await;
    assert!(today.contains("10:00–10:45") && today.contains("11:00–11:45"));
    assert!(!today.contains("09:00–09:45"), "within the notice");

    // Tuesday's first time: far enough ahead to cancel oneself.
    let (day, start) = free_on(&srv, &amal, 1).await;
    assert_eq!(day, "2026-12-08");
    let res = book(&srv, &amal, &day, &start, "form-1").await;
    assert_eq!(res.status(), StatusCode::OK);
    let id = res.text().await.expect("id");
    let mine = srv.page("/bookings", Some(&amal)).await;
    assert!(mine.contains("tisdag 8 december") && mine.contains("09:00–09:45"));
    assert!(mine.contains("Storgatan 1"));
    let agenda = srv.page("/coach/agenda", Some(&coach)).await;
    assert!(agenda.contains("Amal Andersson") && agenda.contains("Hjälp med: Mitt CV"));
    let caseload = srv.page("/coach", Some(&coach)).await;
    assert!(
        caseload.contains("Nästa möte tisdag 8 december"),
        "{caseload}"
    );
    // The time is gone for everyone; the same form again finds the same booking.
    let tuesday = srv.page("/book/2026-12-08", Some(&amal)).await;
    assert!(!tuesday.contains("09:00–09:45") && tuesday.contains("10:00–10:45"));
    let again = book(&srv, &amal, &day, &start, "form-1").await;
    assert_eq!(again.text().await.expect("id"), id);
    assert_eq!(active_bookings(&srv).await, 1);

    // Someone else cannot see or cancel it; another coach neither.
    let bo = srv.participant("Bo Berg", "bo").await;
    for endpoint in ["booking", "cancel-booking"] {
        let res = srv.call(endpoint, &[("id", &id)], Some(&bo)).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{endpoint}");
    }
    let res = srv.call("cancel-booking", &[("id", &id)], None).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let other = srv.other_coach().await;
    for endpoint in ["booking", "cancel-booking"] {
        let res = srv.call(endpoint, &[("id", &id)], Some(&other)).await;
        assert_eq!(
            res.status(),
            StatusCode::NOT_FOUND,
            "another coach: {endpoint}"
        );
    }
    assert!(!srv
        .page("/coach/agenda", Some(&other))
        .await
        .contains("Amal"));

    // Cancelled before the cut-off, after a check page, without JavaScript.
    let ask = srv
        .page(&format!("/bookings/{id}/cancel"), Some(&amal))
        .await;
    assert!(ask.contains("Vill du avboka tisdag 8 december"));
    let res = srv
        .post_form(
            "cancel-booking",
            &[("id", &id)],
            &format!("/bookings/{id}/cancel"),
            Some(&amal),
        )
        .await;
    assert_eq!(
        res.headers()["location"].to_str().ok(),
        Some("/bookings?cancelled=1")
    );
    assert_eq!(active_bookings(&srv).await, 0);
    assert!(srv
        .page("/book/2026-12-08", Some(&amal))
        .await
        .contains("09:00–09:45"));
}

#[tokio::test]
async fn after_the_cutoff_the_participant_is_sent_to_the_coach() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    publish_hours(&srv, &coach).await;
    let (day, start) = first_free(&srv, &amal).await;
    let id = book(&srv, &amal, &day, &start, "k")
        .await
        .text()
        .await
        .expect("id");
    // 10:00 booked at 08:00 with a 4 h cut-off: already past it.
    let page = srv.page(&format!("/bookings/{id}"), Some(&amal)).await;
    assert!(page.contains("Kontakta din coach"));
    let res = srv
        .call("cancel-booking", &[("id", &id)], Some(&amal))
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    // The coach can still cancel it, saying why; the participant reads the reason.
    let res = srv
        .call("cancel-booking", &[("id", &id)], Some(&coach))
        .await;
    assert_eq!(
        res.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a reason is needed"
    );
    let res = srv
        .call(
            "cancel-booking",
            &[
                ("id", &id),
                ("reason", "Jag är sjuk idag, vi bokar en ny tid."),
            ],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let mine = srv.page("/bookings", Some(&amal)).await;
    assert!(mine.contains("Avbokad av din coach: Jag är sjuk idag, vi bokar en ny tid."));
    // The cancelled booking's page offers the file that removes it from the phone's
    // calendar, and says to open it.
    let page = srv.page(&format!("/bookings/{id}"), Some(&amal)).await;
    assert!(
        page.contains(&format!("href=\"/bookings/{id}/ics\""))
            && page.contains("Ta bort ur min kalender"),
        "{page}"
    );
    let ics = srv
        .get(&format!("/bookings/{id}/ics"), Some(&amal))
        .await
        .text()
        .await
        .expect("ics");
    assert!(ics.contains("METHOD:CANCEL"), "{ics}");
}

#[tokio::test]
async fn bad_hours_are_refused_in_words_and_kept() {
    let srv = spawn().await;
    let coach = srv.as_coach().await;
    let res = srv
        .call(
            "save-hours",
            &[
                ("from-1", "9"),
                ("to-1", "12:00"),
                ("from-2", "13:00"),
                ("to-2", "12:00"),
                ("slot", "500"),
                ("buffer", "15"),
                ("notice", "2"),
                ("horizon", "4"),
                ("cutoff", "4"),
                ("place", ""),
            ],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("body");
    assert_contains(
        &body,
        &[
            "BadTime",
            "EndBeforeStart",
            "OutOfRange",
            "\"from-2\",\"13:00\"",
        ],
    );
    // A participant cannot touch a coach's hours.
    let amal = srv.as_participant().await;
    let res = srv.call("save-hours", &[("slot", "45")], Some(&amal)).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

/// Stockholm clock time of an instant the API sent (`starts_at`, seconds), in December
/// (UTC+1).
fn stockholm_clock(secs: &serde_json::Value) -> String {
    let at = jiff::Timestamp::from_second(secs.as_i64().expect("seconds") + 3600).expect("instant");
    at.strftime("%H:%M").to_string()
}

#[tokio::test]
async fn a_day_takes_several_ranges_so_lunch_stays_free() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let rules = [
        ("slot", "60"),
        ("buffer", "0"),
        ("notice", "0"),
        ("horizon", "4"),
        ("cutoff", "4"),
        ("place", ""),
    ];
    // Tuesday: the afternoon typed first, the morning second; the order does not matter.
    let mut form = vec![
        ("from-2", "13:00"),
        ("to-2", "15:00"),
        ("from-2-2", "09:00"),
        ("to-2-2", "11:00"),
    ];
    form.extend(rules);
    assert_eq!(
        srv.call("save-hours", &form, Some(&coach)).await.status(),
        StatusCode::OK
    );
    let amal = srv.participant("Amal Andersson", "amal").await;
    let tuesday = srv
        .json("free-times", &[("day", "2026-12-08")], Some(&amal))
        .await;
    let times: Vec<String> = tuesday["times"]
        .as_array()
        .expect("times")
        .iter()
        .map(|t| stockholm_clock(&t["starts_at"]))
        .collect();
    assert_eq!(times, ["09:00", "10:00", "13:00", "14:00"], "lunch is free");
    // The coach's form shows both ranges, in order, and a third to add.
    let page = srv.page("/coach/hours", Some(&coach)).await;
    let morning = page.find("value=\"09:00\"").expect("morning shown");
    let afternoon = page.find("value=\"13:00\"").expect("afternoon shown");
    assert!(morning < afternoon, "in the order of the day");
    assert!(page.contains("name=\"from-2-3\""), "room for a third");
    assert!(page.contains("Lägg till en tid till samma dag"));

    // Ranges that run into each other are refused in words, with what was typed kept.
    let mut form = vec![
        ("from-3", "09:00"),
        ("to-3", "12:00"),
        ("from-3-2", "11:30"),
        ("to-3-2", "15:00"),
    ];
    form.extend(rules);
    let res = srv.call("save-hours", &form, Some(&coach)).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("body");
    assert!(body.contains("Overlaps"), "{body}");
    assert!(body.contains("\"from-3-2\",\"11:30\""), "kept: {body}");
    // Tuesday's hours are as they were.
    let again = srv
        .json("free-times", &[("day", "2026-12-08")], Some(&amal))
        .await;
    assert_eq!(again["times"].as_array().map(Vec::len), Some(4));
}

#[tokio::test]
async fn changed_hours_list_the_bookings_they_no_longer_cover() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    publish_hours(&srv, &coach).await;
    let (day, start) = first_free(&srv, &amal).await;
    assert_eq!(
        book(&srv, &amal, &day, &start, "k").await.status(),
        StatusCode::OK
    );
    // Mondays now start at 11:00.
    let mut form = vec![("from-1", "11:00"), ("to-1", "12:00")];
    form.extend([
        ("slot", "45"),
        ("buffer", "15"),
        ("notice", "2"),
        ("horizon", "4"),
        ("cutoff", "4"),
        ("place", ""),
    ]);
    assert_eq!(
        srv.call("save-hours", &form, Some(&coach)).await.status(),
        StatusCode::OK
    );
    let page = srv.page("/coach/hours", Some(&coach)).await;
    assert!(page.contains("Bokningar utanför dina nya tider"));
    assert!(page.contains("10:00–10:45") && page.contains("Amal Andersson"));
    assert_eq!(active_bookings(&srv).await, 1, "kept, never dropped");
}

#[tokio::test]
async fn a_thousand_participants_race_for_one_time_and_one_gets_it() {
    allow_many_connections();
    let srv = Arc::new(spawn().await);
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    thousand_race_for_one_time(std::slice::from_ref(&srv)).await;
    assert_eq!(active_bookings(&srv).await, 1);
}

/// A thousand participants book one time at once, spread over `portals` (one, or the
/// instances of one deployment): one gets it, the rest are told it was taken.
pub(crate) async fn thousand_race_for_one_time(portals: &[Arc<TestServer>]) {
    let srv = &portals[0];
    let coach = srv.as_coach().await;
    publish_hours(srv, &coach).await;
    let racers = participants(srv, "racer", 1000).await;
    let (day, start) = first_free(&portals[portals.len() - 1], &racers[0]).await;
    let mut tasks = Vec::new();
    for (i, me) in racers.into_iter().enumerate() {
        let srv = portals[i % portals.len()].clone();
        let (day, start) = (day.clone(), start.clone());
        tasks.push(tokio::spawn(async move {
            let res = book(&srv, &me, &day, &start, &format!("key-{i}")).await;
            (res.status(), res.text().await.unwrap_or_default())
        }));
    }
    let (mut booked, mut taken, mut other) = (0, 0, Vec::new());
    for task in tasks {
        let (status, body) = task.await.expect("task");
        match status {
            StatusCode::OK => booked += 1,
            StatusCode::UNPROCESSABLE_ENTITY if body.contains("Taken") => taken += 1,
            _ => other.push(format!("{status} {body}")),
        }
    }
    assert_eq!(booked, 1);
    assert_eq!(taken, 999, "the rest are told it was taken");
    assert!(other.is_empty(), "{other:?}");
}

#[tokio::test]
async fn no_time_inside_the_notice_and_a_form_sent_back_for_another_time_books_that_time() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    publish_hours(&srv, &coach).await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    // Monday 09:00 (08:00Z) is within the 2 h notice at 08:00: refused in words.
    let nine = jiff::Timestamp::from_str("2026-12-07T08:00:00Z")
        .expect("instant")
        .as_second()
        .to_string();
    let res = book(&srv, &amal, "2026-12-07", &nine, "k").await;
    assert!(res.text().await.expect("body").contains("TooSoon"));
    // The same form, back and sent for another time: that time is booked too.
    let tuesday = srv
        .json("free-times", &[("day", "2026-12-08")], Some(&amal))
        .await;
    let at = |i: usize| tuesday["times"][i]["starts_at"].to_string();
    let first = book(&srv, &amal, "2026-12-08", &at(0), "form")
        .await
        .text()
        .await
        .expect("id");
    let second = book(&srv, &amal, "2026-12-08", &at(1), "form")
        .await
        .text()
        .await
        .expect("id");
    assert_ne!(first, second);
    assert_eq!(active_bookings(&srv).await, 2);
}

#[tokio::test]
async fn one_form_sent_fifty_times_at_once_books_once() {
    let srv = Arc::new(spawn().await);
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    publish_hours(&srv, &coach).await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    let (day, start) = first_free(&srv, &amal).await;
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let (srv, amal, day, start) = (srv.clone(), amal.clone(), day.clone(), start.clone());
        tasks.push(tokio::spawn(async move {
            let res = book(&srv, &amal, &day, &start, "the-same-form").await;
            (res.status(), res.text().await.unwrap_or_default())
        }));
    }
    let mut ids = std::collections::BTreeSet::new();
    for task in tasks {
        let (status, body) = task.await.expect("task");
        assert_eq!(status, StatusCode::OK, "{body}");
        ids.insert(body);
    }
    assert_eq!(ids.len(), 1, "every answer names the one booking");
    assert_eq!(active_bookings(&srv).await, 1);
}

#[tokio::test]
async fn a_participant_holds_at_most_three_future_bookings() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    publish_hours(&srv, &coach).await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    for i in 0..3 {
        let (day, start) = first_free(&srv, &amal).await;
        let res = book(&srv, &amal, &day, &start, &format!("k{i}")).await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    let (day, start) = first_free(&srv, &amal).await;
    let res = book(&srv, &amal, &day, &start, "k4").await;
    assert!(res.text().await.expect("body").contains("TooManyBookings"));
    assert!(srv
        .page("/book", Some(&amal))
        .await
        .contains("Du har redan 3 bokade tider"));
    // A time that is not offered (made up) is refused as taken.
    let res = book(&srv, &amal, &day, "1796000000", "k5").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

/// The calendar file's event, parsed back by the `ical` crate: its properties by name.
fn event_of(ics: &str) -> (Vec<(String, String)>, usize) {
    let mut reader = ical::IcalParser::new(ics.as_bytes());
    let calendar = reader.next().expect("a calendar").expect("parses");
    assert_eq!(calendar.events.len(), 1);
    assert_eq!(calendar.timezones.len(), 1, "Europe/Stockholm written out");
    let event = &calendar.events[0];
    let props = event
        .properties
        .iter()
        .map(|p| {
            let params = p
                .params
                .as_ref()
                .map(|ps| {
                    ps.iter()
                        .map(|(k, v)| format!(";{k}={}", v.join(",")))
                        .collect::<String>()
                })
                .unwrap_or_default();
            (
                format!("{}{params}", p.name),
                p.value.clone().unwrap_or_default(),
            )
        })
        .collect();
    (props, event.alarms.len())
}

fn prop<'a>(props: &'a [(String, String)], name: &str) -> &'a str {
    props
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("{name} in {props:?}"))
}

#[tokio::test]
async fn a_booking_goes_into_the_phone_calendar_and_out_again() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    publish_hours(&srv, &coach).await;
    let (day, start) = free_on(&srv, &amal, 1).await;
    let id = book(&srv, &amal, &day, &start, "k")
        .await
        .text()
        .await
        .expect("id");
    let path = format!("/bookings/{id}/ics");

    let res = srv
        .get(&path, Some(&format!("{amal}; vagval_lang=ar")))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"]
        .to_str()
        .is_ok_and(|v| v.starts_with("text/calendar")));
    let ics = res.text().await.expect("ics");
    let (props, alarms) = event_of(&ics);
    let uid = prop(&props, "UID").to_string();
    assert!(uid.starts_with(&format!("booking-{id}@")));
    assert_eq!(prop(&props, "SEQUENCE"), "0");
    assert_eq!(
        prop(&props, "DTSTART;TZID=Europe/Stockholm"),
        "20261208T090000",
        "Tuesday 09:00 on Stockholm's clock"
    );
    assert_eq!(
        prop(&props, "DTEND;TZID=Europe/Stockholm"),
        "20261208T094500"
    );
    assert_eq!(alarms, 2, "a day and two hours before");
    assert!(ics.contains("TRIGGER:-P1D") && ics.contains("TRIGGER:-PT2H"));
    assert!(
        ics.contains("غدًا"),
        "reminders in the participant's language"
    );

    // Nobody else gets the file.
    let bo = srv.participant("Bo Berg", "bo").await;
    assert_eq!(
        srv.get(&path, Some(&bo)).await.status(),
        StatusCode::NOT_FOUND
    );
    let other = srv.other_coach().await;
    assert_eq!(
        srv.get(&path, Some(&other)).await.status(),
        StatusCode::NOT_FOUND
    );
    // The coach's calendar holds it.
    assert_eq!(srv.get(&path, Some(&coach)).await.status(), StatusCode::OK);

    // Cancelled: the same UID, a higher SEQUENCE, METHOD:CANCEL.
    let res = srv
        .call("cancel-booking", &[("id", &id)], Some(&amal))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let ics = srv.page(&path, Some(&amal)).await;
    let (props, alarms) = event_of(&ics);
    assert_eq!(prop(&props, "UID"), uid);
    assert_eq!(prop(&props, "SEQUENCE"), "1");
    assert_eq!(prop(&props, "STATUS"), "CANCELLED");
    assert!(ics.contains("METHOD:CANCEL"));
    assert_eq!(alarms, 0);
}

#[tokio::test]
async fn a_move_keeps_the_booking_and_never_loses_the_old_time() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    let bo = srv.participant("Bo Berg", "bo").await;
    publish_hours(&srv, &coach).await;
    // Tuesday 8 December: Amal at 09:00, Bo at 10:00.
    let tuesday = srv
        .json("free-times", &[("day", "2026-12-08")], Some(&amal))
        .await;
    let at = |i: usize| tuesday["times"][i]["starts_at"].to_string();
    let id = book(&srv, &amal, "2026-12-08", &at(0), "a")
        .await
        .text()
        .await
        .expect("id");
    assert_eq!(
        book(&srv, &bo, "2026-12-08", &at(1), "b").await.status(),
        StatusCode::OK
    );
    let ics = srv.page(&format!("/bookings/{id}/ics"), Some(&amal)).await;
    let uid = prop(&event_of(&ics).0, "UID").to_string();

    let move_to = |who: String, start: String| {
        let (srv, id) = (&srv, id.clone());
        async move {
            srv.call(
                "book",
                &[
                    ("day", "2026-12-08"),
                    ("start", &start),
                    ("key", "m"),
                    ("moving", &id),
                ],
                Some(&who),
            )
            .await
        }
    };
    // Onto Bo's time: refused, and Amal keeps 09:00.
    let res = move_to(amal.clone(), at(1)).await;
    assert!(res.text().await.expect("body").contains("Taken"));
    assert!(srv
        .page("/bookings", Some(&amal))
        .await
        .contains("09:00–09:45"));
    // Someone else cannot move it.
    assert_eq!(
        move_to(bo.clone(), at(2)).await.status(),
        StatusCode::NOT_FOUND
    );
    // To 11:00: the same booking, its calendar file a newer version of the same event.
    let res = move_to(amal.clone(), at(2)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.text().await.expect("id"), id);
    let mine = srv.page("/bookings", Some(&amal)).await;
    assert!(mine.contains("11:00–11:45") && !mine.contains("09:00–09:45"));
    let (props, _) = event_of(&srv.page(&format!("/bookings/{id}/ics"), Some(&amal)).await);
    assert_eq!(prop(&props, "UID"), uid);
    assert_eq!(prop(&props, "SEQUENCE"), "1");
    assert_eq!(
        prop(&props, "DTSTART;TZID=Europe/Stockholm"),
        "20261208T110000"
    );
    // The moved booking's page says to open the new file so the phone's calendar follows.
    let page = srv.page(&format!("/bookings/{id}"), Some(&amal)).await;
    assert!(page.contains("Hämta den nya kalenderfilen"), "{page}");
    // 09:00 is free again.
    let free = srv.page("/book/2026-12-08", Some(&bo)).await;
    assert!(free.contains("09:00–09:45"));
    assert_eq!(active_bookings(&srv).await, 2);
}

#[tokio::test]
async fn the_coach_records_attendance_and_nobody_else_can() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    publish_hours(&srv, &coach).await;
    let (day, start) = first_free(&srv, &amal).await;
    let id = book(&srv, &amal, &day, &start, "k")
        .await
        .text()
        .await
        .expect("id");
    let page = format!("/bookings/{id}");
    assert!(
        !srv.page(&page, Some(&coach)).await.contains("Närvaro:"),
        "never guessed"
    );
    // Before the meeting has begun there is nothing to record: no form, and refused.
    let before = srv.page(&page, Some(&coach)).await;
    assert!(
        before.contains("Närvaron sätter du när mötet har börjat."),
        "{before}"
    );
    assert!(!before.contains("name=\"attendance\""));
    let res = srv
        .call(
            "record-attendance",
            &[("id", &id), ("attendance", "attended")],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.expect("body").contains("NotStarted"));
    // The meeting begins (10:00); the coach is signed in again.
    srv.clock.advance(2 * 3600);
    let coach = srv.as_coach().await;
    let amal = srv.sign_in("amal", "amal har ett långt lösenord").await;
    let res = srv
        .call(
            "record-attendance",
            &[("id", &id), ("attendance", "no_show")],
            Some(&amal),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND, "not the participant");
    let res = srv
        .call(
            "record-attendance",
            &[("id", &id), ("attendance", "maybe")],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = srv
        .post_form(
            "record-attendance",
            &[("id", &id), ("attendance", "attended")],
            &page,
            Some(&coach),
        )
        .await;
    assert_eq!(
        res.headers()["location"].to_str().ok(),
        Some(format!("/bookings/{id}?recorded=1").as_str())
    );
    // After the meeting, still on today's agenda, with what was recorded.
    srv.clock.advance(2 * 3600);
    let agenda = srv.page("/coach/agenda", Some(&coach)).await;
    assert!(agenda.contains("Närvaro: Kom"), "{agenda}");
    // The coach's participant page shows it; the caseload counts the meeting as contact.
    let amal_id = srv
        .on_server(|store| async move {
            store
                .find_user_by_login("amal")
                .await
                .expect("store")
                .expect("amal")
                .id
        })
        .await;
    let theirs = srv
        .page(&format!("/coach/participants/{amal_id}"), Some(&coach))
        .await;
    assert!(theirs.contains("Närvaro: Kom") && theirs.contains("10:00–10:45"));
    let caseload = srv.page("/coach", Some(&coach)).await;
    assert!(
        caseload.contains("Senaste kontakt måndag 7 december"),
        "{caseload}"
    );
    assert!(srv.page(&page, Some(&amal)).await.contains("Närvaro: Kom"));
}

#[tokio::test]
async fn a_closed_day_offers_no_times_and_keeps_its_bookings_listed() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    publish_hours(&srv, &coach).await;
    let (day, start) = free_on(&srv, &amal, 1).await;
    assert_eq!(
        book(&srv, &amal, &day, &start, "k").await.status(),
        StatusCode::OK
    );
    let res = srv
        .call("close-day", &[("day", "2026-12-08")], Some(&coach))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(!srv
        .page("/book", Some(&amal))
        .await
        .contains("/book/2026-12-08"));
    let hours = srv.page("/coach/hours", Some(&coach)).await;
    assert!(hours.contains("Bokningar utanför dina nya tider") && hours.contains("Amal Andersson"));
    // Bad input is refused in words; opening the day again brings its times back.
    let res = srv
        .call("close-day", &[("day", "julafton")], Some(&coach))
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = srv
        .call(
            "close-day",
            &[("day", "2026-12-08"), ("open", "1")],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(srv
        .page("/book", Some(&amal))
        .await
        .contains("/book/2026-12-08"));
    // Only a coach closes their own days.
    let res = srv
        .call("close-day", &[("day", "2026-12-09")], Some(&amal))
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn holidays_are_closed_unless_the_coach_adds_hours_that_day() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    publish_hours(&srv, &coach).await;
    // Christmas Eve, Christmas Day and Boxing Day 2026 fall on weekdays with hours.
    let book = srv.page("/book", Some(&amal)).await;
    assert!(book.contains("/book/2026-12-23"), "{book}");
    for day in ["2026-12-24", "2026-12-25", "2026-12-31", "2027-01-01"] {
        assert!(!book.contains(&format!("/book/{day}")), "{day} offered");
    }
    let hours = srv.page("/coach/hours", Some(&coach)).await;
    assert!(
        hours.contains("juldagen") && hours.contains("nyårsdagen"),
        "{hours}"
    );
    // Extra hours open a holiday.
    let res = srv
        .call(
            "extra-hours",
            &[
                ("extra-day", "2026-12-24"),
                ("extra-from", "10:00"),
                ("extra-to", "11:00"),
            ],
            Some(&coach),
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let book = srv.page("/book", Some(&amal)).await;
    assert!(book.contains("/book/2026-12-24"), "{book}");
}
