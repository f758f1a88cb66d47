//! The CV screens, one task each: the list of CVs, one CV's overview, a screen per section,
//! an entry form, the preview, and the screens that get the CV in and out. All are plain
//! server-rendered forms; the `Autosave` island is the only script, and an extra.
use super::api::*;
use super::autosave::AutosaveStatus;
use super::entries::{FieldKind, ListSection};
use super::model::{Cv, CvLanguage};
use super::print::PrintCv;
use crate::auth::{RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{t, tf, tp, Key};
use crate::ui::{
    action_error, field_message, form_action, Checkbox, ErrorSummary, Page, Submit, TextField,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

fn progress(cv: &Cv) -> String {
    let (filled, total) = cv.sections_filled();
    tf(
        Key::CvProgress,
        &[
            ("filled", &filled.to_string()),
            ("total", &total.to_string()),
        ],
    )
}

fn back_to_cv(id: CvId) -> impl IntoView {
    view! { <p><a href=format!("/cv/{id}") class="back">{t(Key::CvBackLink)}</a></p> }
}

/// Autosave for the form with this id (and its status line).
fn autosave(form: &'static str) -> impl IntoView {
    view! { <AutosaveStatus form=form/> }
}

#[component]
pub fn CvListPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <CvList/>
        </RequireRole>
    }
}

#[component]
fn CvList() -> impl IntoView {
    let cvs = Resource::new(|| (), |_| my_cvs());
    let start = form_action::<StartCv>();
    let error = action_error(start);
    view! {
        <Page title=Key::CvListTitle error=error>
            <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <crate::sharing::ShareStatus part=crate::sharing::SharedPart::Cv/>
            <Suspense fallback=|| view! { <p>{t(Key::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match cvs.await {
                        Ok(list) if list.is_empty() => view! {
                            <p>{t(Key::CvIntro)}</p>
                            <ActionForm action=start attr:class="form" attr:id="cv">
                                <Submit label=Key::CvStartButton/>
                            </ActionForm>
                            <p><a href="/cv/import">{t(Key::CvImportLink)}</a></p>
                        }
                        .into_any(),
                        Ok(list) => view! {
                            <ul class="cards">
                                {list.into_iter().map(|c| {
                                    let title = if c.title.is_empty() { t(Key::CvUntitled).to_string() } else { c.title };
                                    let filled = tf(Key::CvProgress, &[("filled", &c.filled.to_string()), ("total", &c.sections.to_string())]);
                                    view! {
                                        <li class="card">
                                            <h2><a href=format!("/cv/{}", c.id) dir="auto">{title}</a></h2>
                                            <p>{filled}</p>
                                            {c.is_main.then(|| view! { <p class="tag">{t(Key::CvMain)}</p> })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            <ActionForm action=start attr:class="form" attr:id="cv">
                                <button type="submit" class="button secondary">{t(Key::CvNewButton)}</button>
                            </ActionForm>
                            <p><a href="/cv/import">{t(Key::CvImportLink)}</a></p>
                        }
                        .into_any(),
                        Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

fn param(name: &str) -> Option<String> {
    use_params_map().read_untracked().get(name)
}

/// Loads the CV named in the URL and shows `ok` with it, for a signed-in participant; a CV
/// that is not the caller's is "not found", like one that does not exist.
fn with_cv<V: IntoView + 'static>(
    ok: impl Fn(OpenedCv) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let ok = ok.clone();
                load_cv(ok)
            }
        </RequireRole>
    }
}

fn load_cv<V: IntoView + 'static>(
    ok: impl Fn(OpenedCv) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let id = param("id").and_then(|s| s.parse::<CvId>().ok());
    let cv = Resource::new(
        move || id,
        |id| async move {
            match id {
                Some(id) => open_cv(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense fallback=|| view! { <p>{t(Key::Loading)}</p> }>
            {move || {
                let ok = ok.clone();
                Suspend::new(async move {
                    match cv.await {
                        Ok(opened) => ok(opened).into_any(),
                        Err(AppError::NotFound) => view! { <crate::pages::NotFound/> }.into_any(),
                        Err(e) => view! {
                            <Page title=Key::CvListTitle><p class="error-message">{e.text()}</p></Page>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
pub fn CvOverviewPage() -> impl IntoView {
    with_cv(|opened| view! { <CvOverview opened/> })
}

/// A row of the overview: a screen, whether it is one of the parts a CV needs (and then
/// whether that is filled) or optional, and its link: "Lägg till" while the screen is
/// empty, "Ändra" once it holds something.
fn section_row(
    id: CvId,
    slug: &str,
    name: Key,
    filled: Option<bool>,
    has_content: bool,
) -> impl IntoView {
    let name = t(name);
    let (state, done) = match filled {
        Some(true) => (Key::CvFilled, true),
        Some(false) => (Key::CvNotFilled, false),
        None => (Key::CvOptional, false),
    };
    let action = if has_content {
        Key::CvEdit
    } else {
        Key::CvAddTo
    };
    view! {
        <li class="section-row">
            <span class="section-name">{name}</span>
            <span class="tag" class:tag-done=done>{t(state)}</span>
            <a class="button secondary" href=format!("/cv/{id}/{slug}")>
                {t(action)}<span class="visually-hidden">": "{name}</span>
            </a>
        </li>
    }
}

#[component]
fn CvOverview(opened: OpenedCv) -> impl IntoView {
    let OpenedCv { id, is_main, cv } = opened;
    let [contact, profile, _experience, education, skills, languages, references] =
        cv.sections().map(|(_, filled)| Some(filled));
    let has_work = Some(!cv.work.is_empty());
    let has = cv.has_content();
    let copy = form_action::<CopyCv>();
    let main = form_action::<MakeMain>();
    let copy_error = action_error(copy);
    let main_error = action_error(main);
    let error = Signal::derive(move || copy_error.get().or_else(|| main_error.get()));
    let title = if cv.title.is_empty() {
        t(Key::CvUntitled).to_string()
    } else {
        cv.title.clone()
    };
    view! {
        <Page title=Key::CvOverviewTitle error=error>
            <p><a href="/cv" class="back">{t(Key::CvAllLink)}</a></p>
            <ErrorSummary error=error/>
            <p class="lead"><bdi>{title}</bdi>{is_main.then(|| view! { " · "{t(Key::CvMain)} })}</p>
            <p>{progress(&cv)}</p>
            <p>{t(match cv.language {
                CvLanguage::Sv => Key::CvLanguageSvNote,
                CvLanguage::En => Key::CvLanguageEnNote,
            })}</p>
            <h2>{t(Key::CvWriteHeading)}</h2>
            <ul class="sections">
                {section_row(id, "contact", Key::CvSectionContact, contact, has.contact)}
                {section_row(id, "profile", Key::CvSectionProfile, profile, has.profile)}
                {section_row(id, "work", Key::CvSectionWork, has_work, has.work)}
                {section_row(id, "education", Key::CvSectionEducation, education, has.education)}
                {section_row(id, "skills", Key::CvSectionSkills, skills, has.skills)}
                {section_row(id, "languages", Key::CvSectionLanguages, languages, has.languages)}
                {section_row(id, "licences", Key::CvSectionLicences, None, has.licences)}
                {section_row(id, "certificates", Key::CvSectionCertificates, None, has.certificates)}
                {section_row(id, "volunteering", Key::CvSectionVolunteering, None, has.volunteering)}
                {section_row(id, "references", Key::CvSectionReferences, references, has.references)}
                {section_row(id, "interests", Key::CvSectionInterests, None, has.interests)}
                {section_row(id, "custom", Key::CvSectionCustom, None, has.custom)}
            </ul>
            <h2>{t(Key::CvOutHeading)}</h2>
            <ul class="actions">
                <li><a class="button" href=format!("/cv/{id}/preview")>{t(Key::CvPreviewLink)}</a></li>
                // No `download` attribute: the server's `Content-Disposition` saves the file,
                // and a failure can still show its translated page instead of being saved.
                <li><a class="button secondary" href=format!("/cv/{id}/pdf")>{t(Key::CvPdfLink)}</a></li>
            </ul>
            {(!has.any()).then(|| view! { <p class="hint">{t(Key::CvEmptyPdfHint)}</p> })}
            <p><a href=format!("/cv/{id}/json") aria-describedby="json-hint">{t(Key::CvJsonLink)}</a></p>
            <p class="hint" id="json-hint">{t(Key::CvJsonHint)}</p>
            <h2>{t(Key::CvVersionHeading)}</h2>
            <p>{t(Key::CvVersionHint)}</p>
            <ul class="actions">
                <li><a class="button secondary" href=format!("/cv/{id}/settings")>{t(Key::CvSettingsLink)}</a></li>
                <li>
                    <ActionForm action=copy attr:id="cv">
                        <input type="hidden" name="id" value=id.get()/>
                        <button type="submit" class="button secondary">{t(Key::CvCopyButton)}</button>
                    </ActionForm>
                </li>
                {(!is_main).then(|| view! {
                    <li>
                        <ActionForm action=main>
                            <input type="hidden" name="id" value=id.get()/>
                            <button type="submit" class="button secondary">{t(Key::CvMakeMainButton)}</button>
                        </ActionForm>
                    </li>
                })}
                <li><a class="button secondary" href=format!("/cv/{id}/delete")>{t(Key::CvDeleteLink)}</a></li>
            </ul>
        </Page>
    }
}

#[component]
pub fn CvContactPage() -> impl IntoView {
    with_cv(|OpenedCv { id, cv, .. }| {
        let action = form_action::<SaveContact>();
        let error = action_error(action);
        let seen = CvPart::Contact.fingerprint(&cv);
        let c = cv.contact;
        view! {
            <Page title=Key::CvSectionContact error=error>
                {back_to_cv(id)}
                <p>{t(Key::CvContactHint)}</p>
                <ErrorSummary error=error/>
                <ActionForm action=action attr:class="form" attr:id="section-form" attr:novalidate=true>
                    <input type="hidden" name="id" value=id.get()/>
                    <input type="hidden" name="seen" value=seen/>
                    <TextField name="name" label=Key::CvNameLabel autocomplete="name" value=c.name error=error/>
                    <TextField name="phone" label=Key::CvPhoneLabel kind="tel" autocomplete="tel" value=c.phone error=error/>
                    <TextField name="email" label=Key::CvEmailLabel kind="email" autocomplete="email" value=c.email error=error/>
                    <TextField name="town" label=Key::CvTownLabel autocomplete="address-level2" value=c.town error=error/>
                    {autosave("section-form")}
                    <Submit label=Key::SaveButton/>
                </ActionForm>
            </Page>
        }
    })
}

#[component]
pub fn CvProfilePage() -> impl IntoView {
    with_cv(|OpenedCv { id, cv, .. }| {
        let action = form_action::<SaveProfile>();
        let error = action_error(action);
        let seen = CvPart::Profile.fingerprint(&cv);
        view! {
            <Page title=Key::CvSectionProfile error=error>
                {back_to_cv(id)}
                <ErrorSummary error=error/>
                <ActionForm action=action attr:class="form" attr:id="section-form" attr:novalidate=true>
                    <input type="hidden" name="id" value=id.get()/>
                    <input type="hidden" name="seen" value=seen/>
                    <TextField name="profile" label=Key::CvProfileLabel hint=Key::CvProfileHint
                        value=cv.profile rows=6 error=error/>
                    {autosave("section-form")}
                    <Submit label=Key::SaveButton/>
                </ActionForm>
            </Page>
        }
    })
}

fn list_section() -> Option<ListSection> {
    param("section").and_then(|s| ListSection::from_slug(&s))
}

/// A list section's screen: its entries, each with edit and move buttons, and "add".
#[component]
pub fn CvSectionPage() -> impl IntoView {
    let Some(section) = list_section() else {
        return view! { <crate::pages::NotFound/> }.into_any();
    };
    with_cv(move |opened| view! { <SectionList section opened/> }).into_any()
}

#[component]
fn SectionList(section: ListSection, opened: OpenedCv) -> impl IntoView {
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

/// One entry's form: `/cv/3/work/new` adds, `/cv/3/work/0` edits.
#[component]
pub fn CvEntryPage() -> impl IntoView {
    let Some(section) = list_section() else {
        return view! { <crate::pages::NotFound/> }.into_any();
    };
    let index = param("index");
    with_cv(move |opened| {
        let index = match index.as_deref() {
            Some("new") => None,
            Some(i) => match i.parse::<usize>() {
                Ok(i) if i < section.len(&opened.cv) => Some(i),
                _ => return view! { <crate::pages::NotFound/> }.into_any(),
            },
            None => return view! { <crate::pages::NotFound/> }.into_any(),
        };
        view! { <EntryForm section index opened/> }.into_any()
    })
    .into_any()
}

#[component]
fn EntryForm(section: ListSection, index: Option<usize>, opened: OpenedCv) -> impl IntoView {
    let OpenedCv { id, cv, .. } = opened;
    let action = form_action::<SaveEntry>();
    let error = action_error(action);
    let values = section.values(&cv, index);
    let value = move |name: &str| {
        values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let title = if index.is_some() {
        section.title()
    } else {
        section.add_label()
    };
    let slug = section.slug();
    let first_field = section.fields()[0].name;
    let shown_headline = value(first_field);
    let kept_index = error
        .get_untracked()
        .and_then(|e| e.value("index"))
        .unwrap_or_else(|| index.map(|i| i.to_string()).unwrap_or_else(|| "new".into()));
    let kept_expect = error
        .get_untracked()
        .and_then(|e| e.value("expect"))
        .unwrap_or(shown_headline);
    // A new entry's form carries a draft token, so that a second save of it (autosave,
    // the leave-page beacon, a double tap) updates the entry instead of adding it twice.
    let draft = error
        .get_untracked()
        .and_then(|e| e.value("draft"))
        .unwrap_or_else(new_draft);
    // What this entry was as the form was drawn; a new one has nothing to compare.
    let seen = kept_index
        .parse::<usize>()
        .ok()
        .and_then(|at| CvPart::Entry(section, at).fingerprint(&cv));
    let fields = section
        .fields()
        .iter()
        .map(|f| match f.kind {
            FieldKind::Ongoing => view! {
                <Checkbox name=f.name.to_string() label=t(f.label).to_string()
                    checked=!value(f.name).is_empty() error=error/>
            }
            .into_any(),
            FieldKind::Lines => view! {
                <TextField name=f.name label=f.label hint=f.hint value=value(f.name) rows=5 error=error/>
            }
            .into_any(),
            FieldKind::Paragraph => view! {
                <TextField name=f.name label=f.label hint=f.hint value=value(f.name) rows=4 error=error/>
            }
            .into_any(),
            FieldKind::Text | FieldKind::Date => view! {
                <TextField name=f.name label=f.label hint=f.hint value=value(f.name) error=error/>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <Page title=title error=error>
            <p><a href=format!("/cv/{id}/{slug}") class="back">{tf(Key::CvBackToSection, &[("section", t(section.title()))])}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:id="entry-form" attr:novalidate=true>
                <input type="hidden" name="id" value=id.get()/>
                <input type="hidden" name="section" value=slug/>
                // Which entry this is, and its headline as shown: kept through a refused
                // save, and updated by autosave once a new entry has been stored.
                <input type="hidden" name="index" value=kept_index/>
                <input type="hidden" name="expect" value=kept_expect data-field=first_field/>
                <input type="hidden" name="draft" value=draft/>
                <input type="hidden" name="seen" value=seen/>
                {fields}
                {autosave("entry-form")}
                <Submit label=Key::SaveButton/>
            </ActionForm>
            {index.map(|i| view! {
                <p><a class="button secondary" href=format!("/cv/{id}/{slug}/{i}/remove")>{t(Key::CvRemoveLink)}</a></p>
            })}
        </Page>
    }
}

#[cfg(feature = "ssr")]
fn new_draft() -> String {
    crate::ssr::drafts::new_token()
}

#[cfg(not(feature = "ssr"))]
fn new_draft() -> String {
    String::new()
}

/// Asks before removing an entry: a mis-tap on a phone must not lose anything.
#[component]
pub fn CvRemoveEntryPage() -> impl IntoView {
    let Some(section) = list_section() else {
        return view! { <crate::pages::NotFound/> }.into_any();
    };
    let index = param("index").and_then(|i| i.parse::<usize>().ok());
    with_cv(move |OpenedCv { id, cv, .. }| {
        let Some((index, (title, _))) =
            index.and_then(|i| section.summaries(&cv).into_iter().nth(i).map(|s| (i, s)))
        else {
            return view! { <crate::pages::NotFound/> }.into_any();
        };
        let action = form_action::<RemoveEntry>();
        let error = action_error(action);
        let slug = section.slug();
        view! {
            <Page title=Key::CvRemoveTitle error=error>
                <ErrorSummary error=error/>
                <p>{t(Key::CvRemoveQuestion)}</p>
                <p class="lead" dir="auto">{title.clone()}</p>
                <ActionForm action=action attr:class="form">
                    <input type="hidden" name="id" value=id.get()/>
                    <input type="hidden" name="section" value=slug/>
                    <input type="hidden" name="index" value=index/>
                    <input type="hidden" name="expect" value=title.clone()/>
                    <Submit label=Key::CvRemoveButton warning=true/>
                </ActionForm>
                <p><a href=format!("/cv/{id}/{slug}/{index}") class="button secondary">{t(Key::CancelLink)}</a></p>
            </Page>
        }
        .into_any()
    })
    .into_any()
}

/// Driving licence classes as the screen lists them, each with what it lets you drive.
const LICENCES_SHOWN: [(&str, Key); 14] = [
    ("B", Key::LicenceB),
    ("BE", Key::LicenceBe),
    ("C", Key::LicenceC),
    ("CE", Key::LicenceCe),
    ("AM", Key::LicenceAm),
    ("A1", Key::LicenceA1),
    ("A2", Key::LicenceA2),
    ("A", Key::LicenceA),
    ("C1", Key::LicenceC1),
    ("C1E", Key::LicenceC1e),
    ("D1", Key::LicenceD1),
    ("D1E", Key::LicenceD1e),
    ("D", Key::LicenceD),
    ("DE", Key::LicenceDe),
];

#[component]
pub fn CvLicencesPage() -> impl IntoView {
    with_cv(|OpenedCv { id, cv, .. }| {
        let action = form_action::<SaveLicences>();
        let error = action_error(action);
        view! {
            <Page title=Key::CvSectionLicences error=error>
                {back_to_cv(id)}
                <ErrorSummary error=error/>
                <ActionForm action=action attr:class="form" attr:id="section-form">
                    <input type="hidden" name="id" value=id.get()/>
                    <fieldset class="checkboxes" aria-describedby="licences-hint">
                        <legend>{t(Key::CvLicencesLegend)}</legend>
                        <p class="hint" id="licences-hint">{t(Key::CvLicencesHint)}</p>
                        // The common classes first; saved in the official order whatever this is.
                        {LICENCES_SHOWN.iter().map(|&(class, meaning)| view! {
                            <Checkbox name=format!("class-{class}") label=format!("{class} – {}", t(meaning))
                                checked=cv.licences.iter().any(|l| l == class)/>
                        }).collect_view()}
                    </fieldset>
                    {autosave("section-form")}
                    <Submit label=Key::SaveButton/>
                </ActionForm>
            </Page>
        }
    })
}

#[component]
pub fn CvSettingsPage() -> impl IntoView {
    with_cv(|OpenedCv { id, cv, .. }| {
        let action = form_action::<SaveSettings>();
        let error = action_error(action);
        let copied = use_query_map().read_untracked().get("copied").is_some()
            && error.get_untracked().is_none();
        let seen = CvPart::Settings.fingerprint(&cv);
        let current = move || {
            error
                .get()
                .and_then(|e| e.value("language"))
                .unwrap_or_else(|| match cv.language {
                    CvLanguage::Sv => "sv".into(),
                    CvLanguage::En => "en".into(),
                })
        };
        let problem = move || error.get().and_then(|e| e.field_error("language"));
        let radio = move |code: &'static str, label: Key| {
            let checked = move || current() == code;
            // The first choice carries the field's id, so the error summary's link lands on it.
            let id = if code == "sv" {
                "language".to_string()
            } else {
                format!("language-{code}")
            };
            view! {
                <div class="checkbox">
                    <input type="radio" id=id.clone() name="language" value=code checked=checked
                        aria-describedby=move || if problem().is_some() { "language-hint language-error" } else { "language-hint" }/>
                    <label for=id>{t(label)}</label>
                </div>
            }
        };
        view! {
            <Page title=Key::CvSettingsTitle error=error>
                {back_to_cv(id)}
                {copied.then(|| view! {
                    <div class="panel" role="status"><p>{t(Key::CvCopied)}</p></div>
                })}
                <ErrorSummary error=error/>
                <ActionForm action=action attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="id" value=id.get()/>
                    <input type="hidden" name="seen" value=seen/>
                    <TextField name="title" label=Key::CvTitleLabel hint=Key::CvTitleHint value=cv.title.clone() error=error/>
                    <fieldset class="checkboxes" class:field-error=move || problem().is_some()>
                        <legend>{t(Key::CvLanguageLegend)}</legend>
                        <p class="hint" id="language-hint">{t(Key::CvLanguageHint)}</p>
                        {move || problem().map(|p| field_message("language-error".into(), t(p.message("language"))))}
                        {radio("sv", Key::LangNameSv)}
                        {radio("en", Key::LangNameEn)}
                    </fieldset>
                    <Submit label=Key::SaveButton/>
                </ActionForm>
            </Page>
        }
    })
}

#[component]
pub fn CvDeletePage() -> impl IntoView {
    with_cv(|OpenedCv { id, cv, .. }| {
        let action = form_action::<DeleteCv>();
        let error = action_error(action);
        let title = if cv.title.is_empty() {
            t(Key::CvUntitled).to_string()
        } else {
            cv.title
        };
        view! {
            <Page title=Key::CvDeleteTitle error=error>
                <ErrorSummary error=error/>
                <p>{t(Key::CvDeleteQuestion)}</p>
                <p class="lead" dir="auto">{title}</p>
                <ActionForm action=action attr:class="form">
                    <input type="hidden" name="id" value=id.get()/>
                    <Submit label=Key::CvDeleteButton warning=true/>
                </ActionForm>
                <p><a href=format!("/cv/{id}") class="button secondary">{t(Key::CancelLink)}</a></p>
            </Page>
        }
    })
}

/// The CV as it will print, laid out like the PDF. The browser's print uses the same page
/// with the print stylesheet, which hides everything around the sheet.
#[component]
pub fn CvPreviewPage() -> impl IntoView {
    with_cv(|OpenedCv { id, cv, .. }| {
        let print = PrintCv::new(&cv);
        let failed = use_query_map()
            .read_untracked()
            .get("pdf")
            .is_some_and(|v| v == "failed");
        view! {
            <Page title=Key::CvPreviewTitle>
                <div class="no-print">
                    {back_to_cv(id)}
                    {failed.then(|| view! {
                        <div class="error-summary" role="alert" tabindex="-1" autofocus>
                            <p>{t(Key::ErrPdfFailed)}</p>
                        </div>
                    })}
                    {crate::ui::query_status(&[
                        ("languages", Key::CvLanguagesCopied),
                        ("strengths", Key::CvStrengthsCopied),
                    ])}
                    <p>{t(Key::CvPreviewHint)}</p>
                    <ul class="actions">
                        <li><a class="button" href=format!("/cv/{id}/pdf")>{t(Key::CvPdfLink)}</a></li>
                    </ul>
                </div>
                <CvSheet print/>
            </Page>
        }
    })
}

#[component]
pub fn CvSheet(print: PrintCv) -> impl IntoView {
    let PrintCv {
        lang,
        title,
        name,
        contact,
        profile,
        sections,
    } = print;
    let heading = if name.is_empty() { title } else { name };
    // The CV's own direction, whatever the interface's: a Swedish CV read in the Arabic
    // interface is laid out left to right, as its PDF is.
    let dir = crate::i18n::Locale::from_code(&lang).map_or("ltr", |l| l.dir());
    view! {
        <article class="cv-sheet" lang=lang dir=dir>
            <h2 class="cv-name" dir="auto">{heading}</h2>
            {(!contact.is_empty()).then(|| view! {
                <ul class="cv-contact">
                    {contact.into_iter().map(|c| view! { <li dir="auto">{c}</li> }).collect_view()}
                </ul>
            })}
            {(!profile.is_empty()).then(|| view! { <p class="cv-profile" dir="auto">{profile}</p> })}
            {sections.into_iter().map(|s| view! {
                <section>
                    <h3 dir="auto">{s.heading}</h3>
                    {s.entries.into_iter().map(|e| view! {
                        <div class="cv-entry">
                            <h4 dir="auto">{e.title}</h4>
                            {(!e.subtitle.is_empty()).then(|| view! { <p class="cv-muted" dir="auto">{e.subtitle}</p> })}
                            {(!e.when.is_empty()).then(|| view! { <p class="cv-muted"><bdi dir="ltr">{e.when}</bdi></p> })}
                            {(!e.text.is_empty()).then(|| view! { <p dir="auto">{e.text}</p> })}
                            {(!e.bullets.is_empty()).then(|| view! {
                                <ul>{e.bullets.into_iter().map(|b| view! { <li dir="auto">{b}</li> }).collect_view()}</ul>
                            })}
                        </div>
                    }).collect_view()}
                    {(!s.items.is_empty()).then(|| view! {
                        <ul>{s.items.into_iter().map(|b| view! { <li dir="auto">{b}</li> }).collect_view()}</ul>
                    })}
                    {(!s.note.is_empty()).then(|| view! { <p>{s.note}</p> })}
                    {s.table.map(|table| view! { <CvTable table/> })}
                </section>
            }).collect_view()}
        </article>
    }
}

/// A grid in the CV (the languages' levels). Six columns do not fit a phone: the table
/// scrolls on its own, and its region can be reached and scrolled from the keyboard.
#[component]
fn CvTable(table: super::print::PrintTable) -> impl IntoView {
    let caption = table.caption.clone();
    let label = table.caption;
    let mut columns = table.columns.into_iter();
    let first = columns.next().unwrap_or_default();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=label>
            <table class="cv-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{first}</th>
                        {columns.map(|c| view! { <th scope="col">{c}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table.rows.into_iter().map(|row| {
                        let mut cells = row.into_iter();
                        let name = cells.next().unwrap_or_default();
                        view! {
                            <tr>
                                <th scope="row" dir="auto">{name}</th>
                                {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Upload a JSON Resume file; it becomes a new CV, so nothing already written is replaced.
#[component]
pub fn CvImportPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <CvImport/>
        </RequireRole>
    }
}

const IMPORT_PATH: &str = <ImportCv as leptos::server_fn::ServerFn>::PATH;

/// A refused import's problems by field, as the server listed them.
fn import_details(error: Option<AppError>) -> Option<Vec<(String, crate::error::FieldProblem)>> {
    let listed = error?.value(IMPORT_DETAILS)?;
    serde_json::from_str::<Vec<(String, crate::error::FieldProblem)>>(&listed)
        .ok()
        .filter(|d| !d.is_empty())
}

#[component]
fn CvImport() -> impl IntoView {
    // A multipart upload has no `ServerAction` (its input cannot be cloned), so the error a
    // refused upload left behind is read the way `ServerAction` would read it.
    let flashed = use_context::<leptos::server::ServerActionError>().and_then(|e| {
        (e.path() == IMPORT_PATH)
            .then(|| leptos::server_fn::error::ServerFnUrlError::<AppError>::decode_err(e.err()))
    });
    // A file over the server's request limit never reaches the server function; the
    // server sends the person back here with `too-large`.
    let too_large = use_query_map().read_untracked().get("too-large").is_some();
    let flashed = flashed.or_else(|| {
        too_large.then(|| {
            let mut invalid = crate::error::Invalid::new();
            invalid.add("file", crate::error::FieldProblem::FileTooLarge);
            AppError::Invalid(invalid)
        })
    });
    let error: crate::ui::FormError = Signal::derive(move || flashed.clone());
    let problem = move || error.get().and_then(|e| e.field_error("file"));
    view! {
        <Page title=Key::CvImportTitle error=error>
            <p><a href="/cv" class="back">{t(Key::CvAllLink)}</a></p>
            <p>{t(Key::CvImportIntro)}</p>
            <ErrorSummary error=error/>
            <form method="post" action=IMPORT_PATH enctype="multipart/form-data" class="form">
                <div class="field" class:field-error=move || problem().is_some()>
                    <label for="file">{t(Key::CvImportFileLabel)}</label>
                    <p class="hint" id="file-hint">{t(Key::CvImportFileHint)}</p>
                    {move || problem().map(|p| field_message("file-error".into(), t(p.message("file"))))}
                    {move || import_details(error.get()).map(|details| view! {
                        <ul class="skipped">
                            {details.into_iter().map(|(path, problem)| view! {
                                <li><code dir="ltr">{path}</code>": "{t(problem.message(""))}</li>
                            }).collect_view()}
                        </ul>
                    })}
                    <input type="file" id="file" name="file" accept=".json,application/json"
                        aria-describedby=move || if problem().is_some() { "file-hint file-error" } else { "file-hint" }
                        aria-invalid=move || problem().map(|_| "true")/>
                </div>
                <Submit label=Key::CvImportButton/>
            </form>
        </Page>
    }
}

/// After an import: the new CV, and what the file held that Vägval has no place for.
#[component]
pub fn CvImportedPage() -> impl IntoView {
    with_cv(move |OpenedCv { id, .. }| {
        let report = Resource::new(move || id, super::api::import_report);
        view! {
            <Page title=Key::CvImportedTitle>
                <p>{t(Key::CvImportedIntro)}</p>
                <Suspense>
                    {move || Suspend::new(async move {
                        let report = report.await.ok().flatten().unwrap_or_else(|| ImportSummary::new(id, &[], &[]));
                        let more = report.more;
                        view! {
                            {(report.skipped.is_empty() && report.cut.is_empty() && more == 0)
                                .then(|| view! { <p>{t(Key::CvImportedAll)}</p> })}
                            {(!report.skipped.is_empty()).then(|| view! {
                                <p>{t(Key::CvImportedSkipped)}</p>
                                <ul class="skipped">
                                    {report.skipped.into_iter().map(|p| view! { <li><code dir="ltr">{p}</code></li> }).collect_view()}
                                </ul>
                            })}
                            {(!report.cut.is_empty()).then(|| view! {
                                <p>{t(Key::CvImportedCut)}</p>
                                <ul class="skipped">
                                    {report.cut.into_iter().map(|(p, problem)| view! {
                                        <li><code dir="ltr">{p}</code>": "{t(problem.message(""))}</li>
                                    }).collect_view()}
                                </ul>
                            })}
                            {(more > 0).then(|| view! { <p>{tp(Key::CvImportedMore, "count", more as u64, &[])}</p> })}
                        }
                    })}
                </Suspense>
                <p><a class="button" href=format!("/cv/{id}")>{t(Key::CvImportedOpen)}</a></p>
            </Page>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::LICENCES_SHOWN;
    use crate::cv::model::LICENCE_CLASSES;

    #[test]
    fn every_licence_class_is_shown_once_with_its_meaning() {
        let mut shown: Vec<&str> = LICENCES_SHOWN.iter().map(|(c, _)| *c).collect();
        shown.sort_unstable();
        let mut all = LICENCE_CLASSES.to_vec();
        all.sort_unstable();
        assert_eq!(shown, all);
    }
}
