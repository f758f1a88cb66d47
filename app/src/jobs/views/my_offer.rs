//! Job development: the `my_offer` screen.
use super::*;

/// `/jobs/:id`: a lead in plain words, the participant's answer, and what was shown to the
/// employer if they were presented.
#[component]
pub fn MyOfferPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Participant], fetch_my_offer, |offer| {
        view! { <MyOfferView offer/> }.into_any()
    })
}

#[component]
fn MyOfferView(offer: MyOffer) -> impl IntoView {
    let (action, error) = form::<AnswerOffer>();
    let answers = OfferAnswer::ALL
        .into_iter()
        .map(|a| (a.code(), t(a.choice()).to_string()))
        .collect();
    let stored = offer
        .answer
        .map(|a| a.code().to_string())
        .unwrap_or_default();
    let to_applications = format!(
        "/applications/new?employer={}&job={}&how=coach",
        crate::text::percent_encode(&offer.employer),
        crate::text::percent_encode(&offer.title)
    );
    view! {
        <Page title=Key::MyOfferTitle error=error back="/jobs">
            {crate::ui::query_status(&[("answered", Key::OfferAnsweredStatus)])}
            <ErrorSummary error=error/>
            <h2 dir="auto">{offer.title.clone()}</h2>
            <p dir="auto">{offer.employer.clone()}
                {(!offer.employer_place.is_empty()).then(|| view! { ", "<bdi>{offer.employer_place.clone()}</bdi> })}</p>
            <p class="hint">{tf(Key::OfferedBy, &[
                ("coach", &format!("\u{2068}{}\u{2069}", offer.coach)),
                ("when", &format_moment(offer.offered)),
            ])}</p>
            <LeadFacts kind=offer.kind details=offer.details.clone()/>
            {(offer.answer == Some(OfferAnswer::Yes)).then(|| view! {
                <p><a class="button secondary" href=to_applications>{t(Key::OfferToApplication)}</a></p>
            })}
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="offer" value=offer.id.get()/>
                {radios("answer", Key::OfferAnswerLegend, Some(Key::OfferAnswerHint), answers, stored, error)}
                <TextField name="comment" label=Key::OfferCommentLabel hint=Key::OptionalHint rows=3
                    value=offer.comment.clone() error=error/>
                <Submit label=Key::OfferAnswerButton/>
            </ActionForm>
            <section aria-labelledby="presented-heading">
                <h2 id="presented-heading">{t(Key::PresentedHeading)}</h2>
                {match offer.presentation {
                    None => view! { <p>{t(Key::NotPresentedYet)}</p> }.into_any(),
                    Some(p) => {
                        let mut shown = vec![t(Key::ShownName).to_string()];
                        if let Some((title, version)) = &p.cv {
                            shown.push(tf(Key::ShownCv, &[
                                ("title", &format!("\u{2068}{title}\u{2069}")),
                                ("when", &format_moment(*version)),
                            ]));
                        }
                        if p.strengths { shown.push(t(Key::ShownStrengths).to_string()); }
                        if p.languages { shown.push(t(Key::ShownLanguages).to_string()); }
                        view! {
                            <p>{tf(Key::PresentedRecord, &[
                                ("coach", &format!("\u{2068}{}\u{2069}", p.coach)),
                                ("employer", &format!("\u{2068}{}\u{2069}", p.employer)),
                                ("when", &format_moment(p.at)),
                            ])}</p>
                            <ul>{shown.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                            <p class="hint">{t(Key::ShownNeverHint)}</p>
                        }.into_any()
                    }
                }}
            </section>
        </Page>
    }
}
