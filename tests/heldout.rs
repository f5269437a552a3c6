//! Scores the extractor on the held-out articles of tests/data/heldout (written for this
//! project, never used to tune rules) with the dev-corpus scorer, prints the figures, and
//! fails below floors set just under what is reached: a guard on generalisation.

#[path = "common/eval.rs"]
mod eval;

const MIN_EVENT_F1: f64 = 0.90;
const MIN_DATED_F1: f64 = 0.90;
const MIN_CASUALTY_EXACT: f64 = 0.90;
const MIN_LOCATION_RECALL: f64 = 0.90;

#[test]
fn heldout_scores() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/heldout");
    let s = eval::score_dir(&dir);
    println!("{}", s.summary());
    for line in &s.report {
        println!("  {line}");
    }
    assert!(s.gold >= 15, "held-out gold not read ({} events)", s.gold);
    assert!(s.f1() >= MIN_EVENT_F1, "event F1 {:.3}", s.f1());
    assert!(s.dated_f1() >= MIN_DATED_F1, "dated F1 {:.3}", s.dated_f1());
    assert!(
        s.casualty_exact() >= MIN_CASUALTY_EXACT,
        "casualty exact {:.3}",
        s.casualty_exact()
    );
    assert!(
        s.location_recall() >= MIN_LOCATION_RECALL,
        "location recall {:.3}",
        s.location_recall()
    );
    assert_eq!(s.non_event_hits, 0, "non-events became events");
}
