//! The Common European Framework of Reference (CEFR) levels, the five skills of the Council
//! of Europe's self-assessment grid, and Swedish for immigrants (SFI) courses with the CEFR
//! level each roughly reaches. Pure functions, no I/O.
use crate::i18n::Key;
use serde::{Deserialize, Serialize};

/// A CEFR level; the order is the order of the scale (A1 < C2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Cefr {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
}

impl Cefr {
    pub const ALL: [Cefr; 6] = [Cefr::A1, Cefr::A2, Cefr::B1, Cefr::B2, Cefr::C1, Cefr::C2];

    pub fn code(self) -> &'static str {
        match self {
            Cefr::A1 => "A1",
            Cefr::A2 => "A2",
            Cefr::B1 => "B1",
            Cefr::B2 => "B2",
            Cefr::C1 => "C1",
            Cefr::C2 => "C2",
        }
    }

    /// Exactly a code, any case (`b1`): what a form sends.
    pub fn parse(code: &str) -> Option<Cefr> {
        Cefr::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The level a free-text fluency names, as other CV tools write it: "B2",
    /// "C1 (Advanced)", "Level B1 – Intermediate". A code must stand as a word of its own,
    /// so "AB12" or "A1B" names nothing; two different codes name nothing either.
    pub fn find_in(text: &str) -> Option<Cefr> {
        let mut found = None;
        for word in text.split(|c: char| !c.is_ascii_alphanumeric()) {
            if let Some(level) = Cefr::parse(word).filter(|_| word.len() == 2) {
                if found.is_some_and(|f| f != level) {
                    return None;
                }
                found = Some(level);
            }
        }
        found
    }
}

/// The five skills of the self-assessment grid, in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Skill {
    Listening,
    Reading,
    SpokenInteraction,
    SpokenProduction,
    Writing,
}

impl Skill {
    pub const ALL: [Skill; 5] = [
        Skill::Listening,
        Skill::Reading,
        Skill::SpokenInteraction,
        Skill::SpokenProduction,
        Skill::Writing,
    ];

    /// The form field's name and the key in a JSON Resume's `x-vagval-cefr`.
    pub fn code(self) -> &'static str {
        match self {
            Skill::Listening => "listening",
            Skill::Reading => "reading",
            Skill::SpokenInteraction => "spokenInteraction",
            Skill::SpokenProduction => "spokenProduction",
            Skill::Writing => "writing",
        }
    }

    pub fn index(self) -> usize {
        Skill::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// Exactly a code (an address's last part): the skill it names.
    pub fn parse(code: &str) -> Option<Skill> {
        Skill::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Its step when the skills are asked one per screen, counted from 1.
    pub fn step(self) -> usize {
        self.index() + 1
    }

    /// The skill asked after this one; none after the last.
    pub fn next(self) -> Option<Skill> {
        Skill::ALL.get(self.index() + 1).copied()
    }

    /// The skill asked before this one; none before the first.
    pub fn previous(self) -> Option<Skill> {
        self.index().checked_sub(1).map(|i| Skill::ALL[i])
    }

    pub fn label(self) -> Key {
        match self {
            Skill::Listening => Key::CefrListening,
            Skill::Reading => Key::CefrReading,
            Skill::SpokenInteraction => Key::CefrSpokenInteraction,
            Skill::SpokenProduction => Key::CefrSpokenProduction,
            Skill::Writing => Key::CefrWriting,
        }
    }

    /// What the skill means, in plain words.
    pub fn hint(self) -> Key {
        match self {
            Skill::Listening => Key::CefrListeningHint,
            Skill::Reading => Key::CefrReadingHint,
            Skill::SpokenInteraction => Key::CefrSpokenInteractionHint,
            Skill::SpokenProduction => Key::CefrSpokenProductionHint,
            Skill::Writing => Key::CefrWritingHint,
        }
    }

    /// "I can …" for this skill at `level` (the self-assessment grid, in plain words).
    pub fn can(self, level: Cefr) -> Key {
        use Cefr::*;
        use Skill::*;
        match (self, level) {
            (Listening, A1) => Key::CanListeningA1,
            (Listening, A2) => Key::CanListeningA2,
            (Listening, B1) => Key::CanListeningB1,
            (Listening, B2) => Key::CanListeningB2,
            (Listening, C1) => Key::CanListeningC1,
            (Listening, C2) => Key::CanListeningC2,
            (Reading, A1) => Key::CanReadingA1,
            (Reading, A2) => Key::CanReadingA2,
            (Reading, B1) => Key::CanReadingB1,
            (Reading, B2) => Key::CanReadingB2,
            (Reading, C1) => Key::CanReadingC1,
            (Reading, C2) => Key::CanReadingC2,
            (SpokenInteraction, A1) => Key::CanInteractionA1,
            (SpokenInteraction, A2) => Key::CanInteractionA2,
            (SpokenInteraction, B1) => Key::CanInteractionB1,
            (SpokenInteraction, B2) => Key::CanInteractionB2,
            (SpokenInteraction, C1) => Key::CanInteractionC1,
            (SpokenInteraction, C2) => Key::CanInteractionC2,
            (SpokenProduction, A1) => Key::CanProductionA1,
            (SpokenProduction, A2) => Key::CanProductionA2,
            (SpokenProduction, B1) => Key::CanProductionB1,
            (SpokenProduction, B2) => Key::CanProductionB2,
            (SpokenProduction, C1) => Key::CanProductionC1,
            (SpokenProduction, C2) => Key::CanProductionC2,
            (Writing, A1) => Key::CanWritingA1,
            (Writing, A2) => Key::CanWritingA2,
            (Writing, B1) => Key::CanWritingB1,
            (Writing, B2) => Key::CanWritingB2,
            (Writing, C1) => Key::CanWritingC1,
            (Writing, C2) => Key::CanWritingC2,
        }
    }
}

/// A level per skill, in [`Skill::ALL`]'s order; `None`: "not yet".
pub type Grid = [Option<Cefr>; 5];

/// One level that stands for the grid where only one fits (JSON Resume's `fluency`): the
/// middle of the rated skills, rounded down, so it never claims more than most skills reach.
pub fn summary(grid: &Grid) -> Option<Cefr> {
    let mut rated: Vec<Cefr> = grid.iter().flatten().copied().collect();
    rated.sort();
    let n = rated.len();
    (n > 0).then(|| rated[(n - 1) / 2])
}

/// A whole grid at one level.
pub fn uniform(level: Cefr) -> Grid {
    [Some(level); 5]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_ordered_along_the_scale() {
        assert!(Cefr::A1 < Cefr::A2 && Cefr::A2 < Cefr::B1 && Cefr::B2 < Cefr::C1);
        let mut shuffled = vec![Cefr::C2, Cefr::A1, Cefr::B2, Cefr::A2, Cefr::C1, Cefr::B1];
        shuffled.sort();
        assert_eq!(shuffled, Cefr::ALL);
        assert_eq!(Cefr::ALL.iter().max(), Some(&Cefr::C2));
    }

    #[test]
    fn codes_read_back_and_are_found_in_free_text() {
        for c in Cefr::ALL {
            assert_eq!(Cefr::parse(c.code()), Some(c));
            assert_eq!(Cefr::parse(&c.code().to_lowercase()), Some(c));
        }
        assert_eq!(Cefr::parse("B3"), None);
        assert_eq!(Cefr::find_in("C1 (Advanced)"), Some(Cefr::C1));
        assert_eq!(
            Cefr::find_in("Level b2 – upper intermediate"),
            Some(Cefr::B2)
        );
        assert_eq!(Cefr::find_in("B1"), Some(Cefr::B1));
        assert_eq!(Cefr::find_in("Fluent"), None);
        assert_eq!(Cefr::find_in("AB12 A1B"), None);
        assert_eq!(Cefr::find_in("B1 or B2"), None, "two levels name none");
        assert_eq!(Cefr::find_in("B1/B1"), Some(Cefr::B1));
    }

    #[test]
    fn the_summary_never_claims_more_than_most_skills() {
        assert_eq!(summary(&[None; 5]), None);
        assert_eq!(summary(&uniform(Cefr::B2)), Some(Cefr::B2));
        let grid = [
            Some(Cefr::B2),
            Some(Cefr::B1),
            Some(Cefr::A2),
            Some(Cefr::A2),
            Some(Cefr::A1),
        ];
        assert_eq!(summary(&grid), Some(Cefr::A2));
        assert_eq!(
            summary(&[Some(Cefr::C1), Some(Cefr::B1), None, None, None]),
            Some(Cefr::B1)
        );
    }

    #[test]
    fn skills_are_asked_in_the_grids_order_one_step_each() {
        for skill in Skill::ALL {
            assert_eq!(Skill::parse(skill.code()), Some(skill));
        }
        assert_eq!(Skill::parse("Listening"), None, "codes are exact");
        assert_eq!(Skill::parse(""), None);
        assert_eq!(Skill::Listening.step(), 1);
        assert_eq!(Skill::Writing.step(), Skill::ALL.len());
        assert_eq!(Skill::Listening.previous(), None);
        assert_eq!(Skill::Listening.next(), Some(Skill::Reading));
        assert_eq!(Skill::Writing.previous(), Some(Skill::SpokenProduction));
        assert_eq!(Skill::Writing.next(), None);
        // Walking forward from the first step reaches every skill once, in order.
        let walked: Vec<Skill> =
            std::iter::successors(Some(Skill::Listening), |s| s.next()).collect();
        assert_eq!(walked, Skill::ALL);
    }
}
