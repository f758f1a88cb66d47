//! The contract of the throttle's shared counts: what every store must do.
use super::*;
use app::ssr::throttle::{AttemptStore, SharedKey};

fn key(name: &str, limit: i64, whole: bool) -> SharedKey {
    SharedKey {
        key: name.into(),
        limit,
        whole,
    }
}

/// Counted before the slow work, refused at the limit with how long to wait, forgiven on
/// success (an account's failures all at once), forgotten after the window.
pub async fn attempts_contract(store: Arc<dyn AttemptStore>) {
    let (account, address) = (key("account", 2, true), key("address", 3, false));
    let both = [account.clone(), address.clone()];
    let window = 1_000;
    let count = |keys: Vec<SharedKey>, at: i64| {
        let store = store.clone();
        async move { store.count_attempt(&keys, at, window).await.expect("count") }
    };
    assert_eq!(count(both.to_vec(), 10_000).await, None);
    assert_eq!(count(both.to_vec(), 10_100).await, None);
    // The account's two are used up: refused until the first expires (11 000).
    assert_eq!(count(both.to_vec(), 10_200).await, Some(800));
    // A refused attempt counts nowhere: the address has two of its three.
    assert_eq!(count(vec![address.clone()], 10_300).await, None);
    assert_eq!(count(vec![address.clone()], 10_400).await, Some(600));
    // A success takes back its own count; for an account, every failure.
    store
        .forgive_attempt(std::slice::from_ref(&address), 10_300)
        .await
        .expect("forgive");
    assert_eq!(count(vec![address.clone()], 10_500).await, None);
    store
        .forgive_attempt(std::slice::from_ref(&account), 10_500)
        .await
        .expect("forgive");
    assert_eq!(count(vec![account.clone()], 10_600).await, None);
    // After the window the old ones no longer count.
    assert_eq!(count(vec![address.clone()], 11_150).await, None);
    // The clean-up forgets what is older than it is told.
    assert!(store.forget_attempts(11_000).await.expect("forget") >= 1);
    assert!(store.forget_attempts(11_000).await.expect("forget") == 0);
}

/// Attempts made at once are counted one by one: exactly the limit gets through.
pub async fn attempts_race_contract(store: Arc<dyn AttemptStore>) {
    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .count_attempt(&[key("racer", 5, false)], 50_000, 60_000)
                    .await
                    .expect("count")
            })
        })
        .collect();
    let mut through = 0;
    for task in tasks {
        if task.await.expect("task").is_none() {
            through += 1;
        }
    }
    assert_eq!(through, 5);
}

#[tokio::test]
async fn sqlite_keeps_the_attempts_contract() {
    let (store, _dir) = sqlite().await;
    attempts_contract(store.clone()).await;
    attempts_race_contract(store).await;
}

#[tokio::test]
async fn postgres_keeps_the_attempts_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    attempts_contract(store.clone()).await;
    attempts_race_contract(store).await;
}
