//! The persistence boundary. Server functions reach stored data only through these traits,
//! one per feature ([`AccountStore`], [`InvitationStore`], [`CvStore`], [`SharingStore`],
//! [`NoteStore`], [`BookingStore`], [`GroupStore`], [`GoalStore`]); [`Store`] is all of them. The SQLite implementation lives in the `server` crate, and a PostgreSQL one can be
//! added there without touching anything on this side: the contract tests in
//! `server/tests/it/store.rs` say what every implementation must do.
use crate::auth::Role;
pub use crate::booking::group::GroupKind;
pub use crate::booking::{BookingRules, ExtraRange, WeeklyRange};
pub use crate::goals::{GoalStatus, PauseReason};
pub use crate::ids::{BookingId, GoalId, GroupId, NoteId};
pub use crate::ids::{CvId, InvitationId, UserId};
pub use crate::sharing::{ConsentChange, ReadHow, SharedPart};
use async_trait::async_trait;

/// A failure of the storage layer itself. Never shown to people; logged and turned into
/// `AppError::Internal`.
#[derive(Debug)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

/// A store that fails is an internal error: logged, and said to people in no detail.
impl From<StoreError> for crate::error::AppError {
    fn from(error: StoreError) -> Self {
        super::internal(error)
    }
}

#[derive(Clone, Debug)]
pub struct UserRecord {
    pub id: UserId,
    /// `None` until the person has accepted their invitation.
    pub login: Option<String>,
    pub display_name: String,
    pub role: Role,
    pub password_hash: Option<String>,
    pub coach_id: Option<UserId>,
    /// Unix seconds of the last sign-in (or acceptance), shown to the person's coach.
    pub last_sign_in_at: Option<i64>,
    /// Sessions of another epoch have ended (a password reset moves it on).
    pub session_epoch: i64,
}

/// A person about to be invited: the account exists from the start so that a coach sees
/// them in the caseload while the invitation is still open.
#[derive(Clone, Debug)]
pub struct NewPerson {
    pub display_name: String,
    pub role: Role,
    pub coach_id: Option<UserId>,
    pub created_by: Option<UserId>,
}

/// The hashes of an invitation's secrets; the secrets themselves are never stored.
#[derive(Clone, Debug)]
pub struct NewInvitation {
    pub token_hash: String,
    pub code_hash: String,
    pub expires_at: i64,
}

pub use crate::invite::Purpose;

#[derive(Clone, Debug)]
pub struct InvitationRecord {
    pub id: InvitationId,
    pub user_id: UserId,
    pub display_name: String,
    pub role: Role,
    pub purpose: Purpose,
    /// The account's login, once it has one.
    pub login: Option<String>,
    pub expires_at: i64,
    /// Used, withdrawn, or no longer fitting the account (an invitation to an account
    /// that exists, a reset of one that does not).
    pub used: bool,
}

/// Why an invitation could not be accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AcceptRefusal {
    /// Unknown, expired, withdrawn or already used: the person is told the same for all.
    InvitationInvalid,
    LoginTaken,
}

#[derive(Clone, Debug)]
pub struct PersonSummary {
    pub id: UserId,
    pub display_name: String,
    pub active: bool,
}

/// A stored CV version. `document` is the JSON of `crate::cv::model::Cv`; this layer
/// does not look inside it.
#[derive(Clone, Debug)]
pub struct CvRecord {
    pub id: CvId,
    pub owner_id: UserId,
    pub is_main: bool,
    pub document: String,
    pub updated_at: i64,
    /// Bumped by every save; a save names the revision it started from.
    pub revision: i64,
}

/// What became of a CV save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CvUpdate {
    /// Stored; the CV's new revision.
    Saved(i64),
    /// Another save came first: read the newer document and apply the change again.
    Stale,
    /// No such CV of this owner.
    NotFound,
}

/// Everything the portal stores.
#[async_trait]
pub trait Store:
    AccountStore
    + InvitationStore
    + CvStore
    + SharingStore
    + NoteStore
    + BookingStore
    + GroupStore
    + GoalStore
    + ProfileStore
    + Send
    + Sync
    + 'static
{
    /// Checks that the database answers.
    async fn ping(&self) -> Result<(), StoreError>;
}

/// People and their accounts.
#[async_trait]
pub trait AccountStore: Send + Sync {
    async fn find_user(&self, id: UserId) -> Result<Option<UserRecord>, StoreError>;

    /// Looks a login up case-insensitively.
    async fn find_user_by_login(&self, login: &str) -> Result<Option<UserRecord>, StoreError>;

    /// Inserts or updates an account with a known login and password (demo data, the
    /// command line).
    async fn upsert_account(
        &self,
        person: NewPerson,
        login: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<UserId, StoreError>;

    async fn list_people(&self, role: Role) -> Result<Vec<PersonSummary>, StoreError>;

    async fn list_caseload(&self, coach: UserId) -> Result<Vec<PersonSummary>, StoreError>;

    /// Notes a sign-in, for the person's coach to see.
    async fn record_sign_in(&self, id: UserId, now: i64) -> Result<(), StoreError>;
}

/// Invitations: how an account gets its login and password.
#[async_trait]
pub trait InvitationStore: Send + Sync {
    /// Creates a pending account and its first invitation in one transaction.
    async fn create_invited_person(
        &self,
        person: NewPerson,
        invitation: NewInvitation,
        now: i64,
    ) -> Result<UserId, StoreError>;

    async fn find_invitation(
        &self,
        secret_hash: &str,
    ) -> Result<Option<InvitationRecord>, StoreError>;

    /// Sets the login and password of the invitation's account and uses the invitation up,
    /// atomically: of two concurrent acceptances exactly one succeeds. An invitation that
    /// has expired by `now` is refused.
    async fn accept_invitation(
        &self,
        secret_hash: &str,
        login: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Result<UserRecord, AcceptRefusal>, StoreError>;

    /// The newest invitation or reset of `person` that can still be used at `now`.
    async fn open_invitation_of(
        &self,
        person: UserId,
        now: i64,
    ) -> Result<Option<InvitationRecord>, StoreError>;

    /// A new invitation for a person who has not made their account yet; every earlier
    /// one stops working. `false` (and nothing changes) once the account exists.
    async fn reissue_invitation(
        &self,
        person: UserId,
        invitation: NewInvitation,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Takes back the invitation of a person who has not made their account yet: the
    /// pending account and its invitations are deleted. `false` once the account exists.
    async fn withdraw_invitation(&self, person: UserId) -> Result<bool, StoreError>;

    /// A one-time secret with which an existing account's owner chooses a new password;
    /// earlier open ones stop working. `false` when the account does not exist yet.
    async fn issue_reset(
        &self,
        person: UserId,
        reset: NewInvitation,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Withdraws the open password codes of `person` (they signed in with their password).
    async fn withdraw_password_codes(&self, person: UserId, now: i64) -> Result<(), StoreError>;

    /// Sets a new password with an open reset secret and uses the secret up; the account's
    /// session epoch moves on, so every session it had ends.
    async fn accept_reset(
        &self,
        secret_hash: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Result<UserRecord, AcceptRefusal>, StoreError>;

    /// When no administrator has signed up yet, withdraws any open start-up invitation and
    /// issues a new one; returns `false` (and changes nothing) once an admin exists.
    async fn reissue_first_admin_invitation(
        &self,
        display_name: &str,
        invitation: NewInvitation,
        now: i64,
    ) -> Result<bool, StoreError>;
}

/// CVs: each participant's versions, stored whole.
#[async_trait]
pub trait CvStore: Send + Sync {
    /// The owner's CVs, the main one first, then the most recently changed.
    async fn list_cvs(&self, owner: UserId) -> Result<Vec<CvRecord>, StoreError>;

    async fn find_cv(&self, id: CvId) -> Result<Option<CvRecord>, StoreError>;

    /// Adds a CV unless the owner already has `max`; the owner's first CV becomes the main
    /// one. Counting and inserting are one transaction. `None`: the limit was reached.
    async fn create_cv(
        &self,
        owner: UserId,
        document: &str,
        now: i64,
        max: usize,
    ) -> Result<Option<CvId>, StoreError>;

    /// Replaces a CV's document if it is still at `revision` (compare-and-set).
    async fn update_cv(
        &self,
        id: CvId,
        owner: UserId,
        revision: i64,
        document: &str,
        now: i64,
    ) -> Result<CvUpdate, StoreError>;

    /// Makes `id` the owner's main CV (and no other); `false` when it is not theirs.
    async fn set_main_cv(&self, id: CvId, owner: UserId) -> Result<bool, StoreError>;

    /// Deletes a CV; when it was the main one, the most recently changed other CV becomes
    /// main. `false` when no CV with that id belongs to `owner`.
    /// A share of this one CV ends with it, and the consent history records that at `now`.
    async fn delete_cv(&self, id: CvId, owner: UserId, now: i64) -> Result<bool, StoreError>;
}

/// A share in force (or run out: `ends_at` has passed) of one part with one coach.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareRecord {
    pub part: SharedPart,
    /// For the CV: the one version shared; `None` shares every version.
    pub cv: Option<CvId>,
    /// The first instant (Unix seconds) the share no longer holds; `None`: until withdrawn.
    pub ends_at: Option<i64>,
    pub granted_at: i64,
}

impl ShareRecord {
    /// Whether the share holds at `now`.
    pub fn holds(&self, now: i64) -> bool {
        self.ends_at.is_none_or(|end| now < end)
    }
}

/// What a participant chose to share of one part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareGrant {
    pub cv: Option<CvId>,
    /// The shared CV's title as it was, for the consent history.
    pub cv_title: Option<String>,
    pub ends_at: Option<i64>,
}

/// One step of a participant's consent: what was shared (or withdrawn), with whom, when,
/// and which wording of the sharing page they were shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentEvent {
    pub coach_id: UserId,
    pub coach_name: String,
    pub part: SharedPart,
    pub cv: Option<CvId>,
    pub cv_title: Option<String>,
    pub ends_at: Option<i64>,
    pub wording_version: i64,
    pub change: ConsentChange,
    pub at: i64,
}

/// One read of a participant's data by a coach or an admin, as it is logged. Never a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAccess {
    pub reader: UserId,
    pub reader_role: Role,
    pub participant: UserId,
    pub part: SharedPart,
    pub how: ReadHow,
    pub cv: Option<CvId>,
    pub at: i64,
    pub request_id: String,
}

/// A logged read, with the reader's name as it is now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccessEntry {
    pub reader: UserId,
    pub reader_name: String,
    pub reader_role: Role,
    pub part: SharedPart,
    pub how: ReadHow,
    pub cv: Option<CvId>,
    pub at: i64,
    pub request_id: String,
}

/// Sharing with the coach: the shares in force, the consent history behind them, and the
/// log of who read what.
#[async_trait]
pub trait SharingStore: Send + Sync {
    /// The participant's shares with `coach`, including run-out ones.
    async fn shares_of(
        &self,
        participant: UserId,
        coach: UserId,
    ) -> Result<Vec<ShareRecord>, StoreError>;

    /// Shares `part` with `coach` as `grant` says, or withdraws it (`None`), and records
    /// the consent event, in one transaction. `None` back: it was already so (a run-out
    /// share granted again counts as a new grant).
    async fn set_share(
        &self,
        participant: UserId,
        coach: UserId,
        part: SharedPart,
        grant: Option<ShareGrant>,
        wording_version: i64,
        now: i64,
    ) -> Result<Option<ConsentChange>, StoreError>;

    /// Withdraws every part shared with `coach`, in one transaction, each withdrawal a
    /// consent event; the parts that were shared back.
    async fn stop_sharing(
        &self,
        participant: UserId,
        coach: UserId,
        wording_version: i64,
        now: i64,
    ) -> Result<Vec<SharedPart>, StoreError>;

    /// Every consent event of the participant, newest first.
    async fn consent_history(&self, participant: UserId) -> Result<Vec<ConsentEvent>, StoreError>;

    /// Appends one entry to the access log; a second entry for the same request, person,
    /// part and way of reading is the same read and is not added. There is no way to
    /// change or remove an entry.
    async fn log_access(&self, entry: NewAccess) -> Result<(), StoreError>;

    /// The participant's access log, newest first.
    async fn access_log(&self, participant: UserId) -> Result<Vec<AccessEntry>, StoreError>;
}

/// A coach's note about a participant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteRecord {
    pub id: NoteId,
    pub participant_id: UserId,
    pub coach_id: UserId,
    pub coach_name: String,
    pub body: String,
    /// Kept among coaches: never shown on the participant's pages.
    pub internal: bool,
    pub at: i64,
    /// When its author last changed it, if ever.
    pub changed_at: Option<i64>,
}

/// One change to a note: what it said before, who changed or removed it, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteChange {
    pub note: NoteId,
    pub by: UserId,
    pub at: i64,
    pub removed: bool,
    pub body_before: String,
    pub internal_before: bool,
}

/// Coaches' notes about participants.
#[async_trait]
pub trait NoteStore: Send + Sync {
    async fn add_note(
        &self,
        participant: UserId,
        coach: UserId,
        body: &str,
        internal: bool,
        now: i64,
    ) -> Result<(), StoreError>;

    /// The participant's notes, newest first; internal ones only when asked for. A removed
    /// note is not among them.
    async fn notes(
        &self,
        participant: UserId,
        with_internal: bool,
    ) -> Result<Vec<NoteRecord>, StoreError>;

    /// One note that has not been removed.
    async fn note(&self, id: NoteId) -> Result<Option<NoteRecord>, StoreError>;

    /// Changes a note `coach` wrote (and has not removed), keeping what it said before in
    /// its history, in one transaction. False when `coach` has no such note.
    async fn change_note(
        &self,
        id: NoteId,
        coach: UserId,
        body: &str,
        internal: bool,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// Takes back a note `coach` wrote: shown to nobody from now on, what it said kept in
    /// its history. False when `coach` has no such note (or removed it already).
    async fn remove_note(&self, id: NoteId, coach: UserId, now: i64) -> Result<bool, StoreError>;

    /// Every change to the participant's notes, oldest first (for their export).
    async fn note_changes(&self, participant: UserId) -> Result<Vec<NoteChange>, StoreError>;
}

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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveOutcome {
    Moved,
    /// The new time is someone else's: the booking stays where it was.
    Taken,
    /// Not an active booking of this participant.
    NotActive,
}

pub use crate::booking::Attendance;

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

    /// The coach's active bookings that end after `from`, soonest first.
    async fn coach_bookings(
        &self,
        coach: UserId,
        from: i64,
    ) -> Result<Vec<BookingRecord>, StoreError>;

    /// The participant's bookings (active and cancelled) that end after `from`, soonest
    /// first.
    async fn participant_bookings(
        &self,
        participant: UserId,
        from: i64,
    ) -> Result<Vec<BookingRecord>, StoreError>;

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

/// A language-practice goal as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalRecord {
    pub id: GoalId,
    pub owner_id: UserId,
    pub fields: GoalFields,
    pub status: GoalStatus,
    /// The day it was set (`YYYY-MM-DD`): practice counts from here.
    pub start_day: String,
    /// The day it was reached or dropped.
    pub ended_day: Option<String>,
}

/// What the participant writes about a goal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoalFields {
    pub what: String,
    /// Times a week, 1–7.
    pub per_week: u8,
    /// The last day (`YYYY-MM-DD`), if any.
    pub until: Option<String>,
    pub workplace: String,
    pub supervisor: String,
}

/// One day of practice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PracticeEntry {
    pub day: String,
    pub minutes: Option<u16>,
    pub note: String,
    /// When it was first logged (ignored when logging: the store's `now` counts).
    pub logged_at: i64,
}

/// A pause: from `from` up to, not including, `to` (`None` while it lasts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pause {
    pub from: String,
    pub to: Option<String>,
    pub reason: PauseReason,
}

/// Language-practice goals: the participant's own, never another's.
#[async_trait]
pub trait GoalStore: Send + Sync {
    /// Sets a new goal, unless the owner already has `max_active` goals that are active or
    /// paused (`None` then); one write transaction.
    async fn create_goal(
        &self,
        owner: UserId,
        fields: &GoalFields,
        start_day: &str,
        max_active: usize,
        now: i64,
    ) -> Result<Option<GoalId>, StoreError>;

    /// Changes what an active or paused goal of `owner` says; `false` otherwise.
    async fn update_goal(
        &self,
        id: GoalId,
        owner: UserId,
        fields: &GoalFields,
    ) -> Result<bool, StoreError>;

    /// The owner's goals, newest first.
    async fn goals(&self, owner: UserId) -> Result<Vec<GoalRecord>, StoreError>;

    async fn find_goal(&self, id: GoalId) -> Result<Option<GoalRecord>, StoreError>;

    /// Logs practice on a day of a goal of `owner` (`false`: not theirs). A day is one entry
    /// however the requests race; logging it again adds the minutes or note sent then.
    async fn log_practice(
        &self,
        id: GoalId,
        owner: UserId,
        entry: &PracticeEntry,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// The goal's practice, oldest first.
    async fn practice(&self, id: GoalId) -> Result<Vec<PracticeEntry>, StoreError>;

    /// The goal's pauses, oldest first.
    async fn pauses(&self, id: GoalId) -> Result<Vec<Pause>, StoreError>;

    /// Pauses an active goal of `owner` from `day`; `false` when it was not active.
    async fn pause_goal(
        &self,
        id: GoalId,
        owner: UserId,
        day: &str,
        reason: PauseReason,
    ) -> Result<bool, StoreError>;

    /// Takes a paused goal of `owner` up again from `day`; `false` when it was not paused.
    async fn resume_goal(&self, id: GoalId, owner: UserId, day: &str) -> Result<bool, StoreError>;

    /// Marks a goal of `owner` reached or dropped on `day` (a pause still open ends then).
    async fn end_goal(
        &self,
        id: GoalId,
        owner: UserId,
        status: GoalStatus,
        day: &str,
    ) -> Result<bool, StoreError>;
}

/// A part of the career profile, stored and shared on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfilePart {
    /// "Mina styrkor": strengths, interests, work goals, conditions.
    Strengths,
    /// The notes on earlier jobs: what worked, what did not, why it ended.
    History,
    /// "Mina språk": languages with their levels, SFI, where a language was used.
    Languages,
}

impl ProfilePart {
    pub fn code(self) -> &'static str {
        match self {
            ProfilePart::Strengths => "strengths",
            ProfilePart::History => "history",
            ProfilePart::Languages => "languages",
        }
    }

    /// Whether each saved version is kept, for "since the last meeting". The notes on
    /// earlier jobs keep none: a note removed is gone.
    pub fn keeps_revisions(self) -> bool {
        !matches!(self, ProfilePart::History)
    }
}

/// One saved version of a profile part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileRevision {
    pub revision: i64,
    pub document: String,
    pub saved_at: i64,
}

/// One stored part: its JSON document and the revision every save bumps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileRecord {
    pub document: String,
    pub revision: i64,
}

/// The career profile's parts: the participant's own.
#[async_trait]
pub trait ProfileStore: Send + Sync {
    /// The part as stored, or `None` before its first save.
    async fn profile_part(
        &self,
        owner: UserId,
        part: ProfilePart,
    ) -> Result<Option<ProfileRecord>, StoreError>;

    /// Stores `document` if the part is still at `revision` (0: never saved); `false` when
    /// another save came first (compare-and-set: read again and apply the change again).
    async fn save_profile_part(
        &self,
        owner: UserId,
        part: ProfilePart,
        revision: i64,
        document: &str,
        now: i64,
    ) -> Result<bool, StoreError>;

    /// The versions of a part that keeps them, oldest first: the last one saved at or
    /// before `since` (what it was then), and every one saved after.
    async fn profile_revisions(
        &self,
        owner: UserId,
        part: ProfilePart,
        since: i64,
    ) -> Result<Vec<ProfileRevision>, StoreError>;
}
