//! Storing reminders: the trait every engine implements, its records. The SQL is in
//! `server/src/store/reminders.rs`; the contract every implementation keeps is in
//! `server/tests/it/store/reminders.rs`.
use crate::i18n::Locale;
use crate::ids::{BookingId, DeviceId, GroupId, UserId};
use crate::reminders::{Kind, Setting};
use crate::ssr::store::StoreError;
use async_trait::async_trait;

/// A device as its owner's page lists it: never its push address or keys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceRecord {
    pub id: DeviceId,
    pub label: String,
    pub created_at: i64,
    /// When a reminder last reached it.
    pub sent_at: Option<i64>,
}

/// Where a device's push service takes its messages, and the keys they are encrypted to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PushTarget {
    pub id: DeviceId,
    pub endpoint: String,
    /// The browser's P-256 public key and authentication secret, base64url as it gave them.
    pub p256dh: String,
    pub auth: String,
}

/// A subscription as a browser hands it over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewDevice {
    pub endpoint: String,
    pub p256dh: String,
    pub auth: String,
    pub label: String,
}

/// A booking that may be due a reminder before it: an active one of a person with a device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Upcoming {
    pub booking: BookingId,
    pub person: UserId,
    pub starts_at: i64,
}

/// A reminder whose time has come, with what its words need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueReminder {
    pub id: i64,
    pub person: UserId,
    pub kind: Kind,
    pub due_at: i64,
    /// The person's language.
    pub locale: Locale,
    /// The booking it is about (none for a drop-in call): when it starts, whether it is
    /// still on, and the workshop's title if it is a seat.
    pub starts_at: Option<i64>,
    pub active: bool,
    pub workshop: Option<String>,
    /// The whole workshop was put out (not only this seat).
    pub group_cancelled: bool,
    /// For a practice reminder: the goal, in the person's own words, while it is active.
    pub goal: Option<String>,
    pub subject: i64,
}

/// Devices, settings and the reminders themselves.
#[async_trait]
pub trait ReminderStore: Send + Sync {
    /// The person's devices, the newest first.
    async fn devices(&self, person: UserId) -> Result<Vec<DeviceRecord>, StoreError>;

    /// Adds a device, or gives its subscription to `person` if the browser had it under
    /// another account (one browser, one person at a time).
    async fn add_device(
        &self,
        person: UserId,
        device: &NewDevice,
        now: i64,
    ) -> Result<DeviceId, StoreError>;

    /// Removes one of the person's devices; `false` when it is not theirs.
    async fn remove_device(&self, person: UserId, device: DeviceId) -> Result<bool, StoreError>;

    /// Where to send the person's reminders.
    async fn push_targets(&self, person: UserId) -> Result<Vec<PushTarget>, StoreError>;

    /// A device reached (`gone: false`, its time kept) or gone for good (removed).
    async fn delivered(&self, device: DeviceId, gone: bool, now: i64) -> Result<(), StoreError>;

    /// The kinds the person stopped.
    async fn stopped(&self, person: UserId) -> Result<Vec<Setting>, StoreError>;

    /// Sets the kinds the person stopped (all others on), in one transaction.
    async fn set_stopped(&self, person: UserId, stopped: &[Setting]) -> Result<(), StoreError>;

    /// Active bookings and seats starting in `[from, to)` of people with a device.
    async fn upcoming(&self, from: i64, to: i64) -> Result<Vec<Upcoming>, StoreError>;

    /// Records a reminder due at `due_at`, unless the person has no device, stopped its
    /// kind, or it is recorded already; `true` when it was new.
    async fn add_reminder(
        &self,
        person: UserId,
        kind: Kind,
        subject: i64,
        due_at: i64,
    ) -> Result<bool, StoreError>;

    /// A "cancelled" reminder, due now, for everyone who had a seat in the group.
    async fn group_cancelled(&self, group: GroupId, now: i64) -> Result<usize, StoreError>;

    /// Active Språkmål goals whose practice reminder is at `hour`, of people with a device,
    /// not practised on `day` (`YYYY-MM-DD`): (person, goal id).
    async fn practice_at(&self, hour: u8, day: &str) -> Result<Vec<(UserId, i64)>, StoreError>;

    /// Reminders due by `now`, neither sent nor failed, the oldest first.
    async fn due(&self, now: i64) -> Result<Vec<DueReminder>, StoreError>;

    /// Takes a due reminder for sending; `false` when another worker took it first.
    async fn claim(&self, id: i64, now: i64) -> Result<bool, StoreError>;

    /// A taken reminder that reached no device, or that is no longer to be sent.
    async fn fail(&self, id: i64, now: i64) -> Result<(), StoreError>;
}
