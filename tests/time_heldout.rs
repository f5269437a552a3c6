//! The time tagger on the blind TimeML set `tests/data/timeml-heldout` (24 news articles
//! written and annotated to the TimeML guidelines by a helper that never read the rules),
//! scored as `examples/tempeval.rs` scores it. Floors sit at the blind reading (strict 0.942,
//! relaxed 0.982, value 0.873, type 0.919), so generalisation cannot fall below it.

#[path = "common/tempeval.rs"]
mod tempeval;

use conflict_timeline::Extractor;
use tempeval::{Counts, Errors, score_dir};

#[test]
fn timeml_heldout_figures_hold() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/timeml-heldout");
    let mut c = Counts::default();
    let mut errors = Errors::new();
    score_dir(&Extractor::new(), &dir, &mut c, &mut errors);
    assert!(c.files >= 24, "only {} files", c.files);
    let (strict, relaxed, value, ttype) = c.f1s();
    eprintln!("held-out strict {strict:.3} relaxed {relaxed:.3} value {value:.3} type {ttype:.3}");
    assert!(strict >= 0.94, "strict F1 {strict:.3}");
    assert!(relaxed >= 0.98, "relaxed F1 {relaxed:.3}");
    assert!(value >= 0.87, "value F1 {value:.3}");
    assert!(ttype >= 0.91, "type F1 {ttype:.3}");
}
