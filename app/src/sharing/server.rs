//! Sharing, server-only: reading the store for the server functions and the checks they share.
use super::*;
use crate::ssr::access::{authorize_own, Act, Part};
use crate::ssr::store::UserRecord;
use crate::ssr::ServerState;

/// The signed-in participant, allowed to `act` on their own sharing.
pub async fn me(act: Act) -> Result<(ServerState, UserRecord), AppError> {
    let (state, me) = crate::ssr::require(&[Role::Participant]).await?;
    authorize_own(&me, Part::Sharing, act, me.id)?;
    Ok((state, me))
}

pub async fn cv_options(state: &ServerState, me: &UserRecord) -> Result<Vec<CvOption>, AppError> {
    let records = state
        .store
        .of::<dyn SharingStore>()?
        .shareable_cvs(me.id)
        .await?;
    Ok(records
        .into_iter()
        .map(|r| CvOption {
            id: r.id,
            title: title_of(&r.document),
            is_main: r.is_main,
        })
        .collect())
}

/// A CV document's title, read without the CV's model (this feature comes before `cv`).
fn title_of(document: &str) -> String {
    serde_json::from_str::<serde_json::Value>(document)
        .ok()
        .and_then(|cv| cv.get("title")?.as_str().map(str::to_string))
        .unwrap_or_default()
}
