//! What a newcomer trips over (issue 22), each with the check that would have caught it.
use crate::common::{spawn, TestServer};
use reqwest::StatusCode;

fn location(srv: &TestServer, res: &reqwest::Response) -> String {
    let to = res.headers()["location"].to_str().expect("location");
    to.strip_prefix(&srv.base).unwrap_or(to).to_string()
}

#[tokio::test]
async fn removing_a_language_or_ending_a_goal_asks_first() {
    let srv = spawn().await;
    let me = srv.participant("Amal Andersson", "amal").await;
    let res = srv
        .call(
            "save-language",
            &[
                ("language", "Svenska"),
                ("listening", "B1"),
                ("reading", "A2"),
                ("spokenInteraction", "A2"),
                ("spokenProduction", "A2"),
                ("writing", "none"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    // The list offers the way to a question, not a one-tap removal.
    let list = srv.page("/languages", Some(&me)).await;
    assert!(list.contains("href=\"/languages/1/remove\""), "{list}");
    assert!(!list.contains("action=\"/api/remove-language\""), "{list}");
    let question = srv.page("/languages/1/remove", Some(&me)).await;
    assert!(
        question.contains("Vill du ta bort Svenska och alla dina svar om det?"),
        "{question}"
    );
    let res = srv
        .post_form(
            "remove-language",
            &[("n", "1"), ("was", "Svenska")],
            "/languages/1/remove",
            Some(&me),
        )
        .await;
    assert_eq!(location(&srv, &res), "/languages?removed=1");
    assert!(!srv
        .page("/languages", Some(&me))
        .await
        .contains("<h3 dir=\"auto\">Svenska</h3>"));
    // Nobody else's language has a question page.
    let other = srv.participant("Bo Berg", "bo").await;
    assert_eq!(
        srv.get("/languages/1/remove", Some(&other)).await.status(),
        StatusCode::NOT_FOUND
    );

    // A goal: "Avsluta målet" leads to a question; only the answer ends it.
    let res = srv
        .call(
            "save-goal",
            &[
                ("what", "Prata med kunder"),
                ("per_week", "3"),
                ("until", ""),
            ],
            Some(&me),
        )
        .await;
    let id = res.text().await.expect("id").trim().to_string();
    let page = srv.page(&format!("/goals/{id}"), Some(&me)).await;
    assert!(
        page.contains(&format!("href=\"/goals/{id}/end\"")),
        "{page}"
    );
    assert!(!page.contains("value=\"dropped\""), "{page}");
    let question = srv.page(&format!("/goals/{id}/end"), Some(&me)).await;
    assert!(question.contains("Vill du avsluta"), "{question}");
    assert!(question.contains("value=\"dropped\""));
    assert_eq!(
        srv.get(&format!("/goals/{id}/end"), Some(&other))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn each_side_is_told_what_the_other_cancelled_until_they_have_seen_it() {
    use crate::booking::{publish_hours, MONDAY_MORNING};
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    publish_hours(&srv, &coach).await;
    let book = |n: usize| {
        let (srv, amal) = (&srv, amal.clone());
        async move {
            let days = srv.json("free-days", &[], Some(&amal)).await;
            let day = days["days"][n][0].as_str().expect("day").to_string();
            let times = srv.json("free-times", &[("day", &day)], Some(&amal)).await;
            let start = times["times"][0]["starts_at"].to_string();
            srv.call(
                "book",
                &[
                    ("day", &day),
                    ("start", &start),
                    ("key", &format!("k{n}")),
                    ("help", "cv"),
                ],
                Some(&amal),
            )
            .await
            .text()
            .await
            .expect("id")
        }
    };
    let first = book(1).await;
    let second = book(2).await;
    // The coach cancels one: Amal's home page says so, with the reason, until she has seen it.
    let res = srv
        .call(
            "cancel-booking",
            &[("id", &first), ("reason", "Jag är på kurs.")],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let home = srv.page("/home", Some(&amal)).await;
    assert!(home.contains("Nytt om dina tider"), "{home}");
    assert!(home.contains("Demo Coach avbokade ert möte"), "{home}");
    assert!(home.contains("Jag är på kurs."));
    // "Seen" covers what was shown: a cancellation made after the page was drawn stays.
    let upto = home
        .split("name=\"upto\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("upto")
        .to_string();
    srv.clock.advance(60);
    let third = book(3).await;
    let res = srv
        .call(
            "cancel-booking",
            &[("id", &third), ("reason", "Lokalen är stängd.")],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = srv
        .post_form(
            "seen-notices",
            &[("back", "/coach/agenda"), ("upto", &upto)],
            "/home",
            Some(&amal),
        )
        .await;
    assert_eq!(location(&srv, &res), "/home", "a participant goes home");
    let home = srv.page("/home", Some(&amal)).await;
    assert!(home.contains("Lokalen är stängd."), "{home}");
    assert!(!home.contains("Jag är på kurs."), "{home}");
    srv.call("seen-notices", &[], Some(&amal)).await;
    assert!(!srv
        .page("/home", Some(&amal))
        .await
        .contains("Nytt om dina tider"));
    // Amal cancels the other: the coach's agenda says so until the coach has seen it; her
    // own cancellation is no news to her.
    let res = srv
        .call("cancel-booking", &[("id", &second)], Some(&amal))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(!srv
        .page("/home", Some(&amal))
        .await
        .contains("Nytt om dina tider"));
    let agenda = srv.page("/coach/agenda", Some(&coach)).await;
    assert!(agenda.contains("Sedan du tittade senast"), "{agenda}");
    assert!(agenda.contains("Amal Andersson avbokade"), "{agenda}");
    assert!(
        !agenda.contains("Jag är på kurs."),
        "the coach's own cancellation is not news"
    );
    srv.call("seen-notices", &[("back", "/coach/agenda")], Some(&coach))
        .await;
    assert!(!srv
        .page("/coach/agenda", Some(&coach))
        .await
        .contains("Sedan du tittade senast"));
}

/// The id of the newest note about `person` the coach sees.
async fn newest_note(srv: &TestServer, coach: &str, person: &str) -> String {
    let notes = srv
        .json("participant-notes", &[("person", person)], Some(coach))
        .await;
    notes[0]["id"].to_string()
}

#[tokio::test]
async fn a_coach_changes_or_takes_back_their_own_note_and_the_history_keeps_it() {
    let srv = spawn().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    let amal_id = crate::common::id_of(&srv, "amal").await;
    let coach = srv.as_coach().await;
    let add = srv
        .call(
            "add-note",
            &[("person", &amal_id), ("body", "Vi ses på tisdag kl 10.")],
            Some(&coach),
        )
        .await;
    assert_eq!(add.status(), StatusCode::OK);
    let note = newest_note(&srv, &coach, &amal_id).await;
    // The coach's page offers the change on their own note.
    let page = srv
        .page(&format!("/coach/participants/{amal_id}"), Some(&coach))
        .await;
    assert!(
        page.contains(&format!("href=\"/coach/notes/{note}\"")),
        "{page}"
    );

    // Changed without JavaScript: the participant sees the new words, marked changed.
    let res = srv
        .post_form(
            "change-note",
            &[("id", &note), ("body", "Vi ses på onsdag kl 10.")],
            &format!("/coach/notes/{note}"),
            Some(&coach),
        )
        .await;
    assert!(res.status().is_redirection(), "{}", res.status());
    assert_eq!(
        location(&srv, &res),
        format!("/coach/participants/{amal_id}?note=changed#notes")
    );
    let home = srv.page("/home", Some(&amal)).await;
    assert!(home.contains("Vi ses på onsdag kl 10."), "{home}");
    // (Only the words: the note's own date may well fall on a Tuesday.)
    assert!(
        !home.contains("Vi ses på tisdag"),
        "the old words are gone: {home}"
    );
    assert!(home.contains("ändrad"), "{home}");

    // Made internal: it leaves the participant's page.
    let res = srv
        .call(
            "change-note",
            &[
                ("id", &note),
                ("body", "Vi ses på onsdag kl 10."),
                ("internal", "on"),
            ],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(!srv.page("/home", Some(&amal)).await.contains("onsdag"));

    // An empty change is refused in words, with what was typed kept.
    let res = srv
        .call(
            "change-note",
            &[("id", &note), ("body", "  ")],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Nobody else may look at, change or remove it: another coach, the participant, an
    // admin — all "not found", and the note is as it was.
    let other = srv.other_coach().await;
    let admin = srv.as_admin().await;
    for who in [&other, &amal, &admin] {
        for (endpoint, form) in [
            ("my-note", vec![("id", note.as_str())]),
            (
                "change-note",
                vec![("id", note.as_str()), ("body", "Kapad")],
            ),
            ("remove-note", vec![("id", note.as_str())]),
        ] {
            let status = srv.call(endpoint, &form, Some(who)).await.status();
            assert!(
                status == StatusCode::NOT_FOUND || status == StatusCode::FORBIDDEN,
                "{endpoint}: {status}"
            );
        }
        let page = srv.get(&format!("/coach/notes/{note}"), Some(who)).await;
        assert_ne!(page.status(), StatusCode::OK);
    }

    // Taking it back asks first, then nobody sees it.
    let question = srv
        .page(&format!("/coach/notes/{note}/remove"), Some(&coach))
        .await;
    assert!(question.contains("Ta bort anteckningen?"), "{question}");
    let res = srv
        .post_form(
            "remove-note",
            &[("id", &note)],
            &format!("/coach/notes/{note}/remove"),
            Some(&coach),
        )
        .await;
    assert!(res.status().is_redirection(), "{}", res.status());
    let page = srv
        .page(
            &format!("/coach/participants/{amal_id}?note=removed"),
            Some(&coach),
        )
        .await;
    assert!(page.contains("Anteckningen är borttagen."));
    assert!(!page.contains("onsdag"), "{page}");
    let again = srv
        .call("remove-note", &[("id", &note)], Some(&coach))
        .await;
    assert_eq!(again.status(), StatusCode::NOT_FOUND);

    // The history keeps who changed what, and when, for the export.
    let changes = srv
        .on_server(move |store| async move {
            let id = app::ids::UserId::new(amal_id.parse().expect("id"));
            store.note_changes(id).await.expect("history")
        })
        .await;
    let kinds: Vec<(bool, &str)> = changes
        .iter()
        .map(|c| (c.removed, c.body_before.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (false, "Vi ses på tisdag kl 10."),
            (false, "Vi ses på onsdag kl 10."),
            (true, "Vi ses på onsdag kl 10."),
        ]
    );
}

#[tokio::test]
async fn min_vag_says_what_is_going_on_now_above_the_cards() {
    let srv = spawn().await;
    srv.clock
        .set(crate::booking::MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    crate::booking::publish_hours(&srv, &coach).await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    let amal_id = crate::common::id_of(&srv, "amal").await;

    // Nothing yet: the first screen says so, with the way to start.
    let home = srv.page("/home", Some(&amal)).await;
    let now = home.find("Just nu").expect("a summary");
    let cards = home.find("class=\"cards\"").expect("cards");
    assert!(now < cards, "above the cards");
    assert!(home.contains("Du har ingen bokning.") && home.contains("href=\"/book\""));
    assert!(home.contains("Du har inte börjat ännu."));
    // The language switch comes before anything else on the page; every card has a picture.
    let switch = home.find("id=\"language-switch\"").expect("switch");
    assert!(switch < home.find("class=\"brand\"").expect("brand"));
    assert_eq!(home.matches("class=\"card\"").count(), 9);
    assert!(home.matches("class=\"icon\"").count() >= 9 + 2, "{home}");

    // A booking, a CV, a goal and a note later, it says each.
    let (day, start) = crate::booking::free_on(&srv, &amal, 0).await;
    let res = crate::booking::book(&srv, &amal, &day, &start, "k").await;
    assert_eq!(res.status(), StatusCode::OK);
    srv.start_cv(&amal).await;
    let res = srv
        .call(
            "save-goal",
            &[("what", "Läsa tidningen"), ("per_week", "3"), ("until", "")],
            Some(&amal),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = srv
        .call(
            "add-note",
            &[
                ("person", &amal_id),
                ("body", "Ta med ditt betyg på tisdag."),
            ],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let home = srv.page("/home", Some(&amal)).await;
    let cards = home.find("class=\"cards\"").expect("cards");
    for said in [
        "Nästa bokning",
        "10:00", // the first free time: 09:00 is inside the two hours' notice
        "Läsa tidningen: inte övat i dag än",
        "0 av 7 delar är ifyllda",
        "Ta med ditt betyg på tisdag.",
    ] {
        let at = home.find(said).unwrap_or_else(|| panic!("{said}: {home}"));
        assert!(at < cards, "{said} above the cards");
    }
}

#[tokio::test]
async fn a_swedish_cv_keeps_its_direction_and_its_words_in_the_arabic_interface() {
    let srv = spawn().await;
    let me = srv.participant("Amal Andersson", "amal").await;
    let cv = srv.start_cv(&me).await;
    let res = srv
        .call(
            "save-language",
            &[("language", "الكردية"), ("native", "on")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    let res = srv
        .call(
            "profile-to-cv",
            &[("cv", &cv), ("part", "languages")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let arabic = format!("{me}; vagval_lang=ar");
    let preview = srv.page(&format!("/cv/{cv}/preview"), Some(&arabic)).await;
    assert!(preview.contains("dir=\"rtl\""), "the interface is Arabic");
    assert!(
        preview.contains("class=\"cv-sheet\"") && preview.contains("lang=\"sv\" dir=\"ltr\""),
        "the Swedish CV is laid out left to right: {preview}"
    );
    assert!(preview.contains("Kurdiska"), "{preview}");
    assert!(!preview.contains("الكردية"), "{preview}");
}

#[tokio::test]
async fn removing_a_strength_a_job_note_or_a_place_asks_first() {
    let srv = spawn().await;
    let me = srv.participant("Amal Andersson", "amal").await;
    for (endpoint, form) in [
        (
            "save-own-strength",
            vec![("group", "hands"), ("text", "Modig")],
        ),
        ("save-history-note", vec![("job", "Städare")]),
        (
            "save-language-use",
            vec![
                ("kind", "job"),
                ("language", "svenska"),
                ("place", "ICA Maxi"),
            ],
        ),
    ] {
        let res = srv.call(endpoint, &form, Some(&me)).await;
        assert_eq!(res.status(), StatusCode::OK, "{endpoint}");
    }
    for (page, endpoint, name) in [
        ("/strengths/own", "remove-own-strength", "Modig"),
        ("/strengths/history", "remove-history-note", "Städare"),
        ("/languages", "remove-language-use", "ICA Maxi"),
    ] {
        // The list offers the question, never a one-tap removal.
        let list = srv.page(page, Some(&me)).await;
        assert!(
            list.contains("href=\"?remove=1#remove-1\""),
            "{page}: {list}"
        );
        assert!(
            !list.contains(&format!("action=\"/api/{endpoint}\"")),
            "{page}: {list}"
        );
        // Asked, the question names the thing, with the removal and the way back.
        let asked = srv.page(&format!("{page}?remove=1"), Some(&me)).await;
        assert!(
            asked.contains(&format!("Vill du ta bort {name}? Det går inte att ångra.")),
            "{page}: {asked}"
        );
        assert!(asked.contains(&format!("action=\"/api/{endpoint}\"")));
        assert!(asked.contains("Ja, ta bort") && asked.contains("Avbryt"));
    }
}

#[tokio::test]
async fn a_coach_moves_a_meeting_and_the_participant_is_told_until_seen() {
    use crate::booking::{publish_hours, MONDAY_MORNING};
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    publish_hours(&srv, &coach).await;
    let (day, start) = crate::booking::free_on(&srv, &amal, 1).await;
    let id = crate::booking::book(&srv, &amal, &day, &start, "k")
        .await
        .text()
        .await
        .expect("id");

    // The coach's booking page offers the move; the move page lists their free times.
    let page = srv.page(&format!("/bookings/{id}"), Some(&coach)).await;
    assert!(
        page.contains(&format!("href=\"/bookings/{id}/move\"")),
        "{page}"
    );
    let choice = srv.json("move-choice", &[("id", &id)], Some(&coach)).await;
    let new_start = choice["days"][1][1][0]["starts_at"].to_string();
    assert_ne!(new_start, start);
    let form = srv
        .page(&format!("/bookings/{id}/move"), Some(&coach))
        .await;
    assert!(form.contains(&format!("value=\"{new_start}\"")), "{form}");

    // Nobody else moves it: another coach, the participant, an admin.
    let other = srv.other_coach().await;
    let admin = srv.as_admin().await;
    for who in [&other, &amal, &admin] {
        for endpoint in ["move-choice", "coach-move"] {
            let status = srv
                .call(endpoint, &[("id", &id), ("start", &new_start)], Some(who))
                .await
                .status();
            assert!(
                status == StatusCode::NOT_FOUND || status == StatusCode::FORBIDDEN,
                "{endpoint}: {status}"
            );
        }
    }
    // A time the coach does not offer is refused in words.
    let res = srv
        .call(
            "coach-move",
            &[("id", &id), ("start", "12345")],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.expect("body").contains("Taken"));

    // Moved without JavaScript: the participant's first page says from when to when.
    let res = srv
        .post_form(
            "coach-move",
            &[("id", &id), ("start", &new_start)],
            &format!("/bookings/{id}/move"),
            Some(&coach),
        )
        .await;
    assert!(res.status().is_redirection(), "{}", res.status());
    assert_eq!(location(&srv, &res), format!("/bookings/{id}?moved=1"));
    let home = srv.page("/home", Some(&amal)).await;
    assert!(home.contains("Demo Coach flyttade ert möte från"), "{home}");
    // The booking page offers the new calendar file.
    let booking = srv.page(&format!("/bookings/{id}"), Some(&amal)).await;
    assert!(booking.contains(&format!("href=\"/bookings/{id}/ics\"")));
    let ics = srv
        .get(&format!("/bookings/{id}/ics"), Some(&amal))
        .await
        .text()
        .await
        .expect("ics");
    assert!(ics.contains("SEQUENCE:1"), "{ics}");
    // Seen, it is not told again; the coach is not told of their own move.
    let upto = home
        .split("name=\"upto\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("upto")
        .to_string();
    let res = srv
        .call(
            "seen-notices",
            &[("back", "/home"), ("upto", &upto)],
            Some(&amal),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(!srv.page("/home", Some(&amal)).await.contains("flyttade"));
    assert!(!srv
        .page("/coach/agenda", Some(&coach))
        .await
        .contains("flyttade"));

    // When Amal moves it herself, her coach is told, and she is not.
    let (day, later) = crate::booking::free_on(&srv, &amal, 2).await;
    let res = srv
        .call(
            "book",
            &[
                ("day", &day),
                ("start", &later),
                ("key", "m"),
                ("help", "cv"),
                ("moving", &id),
            ],
            Some(&amal),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    let agenda = srv.page("/coach/agenda", Some(&coach)).await;
    assert!(
        agenda.contains("Amal Andersson flyttade sitt möte från"),
        "{agenda}"
    );
    assert!(!srv.page("/home", Some(&amal)).await.contains("flyttade"));
}
