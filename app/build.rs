//! Compiles the locale files into a `Key` enum and one string table per locale, so that a
//! missing or misspelt message is a build error rather than a blank on a participant's phone.
//!
//! The files use a strict subset of Fluent: `key = value` lines, `#` comments, and
//! `{ $name }` placeholders. Every locale must define exactly the same keys with the same
//! placeholders.
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::{env, fs, path::Path};

const LOCALES: [&str; 3] = ["sv", "en", "ar"];
const RTL_LOCALES: [&str; 1] = ["ar"];

/// A message: its text (for a plural message, the default variant's) and, for a plural
/// message (`{ $n -> [one] … *[other] … }`), its variants by CLDR category.
struct Message {
    text: String,
    variants: Vec<(String, String)>,
}

fn parse(locale: &str) -> BTreeMap<String, Message> {
    let path = format!("locales/{locale}.ftl");
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut map = BTreeMap::new();
    let mut lines = text.lines().enumerate();
    while let Some((n, line)) = lines.next() {
        let line = line.trim_end();
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once(" = ")
            .unwrap_or_else(|| panic!("{path}:{}: expected `key = value`", n + 1));
        let key = key.trim();
        assert!(
            !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{path}:{}: keys are kebab-case ASCII",
            n + 1
        );
        assert!(!value.trim().is_empty(), "{path}:{}: empty message", n + 1);
        let message = if value.trim().starts_with("{ $") && value.trim().ends_with("->") {
            // A plural message: variant lines until a line holding only `}`.
            let mut variants = Vec::new();
            let mut default = None;
            loop {
                let (m, line) = lines
                    .next()
                    .unwrap_or_else(|| panic!("{path}:{}: plural message not closed", n + 1));
                let line = line.trim();
                if line == "}" {
                    break;
                }
                let (is_default, rest) = match line.strip_prefix('*') {
                    Some(rest) => (true, rest),
                    None => (false, line),
                };
                let (category, text) = rest
                    .strip_prefix('[')
                    .and_then(|r| r.split_once("] "))
                    .unwrap_or_else(|| panic!("{path}:{}: expected `[category] text`", m + 1));
                assert!(
                    ["zero", "one", "two", "few", "many", "other"].contains(&category),
                    "{path}:{}: {category} is not a CLDR plural category",
                    m + 1
                );
                if is_default {
                    default = Some(text.trim().to_string());
                }
                variants.push((category.to_string(), text.trim().to_string()));
            }
            Message {
                text: default.unwrap_or_else(|| panic!("{path}:{}: no *[default] variant", n + 1)),
                variants,
            }
        } else {
            Message {
                text: value.trim().to_string(),
                variants: Vec::new(),
            }
        };
        if map.insert(key.to_string(), message).is_some() {
            panic!("{path}:{}: duplicate key {key}", n + 1);
        }
    }
    map
}

/// Every placeholder a message can show, over all its variants.
fn message_placeholders(message: &Message) -> BTreeSet<String> {
    let mut all = placeholders(&message.text);
    for (_, text) in &message.variants {
        all.extend(placeholders(text));
    }
    all
}

fn placeholders(value: &str) -> BTreeSet<String> {
    value
        .split("{ $")
        .skip(1)
        .filter_map(|rest| rest.split_once(" }").map(|(name, _)| name.to_string()))
        .collect()
}

fn variant(key: &str) -> String {
    key.split('-')
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// Right-to-left messages get their numbers with separators ("2019-03", "08:30") wrapped
/// in Unicode isolates (LRI … PDI): inside Arabic text the bidi algorithm would otherwise
/// show "2019-03" as "03-2019", and a person who copies what they see types it wrong.
fn isolate_number_runs(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        let mut separated = false;
        while i < chars.len() {
            if chars[i].is_ascii_digit() {
                i += 1;
            } else if matches!(chars[i], '-' | '/' | '.' | ':')
                && chars.get(i + 1).is_some_and(char::is_ascii_digit)
            {
                separated = true;
                i += 1;
            } else {
                break;
            }
        }
        let run: String = chars[start..i].iter().collect();
        if separated {
            out.push('\u{2066}');
            out.push_str(&run);
            out.push('\u{2069}');
        } else {
            out.push_str(&run);
        }
    }
    out
}

fn main() {
    let mut maps: Vec<_> = LOCALES.iter().map(|l| parse(l)).collect();
    for (locale, map) in LOCALES.iter().zip(maps.iter_mut()) {
        if RTL_LOCALES.contains(locale) {
            for message in map.values_mut() {
                message.text = isolate_number_runs(&message.text);
                for (_, text) in &mut message.variants {
                    *text = isolate_number_runs(text);
                }
            }
        }
    }
    let reference = &maps[0];
    for (locale, map) in LOCALES.iter().zip(&maps).skip(1) {
        let missing: Vec<_> = reference.keys().filter(|k| !map.contains_key(*k)).collect();
        let extra: Vec<_> = map.keys().filter(|k| !reference.contains_key(*k)).collect();
        assert!(missing.is_empty(), "locales/{locale}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "locales/{locale}.ftl has keys sv.ftl lacks: {extra:?}"
        );
        for (key, message) in map {
            assert_eq!(
                message_placeholders(message),
                message_placeholders(&reference[key]),
                "locales/{locale}.ftl: {key} has other placeholders than sv.ftl"
            );
        }
    }

    let mut out = String::new();
    out.push_str("/// Every message in the locale files.\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Key {\n");
    for key in reference.keys() {
        let _ = writeln!(out, "    {},", variant(key));
    }
    out.push_str("}\n\n");
    for (locale, map) in LOCALES.iter().zip(&maps) {
        let _ = writeln!(
            out,
            "static {}: [&str; {}] = [",
            locale.to_uppercase(),
            map.len()
        );
        for message in map.values() {
            let _ = writeln!(out, "    {:?},", message.text);
        }
        out.push_str("];\n\n");
    }
    out.push_str(
        "/// A plural message's variants by CLDR category; empty for other messages.\n\
         fn variants(locale: Locale, key: Key) -> &'static [(&'static str, &'static str)] {\n    \
         match (locale, key) {\n",
    );
    for (locale, map) in LOCALES.iter().zip(&maps) {
        for (key, message) in map.iter().filter(|(_, m)| !m.variants.is_empty()) {
            let _ = writeln!(
                out,
                "        (Locale::{}, Key::{}) => &{:?},",
                variant(locale),
                variant(key),
                message.variants
            );
        }
    }
    out.push_str("        _ => &[],\n    }\n}\n\n");
    out.push_str("fn table(locale: Locale) -> &'static [&'static str] {\n    match locale {\n");
    for locale in LOCALES {
        let _ = writeln!(
            out,
            "        Locale::{} => &{},",
            variant(locale),
            locale.to_uppercase()
        );
    }
    out.push_str("    }\n}\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("messages.rs");
    fs::write(dest, out).expect("write messages.rs");
}
