//! Scores the extractor on ../shared/corpus/dev as its gold describes (see
//! tests/common/eval.rs), prints the figures, and fails below the floors reached so far.

#[path = "common/eval.rs"]
mod eval;

/// Floors just under the figures reached; raise them as the extractor improves.
const MIN_EVENT_F1: f64 = 0.97;
const MIN_CASUALTY_EXACT: f64 = 0.95;
const MIN_LOCATION_RECALL: f64 = 0.95;
/// Dated-event F1 (kind and date right; also depends on the time tagger).
const MIN_DATED_F1: f64 = 0.97;

#[test]
fn dev_corpus_scores() {
    let Some(shared) = eval::shared_dir() else {
        assert!(
            !eval::shared_required(),
            "../shared/corpus/dev is required but missing"
        );
        println!("skipped: ../shared/corpus/dev not found");
        return;
    };
    let s = eval::score_all(&shared);
    println!("{}", s.summary());
    for line in s
        .report
        .iter()
        .filter(|l| l.contains("MISS") || l.contains("EXTRA"))
    {
        println!("{line}");
    }
    assert!(s.gold > 0, "no gold events read");
    assert!(
        s.f1() >= MIN_EVENT_F1,
        "event F1 {:.3} below {MIN_EVENT_F1}",
        s.f1()
    );
    assert!(
        s.dated_f1() >= MIN_DATED_F1,
        "dated-event F1 {:.3} below {MIN_DATED_F1}",
        s.dated_f1()
    );
    assert!(
        s.casualty_exact() >= MIN_CASUALTY_EXACT,
        "casualty exact {:.3} below {MIN_CASUALTY_EXACT}",
        s.casualty_exact()
    );
    assert!(
        s.location_recall() >= MIN_LOCATION_RECALL,
        "location recall {:.3} below {MIN_LOCATION_RECALL}",
        s.location_recall()
    );
    assert_eq!(
        s.non_event_hits, 0,
        "listed non-events became events or dates"
    );
}
