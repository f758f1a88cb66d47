//! Sharing with the coach over real HTTP: share → the coach sees → withdraw → refused →
//! the look is in "Vem har tittat?"; end dates; coaches' notes; and an IDOR sweep over
//! every server function and route that takes an id, as every kind of asker.
use crate::common::{id_of, spawn, TestServer};
use app::ssr::store::UserId;
use reqwest::StatusCode;

const MARK_ONE: &str = "Trädgårdsarbete-MARK-ONE";
const MARK_TWO: &str = "Lagerarbete-MARK-TWO";

/// A participant of the demo coach with one CV whose profile says `mark`; returns their
/// session, their id and the CV's id.
async fn participant_with_cv(
    srv: &TestServer,
    name: &str,
    login: &str,
    mark: &str,
) -> (String, String, String) {
    let cookie = srv.participant(name, login).await;
    let cv = srv.start_cv(&cookie).await;
    write_profile(srv, &cookie, &cv, mark).await;
    let id = id_of(srv, login).await;
    (cookie, id, cv)
}

async fn write_profile(srv: &TestServer, cookie: &str, cv: &str, text: &str) {
    let res = srv
        .call(
            "save-cv-profile",
            &[("id", cv), ("profile", text)],
            Some(cookie),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "profile saved");
}

async fn share(srv: &TestServer, cookie: &str, cv: &str, until: &str) -> reqwest::Response {
    srv.call(
        "save-sharing",
        &[("cv", cv), ("until", until)],
        Some(cookie),
    )
    .await
}

async fn looks(srv: &TestServer, person: &str) -> usize {
    let id = UserId::new(person.parse().expect("id"));
    access_log(srv, id).await.len()
}

async fn access_log(srv: &TestServer, id: UserId) -> Vec<app::sharing::store::AccessEntry> {
    srv.on_server(move |store| async move { store.access_log(id).await.expect("log") })
        .await
}

#[tokio::test]
async fn share_see_withdraw_refused_and_logged() {
    let srv = spawn().await;
    // Tuesday 1 December 2026, 14:02 in Stockholm.
    srv.clock
        .set("2026-12-01T13:02:00Z".parse().expect("instant"));
    let (amal, amal_id, cv) = participant_with_cv(&srv, "Amal Andersson", "amal", MARK_ONE).await;
    let coach = srv.as_coach().await;
    let page = format!("/coach/participants/{amal_id}");

    let before = srv.page(&page, Some(&coach)).await;
    assert!(
        before.contains("Inte delat"),
        "a plain line for what is not shared"
    );
    assert!(!before.contains(MARK_ONE));
    assert_eq!(
        srv.get(&format!("/cv/{cv}/pdf"), Some(&coach))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        looks(&srv, &amal_id).await,
        0,
        "refused reads are not logged"
    );

    // The participant shares this CV, without JavaScript.
    let res = srv
        .post_form(
            "save-sharing",
            &[("cv", &cv), ("until", "")],
            "/sharing",
            Some(&amal),
        )
        .await;
    assert!(res.status().is_redirection(), "{}", res.status());
    let mine = srv.page("/sharing", Some(&amal)).await;
    assert!(
        mine.contains("Demo Coach ser ditt CV"),
        "the page says what the coach sees"
    );

    let res = srv.get(&page, Some(&coach)).await;
    assert_eq!(
        res.headers()["cache-control"].to_str().ok(),
        Some("no-store"),
        "no copy of the page kept anywhere"
    );
    let seen = res.text().await.expect("page");
    assert!(seen.contains(MARK_ONE), "the coach reads the shared CV");
    assert_eq!(looks(&srv, &amal_id).await, 1, "one entry per read");
    let pdf = srv.get(&format!("/cv/{cv}/pdf"), Some(&coach)).await;
    assert_eq!(pdf.status(), StatusCode::OK);
    assert_eq!(
        pdf.headers()["content-type"].to_str().ok(),
        Some("application/pdf")
    );
    assert_eq!(
        pdf.headers()["cache-control"].to_str().ok(),
        Some("no-store"),
        "no copy kept on the way"
    );
    let request_id = pdf.headers()["x-request-id"]
        .to_str()
        .expect("id")
        .to_string();
    assert_eq!(looks(&srv, &amal_id).await, 2);
    let log = access_log(&srv, UserId::new(amal_id.parse().expect("id"))).await;
    assert_eq!(
        log[0].request_id, request_id,
        "newest first, with its request id"
    );
    assert_eq!(log[0].how, app::sharing::ReadHow::Pdf);

    // Withdrawal takes effect on the coach's very next request.
    let res = srv
        .post_form("stop-sharing", &[], "/sharing/stop", Some(&amal))
        .await;
    assert_eq!(
        res.headers()["location"].to_str().ok(),
        Some("/sharing/stopped")
    );
    let after = srv.page(&page, Some(&coach)).await;
    assert!(!after.contains(MARK_ONE) && after.contains("Inte delat"));
    assert_eq!(
        srv.get(&format!("/cv/{cv}/pdf"), Some(&coach))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        srv.get(&format!("/cv/{cv}/json"), Some(&coach))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let res = srv
        .call(
            "shared-with-me",
            &[("person", &amal_id), ("cv", &cv)],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        looks(&srv, &amal_id).await,
        2,
        "refused reads are not logged"
    );

    // The participant sees both looks, newest first, in their language.
    let who = srv.page("/access-log", Some(&amal)).await;
    let pdf_line = who
        .find("Coach Demo Coach laddade ner ditt CV")
        .expect("pdf look");
    let view_line = who
        .find("Coach Demo Coach såg ditt CV ”Mitt CV”, tisdag 1 december \u{2066}14:02\u{2069}.")
        .expect("view look, with its day and time");
    assert!(pdf_line < view_line, "newest first");
    let history = srv.page("/sharing/history", Some(&amal)).await;
    assert!(history.contains("Du slutade dela ditt CV med Demo Coach"));
    assert!(history.contains("Du delade ditt CV"));
    assert!(history.contains("version 2"), "the wording version shown");
}

#[tokio::test]
async fn an_end_date_ends_the_share_at_the_end_of_that_stockholm_day() {
    let srv = spawn().await;
    // Saturday 24 October 2026, 12:00 Stockholm; the clocks go back that night.
    srv.clock
        .set("2026-10-24T10:00:00Z".parse().expect("instant"));
    let (amal, amal_id, cv) = participant_with_cv(&srv, "Amal Andersson", "amal", MARK_ONE).await;
    assert_eq!(
        share(&srv, &amal, &cv, "2026-10-25").await.status(),
        StatusCode::OK
    );
    let page = format!("/coach/participants/{amal_id}");
    // Sunday 25 October 23:59 Stockholm (UTC+1 after the change): still shared.
    srv.clock
        .set("2026-10-25T22:59:00Z".parse().expect("instant"));
    let coach = srv.as_coach().await;
    let amal = srv.sign_in("amal", "amal har ett långt lösenord").await;
    assert!(srv.page(&page, Some(&coach)).await.contains(MARK_ONE));
    // A minute later it is Monday in Stockholm: over, for the page and the PDF.
    srv.clock.advance(60);
    let over = srv.page(&page, Some(&coach)).await;
    assert!(!over.contains(MARK_ONE) && over.contains("Inte delat"));
    assert_eq!(
        srv.get(&format!("/cv/{cv}/pdf"), Some(&coach))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let mine = srv.page("/sharing", Some(&amal)).await;
    assert!(
        mine.contains("Din förra delning slutade"),
        "the participant is told"
    );
}

#[tokio::test]
async fn a_bad_end_date_is_refused_in_words_and_keeps_the_choice() {
    let srv = spawn().await;
    srv.clock
        .set("2026-03-27T10:00:00Z".parse().expect("instant"));
    let (amal, _, cv) = participant_with_cv(&srv, "Amal Andersson", "amal", MARK_ONE).await;
    let res = share(&srv, &amal, &cv, "2026-03-26").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("body");
    assert!(body.contains("DayPassed") && body.contains(&cv), "{body}");
    let res = share(&srv, &amal, &cv, "31/31/2026").await;
    assert!(res.text().await.expect("body").contains("BadDate"));
    let res = share(&srv, &amal, "999999", "").await;
    assert!(res.text().await.expect("body").contains("UnknownOption"));
    // Without JavaScript: the error summary, the message beside the field, the typed day.
    let res = srv
        .post_form(
            "save-sharing",
            &[("cv", &cv), ("until", "2026-03-01")],
            "/share/cv",
            Some(&amal),
        )
        .await;
    let back = res.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    let back = back.strip_prefix(&srv.base).unwrap_or(&back).to_string();
    // The error waits in the session for the next page.
    let page = srv.page(&back, Some(&amal)).await;
    assert!(page.contains("Välj en dag som inte har varit än"), "{page}");
    assert!(
        page.contains("value=\"2026-03-01\""),
        "the typed day is kept"
    );
    // Sharing today is fine: the share lasts to the end of today.
    assert_eq!(
        share(&srv, &amal, &cv, "2026-03-27").await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn deleting_the_shared_cv_ends_the_share_in_the_history_too() {
    let srv = spawn().await;
    let (amal, _, cv) = participant_with_cv(&srv, "Amal Andersson", "amal", MARK_ONE).await;
    let _second = srv.start_cv(&amal).await;
    assert_eq!(share(&srv, &amal, &cv, "").await.status(), StatusCode::OK);
    let res = srv.call("delete-cv", &[("id", &cv)], Some(&amal)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let history = srv.page("/sharing/history", Some(&amal)).await;
    assert!(
        history.contains("Du slutade dela ditt CV med Demo Coach"),
        "{history}"
    );
    assert!(srv
        .page("/sharing", Some(&amal))
        .await
        .contains("Demo Coach ser inget av ditt CV"));
}

#[tokio::test]
async fn internal_notes_never_reach_the_participant() {
    let srv = spawn().await;
    let (amal, amal_id, _) = participant_with_cv(&srv, "Amal Andersson", "amal", MARK_ONE).await;
    let coach = srv.as_coach().await;
    let add = |body: &'static str, internal: bool| {
        let (coach, amal_id) = (coach.clone(), amal_id.clone());
        let srv = &srv;
        async move {
            let mut form = vec![("person", amal_id.as_str()), ("body", body)];
            if internal {
                form.push(("internal", "on"));
            }
            srv.call("add-note", &form, Some(&coach)).await.status()
        }
    };
    assert_eq!(add("Vi ses på tisdag kl 10.", false).await, StatusCode::OK);
    assert_eq!(
        add("INTERN-anteckning om matchning", true).await,
        StatusCode::OK
    );
    assert_eq!(add("   ", false).await, StatusCode::UNPROCESSABLE_ENTITY);
    let page = srv
        .page(&format!("/coach/participants/{amal_id}"), Some(&coach))
        .await;
    assert!(page.contains("Vi ses på tisdag") && page.contains("INTERN-anteckning"));
    let caseload = srv.page("/coach", Some(&coach)).await;
    assert!(
        caseload.contains("Senaste kontakt"),
        "the note counts as contact"
    );
    for path in ["/home", "/sharing", "/access-log", "/sharing/history"] {
        let html = srv.page(path, Some(&amal)).await;
        assert!(!html.contains("INTERN-anteckning"), "{path}");
    }
    assert!(srv
        .page("/home", Some(&amal))
        .await
        .contains("Vi ses på tisdag"));
    let mine = srv.json("my-notes", &[], Some(&amal)).await;
    assert_eq!(mine.as_array().map(Vec::len), Some(1));
    // Another coach can neither read nor write them.
    let other = srv.other_coach().await;
    let res = srv
        .call("participant-notes", &[("person", &amal_id)], Some(&other))
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = srv
        .call(
            "add-note",
            &[("person", &amal_id), ("body", "x")],
            Some(&other),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_caseload_says_what_is_shared_and_counts_against_the_guideline() {
    let srv = spawn().await;
    let (amal, _, cv) = participant_with_cv(&srv, "Amal Andersson", "amal", MARK_ONE).await;
    let coach = srv.as_coach().await;
    assert_eq!(share(&srv, &amal, &cv, "").await.status(), StatusCode::OK);
    let caseload = srv.page("/coach", Some(&coach)).await;
    assert!(caseload.contains("Delar: CV"));
    assert!(
        caseload.contains("Delar inget"),
        "the demo participant shares nothing"
    );
    assert!(caseload.contains("aktiva deltagare. Riktlinjen är högst 20."));
    assert!(!caseload.contains(MARK_ONE), "the list shows no CV content");
}

/// Who asks, in the sweep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Asker {
    Anonymous,
    Owner,
    OtherParticipant,
    TheirCoach,
    OtherCoach,
    Admin,
}

/// What the owner shares, in the sweep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shared {
    FirstCv,
    Every,
    Nothing,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    OwnerOnly,
    /// The owner, and their coach while this CV (0 or 1) is shared.
    OwnerOrCoachSharing(usize),
    /// Their coach while this CV is shared.
    CoachSharing(usize),
    TheirCoach,
    /// Any participant, who gets their own.
    Participants,
}

fn allowed(rule: Rule, asker: Asker, shared: Shared) -> bool {
    let cv_shared = |n: usize| match shared {
        Shared::FirstCv => n == 0,
        Shared::Every => true,
        Shared::Nothing => false,
    };
    match rule {
        Rule::OwnerOnly => asker == Asker::Owner,
        Rule::OwnerOrCoachSharing(n) => {
            asker == Asker::Owner || (asker == Asker::TheirCoach && cv_shared(n))
        }
        Rule::CoachSharing(n) => asker == Asker::TheirCoach && cv_shared(n),
        Rule::TheirCoach => asker == Asker::TheirCoach,
        Rule::Participants => matches!(asker, Asker::Owner | Asker::OtherParticipant),
    }
}

enum Call {
    Fn(&'static str, Vec<(&'static str, String)>),
    Get(String),
}

#[tokio::test]
async fn idor_sweep_every_id_as_every_asker() {
    let srv = spawn().await;
    let (owner, owner_id, first) =
        participant_with_cv(&srv, "Amal Andersson", "amal", MARK_ONE).await;
    let second = srv.start_cv(&owner).await;
    write_profile(&srv, &owner, &second, MARK_TWO).await;
    let other_participant = srv.participant("Bo Berg", "bo").await;
    let coach = srv.as_coach().await;
    let other = srv.other_coach().await;
    let admin = srv.as_admin().await;
    let askers = [
        (Asker::Anonymous, None),
        (Asker::Owner, Some(owner.clone())),
        (Asker::OtherParticipant, Some(other_participant)),
        (Asker::TheirCoach, Some(coach)),
        (Asker::OtherCoach, Some(other)),
        (Asker::Admin, Some(admin)),
    ];
    let cvs = [first.clone(), second.clone()];
    let mut targets: Vec<(Rule, Call, bool)> = Vec::new();
    for (n, cv) in cvs.iter().enumerate() {
        let id = || vec![("id", cv.clone())];
        targets.push((Rule::OwnerOnly, Call::Fn("open-cv", id()), true));
        let mark = if n == 0 { MARK_ONE } else { MARK_TWO };
        targets.push((
            Rule::OwnerOnly,
            Call::Fn(
                "save-cv-profile",
                vec![("id", cv.clone()), ("profile", mark.to_string())],
            ),
            false,
        ));
        targets.push((Rule::OwnerOnly, Call::Fn("save-cv-on-request", id()), false));
        targets.push((Rule::OwnerOnly, Call::Fn("import-report", id()), false));
        targets.push((Rule::OwnerOnly, Call::Get(format!("/cv/{cv}")), false));
        targets.push((
            Rule::OwnerOnly,
            Call::Get(format!("/cv/{cv}/preview")),
            true,
        ));
        targets.push((
            Rule::OwnerOrCoachSharing(n),
            Call::Get(format!("/cv/{cv}/pdf")),
            false,
        ));
        targets.push((
            Rule::OwnerOrCoachSharing(n),
            Call::Get(format!("/cv/{cv}/json")),
            true,
        ));
        targets.push((
            Rule::CoachSharing(n),
            Call::Fn(
                "shared-with-me",
                vec![("person", owner_id.clone()), ("cv", cv.clone())],
            ),
            true,
        ));
        targets.push((
            Rule::CoachSharing(n),
            Call::Get(format!("/coach/participants/{owner_id}/cvs/{cv}")),
            true,
        ));
    }
    let person = || vec![("person", owner_id.clone())];
    targets.push((
        Rule::TheirCoach,
        Call::Fn("participant-account", vec![("id", owner_id.clone())]),
        false,
    ));
    targets.push((
        Rule::TheirCoach,
        Call::Fn("participant-notes", person()),
        false,
    ));
    targets.push((
        Rule::TheirCoach,
        Call::Fn(
            "add-note",
            vec![("person", owner_id.clone()), ("body", "Ringde.".into())],
        ),
        false,
    ));
    targets.push((
        Rule::TheirCoach,
        Call::Fn("shared-with-me", person()),
        false,
    ));
    targets.push((
        Rule::TheirCoach,
        Call::Get(format!("/coach/participants/{owner_id}")),
        false,
    ));
    targets.push((
        Rule::TheirCoach,
        Call::Fn("new-password-code", vec![("id", owner_id.clone())]),
        false,
    ));
    // No id: every participant gets their own (the owner's never reaches anyone else).
    targets.push((Rule::Participants, Call::Fn("access-log", vec![]), false));
    targets.push((
        Rule::Participants,
        Call::Fn("consent-history", vec![]),
        false,
    ));
    targets.push((Rule::Participants, Call::Get("/access-log".into()), false));
    targets.push((
        Rule::Participants,
        Call::Get("/sharing/history".into()),
        false,
    ));

    let mut requests = 0;
    let mut leaks = Vec::new();
    for shared in [Shared::FirstCv, Shared::Every, Shared::Nothing] {
        let choice = match shared {
            Shared::FirstCv => first.clone(),
            Shared::Every => "all".to_string(),
            Shared::Nothing => "none".to_string(),
        };
        assert_eq!(
            share(&srv, &owner, &choice, "").await.status(),
            StatusCode::OK
        );
        for (rule, call, shows_cv) in &targets {
            for (asker, cookie) in &askers {
                let cookie = cookie.as_deref();
                let res = match call {
                    Call::Fn(endpoint, form) => {
                        let form: Vec<(&str, &str)> =
                            form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                        srv.call(endpoint, &form, cookie).await
                    }
                    Call::Get(path) => srv.get(path, cookie).await,
                };
                requests += 1;
                let status = res.status();
                let body = res.text().await.unwrap_or_default();
                let what = match call {
                    Call::Fn(e, _) => e.to_string(),
                    Call::Get(p) => p.clone(),
                };
                let want = allowed(*rule, *asker, shared);
                if want {
                    if !status.is_success() {
                        leaks.push(format!("{asker:?} {shared:?} {what}: refused {status}"));
                    }
                } else {
                    let refused =
                        matches!(status.as_u16(), 401 | 403 | 404) || status.is_redirection();
                    if !refused {
                        leaks.push(format!("{asker:?} {shared:?} {what}: allowed {status}"));
                    }
                }
                // The owner's looks and consents never reach anyone else.
                if *asker != Asker::Owner
                    && (body.contains("Demo Coach l") || body.contains("Du delade"))
                {
                    leaks.push(format!(
                        "{asker:?} {shared:?} {what}: the owner's log leaked"
                    ));
                }
                // Nothing of a CV ever reaches someone who may not read it.
                for (n, mark) in [MARK_ONE, MARK_TWO].iter().enumerate() {
                    let may_read = allowed(Rule::OwnerOrCoachSharing(n), *asker, shared);
                    if body.contains(mark) && !may_read {
                        leaks.push(format!("{asker:?} {shared:?} {what}: CV {n} leaked"));
                    }
                }
                if want
                    && *shows_cv
                    && matches!(rule, Rule::CoachSharing(_))
                    && !body.contains(MARK_ONE)
                    && !body.contains(MARK_TWO)
                {
                    leaks.push(format!("{asker:?} {shared:?} {what}: shared CV not shown"));
                }
            }
        }
    }
    assert!(requests >= 300, "{requests} requests");
    assert!(
        leaks.is_empty(),
        "{} problems:\n{}",
        leaks.len(),
        leaks.join("\n")
    );

    // One log entry per read the coach was allowed: 2 downloads + 2 reads per shared CV
    // per state, plus the participant page and `shared-with-me` without a CV while
    // anything was shared (2 states × 3).
    let reads_per_shared_cv = 4;
    let shared_cv_states = 1 + 2; // FirstCv: one CV; Every: two.
    let expected = reads_per_shared_cv * shared_cv_states + 2 * 2;
    assert_eq!(
        looks(&srv, &owner_id).await,
        expected,
        "one entry per allowed read"
    );
    // Nobody read the other participant's data.
    assert_eq!(looks(&srv, &id_of(&srv, "bo").await).await, 0);
}
