//! A coach's page about one participant: what the person shares with them (the CV, read
//! on the page or as a PDF; a plain "not shared" otherwise), the coach's notes, and the
//! account: whether the person has made it, when they last signed in, a new code when an
//! invitation was lost, taking an invitation back, and a code for a new password.
use crate::auth::{RequireRole, Role};
use crate::cv::print::PrintCv;
use crate::cv::views::CvSheet;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::{FieldProblem, Invalid};
use crate::i18n::{
    fill, format_day, format_day_in, format_moment, t, tf, CalendarDay, Key, Locale, Moment,
};
use crate::ids::{CvId, NoteId, UserId};
use crate::invite::Purpose;
use crate::people::IssuedInvitation;
use crate::sharing::CvOption;
#[cfg(feature = "ssr")]
use crate::sharing::{ReadHow, SharedPart};
use crate::ui::{action_error, form_action, Checkbox, ErrorSummary, Page, Submit, TextField};
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

/// The server's state, the signed-in coach and the participant they act for.
#[cfg(feature = "ssr")]
type LookedAfter = (
    crate::ssr::ServerState,
    crate::ssr::store::UserRecord,
    crate::ssr::store::UserRecord,
);

/// The participant `id`, if the signed-in coach looks after them.
#[cfg(feature = "ssr")]
async fn looked_after(id: UserId, act: crate::ssr::access::Act) -> Result<LookedAfter, AppError> {
    use crate::ssr::access::Part;
    looked_after_part(id, Part::Account, act).await
}

/// The participant `id` and the signed-in coach, if the coach may `act` on `part` of them
/// (parts that need a share are checked where the share is known).
#[cfg(feature = "ssr")]
pub(crate) async fn looked_after_part(
    id: UserId,
    part: crate::ssr::access::Part,
    act: crate::ssr::access::Act,
) -> Result<LookedAfter, AppError> {
    use crate::ssr::access::{authorize, relation, Ask};
    use crate::ssr::require;
    let (state, coach) = require(&[Role::Coach]).await?;
    let person = state.store.find_user(id).await?.ok_or(AppError::NotFound)?;
    authorize(
        &coach,
        Ask {
            relation: relation(&coach, &person),
            part,
            act,
            owner: person.id,
            shared: false,
        },
    )?;
    Ok((state, coach, person))
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
        Purpose::Invite => state.store.reissue_invitation(person.id, stored, now).await,
        Purpose::Reset => state.store.issue_reset(person.id, stored, now).await,
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
    if !state.store.withdraw_invitation(person.id).await? {
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
                        match crate::sharing::shared::fetch_shared_parts(id).await {
                            Ok(parts) => view! { <crate::sharing::shared::SharedPartsSection parts/> }.into_any(),
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
            <NotesSection person=id/>
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
    use crate::ssr::access::{authorize, log_read, request_id, Act, Ask, Part, Relation};
    use crate::ssr::clock::day_of_unix;
    // Read before any await: the request's context may be gone after one.
    let request = request_id();
    let (state, coach, person) = looked_after_part(person, Part::Sharing, Act::Read).await?;
    let now = state.clock.unix();
    let share = state
        .store
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
    let records = state.store.list_cvs(person.id).await?;
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

/// A coach's note as the pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteLine {
    pub id: NoteId,
    pub at: Moment,
    pub coach: String,
    pub body: String,
    pub internal: bool,
    /// When its author last changed it.
    pub changed: Option<Moment>,
    /// Written by the one looking (a coach may change or take back their own notes).
    pub mine: bool,
}

#[cfg(feature = "ssr")]
fn note_lines(
    notes: Vec<crate::ssr::store::NoteRecord>,
    now: jiff::Timestamp,
    me: UserId,
) -> Vec<NoteLine> {
    notes
        .into_iter()
        .filter_map(|n| {
            Some(NoteLine {
                id: n.id,
                at: crate::ssr::clock::moment(n.at, now)?,
                coach: n.coach_name,
                body: n.body,
                internal: n.internal,
                changed: n
                    .changed_at
                    .and_then(|at| crate::ssr::clock::moment(at, now)),
                mine: n.coach_id == me,
            })
        })
        .collect()
}

/// The notes about `person`, internal ones too, for their coach.
#[server(prefix = "/api", endpoint = "participant-notes")]
pub async fn participant_notes(person: UserId) -> Result<Vec<NoteLine>, AppError> {
    use crate::ssr::access::{Act, Part};
    let (state, coach, person) = looked_after_part(person, Part::InternalNotes, Act::Read).await?;
    let notes = state.store.notes(person.id, true).await?;
    Ok(note_lines(notes, state.clock.now(), coach.id))
}

/// The notes the signed-in participant's coaches wrote for them to see.
#[server(prefix = "/api", endpoint = "my-notes")]
pub async fn my_notes() -> Result<Vec<NoteLine>, AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::require;
    let (state, me) = require(&[Role::Participant]).await?;
    authorize_own(&me, Part::Notes, Act::Read, me.id)?;
    let notes = state.store.notes(me.id, false).await?;
    Ok(note_lines(notes, state.clock.now(), me.id))
}

/// The longest note, in characters.
pub const NOTE_MAX: usize = 1000;

/// Adds a short, dated note about `person`; `internal` (`on`) keeps it among coaches.
#[server(prefix = "/api", endpoint = "add-note")]
pub async fn add_note(
    person: UserId,
    body: String,
    internal: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::access::{Act, Part};
    let internal = internal.is_some_and(|v| !v.is_empty());
    let part = if internal {
        Part::InternalNotes
    } else {
        Part::Notes
    };
    let (state, coach, person) = looked_after_part(person, part, Act::Change).await?;
    let text = note_text(&body, internal)?;
    state
        .store
        .add_note(person.id, coach.id, &text, internal, state.clock.unix())
        .await?;
    tracing::info!(coach = %coach.id, person = %person.id, internal, "note added");
    leptos_axum::redirect(&format!("/coach/participants/{}#notes", person.id));
    Ok(())
}

/// A note's text as typed, cleaned and checked; a refusal keeps what was typed.
#[cfg(feature = "ssr")]
fn note_text(body: &str, internal: bool) -> Result<String, AppError> {
    let text = crate::text::clean_text(body);
    let problem = if text.trim().is_empty() {
        Some(FieldProblem::Required)
    } else if text.chars().count() > NOTE_MAX {
        Some(FieldProblem::TooLong)
    } else {
        None
    };
    match problem {
        None => Ok(text.trim().to_string()),
        Some(problem) => {
            let mut invalid = Invalid::new();
            invalid.add("body", problem);
            let invalid = invalid.keep("body", body);
            let invalid = if internal {
                invalid.keep("internal", "on")
            } else {
                invalid
            };
            Err(AppError::Invalid(invalid))
        }
    }
}

/// A note the signed-in coach wrote, to change or take back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoteEdit {
    pub id: NoteId,
    pub person: UserId,
    pub person_name: String,
    pub at: Moment,
    pub body: String,
    pub internal: bool,
}

/// The note `id`, with the server's state and the coach, when the signed-in coach wrote it
/// and still looks after the person it is about (`act` on its part); anything else is "not
/// found".
#[cfg(feature = "ssr")]
async fn own_note(
    id: NoteId,
    act: crate::ssr::access::Act,
    becomes_internal: bool,
) -> Result<(LookedAfter, crate::ssr::store::NoteRecord), AppError> {
    use crate::ssr::access::Part;
    use crate::ssr::require;
    let (state, _) = require(&[Role::Coach]).await?;
    let note = state.store.note(id).await?.ok_or(AppError::NotFound)?;
    let part = if note.internal || becomes_internal {
        Part::InternalNotes
    } else {
        Part::Notes
    };
    let looked_after = looked_after_part(note.participant_id, part, act).await?;
    if note.coach_id != looked_after.1.id {
        return Err(AppError::NotFound);
    }
    Ok((looked_after, note))
}

#[server(prefix = "/api", endpoint = "my-note")]
pub async fn fetch_note(id: NoteId) -> Result<NoteEdit, AppError> {
    use crate::ssr::access::Act;
    let ((state, _, person), note) = own_note(id, Act::Change, false).await?;
    Ok(NoteEdit {
        id,
        person: person.id,
        person_name: person.display_name,
        at: crate::ssr::clock::moment(note.at, state.clock.now()).ok_or(AppError::NotFound)?,
        body: note.body,
        internal: note.internal,
    })
}

/// Changes the signed-in coach's own note; the participant's view follows at once, and
/// what it said before is kept in its history.
#[server(prefix = "/api", endpoint = "change-note")]
pub async fn change_note(
    id: NoteId,
    body: String,
    internal: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let internal = internal.is_some_and(|v| !v.is_empty());
    let ((state, coach, person), _) = own_note(id, Act::Change, internal).await?;
    let text = note_text(&body, internal)?;
    let changed = state
        .store
        .change_note(id, coach.id, &text, internal, state.clock.unix())
        .await?;
    if !changed {
        // Removed meanwhile (another tab).
        return Err(AppError::NotFound);
    }
    tracing::info!(coach = %coach.id, person = %person.id, note = %id, internal, "note changed");
    leptos_axum::redirect(&format!(
        "/coach/participants/{}?note=changed#notes",
        person.id
    ));
    Ok(())
}

/// Takes back the signed-in coach's own note: nobody sees it any more; what it said is
/// kept in its history.
#[server(prefix = "/api", endpoint = "remove-note")]
pub async fn remove_note(id: NoteId) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let ((state, coach, person), _) = own_note(id, Act::Change, false).await?;
    let removed = state
        .store
        .remove_note(id, coach.id, state.clock.unix())
        .await?;
    if !removed {
        return Err(AppError::NotFound);
    }
    tracing::info!(coach = %coach.id, person = %person.id, note = %id, "note removed");
    leptos_axum::redirect(&format!(
        "/coach/participants/{}?note=removed#notes",
        person.id
    ));
    Ok(())
}

/// `/coach/notes/:id`: change one of the coach's own notes.
#[component]
pub fn NotePage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], fetch_note, |note| {
        view! { <NoteForm note/> }.into_any()
    })
}

#[component]
fn NoteForm(note: NoteEdit) -> impl IntoView {
    let action = form_action::<ChangeNote>();
    let error = action_error(action);
    let back = format!("/coach/participants/{}#notes", note.person);
    view! {
        <Page title=Key::NoteEditTitle error=error>
            <p><a href=back.clone() class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <p>{format_moment(note.at)}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=note.id.get()/>
                <TextField name="body" label=Key::NoteEditLabel hint=Key::NoteHint rows=4 value=note.body.clone() error=error/>
                <Checkbox name="internal".to_string() label=t(Key::NoteInternalLabel).to_string() checked=note.internal error=error/>
                <Submit label=Key::NoteSaveButton/>
            </ActionForm>
            <p class="apart"><a href=format!("/coach/notes/{}/remove", note.id) class="button warning">
                {t(Key::NoteRemoveLink)}</a></p>
        </Page>
    }
}

/// `/coach/notes/:id/remove`: asks before a note is taken back.
#[component]
pub fn RemoveNotePage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], fetch_note, |note| {
        view! { <RemoveNoteQuestion note/> }.into_any()
    })
}

#[component]
fn RemoveNoteQuestion(note: NoteEdit) -> impl IntoView {
    let action = form_action::<RemoveNote>();
    let error = action_error(action);
    let question = if note.internal {
        tf(
            Key::NoteRemoveInternalQuestion,
            &[("when", &format_moment(note.at))],
        )
    } else {
        tf(
            Key::NoteRemoveQuestion,
            &[
                ("when", &format_moment(note.at)),
                ("name", &note.person_name),
            ],
        )
    };
    view! {
        <Page title=Key::NoteRemoveTitle error=error>
            <ErrorSummary error=error/>
            <p>{question}</p>
            <blockquote class="note-body" dir="auto">{note.body.clone()}</blockquote>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="id" value=note.id.get()/>
                <Submit label=Key::NoteRemoveButton warning=true/>
            </ActionForm>
            <p><a href=format!("/coach/participants/{}#notes", note.person) class="button secondary">
                {t(Key::CancelLink)}</a></p>
        </Page>
    }
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

#[component]
fn NotesSection(person: UserId) -> impl IntoView {
    let action = form_action::<AddNote>();
    let error = action_error(action);
    let notes = Resource::new(move || person, participant_notes);
    view! {
        <section id="notes" aria-labelledby="notes-heading">
            <h2 id="notes-heading">{t(Key::NotesHeading)}</h2>
            {note_status()}
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="person" value=person.get()/>
                <TextField name="body" label=Key::NoteLabel hint=Key::NoteHint rows=3 error=error/>
                <Checkbox name="internal".to_string() label=t(Key::NoteInternalLabel).to_string() error=error/>
                <Submit label=Key::NoteSaveButton/>
            </ActionForm>
            <Suspense>
                {move || Suspend::new(async move {
                    match notes.await {
                        Ok(notes) if notes.is_empty() => view! { <p>{t(Key::NotesEmpty)}</p> }.into_any(),
                        Ok(notes) => view! { <NoteList notes editable=true/> }.into_any(),
                        Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// "Anteckningen är ändrad/borttagen." after the coach changed or took back a note.
fn note_status() -> impl IntoView {
    let key = match use_query_map().read_untracked().get("note").as_deref() {
        Some("changed") => Some(Key::NoteChangedStatus),
        Some("removed") => Some(Key::NoteRemovedStatus),
        _ => None,
    };
    key.map(|key| crate::ui::status_panel(true, key))
}

/// Notes, newest first; an internal one says so in words, a changed one says when.
/// `editable`: the coach's own notes get a link to change or take them back.
#[component]
pub fn NoteList(notes: Vec<NoteLine>, #[prop(optional)] editable: bool) -> impl IntoView {
    view! {
        <ol class="log">
            {notes.into_iter().map(|n| {
                let when = format_moment(n.at);
                view! {
                    <li>
                        <p class="log-when">{when.clone()}" · "<bdi>{n.coach}</bdi>
                            {n.internal.then(|| view! { " " <span class="tag">{t(Key::NoteInternalTag)}</span> })}
                            {n.changed.map(|at| view! { " · "{tf(Key::NoteChangedAt, &[("when", &format_moment(at))])} })}
                        </p>
                        <p class="note-body" dir="auto">{n.body}</p>
                        {(editable && n.mine).then(|| view! {
                            <p><a href=format!("/coach/notes/{}", n.id)>{t(Key::NoteChangeLink)}
                                <span class="visually-hidden">" "{tf(Key::NoteFrom, &[("when", &when)])}</span></a></p>
                        })}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
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

/// The text message that hands a code over, in the participant's language.
pub fn handover_sms(issued: &IssuedInvitation, site: &str, locale: Locale) -> String {
    let key = match issued.purpose {
        Purpose::Invite => Key::HandoverSmsInvite,
        Purpose::Reset => Key::HandoverSmsReset,
    };
    fill(
        key.get(locale),
        &[
            ("name", &issued.display_name),
            ("link", &issued.link),
            ("site", site),
            ("code", &issued.code),
            ("until", &format_day_in(locale, issued.valid_until)),
        ],
    )
}

/// Where a participant types a code: the link's site and `/invite`.
pub fn invite_site(issued: &IssuedInvitation) -> String {
    issued
        .link
        .rsplit_once("/invite/")
        .map(|(site, _)| format!("{site}/invite"))
        .unwrap_or_default()
}

/// The language the coach picked for the participant's text message and slip.
pub fn chosen_locale() -> Locale {
    use_query_map()
        .read_untracked()
        .get("for")
        .and_then(|code| Locale::from_code(&code))
        .unwrap_or_else(crate::i18n::locale)
}

/// `/invitation/slip?for=ar`: a slip to print and hand over, in the participant's
/// language: the code, the QR code and three plain steps.
#[component]
pub fn SlipPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach, Role::Admin]>
            {
                let issued = Resource::new(|| (), |_| crate::people::fetch_issued_invitation());
                view! {
                    <Page title=Key::SlipPageTitle>
                        <Suspense>
                            {move || Suspend::new(async move {
                                match issued.await {
                                    Ok(Some(inv)) => view! { <Slip inv/> }.into_any(),
                                    _ => view! { <p>{t(Key::IssuedNone)}</p> }.into_any(),
                                }
                            })}
                        </Suspense>
                    </Page>
                }
            }
        </RequireRole>
    }
}

#[component]
fn Slip(inv: IssuedInvitation) -> impl IntoView {
    let locale = chosen_locale();
    let text = |key: Key| key.get(locale);
    let site = invite_site(&inv);
    let (title, choose) = match inv.purpose {
        Purpose::Invite => (Key::SlipTitleInvite, Key::SlipStepChooseInvite),
        Purpose::Reset => (Key::SlipTitleReset, Key::SlipStepChooseReset),
    };
    let until = format_day_in(locale, inv.valid_until);
    view! {
        <div class="no-print">
            <p><a href=format!("/invitation?for={}", locale.code()) class="back">{t(Key::BackLink)}</a></p>
            <p>{t(Key::SlipPrintHint)}</p>
        </div>
        <section class="slip" lang=locale.code() dir=locale.dir()>
            <h2 dir="auto">{fill(text(title), &[("name", &inv.display_name)])}</h2>
            <ol>
                <li>{fill(text(Key::SlipStepOpen), &[("site", &site)])}</li>
                <li>{text(Key::SlipStepCode)}" "<span class="code" dir="ltr">{inv.code.clone()}</span></li>
                <li>{text(choose)}</li>
            </ol>
            <div class="qr" role="img" aria-label=text(Key::IssuedQrLabel) inner_html=inv.qr_svg.clone()></div>
            <p>{fill(text(Key::SlipValidity), &[("until", &until)])}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issued(purpose: Purpose) -> IssuedInvitation {
        IssuedInvitation {
            person: UserId::new(4),
            display_name: "Dana".into(),
            role: Role::Participant,
            purpose,
            link: "https://vagval.example/invite/abcDEF123".into(),
            code: "K7PM-Q2XR".into(),
            valid_days: 7,
            valid_until: CalendarDay {
                year: 2026,
                month: 12,
                day: 7,
                weekday: 1,
            },
            qr_svg: String::new(),
        }
    }

    #[test]
    fn the_text_message_carries_link_code_and_last_day_in_the_chosen_language() {
        let inv = issued(Purpose::Invite);
        let site = invite_site(&inv);
        assert_eq!(site, "https://vagval.example/invite");
        let sv = handover_sms(&inv, &site, Locale::Sv);
        assert!(sv.contains("K7PM-Q2XR") && sv.contains(&inv.link), "{sv}");
        assert!(sv.contains("måndag 7 december 2026"), "{sv}");
        let ar = handover_sms(&issued(Purpose::Reset), &site, Locale::Ar);
        assert!(ar.contains("K7PM-Q2XR") && ar.contains("ديسمبر"), "{ar}");
        assert!(!ar.contains("{ $"), "{ar}");
    }
}
