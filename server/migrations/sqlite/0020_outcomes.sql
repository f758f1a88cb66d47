-- Outcomes and the programme report (issue 27).
--
-- `started_on`: the Stockholm calendar day (`YYYY-MM-DD`) a participant started in the
-- programme: the day their account was made, until their coach corrects it (the earlier
-- day kept in `outcome_history`). Existing participants get the day of `created_at` at
-- Stockholm's winter offset (SQLite knows no time zones): a summer-time account made between
-- 22:00 and 23:00 UTC is dated a day early, which its coach can correct.
ALTER TABLE users ADD COLUMN started_on TEXT CHECK (started_on IS NULL OR length(started_on) = 10);
UPDATE users SET started_on = date(created_at, 'unixepoch', '+1 hour') WHERE role = 'participant';
CREATE INDEX users_started_on ON users (started_on) WHERE role = 'participant';

-- The events a coach records on a participant's road to work, each on a Stockholm calendar
-- day. What job development already records (employer contacts, presentations, applications
-- with an interview or an offer) is read from its own tables, never typed here again.
-- `sub`: a job's kind or an ending's reason; `hours`: a job's hours a week; `place`: the
-- employer, the workplace or what is studied; `mentor`: a praktik's mentor.
CREATE TABLE outcome_events (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('presented', 'interview', 'offer', 'job', 'praktik',
        'sprakpraktik', 'studies', 'working_90', 'ended')),
    day TEXT NOT NULL CHECK (length(day) = 10),
    sub TEXT NOT NULL DEFAULT '' CHECK (
        (kind = 'job' AND sub IN ('employment', 'wage_subsidy', 'own_business', 'other'))
        OR (kind = 'ended' AND sub IN ('work', 'studies', 'moved', 'other_programme',
            'no_support', 'other'))
        OR (kind NOT IN ('job', 'ended') AND sub = '')),
    hours INTEGER CHECK (hours IS NULL OR hours BETWEEN 1 AND 80),
    place TEXT NOT NULL DEFAULT '' CHECK (length(place) <= 200),
    mentor TEXT NOT NULL DEFAULT '' CHECK (length(mentor) <= 200),
    -- The coach who recorded it, the only one who may correct it.
    author_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    changed_at INTEGER NOT NULL
);
-- A timeline reads one person's events; a report asks of each person whether they ended
-- or started a job by a day.
CREATE INDEX outcome_events_person ON outcome_events (person_id, kind, day);
CREATE INDEX outcome_events_kind ON outcome_events (kind, day);

-- Every correction keeps what was there before: the event's earlier values (or, for the
-- start, `event_id` NULL and the earlier day), who changed it and when.
CREATE TABLE outcome_history (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    event_id INTEGER REFERENCES outcome_events(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    sub TEXT NOT NULL DEFAULT '',
    hours INTEGER,
    place TEXT NOT NULL DEFAULT '',
    mentor TEXT NOT NULL DEFAULT '',
    changed_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    changed_at INTEGER NOT NULL
);
CREATE INDEX outcome_history_person ON outcome_history (person_id, event_id);
