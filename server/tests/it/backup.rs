//! Backup, restore and a clean stop, with the real `server` binary: a copy taken while the
//! portal serves and takes writes, restored into an empty place, holds every write
//! acknowledged before the backup began; a restore refuses a database in use, a damaged
//! copy and a schema newer than the server; SIGTERM ends a server cleanly.
use crate::booking::{book, free_on, publish_hours};
use crate::common::{id_of, spawn_on_sqlite, spawn_with, TestServer};
use reqwest::StatusCode;
use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

const AMAL_PASSWORD: &str = "amal har ett långt lösenord";

/// The `server` binary with `args`, on the database at `url`.
async fn server(url: &str, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_server"));
    cmd.args(args)
        .env("VAGVAL_DATABASE_URL", url)
        .env("VAGVAL_SECRET_KEY", "0f".repeat(32))
        .env("VAGVAL_LOG", "warn");
    run(cmd).await
}

fn said(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn url_of(dir: &Path) -> String {
    format!("sqlite://{}/vagval.db", dir.display())
}

/// What a participant, her coach and the portal acknowledged: a booking, a CV, a share,
/// the coach's read of it, a practice day.
struct Written {
    booking: String,
    cv: String,
    goal: String,
}

async fn write_a_day(srv: &TestServer) -> Written {
    let coach = srv.as_coach().await;
    publish_hours(srv, &coach).await;
    let amal = srv.participant("Amal Andersson", "amal").await;
    let (day, start) = free_on(srv, &amal, 0).await;
    let res = book(srv, &amal, &day, &start, "restore").await;
    assert_eq!(res.status(), StatusCode::OK);
    let booking = res.text().await.expect("id").trim().to_string();
    let cv = srv.cv_with_swedish_in_words(&amal).await;
    let res = srv
        .call("save-sharing", &[("cv", &cv), ("until", "")], Some(&amal))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let amal_id = id_of(srv, "amal").await;
    let seen = srv
        .page(&format!("/coach/participants/{amal_id}"), Some(&coach))
        .await;
    assert!(
        seen.contains("Ganska bra"),
        "the coach reads the CV: {seen}"
    );
    let res = srv
        .call(
            "save-goal",
            &[
                ("what", "Prata svenska i fikarummet"),
                ("per_week", "3"),
                ("until", ""),
            ],
            Some(&amal),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let goal = res.text().await.expect("goal id").trim().to_string();
    let res = srv.call("practised", &[("id", &goal)], Some(&amal)).await;
    assert_eq!(res.status(), StatusCode::OK);
    Written { booking, cv, goal }
}

/// Saves CV entries again and again while a copy is made; how many were acknowledged.
async fn keep_writing(srv: std::sync::Arc<TestServer>) -> tokio::task::JoinHandle<usize> {
    let me = srv.sign_in("amal", AMAL_PASSWORD).await;
    let cv = srv.start_cv(&me).await;
    tokio::spawn(async move {
        let mut saved = 0;
        for n in 0..40 {
            let res = srv
                .call(
                    "save-cv-entry",
                    &[
                        ("id", &cv),
                        ("section", "languages"),
                        ("index", "new"),
                        ("language", &format!("Språk {n}")),
                        ("level", "Bra"),
                    ],
                    Some(&me),
                )
                .await;
            if res.status() == StatusCode::OK {
                saved += 1;
            }
        }
        saved
    })
}

/// Every write of `write_a_day`, found through HTTP on the portal restored from a copy.
async fn find_a_day(restored: &TestServer, written: &Written) {
    let amal = restored.sign_in("amal", AMAL_PASSWORD).await;
    let mine = restored.page("/bookings", Some(&amal)).await;
    assert!(
        mine.contains(&format!("/bookings/{}", written.booking)),
        "the booking: {mine}"
    );
    let json = restored.json_resume(&written.cv, &amal).await;
    assert_eq!(json["languages"][0]["fluency"], "Ganska bra", "the CV");
    let coach = restored.as_coach().await;
    let pdf = restored
        .get(&format!("/cv/{}/pdf", written.cv), Some(&coach))
        .await;
    assert_eq!(pdf.status(), StatusCode::OK, "the share");
    let who = restored.page("/access-log", Some(&amal)).await;
    assert!(who.contains("Demo Coach"), "the coach's read: {who}");
    let goal = restored
        .page(&format!("/goals/{}", written.goal), Some(&amal))
        .await;
    assert!(
        goal.contains("Du har övat idag"),
        "the practice day: {goal}"
    );
}

#[tokio::test]
async fn a_backup_taken_while_serving_restores_every_acknowledged_write() {
    let srv = std::sync::Arc::new(spawn_on_sqlite(|_| {}).await);
    let written = write_a_day(&srv).await;
    let source = url_of(srv.data_dir());

    // Writes go on while the copy is made: a CV saved again and again.
    let busy = keep_writing(srv.clone()).await;
    let place = tempfile::tempdir().expect("temp dir");
    let file = place.path().join("vagval-backup.db");
    let out = server(&source, &["backup", file.to_str().expect("path")]).await;
    assert!(out.status.success(), "{}", said(&out));
    assert!(said(&out).contains("secret key"), "{}", said(&out));
    assert!(busy.await.expect("writer") > 0, "the portal kept serving");
    let manifest: serde_json::Value = serde_json::from_slice(
        &std::fs::read(place.path().join("vagval-backup.db.manifest.json")).expect("manifest"),
    )
    .expect("manifest json");
    assert_eq!(manifest["schema_version"], server::store::known_version());
    assert_eq!(manifest["tables"]["bookings"], 1, "{manifest}");
    assert_eq!(manifest["sha256"].as_str().map(str::len), Some(64));

    // Restored into an empty place, a new server has every acknowledged write.
    let empty = tempfile::tempdir().expect("temp dir");
    let target = url_of(empty.path());
    let out = server(&target, &["restore", file.to_str().expect("path")]).await;
    assert!(out.status.success(), "{}", said(&out));
    let restored = spawn_with(|c| c.database_url = target.clone()).await;
    find_a_day(&restored, &written).await;
}

/// One of PostgreSQL's own programs (`pg_dump`, `pg_restore`), from Debian's newest
/// installed version.
fn pg_program(name: &str) -> std::path::PathBuf {
    let mut found: Vec<_> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|dirs| {
            dirs.filter_map(|d| d.ok().map(|d| d.path().join("bin").join(name)))
                .filter(|p| p.exists())
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found.pop().unwrap_or_else(|| name.into())
}

/// Runs `cmd` to its end off the test's runtime threads; what it said.
async fn run(mut cmd: Command) -> Output {
    tokio::task::spawn_blocking(move || cmd.output().expect("program"))
        .await
        .expect("blocking")
}

/// PostgreSQL's way, as the README tells it: `pg_dump -Fc` while the portal serves,
/// `pg_restore` into an empty database, a server on it.
#[tokio::test]
async fn a_pg_dump_taken_while_serving_restores_every_acknowledged_write_on_postgres() {
    if crate::common::postgres_cluster().is_none() {
        return;
    }
    let source = crate::common::fresh_postgres_database().await;
    let srv = std::sync::Arc::new(spawn_with(|c| c.database_url = source.clone()).await);
    let written = write_a_day(&srv).await;
    let busy = keep_writing(srv.clone()).await;
    let place = tempfile::tempdir().expect("temp dir");
    let file = place.path().join("vagval.dump");
    let mut dump = Command::new(pg_program("pg_dump"));
    dump.args(["-Fc", "-f"]).arg(&file).arg(&source);
    let out = run(dump).await;
    assert!(out.status.success(), "{}", said(&out));
    assert!(busy.await.expect("writer") > 0, "the portal kept serving");
    // The backup and restore of SQLite files say what to use instead.
    let out = server(&source, &["backup", "/nowhere"]).await;
    assert!(
        !out.status.success() && said(&out).contains("pg_dump"),
        "{}",
        said(&out)
    );

    let target = crate::common::fresh_postgres_database().await;
    let mut restore = Command::new(pg_program("pg_restore"));
    restore.args(["--no-owner", "-d"]).arg(&target).arg(&file);
    let out = run(restore).await;
    assert!(out.status.success(), "{}", said(&out));
    let restored = spawn_with(|c| c.database_url = target.clone()).await;
    find_a_day(&restored, &written).await;
}

#[tokio::test]
async fn a_restore_refuses_a_damaged_copy_or_a_schema_newer_than_the_server() {
    let srv = spawn_on_sqlite(|_| {}).await;
    let place = tempfile::tempdir().expect("temp dir");
    let file = place.path().join("copy.db");
    let out = server(
        &url_of(srv.data_dir()),
        &["backup", file.to_str().expect("path")],
    )
    .await;
    assert!(out.status.success(), "{}", said(&out));

    // A backup never writes over a file, least of all the database itself.
    let db = srv.data_dir().join("vagval.db");
    for target in [file.to_str().expect("path"), db.to_str().expect("path")] {
        let out = server(&url_of(srv.data_dir()), &["backup", target]).await;
        assert!(!out.status.success());
        assert!(said(&out).contains("already exists"), "{}", said(&out));
    }
    // An SQLite file that is not a Vägval database is not restored.
    let stranger = place.path().join("stranger.db");
    {
        use sqlx::{ConnectOptions, Connection};
        let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(&stranger)
            .create_if_missing(true)
            .connect()
            .await
            .expect("stranger");
        sqlx::query("CREATE TABLE t (x INTEGER)")
            .execute(&mut conn)
            .await
            .expect("table");
        conn.close().await.expect("close");
    }
    let out = server(
        &url_of(tempfile::tempdir().expect("dir").path()),
        &["restore", stranger.to_str().expect("path")],
    )
    .await;
    assert!(
        said(&out).contains("not a Vägval database"),
        "{}",
        said(&out)
    );

    // One byte changed after the backup: the manifest's checksum no longer matches.
    let mut bytes = std::fs::read(&file).expect("copy");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    std::fs::write(&file, &bytes).expect("write");
    let empty = tempfile::tempdir().expect("temp dir");
    let target = url_of(empty.path());
    let out = server(&target, &["restore", file.to_str().expect("path")]).await;
    assert!(!out.status.success());
    assert!(
        said(&out).contains("does not match its manifest"),
        "{}",
        said(&out)
    );
    assert!(
        !empty.path().join("vagval.db").exists(),
        "nothing replaced by a refused restore"
    );

    // A copy from a newer server (a migration this one does not know), without manifest.
    let newer = place.path().join("newer.db");
    let out = server(
        &url_of(srv.data_dir()),
        &["backup", newer.to_str().expect("path")],
    )
    .await;
    assert!(out.status.success(), "{}", said(&out));
    std::fs::remove_file(place.path().join("newer.db.manifest.json")).expect("manifest");
    {
        use sqlx::{ConnectOptions, Connection};
        let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(&newer)
            .connect()
            .await
            .expect("open copy");
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time)
             VALUES (99991231, 'from the future', TRUE, x'00', 0)",
        )
        .execute(&mut conn)
        .await
        .expect("future migration");
        conn.close().await.expect("close");
    }
    let out = server(&target, &["restore", newer.to_str().expect("path")]).await;
    assert!(!out.status.success());
    assert!(
        said(&out).contains("newer than this server knows"),
        "{}",
        said(&out)
    );

    // Nor does a server start on such a database.
    let future = tempfile::tempdir().expect("temp dir");
    std::fs::copy(&newer, future.path().join("vagval.db")).expect("copy");
    let out = server(&url_of(future.path()), &["migrate"]).await;
    assert!(!out.status.success());
    assert!(
        said(&out).contains("newer than this server knows"),
        "{}",
        said(&out)
    );
}

/// A free loopback port.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("port")
}

#[tokio::test]
async fn a_running_server_holds_its_database_and_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = url_of(dir.path());
    let port = free_port();
    let mut serve = Command::new(env!("CARGO_BIN_EXE_server"));
    crate::crash::die_with_the_test(&mut serve);
    let child = serve
        .arg("serve")
        .env("VAGVAL_DATABASE_URL", &url)
        .env("VAGVAL_ADDR", format!("127.0.0.1:{port}"))
        .env("VAGVAL_SITE_ROOT", dir.path().join("site"))
        .env("VAGVAL_DEMO", "1")
        .env("VAGVAL_SECRET_KEY_FILE", dir.path().join("secret.key"))
        .env("VAGVAL_LOG", "info")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("server");
    let pid = child.id() as i32;
    // Should an assertion fail first, the server does not outlive the test.
    let guard = KillOnDrop(pid);
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    let mut up = false;
    for _ in 0..300 {
        if client
            .get(format!("{base}/healthz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "the server answers");
    // Started without VAGVAL_SECRET_KEY, it made its key file, for its owner's eyes only.
    let key = std::fs::metadata(dir.path().join("secret.key")).expect("key file");
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&key.permissions()) & 0o777,
        0o600
    );

    // While it serves, neither a restore nor a second server may take its database.
    let out = server(&url, &["restore", "/nonexistent.db"]).await;
    assert!(!out.status.success());
    assert!(
        said(&out).contains("in use by a running server"),
        "{}",
        said(&out)
    );
    let out = server(&url, &["serve"]).await;
    assert!(!out.status.success());
    assert!(
        said(&out).contains("in use by a running server"),
        "{}",
        said(&out)
    );

    // A write, then SIGTERM: exit 0, the WAL written back into the database file.
    let res = client
        .post(format!("{base}/api/sign-in"))
        .header("origin", &base)
        .form(&[
            ("login", "deltagare"),
            ("password", server::DEMO_PASSWORDS[2]),
        ])
        .send()
        .await
        .expect("sign in");
    assert!(res.status().is_success(), "{}", res.status());
    // SAFETY: `kill` with our child's pid and SIGTERM only sends a signal.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    let out = tokio::time::timeout(
        Duration::from_secs(30),
        tokio::task::spawn_blocking(move || child.wait_with_output()),
    )
    .await
    .expect("stopped within 30 s")
    .expect("blocking")
    .expect("output");
    std::mem::forget(guard);
    assert!(out.status.success(), "{}", said(&out));
    assert!(said(&out).contains("stopped"), "{}", said(&out));
    let wal = dir.path().join("vagval.db-wal");
    assert!(
        !wal.exists() || std::fs::metadata(&wal).expect("wal").len() == 0,
        "the WAL is empty after a clean stop"
    );
}

struct KillOnDrop(i32);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        // SAFETY: sends SIGKILL to the child this guard was made for.
        unsafe {
            libc::kill(self.0, libc::SIGKILL);
        }
    }
}
