-- Group workshops (seats) and drop-in hours (a live queue): dated times a coach holds for
-- more than one person; extra hours on single days; the arrangements a participant asks for.

CREATE TABLE group_sessions (
    id INTEGER PRIMARY KEY,
    coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('workshop', 'dropin')),
    title TEXT NOT NULL DEFAULT '',
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),
    place TEXT NOT NULL DEFAULT '',
    -- A workshop's seats; a drop-in has none (first come, first served).
    seats INTEGER CHECK (seats BETWEEN 1 AND 200),
    -- Active seats booked, kept by the triggers below: the CHECK is the last word on
    -- capacity however requests race.
    taken INTEGER NOT NULL DEFAULT 0 CHECK (taken >= 0 AND (seats IS NULL OR taken <= seats)),
    created_at INTEGER NOT NULL,
    cancelled_at INTEGER,
    cancel_reason TEXT NOT NULL DEFAULT '',
    CHECK ((kind = 'workshop') = (seats IS NOT NULL))
);
CREATE INDEX group_sessions_coach ON group_sessions (coach_id, starts_at);

-- A workshop seat is a booking of the session (so it is listed, cancelled, put in a
-- calendar and marked attended like a meeting). An individual time stays one booking per
-- slot; a workshop seat is one per person.
ALTER TABLE bookings ADD COLUMN session_id INTEGER REFERENCES group_sessions(id) ON DELETE CASCADE;
-- Practical arrangements asked for (codes such as `hearing_loop`), never a reason.
ALTER TABLE bookings ADD COLUMN needs TEXT NOT NULL DEFAULT '';
DROP INDEX bookings_one_per_slot;
CREATE UNIQUE INDEX bookings_one_per_slot ON bookings (coach_id, starts_at)
    WHERE status = 'active' AND session_id IS NULL;
CREATE UNIQUE INDEX bookings_one_seat_each ON bookings (session_id, participant_id)
    WHERE status = 'active' AND session_id IS NOT NULL;

CREATE TRIGGER seat_taken AFTER INSERT ON bookings
    WHEN NEW.session_id IS NOT NULL AND NEW.status = 'active'
BEGIN
    UPDATE group_sessions SET taken = taken + 1 WHERE id = NEW.session_id;
END;
CREATE TRIGGER seat_freed AFTER UPDATE OF status ON bookings
    WHEN NEW.session_id IS NOT NULL AND OLD.status = 'active' AND NEW.status <> 'active'
BEGIN
    UPDATE group_sessions SET taken = taken - 1 WHERE id = NEW.session_id;
END;
CREATE TRIGGER seat_deleted AFTER DELETE ON bookings
    WHEN OLD.session_id IS NOT NULL AND OLD.status = 'active'
BEGIN
    UPDATE group_sessions SET taken = taken - 1 WHERE id = OLD.session_id;
END;

-- The drop-in queue: the order is the order of joining (the id, given under the write lock).
CREATE TABLE queue_entries (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES group_sessions(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    joined_at INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'called', 'done', 'left')),
    called_at INTEGER,
    ended_at INTEGER
);
-- Once in the queue at a time.
CREATE UNIQUE INDEX queue_once ON queue_entries (session_id, participant_id)
    WHERE status IN ('waiting', 'called');

-- Extra hours on one day (`YYYY-MM-DD`, Stockholm), on top of the weekly hours.
CREATE TABLE extra_hours (
    coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    day TEXT NOT NULL CHECK (length(day) = 10),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    CHECK (start_minute < end_minute),
    PRIMARY KEY (coach_id, day, start_minute)
);
