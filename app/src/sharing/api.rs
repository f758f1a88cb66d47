//! Sharing: the server functions: who asks, what they may do, the store, the answer.
use super::*;

#[server(prefix = "/api", endpoint = "sharing")]
pub async fn fetch_sharing() -> Result<Sharing, AppError> {
    use crate::ssr::access::Act;
    use crate::ssr::clock::day_of_unix;
    let (state, me) = server::me(Act::Read).await?;
    let cvs = server::cv_options(&state, &me).await?;
    let Some(coach_id) = me.coach_id else {
        return Ok(Sharing {
            coach: None,
            cvs,
            cv: CvChoice::None,
            parts: Vec::new(),
        });
    };
    let coach = state.accounts.find_user(coach_id).await?;
    let shares = state
        .store
        .of::<dyn SharingStore>()?
        .shares_of(me.id, coach_id)
        .await?;
    let now = state.clock.unix();
    // Stored as the first instant after the last day.
    let last_day =
        |s: &crate::sharing::store::ShareRecord| s.ends_at.and_then(|end| day_of_unix(end - 1));
    let parts = SharedPart::ALL
        .into_iter()
        .map(|part| {
            let share = shares.iter().find(|s| s.part == part);
            let holding = share.filter(|s| s.holds(now));
            PartShare {
                part,
                shared: holding.is_some(),
                until: holding.and_then(last_day),
                ended: share.filter(|s| !s.holds(now)).and_then(last_day),
            }
        })
        .collect();
    let cv = match shares
        .iter()
        .find(|s| s.part == SharedPart::Cv && s.holds(now))
    {
        None => CvChoice::None,
        Some(s) => s.cv.map_or(CvChoice::All, CvChoice::One),
    };
    Ok(Sharing {
        coach: coach.map(|c| c.display_name),
        cvs,
        cv,
        parts,
    })
}

/// Saves what the coach may see of one part (`part`, the CV when not given): for the CV,
/// `cv` is `none`, `all` or one CV's id; for the others `share` is `yes` or `no`. `until`
/// is an optional last day (`YYYY-MM-DD`). Choosing not to share withdraws at once.
#[server(prefix = "/api", endpoint = "save-sharing")]
pub async fn save_sharing(
    part: Option<String>,
    cv: Option<String>,
    share: Option<String>,
    until: Option<String>,
) -> Result<(), AppError> {
    use crate::sharing::store::ShareGrant;
    use crate::ssr::access::Act;
    use crate::ssr::clock::{end_of_day, parse_day};
    let (state, me) = server::me(Act::Change).await?;
    let part = match part.as_deref().map(str::trim) {
        None | Some("") => SharedPart::Cv,
        Some(code) => SharedPart::parse(code).ok_or(AppError::BadRequest)?,
    };
    let (cv, share, until) = (
        cv.unwrap_or_default(),
        share.unwrap_or_default(),
        until.unwrap_or_default(),
    );
    let refuse = |field: &str, problem: FieldProblem| {
        let mut invalid = Invalid::new();
        invalid.add(field, problem);
        AppError::Invalid(
            invalid
                .keep("cv", &cv)
                .keep("share", &share)
                .keep("until", &until),
        )
    };
    let Some(coach) = me.coach_id else {
        return Err(AppError::NotFound);
    };
    let cvs = server::cv_options(&state, &me).await?;
    // `None`: not shared; `Some(None)`: shared, every CV; `Some(Some(id))`: one CV.
    let chosen: Option<Option<CvId>> = if part == SharedPart::Cv {
        match cv.trim() {
            "none" => None,
            "all" => Some(None),
            id => match id.parse::<CvId>() {
                Ok(id) if cvs.iter().any(|c| c.id == id) => Some(Some(id)),
                _ => return Err(refuse("cv", FieldProblem::UnknownOption)),
            },
        }
    } else {
        match share.trim() {
            "yes" => Some(None),
            "no" => None,
            "" => return Err(refuse("share", FieldProblem::ChooseOne)),
            _ => return Err(refuse("share", FieldProblem::UnknownOption)),
        }
    };
    let ends_at = match until.trim() {
        "" => None,
        typed => match parse_day(typed) {
            None => return Err(refuse("until", FieldProblem::BadDate)),
            Some(day) if day < state.clock.today() => {
                return Err(refuse("until", FieldProblem::DayPassed))
            }
            Some(day) => Some(end_of_day(day).as_second()),
        },
    };
    let grant = chosen.map(|cv| ShareGrant {
        cv,
        cv_title: cv.and_then(|id| cvs.iter().find(|c| c.id == id).map(|c| c.title.clone())),
        ends_at,
    });
    let change = state
        .store
        .of::<dyn SharingStore>()?
        .set_share(
            me.id,
            coach,
            part,
            grant,
            CONSENT_WORDING,
            state.clock.unix(),
        )
        .await?;
    tracing::info!(user = %me.id, %coach, part = part.code(), ?change, "sharing saved");
    leptos_axum::redirect(&format!("/sharing?saved={}#{}", part.code(), part.code()));
    Ok(())
}

/// Stops sharing every part with the coach, at once.
#[server(prefix = "/api", endpoint = "stop-sharing")]
pub async fn stop_sharing() -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = server::me(Act::Change).await?;
    if let Some(coach) = me.coach_id {
        let withdrawn = state
            .store
            .of::<dyn SharingStore>()?
            .stop_sharing(me.id, coach, CONSENT_WORDING, state.clock.unix())
            .await?;
        tracing::info!(user = %me.id, %coach, parts = withdrawn.len(), "sharing stopped");
    }
    leptos_axum::redirect("/sharing/stopped");
    Ok(())
}

#[server(prefix = "/api", endpoint = "consent-history")]
pub async fn consent_history() -> Result<Vec<ConsentLine>, AppError> {
    use crate::ssr::access::Act;
    use crate::ssr::clock::{day_of_unix, moment};
    let (state, me) = server::me(Act::Read).await?;
    let events = state
        .store
        .of::<dyn SharingStore>()?
        .consent_history(me.id)
        .await?;
    let now = state.clock.now();
    Ok(events
        .into_iter()
        .filter_map(|e| {
            Some(ConsentLine {
                at: moment(e.at, now)?,
                coach: e.coach_name,
                part: e.part,
                change: e.change,
                cv: e.cv.map(|_| e.cv_title.unwrap_or_default()),
                until: e.ends_at.and_then(|end| day_of_unix(end - 1)),
                wording_version: e.wording_version,
            })
        })
        .collect())
}

#[server(prefix = "/api", endpoint = "access-log")]
pub async fn access_log() -> Result<Vec<LookLine>, AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::clock::moment;
    use crate::ssr::require;
    let (state, me) = require(&[Role::Participant]).await?;
    authorize_own(&me, Part::AccessLog, Act::Read, me.id)?;
    let cvs = server::cv_options(&state, &me).await?;
    let entries = state
        .store
        .of::<dyn SharingStore>()?
        .access_log(me.id)
        .await?;
    let now = state.clock.now();
    let keyed: Vec<_> = entries
        .iter()
        .map(|e| ((e.reader, e.part, e.how, e.cv), e.at))
        .collect();
    Ok(visits(&keyed)
        .into_iter()
        .filter_map(|(i, count)| {
            let e = &entries[i];
            Some(LookLine {
                at: moment(e.at, now)?,
                reader: e.reader_name.clone(),
                reader_role: e.reader_role,
                part: e.part,
                how: e.how,
                cv: e
                    .cv
                    .and_then(|id| cvs.iter().find(|c| c.id == id).map(|c| c.title.clone())),
                count,
            })
        })
        .collect())
}
