-- Failed sign-in and invitation-code attempts, for a throttle shared by several instances
-- (kept in memory by a single SQLite instance; the table keeps both engines' schemas
-- alike). `key` is an HMAC of the kind and the login or address, never the value itself;
-- `at` is milliseconds since 1970.
CREATE TABLE failed_attempts (
    id  INTEGER PRIMARY KEY,
    key TEXT    NOT NULL,
    at  INTEGER NOT NULL
) STRICT;
CREATE INDEX failed_attempts_key ON failed_attempts (key, at);
