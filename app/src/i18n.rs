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

fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{ ${name} }}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn every_locale_has_text_for_every_key() {
        for locale in Locale::ALL {
            assert!(table(locale).iter().all(|s| !s.trim().is_empty()));
        }
    }
}
