//! Invite: the server functions: who asks, what they may do, the store, the answer.
use super::*;

/// The invitation behind a secret, if it can still be accepted. Counts nothing: callers
/// that take guessable input count the attempt first.
#[cfg(feature = "ssr")]
pub(super) async fn open_invitation(
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
pub(super) fn is_link_token(secret: &str) -> bool {
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
    let attempt = count_attempt(&state, None, addr, None).await?;
    match open_invitation(&state, &typed).await {
        Ok(_) => {
            state.throttle.succeeded(attempt).await;
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
    let attempt = count_attempt(&state, None, addr, None).await?;
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
            state.throttle.succeeded(attempt).await;
            begin_session(&state, &session().await?, &user).await?;
            tracing::info!(user = %user.id, "invitation accepted");
            leptos_axum::redirect(user.role.home());
            Ok(())
        }
        Err(AcceptRefusal::LoginTaken) => {
            state.throttle.succeeded(attempt).await;
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
    let attempt = count_attempt(&state, None, addr, None).await?;
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
            state.throttle.succeeded(attempt).await;
            begin_session(&state, &session().await?, &user).await?;
            tracing::info!(user = %user.id, "password reset with a code");
            leptos_axum::redirect(user.role.home());
            Ok(())
        }
        Err(_) => Err(AppError::InvitationInvalid),
    }
}
