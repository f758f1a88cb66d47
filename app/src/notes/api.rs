//! Notes: the server functions: who asks, what they may do, the store, the answer.
use super::*;

#[cfg(feature = "ssr")]
pub(super) fn note_lines(
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
pub(super) fn note_text(body: &str, internal: bool) -> Result<String, AppError> {
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

/// The note `id`, with the server's state and the coach, when the signed-in coach wrote it
/// and still looks after the person it is about (`act` on its part); anything else is "not
/// found".
#[cfg(feature = "ssr")]
pub(super) async fn own_note(
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
