//! Reading and changing one part of the career profile, stored whole as JSON. A change is a
//! function applied to the latest document and saved by compare-and-set, so two forms sent
//! at once both count: the slower one is applied again to what the faster one saved.
use super::store::{ProfilePart, ProfileStore};
use crate::auth::Role;
use crate::error::{AppError, Invalid};
use crate::ssr::access::{authorize_own, Act, Part};
use crate::ssr::store::{UserId, UserRecord};
use crate::ssr::{require, ServerState};
use serde::{de::DeserializeOwned, Serialize};
use std::collections::BTreeMap;

/// A part's stored document: where it is kept and which rule of the access table guards it.
pub trait Document: Serialize + DeserializeOwned + Default {
    const PART: ProfilePart;
    const ACCESS: Part;
}

/// The signed-in participant, allowed to `act` on their own `T`.
pub async fn owner<T: Document>(act: Act) -> Result<(ServerState, UserRecord), AppError> {
    let (state, me) = require(&[Role::Participant]).await?;
    authorize_own(&me, T::ACCESS, act, me.id)?;
    Ok((state, me))
}

/// `me`'s own `T`, or its empty default before the first save.
pub async fn load<T: Document>(state: &ServerState, me: &UserRecord) -> Result<T, AppError> {
    Ok(load_part(state, me.id, T::PART).await?.0)
}

/// [`edit_part`] of `me`'s own `T`.
pub async fn edit<T: Document, R>(
    state: &ServerState,
    me: &UserRecord,
    change: impl FnMut(&mut T) -> Result<R, AppError>,
) -> Result<R, AppError> {
    edit_part(state, me.id, T::PART, change).await
}

/// Refuses a form: `invalid`'s problems, and everything typed kept for the redisplay.
pub fn refuse(invalid: Invalid, fields: &BTreeMap<String, String>) -> AppError {
    AppError::Invalid(fields.iter().fold(invalid, |inv, (k, v)| inv.keep(k, v)))
}

/// How often a change is applied again after another save came first.
const ATTEMPTS: usize = 5;

/// The part as stored (and its revision), or its empty default before the first save.
pub async fn load_part<T: DeserializeOwned + Default>(
    state: &ServerState,
    owner: UserId,
    part: ProfilePart,
) -> Result<(T, i64), AppError> {
    match state
        .store
        .of::<dyn ProfileStore>()?
        .profile_part(owner, part)
        .await?
    {
        None => Ok((T::default(), 0)),
        Some(record) => {
            let document = serde_json::from_str(&record.document).map_err(crate::ssr::internal)?;
            Ok((document, record.revision))
        }
    }
}

/// Applies `change` to the latest document and saves it; `change` refuses by returning an
/// error (a form's field errors), and then nothing is saved.
pub async fn edit_part<T, R>(
    state: &ServerState,
    owner: UserId,
    part: ProfilePart,
    mut change: impl FnMut(&mut T) -> Result<R, AppError>,
) -> Result<R, AppError>
where
    T: Serialize + DeserializeOwned + Default,
{
    for _ in 0..ATTEMPTS {
        let (mut document, revision) = load_part::<T>(state, owner, part).await?;
        let result = change(&mut document)?;
        let json = serde_json::to_string(&document).map_err(crate::ssr::internal)?;
        if state
            .store
            .of::<dyn ProfileStore>()?
            .save_profile_part(owner, part, revision, &json, state.clock.unix())
            .await?
        {
            return Ok(result);
        }
    }
    // Saved by others each time while this one was applied: say it, lose nothing typed.
    Err(AppError::Conflict)
}
