//! Coach: the `participant` screen.
use super::*;

/// `/coach/participants/:id`: one participant's account, and what the coach can do for it.
#[component]
pub fn ParticipantPage() -> impl IntoView {
    account_page(|account| view! { <AccountCard account/> }.into_any())
}

#[component]
pub(crate) fn AccountCard(account: ParticipantAccount) -> impl IntoView {
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
        <Page title=Key::PersonPageTitle back="/coach">
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
            <crate::jobs::ParticipantOffers person=id/>
            <crate::outcomes::ParticipantTimeline person=id/>
            <crate::notes::NotesSection person=id/>
            <section aria-labelledby="account-heading">
                <h2 id="account-heading">{t(Key::AccountHeading)}</h2>
                <p>{t(state)}</p>
                <p>{signed_in}</p>
                {if account.active { active.into_any() } else { pending.into_any() }}
                <p><a href=format!("/coach/participants/{id}/erase")>{t(Key::EraseLink)}</a></p>
            </section>
        </Page>
    }
}
