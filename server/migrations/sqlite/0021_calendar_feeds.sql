-- A coach's private calendar feed (issue 28): their meetings, workshops and drop-in windows
-- as iCalendar at a long secret address, for their own calendar to subscribe to. Only the
-- secret's hash is kept; renewing replaces it, so the old address stops working at once.
-- `locale`: the language the coach used when making it (a calendar fetches without
-- cookies). `read_at`, `reads`: when it was last fetched and how often, shown to the coach
-- as their security record of the address.
CREATE TABLE calendar_feeds (
    coach_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    locale TEXT NOT NULL CHECK (locale IN ('sv', 'en', 'ar')),
    created_at INTEGER NOT NULL,
    read_at INTEGER,
    reads INTEGER NOT NULL DEFAULT 0 CHECK (reads >= 0)
);
