//! One JSON Lines record of a document batch (`{"text": ..., "published": ...}`) as (text,
//! publication date); shared by `benches/extract.rs` and `examples/throughput.rs`.
#![allow(dead_code)]

use chrono::NaiveDate;
use conflict_timeline::Published;

/// The text and publication date of one line, or `None` when it is not such a record.
pub fn parse_doc_line(line: &str) -> Option<(String, NaiveDate)> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    let text = v.get("text")?.as_str()?.to_string();
    let date = v
        .get("published")?
        .as_str()?
        .parse::<Published>()
        .ok()?
        .date();
    Some((text, date))
}
