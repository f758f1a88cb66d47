//! Failed-attempt throttling for sign-in and invitation codes, per account and per peer
//! address. Counts live in memory: a restart forgets them, which costs an attacker nothing
//! they could not get by waiting out the window.
use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub per_account: usize,
    pub per_address: usize,
    pub window: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        // Five tries protect an account well; thirty per address leaves room for a shared
        // office or a mobile carrier's NAT.
        Self {
            per_account: 5,
            per_address: 30,
            window: Duration::from_secs(15 * 60),
        }
    }
}

pub struct Throttle {
    limits: Limits,
    failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

const MAX_KEYS: usize = 100_000;

impl Throttle {
    pub fn new(limits: Limits) -> Self {
        Self {
            limits,
            failures: Mutex::new(HashMap::new()),
        }
    }

    fn keys(account: Option<&str>, addr: IpAddr) -> (Option<String>, String) {
        (
            account.map(|a| format!("a:{}", a.to_lowercase())),
            format!("i:{addr}"),
        )
    }

    fn recent(
        &self,
        map: &mut HashMap<String, VecDeque<Instant>>,
        key: &str,
        now: Instant,
    ) -> usize {
        match map.get_mut(key) {
            Some(times) => {
                while times
                    .front()
                    .is_some_and(|t| now.duration_since(*t) > self.limits.window)
                {
                    times.pop_front();
                }
                times.len()
            }
            None => 0,
        }
    }

    /// Whether another attempt is allowed now.
    pub fn allowed(&self, account: Option<&str>, addr: IpAddr) -> bool {
        let now = Instant::now();
        let (acct, ip) = Self::keys(account, addr);
        let Ok(mut map) = self.failures.lock() else {
            return false;
        };
        let ip_ok = self.recent(&mut map, &ip, now) < self.limits.per_address;
        let acct_ok = acct.is_none_or(|k| self.recent(&mut map, &k, now) < self.limits.per_account);
        ip_ok && acct_ok
    }

    pub fn record_failure(&self, account: Option<&str>, addr: IpAddr) {
        let now = Instant::now();
        let (acct, ip) = Self::keys(account, addr);
        let Ok(mut map) = self.failures.lock() else {
            return;
        };
        if map.len() >= MAX_KEYS {
            let window = self.limits.window;
            map.retain(|_, times| {
                times
                    .back()
                    .is_some_and(|t| now.duration_since(*t) <= window)
            });
        }
        for key in acct.into_iter().chain(std::iter::once(ip)) {
            map.entry(key).or_default().push_back(now);
        }
    }

    /// A successful sign-in clears the account's count (not the address's).
    pub fn record_success(&self, account: &str) {
        if let Ok(mut map) = self.failures.lock() {
            map.remove(&format!("a:{}", account.to_lowercase()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_an_account_after_its_limit_but_not_others() {
        let t = Throttle::new(Limits {
            per_account: 2,
            per_address: 10,
            window: Duration::from_secs(60),
        });
        let ip: IpAddr = "10.0.0.1".parse().expect("ip");
        assert!(t.allowed(Some("amal"), ip));
        t.record_failure(Some("amal"), ip);
        t.record_failure(Some("AMAL"), ip);
        assert!(!t.allowed(Some("amal"), ip));
        assert!(t.allowed(Some("bilal"), ip));
        t.record_success("amal");
        assert!(t.allowed(Some("amal"), ip));
    }

    #[test]
    fn blocks_an_address_across_accounts() {
        let t = Throttle::new(Limits {
            per_account: 100,
            per_address: 3,
            window: Duration::from_secs(60),
        });
        let ip: IpAddr = "10.0.0.2".parse().expect("ip");
        for name in ["a", "b", "c"] {
            t.record_failure(Some(name), ip);
        }
        assert!(!t.allowed(Some("d"), ip));
        assert!(t.allowed(Some("d"), "10.0.0.3".parse().expect("ip")));
    }

    #[test]
    fn forgets_after_the_window() {
        let t = Throttle::new(Limits {
            per_account: 1,
            per_address: 1,
            window: Duration::from_millis(1),
        });
        let ip: IpAddr = "10.0.0.4".parse().expect("ip");
        t.record_failure(Some("a"), ip);
        std::thread::sleep(Duration::from_millis(5));
        assert!(t.allowed(Some("a"), ip));
    }
}
