-- A coach's meetings and workshop seats by when they end, whatever their status: the
-- agenda, the hours page, the caseload and the coach's notices read a coach's bookings
-- that end after a moment. The unique index on a coach's times covers only active
-- one-to-one meetings, so those reads scanned every booking in the organisation (found by
-- the seeded benchmark, BENCHMARKS.md); by the end, a read of the weeks ahead skips the
-- coach's past.
CREATE INDEX bookings_by_coach ON bookings (coach_id, ends_at);

-- The meetings each person came to, by coach: the caseload's "last contact". Without it
-- PostgreSQL intersected the two indexes above for each person of a caseload.
CREATE INDEX bookings_attended ON bookings (coach_id, ends_at) WHERE attendance = 'attended';
