//! Failed-attempt throttling for sign-in and invitation codes.
//!
//! An attempt is counted *before* the slow work (the password hash, the invitation query)
//! and forgiven when it succeeds, so a burst of parallel guesses cannot all pass the check
//! before any of them is recorded. Keys are the account, the peer address (an IPv6 address
//! by its /64, which one household or phone usually gets whole) and, for a browser that has
//! signed in to the account before, its device cookie (OWASP's "device cookie" approach):
//! such a browser is judged only by its own count, so a stranger's guesses can neither lock
//! the owner out of their account nor an office out behind its shared address.
//!
//! One instance (SQLite) keeps the counts in memory, in maps of bounded size: a restart
//! forgets them, which costs an attacker nothing they could not get by waiting out the
//! window. Several instances of one deployment (PostgreSQL) keep them in the database
//! ([`AttemptStore`]), so a limit holds for the deployment, not per instance; the keys
//! are stored as HMACs with the deployment's key, never as logins or addresses.
use super::store::StoreError;
use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Failures per account in `window` before strangers are refused.
    pub per_account: usize,
    /// Failures per address (IPv6: per /64) in `window`.
    pub per_address: usize,
    /// Failures by one known device (device cookie) in `window`.
    pub per_device: usize,
    pub window: Duration,
    /// Keys remembered per kind; the oldest half is forgotten when full.
    pub max_keys: usize,
}

impl Default for Limits {
    fn default() -> Self {
        // Five tries protect an account well; thirty per address leaves room for a shared
        // office or a mobile carrier's NAT, and people who signed in from a browser before
        // are not counted there at all.
        Self {
            per_account: 5,
            per_address: 30,
            per_device: 10,
            window: Duration::from_secs(15 * 60),
            max_keys: 100_000,
        }
    }
}

/// Refused: too many recent failures. `retry_after` is when the oldest counted one expires.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Throttled {
    pub retry_after: Duration,
}

/// A counted attempt; hand it back to [`Throttle::succeeded`] when it worked.
#[derive(Debug)]
#[must_use]
pub struct Attempt {
    keys: Vec<(Kind, String)>,
    at: Instant,
    /// When it was counted in the database (ms since 1970), for a shared throttle.
    at_ms: i64,
}

/// A key as the database keeps it: the HMAC of its kind and value, its limit, and
/// whether a success forgives all of its failures (an account's) or only itself.
#[derive(Clone, Debug)]
pub struct SharedKey {
    pub key: String,
    pub limit: i64,
    pub whole: bool,
}

/// The counts of a deployment of several instances, in its database.
#[async_trait::async_trait]
pub trait AttemptStore: Send + Sync {
    /// Counts an attempt at `now_ms` against each of `keys`, unless one of them already
    /// has its limit within the `window_ms` before: then nothing is counted, and the
    /// answer is how long (ms) until the oldest of those expires. One transaction, so
    /// attempts made at once are counted one by one.
    async fn count_attempt(
        &self,
        keys: &[SharedKey],
        now_ms: i64,
        window_ms: i64,
    ) -> Result<Option<i64>, StoreError>;

    /// The attempt counted at `at_ms` worked: it no longer counts, and for a `whole` key
    /// (an account) neither do the failures before it.
    async fn forgive_attempt(&self, keys: &[SharedKey], at_ms: i64) -> Result<(), StoreError>;

    /// Forgets attempts made at or before `before_ms` (the periodic clean-up).
    async fn forget_attempts(&self, before_ms: i64) -> Result<u64, StoreError>;
}

/// Where the counts are kept, and the HMAC that names keys in the database.
struct Shared {
    store: Arc<dyn AttemptStore>,
    namer: super::device::DeviceKey,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Kind {
    Account,
    Address,
    Device,
}

/// A map that forgets its older half when full: two generations, each at most half the
/// capacity. Every operation is O(1) (amortised), and memory is bounded whatever the keys.
struct Bounded {
    current: HashMap<String, VecDeque<Instant>>,
    previous: HashMap<String, VecDeque<Instant>>,
    half: usize,
}

impl Bounded {
    fn new(max_keys: usize) -> Self {
        Self {
            current: HashMap::new(),
            previous: HashMap::new(),
            half: (max_keys / 2).max(1),
        }
    }

    fn len(&self) -> usize {
        self.current.len() + self.previous.len()
    }

    /// The key's times, moved into the current generation.
    fn entry(&mut self, key: &str) -> &mut VecDeque<Instant> {
        if !self.current.contains_key(key) {
            if self.current.len() >= self.half {
                self.previous = std::mem::take(&mut self.current);
            }
            let times = self.previous.remove(key).unwrap_or_default();
            self.current.insert(key.to_string(), times);
        }
        self.current.entry(key.to_string()).or_default()
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut VecDeque<Instant>> {
        match self.current.get_mut(key) {
            Some(times) => Some(times),
            None => self.previous.get_mut(key),
        }
    }
}

pub struct Throttle {
    limits: Limits,
    maps: Mutex<[Bounded; 3]>,
    shared: Option<Shared>,
}

fn unix_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// The address as throttled: IPv4 as is, IPv6 by its /64 (IPv4-mapped IPv6 as IPv4).
pub fn address_key(addr: IpAddr) -> String {
    match addr {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

impl Throttle {
    /// A throttle for one instance: counts in memory.
    pub fn new(limits: Limits) -> Self {
        Self {
            limits,
            maps: Mutex::new([
                Bounded::new(limits.max_keys),
                Bounded::new(limits.max_keys),
                Bounded::new(limits.max_keys),
            ]),
            shared: None,
        }
    }

    /// A throttle for a deployment of several instances: counts in `store`, keys named
    /// by HMACs with `namer` (the deployment's key, the same on every instance).
    pub fn shared(
        limits: Limits,
        store: Arc<dyn AttemptStore>,
        namer: super::device::DeviceKey,
    ) -> Self {
        Self {
            shared: Some(Shared { store, namer }),
            ..Self::new(limits)
        }
    }

    fn shared_keys(&self, shared: &Shared, keys: &[(Kind, String)]) -> Vec<SharedKey> {
        keys.iter()
            .map(|(kind, key)| SharedKey {
                key: shared.namer.tag(&format!("throttle|{kind:?}|{key}")),
                limit: self.limit(*kind) as i64,
                whole: *kind == Kind::Account,
            })
            .collect()
    }

    fn keys(account: Option<&str>, addr: IpAddr, device: Option<&str>) -> Vec<(Kind, String)> {
        match device {
            Some(device) => vec![(Kind::Device, device.to_string())],
            None => account
                .map(|a| (Kind::Account, a.to_lowercase()))
                .into_iter()
                .chain(std::iter::once((Kind::Address, address_key(addr))))
                .collect(),
        }
    }

    fn limit(&self, kind: Kind) -> usize {
        match kind {
            Kind::Account => self.limits.per_account,
            Kind::Address => self.limits.per_address,
            Kind::Device => self.limits.per_device,
        }
    }

    /// Counts an attempt, or refuses it when a key it counts against is used up.
    /// `device` is the id of a valid device cookie for this account, if the browser sent one:
    /// then only the device's own count applies.
    pub async fn attempt(
        &self,
        account: Option<&str>,
        addr: IpAddr,
        device: Option<&str>,
    ) -> Result<Attempt, Throttled> {
        let Some(shared) = &self.shared else {
            return self.attempt_at(account, addr, device, Instant::now());
        };
        let keys = Self::keys(account, addr, device);
        let now_ms = unix_ms();
        let window_ms = self.limits.window.as_millis() as i64;
        match shared
            .store
            .count_attempt(&self.shared_keys(shared, &keys), now_ms, window_ms)
            .await
        {
            Ok(None) => Ok(Attempt {
                keys,
                at: Instant::now(),
                at_ms: now_ms,
            }),
            Ok(Some(wait_ms)) => Err(Throttled {
                retry_after: Duration::from_millis(wait_ms.max(0) as u64),
            }),
            // Not counted is not allowed: refused, as with a poisoned lock.
            Err(e) => {
                tracing::error!(error = %e, "the throttle's counts could not be read");
                Err(Throttled {
                    retry_after: self.limits.window,
                })
            }
        }
    }

    /// The in-memory count, now: what the unit tests below drive.
    #[cfg(test)]
    fn attempt_now(
        &self,
        account: Option<&str>,
        addr: IpAddr,
        device: Option<&str>,
    ) -> Result<Attempt, Throttled> {
        self.attempt_at(account, addr, device, Instant::now())
    }

    fn attempt_at(
        &self,
        account: Option<&str>,
        addr: IpAddr,
        device: Option<&str>,
        now: Instant,
    ) -> Result<Attempt, Throttled> {
        let keys = Self::keys(account, addr, device);
        let Ok(mut maps) = self.maps.lock() else {
            return Err(Throttled {
                retry_after: self.limits.window,
            });
        };
        let window = self.limits.window;
        let mut refused: Option<Duration> = None;
        for (kind, key) in &keys {
            let Some(times) = maps[*kind as usize].get_mut(key) else {
                continue;
            };
            while times
                .front()
                .is_some_and(|t| now.duration_since(*t) >= window)
            {
                times.pop_front();
            }
            if times.len() >= self.limit(*kind) {
                let oldest = times.front().copied().unwrap_or(now);
                let wait = window.saturating_sub(now.duration_since(oldest));
                refused = Some(refused.map_or(wait, |w| w.max(wait)));
            }
        }
        if let Some(retry_after) = refused {
            return Err(Throttled { retry_after });
        }
        for (kind, key) in &keys {
            let limit = self.limit(*kind);
            let times = maps[*kind as usize].entry(key);
            times.push_back(now);
            // Only the newest `limit` matter; older ones can only expire.
            while times.len() > limit {
                times.pop_front();
            }
        }
        Ok(Attempt {
            keys,
            at: now,
            at_ms: 0,
        })
    }

    /// The attempt worked: it does not count, and the account's failures are forgiven.
    pub async fn succeeded(&self, attempt: Attempt) {
        if let Some(shared) = &self.shared {
            let keys = self.shared_keys(shared, &attempt.keys);
            if let Err(e) = shared.store.forgive_attempt(&keys, attempt.at_ms).await {
                tracing::warn!(error = %e, "a successful attempt could not be forgiven");
            }
            return;
        }
        self.forget_in_memory(attempt);
    }

    fn forget_in_memory(&self, attempt: Attempt) {
        let Ok(mut maps) = self.maps.lock() else {
            return;
        };
        for (kind, key) in attempt.keys {
            let map = &mut maps[kind as usize];
            if kind == Kind::Account {
                if let Some(times) = map.get_mut(&key) {
                    times.clear();
                }
            } else if let Some(times) = map.get_mut(&key) {
                if let Some(pos) = times.iter().rposition(|t| *t == attempt.at) {
                    times.remove(pos);
                }
            }
        }
    }

    /// Keys remembered, over all kinds (for the memory bound's test).
    pub fn remembered(&self) -> usize {
        self.maps
            .lock()
            .map(|maps| maps.iter().map(Bounded::len).sum())
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(per_account: usize, per_address: usize) -> Limits {
        Limits {
            per_account,
            per_address,
            per_device: 3,
            window: Duration::from_secs(60),
            max_keys: 1_000,
        }
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("ip")
    }

    #[test]
    fn blocks_an_account_after_its_limit_but_not_others() {
        let t = Throttle::new(limits(2, 10));
        let a = ip("10.0.0.1");
        let _ = t.attempt_now(Some("amal"), a, None).expect("first");
        let _ = t.attempt_now(Some("AMAL"), a, None).expect("second");
        assert!(t.attempt_now(Some("amal"), a, None).is_err());
        assert!(t.attempt_now(Some("bilal"), a, None).is_ok());
    }

    #[test]
    fn success_forgives_the_account() {
        let t = Throttle::new(limits(2, 10));
        let a = ip("10.0.0.1");
        let _ = t.attempt_now(Some("amal"), a, None).expect("first");
        let ok = t.attempt_now(Some("amal"), a, None).expect("second");
        t.forget_in_memory(ok);
        assert!(t.attempt_now(Some("amal"), a, None).is_ok());
    }

    #[test]
    fn blocks_an_address_across_accounts_and_says_how_long() {
        let t = Throttle::new(limits(100, 3));
        let a = ip("10.0.0.2");
        let start = Instant::now();
        for name in ["a", "b", "c"] {
            let _ = t.attempt_at(Some(name), a, None, start).expect("counted");
        }
        let later = start + Duration::from_secs(20);
        let refused = t
            .attempt_at(Some("d"), a, None, later)
            .expect_err("refused");
        assert_eq!(refused.retry_after, Duration::from_secs(40));
        assert!(t.attempt_now(Some("d"), ip("10.0.0.3"), None).is_ok());
        // After the window, allowed again.
        assert!(t
            .attempt_at(Some("d"), a, None, start + Duration::from_secs(61))
            .is_ok());
    }

    #[test]
    fn ipv6_is_counted_by_its_64() {
        let t = Throttle::new(limits(100, 2));
        let _ = t.attempt_now(None, ip("2001:db8:1:2::1"), None).expect("1");
        let _ = t
            .attempt_now(None, ip("2001:db8:1:2:ffff::9"), None)
            .expect("2");
        assert!(t.attempt_now(None, ip("2001:db8:1:2::77"), None).is_err());
        assert!(t.attempt_now(None, ip("2001:db8:1:3::1"), None).is_ok());
        assert_eq!(address_key(ip("::ffff:10.1.2.3")), "10.1.2.3");
    }

    #[test]
    fn a_known_device_gets_through_an_attack_on_its_account() {
        let t = Throttle::new(limits(2, 2));
        let stranger = ip("203.0.113.9");
        for _ in 0..10 {
            let _ = t.attempt_now(Some("amal"), stranger, None);
        }
        assert!(t
            .attempt_now(Some("amal"), ip("198.51.100.1"), None)
            .is_err());
        // The owner's browser, with its device cookie, from the attacked address even.
        let ok = t
            .attempt_now(Some("amal"), stranger, Some("device-1"))
            .expect("owner");
        t.forget_in_memory(ok);
        // A stolen device cookie has its own small budget.
        for _ in 0..3 {
            let _ = t.attempt_now(Some("amal"), stranger, Some("device-2"));
        }
        assert!(t
            .attempt_now(Some("amal"), stranger, Some("device-2"))
            .is_err());
    }

    #[test]
    fn memory_stays_bounded_under_a_million_keys() {
        let t = Throttle::new(Limits {
            max_keys: 10_000,
            ..limits(5, 5)
        });
        for n in 0u32..1_000_000 {
            let addr = IpAddr::from(n.to_be_bytes());
            let _ = t.attempt_now(Some(&format!("user{n}")), addr, None);
            // At most `max_keys` per kind, whatever arrives.
            if n % 65_536 == 0 {
                assert!(t.remembered() <= 2 * 10_000, "{}", t.remembered());
            }
        }
        assert!(t.remembered() <= 2 * 10_000, "{}", t.remembered());
    }
}
