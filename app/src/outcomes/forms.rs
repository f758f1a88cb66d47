//! The outcome forms, read on the server into an event's values, or refused with a message
//! per field and every value typed kept.
use super::*;
use jiff::civil::Date;
use std::collections::BTreeMap;

/// The longest workplace, employer, studies or mentor text.
const LINE_MAX: usize = 200;

/// A Stockholm calendar day, today or before.
pub(super) fn day(invalid: &mut Invalid, name: &str, typed: &str, today: Date) -> Option<Date> {
    match crate::ssr::clock::parse_day(typed) {
        None => {
            invalid.add(name, FieldProblem::BadDay);
            None
        }
        Some(d) if d > today => {
            invalid.add(name, FieldProblem::InFuture);
            None
        }
        Some(d) => Some(d),
    }
}

/// The values of an event of `kind` from its form: only the fields that kind asks for are
/// read, the others stay empty.
pub(super) fn event(
    kind: EventKind,
    fields: &BTreeMap<String, String>,
    today: Date,
) -> Result<EventValues, AppError> {
    let get = |name: &str| fields.get(name).map(String::as_str).unwrap_or("");
    let asks = kind.asks();
    let mut invalid = Invalid::new();
    let date = day(&mut invalid, "day", get("day"), today);
    let mut sub = String::new();
    if asks.job_kind {
        match JobKind::parse(get("sub")) {
            Some(k) => sub = k.code().to_string(),
            None => invalid.add("sub", FieldProblem::ChooseOne),
        }
    }
    if asks.reason {
        match EndReason::parse(get("sub")) {
            Some(r) => sub = r.code().to_string(),
            None => invalid.add("sub", FieldProblem::ChooseOne),
        }
    }
    let hours = if asks.hours {
        match get("hours").trim().parse::<u8>() {
            Ok(h) if (1..=80).contains(&h) => Some(h),
            Ok(_) => {
                invalid.add("hours", FieldProblem::OutOfRange);
                None
            }
            Err(_) if get("hours").trim().is_empty() => {
                invalid.add("hours", FieldProblem::Required);
                None
            }
            Err(_) => {
                invalid.add("hours", FieldProblem::OutOfRange);
                None
            }
        }
    } else {
        None
    };
    let place = if asks.place.is_some() {
        invalid.line("place", get("place"), asks.place_required, LINE_MAX)
    } else {
        String::new()
    };
    let mentor = if asks.mentor {
        invalid.line("mentor", get("mentor"), false, LINE_MAX)
    } else {
        String::new()
    };
    match date {
        Some(date) if invalid.errors.is_empty() => Ok(EventValues {
            day: date.to_string(),
            sub,
            hours,
            place,
            mentor,
        }),
        _ => {
            let kept = fields
                .iter()
                .fold(invalid, |inv, (name, value)| inv.keep(name, value));
            Err(AppError::Invalid(kept))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn fields(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_job_needs_its_kind_and_hours() {
        let today = date(2026, 12, 7);
        let ok = event(
            EventKind::Job,
            &fields(&[
                ("day", "2026-12-01"),
                ("sub", "wage_subsidy"),
                ("hours", "25"),
                ("place", " Bageriet "),
            ]),
            today,
        )
        .expect("a job");
        assert_eq!(ok.sub, "wage_subsidy");
        assert_eq!(ok.hours, Some(25));
        assert_eq!(ok.place, "Bageriet");
        let refused = event(
            EventKind::Job,
            &fields(&[("day", "2026-12-08"), ("sub", "boss"), ("hours", "0")]),
            today,
        )
        .expect_err("refused");
        assert_eq!(refused.value("sub"), Some("boss".to_string()));
        let AppError::Invalid(bad) = refused else {
            panic!("a form error");
        };
        let named: Vec<&str> = bad.errors.iter().map(|e| e.field.as_str()).collect();
        assert!(named.contains(&"day") && named.contains(&"sub") && named.contains(&"hours"));
    }

    #[test]
    fn only_the_fields_a_kind_asks_for_are_kept() {
        let v = event(
            EventKind::Working90,
            &fields(&[
                ("day", "2026-12-07"),
                ("sub", "employment"),
                ("place", "x"),
                ("hours", "9"),
            ]),
            date(2026, 12, 7),
        )
        .expect("still working");
        assert_eq!((v.sub.as_str(), v.hours, v.place.as_str()), ("", None, ""));
        assert!(event(
            EventKind::Praktik,
            &fields(&[("day", "2026-12-07")]),
            date(2026, 12, 7)
        )
        .is_err());
        assert!(event(
            EventKind::Ended,
            &fields(&[("day", "2026-12-07"), ("sub", "moved")]),
            date(2026, 12, 7)
        )
        .is_ok());
    }
}
