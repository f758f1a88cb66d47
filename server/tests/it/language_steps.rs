//! "Mina språk" one screen at a time (issue 22), over real HTTP without JavaScript: the
//! first screen asks the name and whether it is the mother tongue (a mother tongue is done
//! there); then one screen per skill, each saved as it is answered, so a language left
//! halfway is listed with the way on, stays out of the CV, and is nobody else's to reach.
use crate::common::{assert_contains, spawn};
use crate::profile::{location, refused_to_all_but_the_owner, stored};
use app::cv::cefr::Skill;
use reqwest::StatusCode;

/// Posts the first screen for a new language as a browser without JavaScript does.
async fn first_step(srv: &crate::common::TestServer, me: &str, form: &[(&str, &str)]) -> String {
    let res = srv
        .post_form("save-language", form, "/languages/new", Some(me))
        .await;
    location(srv, &res)
}

/// Answers `skill` of language `n` (named `was`) on its own screen; where it leads.
async fn step(
    srv: &crate::common::TestServer,
    me: &str,
    n: &str,
    was: &str,
    skill: Skill,
    level: &str,
) -> String {
    let from = format!("/languages/{n}/skill/{}", skill.code());
    let res = srv
        .post_form(
            "save-language-skill",
            &[
                ("n", n),
                ("was", was),
                ("skill", skill.code()),
                (skill.code(), level),
            ],
            &from,
            Some(me),
        )
        .await;
    location(srv, &res)
}

#[tokio::test]
async fn a_mother_tongue_is_saved_from_the_first_step() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let form = srv.page("/languages/new", Some(&me)).await;
    assert_contains(
        &form,
        &[
            "name=\"language\"",
            "Det är mitt modersmål",
            "i fem korta steg",
        ],
    );
    assert!(
        !form.contains("type=\"radio\""),
        "no grid to walk past: {form}"
    );
    let to = first_step(&srv, &me, &[("language", "Arabiska"), ("native", "on")]).await;
    assert_eq!(to, "/languages?saved=1");
    let doc = stored(&srv, "deltagare").await;
    assert_eq!(doc["languages"][0]["name"], "Arabiska");
    assert_eq!(doc["languages"][0]["native"], true);
    let list = srv.page("/languages?saved=1", Some(&me)).await;
    assert!(list.contains("Språket är sparat."), "{list}");
    assert!(list.contains("Modersmål"), "{list}");
    assert!(!list.contains("Inte klart"), "{list}");
    // Into a CV as a mother tongue.
    let cv = srv.start_cv(&me).await;
    let res = srv
        .call(
            "profile-to-cv",
            &[("cv", &cv), ("part", "languages")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let preview = srv.page(&format!("/cv/{cv}/preview"), Some(&me)).await;
    assert!(preview.contains("Arabiska – Modersmål"), "{preview}");
}

#[tokio::test]
async fn a_foreign_language_is_walked_through_five_steps() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    let to = first_step(&srv, &me, &[("language", "Svenska")]).await;
    assert_eq!(to, "/languages/1/skill/listening");
    // Saved already: a person who stops here still has the language.
    assert_eq!(
        stored(&srv, "deltagare").await["languages"][0]["name"],
        "Svenska"
    );

    let levels = ["B1", "A2", "none", "A2", "A1"];
    let mut at = to;
    for (i, (skill, level)) in Skill::ALL.into_iter().zip(levels).enumerate() {
        assert_eq!(at, format!("/languages/1/skill/{}", skill.code()));
        let page = srv.page(&at, Some(&me)).await;
        let heading = match skill {
            Skill::Listening => "Hörförståelse",
            Skill::Reading => "Läsförståelse",
            Skill::SpokenInteraction => "Samtala",
            Skill::SpokenProduction => "Berätta",
            Skill::Writing => "Skriva",
        };
        let back = match skill.previous() {
            Some(before) => format!("href=\"/languages/1/skill/{}\"", before.code()),
            None => "href=\"/languages/1\"".to_string(),
        };
        let button = if i + 1 < Skill::ALL.len() {
            ">Nästa<"
        } else {
            ">Spara<"
        };
        for expected in [
            format!("<h1>{heading}</h1>"),
            format!("Steg {} av 5", i + 1),
            "<bdi>Svenska</bdi>".to_string(),
            back,
            button.to_string(),
            "Inte än".to_string(),
            // One skill per screen: its own field and no other.
            format!("name=\"{}\"", skill.code()),
        ] {
            assert!(page.contains(&expected), "{expected}: {page}");
        }
        for other in Skill::ALL.into_iter().filter(|s| *s != skill) {
            assert!(
                !page.contains(&format!("name=\"{}\"", other.code())),
                "{other:?} on {skill:?}'s screen"
            );
        }
        assert!(
            !page.contains(" checked"),
            "nothing chosen before the person does: {page}"
        );
        at = step(&srv, &me, "1", "Svenska", skill, level).await;
        let doc = stored(&srv, "deltagare").await;
        let want = if level == "none" {
            serde_json::Value::Null
        } else {
            level.into()
        };
        assert_eq!(doc["languages"][0]["grid"][i], want, "saved at each step");
    }
    assert_eq!(at, "/languages?saved=1");
    let list = srv.page(&at, Some(&me)).await;
    assert_contains(
        &list,
        &[
            "Språket är sparat.",
            "<h3 dir=\"auto\">Svenska</h3>",
            "B1",
            "Inte än",
        ],
    );
    assert!(!list.contains("Inte klart"), "{list}");
    assert!(stored(&srv, "deltagare").await["languages"][0]
        .get("open")
        .is_none());

    // Changing it: the name first, then the skills again with the answers chosen.
    let form = srv.page("/languages/1", Some(&me)).await;
    assert!(form.contains("value=\"Svenska\""), "{form}");
    assert!(!form.contains("type=\"radio\""), "{form}");
    let res = srv
        .post_form(
            "save-language",
            &[("n", "1"), ("was", "Svenska"), ("language", "Svenska")],
            "/languages/1",
            Some(&me),
        )
        .await;
    assert_eq!(location(&srv, &res), "/languages/1/skill/listening");
    let page = srv.page("/languages/1/skill/listening", Some(&me)).await;
    assert!(
        page.contains("id=\"listening-B1\" name=\"listening\" value=\"B1\" checked"),
        "{page}"
    );
    // Short "I can" sentences, one per level.
    assert!(
        page.contains("B1 – Jag förstår det viktigaste om vardag och jobb."),
        "{page}"
    );
    let writing = srv
        .page("/languages/1/skill/spokenInteraction", Some(&me))
        .await;
    assert!(
        writing
            .contains("id=\"spokenInteraction\" name=\"spokenInteraction\" value=\"none\" checked"),
        "\"not yet\" is an answer: {writing}"
    );

    // Nothing chosen: the same screen again, the problem named and linked.
    let res = srv
        .post_form(
            "save-language-skill",
            &[("n", "1"), ("was", "Svenska"), ("skill", "reading")],
            "/languages/1/skill/reading",
            Some(&me),
        )
        .await;
    let again = location(&srv, &res);
    assert!(again.starts_with("/languages/1/skill/reading"), "{again}");
    let page = srv.page(&again, Some(&me)).await;
    assert_contains(
        &page,
        &[
            "href=\"#reading\"",
            "Välj ett av svaren.",
            "<h1>Läsförståelse</h1>",
        ],
    );
    // A level off the scale or a skill that is none: refused, nothing changed.
    let res = srv
        .call(
            "save-language-skill",
            &[
                ("n", "1"),
                ("was", "Svenska"),
                ("skill", "reading"),
                ("reading", "B3"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.expect("body").contains("UnknownOption"));
    let res = srv
        .call(
            "save-language-skill",
            &[
                ("n", "1"),
                ("was", "Svenska"),
                ("skill", "singing"),
                ("singing", "B1"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        stored(&srv, "deltagare").await["languages"][0]["grid"][1],
        "A2"
    );
    assert_eq!(
        srv.get("/languages/1/skill/singing", Some(&me))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // In Arabic, the screen is Arabic through and through.
    let res = srv
        .client
        .get(format!("{}/languages/1/skill/reading", srv.base))
        .header("cookie", format!("{me}; {}=ar", app::i18n::LOCALE_COOKIE))
        .send()
        .await
        .expect("page");
    let page = res.text().await.expect("page");
    assert_contains(
        &page,
        &[
            "الخطوة 2 من 5",
            "القراءة",
            "ليس بعد",
            "التالي",
            "أفهم كلمات بسيطة، مثلًا على اللافتات.",
        ],
    );
    assert!(!page.contains("Jag "), "{page}");
}

#[tokio::test]
async fn a_half_done_language_is_listed_with_the_way_on() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    first_step(&srv, &me, &[("language", "Svenska")]).await;
    step(&srv, &me, "1", "Svenska", Skill::Listening, "B1").await;
    let next = step(&srv, &me, "1", "Svenska", Skill::Reading, "A2").await;
    assert_eq!(next, "/languages/1/skill/spokenInteraction");
    // Stopped there: the list says it is not finished and leads to the first open skill.
    let list = srv.page("/languages", Some(&me)).await;
    assert_contains(
        &list,
        &[
            "href=\"/languages/1/skill/spokenInteraction\"",
            "Inte klart – fortsätt",
            "Inget svar än",
            "B1",
            "Språk som inte är klara kommer inte med i CV:t.",
        ],
    );
    // The CV: a finished language goes in, the half-done one stays out, and the CV's own
    // line for it is left alone; the PDF and the JSON Resume still come out.
    first_step(&srv, &me, &[("language", "Arabiska"), ("native", "on")]).await;
    let cv = srv.cv_with_swedish_in_words(&me).await;
    let res = srv
        .call(
            "profile-to-cv",
            &[("cv", &cv), ("part", "languages")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let json = srv.json_resume(&cv, &me).await;
    let languages = json["languages"].as_array().expect("languages");
    assert_eq!(languages.len(), 2, "{languages:?}");
    assert_eq!(languages[0]["language"], "svenska");
    assert_eq!(languages[0]["fluency"], "Ganska bra");
    assert!(languages[0].get("x-vagval-cefr").is_none(), "{languages:?}");
    assert_eq!(languages[1]["fluency"], "Modersmål");
    let pdf = srv.get(&format!("/cv/{cv}/pdf"), Some(&me)).await;
    assert_eq!(pdf.status(), StatusCode::OK);

    // Going on from the list finishes it; then it is listed as any other.
    for (skill, level) in [
        (Skill::SpokenInteraction, "A2"),
        (Skill::SpokenProduction, "A2"),
        (Skill::Writing, "A1"),
    ] {
        step(&srv, &me, "1", "Svenska", skill, level).await;
    }
    let list = srv.page("/languages", Some(&me)).await;
    assert!(!list.contains("Inte klart"), "{list}");
    assert!(!list.contains("Inget svar än"), "{list}");

    // A step skipped by address: after the last step, the skipped one is asked.
    first_step(&srv, &me, &[("language", "Engelska")]).await;
    let to = step(&srv, &me, "3", "Engelska", Skill::Writing, "B2").await;
    assert_eq!(to, "/languages/3/skill/listening");
}

#[tokio::test]
async fn a_step_drawn_before_a_removal_saves_to_its_own_language() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    first_step(&srv, &me, &[("language", "Svenska")]).await;
    first_step(&srv, &me, &[("language", "Engelska")]).await;
    // Svenska removed in another tab: Engelska is number 1 now.
    let res = srv
        .call(
            "remove-language",
            &[("n", "1"), ("was", "Svenska")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let to = step(&srv, &me, "2", "Engelska", Skill::Listening, "C1").await;
    assert_eq!(to, "/languages/1/skill/reading");
    let doc = stored(&srv, "deltagare").await;
    assert_eq!(doc["languages"][0]["name"], "Engelska");
    assert_eq!(doc["languages"][0]["grid"][0], "C1");
    // A step for the removed language finds nothing (it went with its answers, asked
    // first), and changes nothing.
    let res = srv
        .call(
            "save-language-skill",
            &[
                ("n", "1"),
                ("was", "Svenska"),
                ("skill", "reading"),
                ("reading", "B1"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let after = stored(&srv, "deltagare").await;
    assert_eq!(after, doc);
}

#[tokio::test]
async fn another_participants_language_steps_look_not_found() {
    let srv = spawn().await;
    let me = srv.as_participant().await;
    first_step(&srv, &me, &[("language", "Svenska")]).await;
    step(&srv, &me, "1", "Svenska", Skill::Listening, "B1").await;
    let other = srv.participant("Bo Berg", "bo").await;
    let coach = srv.as_coach().await;
    let admin = srv.as_admin().await;
    // Another participant: no such language, by address or by form.
    assert_eq!(
        srv.get("/languages/1/skill/reading", Some(&other))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let res = srv
        .call(
            "save-language-skill",
            &[
                ("n", "1"),
                ("was", "Svenska"),
                ("skill", "reading"),
                ("reading", "C2"),
            ],
            Some(&other),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let body = res.text().await.expect("body");
    assert!(!body.contains("Svenska"), "{body}");
    // A coach, an admin, anyone not signed in: refused.
    let calls: Vec<(&str, Vec<(&str, &str)>)> = vec![(
        "save-language-skill",
        vec![
            ("n", "1"),
            ("was", "Svenska"),
            ("skill", "reading"),
            ("reading", "C2"),
        ],
    )];
    refused_to_all_but_the_owner(&srv, &calls, &coach, &admin, "B1").await;
    for cookie in [Some(coach.as_str()), Some(admin.as_str())] {
        let page = srv.page("/languages/1/skill/reading", cookie).await;
        assert!(!page.contains("<bdi>Svenska</bdi>"), "{page}");
    }
    // The owner's language is as it was.
    let doc = stored(&srv, "deltagare").await;
    assert_eq!(doc["languages"].as_array().map(Vec::len), Some(1));
    assert_eq!(doc["languages"][0]["grid"][0], "B1");
    assert!(doc["languages"][0]["grid"][1].is_null());
    assert_eq!(
        doc["languages"][0]["open"].as_array().map(Vec::len),
        Some(4)
    );
}
