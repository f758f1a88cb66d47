//! Notes: the screens: what people see and the forms they send.
use super::*;

mod note;
pub use note::*;
mod remove_note;
pub use remove_note::*;

#[component]
pub fn NotesSection(person: UserId) -> impl IntoView {
    let (action, error) = form::<AddNote>();
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
pub(super) fn note_status() -> impl IntoView {
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
