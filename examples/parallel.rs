//! One `Extractor` shared by many threads.
//!
//! The extractor is built once and borrowed by every thread (`Extractor` is `Send + Sync`; its
//! compiled patterns and lexicons live in process-wide statics). Each thread takes the next
//! document from a shared counter, so fast and slow documents balance out. The parallel results
//! are checked against a single-thread run: extraction is deterministic.
//!
//! ```text
//! cargo run --release --example parallel                # every core, the dev articles x 200
//! cargo run --release --example parallel -- 4 50        # 4 threads, the dev articles x 50
//! ```
//!
//! The documents are the articles of `../shared/corpus/dev` when that folder exists, else a
//! short sample article written for this example.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use chrono::NaiveDate;
use conflict_timeline::{Extractor, Published, Timeline};

/// Used when ../shared is absent.
const SAMPLE: &str = "Russian forces launched a ballistic missile strike on Kyiv on Sunday, \
killing one person and injuring at least three others, the city's military administration said.\n\n\
On Friday, an Iskander missile hit Kryvyi Rih, killing 19 people, including nine children.\n\n\
Polish military jets were scrambled overnight. Russian and U.S. officials could meet as early \
as this week, Moscow said.\n";

struct Doc {
    text: String,
    published: Published,
}

fn load_documents() -> Vec<Doc> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/dev/articles.jsonl");
    let mut docs = Vec::new();
    if let Ok(contents) = std::fs::read_to_string(&path) {
        for line in contents.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let (Some(text), Some(published)) = (v["text"].as_str(), v["published"].as_str())
            else {
                continue;
            };
            if let Ok(published) = published.parse::<Published>() {
                docs.push(Doc {
                    text: text.to_string(),
                    published,
                });
            }
        }
    }
    if docs.is_empty() {
        println!("(../shared/corpus/dev not found: using the embedded sample article)");
        if let Some(d) = NaiveDate::from_ymd_opt(2025, 4, 6) {
            docs.push(Doc {
                text: SAMPLE.to_string(),
                published: d.into(),
            });
        }
    }
    docs
}

/// Extracts every document on `threads` threads sharing one extractor; results in input order.
fn extract_all(extractor: &Extractor, docs: &[Doc], threads: usize) -> Vec<Option<Timeline>> {
    let next = AtomicUsize::new(0);
    let results = Mutex::new(vec![None; docs.len()]);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let mut mine = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(doc) = docs.get(i) else { break };
                    mine.push((i, extractor.extract(&doc.text, doc.published).ok()));
                }
                if let Ok(mut all) = results.lock() {
                    for (i, t) in mine {
                        if let Some(slot) = all.get_mut(i) {
                            *slot = t;
                        }
                    }
                }
            });
        }
    });
    results.into_inner().unwrap_or_default()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let threads = args
        .next()
        .and_then(|a| a.parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let repeat: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(200);

    let base = load_documents();
    let docs: Vec<Doc> = (0..repeat)
        .flat_map(|_| base.iter())
        .map(|d| Doc {
            text: d.text.clone(),
            published: d.published,
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let extractor = Extractor::new(); // built once, shared by every thread below

    let report = |label: &str, secs: f64, results: &[Option<Timeline>]| {
        let events: usize = results.iter().flatten().map(Timeline::len).sum();
        println!(
            "{label:>10}: {} documents, {events} events in {secs:.3} s: {:.0} docs/s, {:.1} MB/s",
            docs.len(),
            docs.len() as f64 / secs.max(1e-9),
            bytes as f64 / 1e6 / secs.max(1e-9),
        );
    };

    // The first extraction builds the process-wide tables (gazetteer, patterns): do it before
    // timing so that both runs measure extraction alone.
    if let Some(doc) = docs.first() {
        let _ = extractor.extract(&doc.text, doc.published);
    }

    let t = Instant::now();
    let single = extract_all(&extractor, &docs, 1);
    let single_secs = t.elapsed().as_secs_f64();
    report("1 thread", single_secs, &single);

    let t = Instant::now();
    let parallel = extract_all(&extractor, &docs, threads);
    let parallel_secs = t.elapsed().as_secs_f64();
    report(&format!("{threads} threads"), parallel_secs, &parallel);

    println!(
        "speed-up x{:.2}; results identical to the single-thread run: {}",
        single_secs / parallel_secs.max(1e-9),
        single == parallel
    );
}
