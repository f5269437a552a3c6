//! A Mermaid `timeline` diagram.

use crate::event::Event;
use crate::timeline::Timeline;

use super::write::{
    actors_label, casualties_label, date_label, kind_label, places_label, truncate,
};

/// Writes the timeline as a Mermaid `timeline` diagram: a `title`, one `section` per month
/// (by the first day of each event's date) and a last section for undated and vaguely dated
/// events; one period line per date value (`2025-04-04 : event`), further events of the same
/// date on continuation lines (`: event`). Labels read "strike in Kyiv (1 killed, 3+
/// injured)"; colons, semicolons, `#`, `%` and angle brackets are replaced and line breaks
/// flattened so that labels cannot break the grammar.
///
/// ```
/// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../../tests/data/sample_timeline.json")).unwrap();
/// let mmd = conflict_timeline::to_mermaid(&tl);
/// let lines: Vec<&str> = mmd.lines().collect();
/// assert_eq!(lines[0], "timeline");
/// assert_eq!(lines[1], "    title Timeline of sample");
/// assert!(mmd.contains("        2025-04-04 : strike in Kryvyi Rih (19 killed, 24+ injured)\n"));
/// ```
pub fn to_mermaid(timeline: &Timeline) -> String {
    let mut out = String::from("timeline\n");
    let title = match &timeline.id {
        Some(id) => format!("Timeline of {id}"),
        None => "Conflict timeline".to_string(),
    };
    out.push_str("    title ");
    out.push_str(&sanitize(&title));
    out.push('\n');

    let mut section: Option<String> = None;
    let mut period: Option<String> = None;
    for e in &timeline.events {
        let this_section = match e.date.as_ref().and_then(|d| d.start) {
            Some(s) => s.format("%Y-%m").to_string(),
            None => "Undated or vague".to_string(),
        };
        let this_period = date_label(e);
        if section.as_deref() != Some(this_section.as_str()) {
            out.push_str("    section ");
            out.push_str(&sanitize(&this_section));
            out.push('\n');
            section = Some(this_section);
            period = None;
        }
        let period_label = sanitize(&this_period);
        if period.as_deref() == Some(period_label.as_str()) {
            out.push_str("        ");
            out.push_str(&" ".repeat(period_label.chars().count()));
        } else {
            out.push_str("        ");
            out.push_str(&period_label);
            period = Some(period_label);
        }
        out.push_str(" : ");
        out.push_str(&sanitize(&label(e)));
        out.push('\n');
    }
    out
}

/// "strike in Kyiv (1 killed, 3+ injured)", "meeting (planned) of Russia, United States".
fn label(e: &Event) -> String {
    let mut s = kind_label(e);
    if e.modality != crate::Modality::Asserted {
        s.push_str(&format!(" ({})", e.modality.as_str()));
    }
    let places = places_label(e);
    if !places.is_empty() {
        s.push_str(" in ");
        s.push_str(&places);
    } else {
        let actors = actors_label(e);
        if !actors.is_empty() {
            s.push_str(" - ");
            s.push_str(&actors);
        }
    }
    let cas = casualties_label(e);
    if !cas.is_empty() {
        s.push_str(&format!(" ({cas})"));
    }
    truncate(&s, 120)
}

/// Text safe inside a Mermaid timeline line.
fn sanitize(s: &str) -> String {
    let mapped: String = s
        .chars()
        .map(|c| match c {
            ':' => '-',
            ';' => ',',
            '#' | '%' | '<' | '>' | '{' | '}' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let flat = mapped.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.is_empty() {
        "event".to_string()
    } else {
        flat
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitizes_labels() {
        assert_eq!(sanitize("a: b;\n#c %%d <br>"), "a- b, c d br");
        assert_eq!(sanitize(" \n "), "event");
    }
}
