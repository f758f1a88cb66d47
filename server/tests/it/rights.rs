//! Data rights over real HTTP: the export holds every table about the person (checked
//! against the schema itself) and reads back as the pages show it; erasure leaves no trace
//! of the person in the database file or its WAL while another participant's data and the
//! programme's counts stay; the grace period and retention on the injected clock; and a
//! move to another coach or a deactivation applies on the very next request.
use crate::common::{assert_contains, id_of, spawn, spawn_with, TestServer};
use crate::groups::{publish, workshop};
use crate::parts::{attended_meeting, ok, plant_marked, share, MONDAY_MORNING};
use reqwest::StatusCode;
use server::store::rights_tables::{EXPORTED, NOT_PERSONAL, SECRET_COLUMNS};
use server::store::Pool;

const DAY: i64 = 86_400;

/// The password `TestServer::participant` gives `login`.
fn password(login: &str) -> String {
    format!("{login} har ett långt lösenord")
}

/// A sign-in with the right password, as the form sends it.
async fn try_sign_in(srv: &TestServer, login: &str) -> reqwest::Response {
    srv.call(
        "sign-in",
        &[("login", login), ("password", &password(login))],
        None,
    )
    .await
}

/// The session `cookie` has ended: nobody is signed in with it.
async fn signed_out(srv: &TestServer, cookie: &str) {
    assert_eq!(
        srv.json("current-user", &[], Some(cookie)).await,
        serde_json::Value::Null
    );
}

/// One whole number the database answers `sql` with, on either engine.
async fn scalar(store: &dyn server::store::Engine, sql: &str) -> i64 {
    match store.pool() {
        Pool::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(&pool).await.expect(sql),
        Pool::Postgres(pool) => {
            let n: Option<i64> = sqlx::query_scalar(&format!("SELECT CAST(({sql}) AS BIGINT)"))
                .fetch_one(&pool)
                .await
                .expect(sql);
            n.unwrap_or(0)
        }
    }
}

/// The workshop and the drop-in the demo coach holds this week.
struct Groups {
    workshop: String,
    dropin: String,
}

async fn groups(srv: &TestServer, coach: &str) -> Groups {
    let workshop = workshop(srv, coach, "5").await.to_string();
    let dropin = publish(
        srv,
        coach,
        &[
            ("kind", "dropin"),
            ("day", "2026-12-07"),
            ("from", "13:00"),
            ("to", "15:00"),
            ("place", "Kontoret"),
        ],
    )
    .await
    .to_string();
    Groups { workshop, dropin }
}

/// The free texts a participant types, each carrying `mark`.
fn texts(mark: &str) -> Vec<String> {
    [
        "styrka",
        "jobb",
        "språk",
        "mål",
        "övning",
        "cvrad",
        "tolk",
        "platstolk",
        "arbetsgivare",
    ]
    .iter()
    .map(|what| format!("{mark}{what}"))
    .collect()
}

/// Something in every table about the participant `me` (id `id`), every free text marked
/// with `mark`: what a year in the programme leaves. Returns new sessions of the coach and
/// the participant (the clock has moved on to the meeting they came to).
async fn plant_everything(
    srv: &TestServer,
    g: &Groups,
    login: &str,
    id: &str,
    mark: &str,
) -> (String, String) {
    let me = &srv.sign_in(login, &password(login)).await;
    let t = texts(mark);
    let coach = srv.as_coach().await;
    let goal = plant_marked(srv, me, [&t[0], &t[1], &t[2], &t[3]]).await;
    ok(
        srv,
        me,
        "practised",
        &[("id", &goal), ("minutes", "20"), ("note", &t[4])],
    )
    .await;
    ok(
        srv,
        me,
        "goal-state",
        &[("id", &goal), ("how", "pause"), ("reason", "ill")],
    )
    .await;
    let cv = srv.start_cv(me).await;
    ok(
        srv,
        me,
        "save-cv-entry",
        &[
            ("id", &cv),
            ("section", "languages"),
            ("index", "new"),
            ("draft", "utkast-1"),
            ("language", &t[5]),
            ("level", "Ganska bra"),
        ],
    )
    .await;
    // A job application in "Mina ansökningar".
    ok(
        srv,
        me,
        "save-application",
        &[
            ("employer", &t[8]),
            ("job", "Lagerarbetare"),
            ("day", ""),
            ("how", "email"),
        ],
    )
    .await;
    // A place in today's drop-in queue, a workshop seat, a meeting ahead (booked with an
    // interpreter), and one she came to.
    ok(srv, me, "queue", &[("id", &g.dropin)]).await;
    ok(
        srv,
        me,
        "book-seat",
        &[("id", &g.workshop), ("key", "seat"), ("interpreter", &t[7])],
    )
    .await;
    crate::booking::publish_hours(srv, &coach).await;
    let days = srv.json("free-days", &[], Some(me)).await;
    let book = |n: usize, key: &'static str, interpreter: String| {
        let days = days.clone();
        async move {
            let day = days["days"][n][0].as_str().expect("a day").to_string();
            let times = srv.json("free-times", &[("day", &day)], Some(me)).await;
            let start = times["times"][0]["starts_at"].as_i64().expect("a time");
            let res = srv
                .call(
                    "book",
                    &[
                        ("day", &day),
                        ("start", &start.to_string()),
                        ("key", key),
                        ("help", "cv"),
                        ("interpreter", &interpreter),
                    ],
                    Some(me),
                )
                .await;
            assert_eq!(res.status(), StatusCode::OK);
            (res.text().await.expect("id"), start)
        }
    };
    share(srv, me, "strengths", true, "").await;
    // The coach reads what is shared (the access log), writes a note, changes it, and
    // keeps an internal one; and gives a new password code (an invitation row).
    let page = srv
        .page(&format!("/coach/participants/{id}"), Some(&coach))
        .await;
    assert_contains(&page, &[&t[0]]);
    ok(
        srv,
        &coach,
        "add-note",
        &[("person", id), ("body", &format!("{mark} ringde"))],
    )
    .await;
    ok(
        srv,
        &coach,
        "add-note",
        &[
            ("person", id),
            ("body", &format!("{mark} internt")),
            ("internal", "on"),
        ],
    )
    .await;
    let notes = srv
        .json("participant-notes", &[("person", id)], Some(&coach))
        .await;
    let note = notes[0]["id"].to_string();
    ok(
        srv,
        &coach,
        "change-note",
        &[("id", &note), ("body", &format!("{mark} ringde igen"))],
    )
    .await;
    ok(srv, &coach, "new-password-code", &[("id", id)]).await;
    book(2, "ahead", t[6].clone()).await;
    let (met, start) = book(0, "met", String::new()).await;
    srv.clock
        .set(jiff::Timestamp::from_second(start + 60).expect("instant"));
    // (The sessions of a day ago have ended: both sign in again.)
    let coach = srv.as_coach().await;
    let me = srv.sign_in(login, &password(login)).await;
    ok(
        srv,
        &coach,
        "record-attendance",
        &[("id", &met), ("attendance", "attended")],
    )
    .await;
    // Job development: a contact made for her, a lead offered, her yes, a presentation.
    let res = srv
        .call(
            "add-employer",
            &[("name", &format!("Bageriet {id}"))],
            Some(&coach),
        )
        .await;
    let employer: String = res.headers()["location"]
        .to_str()
        .expect("ascii")
        .trim_start_matches("/coach/employers/")
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let today = app::ssr::clock::day_of(srv.clock.now()).to_string();
    ok(
        srv,
        &coach,
        "log-contact",
        &[
            ("employer", &employer),
            ("day", &today),
            ("how", "visit"),
            ("person", id),
            ("note", &format!("{mark} kontakt")),
        ],
    )
    .await;
    let res = srv
        .call(
            "add-lead",
            &[
                ("employer", &employer),
                ("kind", "job"),
                ("title", "Bagare"),
            ],
            Some(&coach),
        )
        .await;
    let lead: String = res.headers()["location"]
        .to_str()
        .expect("ascii")
        .trim_start_matches("/coach/leads/")
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    ok(
        srv,
        &coach,
        "offer-lead",
        &[("lead", &lead), ("person", id)],
    )
    .await;
    let offers = srv.json("my-offers", &[], Some(&me)).await;
    let offer = offers[0]["id"].to_string();
    ok(
        srv,
        &me,
        "answer-offer",
        &[
            ("offer", &offer),
            ("answer", "yes"),
            ("comment", &format!("{mark} gärna")),
        ],
    )
    .await;
    ok(srv, &coach, "present", &[("offer", &offer), ("cv", "none")]).await;
    // The road to work: a praktik recorded, then corrected (its earlier values kept).
    let praktik = [
        ("person", id),
        ("kind", "praktik"),
        ("day", today.as_str()),
        ("place", &format!("{mark} praktikplats")),
        ("mentor", &format!("{mark} handledare")),
    ];
    ok(srv, &coach, "save-event", &praktik).await;
    let event = srv
        .on_server({
            let person = app::ssr::store::UserId::new(id.parse().expect("id"));
            move |store| async move {
                app::outcomes::store::OutcomeStore::outcomes(&*store, person)
                    .await
                    .expect("events")[0]
                    .id
                    .to_string()
            }
        })
        .await;
    ok(
        srv,
        &coach,
        "save-event",
        &[
            ("event", event.as_str()),
            ("day", today.as_str()),
            ("place", &format!("{mark} praktikplatsen")),
            ("mentor", ""),
        ],
    )
    .await;
    // Reminders on a phone: a device, a kind stopped, and one reminder made.
    srv.on_server({
        let person = app::ssr::store::UserId::new(id.parse().expect("id"));
        // A marked text in the push address: the erasure test finds it if the device stays.
        let endpoint = format!("https://fcm.googleapis.com/fcm/send/{}", t[0]);
        move |store| async move {
            use app::reminders::store::{NewDevice, ReminderStore};
            let device = NewDevice {
                endpoint,
                p256dh: "k".into(),
                auth: "a".into(),
                label: "Android".into(),
            };
            let store: &dyn ReminderStore = &*store;
            store.add_device(person, &device, 1).await.expect("device");
            store
                .set_stopped(person, &[app::reminders::Setting::Turn])
                .await
                .expect("stopped");
            store
                .add_reminder(person, app::reminders::Kind::Cancelled, 1, 1)
                .await
                .expect("reminder");
        }
    })
    .await;
    (coach, me)
}

/// Downloads `/my-data/export.zip` and returns its files' names, the export's JSON and
/// the archive (checked whole by `unzip`, an implementation that is not ours).
async fn export(srv: &TestServer, me: &str) -> (Vec<String>, serde_json::Value, tempfile::TempDir) {
    // As a browser asks: compressed if possible (a zip is not compressed again).
    let res = srv
        .client
        .get(format!("{}/my-data/export.zip", srv.base))
        .header("cookie", me)
        .header("accept-encoding", "br, gzip")
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "application/zip");
    assert!(res.headers().get("content-encoding").is_none());
    assert!(res.headers()["content-disposition"]
        .to_str()
        .expect("ascii")
        .starts_with("attachment; filename=\"vagval-export-"));
    let bytes = res.bytes().await.expect("zip");
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("export.zip");
    std::fs::write(&path, &bytes).expect("write");
    let unzip = |args: &[&str]| {
        let out = std::process::Command::new("unzip")
            .args(args)
            .arg(&path)
            .args(if args == ["-p"] {
                vec!["vagval-export.json"]
            } else {
                vec![]
            })
            .output()
            .expect("unzip (make test installs it)");
        assert!(
            out.status.success(),
            "unzip {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    unzip(&["-tq"]);
    let names = String::from_utf8(unzip(&["-Z1"])).expect("names");
    let json = serde_json::from_slice(&unzip(&["-p"])).expect("the export's JSON");
    (names.lines().map(str::to_string).collect(), json, dir)
}

/// Every table of the database, from the database itself.
async fn tables(srv: &TestServer) -> Vec<String> {
    srv.on_server(|store| async move {
        match store.pool() {
            Pool::Sqlite(pool) => sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )
            .fetch_all(&pool)
            .await
            .expect("tables"),
            Pool::Postgres(pool) => sqlx::query_scalar(
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()",
            )
            .fetch_all(&pool)
            .await
            .expect("tables"),
        }
    })
    .await
}

#[tokio::test]
async fn every_table_is_exported_or_said_to_hold_nothing_personal() {
    let srv = spawn().await;
    for table in tables(&srv).await {
        let exported = EXPORTED.iter().any(|e| e.table == table);
        let not_personal = NOT_PERSONAL.iter().find(|(t, _)| *t == table);
        assert!(
            exported != not_personal.is_some(),
            "table {table}: add it to the export (server/src/store/rights_tables.rs and \
             docs/export.md) or list it as not personal, with the reason"
        );
        if let Some((_, reason)) = not_personal {
            assert!(
                reason.len() > 20,
                "{table}: say why it holds nothing personal"
            );
        }
    }
    // And nothing is listed that the schema does not have.
    let all = tables(&srv).await;
    for e in EXPORTED {
        assert!(all.iter().any(|t| t == e.table), "{} is gone", e.table);
    }
    // docs/export.md describes every section.
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/export.md"))
        .expect("docs/export.md");
    for e in EXPORTED {
        assert!(
            doc.contains(&format!("`{}`", e.table)),
            "docs/export.md: {}",
            e.table
        );
    }
}

#[tokio::test]
async fn the_export_holds_every_table_and_reads_back_as_the_pages_show_it() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let g = groups(&srv, &coach).await;
    srv.participant("Amal Ahmed", "amal").await;
    let id = id_of(&srv, "amal").await;
    let (coach, me) = plant_everything(&srv, &g, "amal", &id, "Amal-").await;
    ok(&srv, &me, "ask-erasure", &[]).await;

    let (names, json, _dir) = export(&srv, &me).await;
    assert_eq!(json["format_version"], 1);
    assert_eq!(json["person_id"].to_string(), id);
    // Every exported table has the person's rows, each with every column but secrets.
    for e in EXPORTED {
        let rows = json["tables"][e.table].as_array().expect(e.table);
        assert!(!rows.is_empty(), "{} has the person's rows", e.table);
    }
    let text = json.to_string();
    for secret in SECRET_COLUMNS {
        assert!(
            !text.contains(&format!("\"{secret}\"")),
            "{secret} is never exported"
        );
    }
    for t in texts("Amal-") {
        assert!(text.contains(&t), "{t} is in the export");
    }
    // Internal notes too, and the access log names who read.
    assert!(text.contains("Amal- internt"));
    let reader = json["tables"]["access_log"][0]["reader_id"].to_string();
    let coach_name = json["people"][&reader].as_str().expect("the reader's name");
    let log_page = srv.page("/access-log", Some(&me)).await;
    assert_contains(&log_page, &[coach_name]);
    // As the pages show it.
    let goal = &json["tables"]["practice_goals"][0];
    assert_contains(
        &srv.page("/goals", Some(&me)).await,
        &[goal["what"].as_str().expect("what")],
    );
    assert_eq!(json["tables"]["users"][0]["display_name"], "Amal Ahmed");
    assert!(json["tables"]["users"][0]["created_at"]
        .as_str()
        .expect("RFC 3339")
        .ends_with('Z'));
    let cv = json["tables"]["cvs"][0]["id"].to_string();
    assert_eq!(
        json["tables"]["cvs"][0]["document"]["languages"][0]["language"],
        "Amal-cvrad"
    );
    // The files: JSON Resume and PDF of each CV, the bookings, the read-me in Swedish.
    for name in [
        "vagval-export.json".to_string(),
        format!("cv-{cv}.json"),
        format!("cv-{cv}.pdf"),
        "bookings.ics".into(),
        "LÄS-MIG.txt".into(),
    ] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    // Nobody else may take it out: not the coach, not an admin, not signed out.
    for cookie in [Some(coach.as_str()), Some(srv.as_admin().await.as_str())] {
        assert_eq!(
            srv.get("/my-data/export.zip", cookie).await.status(),
            StatusCode::NOT_FOUND
        );
    }
    let anonymous = srv.get("/my-data/export.zip", None).await;
    assert!(anonymous.status().is_redirection());
}

/// Every text column of every table that holds one of `needles`, as `table.column`.
async fn holders(srv: &TestServer, needles: Vec<String>) -> Vec<String> {
    srv.on_server(move |store| async move {
        let mut found = Vec::new();
        match store.pool() {
            Pool::Sqlite(pool) => {
                let tables: Vec<String> = sqlx::query_scalar(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
                )
                .fetch_all(&pool)
                .await
                .expect("tables");
                for table in tables {
                    let columns: Vec<(String,)> =
                        sqlx::query_as(&format!("SELECT name FROM pragma_table_info('{table}')"))
                            .fetch_all(&pool)
                            .await
                            .expect("columns");
                    for (column,) in columns {
                        for needle in &needles {
                            let n: i64 = sqlx::query_scalar(&format!(
                                "SELECT COUNT(*) FROM {table} WHERE instr(CAST({column} AS BLOB), CAST($1 AS BLOB)) > 0"
                            ))
                            .bind(needle)
                            .fetch_one(&pool)
                            .await
                            .expect("search");
                            if n > 0 {
                                found.push(format!("{table}.{column}"));
                            }
                        }
                    }
                }
            }
            Pool::Postgres(pool) => {
                let columns: Vec<(String, String, String)> = sqlx::query_as(
                    "SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns
                     WHERE table_schema = current_schema() AND data_type IN ('text', 'bytea')",
                )
                .fetch_all(&pool)
                .await
                .expect("columns");
                for (table, column, kind) in columns {
                    let test = if kind == "bytea" {
                        format!("position(convert_to($1, 'UTF8') in {column}) > 0")
                    } else {
                        format!("position($1 in {column}) > 0")
                    };
                    for needle in &needles {
                        let n: i64 = sqlx::query_scalar(&format!(
                            "SELECT COUNT(*) FROM {table} WHERE {test}"
                        ))
                        .bind(needle)
                        .fetch_one(&pool)
                        .await
                        .expect("search");
                        if n > 0 {
                            found.push(format!("{table}.{column}"));
                        }
                    }
                }
            }
        }
        found
    })
    .await
}

#[tokio::test]
async fn erasure_leaves_no_trace_and_keeps_everyone_elses_data_and_the_counts() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let g = groups(&srv, &coach).await;
    srv.participant("Zenobia Quixote", "zenobia").await;
    let zen_id = id_of(&srv, "zenobia").await;
    plant_everything(&srv, &g, "zenobia", &zen_id, "Zqx-").await;
    srv.participant("Omar Said", "omar").await;
    let omar_id = id_of(&srv, "omar").await;
    let (coach, omar) = plant_everything(&srv, &g, "omar", &omar_id, "Omr-").await;
    let zen = srv.sign_in("zenobia", &password("zenobia")).await;
    let counts = |srv: &TestServer| {
        let srv_store = srv.store.clone();
        async move {
            let mut out = Vec::new();
            for sql in [
                "SELECT COUNT(*) FROM bookings WHERE attendance = 'attended'",
                "SELECT COUNT(*) FROM bookings",
                "SELECT COUNT(*) FROM queue_entries",
                "SELECT COUNT(*) FROM access_log",
            ] {
                out.push(scalar(&*srv_store, sql).await);
            }
            out
        }
    };
    // A form she sent without JavaScript was refused, and she never loaded the page that
    // would have shown her what she typed: it waits in her session.
    let res = srv
        .post_form(
            "save-goal",
            &[("what", "Zqx-flash"), ("per_week", "99"), ("until", "")],
            "/goals/new",
            Some(&zen),
        )
        .await;
    assert!(res.status().is_redirection());
    // (The session store keeps it base64-encoded: found by its key.)
    assert_eq!(
        holders(&srv, vec!["form_error".into()]).await,
        vec!["sessions.data".to_string()]
    );
    let before = counts(&srv).await;
    let seats_before = scalar(&*srv.store, "SELECT SUM(taken) FROM group_sessions").await;

    // An admin erases her at once: the wrong name first, which erases nothing.
    let admin = srv.as_admin().await;
    let res = srv
        .call(
            "erase-now",
            &[("id", &zen_id), ("name", "Zenobia")],
            Some(&admin),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_contains(&res.text().await.expect("body"), &["NameDoesNotMatch"]);
    assert_contains(&srv.page("/strengths", Some(&zen)).await, &["Zqx-styrka"]);
    // Her coach may erase her too, from a page that asks for her name; another coach finds
    // no such page, nor does a participant.
    let erase_page = format!("/coach/participants/{zen_id}/erase");
    assert_contains(
        &srv.page(&erase_page, Some(&coach)).await,
        &[
            "Zenobia Quixote",
            "Radera kontot för alltid",
            "Skriv personens namn",
        ],
    );
    let stranger = srv.other_coach().await;
    for cookie in [&stranger, &omar] {
        assert!(!srv
            .page(&erase_page, Some(cookie))
            .await
            .contains("Zenobia"));
    }
    for cookie in [&stranger, &omar] {
        let res = srv
            .call(
                "erase-now",
                &[("id", &zen_id), ("name", "Zenobia Quixote")],
                Some(cookie),
            )
            .await;
        assert_ne!(res.status(), StatusCode::OK);
    }
    let res = srv
        .post_form(
            "erase-now",
            &[("id", &zen_id), ("name", " zenobia quixote ")],
            "/admin/people",
            Some(&admin),
        )
        .await;
    assert!(res.status().is_redirection());
    assert_eq!(
        crate::groups::location(&srv, &res),
        "/admin/people?erased=1"
    );

    // Nothing of her is left anywhere in the database: not her name, login or any text.
    let mut needles = texts("Zqx-");
    needles.push("form_error".into());
    needles.extend([
        "Zenobia".to_string(),
        "Quixote".into(),
        "zenobia".into(),
        "Zqx- ringde".into(),
        "Zqx- internt".into(),
        "Zqx- praktikplats".into(),
        "Zqx- handledare".into(),
    ]);
    assert_eq!(holders(&srv, needles.clone()).await, Vec::<String>::new());
    // Nor in the file or its WAL, where deleted pages could linger.
    if !crate::common::on_postgres() {
        for file in ["vagval.db", "vagval.db-wal"] {
            let path = srv.data_dir().join(file);
            let bytes = std::fs::read(&path).unwrap_or_default();
            for needle in &needles {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                    "{needle} is still in {file}"
                );
            }
        }
    }
    // Omar's data is whole, and the programme's counts are the same: her meetings, visits
    // and the reads of her data are kept under her pseudonym; only her workshop seat ahead
    // went back to the workshop.
    assert_contains(&srv.page("/strengths", Some(&omar)).await, &["Omr-styrka"]);
    assert!(!holders(&srv, texts("Omr-")).await.is_empty());
    assert_eq!(counts(&srv).await, before);
    let seats_after = scalar(&*srv.store, "SELECT SUM(taken) FROM group_sessions").await;
    assert_eq!(seats_after, seats_before - 1);
    // Her session ended and she cannot sign in; her coach no longer has her.
    signed_out(&srv, &zen).await;
    let res = try_sign_in(&srv, "zenobia").await;
    assert_ne!(res.status(), StatusCode::OK);
    let caseload = srv.json("caseload", &[], Some(&coach)).await.to_string();
    assert!(!caseload.contains("Zenobia"));
    // The admins' log says who erased whom, by pseudonym.
    assert_contains(
        &srv.page("/admin/log", Some(&admin)).await,
        &[&format!("#{zen_id}")],
    );
}

/// A participant of the demo coach's at `at`, signed in then; returns the session.
async fn participant_at(srv: &TestServer, name: &str, login: &str) -> (String, String) {
    let me = srv.participant(name, login).await;
    (me, id_of(srv, login).await)
}

async fn care(srv: &TestServer, retention_months: Option<u32>) -> app::rights::server::Cared {
    let now = srv.clock.now();
    srv.on_server(move |store| async move {
        app::rights::server::care(
            store.as_ref(),
            now,
            app::rights::server::Care {
                retention_months,
                grace_days: 30,
            },
        )
        .await
        .expect("care")
    })
    .await
}

#[tokio::test]
async fn an_erasure_waits_thirty_days_and_can_be_taken_back_until_then() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let (me, id) = participant_at(&srv, "Lina Berg", "lina").await;
    ok(
        &srv,
        &me,
        "save-own-strength",
        &[("group", "heart"), ("text", "Lina-styrka"), ("example", "")],
    )
    .await;
    // The page says what goes, what stays and for how long, before anything is asked.
    let page = srv.page("/my-data/erase", Some(&me)).await;
    assert_contains(
        &page,
        &[
            "Det här raderas",
            "Det här sparar organisationen",
            "30 dagar",
        ],
    );
    ok(&srv, &me, "ask-erasure", &[]).await;
    // Her own request is hers to take back, not an admin's to overrule; and no admin
    // closes an admin's account from here.
    let admin = srv.as_admin().await;
    let res = srv
        .call(
            "keep-account",
            &[("id", &id), ("reason", "Vi vill ha kvar henne")],
            Some(&admin),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let admin_id = id_of(&srv, "admin").await;
    let res = srv
        .call(
            "set-account-open",
            &[("id", &admin_id), ("open", "no")],
            Some(&admin),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_contains(
        &srv.page("/my-data", Some(&me)).await,
        &["Ditt konto raderas", "6 januari"],
    );
    ok(&srv, &me, "withdraw-erasure", &[]).await;
    srv.clock.advance(31 * DAY);
    assert_eq!(care(&srv, None).await.erased, 0);
    // (A session lasts at most 12 hours: she signs in again whenever she comes back.)
    let me = srv.sign_in("lina", &password("lina")).await;
    assert_contains(&srv.page("/strengths", Some(&me)).await, &["Lina-styrka"]);
    // Asked again: still there a day before the end, gone after it.
    ok(&srv, &me, "ask-erasure", &[]).await;
    srv.clock.advance(29 * DAY);
    assert_eq!(care(&srv, None).await.erased, 0);
    let me = srv.sign_in("lina", &password("lina")).await;
    assert_contains(
        &srv.page("/my-data", Some(&me)).await,
        &["Ditt konto raderas"],
    );
    srv.clock.advance(DAY + 60);
    assert_eq!(care(&srv, None).await.erased, 1);
    assert_eq!(
        holders(&srv, vec!["Lina-styrka".into(), "Lina Berg".into()]).await,
        Vec::<String>::new()
    );
    signed_out(&srv, &me).await;
    let admin = srv.as_admin().await;
    let log = srv.page("/admin/log", Some(&admin)).await;
    assert_contains(
        &log,
        &[
            "bad om radering",
            "ångrade raderingen",
            "raderade kontot",
            &format!("#{id}"),
            "Vägval (automatiskt)",
        ],
    );
}

#[tokio::test]
async fn retention_lists_inactive_accounts_by_itself_and_a_return_or_a_reason_keeps_them() {
    let srv = spawn_with(|c| c.retention_months = Some(12)).await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    participant_at(&srv, "Kalle Åter", "kalle").await;
    let (_kept, kept_id) = participant_at(&srv, "Kerstin Kvar", "kerstin").await;
    let (_gone, gone_id) = participant_at(&srv, "Gustav Gallrad", "gustav").await;
    participant_at(&srv, "Aktiv Anna", "aktiv").await;
    // Someone invited who never came: listed too, and still an invitation the coach can
    // take back.
    let coach = srv.as_coach().await;
    let pending = srv.invite(&coach, "Pia Väntar").await["person"].to_string();
    // Eleven months on, Anna signs in; a month later the others have been away a year.
    srv.clock.advance(335 * DAY);
    srv.sign_in("aktiv", &password("aktiv")).await;
    srv.clock.advance(31 * DAY);
    // The demo participant, who never signed in, is listed too.
    assert_eq!(care(&srv, Some(12)).await.listed, 5);
    assert_eq!(care(&srv, Some(12)).await.listed, 0, "listed once");
    let admin = srv.as_admin().await;
    let waiting = srv.page("/admin/erasures", Some(&admin)).await;
    assert_contains(
        &waiting,
        &[
            "Kalle Åter",
            "Kerstin Kvar",
            "Gustav Gallrad",
            "Inte använt på länge",
        ],
    );
    assert!(!waiting.contains("Aktiv Anna"));
    let coach = srv.as_coach().await;
    ok(&srv, &coach, "withdraw-invitation", &[("id", &pending)]).await;
    assert!(!srv
        .page("/admin/erasures", Some(&admin))
        .await
        .contains("Pia Väntar"));
    // Kalle comes back: the listing ends, and his home page tells him once.
    let back = srv.sign_in("kalle", &password("kalle")).await;
    assert_contains(
        &srv.page("/home", Some(&back)).await,
        &["Välkommen tillbaka"],
    );
    ok(&srv, &back, "seen-account-news", &[("to", "home")]).await;
    assert!(!srv
        .page("/home", Some(&back))
        .await
        .contains("Välkommen tillbaka"));
    // An admin keeps Kerstin, with a reason (none is refused in words).
    let res = srv
        .call(
            "keep-account",
            &[("id", &kept_id), ("reason", " ")],
            Some(&admin),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    ok(
        &srv,
        &admin,
        "keep-account",
        &[("id", &kept_id), ("reason", "Inskriven till mars")],
    )
    .await;
    // After the grace period only Gustav (and the demo participant) are erased.
    srv.clock.advance(31 * DAY);
    assert_eq!(care(&srv, Some(12)).await.erased, 2);
    let admin = srv.as_admin().await;
    let log = srv.page("/admin/log", Some(&admin)).await;
    assert_contains(
        &log,
        &[
            "listade kontot för gallring",
            "loggade in igen",
            "sparade kontot",
            "Inskriven till mars",
            &format!("#{gone_id}"),
        ],
    );
    assert!(!log.contains("Gustav"));
    assert!(srv
        .page("/admin/erasures", Some(&admin))
        .await
        .contains("Inga konton väntar"));
}

#[tokio::test]
async fn a_move_and_a_deactivation_apply_on_the_next_request() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let (me, id) = participant_at(&srv, "Rami Flytt", "rami").await;
    ok(
        &srv,
        &me,
        "save-own-strength",
        &[("group", "heart"), ("text", "Rami-MARK"), ("example", "")],
    )
    .await;
    share(&srv, &me, "strengths", true, "").await;
    let booking = attended_meeting(&srv, &coach, &me).await;
    ok(
        &srv,
        &coach,
        "add-note",
        &[("person", &id), ("body", "Rami-NOTE")],
    )
    .await;
    assert_contains(
        &srv.page(&format!("/coach/participants/{id}"), Some(&coach))
            .await,
        &["Rami-MARK", "Rami-NOTE"],
    );
    let coach = srv.as_coach().await;
    let other = srv.other_coach().await;
    let other_id = id_of(&srv, "coach2").await;

    // Only an admin moves people.
    for cookie in [&coach, &other, &me] {
        let res = srv
            .call(
                "move-participant",
                &[("id", &id), ("coach", &other_id)],
                Some(cookie),
            )
            .await;
        assert_ne!(res.status(), StatusCode::OK);
    }
    let admin = srv.as_admin().await;
    let page = srv.page(&format!("/admin/people/{id}"), Some(&admin)).await;
    assert_contains(&page, &["Rami Flytt", "Byt coach", "Other Coach"]);
    assert!(
        !page.contains("Rami-MARK") && !page.contains("Rami-NOTE"),
        "an admin reads nobody's data"
    );
    let res = srv
        .post_form(
            "move-participant",
            &[("id", &id), ("coach", &other_id)],
            &format!("/admin/people/{id}"),
            Some(&admin),
        )
        .await;
    assert_eq!(
        crate::groups::location(&srv, &res),
        format!("/admin/people/{id}?moved=1")
    );

    // The old coach's very next requests: nothing of Rami, with planted markers.
    for path in [format!("/coach/participants/{id}"), "/coach".to_string()] {
        let body = srv.page(&path, Some(&coach)).await;
        assert!(
            !body.contains("Rami-MARK") && !body.contains("Rami-NOTE"),
            "{path}"
        );
    }
    for (endpoint, form) in [
        ("participant-notes", vec![("person", id.as_str())]),
        ("participant-account", vec![("id", id.as_str())]),
        ("add-note", vec![("person", id.as_str()), ("body", "sent")]),
        ("erasable", vec![("id", id.as_str())]),
    ] {
        let res = srv.call(endpoint, &form, Some(&coach)).await;
        let status = res.status();
        let body = res.text().await.unwrap_or_default();
        assert_ne!(status, StatusCode::OK, "{endpoint}");
        assert!(!body.contains("Rami-"), "{endpoint}: {body}");
    }
    assert!(!srv
        .json("caseload", &[], Some(&coach))
        .await
        .to_string()
        .contains("Rami"));
    // The new coach has Rami, but not what was shared with the old one.
    let other = srv
        .sign_in("coach2", "annan coach har ett långt lösenord")
        .await;
    let theirs = srv
        .page(&format!("/coach/participants/{id}"), Some(&other))
        .await;
    assert_contains(&theirs, &["Rami Flytt"]);
    assert!(!theirs.contains("Rami-MARK"));
    // Rami is told, chooses again, and keeps the booking with the old coach.
    let home = srv.page("/home", Some(&me)).await;
    assert_contains(&home, &["Du har fått en ny coach", "Other Coach"]);
    assert_contains(
        &srv.page("/sharing/history", Some(&me)).await,
        &["Du slutade dela"],
    );
    assert_eq!(
        srv.get(&format!("/bookings/{booking}"), Some(&me))
            .await
            .status(),
        StatusCode::OK
    );

    // Deactivated: the session in hand ends at once, and sign-in says why in words.
    ok(
        &srv,
        &admin,
        "set-account-open",
        &[("id", &id), ("open", "no")],
    )
    .await;
    signed_out(&srv, &me).await;
    let res = try_sign_in(&srv, "rami").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_contains(&res.text().await.expect("body"), &["Deactivated"]);
    let res = srv
        .post_form(
            "sign-in",
            &[("login", "rami"), ("password", &password("rami"))],
            "/sign-in",
            None,
        )
        .await;
    let back = crate::groups::location(&srv, &res);
    let cookie = crate::common::form_error_cookie(&res);
    let page = srv.page(&back, cookie.as_deref()).await;
    assert_contains(&page, &["Ditt konto är avstängt"]);
    // A wrong password says nothing about the account.
    let res = srv
        .call(
            "sign-in",
            &[("login", "rami"), ("password", "fel lösenord igen")],
            None,
        )
        .await;
    assert_contains(&res.text().await.expect("body"), &["BadCredentials"]);
    // Nor does a password code from the coach open a closed account.
    ok(&srv, &other, "new-password-code", &[("id", &id)]).await;
    let token = crate::coach::token_of(&srv.issued(&other).await);
    let res = srv
        .call(
            "reset-password",
            &[
                ("secret", &token),
                ("password", "rami har ett nytt långt lösenord"),
            ],
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_contains(&res.text().await.expect("body"), &["Deactivated"]);
    ok(
        &srv,
        &admin,
        "set-account-open",
        &[("id", &id), ("open", "yes")],
    )
    .await;
    srv.sign_in("rami", "rami har ett nytt långt lösenord")
        .await;
    // A coach's account is closed the same way, from the coaches' list.
    assert_contains(
        &srv.page("/admin", Some(&admin)).await,
        &[&format!("/admin/people/{other_id}")],
    );
    let page = srv
        .page(&format!("/admin/people/{other_id}"), Some(&admin))
        .await;
    assert_contains(&page, &["Stäng av kontot"]);
    assert!(!page.contains("Byt coach") && !page.contains("Radera kontot"));
    ok(
        &srv,
        &admin,
        "set-account-open",
        &[("id", &other_id), ("open", "no")],
    )
    .await;
    signed_out(&srv, &other).await;
    let log = srv.page("/admin/log", Some(&admin)).await;
    assert_contains(
        &log,
        &["bytte coach", "stängde av kontot", "öppnade kontot igen"],
    );
    assert!(!log.contains("Rami-"));
}
