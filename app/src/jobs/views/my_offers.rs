//! Job development: the `my_offers` screen.
use super::*;

/// `/jobs`: the leads the participant's coach offered them, newest first.
#[component]
pub fn MyOffersPage() -> impl IntoView {
    let offers = Resource::new(|| (), |_| my_offers());
    view! {
        <RequireRole roles=&[Role::Participant]>
            <Page title=Key::MyOffersTitle back="/home">
                <p>{t(Key::MyOffersIntro)}</p>
                {crate::ui::loaded(offers, |list: Vec<MyOffer>| {
                    if list.is_empty() {
                        return view! { <p>{t(Key::MyOffersEmpty)}</p> }.into_any();
                    }
                    view! {
                        <ul class="people">
                            {list.into_iter().map(|o| {
                                let status = match o.answer {
                                    Some(a) => t(a.status()).to_string(),
                                    None => t(Key::OfferStatusUnanswered).to_string(),
                                };
                                view! {
                                    <li>
                                        <a class="person-name" dir="auto" href=format!("/jobs/{}", o.id)>{o.title}</a>
                                        <span class="person-facts" dir="auto">{o.employer}</span>
                                        <span class="tag">{status}</span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })}
            </Page>
        </RequireRole>
    }
}
