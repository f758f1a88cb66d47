//! CVs: each participant's versions, stored whole, one of them the main one.
use super::*;

pub(super) const CV_COLUMNS: &str = "id, owner_id, is_main, document, updated_at, revision";

#[async_trait]
impl CvStore for Store {
    async fn list_cvs(&self, owner: UserId) -> Result<Vec<CvRecord>, StoreError> {
        let rows: Vec<CvRow> = sqlx::query_as(&format!(
            "SELECT {CV_COLUMNS} FROM cvs WHERE owner_id = $1 ORDER BY is_main DESC, updated_at DESC, id DESC"
        ))
        .bind(owner.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows.into_iter().map(cv).collect())
    }

    async fn find_cv(&self, id: CvId) -> Result<Option<CvRecord>, StoreError> {
        let row: Option<CvRow> =
            sqlx::query_as(&format!("SELECT {CV_COLUMNS} FROM cvs WHERE id = $1"))
                .bind(id.get())
                .fetch_optional(&self.pool)
                .await
                .map_err(err)?;
        Ok(row.map(cv))
    }

    async fn create_cv(
        &self,
        owner: UserId,
        document: &str,
        now: i64,
        max: usize,
    ) -> Result<Option<CvId>, StoreError> {
        // Counted and inserted in one write transaction: parallel posts cannot pass the
        // count together.
        let (_writer, mut tx) = self.begin_write().await?;
        let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cvs WHERE owner_id = $1")
            .bind(owner.get())
            .fetch_one(&mut *tx)
            .await
            .map_err(err)?;
        if existing >= max as i64 {
            return Ok(None);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO cvs (owner_id, is_main, document, created_at, updated_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(owner.get())
        .bind(existing == 0)
        .bind(document)
        .bind(now)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(err)?;
        tx.commit().await.map_err(err)?;
        Ok(Some(CvId::new(id)))
    }

    async fn update_cv(
        &self,
        id: CvId,
        owner: UserId,
        revision: i64,
        document: &str,
        now: i64,
    ) -> Result<CvUpdate, StoreError> {
        // One statement, so one atomic compare-and-set on the revision.
        let done = sqlx::query(
            "UPDATE cvs SET document = $1, updated_at = $2, revision = revision + 1
             WHERE id = $3 AND owner_id = $4 AND revision = $5",
        )
        .bind(document)
        .bind(now)
        .bind(id.get())
        .bind(owner.get())
        .bind(revision)
        .execute(&self.pool)
        .await
        .map_err(err)?;
        if done.rows_affected() == 1 {
            return Ok(CvUpdate::Saved(revision + 1));
        }
        let exists: Option<i64> =
            sqlx::query_scalar("SELECT id FROM cvs WHERE id = $1 AND owner_id = $2")
                .bind(id.get())
                .bind(owner.get())
                .fetch_optional(&self.pool)
                .await
                .map_err(err)?;
        Ok(if exists.is_some() {
            CvUpdate::Stale
        } else {
            CvUpdate::NotFound
        })
    }

    async fn set_main_cv(&self, id: CvId, owner: UserId) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let mine: Option<i64> =
            sqlx::query_scalar("SELECT id FROM cvs WHERE id = $1 AND owner_id = $2")
                .bind(id.get())
                .bind(owner.get())
                .fetch_optional(&mut *tx)
                .await
                .map_err(err)?;
        if mine.is_none() {
            return Ok(false);
        }
        // Clear first: the unique index allows one main CV per owner at any moment.
        sqlx::query("UPDATE cvs SET is_main = FALSE WHERE owner_id = $1 AND is_main")
            .bind(owner.get())
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        sqlx::query("UPDATE cvs SET is_main = TRUE WHERE id = $1")
            .bind(id.get())
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }

    async fn delete_cv(&self, id: CvId, owner: UserId, now: i64) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        // A share of just this CV ends with it: the consent history says so (with the
        // wording version the participant last consented under).
        sqlx::query(
            "INSERT INTO consent_events (participant_id, coach_id, part, cv_id, cv_title, ends_at, wording_version, event, at)
             SELECT s.participant_id, s.coach_id, s.part, s.cv_id,
                (SELECT e.cv_title FROM consent_events e WHERE e.participant_id = s.participant_id AND e.cv_id = s.cv_id ORDER BY e.id DESC LIMIT 1),
                s.ends_at,
                COALESCE((SELECT e.wording_version FROM consent_events e WHERE e.participant_id = s.participant_id ORDER BY e.id DESC LIMIT 1), 0),
                'withdrawn', $1
             FROM shares s JOIN cvs c ON c.id = s.cv_id
             WHERE s.cv_id = $2 AND c.owner_id = $3",
        )
        .bind(now)
        .bind(id.get())
        .bind(owner.get())
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        let was_main: Option<bool> =
            sqlx::query_scalar("DELETE FROM cvs WHERE id = $1 AND owner_id = $2 RETURNING is_main")
                .bind(id.get())
                .bind(owner.get())
                .fetch_optional(&mut *tx)
                .await
                .map_err(err)?;
        let Some(was_main) = was_main else {
            return Ok(false);
        };
        if was_main {
            sqlx::query(
                "UPDATE cvs SET is_main = TRUE WHERE id = (SELECT id FROM cvs WHERE owner_id = $1 ORDER BY updated_at DESC, id DESC LIMIT 1)",
            )
            .bind(owner.get())
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        }
        tx.commit().await.map_err(err)?;
        Ok(true)
    }

    async fn claim_draft(
        &self,
        cv: CvId,
        token: &str,
        now: i64,
    ) -> Result<DraftClaim, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        sqlx::query("DELETE FROM cv_drafts WHERE cv_id = $1 AND claimed_at < $2")
            .bind(cv.get())
            .bind(now - DRAFT_KEPT_FOR)
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        let row: Option<DraftRow> = sqlx::query_as(
            "SELECT entry_index, headline, claimed_at FROM cv_drafts WHERE cv_id = $1 AND token = $2",
        )
        .bind(cv.get())
        .bind(token)
        .fetch_optional(&mut *tx)
        .await
        .map_err(err)?;
        let claim = match row {
            Some((Some(index), headline, _)) => {
                DraftClaim::Saved(usize::try_from(index).map_err(err)?, headline)
            }
            Some((None, _, claimed_at)) if claimed_at > now - DRAFT_HELD_FOR => DraftClaim::Busy,
            _ => {
                // New, or held by a save that never finished: this one is first.
                sqlx::query(
                    "INSERT INTO cv_drafts (cv_id, token, entry_index, headline, claimed_at)
                     VALUES ($1, $2, NULL, '', $3)
                     ON CONFLICT (cv_id, token) DO UPDATE SET claimed_at = excluded.claimed_at",
                )
                .bind(cv.get())
                .bind(token)
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(err)?;
                DraftClaim::First
            }
        };
        tx.commit().await.map_err(err)?;
        Ok(claim)
    }

    async fn keep_draft(
        &self,
        cv: CvId,
        token: &str,
        index: usize,
        headline: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO cv_drafts (cv_id, token, entry_index, headline, claimed_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (cv_id, token) DO UPDATE SET entry_index = excluded.entry_index,
                headline = excluded.headline, claimed_at = excluded.claimed_at",
        )
        .bind(cv.get())
        .bind(token)
        .bind(i64::try_from(index).map_err(err)?)
        .bind(headline)
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(err)?;
        Ok(())
    }

    async fn release_draft(&self, cv: CvId, token: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM cv_drafts WHERE cv_id = $1 AND token = $2")
            .bind(cv.get())
            .bind(token)
            .execute(&self.pool)
            .await
            .map_err(err)?;
        Ok(())
    }
}

/// (entry index, headline, claimed at) of a draft.
type DraftRow = (Option<i64>, String, i64);

pub(super) type CvRow = (i64, i64, bool, String, i64, i64);

pub(super) fn cv((id, owner_id, is_main, document, updated_at, revision): CvRow) -> CvRecord {
    CvRecord {
        id: CvId::new(id),
        owner_id: UserId::new(owner_id),
        is_main,
        document,
        updated_at,
        revision,
    }
}
