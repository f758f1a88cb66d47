//! The contract of the store of language-practice goals: what every implementation must do.
use super::*;

pub async fn goals_contract(store: Arc<dyn GoalStore>, accounts: Arc<dyn AccountStore>) {
    let amal = account(&*accounts, "Amal", "amal", Role::Participant, None).await;
    let bo = account(&*accounts, "Bo", "bo", Role::Participant, None).await;
    let fields = goal_fields();
    let id = store
        .create_goal(amal, &fields, "2026-12-07", 2, NOW)
        .await
        .expect("create")
        .expect("created");
    store
        .create_goal(amal, &fields, "2026-12-07", 2, NOW)
        .await
        .expect("second")
        .expect("created");
    assert_eq!(
        store
            .create_goal(amal, &fields, "2026-12-07", 2, NOW)
            .await
            .expect("third"),
        None,
        "at most two going on here"
    );
    // One entry a day; a second sending adds what the first lacked.
    let entry = |note: &str, minutes| PracticeEntry {
        day: "2026-12-07".into(),
        minutes,
        note: note.into(),
        logged_at: NOW,
    };
    assert!(store
        .log_practice(id, amal, &entry("Kassan", None), NOW)
        .await
        .expect("log"));
    assert!(store
        .log_practice(id, amal, &entry("", Some(15)), NOW)
        .await
        .expect("again"));
    assert_eq!(
        store.practice(id).await.expect("practice"),
        [entry("Kassan", Some(15))]
    );
    // Someone else's goal takes nothing.
    assert!(!store
        .log_practice(id, bo, &entry("x", None), NOW)
        .await
        .expect("bo"));
    assert!(!store.update_goal(id, bo, &fields).await.expect("bo edits"));
    assert!(!store
        .pause_goal(id, bo, "2026-12-07", PauseReason::Ill)
        .await
        .expect("bo"));
    // Paused and taken up twice on one day: one empty pause, nothing frozen.
    for _ in 0..2 {
        assert!(store
            .pause_goal(id, amal, "2026-12-08", PauseReason::Ill)
            .await
            .expect("pause"));
        assert!(!store
            .pause_goal(id, amal, "2026-12-08", PauseReason::Ill)
            .await
            .expect("twice"));
        assert!(store
            .resume_goal(id, amal, "2026-12-08")
            .await
            .expect("resume"));
    }
    let pauses = store.pauses(id).await.expect("pauses");
    assert_eq!(pauses.len(), 1);
    assert_eq!(
        (pauses[0].from.as_str(), pauses[0].to.as_deref()),
        ("2026-12-08", Some("2026-12-08"))
    );
    // Reached: the day is kept, and it is no longer changed.
    assert!(store
        .end_goal(id, amal, GoalStatus::Done, "2026-12-09")
        .await
        .expect("done"));
    let goal = store.find_goal(id).await.expect("find").expect("kept");
    assert_eq!(
        (goal.status, goal.ended_day.as_deref()),
        (GoalStatus::Done, Some("2026-12-09"))
    );
    assert!(!store.update_goal(id, amal, &fields).await.expect("ended"));
    assert_eq!(store.goals(amal).await.expect("goals").len(), 2);
    assert!(store.goals(bo).await.expect("goals").is_empty());
}

#[tokio::test]
async fn sqlite_keeps_the_goals_contract() {
    let (store, _dir) = sqlite().await;
    goals_contract(store.clone(), store).await;
}

#[tokio::test]
async fn postgres_keeps_the_goals_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    goals_contract(store.clone(), store).await;
}
