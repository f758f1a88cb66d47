//! Coaches' calendar feeds: the hash of each secret, and the meetings a feed lists.
use super::*;
use app::booking::feed::store::{FeedRecord, FeedStore};
use app::i18n::Locale;

fn locale(code: &str) -> Result<Locale, StoreError> {
    Locale::from_code(code).ok_or_else(|| err(format!("unknown locale {code}")))
}

#[async_trait]
impl FeedStore for Store {
    async fn feed(&self, coach: UserId) -> Result<Option<FeedRecord>, StoreError> {
        let row: Option<(String, i64, Option<i64>, i64)> = sqlx::query_as(
            "SELECT locale, created_at, read_at, reads FROM calendar_feeds WHERE coach_id = $1",
        )
        .bind(coach.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(err)?;
        row.map(|(code, created_at, read_at, reads)| {
            Ok(FeedRecord {
                locale: locale(&code)?,
                created_at,
                read_at,
                reads,
            })
        })
        .transpose()
    }

    async fn set_feed(
        &self,
        coach: UserId,
        token_hash: &str,
        locale: Locale,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO calendar_feeds (coach_id, token_hash, locale, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (coach_id) DO UPDATE SET token_hash = excluded.token_hash,
                 locale = excluded.locale, created_at = excluded.created_at, read_at = NULL, reads = 0",
        )
        .bind(coach.get())
        .bind(token_hash)
        .bind(locale.code())
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(err)?;
        Ok(())
    }

    async fn revoke_feed(&self, coach: UserId) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM calendar_feeds WHERE coach_id = $1")
            .bind(coach.get())
            .execute(&self.pool)
            .await
            .map_err(err)?;
        Ok(done.rows_affected() > 0)
    }

    async fn read_feed(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<(UserId, Locale)>, StoreError> {
        // Counted and checked in one statement: a closed account's feed answers nothing.
        let row: Option<(i64, String)> = sqlx::query_as(
            "UPDATE calendar_feeds SET read_at = $2, reads = reads + 1
             WHERE token_hash = $1 AND coach_id IN (
                 SELECT id FROM users WHERE role = 'coach' AND deactivated_at IS NULL)
             RETURNING coach_id, locale",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(err)?;
        row.map(|(coach, code)| Ok((UserId::new(coach), locale(&code)?)))
            .transpose()
    }

    async fn feed_bookings(
        &self,
        coach: UserId,
        from: i64,
    ) -> Result<Vec<BookingRecord>, StoreError> {
        let rows: Vec<BookingRow> = sqlx::query_as(&format!(
            "{BOOKING_SELECT} WHERE b.coach_id = $1 AND b.session_id IS NULL AND b.ends_at > $2
             ORDER BY b.starts_at, b.id"
        ))
        .bind(coach.get())
        .bind(from)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows.into_iter().map(booking).collect())
    }
}
