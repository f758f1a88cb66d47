//! Group: the `workshops` screen.
use super::*;

/// `/workshops`: the coming workshops of one's coach, with seats left.
#[component]
pub fn WorkshopsPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let list = Resource::new(|| (), |_| workshops());
                view! {
                    <Page title=Key::WorkshopsTitle back="/book">
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
pub(crate) fn WorkshopCards(w: WorkshopOffer) -> impl IntoView {
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
