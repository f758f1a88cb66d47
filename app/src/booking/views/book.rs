//! Booking: the `book` screen.
use super::*;

/// `/book`: the days with free times.
#[component]
pub fn BookPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let days = Resource::new(|| (), |_| free_days());
                let moving = moving_param();
                view! {
                    <Page title=Key::BookTitle back="/home">
                        {crate::ui::loaded(days, move |days| view! { <DayList days moving/> }.into_any())}
                        <p><a href="/bookings">{t(Key::MyBookingsTitle)}</a></p>
                    </Page>
                }
            }
        </RequireRole>
    }
}

/// The first screen of "Boka vägledning" when the coach offers more than meetings: which
/// kind of guidance.
pub(crate) fn kind_choice(days: &DayChoice) -> impl IntoView {
    let meetings = days.days.iter().map(|(_, _, n)| n).sum::<usize>();
    view! {
        <p>{t(Key::BookChooseKind)}</p>
        <ul class="choices">
            <li><a class="choice" href="/book?type=meeting">
                <span>{t(Key::KindMeeting)}</span>
                <span class="hint">{tp(Key::FreeTimesCount, "count", meetings as u64, &[])}</span>
            </a></li>
            <li><a class="choice" href="/workshops">
                <span>{t(Key::GroupWorkshop)}</span>
                <span class="hint">{t(Key::KindWorkshopHint)}</span>
                <span class="hint">{tp(Key::WorkshopsCount, "count", days.workshops as u64, &[])}</span>
            </a></li>
            <li><a class="choice" href="/dropin">
                <span>{t(Key::GroupDropIn)}</span>
                <span class="hint">{t(Key::KindDropInHint)}</span>
            </a></li>
        </ul>
    }
}

#[component]
pub(crate) fn DayList(days: DayChoice, moving: Option<BookingId>) -> impl IntoView {
    let offers_more = days.workshops > 0 || days.dropins > 0;
    if moving.is_none() && offers_more && !query_flag("type") {
        return kind_choice(&days).into_any();
    }
    let Some(coach) = days.coach else {
        return view! { <p>{t(Key::BookNoTimes)}</p> }.into_any();
    };
    let suffix = moving.map(|id| format!("?move={id}")).unwrap_or_default();
    if moving.is_none() && days.held >= MAX_FUTURE_BOOKINGS {
        return view! {
            <p>{tp(Key::BookAtLimit, "count", MAX_FUTURE_BOOKINGS as u64, &[])}</p>
        }
        .into_any();
    }
    if days.days.is_empty() {
        return view! { <p>{t(Key::BookNoTimes)}</p> }.into_any();
    }
    view! {
        {moving.is_some().then(|| view! { <p>{t(Key::MovingHint)}</p> })}
        <p dir="auto">{tf(Key::BookChooseDay, &[("coach", &coach)])}</p>
        <ul class="choices">
            {days.days.into_iter().map(|(key, day, n)| view! {
                <li><a class="choice" href=format!("/book/{key}{suffix}")>
                    <span>{format_day(day)}</span>
                    <span class="hint">{tp(Key::FreeTimesCount, "count", n as u64, &[])}</span>
                </a></li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}
