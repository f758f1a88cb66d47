//! The contract of the store of the coach's notes: what every implementation must do.
use super::*;

pub async fn notes_contract(store: Arc<dyn NoteStore>, accounts: Arc<dyn AccountStore>) {
    let coach = account(&*accounts, "Anna Berg", "anna", Role::Coach, None).await;
    let amal = account(&*accounts, "Amal", "amal", Role::Participant, Some(coach)).await;
    store
        .add_note(amal, coach, "Ringde.", false, NOW)
        .await
        .expect("note");
    store
        .add_note(amal, coach, "Internt.", true, NOW + 1)
        .await
        .expect("note");
    let all = store.notes(amal, true).await.expect("notes");
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].body, "Internt.", "newest first");
    let visible = store.notes(amal, false).await.expect("notes");
    assert_eq!(visible.len(), 1);
    assert!(!visible[0].internal && visible[0].coach_name == "Anna Berg");

    // Only its author changes or removes a note; the words before are kept in order.
    let other = account(&*accounts, "Berit", "berit", Role::Coach, None).await;
    let id = visible[0].id;
    assert!(!store
        .change_note(id, other, "Kapad.", false, NOW + 2)
        .await
        .expect("change"));
    assert!(!store.remove_note(id, other, NOW + 2).await.expect("remove"));
    assert!(store
        .change_note(id, coach, "Ringde två gånger.", false, NOW + 3)
        .await
        .expect("change"));
    let changed = store.note(id).await.expect("note").expect("kept");
    assert_eq!(
        (changed.body.as_str(), changed.changed_at, changed.at),
        ("Ringde två gånger.", Some(NOW + 3), NOW)
    );
    assert!(store.remove_note(id, coach, NOW + 4).await.expect("remove"));
    assert!(!store.remove_note(id, coach, NOW + 5).await.expect("again"));
    assert!(store.note(id).await.expect("note").is_none());
    assert!(store.notes(amal, false).await.expect("notes").is_empty());
    let history = store.note_changes(amal).await.expect("history");
    let seen: Vec<_> = history
        .iter()
        .map(|c| (c.by, c.at, c.removed, c.body_before.as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            (coach, NOW + 3, false, "Ringde."),
            (coach, NOW + 4, true, "Ringde två gånger."),
        ]
    );
}

#[tokio::test]
async fn sqlite_keeps_the_notes_contract() {
    let (store, _dir) = sqlite().await;
    notes_contract(store.clone(), store).await;
}

#[tokio::test]
async fn postgres_keeps_the_notes_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    notes_contract(store.clone(), store).await;
}
