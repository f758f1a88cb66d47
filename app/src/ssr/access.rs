//! The one authorization rule, stated once as a table: which role, in which relation to a
//! person, may read or change which part of that person's data, and whether only while the
//! person shares it. Every server function and download route that touches a person's data
//! asks here after [`super::require`] has said who is asking; what is not in [`RULES`] is
//! refused. Whether a part is shared now, and the log of reads a coach or an admin makes,
//! are the sharing feature's (`sharing::reads`): this table only hears the answer.
use super::store::{UserId, UserRecord};
use super::ServerState;
use crate::auth::Role;
use crate::error::AppError;

/// A person's data, as units of permission.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Their CVs, every version.
    Cv,
    /// Their account: its state, last sign-in, invitation and password reset.
    Account,
    /// What they share with their coach, the consent history behind it.
    Sharing,
    /// Who read their data, and when.
    AccessLog,
    /// The coach's notes about them that they see too.
    Notes,
    /// The coach's notes marked internal: kept among coaches.
    InternalNotes,
    /// Their guidance appointments (always visible to their coach, whose calendar holds
    /// them).
    Bookings,
    /// A coach's own calendar: hours, rules and the bookings in it.
    Calendar,
    /// Their language-practice goals and practice log.
    Goals,
    /// Their career profile: strengths, interests, work wanted, conditions.
    Strengths,
    /// Their notes on earlier jobs.
    History,
    /// Their languages: levels, SFI, where they used them.
    Languages,
    /// Their own job applications ("Mina ansökningar") and the monthly activity report's list.
    Applications,
    /// Everything held about them, as one download (GDPR art. 15 and 20).
    Export,
    /// Their erasure: asked for with a grace period, taken back, or carried out at once.
    Erasure,
    /// Their account's care: which coach they have, whether it is open, keeping it from
    /// retention, and the log of these actions.
    AccountCare,
    /// An office's job development: its employers, the contacts with them, their job
    /// leads. Not a person's data: a coach of that office works with them.
    Employers,
    /// Job leads offered to them, their answers, and every presentation to an employer made
    /// on a yes.
    Offers,
    /// Their road to work: the start, and the outcomes their coach records (a job, a
    /// praktik, studies, the end of the programme), with every correction's earlier value.
    Outcomes,
    /// The programme report: counts for a period, never a name. Not a person's data: a
    /// coach reads their own caseload's, an admin everyone's.
    Report,
    /// Their reminders on the phone: the devices that get them and which kinds. Their own
    /// alone: a coach's actions make reminders, but no one else sees or changes them.
    Reminders,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Act {
    /// Look at it, or take a copy out (PDF, JSON Resume).
    Read,
    /// Change, copy within the portal, or delete it.
    Change,
}

/// How the one asking stands to the person whose data it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// It is their own.
    Own,
    /// They are the person's assigned coach.
    TheirCoach,
    /// An admin, who runs the organisation's accounts (and reads nobody's data).
    Organisation,
    /// A coach, about a record of the office they work from (an employer, a job lead).
    Office,
    /// Anyone else: another participant, another coach.
    Other,
}

/// Whether a rule holds always or only while the person shares that part with the asker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum While {
    Always,
    Shared,
}

use Act::{Change, Read};
use Part::*;
use Relation::{Office, Organisation, Other, Own, TheirCoach};
use Role::{Admin, Coach, Participant};
use While::{Always, Shared};

/// Everything anyone may do with someone's data. Admins run the programme's accounts (which
/// coach, open or closed, erased) and read nobody's data; a coach reads each part of a
/// participant's own records (CV, strengths, notes on earlier jobs, languages, goals, job
/// applications) only while that part is shared with them, and changes none of them.
pub const RULES: &[(Role, Relation, Part, Act, While)] = &[
    (Participant, Own, Cv, Read, Always),
    (Participant, Own, Cv, Change, Always),
    (Participant, Own, Sharing, Read, Always),
    (Participant, Own, Sharing, Change, Always),
    (Participant, Own, AccessLog, Read, Always),
    (Participant, Own, Notes, Read, Always),
    (Participant, Own, Bookings, Read, Always),
    (Participant, Own, Bookings, Change, Always),
    (Participant, Own, Goals, Read, Always),
    (Participant, Own, Goals, Change, Always),
    (Participant, Own, Strengths, Read, Always),
    (Participant, Own, Strengths, Change, Always),
    (Participant, Own, History, Read, Always),
    (Participant, Own, History, Change, Always),
    (Participant, Own, Languages, Read, Always),
    (Participant, Own, Languages, Change, Always),
    (Participant, Own, Applications, Read, Always),
    (Participant, Own, Applications, Change, Always),
    (Participant, Own, Reminders, Read, Always),
    (Participant, Own, Reminders, Change, Always),
    (Coach, Own, Calendar, Read, Always),
    (Coach, Own, Calendar, Change, Always),
    (Coach, TheirCoach, Bookings, Read, Always),
    (Coach, TheirCoach, Cv, Read, Shared),
    (Coach, TheirCoach, Strengths, Read, Shared),
    (Coach, TheirCoach, History, Read, Shared),
    (Coach, TheirCoach, Languages, Read, Shared),
    (Coach, TheirCoach, Goals, Read, Shared),
    (Coach, TheirCoach, Applications, Read, Shared),
    (Coach, TheirCoach, Account, Read, Always),
    (Coach, TheirCoach, Account, Change, Always),
    (Coach, TheirCoach, Sharing, Read, Always),
    (Coach, TheirCoach, Notes, Read, Always),
    (Coach, TheirCoach, Notes, Change, Always),
    (Coach, TheirCoach, InternalNotes, Read, Always),
    (Coach, TheirCoach, InternalNotes, Change, Always),
    (Participant, Own, Export, Read, Always),
    (Participant, Own, Erasure, Read, Always),
    (Participant, Own, Erasure, Change, Always),
    (Coach, TheirCoach, Erasure, Change, Always),
    (Admin, Organisation, Erasure, Change, Always),
    (Admin, Organisation, AccountCare, Read, Always),
    (Admin, Organisation, AccountCare, Change, Always),
    (Coach, Office, Employers, Read, Always),
    (Coach, Office, Employers, Change, Always),
    (Participant, Own, Offers, Read, Always),
    (Participant, Own, Offers, Change, Always),
    (Coach, TheirCoach, Offers, Read, Always),
    (Coach, TheirCoach, Offers, Change, Always),
    (Participant, Own, Outcomes, Read, Always),
    (Coach, TheirCoach, Outcomes, Read, Always),
    (Coach, TheirCoach, Outcomes, Change, Always),
    (Coach, Own, Report, Read, Always),
    (Admin, Organisation, Report, Read, Always),
];

/// Whether `role`, standing in `relation` to the person, may `act` on `part` (`shared`:
/// the person shares that part with the asker now). Deny by default.
pub fn may(role: Role, relation: Relation, part: Part, act: Act, shared: bool) -> bool {
    RULES.iter().any(|&(r, rel, p, a, w)| {
        r == role && rel == relation && p == part && a == act && (w == Always || shared)
    })
}

/// How `who` stands to `person`.
pub fn relation(who: &UserRecord, person: &UserRecord) -> Relation {
    if who.id == person.id {
        Own
    } else if who.role == Admin {
        Organisation
    } else if who.role == Coach && person.role == Participant && person.coach_id == Some(who.id) {
        TheirCoach
    } else {
        Other
    }
}

/// How `who` stands to a record of the office `office` (an employer, a job lead): a coach
/// who works from that office, or anyone else.
pub fn office_relation(who: &UserRecord, who_office: &str, office: &str) -> Relation {
    if who.role == Coach && who_office == office {
        Office
    } else {
        Other
    }
}

/// [`may`], as the answer a server function returns: someone else's part is "not found",
/// the same as one that does not exist, so ids reveal nothing. Refusals are logged.
/// One question to the rules: may the asker, standing in `relation` to `owner`, `act` on
/// `part` of `owner`'s data, which `shared` says the owner shares with them now?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ask {
    pub relation: Relation,
    pub part: Part,
    pub act: Act,
    pub owner: UserId,
    pub shared: bool,
}

pub fn authorize(who: &UserRecord, ask: Ask) -> Result<(), AppError> {
    let Ask {
        relation,
        part,
        act,
        owner,
        shared,
    } = ask;
    if may(who.role, relation, part, act, shared) {
        return Ok(());
    }
    tracing::info!(user = %who.id, %owner, ?part, ?act, ?relation, shared, "refused");
    Err(AppError::NotFound)
}

/// [`authorize`] where only the owner's id is at hand: the asker's own data, or nobody's.
pub fn authorize_own(
    who: &UserRecord,
    part: Part,
    act: Act,
    owner: UserId,
) -> Result<(), AppError> {
    let relation = if who.id == owner { Own } else { Other };
    authorize(
        who,
        Ask {
            relation,
            part,
            act,
            owner,
            shared: false,
        },
    )
}

/// The id the server gave this request (also in its log lines and `x-request-id`); a new
/// one when there is none, so that reads are never merged by mistake.
pub fn request_id() -> String {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<RequestId>().cloned())
        .map(|id| id.0)
        .unwrap_or_else(|| super::random_hex(8))
}

/// A request's id, put into its extensions by the server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestId(pub String);

/// The server's state, the signed-in coach and the participant they act for.
pub type LookedAfter = (ServerState, UserRecord, UserRecord);

/// The participant `id` and the signed-in coach, if the coach may `act` on `part` of them
/// (parts that need a share are checked where the share is known).
pub async fn looked_after(id: UserId, part: Part, act: Act) -> Result<LookedAfter, AppError> {
    person_for(id, &[Coach], part, act).await
}

/// The person `id` and the one asking (one of `roles`), if the asker, standing in whatever
/// relation they do to the person, may `act` on `part` of them without a share.
pub async fn person_for(
    id: UserId,
    roles: &[Role],
    part: Part,
    act: Act,
) -> Result<LookedAfter, AppError> {
    let (state, who) = super::require(roles).await?;
    let person = state
        .accounts
        .find_user(id)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize(
        &who,
        Ask {
            relation: relation(&who, &person),
            part,
            act,
            owner: person.id,
            shared: false,
        },
    )?;
    Ok((state, who, person))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: i64, role: Role, coach: Option<i64>) -> UserRecord {
        UserRecord {
            id: UserId::new(id),
            login: Some(format!("p{id}")),
            display_name: format!("P {id}"),
            role,
            password_hash: None,
            coach_id: coach.map(UserId::new),
            last_sign_in_at: None,
            session_epoch: 0,
            deactivated: false,
        }
    }

    #[test]
    fn office_relations() {
        let coach = person(5, Coach, None);
        assert_eq!(office_relation(&coach, "Centrum", "Centrum"), Office);
        assert_eq!(office_relation(&coach, "Centrum", "Norr"), Other);
        assert_eq!(
            office_relation(&person(1, Participant, Some(5)), "", ""),
            Other
        );
        assert_eq!(office_relation(&person(9, Admin, None), "", ""), Other);
    }

    #[test]
    fn relations() {
        let amal = person(1, Participant, Some(5));
        assert_eq!(relation(&amal, &amal), Own);
        assert_eq!(relation(&person(5, Coach, None), &amal), TheirCoach);
        assert_eq!(relation(&person(6, Coach, None), &amal), Other);
        assert_eq!(relation(&person(2, Participant, Some(5)), &amal), Other);
        // An admin is nobody's coach, even when the id matches: they stand for the
        // organisation.
        assert_eq!(relation(&person(5, Admin, None), &amal), Organisation);
        // A coach is not another coach's participant.
        let coach = person(7, Coach, Some(5));
        assert_eq!(relation(&person(5, Coach, None), &coach), Other);
    }

    /// The whole matrix, written out independently of [`RULES`]: each line is a part and an
    /// act, then one letter per asker: the owner (participant), their coach with the part
    /// shared, their coach without, another participant, another coach, an admin.
    /// `y`: allowed, `-`: refused.
    const MATRIX: &[(Part, Act, &str)] = &[
        (Cv, Read, "yy----"),
        (Cv, Change, "y-----"),
        (Account, Read, "-yy---"),
        (Account, Change, "-yy---"),
        (Sharing, Read, "yyy---"),
        (Sharing, Change, "y-----"),
        (AccessLog, Read, "y-----"),
        (AccessLog, Change, "------"),
        (Notes, Read, "yyy---"),
        (Notes, Change, "-yy---"),
        (InternalNotes, Read, "-yy---"),
        (InternalNotes, Change, "-yy---"),
        (Bookings, Read, "yyy---"),
        (Bookings, Change, "y-----"),
        (Goals, Read, "yy----"),
        (Goals, Change, "y-----"),
        (Strengths, Read, "yy----"),
        (Strengths, Change, "y-----"),
        (History, Read, "yy----"),
        (History, Change, "y-----"),
        (Languages, Read, "yy----"),
        (Languages, Change, "y-----"),
        (Applications, Read, "yy----"),
        (Applications, Change, "y-----"),
        (Export, Read, "y-----"),
        (Export, Change, "------"),
        (Erasure, Read, "y-----"),
        (Erasure, Change, "yyy--y"),
        (AccountCare, Read, "-----y"),
        (AccountCare, Change, "-----y"),
        (Offers, Read, "yyy---"),
        (Offers, Change, "yyy---"),
        (Outcomes, Read, "yyy---"),
        (Outcomes, Change, "-yy---"),
    ];

    #[test]
    fn the_authorization_matrix() {
        let askers: [(Role, Relation, bool); 6] = [
            (Participant, Own, false),
            (Coach, TheirCoach, true),
            (Coach, TheirCoach, false),
            (Participant, Other, true),
            (Coach, Other, true),
            (Admin, Organisation, true),
        ];
        for &(part, act, expected) in MATRIX {
            for (&(role, rel, shared), want) in askers.iter().zip(expected.chars()) {
                assert_eq!(
                    may(role, rel, part, act, shared),
                    want == 'y',
                    "{role:?} {rel:?} shared={shared} {part:?} {act:?}"
                );
            }
        }
        // No rule lets anyone act on data that is not theirs without a relation, and admins
        // have no rule on a person's data itself: only on their account's care, and the
        // programme report's counts, which name nobody.
        for &(role, rel, part, ..) in RULES {
            assert_ne!(rel, Other);
            if role == Admin {
                assert!(matches!(part, Erasure | AccountCare | Report), "{part:?}");
            }
        }
        // The report: an admin's of everyone, a coach's of their own caseload; never a
        // participant's, and never changed.
        assert!(may(Admin, Organisation, Report, Read, false));
        assert!(may(Coach, Own, Report, Read, false));
        assert!(!may(Participant, Own, Report, Read, true));
        assert!(!may(Coach, TheirCoach, Report, Read, true));
        assert!(!may(Admin, Organisation, Report, Change, true));
        assert!(!may(Coach, Own, Report, Change, true));
        // A coach's own calendar is theirs alone.
        for act in [Read, Change] {
            assert!(may(Coach, Own, Calendar, act, false));
            assert!(!may(Participant, Own, Calendar, act, false));
            assert!(!may(Coach, Other, Calendar, act, true));
            assert!(!may(Admin, Own, Calendar, act, true));
        }
        // A participant's reminders are theirs alone: never their coach's or an admin's.
        for act in [Read, Change] {
            assert!(may(Participant, Own, Reminders, act, false));
            assert!(!may(Coach, TheirCoach, Reminders, act, true));
            assert!(!may(Participant, Other, Reminders, act, true));
            assert!(!may(Admin, Organisation, Reminders, act, true));
            assert!(!may(Coach, Own, Reminders, act, true));
        }
        // An office's employers and leads: its coaches alone, never a participant, another
        // office's coach or an admin.
        for act in [Read, Change] {
            assert!(may(Coach, Office, Employers, act, false));
            assert!(!may(Coach, Other, Employers, act, true));
            assert!(!may(Participant, Office, Employers, act, true));
            assert!(!may(Admin, Organisation, Employers, act, true));
            assert!(!may(Coach, TheirCoach, Employers, act, true));
        }
        // Every other rule is in the matrix above.
        for &(_, _, part, act, _) in RULES
            .iter()
            .filter(|r| ![Calendar, Employers, Report, Reminders].contains(&r.2))
        {
            assert!(MATRIX.iter().any(|&(p, a, _)| p == part && a == act));
        }
    }

    #[test]
    fn a_refusal_is_not_found() {
        let amal = person(1, Participant, None);
        assert_eq!(
            authorize_own(&amal, Cv, Read, UserId::new(2)),
            Err(AppError::NotFound)
        );
        assert_eq!(authorize_own(&amal, Cv, Change, UserId::new(1)), Ok(()));
    }
}
