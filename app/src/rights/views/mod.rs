//! Data rights: one file per screen.
use super::*;

mod account_log;
mod erase_now;
mod erase_request;
mod my_data;
mod news;
mod people;
mod person;
mod waiting;
pub use account_log::*;
pub use erase_now::*;
pub use erase_request::*;
pub use my_data::*;
pub use news::*;
pub use people::*;
pub use person::*;
pub use waiting::*;

/// The typed confirmation before an erasure: the person's name, once more.
#[component]
pub(crate) fn EraseForm(id: UserId, name: String) -> impl IntoView {
    let (action, error) = form::<EraseNow>();
    view! {
        <ErrorSummary error=error/>
        <p>{t(Key::EraseNowText)}</p>
        <p>{t(Key::EraseNowName)}" "<bdi class="person-name">{name}</bdi></p>
        <ActionForm action=action attr:class="form" attr:novalidate=true>
            <input type="hidden" name="id" value=id.get()/>
            <TextField name="name" label=Key::EraseNowLabel autocomplete="off" error=error/>
            <Submit label=Key::EraseNowButton warning=true/>
        </ActionForm>
    }
}
