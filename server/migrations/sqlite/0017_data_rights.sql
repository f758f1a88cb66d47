-- Data rights and account care (issue 25).
-- `deactivated_at`: an admin closed the account; its sessions ended (the epoch moved on)
-- and sign-in is refused with a plain message until it is opened again.
-- `erased_at`: the person was erased; the row stays as the pseudonym the organisation's
-- records (attendance, drop-in visits, the access log) point at, with no name, login or
-- password left in it.
-- `coach_changed_at`: an admin moved the person to another coach and their shares ended;
-- their home page says so until they choose again.
-- `kept_at`, `kept_by`: an admin kept an inactive account from retention; the reason is in
-- `account_actions`, never here.
ALTER TABLE users ADD COLUMN deactivated_at INTEGER;
ALTER TABLE users ADD COLUMN erased_at INTEGER;
ALTER TABLE users ADD COLUMN coach_changed_at INTEGER;
ALTER TABLE users ADD COLUMN kept_at INTEGER;
ALTER TABLE users ADD COLUMN returned_at INTEGER;

-- An erasure waiting for its grace period: asked for by the person, or listed by
-- retention. Taken back by deleting the row; carried out by the server's care task. A
-- pending invitee whose invitation is withdrawn never had an account: the row is deleted,
-- and this table's row and the log's lines about them go with it.
CREATE TABLE erasure_requests (
    user_id  INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    asked_by INTEGER REFERENCES users(id),
    why      TEXT    NOT NULL CHECK (why IN ('asked', 'retention')),
    asked_at INTEGER NOT NULL,
    erase_at INTEGER NOT NULL CHECK (erase_at >= asked_at)
);
CREATE INDEX erasure_requests_due ON erasure_requests (erase_at);

-- What admins, coaches and the server did to accounts: who, what, when — never the values
-- (no names, no reasons' text beyond a kept account's reason, which an admin types for the
-- record). `actor_id` NULL: the server's own daily task.
CREATE TABLE account_actions (
    id         INTEGER PRIMARY KEY,
    actor_id   INTEGER REFERENCES users(id),
    action     TEXT    NOT NULL CHECK (action IN ('moved', 'deactivated', 'reactivated',
                   'erasure_asked', 'erasure_withdrawn', 'erased', 'retention_listed', 'kept',
                   'returned')),
    subject_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    reason     TEXT    NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
    at         INTEGER NOT NULL
);
CREATE INDEX account_actions_at ON account_actions (at);
CREATE INDEX account_actions_subject ON account_actions (subject_id, at);

-- The access log keeps every entry: removing an account must not remove the record of what
-- it read or of who read its data, so its references no longer cascade, and a DELETE is
-- refused like an UPDATE. SQLite cannot change a foreign key in place: the table is made
-- again with the same rows.
DROP TRIGGER access_log_append_only;
CREATE TABLE access_log_kept (
    id INTEGER PRIMARY KEY,
    reader_id INTEGER NOT NULL REFERENCES users(id),
    reader_role TEXT NOT NULL CHECK (reader_role IN ('coach', 'admin')),
    participant_id INTEGER NOT NULL REFERENCES users(id),
    part TEXT NOT NULL,
    how TEXT NOT NULL CHECK (how IN ('view', 'pdf', 'json')),
    cv_id INTEGER,
    at INTEGER NOT NULL,
    request_id TEXT NOT NULL
);
INSERT INTO access_log_kept SELECT id, reader_id, reader_role, participant_id, part, how, cv_id, at, request_id FROM access_log;
DROP TABLE access_log;
ALTER TABLE access_log_kept RENAME TO access_log;
CREATE INDEX access_log_participant ON access_log (participant_id, at);
CREATE UNIQUE INDEX access_log_one_per_request ON access_log (request_id, participant_id, part, how);
CREATE TRIGGER access_log_append_only BEFORE UPDATE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;
CREATE TRIGGER access_log_kept_for_good BEFORE DELETE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;
