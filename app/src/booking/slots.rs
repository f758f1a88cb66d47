//! Free times: a pure function of a coach's weekly hours and rules, the bookings already
//! made, and "now". Days and hours are Stockholm's; instants are UTC, so a Monday 10:00
//! is 09:00 UTC in winter and 08:00 UTC in summer, and the days the clocks change are as
//! long as they really are.
use super::BookingRules;
#[cfg(test)]
use super::WeeklyRange;
use crate::ssr::clock::STOCKHOLM;
use jiff::civil::{Date, Time};
use jiff::{Timestamp, ToSpan};

/// A time a meeting can start and end (Unix seconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Slot {
    pub starts_at: i64,
    pub ends_at: i64,
}

impl Slot {
    /// Whether this slot and `other` overlap once `buffer` seconds are kept between them.
    pub fn clashes(&self, other: &Slot, buffer: i64) -> bool {
        self.starts_at < other.ends_at + buffer && other.starts_at < self.ends_at + buffer
    }
}

/// The Stockholm instant of `minute` minutes after midnight on `day`. A wall-clock time the
/// spring change skips is moved forward (02:30 → 03:30); one the autumn change repeats is
/// the first of the two.
pub fn at(day: Date, minute: u16) -> Option<Timestamp> {
    if minute >= 24 * 60 {
        // "24:00": the first instant of the next day.
        let next = day.checked_add(1.day()).ok()?;
        return at(next, minute - 24 * 60);
    }
    let time = Time::new((minute / 60) as i8, (minute % 60) as i8, 0, 0).ok()?;
    day.to_datetime(time)
        .to_zoned_datetime(STOCKHOLM.clone())
        .ok()
        .map(|z| z.timestamp())
}

/// The slots the coach's hours offer on one Stockholm day, in order: each weekly range of
/// that weekday filled with meetings of the slot length, a buffer apart; on a closed day or
/// a holiday, only the extra hours of that day.
pub fn day_slots(rules: &BookingRules, day: Date) -> Vec<Slot> {
    let key = day.to_string();
    let step = u16::from(rules.slot_minutes) + u16::from(rules.buffer_minutes);
    let weekday = day.weekday().to_monday_one_offset() as u8;
    // A closed day has no weekly hours; extra hours that day are still offered (the coach
    // added them for that very day).
    // Holidays are closed unless the coach adds extra hours that day.
    let open = rules.closed.binary_search(&key).is_err() && super::holidays::holiday(day).is_none();
    let weekly = rules
        .weekly
        .iter()
        .filter(|r| r.weekday == weekday && open)
        .map(|r| (r.start, r.end));
    let extra = rules
        .extra
        .iter()
        .filter(|r| r.day == key)
        .map(|r| (r.start, r.end));
    let mut ranges: Vec<(u16, u16)> = weekly.chain(extra).collect();
    ranges.sort();
    let mut slots = Vec::new();
    for (mut start, range_end) in ranges {
        while start + u16::from(rules.slot_minutes) <= range_end {
            let end = start + u16::from(rules.slot_minutes);
            if let (Some(s), Some(e)) = (at(day, start), at(day, end)) {
                if s < e {
                    slots.push(Slot {
                        starts_at: s.as_second(),
                        ends_at: e.as_second(),
                    });
                }
            }
            start += step.max(1);
        }
    }
    slots.sort();
    // Extra hours that overlap the weekly ones offer a time once, never two that overlap.
    let mut kept: Vec<Slot> = Vec::with_capacity(slots.len());
    for slot in slots {
        if kept
            .last()
            .is_none_or(|last| last.ends_at <= slot.starts_at)
        {
            kept.push(slot);
        }
    }
    kept
}

/// The days of the booking horizon, from `now`'s day.
fn horizon(rules: &BookingRules, now: Timestamp) -> impl Iterator<Item = Date> {
    let today = now.to_zoned_datetime(STOCKHOLM.clone()).date();
    (0..=i64::from(rules.horizon_days))
        .map_while(move |offset| today.checked_add(offset.days()).ok())
}

/// Every slot the coach's hours offer from `now`'s day to the end of the horizon, before
/// bookings are taken out.
pub fn offered(rules: &BookingRules, now: Timestamp) -> Vec<Slot> {
    horizon(rules, now)
        .flat_map(|day| day_slots(rules, day))
        .collect()
}

/// The offered slot that starts at `starts_at`, if there is one within the horizon: the
/// check a booking request makes, looking at that one day only.
pub fn offered_at(rules: &BookingRules, now: Timestamp, starts_at: i64) -> Option<Slot> {
    let day = Timestamp::from_second(starts_at)
        .ok()?
        .to_zoned_datetime(STOCKHOLM.clone())
        .date();
    horizon(rules, now)
        .any(|d| d == day)
        .then(|| day_slots(rules, day))?
        .into_iter()
        .find(|s| s.starts_at == starts_at)
}

/// Whether a booking may start at `starts_at` when asked at `now` (the minimum notice).
pub fn after_notice(rules: &BookingRules, starts_at: i64, now: Timestamp) -> bool {
    starts_at >= now.as_second() + i64::from(rules.notice_minutes) * 60
}

/// `slots` without those that start before the minimum notice or clash (buffer included)
/// with a booking. `booked` need not be sorted; the check is a binary search per slot.
fn without_booked(
    rules: &BookingRules,
    slots: Vec<Slot>,
    booked: &[Slot],
    now: Timestamp,
) -> Vec<Slot> {
    let earliest = now.as_second() + i64::from(rules.notice_minutes) * 60;
    let buffer = i64::from(rules.buffer_minutes) * 60;
    let mut booked = booked.to_vec();
    booked.sort();
    let longest = booked
        .iter()
        .map(|b| b.ends_at - b.starts_at)
        .max()
        .unwrap_or(0);
    slots
        .into_iter()
        .filter(|s| s.starts_at >= earliest)
        .filter(|s| {
            // Only bookings starting in this window can reach the slot.
            let from = booked.partition_point(|b| b.starts_at < s.starts_at - buffer - longest);
            !booked[from..]
                .iter()
                .take_while(|b| b.starts_at < s.ends_at + buffer)
                .any(|b| s.clashes(b, buffer))
        })
        .collect()
}

/// The free times: offered slots that start after the minimum notice, end within the
/// horizon, and keep the buffer from every booking already made.
pub fn free_times(rules: &BookingRules, booked: &[Slot], now: Timestamp) -> Vec<Slot> {
    let mut free = without_booked(rules, offered(rules, now), booked, now);
    free.sort();
    free.dedup();
    free
}

/// The free times on one day of the horizon.
pub fn free_times_on(
    rules: &BookingRules,
    booked: &[Slot],
    now: Timestamp,
    day: Date,
) -> Vec<Slot> {
    if !horizon(rules, now).any(|d| d == day) {
        return Vec::new();
    }
    without_booked(rules, day_slots(rules, day), booked, now)
}

/// Whether a booking starting at `starts_at` may still be cancelled or moved by the
/// participant at `now` (after the cut-off they contact the coach instead).
pub fn before_cutoff(rules_cutoff_minutes: u32, starts_at: i64, now: Timestamp) -> bool {
    now.as_second() + i64::from(rules_cutoff_minutes) * 60 <= starts_at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(weekly: Vec<WeeklyRange>) -> BookingRules {
        BookingRules {
            slot_minutes: 45,
            buffer_minutes: 15,
            notice_minutes: 120,
            horizon_days: 14,
            cutoff_minutes: 240,
            place: String::new(),
            weekly,
            closed: Vec::new(),
            extra: Vec::new(),
        }
    }

    fn range(weekday: u8, from: &str, to: &str) -> WeeklyRange {
        let minutes = |s: &str| {
            let (h, m) = s.split_once(':').expect("hh:mm");
            h.parse::<u16>().expect("h") * 60 + m.parse::<u16>().expect("m")
        };
        WeeklyRange {
            weekday,
            start: minutes(from),
            end: minutes(to),
        }
    }

    fn utc(s: &str) -> Timestamp {
        s.parse().expect("instant")
    }

    fn starts(slots: &[Slot]) -> Vec<String> {
        slots
            .iter()
            .map(|s| {
                Timestamp::from_second(s.starts_at)
                    .expect("instant")
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn a_morning_fills_with_meetings_a_buffer_apart() {
        // Monday 7 December 2026, 06:00 Stockholm (05:00 UTC).
        let r = rules(vec![range(1, "09:00", "12:00")]);
        let free = free_times(&r, &[], utc("2026-12-07T05:00:00Z"));
        let monday: Vec<_> = starts(&free).into_iter().take(3).collect();
        assert_eq!(
            monday,
            [
                "2026-12-07T08:00:00Z",
                "2026-12-07T09:00:00Z",
                "2026-12-07T10:00:00Z"
            ]
        );
        // 09:00, 10:00, 11:00 fit (11:00–11:45); two Mondays in the horizon.
        assert_eq!(free.len(), 3 * 3);
    }

    #[test]
    fn notice_and_horizon_bound_the_offer() {
        let r = rules(vec![range(1, "09:00", "12:00")]);
        // Monday 09:30 Stockholm: 2 h notice leaves only 11:45 or later: nothing today.
        let free = free_times(&r, &[], utc("2026-12-07T08:30:00Z"));
        assert_eq!(starts(&free)[0], "2026-12-14T08:00:00Z");
        // 14 days ahead includes Monday 21 December but not 28 December.
        assert!(starts(&free).iter().all(|s| s.as_str() < "2026-12-22"));
    }

    #[test]
    fn a_booking_and_its_buffer_take_times_out() {
        let r = rules(vec![range(1, "09:00", "12:00")]);
        let now = utc("2026-12-07T05:00:00Z");
        let booked = [Slot {
            starts_at: utc("2026-12-07T09:00:00Z").as_second(),
            ends_at: utc("2026-12-07T09:45:00Z").as_second(),
        }];
        let free = starts(&free_times(&r, &booked, now));
        assert!(!free.contains(&"2026-12-07T09:00:00Z".to_string()));
        assert!(free.contains(&"2026-12-07T08:00:00Z".to_string()));
        assert!(free.contains(&"2026-12-07T10:00:00Z".to_string()));
        // A booking at an odd time (the hours changed since) blocks what it touches.
        let odd = [Slot {
            starts_at: utc("2026-12-07T08:30:00Z").as_second(),
            ends_at: utc("2026-12-07T09:15:00Z").as_second(),
        }];
        let free = starts(&free_times(&r, &odd, now));
        assert!(!free.contains(&"2026-12-07T08:00:00Z".to_string()));
        assert!(!free.contains(&"2026-12-07T09:00:00Z".to_string()));
        assert!(free.contains(&"2026-12-07T10:00:00Z".to_string()));
    }

    #[test]
    fn extra_hours_add_times_even_on_a_closed_day() {
        use super::super::ExtraRange;
        let extra = |day: &str, from: &str, to: &str| {
            let r = range(1, from, to);
            ExtraRange {
                day: day.to_string(),
                start: r.start,
                end: r.end,
            }
        };
        let mut r = rules(vec![range(1, "09:00", "11:00")]);
        // Wednesday 9 December has no weekly hours: 13:00–15:00 gives 13:00 and 14:00.
        r.extra = vec![extra("2026-12-09", "13:00", "15:00")];
        let now = utc("2026-12-07T05:00:00Z");
        let wednesday = starts(&free_times_on(
            &r,
            &[],
            now,
            "2026-12-09".parse().expect("day"),
        ));
        assert_eq!(wednesday, ["2026-12-09T12:00:00Z", "2026-12-09T13:00:00Z"]);
        // Monday 14th is closed but has an extra hour: only that hour is offered.
        r.closed = vec!["2026-12-14".to_string()];
        r.extra.push(extra("2026-12-14", "15:00", "16:00"));
        let monday = starts(&free_times_on(
            &r,
            &[],
            now,
            "2026-12-14".parse().expect("day"),
        ));
        assert_eq!(monday, ["2026-12-14T14:00:00Z"]);
        // Extra hours overlapping the weekly ones never offer two overlapping times.
        r.extra.push(extra("2026-12-07", "09:30", "11:00"));
        let slots = day_slots(&r, "2026-12-07".parse().expect("day"));
        assert!(slots.windows(2).all(|w| w[0].ends_at <= w[1].starts_at));
        // Extra hours on the night of the spring change keep wall-clock time (CEST after).
        r.extra.push(extra("2026-03-29", "10:00", "10:45"));
        let sunday = day_slots(&r, "2026-03-29".parse().expect("day"));
        assert_eq!(starts(&sunday), ["2026-03-29T08:00:00Z"]);
    }

    #[test]
    fn the_spring_change_keeps_wall_clock_hours() {
        // Clocks go forward on Sunday 29 March 2026. Friday 10:00 is 09:00 UTC; the next
        // Monday 10:00 is 08:00 UTC.
        let r = rules(vec![range(5, "10:00", "10:45"), range(1, "10:00", "10:45")]);
        let free = starts(&free_times(&r, &[], utc("2026-03-26T12:00:00Z")));
        assert_eq!(free[0], "2026-03-27T09:00:00Z");
        assert_eq!(free[1], "2026-03-30T08:00:00Z");
        // The night of the change, hours 01:00–04:00: 01:00 CET (00:00Z); 02:00 does not
        // exist and becomes 03:00 CEST (01:00Z), the same instant as the 03:00 slot, which
        // is offered once.
        let night = rules(vec![range(7, "01:00", "04:00")]);
        let sunday: Vec<_> = free_times(&night, &[], utc("2026-03-28T12:00:00Z"))
            .into_iter()
            .filter(|s| s.starts_at < utc("2026-03-30T00:00:00Z").as_second())
            .collect();
        assert_eq!(
            starts(&sunday),
            ["2026-03-29T00:00:00Z", "2026-03-29T01:00:00Z"]
        );
        assert!(sunday.iter().all(|s| s.ends_at - s.starts_at == 45 * 60));
    }

    #[test]
    fn the_autumn_change_keeps_wall_clock_hours() {
        // Clocks go back on Sunday 25 October 2026. Friday 23rd 10:00 is 08:00 UTC; Monday
        // 26th 10:00 is 09:00 UTC.
        let r = rules(vec![range(5, "10:00", "10:45"), range(1, "10:00", "10:45")]);
        let free = starts(&free_times(&r, &[], utc("2026-10-22T12:00:00Z")));
        assert_eq!(free[0], "2026-10-23T08:00:00Z");
        assert_eq!(free[1], "2026-10-26T09:00:00Z");
    }

    #[test]
    fn one_day_and_one_start_agree_with_the_whole_horizon() {
        let r = rules(vec![range(1, "09:00", "12:00"), range(2, "13:00", "15:00")]);
        let now = utc("2026-12-07T05:00:00Z");
        let all = free_times(&r, &[], now);
        let tuesday: jiff::civil::Date = "2026-12-08".parse().expect("day");
        let on = free_times_on(&r, &[], now, tuesday);
        assert_eq!(
            starts(&on),
            ["2026-12-08T12:00:00Z", "2026-12-08T13:00:00Z"]
        );
        assert!(on.iter().all(|s| all.contains(s)));
        for slot in &all {
            assert_eq!(offered_at(&r, now, slot.starts_at), Some(*slot));
        }
        assert_eq!(offered_at(&r, now, all[0].starts_at + 60), None);
        // Beyond the horizon: not offered.
        let late = utc("2027-03-01T08:00:00Z").as_second();
        assert_eq!(offered_at(&r, now, late), None);
    }

    #[test]
    fn hours_until_midnight_offer_the_last_time() {
        let r = rules(vec![range(1, "22:00", "24:00")]);
        let free = free_times(&r, &[], utc("2026-12-07T05:00:00Z"));
        // 22:00 and 23:00 Stockholm (21:00Z, 22:00Z); the second ends at 23:45.
        assert_eq!(
            starts(&free)[..2],
            ["2026-12-07T21:00:00Z", "2026-12-07T22:00:00Z"]
        );
    }

    #[test]
    fn a_holiday_offers_only_the_extra_hours_the_coach_added() {
        let mut r = rules((1..=5).map(|d| range(d, "09:00", "12:00")).collect());
        // Friday 25 December 2026, Christmas Day: nothing on the weekly hours.
        let christmas: Date = "2026-12-25".parse().expect("day");
        assert!(day_slots(&r, christmas).is_empty());
        assert!(!day_slots(&r, "2026-12-28".parse().expect("day")).is_empty());
        r.extra = vec![crate::booking::ExtraRange {
            day: "2026-12-25".into(),
            start: 10 * 60,
            end: 11 * 60,
        }];
        assert_eq!(day_slots(&r, christmas).len(), 1);
    }

    #[test]
    fn a_closed_day_offers_nothing() {
        let mut r = rules(vec![range(1, "09:00", "12:00")]);
        r.closed = vec!["2026-12-07".into()];
        let free = starts(&free_times(&r, &[], utc("2026-12-07T05:00:00Z")));
        assert_eq!(free[0], "2026-12-14T08:00:00Z");
    }

    #[test]
    fn the_cutoff() {
        let start = utc("2026-12-07T10:00:00Z").as_second();
        assert!(before_cutoff(240, start, utc("2026-12-07T06:00:00Z")));
        assert!(!before_cutoff(240, start, utc("2026-12-07T06:00:01Z")));
    }
}
