//! The participant's home, "Min väg": the way into everything they do here.
use crate::auth::{use_auth, RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{t, tf, Key};
use crate::ui::Page;
use leptos::prelude::*;

/// The name of the signed-in participant's coach, if they have one.
#[server(prefix = "/api", endpoint = "my-coach")]
pub async fn my_coach() -> Result<Option<String>, AppError> {
    use crate::ssr::{internal, require, with_status};
    with_status(
        async {
            let (state, me) = require(&[Role::Participant]).await?;
            let Some(coach) = me.coach_id else {
                return Ok(None);
            };
            Ok(state
                .store
                .find_user(coach)
                .await
                .map_err(internal)?
                .map(|c| c.display_name))
        }
        .await,
    )
}

#[component]
pub fn ParticipantHome() -> impl IntoView {
    let coach = Resource::new(|| (), |_| my_coach());
    // Where each part lives; `None` until it is built.
    let sections = [
        (Key::HomeCvTitle, Key::HomeCvText, Some("/cv")),
        (
            Key::HomeStrengthsTitle,
            Key::HomeStrengthsText,
            Some("/strengths"),
        ),
        (
            Key::HomeLanguagesTitle,
            Key::HomeLanguagesText,
            Some("/languages"),
        ),
        (
            Key::HomeLanguageTitle,
            Key::HomeLanguageText,
            Some("/goals"),
        ),
        (
            Key::HomeBookingsTitle,
            Key::HomeBookingsText,
            Some("/bookings"),
        ),
        (Key::SharingTitle, Key::HomeSharingText, Some("/sharing")),
    ];
    let notes = Resource::new(|| (), |_| crate::coach::my_notes());
    view! {
        <RequireRole roles=&[Role::Participant]>
            <Page title=Key::HomeTitle>
                {use_auth().user.map(|u| view! {
                    <p class="lead">{tf(Key::HomeGreeting, &[("name", &u.display_name)])}</p>
                })}
                <crate::booking::Notices back="/home"/>
                <Suspense>
                    {move || Suspend::new(async move {
                        coach.await.ok().flatten().map(|name| view! {
                            <p>{t(Key::HomeYourCoach)}" "<bdi class="person-name">{name}</bdi></p>
                        })
                    })}
                </Suspense>
                <ul class="cards">
                    // A part not built yet looks it: greyed, dashed, and says "coming".
                    {sections.into_iter().map(|(title, text, href)| view! {
                        <li class="card" class:coming=href.is_none()>
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
                <p><a href="/access-log">{t(Key::AccessLogTitle)}</a></p>
                <Suspense>
                    {move || Suspend::new(async move {
                        notes.await.ok().filter(|n| !n.is_empty()).map(|notes| view! {
                            <section aria-labelledby="notes-heading">
                                <h2 id="notes-heading">{t(Key::HomeNotesHeading)}</h2>
                                <crate::coach::NoteList notes/>
                            </section>
                        })
                    })}
                </Suspense>
            </Page>
        </RequireRole>
    }
}
