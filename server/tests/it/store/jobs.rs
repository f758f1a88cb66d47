//! The contract of the job development store: what every implementation must do.
use super::*;
use app::jobs::store::{JobStore, NewContact, PresentOutcome};
use app::jobs::{ContactHow, EmployerFields, LeadKind, OfferAnswer};

fn bakery(name: &str) -> EmployerFields {
    EmployerFields {
        name: name.into(),
        place: "Vallentuna".into(),
        sector: "Restaurang".into(),
        contact_name: "Eva".into(),
        contact_email: "eva@bageriet.se".into(),
        ..EmployerFields::default()
    }
}

pub async fn jobs_contract(store: Arc<dyn server::store::Engine>) {
    let accounts: &dyn AccountStore = &*store;
    let jobs: &dyn JobStore = &*store;
    let anna = account(accounts, "Anna Berg", "anna", Role::Coach, None).await;
    let amal = account(accounts, "Amal", "amal", Role::Participant, Some(anna)).await;
    accounts.set_office(anna, "Centrum").await.expect("office");
    assert_eq!(accounts.office(anna).await.expect("office"), "Centrum");
    assert_eq!(accounts.offices().await.expect("offices"), ["Centrum"]);

    // One name per office; another office may use it.
    let id = jobs
        .add_employer("Centrum", anna, &bakery("Bageriet"), NOW)
        .await
        .expect("add")
        .expect("added");
    assert_eq!(
        jobs.add_employer("Centrum", anna, &bakery("Bageriet"), NOW)
            .await
            .expect("add"),
        None
    );
    let other = jobs
        .add_employer("Norr", anna, &bakery("Bageriet"), NOW)
        .await
        .expect("add")
        .expect("another office");
    assert!(jobs
        .change_employer(other, &bakery("Bageriet"), NOW)
        .await
        .expect("its own name again"));
    jobs.add_employer("Centrum", anna, &bakery("Kaféet"), NOW)
        .await
        .expect("add")
        .expect("added");
    assert!(!jobs
        .change_employer(id, &bakery("Kaféet"), NOW)
        .await
        .expect("a name the office has"));
    assert!(jobs
        .change_employer(id, &bakery("Bageriet AB"), NOW + 1)
        .await
        .expect("change"));
    let listed = jobs.employers("Centrum").await.expect("list");
    let names: Vec<&str> = listed.iter().map(|e| e.fields.name.as_str()).collect();
    assert_eq!(names, ["Bageriet AB", "Kaféet"]);
    assert_eq!(listed[0].last_contact, None);

    // Contacts: newest day first; the latest day is the employer's last contact.
    for (day, how, person) in [
        ("2026-12-01", ContactHow::Visit, Some(amal)),
        ("2026-12-03", ContactHow::Phone, None),
        ("2026-12-02", ContactHow::Visit, None),
    ] {
        jobs.add_contact(NewContact {
            employer: id,
            coach: anna,
            participant: person,
            day: day.into(),
            how,
            note: "Behöver diskare.".into(),
            at: NOW,
        })
        .await
        .expect("contact");
    }
    let contacts = jobs.employer_contacts(id).await.expect("contacts");
    let days: Vec<&str> = contacts.iter().map(|c| c.day.as_str()).collect();
    assert_eq!(days, ["2026-12-03", "2026-12-02", "2026-12-01"]);
    assert_eq!(
        contacts[2]
            .participant
            .as_ref()
            .map(|(p, n)| (*p, n.as_str())),
        Some((amal, "Amal"))
    );
    assert_eq!(
        jobs.employer(id)
            .await
            .expect("one")
            .expect("there")
            .last_contact
            .as_deref(),
        Some("2026-12-03")
    );
    assert_eq!(
        jobs.contact_days(anna, ContactHow::Visit, "2026-12-02")
            .await
            .expect("days"),
        ["2026-12-02"]
    );
    let caseload = jobs.caseload_contacted(anna).await.expect("caseload");
    assert_eq!(caseload.len(), 1);
    assert!(caseload[0].3, "Amal has had a contact made for her");

    // A lead, an offer (once), the answer, and a presentation only on a yes.
    let lead = jobs
        .add_lead(id, anna, LeadKind::Praktik, "Köksbiträde", "{}", NOW)
        .await
        .expect("lead");
    let record = jobs.lead(lead).await.expect("lead").expect("there");
    assert_eq!(
        (
            record.office.as_str(),
            record.kind,
            record.employer_name.as_str()
        ),
        ("Centrum", LeadKind::Praktik, "Bageriet AB")
    );
    assert_eq!(jobs.employer_leads(id).await.expect("leads").len(), 1);
    assert!(jobs.offer(lead, amal, anna, NOW).await.expect("offer"));
    assert!(!jobs.offer(lead, amal, anna, NOW + 1).await.expect("twice"));
    let offer = jobs.lead_offers(lead).await.expect("offers")[0].clone();
    assert_eq!((offer.participant, offer.answer), (amal, None));
    assert_eq!(
        jobs.present(offer.id, anna, "Bageriet AB", "{}", NOW)
            .await
            .expect("present"),
        PresentOutcome::NoYes
    );
    // Someone else's answer changes nothing.
    assert!(!jobs
        .answer_offer(offer.id, anna, OfferAnswer::Yes, "", NOW)
        .await
        .expect("answer"));
    assert!(jobs
        .answer_offer(offer.id, amal, OfferAnswer::Later, "Efter SFI.", NOW + 2)
        .await
        .expect("answer"));
    assert_eq!(
        jobs.present(offer.id, anna, "Bageriet AB", "{}", NOW)
            .await
            .expect("present"),
        PresentOutcome::NoYes
    );
    assert!(jobs
        .answer_offer(offer.id, amal, OfferAnswer::Yes, "Gärna!", NOW + 3)
        .await
        .expect("answer"));
    assert_eq!(
        jobs.present(
            offer.id,
            anna,
            "Bageriet AB",
            r#"{"strengths":true}"#,
            NOW + 4
        )
        .await
        .expect("present"),
        PresentOutcome::Presented
    );
    assert_eq!(
        jobs.present(offer.id, anna, "Bageriet AB", "{}", NOW + 5)
            .await
            .expect("present"),
        PresentOutcome::Already
    );
    let mine = jobs.participant_offers(amal).await.expect("offers");
    assert_eq!(
        (
            mine[0].answer,
            mine[0].comment.as_str(),
            mine[0].presented_at
        ),
        (Some(OfferAnswer::Yes), "Gärna!", Some(NOW + 4))
    );
    let shown = jobs.presentations(amal).await.expect("presentations");
    assert_eq!(
        (
            shown[0].shown.as_str(),
            shown[0].employer_name.as_str(),
            shown[0].coach_name.as_str()
        ),
        (r#"{"strengths":true}"#, "Bageriet AB", "Anna Berg")
    );

    // The database itself refuses a presentation without a yes.
    let lead2 = jobs
        .add_lead(id, anna, LeadKind::Job, "Diskare", "{}", NOW)
        .await
        .expect("lead");
    assert!(jobs.offer(lead2, amal, anna, NOW).await.expect("offer"));
    let offer2 = jobs.lead_offers(lead2).await.expect("offers")[0].id;
    let planted = execute(
        &*store,
        "INSERT INTO presentations (offer_id, participant_id, coach_id, employer_name, shown, at)
         VALUES ($1, $2, $3, 'X', '{}', 0)",
        &[offer2.get(), amal.get(), anna.get()],
    )
    .await;
    assert!(planted.is_err(), "a presentation without a yes was stored");
}

#[tokio::test]
async fn sqlite_keeps_the_jobs_contract() {
    let (store, _dir) = sqlite().await;
    jobs_contract(store).await;
}

#[tokio::test]
async fn postgres_keeps_the_jobs_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    jobs_contract(store).await;
}
