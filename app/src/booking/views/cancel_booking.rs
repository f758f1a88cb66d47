//! Booking: the `cancel_booking` screen.
use super::*;

/// `/bookings/:id/cancel`: asks before a booking is cancelled.
#[component]
pub fn CancelBookingPage() -> impl IntoView {
    booking_page(|b| view! { <CancelQuestion b/> }.into_any())
}

#[component]
pub(crate) fn CancelQuestion(b: BookingView) -> impl IntoView {
    let (action, error) = form::<CancelBooking>();
    let coach_view = crate::auth::use_auth()
        .user
        .is_some_and(|u| u.role == Role::Coach);
    view! {
        <Page title=Key::CancelBookingTitle error=error>
            <ErrorSummary error=error/>
            <p>{tf(Key::CancelBookingQuestion, &[("when", &when_text(&b.when))])}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=b.id.get()/>
                {coach_view.then(|| view! {
                    <TextField name="reason" label=Key::CancelReasonLabel hint=Key::CancelReasonHint error=error/>
                })}
                <Submit label=Key::CancelBookingButton warning=true/>
            </ActionForm>
            <p><a href=format!("/bookings/{}", b.id) class="button secondary">{t(Key::CancelLink)}</a></p>
        </Page>
    }
}
