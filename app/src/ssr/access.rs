//! The one authorization rule: may this person do this to that person's part? Every server
//! function and download route that touches a person's data asks [`authorize`] after
//! [`super::require`] has said who is asking. Sharing (a coach reading what a participant
//! shared) and the access log will be added here, in one place.
use super::store::{UserId, UserRecord};
use crate::auth::Role;
use crate::error::AppError;

/// A person's part of the portal, as one unit of permission.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Their CVs, every version.
    Cvs,
    /// Their account: its state, last sign-in, invitation and password reset. `coach` is
    /// the account's coach, who looks after it.
    Account { coach: Option<UserId> },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Act {
    /// Look at it, or take a copy out (PDF, JSON Resume).
    Read,
    /// Change, copy within the portal, or delete it.
    Change,
}

/// Whether `who` may `act` on `owner`'s `part`. Deny by default: a participant may read and
/// change their own CVs; a coach may look after the accounts of their own participants
/// (not their CVs: what a participant shares comes with sharing); nobody else may do
/// anything.
pub fn may(who: &UserRecord, act: Act, part: Part, owner: UserId) -> bool {
    match (who.role, part, act) {
        (Role::Participant, Part::Cvs, Act::Read | Act::Change) => who.id == owner,
        (Role::Coach | Role::Admin, Part::Cvs, _) => false,
        (Role::Coach, Part::Account { coach }, Act::Read | Act::Change) => {
            coach == Some(who.id) && owner != who.id
        }
        (Role::Participant | Role::Admin, Part::Account { .. }, _) => false,
    }
}

/// [`may`], as the answer a server function returns: someone else's part is "not found",
/// the same as one that does not exist, so ids reveal nothing. Refusals are logged.
pub fn authorize(who: &UserRecord, act: Act, part: Part, owner: UserId) -> Result<(), AppError> {
    if may(who, act, part, owner) {
        return Ok(());
    }
    tracing::info!(user = %who.id, %owner, ?part, ?act, "refused: not theirs");
    Err(AppError::NotFound)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: i64, role: Role) -> UserRecord {
        UserRecord {
            id: UserId::new(id),
            login: Some(format!("p{id}")),
            display_name: format!("P {id}"),
            role,
            password_hash: None,
            coach_id: None,
            last_sign_in_at: None,
            session_epoch: 0,
        }
    }

    #[test]
    fn participants_reach_their_own_cvs_only() {
        let amal = person(1, Role::Participant);
        for act in [Act::Read, Act::Change] {
            assert!(may(&amal, act, Part::Cvs, UserId::new(1)));
            assert!(!may(&amal, act, Part::Cvs, UserId::new(2)));
        }
    }

    #[test]
    fn coaches_and_admins_reach_no_cv_before_sharing_exists() {
        for role in [Role::Coach, Role::Admin] {
            let someone = person(3, role);
            for owner in [1, 3] {
                assert!(!may(&someone, Act::Read, Part::Cvs, UserId::new(owner)));
                assert!(!may(&someone, Act::Change, Part::Cvs, UserId::new(owner)));
            }
        }
    }

    #[test]
    fn coaches_look_after_their_own_participants_accounts_only() {
        let coach = person(5, Role::Coach);
        let theirs = Part::Account {
            coach: Some(UserId::new(5)),
        };
        let others = Part::Account {
            coach: Some(UserId::new(6)),
        };
        assert!(may(&coach, Act::Change, theirs, UserId::new(1)));
        assert!(!may(&coach, Act::Read, others, UserId::new(2)));
        assert!(!may(
            &coach,
            Act::Read,
            Part::Account { coach: None },
            UserId::new(3)
        ));
        let participant = person(1, Role::Participant);
        assert!(!may(&participant, Act::Read, theirs, UserId::new(1)));
        assert!(!may(
            &person(9, Role::Admin),
            Act::Read,
            theirs,
            UserId::new(1)
        ));
    }

    #[test]
    fn a_refusal_is_not_found() {
        let amal = person(1, Role::Participant);
        assert_eq!(
            authorize(&amal, Act::Read, Part::Cvs, UserId::new(2)),
            Err(AppError::NotFound)
        );
    }
}
