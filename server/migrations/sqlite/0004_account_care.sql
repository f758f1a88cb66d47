-- What a coach needs to follow an account, and what a password reset needs.
-- `last_sign_in_at`: shown to the person's coach (nothing else about their use is kept).
-- `session_epoch`: a session remembers the epoch it began in and ends when the account's
-- moves on (a password reset bumps it, so every old session stops at once).
ALTER TABLE users ADD COLUMN last_sign_in_at INTEGER;
ALTER TABLE users ADD COLUMN session_epoch INTEGER NOT NULL DEFAULT 0;

-- An invitation either makes an account (`invite`) or lets its owner choose a new
-- password (`reset`); both are one-time secrets handed over by a coach.
ALTER TABLE invitations ADD COLUMN purpose TEXT NOT NULL DEFAULT 'invite'
    CHECK (purpose IN ('invite', 'reset'));
