//! Backup and restore of the SQLite database. A backup is a consistent copy made while the
//! portal serves (`VACUUM INTO` from a read-only connection: one read transaction, so the
//! copy is the database as it was at one moment), with a manifest beside it. A restore
//! checks the copy before it replaces anything, and refuses while a server uses the
//! database. The secret key is not in the database and so not in a backup.
use crate::store::{known_version, schema_version};
use crate::StartError;
use sha2::{Digest, Sha256};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, SqliteConnection};
use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// What a backup holds, written beside it as `<file>.manifest.json`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Manifest {
    pub sha256: String,
    pub schema_version: i64,
    pub app_version: String,
    /// When the copy was made, in seconds since 1970 (UTC).
    pub made_at: i64,
    /// Rows in each table of the copy.
    pub tables: BTreeMap<String, i64>,
}

/// Where a backup's manifest lives.
pub fn manifest_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".manifest.json");
    PathBuf::from(name)
}

fn fail(what: &str, e: impl std::fmt::Display) -> StartError {
    StartError(format!("{what}: {e}"))
}

/// The database file behind a `sqlite://` URL.
pub fn database_file(url: &str) -> Result<PathBuf, StartError> {
    let options = SqliteConnectOptions::from_str(url).map_err(|e| fail(url, e))?;
    let file = options.get_filename();
    if file.as_os_str().is_empty() || file.to_string_lossy().contains(":memory:") {
        return Err(StartError(format!("{url} is not a database file")));
    }
    Ok(file.to_path_buf())
}

/// The lock a serving process holds on its database (`<db>.lock`), so that a restore
/// cannot replace the file under it. Dropped, it is released; the operating system
/// releases it too when the process dies.
pub struct ServingLock(#[allow(dead_code)] File);

impl ServingLock {
    pub fn take(database_url: &str) -> Result<ServingLock, StartError> {
        let db = database_file(database_url)?;
        if let Some(parent) = db.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| fail(&parent.display().to_string(), e))?;
        }
        let path = with_suffix(&db, ".lock");
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| fail(&path.display().to_string(), e))?;
        match file.try_lock() {
            Ok(()) => Ok(ServingLock(file)),
            Err(std::fs::TryLockError::WouldBlock) => Err(StartError(format!(
                "{} is in use by a running server; stop it first",
                db.display()
            ))),
            Err(std::fs::TryLockError::Error(e)) => Err(fail(&path.display().to_string(), e)),
        }
    }
}

/// A path as the person should read it: absolute, so that a relative database URL run from
/// another folder does not pass unnoticed.
pub fn shown(path: &Path) -> String {
    std::path::absolute(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string()
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

async fn open_read_only(file: &Path) -> Result<SqliteConnection, StartError> {
    SqliteConnectOptions::new()
        .filename(file)
        .read_only(true)
        .create_if_missing(false)
        .connect()
        .await
        .map_err(|e| fail(&file.display().to_string(), e))
}

/// Copies the database behind `database_url` to `file` while the portal may be serving,
/// and writes the manifest beside it. Nothing is left at `file` unless the whole copy
/// made it to disk.
pub async fn backup(database_url: &str, file: &Path, now: i64) -> Result<Manifest, StartError> {
    let db = database_file(database_url)?;
    if !db.exists() {
        return Err(StartError(format!("{} does not exist", db.display())));
    }
    // Never over anything: least of all the database itself, its WAL or its lock.
    if file.exists() || manifest_path(file).exists() {
        return Err(StartError(format!(
            "{} already exists; choose a new name for the backup",
            shown(file)
        )));
    }
    let partial = with_suffix(file, ".partial");
    let _ = std::fs::remove_file(&partial);
    let mut source = open_read_only(&db).await?;
    sqlx::query("VACUUM INTO ?")
        .bind(partial.to_string_lossy().as_ref())
        .execute(&mut source)
        .await
        .map_err(|e| fail("copying the database", e))?;
    source.close().await.map_err(|e| fail("closing", e))?;
    let manifest = describe(&partial, now).await?;
    settle(&partial, file)?;
    let json = serde_json::to_vec_pretty(&manifest).map_err(|e| fail("manifest", e))?;
    let manifest_file = manifest_path(file);
    let manifest_partial = with_suffix(&manifest_file, ".partial");
    std::fs::write(&manifest_partial, json).map_err(|e| fail("manifest", e))?;
    settle(&manifest_partial, &manifest_file)?;
    Ok(manifest)
}

/// Flushes `from` to disk and renames it to `to`, then flushes the folder, so that after
/// a crash `to` is either absent, the old file, or the whole new one.
fn settle(from: &Path, to: &Path) -> Result<(), StartError> {
    File::open(from)
        .and_then(|f| f.sync_all())
        .map_err(|e| fail(&from.display().to_string(), e))?;
    std::fs::rename(from, to).map_err(|e| fail(&to.display().to_string(), e))?;
    sync_folder_of(to)
}

fn sync_folder_of(file: &Path) -> Result<(), StartError> {
    let dir = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| fail(&dir.display().to_string(), e))
}

fn sha256_of(file: &Path) -> Result<String, StartError> {
    let mut hasher = Sha256::new();
    let mut f = File::open(file).map_err(|e| fail(&file.display().to_string(), e))?;
    std::io::copy(&mut f, &mut hasher).map_err(|e| fail(&file.display().to_string(), e))?;
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

async fn describe(copy: &Path, now: i64) -> Result<Manifest, StartError> {
    let mut conn = open_read_only(copy).await?;
    let schema_version = schema_version(&mut conn)
        .await
        .map_err(|e| fail("reading the schema version", e))?;
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(&mut conn)
    .await
    .map_err(|e| fail("listing tables", e))?;
    let mut tables = BTreeMap::new();
    for name in names {
        // The names come from the copy's own catalogue; quoted, they stay names.
        let count: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM \"{}\"",
            name.replace('"', "\"\"")
        ))
        .fetch_one(&mut conn)
        .await
        .map_err(|e| fail(&name, e))?;
        tables.insert(name, count);
    }
    conn.close().await.map_err(|e| fail("closing", e))?;
    Ok(Manifest {
        sha256: sha256_of(copy)?,
        schema_version,
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        made_at: now,
        tables,
    })
}

/// Writes a database's WAL back into its file, best effort (a damaged database is moved
/// aside with its WAL as it is).
async fn checkpoint_file(db: &Path) {
    let opened = SqliteConnectOptions::new()
        .filename(db)
        .create_if_missing(false)
        .connect()
        .await;
    if let Ok(mut conn) = opened {
        let _ = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&mut conn)
            .await;
        let _ = conn.close().await;
    }
}

/// `<db>.before-restore-<time>`, or with `-2`, `-3` … where that is taken.
fn free_name(db: &Path, now: i64) -> Result<PathBuf, StartError> {
    for n in 1..1000 {
        let suffix = if n == 1 {
            format!(".before-restore-{now}")
        } else {
            format!(".before-restore-{now}-{n}")
        };
        let candidate = with_suffix(db, &suffix);
        if !candidate.exists() {
            return Ok(candidate);
        }
    }
    Err(StartError(format!(
        "no free name beside {} for the database it replaces",
        db.display()
    )))
}

/// What a restore did.
#[derive(Debug)]
pub struct Restored {
    pub schema_version: i64,
    /// Where the replaced database went (none when there was none).
    pub moved_aside: Option<PathBuf>,
}

/// Replaces the database behind `database_url` with the backup `file`, after checking
/// it: its manifest's checksum (when it has one), SQLite's integrity and foreign-key
/// checks, and a schema no newer than this server knows. Refuses while a server holds the
/// database. The old file and its `-wal`/`-shm` are moved aside, not deleted.
pub async fn restore(database_url: &str, file: &Path, now: i64) -> Result<Restored, StartError> {
    let _lock = ServingLock::take(database_url)?;
    let db = database_file(database_url)?;
    let manifest_file = manifest_path(file);
    if manifest_file.exists() {
        let manifest: Manifest = serde_json::from_slice(
            &std::fs::read(&manifest_file).map_err(|e| fail("manifest", e))?,
        )
        .map_err(|e| fail("manifest", e))?;
        if manifest.sha256 != sha256_of(file)? {
            return Err(StartError(format!(
                "{} does not match its manifest (changed or cut short since the backup)",
                file.display()
            )));
        }
    }
    let mut conn = open_read_only(file).await?;
    let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut conn)
        .await
        .map_err(|e| fail("integrity check", e))?;
    if integrity != ["ok"] {
        return Err(StartError(format!(
            "{} fails SQLite's integrity check: {}",
            file.display(),
            integrity.join("; ")
        )));
    }
    let dangling = sqlx::query("PRAGMA foreign_key_check")
        .fetch_all(&mut conn)
        .await
        .map_err(|e| fail("foreign key check", e))?;
    if !dangling.is_empty() {
        return Err(StartError(format!(
            "{} has {} rows whose references point nowhere",
            file.display(),
            dangling.len()
        )));
    }
    let schema_version = schema_version(&mut conn)
        .await
        .map_err(|e| fail("reading the schema version", e))?;
    if schema_version == 0 {
        return Err(StartError(format!(
            "{} is not a Vägval database (it has no migrations)",
            file.display()
        )));
    }
    if schema_version > known_version() {
        return Err(StartError(format!(
            "{} has schema version {schema_version}, newer than this server knows ({})",
            file.display(),
            known_version()
        )));
    }
    // Each migration it records must be this server's, to the byte: else the server
    // would refuse to start on it after the swap.
    let applied: Vec<(i64, bool, Vec<u8>)> =
        sqlx::query_as("SELECT version, success, checksum FROM _sqlx_migrations")
            .fetch_all(&mut conn)
            .await
            .map_err(|e| fail("reading the migrations", e))?;
    conn.close().await.map_err(|e| fail("closing", e))?;
    for (version, success, checksum) in applied {
        let known = crate::store::migration_checksum(version);
        if !success || known.as_deref() != Some(checksum.as_slice()) {
            return Err(StartError(format!(
                "{}: migration {version} is not the one this server carries",
                file.display()
            )));
        }
    }
    if let Some(parent) = db.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| fail(&parent.display().to_string(), e))?;
    }
    let incoming = with_suffix(&db, ".restoring");
    std::fs::copy(file, &incoming).map_err(|e| fail(&incoming.display().to_string(), e))?;
    File::open(&incoming)
        .and_then(|f| f.sync_all())
        .map_err(|e| fail(&incoming.display().to_string(), e))?;
    let moved_aside = if db.exists() {
        // The old database whole in one file (its WAL written back), kept under a name
        // of its own; then the new one takes its place in one rename, so that at every
        // moment the database file is the old one or the new one, never missing.
        checkpoint_file(&db).await;
        let aside = free_name(&db, now)?;
        if std::fs::hard_link(&db, &aside).is_err() {
            std::fs::copy(&db, &aside).map_err(|e| fail(&aside.display().to_string(), e))?;
        }
        for side in ["-wal", "-shm"] {
            let from = with_suffix(&db, side);
            if from.exists() {
                let to = with_suffix(&aside, side);
                std::fs::rename(&from, &to).map_err(|e| fail(&to.display().to_string(), e))?;
            }
        }
        Some(aside)
    } else {
        None
    };
    std::fs::rename(&incoming, &db).map_err(|e| fail(&db.display().to_string(), e))?;
    sync_folder_of(&db)?;
    Ok(Restored {
        schema_version,
        moved_aside,
    })
}
