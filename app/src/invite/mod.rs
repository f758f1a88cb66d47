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
use crate::ui::{form, ErrorSummary, Page, Submit, TextField};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

mod api;
pub use api::*;
mod views;
pub use views::*;

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
