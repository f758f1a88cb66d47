//! Invitations: a coach (or, for coaches, an admin) creates an account and hands over a
//! one-time link or short code; the person opens it on their phone and chooses a login and
//! password.
use crate::auth::Role;
use crate::error::{AppError, FieldProblem};
use crate::i18n::{t, tf, Key};
use crate::ui::{action_error, form_action, ErrorSummary, Page, Submit, TextField};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

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
}

#[cfg(feature = "ssr")]
async fn open_invitation(
    state: &crate::ssr::ServerState,
    secret: &str,
) -> Result<crate::ssr::store::InvitationRecord, AppError> {
    use crate::ssr::{internal, normalize_secret, now, peer_addr, secret_hash};
    let addr = peer_addr(&state.settings).await?;
    if !state.throttle.allowed(None, addr) {
        return Err(AppError::RateLimited);
    }
    let hash = secret_hash(&normalize_secret(secret));
    match state.store.find_invitation(&hash).await.map_err(internal)? {
        Some(inv) if !inv.used && inv.expires_at > now() => Ok(inv),
        _ => {
            // Unknown codes count against the address, so codes cannot be guessed.
            state.throttle.record_failure(None, addr);
            Err(AppError::InvitationInvalid)
        }
    }
}

#[server(prefix = "/api", endpoint = "invitation")]
pub async fn lookup_invitation(secret: String) -> Result<InvitationInfo, AppError> {
    use crate::ssr::{state, with_status};
    with_status(
        async {
            let state = state()?;
            let inv = open_invitation(&state, &secret).await?;
            Ok(InvitationInfo {
                display_name: inv.display_name,
                role: inv.role,
            })
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "accept-invitation")]
pub async fn accept_invitation(
    secret: String,
    login: String,
    password: String,
) -> Result<(), AppError> {
    use crate::auth::hash_error;
    use crate::error::Invalid;
    use crate::ssr::store::AcceptRefusal;
    use crate::ssr::{
        begin_session, internal, normalize_secret, now, password, secret_hash, session, state,
        with_status,
    };
    with_status(
        async {
            let state = state()?;
            let mut invalid = Invalid::new();
            let login = match parse_login(&login) {
                Ok(login) => login,
                Err(problem) => {
                    invalid.add("login", problem);
                    login.trim().to_string()
                }
            };
            if let Err(problem) = password::check_new(&password, &login) {
                invalid.add("password", problem);
            }
            invalid.keep("login", &login).into_result()?;

            open_invitation(&state, &secret).await?;
            let hash = state.hasher.hash(password).await.map_err(hash_error)?;
            let accepted = state
                .store
                .accept_invitation(
                    &secret_hash(&normalize_secret(&secret)),
                    &login,
                    &hash,
                    now(),
                )
                .await
                .map_err(internal)?;
            match accepted {
                Ok(user) => {
                    begin_session(&session().await?, &user).await?;
                    tracing::info!(user = user.id, "invitation accepted");
                    leptos_axum::redirect(user.role.home());
                    Ok(())
                }
                Err(AcceptRefusal::LoginTaken) => {
                    let mut invalid = Invalid::new();
                    invalid.add("login", FieldProblem::LoginTaken);
                    Err(AppError::Invalid(invalid.keep("login", &login)))
                }
                Err(AcceptRefusal::InvitationInvalid) => Err(AppError::InvitationInvalid),
            }
        }
        .await,
    )
}

/// `/invite` (type a code) and `/invite/:token` (opened from a link).
#[component]
pub fn InvitePage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let secret = move || {
        params
            .read()
            .get("token")
            .or_else(|| query.read().get("code"))
            .filter(|s| !s.trim().is_empty())
    };
    move || match secret() {
        Some(secret) => view! { <AcceptForm secret/> }.into_any(),
        None => view! { <CodeForm/> }.into_any(),
    }
}

/// Asking for the short code: a plain GET form, so it needs no server function.
#[component]
fn CodeForm() -> impl IntoView {
    view! {
        <Page title=Key::InviteCodeTitle>
            <form method="get" action="/invite" class="form">
                <TextField name="code" label=Key::InviteCodeLabel hint=Key::InviteCodeHint
                    autocomplete="one-time-code"/>
                <Submit label=Key::ContinueButton/>
            </form>
        </Page>
    }
}

#[component]
fn AcceptForm(secret: String) -> impl IntoView {
    let info = Resource::new(
        {
            let secret = secret.clone();
            move || secret.clone()
        },
        lookup_invitation,
    );
    view! {
        <Suspense>
            {move || {
                let secret = secret.clone();
                Suspend::new(async move {
                    match info.await {
                        Ok(info) => view! {
                            <AcceptFormFor display_name=info.display_name secret/>
                        }
                        .into_any(),
                        Err(err) => view! {
                            <Page title=Key::InviteProblemTitle>
                                <p>{t(err.message())}</p>
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
