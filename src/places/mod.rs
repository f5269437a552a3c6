//! The embedded gazetteer: cities and towns, first-level regions, countries, seas and conflict
//! areas with coordinates, found in text by one Aho-Corasick scan over every name and spelling
//! variant.
//!
//! Data: `data/en/places.tsv` (GeoNames cities), `geo_admin1.tsv` (regions), `countries.tsv`,
//! `geo_features.tsv` (seas, areas), `geo_variants.tsv` (news spellings), `geo_stopwords.tsv`
//! (names that are also words); see `data/README.md`. Everything is embedded and built once per
//! process in a [`LazyLock`]; nothing is fetched at run time.
//!
//! # Matching rules (see [`find_places`])
//!
//! - A name matches as a whole word (ASCII case-insensitively in the automaton) and must then be
//!   written as a proper noun: every letter that is a capital in the gazetteer's spelling is a
//!   capital in the text ("reading", "nice" never match; "KYIV" does).
//! - Names in the stop table's `never` tier ("X", "Channel", "March", "Of"...) never match; its
//!   `locative` tier (city names that are also English words: "Nice", "Split", "Reading",
//!   "Mobile", "Bath") match only right after a locative cue: "in", "at", "near", "from", "to",
//!   a strike verb ("struck", "hit", "shelled"...), or "city/town/outskirts... of".
//! - A single-word town or region stem right after another capitalised word that is not a
//!   function word, cue, title, month or place ("Lloyd Austin", "Kamala Harris") is taken for a
//!   person's name and skipped.
//! - A name shared by several places resolves by tier (country, then sea/area, then town, then
//!   region named as such, then a region's bare stem), then within the best tier by population,
//!   except that a candidate in a country of the context (countries named in the sentence, or
//!   passed by [`find_places_in_doc`]) wins if it has at least a tenth of the top candidate's
//!   population. Countries, seas and areas are never overridden by context.
//! - "the Kyiv region", "Kharkiv oblast", "Donetsk and Luhansk regions" give the region;
//!   "eastern Ukraine" gives the country with region precision and `direction` "east";
//!   "near Bakhmut", "outskirts of Uvira", "north of Kharkiv", "the Pokrovsk direction" set `near`.

mod build;

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::event::{Location, PlacePrecision};
use crate::text::Span;
use build::{Gazetteer, Stop, Tier};

/// What sort of place a [`Place`] is.
///
/// ```
/// use conflict_timeline::{lookup_place, PlaceKind};
/// assert_eq!(lookup_place("Black Sea").unwrap().kind, PlaceKind::Sea);
/// assert_eq!(lookup_place("Kharkiv Oblast").unwrap().kind, PlaceKind::Region);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// A city, town or village.
    City,
    /// A first-level administrative region (oblast, province, state, governorate).
    Region,
    /// A country or territory with an ISO 3166-1 code.
    Country,
    /// A sea, gulf or strait.
    Sea,
    /// A named area that is not an administrative unit (Gaza Strip, Donbas, Darfur).
    Area,
}

/// A place known to the embedded gazetteer.
///
/// ```
/// let kyiv = conflict_timeline::lookup_place("Kiev").unwrap();
/// assert_eq!(kyiv.name, "Kyiv");
/// assert_eq!(kyiv.country, "UA");
/// assert!((kyiv.lat - 50.45).abs() < 0.1);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Canonical name.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code (empty for international seas and areas).
    pub country: String,
    /// First-level region, when known (a region's own name for a region).
    pub admin1: Option<String>,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// Town, region or country.
    pub precision: PlacePrecision,
    /// Population, when known (0 otherwise).
    pub population: u64,
    /// City, region, country, sea or area.
    pub kind: PlaceKind,
}

impl Place {
    /// The place as an event [`Location`] (name, country, admin1, coordinates, precision).
    ///
    /// ```
    /// let loc = conflict_timeline::lookup_place("Odessa").unwrap().location();
    /// assert_eq!(loc.name, "Odesa");
    /// assert_eq!(loc.country.as_deref(), Some("UA"));
    /// assert!(loc.lat.is_some());
    /// ```
    pub fn location(&self) -> Location {
        Location {
            name: self.name.clone(),
            country: (!self.country.is_empty()).then(|| self.country.clone()),
            admin1: self
                .admin1
                .clone()
                .filter(|a| self.kind == PlaceKind::City && !a.is_empty()),
            lat: Some(self.lat),
            lon: Some(self.lon),
            precision: Some(self.precision),
        }
    }
}

/// A country: its name, ISO code, capital, demonyms and centroid.
///
/// ```
/// let pl = conflict_timeline::lookup_country("Polish").unwrap();
/// assert_eq!(pl.iso2, "PL");
/// assert_eq!(pl.name, "Poland");
/// assert_eq!(pl.capital, "Warsaw");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub iso2: String,
    /// Common English name ("United States", "Russia").
    pub name: String,
    /// Capital city.
    pub capital: String,
    /// Demonyms and adjectives ("American", "Ukrainian", "Burkinabe").
    pub demonyms: Vec<String>,
    /// Latitude of the country's centroid.
    pub lat: f64,
    /// Longitude of the country's centroid.
    pub lon: f64,
    /// Population, when known (0 otherwise).
    pub population: u64,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(build::build);

/// Looks a place up by its name, a spelling variant or a region form ("Kyiv region"),
/// case-insensitively; a name shared by several places gives the most prominent one (a country,
/// then a sea or area, then the most populous town, then a region).
///
/// ```
/// use conflict_timeline::lookup_place;
/// assert_eq!(lookup_place("kupyansk").unwrap().name, "Kupiansk");
/// assert_eq!(lookup_place("Zaporozhye").unwrap().name, "Zaporizhzhia");
/// assert_eq!(lookup_place("Donetsk region").unwrap().name, "Donetsk Oblast");
/// assert!(lookup_place("Narnia").is_none());
/// ```
pub fn lookup_place(name: &str) -> Option<&'static Place> {
    let g = &*GAZETTEER;
    let idx = g.by_key.get(&name.trim().to_lowercase())?;
    let cand = g.patterns.get(*idx as usize)?.cands.first()?;
    g.places.get(cand.place as usize)
}

/// Looks a country up by its name, a variant ("U.S.", "Britain", "DRC") or a demonym
/// ("Polish", "Russians", "Burkinabe"). Capitals in the stored spelling must be capitals in
/// `word`, so "us" is not the United States.
///
/// ```
/// use conflict_timeline::lookup_country;
/// assert_eq!(lookup_country("U.S.").unwrap().iso2, "US");
/// assert_eq!(lookup_country("Israelis").unwrap().iso2, "IL");
/// assert!(lookup_country("us").is_none());
/// ```
pub fn lookup_country(word: &str) -> Option<&'static Country> {
    country_by_name_or_demonym(word)
}

/// Crate-internal name of [`lookup_country`], for the event layer's actors ("Russian forces",
/// "Polish military jets").
#[allow(dead_code)]
pub(crate) fn country_by_name_or_demonym(word: &str) -> Option<&'static Country> {
    let g = &*GAZETTEER;
    let word = word.trim();
    let words = g.country_words.get(&word.to_lowercase())?;
    let w = words.iter().find(|w| case_ok(&w.form, word))?;
    g.countries.get(w.country as usize)
}

/// A place named in a text, from [`find_places`].
///
/// Serialisable (for debugging and export) but not deserialisable: it borrows the gazetteer's
/// `'static` [`Place`].
///
/// ```
/// use conflict_timeline::{find_places, PlacePrecision, Span};
/// let text = "Fighting continued in eastern Ukraine.";
/// let m = find_places(text, Span::new(0, text.len()))[0];
/// assert_eq!(m.place.name, "Ukraine");
/// assert_eq!(m.precision, PlacePrecision::Region);
/// assert_eq!(m.direction, Some("east"));
/// assert!(!m.near);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PlaceMatch {
    /// Bytes of the name in the text (the region word included for "Kyiv region").
    pub span: Span,
    /// The place.
    pub place: &'static Place,
    /// Precision of this mention: the place's own, or `Region` for "eastern Ukraine".
    pub precision: PlacePrecision,
    /// A compass part named before the place ("east", "north-east", "central"), if any.
    pub direction: Option<&'static str>,
    /// The text puts the event near the place rather than in it ("near Bakhmut", "outskirts of
    /// Uvira", "north of Kharkiv", "the Pokrovsk direction").
    pub near: bool,
}

/// Every place named inside `within` of `text`, in text order. Ambiguous names prefer the
/// countries named inside `within` itself. Rules: a whole word written as a proper noun; stop
/// words ("X", "Channel", "March") never, common-word city names ("Nice", "Split") only after a
/// locative cue ("in Nice"); "the Kyiv region" is the region, "eastern Ukraine" the country
/// with region precision, "near Bakhmut" sets `near`.
///
/// ```
/// use conflict_timeline::{find_places, PlaceKind, Span};
/// let text = "Russian drones struck the Kharkiv region and the port of Odessa; \
///             fighting raged near Bakhmut. Channel 1 reported it on X.";
/// let found = find_places(text, Span::new(0, text.len()));
/// let names: Vec<&str> = found.iter().map(|m| m.place.name.as_str()).collect();
/// assert_eq!(names, ["Kharkiv Oblast", "Odesa", "Bakhmut"]);
/// assert_eq!(found[0].place.kind, PlaceKind::Region);
/// assert!(found[2].near);
/// ```
pub fn find_places(text: &str, within: Span) -> Vec<PlaceMatch> {
    scan(text, within, &[], true)
}

/// Like [`find_places`], with the countries of the whole document as context (from
/// [`countries_in`]), so "Rafah" resolves to Gaza in an article that mentions Gaza elsewhere.
///
/// ```
/// use conflict_timeline::{countries_in, find_places_in_doc, Span};
/// let text = "Israeli strikes hit Gaza City. Later, tanks moved into Rafah.";
/// let ctx = countries_in(text);
/// assert!(ctx.contains(&"PS"));
/// let second = Span::new(31, text.len());
/// let m = find_places_in_doc(text, second, &ctx)[0];
/// assert_eq!((m.place.name.as_str(), m.place.country.as_str()), ("Rafah", "PS"));
/// ```
pub fn find_places_in_doc(text: &str, within: Span, context: &[&str]) -> Vec<PlaceMatch> {
    scan(text, within, context, true)
}

/// ISO codes of the countries a text mentions (by country name or through an unambiguous place),
/// in first-mention order, for [`find_places_in_doc`].
///
/// ```
/// let ctx = conflict_timeline::countries_in("Talks in Washington on the war in Ukraine.");
/// assert_eq!(ctx, ["US", "UA"]);
/// ```
pub fn countries_in(text: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for m in scan(text, Span::new(0, text.len()), &[], false) {
        let c = m.place.country.as_str();
        if !c.is_empty() && !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// The scan behind [`find_places`]. With `resolve` false the context pass is skipped (used to
/// collect countries cheaply).
fn scan(text: &str, within: Span, context: &[&str], resolve: bool) -> Vec<PlaceMatch> {
    let g = &*GAZETTEER;
    let Some(ac) = g.automaton.as_ref() else {
        return Vec::new();
    };
    let end = within.end.min(text.len());
    let mut raw: Vec<(usize, usize, u32)> = Vec::new();
    let mut pos = within.start;
    while pos < end {
        let input = aho_corasick::Input::new(text).range(pos..end);
        let Some(m) = ac.find(input) else {
            break;
        };
        match accept(g, ac, text, m.start(), m.end(), m.pattern().as_u32()) {
            Some((e, p)) => {
                raw.push((m.start(), e, p));
                pos = e;
            }
            None => pos = next_char(text, m.start()),
        }
    }

    // Countries named in the span (and of unambiguous places) are the local context.
    let mut ctx: Vec<&str> = context.to_vec();
    if resolve {
        for &(_, _, p) in &raw {
            if let Some(pat) = g.patterns.get(p as usize) {
                let first = pat.cands.first();
                let unambiguous = pat.cands.iter().all(|c| {
                    g.places.get(c.place as usize).map(|p| &p.country)
                        == first
                            .and_then(|f| g.places.get(f.place as usize))
                            .map(|p| &p.country)
                });
                if let Some(pl) = first.and_then(|f| g.places.get(f.place as usize)) {
                    if (unambiguous || pl.kind == PlaceKind::Country)
                        && !pl.country.is_empty()
                        && !ctx.contains(&pl.country.as_str())
                    {
                        ctx.push(pl.country.as_str());
                    }
                }
            }
        }
    }

    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while let Some(&(s, e, p)) = raw.get(i) {
        i += 1;
        let Some(pat) = g.patterns.get(p as usize) else {
            continue;
        };
        let Some((place, tier)) = choose(g, pat, &ctx) else {
            continue;
        };
        let mut span = Span::new(s, e);
        let mut place = place;
        // "Kharkiv and Donetsk regions", "Kharkiv region" after a town name.
        if matches!(tier, Tier::Town | Tier::RegionStem) {
            if let Some((region, new_end)) = region_after(g, text, s, e, place) {
                place = region;
                span = Span::new(s, new_end);
            }
        }
        let direction = direction_before(text, s);
        let near = near_cue(text, s, span.end) || direction.is_some_and(|_| of_before(text, s));
        let precision = if place.kind == PlaceKind::Country && direction.is_some() {
            PlacePrecision::Region
        } else {
            place.precision
        };
        out.push(PlaceMatch {
            span,
            place,
            precision,
            direction,
            near,
        });
    }
    out
}

/// Checks a raw automaton match; on failure tries the longest shorter name starting at the
/// same byte. Returns the accepted end and pattern.
fn accept(
    g: &Gazetteer,
    ac: &aho_corasick::AhoCorasick,
    text: &str,
    start: usize,
    end: usize,
    pattern: u32,
) -> Option<(usize, u32)> {
    if !boundary_before(text, start) {
        return None;
    }
    let (mut end, mut pattern) = (end, pattern);
    loop {
        if ok_match(g, text, start, end, pattern) {
            return Some((end, pattern));
        }
        // Shorter candidates at the same start.
        let shorter = end.checked_sub(1)?;
        if shorter <= start {
            return None;
        }
        let input = aho_corasick::Input::new(text)
            .range(start..shorter)
            .anchored(aho_corasick::Anchored::Yes);
        let m = ac.find(input)?;
        end = m.end();
        pattern = m.pattern().as_u32();
    }
}

fn ok_match(g: &Gazetteer, text: &str, start: usize, end: usize, pattern: u32) -> bool {
    if !boundary_after(text, end) {
        return false;
    }
    let (Some(pat), Some(found)) = (g.patterns.get(pattern as usize), text.get(start..end)) else {
        return false;
    };
    if !case_ok(&pat.form, found) {
        return false;
    }
    let lower = found.to_lowercase();
    match g.stop.get(&lower) {
        Some(Stop::Never) => return false,
        Some(Stop::Locative) if !locative_before(text, start) => return false,
        _ => {}
    }
    if g.country_words
        .get(&lower)
        .is_some_and(|ws| ws.iter().any(|w| w.demonym))
    {
        return false;
    }
    let Some(best) = pat.cands.first() else {
        return false;
    };
    if matches!(best.tier, Tier::Town | Tier::RegionStem)
        && !found.contains(' ')
        && person_name_before(g, text, start)
    {
        return false;
    }
    true
}

/// The place a name stands for: best tier, then context country, then population.
fn choose(
    g: &'static Gazetteer,
    pat: &build::Pattern,
    ctx: &[&str],
) -> Option<(&'static Place, Tier)> {
    let best = pat.cands.first()?;
    let top = g.places.get(best.place as usize)?;
    if best.tier <= Tier::Feature || ctx.is_empty() || ctx.contains(&top.country.as_str()) {
        return Some((top, best.tier));
    }
    for c in pat.cands.iter().take_while(|c| c.tier == best.tier) {
        let Some(p) = g.places.get(c.place as usize) else {
            continue;
        };
        if ctx.contains(&p.country.as_str()) && p.population.saturating_mul(10) >= top.population {
            return Some((p, c.tier));
        }
    }
    Some((top, best.tier))
}

/// A capital in the stored spelling must be a capital in the text, and a spelling that starts
/// with a capital must start with one in the text.
fn case_ok(form: &str, found: &str) -> bool {
    let mut f = form.chars();
    let mut t = found.chars();
    loop {
        match (f.next(), t.next()) {
            (Some(a), Some(b)) => {
                if a.is_uppercase() && !b.is_uppercase() {
                    return false;
                }
            }
            (None, None) => return true,
            _ => return true,
        }
    }
}

fn next_char(text: &str, pos: usize) -> usize {
    text.get(pos..)
        .and_then(|s| s.chars().next())
        .map_or(pos.saturating_add(1), |c| pos + c.len_utf8())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn boundary_before(text: &str, start: usize) -> bool {
    text.get(..start)
        .and_then(|s| s.chars().next_back())
        .map_or(true, |c| !is_word_char(c))
}

fn boundary_after(text: &str, end: usize) -> bool {
    text.get(end..)
        .and_then(|s| s.chars().next())
        .map_or(true, |c| !is_word_char(c))
}

/// Up to `N` words before byte `pos` on the same line (nearest first), without punctuation
/// other than inner hyphens, dots and apostrophes.
fn words_before<const N: usize>(text: &str, pos: usize) -> [&str; N] {
    let mut out = [""; N];
    let Some(mut head) = text.get(..pos) else {
        return out;
    };
    for slot in out.iter_mut() {
        let trimmed = head.trim_end_matches([' ', '\u{a0}', '\t']);
        let start = trimmed
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.'))
            .last()
            .map_or(trimmed.len(), |(i, _)| i);
        let Some(word) = trimmed.get(start..) else {
            break;
        };
        let word = word.trim_end_matches('.');
        if word.is_empty() {
            break;
        }
        *slot = word;
        head = trimmed.get(..start).unwrap_or("");
        if !head.ends_with([' ', '\u{a0}', '\t']) {
            break;
        }
    }
    out
}

/// The word directly after `pos` (after spaces), if any.
fn word_after(text: &str, pos: usize) -> (&str, usize) {
    let Some(tail) = text.get(pos..) else {
        return ("", pos);
    };
    let trimmed = tail.trim_start_matches([' ', '\u{a0}']);
    let skipped = tail.len() - trimmed.len();
    let len = trimmed
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '-'))
        .map_or(trimmed.len(), |(i, _)| i);
    let word = trimmed.get(..len).unwrap_or("");
    (word, pos + skipped + len)
}

fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

const LOCATIVE_CUES: &[&str] = &[
    "in",
    "at",
    "near",
    "to",
    "from",
    "into",
    "outside",
    "around",
    "toward",
    "towards",
    "across",
    "inside",
    "via",
    "struck",
    "hit",
    "hits",
    "shelled",
    "attacked",
    "bombed",
    "targeted",
    "captured",
    "seized",
    "recaptured",
    "entered",
    "reached",
    "pounded",
    "besieged",
    "visited",
    "over",
];
const OF_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "port",
    "outskirts",
    "suburbs",
    "centre",
    "center",
    "mayor",
    "residents",
    "people",
    "streets",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "vicinity",
    "edge",
    "heart",
    "battle",
    "siege",
    "capture",
    "fall",
    "governor",
    "region",
    "province",
    "district",
    "area",
];

/// "in Nice", "struck Split", "the city of Reading".
fn locative_before(text: &str, pos: usize) -> bool {
    let [w1, w2] = words_before::<2>(text, pos);
    is_one_of(w1, LOCATIVE_CUES) || (w1.eq_ignore_ascii_case("of") && is_one_of(w2, OF_NOUNS))
}

/// Capitalised words that may stand before a place name without making it part of a person's
/// or organisation's name.
const CAPITAL_OK: &[&str] = &[
    "in",
    "at",
    "on",
    "the",
    "and",
    "near",
    "from",
    "to",
    "of",
    "by",
    "for",
    "with",
    "as",
    "after",
    "before",
    "since",
    "when",
    "while",
    "but",
    "or",
    "if",
    "then",
    "despite",
    "during",
    "over",
    "under",
    "across",
    "around",
    "outside",
    "inside",
    "into",
    "toward",
    "towards",
    "via",
    "like",
    "including",
    "against",
    "between",
    "both",
    "both",
    "where",
    "unlike",
    "besides",
    "beyond",
    "across",
    "occupied",
    "liberated",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "greater",
    "downtown",
    "old",
    "new",
    "strikes",
    "strike",
    "hits",
    "hit",
    "attack",
    "attacks",
    "shelling",
    "shells",
    "pounds",
    "targets",
    "bombs",
    "explosions",
    "blasts",
    "drones",
    "missiles",
    "visits",
    "leaves",
    "enters",
    "captures",
    "liberates",
    "retakes",
    "seizes",
    "says",
    "said",
    "tells",
    "meanwhile",
    "also",
    "yesterday",
    "today",
    "tonight",
    "overnight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "mr",
    "ms",
    "mrs",
    "dr",
];

/// "Lloyd Austin": the word before is capitalised, not a function word, cue, month or place.
fn person_name_before(g: &Gazetteer, text: &str, pos: usize) -> bool {
    let before = text.get(..pos).unwrap_or("");
    if !before.ends_with(' ') || before.ends_with("  ") {
        return false;
    }
    let [w1] = words_before::<1>(text, pos);
    let Some(first) = w1.chars().next() else {
        return false;
    };
    if !first.is_uppercase() || w1.len() < 2 || w1.contains(['-', '.', '\'', '’']) {
        return false;
    }
    if is_one_of(w1, CAPITAL_OK) {
        return false;
    }
    // All capitals: a headline or an acronym, not a first name.
    if w1.chars().all(|c| !c.is_lowercase()) {
        return false;
    }
    let lower = w1.to_lowercase();
    !(g.by_key.contains_key(&lower) || g.country_words.contains_key(&lower))
}

const DIRECTIONS: &[(&str, &str)] = &[
    ("north", "north"),
    ("northern", "north"),
    ("south", "south"),
    ("southern", "south"),
    ("east", "east"),
    ("eastern", "east"),
    ("west", "west"),
    ("western", "west"),
    ("central", "central"),
    ("northeast", "north-east"),
    ("north-east", "north-east"),
    ("northeastern", "north-east"),
    ("north-eastern", "north-east"),
    ("northwest", "north-west"),
    ("north-west", "north-west"),
    ("northwestern", "north-west"),
    ("north-western", "north-west"),
    ("southeast", "south-east"),
    ("south-east", "south-east"),
    ("southeastern", "south-east"),
    ("south-eastern", "south-east"),
    ("southwest", "south-west"),
    ("south-west", "south-west"),
    ("southwestern", "south-west"),
    ("south-western", "south-west"),
];

fn direction_word(w: &str) -> Option<&'static str> {
    DIRECTIONS
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(w))
        .map(|(_, v)| *v)
}

/// "eastern Ukraine", "north of Kharkiv", "the south-east of Ukraine".
fn direction_before(text: &str, pos: usize) -> Option<&'static str> {
    let [w1, w2, w3] = words_before::<3>(text, pos);
    if let Some(d) = direction_word(w1) {
        return Some(d);
    }
    if w1.eq_ignore_ascii_case("of") {
        if let Some(d) = direction_word(w2) {
            return Some(d);
        }
        if is_one_of(w2, &["part", "parts"]) {
            return direction_word(w3);
        }
    }
    None
}

/// "north of Kharkiv" (a direction followed by "of", not "the north of"): near rather than in.
fn of_before(text: &str, pos: usize) -> bool {
    let [w1, w2, w3] = words_before::<3>(text, pos);
    w1.eq_ignore_ascii_case("of")
        && !is_one_of(w3, &["the", "a", "far", "country's", "region's"])
        && DIRECTIONS
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case(w2) && !k.ends_with("ern") && *k != "central")
}

const NEAR_AFTER: &[&str] = &["direction", "axis", "front", "sector", "outskirts", "area"];

/// "near Bakhmut", "outskirts of Uvira", "close to Pokrovsk", "10 km from Sumy",
/// "the Pokrovsk direction".
fn near_cue(text: &str, start: usize, end: usize) -> bool {
    let [w1, w2, w3] = words_before::<3>(text, start);
    if is_one_of(w1, &["near", "outside", "nearby", "around", "beyond"]) {
        return true;
    }
    if is_one_of(w1, &["to", "of", "from"]) {
        if is_one_of(w2, &["close", "near", "next"]) {
            return true;
        }
        if is_one_of(
            w2,
            &[
                "outskirts",
                "suburbs",
                "vicinity",
                "edge",
                "environs",
                "approaches",
            ],
        ) {
            return true;
        }
        if is_one_of(
            w2,
            &[
                "km",
                "kms",
                "kilometres",
                "kilometers",
                "miles",
                "mi",
                "metres",
                "meters",
            ],
        ) && w3
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c.is_alphabetic())
        {
            return true;
        }
    }
    let (next, _) = word_after(text, end);
    is_one_of(next, NEAR_AFTER)
}

/// A region word after a town or region stem: "Kharkiv region(s)", "Donetsk and Luhansk
/// oblasts" (for the first name too). Returns the region and the new end of the span.
fn region_after(
    g: &'static Gazetteer,
    text: &str,
    start: usize,
    end: usize,
    town: &Place,
) -> Option<(&'static Place, usize)> {
    let found = text.get(start..end)?;
    let (next, next_end) = word_after(text, end);
    let lower_next = next.to_ascii_lowercase();
    let singular = lower_next.strip_suffix('s').unwrap_or(&lower_next);
    let new_end = if build::REGION_WORDS.contains(&singular) {
        next_end
    } else if next.eq_ignore_ascii_case("and") {
        // "Donetsk and Luhansk regions": the word after the second name must be plural.
        let (second, second_end) = word_after(text, next_end);
        if !second.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let (w, _) = word_after(text, second_end);
        let wl = w.to_ascii_lowercase();
        let sing = wl.strip_suffix('s')?;
        if !build::REGION_WORDS.contains(&sing) || wl == "states" {
            return None;
        }
        end
    } else {
        return None;
    };
    let key = format!("{} region", found.to_lowercase());
    let idx = g.by_key.get(&key)?;
    let pat = g.patterns.get(*idx as usize)?;
    let cand = pat
        .cands
        .iter()
        .filter_map(|c| g.places.get(c.place as usize))
        .find(|p| p.kind == PlaceKind::Region && p.country == town.country)
        .or_else(|| {
            pat.cands
                .first()
                .and_then(|c| g.places.get(c.place as usize))
        })?;
    Some((cand, new_end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        find_places(text, Span::new(0, text.len()))
            .iter()
            .map(|m| m.place.name.clone())
            .collect()
    }

    #[test]
    fn finds_places_as_whole_words() {
        assert_eq!(
            names("Strikes hit Kiev and Sumy, not Sumyland."),
            vec!["Kyiv", "Sumy"]
        );
    }

    #[test]
    fn words_before_reads_back() {
        let t = "on the outskirts of Uvira";
        let pos = t.find("Uvira").unwrap_or(0);
        assert_eq!(words_before::<3>(t, pos), ["of", "outskirts", "the"]);
        assert_eq!(words_before::<2>("Kyiv", 0), ["", ""]);
    }
}
