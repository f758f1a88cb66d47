//! Data rights and account care: the export's rows, erasure, retention's listing, moving a
//! participant to another coach, deactivation, and the log of all of them.
use super::*;
use super::rights_tables::{EXPORTED, SECRET_COLUMNS};
use super::sharing::set_share_in;
use app::rights::store::{
    AccountAction, AccountState, ActionRecord, ErasureRequest, ErasureWhy, RightsStore, Rows,
};
use app::sharing::SharedPart;

const ACCOUNT_COLUMNS: &str = "u.id, u.display_name, u.role, u.coach_id, c.display_name,
     u.login IS NOT NULL, u.created_at, u.last_sign_in_at, u.deactivated_at, u.erased_at,
     u.coach_changed_at, u.returned_at, u.kept_at, e.why, e.asked_at, e.erase_at";

const ACCOUNT_FROM: &str = "users u LEFT JOIN users c ON c.id = u.coach_id
     LEFT JOIN erasure_requests e ON e.user_id = u.id";

type AccountRow = (
    i64,
    String,
    String,
    Option<i64>,
    Option<String>,
    bool,
    i64,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<String>,
    Option<i64>,
    Option<i64>,
);

fn account_state(row: AccountRow) -> Result<AccountState, StoreError> {
    let (id, display_name, role, coach_id, coach_name, signed_up, created_at, last_sign_in_at) =
        (row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7);
    let erasure = match (row.13, row.14, row.15) {
        (Some(why), Some(asked_at), Some(erase_at)) => Some(ErasureRequest {
            person: UserId::new(id),
            why: ErasureWhy::parse(&why).ok_or_else(|| err(format!("unknown why {why:?}")))?,
            asked_at,
            erase_at,
        }),
        _ => None,
    };
    Ok(AccountState {
        id: UserId::new(id),
        display_name,
        role: role_of(&role)?,
        coach: coach_id.map(|c| (UserId::new(c), coach_name.unwrap_or_default())),
        signed_up,
        created_at,
        last_sign_in_at,
        deactivated_at: row.8,
        erased_at: row.9,
        coach_changed_at: row.10,
        returned_at: row.11,
        kept_at: row.12,
        erasure,
    })
}

async fn log_action(
    conn: &mut Conn,
    by: Option<UserId>,
    action: AccountAction,
    subject: UserId,
    reason: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO account_actions (actor_id, action, subject_id, reason, at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(by.map(UserId::get))
    .bind(action.as_str())
    .bind(subject.get())
    .bind(reason)
    .bind(now)
    .execute(&mut *conn)
    .await
    .map_err(err)?;
    Ok(())
}

/// The bytes a session of `person` holds: the signed-in account's entry as the session
/// store writes its data (MessagePack, a map whose `uid` is the account number).
fn session_mark(person: UserId) -> Result<Vec<u8>, StoreError> {
    let entry: std::collections::HashMap<&str, serde_json::Value> =
        [(app::ssr::SESSION_USER, serde_json::Value::from(person.get()))].into();
    let bytes = rmp_serde::to_vec(&entry).map_err(err)?;
    // A map of one entry is its one-byte header, then the key and the value.
    Ok(bytes.get(1..).unwrap_or_default().to_vec())
}

/// Runs `sql` with the person's id as `$1`.
async fn run(conn: &mut Conn, sql: &str, person: UserId) -> Result<u64, StoreError> {
    Ok(sqlx::query(sql)
        .bind(person.get())
        .execute(&mut *conn)
        .await
        .map_err(err)?
        .rows_affected())
}

#[async_trait]
impl RightsStore for Store {
    async fn export_rows(&self, person: UserId) -> Result<Vec<(String, Rows)>, StoreError> {
        // One snapshot for the whole file, so that it never holds half of a change.
        let mut tx = super::begin_snapshot(&self.pool).await?;
        let mut tables = Vec::with_capacity(EXPORTED.len());
        for exported in EXPORTED {
            let rows = sqlx::query(&format!(
                "SELECT * FROM {} WHERE {} ORDER BY 1, 2",
                exported.table, exported.whose
            ))
            .bind(person.get())
            .fetch_all(&mut *tx)
            .await
            .map_err(err)?;
            let rows = rows
                .iter()
                .map(|row| {
                    let mut columns = super::row_json(row);
                    for secret in SECRET_COLUMNS {
                        columns.remove(*secret);
                    }
                    columns
                })
                .collect();
            tables.push((exported.table.to_string(), rows));
        }
        tx.commit().await.map_err(err)?;
        Ok(tables)
    }

    async fn names(&self, ids: &[i64]) -> Result<Vec<(i64, String)>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let marks: Vec<String> = (1..=ids.len()).map(|n| format!("${n}")).collect();
        let sql = format!(
            "SELECT id, display_name FROM users WHERE id IN ({}) ORDER BY id",
            marks.join(", ")
        );
        ids.iter()
            .fold(sqlx::query_as(&sql), |q, id| q.bind(*id))
            .fetch_all(&self.pool)
            .await
            .map_err(err)
    }

    async fn account(&self, person: UserId) -> Result<Option<AccountState>, StoreError> {
        let row: Option<AccountRow> = sqlx::query_as(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM {ACCOUNT_FROM} WHERE u.id = $1"
        ))
        .bind(person.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(err)?;
        row.map(account_state).transpose()
    }

    async fn search_participants(
        &self,
        query: &str,
        limit: i64,
    ) -> Result<Vec<AccountState>, StoreError> {
        // LIKE's own wildcards in what was typed are taken literally. SQLite's LOWER and
        // LIKE fold only ASCII letters, so the name is also matched as typed ("Åsa").
        let escaped = query
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let rows: Vec<AccountRow> = sqlx::query_as(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM {ACCOUNT_FROM}
             WHERE u.role = 'participant' AND u.erased_at IS NULL
               AND (LOWER(u.display_name) LIKE $1 ESCAPE '\\' OR u.display_name LIKE $2 ESCAPE '\\')
             ORDER BY u.display_name, u.id LIMIT $3"
        ))
        .bind(format!("%{}%", escaped.to_lowercase()))
        .bind(format!("%{escaped}%"))
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        rows.into_iter().map(account_state).collect()
    }

    async fn ask_erasure(
        &self,
        person: UserId,
        by: Option<UserId>,
        why: ErasureWhy,
        now: i64,
        erase_at: i64,
    ) -> Result<(), StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let asked = sqlx::query(
            "INSERT INTO erasure_requests (user_id, asked_by, why, asked_at, erase_at)
             SELECT id, $2, $3, $4, $5 FROM users WHERE id = $1 AND erased_at IS NULL
             ON CONFLICT (user_id) DO UPDATE SET asked_by = $2, why = $3, asked_at = $4, erase_at = $5",
        )
        .bind(person.get())
        .bind(by.map(UserId::get))
        .bind(why.as_str())
        .bind(now)
        .bind(erase_at)
        .execute(&mut *tx)
        .await
        .map_err(err)?
        .rows_affected();
        if asked > 0 {
            let action = match why {
                ErasureWhy::Asked => AccountAction::ErasureAsked,
                ErasureWhy::Retention => AccountAction::RetentionListed,
            };
            log_action(&mut tx, by, action, person, "", now).await?;
        }
        tx.commit().await.map_err(err)
    }

    async fn withdraw_erasure(
        &self,
        person: UserId,
        by: Option<UserId>,
        action: AccountAction,
        reason: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let withdrawn = run(&mut tx, "DELETE FROM erasure_requests WHERE user_id = $1", person).await?;
        if withdrawn == 0 {
            return Ok(false);
        }
        match action {
            AccountAction::Kept => {
                sqlx::query("UPDATE users SET kept_at = $2 WHERE id = $1")
                    .bind(person.get())
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(err)?;
            }
            AccountAction::Returned => {
                sqlx::query("UPDATE users SET returned_at = $2 WHERE id = $1")
                    .bind(person.get())
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(err)?;
            }
            _ => {}
        }
        log_action(&mut tx, by, action, person, reason, now).await?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }

    async fn erase(
        &self,
        person: UserId,
        by: Option<UserId>,
        now: i64,
    ) -> Result<bool, StoreError> {
        // The write lock is held for the transaction only: the checkpoint after it takes
        // it again.
        {
            let (_writer, mut tx) = self.begin_write().await?;
            let erasable: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM users WHERE id = $1 AND role = 'participant' AND erased_at IS NULL",
            )
            .bind(person.get())
            .fetch_optional(&mut *tx)
            .await
            .map_err(err)?;
            if erasable.is_none() {
                return Ok(false);
            }
            // Meetings ahead are cancelled for the coach with no reason given (a seat returns
            // to its workshop by the seat-count trigger), then every booking keeps only what
            // the organisation's record needs: who met whom, when, and whether they came.
            sqlx::query(
                "UPDATE bookings SET status = 'cancelled', cancelled_at = $2, cancelled_by = participant_id
                 WHERE participant_id = $1 AND status = 'active' AND ends_at > $2",
            )
            .bind(person.get())
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(err)?;
            for sql in [
                "UPDATE bookings SET help = '', interpreter = '', needs = '', cancel_reason = ''
                 WHERE participant_id = $1",
                "UPDATE queue_entries SET status = 'left', ended_at = COALESCE(ended_at, called_at, joined_at)
                 WHERE participant_id = $1 AND status IN ('waiting', 'called')",
                "DELETE FROM cv_drafts WHERE cv_id IN (SELECT id FROM cvs WHERE owner_id = $1)",
                "DELETE FROM shares WHERE participant_id = $1",
                "DELETE FROM consent_events WHERE participant_id = $1",
                "DELETE FROM cvs WHERE owner_id = $1",
                "DELETE FROM profile_revisions WHERE owner_id = $1",
                "DELETE FROM profile_parts WHERE owner_id = $1",
                "DELETE FROM practice_log WHERE goal_id IN (SELECT id FROM practice_goals WHERE owner_id = $1)",
                "DELETE FROM goal_pauses WHERE goal_id IN (SELECT id FROM practice_goals WHERE owner_id = $1)",
                "DELETE FROM practice_goals WHERE owner_id = $1",
                "DELETE FROM job_applications WHERE owner_id = $1",
                "DELETE FROM coach_note_history WHERE note_id IN (SELECT id FROM coach_notes WHERE participant_id = $1)",
                "DELETE FROM coach_notes WHERE participant_id = $1",
                "DELETE FROM invitations WHERE user_id = $1",
                "DELETE FROM erasure_requests WHERE user_id = $1",
                // Reminders: the devices (their push addresses and keys), the kinds stopped
                // and every reminder made.
                "DELETE FROM push_devices WHERE user_id = $1",
                "DELETE FROM reminder_opt_outs WHERE user_id = $1",
                "DELETE FROM reminders WHERE user_id = $1",
                "DELETE FROM presentations WHERE participant_id = $1",
                "DELETE FROM lead_offers WHERE participant_id = $1",
                // The road to work stays as the programme's record under the pseudonym, like
                // attendance: its kinds and days count in reports, and the words that could
                // name a workplace, a supervisor or what was studied go, with every earlier
                // value.
                "DELETE FROM outcome_history WHERE person_id = $1",
                "UPDATE outcome_events SET place = '', mentor = '' WHERE person_id = $1",
                // The office keeps its contact with the employer, no longer for anyone, and
                // without the words written about it (they could name the person).
                "UPDATE employer_contacts SET participant_id = NULL, note = '' WHERE participant_id = $1",
                // The reasons typed for keeping this account could name them.
                "UPDATE account_actions SET reason = '' WHERE subject_id = $1",
            ] {
                run(&mut tx, sql, person).await?;
            }
            // Their sign-in sessions, which may still hold a refused form's typed values: found
        // by the account number as the session store encodes it.
        super::forget_sessions(&mut tx, &session_mark(person)?).await?;
        // The row stays as the pseudonym the kept records point at: nothing in it names
            // the person, and its sessions end with the epoch.
            sqlx::query(
                "UPDATE users SET login = NULL, login_key = NULL, password_hash = NULL,
                        display_name = '#' || CAST(id AS TEXT), coach_id = NULL, created_by = NULL,
                        erased_at = $2, deactivated_at = COALESCE(deactivated_at, $2),
                        coach_changed_at = NULL, returned_at = NULL, kept_at = NULL,
                        session_epoch = session_epoch + 1
                 WHERE id = $1",
            )
            .bind(person.get())
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(err)?;
            log_action(&mut tx, by, AccountAction::Erased, person, "", now).await?;
            tx.commit().await.map_err(err)?;
        }
        super::settle_after_erasure(self).await?;
        Ok(true)
    }

    async fn due_erasures(&self, now: i64) -> Result<Vec<UserId>, StoreError> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT user_id FROM erasure_requests WHERE erase_at <= $1 ORDER BY erase_at, user_id",
        )
        .bind(now)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(ids.into_iter().map(UserId::new).collect())
    }

    async fn list_inactive(
        &self,
        inactive_since: i64,
        now: i64,
        erase_at: i64,
    ) -> Result<u64, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT u.id FROM users u
             WHERE u.role = 'participant' AND u.erased_at IS NULL
               AND COALESCE(u.last_sign_in_at, u.created_at) < $1
               AND COALESCE(u.kept_at, u.created_at) < $1
               AND COALESCE(u.returned_at, u.created_at) < $1
               AND NOT EXISTS (SELECT 1 FROM erasure_requests e WHERE e.user_id = u.id)
               AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.participant_id = u.id AND b.ends_at >= $1)
             ORDER BY u.id",
        )
        .bind(inactive_since)
        .fetch_all(&mut *tx)
        .await
        .map_err(err)?;
        for &id in &ids {
            sqlx::query(
                "INSERT INTO erasure_requests (user_id, asked_by, why, asked_at, erase_at)
                 VALUES ($1, NULL, 'retention', $2, $3)",
            )
            .bind(id)
            .bind(now)
            .bind(erase_at)
            .execute(&mut *tx)
            .await
            .map_err(err)?;
            log_action(
                &mut tx,
                None,
                AccountAction::RetentionListed,
                UserId::new(id),
                "",
                now,
            )
            .await?;
        }
        tx.commit().await.map_err(err)?;
        Ok(ids.len() as u64)
    }

    async fn waiting_erasures(&self) -> Result<Vec<(ErasureRequest, String)>, StoreError> {
        let rows: Vec<(i64, String, i64, i64, String)> = sqlx::query_as(
            "SELECT e.user_id, e.why, e.asked_at, e.erase_at, u.display_name
             FROM erasure_requests e JOIN users u ON u.id = e.user_id
             ORDER BY e.erase_at, e.user_id LIMIT 500",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        rows.into_iter()
            .map(|(id, why, asked_at, erase_at, name)| {
                Ok((
                    ErasureRequest {
                        person: UserId::new(id),
                        why: ErasureWhy::parse(&why)
                            .ok_or_else(|| err(format!("unknown why {why:?}")))?,
                        asked_at,
                        erase_at,
                    },
                    name,
                ))
            })
            .collect()
    }

    async fn set_deactivated(
        &self,
        person: UserId,
        by: UserId,
        deactivated: bool,
        now: i64,
    ) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let sql = if deactivated {
            "UPDATE users SET deactivated_at = $2, session_epoch = session_epoch + 1
             WHERE id = $1 AND deactivated_at IS NULL AND erased_at IS NULL"
        } else {
            "UPDATE users SET deactivated_at = NULL
             WHERE id = $1 AND deactivated_at IS NOT NULL AND erased_at IS NULL AND $2 >= 0"
        };
        let changed = sqlx::query(sql)
            .bind(person.get())
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(err)?
            .rows_affected();
        if changed == 0 {
            return Ok(false);
        }
        // A closed account's calendar address ends for good, and its devices get no more
        // reminders: reopening the account brings neither back (a new address, reminders
        // turned on again).
        if deactivated {
            for sql in [
                "DELETE FROM calendar_feeds WHERE coach_id = $1",
                "DELETE FROM push_devices WHERE user_id = $1",
            ] {
                sqlx::query(sql)
                    .bind(person.get())
                    .execute(&mut *tx)
                    .await
                    .map_err(err)?;
            }
        }
        let action = if deactivated {
            AccountAction::Deactivated
        } else {
            AccountAction::Reactivated
        };
        log_action(&mut tx, Some(by), action, person, "", now).await?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }

    async fn move_to_coach(
        &self,
        person: UserId,
        coach: UserId,
        by: UserId,
        now: i64,
    ) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let old: Option<Option<i64>> = sqlx::query_scalar(
            "SELECT coach_id FROM users WHERE id = $1 AND role = 'participant' AND erased_at IS NULL",
        )
        .bind(person.get())
        .fetch_optional(&mut *tx)
        .await
        .map_err(err)?;
        let Some(old) = old else {
            return Ok(false);
        };
        let is_coach: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM users WHERE id = $1 AND role = 'coach' AND erased_at IS NULL",
        )
        .bind(coach.get())
        .fetch_optional(&mut *tx)
        .await
        .map_err(err)?;
        if is_coach.is_none() || old == Some(coach.get()) {
            return Ok(false);
        }
        if let Some(old) = old {
            for part in SharedPart::ALL {
                set_share_in(
                    &mut tx,
                    person,
                    UserId::new(old),
                    part,
                    None,
                    app::sharing::CONSENT_WORDING,
                    now,
                )
                .await?;
            }
        }
        sqlx::query("UPDATE users SET coach_id = $2, coach_changed_at = $3 WHERE id = $1")
            .bind(person.get())
            .bind(coach.get())
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        log_action(&mut tx, Some(by), AccountAction::Moved, person, "", now).await?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }

    async fn seen_account_news(&self, person: UserId) -> Result<(), StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        run(
            &mut tx,
            "UPDATE users SET coach_changed_at = NULL, returned_at = NULL WHERE id = $1",
            person,
        )
        .await?;
        tx.commit().await.map_err(err)
    }

    async fn actions(&self, limit: i64) -> Result<Vec<ActionRecord>, StoreError> {
        let rows: Vec<(Option<String>, String, i64, String, String, i64)> = sqlx::query_as(
            "SELECT a.display_name, x.action, x.subject_id, s.display_name, x.reason, x.at
             FROM account_actions x JOIN users s ON s.id = x.subject_id
             LEFT JOIN users a ON a.id = x.actor_id
             ORDER BY x.at DESC, x.id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        rows.into_iter()
            .map(|(actor, action, subject, subject_name, reason, at)| {
                Ok(ActionRecord {
                    actor,
                    action: AccountAction::parse(&action)
                        .ok_or_else(|| err(format!("unknown action {action:?}")))?,
                    subject: UserId::new(subject),
                    subject_name,
                    reason,
                    at,
                })
            })
            .collect()
    }
}
