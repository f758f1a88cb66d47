//! The contract of the store of CVs: what every implementation must do.
use super::*;

pub async fn cvs_contract(store: Arc<dyn CvStore>, accounts: Arc<dyn AccountStore>) {
    let amal = account(&*accounts, "Amal", "amal", Role::Participant, None).await;
    let other = account(&*accounts, "Other", "other", Role::Participant, None).await;
    let first = store
        .create_cv(amal, "{\"n\":1}", NOW, 3)
        .await
        .expect("create")
        .expect("room");
    let second = store
        .create_cv(amal, "{\"n\":2}", NOW + 1, 3)
        .await
        .expect("create")
        .expect("room");
    store
        .create_cv(amal, "{}", NOW + 2, 3)
        .await
        .expect("third");
    assert!(
        store
            .create_cv(amal, "{}", NOW, 3)
            .await
            .expect("create")
            .is_none(),
        "the limit holds"
    );
    let record = store.find_cv(first).await.expect("find").expect("exists");
    assert!(record.is_main, "the first CV is the main one");
    assert_eq!((record.owner_id, record.revision), (amal, 1));
    // Compare-and-set: a save from an old revision is stale; another owner finds nothing.
    assert_eq!(
        store
            .update_cv(first, amal, 1, "{\"n\":10}", NOW + 5)
            .await
            .expect("save"),
        CvUpdate::Saved(2)
    );
    assert_eq!(
        store
            .update_cv(first, amal, 1, "{\"n\":11}", NOW + 6)
            .await
            .expect("save"),
        CvUpdate::Stale
    );
    assert_eq!(
        store
            .update_cv(first, other, 2, "{}", NOW + 6)
            .await
            .expect("save"),
        CvUpdate::NotFound
    );
    let record = store.find_cv(first).await.expect("find").expect("exists");
    assert_eq!(
        (record.document.as_str(), record.revision),
        ("{\"n\":10}", 2)
    );
    // The main CV first, then the most recently changed.
    let listed: Vec<CvId> = store
        .list_cvs(amal)
        .await
        .expect("list")
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(listed[0], first);
    assert!(!store.set_main_cv(second, other).await.expect("not theirs"));
    assert!(store.set_main_cv(second, amal).await.expect("main"));
    let mains = store
        .list_cvs(amal)
        .await
        .expect("list")
        .iter()
        .filter(|r| r.is_main)
        .map(|r| r.id)
        .collect::<Vec<_>>();
    assert_eq!(mains, [second], "one main CV");
    // Deleting the main one makes the most recently changed other CV main.
    assert!(!store
        .delete_cv(second, other, NOW)
        .await
        .expect("not theirs"));
    assert!(store.delete_cv(second, amal, NOW).await.expect("delete"));
    let left = store.list_cvs(amal).await.expect("list");
    assert_eq!(left.len(), 2);
    assert_eq!(left.iter().filter(|r| r.is_main).count(), 1);
    assert!(store.list_cvs(other).await.expect("list").is_empty());
}

#[tokio::test]
async fn sqlite_keeps_the_cvs_contract() {
    let (store, _dir) = sqlite().await;
    cvs_contract(store.clone(), store).await;
}

#[tokio::test]
async fn postgres_keeps_the_cvs_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    cvs_contract(store.clone(), store).await;
}

/// A new entry's draft: the first save holds it, later saves find the entry it became,
/// a save that stored nothing lets the next one add it, and a first save that never
/// finished is taken over after a while.
pub async fn drafts_contract(store: Arc<dyn CvStore>, accounts: Arc<dyn AccountStore>) {
    use app::cv::store::{DraftClaim, DRAFT_HELD_FOR, DRAFT_KEPT_FOR};
    let amal = account(&*accounts, "Amal", "amal", Role::Participant, None).await;
    let cv = store
        .create_cv(amal, "{}", NOW, 5)
        .await
        .expect("create")
        .expect("a CV");
    let claim = |token: &'static str, at: i64| {
        let store = store.clone();
        async move { store.claim_draft(cv, token, at).await.expect("claim") }
    };
    assert_eq!(claim("t1", NOW).await, DraftClaim::First);
    assert_eq!(claim("t1", NOW + 1).await, DraftClaim::Busy, "under way");
    assert_eq!(
        claim("t2", NOW + 1).await,
        DraftClaim::First,
        "another draft"
    );
    store
        .keep_draft(cv, "t1", 3, "Lagerarbetare", NOW + 1)
        .await
        .expect("keep");
    assert_eq!(
        claim("t1", NOW + 2).await,
        DraftClaim::Saved(3, "Lagerarbetare".into())
    );
    store.release_draft(cv, "t1").await.expect("release");
    assert_eq!(claim("t1", NOW + 3).await, DraftClaim::First, "added anew");
    // A first save that never finished holds it only so long.
    assert_eq!(
        claim("t1", NOW + 3 + DRAFT_HELD_FOR).await,
        DraftClaim::First
    );
    // Forgotten after an hour.
    store
        .keep_draft(cv, "t3", 0, "Kock", NOW)
        .await
        .expect("keep");
    assert_eq!(
        claim("t3", NOW + DRAFT_KEPT_FOR + 1).await,
        DraftClaim::First
    );
}

/// Two first saves at once: exactly one is first.
pub async fn drafts_race_contract(store: Arc<dyn CvStore>, accounts: Arc<dyn AccountStore>) {
    use app::cv::store::DraftClaim;
    let bo = account(&*accounts, "Bo", "bo", Role::Participant, None).await;
    let cv = store
        .create_cv(bo, "{}", NOW, 5)
        .await
        .expect("create")
        .expect("a CV");
    let tasks: Vec<_> = (0..10)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move { store.claim_draft(cv, "same", NOW).await.expect("claim") })
        })
        .collect();
    let mut first = 0;
    for task in tasks {
        if task.await.expect("task") == DraftClaim::First {
            first += 1;
        }
    }
    assert_eq!(first, 1);
}

#[tokio::test]
async fn sqlite_keeps_the_drafts_contract() {
    let (store, _dir) = sqlite().await;
    drafts_contract(store.clone(), store.clone()).await;
    drafts_race_contract(store.clone(), store).await;
}

#[tokio::test]
async fn postgres_keeps_the_drafts_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    drafts_contract(store.clone(), store.clone()).await;
    drafts_race_contract(store.clone(), store).await;
}
