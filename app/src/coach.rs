//! A coach looks after their participants' accounts: whether the person has made their
//! account, when they last signed in, a new code when an invitation was lost, taking an
//! invitation back, and a code for a new password when one was forgotten. Nothing of the
//! person's CV or profile is here: what they share comes with sharing.
use crate::auth::{RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{fill, format_day, format_day_in, t, tf, CalendarDay, Key, Locale};
use crate::ids::UserId;
use crate::invite::Purpose;
use crate::people::IssuedInvitation;
use crate::ui::{action_error, form_action, ErrorSummary, Page, Submit};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

/// What a coach sees of one participant's account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParticipantAccount {
    pub id: UserId,
    pub display_name: String,
    pub active: bool,
    pub last_sign_in: Option<CalendarDay>,
    /// The last day of the open invitation (pending) or password code (active).
    pub open_until: Option<CalendarDay>,
}

/// The participant `id`, if the signed-in coach looks after them.
#[cfg(feature = "ssr")]
async fn looked_after(
    id: UserId,
    act: crate::ssr::access::Act,
) -> Result<
    (
        crate::ssr::ServerState,
        crate::ssr::store::UserRecord,
        crate::ssr::store::UserRecord,
    ),
    AppError,
> {
    use crate::ssr::access::{authorize, Part};
    use crate::ssr::{internal, require};
    let (state, coach) = require(&[Role::Coach]).await?;
    let person = state
        .store
        .find_user(id)
        .await
        .map_err(internal)?
        .filter(|u| u.role == Role::Participant)
        .ok_or(AppError::NotFound)?;
    authorize(
        &coach,
        act,
        Part::Account {
            coach: person.coach_id,
        },
        person.id,
    )?;
    Ok((state, coach, person))
}

#[server(prefix = "/api", endpoint = "participant-account")]
pub async fn fetch_participant_account(id: UserId) -> Result<ParticipantAccount, AppError> {
    use crate::ssr::access::Act;
    use crate::ssr::clock::{calendar_day, day_of};
    use crate::ssr::{internal, with_status};
    with_status(
        async {
            let (state, _, person) = looked_after(id, Act::Read).await?;
            let day = |unix: i64| {
                jiff::Timestamp::from_second(unix)
                    .ok()
                    .map(|at| calendar_day(day_of(at)))
            };
            let open = state
                .store
                .open_invitation_of(person.id, state.clock.unix())
                .await
                .map_err(internal)?;
            Ok(ParticipantAccount {
                id: person.id,
                display_name: person.display_name,
                active: person.login.is_some(),
                last_sign_in: person.last_sign_in_at.and_then(day),
                // Stored as the first instant after the last day.
                open_until: open.and_then(|o| day(o.expires_at - 1)),
            })
        }
        .await,
    )
}

/// A code for `purpose`, shown once like the first: a new invitation for someone who
/// has not made their account (the old code and link stop working), or a password code for
/// someone who has (earlier password codes stop working).
#[cfg(feature = "ssr")]
async fn issue_code(id: UserId, purpose: Purpose) -> Result<(), AppError> {
    use crate::people::{hand_over, new_secrets};
    use crate::ssr::access::Act;
    use crate::ssr::internal;
    let (state, coach, person) = looked_after(id, Act::Change).await?;
    let secrets = new_secrets(&state, purpose);
    let (stored, now) = (secrets.stored.clone(), state.clock.unix());
    let issued = match purpose {
        Purpose::Invite => state.store.reissue_invitation(person.id, stored, now).await,
        Purpose::Reset => state.store.issue_reset(person.id, stored, now).await,
    }
    .map_err(internal)?;
    if !issued {
        // The account was made (or is not there yet) meanwhile: nothing to issue.
        return Err(AppError::AccountChanged);
    }
    tracing::info!(coach = %coach.id, person = %person.id, ?purpose, "code issued");
    hand_over(
        &state,
        person.id,
        person.display_name,
        Role::Participant,
        purpose,
        secrets,
    )
    .await
}

#[server(prefix = "/api", endpoint = "new-invitation-code")]
pub async fn new_invitation_code(id: UserId) -> Result<(), AppError> {
    crate::ssr::with_status(issue_code(id, Purpose::Invite).await)
}

/// Takes an invitation back: the pending account goes, and its code and link with it.
#[server(prefix = "/api", endpoint = "withdraw-invitation")]
pub async fn withdraw_invitation(id: UserId) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    use crate::ssr::{internal, with_status};
    with_status(
        async {
            let (state, coach, person) = looked_after(id, Act::Change).await?;
            if !state
                .store
                .withdraw_invitation(person.id)
                .await
                .map_err(internal)?
            {
                return Err(AppError::AccountChanged);
            }
            tracing::info!(coach = %coach.id, person = %person.id, "invitation withdrawn");
            leptos_axum::redirect("/coach");
            Ok(())
        }
        .await,
    )
}

/// A one-time code with which the participant chooses a new password (and sees their
/// username).
#[server(prefix = "/api", endpoint = "new-password-code")]
pub async fn new_password_code(id: UserId) -> Result<(), AppError> {
    crate::ssr::with_status(issue_code(id, Purpose::Reset).await)
}

fn person_param() -> Option<UserId> {
    use_params_map()
        .read_untracked()
        .get("id")
        .and_then(|s| s.parse().ok())
}

/// A coach's page about one participant's account: the id from the URL, the account
/// loaded for a coach who looks after it; anything else is "not found".
fn account_page(show: fn(ParticipantAccount) -> AnyView) -> impl IntoView {
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
fn AccountCard(account: ParticipantAccount) -> impl IntoView {
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
            <p>{t(state)}</p>
            <p>{signed_in}</p>
            {if account.active { active.into_any() } else { pending.into_any() }}
            <p class="hint">{t(Key::PersonNotShared)}</p>
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
fn WithdrawQuestion(account: ParticipantAccount) -> impl IntoView {
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

/// The text message that hands a code over, in the participant's language.
pub fn handover_sms(issued: &IssuedInvitation, site: &str, locale: Locale) -> String {
    let key = match issued.purpose {
        Purpose::Invite => Key::HandoverSmsInvite,
        Purpose::Reset => Key::HandoverSmsReset,
    };
    fill(
        key.get(locale),
        &[
            ("name", &issued.display_name),
            ("link", &issued.link),
            ("site", site),
            ("code", &issued.code),
            ("until", &format_day_in(locale, issued.valid_until)),
        ],
    )
}

/// Where a participant types a code: the link's site and `/invite`.
pub fn invite_site(issued: &IssuedInvitation) -> String {
    issued
        .link
        .rsplit_once("/invite/")
        .map(|(site, _)| format!("{site}/invite"))
        .unwrap_or_default()
}

/// The language the coach picked for the participant's text message and slip.
pub fn chosen_locale() -> Locale {
    use_query_map()
        .read_untracked()
        .get("for")
        .and_then(|code| Locale::from_code(&code))
        .unwrap_or_else(crate::i18n::locale)
}

/// `/invitation/slip?for=ar`: a slip to print and hand over, in the participant's
/// language: the code, the QR code and three plain steps.
#[component]
pub fn SlipPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach, Role::Admin]>
            {
                let issued = Resource::new(|| (), |_| crate::people::fetch_issued_invitation());
                view! {
                    <Page title=Key::SlipPageTitle>
                        <Suspense>
                            {move || Suspend::new(async move {
                                match issued.await {
                                    Ok(Some(inv)) => view! { <Slip inv/> }.into_any(),
                                    _ => view! { <p>{t(Key::IssuedNone)}</p> }.into_any(),
                                }
                            })}
                        </Suspense>
                    </Page>
                }
            }
        </RequireRole>
    }
}

#[component]
fn Slip(inv: IssuedInvitation) -> impl IntoView {
    let locale = chosen_locale();
    let text = |key: Key| key.get(locale);
    let site = invite_site(&inv);
    let (title, choose) = match inv.purpose {
        Purpose::Invite => (Key::SlipTitleInvite, Key::SlipStepChooseInvite),
        Purpose::Reset => (Key::SlipTitleReset, Key::SlipStepChooseReset),
    };
    let until = format_day_in(locale, inv.valid_until);
    view! {
        <div class="no-print">
            <p><a href=format!("/invitation?for={}", locale.code()) class="back">{t(Key::BackLink)}</a></p>
            <p>{t(Key::SlipPrintHint)}</p>
        </div>
        <section class="slip" lang=locale.code() dir=locale.dir()>
            <h2 dir="auto">{fill(text(title), &[("name", &inv.display_name)])}</h2>
            <ol>
                <li>{fill(text(Key::SlipStepOpen), &[("site", &site)])}</li>
                <li>{text(Key::SlipStepCode)}" "<span class="code" dir="ltr">{inv.code.clone()}</span></li>
                <li>{text(choose)}</li>
            </ol>
            <div class="qr" role="img" aria-label=text(Key::IssuedQrLabel) inner_html=inv.qr_svg.clone()></div>
            <p>{fill(text(Key::SlipValidity), &[("until", &until)])}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issued(purpose: Purpose) -> IssuedInvitation {
        IssuedInvitation {
            person: UserId::new(4),
            display_name: "Dana".into(),
            role: Role::Participant,
            purpose,
            link: "https://vagval.example/invite/abcDEF123".into(),
            code: "K7PM-Q2XR".into(),
            valid_days: 7,
            valid_until: CalendarDay {
                year: 2026,
                month: 12,
                day: 7,
                weekday: 1,
            },
            qr_svg: String::new(),
        }
    }

    #[test]
    fn the_text_message_carries_link_code_and_last_day_in_the_chosen_language() {
        let inv = issued(Purpose::Invite);
        let site = invite_site(&inv);
        assert_eq!(site, "https://vagval.example/invite");
        let sv = handover_sms(&inv, &site, Locale::Sv);
        assert!(sv.contains("K7PM-Q2XR") && sv.contains(&inv.link), "{sv}");
        assert!(sv.contains("måndag 7 december 2026"), "{sv}");
        let ar = handover_sms(&issued(Purpose::Reset), &site, Locale::Ar);
        assert!(ar.contains("K7PM-Q2XR") && ar.contains("ديسمبر"), "{ar}");
        assert!(!ar.contains("{ $"), "{ar}");
    }
}
