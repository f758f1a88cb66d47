//! Booking: the `agenda` screen.
use super::*;

/// The notices, with the button that says they were seen; nothing when there are none.
#[component]
pub fn Notices(back: &'static str) -> impl IntoView {
    let action = form_action::<SeenNotices>();
    let coach = crate::auth::use_auth()
        .user
        .is_some_and(|u| u.role == Role::Coach);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let list = notices().await.unwrap_or_default();
                if list.is_empty() {
                    return ().into_any();
                }
                let heading = if coach { Key::NoticesCoachHeading } else { Key::NoticesHeading };
                let upto = list.iter().map(|n| n.at).max().unwrap_or_default();
                view! {
                    <section class="panel notices" aria-labelledby="notices-heading">
                        <h2 id="notices-heading">{t(heading)}</h2>
                        <ul class="log">
                            {list.into_iter().map(|n| {
                                let when = when_text(&n.when);
                                let line = match (coach, &n.workshop) {
                                    (_, _) if n.moved_from.is_some() => tf(
                                        if coach { Key::NoticeParticipantMoved } else { Key::NoticeCoachMoved },
                                        &[
                                            ("name", &n.by),
                                            ("from", &n.moved_from.as_ref().map(when_text).unwrap_or_default()),
                                            ("when", &when),
                                        ],
                                    ),
                                    (true, _) => tf(Key::NoticeParticipantCancelled, &[("name", &n.by), ("when", &when)]),
                                    (false, Some(title)) => tf(Key::NoticeWorkshopCancelled, &[("title", title), ("when", &when)]),
                                    (false, None) => tf(Key::NoticeCoachCancelled, &[("name", &n.by), ("when", &when)]),
                                };
                                view! {
                                    <li>
                                        <a href=format!("/bookings/{}", n.booking) dir="auto">{line}</a>
                                        {(!n.reason.is_empty()).then(|| view! {
                                            <p dir="auto">{tf(Key::CancelledByCoach, &[("reason", &n.reason)])}</p>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <ActionForm action=action attr:class="form">
                            <input type="hidden" name="back" value=back/>
                            <input type="hidden" name="upto" value=upto/>
                            <Submit label=Key::NoticesSeen/>
                        </ActionForm>
                    </section>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// `/coach/agenda`: the coach's day or week (`?view=day`, `?day=YYYY-MM-DD`).
#[component]
pub fn AgendaPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            {
                let query = use_query_map().read_untracked().clone();
                let (day, view) = (query.get("day"), query.get("view"));
                let agenda = Resource::new(move || (day.clone(), view.clone()), |(d, v)| agenda(d, v));
                view! {
                    <Page title=Key::AgendaTitle back="/coach">
                        {status_panel(query_flag("cancelled"), Key::BookingCancelledDone)}
                        <p><a href="/coach/hours">{t(Key::HoursTitle)}</a>" · "<a href="/coach/groups">{t(Key::GroupsTitle)}</a>" · "<a href="/coach/calendar-feed">{t(Key::FeedTitle)}</a></p>
                        <Notices back="/coach/agenda"/>
                        {crate::ui::loaded(agenda, move |a| view! { <AgendaDays a/> }.into_any())}
                    </Page>
                }
            }
        </RequireRole>
    }
}

#[component]
pub(crate) fn AgendaDays(a: AgendaView) -> impl IntoView {
    let view_name = if a.week { "week" } else { "day" };
    let first = a.asked.clone();
    let (previous, next) = (
        format!("/coach/agenda?view={view_name}&day={}", a.previous),
        format!("/coach/agenda?view={view_name}&day={}", a.next),
    );
    let (prev_key, next_key) = if a.week {
        (Key::AgendaPreviousWeek, Key::AgendaNextWeek)
    } else {
        (Key::AgendaPreviousDay, Key::AgendaNextDay)
    };
    let current = |week: bool| (week == a.week).then_some("page");
    let empty = a.days.is_empty();
    let days = a
        .days
        .into_iter()
        .map(|d| {
            let nothing = d.bookings.is_empty() && d.groups.is_empty();
            view! {
                <section class="agenda-day">
                    <h2>{format_day(d.day)}</h2>
                    {nothing.then(|| view! { <p>{t(Key::AgendaDayEmpty)}</p> })}
                    {(!d.groups.is_empty()).then(|| view! {
                        <ul class="cards">
                            {d.groups.into_iter().map(|g| view! {
                                <li class="card">
                                    <h3><a href=format!("/coach/groups/{}", g.id)>{format!("\u{2066}{}–{}\u{2069}", g.when.start, g.when.end)}" "<bdi>{g.name()}</bdi></a></h3>
                                    <p>{t(g.kind.label())}</p>
                                    {group::group_facts(&g)}
                                </li>
                            }).collect_view()}
                        </ul>
                    })}
                    {(!d.bookings.is_empty()).then(|| view! {
                        <ul class="cards">{d.bookings.iter().map(|b| booking_card(b, true)).collect_view()}</ul>
                    })}
                </section>
            }
        })
        .collect_view();
    view! {
        <nav class="agenda-nav" aria-label=t(Key::AgendaNavLabel)>
            <ul class="tabs">
                <li><a href=format!("/coach/agenda?view=day&day={first}") aria-current=current(false)>{t(Key::AgendaDay)}</a></li>
                <li><a href=format!("/coach/agenda?view=week&day={first}") aria-current=current(true)>{t(Key::AgendaWeek)}</a></li>
            </ul>
            <p class="lead">{if a.week {
                tf(
                    Key::AgendaWeekNumber,
                    &[
                        ("week", &a.week_number.unwrap_or_default().to_string()),
                        ("day", &format_day(a.first)),
                    ],
                )
            } else {
                format_day(a.first)
            }}</p>
            <ul class="pager">
                <li><a class="button secondary" href=previous>{t(prev_key)}</a></li>
                <li><a class="button secondary" href=format!("/coach/agenda?view={view_name}&day={}", a.today)>{t(Key::AgendaToday)}</a></li>
                <li><a class="button secondary" href=next>{t(next_key)}</a></li>
            </ul>
        </nav>
        {empty.then(|| view! { <p>{t(Key::AgendaEmpty)}</p> })}
        {days}
    }
}
