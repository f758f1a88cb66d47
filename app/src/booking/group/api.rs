//! Group: the server functions: who asks, what they may do, the store, the answer.
use super::*;

/// The coach's coming workshops and drop-in windows (cancelled ones too, marked).
#[server(prefix = "/api", endpoint = "my-groups")]
pub async fn my_groups() -> Result<Vec<GroupView>, AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::require;
    let (state, coach) = require(&[Role::Coach]).await?;
    authorize_own(&coach, Part::Calendar, Act::Read, coach.id)?;
    let today = crate::ssr::clock::start_of_day(state.clock.today()).as_second();
    let now = state.clock.unix();
    Ok(state
        .store
        .of::<dyn GroupStore>()?
        .coach_groups(coach.id, today)
        .await?
        .into_iter()
        .filter_map(|g| server::view_of(g, now))
        .collect())
}

/// Publishes a workshop or a drop-in window.
#[server(prefix = "/api", endpoint = "create-group")]
pub async fn create_group(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<GroupId, AppError> {
    use crate::booking::group::store::CreateGroupOutcome;
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::require;
    let (state, coach) = require(&[Role::Coach]).await?;
    authorize_own(&coach, Part::Calendar, Act::Change, coach.id)?;
    let rules = state
        .store
        .of::<dyn BookingStore>()?
        .booking_rules(coach.id)
        .await?;
    let group = server::group_from(&fields, state.clock.now(), coach.id, rules.as_ref())?;
    let kind = group.kind;
    let outcome = state
        .store
        .of::<dyn GroupStore>()?
        .create_group(group, state.clock.unix())
        .await?;
    match outcome {
        CreateGroupOutcome::Created(id) => {
            tracing::info!(coach = %coach.id, group = %id, kind = kind.code(), "group published");
            leptos_axum::redirect(&format!("/coach/groups/{id}?created=1"));
            Ok(id)
        }
        CreateGroupOutcome::Clashes => {
            let mut invalid = Invalid::new();
            invalid.add("from", FieldProblem::Clashes);
            Err(AppError::Invalid(server::kept(invalid, &fields)))
        }
    }
}

#[server(prefix = "/api", endpoint = "group")]
pub async fn group_detail(id: GroupId) -> Result<GroupInfo, AppError> {
    use crate::ssr::access::Act;
    use crate::ssr::internal;
    let (state, _, group) = server::own_group(id, Act::Read).await?;
    let seats = state
        .store
        .of::<dyn GroupStore>()?
        .group_seats(id)
        .await?
        .into_iter()
        .map(|b| (b.id, b.participant_name, b.needs))
        .collect();
    let in_queue = state.store.of::<dyn GroupStore>()?.queue(id).await?;
    let called = in_queue.iter().find(|q| q.called).map(|q| q.participant_id);
    let queue = in_queue
        .into_iter()
        .map(|q| InQueue {
            name: q.participant_name,
            joined: crate::booking::server::when(q.joined_at, q.joined_at + 1)
                .map(|w| w.start)
                .unwrap_or_default(),
            called: q.called,
        })
        .collect();
    let group = server::view_of(group, state.clock.unix())
        .ok_or_else(|| internal("group time out of range"))?;
    Ok(GroupInfo {
        group,
        seats,
        queue,
        called,
    })
}

/// Calls the next person in the drop-in queue (the one called before is done).
#[server(prefix = "/api", endpoint = "call-next")]
pub async fn call_next(id: GroupId, current: Option<crate::ids::UserId>) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, coach, group) = server::own_group(id, Act::Change).await?;
    if group.kind != GroupKind::DropIn || group.cancelled {
        return Err(AppError::NotFound);
    }
    let called = state
        .store
        .of::<dyn GroupStore>()?
        .call_next(id, current, state.clock.unix())
        .await?;
    tracing::info!(coach = %coach.id, group = %id, called = called.is_some(), "next called");
    if let Some(person) = called {
        use crate::reminders::{server::at_once, Kind};
        at_once(&state, person, Kind::Turn, id.get()).await;
    }
    let flag = if called.is_some() { "called" } else { "empty" };
    leptos_axum::redirect(&format!("/coach/groups/{id}?{flag}=1"));
    Ok(())
}

/// Cancels a workshop or drop-in window; everyone booked reads the reason.
#[server(prefix = "/api", endpoint = "cancel-group")]
pub async fn cancel_group(id: GroupId, reason: Option<String>) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, coach, group) = server::own_group(id, Act::Change).await?;
    // Sent twice: the first one did it.
    if group.cancelled {
        leptos_axum::redirect("/coach/groups?cancelled=1");
        return Ok(());
    }
    let reason = crate::booking::cancel_reason(reason.as_deref())?;
    if !state
        .store
        .of::<dyn GroupStore>()?
        .cancel_group(id, coach.id, &reason, state.clock.unix())
        .await?
    {
        return Err(AppError::Conflict);
    }
    tracing::info!(coach = %coach.id, group = %id, "group cancelled");
    crate::reminders::server::group_cancelled(&state, id).await;
    leptos_axum::redirect("/coach/groups?cancelled=1");
    Ok(())
}

#[server(prefix = "/api", endpoint = "workshops")]
pub async fn workshops() -> Result<WorkshopOffer, AppError> {
    let (state, me, _) = crate::booking::server::participant().await?;
    let now = state.clock.unix();
    let Some(coach) = me.coach_id else {
        return Ok(WorkshopOffer {
            workshops: Vec::new(),
            mine: Vec::new(),
        });
    };
    let workshops = state
        .store
        .of::<dyn GroupStore>()?
        .coach_groups(coach, now)
        .await?
        .into_iter()
        .filter(|g| g.kind == GroupKind::Workshop && !g.cancelled && g.starts_at > now)
        .filter_map(|g| server::view_of(g, now))
        .collect();
    let mine = state
        .store
        .of::<dyn BookingStore>()?
        .participant_bookings(me.id, now)
        .await?
        .into_iter()
        .filter(|b| b.active)
        .filter_map(|b| b.group.map(|g| (g.id, b.id)))
        .collect();
    Ok(WorkshopOffer { workshops, mine })
}

/// Books a seat at a workshop of the participant's own coach. `key` is the form's own.
#[server(prefix = "/api", endpoint = "book-seat")]
pub async fn book_seat(
    id: GroupId,
    key: String,
    interpreter: Option<String>,
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<BookingId, AppError> {
    use crate::booking::group::store::{NewSeat, SeatOutcome};
    let (state, me, group) = server::coach_group(id).await?;
    if group.kind != GroupKind::Workshop {
        return Err(AppError::NotFound);
    }
    let interpreter = crate::text::clean_line(interpreter.as_deref().unwrap_or(""));
    let needs = needs_from(&fields);
    let refuse = |problem: FieldProblem, field: &str| {
        let mut invalid = Invalid::new();
        invalid.add(field, problem);
        let invalid = invalid.keep("interpreter", &interpreter);
        AppError::Invalid(
            fields
                .keys()
                .filter(|k| k.starts_with("need-"))
                .fold(invalid, |inv, k| inv.keep(k, "on")),
        )
    };
    if interpreter.chars().count() > 60 {
        return Err(refuse(FieldProblem::TooLong, "interpreter"));
    }
    if key.is_empty() || key.len() > 64 {
        return Err(AppError::BadRequest);
    }
    let outcome = state
        .store
        .of::<dyn GroupStore>()?
        .book_seat(
            NewSeat {
                group: id,
                participant: me.id,
                interpreter: interpreter.clone(),
                needs,
                key,
                max_future: MAX_FUTURE_BOOKINGS,
            },
            state.clock.unix(),
        )
        .await?;
    let booking = match outcome {
        SeatOutcome::Booked(b) => {
            tracing::info!(user = %me.id, group = %id, booking = %b, "seat booked");
            b
        }
        SeatOutcome::AlreadyBooked(b) => b,
        SeatOutcome::Full => return Err(refuse(FieldProblem::Full, "seat")),
        SeatOutcome::TooMany => return Err(refuse(FieldProblem::TooManyBookings, "seat")),
        SeatOutcome::Closed => return Err(refuse(FieldProblem::TooSoon, "seat")),
    };
    leptos_axum::redirect(&format!("/bookings/{booking}?booked=1"));
    Ok(booking)
}

#[server(prefix = "/api", endpoint = "dropins")]
pub async fn dropins() -> Result<DropIns, AppError> {
    let (state, me, _) = crate::booking::server::participant().await?;
    let now = state.clock.now();
    let (mut open, mut later, mut cancelled) = (Vec::new(), Vec::new(), Vec::new());
    let Some(coach) = me.coach_id else {
        return Ok(DropIns {
            open,
            later,
            cancelled,
        });
    };
    for g in state
        .store
        .of::<dyn GroupStore>()?
        .coach_groups(coach, now.as_second())
        .await?
    {
        if g.kind != GroupKind::DropIn {
            continue;
        }
        if g.cancelled {
            cancelled.extend(server::view_of(g, now.as_second()));
            continue;
        }
        if server::queue_open(&g, now) {
            let place = state
                .store
                .of::<dyn GroupStore>()?
                .queue_place(g.id, me.id)
                .await?;
            if let Some(view) = server::view_of(g, now.as_second()) {
                open.push((view, server::place_of(place)));
            }
        } else if let Some(view) = server::view_of(g, now.as_second()) {
            later.push(view);
        }
    }
    Ok(DropIns {
        open,
        later,
        cancelled,
    })
}

/// Joins (or, with `leave`, leaves) today's drop-in queue.
#[server(prefix = "/api", endpoint = "queue")]
pub async fn queue(id: GroupId, leave: Option<String>) -> Result<(), AppError> {
    use crate::booking::group::store::QueuePlace;
    let (state, me, group) = server::coach_group(id).await?;
    if group.kind != GroupKind::DropIn {
        return Err(AppError::NotFound);
    }
    let now = state.clock.unix();
    let flag = if leave.is_some() {
        state
            .store
            .of::<dyn GroupStore>()?
            .leave_queue(id, me.id, now)
            .await?;
        tracing::info!(user = %me.id, group = %id, "left the queue");
        "left"
    } else {
        let joined = server::queue_open(&group, state.clock.now())
            && state
                .store
                .of::<dyn GroupStore>()?
                .join_queue(id, me.id, now)
                .await?;
        let place = state
            .store
            .of::<dyn GroupStore>()?
            .queue_place(id, me.id)
            .await?;
        // Closed (ended or cancelled) unless this was a second tap.
        if !joined && !matches!(place, QueuePlace::Waiting(_) | QueuePlace::Called) {
            let mut invalid = Invalid::new();
            invalid.add("queue", FieldProblem::QueueClosed);
            return Err(AppError::Invalid(invalid));
        }
        tracing::info!(user = %me.id, group = %id, "joined the queue");
        "joined"
    };
    leptos_axum::redirect(&format!("/dropin?{flag}=1"));
    Ok(())
}

/// `/dropin/{id}/place`: the participant's place in the queue as one sentence in their
/// language, for the page to update itself with. Anyone else's queue is 404.
#[cfg(feature = "ssr")]
pub async fn place_line(
    axum::extract::Extension(state): axum::extract::Extension<crate::ssr::ServerState>,
    session: tower_sessions::Session,
    headers: http::HeaderMap,
    axum::extract::Path(id): axum::extract::Path<GroupId>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    use http::{header, HeaderValue, StatusCode};
    let me = match crate::ssr::require_in(&state, &session, &[Role::Participant]).await {
        Ok(me) => me,
        Err(_) => return StatusCode::NOT_FOUND.into_response(),
    };
    let groups = match state.store.of::<dyn GroupStore>() {
        Ok(groups) => groups,
        Err(e) => {
            tracing::error!(error = %e, "queue place");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let group = match groups.find_group(id).await {
        Ok(Some(g)) if Some(g.coach_id) == me.coach_id && g.kind == GroupKind::DropIn => g,
        Ok(_) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "queue place");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let place = match groups.queue_place(group.id, me.id).await {
        Ok(p) => server::place_of(p),
        Err(e) => {
            tracing::error!(error = %e, "queue place");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let locale = crate::ssr::locale_in(&headers);
    let text = match place {
        _ if group.cancelled => crate::i18n::fill(
            Key::QueueCancelled.get(locale),
            &[("reason", &group.cancel_reason)],
        ),
        Place::Done => Key::QueueDone.get(locale).to_string(),
        Place::NotInQueue => Key::QueueNotIn.get(locale).to_string(),
        Place::Waiting(n) => {
            crate::i18n::fill(Key::QueuePlace.get(locale), &[("place", &n.to_string())])
        }
        Place::Called => Key::QueueCalled.get(locale).to_string(),
    };
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/plain; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        text,
    )
        .into_response()
}
