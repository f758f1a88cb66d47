//! The Vägval server: configuration, database, sessions and HTTP plumbing around the
//! Leptos app. `main.rs` is a thin CLI over [`Portal`].
pub mod backup;
pub mod config;
mod flash;
pub mod push;
mod security;
mod sessions;
pub mod store;

use app::booking::group::store::GroupStore;
use app::booking::store::BookingStore;
use app::cv::store::CvStore;
use app::goals::store::GoalStore;
use app::invite::store::{InvitationStore, NewInvitation};
use app::notes::store::NoteStore;
use app::profile::store::ProfileStore;
use app::sharing::store::SharingStore;
use app::ssr::clock::Clock;
use app::ssr::password::Hasher;
use app::ssr::store::{NewPerson, Stores, UserId};
use app::ssr::throttle::Throttle;
use app::ssr::{ServerState, Settings};
use app::{shell, App};
use axum::body::Body;
use axum::extract::{FromRef, Request, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{middleware, Router};
use config::Config;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use std::net::SocketAddr;
use std::sync::Arc;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;
use tower_http::timeout::TimeoutLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

pub const OUTPUT_NAME: &str = "vagval";

/// The longest any request may take before it is answered 503.
const REQUEST_LIMIT: std::time::Duration = std::time::Duration::from_secs(30);

#[derive(Debug)]
pub struct StartError(pub String);

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StartError {}

fn start_err(e: impl std::fmt::Display) -> StartError {
    StartError(e.to_string())
}

#[derive(Clone)]
struct AppState {
    leptos: LeptosOptions,
    server: ServerState,
    /// The database itself, for the health check.
    store: Arc<dyn store::Engine>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

/// The CV's PDF, by Typst. Only the error's kind is returned: a compile message could
/// quote the CV, and the reason is logged.
fn render_pdf(model: &[u8]) -> Result<Vec<u8>, &'static str> {
    cv_pdf::render(model).map_err(|e| match e {
        cv_pdf::RenderError::BadModel(_) => "bad model",
        cv_pdf::RenderError::Setup(_) => "renderer setup",
        cv_pdf::RenderError::Compile(_) => "compile",
        cv_pdf::RenderError::Export(_) => "export",
    })
}

/// A configured portal: its store (for the CLI and tests) and its HTTP router.
pub struct Portal {
    pub config: Config,
    pub store: Arc<dyn store::Engine>,
    pub state: ServerState,
    pub router: Router,
}

/// The build's hash file, beside the server binary: tools/site.mjs (as cargo-leptos) writes
/// it when it puts content hashes in the site's file names.
fn hash_file() -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    std::fs::read_to_string(exe.parent()?.join("hash.txt")).ok()
}

fn leptos_options(config: &Config, hashed: bool) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name(OUTPUT_NAME)
        .site_root(config.site_root.to_string_lossy().as_ref())
        .site_pkg_dir("pkg")
        .site_addr(config.addr)
        .hash_files(hashed)
        .build()
}

impl Portal {
    pub async fn new(config: Config) -> Result<Portal, StartError> {
        Self::with_clock(config, Clock::system()).await
    }

    /// A portal whose time is `clock`'s: tests set it to the moments that matter.
    pub async fn with_clock(config: Config, clock: Clock) -> Result<Portal, StartError> {
        let store = store::open(&config.database_url, config.database_connections)
            .await
            .map_err(start_err)?;
        let sessions = store.sessions().prepare().await.map_err(start_err)?;
        let device_key = config
            .secret_key
            .map(|k| app::ssr::device::DeviceKey::from_bytes(k.0))
            .unwrap_or_else(app::ssr::device::DeviceKey::random);
        let throttle = if store.shared() {
            Throttle::shared(
                config.throttle,
                store.clone(),
                app::ssr::device::DeviceKey::from_bytes(device_key.derive("throttle")),
            )
        } else {
            Throttle::new(config.throttle)
        };
        tokio::spawn(tidy(store.clone(), config.throttle.window));

        let vapid = config
            .vapid_key
            .map(|k| k.0)
            .unwrap_or_else(|| device_key.derive("vapid"));
        let sender = push::WebPush::new(
            &vapid,
            config
                .vapid_contact
                .as_deref()
                .unwrap_or(&config.public_url),
        )
        .map_err(StartError)?;
        let push = Arc::new(app::reminders::server::Push {
            public_key: sender.public_key().to_string(),
            services: config.push_services.clone(),
            sender: Arc::new(sender),
            wake: tokio::sync::Notify::new(),
        });

        let hashes = hash_file();
        let state = ServerState {
            store: Arc::new(
                Stores::default()
                    .with::<dyn InvitationStore>(store.clone())
                    .with::<dyn CvStore>(store.clone())
                    .with::<dyn SharingStore>(store.clone())
                    .with::<dyn NoteStore>(store.clone())
                    .with::<dyn BookingStore>(store.clone())
                    .with::<dyn GroupStore>(store.clone())
                    .with::<dyn app::booking::feed::store::FeedStore>(store.clone())
                    .with::<dyn GoalStore>(store.clone())
                    .with::<dyn app::applications::store::ApplicationStore>(store.clone())
                    .with::<dyn ProfileStore>(store.clone())
                    .with::<dyn app::jobs::store::JobStore>(store.clone())
                    .with::<dyn app::outcomes::store::OutcomeStore>(store.clone())
                    .with::<dyn app::rights::store::RightsStore>(store.clone())
                    .with::<dyn app::reminders::store::ReminderStore>(store.clone())
                    .with(push.clone())
                    .with(Arc::new(app::people::issued::Issued::new(
                        device_key.derive("issued invitations"),
                    )))
                    .with(Arc::new(app::booking::feed::Shown::new(
                        device_key.derive("calendar feeds"),
                    ))),
            ),
            accounts: store.clone(),
            hasher: Hasher::new(config.hash_concurrency),
            throttle: Arc::new(throttle),
            settings: Arc::new(Settings {
                public_url: config.public_url.clone(),
                trusted_proxies: config.trusted_proxies.clone(),
                session_absolute: config.session_absolute,
                session_idle: config.session_idle,
                invitation_days: config.invitation_days,
                secure_cookies: config.secure_cookies,
                retention_months: config.retention_months,
                erasure_grace_days: config.erasure_grace_days,
                assets: app::ssr::SiteAssets::from_hashes(OUTPUT_NAME, hashes.as_deref()),
            }),
            clock,
            pdf_renderer: render_pdf,
            renders: Arc::new(tokio::sync::Semaphore::new(config.pdf_concurrency)),
            rendering: Arc::default(),
            device_key,
        };
        let app_state = AppState {
            leptos: leptos_options(&config, hashes.is_some()),
            server: state.clone(),
            store: store.clone(),
        };

        let session_layer = SessionManagerLayer::new(sessions)
            .with_name("vagval_session")
            .with_http_only(true)
            .with_same_site(SameSite::Lax)
            .with_secure(config.secure_cookies)
            .with_expiry(Expiry::OnInactivity(
                tower_sessions::cookie::time::Duration::seconds(
                    config.session_idle.as_secs() as i64
                ),
            ));

        let context = {
            let server = state.clone();
            move || provide_context(server.clone())
        };
        // Registers the pages and, with the same context, every server function (POST only).
        let leptos = Router::new()
            .leptos_routes_with_context(&app_state, page_routes(), context, {
                let options = app_state.leptos.clone();
                move || shell(options.clone())
            })
            .layer(middleware::from_fn(flash::take))
            .layer(middleware::from_fn_with_state(
                config.secure_cookies,
                flash::stash,
            ))
            .layer(middleware::from_fn_with_state(
                app_state.clone(),
                problem_page,
            ))
            .layer(middleware::from_fn(security::server_fn_status))
            .layer(middleware::from_fn(security::multipart_only));

        let site_root = config.site_root.clone();
        let hashed_assets = app_state.leptos.hash_files;
        let pkg = Router::new()
            .fallback_service(
                ServeDir::new(site_root.join("pkg"))
                    .precompressed_br()
                    .precompressed_gzip(),
            )
            .layer(middleware::from_fn_with_state(
                hashed_assets,
                security::asset_cache,
            ));
        // Icons, the favicon and the service worker's registration: unhashed names, so kept
        // five minutes; a miss is the not-found page, never kept.
        let public_files = Router::new()
            .fallback_service(
                ServeDir::new(&site_root)
                    .precompressed_br()
                    .precompressed_gzip()
                    .append_index_html_on_directories(false)
                    .call_fallback_on_method_not_allowed(true)
                    .fallback(get(not_found).post(not_found).with_state(app_state.clone())),
            )
            .layer(middleware::from_fn_with_state(false, security::asset_cache));

        // File downloads: plain GET links, so they work without JavaScript. Static
        // segments win over the pages' `/cv/{id}/{section}`.
        let downloads = Router::new()
            .route("/cv/{id}/pdf", get(app::cv::export::pdf))
            .route("/cv/{id}/json", get(app::cv::export::json))
            .route("/bookings/{id}/ics", get(app::booking::calendar_file))
            .route("/calendar/{file}", get(app::booking::feed::feed_file))
            .route(
                "/applications/{id}/interview.ics",
                get(app::applications::interview_file),
            )
            .route(
                "/applications/report.txt",
                get(app::applications::report_txt),
            )
            .route(
                "/applications/report.csv",
                get(app::applications::report_csv_file),
            )
            .route("/report.csv", get(app::outcomes::report_csv_file))
            .route("/dropin/{id}/place", get(app::booking::group::place_line))
            .route("/my-data/export.zip", get(app::rights::export::download))
            .route(
                "/manifest.webmanifest",
                get(app::install::files::manifest_file),
            )
            .route("/sw.js", get(app::install::files::service_worker_file))
            .route("/offline/{lang}", get(app::install::files::offline_file))
            .layer(axum::Extension(state.clone()));

        let router = leptos
            .merge(downloads)
            .route("/healthz", get(healthz))
            .nest_service("/pkg", pkg)
            .fallback_service(public_files)
            .with_state(app_state.clone())
            .layer(middleware::from_fn(security::without_hydration_marks))
            // Inside the session and who is asking, so that a form over the limit gets
            // its page for the person who sent it.
            .layer(RequestBodyLimitLayer::new(config.max_body_bytes))
            .layer(middleware::from_fn_with_state(
                (config.max_body_bytes, app_state),
                oversized_upload,
            ))
            .layer(middleware::from_fn_with_state(state.clone(), who_is_asking))
            .layer(session_layer)
            .layer(middleware::from_fn_with_state(
                security::SiteOrigin::from_public_url(&config.public_url),
                security::same_origin_writes,
            ))
            // Zips and PDFs are compressed already: compressing them again costs CPU for
            // nothing (the data export streams one of each).
            .layer(
                CompressionLayer::new().br(true).gzip(true).compress_when(
                    DefaultPredicate::new()
                        .and(NotForContentType::const_new("application/zip"))
                        .and(NotForContentType::const_new("application/pdf")),
                ),
            )
            .layer(middleware::from_fn_with_state(
                security::Headers { hsts: config.hsts },
                security::headers,
            ))
            .layer(CatchPanicLayer::custom(security::panic_response))
            // No request may hang for ever: a page or server function that has not
            // answered in 30 s (the PDF's own limits are 5 + 10 s) gets 503 and a log line.
            .layer(TimeoutLayer::with_status_code(
                StatusCode::SERVICE_UNAVAILABLE,
                REQUEST_LIMIT,
            ))
            .layer(middleware::from_fn(security::log));

        tokio::spawn(care(
            store.clone(),
            state.clock.clone(),
            care_of(&config),
            config.care_every,
        ));
        if let Some(every) = config.remind_every {
            tokio::spawn(reminders(store.clone(), push, state.clock.clone(), every));
        }

        Ok(Portal {
            config,
            store,
            state,
            router,
        })
    }

    /// One run of the care task now (retention's listing, erasures whose grace period has
    /// ended), at the portal's clock: what the task does every minute.
    pub async fn care_now(&self) -> Result<app::rights::server::Cared, StartError> {
        app::rights::server::care(
            self.store.as_ref(),
            self.state.clock.now(),
            care_of(&self.config),
        )
        .await
        .map_err(start_err)
    }

    /// On a database with no administrator, issues (again) the invitation that creates the
    /// first one, and returns the link and code to print.
    pub async fn first_admin_invitation(&self) -> Result<Option<(String, String)>, StartError> {
        let (token, code) = app::ssr::new_invitation_secrets();
        let invitation = NewInvitation {
            token_hash: app::ssr::secret_hash(&format!("link:{token}")),
            code_hash: app::ssr::secret_hash(&format!("code:{code}")),
            expires_at: app::ssr::invitation_expiry(&self.state.clock, self.config.invitation_days)
                .0,
        };
        let issued = self
            .store
            .reissue_first_admin_invitation("Admin", invitation, self.state.clock.unix())
            .await
            .map_err(start_err)?;
        Ok(issued.then(|| {
            (
                format!(
                    "{}/invite/{token}",
                    self.config.public_url.trim_end_matches('/')
                ),
                app::ssr::display_code(&code),
            )
        }))
    }

    /// Creates (or resets) a participant account with a login and password, for the coach
    /// with login `coach` if given. The password obeys the same rules as one chosen on an
    /// invitation.
    pub async fn add_participant(
        &self,
        login: &str,
        name: &str,
        password: &str,
        coach: Option<&str>,
    ) -> Result<UserId, StartError> {
        self.add_account(app::auth::Role::Participant, login, name, password, coach)
            .await
    }

    /// Creates (or resets) a coach account with a login and password, as an administrator
    /// would invite one, for setting up an office from the command line.
    pub async fn add_coach(
        &self,
        login: &str,
        name: &str,
        password: &str,
    ) -> Result<UserId, StartError> {
        self.add_account(app::auth::Role::Coach, login, name, password, None)
            .await
    }

    async fn add_account(
        &self,
        role: app::auth::Role,
        login: &str,
        name: &str,
        password: &str,
        coach: Option<&str>,
    ) -> Result<UserId, StartError> {
        let login = app::invite::parse_login(&app::ssr::nfc(login))
            .map_err(|p| StartError(format!("login: {p:?}")))?;
        let name = app::invite::parse_display_name(name)
            .map_err(|p| StartError(format!("name: {p:?}")))?;
        let password = app::ssr::nfc(password);
        app::ssr::password::check_new(&password, &login)
            .map_err(|p| StartError(format!("password: {p:?}")))?;
        // Resetting a password never turns one kind of account into another.
        if let Some(existing) = self
            .store
            .find_user_by_login(&login)
            .await
            .map_err(start_err)?
            .filter(|u| u.role != role)
        {
            return Err(StartError(format!(
                "{login:?} is a {:?} account, not a {role:?} one",
                existing.role
            )));
        }
        let coach_id = match coach {
            Some(coach) => Some(
                self.store
                    .find_user_by_login(coach)
                    .await
                    .map_err(start_err)?
                    .filter(|u| u.role == app::auth::Role::Coach)
                    .ok_or_else(|| StartError(format!("no coach with login {coach:?}")))?
                    .id,
            ),
            None => None,
        };
        let hash = self
            .state
            .hasher
            .hash(password)
            .await
            .map_err(|e| StartError(format!("{e:?}")))?;
        self.store
            .upsert_account(
                NewPerson {
                    display_name: name,
                    role,
                    coach_id,
                    created_by: None,
                },
                &login,
                &hash,
                self.state.clock.unix(),
            )
            .await
            .map_err(start_err)
    }

    /// Creates (or resets) the demo accounts named in the README.
    pub async fn seed_demo(&self) -> Result<(), StartError> {
        let hash = |pw: &'static str| {
            let hasher = self.state.hasher.clone();
            async move {
                hasher
                    .hash(pw.to_string())
                    .await
                    .map_err(|e| StartError(format!("{e:?}")))
            }
        };
        let person = |name: &str, role, coach_id| NewPerson {
            display_name: name.to_string(),
            role,
            coach_id,
            created_by: None,
        };
        use app::auth::Role;
        self.store
            .upsert_account(
                person("Demo Admin", Role::Admin, None),
                "admin",
                &hash(DEMO_PASSWORDS[0]).await?,
                self.state.clock.unix(),
            )
            .await
            .map_err(start_err)?;
        let coach = self
            .store
            .upsert_account(
                person("Demo Coach", Role::Coach, None),
                "coach",
                &hash(DEMO_PASSWORDS[1]).await?,
                self.state.clock.unix(),
            )
            .await
            .map_err(start_err)?;
        self.store
            .upsert_account(
                person("Amal Demo", Role::Participant, Some(coach)),
                "deltagare",
                &hash(DEMO_PASSWORDS[2]).await?,
                self.state.clock.unix(),
            )
            .await
            .map_err(start_err)?;
        Ok(())
    }

    /// Serves until SIGTERM or Ctrl-C; then takes no new connections, lets the requests in
    /// flight finish (for up to `STOP_GRACE`), writes the WAL back into the database file
    /// and returns. A connection must send a request's headers within `header_timeout`
    /// (an idle kept-alive one is closed after as long), and at most `max_connections`
    /// are open at once: more wait in the listen queue.
    pub async fn serve(self, listener: tokio::net::TcpListener) -> Result<(), StartError> {
        let (stopping, stop_seen) = tokio::sync::watch::channel(false);
        let limit = self.config.max_connections.max(1);
        let open = Arc::new(tokio::sync::Semaphore::new(limit));
        let mut builder = hyper::server::conn::http1::Builder::new();
        builder
            .timer(hyper_util::rt::TokioTimer::new())
            .header_read_timeout(self.config.header_timeout)
            .keep_alive(true);
        let mut make = self
            .router
            .into_make_service_with_connect_info::<SocketAddr>();
        let stop = shutdown();
        tokio::pin!(stop);
        loop {
            let permit = tokio::select! {
                permit = open.clone().acquire_owned() => permit.map_err(start_err)?,
                _ = &mut stop => break,
            };
            let (stream, peer) = tokio::select! {
                accepted = listener.accept() => match accepted {
                    Ok(accepted) => accepted,
                    Err(e) => {
                        // Out of file descriptors, or a connection reset before it was
                        // taken: wait a moment rather than spin.
                        tracing::warn!(error = %e, "accept failed");
                        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                        continue;
                    }
                },
                _ = &mut stop => break,
            };
            let Ok(service) = tower_service::Service::call(&mut make, Peer(peer)).await;
            let connection = builder.serve_connection(
                hyper_util::rt::TokioIo::new(stream),
                hyper_util::service::TowerToHyperService::new(service),
            );
            let mut stop_seen = stop_seen.clone();
            tokio::spawn(async move {
                let _permit = permit;
                tokio::pin!(connection);
                tokio::select! {
                    _ = connection.as_mut() => return,
                    _ = stop_seen.wait_for(|s| *s) => {}
                }
                connection.as_mut().graceful_shutdown();
                let _ = connection.await;
            });
        }
        tracing::info!("stopping: no new requests; finishing those in flight");
        drop(listener);
        let _ = stopping.send(true);
        // Every connection holds a permit until it has ended.
        let all = u32::try_from(limit).unwrap_or(u32::MAX);
        if tokio::time::timeout(STOP_GRACE, open.acquire_many(all))
            .await
            .is_err()
        {
            tracing::warn!(
                grace_seconds = STOP_GRACE.as_secs(),
                "stopping with requests still in flight"
            );
        }
        self.store.close().await.map_err(start_err)?;
        tracing::info!("stopped");
        Ok(())
    }
}

/// A connection's peer address, as the router's `ConnectInfo` reads it.
struct Peer(SocketAddr);

impl axum::extract::connect_info::Connected<Peer> for SocketAddr {
    fn connect_info(peer: Peer) -> SocketAddr {
        peer.0
    }
}

/// Every minute, the database's clean-up (expired sessions, old throttle counts); where
/// several instances share it, by whichever takes its lock first.
async fn tidy(store: Arc<dyn store::Engine>, window: std::time::Duration) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        every.tick().await;
        // A portal that has stopped (its pool closed) leaves no task behind.
        if store.is_closed() {
            return;
        }
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0);
        if let Err(e) = store.tidy(now_ms - window.as_millis() as i64).await {
            tracing::warn!(error = %e, "the periodic clean-up failed; it runs again in a minute");
        }
    }
}

fn care_of(config: &Config) -> app::rights::server::Care {
    app::rights::server::Care {
        retention_months: config.retention_months,
        grace_days: config.erasure_grace_days,
    }
}

/// Every minute, the care of accounts: inactive participants listed for erasure (when the
/// organisation set a retention period) and erasures whose grace period has ended carried
/// out. Where several instances share the database, each may run it: listing and erasing
/// are single transactions that find nothing left to do the second time.
async fn care(
    store: Arc<dyn store::Engine>,
    clock: Clock,
    rules: app::rights::server::Care,
    every: std::time::Duration,
) {
    let mut every = tokio::time::interval(every);
    loop {
        every.tick().await;
        if store.is_closed() {
            return;
        }
        if let Err(e) = app::rights::server::care(store.as_ref(), clock.now(), rules).await {
            tracing::warn!(error = %e, "the care of accounts failed; it runs again in a minute");
        }
    }
}

/// Every few seconds, and at once when a coach's action makes one, the reminders due are
/// made and sent. Where several instances share the database each may run it: every
/// reminder is made once (a unique key) and taken by one instance (`claim`).
async fn reminders(
    store: Arc<dyn store::Engine>,
    push: Arc<app::reminders::server::Push>,
    clock: Clock,
    every: std::time::Duration,
) {
    let mut every = tokio::time::interval(every);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = every.tick() => {}
            _ = push.wake.notified() => {}
        }
        if store.is_closed() {
            return;
        }
        let store: &dyn app::reminders::store::ReminderStore = store.as_ref();
        if let Err(e) = app::reminders::server::remind(store, &push, clock.now()).await {
            tracing::warn!(error = %e, "the reminder task failed; it runs again shortly");
        }
    }
}

/// How long a stopping server waits for the requests in flight.
const STOP_GRACE: std::time::Duration = std::time::Duration::from_secs(10);

/// Passwords of the demo accounts admin, coach and deltagare (see README).
pub const DEMO_PASSWORDS: [&str; 3] = ["demo-admin-2026", "demo-coach-2026", "demo-deltagare-2026"];

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

async fn not_found(State(state): State<AppState>, req: Request<Body>) -> Response {
    let server = state.server.clone();
    let options = state.leptos.clone();
    let handler = leptos_axum::render_app_to_stream_with_context(
        move || provide_context(server.clone()),
        move || shell(options.clone()),
    );
    handler(req).await
}

/// A browser's malformed request (see `flash::RequestProblem`) gets the translated page
/// that says so, with its 400 or 413 status, instead of a redirect.
async fn problem_page(
    State(state): State<AppState>,
    req: Request,
    next: middleware::Next,
) -> Response {
    let headers = req.headers().clone();
    // The page is rendered as its own request: it needs the visitor's session (who is
    // signed in) and this response's CSP nonce.
    let session = req.extensions().get::<tower_sessions::Session>().cloned();
    let nonce = req.extensions().get::<leptos::nonce::Nonce>().cloned();
    let signed_in = req.extensions().get::<app::auth::SignedIn>().cloned();
    let res = next.run(req).await;
    let Some(flash::RequestProblem(status)) = res.extensions().get().copied() else {
        return res;
    };
    let kind = if status == StatusCode::PAYLOAD_TOO_LARGE {
        "too-large"
    } else {
        "bad-request"
    };
    let mut page = Request::new(Body::empty());
    *page.uri_mut() = match format!("/request-problem/{kind}").parse() {
        Ok(uri) => uri,
        Err(_) => return status.into_response(),
    };
    for name in [header::COOKIE, header::ACCEPT_LANGUAGE, header::ACCEPT] {
        if let Some(value) = headers.get(&name) {
            page.headers_mut().insert(name, value.clone());
        }
    }
    if let Some(session) = session {
        page.extensions_mut().insert(session);
    }
    if let Some(nonce) = nonce {
        page.extensions_mut().insert(nonce);
    }
    if let Some(signed_in) = signed_in {
        page.extensions_mut().insert(signed_in);
    }
    let mut res = not_found(State(state), page).await;
    *res.status_mut() = status;
    res
}

/// A JSON Resume file over the request limit is refused before any handler sees it; send
/// the person back to the upload form, which explains it in their language, instead of a
/// bare 413.
async fn oversized_upload(
    State((limit, app)): State<(usize, AppState)>,
    req: Request,
    next: middleware::Next,
) -> Response {
    let is_upload = req.uri().path() == "/api/import-cv";
    if !is_upload {
        if let Some(declared) = oversized_form(&req, limit) {
            return too_large_page(app, req, declared).await;
        }
    }
    let res = next.run(req).await;
    if is_upload && res.status() == StatusCode::PAYLOAD_TOO_LARGE {
        // The rest of the upload was never read, so this connection cannot carry another
        // request: say so, or a client may reuse it for the next page and fail.
        let mut redirect = axum::response::Redirect::to("/cv/import?too-large=1").into_response();
        redirect.headers_mut().insert(
            header::CONNECTION,
            axum::http::HeaderValue::from_static("close"),
        );
        return redirect;
    }
    res
}

/// The declared length of a browser's form post (no JavaScript: it does not ask for JSON)
/// that is over `limit`.
fn oversized_form(req: &Request, limit: usize) -> Option<u64> {
    let wants_json = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"));
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())?;
    (req.method() == axum::http::Method::POST && !wants_json && declared > limit as u64)
        .then_some(declared)
}

/// How much of a refused body is read and thrown away, and for how long, so that the
/// browser has sent it and reads the answer (a connection closed while a browser still
/// sends often shows it no answer at all).
const DRAIN_BYTES: usize = 2 * 1024 * 1024;
const DRAIN_TIME: std::time::Duration = std::time::Duration::from_secs(10);

/// Reads and throws away up to `max` bytes of `body`, keeping none of it; whether the
/// body ended within them.
async fn drain(body: Body, max: usize) -> bool {
    use http_body_util::BodyExt;
    let mut body = body;
    let mut read = 0usize;
    while let Some(frame) = body.frame().await {
        let Ok(frame) = frame else { return false };
        if let Some(data) = frame.data_ref() {
            read += data.len();
            if read > max {
                return false;
            }
        }
    }
    true
}

/// A browser form over the size limit: the translated page that says so, with 413. The
/// route is already chosen (a middleware runs per route), so the page is rendered here.
async fn too_large_page(app: AppState, req: Request, declared: u64) -> Response {
    let (parts, body) = req.into_parts();
    let drained = tokio::time::timeout(DRAIN_TIME, drain(body, DRAIN_BYTES))
        .await
        .unwrap_or(false);
    let mut page = Request::new(Body::empty());
    *page.uri_mut() = axum::http::Uri::from_static("/request-problem/too-large");
    // For the same visitor: their cookies and language, their session and who they are,
    // and this response's CSP nonce.
    for name in [header::COOKIE, header::ACCEPT_LANGUAGE, header::ACCEPT] {
        if let Some(value) = parts.headers.get(&name) {
            page.headers_mut().insert(name, value.clone());
        }
    }
    if let Some(session) = parts.extensions.get::<tower_sessions::Session>() {
        page.extensions_mut().insert(session.clone());
    }
    if let Some(nonce) = parts.extensions.get::<leptos::nonce::Nonce>() {
        page.extensions_mut().insert(nonce.clone());
    }
    if let Some(signed_in) = parts.extensions.get::<app::auth::SignedIn>() {
        page.extensions_mut().insert(signed_in.clone());
    }
    let mut res = not_found(State(app), page).await;
    *res.status_mut() = StatusCode::PAYLOAD_TOO_LARGE;
    if !drained || declared > DRAIN_BYTES as u64 {
        res.headers_mut().insert(
            header::CONNECTION,
            axum::http::HeaderValue::from_static("close"),
        );
    }
    res
}

async fn healthz(State(state): State<AppState>) -> Response {
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

/// Finds out who is asking for a page before it renders (the header and every page's role
/// check need it), and hands it to the app in the request's extensions. Server functions
/// check for themselves.
async fn who_is_asking(
    State(state): State<ServerState>,
    session: tower_sessions::Session,
    mut req: axum::extract::Request,
    next: middleware::Next,
) -> axum::response::Response {
    // Pages (any GET but the static files), and plain form posts, whose answer may be a
    // page (a request problem). Not scripts, styles or a server function's JSON: those
    // never render a page, and skipping them keeps a session lookup off every asset.
    let path = req.uri().path();
    let static_file = path.starts_with("/pkg/") || path == "/healthz" || path.contains('.');
    let page = (matches!(
        *req.method(),
        axum::http::Method::GET | axum::http::Method::HEAD
    ) && !static_file)
        || req
            .headers()
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"));
    if page {
        // A failure is logged where it happened; the page then shows signed out.
        let user: Option<app::ssr::store::UserRecord> = app::ssr::current_in(&state, &session)
            .await
            .unwrap_or_default();
        if let Some(user) = &user {
            req.extensions_mut().insert(app::ssr::Asker(user.clone()));
        }
        req.extensions_mut()
            .insert(app::auth::SignedIn(user.map(|u| app::auth::CurrentUser {
                display_name: u.display_name,
                role: u.role,
            })));
    }
    next.run(req).await
}

/// The pages' routes, worked out once per process. Working them out renders the app with
/// the loading of every resource suppressed process-wide (leptos_server's
/// `IS_SUPPRESSING_RESOURCE_LOAD` is one global flag), so a page being served by another
/// portal in the same process at that moment waited for ever: the rare 30 s stalls of the
/// integration tests, which start many portals in one process.
fn page_routes() -> Vec<AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}
