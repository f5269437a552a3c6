//! A Markdown table of the events.

use crate::timeline::Timeline;

use super::write::{one_line, row_labels};

/// Writes the events as a Markdown (GitHub-flavoured) table: date, kind, modality, place,
/// actors, killed, injured, weapons, source. Pipes in the text are escaped and line breaks
/// flattened, so every event is one row.
///
/// ```
/// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../../tests/data/sample_timeline.json")).unwrap();
/// let md = conflict_timeline::to_markdown(&tl);
/// assert!(md.starts_with("| Date | Kind |"));
/// assert!(md.contains("| 2025-04-04 | strike | asserted | Kryvyi Rih | Russia | 19 | 24+ | 1 Iskander |"));
/// assert_eq!(md.lines().count(), 2 + tl.len());
/// ```
pub fn to_markdown(timeline: &Timeline) -> String {
    let mut out = String::from(
        "| Date | Kind | Modality | Place | Actors | Killed | Injured | Weapons | Source |\n\
         |---|---|---|---|---|--:|--:|---|---|\n",
    );
    for e in &timeline.events {
        let cells = row_labels(e, e.source.clone().unwrap_or_default());
        out.push('|');
        for c in &cells {
            out.push(' ');
            out.push_str(&cell(c));
            out.push_str(" |");
        }
        out.push('\n');
    }
    out
}

/// One table cell: on one line, pipes and backslashes escaped.
fn cell(s: &str) -> String {
    one_line(s).replace('\\', "\\\\").replace('|', "\\|")
}
