//! A year of a large organisation, then every page:
//! `cargo run --release -p server --example org_bench`.
//!
//! Seeds, through the stores, 200 coaches and 10,000 participants, each participant with
//! a CV, strengths and languages, everything shared with their coach, a language goal with
//! 100 practice days, 40 meetings (36 past, 4 ahead), 10 coach notes and 200 reads in the
//! access log: 400,000 bookings, a million practice days and two million access-log entries
//! in all. Then it signs in a sample of participants and coaches and loads every page 320
//! times with 16 requests in flight, the sample taking turns.
//!
//! `VAGVAL_BENCH_SCALE=0.01` seeds 1 % of the organisation (each person's own data stays the
//! same size), so that a page whose cost grows with the organisation rather than with the
//! person shows itself beside the full run. `VAGVAL_BENCH_DATABASE_URL` runs on an empty
//! PostgreSQL database instead of a throwaway SQLite file, measured with one instance and
//! then with two (requests taking turns). Prints one JSON object per line: the seeding, then
//! one per page and configuration; only answered 2xx responses count as served.
//! `VAGVAL_BENCH_SEEDED=1` measures a PostgreSQL database a run seeded before, as it is.
//! `VAGVAL_BENCH_TAKE_TURNS=FILE` lets two runs share a machine: while one measures (and
//! holds FILE), the other's seeding waits. `VAGVAL_BENCH_HOLD=1` seeds, prints each page's address and a cookie, and serves until
//! killed instead of measuring (for a profiler or a browser).
mod common;

use app::auth::Role;
use app::booking::store::{BookOutcome, NewBooking};
use app::booking::{BookingRules, WeeklyRange};
use app::goals::store::{GoalFields, PracticeEntry};
use app::ids::{BookingId, CvId, GoalId, UserId};
use app::profile::store::ProfilePart;
use app::sharing::store::{NewAccess, ShareGrant};
use app::sharing::{ReadHow, SharedPart, CONSENT_WORDING};
use app::ssr::clock::{start_of_day, Clock};
use app::ssr::store::NewPerson;
use common::{cheap_hash, run, sign_in, Target, PASSWORD};
use futures_util::StreamExt;
use serde_json::json;
use std::sync::Arc;
use std::time::Instant;

const PARTICIPANTS: f64 = 10_000.0;
const COACHES: f64 = 200.0;
const MEETINGS_EACH: usize = 40;
const MEETINGS_A_DAY: usize = 6;
/// Days before today that the year of meetings begins: 36 of each person's 40 are past.
const MEETINGS_FROM: i64 = 300;
const PRACTICE_EACH: usize = 100;
const NOTES_EACH: usize = 10;
const READS_EACH: usize = 200;
const SAMPLE: usize = 64;
const LOADS: usize = 320;
const IN_FLIGHT: usize = 16;
const DAY: i64 = 86_400;
/// Rows each participant's seeding writes: the account, a CV, two profile parts, four
/// shares, a goal and its practice, meetings, notes and reads.
const ROWS_EACH: usize =
    1 + 1 + 2 + 4 + 1 + PRACTICE_EACH + MEETINGS_EACH + NOTES_EACH + READS_EACH;

struct Person {
    id: UserId,
    coach: usize,
    cv: CvId,
    goal: GoalId,
    next_meeting: BookingId,
}

struct Organisation {
    /// By the number in their login (`p{n}`).
    participants: std::collections::BTreeMap<usize, Person>,
}

fn day_at(today: jiff::civil::Date, offset: i64) -> jiff::civil::Date {
    today
        .checked_add(jiff::Span::new().days(offset))
        .expect("a day in range")
}

/// Seeds the organisation through the stores, 16 people at a time.
async fn seed(
    store: Arc<dyn server::store::Engine>,
    participants: usize,
    coaches: usize,
    template: (String, String, String),
) -> (Organisation, usize) {
    let clock = Clock::system();
    let (now, today) = (clock.unix(), clock.today());
    let midnight = |d: jiff::civil::Date| start_of_day(d).as_second();
    let hash = cheap_hash();
    let rules = BookingRules {
        slot_minutes: 45,
        buffer_minutes: 0,
        place: "Storgatan 1, Växjö".into(),
        weekly: (1..=5)
            .map(|weekday| WeeklyRange {
                weekday,
                start: 9 * 60,
                end: 16 * 60,
            })
            .collect(),
        ..BookingRules::default()
    };
    let mut coach_ids = Vec::new();
    for c in 0..coaches {
        let person = NewPerson {
            display_name: format!("Handledare {c}"),
            role: Role::Coach,
            coach_id: None,
            created_by: None,
        };
        let id = store
            .upsert_account(person, &format!("coach{c}"), &hash, now)
            .await
            .expect("coach");
        store.save_booking_rules(id, &rules).await.expect("hours");
        coach_ids.push(id);
    }
    let (cv_document, strengths, languages) = template;
    let done = std::sync::atomic::AtomicUsize::new(0);
    let people: Vec<Person> = futures_util::stream::iter(0..participants)
        .map(|i| {
            let store = store.clone();
            let (coach_ids, done, hash) = (&coach_ids, &done, &hash);
            let (cv_document, strengths, languages) = (&cv_document, &strengths, &languages);
            async move {
                turns().wait().await;
                let coach = i % coaches;
                let coach_id = coach_ids[coach];
                // The person's place among their coach's caseload decides their meetings.
                let place = i / coaches;
                let caseload = participants.div_ceil(coaches);
                let person = NewPerson {
                    display_name: format!("Deltagare {i}"),
                    role: Role::Participant,
                    coach_id: Some(coach_id),
                    created_by: None,
                };
                let id = store
                    .upsert_account(person, &format!("p{i}"), hash, now)
                    .await
                    .expect("participant");
                let cv = store
                    .create_cv(id, cv_document, now, 5)
                    .await
                    .expect("store")
                    .expect("a first CV");
                for (part, document) in [
                    (ProfilePart::Strengths, strengths),
                    (ProfilePart::Languages, languages),
                ] {
                    assert!(store
                        .save_profile_part(id, part, 0, document, now)
                        .await
                        .expect("profile"));
                }
                for part in [
                    SharedPart::Cv,
                    SharedPart::Strengths,
                    SharedPart::Languages,
                    SharedPart::Goals,
                ] {
                    let cv = (part == SharedPart::Cv).then_some(cv);
                    let grant = ShareGrant {
                        cv,
                        cv_title: cv.map(|_| "CV".to_string()),
                        ends_at: None,
                    };
                    store
                        .set_share(id, coach_id, part, Some(grant), CONSENT_WORDING, now)
                        .await
                        .expect("share");
                }
                let fields = GoalFields {
                    remind_hour: None,
                    what: "Prata svenska med kunder".into(),
                    per_week: 3,
                    until: None,
                    workplace: "Ica Maxi".into(),
                    supervisor: "Sara".into(),
                };
                let goal = store
                    .create_goal(id, &fields, &day_at(today, -364).to_string(), 10, now)
                    .await
                    .expect("store")
                    .expect("a goal");
                for m in 0..PRACTICE_EACH {
                    let day = day_at(today, -3 * m as i64);
                    let entry = PracticeEntry {
                        day: day.to_string(),
                        minutes: Some(30),
                        note: "Frågade en kund om hon hittade det hon sökte.".into(),
                        logged_at: midnight(day) + 17 * 3600,
                    };
                    assert!(store
                        .log_practice(goal, id, &entry, now)
                        .await
                        .expect("practice"));
                }
                let mut next_meeting = None;
                for m in 0..MEETINGS_EACH {
                    let slot = place + caseload * m;
                    let day = day_at(today, slot as i64 / MEETINGS_A_DAY as i64 - MEETINGS_FROM);
                    let starts_at =
                        midnight(day) + 9 * 3600 + (slot % MEETINGS_A_DAY) as i64 * 3600;
                    let booking = NewBooking {
                        coach: coach_id,
                        participant: id,
                        starts_at,
                        ends_at: starts_at + 45 * 60,
                        help: String::new(),
                        interpreter: String::new(),
                        needs: String::new(),
                        key: format!("seed-{m}"),
                        buffer: 0,
                        max_future: MEETINGS_EACH,
                    };
                    match store.book(booking, now).await.expect("book") {
                        BookOutcome::Booked(b) if starts_at > now && next_meeting.is_none() => {
                            next_meeting = Some(b)
                        }
                        BookOutcome::Booked(_) => {}
                        other => panic!("meeting {m} of participant {i}: {other:?}"),
                    }
                }
                for n in 0..NOTES_EACH {
                    store
                        .add_note(
                            id,
                            coach_id,
                            "Vi pratade om arbetsträning i butik. Hon vill börja på förmiddagar.",
                            n % 3 == 0,
                            now - (NOTES_EACH - n) as i64 * 30 * DAY,
                        )
                        .await
                        .expect("note");
                }
                for m in 0..READS_EACH {
                    let part = [
                        SharedPart::Cv,
                        SharedPart::Strengths,
                        SharedPart::Languages,
                        SharedPart::Goals,
                    ][m % 4];
                    store
                        .log_access(NewAccess {
                            reader: coach_id,
                            reader_role: Role::Coach,
                            participant: id,
                            part,
                            how: ReadHow::View,
                            cv: (part == SharedPart::Cv).then_some(cv),
                            at: now - (READS_EACH - m) as i64 * 36 * 3600,
                            request_id: format!("seed-{m}"),
                        })
                        .await
                        .expect("access log");
                }
                let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                if n % 1000 == 0 {
                    eprintln!("seeded {n} of {participants} participants");
                }
                Person {
                    id,
                    coach,
                    cv,
                    goal,
                    next_meeting: next_meeting.expect("a meeting ahead"),
                }
            }
        })
        .buffered(16)
        .collect()
        .await;
    (
        Organisation {
            participants: people.into_iter().enumerate().collect(),
        },
        coaches * 2 + participants * ROWS_EACH,
    )
}

/// A profile as a participant saves it through the portal: three strengths, Swedish rated
/// and Arabic as mother tongue. Saved for the demo participant over HTTP and read back.
async fn template(
    store: &Arc<dyn server::store::Engine>,
    client: &reqwest::Client,
    base: &str,
) -> (String, String, String) {
    let cookie = sign_in(client, base, "deltagare", server::DEMO_PASSWORDS[2]).await;
    let post = |path: &str, form: &str| {
        client
            .post(format!("{base}/api/{path}"))
            .header("origin", base)
            .header("accept", "application/json")
            .header("cookie", &cookie)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form.to_string())
            .send()
    };
    for (path, form) in [
        (
            "save-picks",
            "pick-heart-reliable=on&pick-hands-cooking=on&pick-head-children=on",
        ),
        (
            "save-language",
            "language=Svenska&listening=B1&reading=A2&spokenInteraction=A2&spokenProduction=A2&writing=A1",
        ),
        ("save-language", "language=Arabiska&native=on"),
    ] {
        let res = post(path, form).await.expect(path);
        assert!(res.status().is_success(), "{path}: {}", res.status());
    }
    let demo = store
        .find_user_by_login("deltagare")
        .await
        .expect("store")
        .expect("the demo participant")
        .id;
    let part = |part| async move {
        store
            .profile_part(demo, part)
            .await
            .expect("store")
            .expect("saved")
            .document
    };
    let cv =
        app::cv::json_resume::import(include_str!("../../app/tests/fixtures/sample.resume.json"))
            .expect("the sample resume")
            .cv;
    (
        serde_json::to_string(&cv).expect("json"),
        part(ProfilePart::Strengths).await,
        part(ProfilePart::Languages).await,
    )
}

/// Every page a participant, a coach and an administrator open, with the people in the
/// sample that open it: (the page as the table names it, the paths and cookies to load).
fn pages(
    org: &Organisation,
    participants: &[(usize, String)],
    coaches: &[(usize, usize, String)],
    admin: &str,
) -> Vec<(String, Vec<(String, String)>)> {
    let today = Clock::system().today();
    // A weekday two weeks ahead, inside every coach's hours.
    let mut ahead = day_at(today, 14);
    while ahead.weekday().to_monday_one_offset() > 5 {
        ahead = day_at(ahead, 1);
    }
    let mine = |page: &str, path: &dyn Fn(&Person) -> String| {
        (
            page.to_string(),
            participants
                .iter()
                .map(|(i, cookie)| (path(&org.participants[i]), cookie.clone()))
                .collect::<Vec<_>>(),
        )
    };
    let coach = |page: &str, path: &dyn Fn(&Person) -> String| {
        (
            page.to_string(),
            coaches
                .iter()
                .map(|(_, i, cookie)| (path(&org.participants[i]), cookie.clone()))
                .collect::<Vec<_>>(),
        )
    };
    vec![
        mine("/home", &|_| "/home".into()),
        mine("/cv", &|_| "/cv".into()),
        mine("/cv/ID", &|p| format!("/cv/{}", p.cv)),
        mine("/cv/ID/contact", &|p| format!("/cv/{}/contact", p.cv)),
        mine("/cv/ID/work", &|p| format!("/cv/{}/work", p.cv)),
        mine("/strengths", &|_| "/strengths".into()),
        mine("/languages", &|_| "/languages".into()),
        mine("/goals", &|_| "/goals".into()),
        mine("/goals/ID", &|p| format!("/goals/{}", p.goal)),
        mine("/book", &|_| "/book".into()),
        mine("/book/DAY", &|_| format!("/book/{ahead}")),
        mine("/bookings", &|_| "/bookings".into()),
        mine("/bookings/ID", &|p| format!("/bookings/{}", p.next_meeting)),
        mine("/workshops", &|_| "/workshops".into()),
        mine("/dropin", &|_| "/dropin".into()),
        mine("/sharing", &|_| "/sharing".into()),
        mine("/sharing/history", &|_| "/sharing/history".into()),
        mine("/access-log", &|_| "/access-log".into()),
        coach("/coach", &|_| "/coach".into()),
        coach("/coach/participants/ID", &|p| {
            format!("/coach/participants/{}", p.id)
        }),
        coach("/coach/participants/ID/cvs/CV", &|p| {
            format!("/coach/participants/{}/cvs/{}", p.id, p.cv)
        }),
        coach("/coach/agenda", &|_| "/coach/agenda".into()),
        coach("/coach/hours", &|_| "/coach/hours".into()),
        coach("/coach/groups", &|_| "/coach/groups".into()),
        (
            "/admin".to_string(),
            vec![("/admin".into(), admin.to_string())],
        ),
    ]
}

/// Two runs on one machine (`VAGVAL_BENCH_TAKE_TURNS`): one's seeding waits while the other
/// measures, so that a measurement has the machine to itself.
struct Turns(Option<std::path::PathBuf>);

fn turns() -> Turns {
    Turns(std::env::var_os("VAGVAL_BENCH_TAKE_TURNS").map(Into::into))
}

impl Turns {
    async fn wait(&self) {
        while self.0.as_ref().is_some_and(|f| f.exists()) {
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        }
    }

    /// Holds the file for as long as the guard lives; the other run's seeding finishes the
    /// people it has begun first.
    async fn take(&self) -> Option<TurnGuard> {
        let file = self.0.clone()?;
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&file)
            {
                Ok(_) => break,
                Err(_) => tokio::time::sleep(std::time::Duration::from_millis(500)).await,
            }
        }
        tokio::time::sleep(std::time::Duration::from_secs(5)).await;
        Some(TurnGuard(file))
    }
}

struct TurnGuard(std::path::PathBuf);

impl Drop for TurnGuard {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Loads each page `LOADS` times, `IN_FLIGHT` at once, the sample and the instances taking
/// turns; prints a line for each.
async fn measure(
    config: &str,
    client: &reqwest::Client,
    bases: &[String],
    pages: &[(String, Vec<(String, String)>)],
) {
    for (page, loads) in pages {
        // Each person opens it once first: it must be a page, not a redirect or a refusal.
        for (path, cookie) in loads {
            let status = client
                .get(format!("{}{path}", bases[0]))
                .header("cookie", cookie)
                .header("accept-language", "sv")
                .send()
                .await
                .map(|r| r.status());
            assert!(
                matches!(status, Ok(s) if s.is_success()),
                "{config} {path}: {status:?}"
            );
        }
        let requests = (0..LOADS)
            .map(|n| {
                let (path, cookie) = &loads[n % loads.len()];
                client
                    .get(format!("{}{path}", bases[n % bases.len()]))
                    .header("cookie", cookie)
                    .header("accept-language", "sv")
                    .send()
            })
            .map(|f| async move { f.await.map(|r| r.status()) })
            .collect();
        let mut r = run(requests, IN_FLIGHT).await;
        let (p50, p99) = (r.p50(), r.p99());
        println!(
            "{}",
            json!({
                "kind": "page", "config": config, "page": page,
                "per_s": r.per_second().round(), "served": r.served, "other": r.other,
                "dropped": r.dropped, "p50": p50, "p99": p99,
            })
        );
    }
}

#[tokio::main]
async fn main() {
    let scale: f64 = std::env::var("VAGVAL_BENCH_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    let participants = ((PARTICIPANTS * scale).round() as usize).max(SAMPLE);
    let coaches = ((COACHES * scale).round() as usize).max(2);
    let dir = tempfile::tempdir().expect("temp dir");
    let target = Target::from_env();
    let client = common::client();
    let (first, store) = target.start(dir.path()).await;

    // The sample: participants spread over the organisation, and the coaches of the first
    // sixteen of them, each opening the pages of one of their own participants.
    let picked: Vec<usize> = (0..SAMPLE).map(|n| n * participants / SAMPLE).collect();
    let org = if std::env::var_os("VAGVAL_BENCH_SEEDED").is_some() {
        // A database this benchmark seeded before (PostgreSQL): measured again as it is.
        found(&store, &picked, coaches).await
    } else {
        let started = Instant::now();
        let template = template(&store, &client, &first).await;
        let (org, rows) = seed(store.clone(), participants, coaches, template).await;
        let seconds = started.elapsed().as_secs_f64();
        let engine = if target.database.is_some() {
            "PostgreSQL"
        } else {
            "SQLite"
        };
        println!(
            "{}",
            json!({
                "kind": "seed", "engine": engine, "scale": scale, "participants": participants,
                "coaches": coaches, "rows": rows, "seconds": seconds.round(),
                "bytes": server_bytes(&target, dir.path()),
            })
        );
        org
    };
    let participant_cookies: Vec<(usize, String)> = futures_util::stream::iter(picked.clone())
        .map(|i| {
            let (client, first) = (&client, &first);
            async move { (i, sign_in(client, first, &format!("p{i}"), PASSWORD).await) }
        })
        .buffered(8)
        .collect()
        .await;
    let mut coach_cookies = Vec::new();
    for &i in picked.iter().take(16) {
        let c = org.participants[&i].coach;
        coach_cookies.push((
            c,
            i,
            sign_in(&client, &first, &format!("coach{c}"), PASSWORD).await,
        ));
    }
    let admin = sign_in(&client, &first, "admin", server::DEMO_PASSWORDS[0]).await;
    let pages = pages(&org, &participant_cookies, &coach_cookies, &admin);
    if std::env::var_os("VAGVAL_BENCH_HOLD").is_some() {
        // For a closer look (a profiler, a browser) at the seeded portal: serve until killed.
        for (_, loads) in &pages {
            eprintln!("{first}{} cookie: {}", loads[0].0, loads[0].1);
        }
        std::future::pending::<()>().await;
    }
    let label = |n: usize| {
        let at = if scale < 1.0 {
            format!(" ({} % of the organisation)", scale * 100.0)
        } else {
            String::new()
        };
        format!("{}{at}", target.engine(n))
    };
    let _turn = turns().take().await;
    let mut bases = vec![first];
    measure(&label(1), &client, &bases, &pages).await;
    if target.database.is_some() {
        let (second, _) = target.start(dir.path()).await;
        bases.push(second);
        measure(&label(2), &client, &bases, &pages).await;
    }
}

/// The sample's people in an organisation seeded before, found through the stores.
async fn found(
    store: &Arc<dyn server::store::Engine>,
    picked: &[usize],
    coaches: usize,
) -> Organisation {
    let now = Clock::system().unix();
    let mut participants = std::collections::BTreeMap::new();
    for &i in picked {
        let id = store
            .find_user_by_login(&format!("p{i}"))
            .await
            .expect("store")
            .expect("seeded")
            .id;
        let cv = store.list_cvs(id).await.expect("store")[0].id;
        let goal = store.goals(id).await.expect("store")[0].id;
        let next_meeting = store
            .participant_bookings(id, now)
            .await
            .expect("store")
            .iter()
            .find(|b| b.starts_at > now)
            .expect("a meeting ahead")
            .id;
        let person = Person {
            id,
            coach: i % coaches,
            cv,
            goal,
            next_meeting,
        };
        participants.insert(i, person);
    }
    Organisation { participants }
}

/// The database's size on disk, where the benchmark can see it (SQLite's file).
fn server_bytes(target: &Target, dir: &std::path::Path) -> Option<u64> {
    if target.database.is_some() {
        return None;
    }
    std::fs::metadata(dir.join("bench.db"))
        .ok()
        .map(|m| m.len())
}
