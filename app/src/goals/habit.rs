//! Habit strength, after Loop Habit Tracker: each day the score moves toward 1 when the
//! person practised (or had already practised as often as the goal asks that week) and
//! toward 0 when not, `score = score × m + done × (1 − m)` with `m = 0.5^(√f / 13)` and `f`
//! the goal's times per day. A missed day dents the score and never resets it; paused days
//! leave it as it was; today counts only once it is done (the day is not over).
use jiff::civil::Date;
use jiff::ToSpan;
use std::collections::BTreeSet;

/// How much of yesterday's score a day keeps, for a goal of `per_week` times a week.
pub fn multiplier(per_week: u8) -> f64 {
    let per_day = f64::from(per_week.clamp(1, 7)) / 7.0;
    0.5f64.powf(per_day.sqrt() / 13.0)
}

/// A goal's history: how often, from which day, which days were practised and paused
/// (from a day up to, not including, another; open while it lasts).
pub struct History<'a> {
    pub per_week: u8,
    pub start: Date,
    pub done: &'a BTreeSet<Date>,
    pub paused: &'a [(Date, Option<Date>)],
}

impl History<'_> {
    fn paused_on(&self, day: Date) -> bool {
        self.paused
            .iter()
            .any(|(from, to)| *from <= day && to.is_none_or(|to| day < to))
    }

    /// Practised that day, or already as often as asked in the seven days ending then.
    fn counts_as_done(&self, day: Date) -> bool {
        if self.done.contains(&day) {
            return true;
        }
        let Ok(from) = day.checked_sub(6.days()) else {
            return false;
        };
        self.done.range(from..=day).count() >= usize::from(self.per_week)
    }

    /// The strength on the evening of `today`, from 0 to 1.
    pub fn strength(&self, today: Date) -> f64 {
        let m = multiplier(self.per_week);
        let mut score = 0.0;
        let mut day = self.start;
        while day <= today {
            let done = self.counts_as_done(day);
            let frozen = self.paused_on(day) && !self.done.contains(&day);
            if !frozen && (day < today || done) {
                score = score * m + if done { 1.0 - m } else { 0.0 };
            }
            match day.tomorrow() {
                Ok(next) => day = next,
                Err(_) => break,
            }
        }
        score
    }

    /// Days practised in each of the last `weeks` weeks (Monday to Sunday) up to the one
    /// holding `today`, from the week the goal was set, oldest first, with each Monday.
    pub fn weeks(&self, today: Date, weeks: i64) -> Vec<(Date, usize)> {
        let monday = today
            .checked_sub(i64::from(today.weekday().to_monday_zero_offset()).days())
            .unwrap_or(today);
        (0..weeks)
            .rev()
            .filter_map(|back| monday.checked_sub((back * 7).days()).ok())
            .filter_map(|from| {
                let to = from.checked_add(6.days()).unwrap_or(from);
                (to >= self.start).then(|| (from, self.done.range(from..=to).count()))
            })
            .collect()
    }
}

/// The strength in words: 0 just started, 1 growing, 2 steady, 3 strong.
pub fn level(score: f64) -> u8 {
    match score {
        s if s >= 0.8 => 3,
        s if s >= 0.5 => 2,
        s if s >= 0.2 => 1,
        _ => 0,
    }
}

/// The days practised and the number of days planned in the `days` days that end with
/// `today`, counting only days between the goal's start and its `last` day that were not
/// paused: "5 of 6 days" on a coach's caseload. The plan is the goal's times a week spread
/// over those days, rounded up (a goal begun today plans today).
pub fn recent(
    history: &History<'_>,
    today: Date,
    last: Option<Date>,
    days: i64,
) -> (Vec<Date>, u32) {
    let mut counted = 0u32;
    let mut done = Vec::new();
    for back in 0..days {
        let Ok(day) = today.checked_sub(back.days()) else {
            break;
        };
        if day < history.start || last.is_some_and(|last| day > last) || history.paused_on(day) {
            continue;
        }
        counted += 1;
        if history.done.contains(&day) {
            done.push(day);
        }
    }
    let planned =
        (f64::from(history.per_week.clamp(1, 7)) * f64::from(counted) / 7.0).ceil() as u32;
    (done, planned.min(counted))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        s.parse().expect("day")
    }

    /// Practice on the first `per_week` days of every week for `weeks` weeks from Monday
    /// 5 January 2026.
    fn steady(per_week: u8, weeks: i64) -> (BTreeSet<Date>, Date) {
        let start = day("2026-01-05");
        let mut done = BTreeSet::new();
        for w in 0..weeks {
            for d in 0..i64::from(per_week) {
                done.insert(start.checked_add((w * 7 + d).days()).expect("day"));
            }
        }
        let end = start.checked_add((weeks * 7 - 1).days()).expect("day");
        (done, end)
    }

    #[test]
    fn steady_practice_grows_strong_at_every_frequency() {
        for per_week in 1..=7u8 {
            let (done, end) = steady(per_week, 26);
            let h = History {
                per_week,
                start: day("2026-01-05"),
                done: &done,
                paused: &[],
            };
            let after_a_month = h.strength(day("2026-02-01"));
            let after_half_a_year = h.strength(end);
            assert!(
                after_half_a_year > 0.9,
                "{per_week}/week: {after_half_a_year}"
            );
            assert!(after_a_month < after_half_a_year, "{per_week}/week rises");
            assert_eq!(level(after_half_a_year), 3);
        }
    }

    #[test]
    fn a_missed_day_dents_and_never_resets() {
        let (mut done, end) = steady(7, 8);
        let h = |done: &BTreeSet<Date>| {
            History {
                per_week: 7,
                start: day("2026-01-05"),
                done,
                paused: &[],
            }
            .strength(end)
        };
        let before = h(&done);
        done.remove(&end.yesterday().expect("day"));
        let after = h(&done);
        assert!(after < before, "dented: {before} → {after}");
        assert!(after > before * 0.9, "not reset: {after}");
    }

    #[test]
    fn a_pause_freezes_the_score() {
        let (done, end) = steady(7, 4);
        let paused = [(end.tomorrow().expect("day"), None)];
        let h = History {
            per_week: 7,
            start: day("2026-01-05"),
            done: &done,
            paused: &paused,
        };
        let later = end.checked_add(20.days()).expect("day");
        assert_eq!(h.strength(end), h.strength(later));
        // Once the pause ends, missed days count again.
        let ended = [(
            end.tomorrow().expect("day"),
            Some(end.checked_add(10.days()).expect("day")),
        )];
        let h = History {
            paused: &ended,
            ..h
        };
        assert!(h.strength(later) < h.strength(end));
    }

    #[test]
    fn a_long_gap_decays() {
        let (done, end) = steady(7, 8);
        let h = History {
            per_week: 7,
            start: day("2026-01-05"),
            done: &done,
            paused: &[],
        };
        let two_months_later = end.checked_add(60.days()).expect("day");
        assert!(h.strength(two_months_later) < 0.1);
        assert_eq!(level(h.strength(two_months_later)), 0);
    }

    #[test]
    fn today_counts_only_once_done() {
        let done: BTreeSet<Date> = [day("2026-03-02")].into();
        let h = History {
            per_week: 7,
            start: day("2026-03-02"),
            done: &done,
            paused: &[],
        };
        assert!(h.strength(day("2026-03-02")) > 0.0);
        // The next morning nothing is lost yet.
        assert_eq!(h.strength(day("2026-03-03")), h.strength(day("2026-03-02")));
    }

    #[test]
    fn weeks_count_days_monday_to_sunday_across_the_spring_change() {
        // Clocks go forward on Sunday 29 March 2026: the week is still seven days.
        let done: BTreeSet<Date> = ["2026-03-23", "2026-03-29", "2026-03-30"]
            .into_iter()
            .map(day)
            .collect();
        let h = History {
            per_week: 3,
            start: day("2026-03-01"),
            done: &done,
            paused: &[],
        };
        assert_eq!(
            h.weeks(day("2026-04-01"), 2),
            [(day("2026-03-23"), 2), (day("2026-03-30"), 1)]
        );
    }

    #[test]
    fn the_multiplier_follows_the_frequency() {
        assert!((multiplier(7) - 0.5f64.powf(1.0 / 13.0)).abs() < 1e-12);
        assert!(multiplier(1) > multiplier(3) && multiplier(3) > multiplier(7));
    }

    #[test]
    fn recent_counts_done_and_planned_days_without_pauses() {
        let start = day("2026-11-23");
        let today = day("2026-12-06");
        let done: BTreeSet<Date> = [
            "2026-11-24",
            "2026-11-26",
            "2026-12-01",
            "2026-12-03",
            "2026-12-05",
        ]
        .into_iter()
        .map(day)
        .collect();
        let history = History {
            per_week: 3,
            start,
            done: &done,
            paused: &[],
        };
        let count = |h: &History<'_>, last| {
            let (done, planned) = recent(h, today, last, 14);
            (done.len(), planned)
        };
        assert_eq!(count(&history, None), (5, 6));
        // A week's pause leaves a week to plan for; a practice day in it does not count.
        let paused = [(day("2026-11-23"), Some(day("2026-11-30")))];
        let history = History {
            paused: &paused,
            ..history
        };
        assert_eq!(count(&history, None), (3, 3));
        // A goal begun four days ago plans for four days.
        let history = History {
            start: day("2026-12-03"),
            paused: &[],
            ..history
        };
        assert_eq!(count(&history, None), (2, 2));
        // A goal that ended a week ago plans nothing after.
        let history = History {
            start,
            paused: &[],
            ..history
        };
        assert_eq!(count(&history, Some(day("2026-11-29"))), (2, 3));
    }
}
