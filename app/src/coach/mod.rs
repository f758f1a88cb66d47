//! A coach's page about one participant: what the person shares with them (the CV, read
//! on the page or as a PDF; a plain "not shared" otherwise), the coach's notes, and the
//! account: whether the person has made it, when they last signed in, a new code when an
//! invitation was lost, taking an invitation back, and a code for a new password.
pub mod shared;
pub mod since;
use crate::auth::{RequireRole, Role};
use crate::cv::print::PrintCv;
#[cfg(feature = "ssr")]
use crate::cv::store::CvStore;
use crate::cv::views::CvSheet;
use crate::error::AppError;
use crate::i18n::{format_day, t, tf, CalendarDay, Key};
use crate::ids::{CvId, UserId};
#[cfg(feature = "ssr")]
use crate::invite::store::InvitationStore;
#[cfg(feature = "ssr")]
use crate::invite::Purpose;
#[cfg(feature = "ssr")]
use crate::sharing::store::SharingStore;
use crate::sharing::CvOption;
#[cfg(feature = "ssr")]
use crate::sharing::{ReadHow, SharedPart};
use crate::ui::{action_error, form_action, ErrorSummary, Page, Submit};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

/// What a coach sees of one participant's account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipantAccount {
    pub id: UserId,
    pub display_name: String,
    pub active: bool,
    pub last_sign_in: Option<CalendarDay>,
    /// The last day of the open invitation (pending) or password code (active).
    pub open_until: Option<CalendarDay>,
}

/// The participant `id`'s account, if the signed-in coach looks after them.
#[cfg(feature = "ssr")]
async fn looked_after(
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
async fn issue_code(id: UserId, purpose: Purpose) -> Result<(), AppError> {
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

fn person_param() -> Option<UserId> {
    use_params_map()
        .read_untracked()
        .get("id")
        .and_then(|s| s.parse().ok())
}

/// A coach's page about one participant's account: the id from the URL, the account
/// loaded for a coach who looks after it; anything else is "not found".
fn account_page(show: fn(ParticipantAccount) -> AnyView) -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            {move || match person_param() {
                Some(id) => {
                    let account = Resource::new(move || id, fetch_participant_account);
                    view! {
                        <Suspense>
                            {move || Suspend::new(async move {
                                match account.await {
                                    Ok(account) => show(account),
                                    Err(_) => view! { <crate::pages::NotFound/> }.into_any(),
                                }
                            })}
                        </Suspense>
                    }
                    .into_any()
                }
                None => view! { <crate::pages::NotFound/> }.into_any(),
            }}
        </RequireRole>
    }
}

/// `/coach/participants/:id`: one participant's account, and what the coach can do for it.
#[component]
pub fn ParticipantPage() -> impl IntoView {
    account_page(|account| view! { <AccountCard account/> }.into_any())
}

#[component]
fn AccountCard(account: ParticipantAccount) -> impl IntoView {
    let new_code = form_action::<NewInvitationCode>();
    let new_password = form_action::<NewPasswordCode>();
    let code_error = action_error(new_code);
    let password_error = action_error(new_password);
    let id = account.id;
    let state = if account.active {
        Key::PersonStateActive
    } else {
        Key::PersonStateInvited
    };
    let signed_in = match account.last_sign_in {
        Some(day) => tf(Key::PersonLastSignIn, &[("day", &format_day(day))]),
        None => t(Key::PersonNeverSignedIn).to_string(),
    };
    let open = account
        .open_until
        .map(|day| tf(Key::PersonOpenUntil, &[("day", &format_day(day))]));
    let pending = view! {
        <p>{open.clone().unwrap_or_else(|| t(Key::PersonNoOpenCode).to_string())}</p>
        <ErrorSummary error=code_error/>
        <ActionForm action=new_code attr:class="form">
            <input type="hidden" name="id" value=id.get()/>
            <p class="hint">{t(Key::PersonNewCodeHint)}</p>
            <Submit label=Key::PersonNewCodeButton/>
        </ActionForm>
        <p><a class="button secondary" href=format!("/coach/participants/{id}/withdraw")>
            {t(Key::PersonWithdrawLink)}</a></p>
    };
    let active = view! {
        {open.map(|open| view! { <p>{open}</p> })}
        <ErrorSummary error=password_error/>
        <ActionForm action=new_password attr:class="form">
            <input type="hidden" name="id" value=id.get()/>
            <p class="hint">{t(Key::PersonResetHint)}</p>
            <Submit label=Key::PersonResetButton/>
        </ActionForm>
    };
    view! {
        <Page title=Key::PersonPageTitle>
            <p><a href="/coach" class="back">{t(Key::BackLink)}</a></p>
            <p class="lead" dir="auto">{account.display_name}</p>
            <section aria-labelledby="shared-heading">
                <h2 id="shared-heading">{t(Key::SharedHeading)}</h2>
                <p class="hint">{t(Key::PersonNotShared)}</p>
                // Awaited, not kept as resources: this page has no island, so nothing of a
                // part goes into it but what is drawn. The CV comes last: its sheet has
                // headings of its own.
                <Suspense>
                    {move || Suspend::new(async move {
                        match shared::fetch_shared_parts(id).await {
                            Ok(parts) => view! { <shared::SharedPartsSection parts/> }.into_any(),
                            Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                        }
                    })}
                </Suspense>
                <div class="shared-part">
                    <Suspense>
                        {move || Suspend::new(async move {
                            match shared_with_me(id, None).await {
                                Ok(shared) => view! { <SharedCvSection shared person=id/> }.into_any(),
                                Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                            }
                        })}
                    </Suspense>
                </div>
            </section>
            <crate::booking::ParticipantBookings person=id/>
            <crate::notes::NotesSection person=id/>
            <section aria-labelledby="account-heading">
                <h2 id="account-heading">{t(Key::AccountHeading)}</h2>
                <p>{t(state)}</p>
                <p>{signed_in}</p>
                {if account.active { active.into_any() } else { pending.into_any() }}
            </section>
        </Page>
    }
}

/// `/coach/participants/:id/withdraw`: asks before an invitation is taken back.
#[component]
pub fn WithdrawPage() -> impl IntoView {
    account_page(|account| {
        if account.active {
            view! { <crate::pages::NotFound/> }.into_any()
        } else {
            view! { <WithdrawQuestion account/> }.into_any()
        }
    })
}

#[component]
fn WithdrawQuestion(account: ParticipantAccount) -> impl IntoView {
    let action = form_action::<WithdrawInvitation>();
    let error = action_error(action);
    let id = account.id;
    view! {
        <Page title=Key::WithdrawTitle error=error>
            <ErrorSummary error=error/>
            <p>{tf(Key::WithdrawQuestion, &[("name", &account.display_name)])}</p>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="id" value=id.get()/>
                <Submit label=Key::WithdrawButton warning=true/>
            </ActionForm>
            <p><a href=format!("/coach/participants/{id}") class="button secondary">
                {t(Key::CancelLink)}</a></p>
        </Page>
    }
}

/// A CV a participant shares with the coach, ready to read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedCv {
    pub id: CvId,
    pub title: String,
    pub print: PrintCv,
}

/// What a participant shares with the signed-in coach now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedView {
    pub name: String,
    /// The CV shown: the one asked for, else the main one of those shared. `None`: the CV
    /// is not shared.
    pub cv: Option<SharedCv>,
    /// Every version shared (to choose another).
    pub versions: Vec<CvOption>,
    pub until: Option<CalendarDay>,
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

/// The shared CV on the coach's page: the sheet, its PDF, and the other shared versions.
#[component]
fn SharedCvSection(shared: SharedView, person: UserId) -> impl IntoView {
    let Some(cv) = shared.cv else {
        return view! {
            <p class="not-shared"><strong>{t(Key::SharedPartCv)}": "</strong>{t(Key::NotShared)}</p>
        }
        .into_any();
    };
    let until = match shared.until {
        Some(day) => tf(Key::SharingUntil, &[("day", &format_day(day))]),
        None => t(Key::SharingUntilWithdrawn).to_string(),
    };
    let others: Vec<_> = shared
        .versions
        .into_iter()
        .filter(|v| v.id != cv.id)
        .collect();
    let title = if cv.title.trim().is_empty() {
        t(Key::CvUntitled).to_string()
    } else {
        cv.title.clone()
    };
    view! {
        <p><strong>{t(Key::SharedPartCv)}": "</strong><bdi>{title}</bdi>" "{until}</p>
        <ul class="actions">
            <li><a class="button" href=format!("/cv/{}/pdf", cv.id)>{t(Key::CvPdfLink)}</a></li>
        </ul>
        <CvSheet print=cv.print/>
        {(!others.is_empty()).then(|| view! {
            <h3>{t(Key::SharedOtherVersions)}</h3>
            <ul>
                {others.into_iter().map(|v| view! {
                    <li><a dir="auto" href=format!("/coach/participants/{person}/cvs/{}", v.id)>
                        {if v.title.trim().is_empty() { t(Key::CvUntitled).to_string() } else { v.title }}
                    </a></li>
                }).collect_view()}
            </ul>
        })}
    }
    .into_any()
}

/// `/coach/participants/:id/cvs/:cv`: another shared version of the participant's CV.
#[component]
pub fn SharedCvPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            {move || {
                let params = use_params_map().read_untracked();
                let person = params.get("id").and_then(|s| s.parse::<UserId>().ok());
                let cv = params.get("cv").and_then(|s| s.parse::<CvId>().ok());
                let failed = use_query_map().read_untracked().get("pdf").is_some_and(|v| v == "failed");
                match (person, cv) {
                    (Some(person), Some(cv)) => {
                        let shared = Resource::new(move || (person, cv), |(p, c)| shared_with_me(p, Some(c)));
                        view! {
                            <Suspense>
                                {move || Suspend::new(async move {
                                    match shared.await {
                                        Ok(shared) if shared.cv.is_some() => view! {
                                            <Page title=Key::SharedCvTitle>
                                                <p><a href=format!("/coach/participants/{person}") class="back">{t(Key::BackLink)}</a></p>
                                                {failed.then(|| view! {
                                                    <div class="error-summary" role="alert" tabindex="-1" autofocus>
                                                        <p>{t(Key::ErrPdfFailed)}</p>
                                                    </div>
                                                })}
                                                <p class="lead" dir="auto">{shared.name.clone()}</p>
                                                <SharedCvSection shared person/>
                                            </Page>
                                        }.into_any(),
                                        _ => view! { <crate::pages::NotFound/> }.into_any(),
                                    }
                                })}
                            </Suspense>
                        }
                        .into_any()
                    }
                    _ => view! { <crate::pages::NotFound/> }.into_any(),
                }
            }}
        </RequireRole>
    }
}
