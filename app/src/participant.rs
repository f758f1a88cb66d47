//! The participant's home, "Min väg": the way into everything they do here.
use crate::auth::{use_auth, RequireRole, Role};
use crate::i18n::{t, tf, Key};
use crate::ui::Page;
use leptos::prelude::*;

#[component]
pub fn ParticipantHome() -> impl IntoView {
    let auth = use_auth();
    let sections = [
        (Key::HomeCvTitle, Key::HomeCvText),
        (Key::HomeStrengthsTitle, Key::HomeStrengthsText),
        (Key::HomeLanguageTitle, Key::HomeLanguageText),
        (Key::HomeBookingsTitle, Key::HomeBookingsText),
    ];
    view! {
        <RequireRole roles=&[Role::Participant]>
            <Page title=Key::HomeTitle>
                <Suspense>
                    {move || Suspend::new(async move {
                        auth.user.await.ok().flatten().map(|u| view! {
                            <p class="lead">{tf(Key::HomeGreeting, &[("name", &u.display_name)])}</p>
                        })
                    })}
                </Suspense>
                <ul class="cards">
                    {sections.into_iter().map(|(title, text)| view! {
                        <li class="card">
                            <h2>{t(title)}</h2>
                            <p>{t(text)}</p>
                            <p class="tag">{t(Key::ComingSoon)}</p>
                        </li>
                    }).collect_view()}
                </ul>
            </Page>
        </RequireRole>
    }
}
