//! The career profile's parts, one JSON document each, saved by compare-and-set; the parts
//! that keep versions get each saved one in the same transaction.
use super::{err, Store};
use app::profile::store::{ProfilePart, ProfileRecord, ProfileRevision, ProfileStore};
use app::ssr::store::{StoreError, UserId};
use async_trait::async_trait;

#[async_trait]
impl ProfileStore for Store {
    async fn profile_part(
        &self,
        owner: UserId,
        part: ProfilePart,
    ) -> Result<Option<ProfileRecord>, StoreError> {
        let row: Option<(String, i64)> = sqlx::query_as(
            "SELECT document, revision FROM profile_parts WHERE owner_id = $1 AND part = $2",
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
        let (_writer, mut tx) = self.begin_write().await?;
        // One statement each way, so each is an atomic compare-and-set: two first saves
        // meet the primary key, two later ones the revision.
        let done = if revision == 0 {
            sqlx::query(
                "INSERT INTO profile_parts (owner_id, part, document, revision, updated_at)
                 VALUES ($1, $2, $3, 1, $4) ON CONFLICT (owner_id, part) DO NOTHING",
            )
            .bind(owner.get())
            .bind(part.code())
            .bind(document)
            .bind(now)
            .execute(&mut *tx)
            .await
        } else {
            sqlx::query(
                "UPDATE profile_parts SET document = $1, revision = revision + 1, updated_at = $2
                 WHERE owner_id = $3 AND part = $4 AND revision = $5",
            )
            .bind(document)
            .bind(now)
            .bind(owner.get())
            .bind(part.code())
            .bind(revision)
            .execute(&mut *tx)
            .await
        }
        .map_err(err)?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        if part.keeps_revisions() {
            sqlx::query(
                "INSERT INTO profile_revisions (owner_id, part, revision, document, saved_at)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(owner.get())
            .bind(part.code())
            .bind(revision + 1)
            .bind(document)
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        }
        tx.commit().await.map_err(err)?;
        Ok(true)
    }

    async fn profile_revisions(
        &self,
        owner: UserId,
        part: ProfilePart,
        since: i64,
    ) -> Result<Vec<ProfileRevision>, StoreError> {
        let rows: Vec<(i64, String, i64)> = sqlx::query_as(
            "SELECT revision, document, saved_at FROM profile_revisions
             WHERE owner_id = $1 AND part = $2 AND (saved_at > $3 OR revision = (
                SELECT MAX(revision) FROM profile_revisions
                WHERE owner_id = $4 AND part = $5 AND saved_at <= $6))
             ORDER BY revision",
        )
        .bind(owner.get())
        .bind(part.code())
        .bind(since)
        .bind(owner.get())
        .bind(part.code())
        .bind(since)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows
            .into_iter()
            .map(|(revision, document, saved_at)| ProfileRevision {
                revision,
                document,
                saved_at,
            })
            .collect())
    }
}
