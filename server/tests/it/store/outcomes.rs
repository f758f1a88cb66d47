//! The contract of the outcomes store: events, corrections kept in the history, the start
//! day, and the programme report's counts on a data set counted by hand.
use super::*;
use app::jobs::store::{JobStore, NewContact};
use app::jobs::{ContactHow, EmployerFields};
use app::outcomes::store::{Bounds, OutcomeStore};
use app::outcomes::{EventKind, EventValues};

fn on(day: &str) -> EventValues {
    EventValues {
        day: day.into(),
        ..EventValues::default()
    }
}

fn job(day: &str, kind: &str, hours: u8) -> EventValues {
    EventValues {
        sub: kind.into(),
        hours: Some(hours),
        place: "Bageriet".into(),
        ..on(day)
    }
}

/// Q4 2026 (the instants are only used for meetings, presentations and applications).
fn q4(coach: Option<UserId>) -> Bounds {
    Bounds {
        from_day: "2026-10-01".into(),
        to_day: "2026-12-31".into(),
        from_at: 1_790_000_000,
        until_at: 1_800_000_000,
        coach,
    }
}

pub async fn outcomes_contract(store: Arc<dyn server::store::Engine>) {
    let accounts: &dyn AccountStore = &*store;
    let outcomes: &dyn OutcomeStore = &*store;
    let jobs: &dyn JobStore = &*store;
    let anna = account(accounts, "Anna Berg", "anna", Role::Coach, None).await;
    let bo = account(accounts, "Bo Ek", "bo", Role::Coach, None).await;
    let p: Vec<UserId> = {
        let mut p = Vec::new();
        for (name, coach) in [
            ("P1", anna),
            ("P2", anna),
            ("P3", anna),
            ("P4", anna),
            ("P5", bo),
        ] {
            p.push(
                account(
                    accounts,
                    name,
                    &name.to_lowercase(),
                    Role::Participant,
                    Some(coach),
                )
                .await,
            );
        }
        p
    };
    // A participant starts on the Stockholm day their account is made.
    assert_eq!(
        outcomes.started_on(p[0]).await.expect("start"),
        Some("2026-09-21".to_string()),
        "NOW is 2026-09-21 in Stockholm"
    );
    assert_eq!(outcomes.started_on(anna).await.expect("a coach"), None);

    // Corrected starts, each keeping the day before.
    for (person, day) in [
        (p[0], "2026-09-01"),
        (p[1], "2026-10-10"),
        (p[2], "2026-11-20"),
        (p[3], "2026-06-01"),
        (p[4], "2026-10-05"),
    ] {
        assert!(outcomes
            .correct_start(person, day, anna, NOW + 1)
            .await
            .expect("start"));
    }
    assert!(!outcomes
        .correct_start(anna, "2026-01-01", anna, NOW)
        .await
        .expect("not a participant"));
    let history = outcomes.history(p[1]).await.expect("history");
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].event, None);
    assert_eq!(history[0].values.day, "2026-09-21");
    assert_eq!(history[0].by_name, "Anna Berg");

    // Events.
    let first_job = outcomes
        .record(
            p[0],
            EventKind::Job,
            &job("2026-10-20", "employment", 20),
            anna,
            NOW,
        )
        .await
        .expect("job");
    outcomes
        .record(
            p[1],
            EventKind::Job,
            &job("2026-12-01", "wage_subsidy", 30),
            anna,
            NOW,
        )
        .await
        .expect("job");
    outcomes
        .record(
            p[2],
            EventKind::Praktik,
            &EventValues {
                place: "Kaféet".into(),
                mentor: "Eva".into(),
                ..on("2026-12-02")
            },
            anna,
            NOW,
        )
        .await
        .expect("praktik");
    let ended = EventValues {
        sub: "work".into(),
        ..on("2026-12-20")
    };
    outcomes
        .record(p[1], EventKind::Ended, &ended, anna, NOW)
        .await
        .expect("ended");
    let before = EventValues {
        sub: "moved".into(),
        ..on("2026-09-15")
    };
    outcomes
        .record(p[3], EventKind::Ended, &before, anna, NOW)
        .await
        .expect("ended before the quarter");
    outcomes
        .record(
            p[4],
            EventKind::Job,
            &job("2026-11-01", "own_business", 40),
            bo,
            NOW,
        )
        .await
        .expect("job");
    // A kind's sub-kind is a database rule.
    assert!(outcomes
        .record(
            p[4],
            EventKind::Job,
            &job("2026-11-02", "boss", 40),
            bo,
            NOW
        )
        .await
        .is_err());

    let listed = outcomes.outcomes(p[1]).await.expect("list");
    assert_eq!(
        listed.iter().map(|e| e.kind).collect::<Vec<_>>(),
        [EventKind::Job, EventKind::Ended],
        "oldest day first"
    );
    let found = outcomes
        .outcome(first_job)
        .await
        .expect("read")
        .expect("found");
    assert_eq!((found.person, found.author), (p[0], Some(anna)));
    assert_eq!(found.values.hours, Some(20));

    // Only the author corrects, and the earlier values stay.
    let corrected = job("2026-10-19", "employment", 25);
    assert!(!outcomes
        .correct(first_job, &corrected, bo, NOW + 2)
        .await
        .expect("another coach"));
    assert!(outcomes
        .correct(first_job, &corrected, anna, NOW + 2)
        .await
        .expect("the author"));
    let found = outcomes
        .outcome(first_job)
        .await
        .expect("read")
        .expect("found");
    assert_eq!(found.values, corrected);
    let history = outcomes.history(p[0]).await.expect("history");
    let earlier = history
        .iter()
        .find(|h| h.event == Some(first_job))
        .expect("kept");
    assert_eq!(
        (earlier.values.day.as_str(), earlier.values.hours),
        ("2026-10-20", Some(20))
    );

    // Employer contacts: a visit for P2 ten days after her start (in time), a phone call
    // for P3 35 days after hers (late).
    let employer = jobs
        .add_employer(
            "",
            anna,
            &EmployerFields {
                name: "Bageriet".into(),
                ..EmployerFields::default()
            },
            NOW,
        )
        .await
        .expect("add")
        .expect("added");
    for (person, day, how) in [
        (p[1], "2026-10-20", ContactHow::Visit),
        (p[2], "2026-12-25", ContactHow::Phone),
    ] {
        jobs.add_contact(NewContact {
            employer,
            coach: anna,
            participant: Some(person),
            day: day.into(),
            how,
            note: String::new(),
            at: NOW,
        })
        .await
        .expect("contact");
    }
    let recorded = outcomes.recorded(p[1], true).await.expect("recorded");
    assert_eq!(
        recorded.first_contact,
        Some(("2026-10-20".to_string(), "Bageriet".to_string()))
    );

    // Everyone: counted by hand.
    let all = outcomes.counts(&q4(None)).await.expect("counts");
    assert_eq!(
        all.active, 4,
        "P1, P2 (ended in the quarter), P3, P5; P4 ended before"
    );
    assert_eq!(all.new, 3, "P2, P3, P5");
    assert_eq!(all.ended, 1);
    assert_eq!(all.competitive, (2, 4), "P1 employed, P5 own business");
    assert_eq!(
        all.first_contact_in_time,
        (1, 3),
        "P2 in time; P3 late; P5 none"
    );
    assert_eq!(all.first_contacts, 2);
    assert_eq!(all.visits_by_day, [("2026-10-20".to_string(), 1)]);
    assert_eq!(all.coaches, 2);
    assert_eq!(all.first_jobs, 3);
    assert_eq!(all.median_days_to_job, Some(48), "27, 48 and 52 days");
    let count = |kind: EventKind, sub: &str| {
        all.events
            .iter()
            .find(|(k, s, _)| *k == kind && s == sub)
            .map_or(0, |(_, _, n)| *n)
    };
    assert_eq!(count(EventKind::Job, "employment"), 1);
    assert_eq!(count(EventKind::Job, "wage_subsidy"), 1);
    assert_eq!(count(EventKind::Job, "own_business"), 1);
    assert_eq!(count(EventKind::Praktik, ""), 1);
    assert_eq!(count(EventKind::Ended, "work"), 1);
    assert_eq!(count(EventKind::Ended, "moved"), 0, "before the quarter");

    // Anna's caseload only.
    let mine = outcomes.counts(&q4(Some(anna))).await.expect("counts");
    assert_eq!((mine.active, mine.new, mine.ended), (3, 2, 1));
    assert_eq!(mine.competitive, (1, 3));
    assert_eq!(mine.first_contact_in_time, (1, 2));
    assert_eq!(mine.coaches, 1);
    assert_eq!(mine.first_jobs, 2);
    assert_eq!(mine.median_days_to_job, Some(50), "48 and 52 days");
    let bos = outcomes.counts(&q4(Some(bo))).await.expect("counts");
    assert_eq!((bos.active, bos.new, bos.visits_by_day.len()), (1, 1, 0));
}

#[tokio::test]
async fn sqlite_keeps_the_outcomes_contract() {
    let (store, _dir) = sqlite().await;
    outcomes_contract(store).await;
}

#[tokio::test]
async fn postgres_keeps_the_outcomes_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    outcomes_contract(store).await;
}
