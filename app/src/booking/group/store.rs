//! Storing workshops and drop-in: the trait every engine implements, its records and outcomes.
//! The SQL is in `server/src/store/group.rs`; the contract every implementation keeps is in
//! `server/tests/it/store/group.rs`.
use crate::booking::group::GroupKind;
use crate::booking::store::BookingRecord;
use crate::ids::{BookingId, GroupId, UserId};
use crate::ssr::store::StoreError;
use async_trait::async_trait;

/// A workshop or drop-in window as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupRecord {
    pub id: GroupId,
    pub coach_id: UserId,
    pub kind: GroupKind,
    pub title: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub place: String,
    /// A workshop's seats (`None` for drop-in).
    pub seats: Option<u32>,
    /// Seats booked now.
    pub taken: u32,
    /// People waiting in the drop-in queue now.
    pub waiting: u32,
    pub cancelled: bool,
    pub cancel_reason: String,
}

/// A workshop or drop-in window about to be published.
#[derive(Clone, Debug)]
pub struct NewGroup {
    pub coach: UserId,
    pub kind: GroupKind,
    pub title: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub place: String,
    pub seats: Option<u32>,
    /// Kept free around the coach's individual bookings, in seconds.
    pub buffer: i64,
}

/// What became of publishing a workshop or drop-in window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreateGroupOutcome {
    Created(GroupId),
    /// The coach has a booking or another workshop or drop-in then.
    Clashes,
}

/// A seat about to be booked.
#[derive(Clone, Debug)]
pub struct NewSeat {
    pub group: GroupId,
    pub participant: UserId,
    pub interpreter: String,
    pub needs: String,
    pub key: String,
    pub max_future: usize,
}

/// What became of a seat request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeatOutcome {
    Booked(BookingId),
    /// The participant already has a seat (this form sent again, or an earlier one).
    AlreadyBooked(BookingId),
    /// Every seat is taken.
    Full,
    /// The participant holds as many future bookings as allowed.
    TooMany,
    /// Cancelled, started or not a workshop.
    Closed,
}

/// Where a participant is in a drop-in queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueuePlace {
    NotInQueue,
    /// Waiting, with this many in front of them plus one (1: next).
    Waiting(u32),
    /// The coach has called them.
    Called,
    /// Their turn is over (the coach called the next person).
    Done,
}

/// One person in a drop-in queue, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueueRecord {
    pub participant_id: UserId,
    pub participant_name: String,
    pub joined_at: i64,
    pub called: bool,
}

/// Group workshops (seats booked like meetings) and drop-in hours (a live queue).
#[async_trait]
pub trait GroupStore: Send + Sync {
    /// Publishes a workshop or drop-in window in one write transaction, unless the coach
    /// has an active booking (buffer included) or another workshop or drop-in then.
    async fn create_group(
        &self,
        group: NewGroup,
        now: i64,
    ) -> Result<CreateGroupOutcome, StoreError>;

    /// The coach's workshops and drop-in windows that end after `from`, cancelled ones
    /// included, soonest first.
    async fn coach_groups(&self, coach: UserId, from: i64) -> Result<Vec<GroupRecord>, StoreError>;

    async fn find_group(&self, id: GroupId) -> Result<Option<GroupRecord>, StoreError>;

    /// Cancels a workshop or drop-in window of `coach` that has not begun (a drop-in: not
    /// ended) at `now`, with a reason: its seats are cancelled with that reason and its
    /// queue emptied, in one transaction. `false` when it was not the coach's, was already
    /// cancelled, or is past.
    async fn cancel_group(
        &self,
        id: GroupId,
        coach: UserId,
        reason: &str,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Books a seat in one write transaction; the seat count is a checked column kept by
    /// triggers, so no more seats than the workshop has are ever booked.
    async fn book_seat(&self, seat: NewSeat, now: i64) -> Result<SeatOutcome, StoreError>;

    /// The active seats of a workshop, in the order they were booked.
    async fn group_seats(&self, id: GroupId) -> Result<Vec<BookingRecord>, StoreError>;

    /// Puts the participant at the end of the queue of a drop-in window that is not
    /// cancelled and has not ended at `now`; `false` when already in it or it is closed.
    async fn join_queue(
        &self,
        id: GroupId,
        participant: UserId,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Takes the participant out of the queue; `false` when not in it.
    async fn leave_queue(
        &self,
        id: GroupId,
        participant: UserId,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// The people called and waiting, the called one first, then in order of joining.
    async fn queue(&self, id: GroupId) -> Result<Vec<QueueRecord>, StoreError>;

    async fn queue_place(&self, id: GroupId, participant: UserId)
        -> Result<QueuePlace, StoreError>;

    /// Ends the turn of whoever was called and calls the first person waiting, in one
    /// transaction, but only if the one called now is `current` (the coach's page was not
    /// out of date: a double tap never skips anyone). Who is called afterwards.
    async fn call_next(
        &self,
        id: GroupId,
        current: Option<UserId>,
        now: i64,
    ) -> Result<Option<UserId>, StoreError>;
}
