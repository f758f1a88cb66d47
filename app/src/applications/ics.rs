//! An interview's reminder as an iCalendar file (RFC 5545), made the way a booking's is
//! (`booking::ics`: Stockholm's zone written out, lines folded, text escaped): a stable
//! `UID`, a `SEQUENCE` that rises with every save, and reminders a day and two hours before
//! in the person's language. No mail or text-message service is involved.
use crate::booking::ics::{line, text, VTIMEZONE};
use crate::i18n::{fill, Key, Locale};

/// What the file says about an interview.
pub struct Interview<'a> {
    pub uid: String,
    pub sequence: i64,
    /// Stockholm wall-clock time, `YYYYMMDDTHHMMSS`.
    pub start: String,
    /// When the file was made, UTC, `YYYYMMDDTHHMMSSZ`.
    pub stamp: String,
    pub employer: &'a str,
    pub job: &'a str,
}

pub fn calendar(interview: &Interview, locale: Locale) -> String {
    let args = [("employer", interview.employer), ("job", interview.job)];
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Vägval//Ansökningar//SV",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        line(&mut out, l);
    }
    out.push_str(VTIMEZONE);
    line(&mut out, "BEGIN:VEVENT");
    line(&mut out, &format!("UID:{}", interview.uid));
    line(&mut out, &format!("SEQUENCE:{}", interview.sequence));
    line(&mut out, &format!("DTSTAMP:{}", interview.stamp));
    line(
        &mut out,
        &format!("DTSTART;TZID=Europe/Stockholm:{}", interview.start),
    );
    // How long an interview lasts is not asked: an hour holds the time in the calendar.
    line(&mut out, "DURATION:PT1H");
    line(
        &mut out,
        &format!(
            "SUMMARY:{}",
            text(&fill(Key::ApplicationIcsSummary.get(locale), &args))
        ),
    );
    line(&mut out, "STATUS:CONFIRMED");
    for trigger in ["-P1D", "-PT2H"] {
        line(&mut out, "BEGIN:VALARM");
        line(&mut out, "ACTION:DISPLAY");
        line(&mut out, &format!("TRIGGER:{trigger}"));
        line(
            &mut out,
            &format!(
                "DESCRIPTION:{}",
                text(&fill(Key::ApplicationIcsReminder.get(locale), &args))
            ),
        );
        line(&mut out, "END:VALARM");
    }
    line(&mut out, "END:VEVENT");
    line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interview_is_one_event_with_two_reminders() {
        let ics = calendar(
            &Interview {
                uid: "application-7@vagval.example".into(),
                sequence: 3,
                start: "20261208T100000".into(),
                stamp: "20261201T090000Z".into(),
                employer: "Lager, Kyl; Frys AB",
                job: "Truckförare",
            },
            Locale::Sv,
        );
        assert!(ics.lines().all(|l| l.len() <= 76), "{ics}");
        assert!(ics.contains("DTSTART;TZID=Europe/Stockholm:20261208T100000\r\n"));
        assert!(ics.contains("Lager\\, Kyl\\; Frys AB"), "{ics}");
        assert!(ics.contains("SEQUENCE:3\r\n") && ics.contains("TZID:Europe/Stockholm"));
        assert_eq!(ics.matches("BEGIN:VALARM").count(), 2);
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }
}
