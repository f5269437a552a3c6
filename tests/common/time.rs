//! Shared by the time corpus tables (`tests/time_*.rs`): a row is (sentence, publication
//! date, phrase as tagged, TIMEX3 value, type, mod); `check` asserts every row and lists all
//! failures at once, `check_none` asserts a phrase is not tagged.
#![allow(dead_code)]

use chrono::NaiveDate;
use conflict_timeline::{Extractor, TimeExpr};

pub type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
);

pub fn tag(text: &str, dct: &str) -> Vec<TimeExpr> {
    let d: NaiveDate = dct.parse().unwrap();
    Extractor::new().extract(text, d).unwrap().time_expressions
}

pub fn check(table: &[Row]) {
    let mut failures = Vec::new();
    for &(text, dct, phrase, value, ty, md) in table {
        let got = tag(text, dct);
        let hit = got.iter().find(|t| t.text == phrase);
        match hit {
            Some(t)
                if t.value == value
                    && t.timex_type.as_str() == ty
                    && t.modifier.map(|m| m.as_str()) == md => {}
            _ => failures.push(format!(
                "{text:?} @ {dct}: want {phrase:?} {value} {ty} {md:?}; got {:?}",
                got.iter()
                    .map(|t| (t.text.as_str(), t.value.as_str(), t.timex_type.as_str()))
                    .collect::<Vec<_>>()
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

pub fn check_none(table: &[(&str, &str, &str)]) {
    let mut failures = Vec::new();
    for &(text, dct, phrase) in table {
        let got = tag(text, dct);
        if let Some(t) = got.iter().find(|t| t.text.contains(phrase)) {
            failures.push(format!(
                "{text:?}: {phrase:?} must not be tagged, got {:?} {}",
                t.text, t.value
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
