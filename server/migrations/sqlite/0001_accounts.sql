-- Accounts exist from the moment someone is invited; login and password arrive when the
-- person accepts. `login_key` is the login lower-cased in Rust (SQLite's NOCASE folds only
-- ASCII), so that "Amal" and "amal" — and "ÅSA" and "åsa" — are the same account.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    login         TEXT,
    login_key     TEXT UNIQUE,
    display_name  TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('participant', 'coach', 'admin')),
    password_hash TEXT,
    coach_id      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_by    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at    INTEGER NOT NULL,
    activated_at  INTEGER
) STRICT;

CREATE INDEX users_by_coach ON users (coach_id) WHERE coach_id IS NOT NULL;
CREATE INDEX users_by_role ON users (role);

-- Only hashes of the link token and the short code are kept.
CREATE TABLE invitations (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash  TEXT    NOT NULL UNIQUE,
    code_hash   TEXT    NOT NULL UNIQUE,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER,
    revoked_at  INTEGER,
    created_at  INTEGER NOT NULL
) STRICT;

CREATE INDEX invitations_by_user ON invitations (user_id);
