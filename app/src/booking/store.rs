//! Storing bookings: the trait every engine implements, its records and outcomes.
//! The SQL is in `server/src/store/booking.rs`; the contract every implementation keeps is in
//! `server/tests/it/store/booking.rs`.
use crate::booking::{Attendance, BookingRules, ExtraRange};
use crate::ids::{BookingId, GroupId, UserId};
use crate::ssr::store::StoreError;
use async_trait::async_trait;

/// A booking as stored, with both people's names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookingRecord {
    pub id: BookingId,
    pub coach_id: UserId,
    pub coach_name: String,
    pub participant_id: UserId,
    pub participant_name: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub active: bool,
    pub help: String,
    pub interpreter: String,
    /// Raised by every change a calendar file must carry.
    pub sequence: i64,
    pub attendance: Option<Attendance>,
    /// Why the coach cancelled it (empty when the participant did, or it is active).
    pub cancel_reason: String,
    /// The workshop this is a seat of.
    pub group: Option<GroupSeat>,
    /// Arrangements asked for (codes, comma-separated).
    pub needs: String,
    /// When it was cancelled, and by whom.
    pub cancelled_at: Option<i64>,
    pub cancelled_by: Option<UserId>,
    /// When it was last moved, by whom, and where it started before.
    pub moved_at: Option<i64>,
    pub moved_by: Option<UserId>,
    pub moved_from: Option<i64>,
}

/// The workshop a booking is a seat of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupSeat {
    pub id: GroupId,
    pub title: String,
    pub place: String,
}

/// A booking about to be made.
#[derive(Clone, Debug)]
pub struct NewBooking {
    pub coach: UserId,
    pub participant: UserId,
    pub starts_at: i64,
    pub ends_at: i64,
    pub help: String,
    pub interpreter: String,
    pub needs: String,
    /// The form's key: the same key again returns the booking it made.
    pub key: String,
    /// Kept free around every booking of the coach, in seconds.
    pub buffer: i64,
    /// The most future bookings a participant may hold.
    pub max_future: usize,
}

/// What became of a move.
/// A caseload person's meetings with their coach, as the caseload shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MeetingsWith {
    pub participant: UserId,
    /// When the latest meeting they came to began (ended before now, attendance recorded).
    pub last_attended: Option<i64>,
    /// Their next active booking with the coach that begins after now: (starts, ends).
    pub next: Option<(i64, i64)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveOutcome {
    Moved,
    /// The new time is someone else's: the booking stays where it was.
    Taken,
    /// Not an active booking of this participant.
    NotActive,
}

/// What became of a booking request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BookOutcome {
    Booked(BookingId),
    /// This form was sent before: the booking it made.
    AlreadyBooked(BookingId),
    /// Someone else has the time (or it clashes with a booking).
    Taken,
    /// The participant holds as many future bookings as allowed.
    TooMany,
}

/// Guidance appointments: a coach's hours and rules, and bookings.
#[async_trait]
pub trait BookingStore: Send + Sync {
    async fn booking_rules(&self, coach: UserId) -> Result<Option<BookingRules>, StoreError>;

    /// Replaces the coach's rules and weekly hours in one transaction. Bookings already
    /// made are kept whatever the new hours say.
    async fn save_booking_rules(
        &self,
        coach: UserId,
        rules: &BookingRules,
    ) -> Result<(), StoreError>;

    /// The times taken in the coach's calendar (active bookings) that end after `from` and
    /// start before `to`: only what free times need, without names.
    async fn busy_times(
        &self,
        coach: UserId,
        from: i64,
        to: i64,
    ) -> Result<Vec<(i64, i64)>, StoreError>;

    /// Adds (`add`) or removes extra hours on one day of the coach's calendar.
    async fn set_extra_hours(
        &self,
        coach: UserId,
        range: &ExtraRange,
        add: bool,
    ) -> Result<(), StoreError>;

    /// Closes (`closed`) or opens again one day (`YYYY-MM-DD`) of the coach's calendar.
    async fn set_closed_day(
        &self,
        coach: UserId,
        day: &str,
        closed: bool,
    ) -> Result<(), StoreError>;

    /// The coach's active bookings that end after `from` and begin before `to`, soonest
    /// first.
    async fn coach_bookings(
        &self,
        coach: UserId,
        from: i64,
        to: i64,
    ) -> Result<Vec<BookingRecord>, StoreError>;

    /// The participant's bookings (active and cancelled) that end after `from`, soonest
    /// first.
    async fn participant_bookings(
        &self,
        participant: UserId,
        from: i64,
    ) -> Result<Vec<BookingRecord>, StoreError>;

    /// For every participant whose coach `coach` is and who has an active booking with
    /// them: the latest meeting they came to and the next one (seats in the coach's
    /// workshops count too). Bounded by the coach's own bookings, never the organisation's.
    async fn caseload_meetings(
        &self,
        coach: UserId,
        now: i64,
    ) -> Result<Vec<MeetingsWith>, StoreError>;

    async fn find_booking(&self, id: BookingId) -> Result<Option<BookingRecord>, StoreError>;

    /// Bookings with `coach` that someone other than the coach cancelled after `since`,
    /// newest first: what the coach has not been told yet.
    async fn cancelled_since(
        &self,
        coach: UserId,
        since: i64,
    ) -> Result<Vec<BookingRecord>, StoreError>;

    /// Up to when `user` has seen what others changed in their bookings.
    async fn notices_seen(&self, user: UserId) -> Result<i64, StoreError>;

    /// Records that `user` has seen everything up to `at` (never moves back).
    async fn see_notices(&self, user: UserId, at: i64) -> Result<(), StoreError>;

    /// Books a time in one write transaction: the key seen before returns its booking; a
    /// participant at the limit, or a time that clashes with an active booking of the
    /// coach (buffer included), is refused; the database's unique index settles any race.
    async fn book(&self, booking: NewBooking, now: i64) -> Result<BookOutcome, StoreError>;

    /// Moves an active booking of `participant` to another time in one write transaction
    /// (same booking, so the calendar file keeps its UID; its sequence rises), noting who
    /// moved it (`by`: the participant or their coach), when, and from where. The old time
    /// is kept when the new one is taken.
    #[allow(clippy::too_many_arguments)]
    async fn move_booking(
        &self,
        id: BookingId,
        participant: UserId,
        starts_at: i64,
        ends_at: i64,
        buffer: i64,
        by: UserId,
        now: i64,
    ) -> Result<MoveOutcome, StoreError>;

    /// Records whether the participant came (`None` clears it): only for an active booking
    /// that has begun by `now`; `false` otherwise.
    async fn record_attendance(
        &self,
        id: BookingId,
        coach: UserId,
        attendance: Option<Attendance>,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Cancels an active booking, with the reason (a coach's) the participant is shown;
    /// `false` when it was not active.
    async fn cancel_booking(
        &self,
        id: BookingId,
        by: UserId,
        reason: &str,
        now: i64,
    ) -> Result<bool, StoreError>;
}
