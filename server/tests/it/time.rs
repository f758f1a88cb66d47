//! Calendar days are Stockholm days, on the portal's clock: an invitation issued for seven
//! days lasts to the end of the seventh day, however long the nights in between.
use crate::common::spawn;
use reqwest::StatusCode;

fn at(utc: &str) -> jiff::Timestamp {
    utc.parse().expect("timestamp")
}

/// Issues an invitation at `issued`; the invitation page must name `last_day`, and the
/// link must work until `ends` (UTC) and not a second after.
async fn invitation_lasts(issued: &str, last_day: &str, ends: &str) {
    let srv = spawn().await;
    srv.clock.set(at(issued));
    let coach = srv.as_coach().await;
    let issued = srv.invite(&coach, "Dana Dagsson").await;
    let link = issued["link"].as_str().expect("link").to_string();
    let page = srv.page("/invitation", Some(&coach)).await;
    assert!(
        page.contains(&format!("till och med {last_day}")),
        "the invitation page names its last day, {last_day}"
    );
    let token = link.rsplit('/').next().expect("token").to_string();
    srv.clock.set(at(ends));
    srv.clock.advance(-1);
    let res = srv.call("invitation", &[("secret", &token)], None).await;
    assert_eq!(res.status(), StatusCode::OK, "usable on its last day");
    srv.clock.advance(1);
    let res = srv.call("invitation", &[("secret", &token)], None).await;
    assert_eq!(
        res.status(),
        StatusCode::NOT_FOUND,
        "gone once that day ends"
    );
}

#[tokio::test]
async fn an_invitation_across_the_spring_change_ends_at_local_midnight() {
    // Friday 27 March 2026; the clocks go forward on Sunday 29 March.
    invitation_lasts(
        "2026-03-27T15:00:00Z",
        "fredag 3 april 2026",
        "2026-04-03T22:00:00Z",
    )
    .await;
}

#[tokio::test]
async fn an_invitation_across_the_autumn_change_ends_at_local_midnight() {
    // Friday 23 October 2026; the clocks go back on Sunday 25 October.
    invitation_lasts(
        "2026-10-23T15:00:00Z",
        "fredag 30 oktober 2026",
        "2026-10-30T23:00:00Z",
    )
    .await;
}

#[tokio::test]
async fn a_late_evening_is_already_the_next_day_in_stockholm() {
    // 23:30 UTC on 31 December is 00:30 on New Year's Day in Stockholm: seven days from
    // Friday 1 January 2027 is Friday 8 January.
    invitation_lasts(
        "2026-12-31T23:30:00Z",
        "fredag 8 januari 2027",
        "2027-01-08T23:00:00Z",
    )
    .await;
}
