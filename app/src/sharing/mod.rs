//! "Dela med min coach": the participant chooses what their coach may see, for how long,
//! and takes it back at once; the consent history behind it; and "Vem har tittat?", every
//! look a coach or an admin took at their data. Whether a coach may read something is
//! decided in `ssr::access`, on every request, from what is stored here: nothing about a
//! share is cached anywhere.
#[cfg(feature = "ssr")]
pub mod store;
use crate::auth::{RequireRole, Role};
#[cfg(feature = "ssr")]
use crate::cv::store::CvStore;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::{FieldProblem, Invalid};
use crate::i18n::{format_day, format_moment, t, tf, tp, CalendarDay, Key, Moment};
use crate::ids::CvId;
#[cfg(feature = "ssr")]
use crate::sharing::store::SharingStore;
use crate::ui::{action_error, field_message, form_action, ErrorSummary, Page, Submit, TextField};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod reads;

/// A part of a participant's data they can share with their coach, each on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SharedPart {
    Cv,
    /// "Mina styrkor": strengths with examples, interests, work wanted, conditions.
    Strengths,
    /// The notes on earlier jobs: never shared with the strengths, only on their own.
    History,
    /// "Mina språk": levels, SFI, where each language was used.
    Languages,
    /// "Språkmål": the goals and their practice log.
    Goals,
}

impl SharedPart {
    /// In the order the pages list them.
    pub const ALL: [SharedPart; 5] = [
        SharedPart::Cv,
        SharedPart::Strengths,
        SharedPart::History,
        SharedPart::Languages,
        SharedPart::Goals,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SharedPart::Cv => "cv",
            SharedPart::Strengths => "strengths",
            SharedPart::History => "history",
            SharedPart::Languages => "languages",
            SharedPart::Goals => "goals",
        }
    }

    pub fn parse(code: &str) -> Option<SharedPart> {
        SharedPart::ALL.into_iter().find(|p| p.code() == code)
    }

    /// Its name, as a heading or in a list ("Mina styrkor").
    pub fn name(self) -> Key {
        match self {
            SharedPart::Cv => Key::SharedPartCv,
            SharedPart::Strengths => Key::SharedPartStrengths,
            SharedPart::History => Key::SharedPartHistory,
            SharedPart::Languages => Key::SharedPartLanguages,
            SharedPart::Goals => Key::SharedPartGoals,
        }
    }

    /// What it holds, in plain words, for the one deciding whether to share it.
    pub fn contents(self) -> Key {
        match self {
            SharedPart::Cv => Key::SharePartCvHolds,
            SharedPart::Strengths => Key::SharePartStrengthsHolds,
            SharedPart::History => Key::SharePartHistoryHolds,
            SharedPart::Languages => Key::SharePartLanguagesHolds,
            SharedPart::Goals => Key::SharePartGoalsHolds,
        }
    }

    /// It as the object of a sentence ("dina styrkor").
    pub fn object(self) -> Key {
        match self {
            SharedPart::Cv => Key::SharePartCvObject,
            SharedPart::Strengths => Key::SharePartStrengthsObject,
            SharedPart::History => Key::SharePartHistoryObject,
            SharedPart::Languages => Key::SharePartLanguagesObject,
            SharedPart::Goals => Key::SharePartGoalsObject,
        }
    }

    /// Its sharing screen's question, the screen's heading.
    pub fn share_title(self) -> Key {
        match self {
            SharedPart::Cv => Key::ShareTitleCv,
            SharedPart::Strengths => Key::ShareTitleStrengths,
            SharedPart::History => Key::ShareTitleHistory,
            SharedPart::Languages => Key::ShareTitleLanguages,
            SharedPart::Goals => Key::ShareTitleGoals,
        }
    }

    /// The participant's own page of it.
    pub fn page(self) -> &'static str {
        match self {
            SharedPart::Cv => "/cv",
            SharedPart::Strengths => "/strengths",
            SharedPart::History => "/strengths/history",
            SharedPart::Languages => "/languages",
            SharedPart::Goals => "/goals",
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
/// what the page says about sharing changes (2: every part on its own line).
pub const CONSENT_WORDING: i64 = 2;

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

/// One part's share as the pages say it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartShare {
    pub part: SharedPart,
    /// The coach sees it now.
    pub shared: bool,
    /// The last day of the share in force, if it has one.
    pub until: Option<CalendarDay>,
    /// The last day of a share that has run out.
    pub ended: Option<CalendarDay>,
}

/// The sharing pages' facts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sharing {
    /// The assigned coach's name; nothing can be shared without one.
    pub coach: Option<String>,
    pub cvs: Vec<CvOption>,
    /// Which CVs the coach sees now (a run-out share is `None`).
    pub cv: CvChoice,
    /// Every part, in [`SharedPart::ALL`]'s order.
    pub parts: Vec<PartShare>,
}

impl Sharing {
    pub fn part(&self, part: SharedPart) -> PartShare {
        self.parts
            .iter()
            .find(|p| p.part == part)
            .cloned()
            .unwrap_or(PartShare {
                part,
                shared: false,
                until: None,
                ended: None,
            })
    }
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
    use crate::ssr::store::UserRecord;
    use crate::ssr::ServerState;

    /// The signed-in participant, allowed to `act` on their own sharing.
    pub async fn me(act: Act) -> Result<(ServerState, UserRecord), AppError> {
        let (state, me) = crate::ssr::require(&[Role::Participant]).await?;
        authorize_own(&me, Part::Sharing, act, me.id)?;
        Ok((state, me))
    }

    pub async fn cv_options(
        state: &ServerState,
        me: &UserRecord,
    ) -> Result<Vec<CvOption>, AppError> {
        let records = state.store.of::<dyn CvStore>()?.list_cvs(me.id).await?;
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
    let (state, me) = server::me(Act::Read).await?;
    let cvs = server::cv_options(&state, &me).await?;
    let Some(coach_id) = me.coach_id else {
        return Ok(Sharing {
            coach: None,
            cvs,
            cv: CvChoice::None,
            parts: Vec::new(),
        });
    };
    let coach = state.accounts.find_user(coach_id).await?;
    let shares = state
        .store
        .of::<dyn SharingStore>()?
        .shares_of(me.id, coach_id)
        .await?;
    let now = state.clock.unix();
    // Stored as the first instant after the last day.
    let last_day =
        |s: &crate::sharing::store::ShareRecord| s.ends_at.and_then(|end| day_of_unix(end - 1));
    let parts = SharedPart::ALL
        .into_iter()
        .map(|part| {
            let share = shares.iter().find(|s| s.part == part);
            let holding = share.filter(|s| s.holds(now));
            PartShare {
                part,
                shared: holding.is_some(),
                until: holding.and_then(last_day),
                ended: share.filter(|s| !s.holds(now)).and_then(last_day),
            }
        })
        .collect();
    let cv = match shares
        .iter()
        .find(|s| s.part == SharedPart::Cv && s.holds(now))
    {
        None => CvChoice::None,
        Some(s) => s.cv.map_or(CvChoice::All, CvChoice::One),
    };
    Ok(Sharing {
        coach: coach.map(|c| c.display_name),
        cvs,
        cv,
        parts,
    })
}

/// Saves what the coach may see of one part (`part`, the CV when not given): for the CV,
/// `cv` is `none`, `all` or one CV's id; for the others `share` is `yes` or `no`. `until`
/// is an optional last day (`YYYY-MM-DD`). Choosing not to share withdraws at once.
#[server(prefix = "/api", endpoint = "save-sharing")]
pub async fn save_sharing(
    part: Option<String>,
    cv: Option<String>,
    share: Option<String>,
    until: Option<String>,
) -> Result<(), AppError> {
    use crate::sharing::store::ShareGrant;
    use crate::ssr::access::Act;
    use crate::ssr::clock::{end_of_day, parse_day};
    let (state, me) = server::me(Act::Change).await?;
    let part = match part.as_deref().map(str::trim) {
        None | Some("") => SharedPart::Cv,
        Some(code) => SharedPart::parse(code).ok_or(AppError::BadRequest)?,
    };
    let (cv, share, until) = (
        cv.unwrap_or_default(),
        share.unwrap_or_default(),
        until.unwrap_or_default(),
    );
    let refuse = |field: &str, problem: FieldProblem| {
        let mut invalid = Invalid::new();
        invalid.add(field, problem);
        AppError::Invalid(
            invalid
                .keep("cv", &cv)
                .keep("share", &share)
                .keep("until", &until),
        )
    };
    let Some(coach) = me.coach_id else {
        return Err(AppError::NotFound);
    };
    let cvs = server::cv_options(&state, &me).await?;
    // `None`: not shared; `Some(None)`: shared, every CV; `Some(Some(id))`: one CV.
    let chosen: Option<Option<CvId>> = if part == SharedPart::Cv {
        match cv.trim() {
            "none" => None,
            "all" => Some(None),
            id => match id.parse::<CvId>() {
                Ok(id) if cvs.iter().any(|c| c.id == id) => Some(Some(id)),
                _ => return Err(refuse("cv", FieldProblem::UnknownOption)),
            },
        }
    } else {
        match share.trim() {
            "yes" => Some(None),
            "no" => None,
            "" => return Err(refuse("share", FieldProblem::ChooseOne)),
            _ => return Err(refuse("share", FieldProblem::UnknownOption)),
        }
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
    let grant = chosen.map(|cv| ShareGrant {
        cv,
        cv_title: cv.and_then(|id| cvs.iter().find(|c| c.id == id).map(|c| c.title.clone())),
        ends_at,
    });
    let change = state
        .store
        .of::<dyn SharingStore>()?
        .set_share(
            me.id,
            coach,
            part,
            grant,
            CONSENT_WORDING,
            state.clock.unix(),
        )
        .await?;
    tracing::info!(user = %me.id, %coach, part = part.code(), ?change, "sharing saved");
    leptos_axum::redirect(&format!("/sharing?saved={}#{}", part.code(), part.code()));
    Ok(())
}

/// Stops sharing every part with the coach, at once.
#[server(prefix = "/api", endpoint = "stop-sharing")]
pub async fn stop_sharing() -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = server::me(Act::Change).await?;
    if let Some(coach) = me.coach_id {
        let withdrawn = state
            .store
            .of::<dyn SharingStore>()?
            .stop_sharing(me.id, coach, CONSENT_WORDING, state.clock.unix())
            .await?;
        tracing::info!(user = %me.id, %coach, parts = withdrawn.len(), "sharing stopped");
    }
    leptos_axum::redirect("/sharing/stopped");
    Ok(())
}

/// One line of the consent history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentLine {
    pub at: Moment,
    pub coach: String,
    pub part: SharedPart,
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
    let (state, me) = server::me(Act::Read).await?;
    let events = state
        .store
        .of::<dyn SharingStore>()?
        .consent_history(me.id)
        .await?;
    let now = state.clock.now();
    Ok(events
        .into_iter()
        .filter_map(|e| {
            Some(ConsentLine {
                at: moment(e.at, now)?,
                coach: e.coach_name,
                part: e.part,
                change: e.change,
                cv: e.cv.map(|_| e.cv_title.unwrap_or_default()),
                until: e.ends_at.and_then(|end| day_of_unix(end - 1)),
                wording_version: e.wording_version,
            })
        })
        .collect())
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
    /// Reads of the same thing by the same person in one visit, shown as one line.
    pub count: u32,
}

/// Reads within this many seconds of each other, by the same reader, of the same part, the
/// same way, are one visit.
pub const VISIT_SECONDS: i64 = 30 * 60;
/// A visit is never longer than this: a coach reading all day is several visits.
pub const VISIT_MAX_SECONDS: i64 = 2 * 60 * 60;

/// Groups reads (newest first) into visits: one per reader, part, way and CV, each holding
/// the reads that follow one another within [`VISIT_SECONDS`]. Each visit is its newest
/// read's index and the number of reads, in the order of their newest reads.
pub fn visits<K: PartialEq>(reads: &[(K, i64)]) -> Vec<(usize, u32)> {
    // (index of the newest read, key index, time of the oldest read so far, count)
    let mut groups: Vec<(usize, i64, u32)> = Vec::new();
    for (i, (key, at)) in reads.iter().enumerate() {
        let open = groups.iter_mut().find(|(first, oldest, _)| {
            reads[*first].0 == *key
                && *oldest - *at <= VISIT_SECONDS
                && reads[*first].1 - *at <= VISIT_MAX_SECONDS
        });
        match open {
            Some(group) => {
                group.1 = *at;
                group.2 += 1;
            }
            None => groups.push((i, *at, 1)),
        }
    }
    groups.into_iter().map(|(i, _, n)| (i, n)).collect()
}

#[server(prefix = "/api", endpoint = "access-log")]
pub async fn access_log() -> Result<Vec<LookLine>, AppError> {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::clock::moment;
    use crate::ssr::require;
    let (state, me) = require(&[Role::Participant]).await?;
    authorize_own(&me, Part::AccessLog, Act::Read, me.id)?;
    let cvs = server::cv_options(&state, &me).await?;
    let entries = state
        .store
        .of::<dyn SharingStore>()?
        .access_log(me.id)
        .await?;
    let now = state.clock.now();
    let keyed: Vec<_> = entries
        .iter()
        .map(|e| ((e.reader, e.part, e.how, e.cv), e.at))
        .collect();
    Ok(visits(&keyed)
        .into_iter()
        .filter_map(|(i, count)| {
            let e = &entries[i];
            Some(LookLine {
                at: moment(e.at, now)?,
                reader: e.reader_name.clone(),
                reader_role: e.reader_role,
                part: e.part,
                how: e.how,
                cv: e
                    .cv
                    .and_then(|id| cvs.iter().find(|c| c.id == id).map(|c| c.title.clone())),
                count,
            })
        })
        .collect())
}

/// The signed-in participant's sharing, drawn by `show` (with `arg`). The data is awaited,
/// not kept as a resource: these pages have no island, so nothing of it goes into the page
/// but what `show` draws.
fn with_sharing<P: Copy + Send + Sync + 'static>(
    arg: P,
    show: fn(Sharing, P) -> AnyView,
) -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <Suspense>
                {move || Suspend::new(async move {
                    match fetch_sharing().await {
                        Ok(sharing) => show(sharing, arg),
                        Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

/// `/sharing`: every part on its own line, what it holds, whether the coach sees it, and
/// the way to change each and to stop everything.
#[component]
pub fn SharingPage() -> impl IntoView {
    with_sharing((), |sharing, ()| {
        view! { <SharingOverview sharing/> }.into_any()
    })
}

/// "Anna Berg ser ditt CV ”Lager” till och med …": what the coach sees of the CV now.
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
    format!(
        "{sees} {}",
        until_sentence(sharing.part(SharedPart::Cv).until)
    )
}

fn until_sentence(until: Option<CalendarDay>) -> String {
    match until {
        Some(day) => tf(Key::SharingUntil, &[("day", &format_day(day))]),
        None => t(Key::SharingUntilWithdrawn).to_string(),
    }
}

/// Whether the coach sees `share` now, in a sentence about the part.
fn part_sentence(share: &PartShare, coach: &str) -> String {
    if !share.shared {
        return tf(Key::SharePartNotShared, &[("coach", coach)]);
    }
    match share.until {
        Some(day) => tf(
            Key::SharePartSharedUntil,
            &[("coach", coach), ("day", &format_day(day))],
        ),
        None => tf(Key::SharePartShared, &[("coach", coach)]),
    }
}

#[component]
fn NoCoach() -> impl IntoView {
    view! {
        <Page title=Key::SharingTitle>
            <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
            <p>{t(Key::SharingWhy)}</p>
            <p>{t(Key::SharingNoCoach)}</p>
        </Page>
    }
}

#[component]
fn SharingOverview(sharing: Sharing) -> impl IntoView {
    let Some(coach) = sharing.coach.clone() else {
        return view! { <NoCoach/> }.into_any();
    };
    let saved = use_query_map()
        .read_untracked()
        .get("saved")
        .is_some_and(|v| !v.is_empty());
    let any_shared = sharing.parts.iter().any(|p| p.shared);
    let parts = SharedPart::ALL
        .into_iter()
        .map(|part| {
            let share = sharing.part(part);
            let now = if part == SharedPart::Cv {
                what_coach_sees(&sharing, &coach)
            } else {
                part_sentence(&share, &coach)
            };
            let state = if share.shared {
                Key::SharePartStateShared
            } else {
                Key::SharePartStateNotShared
            };
            view! {
                <li class="card" id=part.code()>
                    <h2>{t(part.name())}" "<span class="tag">{t(state)}</span></h2>
                    <p>{t(part.contents())}</p>
                    <p class="sharing-now" dir="auto">{now}</p>
                    {share.ended.map(|day| view! {
                        <p>{tf(Key::SharingEnded, &[("day", &format_day(day))])}</p>
                    })}
                    <p><a class="button secondary" href=format!("/share/{}", part.code())>
                        {t(Key::SharePartChange)}<span class="visually-hidden">": "{t(part.name())}</span>
                    </a></p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::SharingTitle>
            <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
            {saved.then(|| view! {
                <div class="panel" role="status"><p>{t(Key::SharingSaved)}</p></div>
            })}
            <p>{t(Key::SharingWhy)}</p>
            <ul class="cards sharing-parts">{parts}</ul>
            <h2>{t(Key::SharingAlwaysHeading)}</h2>
            <ul>
                <li>{t(Key::SharingAlwaysAccount)}</li>
                <li>{t(Key::SharingAlwaysNotes)}</li>
                <li>{t(Key::SharingAlwaysBookings)}</li>
                <li>{t(Key::SharingAlwaysArrangements)}</li>
            </ul>
            <h2>{t(Key::SharingNeverHeading)}</h2>
            <ul>
                <li>{t(Key::SharingNeverPassword)}</li>
                <li>{t(Key::SharingNeverUnshared)}</li>
                <li>{t(Key::SharingNeverHealth)}</li>
            </ul>
            <p>{t(Key::SharingLogged)}" "<a href="/access-log">{t(Key::AccessLogTitle)}</a></p>
            {any_shared.then(|| view! {
                <p><a class="button warning" href="/sharing/stop">{t(Key::SharingStopLink)}</a></p>
            })}
            <p><a href="/sharing/history">{t(Key::ConsentHistoryTitle)}</a></p>
        </Page>
    }
    .into_any()
}

/// `/share/:part`: whether the coach may see one part, and until when.
#[component]
pub fn SharePartPage() -> impl IntoView {
    let part = leptos_router::hooks::use_params_map()
        .read_untracked()
        .get("part")
        .and_then(|code| SharedPart::parse(&code));
    let Some(part) = part else {
        return view! { <crate::pages::NotFound/> }.into_any();
    };
    with_sharing(part, |sharing, part| {
        view! { <SharePartForm sharing part/> }.into_any()
    })
    .into_any()
}

#[component]
fn SharePartForm(sharing: Sharing, part: SharedPart) -> impl IntoView {
    let action = form_action::<SaveSharing>();
    let error = action_error(action);
    let Some(coach) = sharing.coach.clone() else {
        return view! { <NoCoach/> }.into_any();
    };
    let share = sharing.part(part);
    let now = if part == SharedPart::Cv {
        what_coach_sees(&sharing, &coach)
    } else {
        part_sentence(&share, &coach)
    };
    let (name, legend, stored, options) = if part == SharedPart::Cv {
        let mut options = vec![("none".to_string(), t(Key::SharingCvNone).to_string())];
        if sharing.cvs.len() > 1 {
            options.push(("all".into(), t(Key::SharingCvAll).into()));
        }
        options.extend(sharing.cvs.iter().map(|c| {
            let label = if c.is_main {
                format!("{} ({})", titled(&c.title), t(Key::CvMain))
            } else {
                titled(&c.title)
            };
            (c.id.to_string(), label)
        }));
        (
            "cv",
            tf(Key::SharingCvLegend, &[("coach", &coach)]),
            sharing.cv.value(),
            options,
        )
    } else {
        let stored = if share.shared { "yes" } else { "no" };
        (
            "share",
            tf(
                Key::SharePartLegend,
                &[("coach", &coach), ("part", t(part.object()))],
            ),
            stored.to_string(),
            vec![
                (
                    "yes".to_string(),
                    tf(Key::SharePartYes, &[("coach", &coach)]),
                ),
                ("no".to_string(), t(Key::SharePartNo).to_string()),
            ],
        )
    };
    let problem = move || error.get().and_then(|e| e.field_error(name));
    let chosen = move || {
        error
            .get()
            .and_then(|e| e.value(name))
            .unwrap_or_else(|| stored.clone())
    };
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            let id = if i == 0 {
                name.to_string()
            } else {
                format!("{name}-{value}")
            };
            let checked = {
                let chosen = chosen.clone();
                let value = value.clone();
                move || chosen() == value
            };
            view! {
                <div class="checkbox">
                    <input type="radio" id=id.clone() name=name value=value checked=checked
                        aria-describedby=move || problem().map(|_| format!("{name}-error"))/>
                    <label for=id dir="auto">{label}</label>
                </div>
            }
        })
        .collect_view();
    let until_value = share
        .until
        .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day));
    view! {
        <Page title=part.share_title() error=error>
            <p><a href=format!("/sharing#{}", part.code()) class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <p>{t(part.contents())}</p>
            {(part == SharedPart::History).then(|| view! { <p>{t(Key::SharePartHistoryWarning)}</p> })}
            <div class="panel">
                <h2>{t(Key::SharingNowHeading)}</h2>
                <p class="sharing-now" dir="auto">{now}</p>
                {share.ended.map(|day| view! {
                    <p>{tf(Key::SharingEnded, &[("day", &format_day(day))])}</p>
                })}
            </div>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="part" value=part.code()/>
                <fieldset class="field" class:field-error=move || problem().is_some()>
                    <legend dir="auto">{legend}</legend>
                    {move || problem().map(|p| field_message(format!("{name}-error"), t(p.message(name))))}
                    {radios}
                </fieldset>
                <TextField name="until" label=Key::SharingUntilLabel hint=Key::SharingUntilHint
                    kind="date" value=until_value.unwrap_or_default() error=error/>
                <Submit label=Key::SharingSaveButton/>
            </ActionForm>
            <p><a href=part.page()>{t(Key::SharePartOpenOwn)}</a></p>
        </Page>
    }
    .into_any()
}

/// On a part's own page: whether the coach sees it now, and the way to change that.
#[component]
pub fn ShareStatus(part: SharedPart) -> impl IntoView {
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let Ok(sharing) = fetch_sharing().await else {
                    return ().into_any();
                };
                let share = sharing.part(part);
                let sentence = match (&sharing.coach, share.shared, share.until) {
                    (None, ..) => t(Key::ShareStatusNoCoach).to_string(),
                    (Some(_), false, _) => t(Key::ShareStatusNot).to_string(),
                    (Some(_), true, Some(day)) => tf(Key::ShareStatusUntil, &[("day", &format_day(day))]),
                    (Some(_), true, None) => t(Key::ShareStatusShared).to_string(),
                };
                view! {
                    <p class="share-status">{sentence}" "
                        {sharing.coach.is_some().then(|| view! {
                            <a href=format!("/share/{}", part.code())>{t(Key::ShareStatusLink)}</a>
                        })}
                    </p>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// `/sharing/stop`: asks before everything stops being shared.
#[component]
pub fn StopSharingPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let action = form_action::<StopSharing>();
                let error = action_error(action);
                view! {
                    <Page title=Key::StopSharingTitle error=error>
                        <ErrorSummary error=error/>
                        <Suspense>
                            {move || Suspend::new(async move {
                                let coach = fetch_sharing().await.ok().and_then(|s| s.coach).unwrap_or_default();
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
    let what = match (line.part, &line.cv, line.change) {
        (SharedPart::Cv, _, ConsentChange::Withdrawn) => {
            tf(Key::ConsentWithdrawn, &[("coach", coach)])
        }
        (SharedPart::Cv, Some(cv), change) => {
            let key = if change == ConsentChange::Granted {
                Key::ConsentGrantedOne
            } else {
                Key::ConsentChangedOne
            };
            tf(key, &[("coach", coach), ("cv", &titled(cv))])
        }
        (SharedPart::Cv, None, change) => {
            let key = if change == ConsentChange::Granted {
                Key::ConsentGrantedAll
            } else {
                Key::ConsentChangedAll
            };
            tf(key, &[("coach", coach)])
        }
        (part, _, change) => {
            let key = match change {
                ConsentChange::Granted => Key::ConsentPartGranted,
                ConsentChange::Changed => Key::ConsentPartChanged,
                ConsentChange::Withdrawn => Key::ConsentPartWithdrawn,
            };
            tf(key, &[("coach", coach), ("part", t(part.object()))])
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

/// A participant's page of dated lines: `load` fetches them, `list` draws them.
fn log_page<T, Fut>(
    title: Key,
    back: &'static str,
    intro: Key,
    empty: Key,
    load: fn() -> Fut,
    list: fn(Vec<T>) -> AnyView,
) -> impl IntoView
where
    T: Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<Vec<T>, AppError>> + Send + 'static,
{
    view! {
        <RequireRole roles=&[Role::Participant]>
            <Page title=title>
                <p><a href=back class="back">{t(Key::BackLink)}</a></p>
                <p>{t(intro)}</p>
                <Suspense>
                    {move || Suspend::new(async move {
                        match load().await {
                            Ok(lines) if lines.is_empty() => view! { <p>{t(empty)}</p> }.into_any(),
                            Ok(lines) => list(lines),
                            Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                        }
                    })}
                </Suspense>
            </Page>
        </RequireRole>
    }
}

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

/// "Coach Anna Berg såg ditt CV ”Lager”, tisdag 3 december 2026 14:02"; "Coach Anna Berg
/// såg dina styrkor, …".
pub fn look_sentence(line: &LookLine) -> String {
    let who = match line.reader_role {
        Role::Admin => tf(Key::LookWhoAdmin, &[("name", &line.reader)]),
        _ => tf(Key::LookWhoCoach, &[("name", &line.reader)]),
    };
    let when = format_moment(line.at);
    if line.part != SharedPart::Cv {
        return tf(
            Key::LookPartView,
            &[
                ("who", &who),
                ("part", t(line.part.object())),
                ("when", &when),
            ],
        );
    }
    let cv = line
        .cv
        .as_deref()
        .map(titled)
        .unwrap_or_else(|| t(Key::LookDeletedCv).to_string());
    let key = match line.how {
        ReadHow::View => Key::LookCvView,
        ReadHow::Pdf => Key::LookCvPdf,
        ReadHow::Json => Key::LookCvJson,
    };
    tf(key, &[("who", &who), ("cv", &cv), ("when", &when)])
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
        |lines| {
            view! {
                <ol class="log">
                    {lines.into_iter().map(|line| view! {
                        <li>
                            <p dir="auto">{look_sentence(&line)}</p>
                            {(line.count > 1).then(|| view! {
                                <p class="hint">{tp(Key::LookCount, "count", u64::from(line.count), &[])}</p>
                            })}
                        </li>
                    }).collect_view()}
                </ol>
            }
            .into_any()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_in_one_visit_are_one_line_with_their_count() {
        let m = 60;
        // Newest first: the coach read the strengths three times in ten minutes, the goals
        // once between, and the strengths again the next day.
        let reads = [
            ("strengths", 86_400 + 10 * m),
            ("strengths", 10 * m),
            ("goals", 8 * m),
            ("strengths", 5 * m),
            ("strengths", 0),
        ];
        assert_eq!(visits(&reads), [(0, 1), (1, 3), (2, 1)]);
        // A visit grows while the reads keep coming within the window of each other.
        let steady: Vec<_> = (0..5).map(|i| ("cv", (4 - i) * 20 * m)).collect();
        assert_eq!(visits(&steady), [(0, 5)]);
        // ... but never beyond two hours: reads every 25 minutes all day are several visits.
        let all_day: Vec<_> = (0..20).map(|i| ("cv", (19 - i) * 25 * m)).collect();
        assert!(visits(&all_day).len() >= 4, "{:?}", visits(&all_day));
        assert!(visits::<&str>(&[]).is_empty());
    }
}
