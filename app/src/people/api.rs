//! People: the server functions: who asks, what they may do, the store, the answer.
use super::*;

#[cfg(feature = "ssr")]
pub(crate) fn days_for(state: &crate::ssr::ServerState, purpose: Purpose) -> i64 {
    match purpose {
        Purpose::Invite => state.settings.invitation_days,
        Purpose::Reset => state.settings.invitation_days.min(RESET_DAYS),
    }
}

#[cfg(feature = "ssr")]
pub(crate) fn new_secrets(state: &crate::ssr::ServerState, purpose: Purpose) -> Secrets {
    use crate::ssr::{invitation_expiry, new_invitation_secrets, secret_hash};
    let (token, code) = new_invitation_secrets();
    let (expires_at, last_day) = invitation_expiry(&state.clock, days_for(state, purpose));
    Secrets {
        stored: crate::invite::store::NewInvitation {
            token_hash: secret_hash(&format!("link:{token}")),
            code_hash: secret_hash(&format!("code:{code}")),
            expires_at,
        },
        token,
        code,
        last_day,
    }
}

/// Shows just-issued secrets to their issuer once: kept in memory, a random handle in the
/// session, and on to `/invitation`.
#[cfg(feature = "ssr")]
pub(crate) async fn hand_over(
    state: &crate::ssr::ServerState,
    person: UserId,
    display_name: String,
    role: Role,
    purpose: Purpose,
    secrets: Secrets,
) -> Result<(), AppError> {
    use crate::ssr::{display_code, session};
    let link = format!(
        "{}/invite/{}",
        state.settings.public_url.trim_end_matches('/'),
        secrets.token
    );
    let issued = IssuedInvitation {
        person,
        display_name,
        role,
        purpose,
        qr_svg: qr_svg(&link),
        link,
        code: display_code(&secrets.code),
        valid_days: days_for(state, purpose).unsigned_abs(),
        valid_until: crate::ssr::clock::calendar_day(secrets.last_day),
    };
    // Sealed: the session is a database row, and the next request may reach another
    // instance of the deployment.
    let sealed = state
        .store
        .of::<issued::Issued>()?
        .seal(issued, person, state.clock.unix())
        .ok_or(AppError::Internal)?;
    session()
        .await?
        .insert(ISSUED_KEY, sealed)
        .await
        .map_err(crate::ssr::internal)?;
    leptos_axum::redirect("/invitation");
    Ok(())
}

/// The link as an SVG QR code to stand in a page: one path in module units, each run of
/// dark modules in a row one rectangle, so the page stays small (the invitation page's
/// first load is near its 50 KB budget), scaled to 200 px with a quiet zone of four.
#[cfg(feature = "ssr")]
pub(super) fn qr_svg(link: &str) -> String {
    match qrcode::QrCode::new(link.as_bytes()) {
        Ok(code) => qr_path(code.width(), &code.to_colors()),
        Err(e) => {
            let _ = crate::ssr::internal(e);
            String::new()
        }
    }
}

/// The SVG of a square of `width` modules, `modules` row by row.
#[cfg(feature = "ssr")]
fn qr_path(width: usize, modules: &[qrcode::Color]) -> String {
    use std::fmt::Write;
    const QUIET: usize = 4;
    let side = width + 2 * QUIET;
    let mut d = String::new();
    for (y, row) in modules.chunks(width).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if row[x] == qrcode::Color::Dark {
                let run = row[x..]
                    .iter()
                    .take_while(|c| **c == qrcode::Color::Dark)
                    .count();
                let _ = write!(d, "M{} {}h{run}v1h-{run}z", x + QUIET, y + QUIET);
                x += run;
            } else {
                x += 1;
            }
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" width=\"200\" \
         height=\"200\" shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" \
         fill=\"#fff\"/><path fill=\"#000\" d=\"{d}\"/></svg>"
    )
}

#[cfg(feature = "ssr")]
pub(super) async fn invite(
    role: Role,
    display_name: String,
    allowed: &'static [Role],
    office: &str,
) -> Result<(), AppError> {
    use crate::error::Invalid;
    use crate::invite::parse_display_name;
    use crate::ssr::require;
    use crate::ssr::store::NewPerson;
    let (state, issuer) = require(allowed).await?;
    let name = parse_display_name(&display_name);
    let office_name = crate::text::clean_line(office).trim().to_string();
    let office_too_long = office_name.chars().count() > crate::ssr::store::OFFICE_MAX;
    let name = match name {
        Ok(name) if !office_too_long => name,
        outcome => {
            let mut invalid = Invalid::new();
            if let Err(problem) = outcome {
                invalid.add("display_name", problem);
            }
            if office_too_long {
                invalid.add("office", crate::error::FieldProblem::TooLong);
            }
            return Err(AppError::Invalid(
                invalid
                    .keep("display_name", &display_name)
                    .keep("office", office),
            ));
        }
    };
    let secrets = new_secrets(&state, Purpose::Invite);
    let id = state
        .store
        .of::<dyn InvitationStore>()?
        .create_invited_person(
            NewPerson {
                display_name: name.clone(),
                role,
                coach_id: (role == Role::Participant).then_some(issuer.id),
                created_by: Some(issuer.id),
            },
            secrets.stored.clone(),
            state.clock.unix(),
        )
        .await?;
    if role == Role::Coach && !office_name.is_empty() {
        state.accounts.set_office(id, &office_name).await?;
    }
    tracing::info!(
        issuer = %issuer.id,
        invited = %id,
        role = role.as_str(),
        "invitation issued"
    );
    hand_over(&state, id, name, role, Purpose::Invite, secrets).await
}

#[server(prefix = "/api", endpoint = "create-coach")]
pub async fn create_coach(display_name: String, office: Option<String>) -> Result<(), AppError> {
    invite(
        Role::Coach,
        display_name,
        &[Role::Admin],
        office.as_deref().unwrap_or(""),
    )
    .await
}

/// The offices named so far, for the new coach form's list to choose from.
#[server(prefix = "/api", endpoint = "offices")]
pub async fn offices() -> Result<Vec<String>, AppError> {
    let (state, _) = crate::ssr::require(&[Role::Admin]).await?;
    Ok(state.accounts.offices().await?)
}

#[server(prefix = "/api", endpoint = "create-participant")]
pub async fn create_participant(display_name: String) -> Result<(), AppError> {
    invite(Role::Participant, display_name, &[Role::Coach], "").await
}

#[server(prefix = "/api", endpoint = "issued-invitation")]
pub async fn fetch_issued_invitation() -> Result<Option<IssuedInvitation>, AppError> {
    use crate::ssr::{require_in, session, state};
    // Everything taken from the request comes first, before any await on the
    // database: during server rendering a resource's future may be polled after
    // the request's context is gone (a discarded first render).
    let state = state()?;
    let session = session().await?;
    require_in(&state, &session, &[Role::Coach, Role::Admin]).await?;
    let Some(sealed) = session
        .get::<String>(ISSUED_KEY)
        .await
        .map_err(crate::ssr::internal)?
    else {
        return Ok(None);
    };
    let now = state.clock.unix();
    let Some((issued, user_id)) = state.store.of::<issued::Issued>()?.open(&sealed, now) else {
        return Ok(None);
    };
    // Once this very code is used, replaced or expired, it is worth nothing to show.
    let hash = crate::ssr::secret_hash(&crate::ssr::normalize_secret(&issued.code));
    let pending = state
        .store
        .of::<dyn InvitationStore>()?
        .find_invitation(&hash)
        .await?
        .is_some_and(|open| open.user_id == user_id && !open.used && open.expires_at > now);
    if !pending {
        session
            .remove::<String>(ISSUED_KEY)
            .await
            .map_err(crate::ssr::internal)?;
        return Ok(None);
    }
    Ok(Some(issued))
}

#[server(prefix = "/api", endpoint = "caseload")]
pub async fn caseload() -> Result<Vec<Person>, AppError> {
    use crate::booking::store::{BookingStore, MeetingsWith};
    use crate::goals::store::GoalStore;
    use crate::notes::store::NoteStore;
    use crate::sharing::{store::SharingStore, SharedPart};
    use crate::ssr::require;
    use std::collections::HashMap;
    let (state, coach) = require(&[Role::Coach]).await?;
    let people = state.accounts.list_caseload(coach.id).await?;
    let now = state.clock.unix();
    let today = state.clock.today();
    // Each fact for the whole caseload in one read (or three), never a read per person:
    // a coach's page costs the same with 5 people or 50.
    let mut shares: HashMap<UserId, Vec<SharedPart>> = HashMap::new();
    for (person, share) in state
        .store
        .of::<dyn SharingStore>()?
        .caseload_shares(coach.id)
        .await?
    {
        if share.holds(now) {
            shares.entry(person).or_default().push(share.part);
        }
    }
    let since_day = today
        .checked_sub(jiff::ToSpan::days(ACTIVITY_DAYS))
        .unwrap_or(today)
        .to_string();
    let goals = state
        .store
        .of::<dyn GoalStore>()?
        .caseload_goals(coach.id, &since_day)
        .await?;
    let last_notes: HashMap<UserId, i64> = state
        .store
        .of::<dyn NoteStore>()?
        .caseload_last_notes(coach.id)
        .await?
        .into_iter()
        .collect();
    let meetings: HashMap<UserId, MeetingsWith> = state
        .store
        .of::<dyn BookingStore>()?
        .caseload_meetings(coach.id, now)
        .await?
        .into_iter()
        .map(|m| (m.participant, m))
        .collect();
    let mut list = Vec::with_capacity(people.len());
    for p in people {
        let mut shares = shares.remove(&p.id).unwrap_or_default();
        shares.sort();
        // Nothing about practice unless Språkmål is shared (no read is logged: the
        // list shows a count, never the goals).
        let goal_activity = shares.contains(&SharedPart::Goals).then(|| {
            let mine: Vec<_> = goals.iter().filter(|g| g.goal.owner_id == p.id).collect();
            crate::goals::server::recent_activity(&mine, today, ACTIVITY_DAYS)
        });
        let with_me = meetings.get(&p.id);
        let last_meeting = with_me.and_then(|m| m.last_attended);
        let next = with_me.and_then(|m| m.next);
        let last_contact = last_notes.get(&p.id).copied().max(last_meeting);
        list.push(Person {
            id: p.id,
            display_name: p.display_name,
            active: p.active,
            caseload: Some(CaseloadFacts {
                shares,
                last_contact: last_contact.and_then(crate::ssr::clock::day_of_unix),
                next_booking: next.and_then(|(starts, ends)| crate::booking::when_of(starts, ends)),
                goal_activity,
            }),
        });
    }
    Ok(list)
}

#[server(prefix = "/api", endpoint = "coaches")]
pub async fn coaches() -> Result<Vec<Person>, AppError> {
    use crate::ssr::require;
    let (state, _) = require(&[Role::Admin]).await?;
    let people = state.accounts.list_people(Role::Coach).await?;
    Ok(people
        .into_iter()
        .map(|p| Person {
            id: p.id,
            display_name: p.display_name,
            active: p.active,
            caseload: None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use qrcode::Color::{Dark, Light};

    #[test]
    fn each_run_of_dark_modules_is_one_rectangle_inside_the_quiet_zone() {
        let svg = qr_path(
            3,
            &[Dark, Dark, Light, Light, Light, Light, Dark, Light, Dark],
        );
        assert!(svg.contains("viewBox=\"0 0 11 11\""), "{svg}");
        assert!(
            svg.contains("d=\"M4 4h2v1h-2zM4 6h1v1h-1zM6 6h1v1h-1z\""),
            "{svg}"
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }

    #[test]
    fn an_invitation_link_becomes_one_small_path() {
        let svg = qr_svg("https://vagval.example.se/invite/0123456789abcdef0123456789abcdef");
        assert_eq!(svg.matches("<path").count(), 1);
        assert!(svg.len() < 5_000, "{} bytes", svg.len());
    }
}
