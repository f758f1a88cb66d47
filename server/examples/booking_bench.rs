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
mod common;

use app::ssr::store::NewPerson;
use common::{cheap_hash, cookie_of, run, Target, PASSWORD};
use futures_util::StreamExt;
use std::sync::Arc;

const PARTICIPANTS: usize = 2400;
const PER_PARTICIPANT: usize = 3;
/// Each load runs this many bookings: half of all participants' three each.
const PER_RUN: usize = PARTICIPANTS * PER_PARTICIPANT / 2;

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = Target::from_env();
    let engine = target.engine(target.instances);
    let mut bases = Vec::new();
    let mut stores = Vec::new();
    for _ in 0..target.instances {
        let (base, store) = target.start(dir.path()).await;
        bases.push(base);
        stores.push(store);
    }
    let store = stores[0].clone();
    // Requests take turns between the instances.
    let turn = std::sync::atomic::AtomicUsize::new(0);
    let base = || {
        let n = turn.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        bases[n % bases.len()].clone()
    };
    let client = common::client();
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
