//! Job development: employers per office, contacts with them, job leads, offers to
//! participants and presentations on a yes (the database refuses one without it).
use super::{err, Store};
use app::jobs::store::{
    ContactRecord, EmployerRecord, JobStore, LeadRecord, NewContact, OfferRecord,
    PresentOutcome, PresentationRecord,
};
use app::jobs::{ContactHow, EmployerFields, LeadKind, OfferAnswer};
use app::ssr::store::{EmployerId, LeadId, OfferId, StoreError, UserId};
use async_trait::async_trait;

type EmployerRow = (
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
);

const EMPLOYER_SELECT: &str = "SELECT e.id, e.office, e.name, e.place, e.sector, e.contact_name,
        e.contact_phone, e.contact_email, e.needs,
        (SELECT MAX(c.day) FROM employer_contacts c WHERE c.employer_id = e.id)
     FROM employers e";

fn employer(row: EmployerRow) -> EmployerRecord {
    let (id, office, name, place, sector, contact_name, contact_phone, contact_email, needs, last) =
        row;
    EmployerRecord {
        id: EmployerId::new(id),
        office,
        fields: EmployerFields {
            name,
            place,
            sector,
            contact_name,
            contact_phone,
            contact_email,
            needs,
        },
        last_contact: last,
    }
}

type ContactRow = (
    i64,
    String,
    i64,
    String,
    Option<i64>,
    Option<String>,
    String,
    String,
    String,
);

fn contact(row: ContactRow) -> Result<ContactRecord, StoreError> {
    let (employer, employer_name, coach, coach_name, person, person_name, day, how, note) = row;
    Ok(ContactRecord {
        employer: EmployerId::new(employer),
        employer_name,
        coach: UserId::new(coach),
        coach_name,
        participant: person.map(|id| (UserId::new(id), person_name.unwrap_or_default())),
        day,
        how: ContactHow::parse(&how).ok_or_else(|| err(format!("unknown contact {how:?}")))?,
        note,
    })
}

type LeadRow = (i64, i64, String, String, String, String, String, String);

const LEAD_SELECT: &str = "SELECT l.id, l.employer_id, e.name, e.place, e.office, l.kind, l.title,
        l.details
     FROM job_leads l JOIN employers e ON e.id = l.employer_id";

fn lead(row: LeadRow) -> Result<LeadRecord, StoreError> {
    let (id, employer, employer_name, employer_place, office, kind, title, details) = row;
    Ok(LeadRecord {
        id: LeadId::new(id),
        employer: EmployerId::new(employer),
        employer_name,
        employer_place,
        office,
        kind: LeadKind::parse(&kind).ok_or_else(|| err(format!("unknown lead {kind:?}")))?,
        title,
        details,
    })
}

type OfferRow = (
    i64,
    i64,
    i64,
    String,
    i64,
    String,
    i64,
    Option<String>,
    String,
    Option<i64>,
);

const OFFER_SELECT: &str = "SELECT o.id, o.lead_id, o.participant_id, p.display_name, o.coach_id,
        c.display_name, o.offered_at, o.answer, o.comment,
        (SELECT s.at FROM presentations s WHERE s.offer_id = o.id)
     FROM lead_offers o JOIN users p ON p.id = o.participant_id JOIN users c ON c.id = o.coach_id";

fn offer(row: OfferRow) -> Result<OfferRecord, StoreError> {
    let (id, lead, person, person_name, coach, coach_name, offered_at, answer, comment, presented) =
        row;
    let answer = match answer {
        None => None,
        Some(a) => {
            Some(OfferAnswer::parse(&a).ok_or_else(|| err(format!("unknown answer {a:?}")))?)
        }
    };
    Ok(OfferRecord {
        id: OfferId::new(id),
        lead: LeadId::new(lead),
        participant: UserId::new(person),
        participant_name: person_name,
        coach: UserId::new(coach),
        coach_name,
        offered_at,
        answer,
        comment,
        presented_at: presented,
    })
}

#[async_trait]
impl JobStore for Store {
    async fn employers(&self, office: &str) -> Result<Vec<EmployerRecord>, StoreError> {
        let rows: Vec<EmployerRow> = sqlx::query_as(&format!(
            "{EMPLOYER_SELECT} WHERE e.office = $1 ORDER BY LOWER(e.name), e.id"
        ))
        .bind(office)
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows.into_iter().map(employer).collect())
    }

    async fn employer(&self, id: EmployerId) -> Result<Option<EmployerRecord>, StoreError> {
        let row: Option<EmployerRow> =
            sqlx::query_as(&format!("{EMPLOYER_SELECT} WHERE e.id = $1"))
                .bind(id.get())
                .fetch_optional(&self.pool)
                .await
                .map_err(err)?;
        Ok(row.map(employer))
    }

    async fn add_employer(
        &self,
        office: &str,
        coach: UserId,
        f: &EmployerFields,
        now: i64,
    ) -> Result<Option<EmployerId>, StoreError> {
        let added: Result<(i64,), _> = sqlx::query_as(
            "INSERT INTO employers (office, name, place, sector, contact_name, contact_phone,
                 contact_email, needs, created_by, created_at, changed_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
        )
        .bind(office)
        .bind(&f.name)
        .bind(&f.place)
        .bind(&f.sector)
        .bind(&f.contact_name)
        .bind(&f.contact_phone)
        .bind(&f.contact_email)
        .bind(&f.needs)
        .bind(coach.get())
        .bind(now)
        .fetch_one(&self.pool)
        .await;
        match added {
            Ok((id,)) => Ok(Some(EmployerId::new(id))),
            // The office has an employer of that name (or a double tap made it).
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(None),
            Err(e) => Err(err(e)),
        }
    }

    async fn change_employer(
        &self,
        id: EmployerId,
        f: &EmployerFields,
        now: i64,
    ) -> Result<bool, StoreError> {
        let changed = sqlx::query(
            "UPDATE employers SET name = $2, place = $3, sector = $4, contact_name = $5,
                 contact_phone = $6, contact_email = $7, needs = $8, changed_at = $9
             WHERE id = $1",
        )
        .bind(id.get())
        .bind(&f.name)
        .bind(&f.place)
        .bind(&f.sector)
        .bind(&f.contact_name)
        .bind(&f.contact_phone)
        .bind(&f.contact_email)
        .bind(&f.needs)
        .bind(now)
        .execute(&self.pool)
        .await;
        match changed {
            Ok(done) => Ok(done.rows_affected() == 1),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(false),
            Err(e) => Err(err(e)),
        }
    }

    async fn add_contact(&self, c: NewContact) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO employer_contacts (employer_id, coach_id, participant_id, day, how, note, at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(c.employer.get())
        .bind(c.coach.get())
        .bind(c.participant.map(|p| p.get()))
        .bind(&c.day)
        .bind(c.how.code())
        .bind(&c.note)
        .bind(c.at)
        .execute(&self.pool)
        .await
        .map_err(err)?;
        Ok(())
    }

    async fn employer_contacts(
        &self,
        employer: EmployerId,
    ) -> Result<Vec<ContactRecord>, StoreError> {
        let rows: Vec<ContactRow> = sqlx::query_as(
            "SELECT c.employer_id, e.name, c.coach_id, u.display_name, c.participant_id,
                    p.display_name, c.day, c.how, c.note
             FROM employer_contacts c JOIN employers e ON e.id = c.employer_id
                  JOIN users u ON u.id = c.coach_id
                  LEFT JOIN users p ON p.id = c.participant_id
             WHERE c.employer_id = $1 ORDER BY c.day DESC, c.id DESC",
        )
        .bind(employer.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        rows.into_iter().map(contact).collect()
    }

    async fn contact_days(
        &self,
        coach: UserId,
        how: ContactHow,
        from: &str,
    ) -> Result<Vec<String>, StoreError> {
        sqlx::query_scalar(
            "SELECT day FROM employer_contacts WHERE coach_id = $1 AND how = $2 AND day >= $3
             ORDER BY day",
        )
        .bind(coach.get())
        .bind(how.code())
        .bind(from)
        .fetch_all(&self.pool)
        .await
        .map_err(err)
    }

    async fn caseload_contacted(
        &self,
        coach: UserId,
    ) -> Result<Vec<(UserId, String, i64, bool)>, StoreError> {
        let rows: Vec<(i64, String, i64, bool)> = sqlx::query_as(
            "SELECT u.id, u.display_name, u.created_at,
                    EXISTS (SELECT 1 FROM employer_contacts c WHERE c.participant_id = u.id)
             FROM users u
             WHERE u.coach_id = $1 AND u.role = 'participant' AND u.deactivated_at IS NULL
             ORDER BY u.created_at, u.id",
        )
        .bind(coach.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows
            .into_iter()
            .map(|(id, name, at, contacted)| (UserId::new(id), name, at, contacted))
            .collect())
    }

    async fn add_lead(
        &self,
        employer: EmployerId,
        coach: UserId,
        kind: LeadKind,
        title: &str,
        details: &str,
        now: i64,
    ) -> Result<LeadId, StoreError> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO job_leads (employer_id, coach_id, kind, title, details, created_at, changed_at)
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
        )
        .bind(employer.get())
        .bind(coach.get())
        .bind(kind.code())
        .bind(title)
        .bind(details)
        .bind(now)
        .fetch_one(&self.pool)
        .await
        .map_err(err)?;
        Ok(LeadId::new(id))
    }

    async fn lead(&self, id: LeadId) -> Result<Option<LeadRecord>, StoreError> {
        Ok(self.leads_where("l.id = $1", id.get()).await?.pop())
    }

    async fn employer_leads(&self, employer: EmployerId) -> Result<Vec<LeadRecord>, StoreError> {
        self.leads_where(
            "l.employer_id = $1 ORDER BY l.created_at DESC, l.id DESC",
            employer.get(),
        )
        .await
    }

    async fn offer(
        &self,
        lead: LeadId,
        participant: UserId,
        coach: UserId,
        now: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "INSERT INTO lead_offers (lead_id, participant_id, coach_id, offered_at)
             VALUES ($1, $2, $3, $4) ON CONFLICT (lead_id, participant_id) DO NOTHING",
        )
        .bind(lead.get())
        .bind(participant.get())
        .bind(coach.get())
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn lead_offers(&self, lead: LeadId) -> Result<Vec<OfferRecord>, StoreError> {
        self.offers_where("o.lead_id = $1 ORDER BY o.offered_at, o.id", lead.get())
            .await
    }

    async fn offer_by_id(&self, id: OfferId) -> Result<Option<OfferRecord>, StoreError> {
        Ok(self.offers_where("o.id = $1", id.get()).await?.pop())
    }

    async fn participant_offers(
        &self,
        participant: UserId,
    ) -> Result<Vec<OfferRecord>, StoreError> {
        self.offers_where(
            "o.participant_id = $1 ORDER BY o.offered_at DESC, o.id DESC",
            participant.get(),
        )
        .await
    }

    async fn answer_offer(
        &self,
        id: OfferId,
        participant: UserId,
        answer: OfferAnswer,
        comment: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE lead_offers SET answer = $3, comment = $4, answered_at = $5
             WHERE id = $1 AND participant_id = $2",
        )
        .bind(id.get())
        .bind(participant.get())
        .bind(answer.code())
        .bind(comment)
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(err)?;
        Ok(done.rows_affected() == 1)
    }

    async fn present(
        &self,
        id: OfferId,
        coach: UserId,
        employer_name: &str,
        shown: &str,
        now: i64,
    ) -> Result<PresentOutcome, StoreError> {
        // One statement reads the yes and writes the record; the trigger refuses a row
        // without a yes should anything write one otherwise.
        let done = sqlx::query(
            "INSERT INTO presentations (offer_id, participant_id, coach_id, employer_name, shown, at)
             SELECT o.id, o.participant_id, $2, $3, $4, $5 FROM lead_offers o
             WHERE o.id = $1 AND o.answer = 'yes'
             ON CONFLICT (offer_id) DO NOTHING",
        )
        .bind(id.get())
        .bind(coach.get())
        .bind(employer_name)
        .bind(shown)
        .bind(now)
        .execute(&self.pool)
        .await
        .map_err(err)?;
        if done.rows_affected() == 1 {
            return Ok(PresentOutcome::Presented);
        }
        let already: Option<i64> =
            sqlx::query_scalar("SELECT at FROM presentations WHERE offer_id = $1")
                .bind(id.get())
                .fetch_optional(&self.pool)
                .await
                .map_err(err)?;
        Ok(if already.is_some() {
            PresentOutcome::Already
        } else {
            PresentOutcome::NoYes
        })
    }

    async fn presentations(
        &self,
        participant: UserId,
    ) -> Result<Vec<PresentationRecord>, StoreError> {
        let rows: Vec<(i64, String, String, String, i64)> = sqlx::query_as(
            "SELECT s.offer_id, u.display_name, s.employer_name, s.shown, s.at
             FROM presentations s JOIN users u ON u.id = s.coach_id
             WHERE s.participant_id = $1 ORDER BY s.at DESC, s.id DESC",
        )
        .bind(participant.get())
        .fetch_all(&self.pool)
        .await
        .map_err(err)?;
        Ok(rows
            .into_iter()
            .map(|(offer, coach_name, employer_name, shown, at)| PresentationRecord {
                offer: OfferId::new(offer),
                coach_name,
                employer_name,
                shown,
                at,
            })
            .collect())
    }
}

impl Store {
    /// The leads `clause` (a condition on one id, `$1`, and an order) picks.
    async fn leads_where(&self, clause: &str, id: i64) -> Result<Vec<LeadRecord>, StoreError> {
        let rows: Vec<LeadRow> = sqlx::query_as(&format!("{LEAD_SELECT} WHERE {clause}"))
            .bind(id)
            .fetch_all(&self.pool)
            .await
            .map_err(err)?;
        rows.into_iter().map(lead).collect()
    }

    /// The offers `clause` (a condition on one id, `$1`, and an order) picks.
    async fn offers_where(&self, clause: &str, id: i64) -> Result<Vec<OfferRecord>, StoreError> {
        let rows: Vec<OfferRow> = sqlx::query_as(&format!("{OFFER_SELECT} WHERE {clause}"))
            .bind(id)
            .fetch_all(&self.pool)
            .await
            .map_err(err)?;
        rows.into_iter().map(offer).collect()
    }
}
