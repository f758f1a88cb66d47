//! The CV screens: the list of CVs, one CV's overview with its progress, and one screen per
//! section. Each section's form is an island; everything else is server-rendered.
use super::api::{my_cvs, open_cv, SaveContact, SaveProfile, StartCv};
use super::model::{Cv, Section};
use crate::auth::{RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{t, tf, Key};
use crate::ui::{action_error, form_action, ErrorSummary, Page, Submit, TextField};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn section_name(section: Section) -> Key {
    match section {
        Section::Contact => Key::CvSectionContact,
        Section::Profile => Key::CvSectionProfile,
        Section::Experience => Key::CvSectionExperience,
        Section::Education => Key::CvSectionEducation,
        Section::Skills => Key::CvSectionSkills,
        Section::Languages => Key::CvSectionLanguages,
        Section::References => Key::CvSectionReferences,
    }
}

/// The screen that edits a section, for the sections that have one so far.
fn section_path(section: Section) -> Option<&'static str> {
    match section {
        Section::Contact => Some("contact"),
        Section::Profile => Some("profile"),
        _ => None,
    }
}

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
    let start = ServerAction::<StartCv>::new();
    let error = action_error(start);
    view! {
        <Page title=Key::CvListTitle error=error>
            <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <Suspense fallback=|| view! { <p>{t(Key::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match cvs.await {
                        Ok(list) if list.is_empty() => view! {
                            <p>{t(Key::CvIntro)}</p>
                            <ActionForm action=start attr:class="form" attr:id="cv">
                                <Submit label=Key::CvStartButton/>
                            </ActionForm>
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
                        }
                        .into_any(),
                        Err(e) => view! { <p class="error-message">{t(e.message())}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

fn cv_id() -> Option<i64> {
    use_params_map()
        .read_untracked()
        .get("id")
        .and_then(|s| s.parse().ok())
}

/// Loads the CV named in the URL and shows `ok` with it; a CV that is not the caller's is
/// "not found", like one that does not exist.
fn with_cv<V: IntoView + 'static>(
    ok: impl Fn(i64, Cv) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let id = cv_id();
    let cv = Resource::new(
        move || id,
        |id| async move {
            match id {
                Some(id) => open_cv(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let ok = std::sync::Arc::new(ok);
    view! {
        <Suspense fallback=|| view! { <p>{t(Key::Loading)}</p> }>
            {move || {
                let ok = ok.clone();
                Suspend::new(async move {
                    match (cv.await, id) {
                        (Ok(cv), Some(id)) => ok(id, cv).into_any(),
                        (Err(AppError::NotFound), _) | (_, None) => view! { <crate::pages::NotFound/> }.into_any(),
                        (Err(e), _) => view! {
                            <Page title=Key::CvListTitle><p class="error-message">{t(e.message())}</p></Page>
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
    view! {
        <RequireRole roles=&[Role::Participant]>
            {with_cv(|id, cv| view! { <CvOverview id cv/> })}
        </RequireRole>
    }
}

#[component]
fn CvOverview(id: i64, cv: Cv) -> impl IntoView {
    view! {
        <Page title=Key::CvOverviewTitle>
            <p><a href="/cv" class="back">{t(Key::CvAllLink)}</a></p>
            <p class="lead">{progress(&cv)}</p>
            <ul class="sections">
                {cv.sections().into_iter().map(|(section, filled)| {
                    let name = t(section_name(section));
                    let state = if filled { Key::CvFilled } else { Key::CvNotFilled };
                    let action = match section_path(section) {
                        Some(path) => view! {
                            <a class="button secondary" href=format!("/cv/{id}/{path}")>
                                {t(Key::CvEdit)}<span class="visually-hidden">": "{name}</span>
                            </a>
                        }
                        .into_any(),
                        None => view! { <span class="tag">{t(Key::ComingSoon)}</span> }.into_any(),
                    };
                    view! {
                        <li class="section-row">
                            <span class="section-name">{name}</span>
                            <span class="tag" class:tag-done=filled>{t(state)}</span>
                            {action}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Page>
    }
}

#[component]
pub fn CvContactPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {with_cv(|id, cv| view! {
                <ContactForm id name=cv.contact.name phone=cv.contact.phone
                    email=cv.contact.email town=cv.contact.town/>
            })}
        </RequireRole>
    }
}

#[island]
fn ContactForm(id: i64, name: String, phone: String, email: String, town: String) -> impl IntoView {
    let action = form_action::<SaveContact>();
    let error = action_error(action);
    view! {
        <Page title=Key::CvSectionContact error=error>
            <p><a href=format!("/cv/{id}") class="back">{t(Key::CvBackLink)}</a></p>
            <p>{t(Key::CvContactHint)}</p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=id/>
                <TextField name="name" label=Key::CvNameLabel autocomplete="name" value=name error=error/>
                <TextField name="phone" label=Key::CvPhoneLabel kind="tel" autocomplete="tel" value=phone error=error/>
                <TextField name="email" label=Key::CvEmailLabel kind="email" autocomplete="email" value=email error=error/>
                <TextField name="town" label=Key::CvTownLabel autocomplete="address-level2" value=town error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

#[component]
pub fn CvProfilePage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {with_cv(|id, cv| view! { <ProfileForm id profile=cv.profile/> })}
        </RequireRole>
    }
}

#[island]
fn ProfileForm(id: i64, profile: String) -> impl IntoView {
    let action = form_action::<SaveProfile>();
    let error = action_error(action);
    view! {
        <Page title=Key::CvSectionProfile error=error>
            <p><a href=format!("/cv/{id}") class="back">{t(Key::CvBackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=id/>
                <TextField name="profile" label=Key::CvProfileLabel hint=Key::CvProfileHint
                    value=profile rows=6 error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}
