//! Latency and memory of one CV PDF render, for BENCHMARKS.md (run by tools/bench.sh).
//!
//! `cargo run --release -p cv-pdf --example pdf_bench [RUNS]` renders the 2-page fixture
//! once to warm up, then RUNS times (default 50), one after another on one thread, and
//! prints one Markdown table row:
//!
//! `| 2-page CV PDF | p50 ms | p99 ms | max ms | peak RSS MiB | pages | bytes |`
//!
//! Typst memoises compilations, so rendering the same model again is much faster than a
//! new CV. Each timed run therefore starts with an empty memo cache, like a CV the server
//! has not seen (fonts, standard library and template stay loaded, as in the server).
//! The warm-cache median is printed to stderr for comparison.
//!
//! p50/p99 are nearest-rank percentiles; with 50 runs p99 is the slowest run. Peak RSS is
//! the process's high-water mark (VmHWM), fonts and the Typst library included.

use std::error::Error;
use std::time::{Duration, Instant};

const FIXTURE: &[u8] = include_bytes!("../tests/fixtures/two-page.json");

fn main() -> Result<(), Box<dyn Error>> {
    let runs: usize = match std::env::args().nth(1) {
        Some(arg) => arg.parse()?,
        None => 50,
    };
    if runs == 0 {
        return Err("RUNS must be at least 1".into());
    }

    let mut pdf = cv_pdf::render(FIXTURE)?; // warm-up: fonts, library, template
    let mut times: Vec<Duration> = Vec::with_capacity(runs);
    for _ in 0..runs {
        typst::comemo::evict(0);
        let started = Instant::now();
        pdf = cv_pdf::render(FIXTURE)?;
        times.push(started.elapsed());
    }
    times.sort();

    let mut same_model: Vec<Duration> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        cv_pdf::render(FIXTURE)?;
        same_model.push(started.elapsed());
    }
    same_model.sort();

    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let pages = page_count(&pdf).map_or_else(|| "?".to_owned(), |n| n.to_string());
    let rss = peak_rss_mib().map_or_else(|| "?".to_owned(), |mib| format!("{mib:.1}"));
    eprintln!(
        "same model again (memo cache warm): p50 {:.1} ms, max {:.1} ms",
        ms(percentile(&same_model, 0.50)),
        ms(same_model[same_model.len() - 1])
    );
    println!(
        "| 2-page CV PDF | {:.1} | {:.1} | {:.1} | {rss} | {pages} | {} |",
        ms(percentile(&times, 0.50)),
        ms(percentile(&times, 0.99)),
        ms(times[times.len() - 1]),
        pdf.len()
    );
    Ok(())
}

/// Nearest-rank percentile of sorted, non-empty samples.
fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = (p * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// The page tree root's `/Count`, as written by krilla (`<</Type/Pages/Count N ...`).
fn page_count(pdf: &[u8]) -> Option<usize> {
    let key = b"/Type/Pages/Count";
    let at = pdf.windows(key.len()).position(|w| w == key)? + key.len();
    let digits: String = pdf[at..]
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .take_while(|b| b.is_ascii_digit())
        .map(|&b| char::from(b))
        .collect();
    digits.parse().ok()
}

/// VmHWM from /proc/self/status (Linux), in MiB.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kib: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kib / 1024.0)
}
