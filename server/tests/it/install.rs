//! The installable app over real HTTP: the manifest in the page's language, the service
//! worker's headers, scope and list of kept files (nothing personal), the offline page in
//! each language, and the links every page carries to them.
use crate::common::spawn;
use reqwest::StatusCode;

fn header(res: &reqwest::Response, name: &str) -> String {
    res.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn the_manifest_the_service_worker_and_the_offline_page() {
    let srv = spawn().await;

    // Every page links the manifest in its own language and registers the worker.
    let sign_in = srv.page("/sign-in", None).await;
    assert!(sign_in.contains(r#"<link rel="manifest" href="/manifest.webmanifest?lang=sv""#));
    assert!(sign_in.contains(r#"<script src="/register-sw.js" defer"#));
    assert!(sign_in.contains(r##"<meta name="theme-color" content="#0b5c4a""##));

    // The manifest: in the language the link names, else the browser's.
    for (query, lang, dir) in [
        ("?lang=ar", "ar", "rtl"),
        ("?lang=en", "en", "ltr"),
        ("", "sv", "ltr"),
    ] {
        let res = srv
            .get(&format!("/manifest.webmanifest{query}"), None)
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(header(&res, "content-type"), "application/manifest+json");
        let manifest: serde_json::Value =
            serde_json::from_str(&res.text().await.expect("manifest")).expect("json");
        assert_eq!(manifest["lang"], lang);
        assert_eq!(manifest["dir"], dir);
        assert_eq!(manifest["name"], "Vägval");
        assert_eq!(manifest["start_url"], "/home");
        assert_eq!(manifest["display"], "standalone");
        let icons = manifest["icons"].as_array().expect("icons");
        assert!(icons
            .iter()
            .any(|i| i["sizes"] == "512x512" && i["purpose"] == "maskable"));
    }
    let english = srv
        .client
        .get(format!("{}/manifest.webmanifest", srv.base))
        .header("accept-language", "en-GB,en;q=0.9")
        .send()
        .await
        .expect("manifest");
    let english: serde_json::Value =
        serde_json::from_str(&english.text().await.expect("manifest")).expect("json");
    assert_eq!(
        english["lang"], "en",
        "without ?lang=, the browser's language"
    );

    // The worker: for the whole portal, asked again on each visit, naming only files that
    // are the same for everyone.
    let res = srv.get("/sw.js", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(header(&res, "content-type").starts_with("text/javascript"));
    assert_eq!(header(&res, "cache-control"), "no-cache");
    assert_eq!(header(&res, "service-worker-allowed"), "/");
    let worker = res.text().await.expect("worker");
    let list = worker
        .lines()
        .find_map(|l| l.strip_prefix("const CACHED = "))
        .and_then(|l| l.strip_suffix(';'))
        .expect("the list of kept files");
    let kept: Vec<String> = serde_json::from_str(list).expect("a JSON list");
    assert!(kept.contains(&"/offline/ar".to_string()));
    for path in &kept {
        assert!(
            path.starts_with("/pkg/")
                || path.starts_with("/icons/")
                || path.starts_with("/offline/")
                || path == "/favicon.svg",
            "{path} is not a public file"
        );
    }
    assert!(worker.contains("request.mode === 'navigate'"));

    // The offline page in each language, the same for everyone, signed in or not.
    let amal = srv.as_participant().await;
    for (lang, dir, words) in [
        ("sv", "ltr", "Du är offline"),
        ("en", "ltr", "You are offline"),
        ("ar", "rtl", "أنت غير متصل بالإنترنت"),
    ] {
        let anonymous = srv.get(&format!("/offline/{lang}"), None).await;
        assert_eq!(anonymous.status(), StatusCode::OK);
        assert!(header(&anonymous, "content-type").starts_with("text/html"));
        let page = anonymous.text().await.expect("page");
        assert!(page.contains(&format!(r#"<html lang="{lang}" dir="{dir}">"#)));
        assert!(page.contains(words), "{lang}");
        let signed_in = srv.page(&format!("/offline/{lang}"), Some(&amal)).await;
        assert_eq!(
            signed_in, page,
            "nothing personal in a page the worker keeps"
        );
    }
    assert_eq!(
        srv.get("/offline/de", None).await.status(),
        StatusCode::NOT_FOUND
    );
}
