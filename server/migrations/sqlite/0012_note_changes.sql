-- A coach changes or takes back their own note; the participant's view follows at once.
-- What a note said before each change, and who changed or removed it when, is kept beside
-- it for the person's export. A removed note is shown to nobody.
ALTER TABLE coach_notes ADD COLUMN changed_at INTEGER;
ALTER TABLE coach_notes ADD COLUMN removed_at INTEGER;

CREATE TABLE coach_note_history (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES coach_notes(id) ON DELETE CASCADE,
    changed_by INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    what TEXT NOT NULL CHECK (what IN ('changed', 'removed')),
    -- The note as it was before this change.
    body TEXT NOT NULL,
    internal INTEGER NOT NULL CHECK (internal IN (0, 1))
);
CREATE INDEX coach_note_history_note ON coach_note_history (note_id, at);
