//! The coach's week against the IPS aim, and the people still waiting for a first
//! employer contact. Weeks are ISO weeks (Monday to Sunday) of Stockholm calendar days, so
//! a contact belongs to the week its day is in, whatever the clocks did.
use jiff::civil::Date;

/// The Monday of the ISO week `day` is in.
pub fn monday_of(day: Date) -> Date {
    let back = i64::from(day.weekday().to_monday_zero_offset());
    day.checked_sub(jiff::Span::new().days(back)).unwrap_or(day)
}

/// How many of `days` (face-to-face contacts' days) fall in the week of `today`: from its
/// Monday through today (a contact cannot be logged ahead).
pub fn this_week(days: &[Date], today: Date) -> u32 {
    let monday = monday_of(today);
    days.iter()
        .filter(|d| **d >= monday && **d <= today)
        .count() as u32
}

/// Days from a person's start to `today`, when they have had no employer contact and it is
/// more than `limit` days.
pub fn waiting_days(start: Date, today: Date, contacted: bool, limit: i64) -> Option<i64> {
    if contacted {
        return None;
    }
    // Two dates' difference is a span of whole days only.
    let days = i64::from((today - start).get_days());
    (days > limit).then_some(days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ssr::clock::day_of;
    use jiff::civil::date;

    #[test]
    fn the_week_of_a_day() {
        assert_eq!(monday_of(date(2026, 12, 6)), date(2026, 11, 30));
        assert_eq!(monday_of(date(2026, 12, 7)), date(2026, 12, 7));
    }

    #[test]
    fn a_week_across_the_new_year() {
        // ISO week 53 of 2026 runs from Monday 28 December to Sunday 3 January 2027.
        let visits = [
            date(2026, 12, 27),
            date(2026, 12, 28),
            date(2026, 12, 31),
            date(2027, 1, 1),
            date(2027, 1, 3),
            date(2027, 1, 4),
        ];
        assert_eq!(this_week(&visits, date(2027, 1, 3)), 4);
        assert_eq!(this_week(&visits, date(2027, 1, 1)), 3);
        assert_eq!(this_week(&visits, date(2027, 1, 4)), 1);
        assert_eq!(this_week(&visits, date(2026, 12, 27)), 1);
    }

    #[test]
    fn the_week_turns_at_stockholm_midnight_through_summer_time() {
        // Summer time begins on Sunday 28 March 2027 at 02:00. 22:30 UTC that Sunday is
        // already Monday 00:30 in Stockholm: a new week, where Sunday's visit is last week's.
        let visits = [date(2027, 3, 28)];
        let sunday_evening = "2027-03-28T21:30:00Z".parse().expect("an instant");
        let monday_night = "2027-03-28T22:30:00Z".parse().expect("an instant");
        assert_eq!(day_of(sunday_evening), date(2027, 3, 28));
        assert_eq!(this_week(&visits, day_of(sunday_evening)), 1);
        assert_eq!(day_of(monday_night), date(2027, 3, 29));
        assert_eq!(this_week(&visits, day_of(monday_night)), 0);
        // Winter time back on 31 October 2027: 23:30 UTC on the Sunday is Monday 00:30.
        let monday = "2027-10-31T23:30:00Z".parse().expect("an instant");
        assert_eq!(day_of(monday), date(2027, 11, 1));
        assert_eq!(this_week(&[date(2027, 10, 31)], day_of(monday)), 0);
    }

    #[test]
    fn waiting_for_a_first_contact() {
        let start = date(2026, 11, 1);
        assert_eq!(waiting_days(start, date(2026, 12, 1), false, 30), None);
        assert_eq!(waiting_days(start, date(2026, 12, 2), false, 30), Some(31));
        assert_eq!(waiting_days(start, date(2026, 12, 2), true, 30), None);
        // Across a year boundary.
        assert_eq!(
            waiting_days(date(2026, 12, 1), date(2027, 1, 5), false, 30),
            Some(35)
        );
    }
}
