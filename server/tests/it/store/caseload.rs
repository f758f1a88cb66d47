//! The contract of the caseload's reads: what a coach's list of their participants needs
//! of four features' stores, each in one read for the whole caseload, and nothing about
//! anyone else's participants.
use super::*;
use app::booking::store::MeetingsWith;
use app::booking::Attendance;

pub async fn caseload_contract(store: Arc<dyn server::store::Engine>) {
    let anna = account(&*store, "Anna Berg", "anna", Role::Coach, None).await;
    let berit = account(&*store, "Berit", "berit", Role::Coach, None).await;
    let amal = account(&*store, "Amal", "amal", Role::Participant, Some(anna)).await;
    let bo = account(&*store, "Bo", "bo", Role::Participant, Some(anna)).await;
    let cem = account(&*store, "Cem", "cem", Role::Participant, Some(berit)).await;

    // Shares: only what Anna's own participants share with Anna.
    for (who, with, part) in [
        (amal, anna, SharedPart::Strengths),
        (amal, anna, SharedPart::Goals),
        (amal, berit, SharedPart::Languages),
        (cem, berit, SharedPart::Strengths),
        (cem, anna, SharedPart::Goals),
    ] {
        let grant = ShareGrant {
            cv: None,
            cv_title: None,
            ends_at: None,
        };
        store
            .set_share(who, with, part, Some(grant), 2, NOW)
            .await
            .expect("share");
    }
    let shares: Vec<_> = store
        .caseload_shares(anna)
        .await
        .expect("shares")
        .into_iter()
        .map(|(who, share)| (who, share.part))
        .collect();
    assert_eq!(
        shares,
        [(amal, SharedPart::Goals), (amal, SharedPart::Strengths)]
    );

    // Notes: the latest about each of Anna's participants, whoever wrote it, internal ones
    // too; removed ones and other caseloads' not.
    for (who, by, at, internal) in [
        (amal, anna, NOW, false),
        (amal, anna, NOW + 5, true),
        (amal, berit, NOW + 9, false),
        (bo, anna, NOW + 3, false),
        (cem, berit, NOW + 20, false),
    ] {
        store
            .add_note(who, by, "Ringde.", internal, at)
            .await
            .expect("note");
    }
    let bos = store.notes(bo, true).await.expect("notes")[0].id;
    assert!(store.remove_note(bos, anna, NOW + 4).await.expect("remove"));
    assert_eq!(
        store.caseload_last_notes(anna).await.expect("notes"),
        [(amal, NOW + 9)]
    );

    // Meetings: the latest one attended and the next one, with Anna only.
    let booked_at = NOW - 100_000;
    let book = |who: UserId, coach: UserId, starts_at: i64| {
        let store = store.clone();
        async move {
            let booking = NewBooking {
                coach,
                participant: who,
                starts_at,
                ends_at: starts_at + 2700,
                help: String::new(),
                interpreter: String::new(),
                needs: String::new(),
                key: format!("k{starts_at}"),
                buffer: 0,
                max_future: 10,
            };
            match store.book(booking, booked_at).await.expect("book") {
                BookOutcome::Booked(id) => id,
                other => panic!("{other:?}"),
            }
        }
    };
    let came = book(amal, anna, NOW - 7200).await;
    book(amal, anna, NOW - 3600).await;
    book(amal, anna, NOW + 7200).await;
    book(amal, anna, NOW + 3600).await;
    let cancelled = book(bo, anna, NOW + 10_800).await;
    book(bo, berit, NOW + 14_400).await;
    book(cem, anna, NOW + 18_000).await;
    assert!(store
        .record_attendance(came, anna, Some(Attendance::Attended), NOW)
        .await
        .expect("attendance"));
    assert!(store
        .cancel_booking(cancelled, bo, "", NOW)
        .await
        .expect("cancel"));
    assert_eq!(
        store.caseload_meetings(anna, NOW).await.expect("meetings"),
        [MeetingsWith {
            participant: amal,
            last_attended: Some(NOW - 7200),
            next: Some((NOW + 3600, NOW + 3600 + 2700)),
        }]
    );

    // Goals: every goal of Anna's participants, with the days practised from a day on and
    // the pauses.
    let fields = goal_fields();
    let mut goals = Vec::new();
    for who in [amal, bo, cem] {
        goals.push(
            store
                .create_goal(who, &fields, "2026-09-01", 5, NOW)
                .await
                .expect("store")
                .expect("goal"),
        );
    }
    for (goal, who, day) in [
        (goals[0], amal, "2026-09-05"),
        (goals[0], amal, "2026-09-15"),
        (goals[0], amal, "2026-09-19"),
        (goals[2], cem, "2026-09-19"),
    ] {
        let entry = PracticeEntry {
            day: day.into(),
            minutes: None,
            note: String::new(),
            logged_at: NOW,
        };
        assert!(store
            .log_practice(goal, who, &entry, NOW)
            .await
            .expect("practice"));
    }
    assert!(store
        .pause_goal(goals[0], amal, "2026-09-10", PauseReason::Ill)
        .await
        .expect("pause"));
    let seen: Vec<_> = store
        .caseload_goals(anna, "2026-09-06")
        .await
        .expect("goals")
        .into_iter()
        .map(|h| (h.goal.id, h.goal.owner_id, h.practised, h.pauses.len()))
        .collect();
    assert_eq!(
        seen,
        [
            (
                goals[0],
                amal,
                vec!["2026-09-15".to_string(), "2026-09-19".to_string()],
                1
            ),
            (goals[1], bo, vec![], 0),
        ]
    );
}

#[tokio::test]
async fn sqlite_keeps_the_caseload_contract() {
    let (store, _dir) = sqlite().await;
    caseload_contract(store).await;
}

#[tokio::test]
async fn postgres_keeps_the_caseload_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    caseload_contract(store).await;
}
