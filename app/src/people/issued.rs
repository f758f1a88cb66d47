//! Invitation secrets between "create" and "shown": the issuer sees the link and code
//! once, on the page after creating the invitation, sealed in their session on the way
//! (`crate::ssr::seal`); they expire after a while and are never shown once the invitation
//! has been used.
use super::IssuedInvitation;
use crate::ids::UserId;
use crate::ssr::seal::Sealer;

/// How long the confirmation page can be reloaded, in seconds.
pub const SHOWN_FOR: i64 = 30 * 60;

pub struct Issued(Sealer);

impl Issued {
    /// Sealing with `key` (every instance of a deployment derives the same one).
    pub fn new(key: [u8; 32]) -> Self {
        Self(Sealer::new(key, b"vagval issued invitation"))
    }

    /// `issued` sealed for the issuer's session, shown until `now` + [`SHOWN_FOR`], with
    /// the invited person's account (to check that the invitation is still open).
    pub fn seal(&self, issued: IssuedInvitation, user_id: UserId, now: i64) -> Option<String> {
        self.0.seal((issued, user_id), now + SHOWN_FOR)
    }

    /// The invitation in `sealed` and the account it is for, while it may be shown.
    pub fn open(&self, sealed: &str, now: i64) -> Option<(IssuedInvitation, UserId)> {
        self.0.open(sealed, now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Role;
    use crate::invite::Purpose;

    fn invitation() -> IssuedInvitation {
        IssuedInvitation {
            person: UserId::new(7),
            display_name: "Nour".into(),
            role: Role::Participant,
            purpose: Purpose::Invite,
            link: "https://vagval.example/invite/SECRETTOKEN".into(),
            code: "ABCD-EFGH".into(),
            valid_days: 7,
            valid_until: crate::i18n::CalendarDay {
                year: 2026,
                month: 12,
                day: 14,
                weekday: 1,
            },
            qr_svg: String::new(),
        }
    }

    #[test]
    fn a_sealed_invitation_opens_with_the_same_key_until_it_expires() {
        let issued = Issued::new([7; 32]);
        let sealed = issued
            .seal(invitation(), UserId::new(7), 1_000)
            .expect("sealed");
        assert!(!sealed.contains("SECRETTOKEN") && !sealed.contains("ABCD"));
        let (opened, user) = issued.open(&sealed, 1_000 + SHOWN_FOR - 1).expect("opened");
        assert_eq!((opened, user), (invitation(), UserId::new(7)));
        assert!(issued.open(&sealed, 1_000 + SHOWN_FOR).is_none(), "expired");
        // Another instance of the deployment opens it; another deployment does not.
        assert!(Issued::new([7; 32]).open(&sealed, 1_000).is_some());
        assert!(Issued::new([8; 32]).open(&sealed, 1_000).is_none());
        // Tampered with, it opens as nothing.
        let mut bent = sealed.clone().into_bytes();
        let last = bent.len() - 1;
        bent[last] = if bent[last] == b'0' { b'1' } else { b'0' };
        assert!(issued
            .open(&String::from_utf8(bent).expect("hex"), 1_000)
            .is_none());
        assert!(issued.open("zz", 1_000).is_none());
    }
}
