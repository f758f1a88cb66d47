//! End-to-end checks of the rendered PDF with poppler-utils (`pdftotext`, `pdfinfo`).
//! These tools are required: the tests fail, not skip, without them (`make unit` installs
//! them on Debian).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use cv_pdf::{render, RenderError};

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Renders and keeps the PDF under target/tmp for inspection.
fn render_to_file(model: &[u8], file_name: &str) -> PathBuf {
    let started = Instant::now();
    let pdf = render(model).unwrap_or_else(|e| panic!("{file_name}: {e}"));
    eprintln!(
        "{file_name}: rendered {} bytes in {} ms",
        pdf.len(),
        started.elapsed().as_millis()
    );
    assert!(pdf.starts_with(b"%PDF-"), "{file_name}: not a PDF");
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(file_name);
    std::fs::write(&path, &pdf).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    path
}

/// Runs a poppler tool on `pdf` and returns its standard output.
fn poppler(tool: &str, args: &[&str], pdf: &Path, trailing: &[&str]) -> String {
    let output = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(trailing)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run `{tool}` ({e}). The CV PDF tests need poppler-utils: \
                 `sudo apt-get install -y poppler-utils` (or `make unit`)."
            )
        });
    assert!(
        output.status.success(),
        "`{tool}` failed on {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap_or_else(|e| panic!("`{tool}` printed non-UTF-8: {e}"))
}

/// `pdftotext -enc UTF-8 FILE -`, without the bidi controls that Typst writes into the
/// text layer and poppler adds around runs.
fn text_of(pdf: &Path) -> String {
    poppler("pdftotext", &["-enc", "UTF-8"], pdf, &["-"])
        .chars()
        .filter(|c| {
            !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

fn info_of(pdf: &Path) -> String {
    poppler("pdfinfo", &["-enc", "UTF-8"], pdf, &[])
}

fn info_field<'a>(info: &'a str, key: &str) -> &'a str {
    info.lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix(':'))
        .map(str::trim)
        .unwrap_or_else(|| panic!("pdfinfo has no `{key}`:\n{info}"))
}

fn page_count(info: &str) -> usize {
    let pages = info_field(info, "Pages");
    pages
        .parse()
        .unwrap_or_else(|e| panic!("Pages: {pages}: {e}"))
}

fn assert_a4_tagged(info: &str) {
    assert_eq!(info_field(info, "Tagged"), "yes", "{info}");
    // e.g. "595.276 x 841.89 pts (A4)"
    let size = info_field(info, "Page size");
    let numbers: Vec<f64> = size
        .split_whitespace()
        .filter_map(|word| word.parse().ok())
        .collect();
    assert!(
        matches!(numbers[..], [w, h, ..] if (w - 595.28).abs() < 0.5 && (h - 841.89).abs() < 0.5),
        "not A4: {size}"
    );
}

/// The PDF/UA-1 identification in the XMP metadata: the UA-1 checks passed.
fn assert_pdf_ua(pdf: &Path) {
    let meta = poppler("pdfinfo", &["-meta"], pdf, &[]);
    assert!(
        meta.contains("pdfuaid:part"),
        "{}: no PDF/UA id in XMP:\n{meta}",
        pdf.display()
    );
}

#[test]
fn swedish_and_arabic_text_can_be_extracted() {
    let pdf = render_to_file(&fixture("mixed.json"), "mixed.pdf");
    let text = text_of(&pdf);
    // One phrase at a time: poppler reorders runs on mixed-direction lines.
    for phrase in [
        "Åsa Öberg",
        "Växjö",
        "Ängelholm",
        "Arbetslivserfarenhet",
        "Lagerarbetare",
        "ICA Maxi · Växjö",
        "2019-03 – pågående",
        "Plockade order med handdator",
        "Volvo Cars",
        "أنا مطورة برمجيات",
        "مطورة برمجيات",
        "اللغة العربية",
        "Referenser lämnas på begäran.",
    ] {
        assert!(text.contains(phrase), "missing {phrase:?} in:\n{text}");
    }

    let info = info_of(&pdf);
    assert_a4_tagged(&info);
    assert_eq!(info_field(&info, "Title"), "CV – Åsa Öberg");
    assert_eq!(page_count(&info), 1);
    assert_pdf_ua(&pdf);
}

#[test]
fn user_text_is_never_markup() {
    let model = br##"{"title": "T", "name": "#panic(\"x\") *bold* $x^2$ <l> @ref \\ ] [",
        "profile": "= Not a heading\n#import \"/etc/passwd\"",
        "sections": [{"heading": "#{1+1}", "items": ["- not nested", "// kept"]}]}"##;
    let pdf = render_to_file(model, "markup.pdf");
    let text = text_of(&pdf);
    for phrase in [
        "#panic(\"x\") *bold* $x^2$ <l> @ref \\ ] [",
        "= Not a heading",
        "#import \"/etc/passwd\"",
        "#{1+1}",
        "- not nested",
        "// kept",
    ] {
        assert!(text.contains(phrase), "missing {phrase:?} in:\n{text}");
    }
}

#[test]
fn empty_models_render() {
    for (model, file_name) in [
        (&br#"{"title": "CV"}"#[..], "empty-title.pdf"),
        (br#"{}"#, "empty.pdf"),
        (
            br#"{"lang": "en", "title": "", "name": "", "contact": [], "profile": "",
                "sections": [{"heading": "", "entries": [{}], "items": [""], "note": " "}]}"#,
            "empty-fields.pdf",
        ),
        (
            br#"{"lang": null, "title": null, "contact": null, "sections": null}"#,
            "nulls.pdf",
        ),
    ] {
        let pdf = render_to_file(model, file_name);
        let info = info_of(&pdf);
        assert_a4_tagged(&info);
        assert_eq!(page_count(&info), 1, "{file_name}");
        assert_pdf_ua(&pdf);
    }
}

#[test]
fn malformed_models_are_rejected_before_typst() {
    for model in [
        &b""[..],
        b"{",
        b"{\"name\": ",
        b"not json",
        b"{\"contact\": \"070-123 45 67\"}",
        b"{\"sections\": [{\"entries\": [{\"bullets\": [1, 2]}]}]}",
        b"[1, 2, 3]",
        b"\"a string\"",
        b"null",
    ] {
        match render(model) {
            Err(RenderError::BadModel(_)) => {}
            other => panic!(
                "{:?}: expected BadModel, got {:?}",
                String::from_utf8_lossy(model),
                other.map(|pdf| pdf.len())
            ),
        }
    }
}

#[test]
fn two_page_fixture_has_two_pages() {
    let pdf = render_to_file(&fixture("two-page.json"), "two-page.pdf");
    let info = info_of(&pdf);
    assert_a4_tagged(&info);
    assert_eq!(
        page_count(&info),
        2,
        "the benchmark fixture must stay a 2-page CV"
    );
    assert_pdf_ua(&pdf);
    let text = text_of(&pdf);
    for phrase in [
        "Amal Hassan",
        "Sjukvårdsbiträde",
        "اللغة العربية",
        "Referenser lämnas på begäran.",
    ] {
        assert!(text.contains(phrase), "missing {phrase:?}");
    }
    // Page numbers in the footer (pdftotext drops the thin spaces around the slash).
    let compact: String = text.split_whitespace().collect();
    assert!(
        compact.contains("1/2") && compact.contains("2/2"),
        "no page numbers"
    );
}

#[test]
fn long_models_break_across_pages() {
    let entries: Vec<String> = (1..=40)
        .map(|i| {
            format!(
                r#"{{"title": "Arbete {i}", "subtitle": "Företag {i} · Växjö", "when": "20{i:02}",
                    "text": "Beskrivning {i}.", "bullets": ["Första", "Andra", "Tredje", "Fjärde"]}}"#
            )
        })
        .collect();
    let model = format!(
        r#"{{"title": "Lång CV", "sections": [{{"heading": "Arbeten", "entries": [{}]}}]}}"#,
        entries.join(",")
    );
    let pdf = render_to_file(model.as_bytes(), "long.pdf");
    let info = info_of(&pdf);
    assert_a4_tagged(&info);
    assert!(page_count(&info) >= 3, "{info}");
    let text = text_of(&pdf);
    assert!(text.contains("Arbete 40"));
}

#[test]
fn output_is_reproducible() {
    let model = fixture("mixed.json");
    let first = render(&model).map_err(|e| e.to_string());
    let second = render(&model).map_err(|e| e.to_string());
    assert!(first.is_ok());
    assert_eq!(first, second);
}

#[test]
fn tigrinya_and_somali_render_as_pdf_ua_text() {
    let model = r#"{"title": "CV – ሳባ ተስፋይ", "name": "ሳባ ተስፋይ",
        "profile": "ሰላም ዓለም።\n\nWaxaan ahay shaqaale dadaal badan.",
        "sections": [{"heading": "Luuqadaha", "items": ["ትግርኛ", "Soomaali – hooyo"]}]}"#;
    let pdf = render_to_file(model.as_bytes(), "tigrinya.pdf");
    assert_pdf_ua(&pdf);
    let text = text_of(&pdf);
    for phrase in [
        "ሳባ ተስፋይ",
        "ትግርኛ",
        "Waxaan ahay shaqaale dadaal badan.",
        "Soomaali – hooyo",
    ] {
        assert!(text.contains(phrase), "missing {phrase:?} in:\n{text}");
    }
}

#[test]
fn the_language_grid_is_a_tagged_table_in_pdf_ua() {
    let model = r#"{"title": "CV", "name": "Amal Hassan", "lang": "sv",
        "sections": [{"heading": "Språk", "items": ["Arabiska – Modersmål"],
          "table": {"columns": ["Språk", "Hörförståelse", "Läsförståelse", "Samtala",
                                "Berätta", "Skriva"],
                    "rows": [["Svenska", "B1", "A2", "A2", "–", "A1"],
                             ["Engelska", "B2", "B2", "B1", "B1", "B1"],
                             ["kort"]],
                    "caption": "Nivåer enligt CEFR."}}]}"#;
    let pdf = render_to_file(model.as_bytes(), "language-grid.pdf");
    assert_pdf_ua(&pdf);
    let text = text_of(&pdf);
    for phrase in [
        "Arabiska – Modersmål",
        "Läsförståelse",
        "Svenska",
        "B1",
        "Engelska",
        "Nivåer enligt CEFR.",
    ] {
        assert!(text.contains(phrase), "missing {phrase:?} in:\n{text}");
    }
}

#[test]
fn scripts_without_an_embedded_font_still_render() {
    // Hebrew and Chinese have no embedded font: the PDF/UA-1 checks reject them, so the
    // CV comes out as a tagged PDF with missing-glyph boxes rather than not at all.
    let model = r#"{"title": "CV", "name": "Dawit", "contact": ["שלום", "你好"],
        "sections": [{"heading": "Luuqadaha", "items": ["Soomaali – hooyo"]}]}"#;
    let pdf = render_to_file(model.as_bytes(), "uncovered-scripts.pdf");
    let info = info_of(&pdf);
    assert_a4_tagged(&info);
    let text = text_of(&pdf);
    for phrase in ["Dawit", "Luuqadaha", "Soomaali – hooyo"] {
        assert!(text.contains(phrase), "missing {phrase:?} in:\n{text}");
    }
}

#[test]
fn control_characters_keep_pdf_ua() {
    let model = r#"{"title": "CV", "name": "Åsa\u0000 Öberg\u0007", "profile": "\ufeffrad 1\r\nrad 2\tslut\u001b"}"#;
    let pdf = render_to_file(model.as_bytes(), "controls.pdf");
    assert_pdf_ua(&pdf);
    let text = text_of(&pdf);
    assert!(text.contains("Åsa Öberg"), "{text}");
}

/// The left edge of each word of `text` that `pdftotext -bbox` places on the page.
fn word_x(pdf: &Path, word: &str) -> Vec<f64> {
    word_box(pdf, word).into_iter().map(|b| b[0]).collect()
}

/// `[xMin, yMin, xMax, yMax]` of each word `word` that `pdftotext -bbox` finds.
fn word_box(pdf: &Path, word: &str) -> Vec<[f64; 4]> {
    let html = poppler("pdftotext", &["-bbox", "-enc", "UTF-8"], pdf, &["-"]);
    html.lines()
        .filter(|line| line.contains("<word "))
        .filter(|line| {
            line.split('>')
                .nth(1)
                .and_then(|rest| rest.split('<').next())
                .is_some_and(|w| w.trim() == word)
        })
        .filter_map(|line| {
            let mut coords = ["xMin", "yMin", "xMax", "yMax"].into_iter().map(|name| {
                let at = line.find(&format!("{name}=\""))? + name.len() + 2;
                line[at..].split('"').next()?.parse::<f64>().ok()
            });
            Some([
                coords.next()??,
                coords.next()??,
                coords.next()??,
                coords.next()??,
            ])
        })
        .collect()
}

#[test]
fn a_period_beside_arabic_text_reads_left_to_right() {
    // An Arabic place before the period made "2015 – 2020-05" come out as "05-2020 – 2015".
    let model = r#"{ "lang": "sv", "name": "Amal Hassan", "sections": [{ "heading": "Arbete",
        "entries": [
          { "title": "Lagerarbetare", "subtitle": "PostNord · حلب، سوريا", "when": "2015 – 2020-05" },
          { "title": "عامل مستودع", "subtitle": "حلب، سوريا", "when": "2012-01 – 2014" }
        ] }] }"#;
    let pdf = render_to_file(model.as_bytes(), "period-order.pdf");
    assert_pdf_ua(&pdf);
    for (first, then) in [("2015", "2020-05"), ("2012-01", "2014")] {
        let (start, end) = (word_x(&pdf, first), word_x(&pdf, then));
        assert_eq!(
            (start.len(), end.len()),
            (1, 1),
            "{first} {then}: {start:?} {end:?}"
        );
        assert!(
            start[0] < end[0],
            "{first} is left of {then}: {start:?} {end:?}"
        );
    }
    // The Arabic title's line ends above the line under it begins (poppler lists Arabic
    // words in visual order: "لماع" is "عامل").
    let title = word_box(&pdf, "لماع");
    let under = word_box(&pdf, "ايروس");
    assert!(!title.is_empty() && under.len() == 2, "{title:?} {under:?}");
    assert!(
        title[0][3] <= under[1][1] + 0.5,
        "the title's line box ends above the next line: {title:?} {under:?}"
    );
}
