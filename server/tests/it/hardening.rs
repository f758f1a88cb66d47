//! The ground the next features stand on: no lost CV edits under concurrent saves, sign-in
//! throttling that holds under parallel guessing and cannot lock the owner out, secrets
//! that never reach the database, sessions that start clean, text areas that stay text.
use crate::common::{form_error_cookie, session_cookie, spawn, spawn_with, TestServer};
use reqwest::StatusCode;
use std::time::Duration;

async fn open(srv: &TestServer, cookie: &str, id: &str) -> serde_json::Value {
    let body = srv
        .call("open-cv", &[("id", id)], Some(cookie))
        .await
        .text()
        .await
        .expect("body");
    serde_json::from_str(&body).expect("json")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_saves_of_different_sections_at_once_both_survive() {
    let srv = spawn().await;
    saves_of_two_sections_at_once_both_survive(&srv, &srv).await;
}

/// Two sections of one CV saved at once, twenty times, through `one` and `other` (the same
/// portal, or two instances of one deployment): both saves survive every time.
pub(crate) async fn saves_of_two_sections_at_once_both_survive(
    one: &TestServer,
    other: &TestServer,
) {
    let me = one.as_participant().await;
    let id = one.start_cv(&me).await;
    for round in 0..20 {
        let name = format!("Amal {round}");
        let profile = format!("Jag har jobbat i lager, runda {round}.");
        let contact = [
            ("id", id.as_str()),
            ("name", name.as_str()),
            ("phone", "070-123 45 67"),
            ("email", ""),
            ("town", "Malmö"),
        ];
        let about = [("id", id.as_str()), ("profile", profile.as_str())];
        let (a, b) = tokio::join!(
            one.call("save-cv-contact", &contact, Some(&me)),
            other.call("save-cv-profile", &about, Some(&me)),
        );
        assert_eq!((a.status(), b.status()), (StatusCode::OK, StatusCode::OK));
        let cv = open(other, &me, &id).await;
        assert_eq!(cv["cv"]["contact"]["name"], name.as_str(), "round {round}");
        assert_eq!(cv["cv"]["profile"], profile.as_str(), "round {round}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_new_entry_saved_twice_at_once_is_added_once() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let id = srv.start_cv(&me).await;
    // Autosave and the leave-page beacon (or a double tap) with the same form.
    let form = [
        ("id", id.as_str()),
        ("section", "work"),
        ("index", "new"),
        ("expect", ""),
        ("draft", "0123456789abcdef0123456789abcdef"),
        ("role", "Lagerarbetare"),
        ("employer", "PostNord"),
    ];
    let (a, b, c) = tokio::join!(
        srv.call("save-cv-entry", &form, Some(&me)),
        srv.call("save-cv-entry", &form, Some(&me)),
        srv.call("save-cv-entry", &form, Some(&me)),
    );
    for res in [a, b, c] {
        assert_eq!(res.status(), StatusCode::OK);
    }
    let cv = open(&srv, &me, &id).await;
    assert_eq!(cv["cv"]["work"].as_array().map(Vec::len), Some(1), "{cv}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eleven_new_cvs_at_once_leave_ten() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let calls: Vec<_> = (0..11)
        .map(|_| srv.call("start-cv", &[], Some(&me)))
        .collect();
    let results = futures_util::future::join_all(calls).await;
    let refused = results
        .iter()
        .filter(|r| r.status() == StatusCode::UNPROCESSABLE_ENTITY)
        .count();
    assert_eq!(refused, 1);
    let list = srv
        .call("my-cvs", &[], Some(&me))
        .await
        .text()
        .await
        .expect("list");
    assert_eq!(list.matches("\"id\":").count(), 10, "{list}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_guesses_are_counted_before_the_hash() {
    let srv = spawn().await;
    let guesses: Vec<_> = (0..200)
        .map(|_| {
            srv.call(
                "sign-in",
                &[("login", "deltagare"), ("password", "fel fel fel fel")],
                None,
            )
        })
        .collect();
    let results = futures_util::future::join_all(guesses).await;
    let evaluated = results
        .iter()
        .filter(|r| r.status() == StatusCode::UNAUTHORIZED)
        .count();
    let throttled = results
        .iter()
        .filter(|r| r.status() == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert!(
        evaluated <= 5,
        "{evaluated} guesses reached the password check"
    );
    assert_eq!(evaluated + throttled, 200);
}

#[tokio::test]
async fn the_owner_signs_in_at_once_during_an_attack_on_their_account() {
    let srv = spawn().await;
    // The owner has signed in from this browser before: it holds a device cookie.
    let res = srv
        .call(
            "sign-in",
            &[
                ("login", "deltagare"),
                ("password", server::DEMO_PASSWORDS[2]),
            ],
            None,
        )
        .await;
    let device = crate::common::set_cookies(&res)
        .into_iter()
        .find(|c| c.starts_with("vagval_device="))
        .and_then(|c| c.split(';').next().map(str::to_string))
        .expect("device cookie");
    // A stranger guesses until the account is throttled for everyone else.
    for _ in 0..40 {
        srv.call(
            "sign-in",
            &[("login", "deltagare"), ("password", "gissning gissning")],
            None,
        )
        .await;
    }
    let stranger = srv
        .call(
            "sign-in",
            &[
                ("login", "deltagare"),
                ("password", server::DEMO_PASSWORDS[2]),
            ],
            None,
        )
        .await;
    assert_eq!(stranger.status(), StatusCode::TOO_MANY_REQUESTS);
    let body = stranger.text().await.expect("body");
    assert!(body.contains("RateLimited"), "{body}");
    // The owner's browser gets through with the right password.
    let owner = srv
        .call(
            "sign-in",
            &[
                ("login", "deltagare"),
                ("password", server::DEMO_PASSWORDS[2]),
            ],
            Some(&device),
        )
        .await;
    assert_eq!(owner.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_throttled_sign_in_says_how_long_to_wait() {
    let srv = spawn_with(|c| c.throttle.per_account = 2).await;
    for _ in 0..2 {
        srv.call(
            "sign-in",
            &[("login", "coach"), ("password", "nej nej nej")],
            None,
        )
        .await;
    }
    let res = srv
        .call(
            "sign-in",
            &[("login", "coach"), ("password", "nej nej nej")],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.text().await.expect("body").contains("RateLimited\":15"));
    // Without JavaScript the page says it in words.
    let res = srv
        .post_form(
            "sign-in",
            &[("login", "coach"), ("password", "nej nej nej")],
            "/sign-in",
            None,
        )
        .await;
    let cookie = form_error_cookie(&res).expect("flash");
    let page = srv.page("/sign-in", Some(&cookie)).await;
    assert!(page.contains("Försök igen om 15 minuter."), "{page}");
}

#[tokio::test]
async fn opening_invitation_pages_costs_the_visitor_nothing() {
    let srv = spawn_with(|c| c.throttle.per_address = 5).await;
    for n in 0..40 {
        let res = srv.get(&format!("/invite/junk-{n:0>30}"), None).await;
        assert_eq!(res.status(), StatusCode::OK);
        let res = srv.get(&format!("/invite?code=ABCD-EF{n:0>2}"), None).await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    srv.sign_in("coach", server::DEMO_PASSWORDS[1]).await;
}

#[tokio::test]
async fn a_mistyped_code_comes_back_to_the_form_with_what_was_typed() {
    let srv = spawn().await;
    let res = srv
        .post_form(
            "enter-invitation-code",
            &[("code", "K7PM-Q2XX")],
            "/invite",
            None,
        )
        .await;
    assert!(res.status().is_redirection());
    let cookie = form_error_cookie(&res).expect("the error is kept for the next page");
    let page = srv.page("/invite", Some(&cookie)).await;
    assert!(
        page.contains("Kontrollera att du har skrivit den rätt"),
        "{page}"
    );
    assert!(page.contains("value=\"K7PM-Q2XX\""), "{page}");
}

#[tokio::test]
async fn logins_and_passwords_typed_in_either_unicode_form_work() {
    use app::ssr::store::NewPerson;
    let srv = spawn().await;
    let nfc_login = "åsa";
    let nfd_login = "a\u{30a}sa";
    let nfc_password = "blå bär på ängen";
    let nfd_password = "bla\u{30a} ba\u{308}r pa\u{30a} a\u{308}ngen";
    let hash = app::ssr::password::Hasher::new(1)
        .hash(nfc_password.into())
        .await
        .expect("hash");
    srv.store
        .upsert_account(
            NewPerson {
                display_name: "Åsa".into(),
                role: app::auth::Role::Participant,
                coach_id: None,
                created_by: None,
            },
            nfc_login,
            &hash,
            0,
        )
        .await
        .expect("account");
    for (login, password) in [
        (nfc_login, nfc_password),
        (nfd_login, nfd_password),
        (nfd_login, nfc_password),
        (nfc_login, nfd_password),
    ] {
        let res = srv
            .call("sign-in", &[("login", login), ("password", password)], None)
            .await;
        assert_eq!(res.status(), StatusCode::OK, "{login:?} {password:?}");
    }
}

#[tokio::test]
async fn a_signed_in_session_starts_with_nothing_from_before() {
    let srv = spawn().await;
    let coach = srv.as_coach().await;
    let issued = srv.invite(&coach, "Nour").await;
    let code = issued["code"].as_str().expect("code").to_string();
    // A visitor's session holds a checked invitation code …
    let res = srv
        .post_form("enter-invitation-code", &[("code", &code)], "/invite", None)
        .await;
    assert_eq!(res.headers()["location"], "/invite/code");
    let before = session_cookie(&res).expect("session");
    let page = srv.page("/invite/code", Some(&before)).await;
    assert!(page.contains("Nour"), "{page}");
    // … then someone signs in in that browser: the code is not carried into their session.
    let res = srv
        .call(
            "sign-in",
            &[
                ("login", "deltagare"),
                ("password", server::DEMO_PASSWORDS[2]),
            ],
            Some(&before),
        )
        .await;
    let after = session_cookie(&res).expect("new session id");
    assert_ne!(after, before);
    // And it lives as a signed-in session does (an hour unused here), not the minutes of
    // the visitor's session before it.
    let set = crate::common::set_cookies(&res)
        .into_iter()
        .find(|c| c.starts_with("vagval_session="))
        .expect("cookie");
    assert!(set.contains("Max-Age=3600"), "{set}");
    let page = srv.page("/invite/code", Some(&after)).await;
    assert!(!page.contains("Nour"), "{page}");
    let old = srv.page("/invite/code", Some(&before)).await;
    assert!(!old.contains("Nour"), "the old id is worthless: {old}");
}

#[tokio::test]
async fn invitation_secrets_never_reach_the_database_file() {
    let srv = crate::common::spawn_on_sqlite(|_| {}).await;
    let coach = srv.as_coach().await;
    let issued = srv.invite(&coach, "Nour").await;
    let code = issued["code"].as_str().expect("code").replace('-', "");
    let link = issued["link"].as_str().expect("link");
    let token = link.rsplit('/').next().expect("token").to_string();
    // The confirmation page shows them (from memory).
    let page = srv.page("/invitation", Some(&coach)).await;
    assert!(page.contains(&token));
    let mut files = Vec::new();
    for entry in std::fs::read_dir(srv.data_dir()).expect("dir") {
        let path = entry.expect("entry").path();
        if path.to_string_lossy().contains("vagval.db") {
            files.push(std::fs::read(&path).expect("read"));
        }
    }
    assert!(files.len() >= 2, "database and WAL");
    for bytes in files {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(&token), "link token stored");
        assert!(!text.contains(&code), "code stored");
        assert!(!text.contains(&issued["code"].as_str().expect("code").to_string()));
    }
}

#[tokio::test]
async fn saved_text_in_a_text_area_stays_text() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let id = srv.start_cv(&me).await;
    let payload = "</textarea><b id=inj>x</b><script>alert(3)</script>";
    let res = srv
        .call(
            "save-cv-profile",
            &[("id", &id), ("profile", payload)],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let entry = [
        ("id", id.as_str()),
        ("section", "work"),
        ("index", "new"),
        ("expect", ""),
        ("role", "Kock"),
        ("bullets", payload),
    ];
    assert_eq!(
        srv.call("save-cv-entry", &entry, Some(&me)).await.status(),
        StatusCode::OK
    );
    for path in [format!("/cv/{id}/profile"), format!("/cv/{id}/work/0")] {
        let page = srv.page(&path, Some(&me)).await;
        assert!(!page.contains("<b id=inj>"), "{path}: live markup");
        assert!(
            page.contains("&lt;/textarea&gt;&lt;b id=inj&gt;"),
            "{path}: the text is shown as typed"
        );
    }
}

/// The `seen` fingerprint a page's form was drawn with.
async fn seen_on(srv: &TestServer, cookie: &str, path: &str) -> String {
    let page = srv.page(path, Some(cookie)).await;
    let at = page
        .find("name=\"seen\" value=\"")
        .map(|i| i + "name=\"seen\" value=\"".len())
        .expect("the form carries what it showed");
    page[at..].split('"').next().expect("value").to_string()
}

#[tokio::test]
async fn the_same_field_edited_in_two_tabs_is_never_overwritten_silently() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let id = srv.start_cv(&me).await;
    let page = format!("/cv/{id}/profile");
    // Two tabs open the profile.
    let tab_a = seen_on(&srv, &me, &page).await;
    let tab_b = seen_on(&srv, &me, &page).await;
    let first = "Jag är noggrann och gillar ordning.";
    let res = srv
        .call(
            "save-cv-profile",
            &[("id", &id), ("profile", first), ("seen", &tab_a)],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    // The second tab saves over text it never saw: refused, its text kept.
    let second = "Jag tycker om att laga mat.";
    let res = srv
        .call(
            "save-cv-profile",
            &[("id", &id), ("profile", second), ("seen", &tab_b)],
            Some(&me),
        )
        .await;
    assert!(res.status().is_client_error(), "{}", res.status());
    let body = res.text().await.expect("body");
    assert!(body.contains("EditedElsewhere"), "{body}");
    assert!(body.contains(second), "what was typed comes back: {body}");
    assert_eq!(open(&srv, &me, &id).await["cv"]["profile"], first);
    // Saving again from the redrawn form is a choice made knowing: it is stored.
    let redrawn = seen_on(&srv, &me, &page).await;
    let res = srv
        .call(
            "save-cv-profile",
            &[("id", &id), ("profile", second), ("seen", &redrawn)],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(open(&srv, &me, &id).await["cv"]["profile"], second);
}

#[tokio::test]
async fn a_stale_form_is_told_of_the_other_change_before_anything_else() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let id = srv.start_cv(&me).await;
    let page = format!("/cv/{id}/contact");
    let stale = seen_on(&srv, &me, &page).await;
    let contact = |name: &'static str, email: &'static str, seen: String| {
        vec![
            ("id", id.clone()),
            ("name", name.to_string()),
            ("phone", String::new()),
            ("email", email.to_string()),
            ("town", String::new()),
            ("seen", seen),
        ]
    };
    let other = contact("Amal Hassan", "", seen_on(&srv, &me, &page).await);
    let other: Vec<(&str, &str)> = other.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        srv.call("save-cv-contact", &other, Some(&me))
            .await
            .status(),
        StatusCode::OK
    );
    // The stale form also has a mistake: the other change is named first, so that the
    // form drawn next (with the newest fingerprint) is not saved over it unknowingly.
    let mine = contact("Amal H", "amal(at)mail", stale);
    let mine: Vec<(&str, &str)> = mine.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let body = srv
        .call("save-cv-contact", &mine, Some(&me))
        .await
        .text()
        .await
        .expect("body");
    assert!(
        body.contains("EditedElsewhere") && !body.contains("BadEmail"),
        "{body}"
    );
    assert_eq!(
        open(&srv, &me, &id).await["cv"]["contact"]["name"],
        "Amal Hassan"
    );
}

#[tokio::test]
async fn autosave_after_autosave_is_not_a_conflict() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let id = srv.start_cv(&me).await;
    let mut seen = seen_on(&srv, &me, &format!("/cv/{id}/contact")).await;
    for typed in ["A", "Am", "Amal", "Amal H"] {
        let res = srv
            .call(
                "save-cv-contact",
                &[
                    ("id", &id),
                    ("name", typed),
                    ("phone", ""),
                    ("email", ""),
                    ("town", ""),
                    ("seen", &seen),
                ],
                Some(&me),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK, "{typed}");
        // The island keeps what the server says it stored.
        seen = res
            .headers()
            .get("x-vagval-seen")
            .and_then(|v| v.to_str().ok())
            .expect("the answer names what was saved")
            .to_string();
    }
    assert_eq!(
        open(&srv, &me, &id).await["cv"]["contact"]["name"],
        "Amal H"
    );
}

#[tokio::test]
async fn an_entry_edited_in_two_tabs_keeps_both_sides() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let id = srv.start_cv(&me).await;
    let add = [
        ("id", id.as_str()),
        ("section", "work"),
        ("index", "new"),
        ("expect", ""),
        ("draft", "fedcba9876543210fedcba9876543210"),
        ("role", "Lagerarbetare"),
        ("employer", "PostNord"),
    ];
    assert_eq!(
        srv.call("save-cv-entry", &add, Some(&me)).await.status(),
        StatusCode::OK
    );
    let page = format!("/cv/{id}/work/0");
    let tab_a = seen_on(&srv, &me, &page).await;
    let tab_b = seen_on(&srv, &me, &page).await;
    let edit = |employer: &'static str, seen: String| {
        vec![
            ("id", id.clone()),
            ("section", "work".into()),
            ("index", "0".into()),
            ("expect", "Lagerarbetare".into()),
            ("draft", String::new()),
            ("role", "Lagerarbetare".into()),
            ("employer", employer.into()),
            ("seen", seen),
        ]
    };
    let a = edit("PostNord Malmö", tab_a);
    let a: Vec<(&str, &str)> = a.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(
        srv.call("save-cv-entry", &a, Some(&me)).await.status(),
        StatusCode::OK
    );
    let b = edit("Bring", tab_b);
    let b: Vec<(&str, &str)> = b.iter().map(|(k, v)| (*k, v.as_str())).collect();
    // Without JavaScript: back to the form, with the message and what was typed.
    let res = srv.post_form("save-cv-entry", &b, &page, Some(&me)).await;
    assert!(res.status().is_redirection());
    let shown = srv.page(&page, Some(&me)).await;
    assert!(
        shown.contains("ändrades i en annan flik"),
        "the message is shown"
    );
    assert!(shown.contains("value=\"Bring\""), "the typed text is kept");
    let cv = open(&srv, &me, &id).await;
    assert_eq!(cv["cv"]["work"][0]["employer"], "PostNord Malmö");
}

/// Reads from `stream` until the server closes it; how long that took.
async fn closed_after(stream: &mut tokio::net::TcpStream) -> Duration {
    use tokio::io::AsyncReadExt;
    let started = std::time::Instant::now();
    let mut buf = [0u8; 1024];
    loop {
        match tokio::time::timeout(Duration::from_secs(20), stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return started.elapsed(),
            Ok(Ok(_)) => continue,
            Err(_) => panic!("the server kept the connection open for 20 s"),
        }
    }
}

#[tokio::test]
async fn silent_slow_and_idle_connections_are_closed_and_capped() {
    use tokio::io::AsyncWriteExt;
    let srv = spawn_with(|c| {
        c.header_timeout = Duration::from_secs(1);
        c.max_connections = 3;
    })
    .await;
    let addr = srv.base.trim_start_matches("http://").to_string();
    // A connection that sends nothing is closed.
    let mut silent = tokio::net::TcpStream::connect(&addr)
        .await
        .expect("connect");
    closed_after(&mut silent).await;
    // One that sends its headers a byte at a time, slower than the timeout allows.
    let mut slow = tokio::net::TcpStream::connect(&addr)
        .await
        .expect("connect");
    let dribble = tokio::spawn(async move {
        for b in b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaa".iter() {
            if slow.write_all(&[*b]).await.is_err() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
        closed_after(&mut slow).await
    });
    dribble.await.expect("slow client");
    // A kept-alive connection left idle after its answer is closed too.
    let mut idle = tokio::net::TcpStream::connect(&addr)
        .await
        .expect("connect");
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .expect("request");
    closed_after(&mut idle).await;
    // Three connections held open by saying nothing fill the server; a fourth visitor
    // is answered once they are closed, not refused.
    let mut held = Vec::new();
    for _ in 0..3 {
        held.push(
            tokio::net::TcpStream::connect(&addr)
                .await
                .expect("connect"),
        );
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    let res = srv.get("/healthz", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    for mut h in held {
        closed_after(&mut h).await;
    }
}
