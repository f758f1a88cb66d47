//! The programme report on a large organisation: `cargo run --release -p server --example
//! report_bench`.
//!
//! Seeds, with SQL that makes its own rows, 200 coaches and 10,000 participants over two
//! years (start days spread over 2025–2026), 100,000 outcome events (ten a person, every
//! kind), 20,000 employer contacts and 40,000 meetings, then times the store's counts for
//! the third quarter of 2026 for an admin (everyone) and for one coach: the SQL a report page
//! and its CSV run. Then the same at ten times the size. Prints one Markdown table row per
//! size and scope. `VAGVAL_BENCH_DATABASE_URL` runs on an empty PostgreSQL database instead
//! of a throwaway SQLite file (one size only: the ten-times run is SQLite's).
use app::outcomes::store::Bounds;
use app::ssr::clock::start_of_day;
use app::ssr::store::UserId;
use jiff::civil::date;
use server::store::{Engine, Pool};
use std::sync::Arc;
use std::time::Instant;

const RUNS: usize = 7;

async fn exec(store: &dyn Engine, sql: &str) {
    match store.pool() {
        Pool::Sqlite(pool) => sqlx::query(sql).execute(&pool).await.map(|_| ()),
        Pool::Postgres(pool) => sqlx::query(sql).execute(&pool).await.map(|_| ()),
    }
    .unwrap_or_else(|e| panic!("{e}: {sql}"));
}

async fn scalar(store: &dyn Engine, sql: &str) -> i64 {
    match store.pool() {
        Pool::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(&pool).await,
        Pool::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(&pool).await,
    }
    .unwrap_or_else(|e| panic!("{e}: {sql}"))
}

/// Rows `1..=n` as a recursive common table expression both engines read.
fn numbers(n: i64) -> String {
    format!("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n})")
}

async fn seed(store: &dyn Engine, scale: i64) {
    let coaches = 200 * scale;
    let people = 10_000 * scale;
    // 730 calendar days from 1 January 2025.
    let mut days = Vec::new();
    let mut day = date(2025, 1, 1);
    for k in 0..730 {
        days.push(format!("({k}, '{day}')"));
        day = day.tomorrow().expect("a day");
    }
    exec(
        store,
        "CREATE TABLE bench_days (k BIGINT PRIMARY KEY, d TEXT NOT NULL)",
    )
    .await;
    exec(
        store,
        &format!("INSERT INTO bench_days (k, d) VALUES {}", days.join(",")),
    )
    .await;
    exec(
        store,
        &format!(
            "{} INSERT INTO users (display_name, role, created_at)
             SELECT 'Coach ' || i, 'coach', 0 FROM n",
            numbers(coaches)
        ),
    )
    .await;
    let first_coach = scalar(store, "SELECT MIN(id) FROM users WHERE role = 'coach'").await;
    exec(
        store,
        &format!(
            "{} INSERT INTO users (display_name, role, coach_id, created_at, started_on)
             SELECT 'Deltagare ' || i, 'participant', {first_coach} + (i % {coaches}), 0,
                    (SELECT d FROM bench_days WHERE k = (i * 7) % 730)
             FROM n",
            numbers(people)
        ),
    )
    .await;
    let first = scalar(
        store,
        "SELECT MIN(id) FROM users WHERE role = 'participant'",
    )
    .await;
    exec(
        store,
        &format!(
            "{} INSERT INTO outcome_events (person_id, kind, day, sub, hours, place, mentor,
                 author_id, created_at, changed_at)
             SELECT {first} + (i % {people}),
                    CASE i % 9 WHEN 0 THEN 'presented' WHEN 1 THEN 'interview' WHEN 2 THEN 'offer'
                        WHEN 3 THEN 'job' WHEN 4 THEN 'praktik' WHEN 5 THEN 'sprakpraktik'
                        WHEN 6 THEN 'studies' WHEN 7 THEN 'working_90' ELSE 'ended' END,
                    (SELECT d FROM bench_days WHERE k = (i * 13) % 730),
                    CASE i % 9
                        WHEN 3 THEN CASE (i / 9) % 4 WHEN 0 THEN 'employment'
                            WHEN 1 THEN 'wage_subsidy' WHEN 2 THEN 'own_business' ELSE 'other' END
                        WHEN 8 THEN CASE (i / 9) % 6 WHEN 0 THEN 'work' WHEN 1 THEN 'studies'
                            WHEN 2 THEN 'moved' WHEN 3 THEN 'other_programme'
                            WHEN 4 THEN 'no_support' ELSE 'other' END
                        ELSE '' END,
                    CASE WHEN i % 9 = 3 THEN 20 END, 'Arbetsplats', '', {first_coach}, 0, 0
             FROM n",
            numbers(people * 10)
        ),
    )
    .await;
    exec(
        store,
        "INSERT INTO employers (office, name, created_at, changed_at) VALUES ('', 'Bageriet', 0, 0)",
    )
    .await;
    let employer = scalar(store, "SELECT MIN(id) FROM employers").await;
    exec(
        store,
        &format!(
            "{} INSERT INTO employer_contacts (employer_id, coach_id, participant_id, day, how, note, at)
             SELECT {employer}, {first_coach} + (i % {coaches}), {first} + (i % {people}),
                    (SELECT d FROM bench_days WHERE k = (i * 11) % 730),
                    CASE i % 3 WHEN 0 THEN 'phone' ELSE 'visit' END, '', 0
             FROM n",
            numbers(people * 2)
        ),
    )
    .await;
    // Meetings: spread evenly over the two years, each at its own moment.
    let from = start_of_day(date(2025, 1, 1)).as_second();
    let step = 2 * 365 * 86_400 / (people * 4);
    exec(
        store,
        &format!(
            "{} INSERT INTO bookings (coach_id, participant_id, starts_at, ends_at,
                 idempotency_key, attendance, created_at)
             SELECT {first_coach} + ((i % {people}) % {coaches}), {first} + (i % {people}),
                    {from} + i * {step}, {from} + i * {step} + 1800, 'b' || i,
                    CASE i % 4 WHEN 0 THEN 'no_show' WHEN 1 THEN NULL ELSE 'attended' END, 0
             FROM n",
            numbers(people * 4)
        ),
    )
    .await;
    if let Pool::Postgres(pool) = store.pool() {
        sqlx::query("ANALYZE")
            .execute(&pool)
            .await
            .expect("analyze");
    } else if let Pool::Sqlite(pool) = store.pool() {
        sqlx::query("ANALYZE")
            .execute(&pool)
            .await
            .expect("analyze");
    }
}

async fn measure(store: &dyn Engine, coach: Option<UserId>) -> (f64, f64) {
    let (from, to) = (date(2026, 7, 1), date(2026, 9, 30));
    let bounds = Bounds {
        from_day: from.to_string(),
        to_day: to.to_string(),
        from_at: start_of_day(from).as_second(),
        until_at: start_of_day(to.tomorrow().expect("a day")).as_second(),
        coach,
    };
    let mut times = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        let counts = store.counts(&bounds).await.expect("counts");
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        assert!(counts.active > 0 && !counts.events.is_empty(), "{counts:?}");
    }
    times.sort_by(f64::total_cmp);
    (times[RUNS / 2], times[RUNS - 1])
}

async fn run(url: &str, engine: &str, scale: i64) {
    let store: Arc<dyn Engine> = server::store::open(url, 4).await.expect("database");
    let started = Instant::now();
    seed(&*store, scale).await;
    let seeded = started.elapsed().as_secs_f64();
    let coach = scalar(&*store, "SELECT MIN(id) FROM users WHERE role = 'coach'").await;
    for (scope, who) in [
        ("admin (everyone)", None),
        ("one coach (50 people)", Some(UserId::new(coach))),
    ] {
        let (p50, max) = measure(&*store, who).await;
        println!(
            "| {engine} | {} | {} | {scope} | {seeded:.1} s | {p50:.0} ms | {max:.0} ms |",
            10_000 * scale,
            100_000 * scale,
        );
    }
    store.close().await.expect("close");
}

#[tokio::main]
async fn main() {
    if let Ok(url) = std::env::var("VAGVAL_BENCH_DATABASE_URL") {
        run(&url, "PostgreSQL 15", 1).await;
        return;
    }
    let scales: Vec<i64> = std::env::var("VAGVAL_BENCH_SCALES")
        .ok()
        .and_then(|s| s.split(',').map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1, 10]);
    for scale in scales {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}/report.db", dir.path().display());
        run(&url, "SQLite", scale).await;
    }
}
