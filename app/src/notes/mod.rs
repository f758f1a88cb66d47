//! A coach's short, dated notes about a participant: written on the coach's page about the
//! person, seen by the person on "Min väg" unless marked internal, changed or taken back by
//! their author (the words before kept with who changed them and when).
#[cfg(feature = "ssr")]
pub mod store;
use crate::auth::Role;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::{FieldProblem, Invalid};
use crate::i18n::{format_moment, t, tf, Key, Moment};
use crate::ids::{NoteId, UserId};
#[cfg(feature = "ssr")]
use crate::notes::store::NoteStore;
use crate::ui::{action_error, form_action, Checkbox, ErrorSummary, Page, Submit, TextField};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

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
    notes: Vec<crate::notes::store::NoteRecord>,
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
    let (state, coach, person) =
        crate::ssr::access::looked_after(person, Part::InternalNotes, Act::Read).await?;
    let notes = state
        .store
        .of::<dyn NoteStore>()?
        .notes(person.id, true)
        .await?;
    Ok(note_lines(notes, state.clock.now(), coach.id))
}

/// The notes the signed-in participant's coaches wrote for them to see.
#[server(prefix = "/api", endpoint = "my-notes")]
pub async fn my_notes() -> Result<Vec<NoteLine>, AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::require;
    let (state, me) = require(&[Role::Participant]).await?;
    authorize_own(&me, Part::Notes, Act::Read, me.id)?;
    let notes = state
        .store
        .of::<dyn NoteStore>()?
        .notes(me.id, false)
        .await?;
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
    let (state, coach, person) =
        crate::ssr::access::looked_after(person, part, Act::Change).await?;
    let text = note_text(&body, internal)?;
    state
        .store
        .of::<dyn NoteStore>()?
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
) -> Result<
    (
        crate::ssr::access::LookedAfter,
        crate::notes::store::NoteRecord,
    ),
    AppError,
> {
    use crate::ssr::access::Part;
    use crate::ssr::require;
    let (state, _) = require(&[Role::Coach]).await?;
    let note = state
        .store
        .of::<dyn NoteStore>()?
        .note(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let part = if note.internal || becomes_internal {
        Part::InternalNotes
    } else {
        Part::Notes
    };
    let looked_after = crate::ssr::access::looked_after(note.participant_id, part, act).await?;
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
        .of::<dyn NoteStore>()?
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
        .of::<dyn NoteStore>()?
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

#[component]
pub fn NotesSection(person: UserId) -> impl IntoView {
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
