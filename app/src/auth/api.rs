//! Auth: the server functions: who asks, what they may do, the store, the answer.
use super::*;

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
    let attempt = count_attempt(&state, Some(&key), addr, known_device.as_deref()).await?;
    let user = state.accounts.find_user_by_login(&login).await?;
    let hash = user.as_ref().and_then(|u| u.password_hash.clone());
    let ok = state
        .hasher
        .verify(password, hash)
        .await
        .map_err(hash_error)?;
    match user {
        // The password was right: the person is told plainly that the account is closed
        // (a wrong password still says nothing about it).
        Some(user) if ok && user.deactivated => {
            state.throttle.succeeded(attempt).await;
            tracing::info!(user = %user.id, "sign-in to a deactivated account refused");
            let mut invalid = Invalid::new();
            invalid.add("login", FieldProblem::Deactivated);
            Err(AppError::Invalid(invalid.keep("login", &login)))
        }
        Some(user) if ok => {
            state.throttle.succeeded(attempt).await;
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

#[cfg(feature = "ssr")]
pub(super) fn signed_in() -> Option<CurrentUser> {
    use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<SignedIn>().cloned())
        .and_then(|s| s.0)
}
