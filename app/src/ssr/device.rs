//! Device cookies (OWASP): a browser that signed in to an account gets a cookie naming a
//! random device id, bound to that account by an HMAC. On the next sign-in to the same
//! account, that browser is throttled by its own count only, so a stranger's guessing
//! cannot lock the owner out. The key lives in memory; after a restart old cookies simply
//! stop counting as known (people are then throttled like anyone else until they sign in).
use super::hex;
use hmac::{Hmac, Mac};
use sha2::Sha256;

pub const COOKIE: &str = "vagval_device";

#[derive(Clone)]
pub struct DeviceKey([u8; 32]);

impl DeviceKey {
    pub fn random() -> Self {
        use rand::Rng;
        let mut key = [0u8; 32];
        rand::rng().fill(&mut key);
        DeviceKey(key)
    }

    /// The key the deployment keeps (`VAGVAL_SECRET_KEY`): every instance, and every
    /// restart, then knows the same browsers.
    pub fn from_bytes(key: [u8; 32]) -> Self {
        DeviceKey(key)
    }

    /// HMAC-SHA256 with the key over `parts`, one after another. (A 32-byte key is always
    /// accepted; `None` cannot happen.)
    fn hmac(&self, parts: &[&[u8]]) -> Option<[u8; 32]> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).ok()?;
        for part in parts {
            mac.update(part);
        }
        let mut out = [0u8; 32];
        out.copy_from_slice(&mac.finalize().into_bytes());
        Some(out)
    }

    fn mac(&self, device: &str, login_key: &str) -> String {
        self.hmac(&[device.as_bytes(), b"|", login_key.as_bytes()])
            .map(|mac| hex(&mac))
            .unwrap_or_default()
    }

    /// An HMAC of `data` with the deployment's key, as hexadecimal: names that reveal
    /// nothing without the key (the throttle's keys in the database).
    pub fn tag(&self, data: &str) -> String {
        self.hmac(&[data.as_bytes()])
            .map(|mac| hex(&mac))
            .unwrap_or_default()
    }

    /// A key of its own for `purpose`, derived from the deployment's key.
    pub fn derive(&self, purpose: &str) -> [u8; 32] {
        self.hmac(&[b"derive|", purpose.as_bytes()])
            .unwrap_or_default()
    }

    /// A new cookie value for a browser that just signed in as `login_key`.
    pub fn issue(&self, login_key: &str) -> String {
        let id = super::random_hex(16);
        let mac = self.mac(&id, login_key);
        format!("{id}.{mac}")
    }

    /// The device id, if `value` is a cookie this server issued for `login_key`.
    pub fn verify(&self, value: &str, login_key: &str) -> Option<String> {
        let (id, mac) = value.split_once('.')?;
        if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let expected = self.mac(id, login_key);
        // Constant-time comparison: the MAC must not be guessable byte by byte.
        let same = expected.len() == mac.len()
            && expected
                .bytes()
                .zip(mac.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0;
        same.then(|| id.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_cookie_works_for_its_account_only() {
        let key = DeviceKey::random();
        let cookie = key.issue("amal");
        let id = key.verify(&cookie, "amal").expect("valid");
        assert_eq!(id.len(), 32);
        assert_eq!(key.verify(&cookie, "bilal"), None);
        assert_eq!(DeviceKey::random().verify(&cookie, "amal"), None);
        let forged = format!("{}.{}", &cookie[..32], "0".repeat(64));
        assert_eq!(key.verify(&forged, "amal"), None);
        assert_eq!(key.verify("junk", "amal"), None);
    }
}
