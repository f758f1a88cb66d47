//! Swedish public holidays, and the eves workplaces close on: closed for booking by default
//! (a coach opens one by adding extra hours that day). Easter by the anonymous Gregorian
//! computus; midsummer and All Saints' on the Saturday of their week, their eves the Friday.
use crate::i18n::Key;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Holiday {
    NewYearsDay,
    Epiphany,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    MayDay,
    Ascension,
    Whitsun,
    NationalDay,
    MidsummerEve,
    MidsummerDay,
    AllSaints,
    ChristmasEve,
    ChristmasDay,
    BoxingDay,
    NewYearsEve,
}

impl Holiday {
    pub fn label(self) -> Key {
        match self {
            Holiday::NewYearsDay => Key::HolidayNewYearsDay,
            Holiday::Epiphany => Key::HolidayEpiphany,
            Holiday::GoodFriday => Key::HolidayGoodFriday,
            Holiday::EasterSunday => Key::HolidayEasterSunday,
            Holiday::EasterMonday => Key::HolidayEasterMonday,
            Holiday::MayDay => Key::HolidayMayDay,
            Holiday::Ascension => Key::HolidayAscension,
            Holiday::Whitsun => Key::HolidayWhitsun,
            Holiday::NationalDay => Key::HolidayNationalDay,
            Holiday::MidsummerEve => Key::HolidayMidsummerEve,
            Holiday::MidsummerDay => Key::HolidayMidsummerDay,
            Holiday::AllSaints => Key::HolidayAllSaints,
            Holiday::ChristmasEve => Key::HolidayChristmasEve,
            Holiday::ChristmasDay => Key::HolidayChristmasDay,
            Holiday::BoxingDay => Key::HolidayBoxingDay,
            Holiday::NewYearsEve => Key::HolidayNewYearsEve,
        }
    }
}

#[cfg(feature = "ssr")]
pub use calendar::{holiday, holidays};

#[cfg(feature = "ssr")]
mod calendar {
    use super::Holiday;
    use jiff::civil::{date, Date, Weekday};
    use jiff::ToSpan;

    /// Easter Sunday of `year` (Gregorian).
    fn easter(year: i16) -> Option<Date> {
        let y = i32::from(year);
        let a = y % 19;
        let b = y / 100;
        let c = y % 100;
        let d = b / 4;
        let e = b % 4;
        let f = (b + 8) / 25;
        let g = (b - f + 1) / 3;
        let h = (19 * a + b - d - g + 15) % 30;
        let i = c / 4;
        let k = c % 4;
        let l = (32 + 2 * e + 2 * i - h - k) % 7;
        let m = (a + 11 * h + 22 * l) / 451;
        let month = (h + l - 7 * m + 114) / 31;
        let day = (h + l - 7 * m + 114) % 31 + 1;
        Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
    }

    /// The first `weekday` on or after `from`.
    fn on_or_after(from: Date, weekday: Weekday) -> Option<Date> {
        let ahead = (weekday.to_monday_zero_offset() - from.weekday().to_monday_zero_offset())
            .rem_euclid(7);
        from.checked_add(i64::from(ahead).days()).ok()
    }

    /// Every holiday of `year`, in date order.
    pub fn holidays(year: i16) -> Vec<(Date, Holiday)> {
        let mut days = vec![
            (date(year, 1, 1), Holiday::NewYearsDay),
            (date(year, 1, 6), Holiday::Epiphany),
            (date(year, 5, 1), Holiday::MayDay),
            (date(year, 6, 6), Holiday::NationalDay),
            (date(year, 12, 24), Holiday::ChristmasEve),
            (date(year, 12, 25), Holiday::ChristmasDay),
            (date(year, 12, 26), Holiday::BoxingDay),
            (date(year, 12, 31), Holiday::NewYearsEve),
        ];
        if let Some(easter) = easter(year) {
            for (offset, holiday) in [
                (-2, Holiday::GoodFriday),
                (0, Holiday::EasterSunday),
                (1, Holiday::EasterMonday),
                (39, Holiday::Ascension),
                (49, Holiday::Whitsun),
            ] {
                if let Ok(day) = easter.checked_add(i64::from(offset).days()) {
                    days.push((day, holiday));
                }
            }
        }
        if let Some(midsummer) = on_or_after(date(year, 6, 20), Weekday::Saturday) {
            days.push((midsummer, Holiday::MidsummerDay));
            if let Ok(eve) = midsummer.checked_sub(1.day()) {
                days.push((eve, Holiday::MidsummerEve));
            }
        }
        if let Some(saints) = on_or_after(date(year, 10, 31), Weekday::Saturday) {
            days.push((saints, Holiday::AllSaints));
        }
        days.sort();
        days
    }

    /// The holiday `day` is, if it is one.
    pub fn holiday(day: Date) -> Option<Holiday> {
        holidays(day.year())
            .into_iter()
            .find(|(d, _)| *d == day)
            .map(|(_, h)| h)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn easter_falls_where_the_almanac_says() {
            for (year, month, day) in [
                (2024, 3, 31),
                (2025, 4, 20),
                (2026, 4, 5),
                (2027, 3, 28),
                (2038, 4, 25),
            ] {
                assert_eq!(easter(year), Some(date(year, month, day)), "{year}");
            }
        }

        #[test]
        fn the_holidays_of_2026() {
            let days: Vec<String> = holidays(2026)
                .into_iter()
                .map(|(d, _)| d.to_string())
                .collect();
            assert_eq!(
                days,
                [
                    "2026-01-01",
                    "2026-01-06",
                    "2026-04-03",
                    "2026-04-05",
                    "2026-04-06",
                    "2026-05-01",
                    "2026-05-14",
                    "2026-05-24",
                    "2026-06-06",
                    "2026-06-19",
                    "2026-06-20",
                    "2026-10-31",
                    "2026-12-24",
                    "2026-12-25",
                    "2026-12-26",
                    "2026-12-31",
                ]
            );
            assert_eq!(holiday(date(2026, 6, 19)), Some(Holiday::MidsummerEve));
            assert_eq!(holiday(date(2027, 11, 6)), Some(Holiday::AllSaints));
            assert_eq!(holiday(date(2026, 12, 7)), None);
        }
    }
}
