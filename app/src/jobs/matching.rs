//! Matching a job lead to a participant, from only what the person shares with their coach:
//! the strengths part (interests, work wanted, conditions for success) and the languages
//! part. The answer is every reason and every mismatch in words, never a number; a person
//! who shares neither is not matched at all (ask them). Pure: no store, no clock.
use super::LeadDetails;
use crate::cv::cefr::{summary, Cefr};
use crate::i18n::{format_day, t, tf, CalendarDay, Key};
use crate::languages::LanguagesDoc;
use crate::strengths::catalogue::MEANS;
use crate::strengths::StrengthsDoc;
use serde::{Deserialize, Serialize};

/// One reason a lead fits a person, or one way it does not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Why {
    WantsWork(String),
    Interested(String),
    HoursFull,
    HoursPart,
    HoursSpecific,
    NotFullTime,
    WantsFullTime,
    OnlyCertainTimes,
    PhysicalFine,
    TooHeavy,
    Indoors,
    Outdoors,
    NotIndoors,
    NotOutdoors,
    Quiet,
    Busy,
    NotQuiet,
    NotBusy,
    Alone,
    Team,
    NotAlone,
    NotTeam,
    /// The ways (codes of `MEANS`) the person can get there.
    CanGetThere(Vec<String>),
    /// The ways the workplace can be reached, none of them the person's.
    CannotGetThere(Vec<String>),
    StartNow,
    StartOn(CalendarDay),
    StartsLater(CalendarDay),
    LanguageEnough {
        language: String,
        level: Cefr,
    },
    LanguageNative {
        language: String,
    },
    LanguageShort {
        language: String,
        level: Cefr,
        needs: Cefr,
    },
    LanguageMissing {
        language: String,
        needs: Cefr,
    },
}

impl Why {
    /// The reason in the page's language.
    pub fn text(&self) -> String {
        let isolate = |s: &str| format!("\u{2068}{s}\u{2069}");
        let means = |codes: &[String]| {
            MEANS
                .iter()
                .filter(|(code, _)| codes.iter().any(|c| c == code))
                .map(|(_, key)| t(*key).to_lowercase())
                .collect::<Vec<_>>()
                .join(&format!("{} ", t(Key::ListSeparator)))
        };
        match self {
            Why::WantsWork(what) => tf(Key::MatchWantsWork, &[("what", &isolate(what))]),
            Why::Interested(what) => tf(Key::MatchInterested, &[("what", &isolate(what))]),
            Why::HoursFull => t(Key::MatchHoursFull).into(),
            Why::HoursPart => t(Key::MatchHoursPart).into(),
            Why::HoursSpecific => t(Key::MatchHoursSpecific).into(),
            Why::NotFullTime => t(Key::MatchNotFullTime).into(),
            Why::WantsFullTime => t(Key::MatchWantsFullTime).into(),
            Why::OnlyCertainTimes => t(Key::MatchOnlyCertainTimes).into(),
            Why::PhysicalFine => t(Key::MatchPhysicalFine).into(),
            Why::TooHeavy => t(Key::MatchTooHeavy).into(),
            Why::Indoors => t(Key::MatchIndoors).into(),
            Why::Outdoors => t(Key::MatchOutdoors).into(),
            Why::NotIndoors => t(Key::MatchNotIndoors).into(),
            Why::NotOutdoors => t(Key::MatchNotOutdoors).into(),
            Why::Quiet => t(Key::MatchQuiet).into(),
            Why::Busy => t(Key::MatchBusy).into(),
            Why::NotQuiet => t(Key::MatchNotQuiet).into(),
            Why::NotBusy => t(Key::MatchNotBusy).into(),
            Why::Alone => t(Key::MatchAlone).into(),
            Why::Team => t(Key::MatchTeam).into(),
            Why::NotAlone => t(Key::MatchNotAlone).into(),
            Why::NotTeam => t(Key::MatchNotTeam).into(),
            Why::CanGetThere(codes) => tf(Key::MatchCanGetThere, &[("how", &means(codes))]),
            Why::CannotGetThere(codes) => tf(Key::MatchCannotGetThere, &[("how", &means(codes))]),
            Why::StartNow => t(Key::MatchStartNow).into(),
            Why::StartOn(day) => tf(Key::MatchStartOn, &[("day", &format_day(*day))]),
            Why::StartsLater(day) => tf(Key::MatchStartsLater, &[("day", &format_day(*day))]),
            Why::LanguageEnough { language, level } => tf(
                Key::MatchLanguageEnough,
                &[("language", &isolate(language)), ("level", level.code())],
            ),
            Why::LanguageNative { language } => tf(
                Key::MatchLanguageNative,
                &[("language", &isolate(language))],
            ),
            Why::LanguageShort {
                language,
                level,
                needs,
            } => tf(
                Key::MatchLanguageShort,
                &[
                    ("language", &isolate(language)),
                    ("level", level.code()),
                    ("needs", needs.code()),
                ],
            ),
            Why::LanguageMissing { language, needs } => tf(
                Key::MatchLanguageMissing,
                &[("language", &isolate(language)), ("needs", needs.code())],
            ),
        }
    }
}

/// What one person shares that the matching reads (`None`: not shared).
#[derive(Clone, Debug, Default)]
pub struct Candidate<'a> {
    pub strengths: Option<&'a StrengthsDoc>,
    pub languages: Option<&'a LanguagesDoc>,
}

/// A person matched to a lead.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fit {
    pub reasons: Vec<Why>,
    pub mismatches: Vec<Why>,
}

/// The lead (`title` and `details`) matched to one person, on `today` (`YYYY-MM-DD`, a
/// Stockholm day); `None` when the person shares nothing the matching reads.
pub fn fit(
    title: &str,
    lead: &LeadDetails,
    person: &Candidate,
    today: &str,
    day: fn(&str) -> Option<CalendarDay>,
) -> Option<Fit> {
    if person.strengths.is_none() && person.languages.is_none() {
        return None;
    }
    let mut fit = Fit::default();
    if let Some(s) = person.strengths {
        wanted(title, lead, s, &mut fit);
        conditions(lead, s, &mut fit);
        reach(lead, s, &mut fit);
        start(lead, s, today, day, &mut fit);
    }
    if let Some(l) = person.languages {
        languages(lead, l, &mut fit);
    }
    Some(fit)
}

/// The lowercase words of a text, of three letters or more.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

/// Whether any word of `wish` begins a word of the lead (or the other way round): "kök"
/// matches "köksbiträde", "städning" matches "städ".
fn mentions(lead_words: &[String], wish: &str) -> bool {
    words(wish).iter().any(|w| {
        lead_words
            .iter()
            .any(|l| l.starts_with(w.as_str()) || w.starts_with(l.as_str()))
    })
}

fn wanted(title: &str, lead: &LeadDetails, s: &StrengthsDoc, fit: &mut Fit) {
    let lead_words = words(&format!("{title} {}", lead.tasks));
    for goal in &s.work_goals {
        if mentions(&lead_words, goal) {
            fit.reasons.push(Why::WantsWork(goal.clone()));
        }
    }
    for interest in &s.interests {
        if mentions(&lead_words, interest) {
            fit.reasons.push(Why::Interested(interest.clone()));
        }
    }
}

fn conditions(lead: &LeadDetails, s: &StrengthsDoc, fit: &mut Fit) {
    let both = |name: &str| {
        let l = lead.choices.get(name)?;
        let p = s.conditions.choices.get(name)?;
        Some((l.as_str(), p.as_str()))
    };
    let mut add = |good: bool, why: Why| {
        if good {
            fit.reasons.push(why);
        } else {
            fit.mismatches.push(why);
        }
    };
    match both("hours") {
        Some(("full", "full")) => add(true, Why::HoursFull),
        Some(("part", "part")) => add(true, Why::HoursPart),
        Some(("specific", "specific")) => add(true, Why::HoursSpecific),
        Some(("full", _)) => add(false, Why::NotFullTime),
        Some((_, "full")) => add(false, Why::WantsFullTime),
        Some(("part", "specific")) => add(false, Why::OnlyCertainTimes),
        _ => {}
    }
    let weight = |code: &str| match code {
        "light" => Some(1),
        "some" => Some(2),
        "heavy" => Some(3),
        _ => None,
    };
    if let Some((l, p)) = both("physical") {
        if let (Some(l), Some(p)) = (weight(l), weight(p)) {
            if l <= p {
                add(true, Why::PhysicalFine);
            } else {
                add(false, Why::TooHeavy);
            }
        }
    }
    // The three either-or questions: the lead's answer, the person's, the reason when
    // they agree and the mismatch when the person wants the other.
    let pairs: [(&str, [Answer; 2]); 3] = [
        (
            "place",
            [
                ("indoor", Why::Indoors, Why::NotIndoors),
                ("outdoor", Why::Outdoors, Why::NotOutdoors),
            ],
        ),
        (
            "pace",
            [
                ("quiet", Why::Quiet, Why::NotQuiet),
                ("busy", Why::Busy, Why::NotBusy),
            ],
        ),
        (
            "company",
            [
                ("alone", Why::Alone, Why::NotAlone),
                ("team", Why::Team, Why::NotTeam),
            ],
        ),
    ];
    for (name, answers) in pairs {
        let Some((l, p)) = both(name) else { continue };
        for (code, agree, refuse) in answers {
            if l != code || p == "either" || l == "either" {
                continue;
            }
            if p == code {
                add(true, agree);
            } else {
                add(false, refuse);
            }
        }
    }
}

/// An answer of an either-or question: its code, the reason when both say it, the mismatch
/// when only the lead does.
type Answer = (&'static str, Why, Why);

fn reach(lead: &LeadDetails, s: &StrengthsDoc, fit: &mut Fit) {
    if lead.reach.is_empty() || s.conditions.means.is_empty() {
        return;
    }
    let common: Vec<String> = lead
        .reach
        .iter()
        .filter(|m| s.conditions.means.contains(m))
        .cloned()
        .collect();
    if common.is_empty() {
        fit.mismatches.push(Why::CannotGetThere(lead.reach.clone()));
    } else {
        fit.reasons.push(Why::CanGetThere(common));
    }
}

fn start(
    lead: &LeadDetails,
    s: &StrengthsDoc,
    today: &str,
    day: fn(&str) -> Option<CalendarDay>,
    fit: &mut Fit,
) {
    // Days as `YYYY-MM-DD` compare in calendar order; an empty or unreadable one is "now".
    let is_day = |d: &str| d.len() == 10 && day(d).is_some();
    let from = |d: &str| {
        if is_day(d) && d > today {
            d.to_string()
        } else {
            today.to_string()
        }
    };
    let lead_start = from(&lead.start);
    let person_start = from(&s.conditions.earliest);
    if person_start <= lead_start {
        if person_start.as_str() == today {
            fit.reasons.push(Why::StartNow);
        } else if let Some(d) = day(&person_start) {
            fit.reasons.push(Why::StartOn(d));
        }
    } else if let Some(d) = day(&person_start) {
        fit.mismatches.push(Why::StartsLater(d));
    }
}

/// A language's name as the list knows it (any interface language, any case), else as
/// typed, for comparing.
fn same_language(a: &str, b: &str) -> bool {
    let canon = |name: &str| {
        crate::languages::names::in_cv_language(name, crate::cv::model::CvLanguage::Sv)
            .map(str::to_lowercase)
            .unwrap_or_else(|| name.trim().to_lowercase())
    };
    canon(a) == canon(b)
}

fn languages(lead: &LeadDetails, l: &LanguagesDoc, fit: &mut Fit) {
    for need in &lead.languages {
        let known = l
            .languages
            .iter()
            .find(|k| same_language(&k.name, &need.name));
        if known.is_some_and(|k| k.native) {
            fit.reasons.push(Why::LanguageNative {
                language: need.name.clone(),
            });
            continue;
        }
        let mut level = known.and_then(|k| summary(&k.grid));
        // Swedish passed at SFI counts at the level the course reaches.
        if same_language(&need.name, "Svenska") {
            let passed: Vec<_> = l.sfi.passed.iter().map(|(c, _)| *c).collect();
            level = level.max(crate::languages::sfi::sfi_level(&passed));
        }
        match level {
            Some(level) if level >= need.level => fit.reasons.push(Why::LanguageEnough {
                language: need.name.clone(),
                level,
            }),
            Some(level) => fit.mismatches.push(Why::LanguageShort {
                language: need.name.clone(),
                level,
                needs: need.level,
            }),
            None => fit.mismatches.push(Why::LanguageMissing {
                language: need.name.clone(),
                needs: need.level,
            }),
        }
    }
}

/// The order a lead's page lists matched people in: fewest mismatches, then most reasons,
/// then by name (and id), so that equal fits keep a stable, explainable order.
pub fn rank<T>(people: &mut [(T, String, Fit)])
where
    T: Ord,
{
    people.sort_by(|(a_id, a_name, a), (b_id, b_name, b)| {
        a.mismatches
            .len()
            .cmp(&b.mismatches.len())
            .then(b.reasons.len().cmp(&a.reasons.len()))
            .then(a_name.to_lowercase().cmp(&b_name.to_lowercase()))
            .then(a_id.cmp(b_id))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cv::cefr::uniform;
    use crate::languages::KnownLanguage;
    use crate::strengths::Conditions;
    use std::collections::BTreeMap;

    fn day(d: &str) -> Option<CalendarDay> {
        let mut parts = d.split('-');
        Some(CalendarDay {
            year: parts.next()?.parse().ok()?,
            month: parts.next()?.parse().ok()?,
            day: parts.next()?.parse().ok()?,
            weekday: 1,
        })
    }

    fn choices(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn lead(pairs: &[(&str, &str)]) -> LeadDetails {
        LeadDetails {
            tasks: "Diska, förbereda sallader".into(),
            choices: choices(pairs),
            ..LeadDetails::default()
        }
    }

    fn person(pairs: &[(&str, &str)]) -> StrengthsDoc {
        StrengthsDoc {
            conditions: Conditions {
                choices: choices(pairs),
                ..Conditions::default()
            },
            ..StrengthsDoc::default()
        }
    }

    fn fit_of(lead: &LeadDetails, s: &StrengthsDoc) -> Fit {
        let c = Candidate {
            strengths: Some(s),
            languages: None,
        };
        fit("Köksbiträde", lead, &c, "2026-12-07", day).expect("shares strengths")
    }

    #[test]
    fn nothing_shared_is_not_matched() {
        let l = lead(&[]);
        assert_eq!(
            fit("Köksbiträde", &l, &Candidate::default(), "2026-12-07", day),
            None
        );
    }

    #[test]
    fn work_wanted_and_interests_by_the_words_of_the_lead() {
        let mut s = person(&[]);
        s.work_goals = vec!["Kök".into(), "Lager".into()];
        s.interests = vec!["Sallader och grönsaker".into(), "fotboll".into()];
        let f = fit_of(&lead(&[]), &s);
        assert_eq!(
            f.reasons,
            vec![
                Why::WantsWork("Kök".into()),
                Why::Interested("Sallader och grönsaker".into()),
                Why::StartNow
            ]
        );
        assert!(f.mismatches.is_empty());
    }

    #[test]
    fn each_condition_agrees_or_says_why_not() {
        let l = lead(&[
            ("hours", "full"),
            ("physical", "some"),
            ("place", "outdoor"),
            ("pace", "busy"),
            ("company", "team"),
        ]);
        let agree = person(&[
            ("hours", "full"),
            ("physical", "heavy"),
            ("place", "outdoor"),
            ("pace", "busy"),
            ("company", "team"),
        ]);
        let f = fit_of(&l, &agree);
        assert_eq!(
            f.reasons,
            vec![
                Why::HoursFull,
                Why::PhysicalFine,
                Why::Outdoors,
                Why::Busy,
                Why::Team,
                Why::StartNow
            ]
        );
        let refuse = person(&[
            ("hours", "part"),
            ("physical", "light"),
            ("place", "indoor"),
            ("pace", "quiet"),
            ("company", "alone"),
        ]);
        let f = fit_of(&l, &refuse);
        assert_eq!(
            f.mismatches,
            vec![
                Why::NotFullTime,
                Why::TooHeavy,
                Why::NotOutdoors,
                Why::NotBusy,
                Why::NotTeam
            ]
        );
        // "Det spelar ingen roll" on either side says nothing.
        let either = person(&[
            ("place", "either"),
            ("pace", "either"),
            ("company", "either"),
        ]);
        let f = fit_of(&l, &either);
        assert_eq!(f.reasons, vec![Why::StartNow]);
        assert!(f.mismatches.is_empty());
        // Hours the other way round.
        let f = fit_of(&lead(&[("hours", "part")]), &person(&[("hours", "full")]));
        assert_eq!(f.mismatches, vec![Why::WantsFullTime]);
        let f = fit_of(
            &lead(&[("hours", "part")]),
            &person(&[("hours", "specific")]),
        );
        assert_eq!(f.mismatches, vec![Why::OnlyCertainTimes]);
    }

    #[test]
    fn getting_there() {
        let mut l = lead(&[]);
        l.reach = vec!["transit".into(), "car".into()];
        let mut s = person(&[]);
        s.conditions.means = vec!["walk".into(), "transit".into()];
        assert!(fit_of(&l, &s)
            .reasons
            .contains(&Why::CanGetThere(vec!["transit".into()])));
        s.conditions.means = vec!["bike".into()];
        assert_eq!(
            fit_of(&l, &s).mismatches,
            vec![Why::CannotGetThere(vec!["transit".into(), "car".into()])]
        );
    }

    #[test]
    fn starting() {
        let mut l = lead(&[]);
        let mut s = person(&[]);
        s.conditions.earliest = "2026-12-01".into();
        assert!(fit_of(&l, &s).reasons.contains(&Why::StartNow));
        l.start = "2027-01-10".into();
        s.conditions.earliest = "2027-01-04".into();
        assert!(fit_of(&l, &s)
            .reasons
            .contains(&Why::StartOn(day("2027-01-04").expect("a day"))));
        s.conditions.earliest = "2027-02-01".into();
        assert_eq!(
            fit_of(&l, &s).mismatches,
            vec![Why::StartsLater(day("2027-02-01").expect("a day"))]
        );
    }

    fn spoken(name: &str, level: Option<Cefr>, native: bool) -> KnownLanguage {
        KnownLanguage {
            name: name.into(),
            native,
            grid: level.map(uniform).unwrap_or_default(),
            open: Vec::new(),
        }
    }

    fn languages_fit(needs: &[(&str, Cefr)], doc: &LanguagesDoc) -> Fit {
        let l = LeadDetails {
            languages: needs
                .iter()
                .map(|(name, level)| super::super::LeadLanguage {
                    name: name.to_string(),
                    level: *level,
                })
                .collect(),
            ..LeadDetails::default()
        };
        let c = Candidate {
            strengths: None,
            languages: Some(doc),
        };
        fit("Städare", &l, &c, "2026-12-07", day).expect("shares languages")
    }

    #[test]
    fn language_levels() {
        let doc = LanguagesDoc {
            languages: vec![
                spoken("Svenska", Some(Cefr::B1), false),
                spoken("Arabiska", None, true),
                spoken("English", Some(Cefr::A2), false),
            ],
            ..LanguagesDoc::default()
        };
        let f = languages_fit(&[("svenska", Cefr::B1), ("Engelska", Cefr::B1)], &doc);
        assert_eq!(
            f.reasons,
            vec![Why::LanguageEnough {
                language: "svenska".into(),
                level: Cefr::B1
            }]
        );
        // Named in another interface language, still the same language.
        assert_eq!(
            f.mismatches,
            vec![Why::LanguageShort {
                language: "Engelska".into(),
                level: Cefr::A2,
                needs: Cefr::B1
            }]
        );
        let f = languages_fit(&[("العربية", Cefr::C1), ("Tigrinja", Cefr::A2)], &doc);
        assert_eq!(
            f.reasons,
            vec![Why::LanguageNative {
                language: "العربية".into()
            }]
        );
        assert_eq!(
            f.mismatches,
            vec![Why::LanguageMissing {
                language: "Tigrinja".into(),
                needs: Cefr::A2
            }]
        );
    }

    #[test]
    fn sfi_counts_for_swedish() {
        use crate::languages::sfi::SfiCourse;
        let mut doc = LanguagesDoc::default();
        doc.sfi.passed = vec![(SfiCourse::D, "2026-06-01".into())];
        let f = languages_fit(&[("Svenska", Cefr::A2)], &doc);
        assert!(matches!(f.reasons[..], [Why::LanguageEnough { .. }]));
    }

    #[test]
    fn ranking_fewest_mismatches_then_most_reasons_then_name() {
        let f = |r: usize, m: usize| Fit {
            reasons: vec![Why::StartNow; r],
            mismatches: vec![Why::TooHeavy; m],
        };
        let mut people = vec![
            (1, "Zara".to_string(), f(3, 1)),
            (2, "bo".to_string(), f(1, 0)),
            (3, "Amal".to_string(), f(1, 0)),
            (4, "Dana".to_string(), f(2, 0)),
            (5, "Amal".to_string(), f(1, 0)),
        ];
        rank(&mut people);
        let order: Vec<i32> = people.iter().map(|p| p.0).collect();
        // Ties on fit go by name, case ignored, then by id.
        assert_eq!(order, vec![4, 3, 5, 2, 1]);
    }
}
