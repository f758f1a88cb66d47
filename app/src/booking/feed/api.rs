//! Calendar feeds: the server functions and the feed itself.
use super::*;

/// The session key holding the address just made, sealed, until the page shows it.
#[cfg(feature = "ssr")]
const SHOWN_KEY: &str = "calendar_feed_shown";

/// What the signed-in coach's page says about their feed; the address only right after it
/// was made, and only once.
#[server(prefix = "/api", endpoint = "calendar-feed")]
pub async fn calendar_feed() -> Result<FeedStatus, AppError> {
    use crate::booking::feed::store::FeedStore;
    use crate::ssr::access::{authorize_own, Act, Part};
    let (state, me) = crate::ssr::require(&[Role::Coach]).await?;
    authorize_own(&me, Part::Calendar, Act::Read, me.id)?;
    let feed = state.store.of::<dyn FeedStore>()?.feed(me.id).await?;
    let session = crate::ssr::session().await?;
    let sealed = session
        .remove::<String>(SHOWN_KEY)
        .await
        .map_err(crate::ssr::internal)?;
    let now = state.clock.now();
    let address = match (&feed, sealed) {
        (Some(_), Some(sealed)) => {
            state
                .store
                .of::<Shown>()?
                .open(&sealed, me.id, state.clock.unix())
        }
        _ => None,
    };
    let moment = |at: i64| crate::ssr::clock::moment(at, now);
    Ok(FeedStatus {
        active: feed.is_some(),
        created: feed.as_ref().and_then(|f| moment(f.created_at)),
        read: feed.as_ref().and_then(|f| f.read_at).and_then(moment),
        reads: feed.as_ref().map_or(0, |f| f.reads),
        address,
    })
}

/// Makes the signed-in coach's feed, or gives it a new secret (the old address stops at
/// once), and shows the address on the next page.
#[server(prefix = "/api", endpoint = "make-calendar-feed")]
pub async fn make_calendar_feed() -> Result<(), AppError> {
    use crate::booking::feed::store::FeedStore;
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::{random_hex, secret_hash};
    let (state, me) = crate::ssr::require(&[Role::Coach]).await?;
    authorize_own(&me, Part::Calendar, Act::Change, me.id)?;
    let secret = random_hex(SECRET_BYTES);
    state
        .store
        .of::<dyn FeedStore>()?
        .set_feed(
            me.id,
            &secret_hash(&secret),
            crate::request_locale(),
            state.clock.unix(),
        )
        .await?;
    let sealed = state
        .store
        .of::<Shown>()?
        .seal(
            &address(&state.settings.public_url, &secret),
            me.id,
            state.clock.unix(),
        )
        .ok_or(AppError::Internal)?;
    crate::ssr::session()
        .await?
        .insert(SHOWN_KEY, sealed)
        .await
        .map_err(crate::ssr::internal)?;
    tracing::info!(coach = %me.id, "calendar feed made");
    leptos_axum::redirect("/coach/calendar-feed");
    Ok(())
}

/// Ends the signed-in coach's feed: its address answers "not found" from now on.
#[server(prefix = "/api", endpoint = "end-calendar-feed")]
pub async fn end_calendar_feed() -> Result<(), AppError> {
    use crate::booking::feed::store::FeedStore;
    use crate::ssr::access::{authorize_own, Act, Part};
    let (state, me) = crate::ssr::require(&[Role::Coach]).await?;
    authorize_own(&me, Part::Calendar, Act::Change, me.id)?;
    state
        .store
        .of::<dyn FeedStore>()?
        .revoke_feed(me.id)
        .await?;
    tracing::info!(coach = %me.id, "calendar feed ended");
    leptos_axum::redirect("/coach/calendar-feed?ended=1");
    Ok(())
}

/// `/calendar/<secret>.ics`: the coach's agenda for their calendar app, found by the secret
/// alone (a calendar fetches without cookies). An unknown or ended secret is "not found".
#[cfg(feature = "ssr")]
pub async fn feed_file(
    axum::extract::Extension(state): axum::extract::Extension<crate::ssr::ServerState>,
    axum::extract::Path(file): axum::extract::Path<String>,
) -> axum::response::Response {
    use crate::ssr::download::refused;
    use axum::response::IntoResponse;
    let Some(secret) = secret_of(&file) else {
        return refused(AppError::NotFound);
    };
    match feed_body(&state, secret).await {
        Ok(Some(body)) => (
            [
                (http::header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (http::header::CACHE_CONTROL, "private, no-store"),
            ],
            body,
        )
            .into_response(),
        Ok(None) => refused(AppError::NotFound),
        Err(e) => refused(e),
    }
}

/// The feed with `secret`, counted as read; `None` when there is none.
#[cfg(feature = "ssr")]
async fn feed_body(
    state: &crate::ssr::ServerState,
    secret: &str,
) -> Result<Option<String>, AppError> {
    use crate::booking::feed::store::FeedStore;
    use crate::booking::group::store::GroupStore;
    use crate::booking::group::GroupKind;
    use crate::booking::ics::{self, Event};
    use crate::booking::store::BookingStore;
    use crate::i18n::fill;
    let feeds = state.store.of::<dyn FeedStore>()?;
    let now = state.clock.unix();
    let Some((coach, locale)) = feeds
        .read_feed(&crate::ssr::secret_hash(secret), now)
        .await?
    else {
        return Ok(None);
    };
    // The secret stands for the coach: the rules table decides as for the coach's own page.
    let who = state
        .accounts
        .find_user(coach)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::ssr::access::authorize_own(
        &who,
        crate::ssr::access::Part::Calendar,
        crate::ssr::access::Act::Read,
        coach,
    )?;
    tracing::info!(coach = %coach, "calendar feed read");
    let from = now - FEED_PAST;
    let bookings = feeds.feed_bookings(coach, from).await?;
    let groups = state
        .store
        .of::<dyn GroupStore>()?
        .coach_groups(coach, from)
        .await?;
    let rules = state
        .store
        .of::<dyn BookingStore>()?
        .booking_rules(coach)
        .await?;
    let place = rules.map(|r| r.place).unwrap_or_default();
    let name = who.display_name.clone();
    let stamp = state.clock.now().strftime("%Y%m%dT%H%M%SZ").to_string();
    let url = &state.settings.public_url;
    let mut events: Vec<(i64, Event, String)> = Vec::new();
    for b in &bookings {
        let summary = fill(
            Key::FeedMeeting.get(locale),
            &[("name", &short_name(&b.participant_name))],
        );
        let event = Event {
            uid: ics::uid("booking", b.id.get(), url),
            sequence: b.sequence,
            active: b.active,
            start: ics::local(b.starts_at),
            end: ics::local(b.ends_at),
            stamp: stamp.clone(),
            coach: &name,
            place: &place,
            workshop: None,
        };
        events.push((b.starts_at, event, summary));
    }
    for g in &groups {
        let kind = g.kind.label().get(locale);
        let mut summary = if g.title.is_empty() {
            kind.to_string()
        } else {
            fill(
                Key::FeedGroup.get(locale),
                &[("kind", kind), ("title", &g.title)],
            )
        };
        if let (GroupKind::Workshop, Some(seats)) = (g.kind, g.seats) {
            summary.push_str(&format!(" ({}/{seats})", g.taken));
        }
        let event = Event {
            uid: ics::uid("group", g.id.get(), url),
            // A workshop's changes are its cancellation alone.
            sequence: i64::from(g.cancelled),
            active: !g.cancelled,
            start: ics::local(g.starts_at),
            end: ics::local(g.ends_at),
            stamp: stamp.clone(),
            coach: &name,
            place: &g.place,
            workshop: Some(g.title.as_str()),
        };
        events.push((g.starts_at, event, summary));
    }
    events.sort_by_key(|(at, ..)| *at);
    let events: Vec<(Event, String)> = events.into_iter().map(|(_, e, s)| (e, s)).collect();
    let title = fill(Key::FeedName.get(locale), &[("name", &name)]);
    Ok(Some(ics::feed(&title, &events)))
}
