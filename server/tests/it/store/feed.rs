//! The contract of the store of coaches' calendar feeds: what every implementation must do.
use super::*;
use app::booking::feed::store::{FeedRecord, FeedStore};
use app::i18n::Locale;

pub async fn feed_contract(store: Arc<dyn server::store::Engine>) {
    let accounts: &dyn AccountStore = &*store;
    let feeds: &dyn FeedStore = &*store;
    let coach = account(accounts, "Anna Berg", "anna", Role::Coach, None).await;
    let other = account(accounts, "Berit", "berit", Role::Coach, None).await;
    let amal = account(
        accounts,
        "Amal Demo",
        "amal",
        Role::Participant,
        Some(coach),
    )
    .await;
    assert_eq!(feeds.feed(coach).await.expect("feed"), None);

    store
        .set_feed(coach, "h1", Locale::Sv, NOW)
        .await
        .expect("made");
    let made = FeedRecord {
        locale: Locale::Sv,
        created_at: NOW,
        read_at: None,
        reads: 0,
    };
    assert_eq!(feeds.feed(coach).await.expect("feed"), Some(made));
    // Every read is counted, and only the secret's hash finds the coach.
    for at in [NOW + 5, NOW + 6] {
        assert_eq!(
            feeds.read_feed("h1", at).await.expect("read"),
            Some((coach, Locale::Sv))
        );
    }
    assert_eq!(feeds.read_feed("h0", NOW + 7).await.expect("read"), None);
    let read = feeds.feed(coach).await.expect("feed").expect("kept");
    assert_eq!((read.read_at, read.reads), (Some(NOW + 6), 2));

    // A new secret replaces the old one at once and starts the record afresh.
    store
        .set_feed(coach, "h2", Locale::Ar, NOW + 10)
        .await
        .expect("renewed");
    assert_eq!(feeds.read_feed("h1", NOW + 11).await.expect("old"), None);
    let renewed = feeds.feed(coach).await.expect("feed").expect("kept");
    assert_eq!(
        (
            renewed.locale,
            renewed.created_at,
            renewed.read_at,
            renewed.reads
        ),
        (Locale::Ar, NOW + 10, None, 0)
    );
    assert_eq!(
        feeds.read_feed("h2", NOW + 12).await.expect("new"),
        Some((coach, Locale::Ar))
    );
    // Two feeds never share a secret: the database refuses it.
    assert!(store.set_feed(other, "h2", Locale::En, NOW).await.is_err());

    // The coach's individual meetings, cancelled ones too, from the day asked for.
    let hour = 3_600;
    let at = |starts_at: i64, key: &str| NewBooking {
        coach,
        participant: amal,
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
    for (starts_at, key) in [
        (NOW - 10 * hour, "old"),
        (NOW + hour, "a"),
        (NOW + 3 * hour, "b"),
    ] {
        match store
            .book(at(starts_at, key), NOW - 20 * hour)
            .await
            .expect("book")
        {
            BookOutcome::Booked(id) => ids.push(id),
            other => panic!("{other:?}"),
        }
    }
    assert!(store
        .cancel_booking(ids[2], amal, "", NOW)
        .await
        .expect("cancelled"));
    let listed = feeds.feed_bookings(coach, NOW).await.expect("bookings");
    let seen: Vec<_> = listed.iter().map(|b| (b.id, b.active)).collect();
    assert_eq!(seen, [(ids[1], true), (ids[2], false)]);
    assert!(feeds
        .feed_bookings(other, 0)
        .await
        .expect("none")
        .is_empty());

    // A closed account's feed ends with it, and reopening the account does not bring it back.
    use app::rights::store::RightsStore;
    assert!(
        RightsStore::set_deactivated(&*store, coach, other, true, NOW)
            .await
            .expect("deactivated")
    );
    assert_eq!(feeds.read_feed("h2", NOW + 13).await.expect("closed"), None);
    assert_eq!(feeds.feed(coach).await.expect("feed"), None);
    assert!(
        RightsStore::set_deactivated(&*store, coach, other, false, NOW + 14)
            .await
            .expect("reopened")
    );
    assert_eq!(
        feeds.read_feed("h2", NOW + 15).await.expect("reopened"),
        None
    );

    // An ended feed is gone.
    store
        .set_feed(other, "h3", Locale::En, NOW)
        .await
        .expect("made");
    assert!(feeds.revoke_feed(other).await.expect("ended"));
    assert!(!feeds.revoke_feed(other).await.expect("again"));
    assert_eq!(feeds.feed(other).await.expect("feed"), None);
    assert_eq!(feeds.read_feed("h3", NOW + 16).await.expect("ended"), None);
}

#[tokio::test]
async fn sqlite_keeps_the_feed_contract() {
    let (store, _dir) = sqlite().await;
    feed_contract(store).await;
}

#[tokio::test]
async fn postgres_keeps_the_feed_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    feed_contract(store).await;
}
