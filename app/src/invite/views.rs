//! Invite: the screens: what people see and the forms they send.
use super::*;

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
pub(super) fn CodeForm(code: String) -> impl IntoView {
    let (action, error) = form::<EnterCode>();
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
pub(super) fn AcceptForm(secret: String) -> impl IntoView {
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
pub(super) fn AcceptFormFor(display_name: String, secret: String) -> impl IntoView {
    let (action, error) = form::<AcceptInvitation>();
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
pub(super) fn ResetFormFor(display_name: String, login: String, secret: String) -> impl IntoView {
    let (action, error) = form::<ResetPassword>();
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
