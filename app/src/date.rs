//! Dates as people remember them: a year, a year and month, or (from imports) a full day.
//! The text form is JSON Resume's `iso8601` pattern: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadDate;

pub const MIN_YEAR: u16 = 1900;
pub const MAX_YEAR: u16 = 2100;

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl PartialDate {
    pub fn new(year: u16, month: Option<u8>, day: Option<u8>) -> Result<Self, BadDate> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(BadDate);
        }
        match (month, day) {
            (None, Some(_)) => return Err(BadDate),
            (Some(m), _) if !(1..=12).contains(&m) => return Err(BadDate),
            (Some(m), Some(d)) if d == 0 || d > days_in_month(year, m) => return Err(BadDate),
            _ => {}
        }
        Ok(Self { year, month, day })
    }

    /// The earliest moment the date can mean, for ordering: "2019" sorts before "2019-01".
    fn key(self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0))
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl FromStr for PartialDate {
    type Err = BadDate;

    /// Forgiving about how a date is typed: Arabic-Indic digits, `/` or `.` between the
    /// parts, a one-digit month, the month first (`03-2019`, as some read it), and the
    /// invisible direction marks a copy from a right-to-left page carries.
    fn from_str(s: &str) -> Result<Self, BadDate> {
        let s: String = s
            .trim()
            .chars()
            .filter(|c| !matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
            .map(|c| match c {
                '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
                '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
                '/' | '.' => '-',
                c => c,
            })
            .collect();
        if s.chars().any(char::is_alphabetic) {
            return named_month(&s);
        }
        let parts: Vec<&str> = s.trim().split('-').map(str::trim).collect();
        let number = |part: &str, lens: &[usize]| -> Result<u16, BadDate> {
            if lens.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| BadDate)
            } else {
                Err(BadDate)
            }
        };
        let (year, month, day) = match parts.as_slice() {
            [y] => (number(y, &[4])?, None, None),
            [m, y] if y.len() == 4 && m.len() <= 2 => {
                (number(y, &[4])?, Some(number(m, &[1, 2])?), None)
            }
            [y, m] => (number(y, &[4])?, Some(number(m, &[1, 2])?), None),
            [y, m, d] => (
                number(y, &[4])?,
                Some(number(m, &[1, 2])?),
                Some(number(d, &[1, 2])?),
            ),
            _ => return Err(BadDate),
        };
        PartialDate::new(year, month.map(|m| m as u8), day.map(|d| d as u8))
    }
}

/// The month a word names, in any of the interface's languages: Swedish and English names
/// and their abbreviations (at least three letters: `mar`, `sept.`), and the Arabic names in
/// both the Levantine (`آذار`) and the Egyptian and Gulf (`مارس`) series.
fn month_of(word: &str) -> Option<u8> {
    const LATIN: [[&str; 2]; 12] = [
        ["januari", "january"],
        ["februari", "february"],
        ["mars", "march"],
        ["april", "april"],
        ["maj", "may"],
        ["juni", "june"],
        ["juli", "july"],
        ["augusti", "august"],
        ["september", "september"],
        ["oktober", "october"],
        ["november", "november"],
        ["december", "december"],
    ];
    const ARABIC: [&[&str]; 12] = [
        &["يناير", "كانون الثاني", "جانفي"],
        &["فبراير", "شباط", "فيفري"],
        &["مارس", "آذار"],
        &["أبريل", "إبريل", "ابريل", "نيسان", "أفريل"],
        &["مايو", "أيار", "ماي"],
        &["يونيو", "يونيه", "حزيران", "جوان"],
        &["يوليو", "يوليه", "تموز", "جويلية"],
        &["أغسطس", "اغسطس", "آب", "أوت"],
        &["سبتمبر", "أيلول"],
        &["أكتوبر", "اكتوبر", "تشرين الأول"],
        &["نوفمبر", "تشرين الثاني"],
        &["ديسمبر", "كانون الأول"],
    ];
    let word = word.trim_end_matches('.').to_lowercase();
    let month = if word.is_ascii() || word.chars().all(|c| c.is_alphabetic() && !is_arabic(c)) {
        let short = word.chars().count() >= 3;
        LATIN.iter().position(|names| {
            names
                .iter()
                .any(|name| *name == word || (short && name.starts_with(word.as_str())))
        })
    } else {
        ARABIC
            .iter()
            .position(|names| names.contains(&word.as_str()))
    }?;
    u8::try_from(month + 1).ok()
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}')
}

/// `mars 2012`, `2012 mars`, `15 mars 2012`, `March 2012`, `مارس 2012`, `كانون الثاني 2012`.
fn named_month(s: &str) -> Result<PartialDate, BadDate> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '،'))
        .filter(|w| !w.is_empty())
        .collect();
    let is_number =
        |w: &str, lens: &[usize]| lens.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    // The words that are not numbers name the month (two of them for "كانون الثاني").
    let name: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !w.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let numbers: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let month = month_of(&name.join(" ")).ok_or(BadDate)?;
    let (day, year) = match numbers.as_slice() {
        [y] if is_number(y, &[4]) => (None, y),
        [d, y] if is_number(d, &[1, 2]) && is_number(y, &[4]) => (Some(d), y),
        _ => return Err(BadDate),
    };
    let year: u16 = year.parse().map_err(|_| BadDate)?;
    let day = day
        .map(|d| d.parse::<u8>().map_err(|_| BadDate))
        .transpose()?;
    PartialDate::new(year, Some(month), day)
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// When something happened: from a start to an end, or still going on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    pub ongoing: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodProblem {
    /// An end date given for something marked as ongoing.
    EndWhileOngoing,
    EndBeforeStart,
}

impl Period {
    pub fn check(&self) -> Result<(), PeriodProblem> {
        if self.ongoing && self.end.is_some() {
            return Err(PeriodProblem::EndWhileOngoing);
        }
        match (self.start, self.end) {
            // Compare at the coarser precision: "2019" to "2019-03" is fine.
            (Some(s), Some(e)) if e.year < s.year => Err(PeriodProblem::EndBeforeStart),
            (Some(s), Some(e))
                if e.year == s.year && e.month.zip(s.month).is_some_and(|(em, sm)| em < sm) =>
            {
                Err(PeriodProblem::EndBeforeStart)
            }
            _ => Ok(()),
        }
    }

    /// Most recent first, the order a CV lists experience in: ongoing before ended, then by
    /// end (or start) date.
    pub fn recency(&self) -> (bool, Option<PartialDate>) {
        (self.ongoing, self.end.or(self.start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        s.parse().expect("valid date")
    }

    #[test]
    fn month_names_are_understood_in_each_language() {
        for (typed, stored) in [
            ("mars 2012", "2012-03"),
            ("Mars 2012", "2012-03"),
            ("2012 mars", "2012-03"),
            ("sept. 2019", "2019-09"),
            ("maj 2020", "2020-05"),
            ("15 mars 2012", "2012-03-15"),
            ("March 2012", "2012-03"),
            ("oct 2001", "2001-10"),
            ("مارس 2012", "2012-03"),
            ("آذار ٢٠١٢", "2012-03"),
            ("كانون الثاني 2015", "2015-01"),
        ] {
            assert_eq!(
                typed.parse::<PartialDate>().map(|d| d.to_string()),
                Ok(stored.to_string()),
                "{typed}"
            );
        }
        for bad in [
            "ma 2012",
            "marsipan 2012",
            "mars",
            "mars 12",
            "32 mars 2012",
            "smurf 2012",
        ] {
            assert!(
                bad.parse::<PartialDate>().is_err(),
                "{bad:?} should be refused"
            );
        }
    }

    #[test]
    fn parses_the_three_precisions_and_prints_them_back() {
        for s in ["2019", "2019-05", "2019-05-31", "2024-02-29"] {
            assert_eq!(d(s).to_string(), s);
        }
        assert_eq!(d(" 2019-05 ").to_string(), "2019-05");
    }

    #[test]
    fn forgives_how_a_date_is_typed() {
        for typed in [
            "2019-5",
            "2019/05",
            "2019.05",
            "05-2019",
            "5/2019",
            "\u{2066}2019-05\u{2069}",
            "\u{200F}2019-05",
            "\u{061C}2019-05",
            "٢٠١٩-٠٥",
            "۲۰۱۹-۰۵",
        ] {
            assert_eq!(d(typed).to_string(), "2019-05", "{typed:?}");
        }
        assert_eq!(d("2019-5-1").to_string(), "2019-05-01");
    }

    #[test]
    fn refuses_impossible_or_malformed_dates() {
        for s in [
            "",
            "19",
            "2019-13",
            "2019-00",
            "2019-02-29",
            "2023-04-31",
            "1899",
            "2101",
            "2019-05-01-01",
            "2019/5/1/1",
            "19-2019-05",
            "abcd",
            "2019-05-",
        ] {
            assert!(s.parse::<PartialDate>().is_err(), "{s:?} should be refused");
        }
        assert!(
            PartialDate::new(2019, None, Some(3)).is_err(),
            "a day needs a month"
        );
    }

    #[test]
    fn orders_coarse_dates_before_finer_ones_of_the_same_time() {
        let mut dates = vec![d("2020-01"), d("2019"), d("2019-12-24"), d("2019-12")];
        dates.sort();
        assert_eq!(
            dates,
            vec![d("2019"), d("2019-12"), d("2019-12-24"), d("2020-01")]
        );
    }

    #[test]
    fn periods_end_after_they_start_and_ongoing_has_no_end() {
        let p = |s: Option<&str>, e: Option<&str>, ongoing| Period {
            start: s.map(d),
            end: e.map(d),
            ongoing,
        };
        assert_eq!(p(Some("2019-05"), Some("2021"), false).check(), Ok(()));
        assert_eq!(p(Some("2019"), Some("2019-03"), false).check(), Ok(()));
        assert_eq!(
            p(Some("2019-05"), Some("2019-03"), false).check(),
            Err(PeriodProblem::EndBeforeStart)
        );
        assert_eq!(
            p(Some("2020"), Some("2019-12"), false).check(),
            Err(PeriodProblem::EndBeforeStart)
        );
        assert_eq!(
            p(Some("2020"), Some("2021"), true).check(),
            Err(PeriodProblem::EndWhileOngoing)
        );
        assert_eq!(p(None, None, true).check(), Ok(()));
    }

    #[test]
    fn recency_puts_ongoing_and_recent_first() {
        let p = |s: &str, e: Option<&str>, ongoing| Period {
            start: Some(d(s)),
            end: e.map(d),
            ongoing,
        };
        let mut periods = [
            p("2010", Some("2012"), false),
            p("2020", None, true),
            p("2015", Some("2018-06"), false),
        ];
        periods.sort_by_key(|x| std::cmp::Reverse(x.recency()));
        assert_eq!(periods[0].start, Some(d("2020")));
        assert_eq!(periods[1].start, Some(d("2015")));
    }
}
