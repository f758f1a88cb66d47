//! Sharing: the `consent_history` screen.
use super::*;

/// `/sharing/history`: every consent given, changed and withdrawn, by part, newest first.
#[component]
pub fn ConsentHistoryPage() -> impl IntoView {
    log_page(
        Key::ConsentHistoryTitle,
        "/sharing",
        Key::ConsentHistoryIntro,
        Key::ConsentHistoryEmpty,
        consent_history,
        |lines| {
            SharedPart::ALL
                .into_iter()
                .filter_map(|part| {
                    let of_part: Vec<_> = lines.iter().filter(|l| l.part == part).cloned().collect();
                    (!of_part.is_empty()).then(|| view! {
                        <h2>{t(part.name())}</h2>
                        <ol class="log">
                            {of_part.into_iter().map(|line| view! {
                                <li>
                                    <p class="log-when">{format_moment(line.at)}</p>
                                    <p dir="auto">{consent_sentence(&line)}</p>
                                    <p class="hint">{tf(Key::ConsentWording, &[("version", &line.wording_version.to_string())])}</p>
                                </li>
                            }).collect_view()}
                        </ol>
                    })
                })
                .collect_view()
                .into_any()
        },
    )
}
