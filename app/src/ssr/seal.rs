//! Secrets between "made" and "shown": the database keeps only their hashes, so the person
//! who made one sees it once, on the page after. On the way it travels in their session
//! sealed (XChaCha20-Poly1305 with a key derived from the deployment's), so whichever
//! instance shows the page can open it and the sessions table holds only ciphertext. A
//! sealed value opens only for the purpose it was sealed for, and only until it expires.
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

pub struct Sealer {
    cipher: XChaCha20Poly1305,
    purpose: &'static [u8],
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    value: T,
    until: i64,
}

impl Sealer {
    /// Sealing with `key` (every instance of a deployment derives the same one) for
    /// `purpose` alone.
    pub fn new(key: [u8; 32], purpose: &'static [u8]) -> Self {
        Self {
            cipher: XChaCha20Poly1305::new(Key::from_slice(&key)),
            purpose,
        }
    }

    /// `value` sealed, to be opened before `until`.
    pub fn seal<T: Serialize>(&self, value: T, until: i64) -> Option<String> {
        use rand::Rng;
        let plain = serde_json::to_vec(&Envelope { value, until }).ok()?;
        let mut nonce = [0u8; 24];
        rand::rng().fill(&mut nonce);
        let sealed = self
            .cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &plain,
                    aad: self.purpose,
                },
            )
            .ok()?;
        Some(super::hex(&[&nonce[..], &sealed].concat()))
    }

    /// What `sealed` holds, while `now` is before its expiry.
    pub fn open<T: DeserializeOwned>(&self, sealed: &str, now: i64) -> Option<T> {
        let bytes = unhex(sealed)?;
        let (nonce, sealed) = (bytes.get(..24)?, bytes.get(24..)?);
        let plain = self
            .cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: self.purpose,
                },
            )
            .ok()?;
        let opened: Envelope<T> = serde_json::from_slice(&plain).ok()?;
        (opened.until > now).then_some(opened.value)
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

    #[test]
    fn a_sealed_value_opens_with_the_same_key_and_purpose_until_it_expires() {
        let sealer = Sealer::new([7; 32], b"test");
        let sealed = sealer.seal("SECRETTOKEN", 2_000).expect("sealed");
        assert!(!sealed.contains("SECRETTOKEN"));
        assert_eq!(
            sealer.open::<String>(&sealed, 1_999).as_deref(),
            Some("SECRETTOKEN")
        );
        assert!(sealer.open::<String>(&sealed, 2_000).is_none(), "expired");
        // Another instance of the deployment opens it; another deployment or another
        // purpose does not.
        assert!(Sealer::new([7; 32], b"test")
            .open::<String>(&sealed, 1_000)
            .is_some());
        assert!(Sealer::new([8; 32], b"test")
            .open::<String>(&sealed, 1_000)
            .is_none());
        assert!(Sealer::new([7; 32], b"other")
            .open::<String>(&sealed, 1_000)
            .is_none());
        // Tampered with, it opens as nothing.
        let mut bent = sealed.clone().into_bytes();
        let last = bent.len() - 1;
        bent[last] = if bent[last] == b'0' { b'1' } else { b'0' };
        let bent = String::from_utf8(bent).expect("hex");
        assert!(sealer.open::<String>(&bent, 1_000).is_none());
        assert!(sealer.open::<String>("zz", 1_000).is_none());
    }
}
