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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Act {
    /// Look at it, or take a copy out (PDF, JSON Resume).
    Read,
    /// Change, copy within the portal, or delete it.
    Change,
}

/// Whether `who` may `act` on `owner`'s `part`. Deny by default: a participant may read and
/// change their own parts; nobody else may do anything yet (a coach gets to read what is
/// shared with them when sharing exists).
pub fn may(who: &UserRecord, act: Act, part: Part, owner: UserId) -> bool {
    match (who.role, part, act) {
        (Role::Participant, Part::Cvs, Act::Read | Act::Change) => who.id == owner,
        (Role::Coach | Role::Admin, Part::Cvs, _) => false,
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
    fn a_refusal_is_not_found() {
        let amal = person(1, Role::Participant);
        assert_eq!(
            authorize(&amal, Act::Read, Part::Cvs, UserId::new(2)),
            Err(AppError::NotFound)
        );
    }
}
