//! Workshops and drop-in windows: seats (counted by triggers, capped by a CHECK) and the
//! drop-in queue (ordered by the id each entry gets under the write lock).
use super::{booking, clashes, err, BookingRow, Store, BOOKING_SELECT};
use app::booking::group::store::{
    CreateGroupOutcome, GroupRecord, GroupStore, NewGroup, NewSeat, QueuePlace, QueueRecord,
    SeatOutcome,
};
use app::booking::group::GroupKind;
use app::booking::store::BookingRecord;
use app::ssr::store::{BookingId, GroupId, StoreError, UserId};
use async_trait::async_trait;

type GroupRow = (
    i64,
    i64,
    String,
    String,
    i64,
    i64,
    String,
    Option<i64>,
    i64,
    i64,
    Option<i64>,
    String,
);

const GROUP_SELECT: &str =
    "SELECT g.id, g.coach_id, g.kind, g.title, g.starts_at, g.ends_at, g.place, g.seats, g.taken,
        (SELECT COUNT(*) FROM queue_entries q WHERE q.session_id = g.id AND q.status = 'waiting'),
        g.cancelled_at, g.cancel_reason
     FROM group_sessions g";

fn group(row: GroupRow) -> Result<GroupRecord, StoreError> {
    let (
        id,
        coach,
        kind,
        title,
        starts_at,
        ends_at,
        place,
        seats,
        taken,
        waiting,
        cancelled,
        reason,
    ) = row;
    let count = |n: i64| u32::try_from(n).map_err(err);
    Ok(GroupRecord {
        id: GroupId::new(id),
        coach_id: UserId::new(coach),
        kind: GroupKind::parse(&kind).ok_or_else(|| err("unknown group kind"))?,
        title,
        starts_at,
        ends_at,
        place,
        seats: seats.map(count).transpose()?,
        taken: count(taken)?,
        waiting: count(waiting)?,
        cancelled: cancelled.is_some(),
        cancel_reason: reason,
    })
}

#[async_trait]
impl GroupStore for Store {
    async fn create_group(&self, g: NewGroup, now: i64) -> Result<CreateGroupOutcome, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        if clashes(&mut tx, g.coach, g.starts_at, g.ends_at, g.buffer, None).await? > 0 {
            return Ok(CreateGroupOutcome::Clashes);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO group_sessions (coach_id, kind, title, starts_at, ends_at, place, seats, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(g.coach.get())
        .bind(g.kind.code())
        .bind(&g.title)
        .bind(g.starts_at)
        .bind(g.ends_at)
        .bind(&g.place)
        .bind(g.seats.map(i64::from))
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(err)?;
        tx.commit().await.map_err(err)?;
        Ok(CreateGroupOutcome::Created(GroupId::new(id)))
    }

    async fn coach_groups(&self, coach: UserId, from: i64) -> Result<Vec<GroupRecord>, StoreError> {
        let rows: Vec<GroupRow> = sqlx::query_as(&format!(
            "{GROUP_SELECT} WHERE g.coach_id = $1 AND g.ends_at > $2 ORDER BY g.starts_at, g.id"
        ))
        .bind(coach.get())
        .bind(from)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        rows.into_iter().map(group).collect()
    }

    async fn find_group(&self, id: GroupId) -> Result<Option<GroupRecord>, StoreError> {
        let row: Option<GroupRow> = sqlx::query_as(&format!("{GROUP_SELECT} WHERE g.id = $1"))
            .bind(id.get())
            .fetch_optional(&self.pool)
            .await
            .map_err(err)?;
        row.map(group).transpose()
    }

    async fn cancel_group(
        &self,
        id: GroupId,
        coach: UserId,
        reason: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE group_sessions SET cancelled_at = $1, cancel_reason = $2
             WHERE id = $3 AND coach_id = $4 AND cancelled_at IS NULL
               AND CASE kind WHEN 'workshop' THEN starts_at ELSE ends_at END > $1",
        )
        .bind(now)
        .bind(reason)
        .bind(id.get())
        .bind(coach.get())
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query(
            "UPDATE bookings SET status = 'cancelled', cancelled_at = $1, cancelled_by = $2,
                cancel_reason = $3, sequence = sequence + 1
             WHERE session_id = $4 AND status = 'active'",
        )
        .bind(now)
        .bind(coach.get())
        .bind(reason)
        .bind(id.get())
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        sqlx::query(
            "UPDATE queue_entries SET status = 'left', ended_at = $1
             WHERE session_id = $2 AND status IN ('waiting', 'called')",
        )
        .bind(now)
        .bind(id.get())
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }

    async fn book_seat(&self, s: NewSeat, now: i64) -> Result<SeatOutcome, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let open: Option<(i64, i64, i64)> = sqlx::query_as(
            "SELECT coach_id, starts_at, ends_at FROM group_sessions
             WHERE id = $1 AND kind = 'workshop' AND cancelled_at IS NULL AND starts_at > $2",
        )
        .bind(s.group.get())
        .bind(now)
        .fetch_optional(&mut *tx)
        .await
        .map_err(err)?;
        let Some((coach, starts_at, ends_at)) = open else {
            return Ok(SeatOutcome::Closed);
        };
        // One seat a person: this form sent again, or an earlier booking, finds it.
        let seat: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM bookings WHERE session_id = $1 AND participant_id = $2 AND status = 'active'",
        )
        .bind(s.group.get())
        .bind(s.participant.get())
        .fetch_optional(&mut *tx)
        .await
        .map_err(err)?;
        if let Some(id) = seat {
            return Ok(SeatOutcome::AlreadyBooked(BookingId::new(id)));
        }
        let held: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM bookings WHERE participant_id = $1 AND status = 'active' AND ends_at > $2",
        )
        .bind(s.participant.get())
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(err)?;
        if held >= s.max_future as i64 {
            return Ok(SeatOutcome::TooMany);
        }
        let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
            "INSERT INTO bookings (coach_id, participant_id, starts_at, ends_at, interpreter, needs,
                idempotency_key, created_at, session_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(coach)
        .bind(s.participant.get())
        .bind(starts_at)
        .bind(ends_at)
        .bind(&s.interpreter)
        .bind(&s.needs)
        .bind(&s.key)
        .bind(now)
        .bind(s.group.get())
        .fetch_one(&mut *tx)
        .await;
        match inserted {
            Ok(id) => {
                tx.commit().await.map_err(err)?;
                Ok(SeatOutcome::Booked(BookingId::new(id)))
            }
            // The seat counter's CHECK: every seat is taken.
            Err(sqlx::Error::Database(e)) if e.kind() == sqlx::error::ErrorKind::CheckViolation => {
                Ok(SeatOutcome::Full)
            }
            Err(e) => Err(err(e)),
        }
    }

    async fn group_seats(&self, id: GroupId) -> Result<Vec<BookingRecord>, StoreError> {
        let rows: Vec<BookingRow> = sqlx::query_as(&format!(
            "{BOOKING_SELECT} WHERE b.session_id = $1 AND b.status = 'active' ORDER BY b.id"
        ))
        .bind(id.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows.into_iter().map(booking).collect())
    }

    async fn join_queue(
        &self,
        id: GroupId,
        participant: UserId,
        now: i64,
    ) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        // Only an open window: a cancellation or the end that came first wins.
        let joined = sqlx::query(
            "INSERT INTO queue_entries (session_id, participant_id, joined_at)
             SELECT id, $2, $3 FROM group_sessions
             WHERE id = $1 AND kind = 'dropin' AND cancelled_at IS NULL AND ends_at > $3",
        )
        .bind(id.get())
        .bind(participant.get())
        .bind(now)
        .execute(&mut *tx)
        .await;
        match joined {
            Ok(done) => {
                tx.commit().await.map_err(err)?;
                Ok(done.rows_affected() == 1)
            }
            // Already in the queue (a double tap): the place is kept.
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(false),
            Err(e) => Err(err(e)),
        }
    }

    async fn leave_queue(
        &self,
        id: GroupId,
        participant: UserId,
        now: i64,
    ) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE queue_entries SET status = 'left', ended_at = $1
             WHERE session_id = $2 AND participant_id = $3 AND status IN ('waiting', 'called')",
        )
        .bind(now)
        .bind(id.get())
        .bind(participant.get())
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        tx.commit().await.map_err(err)?;
        Ok(done.rows_affected() > 0)
    }

    async fn queue(&self, id: GroupId) -> Result<Vec<QueueRecord>, StoreError> {
        let rows: Vec<(i64, String, i64, String)> = sqlx::query_as(
            "SELECT q.participant_id, u.display_name, q.joined_at, q.status
             FROM queue_entries q JOIN users u ON u.id = q.participant_id
             WHERE q.session_id = $1 AND q.status IN ('waiting', 'called')
             ORDER BY q.status = 'waiting', q.id",
        )
        .bind(id.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows
            .into_iter()
            .map(|(participant, name, joined_at, status)| QueueRecord {
                participant_id: UserId::new(participant),
                participant_name: name,
                joined_at,
                called: status == "called",
            })
            .collect())
    }

    async fn queue_place(
        &self,
        id: GroupId,
        participant: UserId,
    ) -> Result<QueuePlace, StoreError> {
        let mine: Option<(i64, String)> = sqlx::query_as(
            "SELECT id, status FROM queue_entries
             WHERE session_id = $1 AND participant_id = $2 AND status IN ('waiting', 'called')",
        )
        .bind(id.get())
        .bind(participant.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(err)?;
        let Some((entry, status)) = mine else {
            // Served today, and not back in the queue since.
            let served: Option<String> = sqlx::query_scalar(
                "SELECT status FROM queue_entries WHERE session_id = $1 AND participant_id = $2
                 ORDER BY id DESC LIMIT 1",
            )
            .bind(id.get())
            .bind(participant.get())
            .fetch_optional(&self.pool)
            .await
            .map_err(err)?;
            return Ok(if served.as_deref() == Some("done") {
                QueuePlace::Done
            } else {
                QueuePlace::NotInQueue
            });
        };
        if status == "called" {
            return Ok(QueuePlace::Called);
        }
        let place: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM queue_entries WHERE session_id = $1 AND status = 'waiting' AND id <= $2",
        )
        .bind(id.get())
        .bind(entry)
        .fetch_one(&self.pool)
        .await
        .map_err(err)?;
        Ok(QueuePlace::Waiting(u32::try_from(place).map_err(err)?))
    }

    async fn call_next(
        &self,
        id: GroupId,
        current: Option<UserId>,
        now: i64,
    ) -> Result<Option<UserId>, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let called: Option<i64> = sqlx::query_scalar(
            "SELECT participant_id FROM queue_entries WHERE session_id = $1 AND status = 'called'",
        )
        .bind(id.get())
        .fetch_optional(&mut *tx)
        .await
        .map_err(err)?;
        let called = called.map(UserId::new);
        if called != current {
            // Someone already moved the queue on (a second tap, another device).
            return Ok(called);
        }
        sqlx::query(
            "UPDATE queue_entries SET status = 'done', ended_at = $1 WHERE session_id = $2 AND status = 'called'",
        )
        .bind(now)
        .bind(id.get())
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        let next: Option<(i64, i64)> = sqlx::query_as(
            "SELECT id, participant_id FROM queue_entries
             WHERE session_id = $1 AND status = 'waiting' ORDER BY id LIMIT 1",
        )
        .bind(id.get())
        .fetch_optional(&mut *tx)
        .await
        .map_err(err)?;
        if let Some((entry, _)) = next {
            sqlx::query("UPDATE queue_entries SET status = 'called', called_at = $1 WHERE id = $2")
                .bind(now)
                .bind(entry)
                .execute(&mut *tx)
                .await
                .map_err(err)?;
        }
        tx.commit().await.map_err(err)?;
        Ok(next.map(|(_, participant)| UserId::new(participant)))
    }
}
