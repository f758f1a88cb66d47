//! The contract of the reminder store: what every implementation must do.
use super::*;
use app::i18n::Locale;
use app::reminders::store::{NewDevice, ReminderStore};
use app::reminders::{Kind, Setting};

fn device(n: u8) -> NewDevice {
    NewDevice {
        endpoint: format!("https://push.example/{n}"),
        p256dh: format!("key{n}"),
        auth: format!("auth{n}"),
        label: "Android".into(),
    }
}

pub async fn reminder_contract(store: Arc<dyn server::store::Engine>) {
    let accounts: &dyn AccountStore = &*store;
    let reminders: &dyn ReminderStore = &*store;
    let coach = account(accounts, "Anna Berg", "anna", Role::Coach, None).await;
    let amal = account(
        accounts,
        "Amal Demo",
        "amal",
        Role::Participant,
        Some(coach),
    )
    .await;
    let bo = account(accounts, "Bo Ek", "bo", Role::Participant, Some(coach)).await;
    let hour = 3_600;

    // Nothing is made for someone without a device.
    assert!(!reminders
        .add_reminder(amal, Kind::Turn, 1, NOW)
        .await
        .expect("none"));

    // One row per browser: subscribing again (or for another person) replaces it.
    let first = reminders
        .add_device(amal, &device(1), NOW)
        .await
        .expect("added");
    let again = reminders
        .add_device(amal, &device(1), NOW + 1)
        .await
        .expect("again");
    assert_eq!(first, again);
    let second = reminders
        .add_device(amal, &device(2), NOW + 2)
        .await
        .expect("2");
    let listed = reminders.devices(amal).await.expect("devices");
    assert_eq!(
        listed.iter().map(|d| d.id).collect::<Vec<_>>(),
        [second, first]
    );
    assert_eq!(listed[1].label, "Android");
    assert_eq!(reminders.push_targets(amal).await.expect("t").len(), 2);
    let taken = reminders
        .add_device(bo, &device(2), NOW + 3)
        .await
        .expect("bo");
    assert_eq!(taken, second);
    assert_eq!(reminders.devices(amal).await.expect("d").len(), 1);
    let target = &reminders.push_targets(bo).await.expect("bo's")[0];
    assert_eq!(
        (
            target.endpoint.as_str(),
            target.p256dh.as_str(),
            target.auth.as_str()
        ),
        ("https://push.example/2", "key2", "auth2")
    );
    // Another person's device is not theirs to remove.
    assert!(!reminders
        .remove_device(amal, second)
        .await
        .expect("not hers"));

    // Each reminder once, whatever asks again.
    assert!(reminders
        .add_reminder(amal, Kind::Turn, 9, NOW)
        .await
        .expect("made"));
    assert!(!reminders
        .add_reminder(amal, Kind::Turn, 9, NOW)
        .await
        .expect("once"));
    // A stopped kind is not made; the others are.
    reminders
        .set_stopped(amal, &[Setting::Changes])
        .await
        .expect("stopped");
    assert_eq!(
        reminders.stopped(amal).await.expect("s"),
        [Setting::Changes]
    );
    assert!(!reminders
        .add_reminder(amal, Kind::Moved, 9, NOW)
        .await
        .expect("stopped kind"));
    reminders.set_stopped(amal, &[]).await.expect("all on");
    assert!(reminders.stopped(amal).await.expect("s").is_empty());

    // Bookings soon of people with a device, with their language.
    store.set_locale(amal, Locale::Ar).await.expect("locale");
    let book = |participant: UserId, starts_at: i64, key: &str| NewBooking {
        coach,
        participant,
        starts_at,
        ends_at: starts_at + 45 * 60,
        help: String::new(),
        interpreter: String::new(),
        needs: String::new(),
        key: key.into(),
        buffer: 0,
        max_future: 10,
    };
    let mut ids = Vec::new();
    for (who, starts_at, key) in [
        (amal, NOW + 2 * hour, "a"),
        (amal, NOW + 30 * hour, "late"),
        (bo, NOW + 3 * hour, "b"),
    ] {
        match store
            .book(book(who, starts_at, key), NOW - hour)
            .await
            .expect("book")
        {
            BookOutcome::Booked(id) => ids.push(id),
            other => panic!("{other:?}"),
        }
    }
    let soon = reminders
        .upcoming(NOW, NOW + 26 * hour)
        .await
        .expect("upcoming");
    assert_eq!(
        soon.iter()
            .map(|u| (u.booking, u.person))
            .collect::<Vec<_>>(),
        [(ids[0], amal), (ids[2], bo)]
    );
    assert!(reminders
        .add_reminder(amal, Kind::Soon, ids[0].get(), NOW)
        .await
        .expect("soon"));

    // Due, with what the words need; taken by one worker only.
    let due = reminders.due(NOW).await.expect("due");
    assert_eq!(due.len(), 2);
    let (turn, soon) = (&due[0], &due[1]);
    assert_eq!(
        (turn.kind, turn.subject, turn.starts_at),
        (Kind::Turn, 9, None)
    );
    assert_eq!(
        (
            soon.kind,
            soon.locale,
            soon.starts_at,
            soon.active,
            soon.workshop.clone()
        ),
        (Kind::Soon, Locale::Ar, Some(NOW + 2 * hour), true, None)
    );
    assert!(reminders.claim(soon.id, NOW).await.expect("claimed"));
    assert!(!reminders.claim(soon.id, NOW).await.expect("once"));
    assert!(reminders.claim(turn.id, NOW).await.expect("claimed"));
    reminders.fail(turn.id, NOW).await.expect("failed");
    assert!(reminders.due(NOW + 60).await.expect("none").is_empty());
    // A later one is not due yet.
    assert!(reminders
        .add_reminder(amal, Kind::Tomorrow, ids[1].get(), NOW + 5 * hour)
        .await
        .expect("later"));
    assert!(reminders.due(NOW + 60).await.expect("not yet").is_empty());
    // A cancelled booking is said to be cancelled.
    assert!(store
        .cancel_booking(ids[1], coach, "", NOW)
        .await
        .expect("cancelled"));
    let later = reminders.due(NOW + 5 * hour).await.expect("due");
    assert_eq!((later.len(), later[0].active), (1, false));

    // A goal whose practice reminder is at 18, of someone with a device, until practised.
    use app::goals::store::GoalStore;
    let mut fields = goal_fields();
    fields.remind_hour = Some(18);
    let goal = GoalStore::create_goal(&*store, amal, &fields, "2026-12-07", 5, NOW)
        .await
        .expect("goal")
        .expect("made");
    assert_eq!(
        reminders
            .practice_at(18, "2026-12-07")
            .await
            .expect("at 18"),
        [(amal, goal.get())]
    );
    assert!(reminders
        .practice_at(17, "2026-12-07")
        .await
        .expect("17")
        .is_empty());
    assert!(reminders
        .add_reminder(amal, Kind::Practice, goal.get(), NOW + 6 * hour)
        .await
        .expect("practice"));
    let practice = reminders.due(NOW + 6 * hour).await.expect("due");
    let practice = practice
        .iter()
        .find(|r| r.kind == Kind::Practice)
        .expect("due");
    assert_eq!(practice.goal.as_deref(), Some(fields.what.as_str()));
    GoalStore::log_practice(
        &*store,
        goal,
        amal,
        &PracticeEntry {
            day: "2026-12-07".into(),
            minutes: None,
            note: String::new(),
            logged_at: NOW,
        },
        NOW,
    )
    .await
    .expect("practised");
    assert!(reminders
        .practice_at(18, "2026-12-07")
        .await
        .expect("done")
        .is_empty());

    // Reached, and gone.
    reminders
        .delivered(first, false, NOW + 9)
        .await
        .expect("reached");
    assert_eq!(
        reminders.devices(amal).await.expect("d")[0].sent_at,
        Some(NOW + 9)
    );
    reminders
        .delivered(first, true, NOW + 10)
        .await
        .expect("gone");
    assert!(reminders.devices(amal).await.expect("d").is_empty());
    // Removing one's own device.
    assert!(reminders.remove_device(bo, second).await.expect("removed"));
    assert!(!reminders.remove_device(bo, second).await.expect("again"));
}

#[tokio::test]
async fn sqlite_keeps_the_reminder_contract() {
    let (store, _dir) = sqlite().await;
    reminder_contract(store).await;
}

#[tokio::test]
async fn postgres_keeps_the_reminder_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    reminder_contract(store).await;
}
