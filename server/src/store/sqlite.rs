//! The SQLite engine: one file, WAL, and a write queue in front of `BEGIN IMMEDIATE`.
use super::*;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;
use std::str::FromStr;
use std::time::Duration;

type Store = SqliteStore;
type Db = sqlx::Sqlite;
type Conn = sqlx::SqliteConnection;

features!();

/// A Stockholm calendar day `days` after the day in `column` (`YYYY-MM-DD`), as SQL: the one
/// piece of date arithmetic the programme report needs, which the engines spell differently.
pub(super) fn day_plus(column: &str, days: i64) -> String {
    format!("date({column}, '+{days} days')")
}

/// Whole days from the day in `earlier` to the day in `later`, as SQL.
pub(super) fn days_between(later: &str, earlier: &str) -> String {
    format!("CAST(julianday({later}) - julianday({earlier}) AS INTEGER)")
}

/// The schema's migrations, embedded and checksummed: a migration file changed after it
/// was applied stops the server at start instead of leaving two schemas in the wild.
static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

/// Opens (creating if missing) the database and brings its schema up to date.
pub async fn connect(url: &str) -> Result<SqlitePool, StoreError> {
    let options = SqliteConnectOptions::from_str(url)
        .map_err(err)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        // Deleted rows are overwritten with zeros, so that an erased person's data is not
        // left readable in the file's free pages.
        .pragma("secure_delete", "ON")
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
    let applied = schema_version(&mut *pool.acquire().await.map_err(err)?).await?;
    if applied > known_version() {
        return Err(StoreError(format!(
            "the database's schema is at version {applied}, newer than this server knows ({}): \
             run the newer server, or restore a backup made by this one",
            known_version()
        )));
    }
    MIGRATOR.run(pool).await.map_err(err)
}

/// The checksum of this server's migration `version`, if it carries one.
pub fn migration_checksum(version: i64) -> Option<Vec<u8>> {
    MIGRATOR
        .iter()
        .find(|m| m.version == version)
        .map(|m| m.checksum.to_vec())
}

/// The newest migration this server carries.
pub fn known_version() -> i64 {
    MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
}

/// The newest migration applied to the database (0 for a new one).
pub async fn schema_version(conn: &mut Conn) -> Result<i64, StoreError> {
    let recorded: Option<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_optional(&mut *conn)
    .await
    .map_err(err)?;
    if recorded.is_none() {
        return Ok(0);
    }
    let version: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut *conn)
            .await
            .map_err(err)?;
    Ok(version.unwrap_or(0))
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
    ) -> Result<(tokio::sync::MutexGuard<'_, ()>, sqlx::Transaction<'_, Db>), StoreError> {
        let guard = self.writer.lock().await;
        let tx = self.pool.begin_with("BEGIN IMMEDIATE").await.map_err(err)?;
        Ok((guard, tx))
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

impl SqliteStore {
    /// Writes the WAL back into the database file and empties it, then closes the pool:
    /// the last step of a clean stop, so the file alone is the whole database.
    pub async fn checkpoint(&self) -> Result<(), StoreError> {
        let _writer = self.writer.lock().await;
        // (busy, WAL frames, frames written back): busy means a reader held it up.
        let (busy, _, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
            .fetch_one(&self.pool)
            .await
            .map_err(err)?;
        self.pool.close().await;
        if busy != 0 {
            return Err(StoreError(
                "the WAL could not be written back in full; it is kept and read at the next start"
                    .into(),
            ));
        }
        Ok(())
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map_err(err)?;
        Ok(())
    }
}

#[async_trait]
impl Engine for SqliteStore {
    async fn ping(&self) -> Result<(), StoreError> {
        SqliteStore::ping(self).await
    }

    async fn close(&self) -> Result<(), StoreError> {
        self.checkpoint().await
    }

    fn is_closed(&self) -> bool {
        self.pool.is_closed()
    }

    fn shared(&self) -> bool {
        false
    }

    /// One process serves the file: no lock to take. The throttle counts in memory, so
    /// only expired sessions go (their expiry is text, as tower-sessions writes it).
    async fn tidy(&self, _attempts_before_ms: i64) -> Result<bool, StoreError> {
        sqlx::query("DELETE FROM sessions WHERE datetime(expiry_date) < datetime('now')")
            .execute(&self.pool)
            .await
            .map_err(err)?;
        // Reminders are kept 30 days after they were due: long enough to answer "did it
        // go out?", no longer.
        sqlx::query(
            "DELETE FROM reminders WHERE due_at < CAST(strftime('%s', 'now') AS INTEGER) - 2592000",
        )
        .execute(&self.pool)
        .await
        .map_err(err)?;
        Ok(true)
    }

    fn pool(&self) -> Pool {
        Pool::Sqlite(self.pool.clone())
    }

    fn sessions(&self) -> crate::sessions::Sessions {
        crate::sessions::Sessions::Sqlite(tower_sessions_sqlx_store::SqliteStore::new(
            self.pool.clone(),
        ))
    }
}

/// A row as JSON, each column by name, of whatever type the value is stored as (the
/// export reads every column of its tables without naming them).
pub(super) fn row_json(
    row: &sqlx::sqlite::SqliteRow,
) -> serde_json::Map<String, serde_json::Value> {
    use serde_json::Value;
    use sqlx::{Column, Row, TypeInfo, ValueRef};
    let mut columns = serde_json::Map::new();
    for (i, column) in row.columns().iter().enumerate() {
        let value = match row.try_get_raw(i) {
            Ok(raw) if raw.is_null() => Value::Null,
            Ok(raw) => match raw.type_info().name() {
                "INTEGER" => row
                    .try_get_unchecked::<i64, _>(i)
                    .map(Value::from)
                    .unwrap_or(Value::Null),
                "REAL" => row
                    .try_get_unchecked::<f64, _>(i)
                    .map(Value::from)
                    .unwrap_or(Value::Null),
                "TEXT" => row
                    .try_get_unchecked::<String, _>(i)
                    .map(Value::from)
                    .unwrap_or(Value::Null),
                _ => Value::Null,
            },
            Err(_) => Value::Null,
        };
        columns.insert(column.name().to_string(), value);
    }
    columns
}

/// After an erasure the WAL still holds the pages as they were before it: they are written
/// back and the WAL emptied, so the erased data is in neither file.
pub(super) async fn settle_after_erasure(store: &SqliteStore) -> Result<(), StoreError> {
    let _writer = store.writer.lock().await;
    let (busy, _, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
        .fetch_one(&store.pool)
        .await
        .map_err(err)?;
    if busy != 0 {
        tracing::warn!(
            "the WAL was in use during the checkpoint after an erasure; the next one empties it"
        );
    }
    Ok(())
}

/// A read transaction: under WAL, its first read fixes the snapshot every later one sees.
pub(super) async fn begin_snapshot(
    pool: &SqlitePool,
) -> Result<sqlx::Transaction<'_, Db>, StoreError> {
    pool.begin().await.map_err(err)
}

/// Deletes the sessions whose data holds `mark`. The table is made by the session store
/// when a server starts, so a database only ever opened by the stores may lack it.
pub(super) async fn forget_sessions(conn: &mut Conn, mark: &[u8]) -> Result<(), StoreError> {
    let made: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sessions'",
    )
    .fetch_optional(&mut *conn)
    .await
    .map_err(err)?;
    if made.is_some() {
        sqlx::query("DELETE FROM sessions WHERE instr(data, $1) > 0")
            .bind(mark)
            .execute(&mut *conn)
            .await
            .map_err(err)?;
    }
    Ok(())
}
