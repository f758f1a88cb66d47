//! The PostgreSQL engine, for several server instances on one database. The feature files'
//! SQL is the SQLite engine's; what differs is how a write transaction begins.
use super::*;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::PgPool;
use std::str::FromStr;
use std::time::Duration;

type Store = PgStore;
type Db = sqlx::Postgres;
type Conn = sqlx::PgConnection;

features!();

/// A Stockholm calendar day `days` after the day in `column` (`YYYY-MM-DD`), as SQL: the one
/// piece of date arithmetic the programme report needs, which the engines spell differently.
pub(super) fn day_plus(column: &str, days: i64) -> String {
    format!("to_char(CAST({column} AS DATE) + {days}, 'YYYY-MM-DD')")
}

/// Whole days from the day in `earlier` to the day in `later`, as SQL.
pub(super) fn days_between(later: &str, earlier: &str) -> String {
    format!("CAST(CAST({later} AS DATE) - CAST({earlier} AS DATE) AS BIGINT)")
}

/// The schema's migrations for PostgreSQL, numbered like SQLite's: the first is the
/// SQLite schema at version 13 in one step (no PostgreSQL database predates it), and
/// each later change gets the same number on both engines.
static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// The advisory lock every write transaction takes first (transaction-scoped, so it ends
/// with the commit or rollback, whichever instance holds it).
const WRITE_LOCK: i64 = 0x5661_6776_616c;

/// The lock of the periodic clean-up: one instance at a time does it.
const TIDY_LOCK: i64 = 0x5661_6776_616d;

/// The newest migration this server carries for PostgreSQL.
pub fn known_version() -> i64 {
    MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
}

/// Connects and brings the schema up to date; refuses a schema newer than this server.
/// Several instances may start at once: sqlx's migrator holds an advisory lock while it
/// works, so one of them migrates and the others find the work done.
pub async fn connect(url: &str, max: u32) -> Result<PgPool, StoreError> {
    let options = PgConnectOptions::from_str(url).map_err(err)?;
    let pool = PgPoolOptions::new()
        .max_connections(max)
        .acquire_timeout(Duration::from_secs(10))
        .connect_with(options)
        .await
        .map_err(err)?;
    let recorded: bool = sqlx::query_scalar("SELECT to_regclass('_sqlx_migrations') IS NOT NULL")
        .fetch_one(&pool)
        .await
        .map_err(err)?;
    let applied: Option<i64> = if recorded {
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
            .fetch_one(&pool)
            .await
            .map_err(err)?
    } else {
        None
    };
    if applied.unwrap_or(0) > known_version() {
        return Err(StoreError(format!(
            "the database's schema is at version {}, newer than this server knows ({}): \
             run the newer server, or restore a backup made by this one",
            applied.unwrap_or(0),
            known_version()
        )));
    }
    MIGRATOR.run(&pool).await.map_err(err)?;
    Ok(pool)
}

#[derive(Clone)]
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    pub fn new(pool: PgPool) -> Self {
        Self { pool }
    }

    /// A write transaction. Its first statement takes the deployment-wide write lock, so
    /// write transactions run one after another as they do on SQLite (`BEGIN IMMEDIATE`),
    /// whichever instance they come from, and each reads what the one before it
    /// committed (READ COMMITTED takes a fresh snapshot per statement). The constraints
    /// stay the last word on every guard.
    async fn begin_write(&self) -> Result<((), sqlx::Transaction<'_, Db>), StoreError> {
        let mut tx = self.pool.begin().await.map_err(err)?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(WRITE_LOCK)
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        Ok(((), tx))
    }
}

#[async_trait]
impl Engine for PgStore {
    async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map_err(err)?;
        Ok(())
    }

    async fn close(&self) -> Result<(), StoreError> {
        self.pool.close().await;
        Ok(())
    }

    fn is_closed(&self) -> bool {
        self.pool.is_closed()
    }

    fn shared(&self) -> bool {
        true
    }

    async fn tidy(&self, attempts_before_ms: i64) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await.map_err(err)?;
        let mine: bool = sqlx::query_scalar("SELECT pg_try_advisory_xact_lock($1)")
            .bind(TIDY_LOCK)
            .fetch_one(&mut *tx)
            .await
            .map_err(err)?;
        if !mine {
            return Ok(false);
        }
        sqlx::query("DELETE FROM sessions WHERE expiry_date < now()")
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        sqlx::query("DELETE FROM failed_attempts WHERE at <= $1")
            .bind(attempts_before_ms)
            .execute(&mut *tx)
            .await
            .map_err(err)?;
        // Reminders are kept 30 days after they were due (as on SQLite).
        sqlx::query(
            "DELETE FROM reminders WHERE due_at < CAST(extract(epoch FROM now()) AS BIGINT) - 2592000",
        )
        .execute(&mut *tx)
        .await
        .map_err(err)?;
        tx.commit().await.map_err(err)?;
        Ok(true)
    }

    fn pool(&self) -> Pool {
        Pool::Postgres(self.pool.clone())
    }

    fn sessions(&self) -> crate::sessions::Sessions {
        crate::sessions::Sessions::Postgres(tower_sessions_sqlx_store::PostgresStore::new(
            self.pool.clone(),
        ))
    }
}

/// A row as JSON, each column by name (the export reads every column of its tables without
/// naming them).
pub(super) fn row_json(row: &sqlx::postgres::PgRow) -> serde_json::Map<String, serde_json::Value> {
    use serde_json::Value;
    use sqlx::{Column, Row, TypeInfo, ValueRef};
    let mut columns = serde_json::Map::new();
    for (i, column) in row.columns().iter().enumerate() {
        let value = match row.try_get_raw(i) {
            Ok(raw) if raw.is_null() => Value::Null,
            Ok(raw) => match raw.type_info().name() {
                "INT8" => row
                    .try_get::<i64, _>(i)
                    .map(Value::from)
                    .unwrap_or(Value::Null),
                "INT4" => row
                    .try_get::<i32, _>(i)
                    .map(Value::from)
                    .unwrap_or(Value::Null),
                "INT2" => row
                    .try_get::<i16, _>(i)
                    .map(Value::from)
                    .unwrap_or(Value::Null),
                "BOOL" => row
                    .try_get::<bool, _>(i)
                    .map(Value::from)
                    .unwrap_or(Value::Null),
                "FLOAT8" => row
                    .try_get::<f64, _>(i)
                    .map(Value::from)
                    .unwrap_or(Value::Null),
                "TEXT" | "VARCHAR" => row
                    .try_get::<String, _>(i)
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

/// PostgreSQL keeps no copy of the erased rows that a reader of the database could reach;
/// the dead row versions go with the next vacuum.
pub(super) async fn settle_after_erasure(_store: &PgStore) -> Result<(), StoreError> {
    Ok(())
}

/// A read transaction with one snapshot for all its statements (READ COMMITTED, the
/// default, takes one per statement).
pub(super) async fn begin_snapshot(pool: &PgPool) -> Result<sqlx::Transaction<'_, Db>, StoreError> {
    pool.begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        .await
        .map_err(err)
}

/// Deletes the sessions whose data holds `mark` (the schema makes the table).
pub(super) async fn forget_sessions(conn: &mut Conn, mark: &[u8]) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM sessions WHERE position($1 in data) > 0")
        .bind(mark)
        .execute(&mut *conn)
        .await
        .map_err(err)?;
    Ok(())
}
