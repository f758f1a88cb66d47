//! Coach: the screens: what people see and the forms they send.
use super::*;

/// A coach's page about one participant's account: the id from the URL, the account
/// loaded for a coach who looks after it; anything else is "not found".
pub(super) fn account_page(show: fn(ParticipantAccount) -> AnyView) -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            {move || match person_param() {
                Some(id) => {
                    let account = Resource::new(move || id, fetch_participant_account);
                    view! {
                        <Suspense>
                            {move || Suspend::new(async move {
                                match account.await {
                                    Ok(account) => show(account),
                                    Err(_) => view! { <crate::pages::NotFound/> }.into_any(),
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

/// `/coach/participants/:id`: one participant's account, and what the coach can do for it.
#[component]
pub fn ParticipantPage() -> impl IntoView {
    account_page(|account| view! { <AccountCard account/> }.into_any())
}

#[component]
pub(super) fn AccountCard(account: ParticipantAccount) -> impl IntoView {
    let new_code = form_action::<NewInvitationCode>();
    let new_password = form_action::<NewPasswordCode>();
    let code_error = action_error(new_code);
    let password_error = action_error(new_password);
    let id = account.id;
    let state = if account.active {
        Key::PersonStateActive
    } else {
        Key::PersonStateInvited
    };
    let signed_in = match account.last_sign_in {
        Some(day) => tf(Key::PersonLastSignIn, &[("day", &format_day(day))]),
        None => t(Key::PersonNeverSignedIn).to_string(),
    };
    let open = account
        .open_until
        .map(|day| tf(Key::PersonOpenUntil, &[("day", &format_day(day))]));
    let pending = view! {
        <p>{open.clone().unwrap_or_else(|| t(Key::PersonNoOpenCode).to_string())}</p>
        <ErrorSummary error=code_error/>
        <ActionForm action=new_code attr:class="form">
            <input type="hidden" name="id" value=id.get()/>
            <p class="hint">{t(Key::PersonNewCodeHint)}</p>
            <Submit label=Key::PersonNewCodeButton/>
        </ActionForm>
        <p><a class="button secondary" href=format!("/coach/participants/{id}/withdraw")>
            {t(Key::PersonWithdrawLink)}</a></p>
    };
    let active = view! {
        {open.map(|open| view! { <p>{open}</p> })}
        <ErrorSummary error=password_error/>
        <ActionForm action=new_password attr:class="form">
            <input type="hidden" name="id" value=id.get()/>
            <p class="hint">{t(Key::PersonResetHint)}</p>
            <Submit label=Key::PersonResetButton/>
        </ActionForm>
    };
    view! {
        <Page title=Key::PersonPageTitle>
            <p><a href="/coach" class="back">{t(Key::BackLink)}</a></p>
            <p class="lead" dir="auto">{account.display_name}</p>
            <section aria-labelledby="shared-heading">
                <h2 id="shared-heading">{t(Key::SharedHeading)}</h2>
                <p class="hint">{t(Key::PersonNotShared)}</p>
                // Awaited, not kept as resources: this page has no island, so nothing of a
                // part goes into it but what is drawn. The CV comes last: its sheet has
                // headings of its own.
                <Suspense>
                    {move || Suspend::new(async move {
                        match shared::fetch_shared_parts(id).await {
                            Ok(parts) => view! { <shared::SharedPartsSection parts/> }.into_any(),
                            Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                        }
                    })}
                </Suspense>
                <div class="shared-part">
                    <Suspense>
                        {move || Suspend::new(async move {
                            match shared_with_me(id, None).await {
                                Ok(shared) => view! { <SharedCvSection shared person=id/> }.into_any(),
                                Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                            }
                        })}
                    </Suspense>
                </div>
            </section>
            <crate::booking::ParticipantBookings person=id/>
            <crate::notes::NotesSection person=id/>
            <section aria-labelledby="account-heading">
                <h2 id="account-heading">{t(Key::AccountHeading)}</h2>
                <p>{t(state)}</p>
                <p>{signed_in}</p>
                {if account.active { active.into_any() } else { pending.into_any() }}
            </section>
        </Page>
    }
}

/// `/coach/participants/:id/withdraw`: asks before an invitation is taken back.
#[component]
pub fn WithdrawPage() -> impl IntoView {
    account_page(|account| {
        if account.active {
            view! { <crate::pages::NotFound/> }.into_any()
        } else {
            view! { <WithdrawQuestion account/> }.into_any()
        }
    })
}

#[component]
pub(super) fn WithdrawQuestion(account: ParticipantAccount) -> impl IntoView {
    let action = form_action::<WithdrawInvitation>();
    let error = action_error(action);
    let id = account.id;
    view! {
        <Page title=Key::WithdrawTitle error=error>
            <ErrorSummary error=error/>
            <p>{tf(Key::WithdrawQuestion, &[("name", &account.display_name)])}</p>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="id" value=id.get()/>
                <Submit label=Key::WithdrawButton warning=true/>
            </ActionForm>
            <p><a href=format!("/coach/participants/{id}") class="button secondary">
                {t(Key::CancelLink)}</a></p>
        </Page>
    }
}

/// The shared CV on the coach's page: the sheet, its PDF, and the other shared versions.
#[component]
pub(super) fn SharedCvSection(shared: SharedView, person: UserId) -> impl IntoView {
    let Some(cv) = shared.cv else {
        return view! {
            <p class="not-shared"><strong>{t(Key::SharedPartCv)}": "</strong>{t(Key::NotShared)}</p>
        }
        .into_any();
    };
    let until = match shared.until {
        Some(day) => tf(Key::SharingUntil, &[("day", &format_day(day))]),
        None => t(Key::SharingUntilWithdrawn).to_string(),
    };
    let others: Vec<_> = shared
        .versions
        .into_iter()
        .filter(|v| v.id != cv.id)
        .collect();
    let title = if cv.title.trim().is_empty() {
        t(Key::CvUntitled).to_string()
    } else {
        cv.title.clone()
    };
    view! {
        <p><strong>{t(Key::SharedPartCv)}": "</strong><bdi>{title}</bdi>" "{until}</p>
        <ul class="actions">
            <li><a class="button" href=format!("/cv/{}/pdf", cv.id)>{t(Key::CvPdfLink)}</a></li>
        </ul>
        <CvSheet print=cv.print/>
        {(!others.is_empty()).then(|| view! {
            <h3>{t(Key::SharedOtherVersions)}</h3>
            <ul>
                {others.into_iter().map(|v| view! {
                    <li><a dir="auto" href=format!("/coach/participants/{person}/cvs/{}", v.id)>
                        {if v.title.trim().is_empty() { t(Key::CvUntitled).to_string() } else { v.title }}
                    </a></li>
                }).collect_view()}
            </ul>
        })}
    }
    .into_any()
}

/// `/coach/participants/:id/cvs/:cv`: another shared version of the participant's CV.
#[component]
pub fn SharedCvPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            {move || {
                let params = use_params_map().read_untracked();
                let person = params.get("id").and_then(|s| s.parse::<UserId>().ok());
                let cv = params.get("cv").and_then(|s| s.parse::<CvId>().ok());
                let failed = use_query_map().read_untracked().get("pdf").is_some_and(|v| v == "failed");
                match (person, cv) {
                    (Some(person), Some(cv)) => {
                        let shared = Resource::new(move || (person, cv), |(p, c)| shared_with_me(p, Some(c)));
                        view! {
                            <Suspense>
                                {move || Suspend::new(async move {
                                    match shared.await {
                                        Ok(shared) if shared.cv.is_some() => view! {
                                            <Page title=Key::SharedCvTitle>
                                                <p><a href=format!("/coach/participants/{person}") class="back">{t(Key::BackLink)}</a></p>
                                                {failed.then(|| view! {
                                                    <div class="error-summary" role="alert" tabindex="-1" autofocus>
                                                        <p>{t(Key::ErrPdfFailed)}</p>
                                                    </div>
                                                })}
                                                <p class="lead" dir="auto">{shared.name.clone()}</p>
                                                <SharedCvSection shared person/>
                                            </Page>
                                        }.into_any(),
                                        _ => view! { <crate::pages::NotFound/> }.into_any(),
                                    }
                                })}
                            </Suspense>
                        }
                        .into_any()
                    }
                    _ => view! { <crate::pages::NotFound/> }.into_any(),
                }
            }}
        </RequireRole>
    }
}
