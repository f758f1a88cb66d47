//! "Lägg till i kalendern": one booking as an iCalendar file (RFC 5545) for the person's
//! own phone. Times are Stockholm's with the zone's rules written out (`VTIMEZONE`), the
//! `UID` never changes, `SEQUENCE` rises with every change, a cancelled booking is sent as
//! `METHOD:CANCEL`, and two reminders (a day and two hours before) speak the person's
//! language: reminders without any mail or text-message service.
use crate::i18n::{fill, Key, Locale};

/// What the file says about a booking.
pub struct Event<'a> {
    pub uid: String,
    pub sequence: i64,
    pub active: bool,
    /// Stockholm wall-clock times, `YYYYMMDDTHHMMSS`.
    pub start: String,
    pub end: String,
    /// When the file was made, UTC, `YYYYMMDDTHHMMSSZ`.
    pub stamp: String,
    pub coach: &'a str,
    pub place: &'a str,
    /// A workshop's title, for a workshop seat.
    pub workshop: Option<&'a str>,
}

/// Stockholm's rules, for every calendar file the portal makes (an interview's too).
pub const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// A Stockholm wall-clock time as a calendar file writes it (`YYYYMMDDTHHMMSS`).
pub fn local(unix: i64) -> String {
    jiff::Timestamp::from_second(unix)
        .map(|t| {
            t.to_zoned_datetime(crate::ssr::clock::STOCKHOLM.clone())
                .strftime("%Y%m%dT%H%M%S")
                .to_string()
        })
        .unwrap_or_default()
}

/// An event's `UID`, which never changes: `<kind>-<id>@<the portal's host>`.
pub fn uid(kind: &str, id: i64, public_url: &str) -> String {
    let host = public_url
        .split("://")
        .nth(1)
        .unwrap_or("vagval")
        .trim_end_matches('/');
    format!("{kind}-{id}@{host}")
}

/// A text value escaped as RFC 5545 §3.3.11 says.
pub fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a character), with CRLF.
pub fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

pub fn calendar(event: &Event, locale: Locale) -> String {
    let method = if event.active {
        "METHOD:PUBLISH"
    } else {
        "METHOD:CANCEL"
    };
    calendar_with(std::slice::from_ref(event), method, locale)
}

/// Every booking in one file (a person's data export): published as they stand, the
/// cancelled ones marked so.
pub fn calendar_of(events: &[Event], locale: Locale) -> String {
    calendar_with(events, "METHOD:PUBLISH", locale)
}

fn calendar_with(events: &[Event], method: &str, locale: Locale) -> String {
    let mut out = head(method, None);
    for event in events {
        vevent(&mut out, event, &summary(event, locale), Some(locale));
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// A coach's own agenda for their calendar app to subscribe to (`name` is what the app
/// calls it): each event with its own summary and no reminders (the app has its own), the
/// cancelled ones marked so. A calendar fetches it again within the hour.
pub fn feed(name: &str, events: &[(Event, String)]) -> String {
    let mut out = head("METHOD:PUBLISH", Some(name));
    for (event, summary) in events {
        vevent(&mut out, event, summary, None);
    }
    line(&mut out, "END:VCALENDAR");
    out
}

fn head(method: &str, name: Option<&str>) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Vägval//Vägledning//SV",
        "CALSCALE:GREGORIAN",
        method,
    ] {
        line(&mut out, l);
    }
    if let Some(name) = name {
        line(&mut out, &format!("X-WR-CALNAME:{}", text(name)));
        line(&mut out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line(&mut out, "X-PUBLISHED-TTL:PT1H");
    }
    out.push_str(VTIMEZONE);
    out
}

/// What a participant's own file calls the event.
fn summary(event: &Event, locale: Locale) -> String {
    match event.workshop {
        Some(title) => fill(
            Key::IcsWorkshopSummary.get(locale),
            &[("title", title), ("coach", event.coach)],
        ),
        None => fill(Key::IcsSummary.get(locale), &[("coach", event.coach)]),
    }
}

/// One event; with `alarms`, the two reminders in that language.
fn vevent(out: &mut String, event: &Event, summary: &str, alarms: Option<Locale>) {
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{}", event.uid));
    line(out, &format!("SEQUENCE:{}", event.sequence));
    line(out, &format!("DTSTAMP:{}", event.stamp));
    line(
        out,
        &format!("DTSTART;TZID=Europe/Stockholm:{}", event.start),
    );
    line(out, &format!("DTEND;TZID=Europe/Stockholm:{}", event.end));
    line(out, &format!("SUMMARY:{}", text(summary)));
    if !event.place.is_empty() {
        line(out, &format!("LOCATION:{}", text(event.place)));
    }
    line(
        out,
        if event.active {
            "STATUS:CONFIRMED"
        } else {
            "STATUS:CANCELLED"
        },
    );
    if let (true, Some(locale)) = (event.active, alarms) {
        let args = [("coach", event.coach)];
        for (trigger, key) in [("-P1D", Key::IcsRemindDay), ("-PT2H", Key::IcsRemindHours)] {
            line(out, "BEGIN:VALARM");
            line(out, "ACTION:DISPLAY");
            line(out, &format!("TRIGGER:{trigger}"));
            line(
                out,
                &format!("DESCRIPTION:{}", text(&fill(key.get(locale), &args))),
            );
            line(out, "END:VALARM");
        }
    }
    line(out, "END:VEVENT");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(active: bool) -> Event<'static> {
        Event {
            uid: "booking-7@vagval.example".into(),
            sequence: if active { 0 } else { 1 },
            active,
            start: "20261208T090000".into(),
            end: "20261208T094500".into(),
            stamp: "20261130T170000Z".into(),
            coach: "Anna Berg",
            place: "Storgatan 1, Södertälje; plan 2",
            workshop: None,
        }
    }

    #[test]
    fn lines_are_folded_and_text_escaped() {
        let ics = calendar(&event(true), Locale::Ar);
        assert!(ics.lines().all(|l| l.len() <= 76), "{ics}");
        assert!(ics.contains("LOCATION:Storgatan 1\\, Södertälje\\; plan 2\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VALARM").count(), 2);
    }

    #[test]
    fn a_cancellation_is_a_cancel() {
        let ics = calendar(&event(false), Locale::Sv);
        assert!(ics.contains("METHOD:CANCEL\r\n") && ics.contains("STATUS:CANCELLED\r\n"));
        assert!(ics.contains("SEQUENCE:1\r\n") && !ics.contains("VALARM"));
    }

    #[test]
    fn a_feed_is_named_published_and_without_reminders() {
        let ics = feed(
            "Vägval: Anna Berg",
            &[
                (event(true), "Vägledning: Amina H.".into()),
                (event(false), "Vägledning: Nour A.".into()),
            ],
        );
        assert!(ics.contains("X-WR-CALNAME:Vägval: Anna Berg\r\n"));
        assert!(ics.contains("METHOD:PUBLISH\r\n") && !ics.contains("VALARM"));
        assert!(ics.contains("SUMMARY:Vägledning: Amina H.\r\n"));
        assert_eq!(ics.matches("STATUS:CANCELLED").count(), 1);
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
    }
}
