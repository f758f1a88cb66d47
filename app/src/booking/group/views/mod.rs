//! Group: the screens: what people see and the forms they send.
use super::*;

mod cancel_group;
pub use cancel_group::*;
mod drop_in;
pub use drop_in::*;
mod group;
pub use group::*;
mod groups;
pub use groups::*;
mod new_group;
pub use new_group::*;
mod workshop;
pub use workshop::*;
mod workshops;
pub use workshops::*;

/// "3 av 5 platser bokade" or "2 väntar i kön", and "Inställd" with the reason.
pub(crate) fn group_facts(g: &GroupView) -> impl IntoView {
    let count = match g.seats {
        Some(seats) => tp(
            Key::SeatsBooked,
            "count",
            u64::from(g.taken),
            &[("seats", &seats.to_string())],
        ),
        None => tp(Key::QueueWaiting, "count", u64::from(g.waiting), &[]),
    };
    view! {
        {(!g.place.is_empty()).then(|| view! { <p dir="auto">{tf(Key::BookPlace, &[("place", &g.place)])}</p> })}
        {if g.cancelled {
            view! {
                <p class="tag">{t(Key::GroupCancelled)}</p>
                <p dir="auto">{tf(Key::GroupCancelledReason, &[("reason", &g.cancel_reason)])}</p>
            }.into_any()
        } else {
            view! { <p>{count}</p> }.into_any()
        }}
    }
}
