//! What the benchmarks share: portals on free loopback ports, cheap password hashes, and
//! load runs that count only answered 2xx responses as served.
#![allow(dead_code)]
use futures_util::StreamExt;
use server::config::Config;
use server::Portal;
use std::time::{Duration, Instant};

pub const PASSWORD: &str = "ett långt lösenord för mätningen";

/// An argon2 hash of `PASSWORD` that takes microseconds, so that signing in a thousand
/// people is not what a benchmark measures.
pub fn cheap_hash() -> String {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let params = argon2::Params::new(8, 1, 1, None).expect("params");
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let salt = SaltString::encode_b64(b"a fixed bench salt").expect("salt");
    argon
        .hash_password(PASSWORD.as_bytes(), &salt)
        .expect("hash")
        .to_string()
}

/// The database the benchmark runs on, from `VAGVAL_BENCH_DATABASE_URL` (a throwaway
/// SQLite file when unset), and how many instances serve it (`VAGVAL_BENCH_INSTANCES`).
pub struct Target {
    pub database: Option<String>,
    pub instances: usize,
}

impl Target {
    pub fn from_env() -> Target {
        Target {
            database: std::env::var("VAGVAL_BENCH_DATABASE_URL").ok(),
            instances: std::env::var("VAGVAL_BENCH_INSTANCES")
                .ok()
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(1)
                .clamp(1, 4),
        }
    }

    pub fn engine(&self, instances: usize) -> String {
        match (&self.database, instances) {
            (None, _) => "SQLite".to_string(),
            (Some(_), 1) => "PostgreSQL, 1 instance".to_string(),
            (Some(_), n) => format!("PostgreSQL, {n} instances"),
        }
    }

    /// Starts one more portal on the target's database, serving on a free loopback port;
    /// every instance uses one deployment key. Returns its base URL and the portal's store.
    pub async fn start(
        &self,
        dir: &std::path::Path,
    ) -> (String, std::sync::Arc<dyn server::store::Engine>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let mut config = Config::local(addr, dir, "bench.db");
        if let Some(url) = &self.database {
            config.database_url = url.clone();
        }
        // What a deployment gets by default, not the tests' four.
        config.database_connections = 16;
        config.secret_key = Some(server::config::SecretKey([7; 32]));
        let portal = Portal::new(config).await.expect("portal");
        portal.seed_demo().await.expect("demo accounts");
        let store = portal.store.clone();
        tokio::spawn(async move {
            let _ = portal.serve(listener).await;
        });
        (format!("http://{addr}"), store)
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(64)
        .build()
        .expect("client")
}

pub fn cookie_of(res: &reqwest::Response) -> String {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("vagval_session="))
        .and_then(|v| v.split(';').next())
        .map(str::to_string)
        .expect("session cookie")
}

/// Signs `login` in with `password` and returns the session cookie.
pub async fn sign_in(client: &reqwest::Client, base: &str, login: &str, password: &str) -> String {
    let res = client
        .post(format!("{base}/api/sign-in"))
        .header("origin", base)
        .header("accept", "application/json")
        .form(&[("login", login), ("password", password)])
        .send()
        .await
        .expect("sign-in");
    assert!(
        res.status().is_success(),
        "{login} signs in: {}",
        res.status()
    );
    cookie_of(&res)
}

pub fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

pub struct Run {
    pub served: usize,
    pub other: usize,
    pub dropped: usize,
    pub elapsed: Duration,
    pub latencies: Vec<Duration>,
}

impl Run {
    pub fn per_second(&self) -> f64 {
        self.served as f64 / self.elapsed.as_secs_f64()
    }

    pub fn p50(&mut self) -> f64 {
        self.latencies.sort();
        percentile(&self.latencies, 0.5)
    }

    pub fn p99(&mut self) -> f64 {
        self.latencies.sort();
        percentile(&self.latencies, 0.99)
    }

    pub fn row(mut self, what: &str) -> String {
        let (p50, p99) = (self.p50(), self.p99());
        format!(
            "| {what} | {:.0} | {} | {} | {} | {p50:.1} ms | {p99:.1} ms |",
            self.per_second(),
            self.served,
            self.other,
            self.dropped,
        )
    }
}

/// Runs `requests` with at most `in_flight` at once and counts the answers.
pub async fn run<F>(requests: Vec<F>, in_flight: usize) -> Run
where
    F: std::future::Future<Output = Result<reqwest::StatusCode, reqwest::Error>>,
{
    let started = Instant::now();
    let answers: Vec<(Result<reqwest::StatusCode, reqwest::Error>, Duration)> =
        futures_util::stream::iter(requests.into_iter().map(|f| async move {
            let at = Instant::now();
            let status = f.await;
            (status, at.elapsed())
        }))
        .buffer_unordered(in_flight)
        .collect()
        .await;
    let elapsed = started.elapsed();
    let mut run = Run {
        served: 0,
        other: 0,
        dropped: 0,
        elapsed,
        latencies: Vec::new(),
    };
    for (status, took) in answers {
        match status {
            Ok(s) if s.is_success() => {
                run.served += 1;
                run.latencies.push(took);
            }
            Ok(_) => run.other += 1,
            Err(_) => run.dropped += 1,
        }
    }
    run
}
