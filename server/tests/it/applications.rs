//! "Mina ansökningar" over real HTTP: a participant adds, changes and removes their own
//! applications without JavaScript; the activity report's list of a month counts each
//! application by its Stockholm day, also where UTC is still in the month before; the text
//! and CSV downloads; the interview's calendar file; nobody else reaches any of it (another
//! participant, the coach while it is not shared, another coach), and the coach's read of a
//! shared list is in the access log; bad input is refused in words and kept.
use crate::common::{assert_contains, id_of, spawn, TestServer};
use app::ssr::store::UserId;
use reqwest::StatusCode;

const MARK: &str = "Arbetsgivare-MARK-A";

fn location(srv: &TestServer, res: &reqwest::Response) -> String {
    let to = res.headers()["location"].to_str().expect("location");
    to.strip_prefix(&srv.base).unwrap_or(to).to_string()
}

/// Adds an application as the app does with JavaScript; returns its id.
async fn add(srv: &TestServer, me: &str, form: &[(&str, &str)]) -> String {
    let res = srv.call("save-application", form, Some(me)).await;
    let status = res.status();
    let body = res.text().await.expect("body");
    assert_eq!(status, StatusCode::OK, "{body}");
    body.trim().to_string()
}

async fn download(
    srv: &TestServer,
    path: &str,
    cookie: Option<&str>,
) -> (StatusCode, String, String) {
    let res = srv.get(path, cookie).await;
    let status = res.status();
    let kind = res
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    (status, kind, res.text().await.expect("body"))
}

#[tokio::test]
async fn a_month_counts_its_stockholm_days_across_its_edges() {
    let srv = spawn().await;
    // 23:30 UTC on Monday 30 November is already 00:30 on Tuesday 1 December in Stockholm.
    srv.clock
        .set("2026-11-30T23:30:00Z".parse().expect("instant"));
    let me = srv.as_participant().await;

    // The new-application form starts from today in Stockholm, and takes what a link
    // puts in it.
    let page = srv
        .page(
            "/applications/new?employer=Lager%20AB&job=Truckf%C3%B6rare&how=coach",
            Some(&me),
        )
        .await;
    assert_contains(
        &page,
        &[
            "value=\"2026-12-01\"",
            "value=\"Lager AB\"",
            "value=\"Truckförare\"",
        ],
    );
    assert!(page.contains("value=\"coach\" checked"), "{page}");

    // Sent without JavaScript and without a day: today in Stockholm, not in UTC.
    let res = srv
        .post_form(
            "save-application",
            &[
                ("employer", "Första dagen AB"),
                ("job", "Kassabiträde"),
                ("day", ""),
                ("how", "in_person"),
            ],
            "/applications/new",
            Some(&me),
        )
        .await;
    assert_eq!(location(&srv, &res), "/applications?added=1");
    let list = srv.page("/applications?added=1", Some(&me)).await;
    assert_contains(
        &list,
        &[
            "Ansökan är sparad.",
            "Första dagen AB",
            "Kassabiträde",
            "tisdag 1 december",
            "På plats",
        ],
    );
    // The later days are added once they have come.
    srv.clock
        .set("2027-01-01T12:00:00Z".parse().expect("instant"));
    // (A month later the session has ended: she signs in again.)
    let me = srv.as_participant().await;
    add(
        &srv,
        &me,
        &[
            ("employer", "Sista dagen, Kyl & Frys AB"),
            ("job", "Lagerarbetare"),
            ("day", "2026-12-31"),
            ("how", "email"),
        ],
    )
    .await;
    add(
        &srv,
        &me,
        &[
            ("employer", "November AB"),
            ("job", "Städare"),
            ("day", "2026-11-30"),
            ("how", "link"),
        ],
    )
    .await;
    add(
        &srv,
        &me,
        &[
            ("employer", "Januari AB"),
            ("job", "Diskare"),
            ("day", "2027-01-01"),
            ("how", "coach"),
        ],
    )
    .await;

    // On New Year's Eve at 23:30 UTC it is already January in Stockholm: the report
    // starts there.
    srv.clock
        .set("2026-12-31T23:30:00Z".parse().expect("instant"));
    let me = srv.as_participant().await;
    let report = srv.page("/applications/report", Some(&me)).await;
    assert_contains(
        &report,
        &[
            "Ansökningar i januari 2027",
            "Januari AB",
            "value=\"2027-01\"",
        ],
    );
    assert!(!report.contains("Första dagen AB"), "{report}");

    // December: both edges, in the report's order, nothing of November or January.
    let december = srv
        .page("/applications/report?month=2026-12", Some(&me))
        .await;
    assert_contains(
        &december,
        &[
            "Ansökningar i december 2026",
            "Första dagen AB",
            "2026-12-01",
            "Sista dagen, Kyl &amp; Frys AB",
            "2026-12-31",
            "/applications/report.txt?month=2026-12",
            "/applications/report.csv?month=2026-12",
        ],
    );
    assert!(!december.contains("November AB") && !december.contains("Januari AB"));
    let first = december.find("Första dagen AB").expect("first");
    let last = december.find("Sista dagen").expect("last");
    assert!(first < last, "oldest first");

    let (status, kind, text) =
        download(&srv, "/applications/report.txt?month=2026-12", Some(&me)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.starts_with("text/plain"), "{kind}");
    assert_eq!(
        text,
        "Ansökningar i december 2026\r\n\r\n\
         Första dagen AB – Kassabiträde – 2026-12-01 – På plats\r\n\
         Sista dagen, Kyl & Frys AB – Lagerarbetare – 2026-12-31 – Via e-post\r\n"
    );
    let (status, kind, csv) =
        download(&srv, "/applications/report.csv?month=2026-12", Some(&me)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.starts_with("text/csv"), "{kind}");
    assert_eq!(
        csv,
        "\u{feff}Arbetsgivare,Jobb,Datum,Hur du sökte\r\n\
         Första dagen AB,Kassabiträde,2026-12-01,På plats\r\n\
         \"Sista dagen, Kyl & Frys AB\",Lagerarbetare,2026-12-31,Via e-post\r\n"
    );
    // November holds its last day only.
    let (_, _, november) =
        download(&srv, "/applications/report.txt?month=2026-11", Some(&me)).await;
    assert!(november.contains("November AB") && !november.contains("Första dagen"));
}

#[tokio::test]
async fn an_application_is_changed_given_an_interview_and_removed() {
    let srv = spawn().await;
    srv.clock
        .set("2026-12-07T09:00:00Z".parse().expect("instant"));
    let me = srv.as_participant().await;
    let id = add(
        &srv,
        &me,
        &[
            ("employer", "ICA Maxi"),
            ("job", "Kassabiträde"),
            ("day", "2026-12-03"),
            ("how", "link"),
        ],
    )
    .await;
    // No interview yet: no calendar file.
    let (status, _, _) = download(
        &srv,
        &format!("/applications/{id}/interview.ics"),
        Some(&me),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let res = srv
        .post_form(
            "save-application",
            &[
                ("id", &id),
                ("employer", "ICA Maxi"),
                ("job", "Kassabiträde"),
                ("day", "2026-12-03"),
                ("how", "link"),
                ("status", "interview"),
                ("interview", "2026-12-08T10:00"),
            ],
            &format!("/applications/{id}"),
            Some(&me),
        )
        .await;
    let to = location(&srv, &res);
    assert!(to.starts_with("/applications?saved="), "{to}");
    let list = srv.page("/applications", Some(&me)).await;
    assert_contains(
        &list,
        &[
            "Intervju: tisdag 8 december",
            "10:00",
            &format!("/applications/{id}/interview.ics"),
        ],
    );
    let form = srv.page(&format!("/applications/{id}"), Some(&me)).await;
    assert_contains(&form, &["value=\"2026-12-08T10:00\"", "Ta bort ansökan"]);
    let (status, kind, ics) = download(
        &srv,
        &format!("/applications/{id}/interview.ics"),
        Some(&me),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.starts_with("text/calendar"), "{kind}");
    assert_contains(
        &ics,
        &[
            "DTSTART;TZID=Europe/Stockholm:20261208T100000\r\n",
            "SEQUENCE:1\r\n",
            "SUMMARY:Intervju: Kassabiträde\\, ICA Maxi\r\n",
            &format!("UID:application-{id}@"),
        ],
    );

    // Removal asks first, then removes.
    let ask = srv
        .page(&format!("/applications/{id}/remove"), Some(&me))
        .await;
    assert_contains(&ask, &["Vill du ta bort den här ansökan?", "ICA Maxi"]);
    let res = srv
        .post_form(
            "remove-application",
            &[("id", &id)],
            &format!("/applications/{id}/remove"),
            Some(&me),
        )
        .await;
    assert_eq!(location(&srv, &res), "/applications?removed=1");
    let list = srv.page("/applications?removed=1", Some(&me)).await;
    assert!(list.contains("Ansökan är borttagen.") && !list.contains("ICA Maxi"));
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
async fn nobody_else_reaches_the_applications_and_a_coachs_read_is_logged() {
    let srv = spawn().await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    let amal_id = id_of(&srv, "amal").await;
    let id = add(
        &srv,
        &amal,
        &[
            ("employer", MARK),
            ("job", "Truckförare"),
            ("day", ""),
            ("how", "email"),
        ],
    )
    .await;
    let bo = srv.participant("Bo Berg", "bo").await;
    let coach = srv.as_coach().await;
    let admin = srv.as_admin().await;

    // Every server function, as anyone but the owner.
    let calls: [(&str, Vec<(&str, &str)>); 4] = [
        ("application", vec![("id", &id)]),
        (
            "save-application",
            vec![
                ("id", &id),
                ("employer", "Kapat"),
                ("job", "Kapat"),
                ("how", "email"),
            ],
        ),
        ("remove-application", vec![("id", &id)]),
        ("my-applications", vec![]),
    ];
    for (endpoint, form) in &calls {
        for (who, cookie, expected) in [
            (
                "another participant",
                Some(bo.as_str()),
                StatusCode::NOT_FOUND,
            ),
            ("the coach", Some(coach.as_str()), StatusCode::FORBIDDEN),
            ("an admin", Some(admin.as_str()), StatusCode::FORBIDDEN),
            ("anonymous", None, StatusCode::UNAUTHORIZED),
        ] {
            let res = srv.call(endpoint, form, cookie).await;
            let status = res.status();
            let body = res.text().await.expect("body");
            assert!(!body.contains(MARK), "{endpoint} as {who}: {body}");
            if *endpoint == "my-applications" && who == "another participant" {
                assert_eq!((status, body.trim()), (StatusCode::OK, "[]"));
                continue;
            }
            assert_eq!(status, expected, "{endpoint} as {who}: {body}");
        }
    }
    // Pages and downloads.
    for path in [
        format!("/applications/{id}"),
        format!("/applications/{id}/remove"),
        "/applications".to_string(),
        "/applications/report".to_string(),
    ] {
        for (who, cookie) in [("bo", &bo), ("the coach", &coach), ("an admin", &admin)] {
            let page = srv.page(&path, Some(cookie)).await;
            assert!(!page.contains(MARK), "{path} as {who}");
        }
    }
    for path in [
        format!("/applications/{id}/interview.ics"),
        "/applications/report.txt".to_string(),
        "/applications/report.csv".to_string(),
    ] {
        for (who, cookie) in [("bo", &bo), ("the coach", &coach), ("an admin", &admin)] {
            let (status, _, body) = download(&srv, &path, Some(cookie)).await;
            assert!(!body.contains(MARK), "{path} as {who}");
            if path.ends_with(".ics") || who != "bo" {
                assert_eq!(status, StatusCode::NOT_FOUND, "{path} as {who}");
            }
        }
    }
    // Nothing changed.
    let mine = srv.page("/applications", Some(&amal)).await;
    assert!(mine.contains(MARK), "{mine}");

    // The coach's page: "Inte delat", nothing read, nothing logged.
    let page = format!("/coach/participants/{amal_id}");
    let html = srv.page(&page, Some(&coach)).await;
    assert_eq!(html.matches("Inte delat").count(), 6, "{html}");
    assert!(html.contains("Mina ansökningar"), "{html}");
    assert!(!html.contains(MARK));
    assert!(looks(&srv, &amal_id).await.is_empty());

    // Shared: the coach reads it, once per request in the log.
    crate::parts::share(&srv, &amal, "applications", true, "").await;
    let own = srv.page("/applications", Some(&amal)).await;
    assert!(own.contains("Din coach ser det här"), "{own}");
    let html = srv.page(&page, Some(&coach)).await;
    assert_contains(&html, &[MARK, "Truckförare", "Via e-post"]);
    assert!(!html.contains("/interview.ics") && !html.contains(&format!("/applications/{id}\"")));
    assert_eq!(
        looks(&srv, &amal_id).await,
        [("applications".to_string(), "view".to_string())]
    );
    // "Vem har tittat?" and the consent history say it in words.
    assert_contains(
        &srv.page("/access-log", Some(&amal)).await,
        &["Coach Demo Coach såg dina ansökningar,"],
    );
    assert_contains(
        &srv.page("/sharing/history", Some(&amal)).await,
        &["Du delade dina ansökningar med Demo Coach."],
    );
    // Another coach: not their participant at all.
    let other = srv.other_coach().await;
    let res = srv.get(&page, Some(&other)).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(!res.text().await.expect("page").contains(MARK));
    let res = srv
        .call("shared-parts", &[("person", &amal_id)], Some(&other))
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);

    // Taken back: refused on the very next request.
    crate::parts::share(&srv, &amal, "applications", false, "").await;
    let html = srv.page(&page, Some(&coach)).await;
    assert!(!html.contains(MARK), "withdrawn");
    assert_eq!(looks(&srv, &amal_id).await.len(), 1);
}

#[tokio::test]
async fn bad_input_is_refused_in_words_and_kept() {
    let srv = spawn().await;
    srv.clock
        .set("2026-12-07T09:00:00Z".parse().expect("instant"));
    let me = srv.as_participant().await;
    let long = "x".repeat(201);
    let res = srv
        .post_form(
            "save-application",
            &[
                ("employer", ""),
                ("job", &long),
                ("day", "2026-13-45"),
                ("interview", "nästa tisdag"),
            ],
            "/applications/new",
            Some(&me),
        )
        .await;
    let to = location(&srv, &res);
    assert!(to.starts_with("/applications/new"), "{to}");
    let page = srv.page(&to, Some(&me)).await;
    for field in ["employer", "job", "day", "how"] {
        assert!(
            page.contains(&format!("href=\"#{field}\"")),
            "{field}: {page}"
        );
    }
    assert_contains(
        &page,
        &[
            "Fyll i fältet.",
            "Skriv dagen så här: 2027-03-31.",
            "value=\"2026-13-45\"",
            &format!("value=\"{long}\""),
        ],
    );
    // A day ahead is not a day applied.
    let res = srv
        .call(
            "save-application",
            &[
                ("employer", "Lager AB"),
                ("job", "Plockare"),
                ("day", "2026-12-08"),
                ("how", "link"),
            ],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.expect("body").contains("InFuture"));
    // A changed application with a time that is not one keeps it.
    let id = add(
        &srv,
        &me,
        &[
            ("employer", "Lager AB"),
            ("job", "Plockare"),
            ("day", "2026-12-07"),
            ("how", "link"),
        ],
    )
    .await;
    let res = srv
        .post_form(
            "save-application",
            &[
                ("id", &id),
                ("employer", "Lager AB"),
                ("job", "Plockare"),
                ("day", "2026-12-07"),
                ("how", "link"),
                ("status", "interview"),
                ("interview", "tisdag tio"),
            ],
            &format!("/applications/{id}"),
            Some(&me),
        )
        .await;
    let page = srv.page(&location(&srv, &res), Some(&me)).await;
    assert_contains(
        &page,
        &[
            "href=\"#interview\"",
            "Skriv dag och klockslag så här: 2026-12-08 10:00.",
            "value=\"tisdag tio\"",
        ],
    );
    // A month that is not one: said, kept, and this month's list instead.
    let report = srv
        .page("/applications/report?month=2026-13", Some(&me))
        .await;
    assert_contains(
        &report,
        &[
            "Skriv månaden så här: 2026-12.",
            "value=\"2026-13\"",
            "Ansökningar i december 2026",
            "Lager AB",
        ],
    );
}
