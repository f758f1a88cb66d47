//! Job development over real HTTP: an office's employers and contacts, the week against
//! the IPS aim, a lead matched to the people who share enough (with reasons), the offer,
//! the participant's yes before any presentation, and the refusals for everyone else.
use crate::common::{id_of, spawn, TestServer};
use app::ssr::store::UserId;
use reqwest::StatusCode;

/// A coach of `office`, signed in.
async fn coach_of(srv: &TestServer, name: &str, login: &str, office: &str) -> String {
    use app::ssr::store::NewPerson;
    let password = format!("{login} har ett långt lösenord");
    let hash = app::ssr::password::Hasher::new(1)
        .hash(password.clone())
        .await
        .expect("hash");
    let (name, login_owned, office) = (name.to_string(), login.to_string(), office.to_string());
    srv.on_server(move |store| async move {
        let id = store
            .upsert_account(
                NewPerson {
                    display_name: name,
                    role: app::auth::Role::Coach,
                    coach_id: None,
                    created_by: None,
                },
                &login_owned,
                &hash,
                jiff::Timestamp::now().as_second(),
            )
            .await
            .expect("coach");
        store.set_office(id, &office).await.expect("office");
    })
    .await;
    srv.sign_in(login, &password).await
}

/// Where a server function's answer sends the browser.
fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

/// The number after `prefix` in a path.
fn id_after(path: &str, prefix: &str) -> String {
    path.strip_prefix(prefix)
        .expect(prefix)
        .chars()
        .take_while(char::is_ascii_digit)
        .collect()
}

/// A job lead at `employer`, offered to `person`; its id.
async fn offered_lead(
    srv: &TestServer,
    coach: &str,
    employer: &str,
    title: &str,
    person: &str,
) -> String {
    let res = srv
        .call(
            "add-lead",
            &[("employer", employer), ("kind", "job"), ("title", title)],
            Some(coach),
        )
        .await;
    let lead = id_after(&location(&res), "/coach/leads/");
    let res = srv
        .call(
            "offer-lead",
            &[("lead", &lead), ("person", person)],
            Some(coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "offered");
    lead
}

async fn add_employer(srv: &TestServer, coach: &str, name: &str) -> String {
    let res = srv
        .call(
            "add-employer",
            &[
                ("name", name),
                ("place", "Vallentuna"),
                ("sector", "Restaurang"),
            ],
            Some(coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "employer added");
    id_after(&location(&res), "/coach/employers/")
}

/// Amal shares her strengths (wants kitchen work, indoors) and her languages (Swedish
/// B1); Bo shares nothing.
async fn two_participants(srv: &TestServer) -> (String, String, String, String) {
    let amal = srv.participant("Amal Andersson", "amal").await;
    let bo = srv.participant("Bo Berg", "bo").await;
    for (endpoint, fields) in [
        ("save-work-goals", vec![("work_goals", "Kök")]),
        (
            "save-conditions",
            vec![("place", "indoor"), ("hours", "part")],
        ),
    ] {
        let res = srv.call(endpoint, &fields, Some(&amal)).await;
        assert_eq!(res.status(), StatusCode::OK, "{endpoint}");
    }
    let amal_id = id_of(srv, "amal").await;
    let id = UserId::new(amal_id.parse().expect("id"));
    srv.on_server(move |store| async move {
        let doc = r#"{"languages":[{"name":"Svenska","grid":["B1","B1","B1","B1","B1"]}]}"#;
        store
            .save_profile_part(id, app::profile::store::ProfilePart::Languages, 0, doc, 1)
            .await
            .expect("languages");
    })
    .await;
    for part in ["strengths", "languages"] {
        let res = srv
            .call(
                "save-sharing",
                &[("part", part), ("share", "yes"), ("until", "")],
                Some(&amal),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK, "shares {part}");
    }
    let bo_id = id_of(srv, "bo").await;
    (amal, amal_id, bo, bo_id)
}

#[tokio::test]
async fn from_an_employer_visit_to_a_presentation_on_a_yes() {
    let srv = spawn().await;
    // Monday 7 December 2026, 11:00 in Stockholm.
    srv.clock
        .set("2026-12-07T10:00:00Z".parse().expect("instant"));
    let (amal, amal_id, bo, _) = two_participants(&srv).await;
    let coach = srv.as_coach().await;

    let employer = add_employer(&srv, &coach, "Bageriet").await;
    let page = srv
        .page(&format!("/coach/employers/{employer}"), Some(&coach))
        .await;
    assert!(page.contains("Bageriet") && page.contains("Vallentuna"));

    // A visit for Amal counts towards the week: "1 av 6 den här veckan".
    let res = srv
        .call(
            "log-contact",
            &[
                ("employer", &employer),
                ("day", "2026-12-07"),
                ("how", "visit"),
                ("person", &amal_id),
                ("note", "Behöver någon i köket."),
            ],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = srv
        .call(
            "log-contact",
            &[
                ("employer", &employer),
                ("day", "2026-12-04"),
                ("how", "phone"),
                ("note", ""),
            ],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let home = srv.page("/coach", Some(&coach)).await;
    assert!(
        home.contains("1 av 6 den här veckan"),
        "the week against the aim"
    );
    let page = srv
        .page(&format!("/coach/employers/{employer}"), Some(&coach))
        .await;
    assert!(page.contains("Behöver någon i köket.") && page.contains("För "));

    // A lead: kitchen work outdoors, Swedish B1 enough.
    let res = srv
        .call(
            "add-lead",
            &[
                ("employer", &employer),
                ("kind", "praktik"),
                ("title", "Köksbiträde"),
                ("tasks", "Diska och förbereda sallader"),
                ("place", "outdoor"),
                ("language-1", "Svenska"),
                ("level-1", "B1"),
            ],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let lead = id_after(&location(&res), "/coach/leads/");
    let reads_before = access_reads(&srv, &amal_id).await;
    let page = srv
        .page(&format!("/coach/leads/{lead}"), Some(&coach))
        .await;
    for reason in [
        "Vill arbeta med",
        "Vill inte arbeta utomhus",
        "räcker för uppgifterna",
        "Delar inget – fråga vid nästa möte",
    ] {
        assert!(page.contains(reason), "{reason}");
    }
    assert!(page.contains("Bo Berg"), "Bo is asked about, not ranked");
    assert_eq!(
        access_reads(&srv, &amal_id).await,
        reads_before + 2,
        "the strengths and languages read for the match are in Amal's access log"
    );

    // Offered; Amal sees it, Bo does not.
    let res = srv
        .call(
            "offer-lead",
            &[("lead", &lead), ("person", &amal_id)],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let offers = srv.page("/jobs", Some(&amal)).await;
    assert!(offers.contains("Köksbiträde") && offers.contains("Bageriet"));
    let offer = id_after(
        &offers[offers.find("href=\"/jobs/").expect("a link") + 6..],
        "/jobs/",
    );
    assert!(!srv.page("/jobs", Some(&bo)).await.contains("Köksbiträde"));
    assert_eq!(
        srv.get(&format!("/jobs/{offer}"), Some(&bo)).await.status(),
        StatusCode::NOT_FOUND,
        "a lead is never shown to someone it was not offered to"
    );

    // No presentation before her yes.
    let res = srv
        .call(
            "present",
            &[("offer", &offer), ("strengths", "on")],
            Some(&coach),
        )
        .await;
    assert!(!res.status().is_success());
    assert!(res.text().await.expect("body").contains("NoYes"));
    let shown = srv.page(&format!("/jobs/{offer}"), Some(&amal)).await;
    assert!(shown.contains("Du har inte presenterats för arbetsgivaren än."));

    // She says yes without JavaScript; the coach presents with her strengths.
    let res = srv
        .post_form(
            "answer-offer",
            &[("offer", &offer), ("answer", "yes"), ("comment", "Gärna!")],
            &format!("/jobs/{offer}"),
            Some(&amal),
        )
        .await;
    assert!(res.status().is_redirection(), "{}", res.status());
    let lead_page = srv
        .page(&format!("/coach/leads/{lead}"), Some(&coach))
        .await;
    assert!(lead_page.contains("Svarade ja") && lead_page.contains("Gärna!"));
    let res = srv
        .call(
            "present",
            &[("offer", &offer), ("strengths", "on"), ("cv", "none")],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let record = srv.page(&format!("/jobs/{offer}"), Some(&amal)).await;
    for words in [
        "presenterade dig för",
        "Demo Coach",
        "Dina styrkor",
        "Ditt namn",
    ] {
        assert!(record.contains(words), "{words}");
    }
    assert!(
        !record.contains("Dina språk och nivåer"),
        "only what was chosen"
    );
    assert!(
        record.contains("/applications/new?employer=Bageriet"),
        "one tap to an application"
    );
}

async fn access_reads(srv: &TestServer, person: &str) -> usize {
    let id = UserId::new(person.parse().expect("id"));
    srv.on_server(move |store| async move { store.access_log(id).await.expect("log").len() })
        .await
}

#[tokio::test]
async fn another_office_another_participant_and_admins_are_refused() {
    let srv = spawn().await;
    let (amal, amal_id, _, _) = two_participants(&srv).await;
    let coach = srv.as_coach().await;
    let employer = add_employer(&srv, &coach, "Planterat Bageri").await;
    let lead = offered_lead(&srv, &coach, &employer, "Planterad diskare", &amal_id).await;

    // A coach of the same office sees the employer; one of another office sees nothing.
    let colleague = coach_of(&srv, "Cecilia Kollega", "cecilia", "").await;
    assert!(srv
        .page(&format!("/coach/employers/{employer}"), Some(&colleague))
        .await
        .contains("Planterat Bageri"));
    let norr = coach_of(&srv, "Nora Norr", "nora", "Norr").await;
    let admin = srv.as_admin().await;
    assert!(!srv
        .page("/coach/employers", Some(&norr))
        .await
        .contains("Planterat Bageri"));
    for (who, cookie) in [
        ("another office", &norr),
        ("the participant", &amal),
        ("an admin", &admin),
    ] {
        for path in [
            format!("/coach/employers/{employer}"),
            format!("/coach/employers/{employer}/edit"),
            format!("/coach/employers/{employer}/contact"),
            format!("/coach/leads/{lead}"),
        ] {
            let res = srv.get(&path, Some(cookie)).await;
            let status = res.status();
            let body = res.text().await.expect("page");
            assert!(!body.contains("Planterat"), "{who} read {path}");
            assert!(
                status == StatusCode::NOT_FOUND || !body.contains("Bageri"),
                "{who}: {path} {status}"
            );
        }
        for (endpoint, fields) in [
            ("employer", vec![("id", employer.as_str())]),
            ("lead", vec![("id", lead.as_str())]),
            (
                "log-contact",
                vec![
                    ("employer", employer.as_str()),
                    ("day", "2026-12-01"),
                    ("how", "visit"),
                    ("note", ""),
                ],
            ),
            (
                "add-lead",
                vec![
                    ("employer", employer.as_str()),
                    ("kind", "job"),
                    ("title", "X"),
                ],
            ),
            (
                "change-employer",
                vec![("id", employer.as_str()), ("name", "Kapat")],
            ),
        ] {
            let res = srv.call(endpoint, &fields, Some(cookie)).await;
            assert!(!res.status().is_success(), "{who} {endpoint}");
        }
    }
    // Another office's coach cannot offer to (or present) someone else's participant, and
    // the participant's coach cannot offer a lead of another office.
    let res = srv
        .call(
            "offer-lead",
            &[("lead", &lead), ("person", &amal_id)],
            Some(&norr),
        )
        .await;
    assert!(!res.status().is_success());
    let norr_employer = add_employer(&srv, &norr, "Norrbageriet").await;
    let res = srv
        .call(
            "add-lead",
            &[
                ("employer", &norr_employer),
                ("kind", "job"),
                ("title", "Bagare"),
            ],
            Some(&norr),
        )
        .await;
    let norr_lead = id_after(&location(&res), "/coach/leads/");
    let res = srv
        .call(
            "offer-lead",
            &[("lead", &norr_lead), ("person", &amal_id)],
            Some(&coach),
        )
        .await;
    assert!(!res.status().is_success());
    // A colleague of the same office is not Amal's coach: no offer, no presentation.
    let res = srv
        .call(
            "offer-lead",
            &[("lead", &lead), ("person", &amal_id)],
            Some(&colleague),
        )
        .await;
    assert!(!res.status().is_success());
    let offers = srv.page("/jobs", Some(&amal)).await;
    let offer = id_after(
        &offers[offers.find("href=\"/jobs/").expect("offer") + 6..],
        "/jobs/",
    );
    srv.call(
        "answer-offer",
        &[("offer", &offer), ("answer", "yes"), ("comment", "")],
        Some(&amal),
    )
    .await;
    for cookie in [&colleague, &norr, &admin, &amal] {
        let res = srv
            .call(
                "present",
                &[("offer", &offer), ("cv", "none")],
                Some(cookie),
            )
            .await;
        assert!(!res.status().is_success());
        // Another coach: "not found"; another role is sent to its own home.
        let status = srv
            .get(&format!("/coach/offers/{offer}/present"), Some(cookie))
            .await
            .status();
        assert!(
            status == StatusCode::NOT_FOUND || status.is_redirection(),
            "{status}"
        );
    }
    // Another participant cannot answer Amal's offer.
    let other = srv.participant("Omar Other", "omar").await;
    let res = srv
        .call(
            "answer-offer",
            &[("offer", &offer), ("answer", "no"), ("comment", "")],
            Some(&other),
        )
        .await;
    assert!(!res.status().is_success());
    assert!(srv
        .page(&format!("/coach/leads/{lead}"), Some(&coach))
        .await
        .contains("Svarade ja"));
}

#[tokio::test]
async fn bad_input_keeps_what_was_typed() {
    let srv = spawn().await;
    let coach = srv.as_coach().await;
    let res = srv
        .post_form(
            "add-employer",
            &[
                ("name", " "),
                ("sector", "Bygg-TYPED"),
                ("contact_email", "070-123 45 67"),
            ],
            "/coach/employers/new",
            Some(&coach),
        )
        .await;
    assert!(res.status().is_redirection());
    let page = srv.page("/coach/employers/new", Some(&coach)).await;
    for words in [
        "Fyll i fältet.",
        "Skriv e-postadressen",
        "Bygg-TYPED",
        "070-123 45 67",
    ] {
        assert!(page.contains(words), "{words}");
    }
    let employer = add_employer(&srv, &coach, "Bageriet").await;
    // The same name twice in one office is refused in words.
    let res = srv
        .call("add-employer", &[("name", "Bageriet")], Some(&coach))
        .await;
    assert!(res.text().await.expect("body").contains("EmployerExists"));
    // A contact in the future, with no way chosen.
    let from = format!("/coach/employers/{employer}/contact");
    srv.post_form(
        "log-contact",
        &[
            ("employer", &employer),
            ("day", "2099-01-01"),
            ("note", "Typed-NOTE"),
        ],
        &from,
        Some(&coach),
    )
    .await;
    let page = srv.page(&from, Some(&coach)).await;
    for words in [
        "Den dagen har inte kommit än.",
        "Välj ett av svaren.",
        "Typed-NOTE",
        "2099-01-01",
    ] {
        assert!(page.contains(words), "{words}");
    }
    // A lead with a level missing and an unreadable start.
    let from = format!("/coach/employers/{employer}/new-lead");
    srv.post_form(
        "add-lead",
        &[
            ("employer", &employer),
            ("kind", "job"),
            ("title", "Diskare-TYPED"),
            ("start", "i januari"),
            ("language-1", "Svenska"),
        ],
        &from,
        Some(&coach),
    )
    .await;
    let page = srv.page(&from, Some(&coach)).await;
    for words in ["Skriv dagen så här", "Diskare-TYPED", "i januari"] {
        assert!(page.contains(words), "{words}");
    }
}

#[tokio::test]
async fn waiting_for_a_first_employer_contact_and_erasure() {
    let srv = spawn().await;
    let (_, amal_id, _, _) = two_participants(&srv).await;
    let coach = srv.as_coach().await;
    let employer = add_employer(&srv, &coach, "Lagret").await;
    let res = srv
        .call(
            "log-contact",
            &[
                ("employer", &employer),
                ("day", &today(&srv)),
                ("how", "visit"),
                ("person", &amal_id),
                ("note", "Om Amal"),
            ],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "contact logged");
    // Forty days on, Bo (no contact for him) is listed; Amal (one made for her) is not.
    let later = jiff::Timestamp::now() + jiff::SignedDuration::from_hours(40 * 24);
    srv.clock.set(later);
    // (The session has ended meanwhile: the coach signs in again.)
    let coach = srv.as_coach().await;
    let home = srv.page("/coach", Some(&coach)).await;
    let waiting = &home[home.find("Ingen arbetsgivarkontakt än").expect("the list")..];
    assert!(waiting.contains("Bo Berg") && waiting.contains("dagar sedan start"));
    let listed = &waiting[..waiting.find("</ul>").unwrap_or(waiting.len())];
    assert!(!listed.contains("Amal Andersson"), "{listed}");
    // Erasing Amal takes her offers and the contact's words with her; the contact stays.
    offered_lead(&srv, &coach, &employer, "Plockare", &amal_id).await;
    let id = UserId::new(amal_id.parse().expect("id"));
    let employer_id = app::ssr::store::EmployerId::new(employer.parse().expect("id"));
    let (offers, contacts, words) = srv
        .on_server(move |store| async move {
            assert!(store.erase(id, None, 1).await.expect("erase"));
            let offers = crate::common::count_rows(&*store, "lead_offers").await;
            let contacts = crate::common::count_rows(&*store, "employer_contacts").await;
            let jobs: &dyn app::jobs::store::JobStore = &*store;
            let list = jobs.employer_contacts(employer_id).await.expect("contacts");
            let words = list
                .iter()
                .any(|c| c.note.contains("Amal") || c.participant.is_some());
            (offers, contacts, words)
        })
        .await;
    assert_eq!((offers, contacts, words), (0, 1, false));
}

/// Today in Stockholm, by the server's clock.
fn today(srv: &TestServer) -> String {
    app::ssr::clock::day_of(srv.clock.now()).to_string()
}
