//! Bookings per second on loopback: `cargo run --release -p server --example booking_bench`.
//!
//! Starts the portal on a throwaway SQLite file (or, with `VAGVAL_BENCH_DATABASE_URL`, an
//! empty PostgreSQL database, and with `VAGVAL_BENCH_INSTANCES=2` two instances of the
//! portal on it, requests taking turns between them) on free loopback ports, gives the demo
//! coach hours around the clock (15-minute meetings), signs in 2,400 participants (cheap
//! test password hashes, so that sign-in is not what is measured) and lets them book
//! 3,600 distinct times with at most 16 requests in flight, then 3,600 more with 32. Then
//! the free-times page is loaded by 8 at a time. Prints Markdown table rows; only answered
//! 2xx responses count as served, everything else is counted beside them.
use app::ssr::store::NewPerson;
use futures_util::StreamExt;
use server::config::Config;
use server::Portal;
use std::sync::Arc;
use std::time::{Duration, Instant};

const PARTICIPANTS: usize = 2400;
const PER_PARTICIPANT: usize = 3;
/// Each load runs this many bookings: half of all participants' three each.
const PER_RUN: usize = PARTICIPANTS * PER_PARTICIPANT / 2;
const PASSWORD: &str = "ett långt lösenord för mätningen";

fn cheap_hash() -> String {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let params = argon2::Params::new(8, 1, 1, None).expect("params");
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let salt = SaltString::encode_b64(b"a fixed bench salt").expect("salt");
    argon
        .hash_password(PASSWORD.as_bytes(), &salt)
        .expect("hash")
        .to_string()
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

struct Run {
    served: usize,
    other: usize,
    dropped: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

impl Run {
    fn row(mut self, what: &str) -> String {
        self.latencies.sort();
        format!(
            "| {what} | {:.0} | {} | {} | {} | {:.1} ms | {:.1} ms |",
            self.served as f64 / self.elapsed.as_secs_f64(),
            self.served,
            self.other,
            self.dropped,
            percentile(&self.latencies, 0.5),
            percentile(&self.latencies, 0.99),
        )
    }
}

/// Runs `requests` with at most `in_flight` at once and counts the answers.
async fn run<F>(requests: Vec<F>, in_flight: usize) -> Run
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

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let database = std::env::var("VAGVAL_BENCH_DATABASE_URL").ok();
    let instances = std::env::var("VAGVAL_BENCH_INSTANCES")
        .ok()
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, 4);
    let engine = match (&database, instances) {
        (None, _) => "SQLite".to_string(),
        (Some(_), 1) => "PostgreSQL, 1 instance".to_string(),
        (Some(_), n) => format!("PostgreSQL, {n} instances"),
    };
    let mut bases = Vec::new();
    let mut stores = Vec::new();
    for n in 0..instances {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let mut config = Config::local(addr, dir.path(), "bench.db");
        if let Some(url) = &database {
            config.database_url = url.clone();
            config.database_connections = 16;
        }
        // One deployment: one key.
        config.secret_key = Some(server::config::SecretKey([7; 32]));
        let portal = Portal::new(config).await.expect("portal");
        if n == 0 {
            portal.seed_demo().await.expect("demo accounts");
        }
        stores.push(portal.store.clone());
        tokio::spawn(async move {
            let _ = portal.serve(listener).await;
        });
        bases.push(format!("http://{addr}"));
    }
    let store = stores[0].clone();
    // Requests take turns between the instances.
    let turn = std::sync::atomic::AtomicUsize::new(0);
    let base = || {
        let n = turn.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        bases[n % bases.len()].clone()
    };
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(32)
        .build()
        .expect("client");
    let call = |path: &str, form: Vec<(String, String)>, cookie: Option<String>| {
        let base = base();
        let mut req = client
            .post(format!("{base}/api/{path}"))
            .header("origin", &base)
            .header("accept", "application/json")
            .form(&form);
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        req.send()
    };
    let cookie_of = |res: &reqwest::Response| {
        res.headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("vagval_session="))
            .and_then(|v| v.split(';').next())
            .map(str::to_string)
            .expect("session cookie")
    };

    // The coach's hours: every day, all day, 15-minute meetings, 17 weeks ahead.
    let res = call(
        "sign-in",
        vec![
            ("login".into(), "coach".into()),
            ("password".into(), server::DEMO_PASSWORDS[1].into()),
        ],
        None,
    )
    .await
    .expect("coach signs in");
    let coach_cookie = cookie_of(&res);
    let mut hours: Vec<(String, String)> = (1..=7)
        .flat_map(|d| {
            [
                (format!("from-{d}"), "00:00".to_string()),
                (format!("to-{d}"), "24:00".to_string()),
            ]
        })
        .collect();
    for (k, v) in [
        ("slot", "15"),
        ("buffer", "0"),
        ("notice", "0"),
        ("horizon", "17"),
        ("cutoff", "0"),
        ("place", "Storgatan 1"),
    ] {
        hours.push((k.into(), v.into()));
    }
    let res = call("save-hours", hours, Some(coach_cookie))
        .await
        .expect("hours");
    assert!(res.status().is_success(), "hours saved: {}", res.status());

    // Participants, signed in.
    let coach = store
        .find_user_by_login("coach")
        .await
        .expect("store")
        .map(|c| c.id);
    let hash = cheap_hash();
    for i in 0..PARTICIPANTS {
        let person = NewPerson {
            display_name: format!("Deltagare {i}"),
            role: app::auth::Role::Participant,
            coach_id: coach,
            created_by: None,
        };
        store
            .upsert_account(person, &format!("bench{i}"), &hash, 0)
            .await
            .expect("participant");
    }
    let cookies: Vec<String> = futures_util::stream::iter(0..PARTICIPANTS)
        .map(|i| {
            let res = call(
                "sign-in",
                vec![
                    ("login".into(), format!("bench{i}")),
                    ("password".into(), PASSWORD.into()),
                ],
                None,
            );
            async move { cookie_of(&res.await.expect("sign-in")) }
        })
        .buffered(16)
        .collect()
        .await;

    // The free times, as the booking pages get them; then every participant books three
    // distinct times.
    let first = &cookies[0];
    let json = |text: String| serde_json::from_str::<serde_json::Value>(&text).expect("json");
    let days = json(
        call("free-days", vec![], Some(first.clone()))
            .await
            .expect("days")
            .text()
            .await
            .expect("body"),
    );
    let mut starts: Vec<(String, String)> = Vec::new();
    for day in days["days"].as_array().expect("days") {
        let day = day[0].as_str().expect("day").to_string();
        let times = json(
            call(
                "free-times",
                vec![("day".into(), day.clone())],
                Some(first.clone()),
            )
            .await
            .expect("times")
            .text()
            .await
            .expect("body"),
        );
        for t in times["times"].as_array().expect("times") {
            starts.push((day.clone(), t["starts_at"].to_string()));
        }
        if starts.len() >= PARTICIPANTS * PER_PARTICIPANT {
            break;
        }
    }
    assert!(
        starts.len() >= PARTICIPANTS * PER_PARTICIPANT,
        "{} free times",
        starts.len()
    );
    let starts = Arc::new(starts);
    let bookings = |range: std::ops::Range<usize>| -> Vec<_> {
        range
            .map(|n| {
                let (day, start) = starts[n].clone();
                call(
                    "book",
                    vec![
                        ("day".into(), day),
                        ("start".into(), start),
                        ("key".into(), format!("bench-{n}")),
                    ],
                    Some(cookies[n % PARTICIPANTS].clone()),
                )
            })
            .map(|f| async move { f.await.map(|r| r.status()) })
            .collect()
    };
    let booked_16 = run(bookings(0..PER_RUN), 16).await;
    let booked_32 = run(bookings(PER_RUN..2 * PER_RUN), 32).await;

    // The free-times page (HTML), 8 at a time, 400 loads.
    let day = starts[starts.len() - 1].0.clone();
    let pages = (0..400)
        .map(|i| {
            client
                .get(format!("{}/book/{day}", base()))
                .header("accept", "text/html")
                .header("cookie", &cookies[i % PARTICIPANTS])
                .send()
        })
        .map(|f| async move { f.await.map(|r| r.status()) })
        .collect();
    let page = run(pages, 8).await;

    println!(
        "{}",
        booked_16.row(&format!(
            "{engine}: POST /api/book (16 in flight, distinct times)"
        ))
    );
    println!(
        "{}",
        booked_32.row(&format!(
            "{engine}: POST /api/book (32 in flight, distinct times)"
        ))
    );
    println!(
        "{}",
        page.row(&format!(
            "{engine}: GET /book/DAY (free times, 8 in flight)"
        ))
    );
}
