//! Language-practice goals: the goal, one practice entry per day (the primary key), pauses.
use super::{err, Conn, Store};
use app::goals::store::{GoalFields, GoalHistory, GoalRecord, GoalStore, Pause, PracticeEntry};
use app::goals::{GoalStatus, PauseReason};
use app::ssr::store::{GoalId, StoreError, UserId};
use async_trait::async_trait;

#[derive(sqlx::FromRow)]
struct GoalRow {
    id: i64,
    owner_id: i64,
    what: String,
    per_week: i64,
    until_day: Option<String>,
    remind_hour: Option<i64>,
    workplace: String,
    supervisor: String,
    status: String,
    start_day: String,
    ended_day: Option<String>,
}

const GOAL_SELECT: &str =
    "SELECT id, owner_id, what, per_week, until_day, workplace, supervisor, status, start_day,
        ended_day, remind_hour
     FROM practice_goals";

/// The goals of a coach's caseload, for `IN (…)`.
const CASELOAD_GOALS: &str = "SELECT g.id FROM practice_goals g JOIN users u ON u.id = g.owner_id
     WHERE u.coach_id = $1";

fn pause((from, to, reason): (String, Option<String>, String)) -> Result<Pause, StoreError> {
    Ok(Pause {
        from,
        to,
        reason: PauseReason::parse(&reason).ok_or_else(|| err("unknown reason"))?,
    })
}

fn goal(row: GoalRow) -> Result<GoalRecord, StoreError> {
    Ok(GoalRecord {
        id: GoalId::new(row.id),
        owner_id: UserId::new(row.owner_id),
        fields: GoalFields {
            what: row.what,
            per_week: u8::try_from(row.per_week).map_err(err)?,
            until: row.until_day,
            workplace: row.workplace,
            supervisor: row.supervisor,
            remind_hour: row.remind_hour.and_then(|h| u8::try_from(h).ok()),
        },
        status: GoalStatus::parse(&row.status).ok_or_else(|| err("unknown goal status"))?,
        start_day: row.start_day,
        ended_day: row.ended_day,
    })
}

#[async_trait]
impl GoalStore for Store {
    async fn create_goal(
        &self,
        owner: UserId,
        f: &GoalFields,
        start_day: &str,
        max_active: usize,
        now: i64,
    ) -> Result<Option<GoalId>, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let open: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM practice_goals WHERE owner_id = $1 AND status IN ('active', 'paused')",
        )
        .bind(owner.get())
        .fetch_one(&mut *tx)
        .await
        .map_err(err)?;
        if open >= max_active as i64 {
            return Ok(None);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO practice_goals (owner_id, what, per_week, until_day, workplace, supervisor, start_day, created_at, remind_hour)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(owner.get())
        .bind(&f.what)
        .bind(i64::from(f.per_week))
        .bind(&f.until)
        .bind(&f.workplace)
        .bind(&f.supervisor)
        .bind(start_day)
        .bind(now)
        .bind(f.remind_hour.map(i64::from))
        .fetch_one(&mut *tx)
        .await
        .map_err(err)?;
        tx.commit().await.map_err(err)?;
        Ok(Some(GoalId::new(id)))
    }

    async fn update_goal(
        &self,
        id: GoalId,
        owner: UserId,
        f: &GoalFields,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE practice_goals SET what = $1, per_week = $2, until_day = $3, workplace = $4, supervisor = $5,
                 remind_hour = $8
             WHERE id = $6 AND owner_id = $7 AND status IN ('active', 'paused')",
        )
        .bind(&f.what)
        .bind(i64::from(f.per_week))
        .bind(&f.until)
        .bind(&f.workplace)
        .bind(&f.supervisor)
        .bind(id.get())
        .bind(owner.get())
        .bind(f.remind_hour.map(i64::from))
        .execute(&self.pool)
        .await
        .map_err(err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn goals(&self, owner: UserId) -> Result<Vec<GoalRecord>, StoreError> {
        let rows: Vec<GoalRow> = sqlx::query_as(&format!(
            "{GOAL_SELECT} WHERE owner_id = $1 ORDER BY id DESC"
        ))
        .bind(owner.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        rows.into_iter().map(goal).collect()
    }

    async fn find_goal(&self, id: GoalId) -> Result<Option<GoalRecord>, StoreError> {
        let row: Option<GoalRow> = sqlx::query_as(&format!("{GOAL_SELECT} WHERE id = $1"))
            .bind(id.get())
            .fetch_optional(&self.pool)
            .await
            .map_err(err)?;
        row.map(goal).transpose()
    }

    async fn log_practice(
        &self,
        id: GoalId,
        owner: UserId,
        entry: &PracticeEntry,
        now: i64,
    ) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        // Only the owner's goal; the primary key (goal, day) keeps one entry a day. A day
        // logged before keeps its entry and gains the minutes or note sent now.
        let done = sqlx::query(
            "INSERT INTO practice_log (goal_id, day, minutes, note, logged_at)
             SELECT id, $1, $2, $3, $4 FROM practice_goals WHERE id = $5 AND owner_id = $6
             ON CONFLICT (goal_id, day) DO UPDATE SET
                minutes = COALESCE(excluded.minutes, practice_log.minutes),
                note = CASE WHEN excluded.note <> '' THEN excluded.note ELSE practice_log.note END",
        )
        .bind(&entry.day)
        .bind(entry.minutes.map(i64::from))
        .bind(&entry.note)
        .bind(now)
        .bind(id.get())
        .bind(owner.get())
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        tx.commit().await.map_err(err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn practice(&self, id: GoalId) -> Result<Vec<PracticeEntry>, StoreError> {
        let rows: Vec<(String, Option<i64>, String, i64)> = sqlx::query_as(
            "SELECT day, minutes, note, logged_at FROM practice_log WHERE goal_id = $1 ORDER BY day",
        )
        .bind(id.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        rows.into_iter()
            .map(|(day, minutes, note, logged_at)| {
                Ok(PracticeEntry {
                    day,
                    minutes: minutes.map(u16::try_from).transpose().map_err(err)?,
                    note,
                    logged_at,
                })
            })
            .collect()
    }

    async fn pauses(&self, id: GoalId) -> Result<Vec<Pause>, StoreError> {
        let rows: Vec<(String, Option<String>, String)> = sqlx::query_as(
            "SELECT from_day, to_day, reason FROM goal_pauses WHERE goal_id = $1 ORDER BY from_day",
        )
        .bind(id.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        rows.into_iter().map(pause).collect()
    }

    async fn caseload_goals(
        &self,
        coach: UserId,
        since_day: &str,
    ) -> Result<Vec<GoalHistory>, StoreError> {
        let goals: Vec<GoalRow> = sqlx::query_as(&format!(
            "{GOAL_SELECT} WHERE owner_id IN (SELECT id FROM users WHERE coach_id = $1)
             ORDER BY owner_id, id DESC"
        ))
        .bind(coach.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        let practised: Vec<(i64, String)> = sqlx::query_as(&format!(
            "SELECT goal_id, day FROM practice_log WHERE goal_id IN ({CASELOAD_GOALS}) AND day >= $2
             ORDER BY goal_id, day"
        ))
        .bind(coach.get())
        .bind(since_day)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        let pauses: Vec<(i64, String, Option<String>, String)> = sqlx::query_as(&format!(
            "SELECT goal_id, from_day, to_day, reason FROM goal_pauses
             WHERE goal_id IN ({CASELOAD_GOALS}) ORDER BY goal_id, from_day"
        ))
        .bind(coach.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        let mut histories = goals
            .into_iter()
            .map(|row| {
                Ok(GoalHistory {
                    goal: goal(row)?,
                    practised: Vec::new(),
                    pauses: Vec::new(),
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let by_goal: std::collections::HashMap<i64, usize> = histories
            .iter()
            .enumerate()
            .map(|(n, h)| (h.goal.id.get(), n))
            .collect();
        for (id, day) in practised {
            if let Some(&n) = by_goal.get(&id) {
                histories[n].practised.push(day);
            }
        }
        for (id, from, to, reason) in pauses {
            if let Some(&n) = by_goal.get(&id) {
                histories[n].pauses.push(pause((from, to, reason))?);
            }
        }
        Ok(histories)
    }

    async fn pause_goal(
        &self,
        id: GoalId,
        owner: UserId,
        day: &str,
        reason: PauseReason,
    ) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE practice_goals SET status = 'paused' WHERE id = $1 AND owner_id = $2 AND status = 'active'",
        )
        .bind(id.get())
        .bind(owner.get())
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        // Paused again the day it was taken up: that day's pause is simply open again.
        sqlx::query(
            "INSERT INTO goal_pauses (goal_id, from_day, reason) VALUES ($1, $2, $3)
             ON CONFLICT (goal_id, from_day) DO UPDATE SET to_day = NULL, reason = excluded.reason",
        )
        .bind(id.get())
        .bind(day)
        .bind(reason.code())
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }

    async fn resume_goal(&self, id: GoalId, owner: UserId, day: &str) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE practice_goals SET status = 'active' WHERE id = $1 AND owner_id = $2 AND status = 'paused'",
        )
        .bind(id.get())
        .bind(owner.get())
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        close_pause(&mut tx, id, day).await?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }

    async fn end_goal(
        &self,
        id: GoalId,
        owner: UserId,
        status: GoalStatus,
        day: &str,
    ) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE practice_goals SET status = $1, ended_day = $2
             WHERE id = $3 AND owner_id = $4 AND status IN ('active', 'paused')",
        )
        .bind(status.code())
        .bind(day)
        .bind(id.get())
        .bind(owner.get())
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        close_pause(&mut tx, id, day).await?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }
}

/// Ends the goal's open pause (if any) at `day`.
async fn close_pause(tx: &mut Conn, id: GoalId, day: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE goal_pauses SET to_day = $1 WHERE goal_id = $2 AND to_day IS NULL")
        .bind(day)
        .bind(id.get())
        .execute(tx)
        .await
        .map_err(err)?;
    Ok(())
}
