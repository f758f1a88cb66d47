//! The contract of the store of the career profile's parts: what every implementation must do.
use super::*;

/// A profile part is saved by compare-and-set; the strengths and languages keep every
/// saved version, the notes on earlier jobs none.
pub async fn profile_contract(store: Arc<dyn ProfileStore>, accounts: Arc<dyn AccountStore>) {
    let amal = account(&*accounts, "Amal", "amal", Role::Participant, None).await;
    let save = |part, revision, doc: &'static str, at| {
        let store = store.clone();
        async move {
            store
                .save_profile_part(amal, part, revision, doc, at)
                .await
                .expect("save")
        }
    };
    assert!(save(ProfilePart::Strengths, 0, "{\"v\":1}", NOW).await);
    assert!(
        !save(ProfilePart::Strengths, 0, "{\"v\":9}", NOW).await,
        "taken"
    );
    assert!(save(ProfilePart::Strengths, 1, "{\"v\":2}", NOW + 10).await);
    assert!(
        !save(ProfilePart::Strengths, 1, "{\"v\":9}", NOW + 11).await,
        "stale"
    );
    assert!(save(ProfilePart::Strengths, 2, "{\"v\":3}", NOW + 20).await);
    assert!(save(ProfilePart::History, 0, "{\"notes\":[]}", NOW).await);
    assert!(save(ProfilePart::History, 1, "{\"notes\":[1]}", NOW + 5).await);
    let part = store
        .profile_part(amal, ProfilePart::Strengths)
        .await
        .expect("part")
        .expect("saved");
    assert_eq!((part.document.as_str(), part.revision), ("{\"v\":3}", 3));
    // Since NOW + 15: the version in force then, and the one after.
    let since = store
        .profile_revisions(amal, ProfilePart::Strengths, NOW + 15)
        .await
        .expect("revisions");
    let got: Vec<_> = since
        .iter()
        .map(|r| (r.revision, r.document.as_str(), r.saved_at))
        .collect();
    assert_eq!(
        got,
        [(2, "{\"v\":2}", NOW + 10), (3, "{\"v\":3}", NOW + 20)]
    );
    // Before the first save: every version, and nothing in force before them.
    let all = store
        .profile_revisions(amal, ProfilePart::Strengths, NOW - 1)
        .await
        .expect("revisions");
    assert_eq!(all.len(), 3);
    assert!(store
        .profile_revisions(amal, ProfilePart::History, NOW - 1)
        .await
        .expect("none")
        .is_empty());
    assert!(store
        .profile_revisions(amal, ProfilePart::Languages, NOW)
        .await
        .expect("none")
        .is_empty());
}

#[tokio::test]
async fn sqlite_keeps_the_profile_contract() {
    let (store, _dir) = sqlite().await;
    profile_contract(store.clone(), store).await;
}

#[tokio::test]
async fn postgres_keeps_the_profile_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    profile_contract(store.clone(), store).await;
}

/// A database from before the notes had their own part: they move out of the strengths
/// into a part of their own, and what was stored becomes the first kept version.
#[tokio::test]
async fn the_notes_move_out_of_the_strengths_when_the_schema_is_brought_up_to_date() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}/old.db", dir.path().display());
    {
        use sqlx::sqlite::SqliteConnectOptions;
        use std::str::FromStr;
        let options = SqliteConnectOptions::from_str(&url)
            .expect("url")
            .create_if_missing(true);
        let pool = sqlx::SqlitePool::connect_with(options).await.expect("pool");
        let mut migrator = sqlx::migrate::Migrator::new(std::path::Path::new("migrations/sqlite"))
            .await
            .expect("migrations");
        let before: Vec<_> = migrator
            .migrations
            .iter()
            .filter(|m| m.version <= 9)
            .cloned()
            .collect();
        migrator.migrations = before.into();
        migrator.run(&pool).await.expect("old schema");
        sqlx::query(
            "INSERT INTO users (id, display_name, role, created_at) VALUES (1, 'Amal', 'participant', 0)",
        )
        .execute(&pool)
        .await
        .expect("user");
        sqlx::query(
            "INSERT INTO profile_parts (owner_id, part, document, revision, updated_at) VALUES
             (1, 'strengths', '{\"interests\":[\"Fotboll\"],\"history\":[{\"job\":\"Diskare\",\"why_ended\":\"Stängde\"}]}', 4, 100)",
        )
        .execute(&pool)
        .await
        .expect("strengths");
        pool.close().await;
    }
    let store = SqliteStore::new(connect(&url).await.expect("migrated"));
    let amal = UserId::new(1);
    let strengths = store
        .profile_part(amal, ProfilePart::Strengths)
        .await
        .expect("read")
        .expect("strengths");
    let doc: serde_json::Value = serde_json::from_str(&strengths.document).expect("json");
    assert_eq!(doc["interests"][0], "Fotboll");
    assert!(doc.get("history").is_none(), "{doc}");
    assert_eq!(strengths.revision, 4);
    let notes = store
        .profile_part(amal, ProfilePart::History)
        .await
        .expect("read")
        .expect("notes");
    let doc: serde_json::Value = serde_json::from_str(&notes.document).expect("json");
    assert_eq!(doc["notes"][0]["job"], "Diskare");
    // Kept as older than any meeting: the start of "since the last meeting", not news.
    let kept = store
        .profile_revisions(amal, ProfilePart::Strengths, 1)
        .await
        .expect("revisions");
    assert_eq!(kept.len(), 1);
    assert_eq!((kept[0].revision, kept[0].saved_at), (4, 0));
}
