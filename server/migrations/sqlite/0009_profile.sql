-- The participant's career profile ("Mina styrkor") and languages ("Mina språk"), each
-- stored whole as the JSON of its model, one row per part, so that each part can be
-- shared (and its share withdrawn) on its own. `revision` makes every save a
-- compare-and-set: a form's change is applied again to a newer document, never lost.
CREATE TABLE profile_parts (
    owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    part TEXT NOT NULL CHECK (part IN ('strengths', 'languages')),
    document TEXT NOT NULL,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (owner_id, part)
) STRICT;
