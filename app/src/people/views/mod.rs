//! People: the screens: what people see and the forms they send.
use super::*;

mod issued_invitation;
pub use issued_invitation::*;
mod new_coach;
pub use new_coach::*;
mod new_participant;
pub use new_participant::*;

#[component]
pub(super) fn PeopleList(
    people: Vec<Person>,
    empty: Key,
    link: Option<&'static str>,
) -> impl IntoView {
    if people.is_empty() {
        return view! { <p>{t(empty)}</p> }.into_any();
    }
    let caseload = people.iter().any(|p| p.caseload.is_some());
    let active = people.iter().filter(|p| p.active).count();
    view! {
        {caseload.then(|| {
            let count = crate::i18n::tp(Key::CaseloadCount, "count", active as u64, &[("max", &IPS_CASELOAD.to_string())]);
            view! {
                <p class="caseload-count">{count}
                    {(active > IPS_CASELOAD).then(|| view! { " " <strong>{t(Key::CaseloadOverGuideline)}</strong> })}
                </p>
            }
        })}
        <ul class="people">
            {people.into_iter().map(|p| {
                let status = if p.active { Key::PersonActive } else { Key::PersonInvited };
                let name = match link {
                    Some(base) => view! {
                        <a class="person-name" dir="auto" href=format!("{base}/{}", p.id)>{p.display_name}</a>
                    }
                    .into_any(),
                    None => view! { <span class="person-name" dir="auto">{p.display_name}</span> }.into_any(),
                };
                let facts = p.caseload.map(|facts| {
                    let shared = if facts.shares.is_empty() {
                        t(Key::CaseloadSharesNothing).to_string()
                    } else {
                        tf(Key::CaseloadShares, &[("parts", &facts.shares.iter().map(|part| t(part.name()))
                            .collect::<Vec<_>>().join(&format!("{} ", t(Key::ListSeparator))))])
                    };
                    let contact = match facts.last_contact {
                        Some(day) => tf(Key::CaseloadLastContact, &[("day", &crate::i18n::format_day(day))]),
                        None => t(Key::CaseloadNoContact).to_string(),
                    };
                    let next = match facts.next_booking {
                        Some(when) => tf(Key::CaseloadNextBooking, &[("when", &crate::booking::when_text(&when))]),
                        None => t(Key::CaseloadNoBooking).to_string(),
                    };
                    let practice = facts.goal_activity.map(|activity| match activity {
                        Some((done, planned)) => tp(Key::CaseloadPractice, "count", u64::from(planned), &[("done", &done.to_string())]),
                        None => t(Key::CaseloadPracticeNone).to_string(),
                    });
                    view! {
                        <span class="person-facts">{shared}</span>
                        {practice.map(|p| view! { <span class="person-facts">{p}</span> })}
                        <span class="person-facts">{contact}</span>
                        <span class="person-facts">{next}</span>
                    }
                });
                view! {
                    <li>
                        {name}
                        <span class="tag">{t(status)}</span>
                        {facts}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// A role's overview: who they have invited, and the way to invite one more.
#[component]
pub(super) fn PeopleOverview(
    title: Key,
    add_href: &'static str,
    add_label: Key,
    heading: Key,
    empty: Key,
    people: Resource<Result<Vec<Person>, AppError>>,
    /// Where each person's page is (`…/ID`), if they have one.
    #[prop(optional)]
    link: Option<&'static str>,
    /// More of the role's own pages.
    #[prop(optional)]
    pages: &'static [(&'static str, Key)],
    /// More of the role's overview, after its pages.
    #[prop(optional)]
    extra: Option<ViewFn>,
) -> impl IntoView {
    view! {
        <Page title=title>
            {crate::ui::query_status(&[("erased", Key::ErasedDone)])}
            <p><a class="button" href=add_href>{t(add_label)}</a></p>
            {(!pages.is_empty()).then(|| view! {
                <ul class="links">
                    {pages.iter().map(|(href, key)| view! { <li><a href=*href>{t(*key)}</a></li> }).collect_view()}
                </ul>
            })}
            {extra.map(|extra| extra.run())}
            <h2>{t(heading)}</h2>
            <Suspense fallback=|| view! { <p>{t(Key::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match people.await {
                        Ok(people) => view! { <PeopleList people empty link/> }.into_any(),
                        Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
pub fn CoachHome() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            <PeopleOverview title=Key::CoachHomeTitle add_href="/coach/new-participant"
                add_label=Key::AddParticipantLink heading=Key::CaseloadHeading
                empty=Key::CaseloadEmpty people=Resource::new(|| (), |_| caseload())
                link="/coach/participants"
                pages=&[("/coach/agenda", Key::AgendaTitle), ("/coach/hours", Key::HoursTitle), ("/coach/groups", Key::GroupsTitle), ("/coach/employers", Key::EmployersTitle), ("/coach/report", Key::ReportTitle)]
                extra=ViewFn::from(|| view! { <crate::jobs::JobWeekPanel/> })/>
        </RequireRole>
    }
}

#[component]
pub fn AdminHome() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Admin]>
            <PeopleOverview title=Key::AdminHomeTitle add_href="/admin/new-coach"
                add_label=Key::AddCoachLink heading=Key::CoachesHeading
                empty=Key::CoachesEmpty people=Resource::new(|| (), |_| coaches())
                link="/admin/people"
                pages=&[("/admin/people", Key::PeopleSearchTitle), ("/admin/erasures", Key::WaitingErasuresTitle), ("/admin/log", Key::AccountLogTitle), ("/admin/report", Key::ReportTitle)]/>
        </RequireRole>
    }
}
