//! Group workshops and drop-in hours. A coach publishes a workshop (a title, a time, seats)
//! or a drop-in window (a time and a place, first come first served). A participant books
//! a workshop seat like a meeting (it is then a booking: listed, cancelled, put in a
//! calendar, marked attended), or joins the drop-in queue from their phone on the day and
//! sees their place; the coach calls the next person.
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
use super::{needs_from, MAX_FUTURE_BOOKINGS};
use super::{query_flag, status_panel, when_text, When, NEEDS};
use crate::auth::{RequireRole, Role};
#[cfg(feature = "ssr")]
use crate::booking::group::store::GroupStore;
#[cfg(feature = "ssr")]
use crate::booking::store::BookingStore;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::{FieldProblem, Invalid};
use crate::i18n::{t, tf, tp, Key};
use crate::ids::{BookingId, GroupId};
use crate::ui::{action_error, form_action, ErrorSummary, Page, Submit, TextField};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a coach holds for more than one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GroupKind {
    /// A set time with a set number of seats, booked ahead.
    Workshop,
    /// A window at a place; people queue on the day.
    DropIn,
}

impl GroupKind {
    pub const ALL: [GroupKind; 2] = [GroupKind::Workshop, GroupKind::DropIn];

    pub fn code(self) -> &'static str {
        match self {
            GroupKind::Workshop => "workshop",
            GroupKind::DropIn => "dropin",
        }
    }

    pub fn parse(code: &str) -> Option<GroupKind> {
        GroupKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn label(self) -> Key {
        match self {
            GroupKind::Workshop => Key::GroupWorkshop,
            GroupKind::DropIn => Key::GroupDropIn,
        }
    }
}

/// A workshop or drop-in window as the pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupView {
    pub id: GroupId,
    pub kind: GroupKind,
    pub title: String,
    pub when: When,
    pub place: String,
    pub seats: Option<u32>,
    pub taken: u32,
    pub waiting: u32,
    pub cancelled: bool,
    pub cancel_reason: String,
    /// The coach may still cancel it: a workshop before it begins, a drop-in before it ends.
    pub cancellable: bool,
}

impl GroupView {
    /// The title the coach gave it, or its kind ("Drop-in").
    pub fn name(&self) -> String {
        if self.title.is_empty() {
            t(self.kind.label()).to_string()
        } else {
            self.title.clone()
        }
    }

    pub fn seats_left(&self) -> u32 {
        self.seats.unwrap_or(0).saturating_sub(self.taken)
    }
}

/// Where the signed-in participant is in a drop-in queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Place {
    NotInQueue,
    Waiting(u32),
    Called,
    /// Their turn is over.
    Done,
}

/// The sentence that tells a participant where they are in the queue.
pub fn place_text(place: Place) -> String {
    match place {
        Place::NotInQueue => t(Key::QueueNotIn).to_string(),
        Place::Waiting(n) => tf(Key::QueuePlace, &[("place", &n.to_string())]),
        Place::Called => t(Key::QueueCalled).to_string(),
        Place::Done => t(Key::QueueDone).to_string(),
    }
}

#[cfg(feature = "ssr")]
pub(crate) mod server {
    use super::*;
    use crate::ssr::access::{authorize, Act, Ask, Part, Relation};
    use crate::ssr::store::UserRecord;

    use crate::booking::group::store::{GroupRecord, QueuePlace};
    use crate::ssr::{require, ServerState};

    pub fn view_of(g: GroupRecord, now: i64) -> Option<GroupView> {
        let until = match g.kind {
            GroupKind::Workshop => g.starts_at,
            GroupKind::DropIn => g.ends_at,
        };
        Some(GroupView {
            cancellable: !g.cancelled && now < until,
            id: g.id,
            kind: g.kind,
            title: g.title,
            when: super::super::server::when(g.starts_at, g.ends_at)?,
            place: g.place,
            seats: g.seats,
            taken: g.taken,
            waiting: g.waiting,
            cancelled: g.cancelled,
            cancel_reason: g.cancel_reason,
        })
    }

    pub fn place_of(p: QueuePlace) -> Place {
        match p {
            QueuePlace::NotInQueue => Place::NotInQueue,
            QueuePlace::Waiting(n) => Place::Waiting(n),
            QueuePlace::Called => Place::Called,
            QueuePlace::Done => Place::Done,
        }
    }

    /// The signed-in coach and one of their own workshops or drop-in windows; anyone
    /// else's is "not found".
    pub async fn own_group(
        id: GroupId,
        act: Act,
    ) -> Result<(ServerState, UserRecord, GroupRecord), AppError> {
        let (state, coach) = require(&[Role::Coach]).await?;
        let group = state
            .store
            .of::<dyn GroupStore>()?
            .find_group(id)
            .await?
            .ok_or(AppError::NotFound)?;
        let rel = if group.coach_id == coach.id {
            Relation::Own
        } else {
            Relation::Other
        };
        authorize(
            &coach,
            Ask {
                relation: rel,
                part: Part::Calendar,
                act,
                owner: group.coach_id,
                shared: false,
            },
        )?;
        Ok((state, coach, group))
    }

    /// The signed-in participant and a workshop or drop-in window of their own coach;
    /// another coach's is "not found".
    pub async fn coach_group(
        id: GroupId,
    ) -> Result<(ServerState, UserRecord, GroupRecord), AppError> {
        let (state, me, _) = super::super::server::participant().await?;
        let group = state
            .store
            .of::<dyn GroupStore>()?
            .find_group(id)
            .await?
            .filter(|g| Some(g.coach_id) == me.coach_id)
            .ok_or(AppError::NotFound)?;
        Ok((state, me, group))
    }

    /// Whether a drop-in window takes people into its queue at `now`: on its own day
    /// (Stockholm), until it ends, unless cancelled.
    pub fn queue_open(g: &GroupRecord, now: jiff::Timestamp) -> bool {
        let day = |unix: i64| {
            jiff::Timestamp::from_second(unix).ok().map(|t| {
                t.to_zoned_datetime(crate::ssr::clock::STOCKHOLM.clone())
                    .date()
            })
        };
        g.kind == GroupKind::DropIn
            && !g.cancelled
            && now.as_second() < g.ends_at
            && day(g.starts_at) == day(now.as_second())
    }

    /// A workshop or drop-in window from the coach's form, or the form's errors with what
    /// was typed.
    pub fn group_from(
        fields: &BTreeMap<String, String>,
        now: jiff::Timestamp,
        coach: crate::ids::UserId,
        rules: Option<&crate::booking::BookingRules>,
    ) -> Result<crate::booking::group::store::NewGroup, AppError> {
        let get = |name: &str| fields.get(name).map(|s| s.trim()).unwrap_or("");
        let mut invalid = Invalid::new();
        let kind = GroupKind::parse(get("kind"));
        if kind.is_none() {
            invalid.add("kind", FieldProblem::Required);
        }
        let title = crate::text::clean_line(get("title"));
        if kind == Some(GroupKind::Workshop) && title.is_empty() {
            invalid.add("title", FieldProblem::Required);
        } else if title.chars().count() > 80 {
            invalid.add("title", FieldProblem::TooLong);
        }
        let day = crate::ssr::clock::parse_day(get("day"));
        if day.is_none() {
            invalid.add("day", FieldProblem::BadDate);
        }
        let (from, to) = (
            super::super::parse_clock(get("from")),
            super::super::parse_clock(get("to")),
        );
        if from.is_none() {
            invalid.add("from", FieldProblem::BadTime);
        }
        match (from, to) {
            (_, None) => invalid.add("to", FieldProblem::BadTime),
            (Some(a), Some(b)) if b <= a => invalid.add("to", FieldProblem::EndBeforeStart),
            _ => {}
        }
        let seats = match kind {
            Some(GroupKind::Workshop) => match get("seats").parse::<u32>() {
                Ok(n) if (1..=200).contains(&n) => Some(n),
                _ => {
                    invalid.add("seats", FieldProblem::OutOfRange);
                    None
                }
            },
            _ => None,
        };
        let place = crate::text::clean_line(get("place"));
        if place.chars().count() > 200 {
            invalid.add("place", FieldProblem::TooLong);
        }
        let times = match (day, from, to) {
            (Some(day), Some(from), Some(to)) if to > from => {
                let at = |minute: u16| super::super::slots::at(day, minute).map(|t| t.as_second());
                match (at(from), at(to)) {
                    // The night the clocks go forward a skipped time moves on an hour.
                    (Some(s), Some(e)) if e <= s => {
                        invalid.add("to", FieldProblem::EndBeforeStart);
                        None
                    }
                    // A workshop is booked ahead: it must lie ahead.
                    (Some(s), Some(e))
                        if kind == Some(GroupKind::Workshop) && s <= now.as_second() =>
                    {
                        invalid.add("from", FieldProblem::TooSoon);
                        Some((s, e))
                    }
                    // A drop-in already under way may still be put out (the coach forgot,
                    // people are at the door); one that has ended may not.
                    (Some(s), Some(e)) if e <= now.as_second() => {
                        invalid.add("to", FieldProblem::TooSoon);
                        Some((s, e))
                    }
                    (Some(s), Some(e)) => Some((s, e)),
                    _ => {
                        invalid.add("from", FieldProblem::BadTime);
                        None
                    }
                }
            }
            _ => None,
        };
        match (kind, times, invalid.errors.is_empty()) {
            (Some(kind), Some((s, e)), true) => {
                let place = match rules {
                    Some(r) if place.is_empty() => r.place.clone(),
                    _ => place,
                };
                Ok(crate::booking::group::store::NewGroup {
                    coach,
                    kind,
                    title,
                    starts_at: s,
                    ends_at: e,
                    place,
                    seats,
                    buffer: rules.map_or(0, |r| i64::from(r.buffer_minutes) * 60),
                })
            }
            _ => Err(AppError::Invalid(kept(invalid, fields))),
        }
    }

    /// The typed values given back with the errors.
    pub fn kept(invalid: Invalid, fields: &BTreeMap<String, String>) -> Invalid {
        fields.iter().fold(invalid, |inv, (k, v)| inv.keep(k, v))
    }
}

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

/// A person in the queue, as the coach sees them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InQueue {
    pub name: String,
    /// When they joined ("13:05").
    pub joined: String,
    pub called: bool,
}

/// One workshop or drop-in window, for its coach: who has a seat, or who is in the queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupInfo {
    pub group: GroupView,
    /// Each seat: the booking, the person, the arrangements asked for (codes).
    pub seats: Vec<(BookingId, String, String)>,
    pub queue: Vec<InQueue>,
    /// Who is called now (the "call next" form names them, so a second tap skips nobody).
    pub called: Option<crate::ids::UserId>,
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
            joined: super::server::when(q.joined_at, q.joined_at + 1)
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
    let reason = crate::text::clean_line(reason.as_deref().unwrap_or(""));
    let problem = if reason.is_empty() {
        Some(FieldProblem::Required)
    } else if reason.chars().count() > 200 {
        Some(FieldProblem::TooLong)
    } else {
        None
    };
    if let Some(problem) = problem {
        let mut invalid = Invalid::new();
        invalid.add("reason", problem);
        return Err(AppError::Invalid(invalid.keep("reason", &reason)));
    }
    if !state
        .store
        .of::<dyn GroupStore>()?
        .cancel_group(id, coach.id, &reason, state.clock.unix())
        .await?
    {
        return Err(AppError::Conflict);
    }
    tracing::info!(coach = %coach.id, group = %id, "group cancelled");
    leptos_axum::redirect("/coach/groups?cancelled=1");
    Ok(())
}

/// The coming workshops of the participant's own coach, and the seats they hold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopOffer {
    pub workshops: Vec<GroupView>,
    /// Seats held: the workshop and the booking.
    pub mine: Vec<(GroupId, BookingId)>,
}

#[server(prefix = "/api", endpoint = "workshops")]
pub async fn workshops() -> Result<WorkshopOffer, AppError> {
    let (state, me, _) = super::server::participant().await?;
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

/// Drop-in windows of the participant's own coach: today's with the queue, and the next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DropIns {
    /// Today's windows that take people now, with where the participant is.
    pub open: Vec<(GroupView, Place)>,
    /// Later windows (and today's not taking people any more are left out).
    pub later: Vec<GroupView>,
    /// Windows not yet over that the coach cancelled, with the reason.
    pub cancelled: Vec<GroupView>,
}

#[server(prefix = "/api", endpoint = "dropins")]
pub async fn dropins() -> Result<DropIns, AppError> {
    let (state, me, _) = super::server::participant().await?;
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

fn group_param() -> Option<GroupId> {
    use_params_map()
        .read_untracked()
        .get("id")
        .and_then(|s| s.parse().ok())
}

/// "3 av 5 platser bokade" or "2 väntar i kön", and "Inställd" with the reason.
pub(super) fn group_facts(g: &GroupView) -> impl IntoView {
    let count = match g.seats {
        Some(seats) => tp(
            Key::SeatsBooked,
            "count",
            u64::from(g.taken),
            &[("seats", &seats.to_string())],
        ),
        None => tp(Key::QueueWaiting, "count", u64::from(g.waiting), &[]),
    };
    view! {
        {(!g.place.is_empty()).then(|| view! { <p dir="auto">{tf(Key::BookPlace, &[("place", &g.place)])}</p> })}
        {if g.cancelled {
            view! {
                <p class="tag">{t(Key::GroupCancelled)}</p>
                <p dir="auto">{tf(Key::GroupCancelledReason, &[("reason", &g.cancel_reason)])}</p>
            }.into_any()
        } else {
            view! { <p>{count}</p> }.into_any()
        }}
    }
}

/// `/coach/groups`: the coach's workshops and drop-in windows.
#[component]
pub fn GroupsPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            {
                let groups = Resource::new(|| (), |_| my_groups());
                view! {
                    <Page title=Key::GroupsTitle>
                        <p><a href="/coach" class="back">{t(Key::BackLink)}</a></p>
                        {status_panel(query_flag("cancelled"), Key::GroupCancelledDone)}
                        <p>{t(Key::GroupsText)}</p>
                        <p><a class="button" href="/coach/new-group">{t(Key::NewGroupTitle)}</a></p>
                        <Suspense>
                            {move || Suspend::new(async move {
                                match groups.await {
                                    Ok(list) if list.is_empty() => view! { <p>{t(Key::GroupsEmpty)}</p> }.into_any(),
                                    Ok(list) => view! {
                                        <ul class="cards">
                                            {list.into_iter().map(|g| view! {
                                                <li class="card">
                                                    <h2><a href=format!("/coach/groups/{}", g.id)><bdi>{g.name()}</bdi></a></h2>
                                                    <p>{t(g.kind.label())}" · "{when_text(&g.when)}</p>
                                                    {group_facts(&g)}
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    }.into_any(),
                                    Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                                }
                            })}
                        </Suspense>
                    </Page>
                }
            }
        </RequireRole>
    }
}

/// `/coach/new-group`: publishes a workshop or a drop-in window.
#[component]
pub fn NewGroupPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            <NewGroupForm/>
        </RequireRole>
    }
}

#[component]
fn NewGroupForm() -> impl IntoView {
    let action = form_action::<CreateGroup>();
    let error = action_error(action);
    let kept_kind = move || error.get().and_then(|e| e.value("kind"));
    let kind_problem = move || error.get().and_then(|e| e.field_error("kind"));
    let kinds = GroupKind::ALL
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            let id = if i == 0 {
                "kind".to_string()
            } else {
                format!("kind-{}", kind.code())
            };
            let hint = match kind {
                GroupKind::Workshop => Key::GroupWorkshopHint,
                GroupKind::DropIn => Key::GroupDropInHint,
            };
            let hint_id = format!("{id}-hint");
            view! {
                <div class="checkbox">
                    <input type="radio" id=id.clone() name="kind" value=kind.code()
                        checked=move || kept_kind().as_deref() == Some(kind.code())
                        aria-describedby=hint_id.clone()/>
                    <label for=id>{t(kind.label())}</label>
                    <p class="hint" id=hint_id>{t(hint)}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::NewGroupTitle error=error>
            <p><a href="/coach/groups" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <fieldset class="field" class:field-error=move || kind_problem().is_some()>
                    <legend>{t(Key::GroupKindLegend)}</legend>
                    {move || kind_problem().map(|p| crate::ui::field_message("kind-error".into(), t(p.message("kind"))))}
                    {kinds}
                </fieldset>
                <TextField name="title" label=Key::GroupTitleLabel hint=Key::GroupTitleHint error=error/>
                <TextField name="day" label=Key::GroupDay hint=Key::CloseDayHint kind="date" error=error/>
                <TextField name="from" label=Key::HoursFrom kind="time" error=error/>
                <TextField name="to" label=Key::HoursTo kind="time" error=error/>
                <TextField name="seats" label=Key::GroupSeats hint=Key::GroupSeatsHint kind="number" error=error/>
                <TextField name="place" label=Key::HoursPlace hint=Key::GroupPlaceHint error=error/>
                <Submit label=Key::GroupPublish/>
            </ActionForm>
        </Page>
    }
}

/// `/coach/groups/:id`: who has a seat, or the queue and "call next".
#[component]
pub fn GroupPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], group_detail, |d| {
        view! { <GroupDetailView d/> }.into_any()
    })
}

#[component]
fn GroupDetailView(d: GroupInfo) -> impl IntoView {
    let call = form_action::<CallNext>();
    let g = d.group;
    let id = g.id;
    let status = [
        ("created", Key::GroupCreated),
        ("called", Key::QueueCalledDone),
        ("empty", Key::QueueEmpty),
    ]
    .into_iter()
    .find(|(flag, _)| query_flag(flag))
    .map(|(_, key)| key);
    let body = match g.kind {
        GroupKind::Workshop => view! {
            <h2>{t(Key::SeatsHeading)}</h2>
            {if d.seats.is_empty() {
                view! { <p>{t(Key::SeatsNone)}</p> }.into_any()
            } else {
                view! {
                    <ol class="log">
                        {d.seats.into_iter().map(|(booking, name, needs)| {
                            let needs = super::needs_text(&needs)
                                .into_iter()
                                .map(t)
                                .collect::<Vec<_>>()
                                .join(&format!("{} ", t(Key::ListSeparator)));
                            view! {
                                <li>
                                    <a href=format!("/bookings/{booking}")><bdi>{name}</bdi></a>
                                    {(!needs.is_empty()).then(|| view! { " · "{tf(Key::BookingNeeds, &[("needs", &needs)])} })}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        }
        .into_any(),
        GroupKind::DropIn => {
            let (called, waiting): (Vec<InQueue>, Vec<InQueue>) =
                d.queue.into_iter().partition(|q| q.called);
            view! {
                <h2>{t(Key::QueueHeading)}</h2>
                {called.into_iter().next().map(|q| view! {
                    <p class="panel">{tf(Key::QueueNow, &[("name", &q.name)])}</p>
                })}
                {if waiting.is_empty() {
                    view! { <p>{t(Key::QueueNobody)}</p> }.into_any()
                } else {
                    view! {
                        <ol class="log">
                            {waiting.into_iter().map(|q| view! {
                                <li><bdi>{q.name}</bdi>" · "{tf(Key::QueueJoinedAt, &[("time", &format!("\u{2066}{}\u{2069}", q.joined))])}</li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }}
                {(!g.cancelled).then(|| view! {
                    <ActionForm action=call attr:class="form">
                        <input type="hidden" name="id" value=id.get()/>
                        {d.called.map(|p| view! { <input type="hidden" name="current" value=p.get()/> })}
                        <Submit label=Key::QueueCallNext/>
                    </ActionForm>
                })}
                <p><a class="button secondary" href=format!("/coach/groups/{id}")>{t(Key::RefreshButton)}</a></p>
            }
            .into_any()
        }
    };
    view! {
        <Page title=Key::GroupTitle>
            <p><a href="/coach/groups" class="back">{t(Key::BackLink)}</a></p>
            {status.map(|key| view! { <div class="panel" role="status"><p>{t(key)}</p></div> })}
            <p class="lead"><bdi>{g.name()}</bdi></p>
            <p>{t(g.kind.label())}" · "{when_text(&g.when)}</p>
            {group_facts(&g)}
            {body}
            {g.cancellable.then(|| view! {
                <p><a class="button warning" href=format!("/coach/groups/{id}/cancel")>{t(Key::GroupCancelLink)}</a></p>
            })}
        </Page>
    }
}

/// `/coach/groups/:id/cancel`: asks for the reason everyone booked will read.
#[component]
pub fn CancelGroupPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], group_detail, |d| {
        if d.group.cancellable {
            view! { <CancelGroupForm g=d.group/> }.into_any()
        } else {
            view! { <crate::pages::NotFound/> }.into_any()
        }
    })
}

#[component]
fn CancelGroupForm(g: GroupView) -> impl IntoView {
    let action = form_action::<CancelGroup>();
    let error = action_error(action);
    view! {
        <Page title=Key::GroupCancelTitle error=error>
            <ErrorSummary error=error/>
            <p>{tf(Key::GroupCancelQuestion, &[("name", &g.name()), ("when", &when_text(&g.when))])}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=g.id.get()/>
                <TextField name="reason" label=Key::CancelReasonLabel hint=Key::CancelReasonHint error=error/>
                <Submit label=Key::GroupCancelButton warning=true/>
            </ActionForm>
            <p><a href=format!("/coach/groups/{}", g.id) class="button secondary">{t(Key::CancelLink)}</a></p>
        </Page>
    }
}

/// `/workshops`: the coming workshops of one's coach, with seats left.
#[component]
pub fn WorkshopsPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let list = Resource::new(|| (), |_| workshops());
                view! {
                    <Page title=Key::WorkshopsTitle>
                        <p><a href="/book" class="back">{t(Key::BackLink)}</a></p>
                        <p>{t(Key::WorkshopsText)}</p>
                        <Suspense>
                            {move || Suspend::new(async move {
                                match list.await {
                                    Ok(w) if w.workshops.is_empty() => view! { <p>{t(Key::WorkshopsEmpty)}</p> }.into_any(),
                                    Ok(w) => view! { <WorkshopCards w/> }.into_any(),
                                    Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                                }
                            })}
                        </Suspense>
                    </Page>
                }
            }
        </RequireRole>
    }
}

#[component]
fn WorkshopCards(w: WorkshopOffer) -> impl IntoView {
    let mine = w.mine;
    view! {
        <ul class="cards">
            {w.workshops.into_iter().map(|g| {
                let seat = mine.iter().find(|(group, _)| *group == g.id).map(|(_, b)| *b);
                let left = g.seats_left();
                let action = match seat {
                    Some(b) => view! {
                        <p class="tag">{t(Key::SeatHeld)}</p>
                        <p><a href=format!("/bookings/{b}")>{t(Key::BookingTitle)}
                            <span class="visually-hidden">": "{g.title.clone()}</span></a></p>
                    }.into_any(),
                    None if left == 0 => view! { <p class="tag">{t(Key::WorkshopFull)}</p> }.into_any(),
                    None => view! {
                        <p><a class="button" href=format!("/workshops/{}", g.id)>
                            {t(Key::SeatBookLink)}<span class="visually-hidden">": "{g.title.clone()}</span>
                        </a></p>
                    }.into_any(),
                };
                view! {
                    <li class="card">
                        <h2><bdi>{g.title.clone()}</bdi></h2>
                        <p>{when_text(&g.when)}</p>
                        {(!g.place.is_empty()).then(|| view! { <p dir="auto">{tf(Key::BookPlace, &[("place", &g.place)])}</p> })}
                        <p>{tp(Key::SeatsLeft, "count", u64::from(left), &[])}</p>
                        {action}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// `/workshops/:id`: one workshop, the optional questions, and "Boka plats".
#[component]
pub fn WorkshopPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {move || match group_param() {
                Some(id) => {
                    let list = Resource::new(|| (), |_| workshops());
                    view! {
                        <Suspense>
                            {move || Suspend::new(async move {
                                let found = list.await.ok().and_then(|w| {
                                    let seat = w.mine.iter().find(|(g, _)| *g == id).map(|(_, b)| *b);
                                    w.workshops.into_iter().find(|g| g.id == id).map(|g| (g, seat))
                                });
                                match found {
                                    Some((g, seat)) => view! { <SeatForm g seat/> }.into_any(),
                                    None => view! { <crate::pages::NotFound/> }.into_any(),
                                }
                            })}
                        </Suspense>
                    }
                    .into_any()
                }
                None => view! { <crate::pages::NotFound/> }.into_any(),
            }}
        </RequireRole>
    }
}

#[component]
fn SeatForm(g: GroupView, seat: Option<BookingId>) -> impl IntoView {
    let action = form_action::<BookSeat>();
    let error = action_error(action);
    let key = super::new_key();
    let left = g.seats_left();
    let seat_problem = move || error.get().and_then(|e| e.field_error("seat"));
    let form = match seat {
        Some(b) => view! {
            <p class="tag">{t(Key::SeatHeld)}</p>
            <p><a class="button" href=format!("/bookings/{b}")>{t(Key::BookingTitle)}</a></p>
        }
        .into_any(),
        None if left == 0 => view! { <p>{t(Key::WorkshopFull)}</p> }.into_any(),
        None => view! {
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=g.id.get()/>
                <input type="hidden" name="key" value=key/>
                <p id="seat" tabindex="-1">{tp(Key::SeatsLeft, "count", u64::from(left), &[])}</p>
                {move || seat_problem().map(|p| crate::ui::field_message("seat-error".into(), t(p.message("seat"))))}
                <TextField name="interpreter" label=Key::BookInterpreter hint=Key::BookInterpreterHint error=error/>
                <NeedsField error=error/>
                <Submit label=Key::SeatBookButton/>
            </ActionForm>
        }
        .into_any(),
    };
    view! {
        <Page title=Key::WorkshopTitle error=error>
            <p><a href="/workshops" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <p class="lead"><bdi>{g.title.clone()}</bdi></p>
            <p>{when_text(&g.when)}</p>
            {(!g.place.is_empty()).then(|| view! { <p dir="auto">{tf(Key::BookPlace, &[("place", &g.place)])}</p> })}
            {form}
        </Page>
    }
}

/// The optional "what should be arranged" checkboxes (`need-CODE`), kept after an error.
#[component]
pub fn NeedsField(error: crate::ui::FormError) -> impl IntoView {
    let boxes = NEEDS
        .iter()
        .map(|(code, label)| {
            let name = format!("need-{code}");
            let checked = {
                let name = name.clone();
                move || error.get().and_then(|e| e.value(&name)).is_some()
            };
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=name.clone() name=name.clone() value="on" checked=checked/>
                    <label for=name>{t(*label)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field" aria-describedby="needs-hint">
            <legend>{t(Key::NeedsLegend)}</legend>
            <p class="hint" id="needs-hint">{t(Key::NeedsHint)}</p>
            {boxes}
        </fieldset>
    }
}

/// `/dropin`: today's drop-in queue: join it, see one's place, leave it.
#[component]
pub fn DropInPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let list = Resource::new(|| (), |_| dropins());
                view! {
                    {crate::ui::loaded(list, move |d| view! { <DropInScreen d/> }.into_any())}
                }
            }
        </RequireRole>
    }
}

/// The drop-in screen. Called to the coach, it says so in its title, its heading and an
/// alert, and nothing on it still says "in the queue".
#[component]
fn DropInScreen(d: DropIns) -> impl IntoView {
    let called = d.open.iter().any(|(_, place)| *place == Place::Called);
    let status = [("joined", Key::QueueJoined), ("left", Key::QueueLeft)]
        .into_iter()
        .find(|(flag, _)| query_flag(flag))
        .map(|(_, key)| key)
        .filter(|_| !called);
    let title = if called {
        Key::QueueCalledTitle
    } else {
        Key::DropInTitle
    };
    view! {
        <Page title=title>
            <p><a href="/book" class="back">{t(Key::BackLink)}</a></p>
            {status.map(|key| view! { <div class="panel" role="status" data-queue-note=""><p>{t(key)}</p></div> })}
            {called.then(|| view! { <div class="panel called" role="alert"><p>{t(Key::QueueCalled)}</p></div> })}
            <p id="queue" tabindex="-1">{t(Key::DropInText)}</p>
            <DropInList d/>
        </Page>
    }
}

#[component]
fn DropInList(d: DropIns) -> impl IntoView {
    let action = form_action::<Queue>();
    let error = action_error(action);
    let nothing = d.open.is_empty() && d.later.is_empty();
    // Only a page with a queue to watch loads the island.
    let watch = !d.open.is_empty();
    let leaving: Option<GroupId> = leptos_router::hooks::use_query_map()
        .read_untracked()
        .get("leave")
        .and_then(|s| s.parse().ok());
    let open = d
        .open
        .into_iter()
        .map(|(g, place)| {
            let id = g.id;
            let in_queue = place != Place::NotInQueue;
            let called = place == Place::Called;
            // With JavaScript, the island turns the card into the called one when the polled
            // line says so (`data-called`): heading, title, alert, no waiting count.
            view! {
                <li class="card" class:called=called>
                    <h2 data-when=when_text(&g.when)>{if called { t(Key::QueueCalled).to_string() } else { when_text(&g.when) }}</h2>
                    {called.then(|| view! { <p>{when_text(&g.when)}</p> })}
                    {(!g.place.is_empty()).then(|| view! { <p dir="auto">{tf(Key::BookPlace, &[("place", &g.place)])}</p> })}
                    {(!called).then(|| view! {
                        <p data-waiting="">{tp(Key::QueueWaiting, "count", u64::from(g.waiting), &[])}</p>
                    })}
                    // Called, the page's alert says it once; the line says it quietly.
                    // Waiting, an empty alert is ready for the island to fill.
                    {(!called).then(|| view! { <p class="visually-hidden" role="alert" data-alert=""></p> })}
                    <p class="lead queue-place" role=(!called).then_some("status")
                        data-poll=format!("/dropin/{id}/place") data-called=t(Key::QueueCalled)
                        data-called-title=t(Key::QueueCalledTitle) data-title=t(Key::DropInTitle)>{place_text(place)}</p>
                    // Leaving gives the place away: asked first (`?leave=ID`), without
                    // JavaScript too.
                    {if !in_queue {
                        view! {
                            <ActionForm action=action attr:class="form">
                                <input type="hidden" name="id" value=id.get()/>
                                <Submit label=Key::QueueJoin/>
                            </ActionForm>
                        }.into_any()
                    } else if leaving == Some(id) {
                        view! {
                            <div class="panel ask" role="alert" id=format!("leave-{id}")>
                                <p>{t(Key::QueueLeaveAsk)}</p>
                                <ActionForm action=action attr:class="form">
                                    <input type="hidden" name="id" value=id.get()/>
                                    <input type="hidden" name="leave" value="1"/>
                                    <Submit label=Key::QueueLeaveYes warning=true/>
                                </ActionForm>
                                <p><a href="/dropin" class="button secondary">{t(Key::QueueStay)}</a></p>
                            </div>
                        }.into_any()
                    } else {
                        view! {
                            <p id=format!("leave-{id}")><a class="button warning" href=format!("/dropin?leave={id}#leave-{id}")>
                                {t(Key::QueueLeave)}</a></p>
                        }.into_any()
                    }}
                    <p><a class="button secondary" href="/dropin">{t(Key::RefreshButton)}</a></p>
                </li>
            }
        })
        .collect_view();
    let later = d.later;
    let cancelled = d.cancelled;
    view! {
        <ErrorSummary error=error/>
        {(!cancelled.is_empty()).then(|| view! {
            <div class="panel" role="alert">
                <ul>
                    {cancelled.into_iter().map(|g| view! {
                        <li>{when_text(&g.when)}": "{tf(Key::QueueCancelled, &[("reason", &g.cancel_reason)])}</li>
                    }).collect_view()}
                </ul>
            </div>
        })}
        {nothing.then(|| view! { <p>{t(Key::DropInNone)}</p> })}
        <ul class="cards">{open}</ul>
        {(!later.is_empty()).then(|| view! {
            <h2>{t(Key::DropInLater)}</h2>
            <ul class="log">
                {later.into_iter().map(|g| view! {
                    <li>{when_text(&g.when)}{(!g.place.is_empty()).then(|| view! { " · "<bdi>{g.place.clone()}</bdi> })}</li>
                }).collect_view()}
            </ul>
        })}
        {watch.then(|| view! { <QueueWatch/> })}
    }
}

/// With JavaScript, the place in the queue updates by itself every few seconds (the
/// status line is polite live region); without it, the refresh button does the same.
#[island]
fn QueueWatch() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    client::attach();
}

#[cfg(feature = "hydrate")]
mod client {
    use leptos::prelude::*;
    use std::time::Duration;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    /// Often enough to be told one's turn in time, seldom enough to cost nothing.
    const EVERY: Duration = Duration::from_secs(10);

    pub fn attach() {
        let _ = set_interval_with_handle(|| leptos::task::spawn_local(refresh()), EVERY);
    }

    /// The whole screen follows the queue line: called, an alert says it at once, the
    /// card's heading and the page's title say it and the waiting count and "in the queue"
    /// note go; no longer called (the turn is over), heading and title are as before.
    fn called(line: &web_sys::Element, text: &str, called: bool) {
        let attribute = |name: &str| line.get_attribute(name).unwrap_or_default();
        let title = if called {
            attribute("data-called-title")
        } else {
            attribute("data-title")
        };
        let Ok(Some(card)) = line.closest(".card") else {
            return;
        };
        let was_called = card.class_list().contains("called");
        if called == was_called {
            return;
        }
        if called {
            let _ = card.class_list().add_1("called");
            if let Ok(Some(alert)) = card.query_selector("[data-alert]") {
                alert.set_text_content(Some(text));
            }
            if let Ok(Some(waiting)) = card.query_selector("[data-waiting]") {
                waiting.remove();
            }
            if let Ok(Some(note)) = document().query_selector("[data-queue-note]") {
                note.remove();
            }
        } else {
            let _ = card.class_list().remove_1("called");
            if let Ok(Some(alert)) = card.query_selector("[data-alert]") {
                alert.set_text_content(None);
            }
        }
        if let Ok(Some(heading)) = card.query_selector("h2") {
            let when = heading.get_attribute("data-when").unwrap_or_default();
            heading.set_text_content(Some(if called { text } else { &when }));
        }
        let page = document().title();
        let app = page.rsplit_once(" – ").map_or("", |(_, app)| app);
        document().set_title(&format!("{title} – {app}"));
    }

    async fn refresh() {
        let Ok(lines) = document().query_selector_all("[data-poll]") else {
            return;
        };
        for i in 0..lines.length() {
            let Some(line) = lines
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let Some(url) = line.get_attribute("data-poll") else {
                continue;
            };
            let Ok(response) = JsFuture::from(window().fetch_with_str(&url)).await else {
                continue;
            };
            let Ok(response) = response.dyn_into::<web_sys::Response>() else {
                continue;
            };
            if !response.ok() {
                continue;
            }
            let Ok(promise) = response.text() else {
                continue;
            };
            let text = JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_string());
            // Only a change is written, so a screen reader says it once.
            if let Some(text) = text.filter(|t| line.text_content().as_deref() != Some(t.as_str()))
            {
                let now_called =
                    line.get_attribute("data-called").as_deref() == Some(text.as_str());
                called(&line, &text, now_called);
                line.set_text_content(Some(&text));
            }
        }
    }
}
