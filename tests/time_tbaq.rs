//! The time tagger on TempEval-3's training news (TimeBank + AQUAINT, ../shared/corpus/te3-tbaq),
//! scored as `examples/tempeval.rs` scores it: floors just under the measured figures (strict
//! 0.896, relaxed 0.945, value 0.825, type 0.902), so that a change that loses accuracy fails.

#[path = "common/eval.rs"]
mod eval;
#[path = "common/tempeval.rs"]
mod tempeval;

use conflict_timeline::Extractor;
use tempeval::{Counts, Errors, score_dir};

const MIN_STRICT: f64 = 0.891;
const MIN_RELAXED: f64 = 0.940;
const MIN_VALUE: f64 = 0.822;
const MIN_TYPE: f64 = 0.897;

#[test]
fn tbaq_figures_hold() {
    let Some(shared) = eval::shared_dir() else {
        assert!(!eval::shared_required(), "../shared is required but absent");
        eprintln!("skipped: ../shared not found");
        return;
    };
    let root = shared.join("corpus").join("te3-tbaq");
    let extractor = Extractor::new();
    let mut c = Counts::default();
    let mut errors = Errors::new();
    for sub in ["TimeBank", "AQUAINT"] {
        score_dir(&extractor, &root.join(sub), &mut c, &mut errors);
    }
    assert!(c.files > 250, "only {} files", c.files);
    let (strict, relaxed, value, ttype) = c.f1s();
    eprintln!("TBAQ strict {strict:.3} relaxed {relaxed:.3} value {value:.3} type {ttype:.3}");
    assert!(strict >= MIN_STRICT, "strict F1 {strict:.3}");
    assert!(relaxed >= MIN_RELAXED, "relaxed F1 {relaxed:.3}");
    assert!(value >= MIN_VALUE, "value F1 {value:.3}");
    assert!(ttype >= MIN_TYPE, "type F1 {ttype:.3}");
}
