//! Group: the `drop_in` screen.
use super::*;

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
pub(crate) fn DropInScreen(d: DropIns) -> impl IntoView {
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
        <Page title=title back="/book">
            {status.map(|key| view! { <div class="panel" role="status" data-queue-note=""><p>{t(key)}</p></div> })}
            {called.then(|| view! { <div class="panel called" role="alert"><p>{t(Key::QueueCalled)}</p></div> })}
            <p id="queue" tabindex="-1">{t(Key::DropInText)}</p>
            <DropInList d/>
        </Page>
    }
}

#[component]
pub(crate) fn DropInList(d: DropIns) -> impl IntoView {
    let (action, error) = form::<Queue>();
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
pub(crate) fn QueueWatch() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    client::attach();
}
