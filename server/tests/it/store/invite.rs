//! The contract of the store of invitations: what every implementation must do.
use super::*;

pub async fn invitations_contract(
    store: Arc<dyn InvitationStore>,
    accounts: Arc<dyn AccountStore>,
) {
    let id = store
        .create_invited_person(
            person("Bilal", Role::Participant, None),
            invitation("b", NOW + 100),
            NOW,
        )
        .await
        .expect("invited");
    let pending = accounts.find_user(id).await.expect("find").expect("exists");
    assert!(pending.login.is_none(), "no login before acceptance");
    let found = store
        .find_invitation("code:b")
        .await
        .expect("find")
        .expect("by code");
    assert_eq!((found.user_id, found.used), (id, false));
    assert!(store
        .find_invitation("token:b")
        .await
        .expect("find")
        .is_some());
    // Expired by `now`: refused.
    let late = store
        .accept_invitation("token:b", "bilal", "h", NOW + 100)
        .await
        .expect("accept");
    assert!(matches!(late, Err(AcceptRefusal::InvitationInvalid)));
    // A login someone has is refused, and the invitation stays open.
    account(&*accounts, "Other", "taken", Role::Participant, None).await;
    let taken = store
        .accept_invitation("token:b", "TAKEN", "h", NOW + 1)
        .await
        .expect("accept");
    assert!(matches!(taken, Err(AcceptRefusal::LoginTaken)));
    let user = store
        .accept_invitation("code:b", "bilal", "h", NOW + 1)
        .await
        .expect("accept")
        .expect("accepted");
    assert_eq!((user.id, user.login.as_deref()), (id, Some("bilal")));
    // Used up, by either secret.
    let again = store
        .accept_invitation("token:b", "bilal2", "h", NOW + 2)
        .await
        .expect("accept");
    assert!(matches!(again, Err(AcceptRefusal::InvitationInvalid)));
    assert!(store
        .find_invitation("token:b")
        .await
        .expect("find")
        .is_some_and(|i| i.used));
    // The start-up admin invitation is reissued until an admin exists.
    assert!(store
        .reissue_first_admin_invitation("Admin", invitation("a1", NOW + 100), NOW)
        .await
        .expect("first"));
    assert!(store
        .reissue_first_admin_invitation("Admin", invitation("a2", NOW + 100), NOW)
        .await
        .expect("second"));
    assert!(
        store
            .find_invitation("token:a1")
            .await
            .expect("find")
            .is_some_and(|i| i.used),
        "the earlier start-up invitation is withdrawn"
    );
    store
        .accept_invitation("token:a2", "admin", "h", NOW + 1)
        .await
        .expect("accept")
        .expect("admin");
    assert!(!store
        .reissue_first_admin_invitation("Admin", invitation("a3", NOW + 100), NOW)
        .await
        .expect("no more"));
}

#[tokio::test]
async fn sqlite_keeps_the_invitations_contract() {
    let (store, _dir) = sqlite().await;
    invitations_contract(store.clone(), store).await;
}

#[tokio::test]
async fn postgres_keeps_the_invitations_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    invitations_contract(store.clone(), store).await;
}
