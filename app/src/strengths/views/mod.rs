//! Strengths: the screens: what people see and the forms they send.
use super::*;

mod conditions;
pub use conditions::*;
mod examples;
pub use examples::*;
mod history;
pub use history::*;
mod interests;
pub use interests::*;
mod own;
pub use own::*;
mod pick;
pub use pick::*;
mod strengths;
pub use strengths::*;
mod work_goals;
pub use work_goals::*;

/// A page that needs the stored profile: loads it, then draws it with `show`. Awaited, not
/// kept as a resource: these pages have no island, so nothing of the profile goes into
/// the page but what `show` draws.
pub(super) fn with_doc(
    show: impl Fn(StrengthsDoc) -> AnyView + Clone + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let show = show.clone();
                view! {
                    <Suspense>
                        {move || {
                            let show = show.clone();
                            Suspend::new(async move {
                                match my_strengths().await {
                                    Ok(doc) => show(doc),
                                    Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                                }
                            })
                        }}
                    </Suspense>
                }
            }
        </RequireRole>
    }
}

/// Each group's strengths with their examples, headed at `level` (3 on the person's own
/// page, 4 inside the coach's card for the part).
pub fn strength_groups(doc: &StrengthsDoc, level: u8) -> impl IntoView {
    Group::ALL
        .into_iter()
        .map(|g| {
            let list = doc.strengths(g);
            let heading = t(g.label());
            let heading = if level == 3 {
                view! { <h3>{heading}</h3> }.into_any()
            } else {
                view! { <h4>{heading}</h4> }.into_any()
            };
            view! {
                {heading}
                {if list.is_empty() {
                    view! { <p class="hint">{t(Key::StrengthsNoneYet)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="log">
                            {list.into_iter().map(|(name, example)| view! {
                                <li>
                                    <bdi>{name}</bdi>
                                    {(!example.is_empty()).then(|| view! { <p dir="auto">{example}</p> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            }
        })
        .collect_view()
}
