-- Guidance appointments: each coach's weekly hours and rules, and the bookings made.

-- A coach's rules for individual meetings. Lengths and notices in minutes, the horizon in
-- days; `place` is an address, "phone call" or a video-link text, as the coach writes it.
CREATE TABLE booking_rules (
    coach_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    slot_minutes INTEGER NOT NULL CHECK (slot_minutes BETWEEN 15 AND 120),
    buffer_minutes INTEGER NOT NULL CHECK (buffer_minutes BETWEEN 0 AND 60),
    notice_minutes INTEGER NOT NULL CHECK (notice_minutes BETWEEN 0 AND 10080),
    horizon_days INTEGER NOT NULL CHECK (horizon_days BETWEEN 1 AND 120),
    cutoff_minutes INTEGER NOT NULL CHECK (cutoff_minutes BETWEEN 0 AND 10080),
    place TEXT NOT NULL DEFAULT ''
);

-- Weekly hours in Stockholm wall-clock time: weekday 1 (Monday) to 7, minutes after midnight.
CREATE TABLE weekly_hours (
    coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    CHECK (start_minute < end_minute),
    PRIMARY KEY (coach_id, weekday, start_minute)
);

-- Days a coach takes no meetings (holidays, a course): `YYYY-MM-DD`, Stockholm's calendar.
CREATE TABLE closed_days (
    coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    day TEXT NOT NULL CHECK (length(day) = 10),
    PRIMARY KEY (coach_id, day)
);

-- Bookings: UTC instants. A slot of a coach has at most one active booking (the partial
-- unique index is the last word however requests race); a retried form (same key) finds
-- the booking it made.
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY,
    coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
    help TEXT NOT NULL DEFAULT '',
    interpreter TEXT NOT NULL DEFAULT '',
    idempotency_key TEXT NOT NULL,
    -- Raised on every change the calendar file must carry (a cancellation), so that a
    -- phone's calendar takes the newer file over the older one.
    sequence INTEGER NOT NULL DEFAULT 0,
    -- Recorded by the coach, never guessed.
    attendance TEXT CHECK (attendance IN ('attended', 'no_show', 'late_cancel')),
    created_at INTEGER NOT NULL,
    cancelled_at INTEGER,
    cancelled_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    -- A coach's reason for cancelling, shown to the participant.
    cancel_reason TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX bookings_one_per_slot ON bookings (coach_id, starts_at) WHERE status = 'active';
CREATE UNIQUE INDEX bookings_idempotent ON bookings (participant_id, idempotency_key, starts_at)
    WHERE status = 'active';
CREATE INDEX bookings_participant ON bookings (participant_id, starts_at);
