//! The contract of the store of job applications: what every implementation must do.
use super::*;
use app::applications::store::{ApplicationFields, ApplicationStore};
use app::applications::{ApplicationStatus, HowApplied};

fn fields(employer: &str, day: &str) -> ApplicationFields {
    ApplicationFields {
        employer: employer.into(),
        job: "Lagerarbetare".into(),
        applied_day: day.into(),
        how: HowApplied::Email,
        status: ApplicationStatus::Applied,
        interview_at: None,
    }
}

pub async fn applications_contract(store: Arc<dyn server::store::Engine>) {
    let accounts: &dyn AccountStore = &*store;
    let coach = account(accounts, "Anna Berg", "anna", Role::Coach, None).await;
    let amal = account(accounts, "Amal", "amal", Role::Participant, Some(coach)).await;
    let cem = account(accounts, "Cem", "cem", Role::Participant, Some(coach)).await;
    let apps: &dyn ApplicationStore = &*store;

    let first = apps
        .add_application(amal, &fields("Först AB", "2026-12-01"), 3, NOW)
        .await
        .expect("add")
        .expect("room");
    let last = apps
        .add_application(amal, &fields("Sist AB", "2026-12-31"), 3, NOW + 1)
        .await
        .expect("add")
        .expect("room");
    apps.add_application(amal, &fields("November AB", "2026-11-30"), 3, NOW + 2)
        .await
        .expect("add")
        .expect("room");
    apps.add_application(cem, &fields("Cems AB", "2026-12-15"), 3, NOW)
        .await
        .expect("add")
        .expect("another's count is their own");
    // At most `max` each.
    assert_eq!(
        apps.add_application(amal, &fields("En till AB", "2026-12-02"), 3, NOW + 3)
            .await
            .expect("add"),
        None
    );

    // The latest day first; a month's days oldest first, the edges included, nobody else's.
    let all: Vec<String> = apps
        .applications(amal)
        .await
        .expect("list")
        .into_iter()
        .map(|a| a.fields.employer)
        .collect();
    assert_eq!(all, ["Sist AB", "Först AB", "November AB"]);
    let december: Vec<String> = apps
        .applications_between(amal, "2026-12-01", "2026-12-31")
        .await
        .expect("month")
        .into_iter()
        .map(|a| a.fields.employer)
        .collect();
    assert_eq!(december, ["Först AB", "Sist AB"]);

    // Stored as given, a revision 0 to start with.
    let found = apps
        .find_application(first)
        .await
        .expect("find")
        .expect("there");
    assert_eq!(found.owner_id, amal);
    assert_eq!(found.fields, fields("Först AB", "2026-12-01"));
    assert_eq!(
        (found.revision, found.created_at, found.updated_at),
        (0, NOW, NOW)
    );

    // Only its owner changes or removes it; each change raises the revision.
    let changed = ApplicationFields {
        status: ApplicationStatus::Interview,
        interview_at: Some(NOW + 86_400),
        how: HowApplied::Coach,
        ..fields("Först AB", "2026-12-01")
    };
    assert!(!apps
        .update_application(first, cem, &changed, NOW + 5)
        .await
        .expect("update"));
    assert!(apps
        .update_application(first, amal, &changed, NOW + 5)
        .await
        .expect("update"));
    let found = apps
        .find_application(first)
        .await
        .expect("find")
        .expect("there");
    assert_eq!(found.fields, changed);
    assert_eq!((found.revision, found.updated_at), (1, NOW + 5));
    assert!(!apps.remove_application(last, cem).await.expect("remove"));
    assert!(apps.remove_application(last, amal).await.expect("remove"));
    assert!(!apps.remove_application(last, amal).await.expect("again"));
    assert!(apps.find_application(last).await.expect("find").is_none());

    // The database itself refuses what the codes do not name, and an empty employer.
    for sql in [
        "UPDATE job_applications SET how = 'pigeon' WHERE id = $1",
        "UPDATE job_applications SET status = 'maybe' WHERE id = $1",
        "UPDATE job_applications SET employer = '' WHERE id = $1",
        "UPDATE job_applications SET applied_day = '2026-12' WHERE id = $1",
    ] {
        assert!(
            execute(&*store, sql, &[first.get()]).await.is_err(),
            "{sql}"
        );
    }
    // A share of the applications is a share like any other.
    store
        .set_share(
            amal,
            coach,
            SharedPart::Applications,
            Some(ShareGrant {
                cv: None,
                cv_title: None,
                ends_at: None,
            }),
            1,
            NOW,
        )
        .await
        .expect("share");
    let shares = store.shares_of(amal, coach).await.expect("shares");
    assert!(shares.iter().any(|s| s.part == SharedPart::Applications));
}

#[tokio::test]
async fn sqlite_keeps_the_applications_contract() {
    let (store, _dir) = sqlite().await;
    applications_contract(store).await;
}

#[tokio::test]
async fn postgres_keeps_the_applications_contract() {
    let Some(store) = postgres().await else {
        return;
    };
    applications_contract(store).await;
}
