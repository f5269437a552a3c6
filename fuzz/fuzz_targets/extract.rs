//! Fuzzes the whole pipeline: the first two bytes pick a publication date anywhere in years
//! 1..=9999, the rest is the article text. Extraction must never panic, and every span it
//! reports must lie inside the text on char boundaries.
#![no_main]

use chrono::{Duration, NaiveDate};
use conflict_timeline::Extractor;
use libfuzzer_sys::fuzz_target;

static EXTRACTOR: std::sync::LazyLock<Extractor> = std::sync::LazyLock::new(Extractor::new);

fuzz_target!(|data: &[u8]| {
    let (head, body) = data.split_at(data.len().min(3));
    let offset = head.iter().fold(0i64, |acc, &b| acc * 256 + i64::from(b)) % 3_652_059;
    let Some(dct) = NaiveDate::from_ymd_opt(1, 1, 1).and_then(|d| d.checked_add_signed(Duration::days(offset))) else {
        return;
    };
    let text = String::from_utf8_lossy(body);
    if let Ok(tl) = EXTRACTOR.extract(&text, dct) {
        for t in &tl.time_expressions {
            assert_eq!(t.span.slice(&text), Some(t.text.as_str()));
        }
        for e in &tl.events {
            for m in &e.mentions {
                assert!(m.slice(&text).is_some());
            }
        }
    }
});
