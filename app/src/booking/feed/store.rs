//! Storing calendar feeds: the trait every engine implements and its record. The SQL is in
//! `server/src/store/feed.rs`; the contract every implementation keeps is in
//! `server/tests/it/store/feed.rs`.
use crate::booking::store::BookingRecord;
use crate::i18n::Locale;
use crate::ids::UserId;
use crate::ssr::store::StoreError;
use async_trait::async_trait;

/// A coach's feed as stored: never its secret, only what the coach's page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedRecord {
    pub locale: Locale,
    pub created_at: i64,
    /// When a calendar last fetched it, and how many times in all.
    pub read_at: Option<i64>,
    pub reads: i64,
}

/// One private calendar feed per coach, found by the hash of its secret.
#[async_trait]
pub trait FeedStore: Send + Sync {
    async fn feed(&self, coach: UserId) -> Result<Option<FeedRecord>, StoreError>;

    /// Makes the coach's feed, or replaces its secret (the old address stops at once) and
    /// starts its record of reads afresh.
    async fn set_feed(
        &self,
        coach: UserId,
        token_hash: &str,
        locale: Locale,
        now: i64,
    ) -> Result<(), StoreError>;

    /// Ends the coach's feed; `false` when there was none.
    async fn revoke_feed(&self, coach: UserId) -> Result<bool, StoreError>;

    /// The coach whose feed has this secret, counting the read, in one statement; `None`
    /// for an unknown secret or a coach no longer active.
    async fn read_feed(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<(UserId, Locale)>, StoreError>;

    /// The coach's individual meetings (not workshop seats), active and cancelled, that
    /// end after `from`, soonest first: what their feed lists besides workshops and
    /// drop-in windows.
    async fn feed_bookings(
        &self,
        coach: UserId,
        from: i64,
    ) -> Result<Vec<BookingRecord>, StoreError>;
}
