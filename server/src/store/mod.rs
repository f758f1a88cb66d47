//! Every feature's store trait, implemented once per database engine: SQLite (`sqlite.rs`,
//! the default, one file) and PostgreSQL (`postgres.rs`, for several instances on one
//! database). The SQL of a feature is written once, in `<feature>.rs`, in the dialect both
//! engines speak (`$1` placeholders, `ON CONFLICT`, `RETURNING`, `TRUE`/`FALSE`), and
//! compiled into each engine's module; where the engines differ, the engine module says
//! so. Which engine runs is chosen by the database URL's scheme; nothing in `app/` knows.
use app::auth::Role;
use app::booking::store::{
    BookOutcome, BookingRecord, BookingStore, GroupSeat, MeetingsWith, MoveOutcome, NewBooking,
};
use app::booking::{Attendance, BookingRules, ExtraRange, WeeklyRange};
use app::cv::store::{CvRecord, CvStore, CvUpdate, DraftClaim, DRAFT_HELD_FOR, DRAFT_KEPT_FOR};
use app::invite::store::{AcceptRefusal, InvitationRecord, InvitationStore, NewInvitation};
use app::invite::Purpose;
use app::notes::store::{NoteChange, NoteRecord, NoteStore};
use app::sharing::store::{
    AccessEntry, ConsentEvent, NewAccess, ShareGrant, ShareRecord, SharingStore,
};
use app::sharing::{ConsentChange, ReadHow, SharedPart};
use app::ssr::store::{
    AccountStore, CvId, InvitationId, NewPerson, NoteId, PersonSummary, StoreError, UserId,
    UserRecord,
};
use app::ssr::store::{BookingId, GroupId};

use app::booking::group::store::GroupStore;
use app::goals::store::GoalStore;
use app::profile::store::ProfileStore;
use async_trait::async_trait;
use std::sync::Arc;

/// Each feature's SQL, compiled into the engine module that says `features!()`: there
/// `Store`, `Db` and `Conn` name that engine's types.
macro_rules! features {
    () => {
        #[allow(clippy::duplicate_mod)]
        #[path = "accounts.rs"]
        mod accounts;
        #[allow(clippy::duplicate_mod)]
        #[path = "applications.rs"]
        mod applications;
        #[allow(clippy::duplicate_mod)]
        #[path = "booking.rs"]
        mod booking;
        #[allow(clippy::duplicate_mod)]
        #[path = "cv.rs"]
        mod cv;
        #[allow(clippy::duplicate_mod)]
        #[path = "feed.rs"]
        mod feed;
        #[allow(clippy::duplicate_mod)]
        #[path = "goals.rs"]
        mod goals;
        #[allow(clippy::duplicate_mod)]
        #[path = "group.rs"]
        mod group;
        #[allow(clippy::duplicate_mod)]
        #[path = "invite.rs"]
        mod invite;
        #[allow(clippy::duplicate_mod)]
        #[path = "jobs.rs"]
        mod jobs;
        #[allow(clippy::duplicate_mod)]
        #[path = "notes.rs"]
        mod notes;
        #[allow(clippy::duplicate_mod)]
        #[path = "outcomes.rs"]
        mod outcomes;
        #[allow(clippy::duplicate_mod)]
        #[path = "profile.rs"]
        mod profile;
        #[allow(clippy::duplicate_mod)]
        #[path = "reminders.rs"]
        mod reminders;
        #[allow(clippy::duplicate_mod)]
        #[path = "rights.rs"]
        mod rights;
        #[allow(clippy::duplicate_mod)]
        #[path = "sharing.rs"]
        mod sharing;
        #[allow(clippy::duplicate_mod)]
        #[path = "throttle.rs"]
        mod throttle;
        use accounts::*;
        use booking::*;
        use invite::*;
    };
}

mod postgres;
pub mod rights_tables;
mod sqlite;
pub use postgres::{connect as connect_postgres, PgStore};
pub use sqlite::{connect, known_version, migration_checksum, schema_version, SqliteStore};

fn err(e: impl std::fmt::Display) -> StoreError {
    StoreError(e.to_string())
}

/// Everything the portal keeps, behind one engine.
#[async_trait]
pub trait Engine:
    AccountStore
    + InvitationStore
    + CvStore
    + SharingStore
    + NoteStore
    + BookingStore
    + GroupStore
    + app::booking::feed::store::FeedStore
    + GoalStore
    + app::applications::store::ApplicationStore
    + ProfileStore
    + app::jobs::store::JobStore
    + app::outcomes::store::OutcomeStore
    + app::rights::store::RightsStore
    + app::reminders::store::ReminderStore
    + app::ssr::throttle::AttemptStore
    + Send
    + Sync
    + 'static
{
    /// Checks that the database answers.
    async fn ping(&self) -> Result<(), StoreError>;

    /// The last step of a clean stop: on SQLite the WAL is written back into the file, so
    /// the file alone is the whole database.
    async fn close(&self) -> Result<(), StoreError>;

    /// Whether the connections are closed for good: the periodic clean-up then stops.
    fn is_closed(&self) -> bool;

    /// The session store on the same database.
    fn sessions(&self) -> crate::sessions::Sessions;

    /// The connection pool, for what speaks SQL to the engine directly: its tests.
    fn pool(&self) -> Pool;

    /// Whether several instances may share this database (PostgreSQL): then nothing a
    /// request needs may stay in one instance's memory.
    fn shared(&self) -> bool;

    /// The periodic clean-up: expired sessions, and throttle counts made at or before
    /// `attempts_before_ms`. Where several instances share the database, whichever takes
    /// its lock first does it; `true` if this one did.
    async fn tidy(&self, attempts_before_ms: i64) -> Result<bool, StoreError>;
}

/// An engine's connection pool.
#[derive(Clone)]
pub enum Pool {
    Sqlite(sqlx::SqlitePool),
    Postgres(sqlx::PgPool),
}

/// Which engine a database URL names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Sqlite,
    Postgres,
}

impl Kind {
    pub fn of(url: &str) -> Result<Kind, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Kind::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Kind::Postgres)
        } else {
            Err(StoreError(
                "VAGVAL_DATABASE_URL must start with sqlite:// or postgres://".into(),
            ))
        }
    }
}

/// The newest migration this server carries for `kind`.
pub fn known_version_of(kind: Kind) -> i64 {
    match kind {
        Kind::Sqlite => sqlite::known_version(),
        Kind::Postgres => postgres::known_version(),
    }
}

/// Opens the database `url` names, bringing its schema up to date; on PostgreSQL with at
/// most `connections` connections.
pub async fn open(url: &str, connections: u32) -> Result<Arc<dyn Engine>, StoreError> {
    Ok(match Kind::of(url)? {
        Kind::Sqlite => Arc::new(SqliteStore::new(connect(url).await?)),
        Kind::Postgres => Arc::new(PgStore::new(postgres::connect(url, connections).await?)),
    })
}
