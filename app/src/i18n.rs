//! Locales and message lookup. The messages live in `app/locales/*.ftl`; `build.rs` turns
//! them into [`Key`] so that every visible string goes through here.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// The cookie that remembers a chosen language, for signed-in and anonymous visitors alike.
pub const LOCALE_COOKIE: &str = "vagval_lang";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    Sv,
    En,
    Ar,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::Sv, Locale::En, Locale::Ar];

    pub fn code(self) -> &'static str {
        match self {
            Locale::Sv => "sv",
            Locale::En => "en",
            Locale::Ar => "ar",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        match code.trim().to_ascii_lowercase().as_str() {
            "sv" => Some(Locale::Sv),
            "en" => Some(Locale::En),
            "ar" => Some(Locale::Ar),
            _ => None,
        }
    }

    pub fn dir(self) -> &'static str {
        match self {
            Locale::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language's own name, shown on the switcher so people can find theirs.
    pub fn endonym(self) -> Key {
        match self {
            Locale::Sv => Key::LangNameSv,
            Locale::En => Key::LangNameEn,
            Locale::Ar => Key::LangNameAr,
        }
    }

    /// Picks the best supported language from an `Accept-Language` header, honouring q-values.
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut best: Option<(f32, Locale)> = None;
        for part in accept_language.split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or("");
            // Norwegian and Danish readers usually read Swedish better than English.
            let primary = match primary.to_ascii_lowercase().as_str() {
                "nb" | "nn" | "no" | "da" => "sv".to_string(),
                other => other.to_string(),
            };
            if let Some(locale) = Locale::from_code(&primary) {
                if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
                    best = Some((q, locale));
                }
            }
        }
        best.map(|(_, l)| l)
    }
}

impl Key {
    pub fn get(self, locale: Locale) -> &'static str {
        table(locale)[self as usize]
    }
}

/// The page's locale: provided at the top of the app on the server; in a browser island,
/// read from `<html lang>`, which the server set.
pub fn locale() -> Locale {
    use_context::<Locale>().unwrap_or_else(page_locale)
}

#[cfg(feature = "ssr")]
fn page_locale() -> Locale {
    Locale::default()
}

#[cfg(not(feature = "ssr"))]
fn page_locale() -> Locale {
    document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|lang| Locale::from_code(&lang))
        .unwrap_or_default()
}

/// The message for `key` in the page's locale.
pub fn t(key: Key) -> &'static str {
    key.get(locale())
}

/// The message for `key` with its `{ $name }` placeholders filled in.
pub fn tf(key: Key, args: &[(&str, &str)]) -> String {
    fill(key.get(locale()), args)
}

/// The CLDR plural category of a whole number in a locale (cardinal). Swedish and English
/// have `one` and `other`; Arabic has all six.
pub fn plural_category(locale: Locale, n: u64) -> &'static str {
    match locale {
        Locale::Sv | Locale::En => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        Locale::Ar => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
    }
}

impl Key {
    /// The message for `n` of something: the variant of `n`'s plural category, else the
    /// message's default.
    pub fn get_plural(self, locale: Locale, n: u64) -> &'static str {
        let category = plural_category(locale, n);
        variants(locale, self)
            .iter()
            .find(|(c, _)| *c == category)
            .map(|(_, text)| *text)
            .unwrap_or_else(|| self.get(locale))
    }
}

/// A message about `n` of something, in the page's locale, with `{ $count }` (or the
/// placeholder named `name`) and any other placeholders filled in.
pub fn tp(key: Key, name: &str, n: u64, args: &[(&str, &str)]) -> String {
    let count = n.to_string();
    let mut all = vec![(name, count.as_str())];
    all.extend_from_slice(args);
    fill(key.get_plural(locale(), n), &all)
}

/// A calendar day (already in Europe/Stockholm, worked out on the server), as pages show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CalendarDay {
    pub year: i16,
    pub month: u8,
    pub day: u8,
    /// 1 is Monday, 7 Sunday (ISO 8601).
    pub weekday: u8,
}

/// A calendar day and a Stockholm wall-clock time, as the pages show a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moment {
    pub day: CalendarDay,
    pub hour: u8,
    pub minute: u8,
    /// In the current year: written without it.
    pub this_year: bool,
}

/// "tisdag 3 december 14:02" ("… 2025 14:02" in another year): the 24-hour clock in every
/// language, kept left-to-right inside right-to-left text.
pub fn format_moment(moment: Moment) -> String {
    format_moment_in(locale(), moment)
}

/// [`format_moment`] in `locale`, for words written outside any page (a reminder).
pub fn format_moment_in(locale: Locale, moment: Moment) -> String {
    let day = if moment.this_year {
        format_day_with(locale, moment.day, Key::DateLongThisYear)
    } else {
        format_day_in(locale, moment.day)
    };
    format!(
        "{day} \u{2066}{:02}:{:02}\u{2069}",
        moment.hour, moment.minute
    )
}

/// "fredag 3 april 2026" in the page's locale. Digits stay Western in every language, as
/// Swedish authorities write them.
pub fn format_day(day: CalendarDay) -> String {
    format_day_in(locale(), day)
}

pub fn format_day_in(locale: Locale, day: CalendarDay) -> String {
    format_day_with(locale, day, Key::DateLong)
}

/// The months' names, January first.
pub const MONTHS: [Key; 12] = [
    Key::Month1,
    Key::Month2,
    Key::Month3,
    Key::Month4,
    Key::Month5,
    Key::Month6,
    Key::Month7,
    Key::Month8,
    Key::Month9,
    Key::Month10,
    Key::Month11,
    Key::Month12,
];

fn format_day_with(locale: Locale, day: CalendarDay, template: Key) -> String {
    const WEEKDAYS: [Key; 7] = [
        Key::Weekday1,
        Key::Weekday2,
        Key::Weekday3,
        Key::Weekday4,
        Key::Weekday5,
        Key::Weekday6,
        Key::Weekday7,
    ];
    let pick = |keys: &[Key], n: u8| {
        keys.get(usize::from(n).wrapping_sub(1))
            .map(|k| k.get(locale))
            .unwrap_or_default()
    };
    fill(
        template.get(locale),
        &[
            ("weekday", pick(&WEEKDAYS, day.weekday)),
            ("day", &day.day.to_string()),
            ("month", pick(&MONTHS, day.month)),
            ("year", &day.year.to_string()),
        ],
    )
}

/// `template` with its `{ $name }` placeholders filled in.
pub(crate) fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{ ${name} }}"), value);
    }
    out
}

/// The language switch: remembers the chosen language in a cookie and goes back to the page
/// it was chosen on.
#[server(prefix = "/api", endpoint = "set-locale")]
pub async fn set_locale(lang: String, next: String) -> Result<(), crate::error::AppError> {
    let state = crate::ssr::state()?;
    let locale = Locale::from_code(&lang).unwrap_or_default();
    crate::ssr::set_cookie(&state.settings, LOCALE_COOKIE, locale.code());
    // Signed in, the choice is the person's too: what is sent to them later speaks it.
    if let Some(me) = crate::ssr::current(&state).await? {
        state.accounts.set_locale(me.id, locale).await?;
    }
    leptos_axum::redirect(&crate::safe_next(&next));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words `docs/glossary.md` rules out for a concept, per locale file.
    #[test]
    fn one_word_per_concept() {
        let files = [
            (
                "sv",
                include_str!("../locales/sv.ftl"),
                &[
                    "Styrka:",
                    "Huvud-CV",
                    "huvud-CV",
                    "CV-tjänster (JSON",
                    "jobbansökan",
                    "Jobbansökan",
                ][..],
            ),
            (
                "en",
                include_str!("../locales/en.ftl"),
                &["Strength:", "Main CV", "main CV"][..],
            ),
            (
                "ar",
                include_str!("../locales/ar.ftl"),
                &["مرشد", "الأهداف اللغوية", "القوة:"][..],
            ),
        ];
        for (locale, text, not) in files {
            for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
                for word in not {
                    assert!(!line.contains(word), "{locale}: {word:?} in {line:?}");
                }
            }
        }
    }

    #[test]
    fn negotiates_by_quality() {
        assert_eq!(
            Locale::negotiate("en-GB,en;q=0.9,sv;q=0.8"),
            Some(Locale::En)
        );
        assert_eq!(
            Locale::negotiate("fr, ar;q=0.5, en;q=0.4"),
            Some(Locale::Ar)
        );
        assert_eq!(Locale::negotiate("sv-SE"), Some(Locale::Sv));
        assert_eq!(Locale::negotiate("nb-NO"), Some(Locale::Sv));
        assert_eq!(Locale::negotiate("fr, de"), None);
        assert_eq!(Locale::negotiate("en;q=0"), None);
        assert_eq!(Locale::negotiate(""), None);
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill("Hej { $name }!", &[("name", "Amal")]), "Hej Amal!");
    }

    #[test]
    fn plural_categories_follow_cldr() {
        let ar: Vec<&str> = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111]
            .into_iter()
            .map(|n| plural_category(Locale::Ar, n))
            .collect();
        assert_eq!(
            ar,
            [
                "zero", "one", "two", "few", "few", "many", "many", "other", "other", "other",
                "few", "many"
            ]
        );
        assert_eq!(plural_category(Locale::Sv, 1), "one");
        assert_eq!(plural_category(Locale::Sv, 0), "other");
        assert_eq!(plural_category(Locale::En, 21), "other");
    }

    #[test]
    fn plural_messages_pick_their_variant() {
        assert_eq!(
            fill(
                Key::IssuedValidity.get_plural(Locale::Sv, 1),
                &[("days", "1"), ("until", "x")]
            ),
            "Inbjudan gäller i 1 dag, till och med x, och kan bara användas en gång."
        );
        assert_eq!(
            fill(
                Key::IssuedValidity.get_plural(Locale::Sv, 7),
                &[("days", "7"), ("until", "x")]
            ),
            "Inbjudan gäller i 7 dagar, till och med x, och kan bara användas en gång."
        );
        assert_eq!(
            fill(
                Key::IssuedValidity.get_plural(Locale::En, 1),
                &[("days", "1"), ("until", "x")]
            ),
            "The invitation is valid for 1 day, up to and including x, and can be used only once."
        );
        for n in [0, 1, 2, 3, 11, 100] {
            assert!(!Key::IssuedValidity.get_plural(Locale::Ar, n).is_empty());
        }
    }

    #[test]
    fn dates_in_right_to_left_messages_keep_their_order() {
        // Isolated, so "2019-03" is not shown as "03-2019" inside Arabic text.
        assert!(Key::CvDateHint
            .get(Locale::Ar)
            .contains("\u{2066}2019-03\u{2069}"));
        assert!(Key::ErrBadDate
            .get(Locale::Ar)
            .contains("\u{2066}2019-03\u{2069}"));
        assert!(!Key::CvDateHint.get(Locale::Sv).contains('\u{2066}'));
    }

    #[test]
    fn days_read_naturally_in_every_language() {
        let day = CalendarDay {
            year: 2026,
            month: 4,
            day: 3,
            weekday: 5,
        };
        assert_eq!(format_day_in(Locale::Sv, day), "fredag 3 april 2026");
        assert_eq!(format_day_in(Locale::En, day), "Friday 3 April 2026");
        assert_eq!(format_day_in(Locale::Ar, day), "الجمعة 3 أبريل 2026");
    }

    #[test]
    fn every_locale_has_text_for_every_key() {
        for locale in Locale::ALL {
            assert!(table(locale).iter().all(|s| !s.trim().is_empty()));
        }
    }
}
