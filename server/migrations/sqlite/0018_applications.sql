-- "Mina ansökningar": a participant's own job applications (issue 26). `applied_day` is the
-- Stockholm calendar day it was sent (`YYYY-MM-DD`), never an instant, so that the month it
-- counts in for Arbetsförmedlingen's activity report is the one on the person's calendar.
-- `interview_at` is an instant (Unix seconds), typed as Stockholm wall-clock time.
-- `revision` rises with every change: the interview's calendar file's SEQUENCE.
CREATE TABLE job_applications (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    employer TEXT NOT NULL CHECK (length(employer) BETWEEN 1 AND 200),
    job TEXT NOT NULL CHECK (length(job) BETWEEN 1 AND 200),
    applied_day TEXT NOT NULL CHECK (length(applied_day) = 10),
    how TEXT NOT NULL CHECK (how IN ('link', 'email', 'in_person', 'coach')),
    status TEXT NOT NULL DEFAULT 'applied'
        CHECK (status IN ('applied', 'interview', 'offer', 'no_answer', 'no')),
    interview_at INTEGER,
    revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX job_applications_owner ON job_applications (owner_id, applied_day);

-- The applications are shared with the coach as a part of their own. SQLite cannot change a
-- CHECK in place: the shares are made again with the same rows.
CREATE TABLE shares_new (
    participant_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    part TEXT NOT NULL
        CHECK (part IN ('cv', 'strengths', 'history', 'languages', 'goals', 'applications')),
    -- Only a CV share names a version.
    cv_id INTEGER REFERENCES cvs(id) ON DELETE CASCADE CHECK (cv_id IS NULL OR part = 'cv'),
    ends_at INTEGER,
    granted_at INTEGER NOT NULL,
    PRIMARY KEY (participant_id, coach_id, part)
);
INSERT INTO shares_new (participant_id, coach_id, part, cv_id, ends_at, granted_at)
    SELECT participant_id, coach_id, part, cv_id, ends_at, granted_at FROM shares;
DROP TABLE shares;
ALTER TABLE shares_new RENAME TO shares;
