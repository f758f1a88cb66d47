-- A participant's CVs. Each row is one version ("CV for warehouse jobs"), stored whole as
-- the JSON of `app::cv::model::Cv`: the CV is edited, copied and exported as a unit, and
-- its sections change shape more often than its identity does.
CREATE TABLE cvs (
    id          INTEGER PRIMARY KEY,
    owner_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    is_main     INTEGER NOT NULL DEFAULT 0 CHECK (is_main IN (0, 1)),
    document    TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX cvs_by_owner ON cvs (owner_id);
CREATE UNIQUE INDEX cvs_one_main_per_owner ON cvs (owner_id) WHERE is_main = 1;
