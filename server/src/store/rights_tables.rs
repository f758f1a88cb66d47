//! Every table of the schema, sorted by what the export and erasure do with it. A table
//! that is in neither list fails the completeness test (`server/tests/it/rights.rs`), so a
//! new feature cannot forget a person's data; `docs/export.md` describes each section.

/// A table the export reads: its name and which of its rows are the person's (`$1` is the
/// person's id). The order is the export's.
pub struct Exported {
    pub table: &'static str,
    pub whose: &'static str,
}

pub const EXPORTED: &[Exported] = &[
    Exported {
        table: "users",
        whose: "id = $1",
    },
    Exported {
        table: "invitations",
        whose: "user_id = $1",
    },
    Exported {
        table: "cvs",
        whose: "owner_id = $1",
    },
    Exported {
        table: "cv_drafts",
        whose: "cv_id IN (SELECT id FROM cvs WHERE owner_id = $1)",
    },
    Exported {
        table: "profile_parts",
        whose: "owner_id = $1",
    },
    Exported {
        table: "profile_revisions",
        whose: "owner_id = $1",
    },
    Exported {
        table: "practice_goals",
        whose: "owner_id = $1",
    },
    Exported {
        table: "practice_log",
        whose: "goal_id IN (SELECT id FROM practice_goals WHERE owner_id = $1)",
    },
    Exported {
        table: "goal_pauses",
        whose: "goal_id IN (SELECT id FROM practice_goals WHERE owner_id = $1)",
    },
    Exported {
        table: "job_applications",
        whose: "owner_id = $1",
    },
    Exported {
        table: "bookings",
        whose: "participant_id = $1",
    },
    Exported {
        table: "group_sessions",
        whose: "id IN (SELECT session_id FROM bookings WHERE participant_id = $1)
                OR id IN (SELECT session_id FROM queue_entries WHERE participant_id = $1)",
    },
    Exported {
        table: "queue_entries",
        whose: "participant_id = $1",
    },
    Exported {
        table: "shares",
        whose: "participant_id = $1",
    },
    Exported {
        table: "consent_events",
        whose: "participant_id = $1",
    },
    Exported {
        table: "coach_notes",
        whose: "participant_id = $1",
    },
    Exported {
        table: "coach_note_history",
        whose: "note_id IN (SELECT id FROM coach_notes WHERE participant_id = $1)",
    },
    Exported {
        table: "access_log",
        whose: "participant_id = $1",
    },
    Exported {
        table: "erasure_requests",
        whose: "user_id = $1",
    },
    Exported {
        table: "account_actions",
        whose: "subject_id = $1",
    },
    Exported {
        table: "job_leads",
        whose: "id IN (SELECT lead_id FROM lead_offers WHERE participant_id = $1)",
    },
    Exported {
        table: "lead_offers",
        whose: "participant_id = $1",
    },
    Exported {
        table: "presentations",
        whose: "participant_id = $1",
    },
    Exported {
        table: "employer_contacts",
        whose: "participant_id = $1",
    },
    Exported {
        table: "outcome_events",
        whose: "person_id = $1",
    },
    Exported {
        table: "push_devices",
        whose: "user_id = $1",
    },
    Exported {
        table: "reminder_opt_outs",
        whose: "user_id = $1",
    },
    Exported {
        table: "reminders",
        whose: "user_id = $1",
    },
    Exported {
        table: "outcome_history",
        whose: "person_id = $1",
    },
];

/// Columns never exported: secrets that are of no use to the person and would weaken the
/// account if the file went astray (a device's push address and keys among them).
pub const SECRET_COLUMNS: &[&str] = &[
    "password_hash",
    "login_key",
    "token_hash",
    "code_hash",
    "endpoint",
    "p256dh",
    "auth",
];

/// Columns that hold a JSON document, exported as the document rather than as its text.
pub const DOCUMENT_COLUMNS: &[&str] = &["document", "details", "shown"];

/// Tables that hold nothing about a participant, each with the reason.
pub const NOT_PERSONAL: &[(&str, &str)] = &[
    ("booking_rules", "a coach's own rules for bookable meetings"),
    ("weekly_hours", "a coach's own weekly hours"),
    ("closed_days", "a coach's own closed days"),
    ("extra_hours", "a coach's own extra hours"),
    (
        "calendar_feeds",
        "a coach's own calendar address: the hash of its secret, its language and when it \
         was last fetched; it names no one",
    ),
    (
        "sessions",
        "sign-in sessions: a random id, the account number and its epoch, and for a moment \
         a refused form's typed values until the next page shows them; deleted with the \
         person's erasure, ended at once by deactivation, and deleted by the periodic \
         clean-up once idle past their expiry",
    ),
    (
        "failed_attempts",
        "failed sign-ins counted under a keyed hash, never the login or address; deleted \
         after the throttle's window",
    ),
    (
        "employers",
        "an office's employers: organisations and one work contact each, not a participant's \
         data (a presentation keeps the employer's name as it was shown)",
    ),
    ("_sqlx_migrations", "the schema's version history"),
];
