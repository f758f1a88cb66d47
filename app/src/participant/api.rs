//! Participant: the server functions: who asks, what they may do, the store, the answer.
use super::*;

/// The name of the signed-in participant's coach, if they have one.
#[server(prefix = "/api", endpoint = "my-coach")]
pub async fn my_coach() -> Result<Option<String>, AppError> {
    use crate::ssr::require;
    let (state, me) = require(&[Role::Participant]).await?;
    let Some(coach) = me.coach_id else {
        return Ok(None);
    };
    Ok(state
        .accounts
        .find_user(coach)
        .await?
        .map(|c| c.display_name))
}

/// The participant's own "now", from their own server functions (each checks who asks).
#[server(prefix = "/api", endpoint = "my-now")]
pub async fn my_now() -> Result<Now, AppError> {
    use crate::goals::GoalStatus;
    let next = crate::booking::my_bookings()
        .await?
        .into_iter()
        .filter(|b| b.active && !b.started)
        .min_by_key(|b| b.when.starts_at);
    let practice = crate::goals::my_goals()
        .await?
        .into_iter()
        .filter(|g| g.status == GoalStatus::Active)
        .map(|g| (g.id, g.what, g.done_today))
        .collect();
    let cv = crate::cv::api::my_cvs()
        .await?
        .into_iter()
        .find(|c| c.is_main);
    let notes = crate::notes::my_notes().await?;
    let offers = crate::jobs::my_offers()
        .await?
        .into_iter()
        .filter(|o| o.answer.is_none())
        .map(|o| (o.id, o.title, o.employer))
        .collect();
    Ok(Now {
        next,
        practice,
        cv,
        notes,
        offers,
    })
}
