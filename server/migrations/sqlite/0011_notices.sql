-- What a person has been told: the instant up to which they have seen the changes others
-- made to their bookings (a participant: cancellations by the coach; a coach: bookings
-- their participants cancelled). Shown until seen, then not again.
ALTER TABLE users ADD COLUMN notices_seen_at INTEGER NOT NULL DEFAULT 0;
-- People who were here before: what happened before this version is old news.
UPDATE users SET notices_seen_at = CAST(strftime('%s', 'now') AS INTEGER);
CREATE INDEX bookings_cancelled ON bookings (coach_id, cancelled_at) WHERE cancelled_at IS NOT NULL;
