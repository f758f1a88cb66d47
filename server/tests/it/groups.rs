//! Workshops and drop-in over real HTTP: seats are never overbooked however the requests
//! race, a seat is a booking like any other, the drop-in queue keeps its order, and
//! nobody reaches another coach's workshops or queue.
use crate::booking::{
    allow_many_connections, cheap_hash, participants, publish_hours, MONDAY_MORNING,
};
use crate::common::{spawn, TestServer};
use app::ssr::store::{GroupId, NewPerson};
use reqwest::StatusCode;
use std::sync::Arc;

/// Publishes a workshop or drop-in window as the coach; its id.
pub(crate) async fn publish(srv: &TestServer, coach: &str, form: &[(&str, &str)]) -> GroupId {
    let res = srv.call("create-group", form, Some(coach)).await;
    let status = res.status();
    let body = res.text().await.expect("body");
    assert_eq!(status, StatusCode::OK, "published: {body}");
    GroupId::new(body.trim().parse().expect("an id"))
}

/// "Skriv ditt CV", Wednesday 9 December 13:00–15:00, `seats` seats.
pub(crate) async fn workshop(srv: &TestServer, coach: &str, seats: &str) -> GroupId {
    publish(
        srv,
        coach,
        &[
            ("kind", "workshop"),
            ("title", "Skriv ditt CV"),
            ("day", "2026-12-09"),
            ("from", "13:00"),
            ("to", "15:00"),
            ("seats", seats),
            ("place", "Biblioteket, sal 2"),
        ],
    )
    .await
}

/// Where a plain form post sends the browser (errors go back to the form's page).
pub(crate) fn location(srv: &TestServer, res: &reqwest::Response) -> String {
    let to = res.headers()["location"].to_str().expect("location");
    to.strip_prefix(&srv.base).unwrap_or(to).to_string()
}

fn seat_form<'a>(id: &'a str, key: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![("id", id), ("key", key), ("interpreter", "")]
}

async fn taken(srv: &TestServer, id: GroupId) -> u32 {
    srv.on_server(move |store| async move {
        let group = store.find_group(id).await.expect("store").expect("group");
        assert_eq!(
            store.group_seats(id).await.expect("seats").len() as u32,
            group.taken,
            "the counter agrees with the seats"
        );
        group.taken
    })
    .await
}

#[tokio::test]
async fn a_five_seat_workshop_with_a_hundred_racers_seats_exactly_five() {
    allow_many_connections();
    let srv = Arc::new(spawn().await);
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let id = workshop(&srv, &coach, "5").await;
    let racers = participants(&srv, "seat", 100).await;
    let mut tasks = Vec::new();
    for (i, me) in racers.iter().cloned().enumerate() {
        let srv = srv.clone();
        tasks.push(tokio::spawn(async move {
            let (id, key) = (id.to_string(), format!("k{i}"));
            let res = srv
                .call("book-seat", &seat_form(&id, &key), Some(&me))
                .await;
            (res.status(), res.text().await.unwrap_or_default())
        }));
    }
    let (mut booked, mut full, mut other) = (Vec::new(), 0, Vec::new());
    for (i, task) in tasks.into_iter().enumerate() {
        let (status, body) = task.await.expect("task");
        match status {
            StatusCode::OK => booked.push(i),
            StatusCode::UNPROCESSABLE_ENTITY if body.contains("Full") => full += 1,
            _ => other.push(format!("{status} {body}")),
        }
    }
    assert_eq!(booked.len(), 5, "exactly the seats there are");
    assert_eq!(full, 95, "the rest are told every seat is booked");
    assert!(other.is_empty(), "{other:?}");
    assert_eq!(taken(&srv, id).await, 5);

    // The full workshop says so in words; a seat given back is free again.
    let late = (0..racers.len())
        .find(|i| !booked.contains(i))
        .map(|i| &racers[i])
        .expect("someone without a seat");
    let page = srv.page("/workshops", Some(late)).await;
    assert!(page.contains("Fullbokad"), "{page}");
    let holder = &racers[booked[0]];
    let mine = srv.json("my-bookings", &[], Some(holder)).await;
    let booking = mine[0]["id"].to_string();
    let res = srv
        .call("cancel-booking", &[("id", &booking)], Some(holder))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(taken(&srv, id).await, 4);
    let page = srv.page("/workshops", Some(late)).await;
    assert!(page.contains("1 plats kvar"), "{page}");
}

#[tokio::test]
async fn a_workshop_seat_is_booked_without_javascript_like_a_meeting() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    publish_hours(&srv, &coach).await;
    let id = workshop(&srv, &coach, "12").await;
    let me = srv.as_participant().await;

    // "Boka vägledning" first asks which kind; the workshop shows its seats left.
    let page = srv.page("/book", Some(&me)).await;
    assert!(page.contains("Hur vill du träffa din coach?"), "{page}");
    assert!(page.contains("href=\"/workshops\""));
    assert!(page.contains("1 workshop med lediga platser"), "{page}");
    let page = srv.page("/book?type=meeting", Some(&me)).await;
    assert!(page.contains("Välj en dag"), "{page}");
    let page = srv.page("/workshops", Some(&me)).await;
    assert!(
        page.contains("Skriv ditt CV") && page.contains("12 platser kvar"),
        "{page}"
    );
    assert!(page.contains("onsdag 9 december"), "{page}");

    // Booked by a plain form post, asking for a hearing loop.
    let page = srv.page(&format!("/workshops/{id}"), Some(&me)).await;
    assert!(page.contains("Hörslinga"), "{page}");
    assert!(
        page.contains("du behöver inte berätta varför")
            || page.contains("Du behöver inte berätta varför")
    );
    let id_text = id.to_string();
    let res = srv
        .post_form(
            "book-seat",
            &[
                ("id", &id_text),
                ("key", "form-1"),
                ("interpreter", "Tigrinja"),
                ("need-hearing_loop", "on"),
            ],
            &format!("/workshops/{id}"),
            Some(&me),
        )
        .await;
    assert!(res.status().is_redirection());
    let to = location(&srv, &res);
    assert!(
        to.starts_with("/bookings/") && to.ends_with("?booked=1"),
        "{to}"
    );
    let page = srv.page(&to, Some(&me)).await;
    assert!(page.contains("Workshop: Skriv ditt CV"), "{page}");
    assert!(page.contains("Ordnas: Hörslinga"), "{page}");
    assert!(page.contains("Biblioteket, sal 2"));
    assert!(!page.contains("?move="), "a seat is cancelled, not moved");

    // The same form again finds the same seat; the calendar file names the workshop.
    let again = srv
        .post_form(
            "book-seat",
            &[("id", &id_text), ("key", "form-1"), ("interpreter", "")],
            &format!("/workshops/{id}"),
            Some(&me),
        )
        .await;
    assert_eq!(location(&srv, &again), to);
    let booking = to
        .trim_start_matches("/bookings/")
        .trim_end_matches("?booked=1");
    let ics = srv
        .get(&format!("/bookings/{booking}/ics"), Some(&me))
        .await
        .text()
        .await
        .expect("ics");
    assert!(
        ics.contains("SUMMARY:Skriv ditt CV med Demo Coach"),
        "{ics}"
    );
    assert!(ics.contains("LOCATION:Biblioteket\\, sal 2"), "{ics}");

    // The coach sees who has a seat, with what to arrange.
    let page = srv.page(&format!("/coach/groups/{id}"), Some(&coach)).await;
    assert!(page.contains("Amal Demo"), "{page}");
    assert!(page.contains("1 plats av 12 bokad"), "{page}");
    let page = srv
        .page(&format!("/bookings/{booking}"), Some(&coach))
        .await;
    assert!(
        page.contains("Ordnas: Hörslinga") && page.contains("Tigrinja"),
        "{page}"
    );

    // The workshop takes its time out of the coach's meetings: extra hours that
    // Wednesday 13:00–17:00 add only 16:00 (15:00 is inside the 15-minute buffer).
    let res = srv
        .call(
            "extra-hours",
            &[
                ("extra-day", "2026-12-09"),
                ("extra-from", "13:00"),
                ("extra-to", "17:00"),
            ],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let times = srv
        .json("free-times", &[("day", "2026-12-09")], Some(&me))
        .await;
    let starts: Vec<&str> = times["times"]
        .as_array()
        .expect("times")
        .iter()
        .map(|t| t["start"].as_str().expect("start"))
        .collect();
    assert_eq!(starts, ["09:00", "10:00", "11:00", "16:00"]);

    // A workshop over a booked meeting is refused in words, with what was typed.
    let res = srv
        .post_form(
            "create-group",
            &[
                ("kind", "workshop"),
                ("title", "Intervjuträning"),
                ("day", "2026-12-09"),
                ("from", "14:00"),
                ("to", "16:00"),
                ("seats", "8"),
            ],
            "/coach/new-group",
            Some(&coach),
        )
        .await;
    let page = srv.page(&location(&srv, &res), Some(&coach)).await;
    assert!(
        page.contains("Du har en bokning, workshop eller drop-in den tiden"),
        "{page}"
    );
    assert!(page.contains("value=\"Intervjuträning\""), "{page}");

    // Cancelled by the coach: the participant's seat says why.
    let res = srv
        .call(
            "cancel-group",
            &[("id", &id_text), ("reason", "Jag är sjuk")],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let page = srv.page("/bookings", Some(&me)).await;
    assert!(page.contains("Avbokad av din coach: Jag är sjuk"), "{page}");
    assert_eq!(taken(&srv, id).await, 0);
}

/// A participant of another coach, signed in.
async fn stranger(srv: &TestServer) -> String {
    let other = srv.other_coach().await;
    let password = "främlingen har ett långt lösenord";
    let hash = cheap_hash(password);
    srv.on_server(move |store| async move {
        let coach2 = store
            .find_user_by_login("coach2")
            .await
            .expect("store")
            .map(|c| c.id);
        let person = NewPerson {
            display_name: "Främling".into(),
            role: app::auth::Role::Participant,
            coach_id: coach2,
            created_by: None,
        };
        store
            .upsert_account(person, "framling", &hash, 0)
            .await
            .expect("account");
    })
    .await;
    drop(other);
    srv.sign_in("framling", password).await
}

async fn place(srv: &TestServer, id: GroupId, me: &str) -> String {
    let res = srv.get(&format!("/dropin/{id}/place"), Some(me)).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.text().await.expect("text")
}

#[tokio::test]
async fn the_drop_in_queue_keeps_its_order_and_the_coach_calls_the_next() {
    let srv = Arc::new(spawn().await);
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    // Today 13:00–15:00, and Thursday.
    let today = publish(
        &srv,
        &coach,
        &[
            ("kind", "dropin"),
            ("day", "2026-12-07"),
            ("from", "13:00"),
            ("to", "15:00"),
            ("place", "Kontoret"),
        ],
    )
    .await;
    let later = publish(
        &srv,
        &coach,
        &[
            ("kind", "dropin"),
            ("day", "2026-12-10"),
            ("from", "13:00"),
            ("to", "15:00"),
        ],
    )
    .await;
    let people = participants(&srv, "kö", 3).await;
    let id = today.to_string();
    for me in &people {
        let res = srv
            .post_form("queue", &[("id", &id)], "/dropin", Some(me))
            .await;
        assert_eq!(location(&srv, &res), "/dropin?joined=1");
    }
    assert_eq!(
        place(&srv, today, &people[0]).await,
        "Du är nummer 1 i kön."
    );
    assert_eq!(
        place(&srv, today, &people[2]).await,
        "Du är nummer 3 i kön."
    );
    // Joining twice keeps the place.
    srv.call("queue", &[("id", &id)], Some(&people[0])).await;
    assert_eq!(
        place(&srv, today, &people[0]).await,
        "Du är nummer 1 i kön."
    );
    // The page says it too, with a refresh button and the later window listed.
    let page = srv.page("/dropin?joined=1", Some(&people[2])).await;
    assert!(page.contains("Du är nummer 3 i kön."), "{page}");
    assert!(
        page.contains("Lämna kön") && page.contains("Uppdatera"),
        "{page}"
    );
    assert!(page.contains("torsdag 10 december"), "{page}");
    // The one in the middle leaves; the last moves up.
    srv.call("queue", &[("id", &id), ("leave", "1")], Some(&people[1]))
        .await;
    assert_eq!(place(&srv, today, &people[1]).await, "Du står inte i kön.");
    assert_eq!(
        place(&srv, today, &people[2]).await,
        "Du är nummer 2 i kön."
    );

    // The coach sees the queue and calls the next person.
    let page = srv
        .page(&format!("/coach/groups/{today}"), Some(&coach))
        .await;
    assert!(
        page.contains("Deltagare kö0") && page.contains("Deltagare kö2"),
        "{page}"
    );
    assert!(!page.contains("Deltagare kö1"), "{page}");
    let res = srv
        .post_form(
            "call-next",
            &[("id", &id)],
            &format!("/coach/groups/{today}"),
            Some(&coach),
        )
        .await;
    assert_eq!(
        location(&srv, &res),
        format!("/coach/groups/{today}?called=1")
    );
    assert_eq!(
        place(&srv, today, &people[0]).await,
        "Det är din tur nu. Gå till din coach."
    );
    assert_eq!(
        place(&srv, today, &people[2]).await,
        "Du är nummer 1 i kön."
    );
    // The called person's whole screen says so: the title, the heading, an alert, and
    // nothing about standing in the queue (not even the "joined" note of its address).
    let screen = srv.page("/dropin?joined=1", Some(&people[0])).await;
    assert!(
        screen.contains("<title>Det är din tur nu – Vägval</title>"),
        "{screen}"
    );
    assert!(
        screen.contains(">Det är din tur nu. Gå till din coach.</h2>"),
        "{screen}"
    );
    assert!(screen.contains("role=\"alert\""));
    assert!(!screen.contains("Du står i kön"), "{screen}");
    assert!(!screen.contains("väntar i kön"), "{screen}");
    let waiting = srv.page("/dropin", Some(&people[2])).await;
    assert!(waiting.contains("<title>Drop-in"), "{waiting}");
    assert!(waiting.contains("data-called=\"Det är din tur nu. Gå till din coach.\""));
    let page = srv
        .page(&format!("/coach/groups/{today}"), Some(&coach))
        .await;
    assert!(page.contains("Nu: Deltagare kö0"), "{page}");
    // The page names who is called: the same form sent twice moves the queue once.
    let current = srv
        .on_server(|store| async move {
            let who = store.find_user_by_login("kö0").await.expect("store");
            who.expect("kö0").id.to_string()
        })
        .await;
    assert!(
        page.contains(&format!("name=\"current\" value=\"{current}\"")),
        "{page}"
    );
    for _ in 0..2 {
        let res = srv
            .call(
                "call-next",
                &[("id", &id), ("current", &current)],
                Some(&coach),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK);
    }
    assert_eq!(
        place(&srv, today, &people[0]).await,
        "Din tur är klar. Ställ dig i kön igen om du behöver mer hjälp."
    );
    assert_eq!(
        place(&srv, today, &people[2]).await,
        "Det är din tur nu. Gå till din coach."
    );
    // In English, for someone whose page is in English.
    let res = srv
        .client
        .get(format!("{}/dropin/{today}/place", srv.base))
        .header("cookie", format!("{}; vagval_lang=en", people[2]))
        .send()
        .await
        .expect("request");
    assert_eq!(
        res.text().await.expect("text"),
        "It is your turn now. Go to your coach."
    );

    // Cancelled while people wait: they are told why, and nobody joins any more.
    let res = srv
        .call(
            "cancel-group",
            &[("id", &id), ("reason", "Kontoret är stängt")],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        place(&srv, today, &people[2]).await,
        "Inställd: Kontoret är stängt"
    );
    let page = srv.page("/dropin", Some(&people[2])).await;
    assert!(page.contains("Inställd: Kontoret är stängt"), "{page}");
    let res = srv.call("queue", &[("id", &id)], Some(&people[1])).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.expect("body").contains("QueueClosed"));
    // Sent twice, the cancellation is simply done.
    let res = srv
        .call(
            "cancel-group",
            &[("id", &id), ("reason", "igen")],
            Some(&coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);

    // Thursday's queue does not open today.
    let res = srv
        .call("queue", &[("id", &later.to_string())], Some(&people[1]))
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.expect("body").contains("QueueClosed"));

    // Nobody else reaches this queue: a participant of another coach, another coach, a
    // participant calling the next.
    let outsider = stranger(&srv).await;
    let res = srv
        .get(&format!("/dropin/{today}/place"), Some(&outsider))
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = srv.call("queue", &[("id", &id)], Some(&outsider)).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let page = srv.page("/dropin", Some(&outsider)).await;
    assert!(
        page.contains("Det finns inga drop-in-tider just nu."),
        "{page}"
    );
    let other_coach = srv
        .sign_in("coach2", "annan coach har ett långt lösenord")
        .await;
    for endpoint in ["call-next", "group"] {
        let res = srv.call(endpoint, &[("id", &id)], Some(&other_coach)).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{endpoint}");
    }
    let res = srv
        .call(
            "cancel-group",
            &[("id", &id), ("reason", "nej")],
            Some(&other_coach),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = srv
        .call("call-next", &[("id", &id)], Some(&people[0]))
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = srv.get(&format!("/dropin/{today}/place"), None).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let page = srv
        .page(&format!("/coach/groups/{today}"), Some(&other_coach))
        .await;
    assert!(!page.contains("Deltagare kö"), "{page}");
}

#[tokio::test]
async fn a_workshop_of_another_coach_cannot_be_seen_or_booked() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    let id = workshop(&srv, &coach, "3").await;
    let outsider = stranger(&srv).await;
    let page = srv.page("/workshops", Some(&outsider)).await;
    assert!(!page.contains("Skriv ditt CV"), "{page}");
    let res = srv
        .call(
            "book-seat",
            &seat_form(&id.to_string(), "x"),
            Some(&outsider),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(taken(&srv, id).await, 0);
    // A participant cannot publish; bad input is refused in words and kept.
    let me = srv.as_participant().await;
    let res = srv
        .call("create-group", &[("kind", "workshop")], Some(&me))
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = srv
        .post_form(
            "create-group",
            &[
                ("kind", "workshop"),
                ("title", ""),
                ("day", "igår"),
                ("from", "25:00"),
                ("to", "10"),
                ("seats", "0"),
            ],
            "/coach/new-group",
            Some(&coach),
        )
        .await;
    let page = srv.page(&location(&srv, &res), Some(&coach)).await;
    for field in ["title", "day", "from", "to", "seats"] {
        assert!(
            page.contains(&format!("href=\"#{field}\"")),
            "{field}: {page}"
        );
    }
    // A workshop that has begun, and a time the spring change skips, are refused too.
    for (day, from, to, field) in [
        ("2026-12-07", "07:00", "09:00", "from"),
        ("2027-03-28", "02:30", "03:00", "to"),
    ] {
        let res = srv
            .call(
                "create-group",
                &[
                    ("kind", "workshop"),
                    ("title", "CV"),
                    ("day", day),
                    ("from", from),
                    ("to", to),
                    ("seats", "4"),
                ],
                Some(&coach),
            )
            .await;
        assert_eq!(
            res.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{day} {from}"
        );
        let body = res.text().await.expect("body");
        assert!(body.contains(&format!("\"field\":\"{field}\"")), "{body}");
    }
    assert!(page.contains("value=\"igår\""), "{page}");
}

#[tokio::test]
async fn the_coach_agenda_shows_a_day_or_a_week_with_workshops_and_meetings() {
    let srv = spawn().await;
    srv.clock.set(MONDAY_MORNING.parse().expect("instant"));
    let coach = srv.as_coach().await;
    publish_hours(&srv, &coach).await;
    workshop(&srv, &coach, "6").await;
    let me = srv.as_participant().await;
    // A meeting on Tuesday 8 December at 09:00.
    let times = srv
        .json("free-times", &[("day", "2026-12-08")], Some(&me))
        .await;
    let start = times["times"][0]["starts_at"].to_string();
    let res = srv
        .call(
            "book",
            &[("day", "2026-12-08"), ("start", &start), ("key", "a1")],
            Some(&me),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);

    // The week from today: both, under their days, in order.
    let week = srv.page("/coach/agenda", Some(&coach)).await;
    let tuesday = week.find("tisdag 8 december").expect("Tuesday");
    let wednesday = week.find("onsdag 9 december").expect("Wednesday");
    assert!(tuesday < wednesday, "{week}");
    assert!(week[tuesday..wednesday].contains("Amal Demo"), "{week}");
    assert!(week[wednesday..].contains("Skriv ditt CV"), "{week}");
    assert!(week.contains("Vecka 50, från måndag 7 december"), "{week}");
    assert!(week.contains("day=2026-12-14"), "the next week: {week}");
    // Any day of the week shows the week from its Monday, named by its number.
    let midweek = srv
        .page("/coach/agenda?view=week&day=2026-12-10", Some(&coach))
        .await;
    assert!(
        midweek.contains("Vecka 50, från måndag 7 december"),
        "{midweek}"
    );
    // One day at a time.
    let day = srv
        .page("/coach/agenda?view=day&day=2026-12-10", Some(&coach))
        .await;
    assert!(day.contains("Inget bokat den här dagen."), "{day}");
    assert!(
        day.contains("day=2026-12-09") && day.contains("day=2026-12-11"),
        "{day}"
    );
    let day = srv
        .page("/coach/agenda?view=day&day=2026-12-09", Some(&coach))
        .await;
    assert!(
        day.contains("Skriv ditt CV") && !day.contains("Amal Demo"),
        "{day}"
    );
    // Another coach's agenda has none of it.
    let other = srv.other_coach().await;
    let theirs = srv.page("/coach/agenda", Some(&other)).await;
    assert!(!theirs.contains("Skriv ditt CV") && !theirs.contains("Amal Demo"));
}
