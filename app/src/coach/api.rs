//! Coach: the server functions: who asks, what they may do, the store, the answer.
use super::*;

/// The participant `id`'s account, if the signed-in coach looks after them.
#[cfg(feature = "ssr")]
pub(super) async fn looked_after(
    id: UserId,
    act: crate::ssr::access::Act,
) -> Result<crate::ssr::access::LookedAfter, AppError> {
    use crate::ssr::access::Part;
    crate::ssr::access::looked_after(id, Part::Account, act).await
}

#[server(prefix = "/api", endpoint = "participant-account")]
pub async fn fetch_participant_account(id: UserId) -> Result<ParticipantAccount, AppError> {
    use crate::ssr::access::Act;
    use crate::ssr::clock::{calendar_day, day_of};
    let (state, _, person) = looked_after(id, Act::Read).await?;
    let day = |unix: i64| {
        jiff::Timestamp::from_second(unix)
            .ok()
            .map(|at| calendar_day(day_of(at)))
    };
    let open = state
        .store
        .of::<dyn InvitationStore>()?
        .open_invitation_of(person.id, state.clock.unix())
        .await?;
    Ok(ParticipantAccount {
        id: person.id,
        display_name: person.display_name,
        active: person.login.is_some(),
        last_sign_in: person.last_sign_in_at.and_then(day),
        // Stored as the first instant after the last day.
        open_until: open.and_then(|o| day(o.expires_at - 1)),
    })
}

/// A code for `purpose`, shown once like the first: a new invitation for someone who
/// has not made their account (the old code and link stop working), or a password code for
/// someone who has (earlier password codes stop working).
#[cfg(feature = "ssr")]
pub(super) async fn issue_code(id: UserId, purpose: Purpose) -> Result<(), AppError> {
    use crate::people::{hand_over, new_secrets};
    use crate::ssr::access::Act;
    let (state, coach, person) = looked_after(id, Act::Change).await?;
    let secrets = new_secrets(&state, purpose);
    let (stored, now) = (secrets.stored.clone(), state.clock.unix());
    let issued = match purpose {
        Purpose::Invite => {
            state
                .store
                .of::<dyn InvitationStore>()?
                .reissue_invitation(person.id, stored, now)
                .await
        }
        Purpose::Reset => {
            state
                .store
                .of::<dyn InvitationStore>()?
                .issue_reset(person.id, stored, now)
                .await
        }
    }?;
    if !issued {
        // The account was made (or is not there yet) meanwhile: nothing to issue.
        return Err(AppError::AccountChanged);
    }
    tracing::info!(coach = %coach.id, person = %person.id, ?purpose, "code issued");
    hand_over(
        &state,
        person.id,
        person.display_name,
        Role::Participant,
        purpose,
        secrets,
    )
    .await
}

#[server(prefix = "/api", endpoint = "new-invitation-code")]
pub async fn new_invitation_code(id: UserId) -> Result<(), AppError> {
    issue_code(id, Purpose::Invite).await
}

/// Takes an invitation back: the pending account goes, and its code and link with it.
#[server(prefix = "/api", endpoint = "withdraw-invitation")]
pub async fn withdraw_invitation(id: UserId) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, coach, person) = looked_after(id, Act::Change).await?;
    if !state
        .store
        .of::<dyn InvitationStore>()?
        .withdraw_invitation(person.id)
        .await?
    {
        return Err(AppError::AccountChanged);
    }
    tracing::info!(coach = %coach.id, person = %person.id, "invitation withdrawn");
    leptos_axum::redirect("/coach");
    Ok(())
}

/// A one-time code with which the participant chooses a new password (and sees their
/// username).
#[server(prefix = "/api", endpoint = "new-password-code")]
pub async fn new_password_code(id: UserId) -> Result<(), AppError> {
    issue_code(id, Purpose::Reset).await
}

/// What `person` shares with the signed-in coach, with the CV `cv` (or the main shared one)
/// to read. Reading it is logged in the participant's access log, once per call; asking
/// for a CV that is not shared is "not found", and nothing is logged.
#[server(prefix = "/api", endpoint = "shared-with-me")]
pub async fn shared_with_me(person: UserId, cv: Option<CvId>) -> Result<SharedView, AppError> {
    use crate::sharing::reads::log_read;
    use crate::ssr::access::{authorize, request_id, Act, Ask, Part, Relation};
    use crate::ssr::clock::day_of_unix;
    // Read before any await: the request's context may be gone after one.
    let request = request_id();
    let (state, coach, person) =
        crate::ssr::access::looked_after(person, Part::Sharing, Act::Read).await?;
    let now = state.clock.unix();
    let share = state
        .store
        .of::<dyn SharingStore>()?
        .shares_of(person.id, coach.id)
        .await?
        .into_iter()
        .find(|s| s.part == SharedPart::Cv && s.holds(now));
    let mut shared = SharedView {
        name: person.display_name.clone(),
        cv: None,
        versions: Vec::new(),
        until: None,
    };
    // Refused the same way as anyone else's CV ("not found"), and logged.
    let unshared = || {
        authorize(
            &coach,
            Ask {
                relation: Relation::TheirCoach,
                part: Part::Cv,
                act: Act::Read,
                owner: person.id,
                shared: false,
            },
        )
    };
    let Some(share) = share else {
        // Nothing shared: the page says so; a CV asked for by id is unknown.
        if cv.is_some() {
            unshared()?;
        }
        return Ok(shared);
    };
    shared.until = share.ends_at.and_then(|end| day_of_unix(end - 1));
    let records = state.store.of::<dyn CvStore>()?.list_cvs(person.id).await?;
    let visible: Vec<_> = records
        .into_iter()
        .filter(|r| share.cv.is_none_or(|id| id == r.id))
        .collect();
    let mut documents = Vec::new();
    for record in &visible {
        let document: crate::cv::model::Cv =
            serde_json::from_str(&record.document).map_err(crate::ssr::internal)?;
        shared.versions.push(CvOption {
            id: record.id,
            title: document.title.clone(),
            is_main: record.is_main,
        });
        documents.push((record.id, document));
    }
    let chosen = match cv {
        Some(id) => documents.into_iter().find(|(cv_id, _)| *cv_id == id),
        // The list comes main first.
        None => documents.into_iter().next(),
    };
    let Some((id, document)) = chosen else {
        unshared()?;
        return Ok(shared);
    };
    authorize(
        &coach,
        Ask {
            relation: Relation::TheirCoach,
            part: Part::Cv,
            act: Act::Read,
            owner: person.id,
            shared: true,
        },
    )?;
    log_read(
        &state,
        &coach,
        person.id,
        SharedPart::Cv,
        ReadHow::View,
        Some(id),
        request,
    )
    .await?;
    shared.cv = Some(SharedCv {
        id,
        title: document.title.clone(),
        print: PrintCv::new(&document),
    });
    Ok(shared)
}
