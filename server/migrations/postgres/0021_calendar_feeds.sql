-- A coach's private calendar feed (issue 28); the SQLite migration of the same number says
-- what each column is for.
CREATE TABLE calendar_feeds (
    coach_id   BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT   NOT NULL UNIQUE,
    locale     TEXT   NOT NULL CHECK (locale IN ('sv', 'en', 'ar')),
    created_at BIGINT NOT NULL,
    read_at    BIGINT,
    reads      BIGINT NOT NULL DEFAULT 0 CHECK (reads >= 0)
);
