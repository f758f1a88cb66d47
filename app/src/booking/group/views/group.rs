//! Group: the `group` screen.
use super::*;

/// `/coach/groups/:id`: who has a seat, or the queue and "call next".
#[component]
pub fn GroupPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], group_detail, |d| {
        view! { <GroupDetailView d/> }.into_any()
    })
}

#[component]
pub(crate) fn GroupDetailView(d: GroupInfo) -> impl IntoView {
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
                            let needs = crate::booking::needs_text(&needs)
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
        <Page title=Key::GroupTitle back="/coach/groups">
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
