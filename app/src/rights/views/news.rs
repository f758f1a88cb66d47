//! Data rights: what a participant's home page says once about their account.
use super::*;

/// A new coach (and shares that ended with the old one), or an account kept because they
/// came back: said until the person has seen it.
#[component]
pub fn AccountNewsPanel() -> impl IntoView {
    let news = Resource::new(|| (), |_| fetch_account_news());
    let seen = crate::ui::form_action::<SeenAccountNews>();
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let news = news.await.unwrap_or_default();
                let coach = news.new_coach.map(|coach| view! {
                    <div class="panel" role="status">
                        <p>{tf(Key::NewCoachNews, &[("coach", &coach)])}</p>
                        <p>{t(Key::NewCoachSharingNews)}</p>
                        <ActionForm action=seen attr:class="form">
                            <input type="hidden" name="to" value="sharing"/>
                            <Submit label=Key::NewCoachChooseButton/>
                        </ActionForm>
                    </div>
                });
                let kept = (news.kept_on_return && coach.is_none()).then(|| view! {
                    <div class="panel" role="status">
                        <p>{t(Key::KeptOnReturnNews)}</p>
                        <ActionForm action=seen attr:class="form">
                            <input type="hidden" name="to" value="home"/>
                            <Submit label=Key::NewsSeenButton/>
                        </ActionForm>
                    </div>
                });
                view! { {coach}{kept} }
            })}
        </Suspense>
    }
}
