-- Every stored CV carries a revision, bumped by each save. A save names the revision it
-- read; if another save came first, the change is applied again to the newer document,
-- so two saves of different sections (autosave, a second tab) never erase each other.
ALTER TABLE cvs ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
