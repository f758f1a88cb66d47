//! Pages with little logic: the front door, the accessibility statement, not found.
use crate::auth::use_auth;
use crate::i18n::{t, Key};
use crate::ui::Page;
use leptos::prelude::*;
use leptos_router::components::Redirect;

/// `/` sends people where they belong.
#[component]
pub fn Root() -> impl IntoView {
    let path = match use_auth().user {
        Some(user) => user.role.home(),
        None => "/sign-in",
    };
    view! { <Redirect path=path/> }
}

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <Page title=Key::AccessibilityTitle>
            <p>{t(Key::AccessibilityIntro)}</p>
            <h2>{t(Key::AccessibilityHowHeading)}</h2>
            <ul>
                <li>{t(Key::AccessibilityPointPhone)}</li>
                <li>{t(Key::AccessibilityPointNoJs)}</li>
                <li>{t(Key::AccessibilityPointLanguages)}</li>
                <li>{t(Key::AccessibilityPointZoom)}</li>
            </ul>
            <h2>{t(Key::AccessibilityStatusHeading)}</h2>
            <p>{t(Key::AccessibilityStatus)}</p>
            <h2>{t(Key::AccessibilityContactHeading)}</h2>
            <p>{t(Key::AccessibilityContact)}</p>
            <p>{t(Key::AccessibilityDos)}</p>
        </Page>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Page title=Key::NotFoundTitle>
            <p>{t(Key::NotFoundText)}</p>
            <p><a href="/">{t(Key::NotFoundHome)}</a></p>
        </Page>
    }
}

/// What a browser sees when a request itself was malformed or too large (never from our
/// own forms): the server answers 400 or 413 with this page.
#[component]
pub fn RequestProblemPage() -> impl IntoView {
    let kind = leptos_router::hooks::use_params_map()
        .read_untracked()
        .get("kind")
        .unwrap_or_default();
    let text = if kind == "too-large" {
        Key::ErrTooLarge
    } else {
        Key::ErrBadRequest
    };
    view! {
        <Page title=Key::RequestProblemTitle>
            <p>{t(text)}</p>
            <p><a href="/">{t(Key::NotFoundHome)}</a></p>
        </Page>
    }
}
