//! Renders a CV to an accessible A4 PDF (tagged, PDF/UA-1) with Typst 0.15 as a library.
//!
//! The app builds a *print model* (JSON, labels already translated) and calls [`render`].
//! User text never becomes Typst markup: the model is handed to the fixed template
//! `templates/cv.typ` as the bytes of a virtual file `/cv.json`, which the template reads
//! with `json(..)`. Fonts (Noto Sans for Latin, Vazirmatn for Arabic script) are embedded
//! in the binary; nothing is read from disk or fetched at run time.
//!
//! Rendering is synchronous and CPU-bound (a few milliseconds per 2-page CV in release
//! builds) and cannot be cancelled from the outside. The caller bounds concurrency and
//! waits with a timeout, e.g. `spawn_blocking` behind a semaphore.
//!
//! See `docs/decisions/cv-pdf.md` for the research behind these choices.

use std::fmt;
use std::sync::LazyLock;

use serde::{Deserialize, Deserializer, Serialize};
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::ecow::EcoVec;
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

/// Why a CV could not be rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenderError {
    /// The print model is not valid JSON or does not have the expected shape.
    BadModel(String),
    /// The renderer could not be set up (embedded template or fonts unusable).
    /// This is a build defect, never caused by the model.
    Setup(String),
    /// Typst failed to lay out the document.
    Compile(String),
    /// The PDF could not be written, e.g. a PDF/UA-1 check failed.
    Export(String),
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BadModel(msg) => write!(f, "invalid CV print model: {msg}"),
            Self::Setup(msg) => write!(f, "CV PDF renderer setup failed: {msg}"),
            Self::Compile(msg) => write!(f, "CV PDF layout failed: {msg}"),
            Self::Export(msg) => write!(f, "CV PDF export failed: {msg}"),
        }
    }
}

impl std::error::Error for RenderError {}

/// Renders the print model (JSON bytes) to an A4 PDF/UA-1 document.
///
/// The PDF is always tagged (headings, lists, paragraphs, document language and title).
/// It claims PDF/UA-1 when it passes Typst's PDF/UA-1 checks, which it does whenever every
/// character can be shown with the embedded fonts (Latin, Greek, Cyrillic, Arabic script,
/// Ge'ez for Tigrinya and Amharic). Text in other scripts (e.g. Hebrew, CJK) and emoji or
/// dingbats (📞 ✉ ★)
/// fail those checks; the CV is then still rendered, as a tagged PDF without the PDF/UA-1
/// claim, with missing-glyph boxes for those characters. Control characters and U+FEFF
/// are removed from the text beforehand (tabs become spaces, `\r\n` and `\r` become `\n`).
///
/// Shape of the model (every field optional; unknown fields are ignored; `null` counts as
/// missing):
///
/// ```json
/// { "lang": "sv", "title": "CV – Amal Hassan", "name": "Amal Hassan",
///   "contact": ["070-123 45 67"], "profile": "free text",
///   "sections": [{ "heading": "…", "note": "…", "items": ["…"],
///     "entries": [{ "title": "…", "subtitle": "…", "when": "…", "text": "…",
///                   "bullets": ["…"] }] }] }
/// ```
///
/// A `lang` that is not a two- or three-letter language code becomes `"sv"`.
pub fn render(model_json: &[u8]) -> Result<Vec<u8>, RenderError> {
    let model: PrintModel =
        serde_json::from_slice(model_json).map_err(|e| RenderError::BadModel(e.to_string()))?;
    // Re-serialise the typed model: the template then sees every field, with the right
    // type, and nothing else.
    let data = serde_json::to_vec(&model.normalized())
        .map_err(|e| RenderError::BadModel(e.to_string()))?;
    let shared = shared()?;
    let result = compile_and_export(shared, data);
    // The memo cache is global and would otherwise keep parts of past CVs in memory.
    typst::comemo::evict(0);
    result
}

fn compile_and_export(shared: &'static Shared, data: Vec<u8>) -> Result<Vec<u8>, RenderError> {
    let world = CvWorld {
        shared,
        data: Bytes::new(data),
    };
    let document: PagedDocument = typst::compile(&world)
        .output
        .map_err(|diags| RenderError::Compile(messages(&diags)))?;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1])
        .map_err(|e| RenderError::Setup(e.message().to_string()))?;
    let ua = PdfOptions {
        standards,
        // Tagged PDF is the default; PDF/UA-1 requires it anyway.
        tagged: true,
        ..PdfOptions::default()
    };
    match typst_pdf::pdf(&document, &ua) {
        Ok(pdf) => Ok(pdf),
        // PDF/UA-1 forbids text that no font can display. Rather than refuse the CV of
        // someone who writes in a script the embedded fonts lack (e.g. Hebrew or Chinese),
        // write the same tagged PDF without the PDF/UA-1 claim.
        Err(ua_errors) => {
            let tagged = PdfOptions {
                tagged: true,
                ..PdfOptions::default()
            };
            // Counts only: export messages can quote the CV's text, which must not reach
            // the server log.
            typst_pdf::pdf(&document, &tagged).map_err(|errors| {
                RenderError::Export(format!(
                    "{} export errors ({} as PDF/UA-1)",
                    errors.len(),
                    ua_errors.len()
                ))
            })
        }
    }
}

fn messages(diags: &EcoVec<SourceDiagnostic>) -> String {
    diags
        .iter()
        .map(|d| d.message.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

// ---- The print model -------------------------------------------------------------------

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(default)]
struct PrintModel {
    #[serde(deserialize_with = "nullable")]
    lang: String,
    #[serde(deserialize_with = "nullable")]
    title: String,
    #[serde(deserialize_with = "nullable")]
    name: String,
    #[serde(deserialize_with = "nullable")]
    contact: Vec<String>,
    #[serde(deserialize_with = "nullable")]
    profile: String,
    #[serde(deserialize_with = "nullable")]
    sections: Vec<Section>,
}

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(default)]
struct Section {
    #[serde(deserialize_with = "nullable")]
    heading: String,
    #[serde(deserialize_with = "nullable")]
    entries: Vec<Entry>,
    #[serde(deserialize_with = "nullable")]
    items: Vec<String>,
    #[serde(deserialize_with = "nullable")]
    note: String,
    #[serde(deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]
    table: Option<Table>,
}

/// A grid with a header row (the languages' levels).
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(default)]
struct Table {
    #[serde(deserialize_with = "nullable")]
    columns: Vec<String>,
    #[serde(deserialize_with = "nullable")]
    rows: Vec<Vec<String>>,
    #[serde(deserialize_with = "nullable")]
    caption: String,
}

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(default)]
struct Entry {
    #[serde(deserialize_with = "nullable")]
    title: String,
    #[serde(deserialize_with = "nullable")]
    subtitle: String,
    #[serde(deserialize_with = "nullable")]
    when: String,
    #[serde(deserialize_with = "nullable")]
    text: String,
    #[serde(deserialize_with = "nullable")]
    bullets: Vec<String>,
}

/// `null` reads as the field's default.
fn nullable<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

impl PrintModel {
    fn normalized(mut self) -> Self {
        // Typst rejects anything that is not an ISO 639 code, so never pass one through.
        let lang = self.lang.trim().to_ascii_lowercase();
        self.lang = if (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase())
        {
            lang
        } else {
            "sv".to_owned()
        };
        for text in [&mut self.title, &mut self.name, &mut self.profile] {
            clean(text);
        }
        self.contact.iter_mut().for_each(clean);
        for section in &mut self.sections {
            clean(&mut section.heading);
            clean(&mut section.note);
            section.items.iter_mut().for_each(clean);
            if let Some(table) = &mut section.table {
                clean(&mut table.caption);
                table.columns.iter_mut().for_each(clean);
                table.rows.iter_mut().flatten().for_each(clean);
            }
            for entry in &mut section.entries {
                for text in [
                    &mut entry.title,
                    &mut entry.subtitle,
                    &mut entry.when,
                    &mut entry.text,
                ] {
                    clean(text);
                }
                entry.bullets.iter_mut().for_each(clean);
            }
        }
        self
    }
}

/// Line breaks become `\n`, tabs spaces, and other control characters (C0, C1) and the
/// byte order mark U+FEFF (pasted from some editors) are dropped: no font draws them, so
/// they would only cost the PDF/UA-1 conformance.
fn clean(text: &mut String) {
    if !text
        .chars()
        .any(|c| (c.is_control() && c != '\n') || c == '\u{feff}')
    {
        return;
    }
    *text = text
        .replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{85}' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() || c == '\u{feff}' => None,
            c => Some(c),
        })
        .collect();
}

// ---- The Typst world -------------------------------------------------------------------

static FONT_DATA: [&[u8]; 6] = [
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/Vazirmatn-Regular.ttf"),
    include_bytes!("../fonts/Vazirmatn-Bold.ttf"),
    include_bytes!("../fonts/NotoSansEthiopic-Regular.ttf"),
    include_bytes!("../fonts/NotoSansEthiopic-Bold.ttf"),
];

const TEMPLATE: &str = include_str!("../templates/cv.typ");

/// Everything that is the same for every render: built once, on first use.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    /// The one and only data file; the template reads it with `json("/cv.json")`.
    /// File ids are interned for the life of the process and limited to 2^16, so they are
    /// fixed here and never made per request.
    data_id: FileId,
}

static SHARED: LazyLock<Result<Shared, RenderError>> = LazyLock::new(Shared::new);

fn shared() -> Result<&'static Shared, RenderError> {
    SHARED.as_ref().map_err(Clone::clone)
}

impl Shared {
    fn new() -> Result<Self, RenderError> {
        let fonts: Vec<Font> = FONT_DATA
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        if fonts.len() != FONT_DATA.len() {
            return Err(RenderError::Setup(format!(
                "expected {} embedded fonts, parsed {}",
                FONT_DATA.len(),
                fonts.len()
            )));
        }
        let main_id = file_id("/cv.typ")?;
        Ok(Self {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            main: Source::new(main_id, TEMPLATE.to_owned()),
            data_id: file_id("/cv.json")?,
        })
    }
}

fn file_id(path: &str) -> Result<FileId, RenderError> {
    let vpath = VirtualPath::new(path).map_err(|e| RenderError::Setup(format!("{path}: {e}")))?;
    Ok(FileId::new(RootedPath::new(VirtualRoot::Project, vpath)))
}

/// One render: the shared parts plus this request's model.
struct CvWorld {
    shared: &'static Shared,
    data: Bytes,
}

impl World for CvWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.book
    }

    fn main(&self) -> FileId {
        self.shared.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.shared.main.id() {
            Ok(self.shared.main.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.shared.data_id {
            Ok(self.data.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.get(index).cloned()
    }

    /// No clock: the output depends on the model only.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_is_normalised() {
        let model: PrintModel = serde_json::from_str(r#"{"lang": " EN "}"#).unwrap();
        assert_eq!(model.normalized().lang, "en");
        for bad in [
            r#"{"lang": "sv-SE"}"#,
            r#"{"lang": ""}"#,
            r#"{"lang": "x"}"#,
        ] {
            let model: PrintModel = serde_json::from_str(bad).unwrap();
            assert_eq!(model.normalized().lang, "sv", "{bad}");
        }
    }

    #[test]
    fn control_characters_are_cleaned() {
        let model: PrintModel = serde_json::from_str(
            r#"{"name": "A\u0000B\u0007C\ufeff", "contact": ["a\tb"],
                "sections": [{"entries": [{"bullets": ["x\r\ny\rz\u001b"]}]}]}"#,
        )
        .unwrap();
        let model = model.normalized();
        assert_eq!(model.name, "ABC");
        assert_eq!(model.contact, ["a b"]);
        assert_eq!(model.sections[0].entries[0].bullets, ["x\ny\nz"]);
    }

    #[test]
    fn nulls_and_unknown_fields_are_tolerated() {
        let model: PrintModel = serde_json::from_str(
            r#"{"name": null, "contact": null, "extra": 1,
                "sections": [{"entries": [{"bullets": null, "x": []}]}]}"#,
        )
        .unwrap();
        assert_eq!(model.name, "");
        assert!(model.contact.is_empty());
        assert_eq!(model.sections[0].entries[0].bullets.len(), 0);
    }
}
