//! CV server functions over real HTTP: the owner can read and change their CV; nobody else
//! can, whoever they are; bad input is refused field by field and changes nothing.

use crate::common::{spawn, TestServer};
use app::auth::Role;
use app::ssr::password::Hasher;
use app::ssr::store::NewPerson;
use reqwest::StatusCode;

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
        .upsert_account(person, "bilal", &hash, 0)
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
    let id = srv.start_cv(&me).await;

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
    srv.start_cv(&me).await;
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
    let id = srv.start_cv(&owner).await;
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
    let id = srv.start_cv(&me).await;
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

async fn save_entry(
    srv: &TestServer,
    cookie: &str,
    id: &str,
    section: &str,
    index: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let mut form = vec![("id", id), ("section", section), ("index", index)];
    form.extend_from_slice(fields);
    srv.call("save-cv-entry", &form, Some(cookie)).await
}

#[tokio::test]
async fn list_entries_are_added_edited_moved_and_removed() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let id = srv.start_cv(&me).await;

    for (role, expected) in [("Lagerarbetare", "0"), ("Kock", "1"), ("Städare", "2")] {
        let res = save_entry(
            &srv,
            &me,
            &id,
            "work",
            "new",
            &[
                ("role", role),
                ("start", "2019-03"),
                ("ongoing", "on"),
                ("bullets", "Plock\nTruck"),
            ],
        )
        .await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(
            res.text().await.expect("index"),
            expected,
            "new entries go last"
        );
    }
    // Autosave of a new entry keeps the index it got: the same entry is updated.
    let res = save_entry(
        &srv,
        &me,
        &id,
        "work",
        "1",
        &[("role", "Kock, kallskänka"), ("expect", "Kock")],
    )
    .await;
    assert_eq!(res.text().await.expect("index"), "1");

    let res = srv
        .call(
            "move-cv-entry",
            &[
                ("id", &id),
                ("section", "work"),
                ("index", "2"),
                ("expect", "Städare"),
                ("direction", "up"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = srv
        .call(
            "remove-cv-entry",
            &[
                ("id", &id),
                ("section", "work"),
                ("index", "0"),
                ("expect", "Lagerarbetare"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    // A second tap on the same remove form must not take the entry now in that place.
    let res = srv
        .call(
            "remove-cv-entry",
            &[
                ("id", &id),
                ("section", "work"),
                ("index", "0"),
                ("expect", "Lagerarbetare"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    // An edit of an entry that moved meanwhile keeps what was typed and offers to add it.
    let res = save_entry(
        &srv,
        &me,
        &id,
        "work",
        "0",
        &[("role", "Diskare"), ("expect", "Kock, kallskänka")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("body");
    assert!(
        body.contains(r#""problem":"Changed""#)
            && body.contains(r#"["index","new"]"#)
            && body.contains("Diskare"),
        "{body}"
    );

    let (_, body) = open(&srv, &id, Some(&me)).await;
    let städare = body.find("Städare").expect("kept");
    let kock = body.find("Kock, kallskänka").expect("edited");
    assert!(städare < kock, "moved up: {body}");
    assert!(!body.contains("Lagerarbetare"), "removed: {body}");

    for (section, fields) in [
        (
            "education",
            vec![("school", "Komvux Malmö"), ("level", "SFI D")],
        ),
        ("skills", vec![("name", "Truckkort"), ("keywords", "A\nB")]),
        (
            "languages",
            vec![("language", "Tigrinya"), ("level", "ትግርኛ – modersmål")],
        ),
        (
            "certificates",
            vec![("name", "Hygienpass"), ("date", "2023-05-02")],
        ),
        (
            "volunteering",
            vec![("organisation", "Röda korset"), ("summary", "Läxhjälp")],
        ),
        (
            "references",
            vec![("name", "Eva Ek"), ("contact", "070-000 00 00")],
        ),
        (
            "custom",
            vec![("title", "Intressen"), ("items", "Fotboll\nMatlagning")],
        ),
    ] {
        let res = save_entry(&srv, &me, &id, section, "new", &fields).await;
        assert_eq!(res.status(), StatusCode::OK, "{section}");
    }
    let res = srv
        .call(
            "save-cv-licences",
            &[("id", id.as_str()), ("class-CE", "on"), ("class-B", "on")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let (_, body) = open(&srv, &id, Some(&me)).await;
    for expected in [
        "Komvux Malmö",
        "ትግርኛ",
        "\"date\":",
        "Röda korset",
        "Eva Ek",
        "Matlagning",
        r#""licences":["B","CE"]"#,
    ] {
        assert!(body.contains(expected), "{expected} in {body}");
    }
}

#[tokio::test]
async fn an_entry_with_bad_input_is_refused_by_field_and_keeps_what_was_typed() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let id = srv.start_cv(&me).await;

    let res = save_entry(
        &srv,
        &me,
        &id,
        "work",
        "new",
        &[("role", "Bagare"), ("start", "våren 2019"), ("end", "2018")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("body");
    assert!(
        body.contains(r#"{"field":"start","problem":"BadDate"}"#),
        "{body}"
    );
    assert!(
        body.contains("våren 2019") && body.contains("Bagare"),
        "{body}"
    );

    let res = save_entry(
        &srv,
        &me,
        &id,
        "work",
        "new",
        &[("role", "Bagare"), ("start", "2020"), ("end", "2018")],
    )
    .await;
    let body = res.text().await.expect("body");
    assert!(
        body.contains(r#"{"field":"end","problem":"EndBeforeStart"}"#),
        "{body}"
    );

    let res = save_entry(
        &srv,
        &me,
        &id,
        "work",
        "new",
        &[("role", ""), ("bullets", &"x".repeat(301))],
    )
    .await;
    let body = res.text().await.expect("body");
    assert!(
        body.contains(r#"{"field":"role","problem":"Required"}"#),
        "{body}"
    );
    assert!(
        body.contains(r#"{"field":"bullets","problem":"TooLong"}"#),
        "{body}"
    );

    let res = save_entry(&srv, &me, &id, "nonsense", "new", &[("role", "x")]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);

    let (_, stored) = open(&srv, &id, Some(&me)).await;
    assert!(stored.contains(r#""work":[]"#), "nothing saved: {stored}");

    // Without JavaScript the refused form comes back with its message and the typed text.
    let res = srv
        .post_form(
            "save-cv-entry",
            &[
                ("id", &id),
                ("section", "work"),
                ("index", "new"),
                ("role", "Bagare"),
                ("start", "våren 2019"),
            ],
            &format!("/cv/{id}/work/new"),
            Some(&me),
        )
        .await;
    assert!(res.status().is_redirection());
    let page = srv.page(&format!("/cv/{id}/work/new"), Some(&me)).await;
    assert!(
        page.contains("2019-03") && page.contains("våren 2019") && page.contains("Bagare"),
        "{page}"
    );
    assert!(
        page.contains(r##"href="#start""##),
        "the summary links to the field: {page}"
    );
}

#[tokio::test]
async fn versions_are_copied_named_made_main_and_deleted() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let first = srv.start_cv(&me).await;
    let res = srv
        .call(
            "save-cv-settings",
            &[
                ("id", first.as_str()),
                ("title", "Lager"),
                ("language", "en"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = srv
        .call(
            "save-cv-settings",
            &[
                ("id", first.as_str()),
                ("title", "Lager"),
                ("language", "fi"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let copy = srv
        .call("copy-cv", &[("id", first.as_str())], Some(&me))
        .await;
    assert_eq!(copy.status(), StatusCode::OK);
    let copy = copy.text().await.expect("id");
    let (_, body) = open(&srv, &copy, Some(&me)).await;
    assert!(
        body.contains(r#""title":"Lager 2""#) && body.contains(r#""language":"En""#),
        "{body}"
    );
    assert!(body.contains(r#""is_main":false"#), "{body}");

    assert_eq!(
        srv.call("make-main-cv", &[("id", copy.as_str())], Some(&me))
            .await
            .status(),
        StatusCode::OK
    );
    let (_, body) = open(&srv, &copy, Some(&me)).await;
    assert!(body.contains(r#""is_main":true"#), "{body}");

    let other = other_participant(&srv).await;
    for endpoint in ["copy-cv", "make-main-cv", "delete-cv"] {
        let res = srv
            .call(endpoint, &[("id", copy.as_str())], Some(&other))
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{endpoint}");
    }
    let res = save_entry(&srv, &other, &copy, "work", "new", &[("role", "Intrång")]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = srv
        .call(
            "remove-cv-entry",
            &[
                ("id", &copy),
                ("section", "work"),
                ("index", "0"),
                ("expect", ""),
            ],
            Some(&other),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);

    // Deleting the main CV makes the other one main.
    assert_eq!(
        srv.call("delete-cv", &[("id", copy.as_str())], Some(&me))
            .await
            .status(),
        StatusCode::OK
    );
    assert_eq!(open(&srv, &copy, Some(&me)).await.0, StatusCode::NOT_FOUND);
    let (_, body) = open(&srv, &first, Some(&me)).await;
    assert!(body.contains(r#""is_main":true"#), "{body}");
}

#[tokio::test]
async fn only_the_owner_downloads_the_pdf_and_json() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let id = srv.start_cv(&me).await;
    srv.call(
        "save-cv-contact",
        &contact(&id, "Åsa Öberg", "asa@example.se"),
        Some(&me),
    )
    .await;
    save_entry(
        &srv,
        &me,
        &id,
        "work",
        "new",
        &[("role", "Undersköterska"), ("place", "Växjö")],
    )
    .await;

    let res = srv.get(&format!("/cv/{id}/pdf"), Some(&me)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert!(res.headers()["content-disposition"]
        .to_str()
        .is_ok_and(|v| v.starts_with("attachment;")));
    let pdf = res.bytes().await.expect("pdf");
    assert!(pdf.starts_with(b"%PDF-"), "a PDF, not an error page");

    let res = srv.get(&format!("/cv/{id}/json"), Some(&me)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let json = res.text().await.expect("json");
    assert!(
        json.contains("\"name\": \"Åsa Öberg\"") && json.contains("Undersköterska"),
        "{json}"
    );

    let other = other_participant(&srv).await;
    let coach = srv.as_coach().await;
    for path in [format!("/cv/{id}/pdf"), format!("/cv/{id}/json")] {
        let res = srv.get(&path, Some(&other)).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
        assert!(!res.text().await.expect("body").contains("Öberg"));
        assert_eq!(
            srv.get(&path, Some(&coach)).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
        let res = srv.get(&path, None).await;
        assert!(res.status().is_redirection(), "{path}");
        assert_eq!(res.headers()["location"], "/sign-in");
    }
    assert_eq!(
        srv.get("/cv/999999/pdf", Some(&me)).await.status(),
        StatusCode::NOT_FOUND
    );
}

async fn import(srv: &TestServer, cookie: &str, file: &[u8]) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(file.to_vec())
        .file_name("resume.json")
        .mime_str("application/json")
        .expect("mime");
    let form = reqwest::multipart::Form::new().part("file", part);
    srv.client
        .post(format!("{}/api/import-cv", srv.base))
        .headers(srv.same_origin(Some(cookie)))
        .header("accept", "application/json")
        .multipart(form)
        .send()
        .await
        .expect("request")
}

#[tokio::test]
async fn a_json_resume_file_becomes_a_new_cv_and_a_bad_one_changes_nothing() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let file = r#"{"basics": {"name": "Bilal Haddad", "email": "bilal@example.se",
        "profiles": [{"network": "LinkedIn", "username": "bilal"}]},
        "work": [{"name": "Restaurang Aleppo", "position": "Kock", "startDate": "2019-04"}],
        "languages": [{"language": "العربية", "fluency": "Modersmål"}]}"#
        .as_bytes();
    let res = import(&srv, &me, file).await;
    assert_eq!(res.status(), StatusCode::OK);
    // The report stays on the server: the redirect carries no text.
    assert_eq!(res.headers()["location"], "/cv/1/imported");
    let cookie = format!(
        "{me}; {}",
        crate::common::session_cookie(&res).unwrap_or_default()
    );
    let cookie = cookie.trim_end_matches("; ").to_string();
    let id = res.text().await.expect("id");
    let report = srv
        .call("import-report", &[("id", &id)], Some(&cookie))
        .await
        .text()
        .await
        .expect("report");
    assert!(report.contains("basics.profiles"), "{report}");
    // Words in the address do not reach the page.
    let page = srv
        .page(
            &format!("/cv/{id}/imported?skipped=Ring%20oss%20p%C3%A5%20070"),
            Some(&cookie),
        )
        .await;
    assert!(
        page.contains("basics.profiles") && !page.contains("Ring oss"),
        "{page}"
    );
    let (_, body) = open(&srv, &id, Some(&me)).await;
    assert!(
        body.contains("Bilal Haddad")
            && body.contains("Restaurang Aleppo")
            && body.contains("العربية"),
        "{body}"
    );

    for bad in [
        &b"not json"[..],
        b"[1, 2]",
        br#"{"work": [{"startDate": "last spring"}]}"#,
        b"",
    ] {
        let res = import(&srv, &me, bad).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = res.text().await.expect("body");
        assert!(body.contains(r#""field":"file""#), "{body}");
    }
    // A rule broken inside the file is named by field, as the file names it.
    let res = import(&srv, &me, br#"{"work": [{"name": "PostNord"}]}"#).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("body");
    assert!(
        body.contains("FileBreaksRules") && body.contains(r#"work[0].position\",\"Required"#),
        "{body}"
    );
    let big = format!(
        r#"{{"basics": {{"summary": "{}"}}}}"#,
        "x".repeat(61 * 1024)
    );
    let res = import(&srv, &me, big.as_bytes()).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.expect("body").contains("FileTooLarge"));

    let list = srv
        .call("my-cvs", &[], Some(&me))
        .await
        .text()
        .await
        .expect("list");
    assert_eq!(
        list.matches("\"id\":").count(),
        1,
        "only the good file made a CV: {list}"
    );

    let coach = srv.as_coach().await;
    assert_eq!(
        import(&srv, &coach, file).await.status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_file_over_the_request_limit_is_explained_on_the_upload_form() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let big = format!(
        r#"{{"basics": {{"summary": "{}"}}}}"#,
        "x".repeat(100 * 1024)
    );
    let part = reqwest::multipart::Part::bytes(big.into_bytes()).file_name("resume.json");
    let res = srv
        .client
        .post(format!("{}/api/import-cv", srv.base))
        .headers(srv.same_origin(Some(&me)))
        .header("accept", "text/html")
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .expect("request");
    assert!(res.status().is_redirection(), "{}", res.status());
    let to = res.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    assert_eq!(to, "/cv/import?too-large=1");
    let page = srv.page(&to, Some(&me)).await;
    assert!(page.contains("Filen är för stor"), "{page}");
    assert!(page.contains(r#"aria-invalid="true""#), "{page}");
}
