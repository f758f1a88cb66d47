//! Accounts and sessions: who is asking, signing in and out.
use crate::error::AppError;
use crate::i18n::{t, Key};
use crate::ui::{action_error, form_action, ErrorSummary, Page, Submit, TextField};
use leptos::prelude::*;
use leptos_router::components::Redirect;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Participant,
    Coach,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Participant => "participant",
            Role::Coach => "coach",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "participant" => Some(Role::Participant),
            "coach" => Some(Role::Coach),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }

    /// Where this role lands after signing in.
    pub fn home(self) -> &'static str {
        match self {
            Role::Participant => "/home",
            Role::Coach => "/coach",
            Role::Admin => "/admin",
        }
    }
}

/// What the browser may know about the signed-in person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub display_name: String,
    pub role: Role,
}

#[server(prefix = "/api", endpoint = "current-user")]
pub async fn fetch_current_user() -> Result<Option<CurrentUser>, AppError> {
    use crate::ssr::{current, state};
    let state = state()?;
    Ok(current(&state).await?.map(|u| CurrentUser {
        display_name: u.display_name,
        role: u.role,
    }))
}

#[server(prefix = "/api", endpoint = "sign-in")]
pub async fn sign_in(login: String, password: String) -> Result<(), AppError> {
    use crate::error::{FieldProblem, Invalid};
    use crate::ssr::{
        begin_session, count_attempt, device, login_key, nfc, peer_addr, request_cookie, session,
        set_cookie, state,
    };
    let state = state()?;
    let login = nfc(login.trim());
    let password = nfc(&password);
    let mut invalid = Invalid::new();
    if login.is_empty() {
        invalid.add("login", FieldProblem::Required);
    }
    if password.is_empty() {
        invalid.add("password", FieldProblem::Required);
    }
    invalid.keep("login", &login).into_result()?;

    // Counted before the slow hash, so parallel guesses cannot all slip through.
    let key = login_key(&login);
    let addr = peer_addr(&state.settings).await?;
    let known_device =
        request_cookie(device::COOKIE).and_then(|cookie| state.device_key.verify(&cookie, &key));
    let attempt = count_attempt(&state, Some(&key), addr, known_device.as_deref())?;
    let user = state.accounts.find_user_by_login(&login).await?;
    let hash = user.as_ref().and_then(|u| u.password_hash.clone());
    let ok = state
        .hasher
        .verify(password, hash)
        .await
        .map_err(hash_error)?;
    match user {
        Some(user) if ok => {
            state.throttle.succeeded(attempt);
            begin_session(&state, &session().await?, &user).await?;
            // They remembered their password: a password code is no longer needed,
            // and should not stay usable by whoever finds it.
            state
                .accounts
                .withdraw_password_codes(user.id, state.clock.unix())
                .await?;
            if known_device.is_none() {
                set_cookie(
                    &state.settings,
                    device::COOKIE,
                    &state.device_key.issue(&key),
                );
            }
            tracing::info!(user = %user.id, "signed in");
            leptos_axum::redirect(user.role.home());
            Ok(())
        }
        _ => {
            tracing::info!(%addr, "sign-in refused");
            let mut invalid = Invalid::new();
            invalid.add("login", FieldProblem::BadCredentials);
            Err(AppError::Invalid(invalid.keep("login", &login)))
        }
    }
}

#[cfg(feature = "ssr")]
pub(crate) fn hash_error(e: crate::ssr::password::HashError) -> AppError {
    match e {
        crate::ssr::password::HashError::Busy => AppError::RateLimited(0),
        crate::ssr::password::HashError::Failed(e) => crate::ssr::internal(e),
    }
}

#[server(prefix = "/api", endpoint = "sign-out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::ssr::session;
    // Deleting the session server-side makes any copy of the old cookie worthless.
    session()
        .await?
        .flush()
        .await
        .map_err(crate::ssr::internal)?;
    // A fixed word, not text: the sign-in page says "you are signed out" for it.
    leptos_axum::redirect("/sign-in?signed-out");
    Ok(())
}

/// Who asked for this page, as the server found out before rendering it (see
/// `server::who_is_asking`), in the request's extensions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SignedIn(pub Option<CurrentUser>);

/// The signed-in person, known before the page renders. Pages are server-rendered and
/// every sign-in or sign-out ends in a full page load, so it never goes stale. A plain
/// value rather than a resource: the header and every page's role check read it, and a
/// resource awaited in two suspended places made rare renders stall under load.
#[derive(Clone)]
pub struct Auth {
    pub user: Option<CurrentUser>,
    pub sign_out: ServerAction<SignOut>,
}

impl Auth {
    pub fn provide() -> Auth {
        let auth = Auth {
            user: signed_in(),
            sign_out: ServerAction::<SignOut>::new(),
        };
        provide_context(auth.clone());
        auth
    }
}

#[cfg(feature = "ssr")]
fn signed_in() -> Option<CurrentUser> {
    use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<SignedIn>().cloned())
        .and_then(|s| s.0)
}

/// The browser never renders whole pages (islands only).
#[cfg(not(feature = "ssr"))]
fn signed_in() -> Option<CurrentUser> {
    None
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}

/// Shows `children` to a signed-in person with one of `roles`; sends anyone else to sign
/// in, or to their own home. Only a convenience: every server function checks again.
#[component]
pub fn RequireRole(roles: &'static [Role], children: ChildrenFn) -> impl IntoView {
    match use_auth().user {
        Some(user) if roles.contains(&user.role) => children().into_any(),
        Some(user) => view! { <Redirect path=user.role.home()/> }.into_any(),
        None => view! { <Redirect path="/sign-in"/> }.into_any(),
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    // Someone already signed in has nothing to do here.
    if let Some(user) = use_auth().user {
        return view! { <Redirect path=user.role.home()/> }.into_any();
    }
    view! { <SignInForm/> }.into_any()
}

/// The sign-in form: a plain form post, with or without JavaScript.
#[component]
fn SignInForm() -> impl IntoView {
    let action = form_action::<SignIn>();
    let error = action_error(action);
    let signed_out = leptos_router::hooks::use_query_map()
        .read_untracked()
        .get("signed-out")
        .is_some()
        && error.get_untracked().is_none();
    view! {
        <Page title=Key::SignInTitle error=error>
            {signed_out.then(|| view! {
                <div class="panel" role="status"><p>{t(Key::SignedOut)}</p></div>
            })}
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="login" label=Key::LoginLabel autocomplete="username" error=error/>
                <TextField name="password" label=Key::PasswordLabel kind="password"
                    autocomplete="current-password" error=error/>
                <Submit label=Key::SignInButton/>
            </ActionForm>
            <p><a href="/invite">{t(Key::HaveInvitationLink)}</a></p>
            <p>{t(Key::SignInForgot)}</p>
            <p><a href="/invite">{t(Key::SignInHaveCode)}</a></p>
        </Page>
    }
}
