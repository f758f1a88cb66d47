//! People and their accounts: sign-in, the caseload.
use super::*;

pub(super) const USER_COLUMNS: &str =
    "id, login, display_name, role, password_hash, coach_id, last_sign_in_at, session_epoch,
     deactivated_at IS NOT NULL";

pub(super) fn user(row: UserRow) -> Result<UserRecord, StoreError> {
    let (id, login, display_name, role, password_hash, coach_id, last_sign_in_at, epoch, deactivated) =
        row;
    Ok(UserRecord {
        id: UserId::new(id),
        login,
        display_name,
        role: role_of(&role)?,
        password_hash,
        coach_id: coach_id.map(UserId::new),
        last_sign_in_at,
        session_epoch: epoch,
        deactivated,
    })
}

pub(super) type UserRow = (
    i64,
    Option<String>,
    String,
    String,
    Option<String>,
    Option<i64>,
    Option<i64>,
    i64,
    bool,
);

pub(super) fn role_of(role: &str) -> Result<Role, StoreError> {
    Role::parse(role).ok_or_else(|| err(format!("unknown role {role:?}")))
}

pub(super) fn login_key(login: &str) -> String {
    app::ssr::login_key(login)
}

#[async_trait]
impl AccountStore for Store {
    async fn find_user(&self, id: UserId) -> Result<Option<UserRecord>, StoreError> {
        sqlx::query_as::<_, UserRow>(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
            .bind(id.get())
            .fetch_optional(&self.pool)
            .await
            .map_err(err)?
            .map(user)
            .transpose()
    }

    async fn find_user_by_login(&self, login: &str) -> Result<Option<UserRecord>, StoreError> {
        sqlx::query_as::<_, UserRow>(&format!(
            "SELECT {USER_COLUMNS} FROM users WHERE login_key = $1"
        ))
        .bind(login_key(login))
        .fetch_optional(&self.pool)
        .await
        .map_err(err)?
        .map(user)
        .transpose()
    }

    async fn upsert_account(
        &self,
        person: NewPerson,
        login: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<UserId, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE login_key = $1")
            .bind(login_key(login))
            .fetch_optional(&mut *tx)
            .await
            .map_err(err)?;
        let id = match existing {
            Some(id) => UserId::new(id),
            None => insert_person(&mut tx, &person, now).await?,
        };
        sqlx::query(
            // A new password is a reset: every session of the account ends (the epoch moves
            // on while the old hash is still there to compare with).
            "UPDATE users SET login = $1, login_key = $2, password_hash = $3, display_name = $4,
                    role = $5, coach_id = $6, activated_at = COALESCE(activated_at, $7),
                    session_epoch = session_epoch
                        + CASE WHEN password_hash = $3 THEN 0 ELSE 1 END
             WHERE id = $8",
        )
        .bind(app::ssr::nfc(login.trim()))
        .bind(login_key(login))
        .bind(password_hash)
        .bind(&person.display_name)
        .bind(person.role.as_str())
        .bind(person.coach_id.map(UserId::get))
        .bind(now)
        .bind(id.get())
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        // A password code handed out before is no longer needed.
        revoke_open(&mut tx, id, Purpose::Reset, now, true).await?;
        tx.commit().await.map_err(err)?;
        Ok(id)
    }

    async fn list_people(&self, role: Role) -> Result<Vec<PersonSummary>, StoreError> {
        let rows: Vec<(i64, String, bool)> = sqlx::query_as(
            "SELECT id, display_name, login IS NOT NULL FROM users WHERE role = $1 AND erased_at IS NULL ORDER BY display_name, id",
        )
        .bind(role.as_str())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows.into_iter().map(summary).collect())
    }

    async fn list_caseload(&self, coach: UserId) -> Result<Vec<PersonSummary>, StoreError> {
        let rows: Vec<(i64, String, bool)> = sqlx::query_as(
            "SELECT id, display_name, login IS NOT NULL FROM users
             WHERE role = 'participant' AND coach_id = $1 ORDER BY display_name, id",
        )
        .bind(coach.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows.into_iter().map(summary).collect())
    }

    async fn record_sign_in(&self, id: UserId, now: i64) -> Result<(), StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        sqlx::query("UPDATE users SET last_sign_in_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id.get())
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        let returned = sqlx::query(
            "DELETE FROM erasure_requests WHERE user_id = $1 AND why = 'retention'",
        )
        .bind(id.get())
        .execute(&mut *tx)
        .await
        .map_err(err)?
        .rows_affected();
        if returned > 0 {
            sqlx::query("UPDATE users SET returned_at = $1 WHERE id = $2")
                .bind(now)
                .bind(id.get())
                .execute(&mut *tx)
                .await
                .map_err(err)?;
            sqlx::query(
                "INSERT INTO account_actions (actor_id, action, subject_id, at) VALUES ($1, 'returned', $1, $2)",
            )
            .bind(id.get())
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        }
        tx.commit().await.map_err(err)
    }

    async fn withdraw_password_codes(&self, person: UserId, now: i64) -> Result<(), StoreError> {
        let mut conn = self.pool.acquire().await.map_err(err)?;
        revoke_open(&mut conn, person, Purpose::Reset, now, true).await?;
        Ok(())
    }

    async fn set_locale(&self, id: UserId, locale: app::i18n::Locale) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET locale = $2 WHERE id = $1 AND locale <> $2")
            .bind(id.get())
            .bind(locale.code())
            .execute(&self.pool)
            .await
            .map_err(err)?;
        Ok(())
    }

    async fn office(&self, id: UserId) -> Result<String, StoreError> {
        let office: Option<String> = sqlx::query_scalar("SELECT office FROM users WHERE id = $1")
            .bind(id.get())
            .fetch_optional(&self.pool)
            .await
            .map_err(err)?;
        Ok(office.unwrap_or_default())
    }

    async fn set_office(&self, id: UserId, office: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET office = $2 WHERE id = $1 AND role = 'coach'")
            .bind(id.get())
            .bind(office)
            .execute(&self.pool)
            .await
            .map_err(err)?;
        Ok(())
    }

    async fn offices(&self) -> Result<Vec<String>, StoreError> {
        sqlx::query_scalar(
            "SELECT DISTINCT office FROM users WHERE role = 'coach' AND office <> '' ORDER BY office",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(err)
    }
}

pub(super) fn summary((id, display_name, active): (i64, String, bool)) -> PersonSummary {
    PersonSummary {
        id: UserId::new(id),
        display_name,
        active,
    }
}
