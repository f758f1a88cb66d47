//! No acknowledged write is lost when the server process dies: the real `server` binary
//! takes writes over HTTP (coach notes, CV entries, practice days, bookings) and is killed
//! with SIGKILL at random moments, 50 times; after each restart every write it had
//! answered is there and no time is booked twice — on SQLite (whose integrity check
//! passes too) and on PostgreSQL.
use reqwest::{Client, StatusCode};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const ROUNDS: usize = 50;
const PASSWORD: &str = "en deltagare med ett långt lösenord";

struct Remote {
    base: String,
    client: Client,
}

impl Remote {
    async fn call(&self, endpoint: &str, form: &[(&str, &str)], cookie: &str) -> Option<String> {
        let res = self
            .client
            .post(format!("{}/api/{endpoint}", self.base))
            .header("origin", &self.base)
            .header("cookie", cookie)
            .header("accept", "application/json")
            .form(form)
            .send()
            .await
            .ok()?;
        // Only a whole answer counts as acknowledged.
        let ok = res.status() == StatusCode::OK;
        let body = res.text().await.ok()?;
        ok.then_some(body)
    }

    async fn page(&self, path: &str, cookie: &str) -> String {
        self.client
            .get(format!("{}{path}", self.base))
            .header("cookie", cookie)
            .send()
            .await
            .expect("page")
            .text()
            .await
            .expect("body")
    }

    async fn sign_in(&self, login: &str, password: &str) -> String {
        let res = self
            .client
            .post(format!("{}/api/sign-in", self.base))
            .header("origin", &self.base)
            .form(&[("login", login), ("password", password)])
            .send()
            .await
            .expect("sign in");
        assert_eq!(res.status(), StatusCode::OK, "sign in as {login}");
        crate::common::session_cookie(&res).expect("session")
    }
}

struct Server {
    child: Child,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn command(db: &str, dir: &std::path::Path, port: u16) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_server"));
    cmd.env("VAGVAL_DATABASE_URL", db)
        .env("VAGVAL_ADDR", format!("127.0.0.1:{port}"))
        .env("VAGVAL_SITE_ROOT", dir.join("site"))
        .env("VAGVAL_SECRET_KEY", "1f".repeat(32))
        .env("VAGVAL_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    die_with_the_test(&mut cmd);
    cmd
}

/// The server dies with the test binary, even if that is killed.
pub(crate) fn die_with_the_test(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: prctl(PR_SET_PDEATHSIG) is async-signal-safe and touches no memory.
    unsafe {
        cmd.pre_exec(|| {
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            Ok(())
        });
    }
}

async fn start(db: &str, dir: &std::path::Path, port: u16, remote: &Remote, demo: bool) -> Server {
    let child = command(db, dir, port)
        .arg("serve")
        .env("VAGVAL_DEMO", if demo { "1" } else { "0" })
        .spawn()
        .expect("server");
    let mut server = Server { child };
    until_healthy(&mut server.child, &remote.client, &remote.base).await;
    server
}

/// Waits until the server process `child` answers its health check at `base`; fails the
/// test if it stops or does not come up within half a minute.
pub(crate) async fn until_healthy(child: &mut Child, client: &Client, base: &str) {
    for _ in 0..1500 {
        if let Ok(Some(status)) = child.try_wait() {
            panic!("the server stopped at start: {status}");
        }
        if let Ok(res) = client.get(format!("{base}/healthz")).send().await {
            if res.status().is_success() {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("the server did not come up");
}

/// What the server acknowledged.
#[derive(Default)]
struct Acknowledged {
    notes: Vec<String>,
    entries: Vec<(String, String)>,
    practised: Vec<String>,
    bookings: Vec<(usize, String)>,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_writes_survive_the_server_being_killed_on_sqlite() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = format!("sqlite://{}/vagval.db", dir.path().display());
    kill_rounds(&db, dir.path()).await;
    use sqlx::{ConnectOptions, Connection};
    let mut db = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(dir.path().join("vagval.db"))
        .connect()
        .await
        .expect("database");
    let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut db)
        .await
        .expect("integrity");
    assert_eq!(integrity, ["ok"]);
    let doubled: i64 = sqlx::query_scalar(DOUBLED)
        .fetch_one(&mut db)
        .await
        .expect("count");
    assert_eq!(doubled, 0, "no time booked twice");
    db.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_writes_survive_the_server_being_killed_on_postgres() {
    if crate::common::postgres_cluster().is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let db = crate::common::fresh_postgres_database().await;
    kill_rounds(&db, dir.path()).await;
    use sqlx::Connection;
    let mut db = sqlx::PgConnection::connect(&db).await.expect("database");
    let doubled: i64 = sqlx::query_scalar(DOUBLED)
        .fetch_one(&mut db)
        .await
        .expect("count");
    assert_eq!(doubled, 0, "no time booked twice");
    db.close().await.expect("close");
}

/// Times of one coach with more than one active booking.
const DOUBLED: &str = "SELECT COUNT(*) FROM (SELECT 1 FROM bookings WHERE status = 'active'
     AND session_id IS NULL GROUP BY coach_id, starts_at HAVING COUNT(*) > 1) AS doubled";

async fn kill_rounds(db: &str, dir: &std::path::Path) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port");
    let remote = Arc::new(Remote {
        base: format!("http://127.0.0.1:{port}"),
        client: Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(20))
            .build()
            .expect("client"),
    });

    // Set up: the demo coach's hours, three participants (sessions live in the database,
    // so they outlast every restart).
    let server = start(db, dir, port, &remote, true).await;
    let coach = remote.sign_in("coach", server::DEMO_PASSWORDS[1]).await;
    let mut hours: Vec<(String, String)> = Vec::new();
    for day in 1..=5 {
        hours.push((format!("from-{day}"), "08:00".into()));
        hours.push((format!("to-{day}"), "17:00".into()));
    }
    for (k, v) in [
        ("slot", "30"),
        ("buffer", "0"),
        ("notice", "2"),
        ("horizon", "4"),
        ("cutoff", "4"),
        ("place", "Storgatan 1, Södertälje"),
    ] {
        hours.push((k.into(), v.into()));
    }
    let hours: Vec<(&str, &str)> = hours
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert!(remote.call("save-hours", &hours, &coach).await.is_some());
    drop(server);
    let mut people = Vec::new();
    for n in 0..3 {
        let login = format!("crash{n}");
        let out = command(db, dir, port)
            .args([
                "add-participant",
                &login,
                &format!("Deltagare {n}"),
                "coach",
            ])
            .env("VAGVAL_NEW_PASSWORD", PASSWORD)
            .stdout(Stdio::piped())
            .output()
            .expect("add-participant");
        assert!(out.status.success());
        people.push(String::from_utf8_lossy(&out.stdout).trim().to_string());
    }
    let server = start(db, dir, port, &remote, false).await;
    let mut sessions = Vec::new();
    for n in 0..3 {
        sessions.push(remote.sign_in(&format!("crash{n}"), PASSWORD).await);
    }
    let me = sessions[0].clone();
    let cv = remote
        .call("start-cv", &[], &me)
        .await
        .expect("a CV")
        .trim()
        .trim_matches('"')
        .to_string();
    drop(server);

    let acknowledged = Arc::new(Mutex::new(Acknowledged::default()));
    let mut written = 0usize;
    for round in 0..ROUNDS {
        let server = start(db, dir, port, &remote, false).await;
        let mut writers = Vec::new();
        // Coach notes, one after another.
        {
            let (remote, coach, acked) = (remote.clone(), coach.clone(), acknowledged.clone());
            let person = people[round % 3].clone();
            writers.push(tokio::spawn(async move {
                for i in 0.. {
                    let body = format!("Anteckning {round}-{i}");
                    let form = [("person", person.as_str()), ("body", body.as_str())];
                    match remote.call("add-note", &form, &coach).await {
                        Some(_) => acked.lock().expect("lock").notes.push(body),
                        None => break,
                    }
                }
            }));
        }
        // CV entries, up to the section's 30.
        {
            let (remote, me, cv, acked) =
                (remote.clone(), me.clone(), cv.clone(), acknowledged.clone());
            writers.push(tokio::spawn(async move {
                for i in 0.. {
                    if acked.lock().expect("lock").entries.len() >= 30 {
                        break;
                    }
                    let language = format!("Språk {round}-{i}");
                    let form = [
                        ("id", cv.as_str()),
                        ("section", "languages"),
                        ("index", "new"),
                        ("language", language.as_str()),
                        ("level", "Bra"),
                    ];
                    match remote.call("save-cv-entry", &form, &me).await {
                        Some(_) => acked
                            .lock()
                            .expect("lock")
                            .entries
                            .push((cv.clone(), language)),
                        None => break,
                    }
                }
            }));
        }
        // A goal and a practice day (up to 20 goals).
        {
            let (remote, who, acked) = (remote.clone(), sessions[1].clone(), acknowledged.clone());
            writers.push(tokio::spawn(async move {
                if acked.lock().expect("lock").practised.len() >= 20 {
                    return;
                }
                let what = format!("Mål {round}");
                let form = [("what", what.as_str()), ("per_week", "2"), ("until", "")];
                let Some(goal) = remote.call("save-goal", &form, &who).await else {
                    return;
                };
                let goal = goal.trim().to_string();
                if remote
                    .call("practised", &[("id", goal.as_str())], &who)
                    .await
                    .is_some()
                {
                    acked.lock().expect("lock").practised.push(goal);
                }
            }));
        }
        // A booking of the first free time, by whoever may still book.
        {
            let (remote, sessions, acked) =
                (remote.clone(), sessions.clone(), acknowledged.clone());
            writers.push(tokio::spawn(async move {
                let who = round % 3;
                let Some(days) = remote.call("free-days", &[], &sessions[who]).await else {
                    return;
                };
                let days: serde_json::Value = serde_json::from_str(&days).expect("days");
                let Some(day) = days["days"][0][0].as_str() else {
                    return;
                };
                let Some(times) = remote
                    .call("free-times", &[("day", day)], &sessions[who])
                    .await
                else {
                    return;
                };
                let times: serde_json::Value = serde_json::from_str(&times).expect("times");
                let start = times["times"][0]["starts_at"].to_string();
                let key = format!("k{round}");
                let form = [
                    ("day", day),
                    ("start", start.as_str()),
                    ("key", key.as_str()),
                    ("help", "cv"),
                ];
                if let Some(id) = remote.call("book", &form, &sessions[who]).await {
                    acked
                        .lock()
                        .expect("lock")
                        .bookings
                        .push((who, id.trim().to_string()));
                }
            }));
        }
        // Killed at a random moment, mid-write or not; every tenth round late enough for
        // each kind of write to be answered (a booking takes three requests).
        let wait = if round % 10 == 9 {
            1_500
        } else {
            5 + (round * 37 % 11) * 15
        };
        tokio::time::sleep(Duration::from_millis(wait as u64)).await;
        let mut server = server;
        server.child.kill().expect("SIGKILL");
        let _ = server.child.wait();
        for w in writers {
            let _ = w.await;
        }
        drop(server);
        let now = {
            let a = acknowledged.lock().expect("lock");
            a.notes.len() + a.entries.len() + a.practised.len() + a.bookings.len()
        };
        written = written.max(now);
    }
    assert!(
        written > ROUNDS,
        "writes were acknowledged along the way: {written}"
    );

    // After the last kill: everything acknowledged is there.
    let server = start(db, dir, port, &remote, false).await;
    let a = std::mem::take(&mut *acknowledged.lock().expect("lock"));
    eprintln!(
        "acknowledged before the kills: {} notes, {} CV entries, {} practice days, {} bookings",
        a.notes.len(),
        a.entries.len(),
        a.practised.len(),
        a.bookings.len()
    );
    assert!(
        !a.notes.is_empty()
            && !a.entries.is_empty()
            && !a.practised.is_empty()
            && !a.bookings.is_empty(),
        "every kind of write was acknowledged at least once"
    );
    let notes: serde_json::Value = serde_json::from_str(
        &remote
            .call(
                "participant-notes",
                &[("person", people[0].as_str())],
                &coach,
            )
            .await
            .expect("notes"),
    )
    .expect("json");
    let mut all_notes = notes.to_string();
    for person in &people[1..] {
        all_notes.push_str(
            &remote
                .call("participant-notes", &[("person", person.as_str())], &coach)
                .await
                .expect("notes"),
        );
    }
    for body in &a.notes {
        assert!(all_notes.contains(body), "note {body} lost");
    }
    let json = remote.page(&format!("/cv/{cv}/json"), &me).await;
    for (_, language) in &a.entries {
        assert!(json.contains(language), "CV entry {language} lost");
    }
    for goal in &a.practised {
        let page = remote.page(&format!("/goals/{goal}"), &sessions[1]).await;
        assert!(
            page.contains("Du har övat idag"),
            "practice day of goal {goal} lost"
        );
    }
    for (who, id) in &a.bookings {
        let page = remote.page("/bookings", &sessions[*who]).await;
        assert!(
            page.contains(&format!("/bookings/{id}")),
            "booking {id} lost"
        );
    }
    drop(server);
}
