//! Scores the time tagger on folders of gold TimeML files the way TempEval-3 does.
//!
//! ```text
//! cargo run --release --example tempeval -- DIR... [--errors N]
//! ```
//!
//! For each folder (and in total): strict extent match (same start and end) and relaxed
//! match (overlap, one to one) precision, recall and F1; value F1 and type F1 over relaxed
//! matches (an expression counts when it matches and its attribute is right, TempEval-3's
//! "attribute F1"). Errors are counted by kind (missed, spurious, boundary, value, type) and,
//! with `--errors N`, the first N of each kind are listed.

use std::path::PathBuf;

use conflict_timeline::Extractor;

#[path = "../tests/common/tempeval.rs"]
mod tempeval;
use tempeval::{Counts, Errors, prf, score_dir};

fn print_row(name: &str, c: &Counts) {
    let (sp, sr, sf) = prf(c.strict, c.sys, c.gold);
    let (rp, rr, rf) = prf(c.relaxed, c.sys, c.gold);
    let (_, _, vf) = prf(c.value, c.sys, c.gold);
    let (_, _, tf) = prf(c.ttype, c.sys, c.gold);
    println!(
        "{name:<12} files {:>4}  gold {:>5}  sys {:>5} | strict P {sp:.3} R {sr:.3} F1 {sf:.3} | relaxed P {rp:.3} R {rr:.3} F1 {rf:.3} | value F1 {vf:.3} | type F1 {tf:.3}",
        c.files, c.gold, c.sys
    );
}

fn main() {
    let mut dirs = Vec::new();
    let mut show = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--errors" {
            show = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
        } else {
            dirs.push(PathBuf::from(a));
        }
    }
    if dirs.is_empty() {
        eprintln!("usage: tempeval DIR... [--errors N]");
        std::process::exit(2);
    }
    if let Some(bad) = dirs.iter().find(|d| !d.is_dir()) {
        eprintln!("tempeval: {}: not a folder of TimeML files", bad.display());
        std::process::exit(2);
    }
    let extractor = Extractor::new();
    let mut total = Counts::default();
    let mut errors = Errors::new();
    for dir in &dirs {
        let mut c = Counts::default();
        score_dir(&extractor, dir, &mut c, &mut errors);
        let name = dir
            .file_name()
            .map_or("?".into(), |n| n.to_string_lossy().to_string());
        print_row(&name, &c);
        total.add(&c);
    }
    if dirs.len() > 1 {
        print_row("TOTAL", &total);
    }
    println!("errors by kind:");
    for (kind, list) in &errors {
        println!("  {kind:<9} {}", list.len());
    }
    if show > 0 {
        for (kind, list) in &errors {
            println!("--- {kind}");
            for e in list.iter().take(show) {
                println!("  {e}");
            }
        }
    }
}
