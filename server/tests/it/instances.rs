//! Several instances of one deployment on one PostgreSQL database: two real server
//! processes on two loopback ports, started with the same secret key and nothing else in
//! common. Whatever a request needs must be in the database, so a person may land on
//! either instance at every request.
use crate::booking::{allow_many_connections, participants};
use crate::common::{fresh_postgres_database, postgres_cluster, TestServer};
use reqwest::StatusCode;
use std::sync::Arc;

/// Both instances, the first with the demo accounts; `None` (said) without a cluster.
async fn two_instances() -> Option<(Arc<TestServer>, Arc<TestServer>)> {
    postgres_cluster()?;
    allow_many_connections();
    let db = fresh_postgres_database().await;
    let secret = "2e".repeat(32);
    let a = TestServer::process(&db, &secret, &[("VAGVAL_DEMO", "1")]).await;
    let b = TestServer::process(&db, &secret, &[]).await;
    Some((Arc::new(a), Arc::new(b)))
}

/// Stockholm's calendar day `days` from today, and the time of day now (`HH:MM`).
fn stockholm(days: i64) -> (String, String) {
    use app::ssr::clock::{moment, Clock};
    let clock = Clock::system();
    let day = clock
        .today()
        .checked_add(jiff::Span::new().days(days))
        .expect("day");
    let now = moment(clock.unix(), clock.now()).expect("now");
    (
        day.to_string(),
        format!("{:02}:{:02}", now.hour, now.minute),
    )
}

#[tokio::test]
async fn a_session_begun_on_one_instance_goes_on_on_the_other() {
    let Some((a, b)) = two_instances().await else {
        return;
    };
    let me = a.as_participant().await;
    assert_eq!(b.get("/cv", Some(&me)).await.status(), StatusCode::OK);
    assert!(b.get("/cv", None).await.status().is_redirection());
    // Saved through one, read through the other.
    let id = a.start_cv(&me).await;
    let about = [("id", id.as_str()), ("profile", "Jag kör truck.")];
    let res = b.call("save-cv-profile", &about, Some(&me)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(a
        .page(&format!("/cv/{id}/json"), Some(&me))
        .await
        .contains("Jag kör truck."));
    // Signed out on one, the cookie is worthless on the other.
    let res = b.call("sign-out", &[], Some(&me)).await;
    assert!(res.status().is_success() || res.status().is_redirection());
    assert!(a.get("/cv", Some(&me)).await.status().is_redirection());
}

#[tokio::test]
async fn the_sign_in_throttle_counts_for_the_whole_deployment() {
    let Some((a, b)) = two_instances().await else {
        return;
    };
    // Five wrong passwords for one account (its limit), spread over both instances.
    for n in 0..5 {
        let srv = if n % 2 == 0 { &a } else { &b };
        let res = srv
            .call(
                "sign-in",
                &[("login", "coach"), ("password", "guess guess")],
                None,
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "attempt {n}");
    }
    for srv in [&a, &b] {
        let res = srv
            .call(
                "sign-in",
                &[("login", "coach"), ("password", server::DEMO_PASSWORDS[1])],
                None,
            )
            .await;
        assert_eq!(
            res.status(),
            StatusCode::TOO_MANY_REQUESTS,
            "held back on both"
        );
    }
}

#[tokio::test]
async fn two_sections_saved_at_once_through_two_instances_both_survive() {
    let Some((a, b)) = two_instances().await else {
        return;
    };
    crate::hardening::saves_of_two_sections_at_once_both_survive(&a, &b).await;
}

#[tokio::test]
async fn a_new_entry_saved_twice_at_once_through_two_instances_is_added_once() {
    let Some((a, b)) = two_instances().await else {
        return;
    };
    let me = a.as_participant().await;
    let id = a.start_cv(&me).await;
    for round in 0..10 {
        // Autosave and the leave-page beacon of one new entry, on two instances.
        let draft = format!("{round:032x}");
        let role = format!("Lagerarbetare {round}");
        let form = [
            ("id", id.as_str()),
            ("section", "work"),
            ("index", "new"),
            ("expect", ""),
            ("draft", draft.as_str()),
            ("role", role.as_str()),
            ("employer", "PostNord"),
        ];
        let (x, y) = tokio::join!(
            a.call("save-cv-entry", &form, Some(&me)),
            b.call("save-cv-entry", &form, Some(&me)),
        );
        assert_eq!((x.status(), y.status()), (StatusCode::OK, StatusCode::OK));
        let json = a.page(&format!("/cv/{id}/json"), Some(&me)).await;
        assert_eq!(json.matches(&role).count(), 1, "round {round}: {json}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_participants_on_two_instances_race_for_one_time_and_one_gets_it() {
    let Some((a, b)) = two_instances().await else {
        return;
    };
    crate::booking::thousand_race_for_one_time(&[a, b]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_hundred_racers_on_two_instances_get_exactly_the_five_seats() {
    let Some((a, b)) = two_instances().await else {
        return;
    };
    let coach = a.as_coach().await;
    let (day, _) = stockholm(3);
    let res = a
        .call(
            "create-group",
            &[
                ("kind", "workshop"),
                ("title", "Skriv ditt CV"),
                ("day", &day),
                ("from", "13:00"),
                ("to", "15:00"),
                ("seats", "5"),
                ("place", "Biblioteket"),
            ],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let id = res.text().await.expect("id").trim().to_string();
    let racers = participants(&a, "seat", 100).await;
    let mut tasks = Vec::new();
    for (i, me) in racers.into_iter().enumerate() {
        let srv = if i % 2 == 0 { a.clone() } else { b.clone() };
        let (id, key) = (id.clone(), format!("k{i}"));
        tasks.push(tokio::spawn(async move {
            let form = [
                ("id", id.as_str()),
                ("key", key.as_str()),
                ("interpreter", ""),
            ];
            let res = srv.call("book-seat", &form, Some(&me)).await;
            (res.status(), res.text().await.unwrap_or_default())
        }));
    }
    let (mut booked, mut full, mut other) = (0, 0, Vec::new());
    for task in tasks {
        let (status, body) = task.await.expect("task");
        match status {
            StatusCode::OK => booked += 1,
            StatusCode::UNPROCESSABLE_ENTITY if body.contains("Full") => full += 1,
            _ => other.push(format!("{status} {body}")),
        }
    }
    assert_eq!((booked, full), (5, 95), "{other:?}");
}

#[tokio::test]
async fn the_drop_in_queue_keeps_the_order_of_joining_through_either_instance() {
    let Some((a, b)) = two_instances().await else {
        return;
    };
    let coach = a.as_coach().await;
    // Today's window, from now until just before midnight.
    let (today, now) = stockholm(0);
    if now.as_str() >= "23:50" {
        // Too close to midnight for a window today; the order is tested at other times.
        return;
    }
    let res = a
        .call(
            "create-group",
            &[
                ("kind", "dropin"),
                ("day", &today),
                ("from", &now),
                ("to", "23:59"),
                ("place", "Kontoret"),
            ],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let id = res.text().await.expect("id").trim().to_string();
    let people = participants(&a, "kö", 6).await;
    for (i, me) in people.iter().enumerate() {
        let srv = if i % 2 == 0 { &a } else { &b };
        let res = srv.call("queue", &[("id", &id)], Some(me)).await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    for (i, me) in people.iter().enumerate() {
        let srv = if i % 2 == 0 { &b } else { &a };
        let place = srv.page(&format!("/dropin/{id}/place"), Some(me)).await;
        assert_eq!(place, format!("Du är nummer {} i kön.", i + 1));
    }
}
