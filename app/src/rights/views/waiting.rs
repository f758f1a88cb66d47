//! Data rights: the `waiting` screen.
use super::*;
use crate::ui::loaded;

/// `/admin/erasures`: accounts waiting for erasure, asked for or listed by retention.
#[component]
pub fn WaitingErasuresPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Admin]>
            {
                let waiting = Resource::new(|| (), |_| waiting_erasures());
                view! {
                    <Page title=Key::WaitingErasuresTitle back="/admin">
                        <p class="hint">{t(Key::WaitingErasuresHint)}</p>
                        {loaded(waiting, |lines: Vec<WaitingLine>| if lines.is_empty() {
                            view! { <p>{t(Key::WaitingErasuresEmpty)}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="people">
                                    {lines.into_iter().map(|l| view! {
                                        <li>
                                            <a href=format!("/admin/people/{}", l.id)><bdi class="person-name">{l.display_name}</bdi></a>
                                            " · "{tf(Key::ErasureOnTag, &[("day", &crate::i18n::format_day(l.on))])}
                                            " · "{t(if l.by_retention { Key::WhyRetention } else { Key::WhyAsked })}
                                        </li>
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
