//! Applications, server-only: what the server functions and downloads share: who asks, an
//! application they own, and a stored application as its pages show it.
use super::*;
use crate::applications::store::ApplicationRecord;
use crate::ssr::access::{authorize_own, Act, Part};
use crate::ssr::clock::calendar_day;
use crate::ssr::store::UserRecord;
use crate::ssr::{require, ServerState};

/// The signed-in participant, if they may `act` on their own applications.
pub async fn me(act: Act) -> Result<(ServerState, UserRecord), AppError> {
    let (state, me) = require(&[Role::Participant]).await?;
    authorize_own(&me, Part::Applications, act, me.id)?;
    Ok((state, me))
}

/// An application the signed-in participant owns; anyone else's is "not found".
pub async fn own(
    id: ApplicationId,
    act: Act,
) -> Result<(ServerState, UserRecord, ApplicationRecord), AppError> {
    let (state, me) = require(&[Role::Participant]).await?;
    let found = state
        .store
        .of::<dyn ApplicationStore>()?
        .find_application(id)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize_own(&me, Part::Applications, act, found.owner_id)?;
    Ok((state, me, found))
}

/// A stored application as the pages show it, seen at `now`.
pub fn view(record: ApplicationRecord, now: jiff::Timestamp) -> Option<ApplicationView> {
    let day: jiff::civil::Date = record.fields.applied_day.parse().ok()?;
    let interview = record.fields.interview_at.and_then(|at| {
        Some((
            forms::interview_typed(at)?,
            crate::ssr::clock::moment(at, now)?,
        ))
    });
    Some(ApplicationView {
        id: record.id,
        employer: record.fields.employer,
        job: record.fields.job,
        day: (record.fields.applied_day, calendar_day(day)),
        how: record.fields.how,
        status: record.fields.status,
        interview,
    })
}

/// Every application of `owner`'s, the latest first, as the pages show them.
pub async fn list(
    state: &ServerState,
    owner: crate::ids::UserId,
) -> Result<Vec<ApplicationView>, AppError> {
    let now = state.clock.now();
    Ok(state
        .store
        .of::<dyn ApplicationStore>()?
        .applications(owner)
        .await?
        .into_iter()
        .filter_map(|r| view(r, now))
        .collect())
}

/// The month asked for (`None` or empty: this month in Stockholm), and what was typed when
/// it was not a month.
pub fn month_asked(state: &ServerState, typed: Option<&str>) -> (Month, Option<String>) {
    let today = state.clock.today();
    let this = Month {
        year: today.year(),
        month: today.month() as u8,
    };
    match typed.map(str::trim) {
        None | Some("") => (this, None),
        Some(typed) => match Month::parse(typed) {
            Some(month) => (month, None),
            None => (this, Some(typed.to_string())),
        },
    }
}

/// `owner`'s applications of `month` as the activity report lists them.
pub async fn report_lines(
    state: &ServerState,
    owner: crate::ids::UserId,
    month: Month,
) -> Result<Vec<ReportLine>, AppError> {
    let code = month.code();
    let records = state
        .store
        .of::<dyn ApplicationStore>()?
        .applications_between(owner, &format!("{code}-01"), &format!("{code}-31"))
        .await?;
    Ok(lines_of_month(
        month,
        records
            .into_iter()
            .map(|r| ReportLine {
                employer: r.fields.employer,
                job: r.fields.job,
                day: r.fields.applied_day,
                how: r.fields.how,
            })
            .collect(),
    ))
}
