//! Outcomes: the `my_timeline` screen, the participant's own road so far.
use super::*;

/// `/timeline`: what has happened on the way to work, in plain words.
#[component]
pub fn MyTimelinePage() -> impl IntoView {
    let lines = Resource::new(|| (), |_| my_timeline());
    view! {
        <RequireRole roles=&[Role::Participant]>
            <Page title=Key::MyTimelineTitle back="/home">
                <p>{t(Key::MyTimelineIntro)}</p>
                {crate::ui::loaded(lines, |lines: Vec<TimelineLine>| view! { <Timeline lines person=None/> })}
            </Page>
        </RequireRole>
    }
}
