//! Failed sign-in and invitation-code attempts, for a deployment of several instances: the
//! throttle's counts in the database, so a limit holds whichever instance is asked. Keys
//! arrive hashed with the deployment's key (no login or address is stored), and rows live
//! for the throttle's window only.
use super::{err, Store};
use app::ssr::store::StoreError;
use app::ssr::throttle::{AttemptStore, SharedKey};
use async_trait::async_trait;

#[async_trait]
impl AttemptStore for Store {
    async fn count_attempt(
        &self,
        keys: &[SharedKey],
        now_ms: i64,
        window_ms: i64,
    ) -> Result<Option<i64>, StoreError> {
        let since = now_ms - window_ms;
        let (_writer, mut tx) = self.begin_write().await?;
        let mut refused: Option<i64> = None;
        for k in keys {
            sqlx::query("DELETE FROM failed_attempts WHERE key = $1 AND at <= $2")
                .bind(&k.key)
                .bind(since)
                .execute(&mut *tx)
                .await
                .map_err(err)?;
            // The limit-th newest attempt in the window: while it is there, the key is
            // used up, until it expires.
            let nth: Option<i64> = sqlx::query_scalar(
                "SELECT at FROM failed_attempts WHERE key = $1 AND at > $2
                 ORDER BY at DESC, id DESC LIMIT 1 OFFSET $3",
            )
            .bind(&k.key)
            .bind(since)
            .bind((k.limit - 1).max(0))
            .fetch_optional(&mut *tx)
            .await
            .map_err(err)?;
            if let Some(oldest) = nth {
                let wait = window_ms - (now_ms - oldest);
                refused = Some(refused.map_or(wait, |w| w.max(wait)));
            }
        }
        if refused.is_none() {
            for k in keys {
                sqlx::query("INSERT INTO failed_attempts (key, at) VALUES ($1, $2)")
                    .bind(&k.key)
                    .bind(now_ms)
                    .execute(&mut *tx)
                    .await
                    .map_err(err)?;
            }
        }
        tx.commit().await.map_err(err)?;
        Ok(refused)
    }

    async fn forgive_attempt(&self, keys: &[SharedKey], at_ms: i64) -> Result<(), StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        for k in keys {
            if k.whole {
                sqlx::query("DELETE FROM failed_attempts WHERE key = $1")
                    .bind(&k.key)
                    .execute(&mut *tx)
                    .await
            } else {
                sqlx::query(
                    "DELETE FROM failed_attempts WHERE id IN (SELECT id FROM failed_attempts
                     WHERE key = $1 AND at = $2 ORDER BY id DESC LIMIT 1)",
                )
                .bind(&k.key)
                .bind(at_ms)
                .execute(&mut *tx)
                .await
            }
            .map_err(err)?;
        }
        tx.commit().await.map_err(err)?;
        Ok(())
    }

    async fn forget_attempts(&self, before_ms: i64) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM failed_attempts WHERE at <= $1")
            .bind(before_ms)
            .execute(&self.pool)
            .await
            .map_err(err)?;
        Ok(done.rows_affected())
    }
}
