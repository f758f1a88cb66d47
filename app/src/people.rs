//! Creating people: an admin invites coaches, a coach invites participants and sees them in
//! the caseload. The invitation's secrets are shown once, right after creation.
use crate::auth::{RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{format_day, t, tf, tp, Key};
use crate::ui::{action_error, form_action, ErrorSummary, Page, Submit, TextField};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: crate::ids::UserId,
    pub display_name: String,
    pub active: bool,
}

/// A just-issued invitation, kept in server memory (`ssr::issued`) for the issuer to see:
/// the secrets are stored only as hashes, so this is the one chance to hand them over.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedInvitation {
    pub display_name: String,
    pub role: Role,
    pub link: String,
    pub code: String,
    pub valid_days: u64,
    /// The last day it works, in Stockholm.
    pub valid_until: crate::i18n::CalendarDay,
}

#[cfg(feature = "ssr")]
const ISSUED_KEY: &str = "issued_invitation";

#[cfg(feature = "ssr")]
async fn invite(
    role: Role,
    display_name: String,
    allowed: &'static [Role],
) -> Result<(), AppError> {
    use crate::error::Invalid;
    use crate::invite::parse_display_name;
    use crate::ssr::store::{NewInvitation, NewPerson};
    use crate::ssr::{
        display_code, internal, invitation_expiry, new_invitation_secrets, require, secret_hash,
        session,
    };
    let (state, issuer) = require(allowed).await?;
    let name = parse_display_name(&display_name).map_err(|problem| {
        let mut invalid = Invalid::new();
        invalid.add("display_name", problem);
        AppError::Invalid(invalid.keep("display_name", &display_name))
    })?;
    let (token, code) = new_invitation_secrets();
    let days = state.settings.invitation_days;
    let (expires_at, last_day) = invitation_expiry(&state.clock, days);
    let id = state
        .store
        .create_invited_person(
            NewPerson {
                display_name: name.clone(),
                role,
                coach_id: (role == Role::Participant).then_some(issuer.id),
                created_by: Some(issuer.id),
            },
            NewInvitation {
                token_hash: secret_hash(&format!("link:{token}")),
                code_hash: secret_hash(&format!("code:{code}")),
                expires_at,
            },
            state.clock.unix(),
        )
        .await
        .map_err(internal)?;
    tracing::info!(
        issuer = %issuer.id,
        invited = %id,
        role = role.as_str(),
        "invitation issued"
    );
    let issued = IssuedInvitation {
        display_name: name,
        role,
        link: format!(
            "{}/invite/{token}",
            state.settings.public_url.trim_end_matches('/')
        ),
        code: display_code(&code),
        valid_days: days.unsigned_abs(),
        valid_until: crate::ssr::clock::calendar_day(last_day),
    };
    // Only a random handle goes into the session (a database row); the secrets stay in
    // memory.
    let handle = state.issued.keep(issued, id);
    session()
        .await?
        .insert(ISSUED_KEY, handle)
        .await
        .map_err(internal)?;
    leptos_axum::redirect("/invitation");
    Ok(())
}

#[server(prefix = "/api", endpoint = "create-coach")]
pub async fn create_coach(display_name: String) -> Result<(), AppError> {
    crate::ssr::with_status(invite(Role::Coach, display_name, &[Role::Admin]).await)
}

#[server(prefix = "/api", endpoint = "create-participant")]
pub async fn create_participant(display_name: String) -> Result<(), AppError> {
    crate::ssr::with_status(invite(Role::Participant, display_name, &[Role::Coach]).await)
}

#[server(prefix = "/api", endpoint = "issued-invitation")]
pub async fn fetch_issued_invitation() -> Result<Option<IssuedInvitation>, AppError> {
    use crate::ssr::{internal, require_in, session, state, with_status};
    with_status(
        async {
            // Everything taken from the request comes first, before any await on the
            // database: during server rendering a resource's future may be polled after
            // the request's context is gone (a discarded first render).
            let state = state()?;
            let session = session().await?;
            require_in(&state, &session, &[Role::Coach, Role::Admin]).await?;
            let Some(handle) = session.get::<String>(ISSUED_KEY).await.map_err(internal)? else {
                return Ok(None);
            };
            let Some((issued, user_id)) = state.issued.get(&handle) else {
                return Ok(None);
            };
            // Once the person has made their account, the code is worth nothing to show.
            let pending = state
                .store
                .find_user(user_id)
                .await
                .map_err(internal)?
                .is_some_and(|u| u.login.is_none());
            if !pending {
                state.issued.forget(&handle);
                return Ok(None);
            }
            Ok(Some(issued))
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "caseload")]
pub async fn caseload() -> Result<Vec<Person>, AppError> {
    use crate::ssr::{internal, require, with_status};
    with_status(
        async {
            let (state, coach) = require(&[Role::Coach]).await?;
            let people = state
                .store
                .list_caseload(coach.id)
                .await
                .map_err(internal)?;
            Ok(people
                .into_iter()
                .map(|p| Person {
                    id: p.id,
                    display_name: p.display_name,
                    active: p.active,
                })
                .collect())
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "coaches")]
pub async fn coaches() -> Result<Vec<Person>, AppError> {
    use crate::ssr::{internal, require, with_status};
    with_status(
        async {
            let (state, _) = require(&[Role::Admin]).await?;
            let people = state
                .store
                .list_people(Role::Coach)
                .await
                .map_err(internal)?;
            Ok(people
                .into_iter()
                .map(|p| Person {
                    id: p.id,
                    display_name: p.display_name,
                    active: p.active,
                })
                .collect())
        }
        .await,
    )
}

#[component]
fn PeopleList(people: Vec<Person>, empty: Key) -> impl IntoView {
    if people.is_empty() {
        return view! { <p>{t(empty)}</p> }.into_any();
    }
    view! {
        <ul class="people">
            {people.into_iter().map(|p| {
                let status = if p.active { Key::PersonActive } else { Key::PersonInvited };
                view! {
                    <li>
                        <span class="person-name" dir="auto">{p.display_name}</span>
                        <span class="tag">{t(status)}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// A role's overview: who they have invited, and the way to invite one more.
#[component]
fn PeopleOverview(
    title: Key,
    add_href: &'static str,
    add_label: Key,
    heading: Key,
    empty: Key,
    people: Resource<Result<Vec<Person>, AppError>>,
) -> impl IntoView {
    view! {
        <Page title=title>
            <p><a class="button" href=add_href>{t(add_label)}</a></p>
            <h2>{t(heading)}</h2>
            <Suspense fallback=|| view! { <p>{t(Key::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match people.await {
                        Ok(people) => view! { <PeopleList people empty/> }.into_any(),
                        Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
pub fn CoachHome() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            <PeopleOverview title=Key::CoachHomeTitle add_href="/coach/new-participant"
                add_label=Key::AddParticipantLink heading=Key::CaseloadHeading
                empty=Key::CaseloadEmpty people=Resource::new(|| (), |_| caseload())/>
        </RequireRole>
    }
}

#[component]
pub fn AdminHome() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Admin]>
            <PeopleOverview title=Key::AdminHomeTitle add_href="/admin/new-coach"
                add_label=Key::AddCoachLink heading=Key::CoachesHeading
                empty=Key::CoachesEmpty people=Resource::new(|| (), |_| coaches())/>
        </RequireRole>
    }
}

#[component]
pub fn NewParticipantPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            <NewParticipantForm/>
        </RequireRole>
    }
}

#[component]
fn NewParticipantForm() -> impl IntoView {
    let action = form_action::<CreateParticipant>();
    let error = action_error(action);
    view! {
        <Page title=Key::NewParticipantTitle error=error>
            <p><a href="/coach" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="display_name" label=Key::PersonNameLabel
                    hint=Key::ParticipantNameHint autocomplete="off" error=error/>
                <Submit label=Key::CreateInvitationButton/>
            </ActionForm>
        </Page>
    }
}

#[component]
pub fn NewCoachPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Admin]>
            <NewCoachForm/>
        </RequireRole>
    }
}

#[component]
fn NewCoachForm() -> impl IntoView {
    let action = form_action::<CreateCoach>();
    let error = action_error(action);
    view! {
        <Page title=Key::NewCoachTitle error=error>
            <p><a href="/admin" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="display_name" label=Key::PersonNameLabel
                    autocomplete="off" error=error/>
                <Submit label=Key::CreateInvitationButton/>
            </ActionForm>
        </Page>
    }
}

/// The confirmation page after an invitation was issued.
#[component]
pub fn IssuedInvitationPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach, Role::Admin]>
            {
                let issued = Resource::new(|| (), |_| fetch_issued_invitation());
                view! {
                    <Page title=Key::IssuedTitle>
                        <Suspense>
                            {move || Suspend::new(async move {
                                match issued.await {
                                    Ok(Some(inv)) => {
                                        let back = if inv.role == Role::Coach { "/admin" } else { "/coach" };
                                        view! {
                                            <div class="panel" role="status">
                                                <p>{tf(Key::IssuedFor, &[("name", &inv.display_name)])}</p>
                                            </div>
                                            <h2>{t(Key::IssuedCodeHeading)}</h2>
                                            <p class="code" dir="ltr"><bdi>{inv.code}</bdi></p>
                                            <h2>{t(Key::IssuedLinkHeading)}</h2>
                                            <p class="link" dir="ltr"><bdi>{inv.link}</bdi></p>
                                            <p>{tp(Key::IssuedValidity, "days", inv.valid_days, &[("until", &format_day(inv.valid_until))])}</p>
                                            <p>{t(Key::IssuedHandOver)}</p>
                                            <p><a class="button" href=back>{t(Key::DoneLink)}</a></p>
                                        }.into_any()
                                    }
                                    Ok(None) => view! { <p>{t(Key::IssuedNone)}</p> }.into_any(),
                                    Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                                }
                            })}
                        </Suspense>
                    </Page>
                }
            }
        </RequireRole>
    }
}
