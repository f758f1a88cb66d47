-- Every part of a participant's data can be shared with their coach on its own: the CV,
-- strengths ("Mina styrkor"), the notes on earlier jobs, languages ("Mina språk") and
-- language-practice goals ("Språkmål"). The notes on earlier jobs become a profile part of
-- their own, so that no page or share that carries the strengths carries them too.

CREATE TABLE shares_new (
    participant_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    part TEXT NOT NULL CHECK (part IN ('cv', 'strengths', 'history', 'languages', 'goals')),
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

CREATE TABLE profile_parts_new (
    owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    part TEXT NOT NULL CHECK (part IN ('strengths', 'history', 'languages')),
    document TEXT NOT NULL,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (owner_id, part)
) STRICT;
INSERT INTO profile_parts_new (owner_id, part, document, revision, updated_at)
    SELECT owner_id, part, document, revision, updated_at FROM profile_parts;
-- The notes move out of the strengths document into their own.
INSERT INTO profile_parts_new (owner_id, part, document, revision, updated_at)
    SELECT owner_id, 'history', json_object('notes', json_extract(document, '$.history')), 1, updated_at
    FROM profile_parts
    WHERE part = 'strengths' AND json_array_length(document, '$.history') > 0;
UPDATE profile_parts_new SET document = json_remove(document, '$.history')
    WHERE part = 'strengths';
DROP TABLE profile_parts;
ALTER TABLE profile_parts_new RENAME TO profile_parts;

-- Each saved version of the strengths and the languages, so that the coach's "since the
-- last meeting" can say what changed, and when, from what was stored. The notes on
-- earlier jobs keep no versions: a note removed is gone.
CREATE TABLE profile_revisions (
    owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    part TEXT NOT NULL CHECK (part IN ('strengths', 'languages')),
    revision INTEGER NOT NULL CHECK (revision >= 1),
    document TEXT NOT NULL,
    saved_at INTEGER NOT NULL,
    PRIMARY KEY (owner_id, part, revision)
) STRICT;
-- What is stored now is the first version kept. When it was saved relative to a meeting
-- cannot be told apart from the saves before it, so it counts as older than any meeting
-- (saved_at 0): "since the last meeting" starts from it, never lists it all as new.
INSERT INTO profile_revisions (owner_id, part, revision, document, saved_at)
    SELECT owner_id, part, revision, document, 0 FROM profile_parts
    WHERE part IN ('strengths', 'languages');

-- When a practice day was logged is already kept (`logged_at`); a pause's start and a
-- goal's end are days. That is all "since the last meeting" needs of Språkmål.
