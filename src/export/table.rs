//! A plain-text table for terminals.

use crate::event::{Basis, Event};
use crate::timeline::Timeline;

use super::write::{one_line, row_labels, truncate};

const HEADERS: [&str; 9] = [
    "date", "kind", "modality", "place", "actors", "killed", "injured", "weapons", "dated by",
];
/// Widest a column may grow (in characters) before its cells are cut with "…".
const MAX_WIDTH: [usize; 9] = [16, 17, 9, 24, 24, 7, 7, 32, 24];
/// Columns aligned to the right (the counts).
const RIGHT: [bool; 9] = [false, false, false, false, false, true, true, false, false];

/// Writes the events as an aligned plain-text table: date, kind, modality, place, actors,
/// killed, injured, weapons, and the phrase that dated the event (or where the date came
/// from). Long cells are cut with "…"; widths count characters, not bytes.
///
/// ```
/// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../../tests/data/sample_timeline.json")).unwrap();
/// let table = conflict_timeline::to_table(&tl);
/// let lines: Vec<&str> = table.lines().collect();
/// assert!(lines[0].starts_with("date"));
/// let row: Vec<&str> = lines[3].split_whitespace().take(3).collect();
/// assert_eq!(row, ["2025-04-04", "strike", "asserted"]);
/// assert_eq!(lines.len(), 2 + tl.len());
/// ```
pub fn to_table(timeline: &Timeline) -> String {
    let rows: Vec<[String; 9]> = timeline.events.iter().map(cells).collect();
    let mut widths = HEADERS.map(|h| h.chars().count());
    for r in &rows {
        for ((w, c), max) in widths.iter_mut().zip(r.iter()).zip(MAX_WIDTH.iter()) {
            *w = (*w).max(c.chars().count().min(*max));
        }
    }
    let mut out = String::new();
    let header = HEADERS.map(str::to_string);
    line(&mut out, &header, &widths);
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    out.push_str(rule.join("  ").trim_end());
    out.push('\n');
    for r in &rows {
        line(&mut out, r, &widths);
    }
    out
}

fn cells(e: &Event) -> [String; 9] {
    let dated_by = match &e.date {
        Some(d) => match (&d.text, d.basis) {
            (Some(t), _) => format!("\"{}\"", one_line(t)),
            (None, Basis::Expression) => String::new(),
            (None, Basis::Context) => "(context)".to_string(),
            (None, Basis::Publication) => "(publication)".to_string(),
        },
        None => String::new(),
    };
    row_labels(e, dated_by)
}

fn line(out: &mut String, cells: &[String; 9], widths: &[usize; 9]) {
    let mut s = String::new();
    for (i, ((c, w), right)) in cells.iter().zip(widths).zip(RIGHT).enumerate() {
        if i > 0 {
            s.push_str("  ");
        }
        let text = truncate(&one_line(c), *w);
        let pad = w.saturating_sub(text.chars().count());
        if right {
            s.push_str(&" ".repeat(pad));
            s.push_str(&text);
        } else {
            s.push_str(&text);
            s.push_str(&" ".repeat(pad));
        }
    }
    out.push_str(s.trim_end());
    out.push('\n');
}
