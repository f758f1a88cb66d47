//! Notes: the `remove_note` screen.
use super::*;

/// `/coach/notes/:id/remove`: asks before a note is taken back.
#[component]
pub fn RemoveNotePage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], fetch_note, |note| {
        view! { <RemoveNoteQuestion note/> }.into_any()
    })
}

#[component]
pub(crate) fn RemoveNoteQuestion(note: NoteEdit) -> impl IntoView {
    let (action, error) = form::<RemoveNote>();
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
