//! Job development: the server functions: who asks, what they may do, the store, the answer.
use super::*;
#[cfg(feature = "ssr")]
use crate::ssr::access::{Act, Part};

#[cfg(feature = "ssr")]
type Ssr = crate::ssr::ServerState;
#[cfg(feature = "ssr")]
type Asker = crate::ssr::store::UserRecord;

/// The signed-in coach, the server's state and the office the coach works from.
#[cfg(feature = "ssr")]
async fn coach_office() -> Result<(Ssr, Asker, String), AppError> {
    let (state, coach) = crate::ssr::require(&[Role::Coach]).await?;
    let office = state.accounts.office(coach.id).await?;
    Ok((state, coach, office))
}

/// Refuses (as "not found") a record of an office that is not the asker's.
#[cfg(feature = "ssr")]
fn office_record(
    who: &crate::ssr::store::UserRecord,
    who_office: &str,
    office: &str,
    act: Act,
) -> Result<(), AppError> {
    use crate::ssr::access::{authorize, office_relation, Ask};
    authorize(
        who,
        Ask {
            relation: office_relation(who, who_office, office),
            part: Part::Employers,
            act,
            owner: who.id,
            shared: false,
        },
    )
}

/// The employer `id`, when it is of the signed-in coach's office.
#[cfg(feature = "ssr")]
async fn office_employer(
    id: EmployerId,
    act: Act,
) -> Result<(Ssr, Asker, store::EmployerRecord), AppError> {
    let (state, coach, office) = coach_office().await?;
    let employer = state
        .store
        .of::<dyn JobStore>()?
        .employer(id)
        .await?
        .ok_or(AppError::NotFound)?;
    office_record(&coach, &office, &employer.office, act)?;
    Ok((state, coach, employer))
}

#[cfg(feature = "ssr")]
fn day_text(day: &str) -> Option<CalendarDay> {
    let date: jiff::civil::Date = day.parse().ok()?;
    Some(crate::ssr::clock::calendar_day(date))
}

#[cfg(feature = "ssr")]
fn contact_line(c: store::ContactRecord) -> Option<ContactLine> {
    Some(ContactLine {
        day: day_text(&c.day)?,
        how: c.how,
        coach: c.coach_name,
        employer: c.employer_name,
        person: c.participant.map(|(_, name)| name),
        note: c.note,
    })
}

/// The employers of the signed-in coach's office, by name.
#[server(prefix = "/api", endpoint = "employers")]
pub async fn employer_list() -> Result<Vec<EmployerLine>, AppError> {
    let (state, coach, office) = coach_office().await?;
    office_record(&coach, &office, &office, Act::Read)?;
    let employers = state.store.of::<dyn JobStore>()?.employers(&office).await?;
    Ok(employers
        .into_iter()
        .map(|e| EmployerLine {
            id: e.id,
            name: e.fields.name,
            place: e.fields.place,
            sector: e.fields.sector,
            last_contact: e.last_contact.as_deref().and_then(day_text),
        })
        .collect())
}

/// Adds an employer to the signed-in coach's office.
#[server(prefix = "/api", endpoint = "add-employer")]
pub async fn add_employer(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    let (state, coach, office) = coach_office().await?;
    office_record(&coach, &office, &office, Act::Change)?;
    let employer = forms::employer(&fields)?;
    let added = state
        .store
        .of::<dyn JobStore>()?
        .add_employer(&office, coach.id, &employer, state.clock.unix())
        .await?;
    let Some(id) = added else {
        return Err(forms::name_taken(&fields));
    };
    tracing::info!(coach = %coach.id, employer = %id, "employer added");
    leptos_axum::redirect(&format!("/coach/employers/{id}?added"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "employer")]
pub async fn fetch_employer(id: EmployerId) -> Result<EmployerView, AppError> {
    let (state, _, employer) = office_employer(id, Act::Read).await?;
    let jobs = state.store.of::<dyn JobStore>()?;
    let contacts = jobs.employer_contacts(id).await?;
    let leads = jobs.employer_leads(id).await?;
    Ok(EmployerView {
        id,
        fields: employer.fields,
        contacts: contacts.into_iter().filter_map(contact_line).collect(),
        leads: leads
            .into_iter()
            .map(|l| LeadLine {
                id: l.id,
                title: l.title,
                kind: l.kind,
            })
            .collect(),
    })
}

/// Changes an employer's details (`id` among the fields).
#[server(prefix = "/api", endpoint = "change-employer")]
pub async fn change_employer(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    let id: EmployerId = forms::get(&fields, "id")
        .parse()
        .map_err(|_| AppError::NotFound)?;
    let (state, coach, _) = office_employer(id, Act::Change).await?;
    let employer = forms::employer(&fields)?;
    let changed = state
        .store
        .of::<dyn JobStore>()?
        .change_employer(id, &employer, state.clock.unix())
        .await?;
    if !changed {
        return Err(forms::name_taken(&fields));
    }
    tracing::info!(coach = %coach.id, employer = %id, "employer changed");
    leptos_axum::redirect(&format!("/coach/employers/{id}?changed"));
    Ok(())
}

/// What the form for a contact with employer `id` offers.
#[server(prefix = "/api", endpoint = "contact-form")]
pub async fn fetch_contact_form(id: EmployerId) -> Result<ContactForm, AppError> {
    let (state, coach, employer) = office_employer(id, Act::Change).await?;
    let people = state
        .accounts
        .list_caseload(coach.id)
        .await?
        .into_iter()
        .map(|p| (p.id, p.display_name))
        .collect();
    Ok(ContactForm {
        employer: id,
        employer_name: employer.fields.name,
        today: state.clock.today().to_string(),
        people,
    })
}

/// Logs a contact with an employer: the day (today or before), how, for whom (a
/// participant of the coach's, or nobody: general job development) and what came of it.
#[server(prefix = "/api", endpoint = "log-contact")]
pub async fn log_contact(
    employer: EmployerId,
    day: String,
    how: Option<String>,
    person: Option<String>,
    note: String,
) -> Result<(), AppError> {
    let (state, coach, _) = office_employer(employer, Act::Change).await?;
    let mut invalid = Invalid::new();
    let today = state.clock.today();
    let date = crate::ssr::clock::parse_day(&day);
    match date {
        None => invalid.add("day", FieldProblem::BadDay),
        Some(d) if d > today => invalid.add("day", FieldProblem::InFuture),
        Some(_) => {}
    }
    let how_chosen = how.as_deref().and_then(ContactHow::parse);
    if how_chosen.is_none() {
        invalid.add("how", FieldProblem::ChooseOne);
    }
    let note_text = invalid.text("note", &note, TEXT_MAX);
    // For whom: one of the coach's own participants, or nobody.
    let person_id = match person.as_deref().unwrap_or("").trim() {
        "" | "none" => None,
        typed => {
            let id: Option<UserId> = typed.parse().ok();
            let caseload = state.accounts.list_caseload(coach.id).await?;
            match id.filter(|id| caseload.iter().any(|p| p.id == *id)) {
                Some(id) => Some(id),
                None => {
                    invalid.add("person", FieldProblem::UnknownOption);
                    None
                }
            }
        }
    };
    let (Some(date), Some(how_chosen), true) = (date, how_chosen, invalid.errors.is_empty()) else {
        let kept = invalid
            .keep("day", &day)
            .keep("how", how.as_deref().unwrap_or(""))
            .keep("person", person.as_deref().unwrap_or(""))
            .keep("note", &note);
        return Err(AppError::Invalid(kept));
    };
    state
        .store
        .of::<dyn JobStore>()?
        .add_contact(store::NewContact {
            employer,
            coach: coach.id,
            participant: person_id,
            day: date.to_string(),
            how: how_chosen,
            note: note_text,
            at: state.clock.unix(),
        })
        .await?;
    tracing::info!(coach = %coach.id, %employer, how = how_chosen.code(), "employer contact logged");
    leptos_axum::redirect(&format!("/coach/employers/{employer}?logged#contacts"));
    Ok(())
}

/// Writes a job lead at employer `employer` (among the fields).
#[server(prefix = "/api", endpoint = "add-lead")]
pub async fn add_lead(#[server(flatten)] fields: BTreeMap<String, String>) -> Result<(), AppError> {
    let employer: EmployerId = forms::get(&fields, "employer")
        .parse()
        .map_err(|_| AppError::NotFound)?;
    let (state, coach, _) = office_employer(employer, Act::Change).await?;
    let (kind, title, details) = forms::lead(&fields)?;
    let document = serde_json::to_string(&details).map_err(crate::ssr::internal)?;
    let id = state
        .store
        .of::<dyn JobStore>()?
        .add_lead(
            employer,
            coach.id,
            kind,
            &title,
            &document,
            state.clock.unix(),
        )
        .await?;
    tracing::info!(coach = %coach.id, %employer, lead = %id, "job lead added");
    leptos_axum::redirect(&format!("/coach/leads/{id}"));
    Ok(())
}

/// The lead `id`, when it is of the signed-in coach's office.
#[cfg(feature = "ssr")]
async fn office_lead(
    id: LeadId,
    act: Act,
) -> Result<(Ssr, Asker, store::LeadRecord, LeadDetails), AppError> {
    let (state, coach, office) = coach_office().await?;
    let lead = state
        .store
        .of::<dyn JobStore>()?
        .lead(id)
        .await?
        .ok_or(AppError::NotFound)?;
    office_record(&coach, &office, &lead.office, act)?;
    let details = serde_json::from_str(&lead.details).map_err(crate::ssr::internal)?;
    Ok((state, coach, lead, details))
}

/// A lead, with the signed-in coach's participants matched to it from what each shares
/// (every part read is logged in the person's access log) and the offers made.
#[server(prefix = "/api", endpoint = "lead")]
pub async fn fetch_lead(id: LeadId) -> Result<LeadView, AppError> {
    use crate::languages::LanguagesDoc;
    use crate::profile::store::ProfilePart;
    use crate::sharing::store::SharingStore;
    use crate::sharing::SharedPart;
    use crate::strengths::StrengthsDoc;
    // Read before any await: the request's context may be gone after one.
    let request = crate::ssr::access::request_id();
    let (state, coach, lead, details) = office_lead(id, Act::Read).await?;
    let now = state.clock.unix();
    let today = state.clock.today().to_string();
    let people: Vec<_> = state
        .accounts
        .list_caseload(coach.id)
        .await?
        .into_iter()
        .filter(|p| p.active)
        .collect();
    let shares = state
        .store
        .of::<dyn SharingStore>()?
        .caseload_shares(coach.id)
        .await?;
    let offers = state.store.of::<dyn JobStore>()?.lead_offers(id).await?;
    let mut ranked = Vec::new();
    let mut silent = Vec::new();
    for person in &people {
        let shared = |part: SharedPart| {
            shares
                .iter()
                .any(|(p, s)| *p == person.id && s.part == part && s.holds(now))
        };
        let strengths: Option<StrengthsDoc> = shared_doc(
            &state,
            &coach,
            person.id,
            (SharedPart::Strengths, ProfilePart::Strengths),
            shared(SharedPart::Strengths),
            &request,
        )
        .await?;
        let languages: Option<LanguagesDoc> = shared_doc(
            &state,
            &coach,
            person.id,
            (SharedPart::Languages, ProfilePart::Languages),
            shared(SharedPart::Languages),
            &request,
        )
        .await?;
        let candidate = matching::Candidate {
            strengths: strengths.as_ref(),
            languages: languages.as_ref(),
        };
        match matching::fit(&lead.title, &details, &candidate, &today, day_text) {
            Some(fit) => ranked.push((person.id, person.display_name.clone(), fit)),
            None => silent.push((person.id, person.display_name.clone())),
        }
    }
    matching::rank(&mut ranked);
    let mine = |id: UserId| people.iter().any(|p| p.id == id);
    let offered = |id: UserId| offers.iter().any(|o| o.participant == id);
    let now_at = state.clock.now();
    Ok(LeadView {
        id,
        employer: lead.employer,
        employer_name: lead.employer_name,
        kind: lead.kind,
        title: lead.title,
        details,
        ranked: ranked
            .into_iter()
            .map(|(person, name, fit)| Ranked {
                person,
                name,
                reasons: fit.reasons,
                mismatches: fit.mismatches,
                offered: offered(person),
            })
            .collect(),
        silent,
        // Only the coach's own people's offers: another coach's caseload is theirs.
        offers: offers
            .into_iter()
            .filter(|o| mine(o.participant))
            .filter_map(|o| {
                Some(OfferLine {
                    id: o.id,
                    person: o.participant,
                    name: o.participant_name,
                    offered: crate::ssr::clock::moment(o.offered_at, now_at)?,
                    answer: o.answer,
                    comment: o.comment,
                    presented: o
                        .presented_at
                        .and_then(|at| crate::ssr::clock::moment(at, now_at)),
                })
            })
            .collect(),
    })
}

/// One profile part of `person` the coach reads for the matching, when it is shared now
/// (the read logged); `None` when it is not.
#[cfg(feature = "ssr")]
async fn shared_doc<T: serde::de::DeserializeOwned + Default>(
    state: &crate::ssr::ServerState,
    coach: &crate::ssr::store::UserRecord,
    person: UserId,
    (part, profile): (
        crate::sharing::SharedPart,
        crate::profile::store::ProfilePart,
    ),
    shared: bool,
    request: &str,
) -> Result<Option<T>, AppError> {
    if !shared {
        return Ok(None);
    }
    crate::sharing::reads::read_shared(state, coach, person, part, shared, request).await?;
    let (doc, _) = crate::profile::document::load_part::<T>(state, person, profile).await?;
    Ok(Some(doc))
}

/// Offers lead `lead` to `person`, one of the signed-in coach's participants.
#[server(prefix = "/api", endpoint = "offer-lead")]
pub async fn offer_lead(lead: LeadId, person: UserId) -> Result<(), AppError> {
    let (state, coach, _, _) = office_lead(lead, Act::Read).await?;
    let (_, _, person) =
        crate::ssr::access::looked_after(person, Part::Offers, Act::Change).await?;
    let added = state
        .store
        .of::<dyn JobStore>()?
        .offer(lead, person.id, coach.id, state.clock.unix())
        .await?;
    tracing::info!(coach = %coach.id, person = %person.id, %lead, added, "job lead offered");
    leptos_axum::redirect(&format!("/coach/leads/{lead}?offered#offers"));
    Ok(())
}

/// The offer `id`, its participant and lead, when the signed-in coach is the participant's
/// coach and the lead is of their office.
#[cfg(feature = "ssr")]
async fn coach_offer(
    id: OfferId,
) -> Result<(Ssr, Asker, Asker, store::OfferRecord, store::LeadRecord), AppError> {
    let (state, _) = crate::ssr::require(&[Role::Coach]).await?;
    let offer = state
        .store
        .of::<dyn JobStore>()?
        .offer_by_id(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (state, coach, person) =
        crate::ssr::access::looked_after(offer.participant, Part::Offers, Act::Change).await?;
    let (_, _, lead, _) = office_lead(offer.lead, Act::Read).await?;
    Ok((state, coach, person, offer, lead))
}

/// The CVs of `person` shared with `coach` now: id, title, record.
#[cfg(feature = "ssr")]
async fn shared_cvs(
    state: &crate::ssr::ServerState,
    person: UserId,
    coach: UserId,
) -> Result<Vec<(String, crate::cv::store::CvRecord)>, AppError> {
    use crate::cv::store::CvStore;
    let mut cvs = Vec::new();
    for record in state.store.of::<dyn CvStore>()?.list_cvs(person).await? {
        if crate::sharing::reads::cv_shared(state, person, coach, record.id).await? {
            let title = serde_json::from_str::<crate::cv::model::Cv>(&record.document)
                .map(|cv| cv.title)
                .unwrap_or_default();
            let title = if title.trim().is_empty() {
                t(Key::CvUntitled).to_string()
            } else {
                title
            };
            cvs.push((title, record));
        }
    }
    Ok(cvs)
}

/// What the coach may show an employer of the person an offer was made to.
#[server(prefix = "/api", endpoint = "present-choice")]
pub async fn fetch_present(id: OfferId) -> Result<PresentChoice, AppError> {
    use crate::sharing::store::SharingStore;
    use crate::sharing::SharedPart;
    let (state, coach, person, offer, lead) = coach_offer(id).await?;
    let now = state.clock.unix();
    let shares = state
        .store
        .of::<dyn SharingStore>()?
        .shares_of(person.id, coach.id)
        .await?;
    let shared = |part: SharedPart| shares.iter().any(|s| s.part == part && s.holds(now));
    let cvs = shared_cvs(&state, person.id, coach.id).await?;
    Ok(PresentChoice {
        offer: id,
        lead: lead.id,
        person_name: person.display_name,
        title: lead.title,
        employer: lead.employer_name,
        answer: offer.answer,
        presented: offer
            .presented_at
            .and_then(|at| crate::ssr::clock::moment(at, state.clock.now())),
        cvs: cvs.into_iter().map(|(title, r)| (r.id, title)).collect(),
        strengths: shared(SharedPart::Strengths),
        languages: shared(SharedPart::Languages),
    })
}

/// Records that the coach presented the person to the lead's employer, with what was
/// shown (a CV version shared with the coach, the strengths, the languages: only parts the
/// person shares with them now); refused without the person's yes to this lead.
#[server(prefix = "/api", endpoint = "present")]
pub async fn present(
    offer: OfferId,
    cv: Option<String>,
    strengths: Option<String>,
    languages: Option<String>,
) -> Result<(), AppError> {
    use crate::sharing::store::SharingStore;
    use crate::sharing::SharedPart;
    use store::PresentOutcome;
    let (state, coach, person, record, lead) = coach_offer(offer).await?;
    let now = state.clock.unix();
    let shares = state
        .store
        .of::<dyn SharingStore>()?
        .shares_of(person.id, coach.id)
        .await?;
    let shared = |part: SharedPart| shares.iter().any(|s| s.part == part && s.holds(now));
    let ticked = |v: &Option<String>| v.as_deref().is_some_and(|v| !v.is_empty());
    let mut invalid = Invalid::new();
    let chosen_cv = match cv.as_deref().unwrap_or("none") {
        "" | "none" => None,
        typed => {
            let cvs = shared_cvs(&state, person.id, coach.id).await?;
            let found = cvs.into_iter().find(|(_, r)| r.id.to_string() == typed);
            if found.is_none() {
                invalid.add("cv", FieldProblem::UnknownOption);
            }
            found.map(|(title, r)| ShownCv {
                id: r.id,
                title,
                revision: r.revision,
                saved_at: r.updated_at,
            })
        }
    };
    if ticked(&strengths) && !shared(SharedPart::Strengths) {
        invalid.add("strengths", FieldProblem::UnknownOption);
    }
    if ticked(&languages) && !shared(SharedPart::Languages) {
        invalid.add("languages", FieldProblem::UnknownOption);
    }
    if record.answer != Some(OfferAnswer::Yes) {
        invalid.add("offer", FieldProblem::NoYes);
    }
    let keep = |invalid: Invalid| {
        let invalid = invalid.keep("cv", cv.as_deref().unwrap_or(""));
        let invalid = if ticked(&strengths) {
            invalid.keep("strengths", "on")
        } else {
            invalid
        };
        if ticked(&languages) {
            invalid.keep("languages", "on")
        } else {
            invalid
        }
    };
    if !invalid.errors.is_empty() {
        return Err(AppError::Invalid(keep(invalid)));
    }
    let shown = Shown {
        cv: chosen_cv,
        strengths: ticked(&strengths),
        languages: ticked(&languages),
    };
    let document = serde_json::to_string(&shown).map_err(crate::ssr::internal)?;
    let outcome = state
        .store
        .of::<dyn JobStore>()?
        .present(offer, coach.id, &lead.employer_name, &document, now)
        .await?;
    match outcome {
        PresentOutcome::Presented | PresentOutcome::Already => {}
        // The yes was taken back between the read above and the write.
        PresentOutcome::NoYes => {
            let mut invalid = Invalid::new();
            invalid.add("offer", FieldProblem::NoYes);
            return Err(AppError::Invalid(keep(invalid)));
        }
    }
    tracing::info!(coach = %coach.id, person = %person.id, %offer, ?outcome, "presented to employer");
    leptos_axum::redirect(&format!("/coach/leads/{}?presented#offers", lead.id));
    Ok(())
}

/// The coach's week against the IPS aim, and their participants still waiting for a first
/// employer contact after [`FIRST_CONTACT_DAYS`].
#[server(prefix = "/api", endpoint = "job-week")]
pub async fn fetch_job_week() -> Result<JobWeek, AppError> {
    let (state, coach, office) = coach_office().await?;
    office_record(&coach, &office, &office, Act::Read)?;
    let today = state.clock.today();
    let monday = week::monday_of(today);
    let jobs = state.store.of::<dyn JobStore>()?;
    let days: Vec<jiff::civil::Date> = jobs
        .contact_days(coach.id, ContactHow::Visit, &monday.to_string())
        .await?
        .iter()
        .filter_map(|d| d.parse().ok())
        .collect();
    let waiting = jobs
        .caseload_contacted(coach.id)
        .await?
        .into_iter()
        .filter_map(|(id, name, created_at, contacted)| {
            let start = crate::ssr::clock::day_of(jiff::Timestamp::from_second(created_at).ok()?);
            let days = week::waiting_days(start, today, contacted, FIRST_CONTACT_DAYS)?;
            Some((id, name, days))
        })
        .collect();
    Ok(JobWeek {
        visits: week::this_week(&days, today),
        waiting,
    })
}

/// The leads offered to `person`, newest first, with their answers: for their coach's page.
#[server(prefix = "/api", endpoint = "person-offers")]
pub async fn person_offers(person: UserId) -> Result<Vec<PersonOffer>, AppError> {
    let (state, _, person) =
        crate::ssr::access::looked_after(person, Part::Offers, Act::Read).await?;
    let jobs = state.store.of::<dyn JobStore>()?;
    let now = state.clock.now();
    let mut list = Vec::new();
    for offer in jobs.participant_offers(person.id).await? {
        let Some(lead) = jobs.lead(offer.lead).await? else {
            continue;
        };
        let Some(offered) = crate::ssr::clock::moment(offer.offered_at, now) else {
            continue;
        };
        list.push(PersonOffer {
            lead: lead.id,
            title: lead.title,
            employer: lead.employer_name,
            offered,
            answer: offer.answer,
            comment: offer.comment,
            presented: offer
                .presented_at
                .and_then(|at| crate::ssr::clock::moment(at, now)),
        });
    }
    Ok(list)
}

/// An offer as the participant reads it.
#[cfg(feature = "ssr")]
async fn my_offer_of(
    state: &crate::ssr::ServerState,
    offer: store::OfferRecord,
    presentations: &[store::PresentationRecord],
) -> Result<Option<MyOffer>, AppError> {
    let now = state.clock.now();
    let Some(lead) = state.store.of::<dyn JobStore>()?.lead(offer.lead).await? else {
        return Ok(None);
    };
    let details: LeadDetails = serde_json::from_str(&lead.details).map_err(crate::ssr::internal)?;
    let presentation = presentations
        .iter()
        .find(|p| p.offer == offer.id)
        .and_then(|p| {
            let shown: Shown = serde_json::from_str(&p.shown).ok()?;
            Some(PresentationLine {
                at: crate::ssr::clock::moment(p.at, now)?,
                coach: p.coach_name.clone(),
                employer: p.employer_name.clone(),
                cv: shown
                    .cv
                    .and_then(|cv| Some((cv.title, crate::ssr::clock::moment(cv.saved_at, now)?))),
                strengths: shown.strengths,
                languages: shown.languages,
            })
        });
    let Some(offered) = crate::ssr::clock::moment(offer.offered_at, now) else {
        return Ok(None);
    };
    Ok(Some(MyOffer {
        id: offer.id,
        title: lead.title,
        kind: lead.kind,
        employer: lead.employer_name,
        employer_place: lead.employer_place,
        details,
        coach: offer.coach_name,
        offered,
        answer: offer.answer,
        comment: offer.comment,
        presentation,
    }))
}

/// The leads offered to the signed-in participant, newest first.
#[server(prefix = "/api", endpoint = "my-offers")]
pub async fn my_offers() -> Result<Vec<MyOffer>, AppError> {
    use crate::ssr::access::authorize_own;
    let (state, me) = crate::ssr::require(&[Role::Participant]).await?;
    authorize_own(&me, Part::Offers, Act::Read, me.id)?;
    let jobs = state.store.of::<dyn JobStore>()?;
    let presentations = jobs.presentations(me.id).await?;
    let mut list = Vec::new();
    for offer in jobs.participant_offers(me.id).await? {
        if let Some(offer) = my_offer_of(&state, offer, &presentations).await? {
            list.push(offer);
        }
    }
    Ok(list)
}

/// One lead offered to the signed-in participant.
#[server(prefix = "/api", endpoint = "my-offer")]
pub async fn fetch_my_offer(id: OfferId) -> Result<MyOffer, AppError> {
    use crate::ssr::access::authorize_own;
    let (state, me) = crate::ssr::require(&[Role::Participant]).await?;
    let jobs = state.store.of::<dyn JobStore>()?;
    let offer = jobs.offer_by_id(id).await?.ok_or(AppError::NotFound)?;
    authorize_own(&me, Part::Offers, Act::Read, offer.participant)?;
    let presentations = jobs.presentations(me.id).await?;
    my_offer_of(&state, offer, &presentations)
        .await?
        .ok_or(AppError::NotFound)
}

/// The participant's answer to a lead offered to them: yes, not now, or no, and a comment.
#[server(prefix = "/api", endpoint = "answer-offer")]
pub async fn answer_offer(
    offer: OfferId,
    answer: Option<String>,
    comment: String,
) -> Result<(), AppError> {
    use crate::ssr::access::authorize_own;
    let (state, me) = crate::ssr::require(&[Role::Participant]).await?;
    let jobs = state.store.of::<dyn JobStore>()?;
    let record = jobs.offer_by_id(offer).await?.ok_or(AppError::NotFound)?;
    authorize_own(&me, Part::Offers, Act::Change, record.participant)?;
    let mut invalid = Invalid::new();
    let chosen = answer.as_deref().and_then(OfferAnswer::parse);
    if chosen.is_none() {
        invalid.add("answer", FieldProblem::ChooseOne);
    }
    let comment_text = invalid.text("comment", &comment, COMMENT_MAX);
    let (Some(chosen), true) = (chosen, invalid.errors.is_empty()) else {
        return Err(AppError::Invalid(
            invalid
                .keep("answer", answer.as_deref().unwrap_or(""))
                .keep("comment", &comment),
        ));
    };
    let answered = jobs
        .answer_offer(offer, me.id, chosen, &comment_text, state.clock.unix())
        .await?;
    if !answered {
        return Err(AppError::NotFound);
    }
    tracing::info!(person = %me.id, %offer, answer = chosen.code(), "job lead answered");
    leptos_axum::redirect(&format!("/jobs/{offer}?answered"));
    Ok(())
}
