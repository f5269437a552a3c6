//! Tables for habits of wire and newspaper copy other than the dev corpus's: AP datelines in
//! capitals alone, a lede that sums up an attack told in detail after it, backdrop relative
//! clauses, conditionals and denials. Each row: (text, publication date, expected events as
//! "kind date [places]", sorted); each table is run in full.

use conflict_timeline::{Extractor, Timeline};

fn run(text: &str, dct: &str) -> Timeline {
    let d = dct.parse::<conflict_timeline::Published>().expect("dct");
    Extractor::new().extract(text, d).expect("extract")
}

/// The events of `text`, one line each: kind, date value ("-" for none), places.
fn lines(text: &str, dct: &str) -> Vec<String> {
    let mut v: Vec<String> = run(text, dct)
        .events
        .iter()
        .map(|e| {
            let date = e.date.as_ref().map_or("-".to_string(), |d| d.value.clone());
            let places: Vec<&str> = e.locations.iter().map(|l| l.name.as_str()).collect();
            format!("{} {} [{}]", e.kind, date, places.join(","))
        })
        .collect();
    v.sort();
    v
}

fn check(table: &[(&str, &str, &[&str])]) {
    let mut failures = Vec::new();
    for &(text, dct, want) in table {
        let got = lines(text, dct);
        if got != want {
            failures.push(format!("{text:?}\n   want {want:?}\n    got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_dateline_in_capitals_alone_is_where_the_report_was_filed() {
    check(&[
        (
            "BANGKOK \u{2014} A Myanmar military airstrike on a village in western Rakhine state killed at least 18 people, a rebel spokesperson said Tuesday.",
            "2026-02-17",
            &["strike 2026-02-17 [Rakhine]"],
        ),
        // a place in capitals with no dash after it is the sentence's own
        (
            "KYIV was hit by a missile strike on Tuesday.",
            "2026-02-17",
            &["strike 2026-02-17 [Kyiv]"],
        ),
    ]);
}
