//! Outcomes over real HTTP: a coach records and corrects a participant's road to work, the
//! participant reads it, everyone else is refused; the programme report's figures on a data
//! set counted by hand, its edges on Stockholm days across a change of clocks, a coach's
//! report holding only their caseload, and its CSV parsed back.
use crate::common::{assert_contains, id_of, spawn, TestServer};
use app::ssr::store::UserId;
use reqwest::StatusCode;
use std::collections::BTreeMap;

fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

/// The report's CSV as a map from measure to its value, checked for its header and BOM.
async fn report_csv(srv: &TestServer, query: &str, cookie: &str) -> BTreeMap<String, String> {
    let res = srv.get(&format!("/report.csv?{query}"), Some(cookie)).await;
    assert_eq!(res.status(), StatusCode::OK, "{query}");
    let kind = res
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert!(kind.starts_with("text/csv"), "{kind}");
    let body = res.text().await.expect("csv");
    let body = body
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark for spreadsheets");
    let mut lines = body.split("\r\n");
    assert_eq!(
        lines.next(),
        Some("Mått,Benämning,Från,Till,Värde,Antal,Av"),
        "a header row, å/ä intact"
    );
    let mut values = BTreeMap::new();
    for line in lines.filter(|l| !l.is_empty()) {
        // No label here holds a comma or a quote, so a plain split reads each row.
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells.len(), 7, "{line}");
        values.insert(cells[0].to_string(), cells[4].to_string());
    }
    values
}

#[tokio::test]
async fn a_coach_records_and_corrects_the_road_to_work_and_the_participant_reads_it() {
    let srv = spawn().await;
    let coach = srv.as_coach().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    let person = id_of(&srv, "amal").await;
    let today = app::ssr::clock::day_of(jiff::Timestamp::now()).to_string();

    // Bad input: refused with its fields named, nothing stored, what was typed kept.
    let res = srv
        .call(
            "save-event",
            &[
                ("person", &person),
                ("kind", "job"),
                ("day", "2999-01-01"),
                ("sub", "boss"),
                ("hours", "many"),
                ("place", "Bageriet"),
            ],
            Some(&coach),
        )
        .await;
    assert!(!res.status().is_success());
    let body = res.text().await.expect("body");
    assert!(
        body.contains("Bageriet"),
        "what was typed comes back: {body}"
    );
    let road = srv
        .page(&format!("/coach/participants/{person}/road"), Some(&coach))
        .await;
    assert!(!road.contains("Började arbeta: ") && !road.contains("Bageriet"));

    // A job, recorded.
    let res = srv
        .call(
            "save-event",
            &[
                ("person", &person),
                ("kind", "job"),
                ("day", &today),
                ("sub", "employment"),
                ("hours", "20"),
                ("place", "Bageriet"),
            ],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        location(&res),
        format!("/coach/participants/{person}/road?saved")
    );
    let road = srv
        .page(&format!("/coach/participants/{person}/road"), Some(&coach))
        .await;
    assert_contains(
        &road,
        &[
            "Började i programmet",
            "Började arbeta: Anställning, 20 timmar i veckan hos Bageriet",
        ],
    );
    // On the coach's page of the participant too.
    let page = srv
        .page(&format!("/coach/participants/{person}"), Some(&coach))
        .await;
    assert!(page.contains("Vägen till arbete") && page.contains("Började arbeta"));

    // The participant reads it in plain words; in English too.
    let mine = srv.page("/timeline", Some(&amal)).await;
    assert_contains(
        &mine,
        &[
            "Vägen hittills",
            "Började arbeta: Anställning, 20 timmar i veckan hos Bageriet",
        ],
    );
    assert!(
        !mine.contains("/coach/outcomes/"),
        "the participant corrects nothing"
    );

    // The coach corrects it; the earlier value stays in the history.
    let id = srv
        .on_server({
            let person = UserId::new(person.parse().expect("id"));
            move |store| async move {
                app::outcomes::store::OutcomeStore::outcomes(&*store, person)
                    .await
                    .expect("events")[0]
                    .id
                    .to_string()
            }
        })
        .await;
    let form = srv
        .page(&format!("/coach/outcomes/{id}"), Some(&coach))
        .await;
    assert!(form.contains("Rätta en händelse") && form.contains("value=\"20\""));
    let res = srv
        .call(
            "save-event",
            &[
                ("event", &id),
                ("day", &today),
                ("sub", "wage_subsidy"),
                ("hours", "25"),
                ("place", "Bageriet"),
            ],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let road = srv
        .page(&format!("/coach/participants/{person}/road"), Some(&coach))
        .await;
    assert_contains(
        &road,
        &[
            "Anställning med lönestöd, 25 timmar i veckan",
            "Rättad – se tidigare",
            "Tidigare: Började arbeta: Anställning, 20 timmar i veckan hos Bageriet",
            "Rättat av Demo Coach",
        ],
    );

    // Everyone else: refused as "not found", nothing of it shown, nothing changed.
    let other = srv.other_coach().await;
    let admin = srv.as_admin().await;
    let bo = srv.participant("Bo Berg", "bo").await;
    for (who, cookie) in [
        ("another coach", &other),
        ("an admin", &admin),
        ("another participant", &bo),
        ("the participant", &amal),
    ] {
        for path in [
            format!("/coach/participants/{person}/road"),
            format!("/coach/participants/{person}/road/job"),
            format!("/coach/participants/{person}/start"),
            format!("/coach/outcomes/{id}"),
        ] {
            let body = srv.page(&path, Some(cookie)).await;
            // (The participant's own name is in their page's header.)
            assert!(!body.contains("Bageriet"), "{who} read {path}");
            if *cookie != amal {
                assert!(!body.contains("Amal Andersson"), "{who} read {path}");
            }
        }
        for fields in [
            vec![
                ("event", id.as_str()),
                ("day", today.as_str()),
                ("sub", "other"),
                ("hours", "1"),
            ],
            vec![
                ("person", person.as_str()),
                ("kind", "studies"),
                ("day", today.as_str()),
                ("place", "Planted"),
            ],
        ] {
            let res = srv.call("save-event", &fields, Some(cookie)).await;
            assert!(!res.status().is_success(), "{who} saved");
        }
        let res = srv
            .call(
                "correct-start",
                &[("person", &person), ("day", "2020-01-01")],
                Some(cookie),
            )
            .await;
        assert!(!res.status().is_success(), "{who} moved the start");
        let res = srv
            .call("timeline", &[("person", &person)], Some(cookie))
            .await;
        assert!(!res.status().is_success(), "{who} read the timeline");
    }
    let mine = srv.page("/timeline", Some(&amal)).await;
    assert!(!mine.contains("Planted") && !mine.contains("2020"));
    assert!(!srv.page("/timeline", Some(&bo)).await.contains("Bageriet"));

    // The start, corrected by the coach, with its earlier day kept.
    let res = srv
        .call(
            "correct-start",
            &[("person", &person), ("day", "2026-01-15")],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let road = srv
        .page(&format!("/coach/participants/{person}/road"), Some(&coach))
        .await;
    assert!(road.contains("15 januari 2026"), "the corrected start");
    assert!(road.contains("Tidigare: Började i programmet"));
}

/// A participant of `coach` (a login), made in the store; their id.
async fn planted(srv: &TestServer, name: &str, login: &str, coach: &str) -> UserId {
    let (name, login, coach) = (name.to_string(), login.to_string(), coach.to_string());
    srv.on_server(move |store| async move {
        let coach = store
            .find_user_by_login(&coach)
            .await
            .expect("store")
            .expect("coach");
        store
            .upsert_account(
                app::ssr::store::NewPerson {
                    display_name: name,
                    role: app::auth::Role::Participant,
                    coach_id: Some(coach.id),
                    created_by: None,
                },
                &login,
                "h",
                1_700_000_000,
            )
            .await
            .expect("participant")
    })
    .await
}

fn instant(text: &str) -> i64 {
    text.parse::<jiff::Timestamp>()
        .expect("an instant")
        .as_second()
}

#[tokio::test]
async fn the_report_counts_a_fixed_data_set_on_stockholm_days_and_a_coach_sees_only_their_caseload()
{
    use app::jobs::store::{JobStore, NewContact};
    use app::outcomes::store::OutcomeStore;
    use app::outcomes::{EventKind, EventValues};
    let srv = spawn().await;
    let coach = srv.as_coach().await;
    let other = srv.other_coach().await;
    let admin = srv.as_admin().await;
    let x1 = planted(&srv, "Xenia Ett", "x1", "coach").await;
    let x2 = planted(&srv, "Xavier Två", "x2", "coach").await;
    let x3 = planted(&srv, "Xerxes Tre", "x3", "coach2").await;
    let x4 = planted(&srv, "Xandra Fyra", "x4", "coach").await;
    srv.on_server(move |store| async move {
        let outcomes: &dyn OutcomeStore = &*store;
        let coach = store
            .find_user_by_login("coach")
            .await
            .expect("store")
            .expect("coach")
            .id;
        let coach2 = store
            .find_user_by_login("coach2")
            .await
            .expect("store")
            .expect("coach")
            .id;
        for (person, day) in [
            (x1, "2025-09-01"),
            (x2, "2025-10-01"),
            (x3, "2025-10-10"),
            (x4, "2025-10-05"),
        ] {
            outcomes
                .correct_start(person, day, coach, 1)
                .await
                .expect("start");
        }
        let event = |day: &str, sub: &str| EventValues {
            day: day.into(),
            sub: sub.into(),
            hours: (sub != "studies").then_some(30),
            ..EventValues::default()
        };
        for (person, kind, values, by) in [
            (x1, EventKind::Job, event("2025-10-15", "employment"), coach),
            (
                x2,
                EventKind::Ended,
                EventValues {
                    hours: None,
                    ..event("2025-10-31", "studies")
                },
                coach,
            ),
            (
                x3,
                EventKind::Job,
                event("2025-10-30", "own_business"),
                coach2,
            ),
            (
                x4,
                EventKind::Job,
                event("2025-11-01", "wage_subsidy"),
                coach,
            ),
        ] {
            outcomes
                .record(person, kind, &values, by, 1)
                .await
                .expect("event");
        }
        let jobs: &dyn JobStore = &*store;
        let employer = jobs
            .add_employer(
                "",
                coach,
                &app::jobs::EmployerFields {
                    name: "Planterat Bageri".into(),
                    ..Default::default()
                },
                1,
            )
            .await
            .expect("employer")
            .expect("added");
        jobs.add_contact(NewContact {
            employer,
            coach,
            participant: Some(x2),
            day: "2025-10-20".into(),
            how: app::jobs::ContactHow::Visit,
            note: String::new(),
            at: 1,
        })
        .await
        .expect("contact");
        // Meetings at the month's edges. October 2025 begins in summer time (00:30 on the
        // 1st is 22:30 UTC on 30 September) and ends in winter time (23:30 on the 31st is
        // 22:30 UTC; 00:30 on 1 November is 23:30 UTC).
        for (i, (starts, attendance)) in [
            ("2025-09-30T22:30:00Z", "attended"),
            ("2025-09-30T21:30:00Z", "attended"),
            ("2025-10-31T22:30:00Z", "no_show"),
            ("2025-10-31T23:30:00Z", "no_show"),
        ]
        .into_iter()
        .enumerate()
        {
            let at = instant(starts);
            crate::store::execute(
                &*store,
                &format!(
                    "INSERT INTO bookings (coach_id, participant_id, starts_at, ends_at,
                         idempotency_key, attendance, created_at)
                     VALUES ($1, $2, $3, $4, 'k{i}', '{attendance}', 1)"
                ),
                &[coach.get(), x1.get(), at, at + 1800],
            )
            .await
            .expect("booking");
        }
    })
    .await;

    // Everyone, counted by hand for October 2025.
    let all = report_csv(&srv, "month=2025-10", &admin).await;
    for (measure, value) in [
        ("participants_active", "4"),
        ("participants_new", "3"),
        ("participants_ended", "1"),
        ("meetings_booked", "2"),
        ("meetings_attended", "1"),
        ("meetings_missed", "1"),
        ("employer_visits", "1"),
        ("first_contact_within_30_days_percent", "33.3"),
        ("first_employer_contacts", "1"),
        ("job_employment", "1"),
        ("job_own_business", "1"),
        ("job_wage_subsidy", "0"),
        ("ended_studies", "1"),
        ("working_competitively_percent", "50"),
        ("median_days_to_first_job", "32"),
        ("first_jobs_begun", "2"),
    ] {
        assert_eq!(
            all.get(measure).map(String::as_str),
            Some(value),
            "{measure}"
        );
    }
    // November holds what October did not: the wage-subsidy job and the meeting at 00:30
    // on 1 November; the quarter holds both.
    let november = report_csv(&srv, "month=2025-11", &admin).await;
    assert_eq!(november["job_wage_subsidy"], "1");
    assert_eq!(november["meetings_booked"], "1");
    assert_eq!(november["participants_active"], "3", "X2 ended in October");
    let quarter = report_csv(&srv, "quarter=2025-Q4", &admin).await;
    assert_eq!(quarter["meetings_booked"], "3");
    assert_eq!(
        quarter["median_days_to_first_job"], "27",
        "20, 27 and 44 days"
    );
    assert_eq!(quarter["first_jobs_begun"], "3");

    // The coach's caseload only: X3 is another coach's.
    let mine = report_csv(&srv, "month=2025-10", &coach).await;
    for (measure, value) in [
        ("participants_active", "3"),
        ("participants_new", "2"),
        ("job_own_business", "0"),
        ("working_competitively_percent", "33.3"),
        ("median_days_to_first_job", "44"),
        ("first_jobs_begun", "1"),
    ] {
        assert_eq!(
            mine.get(measure).map(String::as_str),
            Some(value),
            "{measure}"
        );
    }
    let theirs = report_csv(&srv, "month=2025-10", &other).await;
    assert_eq!(theirs["participants_active"], "1");
    assert_eq!(theirs["job_own_business"], "1");

    // On screen: the same figures, never a name.
    let page = srv.page("/admin/report?month=2025-10", Some(&admin)).await;
    assert_contains(
        &page,
        &[
            "Programrapport",
            "1 oktober 2025",
            "31 oktober 2025",
            "1 av 3 (33.3 %)",
            "<svg",
        ],
    );
    for name in ["Xenia", "Xavier", "Xerxes", "Xandra", "Planterat"] {
        assert!(!page.contains(name), "{name} on the report");
    }
    let coach_page = srv
        .page("/coach/report?quarter=2025-Q4", Some(&coach))
        .await;
    assert!(coach_page.contains("Dina deltagare"));
    // A period typed that is not one: said, and this quarter shown instead.
    let bad = srv.page("/coach/report?month=2025-13", Some(&coach)).await;
    assert!(
        bad.contains("Perioden 2025-13 finns inte"),
        "what was typed is named"
    );
    // Own dates the wrong way round: the form stays open with both dates as typed.
    let backwards = srv
        .page("/coach/report?from=2025-12-31&to=2025-10-01", Some(&coach))
        .await;
    assert!(backwards.contains("Perioden 2025-10-01 finns inte"));
    let details = backwards
        .split("<details")
        .nth(1)
        .and_then(|tag| tag.split('>').next())
        .unwrap_or_default();
    assert!(
        details.contains("report-own-dates") && details.split_whitespace().any(|a| a == "open"),
        "the own dates' form stays open: <details{details}>"
    );
    assert!(
        backwards.contains(r#"value="2025-12-31""#) && backwards.contains(r#"value="2025-10-01""#)
    );

    // A participant has no report; nobody signed in is sent to sign in.
    let amal = srv.as_participant().await;
    assert_eq!(
        srv.get("/report.csv?month=2025-10", Some(&amal))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert!(srv.get("/report.csv", None).await.status().is_redirection());
    assert!(!srv
        .page("/coach/report", Some(&amal))
        .await
        .contains("Aktiva deltagare"));
}
