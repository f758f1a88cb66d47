//! Notes: the screens: what people see and the forms they send.
use super::*;

/// `/coach/notes/:id`: change one of the coach's own notes.
#[component]
pub fn NotePage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], fetch_note, |note| {
        view! { <NoteForm note/> }.into_any()
    })
}

#[component]
pub(super) fn NoteForm(note: NoteEdit) -> impl IntoView {
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
pub(super) fn RemoveNoteQuestion(note: NoteEdit) -> impl IntoView {
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
