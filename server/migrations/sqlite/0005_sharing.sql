-- What a participant shares with their coach, the consent history behind it, what the
-- coach wrote down, and every look a coach or admin took at a participant's data.

-- The shares in force now: one row per participant, coach and part. For the CV, `cv_id`
-- names the one version shared (NULL: every version). `ends_at`: the first instant the
-- share no longer holds (the end of its last Stockholm day), NULL for no end date.
CREATE TABLE shares (
    participant_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    part TEXT NOT NULL CHECK (part IN ('cv')),
    cv_id INTEGER REFERENCES cvs(id) ON DELETE CASCADE,
    ends_at INTEGER,
    granted_at INTEGER NOT NULL,
    PRIMARY KEY (participant_id, coach_id, part)
);

-- Consent, as it was given: each grant, change and withdrawal with the wording version the
-- participant was shown. Kept when the CV it named is deleted (its title then is kept).
CREATE TABLE consent_events (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    part TEXT NOT NULL,
    cv_id INTEGER,
    cv_title TEXT,
    ends_at INTEGER,
    wording_version INTEGER NOT NULL,
    event TEXT NOT NULL CHECK (event IN ('granted', 'changed', 'withdrawn')),
    at INTEGER NOT NULL
);
CREATE INDEX consent_events_participant ON consent_events (participant_id, at);

-- "Vem har tittat?": one row per read of a participant's data by a coach or an admin.
-- Never a field's value. The application only ever appends.
CREATE TABLE access_log (
    id INTEGER PRIMARY KEY,
    reader_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    reader_role TEXT NOT NULL CHECK (reader_role IN ('coach', 'admin')),
    participant_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    part TEXT NOT NULL,
    how TEXT NOT NULL CHECK (how IN ('view', 'pdf', 'json')),
    cv_id INTEGER,
    at INTEGER NOT NULL,
    request_id TEXT NOT NULL
);
CREATE INDEX access_log_participant ON access_log (participant_id, at);
-- One request reads a part once, however often the page's render asks for it.
CREATE UNIQUE INDEX access_log_one_per_request ON access_log (request_id, participant_id, part, how);
CREATE TRIGGER access_log_append_only BEFORE UPDATE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;

-- Short, dated notes a coach keeps about a participant. Visible to the participant unless
-- marked internal.
CREATE TABLE coach_notes (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    internal INTEGER NOT NULL DEFAULT 0 CHECK (internal IN (0, 1)),
    at INTEGER NOT NULL
);
CREATE INDEX coach_notes_participant ON coach_notes (participant_id, at);
