//! Invitation secrets between "create" and "shown": only hashes are stored, so the issuer
//! sees the link and code once, on the page after creating the invitation. They travel in
//! the issuer's session sealed (XChaCha20-Poly1305, with a key derived from the
//! deployment's), so whichever instance shows the page can open them and the database
//! holds only ciphertext; they expire after a while and are never shown once the
//! invitation has been used.
use super::IssuedInvitation;
use crate::ids::UserId;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};

/// How long the confirmation page can be reloaded, in seconds.
pub const SHOWN_FOR: i64 = 30 * 60;

/// What binds a sealed value to its use: it opens as nothing else.
const PURPOSE: &[u8] = b"vagval issued invitation";

#[derive(Serialize, Deserialize)]
struct Sealed {
    issued: IssuedInvitation,
    /// The invited person's account, to check that the invitation is still open.
    user_id: UserId,
    until: i64,
}

pub struct Issued {
    cipher: XChaCha20Poly1305,
}

impl Issued {
    /// Sealing with `key` (every instance of a deployment derives the same one).
    pub fn new(key: [u8; 32]) -> Self {
        Self {
            cipher: XChaCha20Poly1305::new(Key::from_slice(&key)),
        }
    }

    /// `issued` sealed for the issuer's session, shown until `now` + [`SHOWN_FOR`].
    pub fn seal(&self, issued: IssuedInvitation, user_id: UserId, now: i64) -> Option<String> {
        use rand::Rng;
        let plain = serde_json::to_vec(&Sealed {
            issued,
            user_id,
            until: now + SHOWN_FOR,
        })
        .ok()?;
        let mut nonce = [0u8; 24];
        rand::rng().fill(&mut nonce);
        let sealed = self
            .cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &plain,
                    aad: PURPOSE,
                },
            )
            .ok()?;
        Some(crate::ssr::hex(&[&nonce[..], &sealed].concat()))
    }

    /// The invitation in `sealed` and the account it is for, while it may be shown.
    pub fn open(&self, sealed: &str, now: i64) -> Option<(IssuedInvitation, UserId)> {
        let bytes = unhex(sealed)?;
        let (nonce, sealed) = (bytes.get(..24)?, bytes.get(24..)?);
        let plain = self
            .cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: PURPOSE,
                },
            )
            .ok()?;
        let opened: Sealed = serde_json::from_slice(&plain).ok()?;
        (opened.until > now).then_some((opened.issued, opened.user_id))
    }
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
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
