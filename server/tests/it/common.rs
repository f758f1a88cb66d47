//! A real portal on a free loopback port, with its own SQLite file, and a small client
//! that speaks to it like a browser's fetch or a plain form would.
#![allow(dead_code)]
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{redirect, Client, Response, StatusCode};
use server::config::Config;
use server::Portal;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Once};
use std::time::Duration;

pub struct TestServer {
    pub base: String,
    pub store: Arc<dyn server::store::Engine>,
    pub client: Client,
    /// The start-up invitation for the first admin, when the portal had none.
    pub first_admin: Option<(String, String)>,
    /// The portal's clock: it starts at the real time and moves only when told.
    pub clock: app::ssr::clock::ClockHand,
    panics_at_start: usize,
    missing_context_at_start: usize,
    _dir: tempfile::TempDir,
    /// The server process and its log, for a portal that runs as one
    /// (`TestServer::process`).
    process: Option<(std::process::Child, std::path::PathBuf)>,
}

/// A panic on a server thread fails the test that was running, even if every answer it
/// checked looked fine (the panic-catching layer turns panics into 500s).
impl Drop for TestServer {
    fn drop(&mut self) {
        // The portal keeps serving until the binary ends; its connections to the
        // database (PostgreSQL's are counted) go now.
        let store = self.store.clone();
        server_runtime().spawn(async move { store.close().await });
        if let Some((mut child, log)) = self.process.take() {
            let _ = child.kill();
            let _ = child.wait();
            let log = std::fs::read_to_string(log).unwrap_or_default();
            if !std::thread::panicking() {
                assert!(
                    !log.contains("panicked"),
                    "the server process panicked: {log}"
                );
            }
        }
        if !std::thread::panicking() {
            assert_eq!(
                server_panics(),
                self.panics_at_start,
                "a server thread panicked during this test (see the log above)"
            );
            assert_eq!(
                missing_context_errors(),
                self.missing_context_at_start,
                "a server function ran without its request's context (see the log above)"
            );
        }
    }
}

pub async fn spawn() -> TestServer {
    spawn_with(|_| {}).await
}

static PANICS: AtomicUsize = AtomicUsize::new(0);
static MISSING_CONTEXT: AtomicUsize = AtomicUsize::new(0);

/// Log lines that say a server function ran without its request's context (a resource
/// outliving its render, a page rendered outside the session layer), since this test
/// binary started.
pub fn missing_context_errors() -> usize {
    MISSING_CONTEXT.load(Ordering::SeqCst)
}

/// The server's log, as in production (warnings and errors), to stderr; lines that report
/// a missing request context are counted.
struct LogWriter;

impl std::io::Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let line = String::from_utf8_lossy(buf);
        if line.contains("should have had Parts provided") || line.contains("Can't extract session")
        {
            MISSING_CONTEXT.fetch_add(1, Ordering::SeqCst);
        }
        std::io::stderr().write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}
static HOOK: Once = Once::new();

/// Panics on the server's worker threads since this test binary started. Test threads
/// (named after their test) are not counted: a failing assertion is reported anyway.
pub fn server_panics() -> usize {
    PANICS.load(Ordering::SeqCst)
}

fn count_panics() {
    HOOK.call_once(|| {
        let _ = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::WARN)
            .with_ansi(false)
            .with_writer(|| LogWriter)
            .try_init();
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current()
                .name()
                .is_some_and(|n| n.starts_with("tokio-r"))
            {
                PANICS.fetch_add(1, Ordering::SeqCst);
            }
            default(info);
        }));
    });
}

/// The runtime every test portal runs on.
fn server_runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: std::sync::OnceLock<tokio::runtime::Runtime> = std::sync::OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(4)
            .enable_all()
            .build()
            .expect("server runtime")
    })
}

/// A portal on SQLite whatever the run's engine: for what reads the database file itself.
pub async fn spawn_on_sqlite(adjust: impl FnOnce(&mut Config)) -> TestServer {
    spawn_on(false, adjust).await
}

pub async fn spawn_with(adjust: impl FnOnce(&mut Config)) -> TestServer {
    spawn_on(on_postgres(), adjust).await
}

async fn spawn_on(postgres: bool, adjust: impl FnOnce(&mut Config)) -> TestServer {
    count_panics();
    let panics_at_start = server_panics();
    let missing_context_at_start = missing_context_errors();
    let dir = tempfile::tempdir().expect("temp dir");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    let mut config = Config::local(addr, dir.path(), "vagval.db");
    let on_sqlite = config.database_url.clone();
    adjust(&mut config);
    if config.database_url == on_sqlite && postgres {
        config.database_url = fresh_postgres_database().await;
    }
    let demo = config.demo;
    let (clock, hand) = app::ssr::clock::Clock::manual(jiff::Timestamp::now());
    // Every portal runs on one runtime that lives as long as the test binary, as in
    // production (one runtime for the process). On each test's own runtime, work that a
    // library hands to a runtime other than the current one (Leptos keeps process-wide
    // state) could be dropped when an earlier test's runtime shut down, and a request
    // then hung until the 30 s limit.
    let (store, first_admin) = server_runtime()
        .spawn(async move {
            let portal = Portal::with_clock(config, clock)
                .await
                .expect("portal starts");
            if demo {
                portal.seed_demo().await.expect("demo accounts");
            }
            let first_admin = portal
                .first_admin_invitation()
                .await
                .expect("first admin check");
            let store = portal.store.clone();
            listener.set_nonblocking(true).expect("nonblocking");
            let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
            tokio::spawn(async move {
                let _ = portal.serve(listener).await;
            });
            (store, first_admin)
        })
        .await
        .expect("portal runtime");
    TestServer {
        base: format!("http://{addr}"),
        store,
        // A request that hangs fails its test within a minute instead of stalling the run.
        client: Client::builder()
            .redirect(redirect::Policy::none())
            .timeout(Duration::from_secs(60))
            .build()
            .expect("client"),
        first_admin,
        clock: hand,
        panics_at_start,
        missing_context_at_start,
        _dir: dir,
        process: None,
    }
}

impl TestServer {
    /// The real `server` binary serving database `db` on a free loopback port, as one of
    /// several instances of a deployment: every instance started with the same `secret`
    /// key. `env` adds settings. The test's store is a connection of its own to `db`; the
    /// clock is the machine's (the hand moves nothing).
    pub async fn process(db: &str, secret: &str, env: &[(&str, &str)]) -> TestServer {
        count_panics();
        let dir = tempfile::tempdir().expect("temp dir");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("port");
        let log = dir.path().join("server.log");
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_server"));
        cmd.arg("serve")
            .env("VAGVAL_DATABASE_URL", db)
            .env("VAGVAL_ADDR", format!("127.0.0.1:{port}"))
            .env("VAGVAL_SITE_ROOT", dir.path().join("site"))
            .env("VAGVAL_SECRET_KEY", secret)
            .env("VAGVAL_LOG", "error")
            .env("VAGVAL_MAX_CONNECTIONS", "10000")
            .env("VAGVAL_HASH_CONCURRENCY", "2")
            .stdout(std::process::Stdio::null())
            .stderr(std::fs::File::create(&log).expect("log"));
        for (k, v) in env {
            cmd.env(k, v);
        }
        crate::crash::die_with_the_test(&mut cmd);
        let mut child = cmd.spawn().expect("server");
        let base = format!("http://127.0.0.1:{port}");
        let client = Client::builder()
            .redirect(redirect::Policy::none())
            .timeout(Duration::from_secs(60))
            .build()
            .expect("client");
        crate::crash::until_healthy(&mut child, &client, &base).await;
        let url = db.to_string();
        let store = server_runtime()
            .spawn(async move {
                let pool = server::store::connect_postgres(&url, 8)
                    .await
                    .expect("the database");
                Arc::new(server::store::PgStore::new(pool)) as Arc<dyn server::store::Engine>
            })
            .await
            .expect("store");
        let (_, hand) = app::ssr::clock::Clock::manual(jiff::Timestamp::now());
        TestServer {
            base,
            store,
            client,
            first_admin: None,
            clock: hand,
            panics_at_start: server_panics(),
            missing_context_at_start: missing_context_errors(),
            _dir: dir,
            process: Some((child, log)),
        }
    }
}

/// Whether the portals of this run keep their data in PostgreSQL (`VAGVAL_TEST_ENGINE=postgres`)
/// rather than in a SQLite file each. `make test` runs the HTTP tests both ways.
pub fn on_postgres() -> bool {
    std::env::var("VAGVAL_TEST_ENGINE").is_ok_and(|e| e == "postgres")
}

/// The throwaway PostgreSQL cluster `make test` starts (`VAGVAL_TEST_POSTGRES`, its URL).
/// Without one, PostgreSQL's tests say they were skipped, except on CI, where they fail.
pub fn postgres_cluster() -> Option<String> {
    match std::env::var("VAGVAL_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => Some(url),
        _ if on_postgres() || std::env::var_os("CI").is_some() => {
            panic!("VAGVAL_TEST_POSTGRES is not set: run the tests with make test")
        }
        _ => {
            eprintln!("skipped on PostgreSQL: VAGVAL_TEST_POSTGRES is not set (make test sets it)");
            None
        }
    }
}

/// How many rows `table` holds, on either engine.
pub async fn count_rows(store: &dyn server::store::Engine, table: &str) -> i64 {
    use server::store::Pool;
    let sql = format!("SELECT COUNT(*) FROM {table}");
    match store.pool() {
        Pool::Sqlite(pool) => sqlx::query_scalar(&sql).fetch_one(&pool).await,
        Pool::Postgres(pool) => sqlx::query_scalar(&sql).fetch_one(&pool).await,
    }
    .expect("count")
}

/// How many bytes the database takes, on either engine.
pub async fn database_bytes(store: &dyn server::store::Engine) -> i64 {
    use server::store::Pool;
    match store.pool() {
        Pool::Sqlite(pool) => {
            sqlx::query_scalar(
                "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
            )
            .fetch_one(&pool)
            .await
        }
        Pool::Postgres(pool) => {
            sqlx::query_scalar("SELECT pg_database_size(current_database())")
                .fetch_one(&pool)
                .await
        }
    }
    .expect("size")
}

/// A new, empty database on the test cluster; its URL.
pub async fn fresh_postgres_database() -> String {
    use sqlx::Connection;
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let cluster = postgres_cluster().expect("a PostgreSQL cluster");
    let name = format!(
        "t{}_{}",
        std::process::id(),
        COUNT.fetch_add(1, Ordering::SeqCst)
    );
    let mut admin = sqlx::PgConnection::connect(&cluster)
        .await
        .expect("the test cluster answers");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .expect("a new database");
    let _ = admin.close().await;
    // postgres://user@host:port/DATABASE?host=… with the new database's name.
    let (path, query) = cluster.split_once('?').unwrap_or((&cluster, ""));
    let (server, _) = path.rsplit_once('/').expect("a database in the URL");
    format!("{server}/{name}?{query}")
}

/// The session cookie a response sets, as `name=value`.
/// Each of `expected` is somewhere in `text` (a page, a body, a file).
#[track_caller]
pub fn assert_contains(text: &str, expected: &[&str]) {
    for e in expected {
        assert!(text.contains(e), "{e}: {text}");
    }
}

pub fn session_cookie(res: &Response) -> Option<String> {
    set_cookies(res)
        .into_iter()
        .find(|c| c.starts_with("vagval_session="))
        .and_then(|c| c.split(';').next().map(str::to_string))
}

/// The cookie a refused form post without JavaScript sets for a visitor who is not signed
/// in: the form's error, for the next page (`name=value`).
pub fn form_error_cookie(res: &Response) -> Option<String> {
    set_cookies(res)
        .into_iter()
        .find(|c| c.starts_with("vagval_form_error=") && !c.contains("Max-Age=0"))
        .and_then(|c| c.split(';').next().map(str::to_string))
}

pub fn set_cookies(res: &Response) -> Vec<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_string))
        .collect()
}

/// The id of the account signed in as `login`.
pub async fn id_of(srv: &TestServer, login: &str) -> String {
    let login = login.to_string();
    srv.on_server(|store| async move {
        store
            .find_user_by_login(&login)
            .await
            .expect("store")
            .expect("user")
            .id
            .to_string()
    })
    .await
}

impl TestServer {
    pub fn same_origin(&self, cookie: Option<&str>) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("origin", HeaderValue::from_str(&self.base).expect("origin"));
        if let Some(c) = cookie {
            h.insert("cookie", HeaderValue::from_str(c).expect("cookie"));
        }
        h
    }

    /// Calls a server function as the hydrated app does (fetch, JSON answer).
    pub async fn call(
        &self,
        endpoint: &str,
        form: &[(&str, &str)],
        cookie: Option<&str>,
    ) -> Response {
        self.client
            .post(format!("{}/api/{endpoint}", self.base))
            .headers(self.same_origin(cookie))
            .header("accept", "application/json")
            .form(form)
            .send()
            .await
            .expect("request")
    }

    /// Posts a form as a browser without JavaScript does.
    pub async fn post_form(
        &self,
        endpoint: &str,
        form: &[(&str, &str)],
        from: &str,
        cookie: Option<&str>,
    ) -> Response {
        self.client
            .post(format!("{}/api/{endpoint}", self.base))
            .headers(self.same_origin(cookie))
            .header("accept", "text/html,application/xhtml+xml")
            .header("referer", format!("{}{from}", self.base))
            .form(form)
            .send()
            .await
            .expect("request")
    }

    /// A page's HTML, as a signed-in (or anonymous) browser gets it.
    pub async fn page(&self, path: &str, cookie: Option<&str>) -> String {
        self.get(path, cookie).await.text().await.expect("page")
    }

    pub async fn get(&self, path: &str, cookie: Option<&str>) -> Response {
        let mut req = self
            .client
            .get(format!("{}{path}", self.base))
            .header("accept", "text/html");
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        req.send().await.expect("request")
    }

    /// Signs in and returns the session cookie.
    pub async fn sign_in(&self, login: &str, password: &str) -> String {
        let res = self
            .call("sign-in", &[("login", login), ("password", password)], None)
            .await;
        assert_eq!(res.status(), StatusCode::OK, "sign-in as {login}");
        session_cookie(&res).expect("session cookie")
    }

    /// One more participant of the demo coach's, made directly in the store; returns the
    /// session cookie.
    pub async fn participant(&self, name: &str, login: &str) -> String {
        use app::auth::Role;
        use app::ssr::store::NewPerson;
        let password = format!("{login} har ett långt lösenord");
        let hash = app::ssr::password::Hasher::new(1)
            .hash(password.clone())
            .await
            .expect("hash");
        let (name, login_owned) = (name.to_string(), login.to_string());
        self.on_server(move |store| async move {
            let coach = store
                .find_user_by_login("coach")
                .await
                .expect("store")
                .map(|c| c.id);
            let person = NewPerson {
                display_name: name,
                role: Role::Participant,
                coach_id: coach,
                created_by: None,
            };
            store
                .upsert_account(
                    person,
                    &login_owned,
                    &hash,
                    jiff::Timestamp::now().as_second(),
                )
                .await
                .expect("account");
        })
        .await;
        self.sign_in(login, &password).await
    }

    /// A coach who is nobody's coach here; returns their session.
    pub async fn other_coach(&self) -> String {
        use app::ssr::store::NewPerson;
        let password = "annan coach har ett långt lösenord";
        let hash = app::ssr::password::Hasher::new(1)
            .hash(password.into())
            .await
            .expect("hash");
        let person = NewPerson {
            display_name: "Other Coach".into(),
            role: app::auth::Role::Coach,
            coach_id: None,
            created_by: None,
        };
        self.on_server(|store| async move {
            store
                .upsert_account(person, "coach2", &hash, jiff::Timestamp::now().as_second())
                .await
                .expect("coach")
        })
        .await;
        self.sign_in("coach2", password).await
    }

    /// Runs `work` with the portal's store on the portal's own runtime. The store's pool
    /// hands connections back with tasks on the runtime that used them; a test's own
    /// runtime would leave them behind when it stops between polls or ends.
    pub async fn on_server<F, T>(&self, work: impl FnOnce(Arc<dyn server::store::Engine>) -> F) -> T
    where
        F: std::future::Future<Output = T> + Send + 'static,
        T: Send + 'static,
    {
        server_runtime()
            .spawn(work(self.store.clone()))
            .await
            .expect("store work")
    }

    /// A new, empty CV for the participant with session `cookie`; returns its id.
    /// A new CV whose languages section already says "svenska – Ganska bra" in words.
    pub async fn cv_with_swedish_in_words(&self, cookie: &str) -> String {
        let cv = self.start_cv(cookie).await;
        let res = self
            .call(
                "save-cv-entry",
                &[
                    ("id", &cv),
                    ("section", "languages"),
                    ("index", "new"),
                    ("language", "svenska"),
                    ("level", "Ganska bra"),
                ],
                Some(cookie),
            )
            .await;
        assert_eq!(
            res.status(),
            StatusCode::OK,
            "{}",
            res.text().await.unwrap_or_default()
        );
        cv
    }

    /// The CV as its owner downloads it in JSON Resume.
    pub async fn json_resume(&self, cv: &str, cookie: &str) -> serde_json::Value {
        serde_json::from_str(&self.page(&format!("/cv/{cv}/json"), Some(cookie)).await)
            .expect("JSON Resume")
    }

    pub async fn start_cv(&self, cookie: &str) -> String {
        let res = self.call("start-cv", &[], Some(cookie)).await;
        assert_eq!(res.status(), StatusCode::OK, "CV started");
        res.text().await.expect("id")
    }

    /// A coach (session `coach`) invites `name`; returns what the confirmation shows
    /// (`link`, `code`, …).
    pub async fn invite(&self, coach: &str, name: &str) -> serde_json::Value {
        let res = self
            .call("create-participant", &[("display_name", name)], Some(coach))
            .await;
        assert_eq!(res.status(), StatusCode::OK, "invitation created");
        self.issued(coach).await
    }

    /// The code last issued by the coach or admin with session `issuer`, as its
    /// confirmation page shows it.
    pub async fn issued(&self, issuer: &str) -> serde_json::Value {
        self.json("issued-invitation", &[], Some(issuer)).await
    }

    /// A server function's JSON answer.
    pub async fn json(
        &self,
        endpoint: &str,
        form: &[(&str, &str)],
        cookie: Option<&str>,
    ) -> serde_json::Value {
        let body = self
            .call(endpoint, form, cookie)
            .await
            .text()
            .await
            .expect("body");
        serde_json::from_str(&body).expect("json")
    }

    /// The folder holding the database and its WAL.
    pub fn data_dir(&self) -> &std::path::Path {
        self._dir.path()
    }

    pub async fn as_admin(&self) -> String {
        self.sign_in("admin", server::DEMO_PASSWORDS[0]).await
    }

    pub async fn as_coach(&self) -> String {
        self.sign_in("coach", server::DEMO_PASSWORDS[1]).await
    }

    pub async fn as_participant(&self) -> String {
        self.sign_in("deltagare", server::DEMO_PASSWORDS[2]).await
    }
}
