//! Scores the event extractor on the gold-annotated dev corpus (../shared/corpus/dev): event
//! precision/recall/F1, kind accuracy, dated-event F1, casualty exact-match, location recall,
//! non-events produced; prints every miss and extra.
//!
//! `cargo run --release --example eval_events`

#[path = "../tests/common/eval.rs"]
mod eval;

fn main() {
    let Some(shared) = eval::shared_dir() else {
        eprintln!("../shared/corpus/dev not found next to the crate; nothing to score");
        std::process::exit(if eval::shared_required() { 1 } else { 0 });
    };
    let s = eval::score_all(&shared);
    for line in &s.report {
        println!("{line}");
    }
    println!();
    println!("dev      {}", s.summary());
    // Held-out articles (never used for tuning): figures only.
    let heldout = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout");
    if heldout.join("gold.jsonl").exists() {
        println!("held-out {}", eval::score_dir(&heldout).summary());
    }
}
