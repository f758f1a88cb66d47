//! Ids of stored things, each its own type, so that a CV id can never be passed where a
//! person's id is meant. They travel as plain numbers (URLs, forms, JSON).
use serde::{Deserialize, Serialize};

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            pub const fn new(raw: i64) -> Self {
                Self(raw)
            }

            /// The number as stored.
            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse().map(Self)
            }
        }
    };
}

id!(
    /// A person's account: participant, coach or administrator.
    UserId
);
id!(
    /// One CV version.
    CvId
);
id!(
    /// One invitation (an account may be invited more than once).
    InvitationId
);
id!(
    /// One booked guidance appointment.
    BookingId
);
id!(
    /// One group workshop or drop-in window.
    GroupId
);
id!(
    /// One language-practice goal.
    GoalId
);
id!(
    /// One note a coach wrote about a participant.
    NoteId
);
id!(
    /// One employer an office works with.
    EmployerId
);
id!(
    /// One job lead at an employer.
    LeadId
);
id!(
    /// One job lead offered to one participant.
    OfferId
);
id!(
    /// One job application a participant keeps in "Mina ansökningar".
    ApplicationId
);

id!(
    /// One event on a participant's road to work, recorded by a coach.
    OutcomeId
);
id!(
    /// One device a person gets reminders on (a browser's push subscription).
    DeviceId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_travel_as_plain_numbers() {
        assert_eq!(
            serde_json::to_string(&CvId::new(42)).ok().as_deref(),
            Some("42")
        );
        assert_eq!(
            serde_json::from_str::<UserId>("7").ok(),
            Some(UserId::new(7))
        );
        assert_eq!("12".parse::<CvId>().ok(), Some(CvId::new(12)));
        assert_eq!(CvId::new(3).to_string(), "3");
    }
}
