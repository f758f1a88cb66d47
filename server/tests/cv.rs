//! CV server functions over real HTTP: the owner can read and change their CV; nobody else
//! can, whoever they are; bad input is refused field by field and changes nothing.
mod common;

use app::auth::Role;
use app::ssr::password::Hasher;
use app::ssr::store::{NewPerson, Store};
use common::{spawn, TestServer};
use reqwest::StatusCode;

async fn start_cv(srv: &TestServer, cookie: &str) -> String {
    let res = srv.call("start-cv", &[], Some(cookie)).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.text().await.expect("id")
}

async fn open(srv: &TestServer, id: &str, cookie: Option<&str>) -> (StatusCode, String) {
    let res = srv.call("open-cv", &[("id", id)], cookie).await;
    (res.status(), res.text().await.expect("body"))
}

/// A second participant, made directly in the store.
async fn other_participant(srv: &TestServer) -> String {
    let hash = Hasher::new(1)
        .hash("en helt annan mening".into())
        .await
        .expect("hash");
    let person = NewPerson {
        display_name: "Bilal".into(),
        role: Role::Participant,
        coach_id: None,
        created_by: None,
    };
    srv.store
        .upsert_account(person, "bilal", &hash)
        .await
        .expect("account");
    srv.sign_in("bilal", "en helt annan mening").await
}

fn contact<'a>(id: &'a str, name: &'a str, email: &'a str) -> [(&'a str, &'a str); 5] {
    [
        ("id", id),
        ("name", name),
        ("phone", "070-123 45 67"),
        ("email", email),
        ("town", "Södertälje"),
    ]
}

#[tokio::test]
async fn a_participant_starts_a_cv_and_fills_contact_and_profile() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let id = start_cv(&srv, &me).await;

    let res = srv
        .call(
            "save-cv-contact",
            &contact(&id, "Amal Hassan", "amal@example.se"),
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = srv
        .call(
            "save-cv-profile",
            &[("id", &id), ("profile", "Noggrann. أعمل بجد.")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);

    let (status, body) = open(&srv, &id, Some(&me)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("Amal Hassan") && body.contains("Södertälje") && body.contains("أعمل بجد"),
        "{body}"
    );

    let list = srv
        .call("my-cvs", &[], Some(&me))
        .await
        .text()
        .await
        .expect("body");
    assert!(
        list.contains("\"is_main\":true")
            && list.contains("\"filled\":2")
            && list.contains("\"sections\":7"),
        "{list}"
    );
    // A second CV is not the main one.
    start_cv(&srv, &me).await;
    let list = srv
        .call("my-cvs", &[], Some(&me))
        .await
        .text()
        .await
        .expect("body");
    assert_eq!(list.matches("\"is_main\":true").count(), 1, "{list}");
}

#[tokio::test]
async fn nobody_else_can_read_or_change_a_cv() {
    let srv = spawn().await;
    let owner = srv.as_participant().await;
    let id = start_cv(&srv, &owner).await;
    srv.call(
        "save-cv-contact",
        &contact(&id, "Amal Hassan", ""),
        Some(&owner),
    )
    .await;

    let other = other_participant(&srv).await;
    assert_eq!(open(&srv, &id, Some(&other)).await.0, StatusCode::NOT_FOUND);
    let res = srv
        .call(
            "save-cv-contact",
            &contact(&id, "Intrång", ""),
            Some(&other),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = srv
        .call(
            "save-cv-profile",
            &[("id", id.as_str()), ("profile", "Intrång")],
            Some(&other),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let theirs = srv
        .call("my-cvs", &[], Some(&other))
        .await
        .text()
        .await
        .expect("body");
    assert_eq!(theirs, "[]");

    // Coaches and admins see CVs only once sharing exists; for now, not at all.
    let coach = srv.as_coach().await;
    assert_eq!(open(&srv, &id, Some(&coach)).await.0, StatusCode::FORBIDDEN);
    assert_eq!(
        srv.call("start-cv", &[], Some(&coach)).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(open(&srv, &id, None).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(
        srv.call("my-cvs", &[], None).await.status(),
        StatusCode::UNAUTHORIZED
    );

    // An id that does not exist looks the same as someone else's.
    assert_eq!(
        open(&srv, "999999", Some(&owner)).await.0,
        StatusCode::NOT_FOUND
    );
    let (_, body) = open(&srv, &id, Some(&owner)).await;
    assert!(
        body.contains("Amal Hassan") && !body.contains("Intrång"),
        "unchanged: {body}"
    );
}

#[tokio::test]
async fn bad_input_is_refused_by_field_with_the_typed_values_and_changes_nothing() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let id = start_cv(&srv, &me).await;
    srv.call(
        "save-cv-contact",
        &contact(&id, "Amal Hassan", "amal@example.se"),
        Some(&me),
    )
    .await;

    let long = "ع".repeat(101);
    let res = srv
        .call(
            "save-cv-contact",
            &contact(&id, &long, "amal.example.se"),
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("body");
    assert!(
        body.contains(r#"{"field":"name","problem":"TooLong"}"#),
        "{body}"
    );
    assert!(
        body.contains(r#"{"field":"email","problem":"BadEmail"}"#),
        "{body}"
    );
    assert!(
        body.contains(&long) && body.contains("amal.example.se"),
        "typed values come back: {body}"
    );

    let res = srv
        .call(
            "save-cv-profile",
            &[("id", id.as_str()), ("profile", &"x".repeat(2001))],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let (_, stored) = open(&srv, &id, Some(&me)).await;
    assert!(
        stored.contains("Amal Hassan") && stored.contains("amal@example.se"),
        "nothing changed: {stored}"
    );
}
