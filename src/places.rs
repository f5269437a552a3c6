//! The embedded gazetteer: places with coordinates, country and region, found in text by one
//! Aho-Corasick scan over every name and spelling variant.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::event::PlacePrecision;
use crate::text::{Span, is_whole_word};

/// A place known to the embedded gazetteer.
///
/// ```
/// let kyiv = conflict_timeline::lookup_place("Kiev").unwrap();
/// assert_eq!(kyiv.name, "Kyiv");
/// assert_eq!(kyiv.country, "UA");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Canonical name.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// First-level region, when known.
    pub admin1: Option<String>,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Town, region or country.
    pub precision: PlacePrecision,
    /// Population, when known (0 otherwise).
    pub population: u64,
}

struct Gazetteer {
    places: Vec<Place>,
    /// (lower-cased name or variant, index into `places`).
    names: Vec<(String, usize)>,
    automaton: Option<aho_corasick::AhoCorasick>,
}

static GAZETTEER: LazyLock<Gazetteer> =
    LazyLock::new(|| build(include_str!("../data/en/places.tsv")));

fn build(tsv: &str) -> Gazetteer {
    let mut places = Vec::new();
    let mut names = Vec::new();
    for line in tsv.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [name, variants, kind, country, admin1, lat, lon, pop] = cols.as_slice() else {
            continue;
        };
        let (Ok(lat), Ok(lon)) = (lat.parse::<f64>(), lon.parse::<f64>()) else {
            continue;
        };
        let precision = match *kind {
            "country" => PlacePrecision::Country,
            "region" | "sea" => PlacePrecision::Region,
            _ => PlacePrecision::Town,
        };
        let idx = places.len();
        places.push(Place {
            name: name.to_string(),
            country: country.to_string(),
            admin1: (!admin1.is_empty()).then(|| admin1.to_string()),
            lat,
            lon,
            precision,
            population: pop.parse().unwrap_or(0),
        });
        names.push((name.to_string(), idx));
        for v in variants.split('|').filter(|v| !v.is_empty()) {
            names.push((v.to_string(), idx));
        }
    }
    let automaton = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(names.iter().map(|(n, _)| n.as_str()))
        .ok();
    Gazetteer {
        places,
        names,
        automaton,
    }
}

/// Looks a place up by its name or a spelling variant (case-insensitive).
///
/// ```
/// assert_eq!(conflict_timeline::lookup_place("kupyansk").unwrap().name, "Kupiansk");
/// assert!(conflict_timeline::lookup_place("Atlantis").is_none());
/// ```
pub fn lookup_place(name: &str) -> Option<&'static Place> {
    let g = &*GAZETTEER;
    g.names
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name.trim()))
        .and_then(|(_, i)| g.places.get(*i))
}

/// A place named in a text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PlaceMatch {
    pub span: Span,
    pub place: &'static Place,
}

/// Every place named inside `within` of `text`, in text order (whole words, case-sensitive
/// names as written in the gazetteer).
pub(crate) fn find_places(text: &str, within: Span) -> Vec<PlaceMatch> {
    let g = &*GAZETTEER;
    let Some(ac) = g.automaton.as_ref() else {
        return Vec::new();
    };
    let Some(hay) = within.slice(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for m in ac.find_iter(hay) {
        let (s, e) = (within.start + m.start(), within.start + m.end());
        if !is_whole_word(text, s, e) {
            continue;
        }
        if let Some(place) = g
            .names
            .get(m.pattern().as_usize())
            .and_then(|(_, i)| g.places.get(*i))
        {
            out.push(PlaceMatch {
                span: Span::new(s, e),
                place,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_places_as_whole_words() {
        let text = "Strikes hit Kiev and Sumy, not Sumyland.";
        let found: Vec<&str> = find_places(text, Span::new(0, text.len()))
            .iter()
            .map(|m| m.place.name.as_str())
            .collect();
        assert_eq!(found, vec!["Kyiv", "Sumy"]);
    }
}
