//! The session store on whichever engine holds the rest: one type for the session layer.
//! Expired sessions are deleted by the engine's periodic clean-up (`Engine::tidy`).
use async_trait::async_trait;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Result, SessionStore};

#[derive(Clone, Debug)]
pub enum Sessions {
    Sqlite(tower_sessions_sqlx_store::SqliteStore),
    Postgres(tower_sessions_sqlx_store::PostgresStore),
}

impl Sessions {
    /// Ready for use: SQLite's table is made here; PostgreSQL's comes with the schema's
    /// migrations.
    pub async fn prepare(self) -> std::result::Result<Self, String> {
        Ok(match self {
            Sessions::Sqlite(s) => {
                let s = s.with_table_name("sessions")?;
                s.migrate().await.map_err(|e| e.to_string())?;
                Sessions::Sqlite(s)
            }
            Sessions::Postgres(s) => {
                Sessions::Postgres(s.with_schema_name("public")?.with_table_name("sessions")?)
            }
        })
    }
}

#[async_trait]
impl SessionStore for Sessions {
    async fn create(&self, record: &mut Record) -> Result<()> {
        match self {
            Sessions::Sqlite(s) => s.create(record).await,
            Sessions::Postgres(s) => s.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> Result<()> {
        match self {
            Sessions::Sqlite(s) => s.save(record).await,
            Sessions::Postgres(s) => s.save(record).await,
        }
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        match self {
            Sessions::Sqlite(s) => s.load(id).await,
            Sessions::Postgres(s) => s.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        match self {
            Sessions::Sqlite(s) => s.delete(id).await,
            Sessions::Postgres(s) => s.delete(id).await,
        }
    }
}
