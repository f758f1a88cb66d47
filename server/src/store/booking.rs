//! Bookings: hours, rules, the partial unique index that settles two bookings of one time.
use super::*;

pub(super) const BOOKING_SELECT: &str =
    "SELECT b.id, b.coach_id, c.display_name AS coach_name, b.participant_id,
        p.display_name AS participant_name, b.starts_at, b.ends_at, b.status, b.help, b.interpreter,
        b.sequence, b.attendance, b.cancel_reason, b.session_id, g.title AS group_title,
        g.place AS group_place, b.needs, b.cancelled_at, b.cancelled_by, b.moved_at, b.moved_by,
        b.moved_from
     FROM bookings b JOIN users c ON c.id = b.coach_id JOIN users p ON p.id = b.participant_id
     LEFT JOIN group_sessions g ON g.id = b.session_id";

/// How many of the coach's individual bookings (all but `except`) or workshops and drop-in
/// windows touch `starts_at..ends_at` with `buffer` seconds kept free around it.
pub(super) async fn clashes(
    tx: &mut Conn,
    coach: UserId,
    starts_at: i64,
    ends_at: i64,
    buffer: i64,
    except: Option<BookingId>,
) -> Result<i64, StoreError> {
    sqlx::query_scalar(
        // `starts_at > $3 - 86400`: a meeting is one slot (at most 255 minutes), so none that
        // began a day earlier can still be going on, and the read of a coach's meetings
        // is an index range around the time instead of the coach's whole history (whose
        // rows lie on as many pages as the organisation is large).
        "SELECT (SELECT COUNT(*) FROM bookings WHERE coach_id = $1 AND status = 'active'
                   AND session_id IS NULL AND id <> $4 AND starts_at < $2 AND $3 < ends_at
                   AND starts_at > $3 - 86400)
              + (SELECT COUNT(*) FROM group_sessions WHERE coach_id = $1 AND cancelled_at IS NULL
                   AND starts_at < $2 AND $3 < ends_at)",
    )
    .bind(coach.get())
    .bind(ends_at + buffer)
    .bind(starts_at - buffer)
    .bind(except.map_or(0, BookingId::get))
    .fetch_one(tx)
    .await
    .map_err(err)
}

#[derive(sqlx::FromRow)]
pub(super) struct BookingRow {
    id: i64,
    coach_id: i64,
    coach_name: String,
    participant_id: i64,
    participant_name: String,
    starts_at: i64,
    ends_at: i64,
    status: String,
    help: String,
    interpreter: String,
    sequence: i64,
    attendance: Option<String>,
    cancel_reason: String,
    session_id: Option<i64>,
    group_title: Option<String>,
    group_place: Option<String>,
    needs: String,
    cancelled_at: Option<i64>,
    cancelled_by: Option<i64>,
    moved_at: Option<i64>,
    moved_by: Option<i64>,
    moved_from: Option<i64>,
}

pub(super) fn booking(row: BookingRow) -> BookingRecord {
    BookingRecord {
        id: BookingId::new(row.id),
        coach_id: UserId::new(row.coach_id),
        coach_name: row.coach_name,
        participant_id: UserId::new(row.participant_id),
        participant_name: row.participant_name,
        starts_at: row.starts_at,
        ends_at: row.ends_at,
        active: row.status == "active",
        help: row.help,
        interpreter: row.interpreter,
        sequence: row.sequence,
        attendance: row.attendance.as_deref().and_then(Attendance::parse),
        cancel_reason: row.cancel_reason,
        group: row.session_id.map(|id| GroupSeat {
            id: GroupId::new(id),
            title: row.group_title.unwrap_or_default(),
            place: row.group_place.unwrap_or_default(),
        }),
        needs: row.needs,
        cancelled_at: row.cancelled_at,
        cancelled_by: row.cancelled_by.map(UserId::new),
        moved_at: row.moved_at,
        moved_by: row.moved_by.map(UserId::new),
        moved_from: row.moved_from,
    }
}

#[async_trait]
impl BookingStore for Store {
    async fn booking_rules(&self, coach: UserId) -> Result<Option<BookingRules>, StoreError> {
        let row: Option<(i64, i64, i64, i64, i64, String)> = sqlx::query_as(
            "SELECT slot_minutes, buffer_minutes, notice_minutes, horizon_days, cutoff_minutes, place FROM booking_rules WHERE coach_id = $1",
        )
        .bind(coach.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(err)?;
        let Some((slot, buffer, notice, horizon, cutoff, place)) = row else {
            return Ok(None);
        };
        let weekly: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT weekday, start_minute, end_minute FROM weekly_hours WHERE coach_id = $1 ORDER BY weekday, start_minute",
        )
        .bind(coach.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        let closed: Vec<String> =
            sqlx::query_scalar("SELECT day FROM closed_days WHERE coach_id = $1 ORDER BY day")
                .bind(coach.get())
                .fetch_all(&self.pool)
                .await
                .map_err(err)?;
        let extra: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT day, start_minute, end_minute FROM extra_hours WHERE coach_id = $1 ORDER BY day, start_minute",
        )
        .bind(coach.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        let small = |n: i64| u8::try_from(n).map_err(err);
        let minute = |n: i64| u16::try_from(n).map_err(err);
        Ok(Some(BookingRules {
            closed,
            extra: extra
                .into_iter()
                .map(|(day, start, end)| {
                    Ok(ExtraRange {
                        day,
                        start: minute(start)?,
                        end: minute(end)?,
                    })
                })
                .collect::<Result<_, StoreError>>()?,
            slot_minutes: small(slot)?,
            buffer_minutes: small(buffer)?,
            notice_minutes: u32::try_from(notice).map_err(err)?,
            horizon_days: u16::try_from(horizon).map_err(err)?,
            cutoff_minutes: u32::try_from(cutoff).map_err(err)?,
            place,
            weekly: weekly
                .into_iter()
                .map(|(weekday, start, end)| {
                    Ok(WeeklyRange {
                        weekday: small(weekday)?,
                        start: minute(start)?,
                        end: minute(end)?,
                    })
                })
                .collect::<Result<_, StoreError>>()?,
        }))
    }

    async fn save_booking_rules(
        &self,
        coach: UserId,
        rules: &BookingRules,
    ) -> Result<(), StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO booking_rules (coach_id, slot_minutes, buffer_minutes, notice_minutes, horizon_days, cutoff_minutes, place)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (coach_id) DO UPDATE SET slot_minutes = excluded.slot_minutes,
                buffer_minutes = excluded.buffer_minutes, notice_minutes = excluded.notice_minutes,
                horizon_days = excluded.horizon_days, cutoff_minutes = excluded.cutoff_minutes,
                place = excluded.place",
        )
        .bind(coach.get())
        .bind(i64::from(rules.slot_minutes))
        .bind(i64::from(rules.buffer_minutes))
        .bind(i64::from(rules.notice_minutes))
        .bind(i64::from(rules.horizon_days))
        .bind(i64::from(rules.cutoff_minutes))
        .bind(&rules.place)
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        sqlx::query("DELETE FROM weekly_hours WHERE coach_id = $1")
            .bind(coach.get())
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        for range in &rules.weekly {
            sqlx::query(
                "INSERT INTO weekly_hours (coach_id, weekday, start_minute, end_minute) VALUES ($1, $2, $3, $4)",
            )
            .bind(coach.get())
            .bind(i64::from(range.weekday))
            .bind(i64::from(range.start))
            .bind(i64::from(range.end))
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        }
        tx.commit().await.map_err(err)
    }

    async fn coach_bookings(
        &self,
        coach: UserId,
        from: i64,
        to: i64,
    ) -> Result<Vec<BookingRecord>, StoreError> {
        let rows: Vec<BookingRow> = sqlx::query_as(&format!(
            "{BOOKING_SELECT} WHERE b.coach_id = $1 AND b.status = 'active' AND b.ends_at > $2
               AND b.starts_at < $3
             ORDER BY b.starts_at, b.id"
        ))
        .bind(coach.get())
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows.into_iter().map(booking).collect())
    }

    async fn set_extra_hours(
        &self,
        coach: UserId,
        range: &ExtraRange,
        add: bool,
    ) -> Result<(), StoreError> {
        let query = if add {
            "INSERT INTO extra_hours (coach_id, day, start_minute, end_minute) VALUES ($1, $2, $3, $4)
             ON CONFLICT (coach_id, day, start_minute) DO UPDATE SET end_minute = excluded.end_minute"
        } else {
            "DELETE FROM extra_hours WHERE coach_id = $1 AND day = $2 AND start_minute = $3 AND end_minute = $4"
        };
        let (_writer, mut tx) = self.begin_write().await?;
        sqlx::query(query)
            .bind(coach.get())
            .bind(&range.day)
            .bind(i64::from(range.start))
            .bind(i64::from(range.end))
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        tx.commit().await.map_err(err)
    }

    async fn set_closed_day(
        &self,
        coach: UserId,
        day: &str,
        closed: bool,
    ) -> Result<(), StoreError> {
        let query = if closed {
            "INSERT INTO closed_days (coach_id, day) VALUES ($1, $2) ON CONFLICT (coach_id, day) DO NOTHING"
        } else {
            "DELETE FROM closed_days WHERE coach_id = $1 AND day = $2"
        };
        let (_writer, mut tx) = self.begin_write().await?;
        sqlx::query(query)
            .bind(coach.get())
            .bind(day)
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        tx.commit().await.map_err(err)
    }

    async fn busy_times(
        &self,
        coach: UserId,
        from: i64,
        to: i64,
    ) -> Result<Vec<(i64, i64)>, StoreError> {
        sqlx::query_as(
            // The lower bound on `starts_at`: see `clashes`.
            "SELECT starts_at, ends_at FROM bookings
             WHERE coach_id = $1 AND status = 'active' AND session_id IS NULL AND ends_at > $2 AND starts_at < $3
               AND starts_at > $2 - 86400
             UNION ALL
             SELECT starts_at, ends_at FROM group_sessions
             WHERE coach_id = $1 AND cancelled_at IS NULL AND ends_at > $2 AND starts_at < $3
             ORDER BY starts_at",
        )
        .bind(coach.get())
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await
        .map_err(err)
    }

    async fn participant_bookings(
        &self,
        participant: UserId,
        from: i64,
    ) -> Result<Vec<BookingRecord>, StoreError> {
        let rows: Vec<BookingRow> = sqlx::query_as(&format!(
            "{BOOKING_SELECT} WHERE b.participant_id = $1 AND b.ends_at > $2 ORDER BY b.starts_at, b.id"
        ))
        .bind(participant.get())
        .bind(from)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows.into_iter().map(booking).collect())
    }

    async fn caseload_meetings(
        &self,
        coach: UserId,
        now: i64,
    ) -> Result<Vec<MeetingsWith>, StoreError> {
        let last: Vec<(i64, i64)> = sqlx::query_as(
            // The meetings attended, by coach (`bookings_attended`): one pass, instead of
            // intersecting two indexes for each person (8 ms for a caseload of 50 with a
            // year behind it on PostgreSQL).
            "SELECT b.participant_id, MAX(b.starts_at) FROM bookings b
             WHERE b.coach_id = $1 AND b.status = 'active' AND b.attendance = 'attended'
               AND b.ends_at <= $2
               AND b.participant_id IN (SELECT id FROM users WHERE coach_id = $1)
             GROUP BY b.participant_id",
        )
        .bind(coach.get())
        .bind(now)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        // Each person's first booking ahead with the coach: one row a person.
        let ahead: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT b.participant_id, b.starts_at, b.ends_at
             FROM users u JOIN bookings b ON b.participant_id = u.id
             WHERE u.coach_id = $1 AND b.coach_id = $1 AND b.status = 'active'
               AND b.starts_at = (
                 SELECT MIN(n.starts_at) FROM bookings n
                 WHERE n.participant_id = u.id AND n.coach_id = $1 AND n.status = 'active'
                   AND n.starts_at > $2)
             ORDER BY b.participant_id, b.id",
        )
        .bind(coach.get())
        .bind(now)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        let mut meetings: std::collections::BTreeMap<i64, MeetingsWith> = last
            .into_iter()
            .map(|(person, at)| {
                let with = MeetingsWith {
                    participant: UserId::new(person),
                    last_attended: Some(at),
                    next: None,
                };
                (person, with)
            })
            .collect();
        for (person, starts_at, ends_at) in ahead {
            let with = meetings.entry(person).or_insert(MeetingsWith {
                participant: UserId::new(person),
                last_attended: None,
                next: None,
            });
            with.next.get_or_insert((starts_at, ends_at));
        }
        Ok(meetings.into_values().collect())
    }

    async fn find_booking(&self, id: BookingId) -> Result<Option<BookingRecord>, StoreError> {
        let row: Option<BookingRow> = sqlx::query_as(&format!("{BOOKING_SELECT} WHERE b.id = $1"))
            .bind(id.get())
            .fetch_optional(&self.pool)
            .await
            .map_err(err)?;
        Ok(row.map(booking))
    }

    async fn cancelled_since(
        &self,
        coach: UserId,
        since: i64,
    ) -> Result<Vec<BookingRecord>, StoreError> {
        let rows: Vec<BookingRow> = sqlx::query_as(&format!(
            "{BOOKING_SELECT} WHERE b.coach_id = $1 AND b.cancelled_at > $2
             AND b.cancelled_by IS NOT NULL AND b.cancelled_by <> b.coach_id
             ORDER BY b.cancelled_at DESC, b.id DESC LIMIT 50"
        ))
        .bind(coach.get())
        .bind(since)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows.into_iter().map(booking).collect())
    }

    async fn notices_seen(&self, user: UserId) -> Result<i64, StoreError> {
        let seen: Option<i64> =
            sqlx::query_scalar("SELECT notices_seen_at FROM users WHERE id = $1")
                .bind(user.get())
                .fetch_optional(&self.pool)
                .await
                .map_err(err)?;
        Ok(seen.unwrap_or(0))
    }

    async fn see_notices(&self, user: UserId, at: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET notices_seen_at = $1 WHERE id = $2 AND notices_seen_at < $3")
            .bind(at)
            .bind(user.get())
            .bind(at)
            .execute(&self.pool)
            .await
            .map_err(err)?;
        Ok(())
    }

    async fn book(&self, b: NewBooking, now: i64) -> Result<BookOutcome, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        // The same form sent again for the same time: the booking it made. (The same form
        // sent for another time, after going back, is a booking of that time.)
        let earlier: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM bookings WHERE participant_id = $1 AND idempotency_key = $2 AND starts_at = $3 AND status = 'active'",
        )
        .bind(b.participant.get())
        .bind(&b.key)
        .bind(b.starts_at)
        .fetch_optional(&mut *tx)
        .await
        .map_err(err)?;
        if let Some(id) = earlier {
            return Ok(BookOutcome::AlreadyBooked(BookingId::new(id)));
        }
        let held: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM bookings WHERE participant_id = $1 AND status = 'active' AND ends_at > $2",
        )
        .bind(b.participant.get())
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(err)?;
        if held >= b.max_future as i64 {
            return Ok(BookOutcome::TooMany);
        }
        if clashes(&mut tx, b.coach, b.starts_at, b.ends_at, b.buffer, None).await? > 0 {
            return Ok(BookOutcome::Taken);
        }
        let inserted: Result<i64, sqlx::Error> = sqlx::query_scalar(
            "INSERT INTO bookings (coach_id, participant_id, starts_at, ends_at, help, interpreter, needs, idempotency_key, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(b.coach.get())
        .bind(b.participant.get())
        .bind(b.starts_at)
        .bind(b.ends_at)
        .bind(&b.help)
        .bind(&b.interpreter)
        .bind(&b.needs)
        .bind(&b.key)
        .bind(now)
        .fetch_one(&mut *tx)
        .await;
        match inserted {
            Ok(id) => {
                tx.commit().await.map_err(err)?;
                Ok(BookOutcome::Booked(BookingId::new(id)))
            }
            // The unique index: another booking of this slot won.
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(BookOutcome::Taken),
            Err(e) => Err(err(e)),
        }
    }

    async fn move_booking(
        &self,
        id: BookingId,
        participant: UserId,
        starts_at: i64,
        ends_at: i64,
        buffer: i64,
        by: UserId,
        now: i64,
    ) -> Result<MoveOutcome, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        // A workshop seat is not moved: it is cancelled and another workshop booked.
        let coach: Option<i64> = sqlx::query_scalar(
            "SELECT coach_id FROM bookings WHERE id = $1 AND participant_id = $2 AND status = 'active' AND session_id IS NULL",
        )
        .bind(id.get())
        .bind(participant.get())
        .fetch_optional(&mut *tx)
        .await
        .map_err(err)?;
        let Some(coach) = coach else {
            return Ok(MoveOutcome::NotActive);
        };
        let coach = UserId::new(coach);
        if clashes(&mut tx, coach, starts_at, ends_at, buffer, Some(id)).await? > 0 {
            return Ok(MoveOutcome::Taken);
        }
        let moved = sqlx::query(
            "UPDATE bookings SET moved_from = starts_at, starts_at = $1, ends_at = $2,
                sequence = sequence + 1, attendance = NULL, moved_at = $3, moved_by = $4
             WHERE id = $5 AND (starts_at <> $6 OR ends_at <> $7)",
        )
        .bind(starts_at)
        .bind(ends_at)
        .bind(now)
        .bind(by.get())
        .bind(id.get())
        .bind(starts_at)
        .bind(ends_at)
        .execute(&mut *tx)
        .await;
        match moved {
            Ok(_) => {
                tx.commit().await.map_err(err)?;
                Ok(MoveOutcome::Moved)
            }
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(MoveOutcome::Taken),
            Err(e) => Err(err(e)),
        }
    }

    async fn record_attendance(
        &self,
        id: BookingId,
        coach: UserId,
        attendance: Option<Attendance>,
        now: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE bookings SET attendance = $1
             WHERE id = $2 AND coach_id = $3 AND status = 'active' AND starts_at <= $4",
        )
        .bind(attendance.map(Attendance::code))
        .bind(id.get())
        .bind(coach.get())
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn cancel_booking(
        &self,
        id: BookingId,
        by: UserId,
        reason: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE bookings SET status = 'cancelled', cancelled_at = $1, cancelled_by = $2,
                cancel_reason = $3, sequence = sequence + 1
             WHERE id = $4 AND status = 'active'",
        )
        .bind(now)
        .bind(by.get())
        .bind(reason)
        .bind(id.get())
        .execute(&self.pool)
        .await
        .map_err(err)?;
        Ok(done.rows_affected() == 1)
    }
}
