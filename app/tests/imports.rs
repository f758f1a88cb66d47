//! The import rules of `app/src` (docs/architecture.md), checked on the source: which
//! top-level module may name which. Shared plumbing names no feature; features depend on
//! each other in one direction only; nothing imports the coach's pages or the home page.
//! There are no exceptions: any edge against the rules fails.
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Modules every part of the portal may use: no feature's words in them.
const PLUMBING: &[&str] = &[
    "ssr", "ui", "i18n", "error", "ids", "text", "date", "auth", "pages",
];

/// The features, and the features each may use (besides the plumbing).
const FEATURES: &[(&str, &[&str])] = &[
    ("notes", &[]),
    ("sharing", &[]),
    ("invite", &[]),
    ("install", &[]),
    ("profile", &[]),
    ("reminders", &[]),
    ("cv", &["sharing"]),
    ("booking", &["sharing", "reminders"]),
    ("goals", &["sharing"]),
    ("applications", &["sharing", "booking"]),
    ("languages", &["cv", "profile", "sharing"]),
    ("strengths", &["cv", "profile", "sharing"]),
    ("rights", &["cv", "booking"]),
    (
        "jobs",
        &["cv", "profile", "sharing", "languages", "strengths"],
    ),
    ("outcomes", &["sharing", "jobs", "applications"]),
    (
        "people",
        &["invite", "notes", "sharing", "booking", "goals", "jobs"],
    ),
    (
        "coach",
        &[
            "profile",
            "notes",
            "sharing",
            "booking",
            "cv",
            "goals",
            "languages",
            "strengths",
            "people",
            "invite",
            "jobs",
            "applications",
            "outcomes",
        ],
    ),
    (
        "participant",
        &[
            "notes",
            "booking",
            "cv",
            "goals",
            "languages",
            "strengths",
            "sharing",
            "profile",
            "rights",
            "jobs",
        ],
    ),
];

/// Each top-level module of `app/src` and the other top-level modules its files name
/// (`crate::<module>`).
fn edges() -> BTreeSet<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files: BTreeMap<String, Vec<std::path::PathBuf>> = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(&src).expect("inside src");
                let top = relative
                    .components()
                    .next()
                    .and_then(|c| c.as_os_str().to_str())
                    .map(|s| s.trim_end_matches(".rs").to_string())
                    .expect("name");
                files.entry(top).or_default().push(path);
            }
        }
    }
    let modules: BTreeSet<String> = files.keys().cloned().collect();
    let mut edges = BTreeSet::new();
    for (module, paths) in &files {
        for path in paths {
            let text = std::fs::read_to_string(path).expect("source");
            for (at, _) in text.match_indices("crate::") {
                let name: String = text[at + "crate::".len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if name != *module && modules.contains(&name) {
                    edges.insert((module.clone(), name));
                }
            }
        }
    }
    edges
}

fn allowed(from: &str, to: &str) -> bool {
    if from == "lib" || PLUMBING.contains(&to) {
        return true;
    }
    FEATURES
        .iter()
        .any(|(feature, uses)| *feature == from && uses.contains(&to))
}

#[test]
fn every_import_keeps_the_rules() {
    let breaches: Vec<String> = edges()
        .iter()
        .filter(|(from, to)| !allowed(from, to))
        .map(|(from, to)| format!("{from} -> {to}"))
        .collect();
    assert!(
        breaches.is_empty(),
        "imports against the rules: {breaches:?}"
    );
}

#[test]
fn the_rules_themselves_have_no_circle() {
    // Each feature may use only features listed before it.
    for (i, (feature, uses)) in FEATURES.iter().enumerate() {
        for used in *uses {
            let position = FEATURES.iter().position(|(f, _)| f == used);
            assert!(
                position.is_some_and(|p| p < i),
                "{feature} uses {used}, which is not listed before it"
            );
        }
    }
    for plumbing in PLUMBING {
        assert!(!FEATURES.iter().any(|(f, _)| f == plumbing));
    }
}
