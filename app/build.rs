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

fn parse(locale: &str) -> BTreeMap<String, String> {
    let path = format!("locales/{locale}.ftl");
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut map = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
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
        if map
            .insert(key.to_string(), value.trim().to_string())
            .is_some()
        {
            panic!("{path}:{}: duplicate key {key}", n + 1);
        }
    }
    map
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

fn main() {
    let maps: Vec<_> = LOCALES.iter().map(|l| parse(l)).collect();
    let reference = &maps[0];
    for (locale, map) in LOCALES.iter().zip(&maps).skip(1) {
        let missing: Vec<_> = reference.keys().filter(|k| !map.contains_key(*k)).collect();
        let extra: Vec<_> = map.keys().filter(|k| !reference.contains_key(*k)).collect();
        assert!(missing.is_empty(), "locales/{locale}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "locales/{locale}.ftl has keys sv.ftl lacks: {extra:?}"
        );
        for (key, value) in map {
            assert_eq!(
                placeholders(value),
                placeholders(&reference[key]),
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
        for value in map.values() {
            let _ = writeln!(out, "    {value:?},");
        }
        out.push_str("];\n\n");
    }
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
