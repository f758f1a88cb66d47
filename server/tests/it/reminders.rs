//! Reminders on the phone, over real HTTP, with a push service stand-in on loopback: it
//! takes each push the portal sends, checks its VAPID signature against the key the
//! portal published, and decrypts it (RFC 8291) with the test phone's private key, so the
//! tests read the words the phone would show.
use crate::common::*;
use crate::groups::{location, publish, workshop};
use app::reminders::server::{remind, Push};
use app::ssr::store::{BookingId, UserId};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine as _;
use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;
use web_push_native::p256;

/// The portal's VAPID private key in these tests.
const VAPID: [u8; 32] = [9; 32];

/// One push as the stand-in received it.
struct Received {
    phone: String,
    headers: HeaderMap,
    body: Vec<u8>,
}

#[derive(Clone)]
struct StandIn {
    base: String,
    sent: mpsc::UnboundedSender<Received>,
    /// Phones whose subscription has ended: the service answers 410 Gone.
    gone: Arc<Mutex<HashSet<String>>>,
}

async fn receive(
    State(s): State<StandIn>,
    Path(phone): Path<String>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> StatusCode {
    if s.gone.lock().expect("lock").contains(&phone) {
        return StatusCode::GONE;
    }
    let _ = s.sent.send(Received {
        phone,
        headers,
        body: body.to_vec(),
    });
    StatusCode::CREATED
}

/// A push service on a free loopback port, and what it receives.
async fn stand_in() -> (StandIn, mpsc::UnboundedReceiver<Received>) {
    let (sent, received) = mpsc::unbounded_channel();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let s = StandIn {
        base: format!("http://{}", listener.local_addr().expect("addr")),
        sent,
        gone: Arc::default(),
    };
    let app = axum::Router::new()
        .route("/push/{phone}", axum::routing::post(receive))
        .with_state(s.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (s, received)
}

/// A phone's browser: its subscription's keys, as `pushManager.subscribe` makes them.
struct Phone {
    name: String,
    key: p256::SecretKey,
    auth: [u8; 16],
}

impl Phone {
    fn new(name: &str, seed: u8) -> Phone {
        Phone {
            name: name.into(),
            key: p256::SecretKey::from_slice(&[seed; 32]).expect("key"),
            auth: [seed.wrapping_add(1); 16],
        }
    }

    fn endpoint(&self, s: &StandIn) -> String {
        format!("{}/push/{}", s.base, self.name)
    }

    fn form(&self, s: &StandIn) -> Vec<(String, String)> {
        use p256::elliptic_curve::sec1::ToEncodedPoint;
        let public = self.key.public_key().to_encoded_point(false);
        vec![
            ("endpoint".into(), self.endpoint(s)),
            ("p256dh".into(), B64.encode(public.as_bytes())),
            ("auth".into(), B64.encode(self.auth)),
        ]
    }

    /// Turns reminders on as `/push.js` does.
    async fn subscribe(&self, srv: &TestServer, s: &StandIn, cookie: &str) -> StatusCode {
        let form = self.form(s);
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        srv.call("add-push-device", &form, Some(cookie))
            .await
            .status()
    }

    /// The message a push carries, after checking that the portal signed it with the key
    /// it publishes and that it is encrypted for this phone alone.
    fn read(&self, push: &Received, published: &str, s: &StandIn) -> serde_json::Value {
        use p256::ecdsa::signature::Verifier;
        assert_eq!(push.phone, self.name);
        assert_eq!(push.headers["content-encoding"], "aes128gcm");
        let ttl: u64 = push.headers["ttl"]
            .to_str()
            .expect("ttl")
            .parse()
            .expect("n");
        assert!((1..=86_400).contains(&ttl), "TTL {ttl}");
        let auth = push.headers["authorization"].to_str().expect("header");
        let (token, key) = auth
            .strip_prefix("vapid t=")
            .and_then(|a| a.split_once(", k="))
            .expect("vapid t=…, k=…");
        assert_eq!(
            key, published,
            "signed with the key browsers subscribed with"
        );
        let (signed, signature) = token.rsplit_once('.').expect("a JWT");
        let verifying = p256::ecdsa::VerifyingKey::from_sec1_bytes(&B64.decode(key).expect("b64"))
            .expect("a P-256 point");
        let signature =
            p256::ecdsa::Signature::from_slice(&B64.decode(signature).expect("b64")).expect("r||s");
        verifying
            .verify(signed.as_bytes(), &signature)
            .expect("the VAPID signature verifies");
        let claims = signed.split('.').nth(1).expect("claims");
        let claims: serde_json::Value =
            serde_json::from_slice(&B64.decode(claims).expect("b64")).expect("json");
        assert_eq!(claims["aud"], s.base.as_str());
        let now = jiff::Timestamp::now().as_second();
        let exp = claims["exp"].as_i64().expect("exp");
        assert!(exp > now && exp <= now + 86_400, "exp {exp}");
        let plain = web_push_native::decrypt(
            push.body.clone(),
            &self.key,
            &web_push_native::Auth::clone_from_slice(&self.auth),
        )
        .expect("decrypted with the phone's key");
        serde_json::from_slice(&plain).expect("json")
    }
}

/// The next push within a few seconds.
async fn next(received: &mut mpsc::UnboundedReceiver<Received>) -> Received {
    tokio::time::timeout(Duration::from_secs(15), received.recv())
        .await
        .expect("a push within 15 s")
        .expect("stand-in running")
}

fn nothing_more(received: &mut mpsc::UnboundedReceiver<Received>) {
    assert!(received.try_recv().is_err(), "no more pushes");
}

/// The portal's own sender, for running the reminder task at chosen moments.
fn pusher(s: &StandIn) -> Push {
    let sender = server::push::WebPush::new(&VAPID, "mailto:it@example.org").expect("key");
    Push {
        public_key: sender.public_key().to_string(),
        services: vec![format!("{}/push/", s.base)],
        sender: Arc::new(sender),
        wake: tokio::sync::Notify::new(),
    }
}

async fn portal(s: &StandIn, task: bool) -> TestServer {
    let services = vec![format!("{}/push/", s.base)];
    spawn_with(move |c| {
        c.push_services = services;
        c.vapid_key = Some(server::config::SecretKey(VAPID));
        // An hour: the task runs by itself only when woken by a coach's action.
        c.remind_every = task.then_some(Duration::from_secs(3600));
    })
    .await
}

fn at(local: &str) -> jiff::Timestamp {
    local
        .parse::<jiff::civil::DateTime>()
        .expect("civil")
        .to_zoned_datetime(app::ssr::clock::STOCKHOLM.clone())
        .expect("zoned")
        .timestamp()
}

/// A meeting of the demo coach's with `person`, planted in the store.
async fn meeting(srv: &TestServer, person: UserId, starts: &str, key: &str) -> BookingId {
    use app::booking::store::{BookOutcome, NewBooking};
    let coach = UserId::new(id_of(srv, "coach").await.parse().expect("id"));
    let starts_at = at(starts).as_second();
    let booking = NewBooking {
        coach,
        participant: person,
        starts_at,
        ends_at: starts_at + 45 * 60,
        help: String::new(),
        interpreter: String::new(),
        needs: String::new(),
        key: key.into(),
        buffer: 0,
        max_future: 10,
    };
    let made = srv
        .on_server(move |store| async move { store.book(booking, starts_at - 40 * 86_400).await })
        .await;
    match made.expect("book") {
        BookOutcome::Booked(id) => id,
        other => panic!("{other:?}"),
    }
}

/// One run of the reminder task at a Stockholm wall-clock time, on the portal's runtime.
async fn run(srv: &TestServer, push: &Arc<Push>, local: &str) -> app::reminders::server::Reminded {
    let (push, now) = (push.clone(), at(local));
    srv.on_server(move |store| async move { remind(store.as_ref(), &push, now).await })
        .await
        .expect("the reminder task")
}

#[tokio::test]
async fn reminders_reach_the_phone_at_their_time_in_the_person_s_language() {
    let (s, mut received) = stand_in().await;
    let srv = portal(&s, false).await;
    let push = Arc::new(pusher(&s));
    srv.clock.set(at("2026-10-20T09:00"));
    let amal = srv.participant("Amal Demo", "amal").await;
    let amal_id = UserId::new(id_of(&srv, "amal").await.parse().expect("id"));
    let phone = Phone::new("amals-phone", 0x31);

    // The page publishes the key browsers subscribe with, the portal's.
    let view = srv.json("reminders", &[], Some(&amal)).await;
    assert_eq!(view["public_key"], push.public_key.as_str());
    assert_eq!(phone.subscribe(&srv, &s, &amal).await, StatusCode::OK);
    let page = srv.page("/reminders", Some(&amal)).await;
    assert_contains(
        &page,
        &[
            "Påminnelser i telefonen",
            "Dina enheter",
            "Påminnelser sedan",
        ],
    );

    // Sunday 25 October the clocks go back; the meeting is at 10:00 that morning.
    let sunday = meeting(&srv, amal_id, "2026-10-25T10:00", "sunday").await;
    assert_eq!(run(&srv, &push, "2026-10-24T09:59").await.made, 0);
    nothing_more(&mut received);
    // The day before at 10:00 (25 hours before, across the change): once.
    let done = run(&srv, &push, "2026-10-24T10:00").await;
    assert_eq!((done.made, done.sent), (1, 1));
    let words = phone.read(&next(&mut received).await, &push.public_key, &s);
    assert_eq!(
        words["body"],
        "Påminnelse: du har ett möte i morgon kl. 10:00."
    );
    assert_eq!(words["url"], format!("/bookings/{sunday}"));
    assert_eq!(
        (words["lang"].as_str(), words["dir"].as_str()),
        (Some("sv"), Some("ltr"))
    );
    let again = run(&srv, &push, "2026-10-24T10:00:30").await;
    assert_eq!((again.made, again.sent), (0, 0));
    nothing_more(&mut received);

    // She switches to Arabic: two hours before, the reminder speaks it.
    srv.call(
        "set-locale",
        &[("lang", "ar"), ("next", "/home")],
        Some(&amal),
    )
    .await;
    let done = run(&srv, &push, "2026-10-25T08:00").await;
    assert_eq!((done.made, done.sent), (1, 1));
    let words = phone.read(&next(&mut received).await, &push.public_key, &s);
    assert_eq!(words["body"], "تذكير: لديك موعد اليوم الساعة 10:00.");
    assert_eq!(words["dir"], "rtl");
    nothing_more(&mut received);

    // The coach cancels Monday's meeting: she hears of it at once, and nothing before it.
    let monday = meeting(&srv, amal_id, "2026-10-26T10:00", "monday").await;
    srv.clock.set(at("2026-10-25T09:00"));
    let coach = srv.as_coach().await;
    // Days later by the portal's clock she signs in again (this client sends no language:
    // Swedish), and chooses Arabic again.
    let amal = srv.sign_in("amal", "amal har ett långt lösenord").await;
    srv.call(
        "set-locale",
        &[("lang", "ar"), ("next", "/home")],
        Some(&amal),
    )
    .await;
    let res = srv
        .call(
            "cancel-booking",
            &[("id", &monday.to_string()), ("reason", "Jag är sjuk")],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let done = run(&srv, &push, "2026-10-25T09:00").await;
    assert_eq!(done.sent, 1);
    let words = phone.read(&next(&mut received).await, &push.public_key, &s);
    let body = words["body"].as_str().expect("text");
    assert!(
        body.starts_with("أُلغي موعدك") && body.contains("10:00"),
        "{body}"
    );
    assert!(
        !body.contains("Anna") && !body.contains("sjuk"),
        "names no one: {body}"
    );
    for local in ["2026-10-25T10:00", "2026-10-26T08:00"] {
        assert_eq!(run(&srv, &push, local).await.made, 0, "{local}");
    }
    nothing_more(&mut received);

    // She stops the reminders before meetings: Tuesday's come no more.
    let res = srv
        .post_form(
            "save-reminders",
            &[("changes", "on"), ("turn", "on")],
            "/reminders",
            Some(&amal),
        )
        .await;
    assert_eq!(
        location(&srv, &res),
        "/reminders?saved=1",
        "{:?}",
        form_error_cookie(&res)
    );
    meeting(&srv, amal_id, "2026-10-27T10:00", "tuesday").await;
    assert_eq!(run(&srv, &push, "2026-10-26T10:00").await.made, 0);
    let page = srv.page("/reminders", Some(&amal)).await;
    let ticked = |name: &str| {
        let at = page.find(&format!(r#"name="{name}""#)).expect("the box");
        let tag = &page[page[..at].rfind('<').expect("tag")..];
        tag[..tag.find('>').expect("end")].contains("checked")
    };
    assert_eq!(
        (ticked("before"), ticked("changes"), ticked("turn")),
        (false, true, true)
    );

    // A second phone whose subscription has ended is dropped at the first push.
    let old = Phone::new("old-phone", 0x41);
    assert_eq!(old.subscribe(&srv, &s, &amal).await, StatusCode::OK);
    s.gone.lock().expect("lock").insert(old.name.clone());
    // Her browser keeps the language she chose in its cookie.
    let arabic = format!("{amal}; {}=ar", app::i18n::LOCALE_COOKIE);
    let res = srv.call("test-reminder", &[], Some(&arabic)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let words = phone.read(&next(&mut received).await, &push.public_key, &s);
    assert_eq!(words["body"], "هكذا يبدو التذكير من Vägval.");
    let devices = srv.json("reminders", &[], Some(&amal)).await;
    assert_eq!(devices["devices"].as_array().map(Vec::len), Some(1));
    nothing_more(&mut received);
}

#[tokio::test]
async fn a_coach_s_action_reaches_the_phone_at_once() {
    let (s, mut received) = stand_in().await;
    let srv = portal(&s, true).await;
    srv.clock
        .set(crate::booking::MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let bo = srv.participant("Bo Ek", "bo").await;
    let phone = Phone::new("bos-phone", 0x51);
    assert_eq!(phone.subscribe(&srv, &s, &bo).await, StatusCode::OK);
    let published = srv.json("reminders", &[], Some(&bo)).await["public_key"]
        .as_str()
        .expect("key")
        .to_string();

    // A workshop seat, then the workshop put out.
    let id = workshop(&srv, &coach, "5").await.to_string();
    let res = srv
        .call(
            "book-seat",
            &[("id", &id), ("key", "seat-1"), ("interpreter", "")],
            Some(&bo),
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap_or_default()
    );
    srv.call(
        "cancel-group",
        &[("id", &id), ("reason", "Sjuk")],
        Some(&coach),
    )
    .await;
    let words = phone.read(&next(&mut received).await, &published, &s);
    assert_eq!(
        words["body"],
        "Workshoppen ”Skriv ditt CV” onsdag 9 december \u{2066}13:00\u{2069} är inställd."
    );

    // The drop-in queue: called in, "Det är din tur nu".
    let dropin = publish(
        &srv,
        &coach,
        &[
            ("kind", "dropin"),
            ("day", "2026-12-07"),
            ("from", "13:00"),
            ("to", "15:00"),
        ],
    )
    .await
    .to_string();
    srv.call("queue", &[("id", &dropin)], Some(&bo)).await;
    srv.call("call-next", &[("id", &dropin)], Some(&coach))
        .await;
    let words = phone.read(&next(&mut received).await, &published, &s);
    assert_eq!(words["body"], "Det är din tur nu.");
    assert_eq!(words["url"], "/dropin");
    tokio::time::sleep(Duration::from_millis(300)).await;
    nothing_more(&mut received);
}

#[tokio::test]
async fn reminders_are_the_person_s_own() {
    let (s, _received) = stand_in().await;
    let srv = portal(&s, false).await;
    let amal = srv.participant("Amal Demo", "amal").await;
    let bo = srv.participant("Bo Ek", "bo").await;
    let coach = srv.as_coach().await;
    let admin = srv.as_admin().await;
    let phone = Phone::new("amals-phone", 0x61);
    assert_eq!(phone.subscribe(&srv, &s, &amal).await, StatusCode::OK);
    let device = srv.json("reminders", &[], Some(&amal)).await["devices"][0]["id"].to_string();

    // Signed out: asked to sign in; a coach or an admin: refused, seeing nothing.
    let form = phone.form(&s);
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    for (who, status) in [
        (None, StatusCode::UNAUTHORIZED),
        (Some(coach.as_str()), StatusCode::FORBIDDEN),
        (Some(admin.as_str()), StatusCode::FORBIDDEN),
    ] {
        for (endpoint, form) in [
            ("reminders", vec![]),
            ("add-push-device", form.clone()),
            ("remove-push-device", vec![("id", device.as_str())]),
            ("test-reminder", vec![]),
            ("save-reminders", vec![]),
        ] {
            let res = srv.call(endpoint, &form, who).await;
            assert_eq!(res.status(), status, "{endpoint} by {who:?}");
            let body = res.text().await.unwrap_or_default();
            assert!(
                !body.contains("push/amals-phone") && !body.contains("Android"),
                "{body}"
            );
        }
    }
    // Another participant cannot remove her device ("not found"), nor sees it.
    let res = srv
        .call("remove-push-device", &[("id", &device)], Some(&bo))
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let theirs = srv.json("reminders", &[], Some(&bo)).await;
    assert_eq!(theirs["devices"].as_array().map(Vec::len), Some(0));
    assert_eq!(
        srv.json("reminders", &[], Some(&amal)).await["devices"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );

    // A push address outside the push services the portal knows is refused, with the
    // page's words, and nothing is kept.
    let mut evil = phone.form(&s);
    evil[0].1 = "http://169.254.169.254/latest/meta-data".into();
    let evil: Vec<(&str, &str)> = evil.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = srv.call("add-push-device", &evil, Some(&bo)).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        srv.json("reminders", &[], Some(&bo)).await["devices"]
            .as_array()
            .map(Vec::len),
        Some(0)
    );

    // Removing it, as she does after the question page: no more reminders there.
    let page = srv
        .page(&format!("/reminders/devices/{device}/remove"), Some(&amal))
        .await;
    assert_contains(&page, &["Sluta påminna på enheten", "Avbryt"]);
    let res = srv
        .post_form(
            "remove-push-device",
            &[("id", &device)],
            "/reminders",
            Some(&amal),
        )
        .await;
    assert_eq!(location(&srv, &res), "/reminders?removed=1");
    assert_eq!(
        srv.json("reminders", &[], Some(&amal)).await["devices"]
            .as_array()
            .map(Vec::len),
        Some(0)
    );
}

#[tokio::test]
async fn a_practice_reminder_comes_at_the_goal_s_hour_on_days_not_practised() {
    let (s, mut received) = stand_in().await;
    let srv = portal(&s, false).await;
    let push = Arc::new(pusher(&s));
    srv.clock.set(at("2026-12-07T09:00"));
    let amal = srv.participant("Amal Demo", "amal").await;
    let phone = Phone::new("amals-phone", 0x71);
    assert_eq!(phone.subscribe(&srv, &s, &amal).await, StatusCode::OK);

    // An hour the form does not offer is refused, with what was typed kept.
    let goal = [
        ("what", "Prata svenska i fikarummet"),
        ("per_week", "3"),
        ("until", ""),
    ];
    let mut wrong = goal.to_vec();
    wrong.push(("remind", "25"));
    let res = srv.call("save-goal", &wrong, Some(&amal)).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let mut asked = goal.to_vec();
    asked.push(("remind", "18"));
    let res = srv.call("save-goal", &asked, Some(&amal)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let id = res.text().await.expect("id").trim().to_string();
    let page = srv.page(&format!("/goals/{id}/edit"), Some(&amal)).await;
    assert!(
        page.contains(r#"<option value="18" selected"#),
        "the hour is kept"
    );

    assert_eq!(run(&srv, &push, "2026-12-07T17:59").await.made, 0);
    let done = run(&srv, &push, "2026-12-07T18:00").await;
    assert_eq!((done.made, done.sent), (1, 1));
    let words = phone.read(&next(&mut received).await, &push.public_key, &s);
    assert_eq!(
        words["body"],
        "Dags att öva: \u{2068}Prata svenska i fikarummet\u{2069}."
    );
    assert_eq!(words["url"], format!("/goals/{id}"));
    assert_eq!(run(&srv, &push, "2026-12-07T18:05").await.made, 0);

    // The next day she has practised by six: no reminder.
    srv.clock.set(at("2026-12-08T17:00"));
    let amal = srv.sign_in("amal", "amal har ett långt lösenord").await;
    let res = srv
        .call("practised", &[("id", &id), ("minutes", "15")], Some(&amal))
        .await;
    assert!(res.status().is_success(), "{}", res.status());
    assert_eq!(run(&srv, &push, "2026-12-08T18:00").await.made, 0);
    nothing_more(&mut received);
}
