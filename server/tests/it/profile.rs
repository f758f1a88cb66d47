//! The career profile over real HTTP and SQLite. "Mina språk": a language rated in the five
//! skills, SFI and where a language was used; the levels go into a CV (preview grid, PDF,
//! JSON Resume). "Mina styrkor": strengths picked and in own words with examples,
//! interests, work wanted, conditions, private notes; strengths and interests go into a CV.
//! Nobody but the owner reaches any of it; bad input is refused in words, what was typed
//! kept.
use crate::common::{assert_contains, spawn, TestServer};
use app::profile::store::ProfilePart;
use app::ssr::store::UserId;
use reqwest::StatusCode;
use std::sync::Arc;

const SWEDISH: &[(&str, &str)] = &[
    ("language", "Svenska"),
    ("listening", "B1"),
    ("reading", "A2"),
    ("spokenInteraction", "A2"),
    ("spokenProduction", "A2"),
    ("writing", "none"),
];

pub(crate) fn location(srv: &TestServer, res: &reqwest::Response) -> String {
    let to = res.headers()["location"].to_str().expect("location");
    to.strip_prefix(&srv.base).unwrap_or(to).to_string()
}

pub(crate) async fn stored(srv: &TestServer, login: &str) -> serde_json::Value {
    stored_part(srv, login, ProfilePart::Languages).await
}

async fn stored_part(srv: &TestServer, login: &str, part: ProfilePart) -> serde_json::Value {
    let login = login.to_string();
    srv.on_server(move |store| async move {
        let id: UserId = store
            .find_user_by_login(&login)
            .await
            .expect("store")
            .expect("user")
            .id;
        store
            .profile_part(id, part)
            .await
            .expect("store")
            .map(|r| serde_json::from_str(&r.document).expect("json"))
            .unwrap_or(serde_json::Value::Null)
    })
    .await
}

/// Every call in `calls` is refused to a coach and an admin (403) and to anyone not signed
/// in (401), and no answer carries `secret` (a value of the owner's).
pub(crate) async fn refused_to_all_but_the_owner(
    srv: &TestServer,
    calls: &[(&str, Vec<(&str, &str)>)],
    coach: &str,
    admin: &str,
    secret: &str,
) {
    for (endpoint, form) in calls {
        for (who, cookie, expected) in [
            ("the coach", Some(coach), StatusCode::FORBIDDEN),
            ("an admin", Some(admin), StatusCode::FORBIDDEN),
            ("anonymous", None, StatusCode::UNAUTHORIZED),
        ] {
            let res = srv.call(endpoint, form, cookie).await;
            let status = res.status();
            let body = res.text().await.expect("body");
            assert_eq!(status, expected, "{endpoint} as {who}: {body}");
            assert!(!body.contains(secret), "{endpoint} as {who}");
        }
    }
}

#[tokio::test]
async fn languages_are_rated_and_go_into_the_cv() {
    let srv = spawn().await;
    srv.clock
        .set("2026-12-07T09:00:00Z".parse().expect("instant"));
    let me = srv.as_participant().await;

    // Without JavaScript: the form posts, the list says it in words.
    let res = srv
        .post_form("save-language", SWEDISH, "/languages/new", Some(&me))
        .await;
    assert_eq!(location(&srv, &res), "/languages?saved=1");
    let res = srv
        .post_form(
            "save-language",
            &[("language", "Arabiska"), ("native", "on")],
            "/languages/new",
            Some(&me),
        )
        .await;
    assert_eq!(location(&srv, &res), "/languages?saved=1");
    let res = srv
        .post_form(
            "save-sfi",
            &[("path", "2"), ("current", "C"), ("passed_B", "2026-06-10")],
            "/languages/sfi",
            Some(&me),
        )
        .await;
    assert_eq!(location(&srv, &res), "/languages?sfi=1#sfi");
    let res = srv
        .post_form(
            "save-language-use",
            &[
                ("kind", "practice"),
                ("language", "svenska"),
                ("place", "ICA Maxi Haninge"),
                ("from", "2026-03"),
                ("to", "2026-05"),
            ],
            "/languages/used/new",
            Some(&me),
        )
        .await;
    assert_eq!(location(&srv, &res), "/languages?used=1#used");
    let page = srv.page("/languages?saved=1", Some(&me)).await;
    assert_contains(
        &page,
        &[
            "Språket är sparat.",
            "<h3 dir=\"auto\">Svenska</h3>",
            "Hörförståelse",
            "B1",
            "Inte än",
            "Arabiska",
            "Modersmål",
            "Studieväg 2",
            "Läser kurs C nu",
            "Ungefärlig nivå efter SFI: A1",
            "Kurs B klar onsdag 10 juni 2026",
            "Nivåerna är ungefärliga.",
            "Språkpraktik",
            "ICA Maxi Haninge",
            "2026-03 – 2026-05",
        ],
    );
    // The name's screen shows the name; a skill's screen the stored choice, as a
    // sentence, checked.
    let form = srv.page("/languages/1", Some(&me)).await;
    assert!(form.contains("value=\"Svenska\""), "{form}");
    let form = srv.page("/languages/1/skill/listening", Some(&me)).await;
    assert!(
        form.contains("id=\"listening-B1\" name=\"listening\" value=\"B1\" checked"),
        "{form}"
    );
    assert!(
        form.contains("B1 – Jag förstår"),
        "descriptors, not codes alone: {form}"
    );
    // In English and Arabic the page is complete (no key names leak).
    for lang in ["en", "ar"] {
        let res = srv
            .client
            .get(format!("{}/languages", srv.base))
            .header(
                "cookie",
                format!("{me}; {}={lang}", app::i18n::LOCALE_COOKIE),
            )
            .send()
            .await
            .expect("page");
        let page = res.text().await.expect("page");
        assert!(!page.contains("lang-") && !page.contains("sfi-"), "{page}");
    }

    // Into a CV that already lists Swedish in words: the grid replaces the words.
    let cv = srv.cv_with_swedish_in_words(&me).await;
    let res = srv
        .post_form(
            "profile-to-cv",
            &[("cv", &cv), ("part", "languages")],
            "/languages",
            Some(&me),
        )
        .await;
    assert_eq!(
        location(&srv, &res),
        format!("/cv/{cv}/preview?languages=1")
    );
    let preview = srv.page(&format!("/cv/{cv}/preview"), Some(&me)).await;
    assert_contains(
        &preview,
        &[
            "<table class=\"cv-table\">",
            "<th scope=\"col\">Läsförståelse</th>",
            "<th scope=\"row\" dir=\"auto\">svenska</th>",
            "<td>B1</td>",
            "Arabiska – Modersmål",
        ],
    );
    assert!(!preview.contains("Ganska bra"), "{preview}");
    let json = srv.json_resume(&cv, &me).await;
    let languages = json["languages"].as_array().expect("languages");
    assert_eq!(languages[0]["language"], "svenska");
    assert_eq!(languages[0]["fluency"], "A2");
    assert_eq!(languages[0]["x-vagval-cefr"]["listening"], "B1");
    assert_eq!(languages[1]["fluency"], "Modersmål");
    let pdf = srv.get(&format!("/cv/{cv}/pdf"), Some(&me)).await;
    assert_eq!(pdf.status(), StatusCode::OK);
    assert!(pdf.bytes().await.expect("pdf").starts_with(b"%PDF"));

    // Changing and removing: by the number and the name the page showed.
    let mut changed = SWEDISH.to_vec();
    changed.extend([("n", "1"), ("was", "Svenska")]);
    changed[1] = ("listening", "B2");
    let res = srv.call("save-language", &changed, Some(&me)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        stored(&srv, "deltagare").await["languages"][0]["grid"][0],
        "B2"
    );
    // A second tap on "remove" after the first removed it: nothing else goes.
    for _ in 0..2 {
        let res = srv
            .call(
                "remove-language",
                &[("n", "1"), ("was", "Svenska")],
                Some(&me),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    let doc = stored(&srv, "deltagare").await;
    assert_eq!(doc["languages"].as_array().map(Vec::len), Some(1));
    assert_eq!(doc["languages"][0]["name"], "Arabiska");
    // A form drawn before that removal (Arabiska was number 2) still changes Arabiska,
    // now number 1, and nothing else.
    let res = srv
        .call(
            "save-language",
            &[
                ("n", "2"),
                ("was", "Arabiska"),
                ("language", "Arabiska (levantinska)"),
                ("native", "on"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let doc = stored(&srv, "deltagare").await;
    assert_eq!(doc["languages"].as_array().map(Vec::len), Some(1));
    assert_eq!(doc["languages"][0]["name"], "Arabiska (levantinska)");
}

#[tokio::test]
async fn a_json_resume_with_cefr_levels_fills_the_grid() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let resume = serde_json::json!({
        "basics": {"name": "Amal"},
        "languages": [
            {"language": "Svenska", "fluency": "B1 (Intermediate)"},
            {"language": "Arabic", "fluency": "Native speaker"},
            {"language": "Engelska", "fluency": "Lite"}
        ]
    })
    .to_string();
    let part = reqwest::multipart::Part::bytes(resume.into_bytes()).file_name("resume.json");
    let res = srv
        .client
        .post(format!("{}/api/import-cv", srv.base))
        .headers(srv.same_origin(Some(&me)))
        .header("accept", "application/json")
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .expect("import");
    let status = res.status();
    let body = res.text().await.expect("body");
    assert_eq!(status, StatusCode::OK, "{body}");
    let cv = body.trim().trim_matches('"').to_string();
    let preview = srv.page(&format!("/cv/{cv}/preview"), Some(&me)).await;
    assert!(
        preview.contains("<th scope=\"row\" dir=\"auto\">Svenska</th><td>B1</td><td>B1</td>"),
        "{preview}"
    );
    assert!(preview.contains("Arabic – Modersmål"), "{preview}");
    assert!(preview.contains("Engelska – Lite"), "{preview}");
}

#[tokio::test]
async fn only_the_owner_reaches_their_languages() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let res = srv.call("save-language", SWEDISH, Some(&me)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let cv = srv.start_cv(&me).await;
    let other = srv.participant("Bo Berg", "bo").await;
    let coach = srv.as_coach().await;
    let admin = srv.as_admin().await;
    let mut edit = SWEDISH.to_vec();
    edit.extend([("n", "1"), ("was", "Svenska")]);
    let calls: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("my-languages", vec![]),
        ("my-language", vec![("n", "1")]),
        ("save-language", edit),
        ("remove-language", vec![("n", "1"), ("was", "Svenska")]),
        ("save-sfi", vec![("path", "1")]),
        (
            "save-language-use",
            vec![("kind", "job"), ("language", "x"), ("place", "y")],
        ),
        ("remove-language-use", vec![("n", "1"), ("was", "y")]),
        ("profile-to-cv", vec![("cv", &cv), ("part", "languages")]),
    ];
    refused_to_all_but_the_owner(&srv, &calls, &coach, &admin, "B1").await;
    // Another participant reaches only their own (empty) list, never this one; and never
    // this participant's CV.
    let res = srv.call("my-languages", &[], Some(&other)).await;
    let body = res.text().await.expect("body");
    assert!(!body.contains("Svenska"), "{body}");
    let res = srv.call("my-language", &[("n", "1")], Some(&other)).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = srv
        .call(
            "save-language",
            &[("language", "Finska"), ("native", "on")],
            Some(&other),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = srv
        .call(
            "profile-to-cv",
            &[("cv", &cv), ("part", "languages")],
            Some(&other),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let json = srv.page(&format!("/cv/{cv}/json"), Some(&me)).await;
    assert!(!json.contains("Finska"), "{json}");
    let page = srv.page("/languages/1", Some(&other)).await;
    // (The language menu says "Svenska" on every page: look at the form's value.)
    assert!(
        !page.contains("value=\"Svenska\"") && page.contains("value=\"Finska\""),
        "{page}"
    );
    // The owner's list is as it was.
    let doc = stored(&srv, "deltagare").await;
    assert_eq!(doc["languages"][0]["name"], "Svenska");
    assert_eq!(doc["languages"].as_array().map(Vec::len), Some(1));
}

#[tokio::test]
async fn bad_language_input_is_refused_in_words_and_kept() {
    let srv = spawn().await;
    srv.clock
        .set("2026-12-07T09:00:00Z".parse().expect("instant"));
    let me = srv.as_participant().await;
    let long = "x".repeat(61);
    // Without JavaScript: the form again, the problem linked, what was typed kept.
    let res = srv
        .post_form(
            "save-language",
            &[("language", &long), ("native", "on")],
            "/languages/new",
            Some(&me),
        )
        .await;
    let page = srv.page(&location(&srv, &res), Some(&me)).await;
    assert!(page.contains("href=\"#language\""), "{page}");
    assert!(page.contains(&format!("value=\"{long}\"")), "{page}");
    assert!(
        page.contains("id=\"native\" name=\"native\" value=\"on\" checked"),
        "the choice made stays: {page}"
    );
    // A skill's screen sent with nothing chosen: the same screen, the problem linked.
    // (Posting a whole grid at once, as a script may, is refused skill by skill.)
    let res = srv
        .call(
            "save-language",
            &[
                ("language", "Finska"),
                ("listening", "B3"),
                ("reading", "A2"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("body");
    assert!(
        body.contains("UnknownOption") && body.contains("listening"),
        "{body}"
    );
    assert!(
        !body.contains("ChooseOne"),
        "the other skills are asked later: {body}"
    );
    assert_eq!(stored(&srv, "deltagare").await, serde_json::Value::Null);

    // The same language twice.
    let res = srv.call("save-language", SWEDISH, Some(&me)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let mut again = SWEDISH.to_vec();
    again[0] = ("language", " SVENSKA ");
    let res = srv.call("save-language", &again, Some(&me)).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.expect("body").contains("Duplicate"));

    // At most 20 languages.
    for i in 1..20 {
        let name = format!("Språk {i}");
        let res = srv
            .call(
                "save-language",
                &[("language", &name), ("native", "on")],
                Some(&me),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    let res = srv
        .call(
            "save-language",
            &[("language", "Ett till"), ("native", "on")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.expect("body").contains("TooManyLanguages"));
    let page = srv.page("/languages", Some(&me)).await;
    assert!(page.contains("Du har redan 20 språk."), "{page}");

    // SFI: a course off the path, a passed day still to come, a day that is no day.
    let res = srv
        .post_form(
            "save-sfi",
            &[
                ("path", "3"),
                ("current", "A"),
                ("passed_C", "2027-01-10"),
                ("passed_D", "igår"),
            ],
            "/languages/sfi",
            Some(&me),
        )
        .await;
    let page = srv.page(&location(&srv, &res), Some(&me)).await;
    assert_contains(
        &page,
        &[
            "href=\"#current\"",
            "Den kursen finns inte på din studieväg.",
            "href=\"#passed_C\"",
            "Den dagen har inte kommit än.",
            "href=\"#passed_D\"",
            "value=\"igår\"",
        ],
    );

    // A place: kind, language and place needed; dates in order; at most 20.
    let res = srv
        .call(
            "save-language-use",
            &[("from", "2026-05"), ("to", "2025")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("body");
    assert_contains(&body, &["ChooseOne", "Required", "EndBeforeStart"]);
    for i in 0..20 {
        let place = format!("Plats {i}");
        let res = srv
            .call(
                "save-language-use",
                &[("kind", "job"), ("language", "svenska"), ("place", &place)],
                Some(&me),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    let res = srv
        .call(
            "save-language-use",
            &[
                ("kind", "job"),
                ("language", "svenska"),
                ("place", "En till"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.expect("body").contains("TooManyUses"));
}

#[tokio::test]
async fn saves_sent_at_once_are_all_kept() {
    // Each save is applied again to what the others saved (compare-and-set), so five forms
    // sent at once (five tabs, a double tap) all count.
    let srv = Arc::new(spawn().await);
    let me = srv.as_participant().await;
    let mut tasks = Vec::new();
    for i in 0..5 {
        let (srv, me) = (srv.clone(), me.clone());
        tasks.push(tokio::spawn(async move {
            let name = format!("Språk {i}");
            srv.call(
                "save-language",
                &[("language", &name), ("native", "on")],
                Some(&me),
            )
            .await
            .status()
        }));
    }
    for task in tasks {
        assert_eq!(task.await.expect("task"), StatusCode::OK);
    }
    let doc = stored(&srv, "deltagare").await;
    assert_eq!(doc["languages"].as_array().map(Vec::len), Some(5));
}

#[tokio::test]
async fn strengths_interests_and_conditions_are_recorded_and_go_into_the_cv() {
    let srv = spawn().await;
    srv.clock
        .set("2026-12-07T09:00:00Z".parse().expect("instant"));
    let me = srv.as_participant().await;
    let ok = |res: reqwest::Response| {
        assert!(
            res.status().is_redirection(),
            "{} {:?}",
            res.status(),
            res.headers().get("location")
        );
    };
    // Without JavaScript, every form a plain post.
    ok(srv
        .post_form(
            "save-picks",
            &[
                ("pick-heart-reliable", "on"),
                ("pick-hands-cooking", "on"),
                ("pick-head-children", "on"),
            ],
            "/strengths/pick",
            Some(&me),
        )
        .await);
    ok(srv
        .post_form(
            "save-own-strength",
            &[
                ("group", "head"),
                ("text", "Tolkar tigrinja"),
                ("example", "Hjälpte grannen hos läkaren"),
            ],
            "/strengths/own",
            Some(&me),
        )
        .await);
    ok(srv
        .post_form(
            "save-examples",
            &[
                ("ex-hands-cooking", "Lagade mat till 40 personer på Eid"),
                (
                    "ex-own-1",
                    "Hjälpte grannen hos läkaren och på Migrationsverket",
                ),
            ],
            "/strengths/examples",
            Some(&me),
        )
        .await);
    ok(srv
        .post_form(
            "save-interests",
            &[
                ("interests", "Fotboll\nMatlagning"),
                ("cares", "Min familj"),
            ],
            "/strengths/interests",
            Some(&me),
        )
        .await);
    ok(srv
        .post_form(
            "save-work-goals",
            &[("work_goals", "Kock\nBarnskötare")],
            "/strengths/work",
            Some(&me),
        )
        .await);
    ok(srv
        .post_form(
            "save-conditions",
            &[
                ("hours", "part"),
                ("physical", "light"),
                ("physical_note", "Ont i ryggen"),
                ("place", "indoor"),
                ("travel", "hour"),
                ("means-transit", "on"),
                ("earliest", "2027-01-11"),
            ],
            "/strengths/conditions",
            Some(&me),
        )
        .await);
    ok(srv
        .post_form(
            "save-history-note",
            &[
                ("job", "Diskare på Restaurang Aleppo"),
                ("worked", "Bra kollegor"),
                ("why_ended", "Restaurangen stängde"),
            ],
            "/strengths/history",
            Some(&me),
        )
        .await);
    // The one-screen summary.
    let page = srv.page("/strengths", Some(&me)).await;
    assert_contains(
        &page,
        &[
            "Pålitlig",
            "Laga mat",
            "Lagade mat till 40 personer på Eid",
            "Barn och unga",
            "Tolkar tigrinja",
            "Fotboll",
            "Min familj",
            "Kock",
            "Barnskötare",
            "Hur mycket vill du arbeta? Deltid",
            "Hur tungt arbete klarar du? Lätt arbete (\u{2068}Ont i ryggen\u{2069})",
            "Buss, tåg eller tunnelbana",
            "Kan börja \u{2066}2027-01-11\u{2069}",
        ],
    );
    // The notes have their own page.
    let notes = srv.page("/strengths/history", Some(&me)).await;
    assert!(notes.contains("Restaurangen stängde"), "{notes}");
    // The pick page shows what was picked, ticked.
    let pick = srv.page("/strengths/pick", Some(&me)).await;
    assert!(
        pick.contains("name=\"pick-hands-cooking\" value=\"on\" checked"),
        "{pick}"
    );
    // Unticking keeps the others and their examples.
    ok(srv
        .post_form(
            "save-picks",
            &[("pick-hands-cooking", "on"), ("pick-head-children", "on")],
            "/strengths/pick",
            Some(&me),
        )
        .await);
    let doc = stored_part(&srv, "deltagare", ProfilePart::Strengths).await;
    assert_eq!(doc["picked"].as_array().map(Vec::len), Some(2));
    assert_eq!(
        doc["picked"][0]["example"],
        "Lagade mat till 40 personer på Eid"
    );

    // Into an English CV: the list's words in English, own words as typed, interests.
    let cv = srv.start_cv(&me).await;
    let res = srv
        .call(
            "save-cv-settings",
            &[("id", &cv), ("title", "Kitchen"), ("language", "en")],
            Some(&me),
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let res = srv
        .post_form(
            "profile-to-cv",
            &[("cv", &cv), ("part", "strengths")],
            "/strengths",
            Some(&me),
        )
        .await;
    assert_eq!(
        location(&srv, &res),
        format!("/cv/{cv}/preview?strengths=1")
    );
    let preview = srv
        .page(&format!("/cv/{cv}/preview?strengths=1"), Some(&me))
        .await;
    assert_contains(
        &preview,
        &[
            "Dina styrkor och intressen finns nu i CV:t.",
            "Cooking",
            "Children and young people",
            "Tolkar tigrinja",
            "Interests",
            "Fotboll",
        ],
    );
    let json = srv.json_resume(&cv, &me).await;
    assert_eq!(json["interests"][0]["name"], "Fotboll");
    assert_eq!(json["interests"][1]["name"], "Matlagning");
    let skills: Vec<&str> = json["skills"]
        .as_array()
        .expect("skills")
        .iter()
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert_eq!(
        skills,
        ["Cooking", "Children and young people", "Tolkar tigrinja"]
    );
}

#[tokio::test]
async fn only_the_owner_reaches_their_strengths_and_bad_input_is_refused() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let res = srv
        .call(
            "save-history-note",
            &[("job", "Städare"), ("why_ended", "Hemlig anledning")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let cv = srv.start_cv(&me).await;
    let coach = srv.as_coach().await;
    let admin = srv.as_admin().await;
    let calls: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("my-strengths", vec![]),
        ("save-picks", vec![("pick-heart-calm", "on")]),
        ("save-own-strength", vec![("group", "heart"), ("text", "x")]),
        ("remove-own-strength", vec![("n", "1"), ("was", "x")]),
        ("save-examples", vec![("ex-own-1", "x")]),
        ("save-interests", vec![("interests", "x")]),
        ("save-work-goals", vec![("work_goals", "x")]),
        ("save-conditions", vec![("hours", "full")]),
        ("save-history-note", vec![("job", "x")]),
        ("remove-history-note", vec![("n", "1"), ("was", "Städare")]),
        ("profile-to-cv", vec![("cv", &cv), ("part", "strengths")]),
    ];
    refused_to_all_but_the_owner(&srv, &calls, &coach, &admin, "Hemlig").await;
    let other = srv.participant("Bo Berg", "bo").await;
    let res = srv.call("my-strengths", &[], Some(&other)).await;
    assert!(!res.text().await.expect("body").contains("Hemlig"));
    let res = srv
        .call(
            "remove-history-note",
            &[("n", "1"), ("was", "Städare")],
            Some(&other),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "their own (empty) notes");
    let res = srv
        .call(
            "profile-to-cv",
            &[("cv", &cv), ("part", "strengths")],
            Some(&other),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let doc = stored_part(&srv, "deltagare", ProfilePart::History).await;
    assert_eq!(doc["notes"][0]["why_ended"], "Hemlig anledning");
    // The notes are a part of their own: the strengths carry none of them.
    let strengths = stored_part(&srv, "deltagare", ProfilePart::Strengths).await;
    assert!(strengths.get("history").is_none(), "{strengths}");

    // Bad input: an unknown strength, an answer not offered, too many lines, too long.
    let res = srv
        .post_form(
            "save-picks",
            &[("pick-heart-calm", "on"), ("pick-heart-wizard", "on")],
            "/strengths/pick",
            Some(&me),
        )
        .await;
    let page = srv.page(&location(&srv, &res), Some(&me)).await;
    assert!(page.contains("href=\"#pick-heart\""), "{page}");
    assert!(page.contains("Välj ett av alternativen."), "{page}");
    assert!(
        page.contains("name=\"pick-heart-calm\" value=\"on\" checked"),
        "what was ticked stays: {page}"
    );
    let many = (0..21)
        .map(|i| format!("Intresse {i}"))
        .collect::<Vec<_>>()
        .join("\n");
    let res = srv
        .post_form(
            "save-interests",
            &[("interests", &many), ("cares", &"x".repeat(1001))],
            "/strengths/interests",
            Some(&me),
        )
        .await;
    let page = srv.page(&location(&srv, &res), Some(&me)).await;
    assert_contains(
        &page,
        &[
            "href=\"#interests\"",
            "Skriv högst 20 intressen.",
            "href=\"#cares\"",
            "Intresse 20",
        ],
    );
    let res = srv
        .call(
            "save-conditions",
            &[("hours", "always"), ("earliest", "snart")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.expect("body");
    assert!(
        body.contains("UnknownOption") && body.contains("BadDay"),
        "{body}"
    );
    let res = srv
        .call("save-own-strength", &[("text", "Snäll")], Some(&me))
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.expect("body").contains("ChooseOne"));
    // The same own words twice: said, not silently dropped (the same form sent twice is
    // no error).
    for _ in 0..2 {
        let res = srv
            .call(
                "save-own-strength",
                &[("group", "heart"), ("text", "Modig")],
                Some(&me),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    let res = srv
        .call(
            "save-own-strength",
            &[("group", "hands"), ("text", "modig")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.expect("body").contains("Duplicate"));
    let res = srv
        .call(
            "remove-own-strength",
            &[("n", "1"), ("was", "Modig")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    // At most 60 strengths: all 60 of the list, then one in own words is one too many.
    let all: Vec<(String, String)> = ["heart", "head", "hands"]
        .iter()
        .flat_map(|g| {
            app::strengths::catalogue::list(
                app::strengths::catalogue::Group::parse(g).expect("group"),
            )
            .iter()
            .map(move |(slug, _)| (format!("pick-{g}-{slug}"), "on".to_string()))
        })
        .collect();
    let form: Vec<(&str, &str)> = all.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = srv.call("save-picks", &form, Some(&me)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = srv
        .call(
            "save-own-strength",
            &[("group", "heart"), ("text", "Snäll")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.expect("body").contains("TooManyStrengths"));
}
