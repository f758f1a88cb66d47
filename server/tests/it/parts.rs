//! Sharing every part over real HTTP: strengths, the notes on earlier jobs, languages and
//! Språkmål are each shared, read by the coach, withdrawn and refused on the very next
//! request; a last day ends a share at the end of that Stockholm day across a clock change;
//! each part read is one access-log entry; "since the last meeting" lists exactly what
//! changed after the last attended meeting in what is shared now; the caseload's practice
//! count; and an IDOR sweep in which a leak is a planted marker in any forbidden body.
use crate::common::{assert_contains, id_of, spawn, TestServer};
use app::ssr::store::UserId;
use reqwest::StatusCode;

const MARK_S: &str = "Styrka-MARK-S";
const MARK_H: &str = "Jobb-MARK-H";
const MARK_L: &str = "Språk-MARK-L";
const MARK_G: &str = "Mål-MARK-G";
const MARKS: [(&str, &str); 4] = [
    ("strengths", MARK_S),
    ("history", MARK_H),
    ("languages", MARK_L),
    ("goals", MARK_G),
];

pub(crate) async fn ok(srv: &TestServer, cookie: &str, endpoint: &str, form: &[(&str, &str)]) {
    let res = srv.call(endpoint, form, Some(cookie)).await;
    let status = res.status();
    let body = res.text().await.unwrap_or_default();
    assert_eq!(status, StatusCode::OK, "{endpoint}: {body}");
}

/// Something in every part, each with its own marker; returns the goal's id.
async fn plant(srv: &TestServer, me: &str) -> String {
    plant_marked(srv, me, [MARK_S, MARK_H, MARK_L, MARK_G]).await
}

/// A strength, a note on an earlier job, a language and a goal, named by `marks` in that
/// order; returns the goal's id.
pub(crate) async fn plant_marked(srv: &TestServer, me: &str, marks: [&str; 4]) -> String {
    let [strength, job, language, goal] = marks;
    ok(
        srv,
        me,
        "save-own-strength",
        &[("group", "heart"), ("text", strength), ("example", "")],
    )
    .await;
    ok(
        srv,
        me,
        "save-history-note",
        &[("job", job), ("why_ended", "Flyttade")],
    )
    .await;
    ok(
        srv,
        me,
        "save-language",
        &[
            ("language", language),
            ("listening", "B1"),
            ("reading", "A2"),
            ("spokenInteraction", "A2"),
            ("spokenProduction", "A2"),
            ("writing", "none"),
        ],
    )
    .await;
    let res = srv
        .call(
            "save-goal",
            &[("what", goal), ("per_week", "3"), ("until", "")],
            Some(me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    res.text().await.expect("goal id").trim().to_string()
}

pub(crate) async fn share(srv: &TestServer, me: &str, part: &str, yes: bool, until: &str) {
    let answer = if yes { "yes" } else { "no" };
    ok(
        srv,
        me,
        "save-sharing",
        &[("part", part), ("share", answer), ("until", until)],
    )
    .await;
}

async fn looks(srv: &TestServer, person: &str) -> Vec<(String, String)> {
    let id = UserId::new(person.parse().expect("id"));
    srv.on_server(move |store| async move {
        store
            .access_log(id)
            .await
            .expect("log")
            .into_iter()
            .map(|e| (e.part.code().to_string(), e.how.code().to_string()))
            .collect()
    })
    .await
}

#[tokio::test]
async fn each_part_is_shared_read_withdrawn_and_refused_on_the_next_request() {
    let srv = spawn().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    let amal_id = id_of(&srv, "amal").await;
    plant(&srv, &amal).await;
    let coach = srv.as_coach().await;
    let page = format!("/coach/participants/{amal_id}");

    // Nothing shared: each part says so, and nothing of any part is in the page.
    let html = srv.page(&page, Some(&coach)).await;
    assert_eq!(html.matches("Inte delat").count(), 6, "{html}");
    for (_, mark) in MARKS {
        assert!(!html.contains(mark), "{mark} leaked");
    }
    assert!(looks(&srv, &amal_id).await.is_empty());

    for (part, mark) in MARKS {
        share(&srv, &amal, part, true, "").await;
        let html = srv.page(&page, Some(&coach)).await;
        assert!(html.contains(mark), "{part} shared: {html}");
        for (other, other_mark) in MARKS {
            if other != part {
                assert!(!html.contains(other_mark), "{other} rode along with {part}");
            }
        }
        // The participant's own page says the coach sees it.
        let own = match part {
            "history" => "/strengths/history".to_string(),
            other => format!("/{other}"),
        };
        let mine = srv.page(&own, Some(&amal)).await;
        assert!(
            mine.contains("Din coach ser det här tills du slutar dela."),
            "{own}: {mine}"
        );
        // Withdrawn: the very next request shows "Inte delat" and nothing of it.
        share(&srv, &amal, part, false, "").await;
        let html = srv.page(&page, Some(&coach)).await;
        assert!(!html.contains(mark), "{part} withdrawn but shown");
        assert_eq!(html.matches("Inte delat").count(), 6);
        let mine = srv.page(&own, Some(&amal)).await;
        assert!(mine.contains("Din coach ser inte det här."), "{own}");
    }
    // One look per part read (one request each), none for the refused ones.
    let mut logged = looks(&srv, &amal_id).await;
    logged.sort();
    assert_eq!(
        logged,
        [
            ("goals".to_string(), "view".to_string()),
            ("history".into(), "view".into()),
            ("languages".into(), "view".into()),
            ("strengths".into(), "view".into()),
        ]
    );
    // "Vem har tittat?" says each in words.
    let who = srv.page("/access-log", Some(&amal)).await;
    for words in [
        "Coach Demo Coach såg dina styrkor,",
        "Coach Demo Coach såg dina anteckningar om tidigare jobb,",
        "Coach Demo Coach såg dina språk,",
        "Coach Demo Coach såg dina språkmål,",
    ] {
        assert!(who.contains(words), "{words}: {who}");
    }
    // The consent history lists every grant and withdrawal, by part.
    let history = srv.page("/sharing/history", Some(&amal)).await;
    for words in [
        "Du delade dina styrkor med Demo Coach.",
        "Du slutade dela dina styrkor med Demo Coach.",
        "Du delade dina språkmål med Demo Coach.",
        "Du slutade dela dina anteckningar om tidigare jobb med Demo Coach.",
    ] {
        assert!(history.contains(words), "{words}: {history}");
    }
    assert!(history.contains("version 2"));
}

#[tokio::test]
async fn a_part_is_refused_in_words_and_what_was_chosen_is_kept() {
    let srv = spawn().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    // No answer: a translated error linked to the choice; a passed day: the same.
    let res = srv
        .post_form(
            "save-sharing",
            &[("part", "goals"), ("until", "2027-01-31")],
            "/share/goals",
            Some(&amal),
        )
        .await;
    let to = res.headers()["location"]
        .to_str()
        .expect("location")
        .to_string();
    let to = to.strip_prefix(&srv.base).unwrap_or(&to).to_string();
    let html = srv.page(&to, Some(&amal)).await;
    assert!(html.contains("href=\"#share\""), "{html}");
    assert!(
        html.contains("value=\"2027-01-31\""),
        "the day is kept: {html}"
    );
    let res = srv
        .call(
            "save-sharing",
            &[("part", "goals"), ("share", "yes"), ("until", "2020-01-01")],
            Some(&amal),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // An unknown part is no part.
    let res = srv
        .call(
            "save-sharing",
            &[("part", "password"), ("share", "yes")],
            Some(&amal),
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        srv.get("/share/password", Some(&amal)).await.status(),
        StatusCode::NOT_FOUND
    );
    // Nothing was shared by any of it.
    let id = UserId::new(id_of(&srv, "amal").await.parse().expect("id"));
    let coach = UserId::new(id_of(&srv, "coach").await.parse().expect("id"));
    let shares = srv
        .on_server(move |store| async move { store.shares_of(id, coach).await.expect("shares") })
        .await;
    assert!(shares.is_empty(), "{shares:?}");
}

#[tokio::test]
async fn a_last_day_ends_every_part_at_the_end_of_that_stockholm_day() {
    let srv = spawn().await;
    // Saturday 24 October 2026, 12:00 Stockholm; the clocks go back that night.
    srv.clock
        .set("2026-10-24T10:00:00Z".parse().expect("instant"));
    let amal = srv.participant("Amal Andersson", "amal").await;
    let amal_id = id_of(&srv, "amal").await;
    plant(&srv, &amal).await;
    for (part, _) in MARKS {
        share(&srv, &amal, part, true, "2026-10-25").await;
    }
    let page = format!("/coach/participants/{amal_id}");
    // Sunday 25 October 23:59 Stockholm (winter time, UTC+1): still shared.
    srv.clock
        .set("2026-10-25T22:59:00Z".parse().expect("instant"));
    let coach = srv.as_coach().await;
    let amal = srv.sign_in("amal", "amal har ett långt lösenord").await;
    let html = srv.page(&page, Some(&coach)).await;
    for (_, mark) in MARKS {
        assert!(html.contains(mark), "{mark} on its last day: {html}");
    }
    assert!(html.contains("Till och med söndag 25 oktober"), "{html}");
    let mine = srv.page("/goals", Some(&amal)).await;
    assert!(
        mine.contains("Din coach ser det här till och med söndag 25 oktober"),
        "{mine}"
    );
    // Monday 00:00 Stockholm: every part is refused.
    srv.clock.advance(60);
    let html = srv.page(&page, Some(&coach)).await;
    for (_, mark) in MARKS {
        assert!(!html.contains(mark), "{mark} after its last day");
    }
    assert_eq!(html.matches("Inte delat").count(), 6);
    let sharing = srv.page("/sharing", Some(&amal)).await;
    assert!(
        sharing.contains("Din förra delning slutade söndag 25 oktober"),
        "{sharing}"
    );
}

/// Monday 7 December 2026, 08:00 in Stockholm.
pub(crate) const MONDAY_MORNING: &str = "2026-12-07T07:00:00Z";

/// Books the participant's first free time with the demo coach and marks it attended;
/// returns the booking's id.
pub(crate) async fn attended_meeting(srv: &TestServer, coach: &str, me: &str) -> String {
    crate::booking::publish_hours(srv, coach).await;
    let days = srv.json("free-days", &[], Some(me)).await;
    let day = days["days"][0][0].as_str().expect("a day").to_string();
    let times = srv.json("free-times", &[("day", &day)], Some(me)).await;
    let start = times["times"][0]["starts_at"].to_string();
    let res = srv
        .call(
            "book",
            &[
                ("day", &day),
                ("start", &start),
                ("key", "k"),
                ("help", "cv"),
            ],
            Some(me),
        )
        .await;
    let id = res.text().await.expect("id");
    // Recorded once the meeting has begun (10:00, after 2 h notice from 08:00).
    srv.clock.advance(2 * 3600);
    let coach = srv.as_coach().await;
    ok(
        srv,
        &coach,
        "record-attendance",
        &[("id", &id), ("attendance", "attended")],
    )
    .await;
    id
}

#[tokio::test]
async fn since_the_last_meeting_lists_what_changed_after_it_in_what_is_shared() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    let amal_id = id_of(&srv, "amal").await;
    let goal = plant(&srv, &amal).await;
    for part in ["strengths", "languages", "goals"] {
        share(&srv, &amal, part, true, "").await;
    }
    let page = format!("/coach/participants/{amal_id}");
    let html = srv.page(&page, Some(&coach)).await;
    assert!(
        html.contains("Inget möte är markerat som genomfört än."),
        "{html}"
    );
    // The meeting (09:00 at the earliest, after 2 h notice: 10:00–10:45), then the day after.
    attended_meeting(&srv, &coach, &amal).await;
    srv.clock.advance(24 * 3600);
    // Signed in again a day later (a session ends when idle).
    let coach = srv.as_coach().await;
    let amal = srv.sign_in("amal", "amal har ett långt lösenord").await;
    let html = srv.page(&page, Some(&coach)).await;
    assert!(
        html.contains("Inget av det som delas har ändrats sedan dess."),
        "what was there before the meeting is no change: {html}"
    );

    // Changes after it: a strength, a level, practice, a pause; and the notes and a CV,
    // which are not shared.
    ok(
        &srv,
        &amal,
        "save-own-strength",
        &[("group", "hands"), ("text", "Snickrar"), ("example", "")],
    )
    .await;
    ok(
        &srv,
        &amal,
        "save-language",
        &[
            ("n", "1"),
            ("was", MARK_L),
            ("language", MARK_L),
            ("listening", "B2"),
            ("reading", "A2"),
            ("spokenInteraction", "A2"),
            ("spokenProduction", "A2"),
            ("writing", "none"),
        ],
    )
    .await;
    ok(&srv, &amal, "practised", &[("id", &goal)]).await;
    ok(
        &srv,
        &amal,
        "practised",
        &[("id", &goal), ("day", "2026-12-07")],
    )
    .await;
    ok(
        &srv,
        &amal,
        "goal-state",
        &[("id", &goal), ("how", "pause"), ("reason", "ill")],
    )
    .await;
    ok(
        &srv,
        &amal,
        "save-history-note",
        &[("job", "Hemligt-jobb-SINCE"), ("why_ended", "x")],
    )
    .await;
    // Added and taken away again after the meeting: never told.
    ok(
        &srv,
        &amal,
        "save-interests",
        &[("interests", "Tillfälligt-SINCE")],
    )
    .await;
    ok(&srv, &amal, "save-interests", &[("interests", "")]).await;
    let cv = srv.start_cv(&amal).await;
    ok(
        &srv,
        &amal,
        "save-cv-profile",
        &[("id", &cv), ("profile", "CV-SINCE")],
    )
    .await;

    let html = srv.page(&page, Some(&coach)).await;
    assert_contains(
        &html,
        &[
            "Förra genomförda mötet: måndag 7 december",
            "Ny styrka: Snickrar.",
            "Hörförståelse: nu B2.",
            "2 övningsdagar loggade för ”Mål-MARK-G”.",
            "”Mål-MARK-G” pausades. Skäl: Jag är sjuk.",
        ],
    );
    for absent in [
        "Hemligt-jobb-SINCE",
        "Tillfälligt-SINCE",
        "CV:t ”",
        "Ny styrka: Styrka-MARK-S",
    ] {
        assert!(!html.contains(absent), "{absent} listed: {html}");
    }
    // Withdrawn, a part's changes go too.
    share(&srv, &amal, "goals", false, "").await;
    let html = srv.page(&page, Some(&coach)).await;
    assert!(!html.contains("övningsdagar"), "{html}");
    assert!(html.contains("Ny styrka: Snickrar."));
}

#[tokio::test]
async fn the_caseload_counts_practice_only_for_those_who_share_goals() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let amal = srv.participant("Amal Andersson", "amal").await;
    let bo = srv.participant("Bo Berg", "bo").await;
    for me in [&amal, &bo] {
        let goal = plant(&srv, me).await;
        ok(&srv, me, "practised", &[("id", &goal)]).await;
    }
    share(&srv, &amal, "goals", true, "").await;
    share(&srv, &bo, "strengths", true, "").await;
    // Six days later: one day practised of the three a week planned over seven days.
    srv.clock.advance(6 * 24 * 3600);
    let coach = srv.as_coach().await;
    let caseload = srv.page("/coach", Some(&coach)).await;
    let amal_row = caseload
        .split("<li>")
        .find(|row| row.contains("Amal Andersson"))
        .expect("Amal's row");
    assert!(
        amal_row.contains("Språkmål: övade 1 av 3 planerade dagar de senaste 14 dagarna"),
        "{amal_row}"
    );
    assert!(amal_row.contains("Delar: Språkmål"), "{amal_row}");
    let bo_row = caseload
        .split("<li>")
        .find(|row| row.contains("Bo Berg"))
        .expect("Bo's row");
    assert!(!bo_row.contains("övade"), "nothing implied: {bo_row}");
    assert!(bo_row.contains("Delar: Styrkor"), "{bo_row}");
    for (_, mark) in MARKS {
        assert!(!caseload.contains(mark));
    }
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

#[tokio::test]
async fn idor_sweep_every_part_as_every_asker_with_planted_markers() {
    let srv = spawn().await;
    let owner = srv.participant("Amal Andersson", "amal").await;
    let owner_id = id_of(&srv, "amal").await;
    let goal = plant(&srv, &owner).await;
    let other_participant = srv.participant("Bo Berg", "bo").await;
    let coach = srv.as_coach().await;
    let other_coach = srv.other_coach().await;
    let admin = srv.as_admin().await;
    let askers = [
        (Asker::Anonymous, None),
        (Asker::Owner, Some(owner.clone())),
        (Asker::OtherParticipant, Some(other_participant)),
        (Asker::TheirCoach, Some(coach)),
        (Asker::OtherCoach, Some(other_coach)),
        (Asker::Admin, Some(admin)),
    ];
    enum Call {
        Fn(&'static str, Vec<(&'static str, String)>),
        Get(String),
    }
    // The coach's ways in, and every way the owner reads their own parts.
    let person = || vec![("person", owner_id.clone())];
    let mut targets = vec![
        Call::Fn("shared-parts", person()),
        Call::Fn("shared-with-me", person()),
        Call::Get(format!("/coach/participants/{owner_id}")),
        Call::Get("/coach".into()),
        Call::Fn("caseload", vec![]),
        Call::Fn("my-strengths", vec![]),
        Call::Fn("my-history-notes", vec![]),
        Call::Fn("my-languages", vec![]),
        Call::Fn("my-language", vec![("n", "1".into())]),
        Call::Fn("my-goals", vec![]),
        Call::Fn("goal", vec![("id", goal.clone())]),
        Call::Get(format!("/goals/{goal}")),
        Call::Get(format!("/goals/{goal}/edit")),
        Call::Get("/languages/1".into()),
        Call::Fn("sharing", vec![]),
    ];
    for path in [
        "/strengths",
        "/strengths/pick",
        "/strengths/own",
        "/strengths/examples",
        "/strengths/interests",
        "/strengths/work",
        "/strengths/conditions",
        "/strengths/history",
        "/languages",
        "/goals",
        "/sharing",
        "/share/strengths",
        "/share/history",
        "/home",
    ] {
        targets.push(Call::Get(path.into()));
    }
    // Each part alone, all of them, none.
    let mut states: Vec<Vec<&str>> = MARKS.iter().map(|(p, _)| vec![*p]).collect();
    states.push(MARKS.iter().map(|(p, _)| *p).collect());
    states.push(Vec::new());

    let mut requests = 0;
    let mut leaks = Vec::new();
    for shared in &states {
        for (part, _) in MARKS {
            share(&srv, &owner, part, shared.contains(&part), "").await;
        }
        for call in &targets {
            for (asker, cookie) in &askers {
                let cookie = cookie.as_deref();
                let (what, res) = match call {
                    Call::Fn(endpoint, form) => {
                        let form: Vec<(&str, &str)> =
                            form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                        (
                            endpoint.to_string(),
                            srv.call(endpoint, &form, cookie).await,
                        )
                    }
                    Call::Get(path) => (path.clone(), srv.get(path, cookie).await),
                };
                requests += 1;
                let status = res.status();
                let body = res.text().await.unwrap_or_default();
                for (part, mark) in MARKS {
                    let may = *asker == Asker::Owner
                        || (*asker == Asker::TheirCoach && shared.contains(&part));
                    if body.contains(mark) && !may {
                        leaks.push(format!("{asker:?} {shared:?} {what}: {part} leaked"));
                    }
                }
                // What the coach may read is there on the pages that show it.
                if *asker == Asker::TheirCoach
                    && (what == "shared-parts" || what.starts_with("/coach/participants/"))
                {
                    if !status.is_success() {
                        leaks.push(format!("{shared:?} {what}: refused {status}"));
                    }
                    for (part, mark) in MARKS {
                        if shared.contains(&part) && !body.contains(mark) {
                            leaks.push(format!("{shared:?} {what}: shared {part} not shown"));
                        }
                    }
                }
                // Only the assigned coach gets an answer from the coach's functions.
                if what == "shared-parts"
                    && *asker != Asker::TheirCoach
                    && !matches!(status.as_u16(), 401 | 403 | 404)
                {
                    leaks.push(format!("{asker:?} {shared:?} {what}: allowed {status}"));
                }
            }
        }
    }
    println!("IDOR sweep over the shared parts: {requests} requests");
    assert!(requests >= 1000, "{requests} requests");
    assert!(
        leaks.is_empty(),
        "{} problems:\n{}",
        leaks.len(),
        leaks.join("\n")
    );
    // Nobody read the other participant's data.
    assert!(looks(&srv, &id_of(&srv, "bo").await).await.is_empty());
}

#[tokio::test]
async fn a_page_carries_only_the_data_it_shows() {
    let srv = spawn().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    plant(&srv, &amal).await;
    // The notes on earlier jobs are on their own page only: not in the HTML (text or page
    // data) of any other page.
    for path in [
        "/strengths",
        "/strengths/pick",
        "/strengths/own",
        "/strengths/examples",
        "/strengths/interests",
        "/strengths/work",
        "/strengths/conditions",
        "/sharing",
        "/share/history",
        "/home",
    ] {
        let html = srv.page(path, Some(&amal)).await;
        assert!(!html.contains(MARK_H), "{path} carries the notes");
    }
    assert!(srv
        .page("/strengths/history", Some(&amal))
        .await
        .contains(MARK_H));
    // The sharing page says what the coach always sees of the arrangements asked for.
    let sharing = srv.page("/sharing", Some(&amal)).await;
    assert!(sharing.contains("Det du ber om att få ordnat till en bokad tid"));
    // The sharing pages name the parts, never what is in them.
    for path in ["/sharing", "/share/strengths", "/share/goals"] {
        let html = srv.page(path, Some(&amal)).await;
        for (_, mark) in MARKS {
            assert!(!html.contains(mark), "{path} carries {mark}");
        }
    }
}
