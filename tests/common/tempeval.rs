//! TempEval-3 style scoring of the time tagger on gold TimeML files (shared by
//! `examples/tempeval.rs` and `tests/time_tbaq.rs`): strict and relaxed extent match, and value
//! and type F1 over relaxed matches (TempEval-3's "attribute F1").
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use conflict_timeline::{Extractor, Span, TimeMlTimex, read_timeml};

/// Errors by kind (missed, spurious, boundary, value, type), one line each.
pub type Errors = BTreeMap<&'static str, Vec<String>>;

#[derive(Default, Clone, Copy)]
pub struct Counts {
    pub files: usize,
    pub gold: usize,
    pub sys: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub value: usize,
    pub ttype: usize,
}

impl Counts {
    pub fn add(&mut self, o: &Counts) {
        self.files += o.files;
        self.gold += o.gold;
        self.sys += o.sys;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.value += o.value;
        self.ttype += o.ttype;
    }
}

pub fn prf(correct: usize, sys: usize, gold: usize) -> (f64, f64, f64) {
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

impl Counts {
    /// (strict, relaxed, value, type) F1.
    pub fn f1s(&self) -> (f64, f64, f64, f64) {
        (
            prf(self.strict, self.sys, self.gold).2,
            prf(self.relaxed, self.sys, self.gold).2,
            prf(self.value, self.sys, self.gold).2,
            prf(self.ttype, self.sys, self.gold).2,
        )
    }
}

/// Scores every `*.tml` file of `dir` (in name order) into `c`, listing errors.
pub fn score_dir(extractor: &Extractor, dir: &Path, c: &mut Counts, errors: &mut Errors) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tml"))
        .collect();
    files.sort();
    for f in &files {
        score_file(extractor, f, c, errors);
    }
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

pub fn score_file(extractor: &Extractor, path: &Path, c: &mut Counts, errors: &mut Errors) {
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
