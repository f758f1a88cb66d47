//! "Dela med min coach": the participant chooses what their coach may see, for how long,
//! and takes it back at once; the consent history behind it; and "Vem har tittat?", every
//! look a coach or an admin took at their data. Whether a coach may read something is
//! decided in `ssr::access`, on every request, from what is stored here: nothing about a
//! share is cached anywhere.
#[cfg(feature = "ssr")]
pub mod store;
use crate::auth::{RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{format_day, format_moment, t, tf, tp, CalendarDay, Key, Moment};
use crate::ids::CvId;
use crate::ui::{field_message, form, ErrorSummary, Page, Submit, TextField};
#[cfg(feature = "ssr")]
use crate::{
    error::{FieldProblem, Invalid},
    sharing::store::SharingStore,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod reads;

mod api;
pub use api::*;
mod views;
pub use views::*;

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
    /// "Mina ansökningar": the job applications and what came of them.
    Applications,
}

impl SharedPart {
    /// In the order the pages list them.
    pub const ALL: [SharedPart; 6] = [
        SharedPart::Cv,
        SharedPart::Strengths,
        SharedPart::History,
        SharedPart::Languages,
        SharedPart::Goals,
        SharedPart::Applications,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SharedPart::Cv => "cv",
            SharedPart::Strengths => "strengths",
            SharedPart::History => "history",
            SharedPart::Languages => "languages",
            SharedPart::Goals => "goals",
            SharedPart::Applications => "applications",
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
            SharedPart::Applications => Key::ApplicationsSharedPart,
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
            SharedPart::Applications => Key::ApplicationsShareHolds,
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
            SharedPart::Applications => Key::ApplicationsShareObject,
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
            SharedPart::Applications => Key::ApplicationsShareTitle,
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
            SharedPart::Applications => "/applications",
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
mod server;

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
