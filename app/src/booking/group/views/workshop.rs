//! Group: the `workshop` screen.
use super::*;

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
pub(crate) fn SeatForm(g: GroupView, seat: Option<BookingId>) -> impl IntoView {
    let (action, error) = form::<BookSeat>();
    let key = crate::booking::new_key();
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
        <Page title=Key::WorkshopTitle error=error back="/workshops">
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
