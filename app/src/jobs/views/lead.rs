//! Job development: the `lead` screen.
use super::*;

/// `/coach/leads/:id`: the lead, the coach's people ranked by fit with every reason, and
/// the offers made.
#[component]
pub fn LeadPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], fetch_lead, |lead| {
        view! { <LeadMatches lead/> }.into_any()
    })
}

#[component]
fn LeadMatches(lead: LeadView) -> impl IntoView {
    let offer = crate::ui::form_action::<OfferLead>();
    let id = lead.id;
    let back = format!("/coach/employers/{}", lead.employer);
    let offer_button = move |person: UserId, name: String, offered: bool| {
        if offered {
            view! { <p><span class="tag">{t(Key::OfferedTag)}</span></p> }.into_any()
        } else {
            view! {
                <ActionForm action=offer attr:class="form">
                    <input type="hidden" name="lead" value=id.get()/>
                    <input type="hidden" name="person" value=person.get()/>
                    <button type="submit" class="button secondary">{t(Key::OfferButton)}
                        <span class="visually-hidden">": "{name}</span></button>
                </ActionForm>
            }
            .into_any()
        }
    };
    view! {
        <Page title=Key::LeadTitle back=back>
            {crate::ui::query_status(&[
                ("offered", Key::OfferedStatus),
                ("presented", Key::PresentedStatus),
            ])}
            <h2 dir="auto">{lead.title.clone()}</h2>
            <p dir="auto">{lead.employer_name.clone()}</p>
            <LeadFacts kind=lead.kind details=lead.details.clone()/>
            <section aria-labelledby="match-heading">
                <h2 id="match-heading">{t(Key::MatchHeading)}</h2>
                <p class="hint">{t(Key::MatchHint)}</p>
                {lead.ranked.is_empty().then(|| view! { <p>{t(Key::MatchNobody)}</p> })}
                <ol class="log matches">
                    {lead.ranked.into_iter().map(|r| view! {
                        <li>
                            <p><a class="person-name" dir="auto" href=format!("/coach/participants/{}", r.person)>{r.name.clone()}</a></p>
                            {(!r.reasons.is_empty()).then(|| view! {
                                <p class="match-label">{t(Key::MatchReasonsLabel)}</p>
                                <ul class="reasons">{r.reasons.iter().map(|w| view! { <li>{w.text()}</li> }).collect_view()}</ul>
                            })}
                            {(!r.mismatches.is_empty()).then(|| view! {
                                <p class="match-label">{t(Key::MatchMismatchesLabel)}</p>
                                <ul class="mismatches">{r.mismatches.iter().map(|w| view! { <li>{w.text()}</li> }).collect_view()}</ul>
                            })}
                            {offer_button(r.person, r.name, r.offered)}
                        </li>
                    }).collect_view()}
                </ol>
                {(!lead.silent.is_empty()).then(|| view! {
                    <h3>{t(Key::MatchSilentHeading)}</h3>
                    <ul class="people">
                        {lead.silent.into_iter().map(|(person, name)| view! {
                            <li>
                                <a class="person-name" dir="auto" href=format!("/coach/participants/{person}")>{name}</a>
                                <span class="person-facts">{t(Key::MatchSharesNothing)}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                })}
            </section>
            <section id="offers" aria-labelledby="offers-heading">
                <h2 id="offers-heading">{t(Key::OffersHeading)}</h2>
                {lead.offers.is_empty().then(|| view! { <p>{t(Key::OffersEmpty)}</p> })}
                <ul class="people">
                    {lead.offers.into_iter().map(|o| {
                        let status = match o.answer {
                            Some(a) => t(a.status()).to_string(),
                            None => t(Key::OfferStatusWaiting).to_string(),
                        };
                        view! {
                            <li>
                                <span class="person-name" dir="auto">{o.name.clone()}</span>
                                <span class="tag">{status}</span>
                                <span class="person-facts">{tf(Key::OfferedAt, &[("when", &format_moment(o.offered))])}</span>
                                {(!o.comment.is_empty()).then(|| view! { <span class="person-facts note-body" dir="auto">{o.comment.clone()}</span> })}
                                {match (o.presented, o.answer) {
                                    (Some(at), _) => view! { <span class="person-facts">{tf(Key::PresentedAt, &[("when", &format_moment(at))])}</span> }.into_any(),
                                    (None, Some(OfferAnswer::Yes)) => view! {
                                        <a class="button" href=format!("/coach/offers/{}/present", o.id)>{t(Key::PresentLink)}
                                            <span class="visually-hidden">": "{o.name}</span></a>
                                    }.into_any(),
                                    _ => ().into_any(),
                                }}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Page>
    }
}
