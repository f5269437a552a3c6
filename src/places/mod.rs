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
//! - Only word starts that begin with a capital or a digit (or one of the few lower-case
//!   particles that open a name, "el", "les"...) are searched: an anchored search of the
//!   trie (built over the ASCII-lower-cased names) that reads the next bytes lower-cased.
//!   A name must end at a word boundary and be written as a proper noun: every capital of the
//!   gazetteer's spelling is a capital in the text ("reading", "nice" never match; "KYIV" does,
//!   but an all-capitals word under 4 letters such as "UN" is an acronym).
//! - Names in the stop table's `never` tier ("X", "Channel", "March", "Of", "Xinhua"...) never
//!   match; its `locative` tier (city names that are English words, "Nice", "Split", "Reading",
//!   "Mobile", "Bath", and given names or surnames in the news, "Charlotte", "Clinton",
//!   "Rubio") match only right after a locative cue: "in", "at", "near", "from", "to", a strike
//!   verb ("struck", "hit", "shelled"...), or "city/town/outskirts... of".
//! - Demonyms ("Ukrainian", "Israelis") are found by the same scan; they are never places but
//!   put their country in the context.
//! - A town or region stem right after another capitalised word that is not a function word,
//!   cue, month or prominent place is taken for part of a longer name — a person ("Lloyd
//!   Austin") or a place the gazetteer lacks ("Let Pan Taw") — and skipped; so is a one-word
//!   town under 100,000 people followed by a capitalised word that is not a place noun ("Hun
//!   Sen", "Abu Sayyaf"). A region's bare stem needs a region of 200,000 people or more.
//! - A name shared by several places resolves by tier (country, then sea/area, then town, then
//!   region named as such, then a region's bare stem), then within the best tier by population,
//!   except that (1) a region at least 20 times the size of the biggest town of the name wins
//!   ("Florida" the state, "Kharkiv" still the city), and (2) a candidate in a country of the
//!   context (countries named in the span, or passed by [`find_places_in_doc`]) wins if it has
//!   at least a third of the top candidate's population (or the top has under 20,000 people).
//!   Countries, seas and areas are never overridden by context.
//! - With a document context ([`find_places_in_doc`]), a one-word town of at most 100,000
//!   people in a country the document never mentions is dropped as a foreign homonym.
//! - "the Kyiv region", "Kharkiv oblast", "Donetsk and Luhansk regions" give the region;
//!   "eastern Ukraine" gives the country with region precision and `direction` "east";
//!   "near Bakhmut", "outskirts of Uvira", "north of Kharkiv", "the Pokrovsk direction" set `near`.

mod build;
mod trie;

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::event::{Location, PlacePrecision};
use crate::text::{Span, is_one_of, is_whole_word, is_word_byte};
use crate::time::lexicon::ascii_lower;
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
/// assert_eq!(lookup_place("Florida").unwrap().country, "US");
/// assert!(lookup_place("Narnia").is_none());
/// ```
pub fn lookup_place(name: &str) -> Option<&'static Place> {
    let g = &*GAZETTEER;
    let key = trie::folded(name.trim());
    if let Some((place, _)) = g
        .by_key
        .get(&key)
        .and_then(|&i| g.patterns.get(i as usize))
        .and_then(|p| choose(g, p, Countries::NONE))
    {
        return Some(place);
    }
    // "Kyiv region", "Kharkiv oblast".
    let (stem, word) = key.rsplit_once(' ')?;
    if !build::REGION_WORDS.contains(&word) {
        return None;
    }
    let stem = stem.strip_prefix("the ").unwrap_or(stem);
    let town = lookup_place(stem);
    region_by_name(g, stem, town.map_or("", |t| t.country.as_str())).or_else(|| {
        let t = town.filter(|t| t.kind == PlaceKind::City)?;
        region_by_name(g, &t.name, &t.country)
    })
}

/// True when `name` is a name or variant of the first-level region the gazetteer calls
/// `admin1` (a town's region): "Amhara" of "Amara", GeoNames' spelling, though "Amhara" is
/// also a hand-written area of its own.
pub(crate) fn names_region(name: &str, admin1: &str) -> bool {
    let g = &*GAZETTEER;
    with_lower(name, |l| g.by_key.get(l))
        .and_then(|&i| g.patterns.get(i as usize))
        .is_some_and(|p| {
            p.cands.iter().any(|c| {
                g.places.get(c.place as usize).is_some_and(|r| {
                    r.kind == PlaceKind::Region && r.name.eq_ignore_ascii_case(admin1)
                })
            })
        })
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

/// A country by its ISO 3166-1 alpha-2 code ("KE" -> Kenya).
pub(crate) fn country_by_code(iso2: &str) -> Option<&'static Country> {
    GAZETTEER.countries.iter().find(|c| c.iso2 == iso2)
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
    scan(text, within, &[])
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
    scan(text, within, context)
}

/// ISO codes of the countries a text mentions — by name ("Ukraine", "U.S."), by demonym
/// ("Israeli", "Sudanese") or through a big place no other country has a namesake of ("Kyiv")
/// — in first-mention order, for [`find_places_in_doc`].
///
/// ```
/// let ctx = conflict_timeline::countries_in("Talks in Washington on the war in Ukraine.");
/// assert_eq!(ctx, ["US", "UA"]);
/// ```
pub fn countries_in(text: &str) -> Vec<&'static str> {
    let mut raw = Vec::new();
    let mut local = Vec::new();
    collect(
        &GAZETTEER,
        text,
        Span::new(0, text.len()),
        &[],
        &mut raw,
        &mut local,
    );
    local
}

/// Places of at most this population, single-word, in a country absent from a document's
/// context, are taken for surnames or foreign homonyms ("Marco Rubio") by
/// [`find_places_in_doc`].
const SMALL_FOREIGN_TOWN: u64 = 100_000;

/// The scan behind [`find_places`]: an anchored automaton search at every word start, then
/// resolution. With `resolve` false only the countries are wanted ([`countries_in`]).
fn scan(text: &str, within: Span, context: &[&str]) -> Vec<PlaceMatch> {
    let g = &*GAZETTEER;
    crate::local::with(&SCAN_BUF, |(raw, local)| {
        collect(g, text, within, context, raw, local);
        let ctx = Countries {
            given: context,
            local,
        };
        resolve(g, text, raw, ctx, !context.is_empty())
    })
}

/// The accepted names (start, end, pattern) and the countries named of [`scan`].
type ScanBuf = (Vec<(usize, usize, u32)>, Vec<&'static str>);

thread_local! {
    /// This thread's [`ScanBuf`] (Speed: kept per thread, not allocated for every sentence).
    static SCAN_BUF: std::cell::Cell<ScanBuf> =
        const { std::cell::Cell::new((Vec::new(), Vec::new())) };
}

/// The context countries of a scan: those given, then those named in the span.
#[derive(Clone, Copy)]
struct Countries<'a> {
    given: &'a [&'a str],
    local: &'a [&'static str],
}

impl Countries<'_> {
    const NONE: Countries<'static> = Countries {
        given: &[],
        local: &[],
    };

    fn is_empty(self) -> bool {
        self.given.is_empty() && self.local.is_empty()
    }

    fn contains(self, c: &str) -> bool {
        self.given.contains(&c) || self.local.contains(&c)
    }
}

/// Accepted names of `within` (start, end, pattern) into `raw`, and into `local` the context
/// countries named in the span that `context` does not hold.
fn collect(
    g: &'static Gazetteer,
    text: &str,
    within: Span,
    context: &[&str],
    raw: &mut Vec<(usize, usize, u32)>,
    local: &mut Vec<&'static str>,
) {
    raw.clear();
    local.clear();
    let mut push_unique = |c: &'static str| {
        if !c.is_empty() && !context.contains(&c) && !local.contains(&c) {
            local.push(c);
        }
    };
    let Some(ac) = g.automaton.as_ref() else {
        return;
    };
    let end = within.end.min(text.len());
    let mut pos = within.start;
    // `pos` was found by `next_word_start`, so no word character stands before it (Speed: no
    // second look back at every word).
    let mut word_start = false;
    while pos < end {
        if !text.is_char_boundary(pos) {
            pos += 1;
            word_start = false;
            continue;
        }
        if (word_start || boundary_before(text, pos)) && may_start_name(g, text, pos) {
            // The trie holds ASCII-lower-cased names and reads the text so (no name is longer
            // than `build::MAX_NAME`).
            let window = text
                .as_bytes()
                .get(pos..end.min(pos.saturating_add(build::MAX_NAME)))
                .unwrap_or(&[]);
            if let Some((e, p)) = accept(g, ac, text, window, pos) {
                {
                    if let Some(c) = g.patterns.get(p as usize).and_then(|pat| pat.demonym) {
                        if let Some(country) = g.countries.get(c as usize) {
                            push_unique(country.iso2.as_str());
                        }
                    } else {
                        raw.push((pos, e, p));
                    }
                    pos = e;
                    word_start = false;
                    continue;
                }
            }
        }
        pos = next_word_start(text, pos, end);
        word_start = true;
    }

    // Countries named in the span, and of big unambiguous places, are the local context.
    for &(_, _, p) in raw.iter() {
        if let Some(c) = g
            .patterns
            .get(p as usize)
            .and_then(|pat| context_country(g, pat))
        {
            push_unique(c);
        }
    }
}

/// Turns accepted names into matches: choice among namesakes, the doc-context filter, region
/// words, direction and nearness.
fn resolve(
    g: &'static Gazetteer,
    text: &str,
    raw: &[(usize, usize, u32)],
    ctx: Countries<'_>,
    doc_context: bool,
) -> Vec<PlaceMatch> {
    let mut out = Vec::with_capacity(raw.len());
    for &(s, e, p) in raw {
        let Some(pat) = g.patterns.get(p as usize) else {
            continue;
        };
        let Some((place, tier)) = choose(g, pat, ctx) else {
            continue;
        };
        let single_word = text.get(s..e).is_some_and(|t| !t.contains(' '));
        if doc_context
            && matches!(tier, Tier::Town | Tier::RegionStem)
            && single_word
            && place.population <= SMALL_FOREIGN_TOWN
            && !ctx.contains(&place.country)
        {
            continue;
        }
        let mut span = Span::new(s, e);
        let mut place = place;
        // "Kharkiv region", "Donetsk and Luhansk regions".
        if matches!(tier, Tier::Town | Tier::RegionStem) {
            if let Some((region, new_end)) = region_after(g, text, s, e, place) {
                place = region;
                span = Span::new(s, new_end);
            }
        }
        // The three words before, read once for the three rules.
        let before = words_before::<3>(text, s);
        let direction = direction_before(before);
        let near = near_cue(text, before, span.end) || of_before(before);
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

/// The country a matched name makes part of the context: a country's name, or a place of
/// more than 100,000 people whose namesakes abroad are all under a tenth of its size ("Kyiv",
/// "Moscow" despite Moscow, Idaho).
fn context_country(g: &'static Gazetteer, pat: &build::Pattern) -> Option<&'static str> {
    let first = pat.cands.first()?;
    let place = g.places.get(first.place as usize)?;
    if first.tier == Tier::Country {
        return Some(place.country.as_str());
    }
    let same = pat.cands.iter().all(|c| {
        g.places.get(c.place as usize).is_some_and(|p| {
            p.country == place.country || p.population.saturating_mul(10) < place.population
        })
    });
    (same && place.population > 100_000).then_some(place.country.as_str())
}

/// Names start with a capital or a digit, except a few spellings that start with a lower-case
/// particle ("el Geneina"); other words are not searched at all.
fn may_start_name(g: &Gazetteer, text: &str, pos: usize) -> bool {
    let Some(tail) = text.get(pos..) else {
        return false;
    };
    match tail.as_bytes().first() {
        Some(b) if b.is_ascii_lowercase() => {
            let lens = g
                .lower_initial_lens
                .get(usize::from(*b))
                .copied()
                .unwrap_or(0);
            if lens == 0 {
                return false;
            }
            // Speed: an ASCII word ends at its first byte that is no letter or digit (read
            // off the word-byte table); only one running into other characters needs the
            // Unicode reading.
            let ascii = tail
                .bytes()
                .position(|b| b >= 0x80 || !is_word_byte(b))
                .unwrap_or(tail.len());
            let len = if tail.as_bytes().get(ascii).is_some_and(|&b| b >= 0x80) {
                tail.find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(tail.len())
            } else {
                ascii
            };
            lens & build::length_bit(len) != 0
                && tail
                    .get(..len)
                    .is_some_and(|w| g.lower_initials.iter().any(|l| l == w))
        }
        Some(_) => true,
        None => false,
    }
}

/// The next byte after `pos` where a word starts (a letter or digit after a non-word char).
/// Speed: the rest of the word at `pos`, then the gap after it, each skipped by a loop of its
/// own (ASCII bytes read off the word-byte table).
fn next_word_start(text: &str, pos: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    let bytes = bytes.get(..end).unwrap_or(bytes);
    // Whether the character at `i` is a word character, and its length.
    let class = |i: usize, b: u8| {
        if b < 0x80 {
            (is_word_byte(b), 1)
        } else {
            match text.get(i..).and_then(|t| t.chars().next()) {
                Some(c) => (is_word_char(c), c.len_utf8()),
                None => (false, 1),
            }
        }
    };
    let mut i = pos;
    // the word `pos` is in (none when `pos` is no word character)
    while let Some(&b) = bytes.get(i) {
        let (w, len) = class(i, b);
        if !w {
            break;
        }
        i += len;
    }
    // the gap after it: the first word character after `pos` ends it
    while let Some(&b) = bytes.get(i) {
        let (w, len) = class(i, b);
        if w && i > pos {
            return i;
        }
        i += len;
    }
    end
}

/// The longest acceptable name at `start`: the trie's longest match in `window` (the text
/// from `start`), else the longest shorter one that passes the checks.
/// Returns the end in `text` and the pattern.
fn accept(
    g: &Gazetteer,
    trie: &trie::NameTrie,
    text: &str,
    window: &[u8],
    start: usize,
) -> Option<(usize, u32)> {
    trie.longest(window, |e, pattern| {
        ok_match(g, text, start, start + e, pattern)
    })
    .map(|(e, pattern)| (start + e, pattern))
}

fn ok_match(g: &Gazetteer, text: &str, start: usize, end: usize, pattern: u32) -> bool {
    // ASCII fast path first; the Unicode check lets "Kyiv’s" (curly apostrophe) through.
    if !(is_whole_word(text, start, end)
        || (boundary_before(text, start) && boundary_after(text, end)))
    {
        return false;
    }
    let (Some(pat), Some(found)) = (g.patterns.get(pattern as usize), text.get(start..end)) else {
        return false;
    };
    if !case_ok(&pat.form, found) {
        return false;
    }
    // "UN", "ABU": an all-capitals word shorter than 4 letters is an acronym unless the name is
    // itself written in capitals ("US", "DRC").
    if found.len() < 4
        && found.chars().all(|c| !c.is_lowercase())
        && pat.form.chars().any(char::is_lowercase)
    {
        return false;
    }
    if pat.demonym.is_some() {
        return true;
    }
    match pat.stop {
        Some(Stop::Never) => return false,
        Some(Stop::Locative) if !locative_before(text, start) => return false,
        _ => {}
    }
    let Some(best) = pat.cands.first() else {
        return false;
    };
    if matches!(best.tier, Tier::Town | Tier::RegionStem) && person_name_before(g, text, start) {
        return false;
    }
    // "Maguindanao del Sur", "Ciudad de Guatemala": after a capitalised word and a name's
    // particle, the name is the tail of a longer one the gazetteer lacks ("Sur" is no Tyre)
    // (Speed: the word before is read from the bytes, and the one before it only after a
    // particle)
    let lead = text
        .get(..start)
        .and_then(|l| l.strip_suffix(' '))
        .unwrap_or("");
    let particle = lead.rsplit(' ').next().unwrap_or("");
    if particle.len() <= 3
        && is_one_of(particle, NAME_PARTICLES)
        && particle.starts_with(|c: char| c.is_lowercase())
    {
        let head = lead
            .get(..lead.len() - particle.len())
            .unwrap_or("")
            .trim_end()
            .rsplit(' ')
            .next()
            .unwrap_or("");
        if head.starts_with(char::is_uppercase) {
            return false;
        }
    }
    let Some(top) = g.places.get(best.place as usize) else {
        return false;
    };
    // A bare stem of a small region ("Uri", "Patrick") is too weak to be a place.
    if best.tier == Tier::RegionStem && top.population < MIN_BARE_REGION {
        return false;
    }
    // "Hun Sen", "Abu Sayyaf": a small one-word town followed by a capitalised word that is
    // not a place word is the first part of a longer name.
    // "Hanna Tetteh": a one-word variant of a town's name ("Hanna" for Khanna), however big
    // the town, is as weak.
    if best.tier == Tier::Town
        && (top.population < SMALL_FOREIGN_TOWN || !found.eq_ignore_ascii_case(&top.name))
        && !found.contains([' ', '-'])
        && name_continues(g, text, end)
    {
        return false;
    }
    true
}

/// Lower-case particles inside Romance names ("del" in "Maguindanao del Sur").
const NAME_PARTICLES: &[&str] = &["del", "de", "da", "do", "dos", "das", "di", "du", "des"];

/// Regions smaller than this are not matched by their bare stem.
const MIN_BARE_REGION: u64 = 200_000;

/// Capitalised words that may follow a place name ("Kupiansk District", "Kharkiv Mayor").
const PLACE_NOUNS: &[&str] = &[
    "and",
    "or",
    "the",
    "region",
    "regions",
    "oblast",
    "oblasts",
    "province",
    "district",
    "city",
    "town",
    "village",
    "airport",
    "port",
    "station",
    "mayor",
    "governor",
    "council",
    "military",
    "regional",
    "administration",
    "authorities",
    "police",
    "hospital",
    "street",
    "square",
    "bridge",
    "dam",
    "plant",
    "power",
    "nuclear",
    "direction",
    "front",
    "axis",
    "sector",
    "offensive",
    "counteroffensive",
    "operation",
    "battle",
    "massacre",
    "attack",
    "strike",
    "camp",
    "refugee",
    "residents",
    "state",
    "county",
    "university",
    "river",
    "valley",
    "governorate",
    "raion",
    "on",
    "in",
    "at",
    "was",
    "is",
    "has",
    "had",
    "were",
];

/// The word after `end` (after one space) is capitalised, not a place noun, not a place.
fn name_continues(g: &Gazetteer, text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    if rest.starts_with(' ') {
        return false;
    }
    let (word, _) = word_after(text, end);
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    if is_one_of(word, PLACE_NOUNS) || is_one_of(word, CAPITAL_OK) {
        return false;
    }
    // All capitals: a headline.
    if word.chars().all(|c| !c.is_lowercase()) {
        return false;
    }
    !with_lower(word, |l| {
        g.by_key.contains_key(l) || g.country_words.contains_key(l)
    })
}

/// `f` of `word` lower-cased: an ASCII word as [`ascii_lower`] writes it (Speed: no copy on
/// the heap when short), any other with its Latin letters' diacritics dropped ([`trie::folded`]).
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.is_ascii() {
        f(ascii_lower(word).as_str())
    } else {
        f(&trie::folded(word))
    }
}

/// The place a name stands for: best tier, then context country, then population.
fn choose(
    g: &'static Gazetteer,
    pat: &build::Pattern,
    ctx: Countries<'_>,
) -> Option<(&'static Place, Tier)> {
    let best = pat.cands.first()?;
    let top = g.places.get(best.place as usize)?;
    // A region at least 20 times the size of the biggest town of its name wins the bare name
    // ("Florida", "Ontario"; not "Kharkiv", "Donetsk", whose oblasts are only 2-4 times larger).
    if best.tier == Tier::Town {
        let region = pat
            .cands
            .iter()
            .find(|c| c.tier == Tier::RegionStem)
            .and_then(|c| g.places.get(c.place as usize));
        if let Some(r) = region {
            if r.population >= top.population.saturating_mul(20) {
                return Some((r, Tier::RegionStem));
            }
        }
    }
    if best.tier <= Tier::Feature || ctx.is_empty() || ctx.contains(&top.country) {
        return Some((top, best.tier));
    }
    for c in pat.cands.iter().take_while(|c| c.tier == best.tier) {
        let Some(p) = g.places.get(c.place as usize) else {
            continue;
        };
        if ctx.contains(&p.country) && p.population.saturating_mul(10) >= top.population {
            return Some((p, c.tier));
        }
    }
    Some((top, best.tier))
}

/// A capital in the stored spelling must be a capital in the text, and a spelling that starts
/// with a capital must start with one in the text.
fn case_ok(form: &str, found: &str) -> bool {
    let mut t = found.chars();
    for (i, a) in form.char_indices() {
        let Some(b) = t.next() else {
            return true;
        };
        // ("Salah al-Din" for "Salah Al-Din": an Arabic article joined by a hyphen may be
        // written in lower case)
        let article = || {
            let word = form.get(i..).unwrap_or("");
            let start = i == 0 || form.get(..i).is_some_and(|p| p.ends_with(' '));
            start
                && ARTICLES.iter().any(|a| {
                    word.starts_with(a) && word.get(a.len()..).is_some_and(|r| r.starts_with('-'))
                })
        };
        if a.is_uppercase() && !b.is_uppercase() && !(b.is_lowercase() && i > 0 && article()) {
            return false;
        }
    }
    true
}

/// Arabic articles that open the second word of a name, joined to it by a hyphen ("Salah
/// Al-Din", "Deir Ez-Zor").
const ARTICLES: &[&str] = &[
    "Al", "El", "Ad", "Ash", "As", "Az", "Ar", "An", "Ez", "Es", "Ed",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn boundary_before(text: &str, start: usize) -> bool {
    !text
        .get(..start)
        .and_then(|s| s.chars().next_back())
        .is_some_and(is_word_char)
}

fn boundary_after(text: &str, end: usize) -> bool {
    !text
        .get(end..)
        .and_then(|s| s.chars().next())
        .is_some_and(is_word_char)
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
        let in_word = |c: char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.');
        // Speed: ASCII bytes read back as bytes; the characters only from a non-ASCII one on.
        let bytes = trimmed.as_bytes();
        let ascii = bytes
            .iter()
            .rposition(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'\'' | b'.')))
            .map_or(0, |k| k + 1);
        let start = if bytes.get(ascii.wrapping_sub(1)).is_some_and(|&b| b >= 0x80) {
            trimmed
                .char_indices()
                .rev()
                .take_while(|&(_, c)| in_word(c))
                .last()
                .map_or(trimmed.len(), |(i, _)| i)
        } else {
            ascii
        };
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
    // Directly after a word (one space, no punctuation: "Chin State. California" is two names).
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    if !head.chars().next_back().is_some_and(char::is_alphanumeric) {
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
    // A word that is itself a country, sea, area or big place ("Russia Kyiv" in a list) is not
    // a first name; a small town's name ("Marco") may be.
    let lower = w1.to_lowercase();
    let prominent = g
        .by_key
        .get(&lower)
        .and_then(|&i| g.patterns.get(i as usize))
        .is_some_and(|p| {
            p.demonym.is_some()
                || p.cands.first().is_some_and(|c| {
                    c.tier <= Tier::Feature
                        || g.places
                            .get(c.place as usize)
                            .is_some_and(|pl| pl.population >= 100_000)
                })
        });
    !prominent
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

/// "eastern Ukraine", "north of Kharkiv", "the south-east of Ukraine", given the three words
/// before the name (nearest first, from `words_before`).
fn direction_before([w1, w2, w3]: [&str; 3]) -> Option<&'static str> {
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
/// Given the three words before the name, nearest first.
fn of_before([w1, w2, w3]: [&str; 3]) -> bool {
    w1.eq_ignore_ascii_case("of")
        && !is_one_of(w3, &["the", "a", "far", "country's", "region's"])
        && DIRECTIONS
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case(w2) && !k.ends_with("ern") && *k != "central")
}

const NEAR_AFTER: &[&str] = &["direction", "axis", "front", "sector", "outskirts", "area"];

/// "near Bakhmut", "outskirts of Uvira", "close to Pokrovsk", "10 km from Sumy",
/// "the Pokrovsk direction". Given the three words before the name (nearest first) and its end.
fn near_cue(text: &str, [w1, w2, w3]: [&str; 3], end: usize) -> bool {
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
    // (ignoring ASCII case, without a lower-cased copy)
    let singular = next.strip_suffix(['s', 'S']).unwrap_or(next);
    let new_end = if is_one_of(singular, &build::REGION_WORDS) {
        next_end
    } else if next.eq_ignore_ascii_case("and") {
        // "Donetsk and Luhansk regions": the word after the second name must be plural.
        let (second, second_end) = word_after(text, next_end);
        if !second.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let (w, _) = word_after(text, second_end);
        let sing = w.strip_suffix(['s', 'S'])?;
        if !is_one_of(sing, &build::REGION_WORDS) || w.eq_ignore_ascii_case("states") {
            return None;
        }
        end
    } else {
        return None;
    };
    let region = region_by_name(g, found, &town.country)
        .or_else(|| region_by_name(g, &town.name, &town.country))?;
    Some((region, new_end))
}

/// The region whose stem is `stem` ("Kharkiv" → Kharkiv Oblast), preferring `country`.
fn region_by_name(g: &'static Gazetteer, stem: &str, country: &str) -> Option<&'static Place> {
    let ids = with_lower(stem, |l| g.region_by_stem.get(l))?;
    let mut regions = ids.iter().filter_map(|&i| g.places.get(i as usize));
    let first = regions.clone().next();
    regions.find(|p| p.country == country).or(first)
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
