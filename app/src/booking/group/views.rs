//! Group: the screens: what people see and the forms they send.
use super::*;

/// "3 av 5 platser bokade" or "2 väntar i kön", and "Inställd" with the reason.
pub(crate) fn group_facts(g: &GroupView) -> impl IntoView {
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
pub(super) fn NewGroupForm() -> impl IntoView {
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
pub(super) fn GroupDetailView(d: GroupInfo) -> impl IntoView {
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
                            let needs = super::super::needs_text(&needs)
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
pub(super) fn CancelGroupForm(g: GroupView) -> impl IntoView {
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
pub(super) fn WorkshopCards(w: WorkshopOffer) -> impl IntoView {
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
pub(super) fn SeatForm(g: GroupView, seat: Option<BookingId>) -> impl IntoView {
    let action = form_action::<BookSeat>();
    let error = action_error(action);
    let key = super::super::new_key();
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
pub(super) fn DropInScreen(d: DropIns) -> impl IntoView {
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
pub(super) fn DropInList(d: DropIns) -> impl IntoView {
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
pub(super) fn QueueWatch() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    client::attach();
}
