//! Booking: the screens: what people see and the forms they send.
use super::*;

mod agenda;
pub use agenda::*;
mod book;
pub use book::*;
mod book_day;
pub use book_day::*;
mod booking;
pub use booking::*;
mod cancel_booking;
pub use cancel_booking::*;
mod coach_move;
pub use coach_move::*;
mod hours;
pub use hours::*;
mod my_bookings;
pub use my_bookings::*;

/// The bookings on the coach's participant page.
#[component]
pub fn ParticipantBookings(person: crate::ids::UserId) -> impl IntoView {
    let bookings = Resource::new(move || person, participant_bookings);
    view! {
        <section aria-labelledby="bookings-heading">
            <h2 id="bookings-heading">{t(Key::HomeBookingsTitle)}</h2>
            <BookingList bookings show_participant=true empty=Key::AgendaEmpty/>
        </section>
    }
}

pub(super) fn booking_card(b: &BookingView, show_participant: bool) -> impl IntoView {
    let who = if show_participant {
        b.participant.clone()
    } else {
        b.coach.clone()
    };
    let help = HELP_TOPICS
        .iter()
        .find(|(code, _)| *code == b.help)
        .map(|(_, key)| t(*key));
    let needs = needs_text(&b.needs)
        .into_iter()
        .map(t)
        .collect::<Vec<_>>()
        .join(&format!("{} ", t(Key::ListSeparator)));
    // A cancelled booking says so first, in its heading, and is drawn faded and struck
    // through, so that it never reads as a live one at a glance.
    let heading = if b.active {
        view! { <a href=format!("/bookings/{}", b.id)>{when_text(&b.when)}</a> }.into_any()
    } else {
        view! {
            <a href=format!("/bookings/{}", b.id)>
                <span class="cancelled-word">{t(Key::BookingCancelled)}": "</span>
                <s>{when_text(&b.when)}</s>
            </a>
        }
        .into_any()
    };
    view! {
        <li class="card" class:cancelled=!b.active>
            <h2>{heading}</h2>
            {b.workshop.clone().map(|title| view! { <p dir="auto">{tf(Key::BookingWorkshop, &[("title", &title)])}</p> })}
            <p><bdi>{who}</bdi></p>
            {(!b.place.is_empty()).then(|| view! { <p dir="auto">{b.place.clone()}</p> })}
            {help.map(|h| view! { <p>{tf(Key::BookingHelp, &[("topic", h)])}</p> })}
            {(!b.interpreter.is_empty()).then(|| view! { <p dir="auto">{tf(Key::BookingInterpreter, &[("language", &b.interpreter)])}</p> })}
            {(!needs.is_empty()).then(|| view! { <p>{tf(Key::BookingNeeds, &[("needs", &needs)])}</p> })}
            {(!b.cancel_reason.is_empty()).then(|| view! {
                <p dir="auto">{tf(Key::CancelledByCoach, &[("reason", &b.cancel_reason)])}</p>
            })}
            {b.attendance.map(|a| view! { <p>{tf(Key::BookingAttendance, &[("value", t(a.label()))])}</p> })}
        </li>
    }
}

/// A page about one booking, for whoever may see it; anyone else gets "not found".
pub(super) fn booking_page(show: fn(BookingView) -> AnyView) -> impl IntoView {
    crate::ui::record_page(&[Role::Participant, Role::Coach], fetch_booking, show)
}
