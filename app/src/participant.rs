//! The participant's home, "Min väg": the way into everything they do here.
use crate::auth::{use_auth, RequireRole, Role};
use crate::i18n::{t, tf, Key};
use crate::ui::Page;
use leptos::prelude::*;

#[component]
pub fn ParticipantHome() -> impl IntoView {
    let auth = use_auth();
    // Where each part lives; `None` until it is built.
    let sections = [
        (Key::HomeCvTitle, Key::HomeCvText, Some("/cv")),
        (Key::HomeStrengthsTitle, Key::HomeStrengthsText, None),
        (Key::HomeLanguageTitle, Key::HomeLanguageText, None),
        (Key::HomeBookingsTitle, Key::HomeBookingsText, None),
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
                    {sections.into_iter().map(|(title, text, href)| view! {
                        <li class="card">
                            <h2>
                                {match href {
                                    Some(href) => view! { <a href=href>{t(title)}</a> }.into_any(),
                                    None => t(title).into_any(),
                                }}
                            </h2>
                            <p>{t(text)}</p>
                            {match href {
                                Some(href) => view! {
                                    <p><a class="button" href=href>{t(Key::HomeOpenLink)}
                                        <span class="visually-hidden">": "{t(title)}</span></a></p>
                                }
                                .into_any(),
                                None => view! { <p class="tag">{t(Key::ComingSoon)}</p> }.into_any(),
                            }}
                        </li>
                    }).collect_view()}
                </ul>
            </Page>
        </RequireRole>
    }
}
