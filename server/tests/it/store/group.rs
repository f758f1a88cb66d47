//! The contract of the store of workshops and drop-in: what every implementation must do.
use super::*;

pub async fn groups_contract(
    store: Arc<dyn GroupStore>,
    bookings: Arc<dyn BookingStore>,
    accounts: Arc<dyn AccountStore>,
) {
    let coach = account(&*accounts, "Anna Berg", "anna", Role::Coach, None).await;
    let mut people = Vec::new();
    for name in ["amal", "bo", "cid"] {
        let who = person(name, Role::Participant, Some(coach));
        people.push(
            accounts
                .upsert_account(who, name, "h", NOW)
                .await
                .expect(name),
        );
    }
    let (amal, bo, cid) = (people[0], people[1], people[2]);
    let (day, hour) = (86_400, 3_600);
    let group = |kind, starts_at: i64, seats| NewGroup {
        coach,
        kind,
        title: "Skriv ditt CV".into(),
        starts_at,
        ends_at: starts_at + 2 * hour,
        place: "Biblioteket".into(),
        seats,
        buffer: 0,
    };
    let CreateGroupOutcome::Created(workshop) = store
        .create_group(group(GroupKind::Workshop, NOW + day, Some(2)), NOW)
        .await
        .expect("workshop")
    else {
        panic!("the first workshop is created");
    };
    // Nothing else of the coach's at the same time: another workshop, or a meeting.
    assert_eq!(
        store
            .create_group(group(GroupKind::DropIn, NOW + day + hour, None), NOW)
            .await
            .expect("clash"),
        CreateGroupOutcome::Clashes
    );
    let meeting = NewBooking {
        coach,
        participant: cid,
        starts_at: NOW + day + hour,
        ends_at: NOW + day + 2 * hour,
        help: String::new(),
        interpreter: String::new(),
        needs: String::new(),
        key: "m".into(),
        buffer: 0,
        max_future: 3,
    };
    assert_eq!(
        bookings.book(meeting, NOW).await.expect("meeting"),
        BookOutcome::Taken
    );
    assert_eq!(
        bookings
            .busy_times(coach, NOW, NOW + 2 * day)
            .await
            .expect("busy"),
        [(NOW + day, NOW + day + 2 * hour)]
    );

    let seat = |who: UserId, key: &str| NewSeat {
        group: workshop,
        participant: who,
        interpreter: String::new(),
        needs: "hearing_loop".into(),
        key: key.into(),
        max_future: 3,
    };
    let SeatOutcome::Booked(amals) = store.book_seat(seat(amal, "a"), NOW).await.expect("amal")
    else {
        panic!("a free seat is booked");
    };
    assert_eq!(
        store
            .book_seat(seat(amal, "again"), NOW)
            .await
            .expect("again"),
        SeatOutcome::AlreadyBooked(amals),
        "one seat a person"
    );
    assert!(matches!(
        store.book_seat(seat(bo, "b"), NOW).await.expect("bo"),
        SeatOutcome::Booked(_)
    ));
    assert_eq!(
        store.book_seat(seat(cid, "c"), NOW).await.expect("cid"),
        SeatOutcome::Full
    );
    let found = store
        .find_group(workshop)
        .await
        .expect("find")
        .expect("kept");
    assert_eq!((found.seats, found.taken), (Some(2), 2));
    let seats = store.group_seats(workshop).await.expect("seats");
    assert_eq!(seats.len(), 2);
    assert_eq!(seats[0].needs, "hearing_loop");
    assert_eq!(
        seats[0].group.as_ref().map(|g| g.title.as_str()),
        Some("Skriv ditt CV")
    );
    // A seat given back is free again.
    assert!(bookings
        .cancel_booking(amals, amal, "", NOW)
        .await
        .expect("cancel"));
    assert!(matches!(
        store
            .book_seat(seat(cid, "c"), NOW)
            .await
            .expect("cid again"),
        SeatOutcome::Booked(_)
    ));
    // Cancelled by the coach: every seat goes, with the reason; no more bookings.
    assert!(store
        .cancel_group(workshop, coach, "Sjuk", NOW)
        .await
        .expect("cancel group"));
    assert!(!store
        .cancel_group(workshop, coach, "Sjuk", NOW)
        .await
        .expect("twice"));
    assert_eq!(
        store
            .find_group(workshop)
            .await
            .expect("find")
            .map(|g| g.taken),
        Some(0)
    );
    let bos = bookings.participant_bookings(bo, NOW).await.expect("bo's");
    assert!(!bos[0].active && bos[0].cancel_reason == "Sjuk");
    assert_eq!(
        store
            .book_seat(seat(amal, "late"), NOW)
            .await
            .expect("closed"),
        SeatOutcome::Closed
    );

    // The drop-in queue keeps the order of joining.
    let CreateGroupOutcome::Created(dropin) = store
        .create_group(group(GroupKind::DropIn, NOW + 2 * day, None), NOW)
        .await
        .expect("drop-in")
    else {
        panic!("the drop-in is created");
    };
    for who in [amal, bo, cid] {
        assert!(store.join_queue(dropin, who, NOW).await.expect("join"));
    }
    assert!(!store.join_queue(dropin, amal, NOW).await.expect("twice"));
    assert_eq!(
        store.queue_place(dropin, cid).await.expect("place"),
        QueuePlace::Waiting(3)
    );
    assert!(store.leave_queue(dropin, bo, NOW).await.expect("leave"));
    assert!(!store.leave_queue(dropin, bo, NOW).await.expect("left"));
    assert_eq!(
        store.queue_place(dropin, cid).await.expect("place"),
        QueuePlace::Waiting(2)
    );
    assert_eq!(
        store.call_next(dropin, None, NOW).await.expect("call"),
        Some(amal)
    );
    assert_eq!(
        store.queue_place(dropin, amal).await.expect("place"),
        QueuePlace::Called
    );
    assert_eq!(
        store.queue_place(dropin, cid).await.expect("place"),
        QueuePlace::Waiting(1)
    );
    let queue = store.queue(dropin).await.expect("queue");
    assert_eq!(queue.len(), 2);
    assert!(queue[0].called && queue[0].participant_id == amal);
    assert_eq!(
        store
            .call_next(dropin, Some(amal), NOW)
            .await
            .expect("call"),
        Some(cid)
    );
    // The same tap again (the page still said Amal): nobody is skipped.
    assert_eq!(
        store
            .call_next(dropin, Some(amal), NOW)
            .await
            .expect("again"),
        Some(cid)
    );
    assert_eq!(
        store.queue_place(dropin, cid).await.expect("place"),
        QueuePlace::Called
    );
    assert_eq!(
        store.queue_place(dropin, amal).await.expect("place"),
        QueuePlace::Done
    );
    assert_eq!(
        store.queue_place(dropin, bo).await.expect("place"),
        QueuePlace::NotInQueue
    );
    assert_eq!(
        store.call_next(dropin, Some(cid), NOW).await.expect("call"),
        None
    );
    assert!(store.queue(dropin).await.expect("queue").is_empty());
}

#[tokio::test]
async fn sqlite_keeps_the_groups_contract() {
    let (store, _dir) = sqlite().await;
    groups_contract(store.clone(), store.clone(), store).await;
}

#[tokio::test]
async fn postgres_keeps_the_groups_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    groups_contract(store.clone(), store.clone(), store).await;
}

#[tokio::test]
async fn a_deleted_account_gives_its_seat_back_on_sqlite() {
    let (store, _dir) = sqlite().await;
    deleted_account_gives_its_seat_back(store).await;
}

#[tokio::test]
async fn a_deleted_account_gives_its_seat_back_on_postgres() {
    let Some(store) = postgres().await else {
        return;
    };
    deleted_account_gives_its_seat_back(store).await;
}

async fn deleted_account_gives_its_seat_back(store: Arc<dyn server::store::Engine>) {
    let coach = account(&*store, "Anna", "anna", Role::Coach, None).await;
    let amal = account(&*store, "Amal", "amal", Role::Participant, Some(coach)).await;
    let CreateGroupOutcome::Created(id) = store
        .create_group(
            NewGroup {
                coach,
                kind: GroupKind::Workshop,
                title: "CV".into(),
                starts_at: NOW + 86_400,
                ends_at: NOW + 90_000,
                place: String::new(),
                seats: Some(1),
                buffer: 0,
            },
            NOW,
        )
        .await
        .expect("workshop")
    else {
        panic!("created");
    };
    let seat = NewSeat {
        group: id,
        participant: amal,
        interpreter: String::new(),
        needs: String::new(),
        key: "k".into(),
        max_future: 3,
    };
    assert!(matches!(
        store.book_seat(seat, NOW).await.expect("seat"),
        SeatOutcome::Booked(_)
    ));
    // Erasing a person removes their bookings; the seat count follows (a trigger).
    execute(&*store, "DELETE FROM users WHERE id = $1", &[amal.get()])
        .await
        .expect("erase");
    assert_eq!(
        store.find_group(id).await.expect("find").map(|g| g.taken),
        Some(0)
    );
}
