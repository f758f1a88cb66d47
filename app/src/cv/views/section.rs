//! Cv: the `section` screen.
use super::*;

/// A list section's screen: its entries, each with edit and move buttons, and "add".
#[component]
pub fn CvSectionPage() -> impl IntoView {
    let Some(section) = list_section() else {
        return view! { <crate::pages::NotFound/> }.into_any();
    };
    with_cv(move |opened| view! { <SectionList section opened/> }).into_any()
}

#[component]
pub(super) fn SectionList(section: ListSection, opened: OpenedCv) -> impl IntoView {
    let OpenedCv { id, cv, .. } = opened;
    let move_action = form_action::<MoveEntry>();
    let on_request = form_action::<SaveOnRequest>();
    let error = action_error(move_action);
    let summaries = section.summaries(&cv);
    let mut periods = section.periods(&cv, crate::i18n::locale()).into_iter();
    let count = summaries.len();
    let full = count >= section.max();
    let slug = section.slug();
    view! {
        <Page title=section.title() error=error>
            {back_to_cv(id)}
            <p>{t(section.intro())}</p>
            <ErrorSummary error=error/>
            {(count > 0).then(|| view! {
                <ol class="entries">
                    {summaries.into_iter().enumerate().map(|(i, (headline, detail))| {
                        let when = periods.next().unwrap_or_default();
                        let title = if headline.is_empty() { t(Key::CvNoTitle).to_string() } else { headline.clone() };
                        let mover = move |up: bool, label: Key, title: String, headline: String| view! {
                            <ActionForm action=move_action>
                                <input type="hidden" name="id" value=id.get()/>
                                <input type="hidden" name="section" value=slug/>
                                <input type="hidden" name="index" value=i/>
                                <input type="hidden" name="expect" value=headline/>
                                <button type="submit" name="direction" value=if up { "up" } else { "down" }
                                    class="button secondary">
                                    {t(label)}<span class="visually-hidden">": "{title}</span>
                                </button>
                            </ActionForm>
                        };
                        view! {
                            <li class="entry card" id=format!("entry-{i}")>
                                <h2 dir="auto">{title.clone()}</h2>
                                {(!detail.is_empty()).then(|| view! { <p dir="auto">{detail}</p> })}
                                {(!when.is_empty()).then(|| view! { <p class="when">{when}</p> })}
                                <div class="entry-actions">
                                    <a class="button secondary" href=format!("/cv/{id}/{slug}/{i}")>
                                        {t(Key::CvEdit)}<span class="visually-hidden">": "{title.clone()}</span>
                                    </a>
                                    {(i > 0).then(|| mover(true, Key::CvMoveUp, title.clone(), headline.clone()))}
                                    {(i + 1 < count).then(|| mover(false, Key::CvMoveDown, title.clone(), headline.clone()))}
                                </div>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            })}
            {if full {
                view! { <p>{t(Key::CvSectionFull)}</p> }.into_any()
            } else {
                view! {
                    <p><a class="button" href=format!("/cv/{id}/{slug}/new")>{t(section.add_label())}</a></p>
                }
                .into_any()
            }}
            {(section == ListSection::References).then(|| view! {
                <ActionForm action=on_request attr:class="form" attr:id="section-form">
                    <input type="hidden" name="id" value=id.get()/>
                    <Checkbox name="on_request".to_string() label=t(Key::CvOnRequestLabel).to_string()
                        checked=cv.references_on_request/>
                    {autosave("section-form")}
                    <Submit label=Key::SaveButton/>
                </ActionForm>
            })}
        </Page>
    }
}
