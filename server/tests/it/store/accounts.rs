//! The contract of the store of accounts: what every implementation must do.
use super::*;

pub async fn accounts_contract(store: Arc<dyn AccountStore>) {
    let coach = store
        .upsert_account(person("Coach", Role::Coach, None), "Coach", "hash-1", NOW)
        .await
        .expect("coach");
    // Logins are one account however they are cased, in any script.
    let found = store.find_user_by_login("COACH").await.expect("find");
    assert_eq!(found.map(|u| u.id), Some(coach));
    let asa = account(&*store, "Åsa", "ÅSA", Role::Participant, Some(coach)).await;
    let first_epoch = store
        .find_user(asa)
        .await
        .expect("find")
        .expect("exists")
        .session_epoch;
    let again = store
        .upsert_account(
            person("Åsa L", Role::Participant, Some(coach)),
            "åsa",
            "h2",
            NOW,
        )
        .await
        .expect("åsa again");
    assert_eq!(asa, again, "an upsert with the same login updates");
    let user = store.find_user(asa).await.expect("find").expect("exists");
    assert_eq!(user.display_name, "Åsa L");
    assert_eq!(
        user.session_epoch,
        first_epoch + 1,
        "a new password ends the old sessions"
    );
    store
        .upsert_account(
            person("Åsa L", Role::Participant, Some(coach)),
            "åsa",
            "h2",
            NOW,
        )
        .await
        .expect("same again");
    let same = store.find_user(asa).await.expect("find").expect("exists");
    assert_eq!(
        same.session_epoch,
        first_epoch + 1,
        "the same password keeps them"
    );
    assert_eq!(user.password_hash.as_deref(), Some("h2"));
    assert_eq!(user.coach_id, Some(coach));
    let caseload = store.list_caseload(coach).await.expect("caseload");
    assert_eq!(caseload.len(), 1);
    assert!(caseload[0].active);
    assert!(store.list_caseload(asa).await.expect("none").is_empty());
    let coaches = store.list_people(Role::Coach).await.expect("coaches");
    assert_eq!(coaches.iter().map(|p| p.id).collect::<Vec<_>>(), [coach]);
    assert!(store
        .find_user(UserId::new(9_999))
        .await
        .expect("lookup")
        .is_none());
}

/// Reissuing, withdrawing, password codes and sign-in notes: the coach's account care.
pub async fn account_care_contract(
    store: Arc<dyn InvitationStore>,
    accounts: Arc<dyn AccountStore>,
) {
    use app::invite::Purpose;
    let pending = store
        .create_invited_person(
            person("Pending", Role::Participant, None),
            invitation("p1", NOW + 100),
            NOW,
        )
        .await
        .expect("invited");
    let open = store.open_invitation_of(pending, NOW).await.expect("open");
    assert_eq!(open.map(|o| o.purpose), Some(Purpose::Invite));
    assert!(
        store
            .open_invitation_of(pending, NOW + 100)
            .await
            .expect("open")
            .is_none(),
        "expired by then"
    );
    // A new invitation replaces the old one.
    assert!(store
        .reissue_invitation(pending, invitation("p2", NOW + 100), NOW)
        .await
        .expect("reissue"));
    assert!(store
        .find_invitation("token:p1")
        .await
        .expect("find")
        .is_some_and(|i| i.used));
    assert!(!store
        .find_invitation("token:p2")
        .await
        .expect("find")
        .is_some_and(|i| i.used));
    // No password code for an account that does not exist yet.
    assert!(!store
        .issue_reset(pending, invitation("r0", NOW + 100), NOW)
        .await
        .expect("reset"));
    // Withdrawn: the pending account goes, with its invitations.
    assert!(store.withdraw_invitation(pending).await.expect("withdraw"));
    assert!(accounts.find_user(pending).await.expect("find").is_none());
    assert!(store
        .find_invitation("token:p2")
        .await
        .expect("find")
        .is_none());

    let active = accounts
        .upsert_account(
            person("Active", Role::Participant, None),
            "active",
            "old",
            NOW,
        )
        .await
        .expect("active");
    assert!(
        !store.withdraw_invitation(active).await.expect("withdraw"),
        "an account stays"
    );
    assert!(!store
        .reissue_invitation(active, invitation("x", NOW + 100), NOW)
        .await
        .expect("reissue"));
    accounts
        .record_sign_in(active, NOW + 7)
        .await
        .expect("note");
    let before = accounts
        .find_user(active)
        .await
        .expect("find")
        .expect("exists");
    assert_eq!(before.last_sign_in_at, Some(NOW + 7));
    assert!(store
        .issue_reset(active, invitation("r1", NOW + 100), NOW)
        .await
        .expect("reset"));
    assert!(store
        .issue_reset(active, invitation("r2", NOW + 100), NOW)
        .await
        .expect("reset again"));
    let found = store
        .find_invitation("code:r2")
        .await
        .expect("find")
        .expect("r2");
    assert_eq!(
        (found.purpose, found.login.as_deref()),
        (Purpose::Reset, Some("active"))
    );
    // A reset code does not make accounts; the older code stopped working.
    let misuse = store
        .accept_invitation("token:r2", "someone", "h", NOW + 1)
        .await
        .expect("accept");
    assert!(matches!(misuse, Err(AcceptRefusal::InvitationInvalid)));
    let old = store
        .accept_reset("token:r1", "new", NOW + 1)
        .await
        .expect("reset");
    assert!(matches!(old, Err(AcceptRefusal::InvitationInvalid)));
    let user = store
        .accept_reset("token:r2", "new", NOW + 1)
        .await
        .expect("reset")
        .expect("done");
    assert_eq!(user.password_hash.as_deref(), Some("new"));
    assert!(
        user.session_epoch > before.session_epoch,
        "old sessions end"
    );
    let again = store
        .accept_reset("code:r2", "newer", NOW + 2)
        .await
        .expect("reset");
    assert!(
        matches!(again, Err(AcceptRefusal::InvitationInvalid)),
        "once only"
    );
}

#[tokio::test]
async fn sqlite_keeps_the_accounts_contract() {
    let (store, _dir) = sqlite().await;
    accounts_contract(store).await;
}

#[tokio::test]
async fn postgres_keeps_the_accounts_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    accounts_contract(store).await;
}

#[tokio::test]
async fn sqlite_keeps_the_account_care_contract() {
    let (store, _dir) = sqlite().await;
    account_care_contract(store.clone(), store).await;
}

#[tokio::test]
async fn postgres_keeps_the_account_care_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    account_care_contract(store.clone(), store).await;
}
