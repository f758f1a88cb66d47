//! Booking: the `booking` screen.
use super::*;

/// `/bookings/:id`: the booking, the confirmation after booking, and the way to cancel.
#[component]
pub fn BookingPage() -> impl IntoView {
    booking_page(|b| {
        let coach_view = crate::auth::use_auth()
            .user
            .is_some_and(|u| u.role == Role::Coach);
        let back = if coach_view {
            "/coach/agenda"
        } else {
            "/bookings"
        };
        let booked = query_flag("booked");
        let status = [
            ("booked", Key::BookedText),
            ("moved", Key::MovedText),
            ("recorded", Key::AttendanceSaved),
        ]
        .into_iter()
        .find(|(flag, _)| query_flag(flag))
        .map(|(_, key)| key);
        let cancel = if !b.active {
            view! { <p>{t(Key::BookingCancelled)}</p> }.into_any()
        } else if coach_view {
            view! {
                {if b.started {
                    view! { <AttendanceForm b=b.clone()/> }.into_any()
                } else {
                    view! {
                        <p class="hint">{t(Key::AttendanceLater)}</p>
                        {b.workshop.is_none().then(|| view! {
                            <p><a class="button secondary" href=format!("/bookings/{}/move", b.id)>{t(Key::CoachMoveLink)}</a></p>
                        })}
                    }.into_any()
                }}
                <p><a class="button warning" href=format!("/bookings/{}/cancel", b.id)>{t(Key::CancelBookingLink)}</a></p>
            }
            .into_any()
        } else if b.can_cancel {
            view! {
                {b.workshop.is_none().then(|| view! {
                    <p><a class="button secondary" href=format!("/book?move={}", b.id)>{t(Key::MoveBookingLink)}</a></p>
                })}
                <p><a class="button warning" href=format!("/bookings/{}/cancel", b.id)>{t(Key::CancelBookingLink)}</a></p>
            }
            .into_any()
        } else {
            view! { <p>{t(Key::PastCutoffText)}</p> }.into_any()
        };
        view! {
            <Page title=if booked { Key::BookedTitle } else { Key::BookingTitle } back=back>
                {status.map(|key| view! {
                    <div class="panel" role="status"><p>{t(key)}</p></div>
                })}
                <ul class="cards">{booking_card(&b, coach_view)}</ul>
                // A file saved before a move or a cancellation still holds the old time:
                // the new one (METHOD:CANCEL for a cancelled booking) updates the phone's
                // calendar when it is opened.
                {if !b.active {
                    view! {
                        <div class="panel">
                            <p>{t(Key::CalendarCancelledText)}</p>
                            <p><a class="button secondary" href=format!("/bookings/{}/ics", b.id)>{t(Key::CalendarCancelledLink)}</a></p>
                        </div>
                    }.into_any()
                } else if b.moved {
                    view! {
                        <div class="panel">
                            <p>{t(Key::CalendarMovedText)}</p>
                            <p><a class="button secondary" href=format!("/bookings/{}/ics", b.id)>{t(Key::CalendarMovedLink)}</a></p>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <p><a class="button secondary" href=format!("/bookings/{}/ics", b.id)>{t(Key::AddToCalendar)}</a></p>
                    }.into_any()
                }}
                {cancel}
            </Page>
        }
        .into_any()
    })
}

/// The coach records whether the participant came: never set by itself.
#[component]
pub(crate) fn AttendanceForm(b: BookingView) -> impl IntoView {
    let (action, error) = form::<RecordAttendance>();
    let current = b.attendance;
    view! {
        <ErrorSummary error=error/>
        <ActionForm action=action attr:class="form">
            <input type="hidden" name="id" value=b.id.get()/>
            <fieldset class="field">
                <legend>{t(Key::AttendanceLegend)}</legend>
                {Attendance::ALL.into_iter().enumerate().map(|(i, a)| {
                    let id = if i == 0 { "attendance".to_string() } else { format!("attendance-{}", a.code()) };
                    view! {
                        <div class="checkbox">
                            <input type="radio" id=id.clone() name="attendance" value=a.code() checked=current == Some(a)/>
                            <label for=id>{t(a.label())}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <Submit label=Key::AttendanceSave/>
        </ActionForm>
    }
}
