//! Small writers shared by the exports: escapers (JSON string, CSV field, XML text) and the
//! labels every human-readable format shows (date, places, actors, weapons, counts).

use std::fmt::Write as _;

use crate::event::{Event, Location};
use crate::number::Count;

/// Appends `s` as a JSON string literal (quotes included).
pub(crate) fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends `s` as one RFC 4180 field: quoted (with doubled quotes) when it holds a comma, a
/// quote or a line break, or starts or ends with a space.
pub(crate) fn csv_field(out: &mut String, s: &str) {
    let needs_quotes = s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ');
    if needs_quotes {
        out.push('"');
        out.push_str(&s.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(s);
    }
}

/// Appends `s` escaped for XML text and attribute values; control characters XML 1.0 does
/// not allow are dropped.
pub(crate) fn xml_text(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if u32::from(c) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
}

/// `s` on one line: every run of whitespace (line breaks included) becomes one space.
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `s` cut to at most `max` characters, ending in "…" when cut.
pub(crate) fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// The cells of one event's row in the human-readable tables (Markdown and plain text):
/// date, kind, modality, place, actors, killed, injured, weapons, and a last column of the
/// table's own.
pub(crate) fn row_labels(e: &Event, last: String) -> [String; 9] {
    [
        date_label(e),
        kind_label(e),
        e.modality.as_str().to_string(),
        places_label(e),
        actors_label(e),
        count_label(e.casualties.killed),
        count_label(e.casualties.injured),
        weapons_label(e),
        last,
    ]
}

/// The event's date for people: the TIMEX3 value with its parts of the day and vague
/// references in words ("2025-04-04", "2025-04-05 night", "2025-W14 weekend", "in the
/// past"), or "undated".
pub(crate) fn date_label(e: &Event) -> String {
    e.date
        .as_ref()
        .map_or_else(|| "undated".to_string(), |d| human_date(&d.value))
}

/// A TIMEX3 value in words where it has codes: "2025-04-05TNI" → "2025-04-05 night".
pub(crate) fn human_date(value: &str) -> String {
    match value {
        "PAST_REF" => return "in the past".to_string(),
        "PRESENT_REF" => return "now".to_string(),
        "FUTURE_REF" => return "in the future".to_string(),
        _ => {}
    }
    if let Some(week) = value.strip_suffix("-WE") {
        return format!("{week} weekend");
    }
    let Some((day, time)) = value.split_once('T') else {
        return value.to_string();
    };
    let part = match time {
        "MO" => "morning",
        "MI" => "midday",
        "AF" => "afternoon",
        "EV" => "evening",
        "NI" => "night",
        "DT" => "daytime",
        other => other,
    };
    format!("{day} {part}")
}

/// The kind as words: "military activity".
pub(crate) fn kind_label(e: &Event) -> String {
    e.kind.as_str().replace('_', " ")
}

/// Every place name, comma-separated.
pub(crate) fn places_label(e: &Event) -> String {
    join(e.locations.iter().map(|l| l.name.as_str()))
}

/// Every actor name, comma-separated.
pub(crate) fn actors_label(e: &Event) -> String {
    join(e.actors.iter().map(|a| a.name.as_str()))
}

/// The weapons with their counts and named systems: "101+ drone, 1 ballistic missile
/// (Iskander)".
pub(crate) fn weapons_label(e: &Event) -> String {
    let parts: Vec<String> = e
        .weapons
        .iter()
        .map(|w| {
            let mut s = match w.count {
                Some(c) => format!("{c} {}", w.kind),
                None => w.kind.clone(),
            };
            if let Some(m) = w
                .model
                .as_deref()
                .filter(|m| !m.eq_ignore_ascii_case(&w.kind))
            {
                s.push_str(" (");
                s.push_str(m);
                s.push(')');
            }
            s
        })
        .collect();
    parts.join(", ")
}

/// A count as text ("19", "3+", "16-19"), empty when unknown.
pub(crate) fn count_label(c: Option<Count>) -> String {
    c.map(|c| c.to_string()).unwrap_or_default()
}

/// "19 killed, 24+ injured", empty when no figure is known.
pub(crate) fn casualties_label(e: &Event) -> String {
    let mut parts = Vec::new();
    if let Some(k) = e.casualties.killed {
        parts.push(format!("{k} killed"));
    }
    if let Some(i) = e.casualties.injured {
        parts.push(format!("{i} injured"));
    }
    parts.join(", ")
}

/// The first place with coordinates in range, with its (lat, lon).
pub(crate) fn located(e: &Event) -> Option<(&Location, f64, f64)> {
    e.locations.iter().find_map(|l| {
        let (lat, lon) = (l.lat?, l.lon?);
        let ok = lat.is_finite()
            && lon.is_finite()
            && (-90.0..=90.0).contains(&lat)
            && (-180.0..=180.0).contains(&lon);
        ok.then_some((l, lat, lon))
    })
}

fn join<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for n in names {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(n);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapers() {
        let mut s = String::new();
        json_string(&mut s, "a\"b\\c\nd\u{1}é");
        assert_eq!(s, r#""a\"b\\c\nd\u0001é""#);
        let mut s = String::new();
        csv_field(&mut s, "plain");
        s.push(',');
        csv_field(&mut s, "say \"hi\", then\ngo");
        assert_eq!(s, "plain,\"say \"\"hi\"\", then\ngo\"");
        let mut s = String::new();
        xml_text(&mut s, "<a & 'b'>\u{0}");
        assert_eq!(s, "&lt;a &amp; &apos;b&apos;&gt;");
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(one_line(" a \n b "), "a b");
        assert_eq!(human_date("2025-04-05TNI"), "2025-04-05 night");
        assert_eq!(human_date("2025-04-05T15:00"), "2025-04-05 15:00");
        assert_eq!(human_date("2025-W14-WE"), "2025-W14 weekend");
        assert_eq!(human_date("FUTURE_REF"), "in the future");
        assert_eq!(human_date("2025-04"), "2025-04");
    }
}
