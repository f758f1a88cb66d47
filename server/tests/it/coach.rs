//! A coach looks after their participants' accounts: state and last sign-in, a new code
//! that replaces a lost one, taking an invitation back, and a code for a new password.
use crate::common::{session_cookie, spawn, TestServer};
use reqwest::StatusCode;

pub(crate) fn token_of(issued: &serde_json::Value) -> String {
    let link = issued["link"].as_str().expect("link");
    link.rsplit('/').next().expect("token").to_string()
}

fn person_of(issued: &serde_json::Value) -> String {
    issued["person"].as_i64().expect("person").to_string()
}

/// The id of the participant named `name` in the coach's caseload.
async fn in_caseload(srv: &TestServer, coach: &str, name: &str) -> String {
    let caseload = srv.json("caseload", &[], Some(coach)).await;
    caseload
        .as_array()
        .and_then(|people| people.iter().find(|p| p["display_name"] == name))
        .map(|p| p["id"].to_string())
        .expect("in the caseload")
}

/// Whether a link token still opens its page.
async fn opens(srv: &TestServer, token: &str) -> bool {
    let res = srv.call("invitation", &[("secret", token)], None).await;
    res.status() == StatusCode::OK
}

#[tokio::test]
async fn a_coach_follows_a_participant_from_invitation_to_sign_in() {
    let srv = spawn().await;
    let coach = srv.as_coach().await;
    let invitation = srv.invite(&coach, "Dana Dagsson").await;
    let id = person_of(&invitation);
    let caseload = srv.page("/coach", Some(&coach)).await;
    assert!(
        caseload.contains(&format!("href=\"/coach/participants/{id}\"")),
        "the name opens the person's page"
    );
    let page = srv
        .page(&format!("/coach/participants/{id}"), Some(&coach))
        .await;
    assert!(page.contains("Dana Dagsson"));
    assert!(page.contains("Har inte skapat sitt konto än."));
    assert!(page.contains("Har inte loggat in än."));
    assert!(page.contains("Koden gäller till och med"));
    let res = srv
        .call(
            "accept-invitation",
            &[
                ("secret", &token_of(&invitation)),
                ("login", "dana"),
                ("password", "dana väljer ett långt lösenord"),
            ],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let page = srv
        .page(&format!("/coach/participants/{id}"), Some(&coach))
        .await;
    assert!(page.contains("Har ett konto."));
    assert!(
        page.contains("Loggade senast in"),
        "the last sign-in is shown"
    );
    assert!(!page.contains("dana väljer"), "nothing secret on the page");
}

#[tokio::test]
async fn a_new_code_replaces_the_lost_one() {
    let srv = spawn().await;
    let coach = srv.as_coach().await;
    let first = srv.invite(&coach, "Ebba Ek").await;
    let id = person_of(&first);
    let res = srv
        .call("new-invitation-code", &[("id", &id)], Some(&coach))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let second = srv.issued(&coach).await;
    assert_ne!(second["code"], first["code"]);
    assert!(!opens(&srv, &token_of(&first)).await, "the old link stops");
    assert!(opens(&srv, &token_of(&second)).await, "the new one works");
    let old_code = first["code"].as_str().expect("code").replace('-', "");
    let res = srv
        .call("enter-invitation-code", &[("code", &old_code)], None)
        .await;
    assert!(res.text().await.expect("body").contains("CodeNotFound"));
}

#[tokio::test]
async fn a_withdrawn_invitation_stops_working_and_leaves_the_caseload() {
    let srv = spawn().await;
    let coach = srv.as_coach().await;
    let invitation = srv.invite(&coach, "Fredrik Fors").await;
    let id = person_of(&invitation);
    let question = srv
        .page(&format!("/coach/participants/{id}/withdraw"), Some(&coach))
        .await;
    assert!(question.contains("Fredrik Fors") && question.contains("button warning"));
    let res = srv
        .call("withdraw-invitation", &[("id", &id)], Some(&coach))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(!opens(&srv, &token_of(&invitation)).await);
    assert!(!srv
        .page("/coach", Some(&coach))
        .await
        .contains("Fredrik Fors"));
}

#[tokio::test]
async fn a_password_code_sets_a_new_password_and_ends_every_old_session() {
    let srv = spawn().await;
    let old_session = srv.participant("Gul Gustafsson", "gul").await;
    let coach = srv.as_coach().await;
    let id = in_caseload(&srv, &coach, "Gul Gustafsson").await;
    let res = srv
        .call("new-password-code", &[("id", &id)], Some(&coach))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let reset = srv.issued(&coach).await;
    assert_eq!(reset["purpose"], "Reset");
    let token = token_of(&reset);
    // The person sees their username again, and chooses a new password.
    let info = srv
        .call("invitation", &[("secret", &token)], None)
        .await
        .text()
        .await
        .expect("body");
    assert!(info.contains("\"login\":\"gul\""), "{info}");
    let res = srv
        .call(
            "reset-password",
            &[
                ("secret", &token),
                ("password", "gul har ett nytt långt lösenord"),
            ],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(session_cookie(&res).is_some(), "signed in at once");
    // The old session has ended; the old password no longer works; the new one does.
    let me = srv.call("current-user", &[], Some(&old_session)).await;
    assert_eq!(me.text().await.expect("body"), "null");
    let res = srv
        .call(
            "sign-in",
            &[("login", "gul"), ("password", "gul har ett långt lösenord")],
            None,
        )
        .await;
    assert!(res.status().is_client_error());
    srv.sign_in("gul", "gul har ett nytt långt lösenord").await;
    // The code is used up.
    assert!(!opens(&srv, &token).await);
}

#[tokio::test]
async fn a_password_code_lasts_to_the_end_of_tomorrow_and_goes_when_the_password_is_remembered() {
    let srv = spawn().await;
    srv.participant("Jon Jonsson", "jon").await;
    let coach = srv.as_coach().await;
    let id = in_caseload(&srv, &coach, "Jon Jonsson").await;
    // Monday 30 November 2026, 10:00 in Stockholm.
    srv.clock.set("2026-11-30T09:00:00Z".parse().expect("time"));
    let coach = srv.as_coach().await;
    assert!(srv
        .call("new-password-code", &[("id", &id)], Some(&coach))
        .await
        .status()
        .is_success());
    let first = srv.issued(&coach).await;
    assert_eq!(first["valid_until"]["day"], 1, "through Tuesday 1 December");
    srv.clock.set("2026-12-01T22:59:00Z".parse().expect("time"));
    assert!(
        opens(&srv, &token_of(&first)).await,
        "usable all of tomorrow"
    );
    srv.clock.set("2026-12-01T23:00:00Z".parse().expect("time"));
    assert!(!opens(&srv, &token_of(&first)).await, "gone after that");
    // A new code, and then the person remembers their password after all.
    let coach = srv.as_coach().await;
    assert!(srv
        .call("new-password-code", &[("id", &id)], Some(&coach))
        .await
        .status()
        .is_success());
    let second = srv.issued(&coach).await;
    assert!(opens(&srv, &token_of(&second)).await);
    srv.sign_in("jon", "jon har ett långt lösenord").await;
    assert!(
        !opens(&srv, &token_of(&second)).await,
        "not left lying around"
    );
}

#[tokio::test]
async fn a_coach_reaches_only_their_own_participants() {
    use app::auth::Role;
    use app::ssr::store::NewPerson;
    let srv = spawn().await;
    let coach = srv.as_coach().await;
    let invitation = srv.invite(&coach, "Hana Holm").await;
    let id = person_of(&invitation);
    let hash = app::ssr::password::Hasher::new(1)
        .hash("en annan coach har ett lösenord".into())
        .await
        .expect("hash");
    srv.store
        .upsert_account(
            NewPerson {
                display_name: "Other Coach".into(),
                role: Role::Coach,
                coach_id: None,
                created_by: None,
            },
            "othercoach",
            &hash,
            0,
        )
        .await
        .expect("coach");
    let other = srv
        .sign_in("othercoach", "en annan coach har ett lösenord")
        .await;
    for endpoint in [
        "participant-account",
        "new-invitation-code",
        "withdraw-invitation",
        "new-password-code",
    ] {
        let res = srv.call(endpoint, &[("id", &id)], Some(&other)).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{endpoint}");
    }
    let participant = srv.as_participant().await;
    let res = srv
        .call("participant-account", &[("id", &id)], Some(&participant))
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(opens(&srv, &token_of(&invitation)).await, "nothing changed");
}

#[tokio::test]
async fn the_issued_code_can_be_handed_over_by_text_message_qr_code_and_slip() {
    let srv = spawn().await;
    let coach = srv.as_coach().await;
    let invitation = srv.invite(&coach, "Ivo Ivarsson").await;
    let code = invitation["code"].as_str().expect("code");
    let page = srv.page("/invitation?for=ar", Some(&coach)).await;
    assert!(page.contains("<svg"), "a QR code drawn on the server");
    assert!(
        page.contains("href=\"sms:?&amp;body="),
        "a text message link"
    );
    assert!(page.contains(code), "the code");
    // The text message is in the language picked for the person.
    assert!(
        page.contains("%D8%A7%D9%84%D8%B1%D9%85%D8%B2"),
        "Arabic text in the message"
    );
    let slip = srv.page("/invitation/slip?for=ar", Some(&coach)).await;
    assert!(slip.contains("lang=\"ar\" dir=\"rtl\""));
    assert!(slip.contains(code) && slip.contains("<svg"));
    assert!(slip.contains("اكتب الرمز"));
}
