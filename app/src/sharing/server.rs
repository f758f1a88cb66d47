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
    let records = state.store.of::<dyn CvStore>()?.list_cvs(me.id).await?;
    Ok(records
        .into_iter()
        .map(|r| CvOption {
            id: r.id,
            title: serde_json::from_str::<crate::cv::model::Cv>(&r.document)
                .map(|cv| cv.title)
                .unwrap_or_default(),
            is_main: r.is_main,
        })
        .collect())
}
