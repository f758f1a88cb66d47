//! The reminder task: what is due and when, its words, and sending it. The server runs
//! [`remind`] every few seconds with the [`Push`] it was configured with; tests run it at
//! the moments that matter on the injected clock.
use crate::i18n::{fill, format_moment_in, Key, Locale};
use crate::ids::UserId;
use crate::reminders::store::{DueReminder, PushTarget, ReminderStore};
use crate::reminders::Kind;
use crate::ssr::clock::STOCKHOLM;
use crate::ssr::store::StoreError;
use async_trait::async_trait;
use jiff::{Timestamp, ToSpan};
use std::sync::Arc;

/// How late the task may make a reminder that fell due while it was not running (the
/// server restarting): later than that, a "tomorrow" or "in two hours" is no help.
pub const GRACE: i64 = 15 * 60;

/// How long a made reminder may wait to be sent before it is dropped as too late.
pub const STALE: i64 = 60 * 60;

/// What became of one push.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// The push service took it.
    Delivered,
    /// The subscription has ended (the service said so): the device is dropped.
    Gone,
    /// It did not arrive this time (network, the service's error): not retried.
    Failed,
}

/// Sends one encrypted push to a device: the server's Web Push sender, or a stand-in.
#[async_trait]
pub trait Pusher: Send + Sync {
    async fn push(&self, target: &PushTarget, message: &[u8]) -> Delivery;
}

/// The server's push settings, registered with the stores: the key browsers subscribe
/// with, which push services a subscription may name, and the sender.
pub struct Push {
    /// The VAPID public key, base64url (uncompressed P-256 point).
    pub public_key: String,
    /// Address prefixes a subscription's endpoint must start with (`https://fcm.googleapis.com/`);
    /// a `*.` host allows its subdomains. Anything else is refused: the server posts to
    /// these addresses, so they cannot be left to whoever asks.
    pub services: Vec<String>,
    pub sender: Arc<dyn Pusher>,
    /// Wakes the reminder task when a reminder is made that is due at once.
    pub wake: tokio::sync::Notify,
}

impl Push {
    /// Whether the server may send to `endpoint`.
    pub fn allows(&self, endpoint: &str) -> bool {
        endpoint.len() <= crate::reminders::MAX_ENDPOINT
            && !endpoint.contains(|c: char| c.is_whitespace() || c.is_control())
            && self.services.iter().any(|s| service_allows(s, endpoint))
    }
}

/// `endpoint` is under `service` (`https://host/path/`, or `https://*.host/` for any
/// subdomain of host). The endpoint's host is read up to the first character that ends it
/// in any URL parser (`/`, `?`, `#`, `\`) and must be letters, digits, dots and hyphens (and
/// the service's own port, if it names one): nothing a parser could read as another host
/// (`user@…`, `evil.example?.host`) passes.
fn service_allows(service: &str, endpoint: &str) -> bool {
    let split = |url: &str| -> Option<(String, String, String)> {
        let (scheme, rest) = url.split_once("://")?;
        let end = rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len());
        let (host, path) = rest.split_at(end);
        Some((
            scheme.to_ascii_lowercase(),
            host.to_ascii_lowercase(),
            path.to_string(),
        ))
    };
    let (Some((s_scheme, s_host, s_path)), Some((e_scheme, e_host, e_path))) =
        (split(service), split(endpoint))
    else {
        return false;
    };
    let (e_name, e_port) = match e_host.split_once(':') {
        Some((name, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => {
            (name, Some(port))
        }
        Some(_) => return false,
        None => (e_host.as_str(), None),
    };
    let plain = !e_name.is_empty()
        && e_name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
    let host_ok = match s_host.strip_prefix("*.") {
        Some(domain) => e_port.is_none() && e_name.ends_with(&format!(".{domain}")),
        None => e_host == s_host,
    };
    plain
        && host_ok
        && s_scheme == e_scheme
        && e_path.starts_with('/')
        && e_path.starts_with(&s_path)
        && !endpoint.contains('\\')
}

/// The push services browsers use today (Chrome and Edge on Android and desktop, Firefox,
/// Safari, Windows), the default of `VAGVAL_PUSH_SERVICES`.
pub const KNOWN_SERVICES: &[&str] = &[
    "https://fcm.googleapis.com/",
    "https://updates.push.services.mozilla.com/",
    "https://web.push.apple.com/",
    "https://*.notify.windows.com/",
];

/// When the reminders before a booking starting at `starts_at` are due: the same time the
/// Stockholm day before (so 23 or 25 hours before across a change of the clocks), and two
/// hours before.
pub fn before(starts_at: i64) -> Vec<(Kind, i64)> {
    let mut due = Vec::new();
    if let Ok(at) = Timestamp::from_second(starts_at) {
        if let Ok(day_before) = at.to_zoned_datetime(STOCKHOLM.clone()).checked_sub(1.day()) {
            due.push((Kind::Tomorrow, day_before.timestamp().as_second()));
        }
    }
    due.push((Kind::Soon, starts_at - 2 * 3600));
    due
}

/// What a phone shows for a reminder, in the person's language.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Message {
    pub title: String,
    pub body: String,
    /// The page it opens.
    pub url: String,
    /// A newer reminder about the same thing replaces the older on the phone.
    pub tag: String,
    pub lang: &'static str,
    pub dir: &'static str,
}

/// A reminder's words. `None` when it has nothing to say any more (a meeting cancelled
/// or moved after it was made).
pub fn words(r: &DueReminder, now: Timestamp) -> Option<Message> {
    let l = r.locale;
    let time = |at: i64| {
        crate::ssr::clock::moment(at, now).map(|m| format!("{:02}:{:02}", m.hour, m.minute))
    };
    let when = |at: i64| crate::ssr::clock::moment(at, now).map(|m| format_moment_in(l, m));
    let with = |key: Key, args: &[(&str, &str)]| fill(key.get(l), args);
    let title = r.workshop.as_deref().unwrap_or_default();
    let body = match r.kind {
        Kind::Tomorrow | Kind::Soon => {
            let starts_at = r.starts_at.filter(|_| r.active)?;
            // Made for a time the booking no longer has: it was moved after.
            if !before(starts_at).contains(&(r.kind, r.due_at)) {
                return None;
            }
            let time = time(starts_at)?;
            let key = match (r.kind, r.workshop.is_some()) {
                (Kind::Tomorrow, false) => Key::ReminderTomorrow,
                (Kind::Tomorrow, true) => Key::ReminderTomorrowWorkshop,
                (_, false) => Key::ReminderSoon,
                (_, true) => Key::ReminderSoonWorkshop,
            };
            with(key, &[("time", &time), ("title", title)])
        }
        Kind::Cancelled => {
            // A meeting that has already begun is no news.
            let starts_at = r.starts_at.filter(|at| *at > now.as_second())?;
            let when = when(starts_at)?;
            let key = match (r.workshop.is_some(), r.group_cancelled) {
                (true, true) => Key::ReminderCancelledWorkshop,
                (true, false) => Key::ReminderSeatCancelled,
                (false, _) => Key::ReminderCancelled,
            };
            with(key, &[("when", &when), ("title", title)])
        }
        Kind::Moved => {
            let starts_at = r.starts_at.filter(|_| r.active)?;
            with(Key::ReminderMoved, &[("when", &when(starts_at)?)])
        }
        Kind::Turn => Key::ReminderTurn.get(l).to_string(),
        Kind::Practice => {
            // The goal in the person's own words, kept whole inside the sentence's direction.
            let goal = format!("\u{2068}{}\u{2069}", r.goal.as_deref()?);
            with(Key::ReminderPractice, &[("goal", &goal)])
        }
    };
    let url = match r.kind {
        Kind::Turn => "/dropin".to_string(),
        Kind::Practice => format!("/goals/{}", r.subject),
        _ => format!("/bookings/{}", r.subject),
    };
    Some(Message {
        title: Key::AppName.get(l).to_string(),
        body,
        url,
        tag: format!("{}-{}", r.kind.code(), r.subject),
        lang: l.code(),
        dir: l.dir(),
    })
}

/// What one run of the task did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reminded {
    /// Reminders made because their time came.
    pub made: usize,
    /// Sent to at least one device.
    pub sent: usize,
    /// Reached no device, or no longer to be sent.
    pub failed: usize,
}

/// One run of the reminder task at `now`: makes the reminders before bookings whose time
/// has come, then sends every reminder due. Each is taken by one worker only (`claim`),
/// so instances sharing a database never send one twice.
pub async fn remind(
    store: &dyn ReminderStore,
    push: &Push,
    now: Timestamp,
) -> Result<Reminded, StoreError> {
    let unix = now.as_second();
    let mut done = Reminded::default();
    // Bookings whose day-before time (at most 25 hours before, across a change of the
    // clocks) or two-hour time has come in the last GRACE seconds.
    for b in store.upcoming(unix, unix + 25 * 3600 + GRACE).await? {
        for (kind, due) in before(b.starts_at) {
            if due <= unix
                && due > unix - GRACE
                && store
                    .add_reminder(b.person, kind, b.booking.get(), due)
                    .await?
            {
                done.made += 1;
            }
        }
    }
    // Practice reminders: at the hour a goal asks for, on a day not practised yet.
    let local = now.to_zoned_datetime(STOCKHOLM.clone());
    if let Ok(hour_start) = local
        .date()
        .at(local.hour(), 0, 0, 0)
        .to_zoned_datetime(STOCKHOLM.clone())
    {
        let due = hour_start.timestamp().as_second();
        let hour = u8::try_from(local.hour()).unwrap_or_default();
        if unix - due < GRACE {
            for (person, goal) in store.practice_at(hour, &local.date().to_string()).await? {
                if store
                    .add_reminder(person, Kind::Practice, goal, due)
                    .await?
                {
                    done.made += 1;
                }
            }
        }
    }
    for r in store.due(unix).await? {
        if !store.claim(r.id, unix).await? {
            continue;
        }
        let message = words(&r, now).filter(|_| r.due_at > unix - STALE);
        let Some(message) = message else {
            store.fail(r.id, unix).await?;
            done.failed += 1;
            continue;
        };
        if send(store, push, r.person, &message, unix).await? {
            done.sent += 1;
        } else {
            store.fail(r.id, unix).await?;
            done.failed += 1;
        }
    }
    Ok(done)
}

/// Sends `message` to each of the person's devices; whether any took it.
pub async fn send(
    store: &dyn ReminderStore,
    push: &Push,
    person: UserId,
    message: &Message,
    now: i64,
) -> Result<bool, StoreError> {
    let body = serde_json::to_vec(message).map_err(|e| StoreError(e.to_string()))?;
    let mut reached = false;
    for target in store.push_targets(person).await? {
        if !push.allows(&target.endpoint) {
            store.delivered(target.id, true, now).await?;
            continue;
        }
        match push.sender.push(&target, &body).await {
            Delivery::Delivered => {
                reached = true;
                store.delivered(target.id, false, now).await?;
            }
            Delivery::Gone => {
                tracing::info!(person = %person, device = %target.id, "push subscription gone: device removed");
                store.delivered(target.id, true, now).await?;
            }
            Delivery::Failed => {
                tracing::warn!(person = %person, device = %target.id, "a reminder did not reach a device");
            }
        }
    }
    Ok(reached)
}

/// A reminder due now, for something a coach just did (cancelled, moved, called in). The
/// coach's action stands whatever becomes of it: a failure is logged.
pub async fn at_once(state: &crate::ssr::ServerState, person: UserId, kind: Kind, subject: i64) {
    let made = match state.store.of::<dyn ReminderStore>() {
        Ok(store) => {
            store
                .add_reminder(person, kind, subject, state.clock.unix())
                .await
        }
        Err(e) => Err(e),
    };
    woken(state, made.map(usize::from)).await;
}

/// "Cancelled" reminders, due now, for everyone with a seat in a workshop put out.
pub async fn group_cancelled(state: &crate::ssr::ServerState, group: crate::ids::GroupId) {
    let made = match state.store.of::<dyn ReminderStore>() {
        Ok(store) => store.group_cancelled(group, state.clock.unix()).await,
        Err(e) => Err(e),
    };
    woken(state, made).await;
}

async fn woken(state: &crate::ssr::ServerState, made: Result<usize, StoreError>) {
    match made {
        Ok(0) => {}
        Ok(_) => {
            if let Ok(push) = state.store.of::<Push>() {
                push.wake.notify_one();
            }
        }
        Err(e) => tracing::warn!(error = %e, "a reminder could not be made"),
    }
}

/// The test message the person can send themselves from the reminders page.
pub fn test_message(locale: Locale) -> Message {
    Message {
        title: Key::AppName.get(locale).to_string(),
        body: Key::ReminderTest.get(locale).to_string(),
        url: "/reminders".to_string(),
        tag: "test".to_string(),
        lang: locale.code(),
        dir: locale.dir(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn at(y: i16, m: i8, d: i8, h: i8, min: i8) -> i64 {
        date(y, m, d)
            .at(h, min, 0, 0)
            .to_zoned_datetime(STOCKHOLM.clone())
            .map(|z| z.timestamp().as_second())
            .unwrap_or_default()
    }

    #[test]
    fn the_day_before_is_the_same_time_across_a_change_of_the_clocks() {
        // Sunday 25 October 2026 the clocks go back: 10:00 the day before is 25 hours earlier.
        let meeting = at(2026, 10, 25, 10, 0);
        let due = before(meeting);
        assert_eq!(due[0], (Kind::Tomorrow, at(2026, 10, 24, 10, 0)));
        assert_eq!(meeting - due[0].1, 25 * 3600);
        assert_eq!(due[1], (Kind::Soon, meeting - 7200));
        // In spring, 23 hours.
        let meeting = at(2026, 3, 29, 9, 30);
        assert_eq!(meeting - before(meeting)[0].1, 23 * 3600);
    }

    fn due(kind: Kind, locale: Locale, starts_at: i64, workshop: Option<&str>) -> DueReminder {
        let due_at = before(starts_at)
            .into_iter()
            .find(|(k, _)| *k == kind)
            .map_or(starts_at, |(_, d)| d);
        DueReminder {
            id: 1,
            person: UserId::new(1),
            kind,
            due_at,
            locale,
            starts_at: Some(starts_at),
            active: kind != Kind::Cancelled,
            workshop: workshop.map(str::to_string),
            group_cancelled: workshop.is_some(),
            goal: Some("prata svenska i fikarummet".into()),
            subject: 7,
        }
    }

    #[test]
    fn words_in_each_language_name_no_one() {
        let meeting = at(2026, 10, 25, 10, 0);
        let now = Timestamp::from_second(meeting - 86_000).unwrap_or(Timestamp::UNIX_EPOCH);
        let sv = words(&due(Kind::Tomorrow, Locale::Sv, meeting, None), now).expect("words");
        assert!(
            sv.body.contains("i morgon") && sv.body.contains("10:00"),
            "{}",
            sv.body
        );
        assert_eq!(
            (sv.url.as_str(), sv.lang, sv.dir),
            ("/bookings/7", "sv", "ltr")
        );
        let ar = words(
            &due(Kind::Soon, Locale::Ar, meeting, Some("Skriv ditt CV")),
            now,
        )
        .expect("words");
        assert!(ar.body.contains("Skriv ditt CV") && ar.body.contains("10:00"));
        assert_eq!(ar.dir, "rtl");
        let en = words(&due(Kind::Cancelled, Locale::En, meeting, None), now).expect("words");
        assert!(en.body.contains("cancelled"), "{}", en.body);
        let turn = words(&due(Kind::Turn, Locale::Sv, meeting, None), now).expect("words");
        assert_eq!(turn.body, "Det är din tur nu.");
        assert_eq!(turn.url, "/dropin");
        let practice = words(&due(Kind::Practice, Locale::Sv, meeting, None), now).expect("words");
        assert_eq!(
            practice.body,
            "Dags att öva: \u{2068}prata svenska i fikarummet\u{2069}."
        );
        assert_eq!(practice.url, "/goals/7");
    }

    #[test]
    fn nothing_for_a_cancelled_or_moved_booking() {
        let meeting = at(2026, 12, 8, 10, 0);
        let now = Timestamp::from_second(meeting - 7200).unwrap_or(Timestamp::UNIX_EPOCH);
        let mut r = due(Kind::Soon, Locale::Sv, meeting, None);
        r.active = false;
        assert_eq!(words(&r, now), None);
        let mut moved = due(Kind::Soon, Locale::Sv, meeting, None);
        moved.starts_at = Some(meeting + 3600);
        assert_eq!(words(&moved, now), None);
    }

    #[test]
    fn only_named_push_services() {
        let allowed = |s: &str, e: &str| service_allows(s, e);
        assert!(allowed(
            "https://fcm.googleapis.com/",
            "https://fcm.googleapis.com/fcm/send/abc"
        ));
        assert!(!allowed(
            "https://fcm.googleapis.com/",
            "http://fcm.googleapis.com/fcm/send/abc"
        ));
        assert!(!allowed(
            "https://fcm.googleapis.com/",
            "https://fcm.googleapis.com.evil.example/x"
        ));
        assert!(!allowed(
            "https://fcm.googleapis.com/",
            "https://evil.example/https://fcm.googleapis.com/"
        ));
        assert!(allowed(
            "https://*.notify.windows.com/",
            "https://db5p.notify.windows.com/w/?token=1"
        ));
        assert!(!allowed(
            "https://*.notify.windows.com/",
            "https://notify.windows.com.evil.example/"
        ));
        assert!(!allowed(
            "https://*.notify.windows.com/",
            "https://user@x.notify.windows.com/"
        ));
        // What a URL parser would read as another host, or another port.
        for endpoint in [
            "https://evil.example?.notify.windows.com/",
            "https://evil.example#.notify.windows.com/",
            "https://evil.example\\.notify.windows.com/",
            "https://x.notify.windows.com:8443/",
        ] {
            assert!(
                !allowed("https://*.notify.windows.com/", endpoint),
                "{endpoint}"
            );
        }
        for endpoint in [
            "https://fcm.googleapis.com:444/fcm",
            "https://fcm.googleapis.com?/x",
            "https://fcm.googleapis.com/a\\b",
            "https://FCM.googleapis.com.:443/",
        ] {
            assert!(
                !allowed("https://fcm.googleapis.com/", endpoint),
                "{endpoint}"
            );
        }
        assert!(allowed(
            "http://127.0.0.1:4000/push/",
            "http://127.0.0.1:4000/push/1"
        ));
        assert!(!allowed(
            "http://127.0.0.1:4000/push/",
            "http://127.0.0.1:4001/push/1"
        ));
    }
}
