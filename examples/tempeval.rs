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

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use conflict_timeline::{Extractor, Span, TimeMlTimex, read_timeml};

#[derive(Default, Clone, Copy)]
struct Counts {
    files: usize,
    gold: usize,
    sys: usize,
    strict: usize,
    relaxed: usize,
    value: usize,
    ttype: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.files += o.files;
        self.gold += o.gold;
        self.sys += o.sys;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.value += o.value;
        self.ttype += o.ttype;
    }
}

fn prf(correct: usize, sys: usize, gold: usize) -> (f64, f64, f64) {
    let p = if sys == 0 {
        0.0
    } else {
        correct as f64 / sys as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        correct as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

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

struct SysTimex {
    span: Span,
    text: String,
    ttype: String,
    value: String,
}

/// TimeML extent of a tagged expression: without a leading "on".
fn extent(t: &conflict_timeline::TimeExpr) -> Span {
    let lower = t.text.to_ascii_lowercase();
    if lower.starts_with("on ") {
        Span::new(t.span.start + 3, t.span.end)
    } else {
        t.span
    }
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
    let extractor = Extractor::new();
    let mut total = Counts::default();
    let mut errors: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for dir in &dirs {
        let mut c = Counts::default();
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tml"))
            .collect();
        files.sort();
        for f in &files {
            score_file(&extractor, f, &mut c, &mut errors);
        }
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

fn score_file(
    extractor: &Extractor,
    path: &Path,
    c: &mut Counts,
    errors: &mut BTreeMap<&'static str, Vec<String>>,
) {
    let xml = std::fs::read_to_string(path).unwrap_or_default();
    let Ok(doc) = read_timeml(&xml) else {
        eprintln!("skipped {}: not TimeML", path.display());
        return;
    };
    let tl = extractor.extract(&doc.text, doc.dct).expect("extract");
    let sys: Vec<SysTimex> = tl
        .time_expressions
        .iter()
        .map(|t| {
            let span = extent(t);
            SysTimex {
                span,
                text: span.slice(&doc.text).unwrap_or("").to_string(),
                ttype: t.timex_type.as_str().to_string(),
                value: t.value.clone(),
            }
        })
        .collect();
    let gold: &[TimeMlTimex] = &doc.timexes;
    let file = path
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().to_string());
    c.files += 1;
    c.gold += gold.len();
    c.sys += sys.len();
    let mut used = vec![false; sys.len()];
    for g in gold {
        let ctx = context(&doc.text, g.span);
        let hit = sys
            .iter()
            .enumerate()
            .find(|(i, s)| !used[*i] && s.span.overlaps(&g.span));
        let Some((i, s)) = hit else {
            errors.entry("missed").or_default().push(format!(
                "{file}: {:?} {} {} | {ctx}",
                g.text, g.timex_type, g.value
            ));
            continue;
        };
        used[i] = true;
        c.relaxed += 1;
        if s.span == g.span {
            c.strict += 1;
        } else {
            errors.entry("boundary").or_default().push(format!(
                "{file}: gold {:?} sys {:?} | {ctx}",
                g.text, s.text
            ));
        }
        if s.value == g.value {
            c.value += 1;
        } else {
            errors.entry("value").or_default().push(format!(
                "{file}: {:?} gold {} {} sys {:?} {} {} (dct {}) | {ctx}",
                g.text, g.timex_type, g.value, s.text, s.ttype, s.value, doc.dct
            ));
        }
        if s.ttype == g.timex_type {
            c.ttype += 1;
        } else {
            errors.entry("type").or_default().push(format!(
                "{file}: {:?} gold {} sys {}",
                g.text, g.timex_type, s.ttype
            ));
        }
    }
    for (i, s) in sys.iter().enumerate() {
        if !used[i] {
            let ctx = context(&doc.text, s.span);
            errors.entry("spurious").or_default().push(format!(
                "{file}: {:?} {} {} | {ctx}",
                s.text, s.ttype, s.value
            ));
        }
    }
}

fn context(text: &str, span: Span) -> String {
    let mut a = span.start.saturating_sub(50);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (span.end + 50).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    text[a..b].replace('\n', " ")
}
