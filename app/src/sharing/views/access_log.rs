//! Sharing: the `access_log` screen.
use super::*;

/// `/access-log`: "Vem har tittat?", newest first.
#[component]
pub fn AccessLogPage() -> impl IntoView {
    log_page(
        Key::AccessLogTitle,
        "/home",
        Key::AccessLogIntro,
        Key::AccessLogEmpty,
        access_log,
        |lines| {
            view! {
                <ol class="log">
                    {lines.into_iter().map(|line| view! {
                        <li>
                            <p dir="auto">{look_sentence(&line)}</p>
                            {(line.count > 1).then(|| view! {
                                <p class="hint">{tp(Key::LookCount, "count", u64::from(line.count), &[])}</p>
                            })}
                        </li>
                    }).collect_view()}
                </ol>
            }
            .into_any()
        },
    )
}
