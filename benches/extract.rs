//! Whole-pipeline throughput benchmarks (criterion; throughput in bytes).
//!
//! `cargo bench --bench extract` (or `-- extract/tbaq` for one case). Groups are named
//! `area/case`; each iteration checks its result so the work cannot be optimised away.
//!
//! - `extract/sample`, `extract/dev`, `extract/tbaq`: the whole pipeline (time, events,
//!   merge; no output formatting) on the example article, the dev articles and every TBAQ
//!   text (TEXT element, tags removed, entities left as they are, with its DCT).
//! - `time/only`, `events/only`: one stage alone on the dev and TBAQ texts, through the
//!   unstable `Extractor::bench_time_only` / `bench_events_only` hooks.
//! - `pathological/*`: 1 MB of digits, 1 MB with no sentence break, 100,000 weekday names,
//!   1 MB and 10 MB single documents of repeated news text (linear cost: the 10 MB one
//!   should take about ten times the 1 MB one).
//!
//! The corpus cases print a message and are skipped when ../shared is absent.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use conflict_timeline::{Extractor, TimeExpr};
use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};

#[path = "../tests/common/doc_line.rs"]
mod doc_line;

const SAMPLE: &str = include_str!("../examples/sample_article.txt");

type Docs = Vec<(String, NaiveDate)>;

fn shared_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

fn sample_dct() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 4, 6).unwrap_or_default()
}

/// The dev corpus articles as (text, publication date), or nothing when ../shared is absent.
fn dev_articles() -> Docs {
    let path = shared_dir().join("corpus/dev/articles.jsonl");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        eprintln!("extract/dev skipped: {} not found", path.display());
        return Vec::new();
    };
    raw.lines().filter_map(doc_line::parse_doc_line).collect()
}

/// Every TBAQ document (TimeBank, then AQUAINT, by file name) as (TEXT content with the tags
/// removed, DCT), or nothing when ../shared is absent.
fn tbaq_texts() -> Docs {
    let root = shared_dir().join("corpus/te3-tbaq");
    let mut out = Vec::new();
    for sub in ["TimeBank", "AQUAINT"] {
        let dir = root.join(sub);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("extract/tbaq skipped: {} not found", dir.display());
            return Vec::new();
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tml"))
            .collect();
        files.sort();
        out.extend(files.iter().filter_map(|p| read_tml(p)));
    }
    out
}

fn read_tml(path: &Path) -> Option<(String, NaiveDate)> {
    let xml = std::fs::read_to_string(path).ok()?;
    let dct_el = xml.get(xml.find("<DCT>")?..)?;
    let value = dct_el.get(dct_el.find("value=\"")? + 7..)?;
    let dct = NaiveDate::parse_from_str(value.get(..10)?, "%Y-%m-%d").ok()?;
    let body = xml.get(xml.find("<TEXT>")? + 6..xml.find("</TEXT>")?)?;
    let mut text = String::with_capacity(body.len());
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    Some((text, dct))
}

/// Extracts every document; returns the number of events (checked by the caller).
fn extract_all(ex: &Extractor, docs: &Docs) -> usize {
    docs.iter()
        .map(|(text, date)| match ex.extract(black_box(text), *date) {
            Ok(tl) => tl.len(),
            Err(e) => panic!("extraction failed: {e}"),
        })
        .sum()
}

fn bytes(docs: &Docs) -> u64 {
    docs.iter().map(|(t, _)| t.len() as u64).sum()
}

fn bench_extract(c: &mut Criterion) {
    let extractor = Extractor::new();
    let mut group = c.benchmark_group("extract");

    group.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    group.bench_function("sample", |b| {
        b.iter(|| {
            let tl = extractor.extract(black_box(SAMPLE), sample_dct());
            assert!(tl.as_ref().is_ok_and(|t| !t.is_empty()));
            tl
        })
    });

    for (name, docs) in [("dev", dev_articles()), ("tbaq", tbaq_texts())] {
        if docs.is_empty() {
            continue;
        }
        let expected = extract_all(&extractor, &docs);
        group.throughput(Throughput::Bytes(bytes(&docs)));
        group.bench_function(name, |b| {
            b.iter(|| {
                let events = extract_all(&extractor, &docs);
                assert_eq!(events, expected);
                events
            })
        });
    }
    group.finish();
}

/// The time stage alone, and the event stage alone (over precomputed time expressions), on
/// the dev and TBAQ texts (the example article when ../shared is absent).
fn bench_stages(c: &mut Criterion) {
    let extractor = Extractor::new();
    let mut docs = dev_articles();
    docs.extend(tbaq_texts());
    if docs.is_empty() {
        docs.push((SAMPLE.to_string(), sample_dct()));
    }
    let times: Vec<Vec<TimeExpr>> = docs
        .iter()
        .map(|(t, d)| extractor.bench_time_only(t, *d).unwrap_or_default())
        .collect();
    let n_times: usize = times.iter().map(Vec::len).sum();
    let n_events: usize = docs
        .iter()
        .zip(&times)
        .map(|((t, d), ts)| {
            extractor
                .bench_events_only(t, *d, ts)
                .map_or(0, |e| e.len())
        })
        .sum();
    let total = bytes(&docs);

    let mut group = c.benchmark_group("time");
    group.throughput(Throughput::Bytes(total));
    group.bench_function("only", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|(t, d)| {
                    extractor
                        .bench_time_only(black_box(t), *d)
                        .map_or(0, |v| v.len())
                })
                .sum();
            assert_eq!(n, n_times);
            n
        })
    });
    group.finish();

    let mut group = c.benchmark_group("events");
    group.throughput(Throughput::Bytes(total));
    group.bench_function("only", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .zip(&times)
                .map(|((t, d), ts)| {
                    extractor
                        .bench_events_only(black_box(t), *d, ts)
                        .map_or(0, |v| v.len())
                })
                .sum();
            assert_eq!(n, n_events);
            n
        })
    });
    group.finish();
}

/// `unit` repeated up to `len` bytes (whole units only).
fn repeat_to(unit: &str, len: usize) -> String {
    let n = (len / unit.len().max(1)).max(1);
    unit.repeat(n)
}

/// News text of about `len` bytes: the example article over and over, as one document.
fn news(len: usize) -> String {
    repeat_to(&format!("{}\n\n", SAMPLE.trim()), len)
}

fn bench_pathological(c: &mut Criterion) {
    let extractor = Extractor::new();
    let dct = sample_dct();
    // No '.', '!', '?' or line break anywhere: one 1 MB sentence of news words.
    let no_break: String = news(1 << 20)
        .chars()
        .map(|c| {
            if matches!(c, '.' | '!' | '?' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let weekdays = [
        "Monday ",
        "Tuesday ",
        "Wednesday ",
        "Thursday ",
        "Friday ",
        "Saturday ",
        "Sunday ",
    ]
    .iter()
    .cycle()
    .take(100_000)
    .copied()
    .collect::<String>();
    let cases: Vec<(&str, String)> = vec![
        ("digits_1mb", "7".repeat(1 << 20)),
        ("no_sentence_break_1mb", no_break),
        ("weekdays_100k", weekdays),
        ("news_1mb", news(1 << 20)),
        ("news_10mb", news(10 << 20)),
    ];
    let mut group = c.benchmark_group("pathological");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for (name, text) in &cases {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| {
                let tl = extractor.extract(black_box(text), dct);
                assert!(tl.is_ok());
                tl.map_or(0, |t| t.len() + t.time_expressions.len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_extract, bench_stages, bench_pathological);
criterion_main!(benches);
