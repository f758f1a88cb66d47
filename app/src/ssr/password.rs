//! Password rules and hashing. Rules follow NIST SP 800-63B: 8–128 characters, no
//! composition rules, refuse the most common passwords. Hashing is argon2id with OWASP's
//! parameters, on blocking threads, with a bound on how many run at once so that a flood of
//! sign-ins cannot exhaust memory (each hash takes 19 MiB).
use crate::error::FieldProblem;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::collections::HashSet;
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use tokio::sync::Semaphore;

pub const MIN_LEN: usize = 8;
pub const MAX_LEN: usize = 128;

/// See `common-passwords.md` for where the list comes from.
const COMMON: &str = include_str!("common-passwords.txt");

fn is_common(lowered: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| COMMON.lines().collect())
        .contains(lowered)
}

/// Checks a new password against the rules. Lengths count characters, not bytes, so that a
/// password in Arabic script is judged like one in Latin script.
pub fn check_new(password: &str, login: &str) -> Result<(), FieldProblem> {
    let len = password.chars().count();
    if password.is_empty() {
        return Err(FieldProblem::Required);
    }
    if len < MIN_LEN {
        return Err(FieldProblem::TooShort);
    }
    if len > MAX_LEN {
        return Err(FieldProblem::TooLong);
    }
    let lowered = password.to_lowercase();
    if is_common(&lowered) {
        return Err(FieldProblem::PasswordTooCommon);
    }
    if !login.is_empty() && lowered == login.to_lowercase() {
        return Err(FieldProblem::PasswordSameAsLogin);
    }
    Ok(())
}

fn argon2() -> Argon2<'static> {
    // OWASP: m = 19 MiB, t = 2, p = 1. These are constants, so `Params::new` cannot fail.
    let params = Params::new(19_456, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Bounds concurrent hashing and runs it off the async threads.
#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
}

#[derive(Debug)]
pub enum HashError {
    /// Too many hashes queued; the caller should answer "try again shortly".
    Busy,
    Failed(String),
}

impl Hasher {
    pub fn new(concurrency: usize) -> Self {
        Self {
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
        }
    }

    async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce() -> Result<T, HashError> + Send + 'static,
    ) -> Result<T, HashError> {
        let permit = tokio::time::timeout(
            Duration::from_secs(10),
            self.permits.clone().acquire_owned(),
        )
        .await
        .map_err(|_| HashError::Busy)?
        .map_err(|e| HashError::Failed(e.to_string()))?;
        let result = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            job()
        })
        .await
        .map_err(|e| HashError::Failed(e.to_string()))?;
        result
    }

    pub async fn hash(&self, password: String) -> Result<String, HashError> {
        self.run(move || {
            let mut salt = [0u8; 16];
            rand::RngCore::fill_bytes(&mut rand::rng(), &mut salt);
            let salt =
                SaltString::encode_b64(&salt).map_err(|e| HashError::Failed(e.to_string()))?;
            argon2()
                .hash_password(password.as_bytes(), &salt)
                .map(|h| h.to_string())
                .map_err(|e| HashError::Failed(e.to_string()))
        })
        .await
    }

    /// Verifies `password` against `hash`; with no hash (unknown account) it verifies against
    /// a dummy so that the answer takes as long and reveals nothing about which logins exist.
    pub async fn verify(&self, password: String, hash: Option<String>) -> Result<bool, HashError> {
        self.run(move || {
            let known = hash.is_some();
            let hash = hash.unwrap_or_else(|| dummy_hash().to_string());
            let parsed = PasswordHash::new(&hash).map_err(|e| HashError::Failed(e.to_string()))?;
            let ok = argon2()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok();
            Ok(known && ok)
        })
        .await
    }
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    // A constant salt of valid length: encoding cannot fail, and if it somehow did, an empty
    // hash makes verification fail closed (an internal error, never a sign-in).
    DUMMY.get_or_init(|| match SaltString::encode_b64(b"vagval-dummy-salt") {
        Ok(salt) => argon2()
            .hash_password(b"no account has this password", &salt)
            .map(|h| h.to_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_rules_count_characters() {
        assert_eq!(check_new("", "amal"), Err(FieldProblem::Required));
        assert_eq!(check_new("kort", "amal"), Err(FieldProblem::TooShort));
        // Eight Arabic letters are sixteen bytes but eight characters: long enough.
        assert_eq!(check_new("كلمةسرية", "amal"), Ok(()));
        assert_eq!(
            check_new(&"a".repeat(129), "amal"),
            Err(FieldProblem::TooLong)
        );
        assert_eq!(check_new(&"å".repeat(128), "amal"), Ok(()));
    }

    #[test]
    fn refuses_common_passwords_and_the_login() {
        assert_eq!(
            check_new("Password1", "amal"),
            Err(FieldProblem::PasswordTooCommon)
        );
        assert_eq!(
            check_new("lösenord", "amal"),
            Err(FieldProblem::PasswordTooCommon)
        );
        assert_eq!(
            check_new("amalamal1", "AmalAmal1"),
            Err(FieldProblem::PasswordSameAsLogin)
        );
        assert_eq!(check_new("blå cykel i regnet", "amal"), Ok(()));
        // From the SecLists top list, in any case.
        assert_eq!(
            check_new("Baseball", "amal"),
            Err(FieldProblem::PasswordTooCommon)
        );
        assert_eq!(
            check_new("iloveyou2", "amal"),
            Err(FieldProblem::PasswordTooCommon)
        );
    }

    #[tokio::test]
    async fn hashes_verify_and_unknown_accounts_fail() {
        let hasher = Hasher::new(1);
        let hash = hasher
            .hash("blå cykel i regnet".into())
            .await
            .expect("hash");
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(hasher
            .verify("blå cykel i regnet".into(), Some(hash.clone()))
            .await
            .expect("verify"));
        assert!(!hasher
            .verify("fel".into(), Some(hash))
            .await
            .expect("verify"));
        assert!(!hasher
            .verify("no account has this password".into(), None)
            .await
            .expect("verify"));
    }
}
