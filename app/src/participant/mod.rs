//! The participant's home, "Min väg": the way into everything they do here.
pub mod to_cv;

use crate::auth::{use_auth, RequireRole, Role};
use crate::booking::{when_text, BookingView};
use crate::cv::api::CvSummary;
use crate::error::AppError;
use crate::i18n::{format_moment, t, tf, Key};
use crate::ids::GoalId;
use crate::notes::NoteLine;
use crate::ui::{icon, Icon, Page};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The name of the signed-in participant's coach, if they have one.
#[server(prefix = "/api", endpoint = "my-coach")]
pub async fn my_coach() -> Result<Option<String>, AppError> {
    use crate::ssr::require;
    let (state, me) = require(&[Role::Participant]).await?;
    let Some(coach) = me.coach_id else {
        return Ok(None);
    };
    Ok(state
        .accounts
        .find_user(coach)
        .await?
        .map(|c| c.display_name))
}

/// What is going on now, for the first screen of "Min väg": the next booking, today's
/// practice, the CV's progress and the coach's latest note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Now {
    pub next: Option<BookingView>,
    /// Goals going on (not paused): what, and whether practised today.
    pub practice: Vec<(GoalId, String, bool)>,
    /// The main CV.
    pub cv: Option<CvSummary>,
    /// The coach's notes the participant sees, newest first (the first is on the first
    /// screen; all are listed below the cards).
    pub notes: Vec<NoteLine>,
}

/// The participant's own "now", from their own server functions (each checks who asks).
#[server(prefix = "/api", endpoint = "my-now")]
pub async fn my_now() -> Result<Now, AppError> {
    use crate::goals::GoalStatus;
    let next = crate::booking::my_bookings()
        .await?
        .into_iter()
        .filter(|b| b.active && !b.started)
        .min_by_key(|b| b.when.starts_at);
    let practice = crate::goals::my_goals()
        .await?
        .into_iter()
        .filter(|g| g.status == GoalStatus::Active)
        .map(|g| (g.id, g.what, g.done_today))
        .collect();
    let cv = crate::cv::api::my_cvs()
        .await?
        .into_iter()
        .find(|c| c.is_main);
    let notes = crate::notes::my_notes().await?;
    Ok(Now {
        next,
        practice,
        cv,
        notes,
    })
}

/// The longest part of a note shown on the first screen, in characters.
const NOTE_PEEK: usize = 140;

fn peek(text: &str) -> String {
    match text.char_indices().nth(NOTE_PEEK) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_string(),
    }
}

/// One line of "Just nu": a picture, what it is, the detail, the way there.
fn now_item(
    which: Icon,
    label: Key,
    detail: impl IntoView + 'static,
    href: String,
    link: Key,
) -> impl IntoView {
    view! {
        <li>
            {icon(which)}
            <div>
                <p><strong>{t(label)}</strong></p>
                <p>{detail}</p>
                <p><a href=href>{t(link)}<span class="visually-hidden">": "{t(label)}</span></a></p>
            </div>
        </li>
    }
}

#[component]
fn NowSection(now: Now) -> impl IntoView {
    let booking = match now.next {
        Some(b) => {
            let what = b.workshop.clone().unwrap_or_else(|| b.coach.clone());
            now_item(
                Icon::Bookings,
                Key::HomeNowBooking,
                view! { {when_text(&b.when)}" · "<bdi>{what}</bdi> }.into_any(),
                format!("/bookings/{}", b.id),
                Key::HomeNowOpenBooking,
            )
            .into_any()
        }
        None => now_item(
            Icon::Bookings,
            Key::HomeNowBooking,
            t(Key::HomeNowNoBooking).into_any(),
            "/book".into(),
            Key::BookTitle,
        )
        .into_any(),
    };
    let practice = (!now.practice.is_empty()).then(|| {
        let lines = now
            .practice
            .iter()
            .map(|(_, what, done)| {
                let key = if *done {
                    Key::HomeNowPractised
                } else {
                    Key::HomeNowNotYet
                };
                view! { <span class="now-goal">{tf(key, &[("goal", what)])}</span> }
            })
            .collect_view();
        // The way to log: the first goal not practised today, else the list.
        let href = now
            .practice
            .iter()
            .find(|(_, _, done)| !done)
            .map_or("/goals".to_string(), |(id, _, _)| format!("/goals/{id}"));
        now_item(
            Icon::Goals,
            Key::HomeNowPractice,
            lines,
            href,
            Key::HomeNowLog,
        )
    });
    let cv = match now.cv {
        Some(cv) => now_item(
            Icon::Cv,
            Key::HomeNowCv,
            tf(
                Key::HomeNowCvProgress,
                &[
                    ("filled", &cv.filled.to_string()),
                    ("total", &cv.sections.to_string()),
                ],
            )
            .into_any(),
            format!("/cv/{}", cv.id),
            Key::HomeNowOpenCv,
        )
        .into_any(),
        None => now_item(
            Icon::Cv,
            Key::HomeNowCv,
            t(Key::HomeNowNoCv).into_any(),
            "/cv".into(),
            Key::HomeNowStartCv,
        )
        .into_any(),
    };
    let note = now.notes.into_iter().next().map(|n| {
        now_item(
            Icon::Message,
            Key::HomeNowNote,
            view! {
                {format_moment(n.at)}" · "<bdi>{n.coach}</bdi>": "
                <q dir="auto">{peek(&n.body)}</q>
            }
            .into_any(),
            "#notes-heading".into(),
            Key::HomeNowReadNote,
        )
    });
    view! {
        <section class="now" aria-labelledby="now-heading">
            <h2 id="now-heading">{t(Key::HomeNowHeading)}</h2>
            <ul class="now-list">
                {booking}
                {practice}
                {cv}
                {note}
            </ul>
        </section>
    }
}

#[component]
pub fn ParticipantHome() -> impl IntoView {
    let coach = Resource::new(|| (), |_| my_coach());
    let now = Resource::new(|| (), |_| my_now());
    let sections = [
        (Icon::Cv, Key::HomeCvTitle, Key::HomeCvText, "/cv"),
        (
            Icon::Strengths,
            Key::HomeStrengthsTitle,
            Key::HomeStrengthsText,
            "/strengths",
        ),
        (
            Icon::Languages,
            Key::HomeLanguagesTitle,
            Key::HomeLanguagesText,
            "/languages",
        ),
        (
            Icon::Goals,
            Key::HomeLanguageTitle,
            Key::HomeLanguageText,
            "/goals",
        ),
        (
            Icon::Bookings,
            Key::HomeBookingsTitle,
            Key::HomeBookingsText,
            "/bookings",
        ),
        (
            Icon::Sharing,
            Key::SharingTitle,
            Key::HomeSharingText,
            "/sharing",
        ),
    ];
    view! {
        <RequireRole roles=&[Role::Participant]>
            <Page title=Key::HomeTitle>
                {use_auth().user.map(|u| view! {
                    <p class="lead">{tf(Key::HomeGreeting, &[("name", &u.display_name)])}</p>
                })}
                <crate::booking::Notices back="/home"/>
                <Suspense>
                    {move || Suspend::new(async move {
                        now.await.ok().map(|now| view! { <NowSection now/> })
                    })}
                </Suspense>
                <Suspense>
                    {move || Suspend::new(async move {
                        coach.await.ok().flatten().map(|name| view! {
                            <p>{t(Key::HomeYourCoach)}" "<bdi class="person-name">{name}</bdi></p>
                        })
                    })}
                </Suspense>
                <ul class="cards">
                    {sections.into_iter().map(|(which, title, text, href)| view! {
                        <li class="card">
                            <h2 class="card-title">
                                <a href=href>{icon(which)}<span>{t(title)}</span></a>
                            </h2>
                            <p>{t(text)}</p>
                            <p><a class="button" href=href>{t(Key::HomeOpenLink)}
                                <span class="visually-hidden">": "{t(title)}</span></a></p>
                        </li>
                    }).collect_view()}
                </ul>
                <p><a href="/access-log">{t(Key::AccessLogTitle)}</a></p>
                <Suspense>
                    {move || Suspend::new(async move {
                        now.await.ok().map(|now| now.notes).filter(|n| !n.is_empty()).map(|notes| view! {
                            <section aria-labelledby="notes-heading">
                                <h2 id="notes-heading">{t(Key::HomeNotesHeading)}</h2>
                                <crate::notes::NoteList notes/>
                            </section>
                        })
                    })}
                </Suspense>
            </Page>
        </RequireRole>
    }
}
