//! Outcomes: the events a coach records on a participant's road to work, their history, what
//! job development recorded for the timeline, and the programme report's counts, every one
//! counted here in SQL (`make bench` times a quarter of a large organisation).
use super::{day_plus, days_between, err, Store};
use app::outcomes::store::{Bounds, Counts, HistoryRecord, OutcomeRecord, OutcomeStore, Recorded};
use app::outcomes::{EventKind, EventValues};
use app::ssr::store::{OutcomeId, StoreError, UserId};
use async_trait::async_trait;

type EventRow = (i64, i64, String, String, String, Option<i64>, String, String, Option<i64>, i64);

const EVENT_SELECT: &str = "SELECT id, person_id, kind, day, sub, hours, place, mentor, author_id, created_at
     FROM outcome_events";

fn values(day: String, sub: String, hours: Option<i64>, place: String, mentor: String) -> EventValues {
    EventValues {
        day,
        sub,
        hours: hours.and_then(|h| u8::try_from(h).ok()),
        place,
        mentor,
    }
}

fn event(row: EventRow) -> Result<OutcomeRecord, StoreError> {
    let (id, person, kind, day, sub, hours, place, mentor, author, created_at) = row;
    Ok(OutcomeRecord {
        id: OutcomeId::new(id),
        person: UserId::new(person),
        kind: EventKind::parse(&kind).ok_or_else(|| err(format!("unknown outcome kind {kind}")))?,
        values: values(day, sub, hours, place, mentor),
        author: author.map(UserId::new),
        created_at,
    })
}

/// The participants a report counts: a coach's caseload (`$3` their id) or every one (`$3`
/// zero, unused). Two texts rather than `($3 = 0 OR u.coach_id = $3)`, which no planner can
/// answer from the caseload's index. Pseudonymous rows of erased people still count: their
/// outcomes are the programme's record.
fn in_scope(b: &Bounds) -> &'static str {
    match b.coach {
        Some(_) => "u.role = 'participant' AND u.coach_id = $3",
        None => "u.role = 'participant' AND $3 = 0",
    }
}

fn scope(b: &Bounds) -> i64 {
    b.coach.map_or(0, UserId::get)
}

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

#[async_trait]
impl OutcomeStore for Store {
    async fn record(
        &self,
        person: UserId,
        kind: EventKind,
        v: &EventValues,
        author: UserId,
        now: i64,
    ) -> Result<OutcomeId, StoreError> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO outcome_events (person_id, kind, day, sub, hours, place, mentor, author_id,
                 created_at, changed_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
        )
        .bind(person.get())
        .bind(kind.code())
        .bind(&v.day)
        .bind(&v.sub)
        .bind(v.hours.map(i64::from))
        .bind(&v.place)
        .bind(&v.mentor)
        .bind(author.get())
        .bind(now)
        .fetch_one(&self.pool)
        .await
        .map_err(err)?;
        Ok(OutcomeId::new(id))
    }

    async fn outcome(&self, id: OutcomeId) -> Result<Option<OutcomeRecord>, StoreError> {
        let row: Option<EventRow> = sqlx::query_as(&format!("{EVENT_SELECT} WHERE id = $1"))
            .bind(id.get())
            .fetch_optional(&self.pool)
            .await
            .map_err(err)?;
        row.map(event).transpose()
    }

    async fn outcomes(&self, person: UserId) -> Result<Vec<OutcomeRecord>, StoreError> {
        let rows: Vec<EventRow> =
            sqlx::query_as(&format!("{EVENT_SELECT} WHERE person_id = $1 ORDER BY day, id"))
                .bind(person.get())
                .fetch_all(&self.pool)
                .await
                .map_err(err)?;
        rows.into_iter().map(event).collect()
    }

    async fn correct(
        &self,
        id: OutcomeId,
        v: &EventValues,
        author: UserId,
        now: i64,
    ) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let before: Option<EventRow> = sqlx::query_as(&format!(
            "{EVENT_SELECT} WHERE id = $1 AND author_id = $2"
        ))
        .bind(id.get())
        .bind(author.get())
        .fetch_optional(&mut *tx)
        .await
        .map_err(err)?;
        let Some(before) = before else {
            return Ok(false);
        };
        let before = event(before)?;
        if &before.values == v {
            // Saved unchanged: nothing to keep.
            return Ok(true);
        }
        let was = &before.values;
        sqlx::query(
            "INSERT INTO outcome_history (person_id, event_id, day, sub, hours, place, mentor,
                 changed_by, changed_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(before.person.get())
        .bind(id.get())
        .bind(&was.day)
        .bind(&was.sub)
        .bind(was.hours.map(i64::from))
        .bind(&was.place)
        .bind(&was.mentor)
        .bind(author.get())
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        sqlx::query(
            "UPDATE outcome_events SET day = $2, sub = $3, hours = $4, place = $5, mentor = $6,
                 changed_at = $7
             WHERE id = $1",
        )
        .bind(id.get())
        .bind(&v.day)
        .bind(&v.sub)
        .bind(v.hours.map(i64::from))
        .bind(&v.place)
        .bind(&v.mentor)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }

    async fn started_on(&self, person: UserId) -> Result<Option<String>, StoreError> {
        let day: Option<Option<String>> = sqlx::query_scalar(
            "SELECT started_on FROM users WHERE id = $1 AND role = 'participant'",
        )
        .bind(person.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(err)?;
        Ok(day.flatten())
    }

    async fn correct_start(
        &self,
        person: UserId,
        day: &str,
        by: UserId,
        now: i64,
    ) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let before: Option<Option<String>> = sqlx::query_scalar(
            "SELECT started_on FROM users WHERE id = $1 AND role = 'participant'",
        )
        .bind(person.get())
        .fetch_optional(&mut *tx)
        .await
        .map_err(err)?;
        let Some(before) = before else {
            return Ok(false);
        };
        if before.as_deref() == Some(day) {
            return Ok(true);
        }
        if let Some(was) = before {
            sqlx::query(
                "INSERT INTO outcome_history (person_id, event_id, day, changed_by, changed_at)
                 VALUES ($1, NULL, $2, $3, $4)",
            )
            .bind(person.get())
            .bind(&was)
            .bind(by.get())
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        }
        sqlx::query("UPDATE users SET started_on = $2 WHERE id = $1")
            .bind(person.get())
            .bind(day)
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }

    async fn history(&self, person: UserId) -> Result<Vec<HistoryRecord>, StoreError> {
        type Row = (Option<i64>, String, String, Option<i64>, String, String, String, i64);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT h.event_id, h.day, h.sub, h.hours, h.place, h.mentor,
                    COALESCE(u.display_name, ''), h.changed_at
             FROM outcome_history h LEFT JOIN users u ON u.id = h.changed_by
             WHERE h.person_id = $1 ORDER BY h.changed_at DESC, h.id DESC",
        )
        .bind(person.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows
            .into_iter()
            .map(|(event, day, sub, hours, place, mentor, by_name, at)| HistoryRecord {
                event: event.map(OutcomeId::new),
                values: values(day, sub, hours, place, mentor),
                by_name,
                at,
            })
            .collect())
    }

    async fn recorded(
        &self,
        person: UserId,
        with_applications: bool,
    ) -> Result<Recorded, StoreError> {
        let first_contact: Option<(String, String)> = sqlx::query_as(
            "SELECT c.day, e.name FROM employer_contacts c JOIN employers e ON e.id = c.employer_id
             WHERE c.participant_id = $1 ORDER BY c.day, c.id LIMIT 1",
        )
        .bind(person.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(err)?;
        let presentations: Vec<(i64, String)> = sqlx::query_as(
            "SELECT at, employer_name FROM presentations WHERE participant_id = $1 ORDER BY at, id",
        )
        .bind(person.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        let applications: Vec<(i64, String, bool)> = if with_applications {
            sqlx::query_as(
                "SELECT COALESCE(CASE WHEN status = 'interview' THEN interview_at END, updated_at),
                        employer, status = 'offer'
                 FROM job_applications
                 WHERE owner_id = $1 AND status IN ('interview', 'offer') ORDER BY id",
            )
            .bind(person.get())
            .fetch_all(&self.pool)
            .await
            .map_err(err)?
        } else {
            Vec::new()
        };
        Ok(Recorded {
            first_contact,
            presentations,
            applications,
        })
    }

    async fn counts(&self, b: &Bounds) -> Result<Counts, StoreError> {
        let coach = scope(b);
        let in_scope = in_scope(b);
        // Active: started by the period's end and not ended before it began.
        let active = "u.started_on <= $2 AND NOT EXISTS (SELECT 1 FROM outcome_events x
                 WHERE x.person_id = u.id AND x.kind = 'ended' AND x.day < $1)";
        let people: (i64, i64, i64, i64) = sqlx::query_as(&format!(
            "SELECT
                 COUNT(CASE WHEN {active} THEN 1 END),
                 COUNT(CASE WHEN u.started_on BETWEEN $1 AND $2 THEN 1 END),
                 COUNT(CASE WHEN EXISTS (SELECT 1 FROM outcome_events x WHERE x.person_id = u.id
                     AND x.kind = 'ended' AND x.day BETWEEN $1 AND $2) THEN 1 END),
                 COUNT(CASE WHEN {active} AND EXISTS (SELECT 1 FROM outcome_events j
                     WHERE j.person_id = u.id AND j.kind = 'job'
                       AND j.sub IN ('employment', 'own_business') AND j.day <= $2) THEN 1 END)
             FROM users u WHERE {in_scope} AND u.started_on IS NOT NULL"
        ))
        .bind(&b.from_day)
        .bind(&b.to_day)
        .bind(coach)
        .fetch_one(&self.pool)
        .await
        .map_err(err)?;

        let meetings: (i64, i64, i64) = sqlx::query_as(&format!(
            "SELECT COUNT(*), COUNT(CASE WHEN b.attendance = 'attended' THEN 1 END),
                    COUNT(CASE WHEN b.attendance = 'no_show' THEN 1 END)
             FROM bookings b JOIN users u ON u.id = b.participant_id
             WHERE b.session_id IS NULL AND b.status = 'active'
               AND b.starts_at >= $1 AND b.starts_at < $2 AND {in_scope}"
        ))
        .bind(b.from_at)
        .bind(b.until_at)
        .bind(coach)
        .fetch_one(&self.pool)
        .await
        .map_err(err)?;

        let (dropin,): (i64,) = sqlx::query_as(&format!(
            "SELECT COUNT(*) FROM queue_entries q JOIN users u ON u.id = q.participant_id
             WHERE q.status IN ('called', 'done') AND q.joined_at >= $1 AND q.joined_at < $2
               AND {in_scope}"
        ))
        .bind(b.from_at)
        .bind(b.until_at)
        .bind(coach)
        .fetch_one(&self.pool)
        .await
        .map_err(err)?;

        let coaches: i64 = match b.coach {
            Some(_) => 1,
            None => sqlx::query_scalar(
                "SELECT COUNT(*) FROM users WHERE role = 'coach' AND deactivated_at IS NULL",
            )
            .fetch_one(&self.pool)
            .await
            .map_err(err)?,
        };
        let by_coach = match b.coach {
            Some(_) => "c.coach_id = $3",
            None => "$3 = 0",
        };
        let visits: Vec<(String, i64)> = sqlx::query_as(&format!(
            "SELECT c.day, COUNT(*) FROM employer_contacts c
             WHERE c.how = 'visit' AND c.day BETWEEN $1 AND $2 AND {by_coach}
             GROUP BY c.day ORDER BY c.day"
        ))
        .bind(&b.from_day)
        .bind(&b.to_day)
        .bind(coach)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;

        // Of the people who started in the period, those whose first employer contact came
        // within 30 days of their start.
        let first = "(SELECT MIN(c.day) FROM employer_contacts c WHERE c.participant_id = u.id)";
        let in_time: (i64, i64) = sqlx::query_as(&format!(
            "SELECT COUNT(CASE WHEN {first} <= {deadline} THEN 1 END), COUNT(*)
             FROM users u WHERE {in_scope} AND u.started_on BETWEEN $1 AND $2",
            deadline = day_plus("u.started_on", app::outcomes::FIRST_CONTACT_DAYS),
        ))
        .bind(&b.from_day)
        .bind(&b.to_day)
        .bind(coach)
        .fetch_one(&self.pool)
        .await
        .map_err(err)?;
        let (first_contacts,): (i64,) = sqlx::query_as(&format!(
            "SELECT COUNT(*) FROM (
                 SELECT c.participant_id, MIN(c.day) AS first_day
                 FROM employer_contacts c JOIN users u ON u.id = c.participant_id
                 WHERE {in_scope} GROUP BY c.participant_id) f
             WHERE f.first_day BETWEEN $1 AND $2"
        ))
        .bind(&b.from_day)
        .bind(&b.to_day)
        .bind(coach)
        .fetch_one(&self.pool)
        .await
        .map_err(err)?;

        let (presented,): (i64,) = sqlx::query_as(&format!(
            "SELECT COUNT(*) FROM presentations p JOIN users u ON u.id = p.participant_id
             WHERE p.at >= $1 AND p.at < $2 AND {in_scope}"
        ))
        .bind(b.from_at)
        .bind(b.until_at)
        .bind(coach)
        .fetch_one(&self.pool)
        .await
        .map_err(err)?;
        let events: Vec<(String, String, i64)> = sqlx::query_as(&format!(
            "SELECT e.kind, e.sub, COUNT(*) FROM outcome_events e JOIN users u ON u.id = e.person_id
             WHERE e.day BETWEEN $1 AND $2 AND {in_scope}
             GROUP BY e.kind, e.sub ORDER BY e.kind, e.sub"
        ))
        .bind(&b.from_day)
        .bind(&b.to_day)
        .bind(coach)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;

        // The first job of each person whose first job began in the period: how many, and
        // the median of their days from start, read as the one or two middle values.
        let firsts = format!(
            "WITH firsts AS (SELECT e.person_id, MIN(e.day) AS first_day
                 FROM outcome_events e JOIN users u ON u.id = e.person_id
                 WHERE e.kind = 'job' AND {in_scope} GROUP BY e.person_id)
             SELECT {days} AS days FROM firsts f JOIN users u ON u.id = f.person_id
             WHERE f.first_day BETWEEN $1 AND $2 AND f.first_day >= u.started_on AND {in_scope}",
            days = days_between("f.first_day", "u.started_on"),
        );
        let (first_jobs,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM ({firsts}) d"))
            .bind(&b.from_day)
            .bind(&b.to_day)
            .bind(coach)
            .fetch_one(&self.pool)
            .await
            .map_err(err)?;
        let median_days_to_job = if first_jobs == 0 {
            None
        } else {
            let middle: Vec<(i64,)> = sqlx::query_as(&format!(
                "SELECT d.days FROM ({firsts}) d ORDER BY d.days LIMIT $4 OFFSET $5"
            ))
            .bind(&b.from_day)
            .bind(&b.to_day)
            .bind(coach)
            .bind(if first_jobs % 2 == 0 { 2_i64 } else { 1 })
            .bind((first_jobs - 1) / 2)
            .fetch_all(&self.pool)
            .await
            .map_err(err)?;
            let middle: Vec<i64> = middle.into_iter().map(|(d,)| d).collect();
            app::outcomes::median(&middle)
        };

        Ok(Counts {
            active: count(people.0),
            new: count(people.1),
            ended: count(people.2),
            booked: count(meetings.0),
            attended: count(meetings.1),
            missed: count(meetings.2),
            dropin: count(dropin),
            coaches: count(coaches),
            visits_by_day: visits.into_iter().map(|(d, n)| (d, count(n))).collect(),
            first_contact_in_time: (count(in_time.0), count(in_time.1)),
            first_contacts: count(first_contacts),
            presented: count(presented),
            events: events
                .into_iter()
                .filter_map(|(kind, sub, n)| Some((EventKind::parse(&kind)?, sub, count(n))))
                .collect(),
            competitive: (count(people.3), count(people.0)),
            first_jobs: count(first_jobs),
            median_days_to_job,
        })
    }
}
