//! The coach's notes and the history of their changes.
use super::*;

#[async_trait]
impl NoteStore for Store {
    async fn add_note(
        &self,
        participant: UserId,
        coach: UserId,
        body: &str,
        internal: bool,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO coach_notes (participant_id, coach_id, body, internal, at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(participant.get())
        .bind(coach.get())
        .bind(body)
        .bind(internal)
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(err)?;
        Ok(())
    }

    async fn notes(
        &self,
        participant: UserId,
        with_internal: bool,
    ) -> Result<Vec<NoteRecord>, StoreError> {
        let rows: Vec<NoteRow> = sqlx::query_as(
            "SELECT n.id, n.participant_id, n.coach_id, u.display_name AS coach_name, n.body,
                    n.internal, n.at, n.changed_at
             FROM coach_notes n JOIN users u ON u.id = n.coach_id
             WHERE n.participant_id = $1 AND (NOT n.internal OR $2) AND n.removed_at IS NULL
             ORDER BY n.at DESC, n.id DESC",
        )
        .bind(participant.get())
        .bind(with_internal)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows.into_iter().map(NoteRow::record).collect())
    }

    async fn caseload_last_notes(&self, coach: UserId) -> Result<Vec<(UserId, i64)>, StoreError> {
        let rows: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT n.participant_id, MAX(n.at)
             FROM users u JOIN coach_notes n ON n.participant_id = u.id
             WHERE u.coach_id = $1 AND n.removed_at IS NULL
             GROUP BY n.participant_id ORDER BY n.participant_id",
        )
        .bind(coach.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows
            .into_iter()
            .map(|(person, at)| (UserId::new(person), at))
            .collect())
    }

    async fn note(&self, id: NoteId) -> Result<Option<NoteRecord>, StoreError> {
        let row: Option<NoteRow> = sqlx::query_as(
            "SELECT n.id, n.participant_id, n.coach_id, u.display_name AS coach_name, n.body,
                    n.internal, n.at, n.changed_at
             FROM coach_notes n JOIN users u ON u.id = n.coach_id
             WHERE n.id = $1 AND n.removed_at IS NULL",
        )
        .bind(id.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(err)?;
        Ok(row.map(NoteRow::record))
    }

    async fn change_note(
        &self,
        id: NoteId,
        coach: UserId,
        body: &str,
        internal: bool,
        now: i64,
    ) -> Result<bool, StoreError> {
        self.note_change(id, coach, now, Some((body, internal)))
            .await
    }

    async fn remove_note(&self, id: NoteId, coach: UserId, now: i64) -> Result<bool, StoreError> {
        self.note_change(id, coach, now, None).await
    }

    async fn note_changes(&self, participant: UserId) -> Result<Vec<NoteChange>, StoreError> {
        let rows: Vec<(i64, i64, i64, String, String, bool)> = sqlx::query_as(
            "SELECT h.note_id, h.changed_by, h.at, h.what, h.body, h.internal
             FROM coach_note_history h JOIN coach_notes n ON n.id = h.note_id
             WHERE n.participant_id = $1
             ORDER BY h.at, h.id",
        )
        .bind(participant.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows
            .into_iter()
            .map(|(note, by, at, what, body, internal)| NoteChange {
                note: NoteId::new(note),
                by: UserId::new(by),
                at,
                removed: what == "removed",
                body_before: body,
                internal_before: internal,
            })
            .collect())
    }
}

impl Store {
    /// Changes (`Some`) or removes (`None`) a live note of `coach`'s, its text before
    /// going to the history in the same transaction.
    async fn note_change(
        &self,
        id: NoteId,
        coach: UserId,
        now: i64,
        new: Option<(&str, bool)>,
    ) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let before: Option<(String, bool)> = sqlx::query_as(
            "SELECT body, internal FROM coach_notes
             WHERE id = $1 AND coach_id = $2 AND removed_at IS NULL",
        )
        .bind(id.get())
        .bind(coach.get())
        .fetch_optional(&mut *tx)
        .await
        .map_err(err)?;
        let Some((body_before, internal_before)) = before else {
            return Ok(false);
        };
        if new == Some((body_before.as_str(), internal_before)) {
            // Saved unchanged: nothing to tell or keep.
            return Ok(true);
        }
        sqlx::query(
            "INSERT INTO coach_note_history (note_id, changed_by, at, what, body, internal)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id.get())
        .bind(coach.get())
        .bind(now)
        .bind(if new.is_some() { "changed" } else { "removed" })
        .bind(&body_before)
        .bind(internal_before)
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        match new {
            Some((body, internal)) => sqlx::query(
                "UPDATE coach_notes SET body = $1, internal = $2, changed_at = $3 WHERE id = $4",
            )
            .bind(body)
            .bind(internal)
            .bind(now)
            .bind(id.get()),
            None => sqlx::query("UPDATE coach_notes SET removed_at = $1 WHERE id = $2")
                .bind(now)
                .bind(id.get()),
        }
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct NoteRow {
    id: i64,
    participant_id: i64,
    coach_id: i64,
    coach_name: String,
    body: String,
    internal: bool,
    at: i64,
    changed_at: Option<i64>,
}

impl NoteRow {
    fn record(self) -> NoteRecord {
        NoteRecord {
            id: NoteId::new(self.id),
            participant_id: UserId::new(self.participant_id),
            coach_id: UserId::new(self.coach_id),
            coach_name: self.coach_name,
            body: self.body,
            internal: self.internal,
            at: self.at,
            changed_at: self.changed_at,
        }
    }
}
