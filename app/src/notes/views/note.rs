//! Notes: the `note` screen.
use super::*;

/// `/coach/notes/:id`: change one of the coach's own notes.
#[component]
pub fn NotePage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], fetch_note, |note| {
        view! { <NoteForm note/> }.into_any()
    })
}

#[component]
pub(crate) fn NoteForm(note: NoteEdit) -> impl IntoView {
    let (action, error) = form::<ChangeNote>();
    let back = format!("/coach/participants/{}#notes", note.person);
    view! {
        <Page title=Key::NoteEditTitle error=error back=back.clone()>
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
