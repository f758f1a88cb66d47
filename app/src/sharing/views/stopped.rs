//! Sharing: the `stopped` screen.
use super::*;

/// `/sharing/stopped`: the confirmation.
#[component]
pub fn SharingStoppedPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <Page title=Key::SharingStoppedTitle>
                <div class="panel" role="status"><p>{t(Key::SharingStoppedText)}</p></div>
                <p>{t(Key::SharingStoppedNext)}</p>
                <p><a class="button" href="/home">{t(Key::SharingStoppedHome)}</a></p>
                <p><a href="/sharing">{t(Key::SharingTitle)}</a></p>
            </Page>
        </RequireRole>
    }
}
