//! Reads the embedded gazetteer tables and builds the name index and the Aho-Corasick automaton.
//!
//! Every table is a plain TSV with `#` comment lines; a line with the wrong number of columns
//! or an unreadable number is skipped, never a panic.

use std::collections::HashMap;

use crate::fnv::FnvMap;

use super::trie::NameTrie;

use super::{Country, Place, PlaceKind};
use crate::event::PlacePrecision;

const CITIES: &str = include_str!("../../data/en/places.tsv");
const FEATURES: &str = include_str!("../../data/en/geo_features.tsv");
const ADMIN1: &str = include_str!("../../data/en/geo_admin1.tsv");
const COUNTRIES: &str = include_str!("../../data/en/countries.tsv");
const VARIANTS: &str = include_str!("../../data/en/geo_variants.tsv");
const STOPWORDS: &str = include_str!("../../data/en/geo_stopwords.tsv");

/// The longest name, in bytes; longer spellings are dropped.
pub(super) const MAX_NAME: usize = 80;

/// Words after a region's name that make it the region ("the Kyiv region", "Kharkiv oblast").
pub(super) const REGION_WORDS: [&str; 6] = [
    "region",
    "oblast",
    "province",
    "governorate",
    "state",
    "krai",
];

/// How a name names a place; lower ranks first when one name names several places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Tier {
    /// A country's name or variant ("Ukraine", "U.S.").
    Country = 0,
    /// A sea or a named area ("Black Sea", "Gaza Strip", "Donbas").
    Feature = 1,
    /// A city's or town's name or spelling variant.
    Town = 2,
    /// A region named as one ("Kharkiv Oblast", "the Kyiv region", "North Darfur").
    Region = 3,
    /// A region's bare stem ("Kharkiv" for Kharkiv Oblast), used only when nothing else has it.
    RegionStem = 4,
}

/// One place a name can stand for.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cand {
    pub place: u32,
    pub tier: Tier,
}

/// One name in the automaton.
#[derive(Debug)]
pub(super) struct Pattern {
    /// The spelling with the fewest capitals among those sharing this lower-case form; a
    /// capital here must be a capital in the text.
    pub form: String,
    /// Places with this name, best first (tier, then population).
    pub cands: Vec<Cand>,
    /// The country whose demonym this is ("Ukrainian"); demonyms are context, never places.
    pub demonym: Option<u32>,
    /// The name is also a common word (from `geo_stopwords.tsv`).
    pub stop: Option<Stop>,
}

/// How a place name that is also a common word is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stop {
    /// Never a place ("X", "Channel", "March").
    Never,
    /// A place only after a locative cue ("in Nice", "struck Split").
    Locative,
}

/// A name or demonym of a country, for actor lookups.
#[derive(Debug)]
pub(super) struct CountryWord {
    pub form: String,
    pub country: u32,
    pub demonym: bool,
}

/// The whole gazetteer, built once.
pub(super) struct Gazetteer {
    pub places: Vec<Place>,
    pub countries: Vec<Country>,
    pub patterns: Vec<Pattern>,
    /// Lower-cased name → index into `patterns`.
    pub by_key: FnvMap<String, u32>,
    /// Lower-cased region stem ("kharkiv") → regions with it, most populous first.
    pub region_by_stem: FnvMap<String, Vec<u32>>,
    /// Lower-cased country name, variant or demonym → spellings.
    pub country_words: FnvMap<String, Vec<CountryWord>>,
    /// First words of the names that start with a lower-case letter ("el", "les", "the").
    pub lower_initials: Vec<String>,
    /// By first byte, the lengths of [`Gazetteer::lower_initials`] (bit `n` for `n` bytes,
    /// bit 63 for 63 or more): a quick refusal for other words.
    pub lower_initial_lens: [u64; 256],
    pub automaton: Option<NameTrie>,
}

fn split_bar(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|v| !v.is_empty())
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn coords(lat: &str, lon: &str) -> Option<(f64, f64)> {
    let (lat, lon) = (lat.parse::<f64>().ok()?, lon.parse::<f64>().ok()?);
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
        .then(|| (round4(lat), round4(lon)))
}

/// Accumulates places and their names before the automaton is built.
struct Builder {
    places: Vec<Place>,
    /// (place, tier, spelling).
    names: Vec<(u32, Tier, String)>,
    /// Curated variants per place (for "<variant> region" patterns).
    curated: HashMap<u32, Vec<String>>,
}

impl Builder {
    fn push(&mut self, place: Place) -> u32 {
        let idx = u32::try_from(self.places.len()).unwrap_or(u32::MAX);
        self.places.push(place);
        idx
    }

    fn name(&mut self, place: u32, tier: Tier, spelling: &str) {
        let s = spelling.trim();
        if s.len() >= 2 && s.len() <= MAX_NAME {
            self.names.push((place, tier, s.to_string()));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn place(
    name: &str,
    kind: PlaceKind,
    country: &str,
    admin1: &str,
    lat: f64,
    lon: f64,
    population: u64,
) -> Place {
    let precision = match kind {
        PlaceKind::Country => PlacePrecision::Country,
        PlaceKind::City => PlacePrecision::Town,
        PlaceKind::Region | PlaceKind::Sea | PlaceKind::Area => PlacePrecision::Region,
    };
    Place {
        name: name.to_string(),
        country: country.to_string(),
        admin1: (!admin1.is_empty()).then(|| admin1.to_string()),
        lat,
        lon,
        precision,
        population,
        kind,
    }
}

pub(super) fn build() -> Gazetteer {
    let mut b = Builder {
        places: Vec::new(),
        names: Vec::new(),
        curated: HashMap::new(),
    };

    // Countries.
    let mut countries = Vec::new();
    let mut country_words: FnvMap<String, Vec<CountryWord>> = FnvMap::default();
    for cols in crate::text::table_rows(COUNTRIES) {
        let [iso, name, variants, demonyms, capital, lat, lon, pop] = cols.as_slice() else {
            continue;
        };
        let Some((lat, lon)) = coords(lat, lon) else {
            continue;
        };
        if iso.len() != 2 || name.is_empty() {
            continue;
        }
        let population = pop.parse().unwrap_or(0);
        let ci = u32::try_from(countries.len()).unwrap_or(u32::MAX);
        let mut c = Country {
            iso2: iso.to_string(),
            name: name.to_string(),
            capital: capital.to_string(),
            demonyms: Vec::new(),
            lat,
            lon,
            population,
        };
        let mut add_word = |w: &str, demonym: bool| {
            country_words
                .entry(w.to_lowercase())
                .or_default()
                .push(CountryWord {
                    form: w.to_string(),
                    country: ci,
                    demonym,
                });
        };
        let pi = b.push(place(
            name,
            PlaceKind::Country,
            iso,
            "",
            lat,
            lon,
            population,
        ));
        b.name(pi, Tier::Country, name);
        add_word(name, false);
        for v in split_bar(variants) {
            b.name(pi, Tier::Country, v);
            add_word(v, false);
        }
        for d in split_bar(demonyms) {
            add_word(d, true);
            c.demonyms.push(d.to_string());
            if let Some(p) = plural(d) {
                add_word(&p, true);
            }
        }
        countries.push(c);
    }

    // Cities, then hand-written features.
    for (table, feature) in [(CITIES, false), (FEATURES, true)] {
        for cols in crate::text::table_rows(table) {
            let [name, variants, kind, country, admin1, lat, lon, pop] = cols.as_slice() else {
                continue;
            };
            let Some((lat, lon)) = coords(lat, lon) else {
                continue;
            };
            let (kind, tier) = match *kind {
                "sea" => (PlaceKind::Sea, Tier::Feature),
                "area" => (PlaceKind::Area, Tier::Feature),
                "city" | "town" => (PlaceKind::City, Tier::Town),
                _ => continue,
            };
            if name.is_empty() || (!feature && country.len() != 2) {
                continue;
            }
            let population = pop.parse().unwrap_or(0);
            let pi = b.push(place(name, kind, country, admin1, lat, lon, population));
            b.name(pi, tier, name);
            for v in split_bar(variants) {
                b.name(pi, tier, v);
            }
        }
    }

    // News spellings: rename a city and add variants.
    let mut city_index = CityIndex::default();
    index_cities(&b, &mut city_index, 0);
    let names_before_variants = b.names.len();
    for cols in crate::text::table_rows(VARIANTS) {
        let (Some(name), Some(country)) = (cols.first(), cols.get(1)) else {
            continue;
        };
        let variants: Vec<&str> = cols
            .get(2)
            .map(|v| split_bar(v).collect())
            .unwrap_or_default();
        let found = std::iter::once(*name)
            .chain(variants.iter().copied())
            .find_map(|n| {
                city_index
                    .get(&(n.to_lowercase(), country.to_string()))
                    .copied()
            });
        let Some(pi) = found else {
            continue;
        };
        if let Some(p) = b.places.get_mut(pi as usize) {
            p.name = name.to_string();
        }
        b.name(pi, Tier::Town, name);
        let cur = b.curated.entry(pi).or_default();
        cur.push(name.to_string());
        cur.extend(variants.iter().map(|v| v.to_string()));
        for v in variants {
            b.name(pi, Tier::Town, v);
        }
    }
    // Speed: only the names the variants added (a second full pass cost ~10 ms at start-up).
    index_cities(&b, &mut city_index, names_before_variants);

    // First-level regions.
    let mut region_by_stem: FnvMap<String, Vec<u32>> = FnvMap::default();
    for cols in crate::text::table_rows(ADMIN1) {
        let [name, variants, country, _code, lat, lon, pop] = cols.as_slice() else {
            continue;
        };
        let Some((lat, lon)) = coords(lat, lon) else {
            continue;
        };
        if name.is_empty() || country.len() != 2 {
            continue;
        }
        let population = pop.parse().unwrap_or(0);
        let pi = b.push(place(
            name,
            PlaceKind::Region,
            country,
            name,
            lat,
            lon,
            population,
        ));
        // "Northern", "Central District": names made of compass and generic words only are
        // not searched for (every country has one).
        if !generic_name(name) {
            let tier = if ends_with_region_word(name) {
                Tier::Region
            } else {
                Tier::RegionStem
            };
            b.name(pi, tier, name);
        }
        let mut stems: Vec<String> = Vec::new();
        for v in split_bar(variants) {
            if generic_name(v) {
                continue;
            }
            if ends_with_region_word(v) {
                b.name(pi, Tier::Region, v);
            } else if !stems.iter().any(|s| s.eq_ignore_ascii_case(v)) {
                stems.push(v.to_string());
            }
        }
        if !ends_with_region_word(name) && !stems.iter().any(|s| s.eq_ignore_ascii_case(name)) {
            stems.insert(0, name.to_string());
        }
        for st in &stems {
            b.name(pi, Tier::RegionStem, st);
        }
        // "<stem> region" is resolved after the scan through this map (for the stems and for
        // the news spellings of the city a stem names: "Zaporozhye region").
        if !name.ends_with(" City") {
            let mut keys: Vec<String> = stems.iter().map(|s| s.to_lowercase()).collect();
            for st in &stems {
                if let Some(ci) = city_index.get(&(st.to_lowercase(), country.to_string())) {
                    if let Some(cur) = b.curated.get(ci) {
                        keys.extend(cur.iter().map(|c| c.to_lowercase()));
                    }
                }
            }
            keys.sort();
            keys.dedup();
            for k in keys {
                region_by_stem.entry(k).or_default().push(pi);
            }
        }
    }

    // A word shared by several countries ("American": US, Guam...) names the most populous.
    for words in country_words.values_mut() {
        words.sort_by_key(|w| {
            let pop = countries
                .get(w.country as usize)
                .map_or(0, |c| c.population);
            (std::cmp::Reverse(pop), w.country)
        });
    }

    let stop: HashMap<String, Stop> = crate::text::table_rows(STOPWORDS)
        .filter_map(|c| {
            let tier = match *c.get(1)? {
                "never" => Stop::Never,
                "locative" => Stop::Locative,
                _ => return None,
            };
            Some((c.first()?.to_lowercase(), tier))
        })
        .collect();

    // Group spellings by lower-case form.
    let mut by_key: FnvMap<String, u32> = FnvMap::default();
    let mut patterns: Vec<Pattern> = Vec::new();
    for (pi, tier, spelling) in b.names {
        let key = spelling.to_lowercase();
        let idx = match by_key.get(&key) {
            Some(&i) => i,
            None => {
                let i = u32::try_from(patterns.len()).unwrap_or(u32::MAX);
                patterns.push(Pattern {
                    form: spelling.clone(),
                    cands: Vec::new(),
                    demonym: None,
                    stop: None,
                });
                by_key.insert(key, i);
                i
            }
        };
        let Some(p) = patterns.get_mut(idx as usize) else {
            continue;
        };
        if capitals(&spelling) < capitals(&p.form) {
            p.form = spelling;
        }
        match p.cands.iter_mut().find(|c| c.place == pi) {
            Some(c) => c.tier = c.tier.min(tier),
            None => p.cands.push(Cand { place: pi, tier }),
        }
    }
    // Demonyms ("Ukrainian", "Israelis") join the automaton as context words.
    // (In key order, so pattern numbers do not depend on hashing.)
    let mut demonym_keys: Vec<&String> = country_words.keys().collect();
    demonym_keys.sort();
    for key in demonym_keys {
        let Some(words) = country_words.get(key) else {
            continue;
        };
        let Some(w) = words.iter().find(|w| w.demonym) else {
            continue;
        };
        match by_key.get(key) {
            Some(&i) => {
                if let Some(p) = patterns.get_mut(i as usize) {
                    p.demonym = Some(w.country);
                }
            }
            None => {
                let i = u32::try_from(patterns.len()).unwrap_or(u32::MAX);
                patterns.push(Pattern {
                    form: w.form.clone(),
                    cands: Vec::new(),
                    demonym: Some(w.country),
                    stop: None,
                });
                by_key.insert(key.clone(), i);
            }
        }
    }
    for (key, tier) in &stop {
        if let Some(p) = by_key.get(key).and_then(|&i| patterns.get_mut(i as usize)) {
            p.stop = Some(*tier);
        }
    }
    let mut places = b.places;
    places.shrink_to_fit();
    for ids in region_by_stem.values_mut() {
        ids.sort_by_key(|&i| {
            let pop = places.get(i as usize).map_or(0, |p| p.population);
            (std::cmp::Reverse(pop), i)
        });
    }
    for p in &mut patterns {
        p.cands.sort_by_key(|c| {
            let pop = places.get(c.place as usize).map_or(0, |p| p.population);
            (c.tier, std::cmp::Reverse(pop), c.place)
        });
    }

    let mut lower_initials: Vec<String> = patterns
        .iter()
        .filter(|p| p.form.chars().next().is_some_and(char::is_lowercase))
        .filter_map(|p| p.form.split(|c: char| !c.is_alphanumeric()).next())
        .map(str::to_string)
        .collect();
    lower_initials.sort();
    lower_initials.dedup();
    let mut lower_initial_lens = [0u64; 256];
    for w in &lower_initials {
        if let Some(slot) = w
            .as_bytes()
            .first()
            .and_then(|&b| lower_initial_lens.get_mut(usize::from(b)))
        {
            *slot |= length_bit(w.len());
        }
    }

    // Anchored searches only (at word starts) over ASCII-lower-cased text: the automaton holds
    // the lower-cased names, which keeps it half the size of an ASCII-case-insensitive one.
    // Speed: a plain trie, not an Aho-Corasick automaton (see `trie`): its failure links were
    // never used by anchored searches and cost most of the one-off build.
    let automaton = Some(NameTrie::new(
        patterns.iter().map(|p| p.form.to_ascii_lowercase()),
    ));

    patterns.shrink_to_fit();
    Gazetteer {
        places,
        countries,
        patterns,
        by_key,
        region_by_stem,
        country_words,
        lower_initials,
        lower_initial_lens,
        automaton,
    }
}

/// The bit of [`Gazetteer::lower_initial_lens`] for a word of `len` bytes.
pub(super) fn length_bit(len: usize) -> u64 {
    1u64 << len.min(63)
}

/// (lower-cased name or variant, country) → the most populous city with it.
type CityIndex = FnvMap<(String, String), u32>;

/// Adds the names of `b.names[from..]` to the city index (the same as indexing all of them
/// at once: names are taken in order and the first of equal populations wins).
fn index_cities(b: &Builder, idx: &mut CityIndex, from: usize) {
    for (pi, tier, spelling) in b.names.get(from..).unwrap_or(&[]) {
        if *tier != Tier::Town {
            continue;
        }
        let Some(p) = b.places.get(*pi as usize) else {
            continue;
        };
        let key = (spelling.to_lowercase(), p.country.clone());
        let better = match idx.get(&key).and_then(|&o| b.places.get(o as usize)) {
            Some(old) => p.population > old.population,
            None => true,
        };
        if better {
            idx.insert(key, *pi);
        }
    }
}

/// A name made only of compass and generic words ("Northern", "Central District", "Capital
/// Region").
fn generic_name(s: &str) -> bool {
    const WORDS: [&str; 30] = [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "centre",
        "center",
        "upper",
        "lower",
        "middle",
        "capital",
        "coast",
        "coastal",
        "greater",
        "far",
        "region",
        "province",
        "district",
        "state",
        "city",
        "territory",
        "governorate",
        "the",
        "nord",
        "sud",
        "est",
    ];
    s.split([' ', '-'])
        .filter(|w| !w.is_empty())
        .all(|w| WORDS.iter().any(|g| g.eq_ignore_ascii_case(w)))
}

fn capitals(s: &str) -> usize {
    s.chars().filter(|c| c.is_uppercase()).count()
}

fn ends_with_region_word(s: &str) -> bool {
    const WORDS: [&str; 14] = [
        "oblast",
        "region",
        "province",
        "governorate",
        "state",
        "krai",
        "kray",
        "republic",
        "district",
        "okrug",
        "territory",
        "prefecture",
        "county",
        "city",
    ];
    s.rsplit(' ')
        .next()
        .is_some_and(|last| WORDS.iter().any(|w| w.eq_ignore_ascii_case(last)))
        && s.contains(' ')
}

/// "Ukrainian" → "Ukrainians"; none for "Sudanese", "Polish", "French", "Swiss".
fn plural(demonym: &str) -> Option<String> {
    let l = demonym.to_ascii_lowercase();
    if ["ese", "ish", "ch", "s", "x", "z"]
        .iter()
        .any(|e| l.ends_with(e))
    {
        return None;
    }
    Some(format!("{demonym}s"))
}
