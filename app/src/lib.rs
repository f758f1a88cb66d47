//! Vägval's pages, routes and server functions, compiled twice: with `ssr` into the server
//! and with `hydrate` into the browser's WebAssembly.
#![recursion_limit = "256"]

pub mod applications;
pub mod auth;
pub mod booking;
pub mod coach;
pub mod cv;
pub mod date;
pub mod error;
pub mod goals;
pub mod i18n;
pub mod ids;
#[cfg(feature = "ssr")]
pub mod install;
pub mod invite;
pub mod jobs;
pub mod languages;
pub mod notes;
pub mod outcomes;
pub mod pages;
pub mod participant;
pub mod people;
pub mod profile;
pub mod reminders;
pub mod rights;
pub mod sharing;
pub mod strengths;
pub mod text;
pub mod ui;

#[cfg(feature = "ssr")]
pub mod ssr;

use auth::{use_auth, Auth, Role};
use i18n::{locale, t, Key, Locale};
use leptos::prelude::*;
use leptos::server::ServerActionError;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

/// A form error carried over a no-JavaScript redirect in the session rather than in the URL
/// (where it would show the typed values in history and logs). The server puts it into the
/// request's extensions, and the page's matching `ServerAction` starts out holding it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormFlash {
    pub path: String,
    pub err: String,
}

impl FormFlash {
    /// Hands the error to the matching `ServerAction`, as leptos_router does for `__err`.
    pub fn provide(&self) {
        provide_context(ServerActionError::new(&self.path, &self.err));
    }
}

/// The language of the current request: the person's choice (cookie), else the browser's.
#[cfg(feature = "ssr")]
pub(crate) fn request_locale() -> Locale {
    let Some(parts) = use_context::<http::request::Parts>() else {
        return Locale::default();
    };
    let from_cookie =
        ssr::request_cookie(i18n::LOCALE_COOKIE).and_then(|value| Locale::from_code(&value));
    from_cookie
        .or_else(|| {
            parts
                .headers
                .get(http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or_default()
}

#[cfg(feature = "ssr")]
fn request_flash() -> Option<FormFlash> {
    use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<FormFlash>().cloned())
}

/// Pages that carry an island: autosave or the copy buttons (`*` stands for one path segment). Only these load
/// the WebAssembly; every other page is complete as server-rendered HTML and costs a phone
/// nothing beyond HTML and CSS. A page that gains an island must be listed here (the
/// browser tests wait for hydration on each of them).
pub const PAGES_WITH_ISLANDS: &[&str] = &[
    "/cv/*/contact",
    "/cv/*/profile",
    "/cv/*/licences",
    "/cv/*/references",
    "/cv/*/*/*",
    // The drop-in queue: one's place updates by itself.
    "/dropin",
];

pub fn has_islands(path: &str) -> bool {
    matches_any(PAGES_WITH_ISLANDS, path)
}

/// Pages where a person types text that a language change would throw away (without
/// JavaScript nothing saves it first; with it, autosave's leave-page beacon does on the CV
/// screens). The language buttons say so there.
const PAGES_WITH_TYPING: &[&str] = &[
    "/sign-in",
    "/invite",
    "/invite/*",
    "/cv/*/settings",
    "/coach/new-participant",
    "/coach/participants/*",
    "/coach/notes/*",
    "/admin/new-coach",
    "/admin/people",
    "/admin/people/*",
    "/admin/people/*/erase",
    "/coach/participants/*/erase",
    "/my-data/erase",
    "/sharing",
    "/share/*",
    "/book/*",
    "/coach/hours",
    "/coach/new-group",
    "/coach/groups/*/cancel",
    "/workshops/*",
    "/goals/new",
    "/goals/*",
    "/goals/*/edit",
    "/applications/new",
    "/applications/*",
    "/languages/*",
    "/languages/*/skill/*",
    "/languages/used/new",
    "/strengths/*",
    "/coach/employers/new",
    "/coach/employers/*/edit",
    "/coach/employers/*/contact",
    "/coach/employers/*/new-lead",
    "/jobs/*",
    "/coach/participants/*/road/*",
    "/coach/participants/*/start",
    "/coach/outcomes/*",
];

pub fn has_typing(path: &str) -> bool {
    has_islands(path) || matches_any(PAGES_WITH_TYPING, path)
}

fn matches_any(patterns: &[&str], path: &str) -> bool {
    let segments: Vec<&str> = path.split('/').collect();
    patterns.iter().any(|pattern| {
        let pattern: Vec<&str> = pattern.split('/').collect();
        pattern.len() == segments.len()
            && pattern
                .iter()
                .zip(&segments)
                .all(|(p, s)| *p == "*" || p == s)
    })
}

#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    if let Some(nonce) = use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<leptos::nonce::Nonce>().cloned())
    {
        provide_context(nonce);
    }
    let (locale, _) = page_facts();
    let enhanced = use_context::<http::request::Parts>().is_some_and(|p| has_islands(p.uri.path()));
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <meta name="description" content=Key::MetaDescription.get(locale)/>
                <meta name="theme-color" content=install::THEME_COLOUR/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <link rel="manifest" href=format!("/manifest.webmanifest?lang={}", locale.code())/>
                <link rel="apple-touch-icon" href="/icons/icon-192.png"/>
                <leptos_meta::HashedStylesheet options=options.clone() id="leptos"/>
                <script src="/register-sw.js" defer></script>
                {enhanced.then(|| view! { <IslandScripts/> })}
                <leptos_meta::MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The islands' loader: what Leptos's `HydrationScripts` does in islands mode (its
/// `island_script.js`, MIT), for islands that hold no children and no other islands, and
/// without its two preload hints. Those fetched the JavaScript and WebAssembly beside the
/// stylesheet the first paint waits for; now they are fetched when the browser is idle after
/// the page is painted (issue 28: the largest paint of an island page on a phone,
/// `BENCHMARKS.md`).
#[cfg(feature = "ssr")]
#[component]
fn IslandScripts() -> impl IntoView {
    // What `HydrationScripts` does first in islands mode: the page is rendered, not
    // hydrated, outside its islands.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let (js, wasm) = ssr::state()
        .map(|s| (s.settings.assets.js.clone(), s.settings.assets.wasm.clone()))
        .unwrap_or_default();
    let nonce = leptos::nonce::use_nonce();
    view! {
        <script type="module" nonce=nonce>
            {format!("{}({js:?}, {wasm:?});", include_str!("islands.js"))}
        </script>
    }
}

/// What the server decided about this page: its language and a carried-over form error.
#[cfg(feature = "ssr")]
fn page_facts() -> (Locale, Option<FormFlash>) {
    (request_locale(), request_flash())
}

/// The browser never renders the whole app in islands mode; this keeps `App` compiling.
#[cfg(not(feature = "ssr"))]
fn page_facts() -> (Locale, Option<FormFlash>) {
    (Locale::default(), None)
}

/// Brings the page's islands (autosave) to life; the rest of the page stays plain
/// server-rendered HTML.
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
    // Lets browser tests (and curious people) see that the page is now interactive.
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-hydrated", "");
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let (locale, flash) = page_facts();
    provide_context(locale);
    if let Some(flash) = flash {
        flash.provide();
    }
    Auth::provide();

    view! {
        <Router>
            <a class="skip-link" href="#main">{t(Key::SkipToContent)}</a>
            <Header/>
            <Routes fallback=pages::NotFound>
                <Route path=path!("/") view=pages::Root ssr=SsrMode::Async/>
                <Route path=path!("/sign-in") view=auth::SignInPage ssr=SsrMode::Async/>
                <Route path=path!("/invite") view=invite::InvitePage ssr=SsrMode::Async/>
                <Route path=path!("/invite/:token") view=invite::InvitePage ssr=SsrMode::Async/>
                <Route path=path!("/home") view=participant::ParticipantHome ssr=SsrMode::Async/>
                <Route path=path!("/cv") view=cv::views::CvListPage ssr=SsrMode::Async/>
                <Route path=path!("/cv/import") view=cv::views::CvImportPage ssr=SsrMode::Async/>
                <Route path=path!("/cv/:id") view=cv::views::CvOverviewPage ssr=SsrMode::Async/>
                // Fixed screens first: the first route that matches wins.
                <Route path=path!("/cv/:id/contact") view=cv::views::CvContactPage ssr=SsrMode::Async/>
                <Route path=path!("/cv/:id/profile") view=cv::views::CvProfilePage ssr=SsrMode::Async/>
                <Route path=path!("/cv/:id/licences") view=cv::views::CvLicencesPage ssr=SsrMode::Async/>
                <Route path=path!("/cv/:id/settings") view=cv::views::CvSettingsPage ssr=SsrMode::Async/>
                <Route path=path!("/cv/:id/delete") view=cv::views::CvDeletePage ssr=SsrMode::Async/>
                <Route path=path!("/cv/:id/preview") view=cv::views::CvPreviewPage ssr=SsrMode::Async/>
                <Route path=path!("/cv/:id/imported") view=cv::views::CvImportedPage ssr=SsrMode::Async/>
                <Route path=path!("/cv/:id/:section") view=cv::views::CvSectionPage ssr=SsrMode::Async/>
                <Route path=path!("/cv/:id/:section/:index") view=cv::views::CvEntryPage ssr=SsrMode::Async/>
                <Route path=path!("/cv/:id/:section/:index/remove") view=cv::views::CvRemoveEntryPage ssr=SsrMode::Async/>
                <Route path=path!("/coach") view=people::CoachHome ssr=SsrMode::Async/>
                <Route path=path!("/coach/new-participant") view=people::NewParticipantPage ssr=SsrMode::Async/>
                <Route path=path!("/admin") view=people::AdminHome ssr=SsrMode::Async/>
                <Route path=path!("/admin/new-coach") view=people::NewCoachPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/participants/:id") view=coach::ParticipantPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/participants/:id/withdraw") view=coach::WithdrawPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/participants/:id/cvs/:cv") view=coach::SharedCvPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/notes/:id") view=notes::NotePage ssr=SsrMode::Async/>
                <Route path=path!("/coach/notes/:id/remove") view=notes::RemoveNotePage ssr=SsrMode::Async/>
                <Route path=path!("/sharing") view=sharing::SharingPage ssr=SsrMode::Async/>
                <Route path=path!("/share/:part") view=sharing::SharePartPage ssr=SsrMode::Async/>
                <Route path=path!("/book") view=booking::BookPage ssr=SsrMode::Async/>
                <Route path=path!("/book/:day") view=booking::BookDayPage ssr=SsrMode::Async/>
                <Route path=path!("/bookings") view=booking::MyBookingsPage ssr=SsrMode::Async/>
                <Route path=path!("/bookings/:id") view=booking::BookingPage ssr=SsrMode::Async/>
                <Route path=path!("/bookings/:id/cancel") view=booking::CancelBookingPage ssr=SsrMode::Async/>
                <Route path=path!("/bookings/:id/move") view=booking::CoachMovePage ssr=SsrMode::Async/>
                <Route path=path!("/coach/agenda") view=booking::AgendaPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/hours") view=booking::HoursPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/groups") view=booking::group::GroupsPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/calendar-feed") view=booking::feed::CalendarFeedPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/calendar-feed/renew") view=booking::feed::RenewFeedPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/calendar-feed/end") view=booking::feed::EndFeedPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/new-group") view=booking::group::NewGroupPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/groups/:id") view=booking::group::GroupPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/groups/:id/cancel") view=booking::group::CancelGroupPage ssr=SsrMode::Async/>
                <Route path=path!("/workshops") view=booking::group::WorkshopsPage ssr=SsrMode::Async/>
                <Route path=path!("/workshops/:id") view=booking::group::WorkshopPage ssr=SsrMode::Async/>
                <Route path=path!("/dropin") view=booking::group::DropInPage ssr=SsrMode::Async/>
                <Route path=path!("/goals") view=goals::GoalsPage ssr=SsrMode::Async/>
                <Route path=path!("/goals/new") view=goals::NewGoalPage ssr=SsrMode::Async/>
                <Route path=path!("/goals/:id") view=goals::GoalPage ssr=SsrMode::Async/>
                <Route path=path!("/goals/:id/edit") view=goals::EditGoalPage ssr=SsrMode::Async/>
                <Route path=path!("/goals/:id/end") view=goals::EndGoalPage ssr=SsrMode::Async/>
                <Route path=path!("/applications") view=applications::ApplicationsPage ssr=SsrMode::Async/>
                <Route path=path!("/applications/new") view=applications::NewApplicationPage ssr=SsrMode::Async/>
                <Route path=path!("/applications/report") view=applications::ApplicationsReportPage ssr=SsrMode::Async/>
                <Route path=path!("/applications/:id") view=applications::ApplicationPage ssr=SsrMode::Async/>
                <Route path=path!("/applications/:id/remove") view=applications::RemoveApplicationPage ssr=SsrMode::Async/>
                <Route path=path!("/languages") view=|| view! {
                    <languages::LanguagesPage to_cv=ViewFn::from(|| view! { <participant::to_cv::CvChoice part="languages"/> })/>
                } ssr=SsrMode::Async/>
                <Route path=path!("/languages/new") view=languages::NewLanguagePage ssr=SsrMode::Async/>
                <Route path=path!("/languages/sfi") view=languages::SfiPage ssr=SsrMode::Async/>
                <Route path=path!("/languages/used/new") view=languages::NewLanguageUsePage ssr=SsrMode::Async/>
                <Route path=path!("/languages/:id") view=languages::LanguagePage ssr=SsrMode::Async/>
                <Route path=path!("/languages/:id/remove") view=languages::RemoveLanguagePage ssr=SsrMode::Async/>
                <Route path=path!("/languages/:id/skill/:skill") view=languages::LanguageSkillPage ssr=SsrMode::Async/>
                <Route path=path!("/strengths") view=|| view! {
                    <strengths::StrengthsPage to_cv=ViewFn::from(|| view! { <participant::to_cv::CvChoice part="strengths"/> })/>
                } ssr=SsrMode::Async/>
                <Route path=path!("/strengths/pick") view=strengths::PickPage ssr=SsrMode::Async/>
                <Route path=path!("/strengths/own") view=strengths::OwnPage ssr=SsrMode::Async/>
                <Route path=path!("/strengths/examples") view=strengths::ExamplesPage ssr=SsrMode::Async/>
                <Route path=path!("/strengths/interests") view=strengths::InterestsPage ssr=SsrMode::Async/>
                <Route path=path!("/strengths/work") view=strengths::WorkGoalsPage ssr=SsrMode::Async/>
                <Route path=path!("/strengths/conditions") view=strengths::ConditionsPage ssr=SsrMode::Async/>
                <Route path=path!("/strengths/history") view=strengths::HistoryPage ssr=SsrMode::Async/>
                <Route path=path!("/sharing/stop") view=sharing::StopSharingPage ssr=SsrMode::Async/>
                <Route path=path!("/sharing/stopped") view=sharing::SharingStoppedPage ssr=SsrMode::Async/>
                <Route path=path!("/sharing/history") view=sharing::ConsentHistoryPage ssr=SsrMode::Async/>
                <Route path=path!("/access-log") view=sharing::AccessLogPage ssr=SsrMode::Async/>
                <Route path=path!("/my-data") view=rights::MyDataPage ssr=SsrMode::Async/>
                <Route path=path!("/my-data/erase") view=rights::EraseRequestPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/people") view=rights::PeopleSearchPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/people/:id") view=rights::AdminPersonPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/erasures") view=rights::WaitingErasuresPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/log") view=rights::AccountLogPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/participants/:id/erase") view=rights::CoachErasePage ssr=SsrMode::Async/>
                <Route path=path!("/admin/people/:id/erase") view=rights::AdminErasePage ssr=SsrMode::Async/>
                <Route path=path!("/coach/employers") view=jobs::EmployersPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/employers/new") view=jobs::NewEmployerPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/employers/:id") view=jobs::EmployerPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/employers/:id/edit") view=jobs::EditEmployerPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/employers/:id/contact") view=jobs::NewContactPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/employers/:id/new-lead") view=jobs::NewLeadPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/leads/:id") view=jobs::LeadPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/offers/:id/present") view=jobs::PresentPage ssr=SsrMode::Async/>
                <Route path=path!("/jobs") view=jobs::MyOffersPage ssr=SsrMode::Async/>
                <Route path=path!("/jobs/:id") view=jobs::MyOfferPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/participants/:id/road") view=outcomes::RoadPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/participants/:id/road/:kind") view=outcomes::NewEventPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/participants/:id/start") view=outcomes::StartPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/outcomes/:id") view=outcomes::CorrectEventPage ssr=SsrMode::Async/>
                <Route path=path!("/coach/report") view=outcomes::ReportPage ssr=SsrMode::Async/>
                <Route path=path!("/admin/report") view=outcomes::ReportPage ssr=SsrMode::Async/>
                <Route path=path!("/timeline") view=outcomes::MyTimelinePage ssr=SsrMode::Async/>
                <Route path=path!("/reminders") view=reminders::RemindersPage ssr=SsrMode::Async/>
                <Route path=path!("/reminders/devices/:id/remove") view=reminders::RemoveDevicePage ssr=SsrMode::Async/>
                <Route path=path!("/invitation") view=people::IssuedInvitationPage ssr=SsrMode::Async/>
                <Route path=path!("/invitation/slip") view=people::slip::SlipPage ssr=SsrMode::Async/>
                <Route path=path!("/accessibility") view=pages::AccessibilityPage ssr=SsrMode::Async/>
                <Route path=path!("/request-problem/:kind") view=pages::RequestProblemPage ssr=SsrMode::Async/>
            </Routes>
            <Footer/>
        </Router>
    }
}

#[component]
fn Header() -> impl IntoView {
    let auth = use_auth();
    // Only the path: the query may hold personal data, and this form sits on every page.
    let next = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    let current = locale();
    let warn = has_typing(&next);
    view! {
        <header class="site-header">
            // First on every page, so that someone who cannot read the page's language finds
            // their own. A plain form, not an ActionForm: a new language means a new page,
            // with `lang` and `dir` set by the server.
            <form method="post" action="/api/set-locale" class="languages" id="language-switch">
                <input type="hidden" name="next" value=next/>
                <span id="language-label" class="visually-hidden">{t(Key::LanguageLabel)}</span>
                <div class="language-buttons" role="group" aria-labelledby="language-label">
                    {Locale::ALL.into_iter().map(|l| view! {
                        <button type="submit" name="lang" value=l.code() lang=l.code()
                            class="button secondary" aria-pressed=(l == current).to_string()>
                            {t(l.endonym())}
                        </button>
                    }).collect_view()}
                </div>
                {warn.then(|| view! { <p class="hint">{t(Key::LanguageSwitchWarning)}</p> })}
            </form>
            <a href="/" class="brand">{t(Key::AppName)}</a>
            {auth.user.map(|user| {
                let role = match user.role {
                    Role::Participant => Key::RoleParticipant,
                    Role::Coach => Key::RoleCoach,
                    Role::Admin => Key::RoleAdmin,
                };
                view! {
                    <ActionForm action=auth.sign_out attr:class="sign-out">
                        <span class="who"><bdi>{user.display_name}</bdi>" · "{t(role)}</span>
                        <button type="submit" class="button secondary">{t(Key::SignOutButton)}</button>
                    </ActionForm>
                }
            })}
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p><a href="/accessibility">{t(Key::AccessibilityLink)}</a></p>
        </footer>
    }
}

/// Only ever redirect within the portal, and only to a path (never a query).
pub fn safe_next(next: &str) -> String {
    let next = next.split(['?', '#']).next().unwrap_or("");
    let local = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(|c| c.is_control());
    if local {
        next.to_string()
    } else {
        "/".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::{has_islands, safe_next};

    #[test]
    fn only_pages_with_forms_load_webassembly() {
        assert!(!has_islands("/sign-in"));
        assert!(!has_islands("/invite/abc123"));
        assert!(!has_islands("/home"));
        assert!(has_islands("/cv/12/contact"));
        assert!(has_islands("/cv/12/work/new"));
        assert!(has_islands("/cv/12/references"));
        assert!(!has_islands("/cv/12/work"));
        assert!(!has_islands("/cv/12"));
        assert!(!has_islands("/invitation"));
        assert!(!has_islands("/invitation/slip"));
    }

    #[test]
    fn pages_where_people_type_warn_before_a_language_change() {
        use super::has_typing;
        assert!(has_typing("/cv/12/contact"));
        assert!(has_typing("/cv/12/settings"));
        assert!(has_typing("/sign-in"));
        assert!(has_typing("/invite/abc"));
        assert!(has_typing("/languages/2/skill/reading"));
        assert!(!has_typing("/home"));
        assert!(!has_typing("/cv/12"));
        assert!(!has_typing("/invitation"));
    }

    #[test]
    fn next_stays_local() {
        assert_eq!(safe_next("/invite/abc?x=1"), "/invite/abc");
        assert_eq!(safe_next("//evil.example"), "/");
        assert_eq!(safe_next("/\\evil.example"), "/");
        assert_eq!(safe_next("https://evil.example"), "/");
        assert_eq!(safe_next("/a\r\nSet-Cookie: x"), "/");
    }
}
