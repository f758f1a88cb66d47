-- Reminders on the phone (issue 28): Web Push to the devices a participant turned them on
-- for, in their language.
-- `users.locale`: the language the person last used the portal in (set when they sign in
-- or switch language), which a reminder speaks, since it is sent without any page.
ALTER TABLE users ADD COLUMN locale TEXT NOT NULL DEFAULT 'sv' CHECK (locale IN ('sv', 'en', 'ar'));

-- `practice_goals.remind_hour`: the Stockholm hour (0–23) the person asked to be reminded
-- to practise a Språkmål goal, on a day they have not practised yet; none: no reminder.
ALTER TABLE practice_goals ADD COLUMN remind_hour INTEGER CHECK (remind_hour BETWEEN 0 AND 23);

-- A device's push subscription: where its browser's push service takes messages for it
-- (`endpoint`, a capability address) and the keys a message is encrypted to. `label`: what
-- the browser said it was ("Android"), so the person can tell their devices apart;
-- `sent_at`: when one last reached it. A push service that answers "gone" drops the row.
CREATE TABLE push_devices (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    endpoint TEXT NOT NULL UNIQUE CHECK (length(endpoint) <= 1000),
    p256dh TEXT NOT NULL CHECK (length(p256dh) <= 200),
    auth TEXT NOT NULL CHECK (length(auth) <= 100),
    label TEXT NOT NULL DEFAULT '' CHECK (length(label) <= 40),
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE INDEX push_devices_user ON push_devices (user_id);

-- The kinds of reminder a person stopped (every kind is on until they do).
CREATE TABLE reminder_opt_outs (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    setting TEXT NOT NULL CHECK (setting IN ('before', 'changes', 'turn', 'practice')),
    PRIMARY KEY (user_id, setting)
);

-- Each reminder once: who, what (`kind`, about `subject_id`: a booking, or a drop-in
-- window for `turn`, a goal for `practice`), when it is due, and whether it was sent or failed. The unique key is
-- what keeps it to once, however often and on however many instances the worker runs.
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('tomorrow', 'soon', 'cancelled', 'moved', 'turn', 'practice')),
    subject_id INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    sent_at INTEGER,
    failed_at INTEGER,
    UNIQUE (user_id, kind, subject_id, due_at)
);
CREATE INDEX reminders_waiting ON reminders (due_at) WHERE sent_at IS NULL AND failed_at IS NULL;
