//! The SQLite implementation of the app's [`Store`]. All SQL lives here. Write transactions
//! that read before they write begin with `BEGIN IMMEDIATE`, so two of them never both read
//! the old state and then collide on commit.
use app::auth::Role;
use app::ssr::store::{
    AcceptRefusal, AccessEntry, AccountStore, ConsentChange, ConsentEvent, CvId, CvRecord, CvStore,
    CvUpdate, InvitationId, InvitationRecord, InvitationStore, NewAccess, NewInvitation, NewPerson,
    NoteChange, NoteId, NoteRecord, NoteStore, PersonSummary, Purpose, ReadHow, ShareGrant,
    ShareRecord, SharedPart, SharingStore, Store, StoreError, UserId, UserRecord,
};
use app::ssr::store::{
    Attendance, BookOutcome, BookingId, BookingRecord, BookingRules, BookingStore, ExtraRange,
    GroupId, GroupSeat, MoveOutcome, NewBooking, WeeklyRange,
};

mod goals;
mod groups;
mod profile;
use async_trait::async_trait;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{SqliteConnection, SqlitePool};
use std::str::FromStr;
use std::time::Duration;

/// The schema's migrations, embedded and checksummed: a migration file changed after it
/// was applied stops the server at start instead of leaving two schemas in the wild.
static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

fn err(e: impl std::fmt::Display) -> StoreError {
    StoreError(e.to_string())
}

/// Opens (creating if missing) the database and brings its schema up to date.
pub async fn connect(url: &str) -> Result<SqlitePool, StoreError> {
    let options = SqliteConnectOptions::from_str(url)
        .map_err(err)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    if let Some(parent) = options.get_filename().parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent).map_err(err)?;
        }
    }
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(options)
        .await
        .map_err(err)?;
    migrate(&pool).await?;
    Ok(pool)
}

async fn migrate(pool: &SqlitePool) -> Result<(), StoreError> {
    adopt_hand_kept_migrations(pool).await?;
    MIGRATOR.run(pool).await.map_err(err)
}

/// Databases made before migrations were checksummed recorded them in `schema_migrations`.
/// Those migrations are the same files, so they are recorded as applied, with their
/// checksums, and the old table goes.
async fn adopt_hand_kept_migrations(pool: &SqlitePool) -> Result<(), StoreError> {
    use sqlx::migrate::Migrate;
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await.map_err(err)?;
    let old: Option<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
    )
    .fetch_optional(&mut *tx)
    .await
    .map_err(err)?;
    if old.is_none() {
        return Ok(());
    }
    let applied: Vec<i64> = sqlx::query_scalar("SELECT version FROM schema_migrations")
        .fetch_all(&mut *tx)
        .await
        .map_err(err)?;
    tx.ensure_migrations_table().await.map_err(err)?;
    for migration in MIGRATOR.iter().filter(|m| applied.contains(&m.version)) {
        sqlx::query(
            "INSERT OR IGNORE INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (?, ?, TRUE, ?, 0)",
        )
        .bind(migration.version)
        .bind(&*migration.description)
        .bind(&*migration.checksum)
        .execute(&mut *tx)
        .await
        .map_err(err)?;
    }
    sqlx::query("DROP TABLE schema_migrations")
        .execute(&mut *tx)
        .await
        .map_err(err)?;
    tx.commit().await.map_err(err)?;
    tracing::info!(
        count = applied.len(),
        "recorded hand-kept migrations as checksummed"
    );
    Ok(())
}

#[derive(Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    /// Write transactions queue here, first come first served, instead of meeting at
    /// SQLite's write lock, whose busy handler sleeps (1, 2, 5 … 100 ms) between retries:
    /// under load that sleeping, not the work, was most of a booking's time.
    writer: std::sync::Arc<tokio::sync::Mutex<()>>,
}

type UserRow = (
    i64,
    Option<String>,
    String,
    String,
    Option<String>,
    Option<i64>,
    Option<i64>,
    i64,
);

const USER_COLUMNS: &str =
    "id, login, display_name, role, password_hash, coach_id, last_sign_in_at, session_epoch";

fn user(row: UserRow) -> Result<UserRecord, StoreError> {
    let (id, login, display_name, role, password_hash, coach_id, last_sign_in_at, epoch) = row;
    Ok(UserRecord {
        id: UserId::new(id),
        login,
        display_name,
        role: role_of(&role)?,
        password_hash,
        coach_id: coach_id.map(UserId::new),
        last_sign_in_at,
        session_epoch: epoch,
    })
}

fn role_of(role: &str) -> Result<Role, StoreError> {
    Role::parse(role).ok_or_else(|| err(format!("unknown role {role:?}")))
}

fn purpose_of(purpose: &str) -> Result<Purpose, StoreError> {
    match purpose {
        "invite" => Ok(Purpose::Invite),
        "reset" => Ok(Purpose::Reset),
        other => Err(err(format!("unknown invitation purpose {other:?}"))),
    }
}

fn purpose_str(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::Invite => "invite",
        Purpose::Reset => "reset",
    }
}

type InvitationRow = (i64, i64, String, String, String, Option<String>, i64, bool);

/// An invitation with its account; `used` also when it no longer fits the account.
const INVITATION_SELECT: &str =
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

fn login_key(login: &str) -> String {
    app::ssr::login_key(login)
}

async fn insert_invitation(
    conn: &mut SqliteConnection,
    user_id: UserId,
    inv: &NewInvitation,
    purpose: Purpose,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO invitations (user_id, token_hash, code_hash, expires_at, created_at, purpose) VALUES (?, ?, ?, ?, ?, ?)",
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

async fn insert_person(
    conn: &mut SqliteConnection,
    p: &NewPerson,
    now: i64,
) -> Result<UserId, StoreError> {
    sqlx::query_scalar(
        "INSERT INTO users (display_name, role, coach_id, created_by, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(&p.display_name)
    .bind(p.role.as_str())
    .bind(p.coach_id.map(UserId::get))
    .bind(p.created_by.map(UserId::get))
    .bind(now)
    .fetch_one(conn)
    .await
    .map(UserId::new)
    .map_err(err)
}

/// The invitation (id, account) behind a secret that can still be used for `purpose` at
/// `now`: an invitation needs an account without a login, a reset one with.
async fn open_secret(
    conn: &mut SqliteConnection,
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
         WHERE (i.token_hash = ?1 OR i.code_hash = ?1) AND i.purpose = ?3
           AND i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ?2 AND {account}"
    ))
    .bind(secret_hash)
    .bind(now)
    .bind(purpose_str(purpose))
    .fetch_optional(conn)
    .await
    .map_err(err)
}

/// Marks an invitation used and returns its account as it now is.
async fn use_up(
    conn: &mut SqliteConnection,
    invitation: i64,
    user_id: i64,
    now: i64,
) -> Result<UserRecord, StoreError> {
    sqlx::query("UPDATE invitations SET used_at = ? WHERE id = ?")
        .bind(now)
        .bind(invitation)
        .execute(&mut *conn)
        .await
        .map_err(err)?;
    let row =
        sqlx::query_as::<_, UserRow>(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = ?"))
            .bind(user_id)
            .fetch_one(&mut *conn)
            .await
            .map_err(err)?;
    user(row)
}

/// Withdraws `person`'s open secrets of one purpose, if the account is in the state the
/// purpose needs (`active`: it has a login). `false`, and nothing done, otherwise.
async fn revoke_open(
    conn: &mut SqliteConnection,
    person: UserId,
    purpose: Purpose,
    now: i64,
    active: bool,
) -> Result<bool, StoreError> {
    let login: Option<Option<String>> = sqlx::query_scalar("SELECT login FROM users WHERE id = ?")
        .bind(person.get())
        .fetch_optional(&mut *conn)
        .await
        .map_err(err)?;
    match login {
        Some(login) if login.is_some() == active => {}
        _ => return Ok(false),
    }
    sqlx::query(
        "UPDATE invitations SET revoked_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(person.get())
    .bind(purpose_str(purpose))
    .execute(&mut *conn)
    .await
    .map_err(err)?;
    Ok(true)
}

impl SqliteStore {
    pub fn new(pool: SqlitePool) -> Self {
        Self {
            pool,
            writer: std::sync::Arc::new(tokio::sync::Mutex::new(())),
        }
    }

    /// A write transaction (`BEGIN IMMEDIATE`), after the writes queued before it. Keep the
    /// guard until the transaction has ended.
    async fn begin_write(
        &self,
    ) -> Result<
        (
            tokio::sync::MutexGuard<'_, ()>,
            sqlx::Transaction<'_, sqlx::Sqlite>,
        ),
        StoreError,
    > {
        let guard = self.writer.lock().await;
        let tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(err)?;
        Ok((guard, tx))
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map_err(err)?;
        Ok(())
    }
}

#[async_trait]
impl AccountStore for SqliteStore {
    async fn find_user(&self, id: UserId) -> Result<Option<UserRecord>, StoreError> {
        sqlx::query_as::<_, UserRow>(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = ?"))
            .bind(id.get())
            .fetch_optional(&self.pool)
            .await
            .map_err(err)?
            .map(user)
            .transpose()
    }

    async fn find_user_by_login(&self, login: &str) -> Result<Option<UserRecord>, StoreError> {
        sqlx::query_as::<_, UserRow>(&format!(
            "SELECT {USER_COLUMNS} FROM users WHERE login_key = ?"
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
        let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE login_key = ?")
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
            "UPDATE users SET login = ?1, login_key = ?2, password_hash = ?3, display_name = ?4,
                    role = ?5, coach_id = ?6, activated_at = COALESCE(activated_at, ?7),
                    session_epoch = session_epoch
                        + CASE WHEN password_hash = ?3 THEN 0 ELSE 1 END
             WHERE id = ?8",
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
            "SELECT id, display_name, login IS NOT NULL FROM users WHERE role = ? ORDER BY display_name, id",
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
             WHERE role = 'participant' AND coach_id = ? ORDER BY display_name, id",
        )
        .bind(coach.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows.into_iter().map(summary).collect())
    }

    async fn record_sign_in(&self, id: UserId, now: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET last_sign_in_at = ? WHERE id = ?")
            .bind(now)
            .bind(id.get())
            .execute(&self.pool)
            .await
            .map_err(err)?;
        Ok(())
    }
}

#[async_trait]
impl InvitationStore for SqliteStore {
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
            "{INVITATION_SELECT} WHERE i.token_hash = ?1 OR i.code_hash = ?1"
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
            "{INVITATION_SELECT} WHERE i.user_id = ? AND i.expires_at > ? ORDER BY i.id DESC"
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
        let done = sqlx::query("DELETE FROM users WHERE id = ? AND login IS NULL")
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

    async fn withdraw_password_codes(&self, person: UserId, now: i64) -> Result<(), StoreError> {
        let mut conn = self.pool.acquire().await.map_err(err)?;
        revoke_open(&mut conn, person, Purpose::Reset, now, true).await?;
        Ok(())
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
            "UPDATE users SET password_hash = ?, session_epoch = session_epoch + 1 WHERE id = ?",
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
        let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE login_key = ?")
            .bind(login_key(login))
            .fetch_optional(&mut *tx)
            .await
            .map_err(err)?;
        if taken.is_some() {
            return Ok(Err(AcceptRefusal::LoginTaken));
        }
        sqlx::query(
            "UPDATE users SET login = ?, login_key = ?, password_hash = ?, activated_at = ? WHERE id = ?",
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
        sqlx::query("UPDATE invitations SET revoked_at = ? WHERE user_id = ? AND used_at IS NULL AND revoked_at IS NULL")
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

#[async_trait]
impl CvStore for SqliteStore {
    async fn list_cvs(&self, owner: UserId) -> Result<Vec<CvRecord>, StoreError> {
        let rows: Vec<CvRow> = sqlx::query_as(&format!(
            "SELECT {CV_COLUMNS} FROM cvs WHERE owner_id = ? ORDER BY is_main DESC, updated_at DESC, id DESC"
        ))
        .bind(owner.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows.into_iter().map(cv).collect())
    }

    async fn find_cv(&self, id: CvId) -> Result<Option<CvRecord>, StoreError> {
        let row: Option<CvRow> =
            sqlx::query_as(&format!("SELECT {CV_COLUMNS} FROM cvs WHERE id = ?"))
                .bind(id.get())
                .fetch_optional(&self.pool)
                .await
                .map_err(err)?;
        Ok(row.map(cv))
    }

    async fn create_cv(
        &self,
        owner: UserId,
        document: &str,
        now: i64,
        max: usize,
    ) -> Result<Option<CvId>, StoreError> {
        // Counted and inserted in one write transaction: parallel posts cannot pass the
        // count together.
        let (_writer, mut tx) = self.begin_write().await?;
        let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cvs WHERE owner_id = ?")
            .bind(owner.get())
            .fetch_one(&mut *tx)
            .await
            .map_err(err)?;
        if existing >= max as i64 {
            return Ok(None);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO cvs (owner_id, is_main, document, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(owner.get())
        .bind(existing == 0)
        .bind(document)
        .bind(now)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(err)?;
        tx.commit().await.map_err(err)?;
        Ok(Some(CvId::new(id)))
    }

    async fn update_cv(
        &self,
        id: CvId,
        owner: UserId,
        revision: i64,
        document: &str,
        now: i64,
    ) -> Result<CvUpdate, StoreError> {
        // One statement, so one atomic compare-and-set on the revision.
        let done = sqlx::query(
            "UPDATE cvs SET document = ?, updated_at = ?, revision = revision + 1
             WHERE id = ? AND owner_id = ? AND revision = ?",
        )
        .bind(document)
        .bind(now)
        .bind(id.get())
        .bind(owner.get())
        .bind(revision)
        .execute(&self.pool)
        .await
        .map_err(err)?;
        if done.rows_affected() == 1 {
            return Ok(CvUpdate::Saved(revision + 1));
        }
        let exists: Option<i64> =
            sqlx::query_scalar("SELECT id FROM cvs WHERE id = ? AND owner_id = ?")
                .bind(id.get())
                .bind(owner.get())
                .fetch_optional(&self.pool)
                .await
                .map_err(err)?;
        Ok(if exists.is_some() {
            CvUpdate::Stale
        } else {
            CvUpdate::NotFound
        })
    }

    async fn set_main_cv(&self, id: CvId, owner: UserId) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let mine: Option<i64> =
            sqlx::query_scalar("SELECT id FROM cvs WHERE id = ? AND owner_id = ?")
                .bind(id.get())
                .bind(owner.get())
                .fetch_optional(&mut *tx)
                .await
                .map_err(err)?;
        if mine.is_none() {
            return Ok(false);
        }
        // Clear first: the unique index allows one main CV per owner at any moment.
        sqlx::query("UPDATE cvs SET is_main = 0 WHERE owner_id = ? AND is_main = 1")
            .bind(owner.get())
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        sqlx::query("UPDATE cvs SET is_main = 1 WHERE id = ?")
            .bind(id.get())
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }

    async fn delete_cv(&self, id: CvId, owner: UserId, now: i64) -> Result<bool, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        // A share of just this CV ends with it: the consent history says so (with the
        // wording version the participant last consented under).
        sqlx::query(
            "INSERT INTO consent_events (participant_id, coach_id, part, cv_id, cv_title, ends_at, wording_version, event, at)
             SELECT s.participant_id, s.coach_id, s.part, s.cv_id,
                (SELECT e.cv_title FROM consent_events e WHERE e.participant_id = s.participant_id AND e.cv_id = s.cv_id ORDER BY e.id DESC LIMIT 1),
                s.ends_at,
                COALESCE((SELECT e.wording_version FROM consent_events e WHERE e.participant_id = s.participant_id ORDER BY e.id DESC LIMIT 1), 0),
                'withdrawn', ?
             FROM shares s JOIN cvs c ON c.id = s.cv_id
             WHERE s.cv_id = ? AND c.owner_id = ?",
        )
        .bind(now)
        .bind(id.get())
        .bind(owner.get())
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        let was_main: Option<bool> =
            sqlx::query_scalar("DELETE FROM cvs WHERE id = ? AND owner_id = ? RETURNING is_main")
                .bind(id.get())
                .bind(owner.get())
                .fetch_optional(&mut *tx)
                .await
                .map_err(err)?;
        let Some(was_main) = was_main else {
            return Ok(false);
        };
        if was_main {
            sqlx::query(
                "UPDATE cvs SET is_main = 1 WHERE id = (SELECT id FROM cvs WHERE owner_id = ? ORDER BY updated_at DESC, id DESC LIMIT 1)",
            )
            .bind(owner.get())
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        }
        tx.commit().await.map_err(err)?;
        Ok(true)
    }
}

type CvRow = (i64, i64, bool, String, i64, i64);

const CV_COLUMNS: &str = "id, owner_id, is_main, document, updated_at, revision";

fn cv((id, owner_id, is_main, document, updated_at, revision): CvRow) -> CvRecord {
    CvRecord {
        id: CvId::new(id),
        owner_id: UserId::new(owner_id),
        is_main,
        document,
        updated_at,
        revision,
    }
}

fn summary((id, display_name, active): (i64, String, bool)) -> PersonSummary {
    PersonSummary {
        id: UserId::new(id),
        display_name,
        active,
    }
}

fn part_of(part: &str) -> Result<SharedPart, StoreError> {
    SharedPart::parse(part).ok_or_else(|| err(format!("unknown shared part {part:?}")))
}

type ShareRow = (String, Option<i64>, Option<i64>, i64);

#[async_trait]
impl SharingStore for SqliteStore {
    async fn shares_of(
        &self,
        participant: UserId,
        coach: UserId,
    ) -> Result<Vec<ShareRecord>, StoreError> {
        let rows: Vec<ShareRow> = sqlx::query_as(
            "SELECT part, cv_id, ends_at, granted_at FROM shares WHERE participant_id = ? AND coach_id = ? ORDER BY part",
        )
        .bind(participant.get())
        .bind(coach.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        rows.into_iter()
            .map(|(part, cv, ends_at, granted_at)| {
                Ok(ShareRecord {
                    part: part_of(&part)?,
                    cv: cv.map(CvId::new),
                    ends_at,
                    granted_at,
                })
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
             WHERE e.participant_id = ? ORDER BY e.at DESC, e.id DESC",
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
            "INSERT INTO access_log (reader_id, reader_role, participant_id, part, how, cv_id, at, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
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
             WHERE a.participant_id = ? ORDER BY a.at DESC, a.id DESC",
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

#[async_trait]
impl NoteStore for SqliteStore {
    async fn add_note(
        &self,
        participant: UserId,
        coach: UserId,
        body: &str,
        internal: bool,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO coach_notes (participant_id, coach_id, body, internal, at) VALUES (?, ?, ?, ?, ?)",
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
             WHERE n.participant_id = ? AND (n.internal = 0 OR ?) AND n.removed_at IS NULL
             ORDER BY n.at DESC, n.id DESC",
        )
        .bind(participant.get())
        .bind(with_internal)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows.into_iter().map(NoteRow::record).collect())
    }

    async fn note(&self, id: NoteId) -> Result<Option<NoteRecord>, StoreError> {
        let row: Option<NoteRow> = sqlx::query_as(
            "SELECT n.id, n.participant_id, n.coach_id, u.display_name AS coach_name, n.body,
                    n.internal, n.at, n.changed_at
             FROM coach_notes n JOIN users u ON u.id = n.coach_id
             WHERE n.id = ? AND n.removed_at IS NULL",
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
             WHERE n.participant_id = ?
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

impl SqliteStore {
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
             WHERE id = ? AND coach_id = ? AND removed_at IS NULL",
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
             VALUES (?, ?, ?, ?, ?, ?)",
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
                "UPDATE coach_notes SET body = ?, internal = ?, changed_at = ? WHERE id = ?",
            )
            .bind(body)
            .bind(internal)
            .bind(now)
            .bind(id.get()),
            None => sqlx::query("UPDATE coach_notes SET removed_at = ? WHERE id = ?")
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
struct NoteRow {
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

#[derive(sqlx::FromRow)]
struct BookingRow {
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

const BOOKING_SELECT: &str =
    "SELECT b.id, b.coach_id, c.display_name AS coach_name, b.participant_id,
        p.display_name AS participant_name, b.starts_at, b.ends_at, b.status, b.help, b.interpreter,
        b.sequence, b.attendance, b.cancel_reason, b.session_id, g.title AS group_title,
        g.place AS group_place, b.needs, b.cancelled_at, b.cancelled_by, b.moved_at, b.moved_by,
        b.moved_from
     FROM bookings b JOIN users c ON c.id = b.coach_id JOIN users p ON p.id = b.participant_id
     LEFT JOIN group_sessions g ON g.id = b.session_id";

/// How many of the coach's individual bookings (all but `except`) or workshops and drop-in
/// windows touch `starts_at..ends_at` with `buffer` seconds kept free around it.
async fn clashes(
    tx: &mut SqliteConnection,
    coach: UserId,
    starts_at: i64,
    ends_at: i64,
    buffer: i64,
    except: Option<BookingId>,
) -> Result<i64, StoreError> {
    sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM bookings WHERE coach_id = ?1 AND status = 'active'
                   AND session_id IS NULL AND id <> ?4 AND starts_at < ?2 AND ?3 < ends_at)
              + (SELECT COUNT(*) FROM group_sessions WHERE coach_id = ?1 AND cancelled_at IS NULL
                   AND starts_at < ?2 AND ?3 < ends_at)",
    )
    .bind(coach.get())
    .bind(ends_at + buffer)
    .bind(starts_at - buffer)
    .bind(except.map_or(0, BookingId::get))
    .fetch_one(tx)
    .await
    .map_err(err)
}

fn booking(row: BookingRow) -> BookingRecord {
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
impl BookingStore for SqliteStore {
    async fn booking_rules(&self, coach: UserId) -> Result<Option<BookingRules>, StoreError> {
        let row: Option<(i64, i64, i64, i64, i64, String)> = sqlx::query_as(
            "SELECT slot_minutes, buffer_minutes, notice_minutes, horizon_days, cutoff_minutes, place FROM booking_rules WHERE coach_id = ?",
        )
        .bind(coach.get())
        .fetch_optional(&self.pool)
        .await
        .map_err(err)?;
        let Some((slot, buffer, notice, horizon, cutoff, place)) = row else {
            return Ok(None);
        };
        let weekly: Vec<(i64, i64, i64)> = sqlx::query_as(
            "SELECT weekday, start_minute, end_minute FROM weekly_hours WHERE coach_id = ? ORDER BY weekday, start_minute",
        )
        .bind(coach.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        let closed: Vec<String> =
            sqlx::query_scalar("SELECT day FROM closed_days WHERE coach_id = ? ORDER BY day")
                .bind(coach.get())
                .fetch_all(&self.pool)
                .await
                .map_err(err)?;
        let extra: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT day, start_minute, end_minute FROM extra_hours WHERE coach_id = ? ORDER BY day, start_minute",
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
             VALUES (?, ?, ?, ?, ?, ?, ?)
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
        sqlx::query("DELETE FROM weekly_hours WHERE coach_id = ?")
            .bind(coach.get())
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        for range in &rules.weekly {
            sqlx::query(
                "INSERT INTO weekly_hours (coach_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)",
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
    ) -> Result<Vec<BookingRecord>, StoreError> {
        let rows: Vec<BookingRow> = sqlx::query_as(&format!(
            "{BOOKING_SELECT} WHERE b.coach_id = ? AND b.status = 'active' AND b.ends_at > ? ORDER BY b.starts_at, b.id"
        ))
        .bind(coach.get())
        .bind(from)
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
            "INSERT INTO extra_hours (coach_id, day, start_minute, end_minute) VALUES (?, ?, ?, ?)
             ON CONFLICT (coach_id, day, start_minute) DO UPDATE SET end_minute = excluded.end_minute"
        } else {
            "DELETE FROM extra_hours WHERE coach_id = ? AND day = ? AND start_minute = ? AND end_minute = ?"
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
            "INSERT INTO closed_days (coach_id, day) VALUES (?, ?) ON CONFLICT (coach_id, day) DO NOTHING"
        } else {
            "DELETE FROM closed_days WHERE coach_id = ? AND day = ?"
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
            "SELECT starts_at, ends_at FROM bookings
             WHERE coach_id = ?1 AND status = 'active' AND session_id IS NULL AND ends_at > ?2 AND starts_at < ?3
             UNION ALL
             SELECT starts_at, ends_at FROM group_sessions
             WHERE coach_id = ?1 AND cancelled_at IS NULL AND ends_at > ?2 AND starts_at < ?3
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
            "{BOOKING_SELECT} WHERE b.participant_id = ? AND b.ends_at > ? ORDER BY b.starts_at, b.id"
        ))
        .bind(participant.get())
        .bind(from)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows.into_iter().map(booking).collect())
    }

    async fn find_booking(&self, id: BookingId) -> Result<Option<BookingRecord>, StoreError> {
        let row: Option<BookingRow> = sqlx::query_as(&format!("{BOOKING_SELECT} WHERE b.id = ?"))
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
            "{BOOKING_SELECT} WHERE b.coach_id = ? AND b.cancelled_at > ?
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
            sqlx::query_scalar("SELECT notices_seen_at FROM users WHERE id = ?")
                .bind(user.get())
                .fetch_optional(&self.pool)
                .await
                .map_err(err)?;
        Ok(seen.unwrap_or(0))
    }

    async fn see_notices(&self, user: UserId, at: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET notices_seen_at = ? WHERE id = ? AND notices_seen_at < ?")
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
            "SELECT id FROM bookings WHERE participant_id = ? AND idempotency_key = ? AND starts_at = ? AND status = 'active'",
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
            "SELECT COUNT(*) FROM bookings WHERE participant_id = ? AND status = 'active' AND ends_at > ?",
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
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
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
            "SELECT coach_id FROM bookings WHERE id = ? AND participant_id = ? AND status = 'active' AND session_id IS NULL",
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
            "UPDATE bookings SET moved_from = starts_at, starts_at = ?, ends_at = ?,
                sequence = sequence + 1, attendance = NULL, moved_at = ?, moved_by = ?
             WHERE id = ? AND (starts_at <> ? OR ends_at <> ?)",
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
            "UPDATE bookings SET attendance = ?
             WHERE id = ? AND coach_id = ? AND status = 'active' AND starts_at <= ?",
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
            "UPDATE bookings SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?,
                cancel_reason = ?, sequence = sequence + 1
             WHERE id = ? AND status = 'active'",
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

/// [`SharingStore::set_share`] inside a write transaction the caller commits.
async fn set_share_in(
    conn: &mut SqliteConnection,
    participant: UserId,
    coach: UserId,
    part: SharedPart,
    grant: Option<ShareGrant>,
    wording_version: i64,
    now: i64,
) -> Result<Option<ConsentChange>, StoreError> {
    let current: Option<(Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT cv_id, ends_at FROM shares WHERE participant_id = ? AND coach_id = ? AND part = ?",
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
                "DELETE FROM shares WHERE participant_id = ? AND coach_id = ? AND part = ?",
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
    sqlx::query("DELETE FROM shares WHERE participant_id = ? AND coach_id = ? AND part = ?")
        .bind(participant.get())
        .bind(coach.get())
        .bind(part.code())
        .execute(&mut *conn)
        .await
        .map_err(err)?;
    if let Some(g) = &grant {
        sqlx::query(
            "INSERT INTO shares (participant_id, coach_id, part, cv_id, ends_at, granted_at) VALUES (?, ?, ?, ?, ?, ?)",
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
        "INSERT INTO consent_events (participant_id, coach_id, part, cv_id, cv_title, ends_at, wording_version, event, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
