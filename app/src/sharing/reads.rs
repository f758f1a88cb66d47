//! What a share allows and what a read leaves behind: whether a CV is shared with a coach
//! now, and the entry a coach's or an admin's read makes in the participant's access log.
use super::store::{NewAccess, SharingStore};
use super::{ReadHow, SharedPart};
use crate::auth::Role::Participant;
use crate::error::AppError;
use crate::ids::{CvId, UserId};
use crate::ssr::access::Part;
use crate::ssr::store::UserRecord;
use crate::ssr::ServerState;

impl From<SharedPart> for Part {
    /// The unit of permission a shareable part is.
    fn from(shared: SharedPart) -> Part {
        match shared {
            SharedPart::Cv => Part::Cv,
            SharedPart::Strengths => Part::Strengths,
            SharedPart::History => Part::History,
            SharedPart::Languages => Part::Languages,
            SharedPart::Goals => Part::Goals,
            SharedPart::Applications => Part::Applications,
        }
    }
}

/// Whether `coach` may read the CV `cv` of `person` now: a share of that version, or of
/// every version, that has not run out.
pub async fn cv_shared(
    state: &ServerState,
    person: UserId,
    coach: UserId,
    cv: CvId,
) -> Result<bool, AppError> {
    let now = state.clock.unix();
    Ok(state
        .store
        .of::<dyn SharingStore>()?
        .shares_of(person, coach)
        .await
        .map_err(crate::ssr::internal)?
        .iter()
        .any(|s| s.part == SharedPart::Cv && s.holds(now) && s.cv.is_none_or(|id| id == cv)))
}

/// Appends one entry to `person`'s access log for a read `who` made. Only coaches' and
/// admins' reads are logged (a participant reading their own data is not a "look"). A read
/// that cannot be logged is not served. One request is one read: a page whose render runs
/// a server function twice (Leptos may render a suspended part twice on the server) still
/// makes one entry, which the store keeps unique per request.
pub async fn log_read(
    state: &ServerState,
    who: &UserRecord,
    person: UserId,
    part: SharedPart,
    how: ReadHow,
    cv: Option<CvId>,
    request_id: String,
) -> Result<(), AppError> {
    if who.id == person || who.role == Participant {
        return Ok(());
    }
    state
        .store
        .of::<dyn SharingStore>()?
        .log_access(NewAccess {
            reader: who.id,
            reader_role: who.role,
            participant: person,
            part,
            how,
            cv,
            at: state.clock.unix(),
            request_id,
        })
        .await
        .map_err(crate::ssr::internal)
}

/// Refuses (as "not found") unless `who`, the person's coach, may read `part` of them now
/// (`shared`: from the share found for this request), then logs the read: a read that
/// cannot be logged is not served.
pub async fn read_shared(
    state: &ServerState,
    who: &UserRecord,
    person: UserId,
    part: SharedPart,
    shared: bool,
    request: &str,
) -> Result<(), AppError> {
    use crate::ssr::access::{authorize, Act, Ask, Relation};
    authorize(
        who,
        Ask {
            relation: Relation::TheirCoach,
            part: Part::from(part),
            act: Act::Read,
            owner: person,
            shared,
        },
    )?;
    log_read(
        state,
        who,
        person,
        part,
        ReadHow::View,
        None,
        request.to_string(),
    )
    .await
}
