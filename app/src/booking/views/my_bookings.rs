//! Booking: the `my_bookings` screen.
use super::*;

/// Bookings as cards, or `empty` said in words.
#[component]
pub(crate) fn BookingList(
    bookings: Resource<Result<Vec<BookingView>, AppError>>,
    /// Whose name each card shows: the participant's (for the coach) or the coach's.
    show_participant: bool,
    empty: Key,
) -> impl IntoView {
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match bookings.await {
                    Ok(list) if list.is_empty() => view! { <p>{t(empty)}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="cards">{list.iter().map(|b| booking_card(b, show_participant)).collect_view()}</ul>
                    }.into_any(),
                    Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `/bookings`: "Mina bokningar".
#[component]
pub fn MyBookingsPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let bookings = Resource::new(|| (), |_| my_bookings());
                view! {
                    <Page title=Key::MyBookingsTitle back="/home">
                        {status_panel(query_flag("cancelled"), Key::BookingCancelledDone)}
                        <BookingList bookings show_participant=false empty=Key::MyBookingsEmpty/>
                        <p><a class="button" href="/book">{t(Key::BookTitle)}</a></p>
                        <p><a href="/reminders">{t(Key::RemindersLink)}</a></p>
                    </Page>
                }
            }
        </RequireRole>
    }
}
