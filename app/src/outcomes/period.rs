//! A report's period of Stockholm calendar days: a month, a quarter or own dates.
use super::PERIOD_MAX_DAYS;
use jiff::civil::Date;

/// A report's period: Stockholm calendar days, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: Date,
    pub to: Date,
}

impl Period {
    /// The month `YYYY-MM`.
    pub fn month(typed: &str) -> Option<Period> {
        let (y, m) = typed.trim().split_once('-')?;
        let (year, month): (i16, i8) = (y.parse().ok()?, m.parse().ok()?);
        let from = Date::new(year, month, 1).ok()?;
        Some(Period {
            from,
            to: from.last_of_month(),
        })
    }

    /// The quarter `YYYY-Qn`.
    pub fn quarter(typed: &str) -> Option<Period> {
        let (y, q) = typed.trim().split_once("-Q")?;
        let (year, quarter): (i16, i8) = (y.parse().ok()?, q.parse().ok()?);
        if !(1..=4).contains(&quarter) {
            return None;
        }
        let from = Date::new(year, (quarter - 1) * 3 + 1, 1).ok()?;
        let last = Date::new(year, quarter * 3, 1).ok()?;
        Some(Period {
            from,
            to: last.last_of_month(),
        })
    }

    /// Own dates, `from` to `to` both included; at most [`PERIOD_MAX_DAYS`].
    pub fn between(from: Date, to: Date) -> Option<Period> {
        let days = i64::from((to - from).get_days()) + 1;
        (from <= to && days <= PERIOD_MAX_DAYS).then_some(Period { from, to })
    }

    /// The quarter `day` is in, as `YYYY-Qn`.
    pub fn quarter_code(day: Date) -> String {
        format!("{}-Q{}", day.year(), (day.month() - 1) / 3 + 1)
    }

    /// The quarter before the one `day` is in.
    pub fn previous_quarter_code(day: Date) -> String {
        let q = (day.month() - 1) / 3 + 1;
        if q == 1 {
            format!("{}-Q4", day.year() - 1)
        } else {
            format!("{}-Q{}", day.year(), q - 1)
        }
    }

    pub fn month_code(day: Date) -> String {
        format!("{:04}-{:02}", day.year(), day.month())
    }

    pub fn previous_month_code(day: Date) -> String {
        let first = day.first_of_month();
        let before = first.yesterday().unwrap_or(first);
        Period::month_code(before)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn periods_by_month_quarter_and_own_dates() {
        let feb = Period::month("2028-02").expect("a month");
        assert_eq!((feb.from, feb.to), (date(2028, 2, 1), date(2028, 2, 29)));
        let q4 = Period::quarter("2026-Q4").expect("a quarter");
        assert_eq!((q4.from, q4.to), (date(2026, 10, 1), date(2026, 12, 31)));
        let q1 = Period::quarter("2027-Q1").expect("a quarter");
        assert_eq!((q1.from, q1.to), (date(2027, 1, 1), date(2027, 3, 31)));
        assert_eq!(Period::quarter("2026-Q5"), None);
        assert_eq!(Period::month("2026-13"), None);
        assert_eq!(Period::month("nonsense"), None);
        assert!(Period::between(date(2026, 1, 1), date(2026, 12, 31)).is_some());
        assert!(Period::between(date(2026, 1, 1), date(2027, 1, 2)).is_none());
        assert!(Period::between(date(2026, 2, 2), date(2026, 2, 1)).is_none());
        assert_eq!(Period::quarter_code(date(2026, 12, 7)), "2026-Q4");
        assert_eq!(Period::previous_quarter_code(date(2027, 2, 1)), "2026-Q4");
        assert_eq!(Period::previous_month_code(date(2027, 1, 15)), "2026-12");
        assert_eq!(Period::month_code(date(2026, 3, 31)), "2026-03");
    }
}
