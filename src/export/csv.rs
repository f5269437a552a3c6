//! CSV with ACLED-like columns, one row per event (RFC 4180: CRLF line ends, quoted fields).

use crate::event::{ActorRole, Event, PlacePrecision};
use crate::time::Grain;
use crate::timeline::Timeline;

use super::write::{csv_field, located, one_line, weapons_label};

/// The header of [`to_csv`], in column order.
///
/// ```
/// assert!(conflict_timeline::CSV_HEADER.starts_with("event_id,event_date,time_precision"));
/// ```
pub const CSV_HEADER: &str = "event_id,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities,injured";

/// Writes a timeline as CSV with ACLED-like columns ([`CSV_HEADER`]), one row per event.
///
/// - `event_id`: the timeline's id and the event's (`seed-e1`), or the event's alone;
/// - `event_date`: the first day the date covers (`YYYY-MM-DD`), empty when undated or vague;
/// - `time_precision`: 1 for a day, 2 for up to a week, 3 for a month or coarser, empty
///   when undated or vague (as `event_date`);
/// - `event_type` / `sub_event_type`: this crate's kind (`strike`, `clash` ...) and sub-kind;
/// - `actor1` / `actor2`: the first initiator and the first other actor;
/// - `country`, `admin1`, `location`, `latitude`, `longitude`, `geo_precision` (1 town,
///   2 region, 3 country): the event's first place;
/// - `source`: who reported it; `notes`: date phrase, modality, weapons, reports;
/// - `fatalities` / `injured`: the conservative (low) figure, empty when unknown.
///
/// ```
/// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../../tests/data/sample_timeline.json")).unwrap();
/// let csv = conflict_timeline::to_csv(&tl);
/// let mut lines = csv.lines();
/// assert_eq!(lines.next(), Some(conflict_timeline::CSV_HEADER));
/// assert!(lines.next().unwrap().starts_with("sample-e1,2025-03-31,2,meeting,"));
/// assert_eq!(csv.lines().count(), 1 + tl.len());
/// ```
pub fn to_csv(timeline: &Timeline) -> String {
    let mut out = String::with_capacity(256 * (timeline.len() + 1));
    out.push_str(CSV_HEADER);
    out.push_str("\r\n");
    for e in &timeline.events {
        let fields = row(timeline, e);
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            csv_field(&mut out, f);
        }
        out.push_str("\r\n");
    }
    out
}

fn row(timeline: &Timeline, e: &Event) -> [String; 17] {
    let id = match &timeline.id {
        Some(doc) => format!("{doc}-{}", e.id),
        None => e.id.clone(),
    };
    let date = e.date.as_ref();
    let event_date = date
        .and_then(|d| d.start)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let actor1 = e
        .actors
        .iter()
        .find(|a| a.role == ActorRole::Initiator)
        .or_else(|| e.actors.first());
    let actor2 = e
        .actors
        .iter()
        .find(|a| Some(*a) != actor1 && a.role != ActorRole::Initiator)
        .or_else(|| e.actors.iter().find(|a| Some(*a) != actor1));
    let place = e.locations.first();
    let coords = located(e).filter(|(l, _, _)| Some(*l) == place);
    let geo_precision = place.and_then(|l| l.precision).map(|p| match p {
        PlacePrecision::Town => "1",
        PlacePrecision::Region => "2",
        PlacePrecision::Country => "3",
    });
    [
        id,
        event_date,
        time_precision(e).map(|p| p.to_string()).unwrap_or_default(),
        e.kind.as_str().to_string(),
        e.sub_kind.clone().unwrap_or_default(),
        actor1.map(|a| a.name.clone()).unwrap_or_default(),
        actor2.map(|a| a.name.clone()).unwrap_or_default(),
        place.and_then(|l| l.country.clone()).unwrap_or_default(),
        place.and_then(|l| l.admin1.clone()).unwrap_or_default(),
        place.map(|l| l.name.clone()).unwrap_or_default(),
        coords
            .map(|(_, lat, _)| lat.to_string())
            .unwrap_or_default(),
        coords
            .map(|(_, _, lon)| lon.to_string())
            .unwrap_or_default(),
        geo_precision.unwrap_or_default().to_string(),
        e.source.as_deref().map(one_line).unwrap_or_default(),
        notes(e),
        low(e.casualties.killed),
        low(e.casualties.injured),
    ]
}

fn low(c: Option<crate::Count>) -> String {
    c.and_then(|c| c.low)
        .map(|n| n.to_string())
        .unwrap_or_default()
}

/// ACLED-style time precision: 1 day, 2 week, 3 month or coarser; `None` when undated or
/// vague (no calendar days).
fn time_precision(e: &Event) -> Option<u8> {
    let d = e.date.as_ref()?;
    let width = match (d.start, d.end) {
        (Some(s), Some(en)) => en.signed_duration_since(s).num_days(),
        _ => return None,
    };
    Some(match d.precision {
        Grain::Time | Grain::Day if width == 0 => 1,
        Grain::Time | Grain::Day | Grain::Week if width <= 6 => 2,
        _ => 3,
    })
}

fn notes(e: &Event) -> String {
    let mut parts = Vec::new();
    if let Some(d) = &e.date {
        match &d.text {
            Some(t) => parts.push(format!("date: {} ({})", one_line(t), d.value)),
            None => parts.push(format!("date: {}", d.value)),
        }
    }
    if e.modality != crate::Modality::Asserted {
        parts.push(format!("modality: {}", e.modality.as_str()));
    }
    let weapons = weapons_label(e);
    if !weapons.is_empty() {
        parts.push(format!("weapons: {weapons}"));
    }
    if e.locations.len() > 1 {
        let more: Vec<&str> = e
            .locations
            .iter()
            .skip(1)
            .map(|l| l.name.as_str())
            .collect();
        parts.push(format!("also: {}", more.join(", ")));
    }
    if !e.sources.is_empty() {
        let docs: Vec<String> = e
            .sources
            .iter()
            .map(|s| format!("{} ({})", s.document, s.published.format("%Y-%m-%d")))
            .collect();
        parts.push(format!("reports: {}", docs.join(", ")));
        if let Some(k) = e.casualty_range().killed {
            if e.casualties.killed != Some(k) {
                parts.push(format!("killed across reports: {k}"));
            }
        }
    }
    parts.join("; ")
}
