-- A new CV entry's draft (its form's random token) and the entry its first save became,
-- so that its later saves (autosave and the leave-page beacon at once, a double tap)
-- update that entry on whichever instance they reach instead of adding it again. A row
-- with no entry_index is a first save under way. Kept for an hour.
CREATE TABLE cv_drafts (
    cv_id       INTEGER NOT NULL REFERENCES cvs (id) ON DELETE CASCADE,
    token       TEXT    NOT NULL,
    entry_index INTEGER,
    headline    TEXT    NOT NULL DEFAULT '',
    claimed_at  INTEGER NOT NULL,
    PRIMARY KEY (cv_id, token)
) STRICT;
