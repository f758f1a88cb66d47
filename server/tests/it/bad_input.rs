//! Bad input gets a clear 4xx and nothing else: no panic, no database filled by strangers,
//! no 500 for a malformed request, nothing odd stored or put in a file name.
use crate::common::{server_panics, spawn};
use reqwest::StatusCode;

#[tokio::test]
async fn an_upload_without_a_boundary_is_refused_before_anything_parses_it() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let panics = server_panics();
    for (content_type, expected) in [
        ("multipart/form-data", StatusCode::BAD_REQUEST),
        ("multipart/form-data; boundary=", StatusCode::BAD_REQUEST),
        ("application/json", StatusCode::UNSUPPORTED_MEDIA_TYPE),
        ("text/plain", StatusCode::UNSUPPORTED_MEDIA_TYPE),
    ] {
        for cookie in [None, Some(me.as_str())] {
            let mut req = srv
                .client
                .post(format!("{}/api/import-cv", srv.base))
                .headers(srv.same_origin(cookie))
                .header("content-type", content_type)
                .body("--x\r\n\r\n{}");
            if let Some(c) = cookie {
                req = req.header("cookie", c);
            }
            let res = req
                .send()
                .await
                .expect("an answer, not a dropped connection");
            assert_eq!(res.status(), expected, "{content_type} {cookie:?}");
        }
    }
    assert_eq!(server_panics(), panics, "the server panicked");
}

#[tokio::test]
async fn anonymous_form_posts_cannot_fill_the_session_table() {
    let srv = spawn().await;
    let size = || crate::common::database_bytes(&*srv.store);
    let before = size().await;
    let login = "x".repeat(60_000);
    for _ in 0..1_000 {
        let res = srv
            .client
            .post(format!("{}/api/sign-in", srv.base))
            .headers(srv.same_origin(None))
            .header("accept", "text/html")
            .header("referer", format!("{}/sign-in", srv.base))
            .form(&[("login", login.as_str()), ("password", "nope nope")])
            .send()
            .await
            .expect("request");
        assert!(res.status().is_redirection() || res.status() == StatusCode::TOO_MANY_REQUESTS);
    }
    let grown = size().await - before;
    assert!(grown < 1024 * 1024, "the database grew {grown} bytes");
}

#[tokio::test]
async fn malformed_arguments_are_the_clients_fault() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let coach = srv.as_coach().await;
    let id = srv.start_cv(&me).await;
    let post =
        |endpoint: &'static str, body: String, content_type: &'static str, cookie: String| {
            let srv = &srv;
            async move {
                srv.client
                    .post(format!("{}/api/{endpoint}", srv.base))
                    .headers(srv.same_origin(Some(&cookie)))
                    .header("accept", "application/json")
                    .header("content-type", content_type)
                    .body(body)
                    .send()
                    .await
                    .expect("request")
            }
        };
    let form = "application/x-www-form-urlencoded";
    let cases = [
        ("open-cv", "id=abc".to_string(), form, me.clone()),
        (
            "open-cv",
            "id=99999999999999999999".to_string(),
            form,
            me.clone(),
        ),
        ("open-cv", "".to_string(), form, me.clone()),
        (
            "move-cv-entry",
            format!("id={id}&section=work&index=-1&expect=x&direction=up"),
            form,
            me.clone(),
        ),
        (
            "create-participant",
            "display_name=a&display_name=b".to_string(),
            form,
            coach.clone(),
        ),
        (
            "create-participant",
            "display_name[]=x".to_string(),
            form,
            coach.clone(),
        ),
        (
            "create-participant",
            r#"{"display_name": "x"}"#.to_string(),
            "application/json",
            coach.clone(),
        ),
        (
            "save-cv-profile",
            "--b\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n1\r\n--b--\r\n".to_string(),
            "multipart/form-data; boundary=b",
            me.clone(),
        ),
    ];
    for (endpoint, body, content_type, cookie) in cases {
        let shown = body.chars().take(60).collect::<String>();
        let res = post(endpoint, body, content_type, cookie).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{endpoint} {shown}");
        let text = res.text().await.expect("body");
        assert!(text.contains("BadRequest"), "{endpoint}: {text}");
    }
    // The repeated name created nobody.
    let caseload = srv
        .call("caseload", &[], Some(&coach))
        .await
        .text()
        .await
        .expect("body");
    assert_eq!(caseload.matches("\"id\"").count(), 1, "{caseload}");

    // A browser gets a page in its language that says what happened, with the status.
    let res = srv
        .post_form(
            "open-cv",
            &[("id", "abc")],
            "/cv",
            Some(&format!("{me}; vagval_lang=en")),
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let page = res.text().await.expect("page");
    assert!(
        page.contains("Something was wrong with the request") && page.contains("lang=\"en\""),
        "{page}"
    );
    assert!(
        page.contains("Amal Demo"),
        "rendered for the signed-in person: {page}"
    );
}

#[tokio::test]
async fn a_chunked_body_over_the_limit_gets_413() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    // 100 KiB of profile text in chunks, with no length announced.
    let mut chunks: Vec<Result<Vec<u8>, std::io::Error>> = vec![Ok(b"id=1&profile=".to_vec())];
    chunks.extend((0..100).map(|_| Ok(vec![b'x'; 1024])));
    let stream = futures_util::stream::iter(chunks);
    let sent = srv
        .client
        .post(format!("{}/api/save-cv-profile", srv.base))
        .headers(srv.same_origin(Some(&me)))
        .header("accept", "application/json")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(reqwest::Body::wrap_stream(stream))
        .send()
        .await;
    match sent {
        Ok(res) => assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE),
        // The server answered 413 and stopped reading while the client was still
        // writing: the client may see the closed connection before the answer.
        Err(e) => assert!(
            format!("{e:?}").contains("BodyWrite"),
            "refused mid-upload, not otherwise broken: {e:?}"
        ),
    }
}

#[tokio::test]
async fn control_characters_and_bidi_overrides_are_not_kept() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let id = srv.start_cv(&me).await;
    let name = "Amal\u{0}\u{1b}[2J\u{7} \u{202e}Hassan\u{2066}";
    let res = srv
        .call(
            "save-cv-contact",
            &[
                ("id", &id),
                ("name", name),
                ("phone", "070\u{0}1"),
                ("email", ""),
                ("town", "Malmö"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = srv
        .call(
            "save-cv-profile",
            &[("id", &id), ("profile", "rad ett\r\nrad två\u{1b}\u{202d}")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let page = srv.page(&format!("/cv/{id}/contact"), Some(&me)).await;
    let opened = srv
        .call("open-cv", &[("id", &id)], Some(&me))
        .await
        .text()
        .await
        .expect("cv");
    for text in [&page, &opened] {
        for bad in [
            '\u{0}', '\u{1b}', '\u{7}', '\u{202e}', '\u{202d}', '\u{2066}',
        ] {
            assert!(!text.contains(bad), "{bad:?} kept");
        }
    }
    assert!(opened.contains("Amal[2J Hassan"), "{opened}");
    assert!(
        opened.contains("rad ett\\nrad två"),
        "line breaks stay: {opened}"
    );
    let json = srv.get(&format!("/cv/{id}/json"), Some(&me)).await;
    let disposition = json.headers()["content-disposition"]
        .to_str()
        .expect("ascii header")
        .to_string();
    for bad in ["%00", "%1B", "%07", "%E2%80%AE", "%E2%81%A6"] {
        assert!(!disposition.contains(bad), "{disposition}");
    }
}

#[tokio::test]
async fn an_import_is_held_to_the_forms_limits() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let licences = vec!["\"B\""; 14_000].join(",");
    let file = format!(r#"{{"x-vagval": {{"drivingLicence": [{licences}]}}}}"#);
    let part = reqwest::multipart::Part::bytes(file.into_bytes())
        .file_name("resume.json")
        .mime_str("application/json")
        .expect("mime");
    let res = srv
        .client
        .post(format!("{}/api/import-cv", srv.base))
        .headers(srv.same_origin(Some(&me)))
        .header("accept", "application/json")
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), StatusCode::OK);
    let location = res.headers()["location"]
        .to_str()
        .expect("ascii")
        .to_string();
    assert!(location.len() < 100, "{location}");
    let id = res.text().await.expect("id");
    let cv = srv
        .call("open-cv", &[("id", &id)], Some(&me))
        .await
        .text()
        .await
        .expect("cv");
    assert!(
        cv.contains(r#""licences":["B"]"#),
        "{}",
        &cv[..cv.len().min(300)]
    );
    let report = srv
        .call("import-report", &[("id", &id)], Some(&me))
        .await
        .text()
        .await
        .expect("report");
    assert!(report.contains("licences"), "{report}");
}

#[tokio::test]
async fn a_missing_asset_is_not_cached_for_a_year() {
    let srv = spawn().await;
    let res = srv.get("/pkg/nonexistent.js", None).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let cache = res.headers()["cache-control"].to_str().expect("ascii");
    assert!(
        !cache.contains("immutable") && !cache.contains("max-age"),
        "{cache}"
    );
}

#[tokio::test]
async fn an_origin_with_another_scheme_or_port_is_another_site() {
    let srv = spawn().await;
    let port = srv.base.rsplit(':').next().expect("port");
    for origin in [
        srv.base.replace("http://", "https://"),
        format!(
            "http://127.0.0.1:{}",
            port.parse::<u16>().expect("port") + 1
        ),
        "null".to_string(),
    ] {
        let res = srv
            .client
            .post(format!("{}/api/sign-in", srv.base))
            .header("origin", &origin)
            .header("accept", "application/json")
            .form(&[("login", "coach"), ("password", server::DEMO_PASSWORDS[1])])
            .send()
            .await
            .expect("request");
        assert_eq!(res.status(), StatusCode::FORBIDDEN, "{origin}");
    }
}

#[tokio::test]
async fn the_invitation_code_is_not_shown_once_it_has_been_used() {
    let srv = spawn().await;
    let coach = srv.as_coach().await;
    let issued = srv.invite(&coach, "Nour").await;
    let link = issued["link"].as_str().expect("link");
    let token = link.rsplit('/').next().expect("token");
    let res = srv
        .call(
            "accept-invitation",
            &[
                ("secret", token),
                ("login", "nour"),
                ("password", "tre gröna äpplen"),
            ],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let after = srv
        .call("issued-invitation", &[], Some(&coach))
        .await
        .text()
        .await
        .expect("body");
    assert_eq!(after, "null");
    let page = srv.page("/invitation", Some(&coach)).await;
    assert!(!page.contains(token), "the link is gone from the page");
}

#[tokio::test]
async fn the_language_switch_never_carries_the_query() {
    let srv = spawn().await;
    let page = srv.page("/invite?code=ABCD-EFGH&name=Amal", None).await;
    assert!(
        page.contains(r#"name="next" value="/invite""#),
        "{}",
        page.split("name=\"next\"")
            .nth(1)
            .unwrap_or("")
            .chars()
            .take(80)
            .collect::<String>()
    );
}
