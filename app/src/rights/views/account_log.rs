//! Data rights: the `account_log` screen.
use super::*;
use crate::ui::loaded;

/// `/admin/log`: who did what to which account, and when; never the values.
#[component]
pub fn AccountLogPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Admin]>
            {
                let lines = Resource::new(|| (), |_| account_log());
                view! {
                    <Page title=Key::AccountLogTitle back="/admin">
                        <p class="hint">{t(Key::AccountLogHint)}</p>
                        {loaded(lines, |lines: Vec<LogLine>| if lines.is_empty() {
                            view! { <p>{t(Key::AccountLogEmpty)}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="log">
                                    {lines.into_iter().map(|l| {
                                        let actor = l.actor.unwrap_or_else(|| t(Key::ActorServer).to_string());
                                        view! {
                                            <li>
                                                <time>{crate::i18n::format_moment(l.at)}</time>" · "
                                                <bdi class="person-name">{actor}</bdi>" · "
                                                {t(l.action.key())}" · "
                                                <bdi class="person-name">{l.subject_name}</bdi>
                                                {(!l.reason.is_empty()).then(|| view! {
                                                    " · "<span dir="auto">{l.reason}</span>
                                                })}
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        })}
                    </Page>
                }
            }
        </RequireRole>
    }
}
