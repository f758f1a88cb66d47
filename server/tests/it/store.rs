//! What every store must do, whatever database is behind it. Each contract is a function
//! over the feature's trait, so the PostgreSQL store will run the same ones; here they run
//! against SQLite files.
use app::auth::Role;
use app::sharing::{ConsentChange, ReadHow, SharedPart};
use app::ssr::store::{
    AcceptRefusal, AccountStore, BookOutcome, BookingRules, BookingStore, CreateGroupOutcome, CvId,
    CvStore, CvUpdate, GoalFields, GoalStatus, GoalStore, GroupKind, GroupStore, InvitationStore,
    NewAccess, NewBooking, NewGroup, NewInvitation, NewPerson, NewSeat, NoteStore, PauseReason,
    PracticeEntry, ProfilePart, ProfileStore, QueuePlace, SeatOutcome, ShareGrant, SharingStore,
    UserId, WeeklyRange,
};
use server::db::{connect, SqliteStore};
use std::sync::Arc;

const NOW: i64 = 1_790_000_000;

async fn sqlite() -> (Arc<SqliteStore>, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let pool = connect(&format!("sqlite://{}/contract.db", dir.path().display()))
        .await
        .expect("database");
    (Arc::new(SqliteStore::new(pool)), dir)
}

fn person(name: &str, role: Role, coach: Option<UserId>) -> NewPerson {
    NewPerson {
        display_name: name.into(),
        role,
        coach_id: coach,
        created_by: coach,
    }
}

fn invitation(secret: &str, expires_at: i64) -> NewInvitation {
    NewInvitation {
        token_hash: format!("token:{secret}"),
        code_hash: format!("code:{secret}"),
        expires_at,
    }
}

pub async fn accounts_contract(store: Arc<dyn AccountStore>) {
    let coach = store
        .upsert_account(person("Coach", Role::Coach, None), "Coach", "hash-1", NOW)
        .await
        .expect("coach");
    // Logins are one account however they are cased, in any script.
    let found = store.find_user_by_login("COACH").await.expect("find");
    assert_eq!(found.map(|u| u.id), Some(coach));
    let asa = store
        .upsert_account(
            person("Åsa", Role::Participant, Some(coach)),
            "ÅSA",
            "h",
            NOW,
        )
        .await
        .expect("åsa");
    let first_epoch = store
        .find_user(asa)
        .await
        .expect("find")
        .expect("exists")
        .session_epoch;
    let again = store
        .upsert_account(
            person("Åsa L", Role::Participant, Some(coach)),
            "åsa",
            "h2",
            NOW,
        )
        .await
        .expect("åsa again");
    assert_eq!(asa, again, "an upsert with the same login updates");
    let user = store.find_user(asa).await.expect("find").expect("exists");
    assert_eq!(user.display_name, "Åsa L");
    assert_eq!(
        user.session_epoch,
        first_epoch + 1,
        "a new password ends the old sessions"
    );
    store
        .upsert_account(
            person("Åsa L", Role::Participant, Some(coach)),
            "åsa",
            "h2",
            NOW,
        )
        .await
        .expect("same again");
    let same = store.find_user(asa).await.expect("find").expect("exists");
    assert_eq!(
        same.session_epoch,
        first_epoch + 1,
        "the same password keeps them"
    );
    assert_eq!(user.password_hash.as_deref(), Some("h2"));
    assert_eq!(user.coach_id, Some(coach));
    let caseload = store.list_caseload(coach).await.expect("caseload");
    assert_eq!(caseload.len(), 1);
    assert!(caseload[0].active);
    assert!(store.list_caseload(asa).await.expect("none").is_empty());
    let coaches = store.list_people(Role::Coach).await.expect("coaches");
    assert_eq!(coaches.iter().map(|p| p.id).collect::<Vec<_>>(), [coach]);
    assert!(store
        .find_user(UserId::new(9_999))
        .await
        .expect("lookup")
        .is_none());
}

pub async fn invitations_contract(
    store: Arc<dyn InvitationStore>,
    accounts: Arc<dyn AccountStore>,
) {
    let id = store
        .create_invited_person(
            person("Bilal", Role::Participant, None),
            invitation("b", NOW + 100),
            NOW,
        )
        .await
        .expect("invited");
    let pending = accounts.find_user(id).await.expect("find").expect("exists");
    assert!(pending.login.is_none(), "no login before acceptance");
    let found = store
        .find_invitation("code:b")
        .await
        .expect("find")
        .expect("by code");
    assert_eq!((found.user_id, found.used), (id, false));
    assert!(store
        .find_invitation("token:b")
        .await
        .expect("find")
        .is_some());
    // Expired by `now`: refused.
    let late = store
        .accept_invitation("token:b", "bilal", "h", NOW + 100)
        .await
        .expect("accept");
    assert!(matches!(late, Err(AcceptRefusal::InvitationInvalid)));
    // A login someone has is refused, and the invitation stays open.
    accounts
        .upsert_account(person("Other", Role::Participant, None), "taken", "h", NOW)
        .await
        .expect("other");
    let taken = store
        .accept_invitation("token:b", "TAKEN", "h", NOW + 1)
        .await
        .expect("accept");
    assert!(matches!(taken, Err(AcceptRefusal::LoginTaken)));
    let user = store
        .accept_invitation("code:b", "bilal", "h", NOW + 1)
        .await
        .expect("accept")
        .expect("accepted");
    assert_eq!((user.id, user.login.as_deref()), (id, Some("bilal")));
    // Used up, by either secret.
    let again = store
        .accept_invitation("token:b", "bilal2", "h", NOW + 2)
        .await
        .expect("accept");
    assert!(matches!(again, Err(AcceptRefusal::InvitationInvalid)));
    assert!(store
        .find_invitation("token:b")
        .await
        .expect("find")
        .is_some_and(|i| i.used));
    // The start-up admin invitation is reissued until an admin exists.
    assert!(store
        .reissue_first_admin_invitation("Admin", invitation("a1", NOW + 100), NOW)
        .await
        .expect("first"));
    assert!(store
        .reissue_first_admin_invitation("Admin", invitation("a2", NOW + 100), NOW)
        .await
        .expect("second"));
    assert!(
        store
            .find_invitation("token:a1")
            .await
            .expect("find")
            .is_some_and(|i| i.used),
        "the earlier start-up invitation is withdrawn"
    );
    store
        .accept_invitation("token:a2", "admin", "h", NOW + 1)
        .await
        .expect("accept")
        .expect("admin");
    assert!(!store
        .reissue_first_admin_invitation("Admin", invitation("a3", NOW + 100), NOW)
        .await
        .expect("no more"));
}

/// Reissuing, withdrawing, password codes and sign-in notes: the coach's account care.
pub async fn account_care_contract(
    store: Arc<dyn InvitationStore>,
    accounts: Arc<dyn AccountStore>,
) {
    use app::ssr::store::Purpose;
    let pending = store
        .create_invited_person(
            person("Pending", Role::Participant, None),
            invitation("p1", NOW + 100),
            NOW,
        )
        .await
        .expect("invited");
    let open = store.open_invitation_of(pending, NOW).await.expect("open");
    assert_eq!(open.map(|o| o.purpose), Some(Purpose::Invite));
    assert!(
        store
            .open_invitation_of(pending, NOW + 100)
            .await
            .expect("open")
            .is_none(),
        "expired by then"
    );
    // A new invitation replaces the old one.
    assert!(store
        .reissue_invitation(pending, invitation("p2", NOW + 100), NOW)
        .await
        .expect("reissue"));
    assert!(store
        .find_invitation("token:p1")
        .await
        .expect("find")
        .is_some_and(|i| i.used));
    assert!(!store
        .find_invitation("token:p2")
        .await
        .expect("find")
        .is_some_and(|i| i.used));
    // No password code for an account that does not exist yet.
    assert!(!store
        .issue_reset(pending, invitation("r0", NOW + 100), NOW)
        .await
        .expect("reset"));
    // Withdrawn: the pending account goes, with its invitations.
    assert!(store.withdraw_invitation(pending).await.expect("withdraw"));
    assert!(accounts.find_user(pending).await.expect("find").is_none());
    assert!(store
        .find_invitation("token:p2")
        .await
        .expect("find")
        .is_none());

    let active = accounts
        .upsert_account(
            person("Active", Role::Participant, None),
            "active",
            "old",
            NOW,
        )
        .await
        .expect("active");
    assert!(
        !store.withdraw_invitation(active).await.expect("withdraw"),
        "an account stays"
    );
    assert!(!store
        .reissue_invitation(active, invitation("x", NOW + 100), NOW)
        .await
        .expect("reissue"));
    accounts
        .record_sign_in(active, NOW + 7)
        .await
        .expect("note");
    let before = accounts
        .find_user(active)
        .await
        .expect("find")
        .expect("exists");
    assert_eq!(before.last_sign_in_at, Some(NOW + 7));
    assert!(store
        .issue_reset(active, invitation("r1", NOW + 100), NOW)
        .await
        .expect("reset"));
    assert!(store
        .issue_reset(active, invitation("r2", NOW + 100), NOW)
        .await
        .expect("reset again"));
    let found = store
        .find_invitation("code:r2")
        .await
        .expect("find")
        .expect("r2");
    assert_eq!(
        (found.purpose, found.login.as_deref()),
        (Purpose::Reset, Some("active"))
    );
    // A reset code does not make accounts; the older code stopped working.
    let misuse = store
        .accept_invitation("token:r2", "someone", "h", NOW + 1)
        .await
        .expect("accept");
    assert!(matches!(misuse, Err(AcceptRefusal::InvitationInvalid)));
    let old = store
        .accept_reset("token:r1", "new", NOW + 1)
        .await
        .expect("reset");
    assert!(matches!(old, Err(AcceptRefusal::InvitationInvalid)));
    let user = store
        .accept_reset("token:r2", "new", NOW + 1)
        .await
        .expect("reset")
        .expect("done");
    assert_eq!(user.password_hash.as_deref(), Some("new"));
    assert!(
        user.session_epoch > before.session_epoch,
        "old sessions end"
    );
    let again = store
        .accept_reset("code:r2", "newer", NOW + 2)
        .await
        .expect("reset");
    assert!(
        matches!(again, Err(AcceptRefusal::InvitationInvalid)),
        "once only"
    );
}

pub async fn cvs_contract(store: Arc<dyn CvStore>, accounts: Arc<dyn AccountStore>) {
    let amal = accounts
        .upsert_account(person("Amal", Role::Participant, None), "amal", "h", NOW)
        .await
        .expect("amal");
    let other = accounts
        .upsert_account(person("Other", Role::Participant, None), "other", "h", NOW)
        .await
        .expect("other");
    let first = store
        .create_cv(amal, "{\"n\":1}", NOW, 3)
        .await
        .expect("create")
        .expect("room");
    let second = store
        .create_cv(amal, "{\"n\":2}", NOW + 1, 3)
        .await
        .expect("create")
        .expect("room");
    store
        .create_cv(amal, "{}", NOW + 2, 3)
        .await
        .expect("third");
    assert!(
        store
            .create_cv(amal, "{}", NOW, 3)
            .await
            .expect("create")
            .is_none(),
        "the limit holds"
    );
    let record = store.find_cv(first).await.expect("find").expect("exists");
    assert!(record.is_main, "the first CV is the main one");
    assert_eq!((record.owner_id, record.revision), (amal, 1));
    // Compare-and-set: a save from an old revision is stale; another owner finds nothing.
    assert_eq!(
        store
            .update_cv(first, amal, 1, "{\"n\":10}", NOW + 5)
            .await
            .expect("save"),
        CvUpdate::Saved(2)
    );
    assert_eq!(
        store
            .update_cv(first, amal, 1, "{\"n\":11}", NOW + 6)
            .await
            .expect("save"),
        CvUpdate::Stale
    );
    assert_eq!(
        store
            .update_cv(first, other, 2, "{}", NOW + 6)
            .await
            .expect("save"),
        CvUpdate::NotFound
    );
    let record = store.find_cv(first).await.expect("find").expect("exists");
    assert_eq!(
        (record.document.as_str(), record.revision),
        ("{\"n\":10}", 2)
    );
    // The main CV first, then the most recently changed.
    let listed: Vec<CvId> = store
        .list_cvs(amal)
        .await
        .expect("list")
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(listed[0], first);
    assert!(!store.set_main_cv(second, other).await.expect("not theirs"));
    assert!(store.set_main_cv(second, amal).await.expect("main"));
    let mains = store
        .list_cvs(amal)
        .await
        .expect("list")
        .iter()
        .filter(|r| r.is_main)
        .map(|r| r.id)
        .collect::<Vec<_>>();
    assert_eq!(mains, [second], "one main CV");
    // Deleting the main one makes the most recently changed other CV main.
    assert!(!store
        .delete_cv(second, other, NOW)
        .await
        .expect("not theirs"));
    assert!(store.delete_cv(second, amal, NOW).await.expect("delete"));
    let left = store.list_cvs(amal).await.expect("list");
    assert_eq!(left.len(), 2);
    assert_eq!(left.iter().filter(|r| r.is_main).count(), 1);
    assert!(store.list_cvs(other).await.expect("list").is_empty());
}

pub async fn sharing_contract(
    store: Arc<dyn SharingStore>,
    cvs: Arc<dyn CvStore>,
    accounts: Arc<dyn AccountStore>,
) {
    let coach = accounts
        .upsert_account(person("Anna Berg", Role::Coach, None), "anna", "h", NOW)
        .await
        .expect("coach");
    let amal = accounts
        .upsert_account(
            person("Amal", Role::Participant, Some(coach)),
            "amal",
            "h",
            NOW,
        )
        .await
        .expect("amal");
    let cv = cvs
        .create_cv(amal, "{}", NOW, 3)
        .await
        .expect("create")
        .expect("room");
    let one = |ends_at| {
        Some(ShareGrant {
            cv: Some(cv),
            cv_title: Some("Lager".into()),
            ends_at,
        })
    };
    let set = |grant, at| {
        let store = store.clone();
        async move {
            store
                .set_share(amal, coach, SharedPart::Cv, grant, 1, at)
                .await
                .expect("set")
        }
    };
    assert_eq!(set(None, NOW).await, None, "nothing to withdraw");
    assert_eq!(set(one(None), NOW).await, Some(ConsentChange::Granted));
    assert_eq!(
        set(one(None), NOW + 1).await,
        None,
        "the same again changes nothing"
    );
    assert_eq!(
        set(one(Some(NOW + 100)), NOW + 2).await,
        Some(ConsentChange::Changed)
    );
    let shares = store.shares_of(amal, coach).await.expect("shares");
    assert_eq!(shares.len(), 1);
    assert_eq!(shares[0].cv, Some(cv));
    assert!(shares[0].holds(NOW + 99) && !shares[0].holds(NOW + 100));
    // A run-out share granted again is a new grant.
    assert_eq!(
        set(one(Some(NOW + 1000)), NOW + 200).await,
        Some(ConsentChange::Granted)
    );
    assert_eq!(set(None, NOW + 300).await, Some(ConsentChange::Withdrawn));
    // A share that ran out by itself has nothing left to withdraw: no event, row gone.
    assert_eq!(
        set(one(Some(NOW + 400)), NOW + 350).await,
        Some(ConsentChange::Granted)
    );
    assert_eq!(set(None, NOW + 500).await, None);
    assert!(store
        .shares_of(amal, coach)
        .await
        .expect("shares")
        .is_empty());
    let history = store.consent_history(amal).await.expect("history");
    let changes: Vec<_> = history.iter().map(|e| e.change).collect();
    assert_eq!(
        changes,
        [
            ConsentChange::Granted,
            ConsentChange::Withdrawn,
            ConsentChange::Granted,
            ConsentChange::Changed,
            ConsentChange::Granted
        ],
        "newest first"
    );
    assert_eq!(
        history[1].cv,
        Some(cv),
        "a withdrawal says what was withdrawn"
    );
    assert_eq!(history[2].cv_title.as_deref(), Some("Lager"));
    assert_eq!(history[0].coach_name, "Anna Berg");

    // The access log: appended, newest first, one entry per request and way of reading.
    let read = |how, at, request: &str| NewAccess {
        reader: coach,
        reader_role: Role::Coach,
        participant: amal,
        part: SharedPart::Cv,
        how,
        cv: Some(cv),
        at,
        request_id: request.into(),
    };
    store
        .log_access(read(ReadHow::View, NOW, "r1"))
        .await
        .expect("log");
    store
        .log_access(read(ReadHow::View, NOW, "r1"))
        .await
        .expect("same read");
    store
        .log_access(read(ReadHow::Pdf, NOW + 5, "r2"))
        .await
        .expect("log");
    let log = store.access_log(amal).await.expect("log");
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].how, ReadHow::Pdf);
    assert_eq!(log[1].reader_name, "Anna Berg");
    assert!(store.access_log(coach).await.expect("log").is_empty());
}

pub async fn notes_contract(store: Arc<dyn NoteStore>, accounts: Arc<dyn AccountStore>) {
    let coach = accounts
        .upsert_account(person("Anna Berg", Role::Coach, None), "anna", "h", NOW)
        .await
        .expect("coach");
    let amal = accounts
        .upsert_account(
            person("Amal", Role::Participant, Some(coach)),
            "amal",
            "h",
            NOW,
        )
        .await
        .expect("amal");
    store
        .add_note(amal, coach, "Ringde.", false, NOW)
        .await
        .expect("note");
    store
        .add_note(amal, coach, "Internt.", true, NOW + 1)
        .await
        .expect("note");
    let all = store.notes(amal, true).await.expect("notes");
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].body, "Internt.", "newest first");
    let visible = store.notes(amal, false).await.expect("notes");
    assert_eq!(visible.len(), 1);
    assert!(!visible[0].internal && visible[0].coach_name == "Anna Berg");

    // Only its author changes or removes a note; the words before are kept in order.
    let other = accounts
        .upsert_account(person("Berit", Role::Coach, None), "berit", "h", NOW)
        .await
        .expect("coach");
    let id = visible[0].id;
    assert!(!store
        .change_note(id, other, "Kapad.", false, NOW + 2)
        .await
        .expect("change"));
    assert!(!store.remove_note(id, other, NOW + 2).await.expect("remove"));
    assert!(store
        .change_note(id, coach, "Ringde två gånger.", false, NOW + 3)
        .await
        .expect("change"));
    let changed = store.note(id).await.expect("note").expect("kept");
    assert_eq!(
        (changed.body.as_str(), changed.changed_at, changed.at),
        ("Ringde två gånger.", Some(NOW + 3), NOW)
    );
    assert!(store.remove_note(id, coach, NOW + 4).await.expect("remove"));
    assert!(!store.remove_note(id, coach, NOW + 5).await.expect("again"));
    assert!(store.note(id).await.expect("note").is_none());
    assert!(store.notes(amal, false).await.expect("notes").is_empty());
    let history = store.note_changes(amal).await.expect("history");
    let seen: Vec<_> = history
        .iter()
        .map(|c| (c.by, c.at, c.removed, c.body_before.as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            (coach, NOW + 3, false, "Ringde."),
            (coach, NOW + 4, true, "Ringde två gånger."),
        ]
    );
}

pub async fn bookings_contract(store: Arc<dyn BookingStore>, accounts: Arc<dyn AccountStore>) {
    let coach = accounts
        .upsert_account(person("Anna Berg", Role::Coach, None), "anna", "h", NOW)
        .await
        .expect("coach");
    let amal = accounts
        .upsert_account(
            person("Amal", Role::Participant, Some(coach)),
            "amal",
            "h",
            NOW,
        )
        .await
        .expect("amal");
    let bo = accounts
        .upsert_account(person("Bo", Role::Participant, Some(coach)), "bo", "h", NOW)
        .await
        .expect("bo");
    assert!(store.booking_rules(coach).await.expect("rules").is_none());
    let rules = BookingRules {
        weekly: vec![WeeklyRange {
            weekday: 1,
            start: 540,
            end: 720,
        }],
        ..BookingRules::default()
    };
    store.save_booking_rules(coach, &rules).await.expect("save");
    assert_eq!(
        store.booking_rules(coach).await.expect("rules"),
        Some(rules)
    );

    let hour = 3600;
    let at = |who: UserId, start: i64, key: &str| NewBooking {
        coach,
        participant: who,
        starts_at: NOW + start,
        ends_at: NOW + start + 45 * 60,
        help: String::new(),
        interpreter: String::new(),
        needs: String::new(),
        key: key.into(),
        buffer: 15 * 60,
        max_future: 2,
    };
    let first = match store.book(at(amal, hour, "a"), NOW).await.expect("book") {
        BookOutcome::Booked(id) => id,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        store.book(at(amal, hour, "a"), NOW).await.expect("again"),
        BookOutcome::AlreadyBooked(first),
        "the same key finds its booking"
    );
    assert_eq!(
        store.book(at(bo, hour, "b"), NOW).await.expect("same"),
        BookOutcome::Taken
    );
    // Inside the buffer of the first booking.
    assert_eq!(
        store
            .book(at(bo, hour + 50 * 60, "b"), NOW)
            .await
            .expect("buffer"),
        BookOutcome::Taken
    );
    assert!(matches!(
        store.book(at(bo, 2 * hour, "b"), NOW).await.expect("free"),
        BookOutcome::Booked(_)
    ));
    assert!(matches!(
        store
            .book(at(amal, 3 * hour, "c"), NOW)
            .await
            .expect("second"),
        BookOutcome::Booked(_)
    ));
    assert_eq!(
        store
            .book(at(amal, 5 * hour, "d"), NOW)
            .await
            .expect("third"),
        BookOutcome::TooMany
    );
    let amals = store.participant_bookings(amal, NOW).await.expect("list");
    assert_eq!(amals.len(), 2);
    assert_eq!(amals[0].id, first, "soonest first");
    assert_eq!(amals[0].coach_name, "Anna Berg");
    assert_eq!(
        store
            .coach_bookings(coach, NOW)
            .await
            .expect("agenda")
            .len(),
        3
    );

    assert!(store
        .cancel_booking(first, amal, "", NOW)
        .await
        .expect("cancel"));
    assert!(!store
        .cancel_booking(first, amal, "", NOW)
        .await
        .expect("twice"));
    let found = store
        .find_booking(first)
        .await
        .expect("find")
        .expect("kept");
    assert!(!found.active);
    // The cancelled time is free again.
    assert!(matches!(
        store.book(at(bo, hour, "e"), NOW).await.expect("rebook"),
        BookOutcome::Booked(_)
    ));
}

pub async fn groups_contract(
    store: Arc<dyn GroupStore>,
    bookings: Arc<dyn BookingStore>,
    accounts: Arc<dyn AccountStore>,
) {
    let coach = accounts
        .upsert_account(person("Anna Berg", Role::Coach, None), "anna", "h", NOW)
        .await
        .expect("coach");
    let mut people = Vec::new();
    for name in ["amal", "bo", "cid"] {
        let who = person(name, Role::Participant, Some(coach));
        people.push(
            accounts
                .upsert_account(who, name, "h", NOW)
                .await
                .expect(name),
        );
    }
    let (amal, bo, cid) = (people[0], people[1], people[2]);
    let (day, hour) = (86_400, 3_600);
    let group = |kind, starts_at: i64, seats| NewGroup {
        coach,
        kind,
        title: "Skriv ditt CV".into(),
        starts_at,
        ends_at: starts_at + 2 * hour,
        place: "Biblioteket".into(),
        seats,
        buffer: 0,
    };
    let CreateGroupOutcome::Created(workshop) = store
        .create_group(group(GroupKind::Workshop, NOW + day, Some(2)), NOW)
        .await
        .expect("workshop")
    else {
        panic!("the first workshop is created");
    };
    // Nothing else of the coach's at the same time: another workshop, or a meeting.
    assert_eq!(
        store
            .create_group(group(GroupKind::DropIn, NOW + day + hour, None), NOW)
            .await
            .expect("clash"),
        CreateGroupOutcome::Clashes
    );
    let meeting = NewBooking {
        coach,
        participant: cid,
        starts_at: NOW + day + hour,
        ends_at: NOW + day + 2 * hour,
        help: String::new(),
        interpreter: String::new(),
        needs: String::new(),
        key: "m".into(),
        buffer: 0,
        max_future: 3,
    };
    assert_eq!(
        bookings.book(meeting, NOW).await.expect("meeting"),
        BookOutcome::Taken
    );
    assert_eq!(
        bookings
            .busy_times(coach, NOW, NOW + 2 * day)
            .await
            .expect("busy"),
        [(NOW + day, NOW + day + 2 * hour)]
    );

    let seat = |who: UserId, key: &str| NewSeat {
        group: workshop,
        participant: who,
        interpreter: String::new(),
        needs: "hearing_loop".into(),
        key: key.into(),
        max_future: 3,
    };
    let SeatOutcome::Booked(amals) = store.book_seat(seat(amal, "a"), NOW).await.expect("amal")
    else {
        panic!("a free seat is booked");
    };
    assert_eq!(
        store
            .book_seat(seat(amal, "again"), NOW)
            .await
            .expect("again"),
        SeatOutcome::AlreadyBooked(amals),
        "one seat a person"
    );
    assert!(matches!(
        store.book_seat(seat(bo, "b"), NOW).await.expect("bo"),
        SeatOutcome::Booked(_)
    ));
    assert_eq!(
        store.book_seat(seat(cid, "c"), NOW).await.expect("cid"),
        SeatOutcome::Full
    );
    let found = store
        .find_group(workshop)
        .await
        .expect("find")
        .expect("kept");
    assert_eq!((found.seats, found.taken), (Some(2), 2));
    let seats = store.group_seats(workshop).await.expect("seats");
    assert_eq!(seats.len(), 2);
    assert_eq!(seats[0].needs, "hearing_loop");
    assert_eq!(
        seats[0].group.as_ref().map(|g| g.title.as_str()),
        Some("Skriv ditt CV")
    );
    // A seat given back is free again.
    assert!(bookings
        .cancel_booking(amals, amal, "", NOW)
        .await
        .expect("cancel"));
    assert!(matches!(
        store
            .book_seat(seat(cid, "c"), NOW)
            .await
            .expect("cid again"),
        SeatOutcome::Booked(_)
    ));
    // Cancelled by the coach: every seat goes, with the reason; no more bookings.
    assert!(store
        .cancel_group(workshop, coach, "Sjuk", NOW)
        .await
        .expect("cancel group"));
    assert!(!store
        .cancel_group(workshop, coach, "Sjuk", NOW)
        .await
        .expect("twice"));
    assert_eq!(
        store
            .find_group(workshop)
            .await
            .expect("find")
            .map(|g| g.taken),
        Some(0)
    );
    let bos = bookings.participant_bookings(bo, NOW).await.expect("bo's");
    assert!(!bos[0].active && bos[0].cancel_reason == "Sjuk");
    assert_eq!(
        store
            .book_seat(seat(amal, "late"), NOW)
            .await
            .expect("closed"),
        SeatOutcome::Closed
    );

    // The drop-in queue keeps the order of joining.
    let CreateGroupOutcome::Created(dropin) = store
        .create_group(group(GroupKind::DropIn, NOW + 2 * day, None), NOW)
        .await
        .expect("drop-in")
    else {
        panic!("the drop-in is created");
    };
    for who in [amal, bo, cid] {
        assert!(store.join_queue(dropin, who, NOW).await.expect("join"));
    }
    assert!(!store.join_queue(dropin, amal, NOW).await.expect("twice"));
    assert_eq!(
        store.queue_place(dropin, cid).await.expect("place"),
        QueuePlace::Waiting(3)
    );
    assert!(store.leave_queue(dropin, bo, NOW).await.expect("leave"));
    assert!(!store.leave_queue(dropin, bo, NOW).await.expect("left"));
    assert_eq!(
        store.queue_place(dropin, cid).await.expect("place"),
        QueuePlace::Waiting(2)
    );
    assert_eq!(
        store.call_next(dropin, None, NOW).await.expect("call"),
        Some(amal)
    );
    assert_eq!(
        store.queue_place(dropin, amal).await.expect("place"),
        QueuePlace::Called
    );
    assert_eq!(
        store.queue_place(dropin, cid).await.expect("place"),
        QueuePlace::Waiting(1)
    );
    let queue = store.queue(dropin).await.expect("queue");
    assert_eq!(queue.len(), 2);
    assert!(queue[0].called && queue[0].participant_id == amal);
    assert_eq!(
        store
            .call_next(dropin, Some(amal), NOW)
            .await
            .expect("call"),
        Some(cid)
    );
    // The same tap again (the page still said Amal): nobody is skipped.
    assert_eq!(
        store
            .call_next(dropin, Some(amal), NOW)
            .await
            .expect("again"),
        Some(cid)
    );
    assert_eq!(
        store.queue_place(dropin, cid).await.expect("place"),
        QueuePlace::Called
    );
    assert_eq!(
        store.queue_place(dropin, amal).await.expect("place"),
        QueuePlace::Done
    );
    assert_eq!(
        store.queue_place(dropin, bo).await.expect("place"),
        QueuePlace::NotInQueue
    );
    assert_eq!(
        store.call_next(dropin, Some(cid), NOW).await.expect("call"),
        None
    );
    assert!(store.queue(dropin).await.expect("queue").is_empty());
}

#[tokio::test]
async fn sqlite_keeps_the_groups_contract() {
    let (store, _dir) = sqlite().await;
    groups_contract(store.clone(), store.clone(), store).await;
}

#[tokio::test]
async fn a_deleted_account_gives_its_seat_back() {
    let (store, _dir) = sqlite().await;
    let coach = store
        .upsert_account(person("Anna", Role::Coach, None), "anna", "h", NOW)
        .await
        .expect("coach");
    let amal = store
        .upsert_account(
            person("Amal", Role::Participant, Some(coach)),
            "amal",
            "h",
            NOW,
        )
        .await
        .expect("amal");
    let CreateGroupOutcome::Created(id) = store
        .create_group(
            NewGroup {
                coach,
                kind: GroupKind::Workshop,
                title: "CV".into(),
                starts_at: NOW + 86_400,
                ends_at: NOW + 90_000,
                place: String::new(),
                seats: Some(1),
                buffer: 0,
            },
            NOW,
        )
        .await
        .expect("workshop")
    else {
        panic!("created");
    };
    let seat = NewSeat {
        group: id,
        participant: amal,
        interpreter: String::new(),
        needs: String::new(),
        key: "k".into(),
        max_future: 3,
    };
    assert!(matches!(
        store.book_seat(seat, NOW).await.expect("seat"),
        SeatOutcome::Booked(_)
    ));
    // Erasing a person removes their bookings; the seat count follows (a trigger).
    sqlx::query("DELETE FROM users WHERE id = ?")
        .bind(amal.get())
        .execute(store.pool())
        .await
        .expect("erase");
    assert_eq!(
        store.find_group(id).await.expect("find").map(|g| g.taken),
        Some(0)
    );
}

pub async fn goals_contract(store: Arc<dyn GoalStore>, accounts: Arc<dyn AccountStore>) {
    let amal = accounts
        .upsert_account(person("Amal", Role::Participant, None), "amal", "h", NOW)
        .await
        .expect("amal");
    let bo = accounts
        .upsert_account(person("Bo", Role::Participant, None), "bo", "h", NOW)
        .await
        .expect("bo");
    let fields = GoalFields {
        what: "Prata svenska".into(),
        per_week: 3,
        until: None,
        workplace: String::new(),
        supervisor: String::new(),
    };
    let id = store
        .create_goal(amal, &fields, "2026-12-07", 2, NOW)
        .await
        .expect("create")
        .expect("created");
    store
        .create_goal(amal, &fields, "2026-12-07", 2, NOW)
        .await
        .expect("second")
        .expect("created");
    assert_eq!(
        store
            .create_goal(amal, &fields, "2026-12-07", 2, NOW)
            .await
            .expect("third"),
        None,
        "at most two going on here"
    );
    // One entry a day; a second sending adds what the first lacked.
    let entry = |note: &str, minutes| PracticeEntry {
        day: "2026-12-07".into(),
        minutes,
        note: note.into(),
        logged_at: NOW,
    };
    assert!(store
        .log_practice(id, amal, &entry("Kassan", None), NOW)
        .await
        .expect("log"));
    assert!(store
        .log_practice(id, amal, &entry("", Some(15)), NOW)
        .await
        .expect("again"));
    assert_eq!(
        store.practice(id).await.expect("practice"),
        [entry("Kassan", Some(15))]
    );
    // Someone else's goal takes nothing.
    assert!(!store
        .log_practice(id, bo, &entry("x", None), NOW)
        .await
        .expect("bo"));
    assert!(!store.update_goal(id, bo, &fields).await.expect("bo edits"));
    assert!(!store
        .pause_goal(id, bo, "2026-12-07", PauseReason::Ill)
        .await
        .expect("bo"));
    // Paused and taken up twice on one day: one empty pause, nothing frozen.
    for _ in 0..2 {
        assert!(store
            .pause_goal(id, amal, "2026-12-08", PauseReason::Ill)
            .await
            .expect("pause"));
        assert!(!store
            .pause_goal(id, amal, "2026-12-08", PauseReason::Ill)
            .await
            .expect("twice"));
        assert!(store
            .resume_goal(id, amal, "2026-12-08")
            .await
            .expect("resume"));
    }
    let pauses = store.pauses(id).await.expect("pauses");
    assert_eq!(pauses.len(), 1);
    assert_eq!(
        (pauses[0].from.as_str(), pauses[0].to.as_deref()),
        ("2026-12-08", Some("2026-12-08"))
    );
    // Reached: the day is kept, and it is no longer changed.
    assert!(store
        .end_goal(id, amal, GoalStatus::Done, "2026-12-09")
        .await
        .expect("done"));
    let goal = store.find_goal(id).await.expect("find").expect("kept");
    assert_eq!(
        (goal.status, goal.ended_day.as_deref()),
        (GoalStatus::Done, Some("2026-12-09"))
    );
    assert!(!store.update_goal(id, amal, &fields).await.expect("ended"));
    assert_eq!(store.goals(amal).await.expect("goals").len(), 2);
    assert!(store.goals(bo).await.expect("goals").is_empty());
}

#[tokio::test]
async fn sqlite_keeps_the_goals_contract() {
    let (store, _dir) = sqlite().await;
    goals_contract(store.clone(), store).await;
}

#[tokio::test]
async fn sqlite_keeps_the_bookings_contract() {
    let (store, _dir) = sqlite().await;
    bookings_contract(store.clone(), store).await;
}

#[tokio::test]
async fn sqlite_keeps_the_sharing_contract() {
    let (store, _dir) = sqlite().await;
    sharing_contract(store.clone(), store.clone(), store).await;
}

#[tokio::test]
async fn sqlite_keeps_the_notes_contract() {
    let (store, _dir) = sqlite().await;
    notes_contract(store.clone(), store).await;
}

#[tokio::test]
async fn the_access_log_cannot_be_changed() {
    let (store, _dir) = sqlite().await;
    sharing_contract(store.clone(), store.clone(), store.clone()).await;
    let changed = sqlx::query("UPDATE access_log SET how = 'json'")
        .execute(store.pool())
        .await;
    assert!(changed.is_err(), "append-only");
}

#[tokio::test]
async fn sqlite_keeps_the_accounts_contract() {
    let (store, _dir) = sqlite().await;
    accounts_contract(store).await;
}

#[tokio::test]
async fn sqlite_keeps_the_invitations_contract() {
    let (store, _dir) = sqlite().await;
    invitations_contract(store.clone(), store).await;
}

#[tokio::test]
async fn sqlite_keeps_the_account_care_contract() {
    let (store, _dir) = sqlite().await;
    account_care_contract(store.clone(), store).await;
}

#[tokio::test]
async fn sqlite_keeps_the_cvs_contract() {
    let (store, _dir) = sqlite().await;
    cvs_contract(store.clone(), store).await;
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
            include_str!("../../migrations/0001_accounts.sql"),
            include_str!("../../migrations/0002_cvs.sql"),
            include_str!("../../migrations/0003_cv_revisions.sql"),
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

/// Random book / move / cancel sequences by several participants: an active booking never
/// overlaps another of the same coach, nobody holds more than allowed, and nothing a
/// participant holds is ever lost (a refused move keeps the old time).
#[tokio::test]
async fn random_booking_operations_never_double_book_or_lose_a_booking() {
    use app::ssr::store::{BookingId, MoveOutcome};
    use std::collections::BTreeMap;
    let (store, _dir) = sqlite().await;
    let coach = store
        .upsert_account(person("Anna", Role::Coach, None), "anna", "h", NOW)
        .await
        .expect("coach");
    let mut people = Vec::new();
    for i in 0..5 {
        let login = format!("p{i}");
        people.push(
            store
                .upsert_account(
                    person(&login, Role::Participant, Some(coach)),
                    &login,
                    "h",
                    NOW,
                )
                .await
                .expect("participant"),
        );
    }
    // 24 possible starts, 30 minutes apart, meetings of 45: neighbours clash.
    let slot = |n: u64| NOW + 3600 + (n as i64) * 1800;
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |bound: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % bound
    };
    // What each participant should hold: booking id → start.
    let mut held: BTreeMap<BookingId, (UserId, i64)> = BTreeMap::new();
    for op in 0..600 {
        let who = people[next(5) as usize];
        let start = slot(next(24));
        match next(3) {
            0 => {
                let outcome = store
                    .book(
                        NewBooking {
                            coach,
                            participant: who,
                            starts_at: start,
                            ends_at: start + 45 * 60,
                            help: String::new(),
                            interpreter: String::new(),
                            needs: String::new(),
                            key: format!("op{op}"),
                            buffer: 0,
                            max_future: 3,
                        },
                        NOW,
                    )
                    .await
                    .expect("book");
                if let BookOutcome::Booked(id) = outcome {
                    held.insert(id, (who, start));
                }
            }
            1 => {
                let mine: Vec<BookingId> = held
                    .iter()
                    .filter(|(_, (p, _))| *p == who)
                    .map(|(id, _)| *id)
                    .collect();
                if let Some(id) = mine.get(next(mine.len().max(1) as u64) as usize) {
                    let outcome = store
                        .move_booking(*id, who, start, start + 45 * 60, 0, who, NOW)
                        .await
                        .expect("move");
                    if outcome == MoveOutcome::Moved {
                        held.insert(*id, (who, start));
                    }
                }
            }
            _ => {
                let mine: Vec<BookingId> = held
                    .iter()
                    .filter(|(_, (p, _))| *p == who)
                    .map(|(id, _)| *id)
                    .collect();
                if let Some(id) = mine.first() {
                    assert!(store
                        .cancel_booking(*id, who, "", NOW)
                        .await
                        .expect("cancel"));
                    held.remove(id);
                }
            }
        }
        let active = store.coach_bookings(coach, 0).await.expect("agenda");
        for (i, a) in active.iter().enumerate() {
            for b in &active[i + 1..] {
                assert!(
                    a.ends_at <= b.starts_at || b.ends_at <= a.starts_at,
                    "op {op}: {a:?} overlaps {b:?}"
                );
            }
        }
        let stored: BTreeMap<BookingId, (UserId, i64)> = active
            .iter()
            .map(|b| (b.id, (b.participant_id, b.starts_at)))
            .collect();
        assert_eq!(stored, held, "op {op}: what each holds");
        for p in &people {
            assert!(held.values().filter(|(who, _)| who == p).count() <= 3);
        }
    }
}

/// Every part can be shared on its own; only a CV share names a version.
pub async fn every_part_shares_contract(
    store: Arc<dyn SharingStore>,
    accounts: Arc<dyn AccountStore>,
) {
    let coach = accounts
        .upsert_account(person("Anna Berg", Role::Coach, None), "anna", "h", NOW)
        .await
        .expect("coach");
    let amal = accounts
        .upsert_account(
            person("Amal", Role::Participant, Some(coach)),
            "amal",
            "h",
            NOW,
        )
        .await
        .expect("amal");
    let grant = |ends_at| {
        Some(ShareGrant {
            cv: None,
            cv_title: None,
            ends_at,
        })
    };
    for part in SharedPart::ALL {
        assert_eq!(
            store
                .set_share(amal, coach, part, grant(None), 2, NOW)
                .await
                .expect("share"),
            Some(ConsentChange::Granted),
            "{part:?}"
        );
    }
    let shares = store.shares_of(amal, coach).await.expect("shares");
    assert_eq!(shares.len(), SharedPart::ALL.len());
    // Withdrawing one leaves the others.
    store
        .set_share(amal, coach, SharedPart::History, None, 2, NOW + 1)
        .await
        .expect("withdraw");
    let parts: Vec<_> = store
        .shares_of(amal, coach)
        .await
        .expect("shares")
        .into_iter()
        .map(|s| s.part)
        .collect();
    assert!(!parts.contains(&SharedPart::History));
    assert_eq!(parts.len(), SharedPart::ALL.len() - 1);
    // Only a CV names a version: anything else is refused by the database.
    let wrong = store
        .set_share(
            amal,
            coach,
            SharedPart::Goals,
            Some(ShareGrant {
                cv: Some(CvId::new(1)),
                cv_title: None,
                ends_at: None,
            }),
            2,
            NOW + 2,
        )
        .await;
    assert!(wrong.is_err(), "a goals share naming a CV");
    let history = store.consent_history(amal).await.expect("history");
    assert_eq!(history.len(), SharedPart::ALL.len() + 1);
    assert_eq!(history[0].part, SharedPart::History);
    assert_eq!(history[0].change, ConsentChange::Withdrawn);
    // Stopping everything withdraws what is still shared, each a consent event.
    let withdrawn = store
        .stop_sharing(amal, coach, 2, NOW + 3)
        .await
        .expect("stop");
    assert_eq!(withdrawn.len(), SharedPart::ALL.len() - 1);
    assert!(!withdrawn.contains(&SharedPart::History));
    assert!(store
        .shares_of(amal, coach)
        .await
        .expect("shares")
        .is_empty());
    let history = store.consent_history(amal).await.expect("history");
    assert_eq!(history.len(), 2 * SharedPart::ALL.len());
    assert!(store
        .stop_sharing(amal, coach, 2, NOW + 4)
        .await
        .expect("again")
        .is_empty());
}

/// A profile part is saved by compare-and-set; the strengths and languages keep every
/// saved version, the notes on earlier jobs none.
pub async fn profile_contract(store: Arc<dyn ProfileStore>, accounts: Arc<dyn AccountStore>) {
    let amal = accounts
        .upsert_account(person("Amal", Role::Participant, None), "amal", "h", NOW)
        .await
        .expect("amal");
    let save = |part, revision, doc: &'static str, at| {
        let store = store.clone();
        async move {
            store
                .save_profile_part(amal, part, revision, doc, at)
                .await
                .expect("save")
        }
    };
    assert!(save(ProfilePart::Strengths, 0, "{\"v\":1}", NOW).await);
    assert!(
        !save(ProfilePart::Strengths, 0, "{\"v\":9}", NOW).await,
        "taken"
    );
    assert!(save(ProfilePart::Strengths, 1, "{\"v\":2}", NOW + 10).await);
    assert!(
        !save(ProfilePart::Strengths, 1, "{\"v\":9}", NOW + 11).await,
        "stale"
    );
    assert!(save(ProfilePart::Strengths, 2, "{\"v\":3}", NOW + 20).await);
    assert!(save(ProfilePart::History, 0, "{\"notes\":[]}", NOW).await);
    assert!(save(ProfilePart::History, 1, "{\"notes\":[1]}", NOW + 5).await);
    let part = store
        .profile_part(amal, ProfilePart::Strengths)
        .await
        .expect("part")
        .expect("saved");
    assert_eq!((part.document.as_str(), part.revision), ("{\"v\":3}", 3));
    // Since NOW + 15: the version in force then, and the one after.
    let since = store
        .profile_revisions(amal, ProfilePart::Strengths, NOW + 15)
        .await
        .expect("revisions");
    let got: Vec<_> = since
        .iter()
        .map(|r| (r.revision, r.document.as_str(), r.saved_at))
        .collect();
    assert_eq!(
        got,
        [(2, "{\"v\":2}", NOW + 10), (3, "{\"v\":3}", NOW + 20)]
    );
    // Before the first save: every version, and nothing in force before them.
    let all = store
        .profile_revisions(amal, ProfilePart::Strengths, NOW - 1)
        .await
        .expect("revisions");
    assert_eq!(all.len(), 3);
    assert!(store
        .profile_revisions(amal, ProfilePart::History, NOW - 1)
        .await
        .expect("none")
        .is_empty());
    assert!(store
        .profile_revisions(amal, ProfilePart::Languages, NOW)
        .await
        .expect("none")
        .is_empty());
}

#[tokio::test]
async fn sqlite_keeps_the_every_part_shares_contract() {
    let (store, _dir) = sqlite().await;
    every_part_shares_contract(store.clone(), store).await;
}

#[tokio::test]
async fn sqlite_keeps_the_profile_contract() {
    let (store, _dir) = sqlite().await;
    profile_contract(store.clone(), store).await;
}

/// A database from before the notes had their own part: they move out of the strengths
/// into a part of their own, and what was stored becomes the first kept version.
#[tokio::test]
async fn the_notes_move_out_of_the_strengths_when_the_schema_is_brought_up_to_date() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}/old.db", dir.path().display());
    {
        use sqlx::sqlite::SqliteConnectOptions;
        use std::str::FromStr;
        let options = SqliteConnectOptions::from_str(&url)
            .expect("url")
            .create_if_missing(true);
        let pool = sqlx::SqlitePool::connect_with(options).await.expect("pool");
        let mut migrator = sqlx::migrate::Migrator::new(std::path::Path::new("migrations"))
            .await
            .expect("migrations");
        let before: Vec<_> = migrator
            .migrations
            .iter()
            .filter(|m| m.version <= 9)
            .cloned()
            .collect();
        migrator.migrations = before.into();
        migrator.run(&pool).await.expect("old schema");
        sqlx::query(
            "INSERT INTO users (id, display_name, role, created_at) VALUES (1, 'Amal', 'participant', 0)",
        )
        .execute(&pool)
        .await
        .expect("user");
        sqlx::query(
            "INSERT INTO profile_parts (owner_id, part, document, revision, updated_at) VALUES
             (1, 'strengths', '{\"interests\":[\"Fotboll\"],\"history\":[{\"job\":\"Diskare\",\"why_ended\":\"Stängde\"}]}', 4, 100)",
        )
        .execute(&pool)
        .await
        .expect("strengths");
        pool.close().await;
    }
    let store = SqliteStore::new(connect(&url).await.expect("migrated"));
    let amal = UserId::new(1);
    let strengths = store
        .profile_part(amal, ProfilePart::Strengths)
        .await
        .expect("read")
        .expect("strengths");
    let doc: serde_json::Value = serde_json::from_str(&strengths.document).expect("json");
    assert_eq!(doc["interests"][0], "Fotboll");
    assert!(doc.get("history").is_none(), "{doc}");
    assert_eq!(strengths.revision, 4);
    let notes = store
        .profile_part(amal, ProfilePart::History)
        .await
        .expect("read")
        .expect("notes");
    let doc: serde_json::Value = serde_json::from_str(&notes.document).expect("json");
    assert_eq!(doc["notes"][0]["job"], "Diskare");
    // Kept as older than any meeting: the start of "since the last meeting", not news.
    let kept = store
        .profile_revisions(amal, ProfilePart::Strengths, 1)
        .await
        .expect("revisions");
    assert_eq!(kept.len(), 1);
    assert_eq!((kept[0].revision, kept[0].saved_at), (4, 0));
}
