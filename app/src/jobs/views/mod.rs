//! Job development: the screens: what coaches and participants see and the forms they send.
use super::*;

mod employer;
pub use employer::*;
mod employer_form;
pub use employer_form::*;
mod employers;
pub use employers::*;
mod lead;
pub use lead::*;
mod my_offer;
pub use my_offer::*;
mod my_offers;
pub use my_offers::*;
mod new_contact;
pub use new_contact::*;
mod new_lead;
pub use new_lead::*;
mod present;
pub use present::*;

/// The coach's week on their home page: face-to-face employer contacts against the IPS aim
/// ("4 av 6 den här veckan") and who has waited too long for a first employer contact.
#[component]
pub fn JobWeekPanel() -> impl IntoView {
    let week = Resource::new(|| (), |_| fetch_job_week());
    view! {
        <section aria-labelledby="job-week-heading">
            <h2 id="job-week-heading">{t(Key::JobWeekHeading)}</h2>
            {crate::ui::loaded(week, |w: JobWeek| view! {
                <p class="caseload-count">{tf(Key::JobWeekVisits, &[
                    ("count", &w.visits.to_string()), ("aim", &WEEKLY_AIM.to_string())])}
                    {(w.visits >= WEEKLY_AIM).then(|| view! { " " <strong>{t(Key::JobWeekAimMet)}</strong> })}
                </p>
                {(!w.waiting.is_empty()).then(|| view! {
                    <p>{t(Key::JobWeekWaitingIntro)}</p>
                    <ul class="people">
                        {w.waiting.into_iter().map(|(id, name, days)| view! {
                            <li>
                                <a class="person-name" dir="auto" href=format!("/coach/participants/{id}")>{name}</a>
                                <span class="person-facts">{crate::i18n::tp(Key::JobWeekWaitingDays, "count", days.max(0) as u64, &[])}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                })}
            })}
            <p><a class="button secondary" href="/coach/employers">{t(Key::EmployersTitle)}</a></p>
        </section>
    }
}

/// What a lead asks for, in plain words, for coaches and participants alike.
#[component]
pub fn LeadFacts(kind: LeadKind, details: LeadDetails) -> impl IntoView {
    use crate::strengths::catalogue::{CHOICES, MEANS};
    let answers: Vec<(Key, Key)> = LEAD_QUESTIONS
        .iter()
        .filter_map(|name| {
            let code = details.choices.get(*name)?;
            let (_, legend, options) = CHOICES.iter().find(|(n, _, _)| n == name)?;
            let (_, answer) = options.iter().find(|(c, _)| c == code)?;
            Some((lead_legend(name).unwrap_or(*legend), *answer))
        })
        .collect();
    let reach: Vec<&str> = MEANS
        .iter()
        .filter(|(code, _)| details.reach.iter().any(|r| r == code))
        .map(|(_, key)| t(*key))
        .collect();
    let start = if details.start.is_empty() {
        t(Key::LeadStartNow).to_string()
    } else {
        tf(
            Key::LeadStartOn,
            &[("day", &format!("\u{2066}{}\u{2069}", details.start))],
        )
    };
    view! {
        <dl class="facts">
            <dt>{t(Key::LeadKindLabel)}</dt><dd>{t(kind.name())}</dd>
            {(!details.tasks.is_empty()).then(|| view! {
                <dt>{t(Key::LeadTasksLabel)}</dt><dd dir="auto" class="note-body">{details.tasks.clone()}</dd>
            })}
            {answers.into_iter().map(|(q, a)| view! { <dt>{t(q)}</dt><dd>{t(a)}</dd> }).collect_view()}
            {(!details.hours_note.is_empty()).then(|| view! {
                <dt>{t(Key::LeadHoursNoteLabel)}</dt><dd dir="auto">{details.hours_note.clone()}</dd>
            })}
            {(!details.location.is_empty()).then(|| view! {
                <dt>{t(Key::LeadLocationLabel)}</dt><dd dir="auto">{details.location.clone()}</dd>
            })}
            {(!reach.is_empty()).then(|| view! {
                <dt>{t(Key::LeadReachLegend)}</dt><dd>{reach.join(&format!("{} ", t(Key::ListSeparator)))}</dd>
            })}
            <dt>{t(Key::LeadStartLabel)}</dt><dd>{start}</dd>
            {details.languages.iter().map(|l| view! {
                <dt>{t(Key::LeadLanguageLabel)}</dt>
                <dd><bdi>{l.name.clone()}</bdi>" "{l.level.code()}</dd>
            }).collect_view()}
            {(!details.mentor.is_empty()).then(|| view! {
                <dt>{t(Key::LeadMentorLabel)}</dt><dd dir="auto">{details.mentor.clone()}</dd>
            })}
        </dl>
    }
}

/// A lead's question where the participant's own wording ("Hur mycket vill du arbeta?")
/// would not fit.
pub(crate) fn lead_legend(name: &str) -> Option<Key> {
    match name {
        "hours" => Some(Key::LeadHoursLegend),
        "physical" => Some(Key::LeadPhysicalLegend),
        _ => None,
    }
}

/// The leads offered to one participant and their answers, on their coach's page.
#[component]
pub fn ParticipantOffers(person: UserId) -> impl IntoView {
    view! {
        <section aria-labelledby="person-offers-heading">
            <h2 id="person-offers-heading">{t(Key::LeadsHeading)}</h2>
            <Suspense>
                {move || Suspend::new(async move {
                    match person_offers(person).await {
                        Ok(list) if list.is_empty() => view! { <p>{t(Key::PersonOffersEmpty)}</p> }.into_any(),
                        Ok(list) => view! {
                            <ul class="people">
                                {list.into_iter().map(|o| {
                                    let status = match o.answer {
                                        Some(a) => t(a.status()).to_string(),
                                        None => t(Key::OfferStatusWaiting).to_string(),
                                    };
                                    view! {
                                        <li>
                                            <a class="person-name" dir="auto" href=format!("/coach/leads/{}", o.lead)>{o.title}</a>
                                            <span class="person-facts" dir="auto">{o.employer}</span>
                                            <span class="tag">{status}</span>
                                            {(!o.comment.is_empty()).then(|| view! { <span class="person-facts note-body" dir="auto">{o.comment}</span> })}
                                            {o.presented.map(|at| view! { <span class="person-facts">{tf(Key::PresentedAt, &[("when", &format_moment(at))])}</span> })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
