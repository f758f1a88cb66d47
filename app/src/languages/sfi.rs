//! SFI (Swedish for immigrants): its courses and study paths, and the CEFR level a course
//! roughly corresponds to, after Skolverket's relation to the scale.
use crate::cv::cefr::Cefr;
use serde::{Deserialize, Serialize};

/// An SFI course; courses follow one another A → D.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SfiCourse {
    A,
    B,
    C,
    D,
}

impl SfiCourse {
    pub const ALL: [SfiCourse; 4] = [SfiCourse::A, SfiCourse::B, SfiCourse::C, SfiCourse::D];

    pub fn code(self) -> &'static str {
        match self {
            SfiCourse::A => "A",
            SfiCourse::B => "B",
            SfiCourse::C => "C",
            SfiCourse::D => "D",
        }
    }

    pub fn parse(code: &str) -> Option<SfiCourse> {
        SfiCourse::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The CEFR level a passed course roughly stands for. Skolverket relates the courses
    /// to the scale: A to A1 (in part), B to A1/A1+, C to A2/A2+, D to B1/B1+; it is
    /// approximate, and shown as such.
    pub fn approx_cefr(self) -> Cefr {
        match self {
            SfiCourse::A | SfiCourse::B => Cefr::A1,
            SfiCourse::C => Cefr::A2,
            SfiCourse::D => Cefr::B1,
        }
    }
}

/// The study paths (studievägar): path 1 for those with little schooling starts at
/// course A, path 2 at B, path 3 (long schooling) at C; each ends with D.
pub fn path_courses(path: u8) -> &'static [SfiCourse] {
    use SfiCourse::*;
    match path {
        1 => &[A, B, C, D],
        2 => &[B, C, D],
        3 => &[C, D],
        _ => &[],
    }
}

/// The approximate level SFI has brought someone to: that of the highest course passed.
pub fn sfi_level(passed: &[SfiCourse]) -> Option<Cefr> {
    passed.iter().max().map(|c| c.approx_cefr())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sfi_courses_map_to_approximate_levels() {
        assert_eq!(SfiCourse::A.approx_cefr(), Cefr::A1);
        assert_eq!(SfiCourse::B.approx_cefr(), Cefr::A1);
        assert_eq!(SfiCourse::C.approx_cefr(), Cefr::A2);
        assert_eq!(SfiCourse::D.approx_cefr(), Cefr::B1);
        assert_eq!(sfi_level(&[]), None);
        assert_eq!(sfi_level(&[SfiCourse::C, SfiCourse::B]), Some(Cefr::A2));
        assert_eq!(sfi_level(&[SfiCourse::D]), Some(Cefr::B1));
        // Later courses never map lower.
        for pair in SfiCourse::ALL.windows(2) {
            assert!(pair[0].approx_cefr() <= pair[1].approx_cefr());
        }
    }

    #[test]
    fn study_paths_start_at_their_own_course_and_end_with_d() {
        assert_eq!(path_courses(1).first(), Some(&SfiCourse::A));
        assert_eq!(path_courses(2).first(), Some(&SfiCourse::B));
        assert_eq!(path_courses(3).first(), Some(&SfiCourse::C));
        for p in 1..=3 {
            assert_eq!(path_courses(p).last(), Some(&SfiCourse::D));
        }
        assert!(path_courses(4).is_empty());
        assert_eq!(SfiCourse::parse("c"), Some(SfiCourse::C));
        assert_eq!(SfiCourse::parse("E"), None);
    }
}
