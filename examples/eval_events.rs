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
    println!("{:<10}{}", "dev", s.summary());
    // Held-out articles: the sets under tests/data (each scored blind once when it was
    // written, then read; see tests/heldout.rs), with the misses and extras of all but the
    // first.
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    for (name, dir) in [
        ("held-out", "heldout"),
        ("held-out2", "heldout2"),
        ("held-out3", "heldout3"),
        ("held-out4", "heldout4"),
        ("held-out5", "heldout5"),
        ("held-out6", "heldout6"),
        ("held-out7", "heldout7"),
        ("held-out8", "heldout8"),
        ("held-out9", "heldout9"),
        ("held-out10", "heldout10"),
        ("held-out11", "heldout11"),
        ("held-out12", "heldout12"),
        ("held-out13", "heldout13"),
        ("held-out14", "heldout14"),
        ("held-out15", "heldout15"),
        ("held-out16", "heldout16"),
        ("held-out17", "heldout17"),
        ("held-out18", "heldout18"),
        ("held-out19", "heldout19"),
    ] {
        let dir = data.join(dir);
        if dir.join("gold.jsonl").exists() {
            let s = eval::score_dir(&dir);
            if name != "held-out" {
                for line in &s.report {
                    println!("{line}");
                }
            }
            println!("{name:<10}{}", s.summary());
        }
    }
}
