//! The strengths to pick from, in the method's three groups, and the questions about
//! conditions for success with their answers. Plain words, translated; stored by code.
use super::Conditions;
use crate::i18n::{t, tf, Key};
use serde::{Deserialize, Serialize};

/// Heart (personal qualities), head (knowledge), hands (practical skills).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Group {
    Heart,
    Head,
    Hands,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::Heart, Group::Head, Group::Hands];

    pub fn code(self) -> &'static str {
        match self {
            Group::Heart => "heart",
            Group::Head => "head",
            Group::Hands => "hands",
        }
    }

    pub fn parse(code: &str) -> Option<Group> {
        Group::ALL.into_iter().find(|g| g.code() == code)
    }

    pub fn label(self) -> Key {
        match self {
            Group::Heart => Key::StrengthsHeart,
            Group::Head => Key::StrengthsHead,
            Group::Hands => Key::StrengthsHands,
        }
    }

    pub fn hint(self) -> Key {
        match self {
            Group::Heart => Key::StrengthsHeartHint,
            Group::Head => Key::StrengthsHeadHint,
            Group::Hands => Key::StrengthsHandsHint,
        }
    }
}

const HEART: &[(&str, Key)] = &[
    ("reliable", Key::StrengthHeartReliable),
    ("punctual", Key::StrengthHeartPunctual),
    ("helpful", Key::StrengthHeartHelpful),
    ("patient", Key::StrengthHeartPatient),
    ("friendly", Key::StrengthHeartFriendly),
    ("calm", Key::StrengthHeartCalm),
    ("curious", Key::StrengthHeartCurious),
    ("honest", Key::StrengthHeartHonest),
    ("hardworking", Key::StrengthHeartHardworking),
    ("positive", Key::StrengthHeartPositive),
    ("careful", Key::StrengthHeartCareful),
    ("brave", Key::StrengthHeartBrave),
    ("flexible", Key::StrengthHeartFlexible),
    ("responsible", Key::StrengthHeartResponsible),
    ("caring", Key::StrengthHeartCaring),
    ("humorous", Key::StrengthHeartHumorous),
    ("team", Key::StrengthHeartTeam),
    ("independent", Key::StrengthHeartIndependent),
    ("persistent", Key::StrengthHeartPersistent),
    ("quick-learner", Key::StrengthHeartQuickLearner),
];
const HEAD: &[(&str, Key)] = &[
    ("languages", Key::StrengthHeadLanguages),
    ("maths", Key::StrengthHeadMaths),
    ("computers", Key::StrengthHeadComputers),
    ("phone-apps", Key::StrengthHeadPhoneApps),
    ("planning", Key::StrengthHeadPlanning),
    ("problem-solving", Key::StrengthHeadProblemSolving),
    ("customer-service", Key::StrengthHeadCustomerService),
    ("selling", Key::StrengthHeadSelling),
    ("teaching", Key::StrengthHeadTeaching),
    ("money", Key::StrengthHeadMoney),
    ("food-hygiene", Key::StrengthHeadFoodHygiene),
    ("health-care", Key::StrengthHeadHealthCare),
    ("children", Key::StrengthHeadChildren),
    ("elderly", Key::StrengthHeadElderly),
    ("safety", Key::StrengthHeadSafety),
    ("cultures", Key::StrengthHeadCultures),
    ("organising", Key::StrengthHeadOrganising),
    ("documents", Key::StrengthHeadDocuments),
    ("driving-rules", Key::StrengthHeadDrivingRules),
    ("plants-animals", Key::StrengthHeadPlantsAnimals),
];
const HANDS: &[(&str, Key)] = &[
    ("cooking", Key::StrengthHandsCooking),
    ("baking", Key::StrengthHandsBaking),
    ("cleaning", Key::StrengthHandsCleaning),
    ("building", Key::StrengthHandsBuilding),
    ("painting", Key::StrengthHandsPainting),
    ("repairing", Key::StrengthHandsRepairing),
    ("cars", Key::StrengthHandsCars),
    ("driving", Key::StrengthHandsDriving),
    ("sewing", Key::StrengthHandsSewing),
    ("hair-beauty", Key::StrengthHandsHairBeauty),
    ("gardening", Key::StrengthHandsGardening),
    ("farming", Key::StrengthHandsFarming),
    ("lifting", Key::StrengthHandsLifting),
    ("packing", Key::StrengthHandsPacking),
    ("machines", Key::StrengthHandsMachines),
    ("electrics", Key::StrengthHandsElectrics),
    ("plumbing", Key::StrengthHandsPlumbing),
    ("welding", Key::StrengthHandsWelding),
    ("caring-hands", Key::StrengthHandsCaringHands),
    ("crafts", Key::StrengthHandsCrafts),
];

/// The strengths of a group, by slug.
pub fn list(group: Group) -> &'static [(&'static str, Key)] {
    match group {
        Group::Heart => HEART,
        Group::Head => HEAD,
        Group::Hands => HANDS,
    }
}

/// The words for a strength on the list; `None` for a slug that is not on it.
pub fn key(group: Group, slug: &str) -> Option<Key> {
    list(group)
        .iter()
        .find(|(s, _)| *s == slug)
        .map(|(_, k)| *k)
}

/// Answers offered to a question: code, words.
pub type Answers = &'static [(&'static str, Key)];

/// The questions about conditions for success: field name, question, answers. The first
/// answer of each, "none", stores nothing: an answer given can be taken back.
pub const CHOICES: &[(&str, Key, Answers)] = &[
    (
        "hours",
        Key::CondHoursLegend,
        &[
            ("none", Key::CondNoAnswer),
            ("full", Key::CondHoursFull),
            ("part", Key::CondHoursPart),
            ("specific", Key::CondHoursSpecific),
        ],
    ),
    (
        "physical",
        Key::CondPhysicalLegend,
        &[
            ("none", Key::CondNoAnswer),
            ("light", Key::CondPhysicalLight),
            ("some", Key::CondPhysicalSome),
            ("heavy", Key::CondPhysicalHeavy),
        ],
    ),
    (
        "place",
        Key::CondPlaceLegend,
        &[
            ("none", Key::CondNoAnswer),
            ("indoor", Key::CondPlaceIndoor),
            ("outdoor", Key::CondPlaceOutdoor),
            ("either", Key::CondEither),
        ],
    ),
    (
        "pace",
        Key::CondPaceLegend,
        &[
            ("none", Key::CondNoAnswer),
            ("quiet", Key::CondPaceQuiet),
            ("busy", Key::CondPaceBusy),
            ("either", Key::CondEither),
        ],
    ),
    (
        "company",
        Key::CondCompanyLegend,
        &[
            ("none", Key::CondNoAnswer),
            ("alone", Key::CondCompanyAlone),
            ("team", Key::CondCompanyTeam),
            ("either", Key::CondEither),
        ],
    ),
    (
        "travel",
        Key::CondTravelLegend,
        &[
            ("none", Key::CondNoAnswer),
            ("near", Key::CondTravelNear),
            ("hour", Key::CondTravelHour),
            ("far", Key::CondTravelFar),
        ],
    ),
];

/// How someone can get to work.
pub const MEANS: &[(&str, Key)] = &[
    ("walk", Key::CondMeansWalk),
    ("bike", Key::CondMeansBike),
    ("transit", Key::CondMeansTransit),
    ("car", Key::CondMeansCar),
];

/// The conditions as lines of the summary, in the page's language: "Arbetstid: Deltid".
pub fn describe(c: &Conditions) -> Vec<String> {
    let mut lines = Vec::new();
    for (name, legend, options) in CHOICES {
        let Some(code) = c.choices.get(*name) else {
            continue;
        };
        let Some((_, answer)) = options.iter().find(|(o, _)| o == code) else {
            continue;
        };
        let mut line = format!("{} {}", t(*legend), t(*answer));
        let note = match *name {
            "hours" => &c.hours_note,
            "physical" => &c.physical_note,
            _ => "",
        };
        if !note.is_empty() {
            line.push_str(&format!(" (\u{2068}{note}\u{2069})"));
        }
        lines.push(line);
    }
    let means: Vec<&str> = MEANS
        .iter()
        .filter(|(code, _)| c.means.iter().any(|m| m == code))
        .map(|(_, key)| t(*key))
        .collect();
    if !means.is_empty() {
        lines.push(format!("{} {}", t(Key::CondMeansLegend), means.join(", ")));
    }
    if let Ok(day) = c.earliest.parse::<crate::date::PartialDate>() {
        lines.push(tf(
            Key::CondEarliestIs,
            &[("day", &format!("\u{2066}{day}\u{2069}"))],
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_group_offers_at_least_twenty_strengths_with_unique_slugs() {
        for group in Group::ALL {
            let slugs: Vec<&str> = list(group).iter().map(|(s, _)| *s).collect();
            assert!(slugs.len() >= 20, "{group:?}");
            let mut unique = slugs.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), slugs.len(), "{group:?}");
            assert!(slugs
                .iter()
                .all(|s| s.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
        }
        assert_eq!(
            key(Group::Hands, "cooking"),
            Some(Key::StrengthHandsCooking)
        );
        assert_eq!(key(Group::Heart, "cooking"), None);
    }
}
