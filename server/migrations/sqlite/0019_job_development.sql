-- Job development (issue 26): the coach's employers and contacts, job leads, offers to
-- participants and the participant's yes before anyone is presented to an employer.
-- `office`: the office a coach works from, set by the admin who invites them; employers
-- and leads are shared among the coaches of one office ('' is one office too).
ALTER TABLE users ADD COLUMN office TEXT NOT NULL DEFAULT '' CHECK (length(office) <= 100);

-- An employer the office works with: only work details of one contact person.
CREATE TABLE employers (
    id            INTEGER PRIMARY KEY,
    office        TEXT    NOT NULL,
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    place         TEXT    NOT NULL DEFAULT '',
    sector        TEXT    NOT NULL DEFAULT '',
    contact_name  TEXT    NOT NULL DEFAULT '',
    contact_phone TEXT    NOT NULL DEFAULT '',
    contact_email TEXT    NOT NULL DEFAULT '',
    needs         TEXT    NOT NULL DEFAULT '' CHECK (length(needs) <= 2000),
    created_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at    INTEGER NOT NULL,
    changed_at    INTEGER NOT NULL,
    UNIQUE (office, name)
);

-- One contact with an employer: a Stockholm calendar day, how, for whom (a participant, or
-- NULL: general job development) and what came of it. Face-to-face contacts ('visit')
-- count towards the IPS aim of six a week.
CREATE TABLE employer_contacts (
    id             INTEGER PRIMARY KEY,
    employer_id    INTEGER NOT NULL REFERENCES employers(id) ON DELETE CASCADE,
    coach_id       INTEGER NOT NULL REFERENCES users(id),
    participant_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    day            TEXT    NOT NULL CHECK (length(day) = 10),
    how            TEXT    NOT NULL CHECK (how IN ('visit', 'phone', 'digital')),
    note           TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    at             INTEGER NOT NULL
);
CREATE INDEX employer_contacts_coach ON employer_contacts (coach_id, day);
CREATE INDEX employer_contacts_employer ON employer_contacts (employer_id, day);
CREATE INDEX employer_contacts_participant ON employer_contacts (participant_id)
    WHERE participant_id IS NOT NULL;

-- A job lead at an employer: its kind and title as columns, what it asks for (hours,
-- demands, languages, reach, start, mentor) as one JSON document the matching reads.
CREATE TABLE job_leads (
    id          INTEGER PRIMARY KEY,
    employer_id INTEGER NOT NULL REFERENCES employers(id) ON DELETE CASCADE,
    coach_id    INTEGER NOT NULL REFERENCES users(id),
    kind        TEXT    NOT NULL CHECK (kind IN ('job', 'praktik', 'sprakpraktik')),
    title       TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    details     TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    changed_at  INTEGER NOT NULL
);
CREATE INDEX job_leads_employer ON job_leads (employer_id);

-- A lead offered to a participant by their coach, and the participant's answer.
CREATE TABLE lead_offers (
    id             INTEGER PRIMARY KEY,
    lead_id        INTEGER NOT NULL REFERENCES job_leads(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    coach_id       INTEGER NOT NULL REFERENCES users(id),
    offered_at     INTEGER NOT NULL,
    answer         TEXT    CHECK (answer IN ('yes', 'later', 'no')),
    comment        TEXT    NOT NULL DEFAULT '' CHECK (length(comment) <= 1000),
    answered_at    INTEGER,
    UNIQUE (lead_id, participant_id)
);
CREATE INDEX lead_offers_participant ON lead_offers (participant_id);

-- A presentation of a participant to the lead's employer: only on a yes (the insert reads
-- the answer in the same statement), and what was shown, as the consent record the
-- participant sees: `shown` is JSON (which parts, which CV and its version).
CREATE TABLE presentations (
    id             INTEGER PRIMARY KEY,
    offer_id       INTEGER NOT NULL UNIQUE REFERENCES lead_offers(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    coach_id       INTEGER NOT NULL REFERENCES users(id),
    employer_name  TEXT    NOT NULL,
    shown          TEXT    NOT NULL,
    at             INTEGER NOT NULL
);
CREATE INDEX presentations_participant ON presentations (participant_id);

-- A presentation stands only on a yes given and not taken back since.
CREATE TRIGGER presentations_need_yes BEFORE INSERT ON presentations
WHEN NOT EXISTS (SELECT 1 FROM lead_offers o WHERE o.id = NEW.offer_id
                 AND o.participant_id = NEW.participant_id AND o.answer = 'yes')
BEGIN
    SELECT RAISE(ABORT, 'presentation without a yes');
END;
