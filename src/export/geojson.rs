//! GeoJSON (RFC 7946): a FeatureCollection of the events that have coordinates.

use std::fmt::Write as _;

use crate::timeline::Timeline;

use super::write::{json_string, located};

/// Writes the events that have coordinates as a GeoJSON FeatureCollection: one Point
/// feature per event at its first place with coordinates (`[lon, lat]`, range-checked), with
/// properties `id`, `kind`, `sub_kind`, `date`, `start`, `end`, `modality`, `fatalities`,
/// `injured` (low figures), `location`, `country`, `place_precision` (town, region, country),
/// `source` and, after a merge, `documents`.
///
/// ```
/// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../../tests/data/sample_timeline.json")).unwrap();
/// let geo = conflict_timeline::to_geojson(&tl);
/// let v: serde_json::Value = serde_json::from_str(&geo).unwrap();
/// assert_eq!(v["type"], "FeatureCollection");
/// let first = &v["features"][0];
/// assert_eq!(first["properties"]["location"], "Kryvyi Rih");
/// assert_eq!(first["geometry"]["coordinates"][0], 33.3918); // longitude first
/// ```
pub fn to_geojson(timeline: &Timeline) -> String {
    let mut out = String::from("{\"type\":\"FeatureCollection\",\"features\":[");
    let mut first = true;
    for e in &timeline.events {
        let Some((place, lat, lon)) = located(e) else {
            continue;
        };
        out.push_str(if first { "\n" } else { ",\n" });
        first = false;
        out.push_str("{\"type\":\"Feature\",\"id\":");
        json_string(&mut out, &e.id);
        let _ = write!(
            out,
            ",\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{lon},{lat}]}},\"properties\":{{\"id\":"
        );
        json_string(&mut out, &e.id);
        out.push_str(",\"kind\":");
        json_string(&mut out, e.kind.as_str());
        out.push_str(",\"sub_kind\":");
        opt_string(&mut out, e.sub_kind.as_deref());
        let date = e.date.as_ref();
        out.push_str(",\"date\":");
        opt_string(&mut out, date.map(|d| d.value.as_str()));
        let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
        out.push_str(",\"start\":");
        opt_string(&mut out, day(date.and_then(|d| d.start)).as_deref());
        out.push_str(",\"end\":");
        opt_string(&mut out, day(date.and_then(|d| d.end)).as_deref());
        out.push_str(",\"modality\":");
        json_string(&mut out, e.modality.as_str());
        out.push_str(",\"fatalities\":");
        opt_number(&mut out, e.casualties.killed.and_then(|c| c.low));
        out.push_str(",\"injured\":");
        opt_number(&mut out, e.casualties.injured.and_then(|c| c.low));
        out.push_str(",\"location\":");
        json_string(&mut out, &place.name);
        out.push_str(",\"country\":");
        opt_string(&mut out, place.country.as_deref());
        out.push_str(",\"place_precision\":");
        let precision = place.precision.map(|p| match p {
            crate::event::PlacePrecision::Town => "town",
            crate::event::PlacePrecision::Region => "region",
            crate::event::PlacePrecision::Country => "country",
        });
        opt_string(&mut out, precision);
        out.push_str(",\"source\":");
        opt_string(&mut out, e.source.as_deref());
        if !e.sources.is_empty() {
            out.push_str(",\"documents\":[");
            for (i, s) in e.sources.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json_string(&mut out, &s.document);
            }
            out.push(']');
        }
        out.push_str("}}");
    }
    out.push_str("\n]}\n");
    out
}

fn opt_string(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => json_string(out, s),
        None => out.push_str("null"),
    }
}

fn opt_number(out: &mut String, n: Option<u64>) {
    match n {
        Some(n) => {
            let _ = write!(out, "{n}");
        }
        None => out.push_str("null"),
    }
}
