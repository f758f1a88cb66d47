//! Data rights: the `person` screen (an admin's care of one participant's account).
use super::*;
use crate::ui::{query_status, record_page};

/// `/admin/people/:id`: another coach, open or closed, kept from retention, erased.
#[component]
pub fn AdminPersonPage() -> impl IntoView {
    record_page(&[Role::Admin], fetch_account_view, |a| {
        view! { <AccountCare account=a/> }.into_any()
    })
}

#[component]
fn AccountCare(account: AccountView) -> impl IntoView {
    let (moving, move_error) = form::<MoveParticipant>();
    let (opening, open_error) = form::<SetAccountOpen>();
    let (keeping, keep_error) = form::<KeepAccount>();
    let (office, office_error) = form::<SetOffice>();
    let id = account.id;
    let current = account.coach.as_ref().map(|(c, _)| *c);
    let state = if !account.signed_up {
        Key::PersonStateInvited
    } else if account.deactivated {
        Key::AccountClosedTag
    } else {
        Key::PersonStateActive
    };
    view! {
        <Page title=Key::AccountCareTitle back=if account.is_participant { "/admin/people" } else { "/admin" }>
            <p class="lead"><bdi class="person-name">{account.display_name.clone()}</bdi></p>
            {query_status(&[
                ("moved", Key::MovedDone),
                ("opened", Key::OpenedDone),
                ("closed", Key::ClosedDone),
                ("kept", Key::KeptDone),
                ("office", Key::OfficeChangedDone),
            ])}
            <ErrorSummary error=move_error/>
            <ErrorSummary error=open_error/>
            <ErrorSummary error=keep_error/>
            <ErrorSummary error=office_error/>
            <p>{t(state)}</p>
            <p>{match account.last_sign_in {
                Some(at) => tf(Key::PersonLastSignIn, &[("day", &crate::i18n::format_day(at.day))]),
                None => t(Key::PersonNeverSignedIn).to_string(),
            }}</p>
            {account.is_participant.then(|| view! {
            <section aria-labelledby="coach-heading">
                <h2 id="coach-heading">{t(Key::MoveHeading)}</h2>
                <p>{match &account.coach {
                    Some((_, coach)) => tf(Key::PersonCoachIs, &[("coach", coach)]),
                    None => t(Key::PersonNoCoach).to_string(),
                }}</p>
                <p class="hint">{t(Key::MoveHint)}</p>
                <ActionForm action=moving attr:class="form">
                    <input type="hidden" name="id" value=id.get()/>
                    <div class="field">
                        <label for="coach">{t(Key::MoveLabel)}</label>
                        <select id="coach" name="coach">
                            {current.is_none().then(|| view! { <option value="" selected>{t(Key::MoveChoose)}</option> })}
                            {account.coaches.into_iter().map(|(c, coach)| view! {
                                <option value=c.get() selected=current == Some(c)>{coach}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <Submit label=Key::MoveButton/>
                </ActionForm>
            </section>
            })}
            {(!account.is_participant).then(|| view! {
            <section aria-labelledby="office-heading">
                <h2 id="office-heading">{t(Key::OfficeLabel)}</h2>
                <p class="hint">{t(Key::OfficeHint)}</p>
                <ActionForm action=office attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="id" value=id.get()/>
                    <TextField name="office" label=Key::OfficeLabel value=account.office.clone()
                        autocomplete="off" error=office_error/>
                    <Submit label=Key::SaveButton/>
                </ActionForm>
            </section>
            })}
            <section aria-labelledby="open-heading">
                <h2 id="open-heading">{t(Key::OpenHeading)}</h2>
                <p class="hint">{t(if account.deactivated { Key::ReopenHint } else { Key::CloseHint })}</p>
                <ActionForm action=opening attr:class="form">
                    <input type="hidden" name="id" value=id.get()/>
                    <input type="hidden" name="open" value=if account.deactivated { "yes" } else { "no" }/>
                    <Submit label=if account.deactivated { Key::ReopenButton } else { Key::CloseButton }
                        warning=!account.deactivated/>
                </ActionForm>
            </section>
            {account.erasure_on.map(|day| view! {
                <section aria-labelledby="waiting-heading">
                    <h2 id="waiting-heading">{t(Key::WaitingErasureHeading)}</h2>
                    <p>{tf(
                        if account.by_retention { Key::ErasureWaitingRetentionAdmin } else { Key::ErasureWaitingAdmin },
                        &[("day", &crate::i18n::format_day(day))],
                    )}</p>
                    {account.by_retention.then(|| view! {
                    <ActionForm action=keeping attr:class="form" attr:novalidate=true>
                        <input type="hidden" name="id" value=id.get()/>
                        <TextField name="reason" label=Key::KeepReasonLabel hint=Key::KeepReasonHint
                            autocomplete="off" error=keep_error/>
                        <Submit label=Key::KeepButton/>
                    </ActionForm>
                    })}
                </section>
            })}
            {account.is_participant.then(|| view! {
                <p><a href=format!("/admin/people/{id}/erase")>{t(Key::EraseLink)}</a></p>
            })}
        </Page>
    }
}
