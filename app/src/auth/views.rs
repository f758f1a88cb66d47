//! Auth: the screens: what people see and the forms they send.
use super::*;

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
pub(super) fn SignInForm() -> impl IntoView {
    let (action, error) = form::<SignIn>();
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
