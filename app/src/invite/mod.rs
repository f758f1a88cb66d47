//! Invitations: a coach (or, for coaches, an admin) creates an account and hands over a
//! one-time link or short code; the person opens it on their phone and chooses a login and
//! password.
#[cfg(feature = "ssr")]
pub mod store;
use crate::auth::Role;
use crate::error::{AppError, FieldProblem};
use crate::i18n::{t, tf, Key};
#[cfg(feature = "ssr")]
use crate::invite::store::InvitationStore;
use crate::ui::{action_error, form_action, ErrorSummary, Page, Submit, TextField};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

/// What a one-time secret a coach hands over is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Purpose {
    /// Makes the account: the person chooses a login and password.
    Invite,
    /// The account's owner chooses a new password (and sees their login again).
    Reset,
}

pub const LOGIN_MIN: usize = 3;
pub const LOGIN_MAX: usize = 64;

/// A login as people type it: letters of any script, digits and `. _ - @ +`, so an e-mail
/// address or a name in Arabic both work. Compared case-insensitively by the store.
pub fn parse_login(input: &str) -> Result<String, FieldProblem> {
    let login = input.trim();
    let len = login.chars().count();
    if len == 0 {
        return Err(FieldProblem::Required);
    }
    if len < LOGIN_MIN {
        return Err(FieldProblem::TooShort);
    }
    if len > LOGIN_MAX {
        return Err(FieldProblem::TooLong);
    }
    if !login
        .chars()
        .all(|c| c.is_alphanumeric() || ".-_@+".contains(c))
    {
        return Err(FieldProblem::InvalidCharacters);
    }
    Ok(login.to_string())
}

/// A person's name as a coach or admin types it.
pub fn parse_display_name(input: &str) -> Result<String, FieldProblem> {
    let input = crate::text::clean_line(input);
    let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
    match name.chars().count() {
        0 => Err(FieldProblem::Required),
        n if n > 100 => Err(FieldProblem::TooLong),
        _ => Ok(name),
    }
}

/// What the invitation page may show before the person has an account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationInfo {
    pub display_name: String,
    pub role: Role,
    pub purpose: Purpose,
    /// For a password code: the account's username, which the person may have forgotten.
    pub login: Option<String>,
    /// What the accept form posts back: the link token, or the checked code.
    pub secret: String,
}

/// The session key holding a code typed on `/invite` and found valid, for `/invite/code`.
#[cfg(feature = "ssr")]
const CODE_KEY: &str = "invite_code";

/// The invitation behind a secret, if it can still be accepted. Counts nothing: callers
/// that take guessable input count the attempt first.
#[cfg(feature = "ssr")]
async fn open_invitation(
    state: &crate::ssr::ServerState,
    secret: &str,
) -> Result<crate::invite::store::InvitationRecord, AppError> {
    use crate::ssr::{normalize_secret, secret_hash};
    let hash = secret_hash(&normalize_secret(secret));
    match state
        .store
        .of::<dyn InvitationStore>()?
        .find_invitation(&hash)
        .await?
    {
        Some(inv) if !inv.used && inv.expires_at > state.clock.unix() => Ok(inv),
        _ => Err(AppError::InvitationInvalid),
    }
}

/// Whether a secret is a link token (192 random bits: looking one up needs no throttle)
/// rather than a short code (40 bits: only ever checked through a counted form post).
#[cfg(feature = "ssr")]
fn is_link_token(secret: &str) -> bool {
    crate::ssr::normalize_secret(secret).starts_with("link:") && secret.trim().len() >= 32
}

/// What the invitation page shows: the secret comes from the link (`/invite/<token>`), or
/// for `/invite/code` from the session, where a checked code was put. A plain page load
/// counts nothing against the visitor, so a link elsewhere cannot spend their budget.
#[server(prefix = "/api", endpoint = "invitation")]
pub async fn lookup_invitation(secret: String) -> Result<InvitationInfo, AppError> {
    use crate::ssr::{session, state};
    let state = state()?;
    let secret = if secret == "code" {
        session()
            .await?
            .get::<String>(CODE_KEY)
            .await
            .map_err(crate::ssr::internal)?
            .ok_or(AppError::InvitationInvalid)?
    } else if is_link_token(&secret) {
        secret
    } else {
        return Err(AppError::InvitationInvalid);
    };
    let inv = open_invitation(&state, &secret).await?;
    Ok(InvitationInfo {
        display_name: inv.display_name,
        role: inv.role,
        purpose: inv.purpose,
        login: inv.login.filter(|_| inv.purpose == Purpose::Reset),
        secret,
    })
}

/// The code form on `/invite`: a counted attempt; a code that does not work comes back to
/// the form with what was typed.
#[server(prefix = "/api", endpoint = "enter-invitation-code")]
pub async fn enter_code(code: String) -> Result<(), AppError> {
    use crate::error::Invalid;
    use crate::ssr::{count_attempt, peer_addr, session, state};
    let state = state()?;
    let typed: String = code.trim().chars().take(64).collect();
    let refuse = |problem| {
        let mut invalid = Invalid::new();
        invalid.add("code", problem);
        AppError::Invalid(invalid.keep("code", &typed))
    };
    if typed.is_empty() {
        return Err(refuse(FieldProblem::Required));
    }
    let addr = peer_addr(&state.settings).await?;
    let attempt = count_attempt(&state, None, addr, None)?;
    match open_invitation(&state, &typed).await {
        Ok(_) => {
            state.throttle.succeeded(attempt);
            let session = session().await?;
            session.set_expiry(Some(tower_sessions::Expiry::OnInactivity(
                tower_sessions::cookie::time::Duration::minutes(30),
            )));
            session
                .insert(CODE_KEY, typed)
                .await
                .map_err(crate::ssr::internal)?;
            leptos_axum::redirect("/invite/code");
            Ok(())
        }
        Err(AppError::InvitationInvalid) => Err(refuse(FieldProblem::CodeNotFound)),
        Err(other) => Err(other),
    }
}

#[server(prefix = "/api", endpoint = "accept-invitation")]
pub async fn accept_invitation(
    secret: String,
    login: String,
    password: String,
) -> Result<(), AppError> {
    use crate::auth::hash_error;
    use crate::error::Invalid;
    use crate::invite::store::AcceptRefusal;
    use crate::ssr::{
        begin_session, count_attempt, nfc, normalize_secret, password, peer_addr, secret_hash,
        session, state,
    };
    let state = state()?;
    let login = nfc(login.trim());
    let password = nfc(&password);
    let mut invalid = Invalid::new();
    let login = match parse_login(&login) {
        Ok(login) => login,
        Err(problem) => {
            invalid.add("login", problem);
            login.chars().take(LOGIN_MAX + 1).collect()
        }
    };
    if let Err(problem) = password::check_new(&password, &login) {
        invalid.add("password", problem);
    }
    invalid.keep("login", &login).into_result()?;

    // Counted before the slow hash; forgiven when the account is made.
    let addr = peer_addr(&state.settings).await?;
    let attempt = count_attempt(&state, None, addr, None)?;
    open_invitation(&state, &secret).await?;
    let hash = state.hasher.hash(password).await.map_err(hash_error)?;
    let accepted = state
        .store
        .of::<dyn InvitationStore>()?
        .accept_invitation(
            &secret_hash(&normalize_secret(&secret)),
            &login,
            &hash,
            state.clock.unix(),
        )
        .await?;
    match accepted {
        Ok(user) => {
            state.throttle.succeeded(attempt);
            begin_session(&state, &session().await?, &user).await?;
            tracing::info!(user = %user.id, "invitation accepted");
            leptos_axum::redirect(user.role.home());
            Ok(())
        }
        Err(AcceptRefusal::LoginTaken) => {
            state.throttle.succeeded(attempt);
            let mut invalid = Invalid::new();
            invalid.add("login", FieldProblem::LoginTaken);
            Err(AppError::Invalid(invalid.keep("login", &login)))
        }
        Err(AcceptRefusal::InvitationInvalid) => Err(AppError::InvitationInvalid),
    }
}

/// A new password with a code from the coach: the old password stops working, every
/// session of the account ends, and the person is signed in here.
#[server(prefix = "/api", endpoint = "reset-password")]
pub async fn reset_password(secret: String, password: String) -> Result<(), AppError> {
    use crate::auth::hash_error;
    use crate::error::Invalid;
    use crate::ssr::{
        begin_session, count_attempt, nfc, normalize_secret, password, peer_addr, secret_hash,
        session, state,
    };
    let state = state()?;
    let password = nfc(&password);
    // Counted before the lookup and the slow hash; forgiven once it is set.
    let addr = peer_addr(&state.settings).await?;
    let attempt = count_attempt(&state, None, addr, None)?;
    let reset = open_invitation(&state, &secret).await?;
    let login = reset.login.clone().unwrap_or_default();
    if reset.purpose != Purpose::Reset {
        return Err(AppError::InvitationInvalid);
    }
    if let Err(problem) = password::check_new(&password, &login) {
        let mut invalid = Invalid::new();
        invalid.add("password", problem);
        return Err(AppError::Invalid(invalid));
    }
    let hash = state.hasher.hash(password).await.map_err(hash_error)?;
    let done = state
        .store
        .of::<dyn InvitationStore>()?
        .accept_reset(
            &secret_hash(&normalize_secret(&secret)),
            &hash,
            state.clock.unix(),
        )
        .await?;
    match done {
        Ok(user) => {
            state.throttle.succeeded(attempt);
            begin_session(&state, &session().await?, &user).await?;
            tracing::info!(user = %user.id, "password reset with a code");
            leptos_axum::redirect(user.role.home());
            Ok(())
        }
        Err(_) => Err(AppError::InvitationInvalid),
    }
}

/// `/invite` (type a code), `/invite/code` (a code that was checked) and `/invite/:token`
/// (opened from a link).
#[component]
pub fn InvitePage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let token = params
        .read_untracked()
        .get("token")
        .filter(|s| !s.trim().is_empty());
    match token {
        Some(secret) => view! { <AcceptForm secret/> }.into_any(),
        // `/invite?code=…` (an older link) fills the form in; it is checked when posted.
        None => {
            let code = query.read_untracked().get("code").unwrap_or_default();
            view! { <CodeForm code/> }.into_any()
        }
    }
}

/// Asking for the short code, as a counted form post.
#[component]
fn CodeForm(code: String) -> impl IntoView {
    let action = form_action::<EnterCode>();
    let error = action_error(action);
    view! {
        <Page title=Key::InviteCodeTitle error=error>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="code" label=Key::InviteCodeLabel hint=Key::InviteCodeHint
                    autocomplete="one-time-code" value=code error=error/>
                <Submit label=Key::ContinueButton/>
            </ActionForm>
        </Page>
    }
}

#[component]
fn AcceptForm(secret: String) -> impl IntoView {
    let info = Resource::new(move || secret.clone(), lookup_invitation);
    view! {
        <Suspense>
            {move || {
                Suspend::new(async move {
                    match info.await {
                        Ok(info) if info.purpose == Purpose::Reset => view! {
                            <ResetFormFor display_name=info.display_name
                                login=info.login.unwrap_or_default() secret=info.secret/>
                        }
                        .into_any(),
                        Ok(info) => view! {
                            <AcceptFormFor display_name=info.display_name secret=info.secret/>
                        }
                        .into_any(),
                        Err(err) => view! {
                            <Page title=Key::InviteProblemTitle>
                                <p>{err.text()}</p>
                                // Many keep the link as their way in: after it was used,
                                // the way in is signing in.
                                <h2>{t(Key::InviteUsedHeading)}</h2>
                                <p><a class="button" href="/sign-in">{t(Key::SignInTitle)}</a></p>
                                <p>{t(Key::SignInForgot)}</p>
                                <h2>{t(Key::InviteNewHeading)}</h2>
                                <p>{t(Key::InviteProblemHelp)}</p>
                                <p><a href="/invite">{t(Key::InviteTryCode)}</a></p>
                            </Page>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// The form that creates the account.
#[component]
fn AcceptFormFor(display_name: String, secret: String) -> impl IntoView {
    let action = form_action::<AcceptInvitation>();
    let error = action_error(action);
    view! {
        <Page title=Key::InviteAcceptTitle error=error>
            <p>{tf(Key::InviteWelcome, &[("name", &display_name)])}</p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="secret" value=secret/>
                <TextField name="login" label=Key::ChooseLoginLabel hint=Key::ChooseLoginHint
                    autocomplete="username" error=error/>
                <TextField name="password" label=Key::ChoosePasswordLabel hint=Key::ChoosePasswordHint
                    kind="password" autocomplete="new-password" error=error/>
                <Submit label=Key::InviteAcceptButton/>
            </ActionForm>
        </Page>
    }
}

/// The form that sets a new password, showing the username the person may have forgotten.
#[component]
fn ResetFormFor(display_name: String, login: String, secret: String) -> impl IntoView {
    let action = form_action::<ResetPassword>();
    let error = action_error(action);
    view! {
        <Page title=Key::ResetTitle error=error>
            <p>{tf(Key::ResetYourLogin, &[("name", &display_name)])}</p>
            <p class="lead" dir="auto">{login.clone()}</p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="secret" value=secret/>
                // For password managers: whose password this is.
                <input type="hidden" name="username" autocomplete="username" value=login/>
                <TextField name="password" label=Key::ChoosePasswordLabel hint=Key::ChoosePasswordHint
                    kind="password" autocomplete="new-password" error=error/>
                <Submit label=Key::ResetButton/>
            </ActionForm>
        </Page>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logins_accept_any_script_and_refuse_odd_characters() {
        assert_eq!(
            parse_login("  amal.h@example.se "),
            Ok("amal.h@example.se".into())
        );
        assert_eq!(parse_login("أمل"), Ok("أمل".into()));
        assert_eq!(parse_login("ab"), Err(FieldProblem::TooShort));
        assert_eq!(parse_login(""), Err(FieldProblem::Required));
        assert_eq!(
            parse_login("amal hassan"),
            Err(FieldProblem::InvalidCharacters)
        );
        assert_eq!(
            parse_login("<script>"),
            Err(FieldProblem::InvalidCharacters)
        );
        assert_eq!(parse_login(&"a".repeat(65)), Err(FieldProblem::TooLong));
    }

    #[test]
    fn display_names_fold_whitespace() {
        assert_eq!(
            parse_display_name("  Amal   Hassan "),
            Ok("Amal Hassan".into())
        );
        assert_eq!(parse_display_name("   "), Err(FieldProblem::Required));
        assert_eq!(
            parse_display_name(&"x".repeat(101)),
            Err(FieldProblem::TooLong)
        );
    }
}
