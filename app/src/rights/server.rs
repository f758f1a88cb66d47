//! The server side of data rights: the daily care task (retention and erasures whose grace
//! period has ended) and the rules the server functions share. (A sign-in ends a listing by
//! retention: `AccountStore::record_sign_in`.)
use super::store::RightsStore;
use crate::ssr::clock::STOCKHOLM;
use crate::ssr::store::StoreError;

/// What the care task needs to know.
#[derive(Clone, Copy, Debug)]
pub struct Care {
    /// Inactive participants are listed for erasure after this many months; `None`: the
    /// organisation has not set a retention period, and nobody is listed.
    pub retention_months: Option<u32>,
    /// Days between asking (or being listed) and the erasure.
    pub grace_days: u32,
}

/// What one run of the care task did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cared {
    pub listed: u64,
    pub erased: usize,
}

/// Columns that hold a JSON document (a CV, strengths, languages).
pub fn is_document(column: &str) -> bool {
    column == "document"
}

/// The instant `grace_days` after `now`.
pub fn erase_at(now: i64, grace_days: u32) -> i64 {
    now + i64::from(grace_days) * 86_400
}

/// The instant `months` calendar months (Stockholm's calendar) before `now`.
pub fn retention_cutoff(now: jiff::Timestamp, months: u32) -> i64 {
    now.to_zoned_datetime(STOCKHOLM.clone())
        .checked_sub(jiff::Span::new().months(i64::from(months)))
        .map(|z| z.timestamp().as_second())
        .unwrap_or(i64::MIN)
}

/// One run of the care task: lists inactive participants (when a retention period is set)
/// and erases those whose grace period has ended.
pub async fn care(
    store: &dyn RightsStore,
    now: jiff::Timestamp,
    care: Care,
) -> Result<Cared, StoreError> {
    let unix = now.as_second();
    let mut done = Cared::default();
    if let Some(months) = care.retention_months {
        done.listed = store
            .list_inactive(
                retention_cutoff(now, months),
                unix,
                erase_at(unix, care.grace_days),
            )
            .await?;
    }
    for person in store.due_erasures(unix).await? {
        if store.erase(person, None, unix).await? {
            done.erased += 1;
        }
    }
    if done != Cared::default() {
        tracing::info!(
            listed = done.listed,
            erased = done.erased,
            "account care ran"
        );
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retention_counts_calendar_months_in_stockholm() {
        let now: jiff::Timestamp = "2027-03-31T10:00:00Z".parse().expect("instant");
        let cutoff = retention_cutoff(now, 1);
        // 31 March (12:00 summer time) less a month is the last day of February at 12:00
        // winter time: the same wall-clock time, an hour later in UTC.
        let expected: jiff::Timestamp = "2027-02-28T11:00:00Z".parse().expect("instant");
        assert_eq!(cutoff, expected.as_second());
        assert_eq!(erase_at(0, 30), 30 * 86_400);
    }
}
