//! Participant: the screens: what people see and the forms they send.
use super::*;

/// One line of "Just nu": a picture, what it is, the detail, the way there.
pub(super) fn now_item(
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
pub(super) fn NowSection(now: Now) -> impl IntoView {
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
    let offer = now.offers.into_iter().next().map(|(id, title, employer)| {
        now_item(
            Icon::Jobs,
            Key::HomeNowOffer,
            view! { <bdi>{title}</bdi>" · "<bdi>{employer}</bdi> }.into_any(),
            format!("/jobs/{id}"),
            Key::HomeNowAnswerOffer,
        )
    });
    view! {
        <section class="now" aria-labelledby="now-heading">
            <h2 id="now-heading">{t(Key::HomeNowHeading)}</h2>
            <ul class="now-list">
                {offer}
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
            Icon::Applications,
            Key::ApplicationsTitle,
            Key::HomeApplicationsText,
            "/applications",
        ),
        (
            Icon::Bookings,
            Key::HomeBookingsTitle,
            Key::HomeBookingsText,
            "/bookings",
        ),
        (Icon::Jobs, Key::MyOffersTitle, Key::HomeJobsText, "/jobs"),
        (
            Icon::Jobs,
            Key::MyTimelineTitle,
            Key::HomeTimelineText,
            "/timeline",
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
                <crate::rights::AccountNewsPanel/>
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
                <ul class="links">
                    <li><a href="/access-log">{t(Key::AccessLogTitle)}</a></li>
                    <li><a href="/my-data">{t(Key::MyDataTitle)}</a></li>
                </ul>
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
