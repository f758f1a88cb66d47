//! Invitations and password resets: only the hashes of their secrets are stored.
use super::*;

/// An invitation with its account; `used` also when it no longer fits the account.
pub(super) const INVITATION_SELECT: &str =
    "SELECT i.id, i.user_id, u.display_name, u.role, i.purpose, u.login, i.expires_at,
        (i.used_at IS NOT NULL OR i.revoked_at IS NOT NULL
         OR (i.purpose = 'invite' AND u.login IS NOT NULL)
         OR (i.purpose = 'reset' AND u.login IS NULL))
     FROM invitations i JOIN users u ON u.id = i.user_id";

fn invitation(row: InvitationRow) -> Result<InvitationRecord, StoreError> {
    let (id, user_id, display_name, role, purpose, login, expires_at, used) = row;
    Ok(InvitationRecord {
        id: InvitationId::new(id),
        user_id: UserId::new(user_id),
        display_name,
        role: role_of(&role)?,
        purpose: purpose_of(&purpose)?,
        login,
        expires_at,
        used,
    })
}

pub(super) fn purpose_of(purpose: &str) -> Result<Purpose, StoreError> {
    match purpose {
        "invite" => Ok(Purpose::Invite),
        "reset" => Ok(Purpose::Reset),
        other => Err(err(format!("unknown invitation purpose {other:?}"))),
    }
}

pub(super) fn purpose_str(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::Invite => "invite",
        Purpose::Reset => "reset",
    }
}

pub(super) type InvitationRow = (i64, i64, String, String, String, Option<String>, i64, bool);

pub(super) async fn insert_invitation(
    conn: &mut Conn,
    user_id: UserId,
    inv: &NewInvitation,
    purpose: Purpose,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO invitations (user_id, token_hash, code_hash, expires_at, created_at, purpose) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(user_id.get())
    .bind(&inv.token_hash)
    .bind(&inv.code_hash)
    .bind(inv.expires_at)
    .bind(now)
    .bind(purpose_str(purpose))
    .execute(conn)
    .await
    .map_err(err)?;
    Ok(())
}

pub(super) async fn insert_person(
    conn: &mut Conn,
    p: &NewPerson,
    now: i64,
) -> Result<UserId, StoreError> {
    // A participant starts in the programme on the Stockholm day they are invited (their
    // coach can correct it on the timeline).
    let started_on = (p.role == app::auth::Role::Participant)
        .then(|| app::ssr::clock::day_of_unix(now))
        .flatten()
        .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day));
    sqlx::query_scalar(
        "INSERT INTO users (display_name, role, coach_id, created_by, created_at, started_on)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(&p.display_name)
    .bind(p.role.as_str())
    .bind(p.coach_id.map(UserId::get))
    .bind(p.created_by.map(UserId::get))
    .bind(now)
    .bind(started_on)
    .fetch_one(conn)
    .await
    .map(UserId::new)
    .map_err(err)
}

/// The invitation (id, account) behind a secret that can still be used for `purpose` at
/// `now`: an invitation needs an account without a login, a reset one with.
pub(super) async fn open_secret(
    conn: &mut Conn,
    secret_hash: &str,
    purpose: Purpose,
    now: i64,
) -> Result<Option<(i64, i64)>, StoreError> {
    let account = match purpose {
        Purpose::Invite => "u.login IS NULL",
        Purpose::Reset => "u.login IS NOT NULL",
    };
    sqlx::query_as(&format!(
        "SELECT i.id, i.user_id FROM invitations i JOIN users u ON u.id = i.user_id
         WHERE (i.token_hash = $1 OR i.code_hash = $1) AND i.purpose = $3
           AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2 AND {account}"
    ))
    .bind(secret_hash)
    .bind(now)
    .bind(purpose_str(purpose))
    .fetch_optional(conn)
    .await
    .map_err(err)
}

/// Marks an invitation used and returns its account as it now is.
pub(super) async fn use_up(
    conn: &mut Conn,
    invitation: i64,
    user_id: i64,
    now: i64,
) -> Result<UserRecord, StoreError> {
    sqlx::query("UPDATE invitations SET used_at = $1 WHERE id = $2")
        .bind(now)
        .bind(invitation)
        .execute(&mut *conn)
        .await
        .map_err(err)?;
    let row =
        sqlx::query_as::<_, UserRow>(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
            .bind(user_id)
            .fetch_one(&mut *conn)
            .await
            .map_err(err)?;
    user(row)
}

/// Withdraws `person`'s open secrets of one purpose, if the account is in the state the
/// purpose needs (`active`: it has a login). `false`, and nothing done, otherwise.
pub(super) async fn revoke_open(
    conn: &mut Conn,
    person: UserId,
    purpose: Purpose,
    now: i64,
    active: bool,
) -> Result<bool, StoreError> {
    let login: Option<Option<String>> = sqlx::query_scalar("SELECT login FROM users WHERE id = $1")
        .bind(person.get())
        .fetch_optional(&mut *conn)
        .await
        .map_err(err)?;
    match login {
        Some(login) if login.is_some() == active => {}
        _ => return Ok(false),
    }
    sqlx::query(
        "UPDATE invitations SET revoked_at = $1 WHERE user_id = $2 AND purpose = $3 AND used_at IS NULL AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(person.get())
    .bind(purpose_str(purpose))
    .execute(&mut *conn)
    .await
    .map_err(err)?;
    Ok(true)
}

#[async_trait]
impl InvitationStore for Store {
    async fn create_invited_person(
        &self,
        person: NewPerson,
        invitation: NewInvitation,
        now: i64,
    ) -> Result<UserId, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let id = insert_person(&mut tx, &person, now).await?;
        insert_invitation(&mut tx, id, &invitation, Purpose::Invite, now).await?;
        tx.commit().await.map_err(err)?;
        Ok(id)
    }

    async fn find_invitation(
        &self,
        secret_hash: &str,
    ) -> Result<Option<InvitationRecord>, StoreError> {
        let row: Option<InvitationRow> = sqlx::query_as(&format!(
            "{INVITATION_SELECT} WHERE i.token_hash = $1 OR i.code_hash = $1"
        ))
        .bind(secret_hash)
        .fetch_optional(&self.pool)
        .await
        .map_err(err)?;
        row.map(invitation).transpose()
    }

    async fn open_invitation_of(
        &self,
        person: UserId,
        now: i64,
    ) -> Result<Option<InvitationRecord>, StoreError> {
        let rows: Vec<InvitationRow> = sqlx::query_as(&format!(
            "{INVITATION_SELECT} WHERE i.user_id = $1 AND i.expires_at > $2 ORDER BY i.id DESC"
        ))
        .bind(person.get())
        .bind(now)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        for row in rows {
            let found = invitation(row)?;
            if !found.used {
                return Ok(Some(found));
            }
        }
        Ok(None)
    }

    async fn reissue_invitation(
        &self,
        person: UserId,
        invitation: NewInvitation,
        now: i64,
    ) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        if !revoke_open(&mut tx, person, Purpose::Invite, now, false).await? {
            return Ok(false);
        }
        insert_invitation(&mut tx, person, &invitation, Purpose::Invite, now).await?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }

    async fn withdraw_invitation(&self, person: UserId) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM users WHERE id = $1 AND login IS NULL")
            .bind(person.get())
            .execute(&self.pool)
            .await
            .map_err(err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn issue_reset(
        &self,
        person: UserId,
        reset: NewInvitation,
        now: i64,
    ) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        if !revoke_open(&mut tx, person, Purpose::Reset, now, true).await? {
            return Ok(false);
        }
        insert_invitation(&mut tx, person, &reset, Purpose::Reset, now).await?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }

    async fn accept_reset(
        &self,
        secret_hash: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Result<UserRecord, AcceptRefusal>, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let open = open_secret(&mut tx, secret_hash, Purpose::Reset, now).await?;
        let Some((reset_id, user_id)) = open else {
            return Ok(Err(AcceptRefusal::InvitationInvalid));
        };
        sqlx::query(
            "UPDATE users SET password_hash = $1, session_epoch = session_epoch + 1 WHERE id = $2",
        )
        .bind(password_hash)
        .bind(user_id)
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        let user = use_up(&mut tx, reset_id, user_id, now).await?;
        tx.commit().await.map_err(err)?;
        Ok(Ok(user))
    }

    async fn accept_invitation(
        &self,
        secret_hash: &str,
        login: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Result<UserRecord, AcceptRefusal>, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let open = open_secret(&mut tx, secret_hash, Purpose::Invite, now).await?;
        let Some((invitation_id, user_id)) = open else {
            return Ok(Err(AcceptRefusal::InvitationInvalid));
        };
        let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE login_key = $1")
            .bind(login_key(login))
            .fetch_optional(&mut *tx)
            .await
            .map_err(err)?;
        if taken.is_some() {
            return Ok(Err(AcceptRefusal::LoginTaken));
        }
        sqlx::query(
            "UPDATE users SET login = $1, login_key = $2, password_hash = $3, activated_at = $4 WHERE id = $5",
        )
        .bind(app::ssr::nfc(login.trim()))
        .bind(login_key(login))
        .bind(password_hash)
        .bind(now)
        .bind(user_id)
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        let user = use_up(&mut tx, invitation_id, user_id, now).await?;
        tx.commit().await.map_err(err)?;
        Ok(Ok(user))
    }

    async fn reissue_first_admin_invitation(
        &self,
        display_name: &str,
        invitation: NewInvitation,
        now: i64,
    ) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let active: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM users WHERE role = 'admin' AND login IS NOT NULL",
        )
        .fetch_one(&mut *tx)
        .await
        .map_err(err)?;
        if active > 0 {
            return Ok(false);
        }
        let pending: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM users WHERE role = 'admin' AND login IS NULL ORDER BY id LIMIT 1",
        )
        .fetch_optional(&mut *tx)
        .await
        .map_err(err)?;
        let admin = match pending {
            Some(id) => UserId::new(id),
            None => {
                let person = NewPerson {
                    display_name: display_name.to_string(),
                    role: Role::Admin,
                    coach_id: None,
                    created_by: None,
                };
                insert_person(&mut tx, &person, now).await?
            }
        };
        sqlx::query("UPDATE invitations SET revoked_at = $1 WHERE user_id = $2 AND used_at IS NULL AND revoked_at IS NULL")
            .bind(now)
            .bind(admin.get())
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        insert_invitation(&mut tx, admin, &invitation, Purpose::Invite, now).await?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }
}
