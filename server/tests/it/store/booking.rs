//! The contract of the store of bookings: what every implementation must do.
use super::*;

pub async fn bookings_contract(store: Arc<dyn BookingStore>, accounts: Arc<dyn AccountStore>) {
    let coach = account(&*accounts, "Anna Berg", "anna", Role::Coach, None).await;
    let amal = account(&*accounts, "Amal", "amal", Role::Participant, Some(coach)).await;
    let bo = account(&*accounts, "Bo", "bo", Role::Participant, Some(coach)).await;
    assert!(store.booking_rules(coach).await.expect("rules").is_none());
    let rules = BookingRules {
        weekly: vec![WeeklyRange {
            weekday: 1,
            start: 540,
            end: 720,
        }],
        ..BookingRules::default()
    };
    store.save_booking_rules(coach, &rules).await.expect("save");
    assert_eq!(
        store.booking_rules(coach).await.expect("rules"),
        Some(rules)
    );

    let hour = 3600;
    let at = |who: UserId, start: i64, key: &str| NewBooking {
        coach,
        participant: who,
        starts_at: NOW + start,
        ends_at: NOW + start + 45 * 60,
        help: String::new(),
        interpreter: String::new(),
        needs: String::new(),
        key: key.into(),
        buffer: 15 * 60,
        max_future: 2,
    };
    let first = match store.book(at(amal, hour, "a"), NOW).await.expect("book") {
        BookOutcome::Booked(id) => id,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        store.book(at(amal, hour, "a"), NOW).await.expect("again"),
        BookOutcome::AlreadyBooked(first),
        "the same key finds its booking"
    );
    assert_eq!(
        store.book(at(bo, hour, "b"), NOW).await.expect("same"),
        BookOutcome::Taken
    );
    // Inside the buffer of the first booking.
    assert_eq!(
        store
            .book(at(bo, hour + 50 * 60, "b"), NOW)
            .await
            .expect("buffer"),
        BookOutcome::Taken
    );
    assert!(matches!(
        store.book(at(bo, 2 * hour, "b"), NOW).await.expect("free"),
        BookOutcome::Booked(_)
    ));
    assert!(matches!(
        store
            .book(at(amal, 3 * hour, "c"), NOW)
            .await
            .expect("second"),
        BookOutcome::Booked(_)
    ));
    assert_eq!(
        store
            .book(at(amal, 5 * hour, "d"), NOW)
            .await
            .expect("third"),
        BookOutcome::TooMany
    );
    let amals = store.participant_bookings(amal, NOW).await.expect("list");
    assert_eq!(amals.len(), 2);
    assert_eq!(amals[0].id, first, "soonest first");
    assert_eq!(amals[0].coach_name, "Anna Berg");
    assert_eq!(
        store
            .coach_bookings(coach, NOW, i64::MAX)
            .await
            .expect("agenda")
            .len(),
        3
    );
    // A day of the agenda: only what begins before its end.
    let until_first = store
        .coach_bookings(coach, NOW, amals[0].starts_at + 1)
        .await
        .expect("agenda");
    assert!(until_first
        .iter()
        .all(|b| b.starts_at <= amals[0].starts_at));
    assert!(until_first.iter().any(|b| b.id == first));
    assert!(until_first.len() < 3);

    assert!(store
        .cancel_booking(first, amal, "", NOW)
        .await
        .expect("cancel"));
    assert!(!store
        .cancel_booking(first, amal, "", NOW)
        .await
        .expect("twice"));
    let found = store
        .find_booking(first)
        .await
        .expect("find")
        .expect("kept");
    assert!(!found.active);
    // The cancelled time is free again.
    assert!(matches!(
        store.book(at(bo, hour, "e"), NOW).await.expect("rebook"),
        BookOutcome::Booked(_)
    ));
}

#[tokio::test]
async fn sqlite_keeps_the_bookings_contract() {
    let (store, _dir) = sqlite().await;
    bookings_contract(store.clone(), store).await;
}

#[tokio::test]
async fn postgres_keeps_the_bookings_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    bookings_contract(store.clone(), store).await;
}

/// Random book / move / cancel sequences by several participants: an active booking never
/// overlaps another of the same coach, nobody holds more than allowed, and nothing a
/// participant holds is ever lost (a refused move keeps the old time).
#[tokio::test]
async fn random_booking_operations_never_double_book_or_lose_a_booking_on_sqlite() {
    let (store, _dir) = sqlite().await;
    random_booking_operations(store).await;
}

#[tokio::test]
async fn random_booking_operations_never_double_book_or_lose_a_booking_on_postgres() {
    let Some(store) = postgres().await else {
        return;
    };
    random_booking_operations(store).await;
}

async fn random_booking_operations(store: Arc<dyn server::store::Engine>) {
    use app::ssr::store::BookingId;

    use app::booking::store::MoveOutcome;
    use std::collections::BTreeMap;
    let coach = account(&*store, "Anna", "anna", Role::Coach, None).await;
    let mut people = Vec::new();
    for i in 0..5 {
        let login = format!("p{i}");
        people.push(
            store
                .upsert_account(
                    person(&login, Role::Participant, Some(coach)),
                    &login,
                    "h",
                    NOW,
                )
                .await
                .expect("participant"),
        );
    }
    // 24 possible starts, 30 minutes apart, meetings of 45: neighbours clash.
    let slot = |n: u64| NOW + 3600 + (n as i64) * 1800;
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |bound: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % bound
    };
    // What each participant should hold: booking id → start.
    let mut held: BTreeMap<BookingId, (UserId, i64)> = BTreeMap::new();
    for op in 0..600 {
        let who = people[next(5) as usize];
        let start = slot(next(24));
        match next(3) {
            0 => {
                let outcome = store
                    .book(
                        NewBooking {
                            coach,
                            participant: who,
                            starts_at: start,
                            ends_at: start + 45 * 60,
                            help: String::new(),
                            interpreter: String::new(),
                            needs: String::new(),
                            key: format!("op{op}"),
                            buffer: 0,
                            max_future: 3,
                        },
                        NOW,
                    )
                    .await
                    .expect("book");
                if let BookOutcome::Booked(id) = outcome {
                    held.insert(id, (who, start));
                }
            }
            1 => {
                let mine: Vec<BookingId> = held
                    .iter()
                    .filter(|(_, (p, _))| *p == who)
                    .map(|(id, _)| *id)
                    .collect();
                if let Some(id) = mine.get(next(mine.len().max(1) as u64) as usize) {
                    let outcome = store
                        .move_booking(*id, who, start, start + 45 * 60, 0, who, NOW)
                        .await
                        .expect("move");
                    if outcome == MoveOutcome::Moved {
                        held.insert(*id, (who, start));
                    }
                }
            }
            _ => {
                let mine: Vec<BookingId> = held
                    .iter()
                    .filter(|(_, (p, _))| *p == who)
                    .map(|(id, _)| *id)
                    .collect();
                if let Some(id) = mine.first() {
                    assert!(store
                        .cancel_booking(*id, who, "", NOW)
                        .await
                        .expect("cancel"));
                    held.remove(id);
                }
            }
        }
        let active = store
            .coach_bookings(coach, 0, i64::MAX)
            .await
            .expect("agenda");
        for (i, a) in active.iter().enumerate() {
            for b in &active[i + 1..] {
                assert!(
                    a.ends_at <= b.starts_at || b.ends_at <= a.starts_at,
                    "op {op}: {a:?} overlaps {b:?}"
                );
            }
        }
        let stored: BTreeMap<BookingId, (UserId, i64)> = active
            .iter()
            .map(|b| (b.id, (b.participant_id, b.starts_at)))
            .collect();
        assert_eq!(stored, held, "op {op}: what each holds");
        for p in &people {
            assert!(held.values().filter(|(who, _)| who == p).count() <= 3);
        }
    }
}
