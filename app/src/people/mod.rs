//! Creating people: an admin invites coaches, a coach invites participants and sees them in
//! the caseload. The invitation's secrets are shown once, right after creation.
#[cfg(feature = "ssr")]
pub mod issued;
pub mod slip;
use crate::auth::{RequireRole, Role};
#[cfg(feature = "ssr")]
use crate::booking::store::BookingStore;
use crate::error::AppError;
use crate::i18n::{format_day, t, tf, tp, Key};
use crate::ids::UserId;
#[cfg(feature = "ssr")]
use crate::invite::store::InvitationStore;
use crate::invite::Purpose;
#[cfg(feature = "ssr")]
use crate::notes::store::NoteStore;
#[cfg(feature = "ssr")]
use crate::sharing::store::SharingStore;
use crate::ui::{action_error, form_action, ErrorSummary, Page, Submit, TextField};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: UserId,
    pub display_name: String,
    pub active: bool,
    /// For a coach's caseload: what the person shares and when they last were in touch.
    pub caseload: Option<CaseloadFacts>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseloadFacts {
    pub shares: Vec<crate::sharing::SharedPart>,
    /// The day of the latest note about them or meeting they came to.
    pub last_contact: Option<crate::i18n::CalendarDay>,
    /// Their next booked meeting with the coach.
    pub next_booking: Option<crate::booking::When>,
    /// For someone who shares Språkmål: days practised and days their goals planned in
    /// the last [`ACTIVITY_DAYS`] days (`None` inside: nothing was planned).
    pub goal_activity: Option<Option<(u32, u32)>>,
}

/// How far back the caseload looks at practice.
pub const ACTIVITY_DAYS: i64 = 14;

/// The IPS fidelity guideline: at most this many active participants per coach.
pub const IPS_CASELOAD: usize = 20;

/// A just-issued invitation or password-reset code, kept in server memory (`ssr::issued`)
/// for the issuer to see: the secrets are stored only as hashes, so this is the one chance
/// to hand them over (a coach can issue a new one from the participant's page).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedInvitation {
    pub person: UserId,
    pub display_name: String,
    pub role: Role,
    pub purpose: Purpose,
    pub link: String,
    pub code: String,
    pub valid_days: u64,
    /// The last day it works, in Stockholm.
    pub valid_until: crate::i18n::CalendarDay,
    /// The link as a QR code (SVG, drawn on the server).
    pub qr_svg: String,
}

#[cfg(feature = "ssr")]
const ISSUED_KEY: &str = "issued_invitation";

/// Fresh secrets for a hand-over, their stored form, and the last day they work.
#[cfg(feature = "ssr")]
pub(crate) struct Secrets {
    pub token: String,
    pub code: String,
    pub stored: crate::invite::store::NewInvitation,
    pub last_day: jiff::civil::Date,
}

/// A password code lasts to the end of tomorrow: it opens an account that exists, so it
/// should not lie around as long as an invitation may.
#[cfg(feature = "ssr")]
const RESET_DAYS: i64 = 1;

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
    // Only a random handle goes into the session (a database row); the secrets stay in
    // memory.
    let handle = state.store.of::<issued::Issued>()?.keep(issued, person);
    session()
        .await?
        .insert(ISSUED_KEY, handle)
        .await
        .map_err(crate::ssr::internal)?;
    leptos_axum::redirect("/invitation");
    Ok(())
}

/// The link as an SVG QR code, without the XML declaration so it can stand in a page.
#[cfg(feature = "ssr")]
fn qr_svg(link: &str) -> String {
    use qrcode::render::svg;
    match qrcode::QrCode::new(link.as_bytes()) {
        Ok(code) => {
            let image = code
                .render::<svg::Color>()
                .min_dimensions(200, 200)
                .dark_color(svg::Color("#000000"))
                .light_color(svg::Color("#ffffff"))
                .build();
            image
                .find("<svg")
                .map(|at| image[at..].to_string())
                .unwrap_or_default()
        }
        Err(e) => {
            let _ = crate::ssr::internal(e);
            String::new()
        }
    }
}

#[cfg(feature = "ssr")]
async fn invite(
    role: Role,
    display_name: String,
    allowed: &'static [Role],
) -> Result<(), AppError> {
    use crate::error::Invalid;
    use crate::invite::parse_display_name;
    use crate::ssr::require;
    use crate::ssr::store::NewPerson;
    let (state, issuer) = require(allowed).await?;
    let name = parse_display_name(&display_name).map_err(|problem| {
        let mut invalid = Invalid::new();
        invalid.add("display_name", problem);
        AppError::Invalid(invalid.keep("display_name", &display_name))
    })?;
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
    tracing::info!(
        issuer = %issuer.id,
        invited = %id,
        role = role.as_str(),
        "invitation issued"
    );
    hand_over(&state, id, name, role, Purpose::Invite, secrets).await
}

#[server(prefix = "/api", endpoint = "create-coach")]
pub async fn create_coach(display_name: String) -> Result<(), AppError> {
    invite(Role::Coach, display_name, &[Role::Admin]).await
}

#[server(prefix = "/api", endpoint = "create-participant")]
pub async fn create_participant(display_name: String) -> Result<(), AppError> {
    invite(Role::Participant, display_name, &[Role::Coach]).await
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
    let Some(handle) = session
        .get::<String>(ISSUED_KEY)
        .await
        .map_err(crate::ssr::internal)?
    else {
        return Ok(None);
    };
    let Some((issued, user_id)) = state.store.of::<issued::Issued>()?.get(&handle) else {
        return Ok(None);
    };
    // Once this very code is used, replaced or expired, it is worth nothing to show.
    let hash = crate::ssr::secret_hash(&crate::ssr::normalize_secret(&issued.code));
    let now = state.clock.unix();
    let pending = state
        .store
        .of::<dyn InvitationStore>()?
        .find_invitation(&hash)
        .await?
        .is_some_and(|open| open.user_id == user_id && !open.used && open.expires_at > now);
    if !pending {
        state.store.of::<issued::Issued>()?.forget(&handle);
        return Ok(None);
    }
    Ok(Some(issued))
}

#[server(prefix = "/api", endpoint = "caseload")]
pub async fn caseload() -> Result<Vec<Person>, AppError> {
    use crate::ssr::require;
    let (state, coach) = require(&[Role::Coach]).await?;
    let people = state.accounts.list_caseload(coach.id).await?;
    let now = state.clock.unix();
    let mut list = Vec::with_capacity(people.len());
    for p in people {
        let mut shares: Vec<_> = state
            .store
            .of::<dyn SharingStore>()?
            .shares_of(p.id, coach.id)
            .await?
            .into_iter()
            .filter(|s| s.holds(now))
            .map(|s| s.part)
            .collect();
        shares.sort();
        // Nothing about practice unless Språkmål is shared (no read is logged: the
        // list shows a count, never the goals).
        let goal_activity = if shares.contains(&crate::sharing::SharedPart::Goals) {
            Some(crate::goals::server::recent_activity(&state, p.id, ACTIVITY_DAYS).await?)
        } else {
            None
        };
        let last_note = state.store.of::<dyn NoteStore>()?.notes(p.id, true).await?;
        let bookings = state
            .store
            .of::<dyn BookingStore>()?
            .participant_bookings(p.id, 0)
            .await?;
        let with_me = bookings
            .iter()
            .filter(|b| b.active && b.coach_id == coach.id);
        let last_meeting = with_me
            .clone()
            .filter(|b| {
                b.ends_at <= now && b.attendance == Some(crate::booking::Attendance::Attended)
            })
            .map(|b| b.starts_at)
            .max();
        let next = with_me.clone().find(|b| b.starts_at > now);
        let last_contact = last_note.first().map(|n| n.at).max(last_meeting);
        list.push(Person {
            id: p.id,
            display_name: p.display_name,
            active: p.active,
            caseload: Some(CaseloadFacts {
                shares,
                last_contact: last_contact.and_then(crate::ssr::clock::day_of_unix),
                next_booking: next.and_then(|b| crate::booking::when_of(b.starts_at, b.ends_at)),
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

#[component]
fn PeopleList(people: Vec<Person>, empty: Key, link: Option<&'static str>) -> impl IntoView {
    if people.is_empty() {
        return view! { <p>{t(empty)}</p> }.into_any();
    }
    let caseload = people.iter().any(|p| p.caseload.is_some());
    let active = people.iter().filter(|p| p.active).count();
    view! {
        {caseload.then(|| {
            let count = crate::i18n::tp(Key::CaseloadCount, "count", active as u64, &[("max", &IPS_CASELOAD.to_string())]);
            view! {
                <p class="caseload-count">{count}
                    {(active > IPS_CASELOAD).then(|| view! { " " <strong>{t(Key::CaseloadOverGuideline)}</strong> })}
                </p>
            }
        })}
        <ul class="people">
            {people.into_iter().map(|p| {
                let status = if p.active { Key::PersonActive } else { Key::PersonInvited };
                let name = match link {
                    Some(base) => view! {
                        <a class="person-name" dir="auto" href=format!("{base}/{}", p.id)>{p.display_name}</a>
                    }
                    .into_any(),
                    None => view! { <span class="person-name" dir="auto">{p.display_name}</span> }.into_any(),
                };
                let facts = p.caseload.map(|facts| {
                    let shared = if facts.shares.is_empty() {
                        t(Key::CaseloadSharesNothing).to_string()
                    } else {
                        tf(Key::CaseloadShares, &[("parts", &facts.shares.iter().map(|part| t(part.name()))
                            .collect::<Vec<_>>().join(&format!("{} ", t(Key::ListSeparator))))])
                    };
                    let contact = match facts.last_contact {
                        Some(day) => tf(Key::CaseloadLastContact, &[("day", &crate::i18n::format_day(day))]),
                        None => t(Key::CaseloadNoContact).to_string(),
                    };
                    let next = match facts.next_booking {
                        Some(when) => tf(Key::CaseloadNextBooking, &[("when", &crate::booking::when_text(&when))]),
                        None => t(Key::CaseloadNoBooking).to_string(),
                    };
                    let practice = facts.goal_activity.map(|activity| match activity {
                        Some((done, planned)) => tp(Key::CaseloadPractice, "count", u64::from(planned), &[("done", &done.to_string())]),
                        None => t(Key::CaseloadPracticeNone).to_string(),
                    });
                    view! {
                        <span class="person-facts">{shared}</span>
                        {practice.map(|p| view! { <span class="person-facts">{p}</span> })}
                        <span class="person-facts">{contact}</span>
                        <span class="person-facts">{next}</span>
                    }
                });
                view! {
                    <li>
                        {name}
                        <span class="tag">{t(status)}</span>
                        {facts}
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
    /// Where each person's page is (`…/ID`), if they have one.
    #[prop(optional)]
    link: Option<&'static str>,
    /// More of the role's own pages.
    #[prop(optional)]
    pages: &'static [(&'static str, Key)],
) -> impl IntoView {
    view! {
        <Page title=title>
            <p><a class="button" href=add_href>{t(add_label)}</a></p>
            {(!pages.is_empty()).then(|| view! {
                <ul class="links">
                    {pages.iter().map(|(href, key)| view! { <li><a href=*href>{t(*key)}</a></li> }).collect_view()}
                </ul>
            })}
            <h2>{t(heading)}</h2>
            <Suspense fallback=|| view! { <p>{t(Key::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match people.await {
                        Ok(people) => view! { <PeopleList people empty link/> }.into_any(),
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
                empty=Key::CaseloadEmpty people=Resource::new(|| (), |_| caseload())
                link="/coach/participants"
                pages=&[("/coach/agenda", Key::AgendaTitle), ("/coach/hours", Key::HoursTitle), ("/coach/groups", Key::GroupsTitle)]/>
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

/// The confirmation page after an invitation or password code was issued: the code, the
/// link, a QR code, and ways to hand them over (a text message and a printable slip, in
/// the language the coach picks for the person).
#[component]
pub fn IssuedInvitationPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach, Role::Admin]>
            {
                let issued = Resource::new(|| (), |_| fetch_issued_invitation());
                view! {
                    <Suspense>
                        {move || Suspend::new(async move {
                            match issued.await {
                                Ok(Some(inv)) => view! { <Issued inv/> }.into_any(),
                                Ok(None) => view! {
                                    <Page title=Key::IssuedTitle>
                                        <p>{t(Key::IssuedNone)}</p>
                                    </Page>
                                }
                                .into_any(),
                                Err(e) => view! {
                                    <Page title=Key::IssuedTitle>
                                        <p class="error-message">{e.text()}</p>
                                    </Page>
                                }
                                .into_any(),
                            }
                        })}
                    </Suspense>
                }
            }
        </RequireRole>
    }
}

#[component]
fn Issued(inv: IssuedInvitation) -> impl IntoView {
    use crate::i18n::Locale;
    use slip::{chosen_locale, handover_sms, invite_site};
    let back = match (inv.role, inv.purpose) {
        (Role::Coach, _) => "/admin".to_string(),
        (_, Purpose::Reset) => format!("/coach/participants/{}", inv.person),
        _ => "/coach".to_string(),
    };
    let (title, done) = match inv.purpose {
        Purpose::Invite => (
            Key::IssuedTitle,
            tf(Key::IssuedFor, &[("name", &inv.display_name)]),
        ),
        Purpose::Reset => (
            Key::IssuedResetTitle,
            tf(Key::IssuedResetFor, &[("name", &inv.display_name)]),
        ),
    };
    let chosen = chosen_locale();
    let sms = format!(
        "sms:?&body={}",
        crate::text::percent_encode(&handover_sms(&inv, &invite_site(&inv), chosen))
    );
    let until = format_day(inv.valid_until);
    view! {
        <Page title=title>
            // The copy island says here whether copying worked: one status region.
            <div class="panel" role="status" data-copied=t(Key::Copied)
                data-not-copied=t(Key::NotCopied)>
                <p>{done}</p>
                <p class="copy-status"></p>
            </div>
            <h2>{t(Key::IssuedCodeHeading)}</h2>
            <p class="code" dir="ltr"><bdi id="issued-code">{inv.code.clone()}</bdi></p>
            // Shown by the copy island: without JavaScript there is nothing to press.
            <button type="button" class="button secondary" data-copy-from="issued-code" hidden>
                {t(Key::CopyCodeButton)}</button>
            <h2>{t(Key::IssuedLinkHeading)}</h2>
            <p class="link" dir="ltr"><bdi id="issued-link">{inv.link.clone()}</bdi></p>
            <button type="button" class="button secondary" data-copy-from="issued-link" hidden>
                {t(Key::CopyLinkButton)}</button>
            <crate::copy::CopyButtons/>
            <p>{match inv.purpose {
                Purpose::Invite => tp(Key::IssuedValidity, "days", inv.valid_days, &[("until", &until)]),
                Purpose::Reset => tf(Key::SlipValidity, &[("until", &until)]),
            }}</p>
            <h2>{t(Key::IssuedQrHeading)}</h2>
            <div class="qr" role="img" aria-label=t(Key::IssuedQrLabel) inner_html=inv.qr_svg.clone()></div>
            <h2>{t(Key::IssuedSendHeading)}</h2>
            <p>{t(Key::IssuedHandOver)}</p>
            <p id="handover-language">{t(Key::IssuedLanguageLabel)}</p>
            <div class="language-buttons" role="group" aria-labelledby="handover-language">
                {Locale::ALL.into_iter().map(|l| view! {
                    <a class="button secondary" href=format!("/invitation?for={}", l.code()) lang=l.code()
                        aria-current=(l == chosen).then_some("true")>{t(l.endonym())}</a>
                }).collect_view()}
            </div>
            <p><a class="button secondary" href=sms>{t(Key::IssuedSmsLink)}</a></p>
            <p><a class="button secondary" href=format!("/invitation/slip?for={}", chosen.code())>
                {t(Key::IssuedSlipLink)}</a></p>
            <p><a class="button" href=back>{t(Key::DoneLink)}</a></p>
        </Page>
    }
}
