//! Language-practice goals over real HTTP: set a goal, log practice once a day however often
//! the button is pressed, up to a week back, in Stockholm's days across both clock changes;
//! nobody but the owner reaches a goal; bad input is refused in words and kept.
use crate::common::{assert_contains, spawn, TestServer};
use app::ssr::store::GoalId;
use reqwest::StatusCode;
use std::sync::Arc;

/// Monday 7 December 2026, 10:00 in Stockholm.
const MONDAY: &str = "2026-12-07T09:00:00Z";

fn location(srv: &TestServer, res: &reqwest::Response) -> String {
    let to = res.headers()["location"].to_str().expect("location");
    to.strip_prefix(&srv.base).unwrap_or(to).to_string()
}

async fn set_goal(srv: &TestServer, me: &str, what: &str, per_week: &str) -> GoalId {
    let res = srv
        .call(
            "save-goal",
            &[("what", what), ("per_week", per_week), ("until", "")],
            Some(me),
        )
        .await;
    let status = res.status();
    let body = res.text().await.expect("body");
    assert_eq!(status, StatusCode::OK, "{body}");
    GoalId::new(body.trim().parse().expect("an id"))
}

async fn days_logged(srv: &TestServer, id: GoalId) -> Vec<String> {
    srv.on_server(move |store| async move {
        store
            .practice(id)
            .await
            .expect("practice")
            .into_iter()
            .map(|p| p.day)
            .collect()
    })
    .await
}

#[tokio::test]
async fn a_goal_is_set_and_practice_is_logged_once_a_day() {
    let srv = Arc::new(spawn().await);
    srv.clock.set(MONDAY.parse().expect("instant"));
    let me = srv.as_participant().await;

    // Set without JavaScript: the goal's page, in words.
    let res = srv
        .post_form(
            "save-goal",
            &[
                ("what", "Prata med kunder på svenska"),
                ("per_week", "3"),
                ("until", "2027-03-31"),
                ("workplace", "ICA Maxi"),
                ("supervisor", "Lena"),
            ],
            "/goals/new",
            Some(&me),
        )
        .await;
    let to = location(&srv, &res);
    assert!(
        to.starts_with("/goals/") && to.ends_with("?created=1"),
        "{to}"
    );
    let id: GoalId = to
        .trim_start_matches("/goals/")
        .trim_end_matches("?created=1")
        .parse()
        .expect("id");
    let page = srv.page(&to, Some(&me)).await;
    assert_contains(
        &page,
        &[
            "Prata med kunder på svenska",
            "3 gånger i veckan till och med onsdag 31 mars 2027",
            "Språkpraktik: \u{2068}ICA Maxi\u{2069}",
            "Vana: nystartad (0 %)",
        ],
    );

    // "Jag övade idag" pressed ten times at once: one entry.
    let mut presses = Vec::new();
    for _ in 0..10 {
        let (srv, me) = (srv.clone(), me.clone());
        presses.push(tokio::spawn(async move {
            srv.call("practised", &[("id", &id.to_string())], Some(&me))
                .await
                .status()
        }));
    }
    for press in presses {
        assert_eq!(press.await.expect("task"), StatusCode::OK);
    }
    assert_eq!(days_logged(&srv, id).await, ["2026-12-07"]);
    let list = srv.page("/goals", Some(&me)).await;
    assert!(list.contains("Du har övat idag"), "{list}");

    // Two days later: yesterday logged afterwards with minutes and a note; a day before
    // the goal was set, or more than a week back, is refused.
    srv.clock
        .set("2026-12-09T09:00:00Z".parse().expect("instant"));
    // (A session lasts a working day at most: sign in again after moving the clock.)
    let me = srv.as_participant().await;
    let res = srv
        .call(
            "practised",
            &[
                ("id", &id.to_string()),
                ("day", "2026-12-08"),
                ("minutes", "20"),
                ("note", "Pratade i kassan"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = srv
        .call(
            "practised",
            &[("id", &id.to_string()), ("day", "2026-12-06")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.expect("body").contains("ChooseOne"));
    // The goal page's form names its day: sent without one, it asks (never guesses today).
    let res = srv
        .call(
            "practised",
            &[("id", &id.to_string()), ("choose", "1"), ("note", "x")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // The same day again with minutes: still one entry, and nothing sent before is lost.
    let res = srv
        .call(
            "practised",
            &[
                ("id", &id.to_string()),
                ("day", "2026-12-08"),
                ("minutes", "25"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(days_logged(&srv, id).await, ["2026-12-07", "2026-12-08"]);
    srv.clock
        .set("2026-12-20T09:00:00Z".parse().expect("instant"));
    let me = srv.as_participant().await;
    let res = srv
        .call(
            "practised",
            &[("id", &id.to_string()), ("day", "2026-12-10")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = srv.page(&format!("/goals/{id}"), Some(&me)).await;
    assert!(
        page.contains("25 minuter") && page.contains("Pratade i kassan"),
        "{page}"
    );
    assert!(
        page.contains("Veckan från måndag 7 december"),
        "the chart's table: {page}"
    );
    assert!(page.contains("2 dagar"), "{page}");
    assert!(page.contains("role=\"img\""), "{page}");

    // Paused for a reason; taken up again; reached.
    let res = srv
        .call(
            "goal-state",
            &[("id", &id.to_string()), ("how", "pause")],
            Some(&me),
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a reason is needed"
    );
    for (how, reason) in [("pause", "ill"), ("resume", ""), ("done", "")] {
        let res = srv
            .call(
                "goal-state",
                &[("id", &id.to_string()), ("how", how), ("reason", reason)],
                Some(&me),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK, "{how}");
        if how == "pause" {
            let page = srv.page(&format!("/goals/{id}"), Some(&me)).await;
            assert!(page.contains("Pausat (Jag är sjuk)"), "{page}");
        }
    }
    let list = srv.page("/goals", Some(&me)).await;
    assert!(
        list.contains("Avslutade mål") && list.contains("Klart"),
        "{list}"
    );
    // Reached twice (a double tap): done, no error. Its strength stays as it was.
    let res = srv
        .call(
            "goal-state",
            &[("id", &id.to_string()), ("how", "done")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let strength = |page: &str| {
        page.split("Vana: ")
            .nth(1)
            .and_then(|s| s.split(')').next())
            .map(str::to_string)
    };
    let then = strength(&srv.page(&format!("/goals/{id}"), Some(&me)).await);
    srv.clock
        .set("2027-02-20T09:00:00Z".parse().expect("instant"));
    let me = srv.as_participant().await;
    let later = strength(&srv.page(&format!("/goals/{id}"), Some(&me)).await);
    assert!(then.is_some() && then == later, "{then:?} {later:?}");
    // A reached goal takes no more practice.
    let res = srv
        .call("practised", &[("id", &id.to_string())], Some(&me))
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
}

#[tokio::test]
async fn practice_days_are_stockholm_days_across_both_clock_changes() {
    let srv = spawn().await;
    // 00:30 on Monday 30 March 2026 in Stockholm (summer time began the day before).
    srv.clock
        .set("2026-03-29T22:30:00Z".parse().expect("instant"));
    let me = srv.as_participant().await;
    let spring = set_goal(&srv, &me, "Läsa en nyhet på lätt svenska", "7").await;
    srv.call("practised", &[("id", &spring.to_string())], Some(&me))
        .await;
    assert_eq!(days_logged(&srv, spring).await, ["2026-03-30"]);
    // 23:30 on Sunday 25 October 2026 (winter time began that night): still the 25th.
    srv.clock
        .set("2026-10-25T22:30:00Z".parse().expect("instant"));
    let me = srv.as_participant().await;
    let autumn = set_goal(&srv, &me, "Prata svenska hemma", "5").await;
    srv.call("practised", &[("id", &autumn.to_string())], Some(&me))
        .await;
    assert_eq!(days_logged(&srv, autumn).await, ["2026-10-25"]);
    // An hour later it is Monday the 26th.
    srv.clock
        .set("2026-10-25T23:30:00Z".parse().expect("instant"));
    srv.call("practised", &[("id", &autumn.to_string())], Some(&me))
        .await;
    assert_eq!(
        days_logged(&srv, autumn).await,
        ["2026-10-25", "2026-10-26"]
    );
}

#[tokio::test]
async fn only_the_owner_reaches_a_goal() {
    let srv = spawn().await;
    srv.clock.set(MONDAY.parse().expect("instant"));
    let me = srv.as_participant().await;
    let id = set_goal(&srv, &me, "Klara SFI kurs C", "2")
        .await
        .to_string();
    let other = srv.participant("Bo Berg", "bo").await;
    let coach = srv.as_coach().await;
    let admin = srv.as_admin().await;
    let calls: [(&str, Vec<(&str, &str)>); 5] = [
        ("goal", vec![("id", &id)]),
        ("practised", vec![("id", &id)]),
        ("goal-state", vec![("id", &id), ("how", "dropped")]),
        (
            "save-goal",
            vec![("id", &id), ("what", "Kapat"), ("per_week", "1")],
        ),
        ("my-goals", vec![]),
    ];
    for (endpoint, form) in &calls {
        for (who, cookie, expected) in [
            (
                "another participant",
                Some(other.as_str()),
                StatusCode::NOT_FOUND,
            ),
            ("the coach", Some(coach.as_str()), StatusCode::FORBIDDEN),
            ("an admin", Some(admin.as_str()), StatusCode::FORBIDDEN),
            ("anonymous", None, StatusCode::UNAUTHORIZED),
        ] {
            let res = srv.call(endpoint, form, cookie).await;
            let status = res.status();
            let body = res.text().await.expect("body");
            if *endpoint == "my-goals" && who == "another participant" {
                // Their own list: empty, and never this goal.
                assert_eq!(status, StatusCode::OK);
                assert_eq!(body.trim(), "[]");
                continue;
            }
            assert_eq!(status, expected, "{endpoint} as {who}: {body}");
            assert!(!body.contains("SFI"), "{endpoint} as {who}");
        }
    }
    let page = srv.page(&format!("/goals/{id}"), Some(&other)).await;
    assert!(!page.contains("Klara SFI kurs C"));
    // Nothing changed.
    assert!(days_logged(&srv, GoalId::new(id.parse().expect("id")))
        .await
        .is_empty());
    let mine = srv.page(&format!("/goals/{id}"), Some(&me)).await;
    assert!(
        mine.contains("Klara SFI kurs C") && mine.contains("Pågår"),
        "{mine}"
    );
}

#[tokio::test]
async fn bad_goals_are_refused_in_words_and_kept() {
    let srv = spawn().await;
    srv.clock.set(MONDAY.parse().expect("instant"));
    let me = srv.as_participant().await;
    let long = "x".repeat(201);
    let res = srv
        .post_form(
            "save-goal",
            &[
                ("what", ""),
                ("per_week", "9"),
                ("until", "2026-01-01"),
                ("workplace", &long),
            ],
            "/goals/new",
            Some(&me),
        )
        .await;
    let page = srv.page(&location(&srv, &res), Some(&me)).await;
    for field in ["what", "per_week", "until", "workplace"] {
        assert!(
            page.contains(&format!("href=\"#{field}\"")),
            "{field}: {page}"
        );
    }
    assert!(page.contains("value=\"9\""), "what was typed stays: {page}");
    // At most 20 goals going on at once.
    for i in 0..20 {
        set_goal(&srv, &me, &format!("Mål {i}"), "1").await;
    }
    let res = srv
        .call(
            "save-goal",
            &[("what", "Ett till"), ("per_week", "1")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.expect("body").contains("TooMany"));
    // The new-goal page is the form, not a goal called "new".
    let page = srv.page("/goals/new", Some(&me)).await;
    assert!(page.contains("Vad vill du kunna?"), "{page}");
}
