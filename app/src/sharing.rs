//! "Dela med min coach": the participant chooses what their coach may see, for how long,
//! and takes it back at once; the consent history behind it; and "Vem har tittat?", every
//! look a coach or an admin took at their data. Whether a coach may read something is
//! decided in `ssr::access`, on every request, from what is stored here: nothing about a
//! share is cached anywhere.
use crate::auth::{RequireRole, Role};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::{FieldProblem, Invalid};
use crate::i18n::{format_day, format_moment, t, tf, CalendarDay, Key, Moment};
use crate::ids::CvId;
use crate::ui::{action_error, field_message, form_action, ErrorSummary, Page, Submit, TextField};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// A part of a participant's data they can share with their coach. More parts join as
/// they are built (career profile, languages, goals with their practice log).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SharedPart {
    Cv,
}

impl SharedPart {
    pub fn code(self) -> &'static str {
        match self {
            SharedPart::Cv => "cv",
        }
    }

    pub fn parse(code: &str) -> Option<SharedPart> {
        match code {
            "cv" => Some(SharedPart::Cv),
            _ => None,
        }
    }
}

/// A step in a participant's consent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConsentChange {
    Granted,
    Changed,
    Withdrawn,
}

impl ConsentChange {
    pub fn code(self) -> &'static str {
        match self {
            ConsentChange::Granted => "granted",
            ConsentChange::Changed => "changed",
            ConsentChange::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(code: &str) -> Option<ConsentChange> {
        match code {
            "granted" => Some(ConsentChange::Granted),
            "changed" => Some(ConsentChange::Changed),
            "withdrawn" => Some(ConsentChange::Withdrawn),
            _ => None,
        }
    }
}

/// How a coach or admin read something: on a page, or as a downloaded file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReadHow {
    View,
    Pdf,
    Json,
}

impl ReadHow {
    pub fn code(self) -> &'static str {
        match self {
            ReadHow::View => "view",
            ReadHow::Pdf => "pdf",
            ReadHow::Json => "json",
        }
    }

    pub fn parse(code: &str) -> Option<ReadHow> {
        match code {
            "view" => Some(ReadHow::View),
            "pdf" => Some(ReadHow::Pdf),
            "json" => Some(ReadHow::Json),
            _ => None,
        }
    }
}

/// The version of the sharing page's wording, recorded with each consent. Raise it when
/// what the page says about sharing changes.
pub const CONSENT_WORDING: i64 = 1;

/// Which CVs the coach sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CvChoice {
    None,
    All,
    One(CvId),
}

impl CvChoice {
    pub fn value(self) -> String {
        match self {
            CvChoice::None => "none".into(),
            CvChoice::All => "all".into(),
            CvChoice::One(id) => id.to_string(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CvOption {
    pub id: CvId,
    pub title: String,
    pub is_main: bool,
}

/// The sharing page's facts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sharing {
    /// The assigned coach's name; nothing can be shared without one.
    pub coach: Option<String>,
    pub cvs: Vec<CvOption>,
    /// What the coach sees now (a run-out share is `None`).
    pub cv: CvChoice,
    /// The last day of the share in force, if it has one.
    pub until: Option<CalendarDay>,
    /// The last day of a share that has run out.
    pub ended: Option<CalendarDay>,
}

/// The shared CV's title as the pages name it (an untitled CV is "CV").
fn titled(title: &str) -> String {
    let title = title.trim();
    if title.is_empty() {
        t(Key::CvUntitled).to_string()
    } else {
        title.to_string()
    }
}

#[cfg(feature = "ssr")]
mod server {
    use super::*;
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::internal;
    use crate::ssr::store::{ShareRecord, UserRecord};
    use crate::ssr::ServerState;

    /// The signed-in participant, allowed to `act` on their own sharing.
    pub async fn me(act: Act) -> Result<(ServerState, UserRecord), AppError> {
        let (state, me) = crate::ssr::require(&[Role::Participant]).await?;
        authorize_own(&me, Part::Sharing, act, me.id)?;
        Ok((state, me))
    }

    pub fn cv_share(shares: &[ShareRecord]) -> Option<&ShareRecord> {
        shares.iter().find(|s| s.part == SharedPart::Cv)
    }

    pub async fn cv_options(
        state: &ServerState,
        me: &UserRecord,
    ) -> Result<Vec<CvOption>, AppError> {
        let records = state.store.list_cvs(me.id).await.map_err(internal)?;
        Ok(records
            .into_iter()
            .map(|r| CvOption {
                id: r.id,
                title: serde_json::from_str::<crate::cv::model::Cv>(&r.document)
                    .map(|cv| cv.title)
                    .unwrap_or_default(),
                is_main: r.is_main,
            })
            .collect())
    }
}

#[server(prefix = "/api", endpoint = "sharing")]
pub async fn fetch_sharing() -> Result<Sharing, AppError> {
    use crate::ssr::access::Act;
    use crate::ssr::clock::day_of_unix;
    use crate::ssr::{internal, with_status};
    with_status(
        async {
            let (state, me) = server::me(Act::Read).await?;
            let cvs = server::cv_options(&state, &me).await?;
            let Some(coach_id) = me.coach_id else {
                return Ok(Sharing {
                    coach: None,
                    cvs,
                    cv: CvChoice::None,
                    until: None,
                    ended: None,
                });
            };
            let coach = state.store.find_user(coach_id).await.map_err(internal)?;
            let shares = state
                .store
                .shares_of(me.id, coach_id)
                .await
                .map_err(internal)?;
            let now = state.clock.unix();
            let share = server::cv_share(&shares);
            let holding = share.filter(|s| s.holds(now));
            // Stored as the first instant after the last day.
            let last_day =
                |s: &crate::ssr::store::ShareRecord| s.ends_at.and_then(|end| day_of_unix(end - 1));
            Ok(Sharing {
                coach: coach.map(|c| c.display_name),
                cvs,
                cv: match holding {
                    None => CvChoice::None,
                    Some(s) => s.cv.map_or(CvChoice::All, CvChoice::One),
                },
                until: holding.and_then(last_day),
                ended: share.filter(|s| !s.holds(now)).and_then(last_day),
            })
        }
        .await,
    )
}

/// Saves what the coach may see of the CV: `cv` is `none`, `all` or one CV's id; `until`
/// an optional last day (`YYYY-MM-DD`).
#[server(prefix = "/api", endpoint = "save-sharing")]
pub async fn save_sharing(cv: String, until: Option<String>) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    use crate::ssr::clock::{end_of_day, parse_day};
    use crate::ssr::store::ShareGrant;
    use crate::ssr::{internal, with_status};
    with_status(
        async {
            let (state, me) = server::me(Act::Change).await?;
            let until = until.unwrap_or_default();
            let refuse = |field: &str, problem: FieldProblem| {
                let mut invalid = Invalid::new();
                invalid.add(field, problem);
                AppError::Invalid(invalid.keep("cv", &cv).keep("until", &until))
            };
            let Some(coach) = me.coach_id else {
                return Err(AppError::NotFound);
            };
            let cvs = server::cv_options(&state, &me).await?;
            let choice = match cv.trim() {
                "none" => CvChoice::None,
                "all" => CvChoice::All,
                id => match id.parse::<CvId>() {
                    Ok(id) if cvs.iter().any(|c| c.id == id) => CvChoice::One(id),
                    _ => return Err(refuse("cv", FieldProblem::UnknownOption)),
                },
            };
            let ends_at = match until.trim() {
                "" => None,
                typed => match parse_day(typed) {
                    None => return Err(refuse("until", FieldProblem::BadDate)),
                    Some(day) if day < state.clock.today() => {
                        return Err(refuse("until", FieldProblem::DayPassed))
                    }
                    Some(day) => Some(end_of_day(day).as_second()),
                },
            };
            let grant = match choice {
                CvChoice::None => None,
                CvChoice::All => Some(ShareGrant {
                    cv: None,
                    cv_title: None,
                    ends_at,
                }),
                CvChoice::One(id) => Some(ShareGrant {
                    cv: Some(id),
                    cv_title: cvs.iter().find(|c| c.id == id).map(|c| c.title.clone()),
                    ends_at,
                }),
            };
            let change = state
                .store
                .set_share(
                    me.id,
                    coach,
                    SharedPart::Cv,
                    grant,
                    CONSENT_WORDING,
                    state.clock.unix(),
                )
                .await
                .map_err(internal)?;
            tracing::info!(user = %me.id, %coach, ?change, "sharing saved");
            leptos_axum::redirect("/sharing?saved=1");
            Ok(())
        }
        .await,
    )
}

/// Stops sharing everything with the coach, at once.
#[server(prefix = "/api", endpoint = "stop-sharing")]
pub async fn stop_sharing() -> Result<(), AppError> {
    use crate::ssr::access::Act;
    use crate::ssr::{internal, with_status};
    with_status(
        async {
            let (state, me) = server::me(Act::Change).await?;
            if let Some(coach) = me.coach_id {
                state
                    .store
                    .set_share(
                        me.id,
                        coach,
                        SharedPart::Cv,
                        None,
                        CONSENT_WORDING,
                        state.clock.unix(),
                    )
                    .await
                    .map_err(internal)?;
                tracing::info!(user = %me.id, %coach, "sharing stopped");
            }
            leptos_axum::redirect("/sharing/stopped");
            Ok(())
        }
        .await,
    )
}

/// One line of the consent history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentLine {
    pub at: Moment,
    pub coach: String,
    pub change: ConsentChange,
    /// The CV's title, when one version was shared; `None`: every version.
    pub cv: Option<String>,
    pub until: Option<CalendarDay>,
    pub wording_version: i64,
}

#[server(prefix = "/api", endpoint = "consent-history")]
pub async fn consent_history() -> Result<Vec<ConsentLine>, AppError> {
    use crate::ssr::access::Act;
    use crate::ssr::clock::{day_of_unix, moment};
    use crate::ssr::{internal, with_status};
    with_status(
        async {
            let (state, me) = server::me(Act::Read).await?;
            let events = state.store.consent_history(me.id).await.map_err(internal)?;
            let now = state.clock.now();
            Ok(events
                .into_iter()
                .filter_map(|e| {
                    Some(ConsentLine {
                        at: moment(e.at, now)?,
                        coach: e.coach_name,
                        change: e.change,
                        cv: e.cv.map(|_| e.cv_title.unwrap_or_default()),
                        until: e.ends_at.and_then(|end| day_of_unix(end - 1)),
                        wording_version: e.wording_version,
                    })
                })
                .collect())
        }
        .await,
    )
}

/// One look in "Vem har tittat?".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LookLine {
    pub at: Moment,
    pub reader: String,
    pub reader_role: Role,
    pub part: SharedPart,
    pub how: ReadHow,
    /// The CV's title now (`None` when it has been deleted since).
    pub cv: Option<String>,
}

#[server(prefix = "/api", endpoint = "access-log")]
pub async fn access_log() -> Result<Vec<LookLine>, AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::clock::moment;
    use crate::ssr::{internal, require, with_status};
    with_status(
        async {
            let (state, me) = require(&[Role::Participant]).await?;
            authorize_own(&me, Part::AccessLog, Act::Read, me.id)?;
            let cvs = server::cv_options(&state, &me).await?;
            let entries = state.store.access_log(me.id).await.map_err(internal)?;
            let now = state.clock.now();
            Ok(entries
                .into_iter()
                .filter_map(|e| {
                    Some(LookLine {
                        at: moment(e.at, now)?,
                        reader: e.reader_name,
                        reader_role: e.reader_role,
                        part: e.part,
                        how: e.how,
                        cv: e.cv.and_then(|id| {
                            cvs.iter().find(|c| c.id == id).map(|c| c.title.clone())
                        }),
                    })
                })
                .collect())
        }
        .await,
    )
}

/// `/sharing`: what the coach sees, the choice, and the way to stop.
#[component]
pub fn SharingPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let sharing = Resource::new(|| (), |_| fetch_sharing());
                view! {
                    <Suspense>
                        {move || Suspend::new(async move {
                            match sharing.await {
                                Ok(sharing) => view! { <SharingForm sharing/> }.into_any(),
                                Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                            }
                        })}
                    </Suspense>
                }
            }
        </RequireRole>
    }
}

/// "Anna Berg ser ditt CV ”Lager” till och med …": what the coach sees now, in a sentence.
fn what_coach_sees(sharing: &Sharing, coach: &str) -> String {
    let title_of = |id: CvId| {
        sharing
            .cvs
            .iter()
            .find(|c| c.id == id)
            .map(|c| titled(&c.title))
            .unwrap_or_default()
    };
    let sees = match sharing.cv {
        CvChoice::None => return tf(Key::SharingSeesNothing, &[("coach", coach)]),
        CvChoice::All => tf(Key::SharingSeesAllCvs, &[("coach", coach)]),
        CvChoice::One(id) => tf(
            Key::SharingSeesOneCv,
            &[("coach", coach), ("cv", &title_of(id))],
        ),
    };
    match sharing.until {
        Some(day) => format!(
            "{sees} {}",
            tf(Key::SharingUntil, &[("day", &format_day(day))])
        ),
        None => format!("{sees} {}", t(Key::SharingUntilWithdrawn)),
    }
}

#[component]
fn SharingForm(sharing: Sharing) -> impl IntoView {
    let action = form_action::<SaveSharing>();
    let error = action_error(action);
    let saved = use_query_map().read_untracked().get("saved").is_some();
    let Some(coach) = sharing.coach.clone() else {
        return view! {
            <Page title=Key::SharingTitle>
                <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
                <p>{t(Key::SharingWhy)}</p>
                <p>{t(Key::SharingNoCoach)}</p>
            </Page>
        }
        .into_any();
    };
    let now = what_coach_sees(&sharing, &coach);
    let shared = sharing.cv != CvChoice::None;
    let current = sharing.cv.value();
    let kept = move || {
        error
            .get()
            .and_then(|e| e.value("cv"))
            .unwrap_or_else(|| current.clone())
    };
    let problem = move || error.get().and_then(|e| e.field_error("cv"));
    let radio = {
        let kept = kept.clone();
        move |value: String, label: String, first: bool| {
            let id = if first {
                "cv".to_string()
            } else {
                format!("cv-{value}")
            };
            let checked = {
                let kept = kept.clone();
                let value = value.clone();
                move || kept() == value
            };
            view! {
                <div class="checkbox">
                    <input type="radio" id=id.clone() name="cv" value=value checked=checked
                        aria-describedby=move || problem().map(|_| "cv-error")/>
                    <label for=id dir="auto">{label}</label>
                </div>
            }
        }
    };
    let until_value = sharing
        .until
        .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day));
    let choices = sharing
        .cvs
        .iter()
        .map(|c| {
            let label = if c.is_main {
                format!("{} ({})", titled(&c.title), t(Key::CvMain))
            } else {
                titled(&c.title)
            };
            radio(c.id.to_string(), label, false)
        })
        .collect_view();
    view! {
        <Page title=Key::SharingTitle error=error>
            <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
            {saved.then(|| view! {
                <div class="panel" role="status"><p>{t(Key::SharingSaved)}</p></div>
            })}
            <ErrorSummary error=error/>
            <p>{t(Key::SharingWhy)}</p>
            <div class="panel">
                <h2>{t(Key::SharingNowHeading)}</h2>
                <p class="sharing-now" dir="auto">{now}</p>
                {sharing.ended.map(|day| view! {
                    <p>{tf(Key::SharingEnded, &[("day", &format_day(day))])}</p>
                })}
            </div>
            <h2>{t(Key::SharingAlwaysHeading)}</h2>
            <ul>
                <li>{t(Key::SharingAlwaysAccount)}</li>
                <li>{t(Key::SharingAlwaysNotes)}</li>
                <li>{t(Key::SharingAlwaysBookings)}</li>
            </ul>
            <h2>{t(Key::SharingNeverHeading)}</h2>
            <ul>
                <li>{t(Key::SharingNeverPassword)}</li>
                <li>{t(Key::SharingNeverUnshared)}</li>
                <li>{t(Key::SharingNeverHealth)}</li>
            </ul>
            <p>{t(Key::SharingLogged)}" "<a href="/access-log">{t(Key::AccessLogTitle)}</a></p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <fieldset class="field" class:field-error=move || problem().is_some()>
                    <legend dir="auto">{tf(Key::SharingCvLegend, &[("coach", &coach)])}</legend>
                    {move || problem().map(|p| field_message("cv-error".into(), t(p.message("cv"))))}
                    {radio("none".into(), t(Key::SharingCvNone).into(), true)}
                    {(sharing.cvs.len() > 1).then(|| radio("all".into(), t(Key::SharingCvAll).into(), false))}
                    {choices}
                </fieldset>
                <TextField name="until" label=Key::SharingUntilLabel hint=Key::SharingUntilHint
                    kind="date" value=until_value.unwrap_or_default() error=error/>
                <Submit label=Key::SharingSaveButton/>
            </ActionForm>
            {shared.then(|| view! {
                <p><a class="button warning" href="/sharing/stop">{t(Key::SharingStopLink)}</a></p>
            })}
            <p><a href="/sharing/history">{t(Key::ConsentHistoryTitle)}</a></p>
        </Page>
    }
    .into_any()
}

/// `/sharing/stop`: asks before everything stops being shared.
#[component]
pub fn StopSharingPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let action = form_action::<StopSharing>();
                let error = action_error(action);
                let sharing = Resource::new(|| (), |_| fetch_sharing());
                view! {
                    <Page title=Key::StopSharingTitle error=error>
                        <ErrorSummary error=error/>
                        <Suspense>
                            {move || Suspend::new(async move {
                                let coach = sharing.await.ok().and_then(|s| s.coach).unwrap_or_default();
                                view! { <p dir="auto">{tf(Key::StopSharingQuestion, &[("coach", &coach)])}</p> }
                            })}
                        </Suspense>
                        <ActionForm action=action attr:class="form">
                            <Submit label=Key::StopSharingButton warning=true/>
                        </ActionForm>
                        <p><a href="/sharing" class="button secondary">{t(Key::CancelLink)}</a></p>
                    </Page>
                }
            }
        </RequireRole>
    }
}

/// `/sharing/stopped`: the confirmation.
#[component]
pub fn SharingStoppedPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <Page title=Key::SharingStoppedTitle>
                <div class="panel" role="status"><p>{t(Key::SharingStoppedText)}</p></div>
                <p>{t(Key::SharingStoppedNext)}</p>
                <p><a class="button" href="/home">{t(Key::SharingStoppedHome)}</a></p>
                <p><a href="/sharing">{t(Key::SharingTitle)}</a></p>
            </Page>
        </RequireRole>
    }
}

fn consent_sentence(line: &ConsentLine) -> String {
    let coach = line.coach.as_str();
    let what = match (&line.cv, line.change) {
        (_, ConsentChange::Withdrawn) => tf(Key::ConsentWithdrawn, &[("coach", coach)]),
        (Some(cv), change) => {
            let key = if change == ConsentChange::Granted {
                Key::ConsentGrantedOne
            } else {
                Key::ConsentChangedOne
            };
            tf(key, &[("coach", coach), ("cv", &titled(cv))])
        }
        (None, change) => {
            let key = if change == ConsentChange::Granted {
                Key::ConsentGrantedAll
            } else {
                Key::ConsentChangedAll
            };
            tf(key, &[("coach", coach)])
        }
    };
    match (line.until, line.change) {
        (Some(day), ConsentChange::Granted | ConsentChange::Changed) => format!(
            "{what} {}",
            tf(Key::SharingUntil, &[("day", &format_day(day))])
        ),
        _ => what,
    }
}

/// A participant's page of dated lines, newest first: `load` fetches them, `line` draws one.
fn log_page<T, Fut>(
    title: Key,
    back: &'static str,
    intro: Key,
    empty: Key,
    load: fn() -> Fut,
    line: fn(T) -> AnyView,
) -> impl IntoView
where
    T: Clone + Serialize + serde::de::DeserializeOwned + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<Vec<T>, AppError>> + Send + 'static,
{
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let lines = Resource::new(|| (), move |_| load());
                view! {
                    <Page title=title>
                        <p><a href=back class="back">{t(Key::BackLink)}</a></p>
                        <p>{t(intro)}</p>
                        <Suspense>
                            {move || Suspend::new(async move {
                                match lines.await {
                                    Ok(lines) if lines.is_empty() => view! { <p>{t(empty)}</p> }.into_any(),
                                    Ok(lines) => view! {
                                        <ol class="log">{lines.into_iter().map(line).collect_view()}</ol>
                                    }.into_any(),
                                    Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                                }
                            })}
                        </Suspense>
                    </Page>
                }
            }
        </RequireRole>
    }
}

/// `/sharing/history`: every consent given, changed and withdrawn, newest first.
#[component]
pub fn ConsentHistoryPage() -> impl IntoView {
    log_page(
        Key::ConsentHistoryTitle,
        "/sharing",
        Key::ConsentHistoryIntro,
        Key::ConsentHistoryEmpty,
        consent_history,
        |line| {
            view! {
                <li>
                    <p class="log-when">{format_moment(line.at)}</p>
                    <p dir="auto">{consent_sentence(&line)}</p>
                    <p class="hint">{tf(Key::ConsentWording, &[("version", &line.wording_version.to_string())])}</p>
                </li>
            }
            .into_any()
        },
    )
}

/// "Coach Anna Berg såg ditt CV ”Lager”, tisdag 3 december 2026 14:02".
pub fn look_sentence(line: &LookLine) -> String {
    let who = match line.reader_role {
        Role::Admin => tf(Key::LookWhoAdmin, &[("name", &line.reader)]),
        _ => tf(Key::LookWhoCoach, &[("name", &line.reader)]),
    };
    let cv = line
        .cv
        .as_deref()
        .map(titled)
        .unwrap_or_else(|| t(Key::LookDeletedCv).to_string());
    let key = match (line.part, line.how) {
        (SharedPart::Cv, ReadHow::View) => Key::LookCvView,
        (SharedPart::Cv, ReadHow::Pdf) => Key::LookCvPdf,
        (SharedPart::Cv, ReadHow::Json) => Key::LookCvJson,
    };
    tf(
        key,
        &[
            ("who", &who),
            ("cv", &cv),
            ("when", &format_moment(line.at)),
        ],
    )
}

/// `/access-log`: "Vem har tittat?", newest first.
#[component]
pub fn AccessLogPage() -> impl IntoView {
    log_page(
        Key::AccessLogTitle,
        "/home",
        Key::AccessLogIntro,
        Key::AccessLogEmpty,
        access_log,
        |line| view! { <li dir="auto">{look_sentence(&line)}</li> }.into_any(),
    )
}
