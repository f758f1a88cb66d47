//! The career profile's parts, one JSON document each, saved by compare-and-set.
use super::{err, SqliteStore};
use app::ssr::store::{ProfilePart, ProfileRecord, ProfileStore, StoreError, UserId};
use async_trait::async_trait;

#[async_trait]
impl ProfileStore for SqliteStore {
    async fn profile_part(
        &self,
        owner: UserId,
        part: ProfilePart,
    ) -> Result<Option<ProfileRecord>, StoreError> {
        let row: Option<(String, i64)> = sqlx::query_as(
            "SELECT document, revision FROM profile_parts WHERE owner_id = ? AND part = ?",
        )
        .bind(owner.get())
        .bind(part.code())
        .fetch_optional(&self.pool)
        .await
        .map_err(err)?;
        Ok(row.map(|(document, revision)| ProfileRecord { document, revision }))
    }

    async fn save_profile_part(
        &self,
        owner: UserId,
        part: ProfilePart,
        revision: i64,
        document: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        // One statement each way, so each is an atomic compare-and-set: two first saves
        // meet the primary key, two later ones the revision.
        let done = if revision == 0 {
            sqlx::query(
                "INSERT INTO profile_parts (owner_id, part, document, revision, updated_at)
                 VALUES (?, ?, ?, 1, ?) ON CONFLICT (owner_id, part) DO NOTHING",
            )
            .bind(owner.get())
            .bind(part.code())
            .bind(document)
            .bind(now)
            .execute(&self.pool)
            .await
        } else {
            sqlx::query(
                "UPDATE profile_parts SET document = ?, revision = revision + 1, updated_at = ?
                 WHERE owner_id = ? AND part = ? AND revision = ?",
            )
            .bind(document)
            .bind(now)
            .bind(owner.get())
            .bind(part.code())
            .bind(revision)
            .execute(&self.pool)
            .await
        }
        .map_err(err)?;
        Ok(done.rows_affected() == 1)
    }
}
