//! Configuration from environment variables, each with a default that works on a laptop.
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Config {
    pub addr: SocketAddr,
    pub database_url: String,
    /// Connections to PostgreSQL this instance may hold (every instance counts against
    /// the server's `max_connections`).
    pub database_connections: u32,
    pub public_url: String,
    pub site_root: PathBuf,
    pub secure_cookies: bool,
    pub hsts: bool,
    pub trusted_proxies: Vec<IpAddr>,
    pub session_idle: Duration,
    pub session_absolute: Duration,
    pub invitation_days: i64,
    /// `VAGVAL_RETENTION_MONTHS`: inactive participants are listed for erasure after this
    /// many months. Unset: nobody is listed (the organisation's document-management plan
    /// decides the period; Vägval claims no default).
    pub retention_months: Option<u32>,
    /// `VAGVAL_ERASURE_GRACE_DAYS` (30): days an erasure waits and can be taken back.
    pub erasure_grace_days: u32,
    /// How often the care task (retention, erasures due) runs: every minute, so that an
    /// erasure is carried out within a minute of its grace period's end.
    pub care_every: Duration,
    pub max_body_bytes: usize,
    /// How long a connection may take to send a request's headers (and stay idle).
    pub header_timeout: Duration,
    /// Connections open at once; more wait in the listen queue.
    pub max_connections: usize,
    pub hash_concurrency: usize,
    /// PDF renders at once; more wait their turn (briefly) or are asked to try again.
    pub pdf_concurrency: usize,
    pub demo: bool,
    pub log_json: bool,
    /// Failed sign-in and invitation attempts allowed per window.
    pub throttle: app::ssr::throttle::Limits,
    /// The key that signs known-browser cookies (`VAGVAL_SECRET_KEY`); `None`: the key
    /// file's when serving (see `secret_key_file`), a new one each start in tests.
    pub secret_key: Option<SecretKey>,
    /// `VAGVAL_VAPID_KEY`: the private key reminders are signed with (base64url, as
    /// `server vapid-keys` prints it). `None`: one derived from the secret key, so it stays
    /// the same across restarts (a browser's subscription is bound to the public key).
    pub vapid_key: Option<SecretKey>,
    /// `VAGVAL_VAPID_CONTACT`: where push services may write about this server's pushes
    /// (`mailto:` or `https:`); the public address when unset.
    pub vapid_contact: Option<String>,
    /// `VAGVAL_PUSH_SERVICES`: the push services a device may name (comma-separated address
    /// prefixes; `https://*.host/` for subdomains). The browsers' own services by default.
    pub push_services: Vec<String>,
    /// How often the reminder task runs (it also runs at once when a coach's action makes
    /// a reminder); `None`: no task (tests that run it themselves at chosen moments).
    pub remind_every: Option<Duration>,
}

#[derive(Debug)]
pub struct ConfigError(pub String);

/// The deployment's secret key; never printed, not even in a debug dump of the settings.
#[derive(Clone, Copy)]
pub struct SecretKey(pub [u8; 32]);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(…)")
    }
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn parsed<T: std::str::FromStr>(name: &str, default: T) -> Result<T, ConfigError> {
    match var(name) {
        Some(v) => v
            .trim()
            .parse()
            .map_err(|_| ConfigError(format!("{name}: cannot read {v:?}"))),
        None => Ok(default),
    }
}

fn flag(name: &str, default: bool) -> Result<bool, ConfigError> {
    match var(name).as_deref().map(str::trim) {
        None => Ok(default),
        Some("1" | "true" | "yes" | "on") => Ok(true),
        Some("0" | "false" | "no" | "off") => Ok(false),
        Some(other) => Err(ConfigError(format!(
            "{name}: expected 1 or 0, got {other:?}"
        ))),
    }
}

fn parse_key(text: &str, from: &str) -> Result<SecretKey, ConfigError> {
    let text = text.trim();
    let bytes: Option<Vec<u8>> = (text.len() == 64 && text.is_ascii())
        .then(|| {
            (0..32)
                .map(|i| u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok())
                .collect()
        })
        .flatten();
    bytes
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .map(SecretKey)
        .ok_or_else(|| ConfigError(format!("{from}: the secret key is 64 hex digits")))
}

fn known_push_services() -> Vec<String> {
    app::reminders::server::KNOWN_SERVICES
        .iter()
        .map(|s| s.to_string())
        .collect()
}

fn parse_vapid_key(text: &str) -> Result<SecretKey, ConfigError> {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(text.trim().trim_end_matches('='))
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .map(SecretKey)
        .ok_or_else(|| {
            ConfigError(
                "VAGVAL_VAPID_KEY: the private key is 43 base64url characters (`server vapid-keys` makes one)"
                    .into(),
            )
        })
}

/// The key file `VAGVAL_SECRET_KEY_FILE` (default `data/secret.key`), made with a new
/// random key the first time: for a server started without `VAGVAL_SECRET_KEY`. Every
/// instance of one deployment needs the same key; it is not in a database backup.
pub fn secret_key_file() -> Result<SecretKey, ConfigError> {
    let file =
        PathBuf::from(var("VAGVAL_SECRET_KEY_FILE").unwrap_or_else(|| "data/secret.key".into()));
    let shown = file.display().to_string();
    let failed = |e: std::io::Error| ConfigError(format!("{shown}: {e}"));
    match std::fs::read_to_string(&file) {
        Ok(text) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                if let Ok(meta) = std::fs::metadata(&file) {
                    if meta.permissions().mode() & 0o077 != 0 {
                        tracing::warn!(file = %shown, "the secret key file can be read by others than its owner");
                    }
                }
            }
            parse_key(&text, &shown)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(failed)?;
            }
            let text = app::ssr::random_hex(32);
            let key = parse_key(&text, &shown)?;
            // Written whole under another name, then given its own: a crash leaves no
            // empty key file, and of two first starts the second reads the first's key.
            let partial = file.with_extension(format!("partial-{}", std::process::id()));
            write_private(&partial, &text).map_err(failed)?;
            match std::fs::hard_link(&partial, &file) {
                Ok(()) => {
                    let _ = std::fs::remove_file(&partial);
                    Ok(key)
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let _ = std::fs::remove_file(&partial);
                    parse_key(&std::fs::read_to_string(&file).map_err(failed)?, &shown)
                }
                Err(e) => {
                    let _ = std::fs::remove_file(&partial);
                    Err(failed(e))
                }
            }
        }
        Err(e) => Err(failed(e)),
    }
}

/// Writes `text` to a new file only its owner may read, and flushes it to disk.
fn write_private(file: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::File::options();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut f = options.open(file)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        let addr: SocketAddr = parsed("VAGVAL_ADDR", SocketAddr::from(([127, 0, 0, 1], 3000)))?;
        let public_url = var("VAGVAL_PUBLIC_URL").unwrap_or_else(|| format!("http://{addr}"));
        let tls = public_url.starts_with("https://");
        let trusted_proxies = var("VAGVAL_TRUSTED_PROXIES")
            .unwrap_or_default()
            .split(',')
            .filter(|s| !s.trim().is_empty())
            .map(|s| {
                s.trim().parse().map_err(|_| {
                    ConfigError(format!(
                        "VAGVAL_TRUSTED_PROXIES: {s:?} is not an IP address"
                    ))
                })
            })
            .collect::<Result<_, _>>()?;
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2);
        Ok(Config {
            addr,
            database_url: var("VAGVAL_DATABASE_URL")
                .unwrap_or_else(|| "sqlite://data/vagval.db".into()),
            database_connections: parsed("VAGVAL_DATABASE_CONNECTIONS", 16u32)?.clamp(2, 1000),
            public_url,
            // cargo-leptos sets LEPTOS_SITE_ROOT when it runs the server itself.
            site_root: var("VAGVAL_SITE_ROOT")
                .or_else(|| var("LEPTOS_SITE_ROOT"))
                .unwrap_or_else(|| "target/site".into())
                .into(),
            secure_cookies: flag("VAGVAL_SECURE_COOKIES", tls)?,
            hsts: flag("VAGVAL_HSTS", tls)?,
            trusted_proxies,
            session_idle: Duration::from_secs(60 * parsed("VAGVAL_SESSION_IDLE_MINUTES", 60u64)?),
            session_absolute: Duration::from_secs(
                3600 * parsed("VAGVAL_SESSION_MAX_HOURS", 12u64)?,
            ),
            invitation_days: parsed("VAGVAL_INVITATION_DAYS", 7i64)?.clamp(1, 365),
            retention_months: var("VAGVAL_RETENTION_MONTHS")
                .map(|m| {
                    m.trim()
                        .parse::<u32>()
                        .ok()
                        .filter(|m| (1..=1200).contains(m))
                        .ok_or_else(|| {
                            ConfigError(format!(
                                "VAGVAL_RETENTION_MONTHS: {m:?} is not a number of months (1–1200)"
                            ))
                        })
                })
                .transpose()?,
            erasure_grace_days: parsed("VAGVAL_ERASURE_GRACE_DAYS", 30u32)?.clamp(0, 365),
            care_every: Duration::from_secs(60),
            max_body_bytes: parsed("VAGVAL_MAX_BODY_BYTES", 64 * 1024usize)?,
            header_timeout: Duration::from_secs(
                parsed("VAGVAL_HEADER_TIMEOUT_SECONDS", 10u64)?.clamp(1, 300),
            ),
            max_connections: parsed("VAGVAL_MAX_CONNECTIONS", 1000usize)?.clamp(1, 100_000),
            hash_concurrency: parsed("VAGVAL_HASH_CONCURRENCY", cores)?,
            pdf_concurrency: parsed("VAGVAL_PDF_CONCURRENCY", cores.clamp(1, 4))?.max(1),
            demo: flag("VAGVAL_DEMO", false)?,
            log_json: var("VAGVAL_LOG_FORMAT").as_deref() == Some("json"),
            secret_key: var("VAGVAL_SECRET_KEY")
                .map(|k| parse_key(&k, "VAGVAL_SECRET_KEY"))
                .transpose()?,
            vapid_key: var("VAGVAL_VAPID_KEY")
                .map(|k| parse_vapid_key(&k))
                .transpose()?,
            vapid_contact: var("VAGVAL_VAPID_CONTACT"),
            push_services: var("VAGVAL_PUSH_SERVICES")
                .map(|list| {
                    list.split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_else(known_push_services),
            remind_every: Some(Duration::from_secs(20)),
            throttle: {
                let d = app::ssr::throttle::Limits::default();
                app::ssr::throttle::Limits {
                    per_account: parsed("VAGVAL_THROTTLE_ACCOUNT", d.per_account)?,
                    per_address: parsed("VAGVAL_THROTTLE_ADDRESS", d.per_address)?,
                    per_device: parsed("VAGVAL_THROTTLE_DEVICE", d.per_device)?,
                    window: Duration::from_secs(
                        60 * parsed("VAGVAL_THROTTLE_MINUTES", d.window.as_secs() / 60)?,
                    ),
                    max_keys: d.max_keys,
                }
            },
        })
    }

    /// A portal on this machine alone, for tests and benchmarks: `addr` on loopback, its
    /// database `db_file` and site in `dir`, plain HTTP, the demo accounts, two hashes and
    /// two PDF renders at once.
    pub fn local(addr: SocketAddr, dir: &std::path::Path, db_file: &str) -> Config {
        Config {
            addr,
            database_url: format!("sqlite://{}/{db_file}", dir.display()),
            database_connections: 4,
            public_url: format!("http://{addr}"),
            site_root: dir.join("site"),
            secure_cookies: false,
            hsts: false,
            trusted_proxies: vec![],
            session_idle: Duration::from_secs(3600),
            session_absolute: Duration::from_secs(12 * 3600),
            invitation_days: 7,
            retention_months: None,
            erasure_grace_days: 30,
            care_every: Duration::from_secs(60),
            max_body_bytes: 64 * 1024,
            header_timeout: Duration::from_secs(10),
            // Tests race a thousand people at once.
            max_connections: 10_000,
            hash_concurrency: 2,
            pdf_concurrency: 2,
            demo: true,
            log_json: false,
            throttle: app::ssr::throttle::Limits::default(),
            secret_key: None,
            vapid_key: None,
            vapid_contact: None,
            push_services: known_push_services(),
            remind_every: Some(Duration::from_secs(20)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_key_is_64_hex_digits() {
        let key = parse_key(&"0f".repeat(32), "test").expect("key");
        assert_eq!(key.0, [0x0f; 32]);
        assert_eq!(format!("{key:?}"), "SecretKey(…)", "never printed");
        assert!(parse_key(&format!("a{}b", "é".repeat(31)), "test").is_err());
        assert!(parse_key(&"0f".repeat(31), "test").is_err());
        assert!(parse_key(&"zz".repeat(32), "test").is_err());
        assert!(parse_key(&"é".repeat(32), "test").is_err());
    }
}
