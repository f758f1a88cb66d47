//! Time, from one place. Instants are stored as UTC Unix seconds; calendar days (what a
//! person means by "today" or "valid until 7 December") are Europe/Stockholm days, with
//! the zone's rules compiled in. The clock is part of the server state, so tests can set
//! it to any moment, such as the night the clocks change.
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

/// The portal's time zone: every calendar day shown or counted is a day here.
pub static STOCKHOLM: TimeZone = jiff::tz::get!("Europe/Stockholm");

#[derive(Clone)]
pub struct Clock(Source);

#[derive(Clone)]
enum Source {
    System,
    Manual(Arc<AtomicI64>),
}

/// Moves a manual clock (tests only use it, but it is no risk to have).
#[derive(Clone)]
pub struct ClockHand(Arc<AtomicI64>);

impl ClockHand {
    pub fn set(&self, at: Timestamp) {
        self.0.store(at.as_second(), Ordering::SeqCst);
    }

    pub fn advance(&self, seconds: i64) {
        self.0.fetch_add(seconds, Ordering::SeqCst);
    }

    /// Where the hand is now.
    pub fn now(&self) -> Timestamp {
        Timestamp::from_second(self.0.load(Ordering::SeqCst)).unwrap_or(Timestamp::UNIX_EPOCH)
    }
}

impl Clock {
    pub fn system() -> Clock {
        Clock(Source::System)
    }

    /// A clock that stands at `at` until its hand moves it.
    pub fn manual(at: Timestamp) -> (Clock, ClockHand) {
        let seconds = Arc::new(AtomicI64::new(at.as_second()));
        (Clock(Source::Manual(seconds.clone())), ClockHand(seconds))
    }

    pub fn now(&self) -> Timestamp {
        match &self.0 {
            Source::System => Timestamp::now(),
            Source::Manual(seconds) => Timestamp::from_second(seconds.load(Ordering::SeqCst))
                .unwrap_or(Timestamp::UNIX_EPOCH),
        }
    }

    /// Now, as stored: Unix seconds.
    pub fn unix(&self) -> i64 {
        self.now().as_second()
    }

    /// Today's date in Stockholm.
    pub fn today(&self) -> Date {
        day_of(self.now())
    }
}

/// The Stockholm calendar day an instant falls on.
pub fn day_of(at: Timestamp) -> Date {
    at.to_zoned_datetime(STOCKHOLM.clone()).date()
}

/// The first instant of `day` in Stockholm.
pub fn start_of_day(day: Date) -> Timestamp {
    day.to_zoned_datetime(STOCKHOLM.clone())
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::MIN)
}

/// The first instant after `day` ends in Stockholm (midnight of the next day, whatever the
/// clocks did that night).
pub fn end_of_day(day: Date) -> Timestamp {
    day.checked_add(1.day())
        .ok()
        .and_then(|next| next.to_zoned_datetime(STOCKHOLM.clone()).ok())
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::MAX)
}

/// The last day of something valid for `days` calendar days from `at`: a week from a
/// Friday afternoon lasts through the next Friday, however long the nights in between.
pub fn last_day(at: Timestamp, days: i64) -> Date {
    let first = day_of(at);
    first.checked_add(days.days()).unwrap_or(first)
}

/// A calendar day as the pages show it (without a time-zone library in the browser).
pub fn calendar_day(day: Date) -> crate::i18n::CalendarDay {
    crate::i18n::CalendarDay {
        year: day.year(),
        month: day.month() as u8,
        day: day.day() as u8,
        weekday: day.weekday().to_monday_one_offset() as u8,
    }
}

/// An instant (Unix seconds) as the Stockholm day and time the pages show, seen at `now`.
pub fn moment(unix: i64, now: Timestamp) -> Option<crate::i18n::Moment> {
    let at = Timestamp::from_second(unix).ok()?;
    let local = at.to_zoned_datetime(STOCKHOLM.clone());
    Some(crate::i18n::Moment {
        day: calendar_day(local.date()),
        hour: local.hour() as u8,
        minute: local.minute() as u8,
        this_year: local.year() == day_of(now).year(),
    })
}

/// The Stockholm day an instant (Unix seconds) falls on, as the pages show it.
pub fn day_of_unix(unix: i64) -> Option<crate::i18n::CalendarDay> {
    Timestamp::from_second(unix)
        .ok()
        .map(|at| calendar_day(day_of(at)))
}

/// A whole date as a person types it (`2026-12-24`, with the forgiveness of CV dates:
/// Arabic-Indic digits, `/` or `.`), or `None`.
pub fn parse_day(typed: &str) -> Option<Date> {
    let parsed: crate::date::PartialDate = typed.parse().ok()?;
    let text = parsed.to_string();
    // Only a full date (year, month and day) names a day.
    (text.len() == 10).then(|| text.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn at(utc: &str) -> Timestamp {
        utc.parse().expect("timestamp")
    }

    #[test]
    fn days_are_stockholm_days() {
        // 23:30 UTC on 31 December is already New Year's Day in Stockholm (UTC+1).
        assert_eq!(day_of(at("2026-12-31T23:30:00Z")), date(2027, 1, 1));
        // In summer (UTC+2) the day turns at 22:00 UTC.
        assert_eq!(day_of(at("2026-07-01T21:59:59Z")), date(2026, 7, 1));
        assert_eq!(day_of(at("2026-07-01T22:00:00Z")), date(2026, 7, 2));
    }

    #[test]
    fn the_spring_change_day_has_23_hours() {
        // Clocks went from 02:00 to 03:00 on Sunday 29 March 2026.
        let start = end_of_day(date(2026, 3, 28));
        let end = end_of_day(date(2026, 3, 29));
        assert_eq!(start, at("2026-03-28T23:00:00Z"));
        assert_eq!(end.as_second() - start.as_second(), 23 * 3600);
    }

    #[test]
    fn the_autumn_change_day_has_25_hours() {
        // Clocks went from 03:00 back to 02:00 on Sunday 25 October 2026.
        let start = end_of_day(date(2026, 10, 24));
        let end = end_of_day(date(2026, 10, 25));
        assert_eq!(end, at("2026-10-25T23:00:00Z"));
        assert_eq!(end.as_second() - start.as_second(), 25 * 3600);
    }

    #[test]
    fn seven_days_count_calendar_days_across_a_change() {
        // Issued on Friday afternoon before the spring change: usable through next Friday,
        // which ends at 22:00 UTC (summer time).
        let issued = at("2026-03-27T15:00:00Z");
        assert_eq!(last_day(issued, 7), date(2026, 4, 3));
        assert_eq!(end_of_day(last_day(issued, 7)), at("2026-04-03T22:00:00Z"));
        // Across the autumn change it ends at 23:00 UTC (winter time).
        let issued = at("2026-10-23T15:00:00Z");
        assert_eq!(last_day(issued, 7), date(2026, 10, 30));
        assert_eq!(end_of_day(last_day(issued, 7)), at("2026-10-30T23:00:00Z"));
    }

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let (clock, hand) = Clock::manual(at("2026-03-29T00:30:00Z"));
        assert_eq!(clock.unix(), at("2026-03-29T00:30:00Z").as_second());
        hand.advance(3600);
        assert_eq!(clock.today(), date(2026, 3, 29));
        hand.set(at("2026-03-29T22:00:00Z"));
        assert_eq!(clock.today(), date(2026, 3, 30));
    }
}
