//! The names of the languages people here most often know, in each interface language, so
//! that a language typed in one ("الكردية") goes into a CV in the CV's own language
//! ("Kurdiska"). A name not in the list goes in as typed.
use crate::cv::model::CvLanguage;

/// Swedish, English, then every Arabic spelling people use.
const NAMES: &[(&str, &str, &[&str])] = &[
    (
        "Svenska",
        "Swedish",
        &["السويدية", "اللغة السويدية", "سويدي"],
    ),
    (
        "Engelska",
        "English",
        &["الإنجليزية", "الانجليزية", "الإنكليزية", "انجليزي"],
    ),
    ("Arabiska", "Arabic", &["العربية", "اللغة العربية", "عربي"]),
    ("Kurdiska", "Kurdish", &["الكردية", "اللغة الكردية", "كردي"]),
    ("Sorani", "Sorani", &["السورانية"]),
    ("Kurmanji", "Kurmanji", &["الكرمانجية"]),
    ("Somaliska", "Somali", &["الصومالية", "صومالي"]),
    (
        "Tigrinja",
        "Tigrinya",
        &["التغرينية", "التيغرينية", "تغرينيا"],
    ),
    ("Amhariska", "Amharic", &["الأمهرية", "الامهرية"]),
    ("Persiska", "Persian", &["الفارسية", "فارسي"]),
    ("Dari", "Dari", &["الدارية", "الدري", "دري"]),
    ("Pashto", "Pashto", &["البشتوية", "البشتو"]),
    ("Turkiska", "Turkish", &["التركية", "تركي"]),
    ("Franska", "French", &["الفرنسية", "فرنسي"]),
    ("Spanska", "Spanish", &["الإسبانية", "الاسبانية"]),
    ("Tyska", "German", &["الألمانية", "الالمانية"]),
    ("Ryska", "Russian", &["الروسية"]),
    ("Ukrainska", "Ukrainian", &["الأوكرانية", "الاوكرانية"]),
    ("Polska", "Polish", &["البولندية"]),
    ("Bosniska", "Bosnian", &["البوسنية"]),
    ("Albanska", "Albanian", &["الألبانية", "الالبانية"]),
    ("Urdu", "Urdu", &["الأردية", "الاردية"]),
    ("Hindi", "Hindi", &["الهندية"]),
    ("Syrianska", "Syriac", &["السريانية"]),
    ("Assyriska", "Assyrian", &["الآشورية", "الاشورية"]),
    ("Armeniska", "Armenian", &["الأرمنية", "الارمنية"]),
    ("Grekiska", "Greek", &["اليونانية"]),
    ("Italienska", "Italian", &["الإيطالية", "الايطالية"]),
    ("Portugisiska", "Portuguese", &["البرتغالية"]),
    ("Finska", "Finnish", &["الفنلندية"]),
    ("Thailändska", "Thai", &["التايلاندية"]),
    ("Vietnamesiska", "Vietnamese", &["الفيتنامية"]),
    ("Kinesiska", "Chinese", &["الصينية"]),
    ("Oromo", "Oromo", &["الأورومية", "الاورومو"]),
    ("Uzbekiska", "Uzbek", &["الأوزبكية"]),
    ("Hebreiska", "Hebrew", &["العبرية"]),
];

/// The language's name in the CV's language, when the name typed is one the list knows (in
/// any of the three interface languages, in any case).
pub fn in_cv_language(typed: &str, cv: CvLanguage) -> Option<&'static str> {
    let typed = typed.trim().to_lowercase();
    let (sv, en, _) = NAMES.iter().find(|(sv, en, ar)| {
        sv.to_lowercase() == typed || en.to_lowercase() == typed || ar.contains(&typed.as_str())
    })?;
    Some(match cv {
        CvLanguage::Sv => sv,
        CvLanguage::En => en,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_language_takes_the_cv_languages_name() {
        assert_eq!(in_cv_language("الكردية", CvLanguage::Sv), Some("Kurdiska"));
        assert_eq!(
            in_cv_language(" kurdish ", CvLanguage::Sv),
            Some("Kurdiska")
        );
        assert_eq!(in_cv_language("Somaliska", CvLanguage::En), Some("Somali"));
        assert_eq!(in_cv_language("العربية", CvLanguage::En), Some("Arabic"));
        assert_eq!(in_cv_language("Klingon", CvLanguage::Sv), None);
    }

    #[test]
    fn every_name_is_one_language_only() {
        let mut seen = std::collections::BTreeSet::new();
        for (sv, en, ar) in NAMES {
            let own: std::collections::BTreeSet<String> = [*sv, *en]
                .into_iter()
                .chain(ar.iter().copied())
                .map(str::to_lowercase)
                .collect();
            for name in own {
                assert!(seen.insert(name.clone()), "{name} twice");
            }
        }
    }
}
