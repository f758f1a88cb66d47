//! Languages: the `languages` screen.
use super::*;

/// `/languages`: "Mina språk"; `to_cv` is the way to put the languages into a CV.
#[component]
pub fn LanguagesPage(to_cv: ViewFn) -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let data = Resource::new(|| (), |_| my_languages());
                let to_cv = to_cv.clone();
                view! {
                    <Page title=Key::LanguagesTitle back="/home">
                        {crate::ui::query_status(&[
                            ("saved", Key::LanguageSaved),
                            ("removed", Key::LanguageRemoved),
                            ("sfi", Key::SfiSaved),
                            ("used", Key::LangUseSaved),
                        ])}
                        <p>{t(Key::LanguagesText)}</p>
                        <crate::sharing::ShareStatus part=crate::sharing::SharedPart::Languages/>
                        {crate::ui::loaded(data, move |v| view! { <LanguagesOverview v to_cv=to_cv.clone()/> }.into_any())}
                    </Page>
                }
            }
        </RequireRole>
    }
}

#[component]
pub(crate) fn LanguagesOverview(v: LanguagesView, to_cv: ViewFn) -> impl IntoView {
    let remove_use = form_action::<RemoveLanguageUse>();
    let doc = v.doc;
    let can_add = doc.languages.len() < MAX_LANGUAGES;
    let languages = doc
        .languages
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let n = i + 1;
            let name = l.name.clone();
            let levels = if l.native && l.grid.iter().all(Option::is_none) {
                view! { <p>{t(Key::LangNative)}</p> }.into_any()
            } else {
                view! {
                    {l.native.then(|| view! { <p>{t(Key::LangNative)}</p> })}
                    <dl class="levels">
                        {Skill::ALL.into_iter().map(|s| view! {
                            <div>
                                <dt>{t(s.label())}</dt>
                                <dd>{level_text(l, s, false)}</dd>
                            </div>
                        }).collect_view()}
                    </dl>
                }
                .into_any()
            };
            // Stopped halfway: the way on, to the first skill not answered.
            let resume = l.next_open().map(|s| {
                let href = format!("/languages/{n}/skill/{}", s.code());
                view! {
                    <p><a class="button" href=href>{t(Key::LangNotDone)}
                        <span class="visually-hidden">": "{name.clone()}</span></a></p>
                }
            });
            view! {
                <li class="card">
                    <h3 dir="auto">{name.clone()}</h3>
                    {levels}
                    {resume}
                    <p><a class="button secondary" href=format!("/languages/{n}")>{t(Key::LanguageChange)}
                        <span class="visually-hidden">": "{name.clone()}</span></a></p>
                    // All its answers go with it: asked first, on a page of its own.
                    <p><a class="button warning" href=format!("/languages/{n}/remove")>{t(Key::RemoveButton)}
                        <span class="visually-hidden">": "{name.clone()}</span></a></p>
                </li>
            }
        })
        .collect_view();
    let sfi_lines = sfi_summary(&doc.sfi);
    let passed = v.passed.clone();
    let uses = doc
        .used
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let when = match (u.from.as_str(), u.to.as_str()) {
                ("", "") => String::new(),
                (from, "") => format!(" · {from} –"),
                ("", to) => format!(" · – {to}"),
                (from, to) => format!(" · {from} – {to}"),
            };
            let place = u.place.clone();
            let key = use_key(u);
            view! {
                <li>
                    {t(u.kind.label())}" · "<bdi>{u.language.clone()}</bdi>" · "<bdi>{place.clone()}</bdi>{when}
                    {crate::ui::ask_first(i + 1, place.clone(), view! {
                        <ActionForm action=remove_use attr:class="inline-form">
                            {crate::ui::remove_fields(i + 1, key.clone(), Key::RemoveYes)}
                        </ActionForm>
                    }.into_any())}
                </li>
            }
        })
        .collect_view();
    let has_languages = !doc.languages.is_empty();
    let any_not_done = doc.languages.iter().any(|l| !l.is_done());
    view! {
        <section aria-labelledby="known-heading">
            <h2 id="known-heading">{t(Key::LanguagesKnown)}</h2>
            {if has_languages {
                view! { <ul class="cards">{languages}</ul> }.into_any()
            } else {
                view! { <p>{t(Key::LanguagesEmpty)}</p> }.into_any()
            }}
            {if can_add {
                view! { <p><a class="button" href="/languages/new">{t(Key::LanguageAdd)}</a></p> }.into_any()
            } else {
                view! { <p>{t(Key::ErrTooManyLanguages)}</p> }.into_any()
            }}
        </section>
        <section aria-labelledby="sfi" >
            <h2 id="sfi">{t(Key::SfiHeading)}</h2>
            {if sfi_lines.is_empty() && passed.is_empty() {
                view! { <p>{t(Key::SfiEmpty)}</p> }.into_any()
            } else {
                view! {
                    {sfi_lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                    {(!passed.is_empty()).then(|| view! {
                        <ul class="log">
                            {passed.iter().map(|(c, day)| view! {
                                <li>{tf(Key::SfiPassedOn, &[("course", c.code()), ("day", &format_day(*day))])}</li>
                            }).collect_view()}
                        </ul>
                    })}
                    <p class="hint">{t(Key::SfiApproxNote)}</p>
                }.into_any()
            }}
            <p><a class="button secondary" href="/languages/sfi">{t(Key::SfiChange)}</a></p>
        </section>
        <section aria-labelledby="used">
            <h2 id="used">{t(Key::LangUsedHeading)}</h2>
            {if doc.used.is_empty() {
                view! { <p>{t(Key::LangUsedEmpty)}</p> }.into_any()
            } else {
                view! { <ul class="log">{uses}</ul> }.into_any()
            }}
            {(doc.used.len() < MAX_USES).then(|| view! {
                <p><a class="button secondary" href="/languages/used/new">{t(Key::LangUseAdd)}</a></p>
            })}
        </section>
        {has_languages.then(|| view! {
            <section aria-labelledby="to-cv">
                <h2 id="to-cv">{t(Key::LangToCvHeading)}</h2>
                <p>{t(Key::LangToCvText)}</p>
                {any_not_done.then(|| view! { <p class="hint">{t(Key::LangNotDoneCv)}</p> })}
                {to_cv.run()}
            </section>
        })}
        <p><a href="/goals">{t(Key::LangGoalsLink)}</a></p>
    }
}
