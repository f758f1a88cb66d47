//! Reminders: the devices that get them, the kinds a person stopped, and each reminder once.
use super::*;
use app::i18n::Locale;
use app::ids::DeviceId;
use app::reminders::store::{
    DeviceRecord, DueReminder, NewDevice, PushTarget, ReminderStore, Upcoming,
};
use app::reminders::{Kind, Setting};

/// A due reminder with what its words need.
#[derive(sqlx::FromRow)]
struct DueRow {
    id: i64,
    user_id: i64,
    kind: String,
    subject_id: i64,
    due_at: i64,
    locale: String,
    starts_at: Option<i64>,
    status: Option<String>,
    title: Option<String>,
    group_cancelled_at: Option<i64>,
    what: Option<String>,
    goal_status: Option<String>,
}

#[async_trait]
impl ReminderStore for Store {
    async fn devices(&self, person: UserId) -> Result<Vec<DeviceRecord>, StoreError> {
        let rows: Vec<(i64, String, i64, Option<i64>)> = sqlx::query_as(
            "SELECT id, label, created_at, sent_at FROM push_devices WHERE user_id = $1
             ORDER BY created_at DESC, id DESC",
        )
        .bind(person.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows
            .into_iter()
            .map(|(id, label, created_at, sent_at)| DeviceRecord {
                id: DeviceId::new(id),
                label,
                created_at,
                sent_at,
            })
            .collect())
    }

    async fn add_device(
        &self,
        person: UserId,
        device: &NewDevice,
        now: i64,
    ) -> Result<DeviceId, StoreError> {
        // The same browser subscribing again (or for someone else signing in on it) keeps
        // one row: the endpoint is unique, and its keys and person are the latest.
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO push_devices (user_id, endpoint, p256dh, auth, label, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (endpoint) DO UPDATE SET user_id = excluded.user_id,
                 p256dh = excluded.p256dh, auth = excluded.auth, label = excluded.label,
                 created_at = excluded.created_at, sent_at = NULL
             RETURNING id",
        )
        .bind(person.get())
        .bind(&device.endpoint)
        .bind(&device.p256dh)
        .bind(&device.auth)
        .bind(&device.label)
        .bind(now)
        .fetch_one(&self.pool)
        .await
        .map_err(err)?;
        Ok(DeviceId::new(id))
    }

    async fn remove_device(&self, person: UserId, device: DeviceId) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM push_devices WHERE id = $1 AND user_id = $2")
            .bind(device.get())
            .bind(person.get())
            .execute(&self.pool)
            .await
            .map_err(err)?;
        Ok(done.rows_affected() > 0)
    }

    async fn push_targets(&self, person: UserId) -> Result<Vec<PushTarget>, StoreError> {
        let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT id, endpoint, p256dh, auth FROM push_devices WHERE user_id = $1 ORDER BY id",
        )
        .bind(person.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows
            .into_iter()
            .map(|(id, endpoint, p256dh, auth)| PushTarget {
                id: DeviceId::new(id),
                endpoint,
                p256dh,
                auth,
            })
            .collect())
    }

    async fn delivered(&self, device: DeviceId, gone: bool, now: i64) -> Result<(), StoreError> {
        let query = if gone {
            sqlx::query("DELETE FROM push_devices WHERE id = $1").bind(device.get())
        } else {
            sqlx::query("UPDATE push_devices SET sent_at = $2 WHERE id = $1")
                .bind(device.get())
                .bind(now)
        };
        query.execute(&self.pool).await.map_err(err)?;
        Ok(())
    }

    async fn stopped(&self, person: UserId) -> Result<Vec<Setting>, StoreError> {
        let codes: Vec<String> = sqlx::query_scalar(
            "SELECT setting FROM reminder_opt_outs WHERE user_id = $1 ORDER BY setting",
        )
        .bind(person.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        codes
            .iter()
            .map(|c| Setting::from_code(c).ok_or_else(|| err(format!("unknown setting {c}"))))
            .collect()
    }

    async fn set_stopped(&self, person: UserId, stopped: &[Setting]) -> Result<(), StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        sqlx::query("DELETE FROM reminder_opt_outs WHERE user_id = $1")
            .bind(person.get())
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        for setting in stopped {
            sqlx::query(
                "INSERT INTO reminder_opt_outs (user_id, setting) VALUES ($1, $2)
                 ON CONFLICT (user_id, setting) DO NOTHING",
            )
            .bind(person.get())
            .bind(setting.code())
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        }
        tx.commit().await.map_err(err)?;
        Ok(())
    }

    async fn upcoming(&self, from: i64, to: i64) -> Result<Vec<Upcoming>, StoreError> {
        let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT b.id, b.participant_id, b.starts_at FROM bookings b
             WHERE b.status = 'active' AND b.starts_at >= $1 AND b.starts_at < $2
               AND EXISTS (SELECT 1 FROM push_devices d WHERE d.user_id = b.participant_id)
             ORDER BY b.starts_at, b.id",
        )
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows
            .into_iter()
            .map(|(booking, person, starts_at)| Upcoming {
                booking: BookingId::new(booking),
                person: UserId::new(person),
                starts_at,
            })
            .collect())
    }

    async fn add_reminder(
        &self,
        person: UserId,
        kind: Kind,
        subject: i64,
        due_at: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "INSERT INTO reminders (user_id, kind, subject_id, due_at)
             SELECT $1, $2, $3, $4
             WHERE EXISTS (SELECT 1 FROM push_devices WHERE user_id = $1)
               AND NOT EXISTS (SELECT 1 FROM reminder_opt_outs WHERE user_id = $1 AND setting = $5)
             ON CONFLICT (user_id, kind, subject_id, due_at) DO NOTHING",
        )
        .bind(person.get())
        .bind(kind.code())
        .bind(subject)
        .bind(due_at)
        .bind(kind.setting().code())
        .execute(&self.pool)
        .await
        .map_err(err)?;
        Ok(done.rows_affected() > 0)
    }

    async fn group_cancelled(&self, group: GroupId, now: i64) -> Result<usize, StoreError> {
        // The seats the group's cancellation ended (stamped with its time), of people with a
        // device who did not stop this kind.
        let done = sqlx::query(
            "INSERT INTO reminders (user_id, kind, subject_id, due_at)
             SELECT b.participant_id, 'cancelled', b.id, $2 FROM bookings b
             JOIN group_sessions g ON g.id = b.session_id AND b.cancelled_at = g.cancelled_at
             WHERE b.session_id = $1 AND b.status = 'cancelled'
               AND EXISTS (SELECT 1 FROM push_devices d WHERE d.user_id = b.participant_id)
               AND NOT EXISTS (SELECT 1 FROM reminder_opt_outs o
                               WHERE o.user_id = b.participant_id AND o.setting = 'changes')
             ON CONFLICT (user_id, kind, subject_id, due_at) DO NOTHING",
        )
        .bind(group.get())
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(err)?;
        Ok(done.rows_affected() as usize)
    }

    async fn practice_at(&self, hour: u8, day: &str) -> Result<Vec<(UserId, i64)>, StoreError> {
        let rows: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT g.owner_id, g.id FROM practice_goals g
             WHERE g.remind_hour = $1 AND g.status = 'active'
               AND EXISTS (SELECT 1 FROM push_devices d WHERE d.user_id = g.owner_id)
               AND NOT EXISTS (SELECT 1 FROM practice_log l WHERE l.goal_id = g.id AND l.day = $2)
             ORDER BY g.id",
        )
        .bind(i64::from(hour))
        .bind(day)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows
            .into_iter()
            .map(|(person, goal)| (UserId::new(person), goal))
            .collect())
    }

    async fn due(&self, now: i64) -> Result<Vec<DueReminder>, StoreError> {
        let rows: Vec<DueRow> = sqlx::query_as(
            "SELECT r.id, r.user_id, r.kind, r.subject_id, r.due_at, u.locale, b.starts_at,
                 b.status, g.title, g.cancelled_at AS group_cancelled_at, pg.what,
                 pg.status AS goal_status
             FROM reminders r JOIN users u ON u.id = r.user_id
             LEFT JOIN bookings b ON r.kind NOT IN ('turn', 'practice') AND b.id = r.subject_id
                 AND b.participant_id = r.user_id
             LEFT JOIN group_sessions g ON g.id = b.session_id
             LEFT JOIN practice_goals pg ON r.kind = 'practice' AND pg.id = r.subject_id
                 AND pg.owner_id = r.user_id
             WHERE r.sent_at IS NULL AND r.failed_at IS NULL AND r.due_at <= $1
             ORDER BY r.due_at, r.id
             LIMIT 500",
        )
        .bind(now)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        rows.into_iter()
            .map(|r| {
                Ok(DueReminder {
                    id: r.id,
                    person: UserId::new(r.user_id),
                    kind: Kind::from_code(&r.kind)
                        .ok_or_else(|| err(format!("unknown reminder {}", r.kind)))?,
                    due_at: r.due_at,
                    locale: Locale::from_code(&r.locale).unwrap_or_default(),
                    starts_at: r.starts_at,
                    active: r.status.as_deref() == Some("active"),
                    group_cancelled: r.group_cancelled_at.is_some(),
                    workshop: r.title,
                    goal: r.what.filter(|_| r.goal_status.as_deref() == Some("active")),
                    subject: r.subject_id,
                })
            })
            .collect()
    }

    async fn claim(&self, id: i64, now: i64) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE reminders SET sent_at = $2
             WHERE id = $1 AND sent_at IS NULL AND failed_at IS NULL",
        )
        .bind(id)
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn fail(&self, id: i64, now: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE reminders SET sent_at = NULL, failed_at = $2 WHERE id = $1")
            .bind(id)
            .bind(now)
            .execute(&self.pool)
            .await
            .map_err(err)?;
        Ok(())
    }
}
