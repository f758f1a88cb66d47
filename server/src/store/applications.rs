//! A participant's job applications ("Mina ansökningar").
use super::{err, Store};
use app::applications::store::{ApplicationFields, ApplicationRecord, ApplicationStore};
use app::applications::{ApplicationStatus, HowApplied};
use app::ids::ApplicationId;
use app::ssr::store::{StoreError, UserId};
use async_trait::async_trait;

#[derive(sqlx::FromRow)]
struct ApplicationRow {
    id: i64,
    owner_id: i64,
    employer: String,
    job: String,
    applied_day: String,
    how: String,
    status: String,
    interview_at: Option<i64>,
    revision: i64,
    created_at: i64,
    updated_at: i64,
}

const SELECT: &str = "SELECT id, owner_id, employer, job, applied_day, how, status, interview_at,
        revision, created_at, updated_at
     FROM job_applications";

impl ApplicationRow {
    fn record(self) -> Result<ApplicationRecord, StoreError> {
        Ok(ApplicationRecord {
            id: ApplicationId::new(self.id),
            owner_id: UserId::new(self.owner_id),
            fields: ApplicationFields {
                employer: self.employer,
                job: self.job,
                applied_day: self.applied_day,
                how: HowApplied::parse(&self.how)
                    .ok_or_else(|| err(format!("unknown way applied {:?}", self.how)))?,
                status: ApplicationStatus::parse(&self.status)
                    .ok_or_else(|| err(format!("unknown status {:?}", self.status)))?,
                interview_at: self.interview_at,
            },
            created_at: self.created_at,
            updated_at: self.updated_at,
            revision: self.revision,
        })
    }
}

fn records(rows: Vec<ApplicationRow>) -> Result<Vec<ApplicationRecord>, StoreError> {
    rows.into_iter().map(ApplicationRow::record).collect()
}

#[async_trait]
impl ApplicationStore for Store {
    async fn add_application(
        &self,
        owner: UserId,
        f: &ApplicationFields,
        max: usize,
        now: i64,
    ) -> Result<Option<ApplicationId>, StoreError> {
        let (_writer, mut tx) = self.begin_write().await?;
        let kept: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM job_applications WHERE owner_id = $1")
                .bind(owner.get())
                .fetch_one(&mut *tx)
                .await
                .map_err(err)?;
        if kept >= i64::try_from(max).unwrap_or(i64::MAX) {
            return Ok(None);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO job_applications
                (owner_id, employer, job, applied_day, how, status, interview_at, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
        )
        .bind(owner.get())
        .bind(&f.employer)
        .bind(&f.job)
        .bind(&f.applied_day)
        .bind(f.how.code())
        .bind(f.status.code())
        .bind(f.interview_at)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(err)?;
        tx.commit().await.map_err(err)?;
        Ok(Some(ApplicationId::new(id)))
    }

    async fn applications(&self, owner: UserId) -> Result<Vec<ApplicationRecord>, StoreError> {
        let rows: Vec<ApplicationRow> = sqlx::query_as(&format!(
            "{SELECT} WHERE owner_id = $1 ORDER BY applied_day DESC, id DESC"
        ))
        .bind(owner.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        records(rows)
    }

    async fn applications_between(
        &self,
        owner: UserId,
        first_day: &str,
        last_day: &str,
    ) -> Result<Vec<ApplicationRecord>, StoreError> {
        let rows: Vec<ApplicationRow> = sqlx::query_as(&format!(
            "{SELECT} WHERE owner_id = $1 AND applied_day >= $2 AND applied_day <= $3
             ORDER BY applied_day, id"
        ))
        .bind(owner.get())
        .bind(first_day)
        .bind(last_day)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        records(rows)
    }

    async fn find_application(
        &self,
        id: ApplicationId,
    ) -> Result<Option<ApplicationRecord>, StoreError> {
        let row: Option<ApplicationRow> = sqlx::query_as(&format!("{SELECT} WHERE id = $1"))
            .bind(id.get())
            .fetch_optional(&self.pool)
            .await
            .map_err(err)?;
        row.map(ApplicationRow::record).transpose()
    }

    async fn update_application(
        &self,
        id: ApplicationId,
        owner: UserId,
        f: &ApplicationFields,
        now: i64,
    ) -> Result<bool, StoreError> {
        // One statement: whose it is and the change are decided together.
        let done = sqlx::query(
            "UPDATE job_applications
             SET employer = $1, job = $2, applied_day = $3, how = $4, status = $5,
                 interview_at = $6, updated_at = $7, revision = revision + 1
             WHERE id = $8 AND owner_id = $9",
        )
        .bind(&f.employer)
        .bind(&f.job)
        .bind(&f.applied_day)
        .bind(f.how.code())
        .bind(f.status.code())
        .bind(f.interview_at)
        .bind(now)
        .bind(id.get())
        .bind(owner.get())
        .execute(&self.pool)
        .await
        .map_err(err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn remove_application(
        &self,
        id: ApplicationId,
        owner: UserId,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM job_applications WHERE id = $1 AND owner_id = $2")
            .bind(id.get())
            .bind(owner.get())
            .execute(&self.pool)
            .await
            .map_err(err)?;
        Ok(done.rows_affected() == 1)
    }
}
