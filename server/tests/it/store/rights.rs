//! The contract of the data-rights store: erasure with its grace period, retention's
//! listing, moving to another coach, deactivation, the log of all of them, and the access
//! log that outlives every change.
use super::*;
use app::rights::store::{AccountAction, ErasureWhy, RightsStore};

const DAY: i64 = 86_400;

pub async fn rights_contract(store: Arc<dyn server::store::Engine>) {
    let accounts: &dyn AccountStore = &*store;
    let rights: &dyn RightsStore = &*store;
    let admin = account(accounts, "Admin", "admin", Role::Admin, None).await;
    let anna = account(accounts, "Anna Berg", "anna", Role::Coach, None).await;
    let berit = account(accounts, "Berit Holm", "berit", Role::Coach, None).await;
    let amal = account(
        accounts,
        "Amal Zenobia",
        "amal",
        Role::Participant,
        Some(anna),
    )
    .await;
    let omar = account(accounts, "Omar Said", "omar", Role::Participant, Some(anna)).await;
    let kalle = account(
        accounts,
        "Kalle Åter",
        "kalle",
        Role::Participant,
        Some(anna),
    )
    .await;

    // The export reads every exported table, and never a secret.
    let tables = rights.export_rows(amal).await.expect("export");
    let names: Vec<&str> = tables.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(names[0], "users");
    assert_eq!(tables[0].1.len(), 1);
    assert_eq!(tables[0].1[0]["display_name"], "Amal Zenobia");
    assert!(tables[0].1[0].get("password_hash").is_none());
    assert!(tables[0].1[0].get("login_key").is_none());

    // A search is bounded and takes LIKE's wildcards literally.
    let found = rights
        .search_participants("zenob", 10)
        .await
        .expect("search");
    assert_eq!(found.iter().map(|a| a.id).collect::<Vec<_>>(), vec![amal]);
    assert!(rights
        .search_participants("%", 10)
        .await
        .expect("search")
        .is_empty());
    assert_eq!(
        rights.search_participants("", 1).await.expect("all").len(),
        1
    );
    // Letters beyond ASCII are found as typed on both engines (SQLite folds only ASCII).
    let found = rights
        .search_participants("Åter", 10)
        .await
        .expect("search");
    assert_eq!(found.iter().map(|a| a.id).collect::<Vec<_>>(), vec![kalle]);

    // Asked for, taken back, asked again: the log has each step.
    rights
        .ask_erasure(amal, Some(amal), ErasureWhy::Asked, NOW, NOW + 30 * DAY)
        .await
        .expect("ask");
    let waiting = rights.account(amal).await.expect("account").expect("there");
    assert_eq!(
        waiting.erasure.as_ref().map(|e| e.erase_at),
        Some(NOW + 30 * DAY)
    );
    assert!(rights
        .withdraw_erasure(
            amal,
            Some(amal),
            AccountAction::ErasureWithdrawn,
            "",
            NOW + 1
        )
        .await
        .expect("withdraw"));
    assert!(!rights
        .withdraw_erasure(
            amal,
            Some(amal),
            AccountAction::ErasureWithdrawn,
            "",
            NOW + 2
        )
        .await
        .expect("nothing waiting"));
    rights
        .ask_erasure(
            amal,
            Some(amal),
            ErasureWhy::Asked,
            NOW + 3,
            NOW + 3 + 30 * DAY,
        )
        .await
        .expect("ask again");
    assert!(rights
        .due_erasures(NOW + 30 * DAY)
        .await
        .expect("due")
        .is_empty());
    assert_eq!(
        rights.due_erasures(NOW + 3 + 30 * DAY).await.expect("due"),
        vec![amal]
    );

    // A read of Amal's data by her coach, then the coach's account cannot take the record
    // with it, and the log itself refuses to change.
    store
        .log_access(NewAccess {
            reader: anna,
            reader_role: Role::Coach,
            participant: amal,
            part: SharedPart::Cv,
            how: ReadHow::View,
            cv: None,
            at: NOW + 4,
            request_id: "r1".into(),
        })
        .await
        .expect("read");
    for sql in [
        "DELETE FROM access_log",
        "UPDATE access_log SET participant_id = participant_id",
        "DELETE FROM users WHERE id = $1",
    ] {
        let binds: &[i64] = if sql.contains("$1") {
            &[anna.get()]
        } else {
            &[]
        };
        assert!(
            execute(&*store, sql, binds).await.is_err(),
            "refused: {sql}"
        );
    }

    // Erased: nothing of hers is left but the pseudonym row the kept records point at.
    assert!(rights.erase(amal, None, NOW + 5).await.expect("erase"));
    assert!(!rights.erase(amal, None, NOW + 6).await.expect("once"));
    let gone = rights
        .account(amal)
        .await
        .expect("account")
        .expect("pseudonym");
    assert_eq!(gone.display_name, format!("#{}", amal.get()));
    assert!(gone.erased_at.is_some() && gone.coach.is_none() && gone.erasure.is_none());
    assert!(accounts
        .find_user_by_login("amal")
        .await
        .expect("find")
        .is_none());
    assert!(accounts
        .list_caseload(anna)
        .await
        .expect("caseload")
        .iter()
        .all(|p| p.id != amal));
    assert_eq!(crate::common::count_rows(&*store, "access_log").await, 1);
    assert!(rights
        .due_erasures(NOW + 365 * DAY)
        .await
        .expect("due")
        .is_empty());
    // Coaches and admins are never erased by this path.
    assert!(!rights.erase(anna, None, NOW + 6).await.expect("coach"));

    // Retention lists Omar and Kalle once, then not again while they wait; a sign-in or a
    // keep ends the listing and counts as activity.
    assert_eq!(
        rights
            .list_inactive(NOW + 10, NOW + 400 * DAY, NOW + 430 * DAY)
            .await
            .expect("list"),
        2
    );
    assert_eq!(
        rights
            .list_inactive(NOW + 10, NOW + 400 * DAY, NOW + 430 * DAY)
            .await
            .expect("again"),
        0
    );
    let waiting = rights.waiting_erasures().await.expect("waiting");
    assert_eq!(waiting.len(), 2);
    assert_eq!(waiting[0].0.why, ErasureWhy::Retention);
    accounts
        .record_sign_in(kalle, NOW + 400 * DAY)
        .await
        .expect("sign-in");
    let back = rights
        .account(kalle)
        .await
        .expect("account")
        .expect("there");
    assert!(back.erasure.is_none() && back.returned_at == Some(NOW + 400 * DAY));
    assert!(rights
        .withdraw_erasure(
            omar,
            Some(admin),
            AccountAction::Kept,
            "Inskriven till mars",
            NOW + 400 * DAY
        )
        .await
        .expect("keep"));
    assert_eq!(
        rights
            .list_inactive(NOW + 10, NOW + 401 * DAY, NOW + 431 * DAY)
            .await
            .expect("kept"),
        0
    );

    // Another coach: shares with the old coach end in the consent history.
    store
        .set_share(
            omar,
            anna,
            SharedPart::Strengths,
            Some(ShareGrant {
                cv: None,
                cv_title: None,
                ends_at: None,
            }),
            2,
            NOW + 7,
        )
        .await
        .expect("share");
    assert!(!rights
        .move_to_coach(omar, anna, admin, NOW + 8)
        .await
        .expect("same coach"));
    assert!(!rights
        .move_to_coach(omar, admin, admin, NOW + 8)
        .await
        .expect("not a coach"));
    assert!(rights
        .move_to_coach(omar, berit, admin, NOW + 8)
        .await
        .expect("move"));
    let moved = rights.account(omar).await.expect("account").expect("there");
    assert_eq!(moved.coach.map(|c| c.0), Some(berit));
    assert_eq!(moved.coach_changed_at, Some(NOW + 8));
    assert!(store
        .shares_of(omar, anna)
        .await
        .expect("shares")
        .is_empty());
    let history = store.consent_history(omar).await.expect("history");
    assert!(history.iter().any(|e| e.change == ConsentChange::Withdrawn));
    rights.seen_account_news(omar).await.expect("seen");
    let seen = rights.account(omar).await.expect("account").expect("there");
    assert_eq!(seen.coach_changed_at, None);

    // Deactivated: the epoch moves on (sessions end); once only; then open again.
    let epoch = accounts
        .find_user(omar)
        .await
        .expect("find")
        .expect("omar")
        .session_epoch;
    assert!(rights
        .set_deactivated(omar, admin, true, NOW + 9)
        .await
        .expect("close"));
    assert!(!rights
        .set_deactivated(omar, admin, true, NOW + 9)
        .await
        .expect("twice"));
    let closed = accounts.find_user(omar).await.expect("find").expect("omar");
    assert!(closed.deactivated && closed.session_epoch == epoch + 1);
    assert!(rights
        .set_deactivated(omar, admin, false, NOW + 10)
        .await
        .expect("open"));
    assert!(
        !accounts
            .find_user(omar)
            .await
            .expect("find")
            .expect("omar")
            .deactivated
    );

    // The log: who, what, whom, newest first; the reason kept only where an admin typed one.
    let log = rights.actions(50).await.expect("log");
    let actions: Vec<AccountAction> = log.iter().map(|l| l.action).collect();
    assert_eq!(
        actions,
        vec![
            AccountAction::Kept,
            AccountAction::Returned,
            AccountAction::RetentionListed,
            AccountAction::RetentionListed,
            AccountAction::Reactivated,
            AccountAction::Deactivated,
            AccountAction::Moved,
            AccountAction::Erased,
            AccountAction::ErasureAsked,
            AccountAction::ErasureWithdrawn,
            AccountAction::ErasureAsked,
        ]
    );
    assert_eq!(log[0].actor.as_deref(), Some("Admin"));
    assert_eq!(log[1].actor.as_deref(), Some("Kalle Åter"));
    assert_eq!(log[2].actor, None, "retention is the server's");
    assert_eq!(log[0].reason, "Inskriven till mars");
    assert_eq!(log[7].subject_name, format!("#{}", amal.get()));
}

#[tokio::test]
async fn the_rights_store_keeps_its_contract_on_sqlite() {
    let (store, _dir) = sqlite().await;
    rights_contract(store).await;
}

#[tokio::test]
async fn the_rights_store_keeps_its_contract_on_postgres() {
    let Some(store) = postgres().await else {
        return;
    };
    rights_contract(store).await;
}
