//! The portal over real HTTP: sign-in, sessions, invitations, refusals and protective
//! headers, each checked as a browser or an attacker would meet it.

use crate::common::{form_error_cookie, session_cookie, set_cookies, spawn, spawn_with};
use reqwest::StatusCode;

#[tokio::test]
async fn sign_in_succeeds_with_the_right_password_and_fails_with_a_wrong_one() {
    let srv = spawn().await;
    let res = srv
        .call(
            "sign-in",
            &[("login", "coach"), ("password", "wrong password")],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert!(
        session_cookie(&res).is_none(),
        "no session for a failed sign-in"
    );
    assert!(res.text().await.expect("body").contains("BadCredentials"));

    // Logins are case-insensitive.
    let res = srv
        .call(
            "sign-in",
            &[("login", "COACH"), ("password", server::DEMO_PASSWORDS[1])],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/coach")
    );
    let cookie = session_cookie(&res).expect("session cookie");

    let me = srv.call("current-user", &[], Some(&cookie)).await;
    let body = me.text().await.expect("body");
    assert!(
        body.contains("Demo Coach") && body.contains("Coach"),
        "{body}"
    );
}

#[tokio::test]
async fn session_cookie_is_http_only_lax_and_not_secure_over_plain_http() {
    let srv = spawn().await;
    let res = srv
        .call(
            "sign-in",
            &[("login", "coach"), ("password", server::DEMO_PASSWORDS[1])],
            None,
        )
        .await;
    let cookie = set_cookies(&res)
        .into_iter()
        .find(|c| c.starts_with("vagval_session="))
        .expect("cookie");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "{cookie}");
}

#[tokio::test]
async fn cookies_are_secure_when_served_over_tls() {
    let srv = spawn_with(|c| {
        c.secure_cookies = true;
        c.hsts = true;
    })
    .await;
    let res = srv
        .call(
            "sign-in",
            &[("login", "coach"), ("password", server::DEMO_PASSWORDS[1])],
            None,
        )
        .await;
    let cookie = set_cookies(&res)
        .into_iter()
        .find(|c| c.starts_with("vagval_session="))
        .expect("cookie");
    assert!(cookie.contains("Secure"), "{cookie}");
    let page = srv.get("/sign-in", None).await;
    assert!(page.headers().contains_key("strict-transport-security"));
}

#[tokio::test]
async fn the_session_id_changes_at_sign_in() {
    let srv = spawn().await;
    // A signed-in session, then a sign-in with its cookie still sent: the id is new.
    let before = srv.as_participant().await;
    let res = srv
        .call(
            "sign-in",
            &[("login", "coach"), ("password", server::DEMO_PASSWORDS[1])],
            Some(&before),
        )
        .await;
    let after = session_cookie(&res).expect("new session");
    assert_ne!(before, after, "session id must be cycled at sign-in");
    // An id planted by someone else is never taken up.
    let planted = "vagval_session=AAAAAAAAAAAAAAAAAAAAAA";
    let res = srv
        .call(
            "sign-in",
            &[("login", "coach"), ("password", server::DEMO_PASSWORDS[1])],
            Some(planted),
        )
        .await;
    let given = session_cookie(&res).expect("new session");
    assert_ne!(given, planted);
}

#[tokio::test]
async fn refused_sign_ins_without_javascript_make_no_sessions() {
    let srv = spawn_with(|c| c.throttle.per_address = 1_000).await;
    let sessions = || {
        srv.on_server(|store| async move { crate::common::count_rows(&*store, "sessions").await })
    };
    let at_start = sessions().await;
    let mut last = None;
    for n in 0..50 {
        let login = format!("nobody{n}");
        let res = srv
            .post_form(
                "sign-in",
                &[("login", login.as_str()), ("password", "fel fel fel fel")],
                "/sign-in",
                None,
            )
            .await;
        assert!(res.status().is_redirection(), "{}", res.status());
        assert!(
            session_cookie(&res).is_none(),
            "no session for a refused sign-in"
        );
        last = Some(res);
    }
    assert_eq!(sessions().await, at_start, "no session rows either");
    // The error and what was typed still reach the next page, once.
    let res = last.expect("a response");
    let flash = set_cookies(&res)
        .into_iter()
        .find(|c| c.starts_with("vagval_form_error="))
        .expect("the error's own cookie");
    assert!(
        flash.contains("HttpOnly") && flash.contains("Max-Age=600"),
        "{flash}"
    );
    let cookie = flash.split(';').next().expect("value").to_string();
    let page = srv.get("/sign-in", Some(&cookie)).await;
    let cleared = set_cookies(&page)
        .into_iter()
        .any(|c| c.starts_with("vagval_form_error=;") && c.contains("Max-Age=0"));
    assert!(cleared, "shown once");
    let page = page.text().await.expect("page");
    assert!(
        page.contains("value=\"nobody49\""),
        "the login kept: {page}"
    );
    assert!(page.contains("error-summary"), "the error shown: {page}");
}

#[tokio::test]
async fn the_old_cookie_is_worthless_after_sign_out() {
    let srv = spawn().await;
    let cookie = srv.as_coach().await;
    assert_eq!(
        srv.call("caseload", &[], Some(&cookie)).await.status(),
        StatusCode::OK
    );
    let out = srv.call("sign-out", &[], Some(&cookie)).await;
    assert_eq!(out.status(), StatusCode::OK);
    // The server deleted the session: replaying the old cookie gets nothing.
    assert_eq!(
        srv.call("caseload", &[], Some(&cookie)).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let page = srv.get("/coach", Some(&cookie)).await;
    assert_eq!(page.status(), StatusCode::FOUND);
    assert_eq!(
        page.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/sign-in")
    );
}

/// A server function, its form, whose cookie (if any), and the status expected.
type Case<'a> = (
    &'a str,
    &'a [(&'a str, &'a str)],
    Option<&'a str>,
    StatusCode,
);

#[tokio::test]
async fn every_server_function_refuses_those_it_is_not_for() {
    let srv = spawn().await;
    let participant = srv.as_participant().await;
    let coach = srv.as_coach().await;
    let admin = srv.as_admin().await;
    let name = [("display_name", "Nour")];
    let cases: [Case; 14] = [
        ("caseload", &[], None, StatusCode::UNAUTHORIZED),
        ("caseload", &[], Some(&participant), StatusCode::FORBIDDEN),
        ("caseload", &[], Some(&admin), StatusCode::FORBIDDEN),
        ("coaches", &[], None, StatusCode::UNAUTHORIZED),
        ("coaches", &[], Some(&participant), StatusCode::FORBIDDEN),
        ("coaches", &[], Some(&coach), StatusCode::FORBIDDEN),
        ("create-participant", &name, None, StatusCode::UNAUTHORIZED),
        (
            "create-participant",
            &name,
            Some(&participant),
            StatusCode::FORBIDDEN,
        ),
        (
            "create-participant",
            &name,
            Some(&admin),
            StatusCode::FORBIDDEN,
        ),
        ("create-coach", &name, None, StatusCode::UNAUTHORIZED),
        (
            "create-coach",
            &name,
            Some(&participant),
            StatusCode::FORBIDDEN,
        ),
        ("create-coach", &name, Some(&coach), StatusCode::FORBIDDEN),
        ("issued-invitation", &[], None, StatusCode::UNAUTHORIZED),
        (
            "issued-invitation",
            &[],
            Some(&participant),
            StatusCode::FORBIDDEN,
        ),
    ];
    for (endpoint, form, cookie, expected) in cases {
        let res = srv.call(endpoint, form, cookie).await;
        assert_eq!(res.status(), expected, "{endpoint} with {cookie:?}");
    }
    // And nothing was created by the refused calls.
    let caseload = srv
        .call("caseload", &[], Some(&coach))
        .await
        .text()
        .await
        .expect("body");
    assert!(!caseload.contains("Nour"), "{caseload}");
    // Anyone may ask who they are; the anonymous answer is "nobody".
    let me = srv.call("current-user", &[], None).await;
    assert_eq!(me.status(), StatusCode::OK);
    assert_eq!(me.text().await.expect("body"), "null");
}

/// Issues an invitation as a coach and returns (link token, code).
async fn invite_participant(
    srv: &crate::common::TestServer,
    coach: &str,
    name: &str,
) -> (String, String) {
    let issued = srv.invite(coach, name).await;
    let link = issued["link"].as_str().expect("link");
    let token = link.rsplit('/').next().expect("token").to_string();
    (token, issued["code"].as_str().expect("code").to_string())
}

#[tokio::test]
async fn an_invitation_works_once_and_shows_in_the_caseload() {
    let srv = spawn().await;
    let coach = srv.as_coach().await;
    let (token, code) = invite_participant(&srv, &coach, "Nour Haddad").await;
    let caseload = srv
        .call("caseload", &[], Some(&coach))
        .await
        .text()
        .await
        .expect("body");
    assert!(
        caseload.contains("Nour Haddad") && caseload.contains("\"active\":false"),
        "{caseload}"
    );

    let info = srv.call("invitation", &[("secret", &token)], None).await;
    assert_eq!(info.status(), StatusCode::OK);
    assert!(info.text().await.expect("body").contains("Nour Haddad"));

    let accept = [
        ("secret", token.as_str()),
        ("login", "nour"),
        ("password", "tre gröna äpplen"),
    ];
    let res = srv.call("accept-invitation", &accept, None).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/home")
    );
    assert!(
        session_cookie(&res).is_some(),
        "accepting signs the person in"
    );

    // Used up: neither the link nor the code works again.
    let again = srv
        .call(
            "accept-invitation",
            &[
                ("secret", token.as_str()),
                ("login", "nour2"),
                ("password", "tre gröna äpplen"),
            ],
            None,
        )
        .await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND);
    let by_code = srv
        .call("invitation", &[("secret", &code.to_lowercase())], None)
        .await;
    assert_eq!(by_code.status(), StatusCode::NOT_FOUND);

    srv.sign_in("Nour", "tre gröna äpplen").await;
    let caseload = srv
        .call("caseload", &[], Some(&coach))
        .await
        .text()
        .await
        .expect("body");
    assert!(caseload.contains("\"active\":true"), "{caseload}");
}

#[tokio::test]
async fn a_code_typed_loosely_works_and_bad_choices_are_explained() {
    let srv = spawn().await;
    let coach = srv.as_coach().await;
    let (_, code) = invite_participant(&srv, &coach, "Bilal").await;
    let typed = format!(" {} ", code.to_lowercase().replace('-', " "));

    let res = srv
        .call(
            "accept-invitation",
            &[
                ("secret", typed.as_str()),
                ("login", "coach"),
                ("password", "password1"),
            ],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("body");
    assert!(body.contains("PasswordTooCommon"), "{body}");

    let res = srv
        .call(
            "accept-invitation",
            &[
                ("secret", typed.as_str()),
                ("login", "coach"),
                ("password", "en lång mening"),
            ],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("body");
    assert!(
        body.contains("LoginTaken") && body.contains("\"coach\""),
        "typed login comes back: {body}"
    );

    let res = srv
        .call(
            "accept-invitation",
            &[
                ("secret", typed.as_str()),
                ("login", "bilal"),
                ("password", "en lång mening"),
            ],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
}

#[tokio::test]
async fn an_expired_invitation_is_refused() {
    use app::ssr::store::NewPerson;

    use app::invite::store::NewInvitation;
    let srv = spawn().await;
    srv.store
        .create_invited_person(
            NewPerson {
                display_name: "Late".into(),
                role: app::auth::Role::Participant,
                coach_id: None,
                created_by: None,
            },
            NewInvitation {
                token_hash: app::ssr::secret_hash("link:expiredtokenexpiredtokenexpired"),
                code_hash: app::ssr::secret_hash("code:EXPIRED2"),
                expires_at: jiff::Timestamp::now().as_second() - 1,
            },
            0,
        )
        .await
        .expect("insert");
    let res = srv
        .call(
            "invitation",
            &[("secret", "expiredtokenexpiredtokenexpired")],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = srv
        .call(
            "accept-invitation",
            &[
                ("secret", "expiredtokenexpiredtokenexpired"),
                ("login", "late"),
                ("password", "en lång mening"),
            ],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(res
        .text()
        .await
        .expect("body")
        .contains("InvitationInvalid"));
}

#[tokio::test]
async fn cross_site_writes_are_refused() {
    let srv = spawn().await;
    let url = format!("{}/api/sign-in", srv.base);
    let form = [("login", "coach"), ("password", server::DEMO_PASSWORDS[1])];
    let foreign = srv
        .client
        .post(&url)
        .header("origin", "http://evil.example")
        .form(&form)
        .send()
        .await
        .expect("req");
    assert_eq!(foreign.status(), StatusCode::FORBIDDEN);
    let cross = srv
        .client
        .post(&url)
        .header("origin", srv.base.as_str())
        .header("sec-fetch-site", "cross-site")
        .form(&form)
        .send()
        .await
        .expect("req");
    assert_eq!(cross.status(), StatusCode::FORBIDDEN);
    let bare = srv.client.post(&url).form(&form).send().await.expect("req");
    assert_eq!(bare.status(), StatusCode::FORBIDDEN);
    // Server functions answer POST only: no mutation can hide behind a GET.
    let get = srv.client.get(&url).send().await.expect("req");
    assert_ne!(get.status(), StatusCode::OK);
    assert!(session_cookie(&get).is_none());
}

#[tokio::test]
async fn an_oversized_body_gets_413() {
    let srv = spawn().await;
    let big = "x".repeat(70 * 1024);
    let res = srv
        .call(
            "sign-in",
            &[("login", big.as_str()), ("password", "x")],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_browser_form_over_the_limit_gets_the_translated_page() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    // A 70,000-character goal, and a 1 MB one, sent without JavaScript: each gets the
    // page that says so in the person's language, with 413, and the browser its answer.
    for size in [70_000, 1_000_000] {
        let what = "å".repeat(size / 2);
        let res = srv
            .post_form(
                "save-goal",
                &[("what", what.as_str()), ("per_week", "3"), ("until", "")],
                "/goals/new",
                Some(&me),
            )
            .await;
        assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE, "{size}");
        assert!(res.headers()["content-type"]
            .to_str()
            .expect("type")
            .starts_with("text/html"));
        let page = res.text().await.expect("page");
        assert!(
            page.contains("Det du skickade är för stort"),
            "{size}: {page}"
        );
        assert!(
            page.contains("Demo Deltagare") || page.contains("Logga ut"),
            "still signed in: {page}"
        );
    }
    // In English for someone who reads English.
    let res = srv
        .client
        .post(format!("{}/api/sign-in", srv.base))
        .headers(srv.same_origin(Some(&format!("{}=en", app::i18n::LOCALE_COOKIE))))
        .header("accept", "text/html")
        .form(&[("login", "x".repeat(70_000).as_str()), ("password", "x")])
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let page = res.text().await.expect("page");
    assert!(!page.contains("length limit exceeded"), "{page}");
    assert!(page.contains("lang=\"en\""), "{page}");
}

#[tokio::test]
async fn pages_carry_protective_headers_and_a_matching_nonce() {
    let srv = spawn().await;
    let res = srv.get("/sign-in", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    let h = res.headers().clone();
    let csp = h
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .expect("csp")
        .to_string();
    for part in [
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "'wasm-unsafe-eval'",
    ] {
        assert!(csp.contains(part), "{csp}");
    }
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(
        h.get("x-content-type-options")
            .and_then(|v| v.to_str().ok()),
        Some("nosniff")
    );
    assert!(h.contains_key("referrer-policy"));
    assert_eq!(
        h.get("cache-control").and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
    assert!(
        !h.contains_key("strict-transport-security"),
        "no HSTS over plain HTTP"
    );
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|s| s.split('\'').next())
        .expect("nonce");
    let html = res.text().await.expect("body");
    assert!(
        html.contains(&format!("nonce=\"{nonce}\"")),
        "inline scripts carry the header's nonce"
    );
    // A second page gets a fresh nonce.
    let again = srv.get("/sign-in", None).await;
    let csp2 = again
        .headers()
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .expect("csp");
    assert!(!csp2.contains(nonce));
}

#[tokio::test]
async fn the_health_check_reports_the_database() {
    let srv = spawn().await;
    let res = srv.get("/healthz", None).await;
    assert_eq!(res.status(), StatusCode::OK);
}

#[tokio::test]
async fn repeated_failures_are_throttled_and_a_forged_forwarded_for_does_not_help() {
    let srv = spawn().await;
    let url = format!("{}/api/sign-in", srv.base);
    let mut last = StatusCode::OK;
    for i in 0..6 {
        last = srv
            .client
            .post(&url)
            .header("origin", srv.base.as_str())
            .header("accept", "application/json")
            .header("x-forwarded-for", format!("203.0.113.{i}"))
            .form(&[("login", "coach"), ("password", "guess guess")])
            .send()
            .await
            .expect("req")
            .status();
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
    // Even the right password is held back while the account is throttled.
    let res = srv
        .call(
            "sign-in",
            &[("login", "coach"), ("password", server::DEMO_PASSWORDS[1])],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.text().await.expect("body").contains("RateLimited"));
}

#[tokio::test]
async fn without_javascript_a_refused_form_comes_back_with_its_error_and_values() {
    let srv = spawn().await;
    let res = srv
        .post_form(
            "sign-in",
            &[("login", "amal.h"), ("password", "not it at all")],
            "/sign-in",
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::FOUND);
    let location = res
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("location")
        .to_string();
    assert!(
        location.ends_with("/sign-in"),
        "error kept out of the URL: {location}"
    );
    assert!(
        session_cookie(&res).is_none(),
        "no session for a stranger's error"
    );
    let cookie = form_error_cookie(&res).expect("the error's own cookie holds it");
    let page = srv.get("/sign-in", Some(&cookie)).await;
    // The browser forgets the error once it is shown.
    let forget = set_cookies(&page)
        .into_iter()
        .any(|c| c.starts_with("vagval_form_error=;") && c.contains("Max-Age=0"));
    let page = page.text().await.expect("page");
    assert!(
        page.contains("<title>Fel: Logga in"),
        "title says there is an error"
    );
    assert!(page.contains("Användarnamnet eller lösenordet är fel."));
    assert!(page.contains("value=\"amal.h\""), "typed login kept");
    assert!(!page.contains("not it at all"), "password never echoed");
    // Shown once: a reload (without the forgotten cookie) is a fresh form.
    assert!(forget, "the error's cookie is cleared");
    let again = srv.page("/sign-in", None).await;
    assert!(!again.contains("Användarnamnet eller lösenordet är fel."));
}

#[tokio::test]
async fn the_language_follows_the_browser_then_the_choice() {
    let srv = spawn().await;
    let res = srv
        .client
        .get(format!("{}/sign-in", srv.base))
        .header("accept-language", "ar,en;q=0.5")
        .send()
        .await
        .expect("req");
    let html = res.text().await.expect("body");
    assert!(
        html.contains("<html lang=\"ar\" dir=\"rtl\""),
        "{}",
        &html[..200.min(html.len())]
    );
    assert!(html.contains("تسجيل الدخول"));

    let res = srv
        .post_form(
            "set-locale",
            &[("lang", "en"), ("next", "/invite")],
            "/sign-in",
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::FOUND);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/invite")
    );
    let cookie = set_cookies(&res)
        .into_iter()
        .find(|c| c.starts_with("vagval_lang="))
        .expect("lang cookie");
    let pair = cookie.split(';').next().expect("pair").to_string();
    let res = srv
        .client
        .get(format!("{}/invite", srv.base))
        .header("accept-language", "ar")
        .header("cookie", pair)
        .send()
        .await
        .expect("req");
    let html = res.text().await.expect("body");
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\"") && html.contains("Enter your code"));

    // Redirects never leave the portal.
    let res = srv
        .post_form(
            "set-locale",
            &[("lang", "sv"), ("next", "//evil.example/")],
            "/",
            None,
        )
        .await;
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/")
    );
}

#[tokio::test]
async fn unknown_pages_are_404_in_the_visitors_language() {
    let srv = spawn().await;
    let res = srv
        .client
        .get(format!("{}/no/such/page", srv.base))
        .header("accept-language", "en")
        .send()
        .await
        .expect("req");
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(res.text().await.expect("body").contains("Page not found"));
}

#[tokio::test]
async fn an_empty_portal_offers_one_link_that_creates_the_first_admin() {
    let srv = spawn_with(|c| c.demo = false).await;
    let (link, code) = srv.first_admin.clone().expect("no admin yet, so a link");
    assert!(link.starts_with(&format!("{}/invite/", srv.base)), "{link}");
    assert_eq!(code.len(), 9, "{code}");
    let token = link.rsplit('/').next().expect("token");
    let res = srv
        .call(
            "accept-invitation",
            &[
                ("secret", token),
                ("login", "chef"),
                ("password", "en lång mening"),
            ],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/admin")
    );
    let cookie = session_cookie(&res).expect("signed in");
    assert_eq!(
        srv.call("coaches", &[], Some(&cookie)).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_portal_with_an_admin_prints_no_start_up_link() {
    let srv = spawn().await;
    assert!(srv.first_admin.is_none());
}

/// A page asked for without `Accept: text/html` (curl, a load tester) is the same page.
#[tokio::test]
async fn a_page_needs_no_accept_header_to_know_who_asks() {
    let srv = crate::common::spawn().await;
    let me = srv.as_participant().await;
    let res = srv
        .client
        .get(format!("{}/home", srv.base))
        .header("cookie", &me)
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), reqwest::StatusCode::OK);
    assert!(res.text().await.expect("page").contains("Min väg"));
}
