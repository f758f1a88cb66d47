//! People: the screens: what people see and the forms they send.
use super::*;

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
) -> impl IntoView {
    view! {
        <Page title=title>
            <p><a class="button" href=add_href>{t(add_label)}</a></p>
            {(!pages.is_empty()).then(|| view! {
                <ul class="links">
                    {pages.iter().map(|(href, key)| view! { <li><a href=*href>{t(*key)}</a></li> }).collect_view()}
                </ul>
            })}
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
                pages=&[("/coach/agenda", Key::AgendaTitle), ("/coach/hours", Key::HoursTitle), ("/coach/groups", Key::GroupsTitle)]/>
        </RequireRole>
    }
}

#[component]
pub fn AdminHome() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Admin]>
            <PeopleOverview title=Key::AdminHomeTitle add_href="/admin/new-coach"
                add_label=Key::AddCoachLink heading=Key::CoachesHeading
                empty=Key::CoachesEmpty people=Resource::new(|| (), |_| coaches())/>
        </RequireRole>
    }
}

#[component]
pub fn NewParticipantPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            <NewParticipantForm/>
        </RequireRole>
    }
}

#[component]
pub(super) fn NewParticipantForm() -> impl IntoView {
    let action = form_action::<CreateParticipant>();
    let error = action_error(action);
    view! {
        <Page title=Key::NewParticipantTitle error=error>
            <p><a href="/coach" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="display_name" label=Key::PersonNameLabel
                    hint=Key::ParticipantNameHint autocomplete="off" error=error/>
                <Submit label=Key::CreateInvitationButton/>
            </ActionForm>
        </Page>
    }
}

#[component]
pub fn NewCoachPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Admin]>
            <NewCoachForm/>
        </RequireRole>
    }
}

#[component]
pub(super) fn NewCoachForm() -> impl IntoView {
    let action = form_action::<CreateCoach>();
    let error = action_error(action);
    view! {
        <Page title=Key::NewCoachTitle error=error>
            <p><a href="/admin" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="display_name" label=Key::PersonNameLabel
                    autocomplete="off" error=error/>
                <Submit label=Key::CreateInvitationButton/>
            </ActionForm>
        </Page>
    }
}

/// The confirmation page after an invitation or password code was issued: the code, the
/// link, a QR code, and ways to hand them over (a text message and a printable slip, in
/// the language the coach picks for the person).
#[component]
pub fn IssuedInvitationPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach, Role::Admin]>
            {
                let issued = Resource::new(|| (), |_| fetch_issued_invitation());
                view! {
                    <Suspense>
                        {move || Suspend::new(async move {
                            match issued.await {
                                Ok(Some(inv)) => view! { <Issued inv/> }.into_any(),
                                Ok(None) => view! {
                                    <Page title=Key::IssuedTitle>
                                        <p>{t(Key::IssuedNone)}</p>
                                    </Page>
                                }
                                .into_any(),
                                Err(e) => view! {
                                    <Page title=Key::IssuedTitle>
                                        <p class="error-message">{e.text()}</p>
                                    </Page>
                                }
                                .into_any(),
                            }
                        })}
                    </Suspense>
                }
            }
        </RequireRole>
    }
}

#[component]
pub(super) fn Issued(inv: IssuedInvitation) -> impl IntoView {
    use crate::i18n::Locale;
    use slip::{chosen_locale, handover_sms, invite_site};
    let back = match (inv.role, inv.purpose) {
        (Role::Coach, _) => "/admin".to_string(),
        (_, Purpose::Reset) => format!("/coach/participants/{}", inv.person),
        _ => "/coach".to_string(),
    };
    let (title, done) = match inv.purpose {
        Purpose::Invite => (
            Key::IssuedTitle,
            tf(Key::IssuedFor, &[("name", &inv.display_name)]),
        ),
        Purpose::Reset => (
            Key::IssuedResetTitle,
            tf(Key::IssuedResetFor, &[("name", &inv.display_name)]),
        ),
    };
    let chosen = chosen_locale();
    let sms = format!(
        "sms:?&body={}",
        crate::text::percent_encode(&handover_sms(&inv, &invite_site(&inv), chosen))
    );
    let until = format_day(inv.valid_until);
    view! {
        <Page title=title>
            // The copy island says here whether copying worked: one status region.
            <div class="panel" role="status" data-copied=t(Key::Copied)
                data-not-copied=t(Key::NotCopied)>
                <p>{done}</p>
                <p class="copy-status"></p>
            </div>
            <h2>{t(Key::IssuedCodeHeading)}</h2>
            <p class="code" dir="ltr"><bdi id="issued-code">{inv.code.clone()}</bdi></p>
            // Shown by the copy island: without JavaScript there is nothing to press.
            <button type="button" class="button secondary" data-copy-from="issued-code" hidden>
                {t(Key::CopyCodeButton)}</button>
            <h2>{t(Key::IssuedLinkHeading)}</h2>
            <p class="link" dir="ltr"><bdi id="issued-link">{inv.link.clone()}</bdi></p>
            <button type="button" class="button secondary" data-copy-from="issued-link" hidden>
                {t(Key::CopyLinkButton)}</button>
            <crate::copy::CopyButtons/>
            <p>{match inv.purpose {
                Purpose::Invite => tp(Key::IssuedValidity, "days", inv.valid_days, &[("until", &until)]),
                Purpose::Reset => tf(Key::SlipValidity, &[("until", &until)]),
            }}</p>
            <h2>{t(Key::IssuedQrHeading)}</h2>
            <div class="qr" role="img" aria-label=t(Key::IssuedQrLabel) inner_html=inv.qr_svg.clone()></div>
            <h2>{t(Key::IssuedSendHeading)}</h2>
            <p>{t(Key::IssuedHandOver)}</p>
            <p id="handover-language">{t(Key::IssuedLanguageLabel)}</p>
            <div class="language-buttons" role="group" aria-labelledby="handover-language">
                {Locale::ALL.into_iter().map(|l| view! {
                    <a class="button secondary" href=format!("/invitation?for={}", l.code()) lang=l.code()
                        aria-current=(l == chosen).then_some("true")>{t(l.endonym())}</a>
                }).collect_view()}
            </div>
            <p><a class="button secondary" href=sms>{t(Key::IssuedSmsLink)}</a></p>
            <p><a class="button secondary" href=format!("/invitation/slip?for={}", chosen.code())>
                {t(Key::IssuedSlipLink)}</a></p>
            <p><a class="button" href=back>{t(Key::DoneLink)}</a></p>
        </Page>
    }
}
