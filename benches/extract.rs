//! Whole-pipeline throughput benchmarks (criterion; throughput in bytes).
//!
//! `cargo bench --bench extract`. Groups are named `area/case`; each iteration checks its
//! result so the work cannot be optimised away.

use std::hint::black_box;
use std::path::PathBuf;

use chrono::NaiveDate;
use conflict_timeline::{Extractor, Published};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const SAMPLE: &str = include_str!("../examples/sample_article.txt");

fn shared_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// The dev corpus articles as (text, publication date), or nothing when ../shared is absent.
fn dev_articles() -> Vec<(String, NaiveDate)> {
    let path = shared_dir().join("corpus/dev/articles.jsonl");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        eprintln!("extract/dev skipped: {} not found", path.display());
        return Vec::new();
    };
    raw.lines()
        .filter_map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).ok()?;
            let text = v.get("text")?.as_str()?.to_string();
            let date = v
                .get("published")?
                .as_str()?
                .parse::<Published>()
                .ok()?
                .date();
            Some((text, date))
        })
        .collect()
}

fn bench_extract(c: &mut Criterion) {
    let extractor = Extractor::new();
    let dct = NaiveDate::from_ymd_opt(2025, 4, 6).unwrap_or_default();
    let mut group = c.benchmark_group("extract");

    group.throughput(Throughput::Bytes(SAMPLE.len() as u64));
    group.bench_function("sample", |b| {
        b.iter(|| {
            let tl = extractor.extract(black_box(SAMPLE), dct);
            assert!(tl.is_ok());
            tl
        })
    });

    let dev = dev_articles();
    if !dev.is_empty() {
        let bytes: usize = dev.iter().map(|(t, _)| t.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function("dev", |b| {
            b.iter(|| {
                let mut events = 0;
                for (text, date) in &dev {
                    if let Ok(tl) = extractor.extract(black_box(text), *date) {
                        events += tl.len();
                    }
                }
                events
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
