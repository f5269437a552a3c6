//! Throughput of the whole pipeline (time, events, merge; no output formatting) over a JSON
//! Lines batch, single-thread and on every core.
//!
//! ```text
//! cargo run --release --example throughput -- FILE.jsonl [--repeat N] [--threads N]
//! ```
//!
//! Each line is `{"id": ..., "published": "YYYY-MM-DD" or RFC 3339, "text": ...}`; lines that
//! cannot be read are counted and skipped. The first extraction (which builds the compiled
//! patterns and the gazetteer, once per process) is timed apart, then every document is
//! extracted `--repeat` times (default: enough rounds for about 8 MB) on one thread, then on
//! every core (documents dealt round-robin to `std::thread::scope` workers).

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use conflict_timeline::Extractor;

#[path = "../tests/common/doc_line.rs"]
mod doc_line;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut path = None;
    let mut repeat: Option<usize> = None;
    let mut threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    while let Some(a) = args.next() {
        match a.as_str() {
            "--repeat" => repeat = args.next().and_then(|v| v.parse().ok()),
            "--threads" => {
                threads = args.next().and_then(|v| v.parse().ok()).unwrap_or(threads);
            }
            _ => path = Some(a),
        }
    }
    let Some(path) = path else {
        eprintln!("usage: throughput FILE.jsonl [--repeat N] [--threads N]");
        std::process::exit(2);
    };
    let raw = match std::fs::read_to_string(&path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let mut docs: Vec<(String, NaiveDate)> = Vec::new();
    let mut bad = 0usize;
    for line in raw.lines().filter(|l| !l.trim().is_empty()) {
        match doc_line::parse_doc_line(line) {
            Some(d) => docs.push(d),
            None => bad += 1,
        }
    }
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    if docs.is_empty() || bytes == 0 {
        eprintln!("no documents in {path} ({bad} unreadable lines)");
        std::process::exit(2);
    }
    let repeat = repeat.unwrap_or_else(|| (8_000_000 / bytes).max(1)).max(1);
    println!(
        "{path}: {} documents, {:.3} MB ({bytes} bytes of text), {bad} unreadable lines; {repeat} rounds",
        docs.len(),
        bytes as f64 / 1e6
    );

    let extractor = Extractor::new();
    // The first extraction builds everything compiled once per process.
    let t0 = Instant::now();
    let first = docs.first().map_or(0, |(t, d)| {
        extractor.extract(t, *d).map_or(0, |tl| tl.len())
    });
    println!(
        "first extraction (lazy build included): {:.1} ms ({first} events)",
        t0.elapsed().as_secs_f64() * 1e3
    );

    let (events, dt) = run(&extractor, &docs, repeat, 1);
    report("1 thread", bytes, docs.len(), repeat, events, dt);
    if threads > 1 {
        let (events, dt) = run(&extractor, &docs, repeat, threads);
        report(
            &format!("{threads} threads"),
            bytes,
            docs.len(),
            repeat,
            events,
            dt,
        );
    }
}

/// Extracts every document `repeat` times on `threads` threads; returns the number of events
/// found (a check that the work was done) and the wall time.
fn run(
    extractor: &Extractor,
    docs: &[(String, NaiveDate)],
    repeat: usize,
    threads: usize,
) -> (usize, Duration) {
    let jobs: Vec<&(String, NaiveDate)> = (0..repeat).flat_map(|_| docs.iter()).collect();
    let t0 = Instant::now();
    let events = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|w| {
                let jobs = &jobs;
                s.spawn(move || {
                    jobs.iter()
                        .skip(w)
                        .step_by(threads)
                        .map(|(t, d)| extractor.extract(t, *d).map_or(0, |tl| tl.len()))
                        .sum::<usize>()
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|h| h.join().unwrap_or(0))
            .sum::<usize>()
    });
    (events, t0.elapsed())
}

fn report(label: &str, bytes: usize, docs: usize, repeat: usize, events: usize, dt: Duration) {
    let secs = dt.as_secs_f64().max(1e-9);
    let total = (bytes * repeat) as f64;
    println!(
        "{label:>10}: {:8.2} MB/s {:10.0} documents/s ({:.3} s, {events} events)",
        total / 1e6 / secs,
        (docs * repeat) as f64 / secs,
        secs
    );
}
