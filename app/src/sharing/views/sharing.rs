//! Sharing: the `sharing` screen.
use super::*;

/// `/sharing`: every part on its own line, what it holds, whether the coach sees it, and
/// the way to change each and to stop everything.
#[component]
pub fn SharingPage() -> impl IntoView {
    with_sharing((), |sharing, ()| {
        view! { <SharingOverview sharing/> }.into_any()
    })
}

#[component]
pub(crate) fn SharingOverview(sharing: Sharing) -> impl IntoView {
    let Some(coach) = sharing.coach.clone() else {
        return view! { <NoCoach/> }.into_any();
    };
    let saved = use_query_map()
        .read_untracked()
        .get("saved")
        .is_some_and(|v| !v.is_empty());
    let any_shared = sharing.parts.iter().any(|p| p.shared);
    let parts = SharedPart::ALL
        .into_iter()
        .map(|part| {
            let share = sharing.part(part);
            let now = if part == SharedPart::Cv {
                what_coach_sees(&sharing, &coach)
            } else {
                part_sentence(&share, &coach)
            };
            let state = if share.shared {
                Key::SharePartStateShared
            } else {
                Key::SharePartStateNotShared
            };
            view! {
                <li class="card" id=part.code()>
                    <h2>{t(part.name())}" "<span class="tag">{t(state)}</span></h2>
                    <p>{t(part.contents())}</p>
                    <p class="sharing-now" dir="auto">{now}</p>
                    {share.ended.map(|day| view! {
                        <p>{tf(Key::SharingEnded, &[("day", &format_day(day))])}</p>
                    })}
                    <p><a class="button secondary" href=format!("/share/{}", part.code())>
                        {t(Key::SharePartChange)}<span class="visually-hidden">": "{t(part.name())}</span>
                    </a></p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::SharingTitle back="/home">
            {saved.then(|| view! {
                <div class="panel" role="status"><p>{t(Key::SharingSaved)}</p></div>
            })}
            <p>{t(Key::SharingWhy)}</p>
            <ul class="cards sharing-parts">{parts}</ul>
            <h2>{t(Key::SharingAlwaysHeading)}</h2>
            <ul>
                <li>{t(Key::SharingAlwaysAccount)}</li>
                <li>{t(Key::SharingAlwaysNotes)}</li>
                <li>{t(Key::SharingAlwaysBookings)}</li>
                <li>{t(Key::SharingAlwaysArrangements)}</li>
            </ul>
            <h2>{t(Key::SharingNeverHeading)}</h2>
            <ul>
                <li>{t(Key::SharingNeverPassword)}</li>
                <li>{t(Key::SharingNeverUnshared)}</li>
                <li>{t(Key::SharingNeverHealth)}</li>
            </ul>
            <p>{t(Key::SharingLogged)}" "<a href="/access-log">{t(Key::AccessLogTitle)}</a></p>
            {any_shared.then(|| view! {
                <p><a class="button warning" href="/sharing/stop">{t(Key::SharingStopLink)}</a></p>
            })}
            <p><a href="/sharing/history">{t(Key::ConsentHistoryTitle)}</a></p>
        </Page>
    }
    .into_any()
}
