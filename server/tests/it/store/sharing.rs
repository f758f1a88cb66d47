//! The contract of the store of sharing and the access log: what every implementation must do.
use super::*;

pub async fn sharing_contract(
    store: Arc<dyn SharingStore>,
    cvs: Arc<dyn CvStore>,
    accounts: Arc<dyn AccountStore>,
) {
    let coach = account(&*accounts, "Anna Berg", "anna", Role::Coach, None).await;
    let amal = account(&*accounts, "Amal", "amal", Role::Participant, Some(coach)).await;
    let cv = cvs
        .create_cv(amal, "{}", NOW, 3)
        .await
        .expect("create")
        .expect("room");
    let newer = cvs
        .create_cv(amal, "{\"title\":\"Lager\"}", NOW + 5, 3)
        .await
        .expect("create")
        .expect("room");
    // The main CV first, then the most recently changed; only the participant's own.
    let offered = store.shareable_cvs(amal).await.expect("shareable");
    assert_eq!(
        offered
            .iter()
            .map(|c| (c.id, c.is_main))
            .collect::<Vec<_>>(),
        vec![(cv, true), (newer, false)]
    );
    assert!(offered[1].document.contains("Lager"));
    assert!(store.shareable_cvs(coach).await.expect("none").is_empty());
    cvs.delete_cv(newer, amal, NOW + 6).await.expect("delete");
    let one = |ends_at| {
        Some(ShareGrant {
            cv: Some(cv),
            cv_title: Some("Lager".into()),
            ends_at,
        })
    };
    let set = |grant, at| {
        let store = store.clone();
        async move {
            store
                .set_share(amal, coach, SharedPart::Cv, grant, 1, at)
                .await
                .expect("set")
        }
    };
    assert_eq!(set(None, NOW).await, None, "nothing to withdraw");
    assert_eq!(set(one(None), NOW).await, Some(ConsentChange::Granted));
    assert_eq!(
        set(one(None), NOW + 1).await,
        None,
        "the same again changes nothing"
    );
    assert_eq!(
        set(one(Some(NOW + 100)), NOW + 2).await,
        Some(ConsentChange::Changed)
    );
    let shares = store.shares_of(amal, coach).await.expect("shares");
    assert_eq!(shares.len(), 1);
    assert_eq!(shares[0].cv, Some(cv));
    assert!(shares[0].holds(NOW + 99) && !shares[0].holds(NOW + 100));
    // A run-out share granted again is a new grant.
    assert_eq!(
        set(one(Some(NOW + 1000)), NOW + 200).await,
        Some(ConsentChange::Granted)
    );
    assert_eq!(set(None, NOW + 300).await, Some(ConsentChange::Withdrawn));
    // A share that ran out by itself has nothing left to withdraw: no event, row gone.
    assert_eq!(
        set(one(Some(NOW + 400)), NOW + 350).await,
        Some(ConsentChange::Granted)
    );
    assert_eq!(set(None, NOW + 500).await, None);
    assert!(store
        .shares_of(amal, coach)
        .await
        .expect("shares")
        .is_empty());
    let history = store.consent_history(amal).await.expect("history");
    let changes: Vec<_> = history.iter().map(|e| e.change).collect();
    assert_eq!(
        changes,
        [
            ConsentChange::Granted,
            ConsentChange::Withdrawn,
            ConsentChange::Granted,
            ConsentChange::Changed,
            ConsentChange::Granted
        ],
        "newest first"
    );
    assert_eq!(
        history[1].cv,
        Some(cv),
        "a withdrawal says what was withdrawn"
    );
    assert_eq!(history[2].cv_title.as_deref(), Some("Lager"));
    assert_eq!(history[0].coach_name, "Anna Berg");

    // The access log: appended, newest first, one entry per request and way of reading.
    let read = |how, at, request: &str| NewAccess {
        reader: coach,
        reader_role: Role::Coach,
        participant: amal,
        part: SharedPart::Cv,
        how,
        cv: Some(cv),
        at,
        request_id: request.into(),
    };
    store
        .log_access(read(ReadHow::View, NOW, "r1"))
        .await
        .expect("log");
    store
        .log_access(read(ReadHow::View, NOW, "r1"))
        .await
        .expect("same read");
    store
        .log_access(read(ReadHow::Pdf, NOW + 5, "r2"))
        .await
        .expect("log");
    let log = store.access_log(amal).await.expect("log");
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].how, ReadHow::Pdf);
    assert_eq!(log[1].reader_name, "Anna Berg");
    assert!(store.access_log(coach).await.expect("log").is_empty());
}

#[tokio::test]
async fn sqlite_keeps_the_sharing_contract() {
    let (store, _dir) = sqlite().await;
    sharing_contract(store.clone(), store.clone(), store).await;
}

#[tokio::test]
async fn postgres_keeps_the_sharing_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    sharing_contract(store.clone(), store.clone(), store).await;
}

#[tokio::test]
async fn the_access_log_cannot_be_changed_on_sqlite() {
    let (store, _dir) = sqlite().await;
    access_log_cannot_be_changed(store).await;
}

#[tokio::test]
async fn the_access_log_cannot_be_changed_on_postgres() {
    let Some(store) = postgres().await else {
        return;
    };
    access_log_cannot_be_changed(store).await;
}

async fn access_log_cannot_be_changed(store: Arc<dyn server::store::Engine>) {
    sharing_contract(store.clone(), store.clone(), store.clone()).await;
    let changed = execute(&*store, "UPDATE access_log SET how = 'json'", &[]).await;
    assert!(changed.is_err(), "append-only");
}

/// Every part can be shared on its own; only a CV share names a version.
pub async fn every_part_shares_contract(
    store: Arc<dyn SharingStore>,
    accounts: Arc<dyn AccountStore>,
) {
    let coach = account(&*accounts, "Anna Berg", "anna", Role::Coach, None).await;
    let amal = account(&*accounts, "Amal", "amal", Role::Participant, Some(coach)).await;
    let grant = |ends_at| {
        Some(ShareGrant {
            cv: None,
            cv_title: None,
            ends_at,
        })
    };
    for part in SharedPart::ALL {
        assert_eq!(
            store
                .set_share(amal, coach, part, grant(None), 2, NOW)
                .await
                .expect("share"),
            Some(ConsentChange::Granted),
            "{part:?}"
        );
    }
    let shares = store.shares_of(amal, coach).await.expect("shares");
    assert_eq!(shares.len(), SharedPart::ALL.len());
    // Withdrawing one leaves the others.
    store
        .set_share(amal, coach, SharedPart::History, None, 2, NOW + 1)
        .await
        .expect("withdraw");
    let parts: Vec<_> = store
        .shares_of(amal, coach)
        .await
        .expect("shares")
        .into_iter()
        .map(|s| s.part)
        .collect();
    assert!(!parts.contains(&SharedPart::History));
    assert_eq!(parts.len(), SharedPart::ALL.len() - 1);
    // Only a CV names a version: anything else is refused by the database.
    let wrong = store
        .set_share(
            amal,
            coach,
            SharedPart::Goals,
            Some(ShareGrant {
                cv: Some(CvId::new(1)),
                cv_title: None,
                ends_at: None,
            }),
            2,
            NOW + 2,
        )
        .await;
    assert!(wrong.is_err(), "a goals share naming a CV");
    let history = store.consent_history(amal).await.expect("history");
    assert_eq!(history.len(), SharedPart::ALL.len() + 1);
    assert_eq!(history[0].part, SharedPart::History);
    assert_eq!(history[0].change, ConsentChange::Withdrawn);
    // Stopping everything withdraws what is still shared, each a consent event.
    let withdrawn = store
        .stop_sharing(amal, coach, 2, NOW + 3)
        .await
        .expect("stop");
    assert_eq!(withdrawn.len(), SharedPart::ALL.len() - 1);
    assert!(!withdrawn.contains(&SharedPart::History));
    assert!(store
        .shares_of(amal, coach)
        .await
        .expect("shares")
        .is_empty());
    let history = store.consent_history(amal).await.expect("history");
    assert_eq!(history.len(), 2 * SharedPart::ALL.len());
    assert!(store
        .stop_sharing(amal, coach, 2, NOW + 4)
        .await
        .expect("again")
        .is_empty());
}

#[tokio::test]
async fn sqlite_keeps_the_every_part_shares_contract() {
    let (store, _dir) = sqlite().await;
    every_part_shares_contract(store.clone(), store).await;
}

#[tokio::test]
async fn postgres_keeps_the_every_part_shares_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    every_part_shares_contract(store.clone(), store).await;
}
