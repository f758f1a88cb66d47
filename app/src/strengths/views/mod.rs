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
