//! Accounts and sessions: who is asking, signing in and out.
use crate::error::AppError;
use crate::i18n::{t, Key};
use crate::ui::{form, ErrorSummary, Page, Submit, TextField};
use leptos::prelude::*;
use leptos_router::components::Redirect;
use serde::{Deserialize, Serialize};

mod api;
pub use api::*;
mod views;
pub use views::*;

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

/// The browser never renders whole pages (islands only).
#[cfg(not(feature = "ssr"))]
fn signed_in() -> Option<CurrentUser> {
    None
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}
