//! What every store must do, whatever database is behind it. Each contract is a function
//! over the feature's trait, run against a SQLite file and a new PostgreSQL database.
mod accounts;
mod applications;
mod booking;
mod caseload;
mod cv;
mod feed;
mod goals;
mod group;
mod invite;
mod jobs;
mod notes;
mod outcomes;
mod profile;
mod reminders;
mod rights;
mod sharing;
mod throttle;
use app::auth::Role;
use app::booking::group::store::{
    CreateGroupOutcome, GroupStore, NewGroup, NewSeat, QueuePlace, SeatOutcome,
};
use app::booking::group::GroupKind;
use app::booking::store::{BookOutcome, BookingStore, NewBooking};
use app::booking::{BookingRules, WeeklyRange};
use app::cv::store::{CvStore, CvUpdate};
use app::goals::store::{GoalFields, GoalStore, PracticeEntry};
use app::goals::{GoalStatus, PauseReason};
use app::invite::store::{AcceptRefusal, InvitationStore, NewInvitation};
use app::notes::store::NoteStore;
use app::profile::store::{ProfilePart, ProfileStore};
use app::sharing::store::{NewAccess, ShareGrant, SharingStore};
use app::sharing::{ConsentChange, ReadHow, SharedPart};
use app::ssr::store::{AccountStore, CvId, NewPerson, UserId};
use server::store::{connect, PgStore, SqliteStore};
use std::sync::Arc;

pub(super) const NOW: i64 = 1_790_000_000;

pub(super) async fn sqlite() -> (Arc<SqliteStore>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let pool = connect(&format!("sqlite://{}/contract.db", dir.path().display()))
        .await
        .expect("database");
    (Arc::new(SqliteStore::new(pool)), dir)
}

/// A store on a new database of the test cluster, or `None` (said) without one.
pub(super) async fn postgres() -> Option<Arc<PgStore>> {
    crate::common::postgres_cluster()?;
    let url = crate::common::fresh_postgres_database().await;
    let pool = server::store::connect_postgres(&url, 4)
        .await
        .expect("database");
    Some(Arc::new(PgStore::new(pool)))
}

/// Runs one statement with whole-number parameters on either engine: what a contract asks
/// of the database beyond its trait.
pub(crate) async fn execute(
    store: &dyn server::store::Engine,
    sql: &str,
    binds: &[i64],
) -> Result<u64, sqlx::Error> {
    use server::store::Pool;
    Ok(match store.pool() {
        Pool::Sqlite(pool) => binds
            .iter()
            .fold(sqlx::query(sql), |q, b| q.bind(*b))
            .execute(&pool)
            .await?
            .rows_affected(),
        Pool::Postgres(pool) => binds
            .iter()
            .fold(sqlx::query(sql), |q, b| q.bind(*b))
            .execute(&pool)
            .await?
            .rows_affected(),
    })
}

pub(super) fn person(name: &str, role: Role, coach: Option<UserId>) -> NewPerson {
    NewPerson {
        display_name: name.into(),
        role,
        coach_id: coach,
        created_by: coach,
    }
}

/// An account with a login (its password hash "h"), made at `NOW`: a contract's cast.
pub(super) async fn account(
    accounts: &dyn AccountStore,
    name: &str,
    login: &str,
    role: Role,
    coach: Option<UserId>,
) -> UserId {
    accounts
        .upsert_account(person(name, role, coach), login, "h", NOW)
        .await
        .expect(login)
}

/// A goal three times a week, no end day: what the goal contracts start from.
pub(super) fn goal_fields() -> GoalFields {
    GoalFields {
        remind_hour: None,
        what: "Prata svenska".into(),
        per_week: 3,
        until: None,
        workplace: String::new(),
        supervisor: String::new(),
    }
}

pub(super) fn invitation(secret: &str, expires_at: i64) -> NewInvitation {
    NewInvitation {
        token_hash: format!("token:{secret}"),
        code_hash: format!("code:{secret}"),
        expires_at,
    }
}

/// Databases made before checksummed migrations carry on, data and all.
#[tokio::test]
async fn a_database_from_before_checksummed_migrations_is_adopted() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}/old.db", dir.path().display());
    {
        let options: sqlx::sqlite::SqliteConnectOptions = url
            .parse::<sqlx::sqlite::SqliteConnectOptions>()
            .expect("url")
            .create_if_missing(true);
        let pool = sqlx::SqlitePool::connect_with(options).await.expect("old");
        for sql in [
            include_str!("../../../migrations/sqlite/0001_accounts.sql"),
            include_str!("../../../migrations/sqlite/0002_cvs.sql"),
            include_str!("../../../migrations/sqlite/0003_cv_revisions.sql"),
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL) STRICT;
             INSERT INTO schema_migrations VALUES (1, 0), (2, 0), (3, 0);
             INSERT INTO users (display_name, role, created_at, login, login_key) VALUES ('Kept', 'coach', 0, 'kept', 'kept');",
        ] {
            sqlx::raw_sql(sql).execute(&pool).await.expect("old schema");
        }
        pool.close().await;
    }
    let store = SqliteStore::new(connect(&url).await.expect("adopted"));
    assert!(store
        .find_user_by_login("kept")
        .await
        .expect("find")
        .is_some());
    // And once more, as on every later start.
    let store = SqliteStore::new(connect(&url).await.expect("second start"));
    assert!(store
        .find_user_by_login("kept")
        .await
        .expect("find")
        .is_some());
}

/// The periodic clean-up deletes expired sessions, as the session store wrote them, and
/// keeps the live ones.
async fn tidy_deletes_expired_sessions(store: Arc<dyn server::store::Engine>) {
    use tower_sessions::cookie::time::{Duration, OffsetDateTime};
    use tower_sessions::session::{Id, Record};
    use tower_sessions::session_store::SessionStore;
    let sessions = store.sessions().prepare().await.expect("sessions");
    let record = |id: i128, expiry_date| Record {
        id: Id(id),
        data: Default::default(),
        expiry_date,
    };
    let now = OffsetDateTime::now_utc();
    sessions
        .save(&record(1, now - Duration::days(1)))
        .await
        .expect("expired");
    sessions
        .save(&record(2, now + Duration::days(1)))
        .await
        .expect("live");
    assert!(store.tidy(0).await.expect("tidy"), "this instance did it");
    assert_eq!(crate::common::count_rows(&*store, "sessions").await, 1);
    assert!(sessions.load(&Id(2)).await.expect("load").is_some());
}

#[tokio::test]
async fn the_clean_up_deletes_expired_sessions_on_sqlite() {
    let (store, _dir) = sqlite().await;
    tidy_deletes_expired_sessions(store).await;
}

#[tokio::test]
async fn the_clean_up_deletes_expired_sessions_on_postgres() {
    let Some(store) = postgres().await else {
        return;
    };
    tidy_deletes_expired_sessions(store).await;
}
