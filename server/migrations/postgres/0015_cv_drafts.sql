-- A new CV entry's draft (its form's random token) and the entry its first save became,
-- so that its later saves update that entry on whichever instance they reach instead of
-- adding it again. A row with no entry_index is a first save under way. Kept for an hour.
CREATE TABLE cv_drafts (
    cv_id       BIGINT NOT NULL REFERENCES cvs (id) ON DELETE CASCADE,
    token       TEXT   NOT NULL,
    entry_index BIGINT,
    headline    TEXT   NOT NULL DEFAULT '',
    claimed_at  BIGINT NOT NULL,
    PRIMARY KEY (cv_id, token)
);
