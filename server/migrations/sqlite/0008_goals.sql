-- Language-practice goals ("Språkmål"), the practice log and pauses. A participant's own;
-- kept apart from the CV and the profile so that each can be shared on its own later.
CREATE TABLE practice_goals (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    what TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 200),
    per_week INTEGER NOT NULL CHECK (per_week BETWEEN 1 AND 7),
    -- `YYYY-MM-DD`, Stockholm's calendar.
    until_day TEXT CHECK (until_day IS NULL OR length(until_day) = 10),
    workplace TEXT NOT NULL DEFAULT '',
    supervisor TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'done', 'dropped')),
    start_day TEXT NOT NULL CHECK (length(start_day) = 10),
    -- The day it was reached or dropped: its strength is kept as it was then.
    ended_day TEXT CHECK (ended_day IS NULL OR length(ended_day) = 10),
    created_at INTEGER NOT NULL
);
CREATE INDEX practice_goals_owner ON practice_goals (owner_id);

-- One entry per goal and day, however often the button is pressed.
CREATE TABLE practice_log (
    goal_id INTEGER NOT NULL REFERENCES practice_goals(id) ON DELETE CASCADE,
    day TEXT NOT NULL CHECK (length(day) = 10),
    minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600),
    note TEXT NOT NULL DEFAULT '',
    logged_at INTEGER NOT NULL,
    PRIMARY KEY (goal_id, day)
);

-- Paused days neither count nor dent: from `from_day` up to, not including, `to_day`
-- (open while the goal is paused).
CREATE TABLE goal_pauses (
    goal_id INTEGER NOT NULL REFERENCES practice_goals(id) ON DELETE CASCADE,
    from_day TEXT NOT NULL CHECK (length(from_day) = 10),
    to_day TEXT CHECK (to_day IS NULL OR length(to_day) = 10),
    reason TEXT NOT NULL CHECK (reason IN ('ill', 'travel', 'holiday', 'other')),
    PRIMARY KEY (goal_id, from_day)
);
