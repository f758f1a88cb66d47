//! Shares, the consent history behind them, and the access log (which refuses UPDATE and DELETE).
use super::*;
use app::sharing::store::ShareableCv;

pub(super) fn part_of(part: &str) -> Result<SharedPart, StoreError> {
    SharedPart::parse(part).ok_or_else(|| err(format!("unknown shared part {part:?}")))
}

pub(super) type ShareRow = (String, Option<i64>, Option<i64>, i64);

fn share_record((part, cv, ends_at, granted_at): ShareRow) -> Result<ShareRecord, StoreError> {
    Ok(ShareRecord {
        part: part_of(&part)?,
        cv: cv.map(CvId::new),
        ends_at,
        granted_at,
    })
}

#[async_trait]
impl SharingStore for Store {
    async fn shareable_cvs(&self, participant: UserId) -> Result<Vec<ShareableCv>, StoreError> {
        let rows: Vec<(i64, bool, String)> = sqlx::query_as(
            "SELECT id, is_main, document FROM cvs WHERE owner_id = $1
             ORDER BY is_main DESC, updated_at DESC, id DESC",
        )
        .bind(participant.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows
            .into_iter()
            .map(|(id, is_main, document)| ShareableCv {
                id: CvId::new(id),
                is_main,
                document,
            })
            .collect())
    }

    async fn shares_of(
        &self,
        participant: UserId,
        coach: UserId,
    ) -> Result<Vec<ShareRecord>, StoreError> {
        let rows: Vec<ShareRow> = sqlx::query_as(
            "SELECT part, cv_id, ends_at, granted_at FROM shares WHERE participant_id = $1 AND coach_id = $2 ORDER BY part",
        )
        .bind(participant.get())
        .bind(coach.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        rows.into_iter().map(share_record).collect()
    }

    async fn caseload_shares(
        &self,
        coach: UserId,
    ) -> Result<Vec<(UserId, ShareRecord)>, StoreError> {
        // Through the caseload (`users_by_coach`, then each person's shares by key): the
        // shares table has no index by coach alone.
        let rows: Vec<(i64, String, Option<i64>, Option<i64>, i64)> = sqlx::query_as(
            "SELECT s.participant_id, s.part, s.cv_id, s.ends_at, s.granted_at
             FROM users u JOIN shares s ON s.participant_id = u.id AND s.coach_id = u.coach_id
             WHERE u.coach_id = $1 ORDER BY s.participant_id, s.part",
        )
        .bind(coach.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        rows.into_iter()
            .map(|(person, part, cv, ends_at, granted_at)| {
                Ok((UserId::new(person), share_record((part, cv, ends_at, granted_at))?))
            })
            .collect()
    }

    async fn set_share(
        &self,
        participant: UserId,
        coach: UserId,
        part: SharedPart,
        grant: Option<ShareGrant>,
        wording_version: i64,
        now: i64,
    ) -> Result<Option<ConsentChange>, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let change = set_share_in(
            &mut tx,
            participant,
            coach,
            part,
            grant,
            wording_version,
            now,
        )
        .await?;
        tx.commit().await.map_err(err)?;
        Ok(change)
    }

    async fn stop_sharing(
        &self,
        participant: UserId,
        coach: UserId,
        wording_version: i64,
        now: i64,
    ) -> Result<Vec<SharedPart>, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let mut withdrawn = Vec::new();
        for part in SharedPart::ALL {
            if set_share_in(
                &mut tx,
                participant,
                coach,
                part,
                None,
                wording_version,
                now,
            )
            .await?
                == Some(ConsentChange::Withdrawn)
            {
                withdrawn.push(part);
            }
        }
        tx.commit().await.map_err(err)?;
        Ok(withdrawn)
    }

    async fn consent_history(&self, participant: UserId) -> Result<Vec<ConsentEvent>, StoreError> {
        type Row = (
            i64,
            String,
            String,
            Option<i64>,
            Option<String>,
            Option<i64>,
            i64,
            String,
            i64,
        );
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT e.coach_id, u.display_name, e.part, e.cv_id, e.cv_title, e.ends_at, e.wording_version, e.event, e.at
             FROM consent_events e JOIN users u ON u.id = e.coach_id
             WHERE e.participant_id = $1 ORDER BY e.at DESC, e.id DESC",
        )
        .bind(participant.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        rows.into_iter()
            .map(
                |(coach, coach_name, part, cv, cv_title, ends_at, wording_version, event, at)| {
                    Ok(ConsentEvent {
                        coach_id: UserId::new(coach),
                        coach_name,
                        part: part_of(&part)?,
                        cv: cv.map(CvId::new),
                        cv_title,
                        ends_at,
                        wording_version,
                        change: ConsentChange::parse(&event)
                            .ok_or_else(|| err(format!("unknown consent event {event:?}")))?,
                        at,
                    })
                },
            )
            .collect()
    }

    async fn log_access(&self, entry: NewAccess) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO access_log (reader_id, reader_role, participant_id, part, how, cv_id, at, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (request_id, participant_id, part, how) DO NOTHING",
        )
        .bind(entry.reader.get())
        .bind(entry.reader_role.as_str())
        .bind(entry.participant.get())
        .bind(entry.part.code())
        .bind(entry.how.code())
        .bind(entry.cv.map(CvId::get))
        .bind(entry.at)
        .bind(&entry.request_id)
        .execute(&self.pool)
        .await
        .map_err(err)?;
        Ok(())
    }

    async fn access_log(&self, participant: UserId) -> Result<Vec<AccessEntry>, StoreError> {
        type Row = (
            i64,
            String,
            String,
            String,
            String,
            Option<i64>,
            i64,
            String,
        );
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT a.reader_id, u.display_name, a.reader_role, a.part, a.how, a.cv_id, a.at, a.request_id
             FROM access_log a JOIN users u ON u.id = a.reader_id
             WHERE a.participant_id = $1 ORDER BY a.at DESC, a.id DESC",
        )
        .bind(participant.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        rows.into_iter()
            .map(
                |(reader, reader_name, role, part, how, cv, at, request_id)| {
                    Ok(AccessEntry {
                        reader: UserId::new(reader),
                        reader_name,
                        reader_role: role_of(&role)?,
                        part: part_of(&part)?,
                        how: ReadHow::parse(&how)
                            .ok_or_else(|| err(format!("unknown way of reading {how:?}")))?,
                        cv: cv.map(CvId::new),
                        at,
                        request_id,
                    })
                },
            )
            .collect()
    }
}

/// [`SharingStore::set_share`] inside a write transaction the caller commits.
pub(super) async fn set_share_in(
    conn: &mut Conn,
    participant: UserId,
    coach: UserId,
    part: SharedPart,
    grant: Option<ShareGrant>,
    wording_version: i64,
    now: i64,
) -> Result<Option<ConsentChange>, StoreError> {
    let current: Option<(Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT cv_id, ends_at FROM shares WHERE participant_id = $1 AND coach_id = $2 AND part = $3",
    )
    .bind(participant.get())
    .bind(coach.get())
    .bind(part.code())
    .fetch_optional(&mut *conn)
    .await
    .map_err(err)?;
    let holds = |ends_at: Option<i64>| ends_at.is_none_or(|end| now < end);
    let change = match (&current, &grant) {
        (None, None) => None,
        (Some((_, ends_at)), None) if holds(*ends_at) => Some(ConsentChange::Withdrawn),
        // A share that ran out by itself: its row goes, and there is nothing to withdraw.
        (Some(_), None) => {
            sqlx::query(
                "DELETE FROM shares WHERE participant_id = $1 AND coach_id = $2 AND part = $3",
            )
            .bind(participant.get())
            .bind(coach.get())
            .bind(part.code())
            .execute(&mut *conn)
            .await
            .map_err(err)?;
            return Ok(None);
        }
        (None, Some(_)) => Some(ConsentChange::Granted),
        (Some((_, ends_at)), Some(_)) if !holds(*ends_at) => Some(ConsentChange::Granted),
        (Some((cv, ends_at)), Some(g)) => {
            (*cv != g.cv.map(CvId::get) || *ends_at != g.ends_at).then_some(ConsentChange::Changed)
        }
    };
    let Some(change) = change else {
        return Ok(None);
    };
    sqlx::query("DELETE FROM shares WHERE participant_id = $1 AND coach_id = $2 AND part = $3")
        .bind(participant.get())
        .bind(coach.get())
        .bind(part.code())
        .execute(&mut *conn)
        .await
        .map_err(err)?;
    if let Some(g) = &grant {
        sqlx::query(
            "INSERT INTO shares (participant_id, coach_id, part, cv_id, ends_at, granted_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(participant.get())
        .bind(coach.get())
        .bind(part.code())
        .bind(g.cv.map(CvId::get))
        .bind(g.ends_at)
        .bind(now)
        .execute(&mut *conn)
        .await
        .map_err(err)?;
    }
    // A withdrawal records what was withdrawn.
    let (cv, cv_title, ends_at) = match (&grant, &current) {
        (Some(g), _) => (g.cv.map(CvId::get), g.cv_title.clone(), g.ends_at),
        (None, Some((cv, ends_at))) => (*cv, None, *ends_at),
        (None, None) => (None, None, None),
    };
    sqlx::query(
        "INSERT INTO consent_events (participant_id, coach_id, part, cv_id, cv_title, ends_at, wording_version, event, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(participant.get())
    .bind(coach.get())
    .bind(part.code())
    .bind(cv)
    .bind(cv_title)
    .bind(ends_at)
    .bind(wording_version)
    .bind(change.code())
    .bind(now)
    .execute(&mut *conn)
    .await
    .map_err(err)?;
    Ok(Some(change))
}
