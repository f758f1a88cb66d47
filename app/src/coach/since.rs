//! "Sedan förra mötet": what changed in a participant's shared parts since the last meeting
//! marked attended, worked out from two stored versions of a part. Pure functions: the
//! server feeds them the versions, the coach's page says each change in words.
use crate::cv::cefr::{Cefr, Skill};
use crate::goals::PauseReason;
use crate::i18n::{t, tf, tp, Key};
use crate::languages::LanguagesDoc;
use crate::strengths::catalogue::{self, Group};
use crate::strengths::StrengthsDoc;
use serde::{Deserialize, Serialize};

/// A strength, by the list's word or the person's own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Named {
    Picked(Group, String),
    Own(String),
}

impl Named {
    /// In the reader's language when it is from the list; as typed when it is not.
    pub fn words(&self) -> String {
        match self {
            Named::Picked(group, slug) => catalogue::key(*group, slug)
                .map(|k| t(k).to_string())
                .unwrap_or_default(),
            Named::Own(text) => text.clone(),
        }
    }
}

/// One change, as the coach reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    CvChanged {
        title: String,
    },
    StrengthAdded(Named),
    ExampleChanged(Named),
    InterestAdded(String),
    CaresChanged,
    WorkGoalAdded(String),
    ConditionsChanged,
    LanguageAdded(String),
    LevelChanged {
        language: String,
        skill: Skill,
        level: Option<Cefr>,
    },
    NativeAdded(String),
    SfiChanged,
    LanguageUsed {
        language: String,
        place: String,
    },
    Practised {
        goal: String,
        days: u32,
    },
    GoalPaused {
        goal: String,
        reason: PauseReason,
    },
    GoalReached(String),
    GoalDropped(String),
}

/// What changed in the strengths from `before` to `after`: strengths added or given a new
/// example, interests and work wanted added, what matters and the conditions changed.
pub fn strengths_changes(before: &StrengthsDoc, after: &StrengthsDoc) -> Vec<Change> {
    let mut changes = Vec::new();
    let named = |doc: &StrengthsDoc| -> Vec<(Named, String)> {
        let picked = doc
            .picked
            .iter()
            .map(|p| (Named::Picked(p.group, p.slug.clone()), p.example.clone()));
        let own = doc
            .own
            .iter()
            .map(|o| (Named::Own(o.text.clone()), o.example.clone()));
        picked.chain(own).collect()
    };
    let old = named(before);
    for (name, example) in named(after) {
        match old.iter().find(|(n, _)| *n == name) {
            None => changes.push(Change::StrengthAdded(name)),
            Some((_, was)) if was.trim() != example.trim() && !example.trim().is_empty() => {
                changes.push(Change::ExampleChanged(name))
            }
            Some(_) => {}
        }
    }
    for interest in &after.interests {
        if !before.interests.contains(interest) {
            changes.push(Change::InterestAdded(interest.clone()));
        }
    }
    if before.cares.trim() != after.cares.trim() && !after.cares.trim().is_empty() {
        changes.push(Change::CaresChanged);
    }
    for goal in &after.work_goals {
        if !before.work_goals.contains(goal) {
            changes.push(Change::WorkGoalAdded(goal.clone()));
        }
    }
    if before.conditions != after.conditions {
        changes.push(Change::ConditionsChanged);
    }
    changes
}

/// What changed in the languages from `before` to `after`: languages added, a skill's
/// level changed, SFI, a new place where a language was used.
pub fn languages_changes(before: &LanguagesDoc, after: &LanguagesDoc) -> Vec<Change> {
    let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
    let mut changes = Vec::new();
    for lang in &after.languages {
        let Some(was) = before.languages.iter().find(|l| same(&l.name, &lang.name)) else {
            changes.push(Change::LanguageAdded(lang.name.clone()));
            continue;
        };
        if lang.native && !was.native {
            changes.push(Change::NativeAdded(lang.name.clone()));
        }
        for skill in Skill::ALL {
            let (from, to) = (was.grid[skill.index()], lang.grid[skill.index()]);
            if from != to {
                changes.push(Change::LevelChanged {
                    language: lang.name.clone(),
                    skill,
                    level: to,
                });
            }
        }
    }
    if before.sfi != after.sfi {
        changes.push(Change::SfiChanged);
    }
    for used in &after.used {
        if !before.used.contains(used) {
            changes.push(Change::LanguageUsed {
                language: used.language.clone(),
                place: used.place.clone(),
            });
        }
    }
    changes
}

/// The change in a sentence, in the reader's language; the person's own words as typed.
pub fn sentence(change: &Change) -> String {
    match change {
        Change::CvChanged { title } => tf(Key::SinceCvChanged, &[("cv", title)]),
        Change::StrengthAdded(name) => tf(Key::SinceStrengthAdded, &[("name", &name.words())]),
        Change::ExampleChanged(name) => tf(Key::SinceExample, &[("name", &name.words())]),
        Change::InterestAdded(text) => tf(Key::SinceInterest, &[("name", text)]),
        Change::CaresChanged => t(Key::SinceCares).to_string(),
        Change::WorkGoalAdded(text) => tf(Key::SinceWorkGoal, &[("name", text)]),
        Change::ConditionsChanged => t(Key::SinceConditions).to_string(),
        Change::LanguageAdded(name) => tf(Key::SinceLanguage, &[("name", name)]),
        Change::NativeAdded(name) => tf(Key::SinceNative, &[("name", name)]),
        Change::LevelChanged {
            language,
            skill,
            level,
        } => tf(
            Key::SinceLevel,
            &[
                ("name", language),
                ("skill", t(skill.label())),
                (
                    "level",
                    level.map_or_else(|| t(Key::LangNotYet), |c| c.code()),
                ),
            ],
        ),
        Change::SfiChanged => t(Key::SinceSfi).to_string(),
        Change::LanguageUsed { language, place } => tf(
            Key::SinceLanguageUsed,
            &[("name", language), ("place", place)],
        ),
        Change::Practised { goal, days } => tp(
            Key::SincePractised,
            "count",
            u64::from(*days),
            &[("goal", goal)],
        ),
        Change::GoalPaused { goal, reason } => tf(
            Key::SincePaused,
            &[("goal", goal), ("reason", t(reason.label()))],
        ),
        Change::GoalReached(goal) => tf(Key::SinceReached, &[("goal", goal)]),
        Change::GoalDropped(goal) => tf(Key::SinceDropped, &[("goal", goal)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::languages::KnownLanguage;
    use crate::strengths::{OwnStrength, Picked};

    #[test]
    fn strengths_added_and_changed_are_found_and_nothing_else() {
        let before = StrengthsDoc {
            picked: vec![Picked {
                group: Group::ALL[0],
                slug: "x".into(),
                example: String::new(),
            }],
            interests: vec!["Matlagning".into()],
            ..StrengthsDoc::default()
        };
        assert!(strengths_changes(&before, &before).is_empty());
        let mut after = before.clone();
        after.picked[0].example = "Lagade mat till 40".into();
        after.own.push(OwnStrength {
            group: Group::ALL[1],
            text: "Tålmodig".into(),
            example: String::new(),
        });
        after.interests.push("Fotboll".into());
        after.work_goals.push("Kock".into());
        after.conditions.hours_note = "Dagtid".into();
        assert_eq!(
            strengths_changes(&before, &after),
            vec![
                Change::ExampleChanged(Named::Picked(Group::ALL[0], "x".into())),
                Change::StrengthAdded(Named::Own("Tålmodig".into())),
                Change::InterestAdded("Fotboll".into()),
                Change::WorkGoalAdded("Kock".into()),
                Change::ConditionsChanged,
            ]
        );
        // A strength removed is not a change the coach is told about.
        assert!(strengths_changes(&after, &StrengthsDoc::default()).len() <= 1);
    }

    #[test]
    fn a_level_changed_names_the_language_and_skill() {
        let mut grid = [None; 5];
        grid[Skill::ALL[2].index()] = Some(Cefr::A2);
        let before = LanguagesDoc {
            languages: vec![KnownLanguage {
                name: "Svenska".into(),
                native: false,
                grid,
                open: Vec::new(),
            }],
            ..LanguagesDoc::default()
        };
        let mut after = before.clone();
        after.languages[0].name = "svenska".into();
        after.languages[0].grid[Skill::ALL[2].index()] = Some(Cefr::B1);
        after.languages.push(KnownLanguage {
            name: "Tigrinja".into(),
            native: true,
            grid: [None; 5],
            open: Vec::new(),
        });
        assert_eq!(
            languages_changes(&before, &after),
            vec![
                Change::LevelChanged {
                    language: "svenska".into(),
                    skill: Skill::ALL[2],
                    level: Some(Cefr::B1),
                },
                Change::LanguageAdded("Tigrinja".into()),
            ]
        );
    }
}
