//! Which places belong to an event: gazetteer matches in the mention's clause that are not
//! reference points ("east of Kharkiv"), launch areas ("fired from Belgorod"), governments
//! ("Kyiv has accepted"), qualifiers ("Ukraine's eastern Donetsk region") or the dateline; plus
//! named places the gazetteer does not know, read from their frame ("the town of Bara",
//! "Let Pan Taw village", "Novoielyzavetivka, a village"), and "the `<demonym>` capital".

use super::actors::is_government_use;
use super::lexicon::actor_by_name;
use super::phrases::{List, PhraseScan};
use super::words::{any_word_before, holder, last_words, word_after, words_after};
use super::{Location, PlacePrecision};
use crate::number::ends_with_ci;
use crate::places::{Place, PlaceMatch, lookup_place};
use crate::text::{Span, is_one_of};

pub(crate) const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northern",
    "southern",
    "eastern",
    "western",
];

/// A preposition that says where something is, before a country's possessive that is then
/// the place ("at Israel's Ben Gurion airport"): the prepositions of place and "at", "on",
/// "against", but not "of" nor "to", which say whose ("much of Iraq's equipment").
fn locative(w: &str) -> bool {
    (is_one_of(w, super::words::PLACE_PREPOSITIONS) && !is_one_of(w, &["of", "to"]))
        || is_one_of(w, &["at", "on", "against"])
}

/// Besides [`super::words::PLACE_PREPOSITIONS`], the words before a country name that make it
/// the place of an event ("at", "against", "eastern").
const MORE_PLACE_CUES: &[&str] = &[
    "at", "on", "against", "northern", "southern", "eastern", "western", "central",
];

const PLACE_NOUNS_TOWN: &[&str] = &[
    "town",
    "city",
    "village",
    "port",
    "district",
    "settlement",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "hamlet",
    "camp",
    "base",
    "area",
    "sector",
    "community",
    "township",
    "barangay",
    "subdistrict",
    "sub-district",
    "tehsil",
    "upazila",
    "districts",
    "villages",
    "towns",
    // ("near the island of Vaindloo", "Ishigaki and Yonaguni islands")
    "island",
    "islands",
    // ("at Lake Edward": the name after it, as for a barangay)
    "lake",
    // ("on Mount Samama"; the Malay island and village, the Arabic valley and mountain:
    // "Pulau Timbun Mata", "Kampung Tanduo", "Wadi al-Shay", "Jebel Marra")
    "mount",
    "pulau",
    "kampung",
    "wadi",
    "jebel",
    "jabal",
    // named with the noun after the name ("the Abshar valley", "Parliament Square")
    "valley",
    "mountains",
    "hills",
    "square",
    "road",
    "street",
    "avenue",
    "highway",
    "palace",
];
/// Nouns that stay part of the name before them ("the Abshar valley", "in the Mghila
/// mountains", "Parliament Square", "along Upper Laventille Road", "at Carthage Palace").
const NAMED_WITH_NOUN: &[&str] = &["valley", "mountains", "hills"];
/// The same, written only with a capital, as a proper name's part ("the main road" is none).
const NAMED_WITH_CAPITAL_NOUN: &[&str] =
    &["Square", "Road", "Street", "Avenue", "Highway", "Palace"];
/// Nouns written before a place's name, as part of it ("Mount Samama", "Pulau Timbun Mata",
/// "Kampung Tanduo", "Wadi al-Shay", "Jebel Marra"), capitalised.
const NAMED_FIRST: &[&str] = &["Mount", "Pulau", "Kampung", "Wadi", "Jebel", "Jabal"];

/// Capitalised words of an office's title after a place noun ("District Officer", "State
/// Governor"): the noun is part of the title, not of a place's name.
const OFFICE_WORDS: &[&str] = &[
    "Officer",
    "Officers",
    "Commissioner",
    "Administrator",
    "Collector",
    "Magistrate",
    "Governor",
    "Commander",
    "Secretary",
    "Minister",
    "Council",
    "Court",
    "Police",
    "Office",
];

pub(crate) const PLACE_NOUNS_REGION: &[&str] = &[
    "region",
    "regions",
    "provinces",
    "province",
    "state",
    "oblast",
    "governorate",
    "county",
    "territory",
    "municipality",
    "commune",
    "canton",
    "prefecture",
];

/// Faiths and peoples whose name before a place noun names no place ("the Druze community",
/// "the town's main Catholic area").
const PEOPLES: &[&str] = &[
    "Muslim",
    "Jewish",
    "Druze",
    "Sunni",
    "Shia",
    "Hindu",
    "Sikh",
    "Buddhist",
    "LGBT",
    "LGBTQ",
    "Catholic",
    "Protestant",
    "Christian",
    "Orthodox",
    "Roma",
    "Tutsi",
    "Hutu",
    "Fulani",
    "Hausa",
    "Igbo",
    "Yoruba",
];

/// Capitalised words that are no name: months, weekdays and the words that open a sentence.
const NOT_NAMES: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "It",
    "He",
    "She",
    "They",
    "We",
    "But",
    "And",
    "This",
    // a count opening a sentence ("Imphal: Two village volunteers were killed")
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Several",
    "Many",
    "Some",
    "Dozens",
    "Hundreds",
    "Thousands",
];

/// A place found for a mention, with where it was named.
#[derive(Debug, Clone)]
pub(crate) struct FoundPlace {
    pub span: Span,
    pub location: Found,
}

/// The place itself: the gazetteer's, made a [`Location`] only when an event keeps it (Speed:
/// no names copied for the places of mentions merged away or left out), or one known by its
/// name alone.
#[derive(Debug, Clone)]
pub(crate) enum Found {
    Known(&'static Place),
    Named(Location),
}

impl Found {
    pub(crate) fn name(&self) -> &str {
        match self {
            Found::Known(p) => &p.name,
            Found::Named(l) => &l.name,
        }
    }

    /// As [`Location::country`].
    pub(crate) fn country(&self) -> Option<&str> {
        match self {
            Found::Known(p) => Some(&p.country),
            Found::Named(l) => l.country.as_deref(),
        }
    }

    /// As [`Location::precision`].
    pub(crate) fn precision(&self) -> Option<PlacePrecision> {
        match self {
            Found::Known(p) => Some(p.precision),
            Found::Named(l) => l.precision,
        }
    }

    /// Gives a place known by its name alone the country `country` when it has none (a
    /// gazetteer place keeps its own).
    pub(crate) fn set_country_if_none(&mut self, country: Option<&str>) {
        if let Found::Named(l) = self {
            if l.country.is_none() {
                l.country = country.map(str::to_string);
            }
        }
    }

    pub(crate) fn into_location(self) -> Location {
        match self {
            Found::Known(p) => to_location(p),
            Found::Named(l) => l,
        }
    }
}

/// Converts a gazetteer place to an event location.
pub(crate) fn to_location(p: &Place) -> Location {
    Location {
        name: p.name.clone(),
        country: Some(p.country.clone()),
        admin1: p.admin1.clone(),
        lat: Some(p.lat),
        lon: Some(p.lon),
        precision: Some(p.precision),
    }
}

/// A place named only as a point of reference, not where the event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reference {
    /// "20 km north of Kyiv" (but "the north of Kyiv" is in Kyiv): a point the event is told
    /// from, the event's place only when no other is named.
    Direction,
    /// A launch area ("fired from Russia's Belgorod region"), a comparison ("in addition
    /// to", "besides", "apart from"), a hometown: never the event's place.
    Other,
}

/// What a country owns abroad: after its name, the name is whose it is ("the U.S. embassy").
const MISSIONS: &[&str] = &[
    "embassy",
    "embassies",
    "consulate",
    "base",
    "bases",
    "warship",
    "warships",
    "destroyer",
    "carrier",
];

/// Words of a journey under way whose ends ("to", "for", "from" a place) are not where an
/// event on the way happened. (A journey done, "traveled to Cuba to interview", ends where
/// what follows happens.)
const TRAVEL: &[&str] = &[
    "travelling",
    "traveling",
    "heading",
    "bound",
    "route",
    "sailing",
    "driving",
    "returning",
    "way",
];

/// Verbs of people carried somewhere ("taken to", "airlifted to"): the place they were carried
/// to is not the event's. (Not "rushed", "flown" or "transported": troops so sent are
/// deployed where they arrive.)
const CARRIED: &[&str] = &["taken", "transferred", "airlifted", "evacuated"];

/// Whether the place at `span` is named as a point of reference (the eight words before it
/// read once).
fn reference(text: &str, floor: usize, span: Span) -> Option<Reference> {
    // The eight words before, nearest first.
    let back = last_words::<8>(text, floor, span.start, true);
    let [w0, w1, w2, w3, ..] = back;
    let is = |w: &str, s: &str| w.eq_ignore_ascii_case(s);
    if is(w0, "of") && is_one_of(w1, DIRECTIONS) && !is(w2, "the") {
        return Some(Reference::Direction);
    }
    // "fired from Russia's Belgorod region": a launch area
    let from_at = [w0, w1, w2, w3].iter().position(|w| is(w, "from"));
    let launch = from_at.is_some_and(|i| {
        [w0, w1, w2]
            .iter()
            .take(i)
            .all(|w| is(w, "the") || ends_with_ci(w, "'s") || ends_with_ci(w, "\u{2019}s"))
    });
    // "travelling from Quetta to Peshawar when it was attacked", "a bus bound for Kabul": the
    // ends of a journey, not where it was hit
    let route = is_one_of(w0, &["to", "for", "towards", "toward", "from"])
        && [w1, w2, w3].iter().any(|w| is_one_of(w, TRAVEL));
    // "taken to the Musgrave serious crime suite in Belfast", "airlifted to a hospital in
    // Kramatorsk": where people were carried to, not where the event was
    let carried_to = || {
        back.windows(2).any(|p| {
            p.first().is_some_and(|w| is(w, "to"))
                && p.get(1).is_some_and(|w| is_one_of(w, CARRIED))
        })
    };
    let other = launch
        || route
        || carried_to()
        || (is(w0, "to") && is(w1, "addition") && ends_with_ci(w2, "in"))
        || ends_with_ci(w0, "besides")
        || (is(w0, "from") && ends_with_ci(w1, "apart"))
        || (is(w0, "of") && ends_with_ci(w1, "hometown"))
        || holder(text, floor, span).is_some();
    other.then_some(Reference::Other)
}

fn is_reference_point(text: &str, floor: usize, span: Span) -> bool {
    reference(text, floor, span).is_some()
}

/// Places named inside `within` that belong to an event there. `exclude` are spans (the
/// dateline) whose places never count.
#[cfg(test)]
pub(crate) fn places_in(text: &str, within: Span, exclude: Option<Span>) -> Vec<FoundPlace> {
    places_among(
        text,
        &PhraseScan::new(text, Span::new(0, text.len())),
        within,
        exclude,
        &crate::places::find_places(text, within),
    )
}

/// The places of `within` among gazetteer matches already found (one scan per sentence).
pub(crate) fn places_among(
    text: &str,
    phrases: &PhraseScan,
    within: Span,
    exclude: Option<Span>,
    matches: &[PlaceMatch],
) -> Vec<FoundPlace> {
    let mut out: Vec<FoundPlace> = Vec::new();
    // Reference points ("east of El Fasher"): the place when no other is named.
    let mut directions: Vec<&PlaceMatch> = Vec::new();
    for m in matches.iter().filter(|m| within.contains(&m.span)) {
        if exclude.is_some_and(|d| d.overlaps(&m.span)) {
            continue;
        }
        // "Islamic State Sahel Province", "Tehreek-e-Taliban Pakistan": a place inside a
        // party's longer name is none (Speed: only the names within 64 bytes of it are read,
        // not the clause's)
        let near = Span::new(m.span.start.saturating_sub(64), m.span.end + 64);
        if phrases
            .all(List::Actor, near)
            .any(|a| a.span.contains(&m.span) && a.span != m.span)
        {
            continue;
        }
        // "Wadi al-Shay": a noun written before a place's name is part of that name, not a
        // namesake town (Wadi, Karnataka)
        if m.span.slice(text).is_some_and(|w| NAMED_FIRST.contains(&w))
            && name_at(text, m.span.end, within.end).is_some()
        {
            continue;
        }
        // "on the shores of Lake Chad", "Lake Kivu": the lake, not the country or town
        let lake = m
            .span
            .start
            .checked_sub("Lake ".len())
            .filter(|&at| text.get(at..m.span.start) == Some("Lake "));
        if let Some(at) = lake {
            out.extend(named_place(
                text,
                Span::new(at, m.span.end),
                Some(PlacePrecision::Region),
                false,
            ));
            continue;
        }
        let rest = text.get(m.span.end..).unwrap_or("");
        let prev_byte = m
            .span
            .start
            .checked_sub(1)
            .and_then(|i| text.as_bytes().get(i))
            .copied();
        if rest.starts_with('-') || prev_byte == Some(b'-') {
            continue; // "Rwanda-backed", "UAE-brokered"
        }
        let possessive = crate::text::possessive_at(rest, 0);
        // "Ukraine's eastern Donetsk region": the place named after the country is the
        // place; with none named, the country is, right after a preposition of place ("at
        // Israel's Ben Gurion airport"; not "much of Iraq's equipment")
        if possessive
            && m.place.precision == PlacePrecision::Country
            && (matches
                .iter()
                .any(|o| o.span.start >= m.span.end && o.span.start <= m.span.end + 40)
                || !locative(last_words::<1>(text, within.start, m.span.start, true)[0]))
        {
            continue;
        }
        if m.place.precision == PlacePrecision::Town {
            // "Secretary of State Marco Rubio": a surname after a given name, not a town
            let before_text = text.get(within.start..m.span.start).unwrap_or("");
            let prev_word = before_text.split_whitespace().next_back().unwrap_or("");
            let sentence_initial = before_text.trim().len() == prev_word.len();
            let name_like = super::words::person_name_word(prev_word)
                && !before_text.ends_with(|c: char| !c.is_whitespace())
                && !matches!(
                    prev_word,
                    "In" | "The" | "At" | "On" | "Near" | "From" | "To" | "Of"
                );
            if name_like && !sentence_initial {
                continue;
            }
        }
        if m.place.precision == PlacePrecision::Country {
            // "Russia attacked Kyiv": a party, not a place; "across Ukraine" is a place
            let before =
                |set: &[&str]| any_word_before(text, within.start, m.span.start, 3, true, set);
            let prep = before(super::words::PLACE_PREPOSITIONS) || before(MORE_PLACE_CUES);
            if !prep {
                continue;
            }
            // "on the U.S. Al Udeid air base in Qatar", "the U.S. embassy in Nairobi": a
            // country's name before a name or a mission is whose it is, not where
            // (not a day or month after it, "attacks in Kenya and Tanzania Friday", nor the
            // first word of a sentence the abbreviation's full stop ended: "throughout the
            // U.S. The company")
            if !possessive
                && word_after(text, m.span.end, within.end, true).is_some_and(|(_, w)| {
                    (w.starts_with(|c: char| c.is_uppercase()) && !NOT_NAMES.contains(&w))
                        || is_one_of(w, MISSIONS)
                })
            {
                continue;
            }
            // "called on Rwanda to withdraw its troops": the one addressed, not a place
            if super::words::called_on(text, within.start, m.span.start) {
                continue;
            }
        }
        if let Some(a) = actor_by_name(m.span.slice(text).unwrap_or("")) {
            if a.gov && is_government_use(text, m.span) {
                continue;
            }
            // "Fano militiamen": an armed group's name, not the town of that name
            if a.actor_type == Some(super::ActorType::ArmedGroup) {
                continue;
            }
        }
        if word_after(text, m.span.end, within.end, true).is_some_and(|(_, w)| {
            w.eq_ignore_ascii_case("flag") || w.eq_ignore_ascii_case("flagged")
        }) {
            continue;
        }
        // (Speed: a place left out, or kept aside as a direction, is made a location only
        // when it is used)
        match reference(text, within.start, m.span) {
            Some(Reference::Direction) => directions.push(m),
            Some(Reference::Other) => {}
            None => out.push(FoundPlace {
                span: m.span,
                location: Found::Known(m.place),
            }),
        }
    }
    unknown_places(text, phrases, within, exclude, &mut out);
    // "Pakistan's northwestern South Waziristan district": as for a place the gazetteer knows
    // (above), the place named after a country's possessive, here one told by its kind, is
    // the place, and in that country
    let possessive_countries: Vec<(Span, Option<String>)> = out
        .iter()
        .filter(|c| {
            c.location.precision() == Some(PlacePrecision::Country)
                && crate::text::possessive_at(text, c.span.end)
        })
        .map(|c| (c.span, c.location.country().map(str::to_string)))
        .collect();
    for (at, country) in possessive_countries {
        let after = |o: &FoundPlace| o.span.start >= at.end && o.span.start <= at.end + 40;
        if out.iter().any(after) {
            for o in out.iter_mut().filter(|o| after(o)) {
                o.location.set_country_if_none(country.as_deref());
            }
            out.retain(|o| o.span != at);
        }
    }
    if out.is_empty() {
        out = directions
            .into_iter()
            .map(|m| FoundPlace {
                span: m.span,
                location: Found::Known(m.place),
            })
            .collect();
    }
    // (a street or square is no town: "blocked the Indus Highway in Lakki Marwat" names the
    // town after it)
    let street = |p: &FoundPlace| {
        p.span
            .slice(text)
            .and_then(|n| n.rsplit(' ').next())
            .is_some_and(|last| NAMED_WITH_CAPITAL_NOUN.contains(&last))
    };
    if !out
        .iter()
        .any(|p| matches!(p.location.precision(), Some(PlacePrecision::Town) | None) && !street(p))
    {
        let bare = bare_place(text, within, exclude, &out);
        out.extend(bare);
    }
    if let Some(joined) = joined_place(text, within, exclude, &out) {
        out.push(joined);
    }
    out.sort_by_key(|p| p.span.start);
    out
}

/// Words after a bare place's name that end it: a date, a time of day, a clause's joint.
const AFTER_BARE_PLACE: &[&str] = &[
    "on",
    "late",
    "early",
    "overnight",
    "last",
    "this",
    "earlier",
    "after",
    "when",
    "while",
    "where",
    "and",
    "at",
    "during",
    "since",
    "before",
    "with",
    "killing",
    "wounding",
    "injuring",
    "today",
    "yesterday",
    "in",
    "from",
    "amid",
    "following",
    "until",
    "to",
    // ("protested in Spin Boldak against the closure", "clashed in Arada over control of")
    "against",
    "over",
    "demanding",
];

/// Capitalised words after "in" that name no place ("in Arabic", "in Parliament").
const NOT_PLACES: &[&str] = &[
    "Arabic",
    "English",
    "Hebrew",
    "Persian",
    "Farsi",
    "Urdu",
    "Pashto",
    "Parliament",
    "Congress",
    "Senate",
    "Court",
    "Council",
    "Assembly",
    "Cabinet",
    "Operation",
    "Ramadan",
    "Christmas",
    "Easter",
    "God",
    // titles before a person's name ("an incursion President Irfaan Ali described as")
    "President",
    "Minister",
    "Governor",
    "Senator",
    "Chancellor",
    "Premier",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
];

/// True when one of the words of `name` is in [`NOT_PLACES`] ("in Parliament", "President
/// Irfaan Ali").
fn names_no_place(name: &str) -> bool {
    name.split(' ').any(|word| is_one_of(word, NOT_PLACES))
}

/// [`bare_place`]'s reading of the name whose capital is at `at`, right after a preposition.
fn bare_name_at(
    text: &str,
    within: Span,
    exclude: Option<Span>,
    found: &[FoundPlace],
    at: usize,
) -> Option<FoundPlace> {
    let [w, before] = last_words::<2>(text, within.start, at, false);
    let w_at = crate::text::offset_in(text, w);
    // (lower case: a heading in title case, "Talks In Doubt After Attack", names none)
    let at_start = text
        .get(within.start..w_at)
        .is_some_and(|g| g.trim().is_empty());
    // ("residents of Kpinkankandi"; "south-east of Pyla": a reference point the gazetteer lacks,
    // the place when no other is named)
    let of_a_place = w == "of"
        && (is_one_of(before, &["residents", "inhabitants", "villagers"])
            || is_one_of(before, DIRECTIONS));
    let next_to = w_at + w.len() + 1 == at;
    if !next_to
        || !(matches!(w, "in" | "near" | "outside") || of_a_place || (at_start && w == "In"))
    {
        return None;
    }
    let name = name_at(text, at - 1, within.end)?;
    name_as_place(text, within, exclude, found, name, of_a_place)
}

/// "between Lafey and Fino", "in Mandera and Elwak": a name joined by "and" right after a
/// town of `found` (or a place of no kind) is a place too, read as [`bare_name_at`] reads a
/// name after a preposition.
fn joined_place(
    text: &str,
    within: Span,
    exclude: Option<Span>,
    found: &[FoundPlace],
) -> Option<FoundPlace> {
    found
        .iter()
        .filter(|p| matches!(p.location.precision(), Some(PlacePrecision::Town) | None))
        .find_map(|p| {
            let rest = text.get(p.span.end..within.end)?;
            let after = rest.strip_prefix(" and ")?;
            if !after.starts_with(|c: char| c.is_uppercase()) {
                return None;
            }
            let name = name_at(text, p.span.end + " and".len(), within.end)?;
            name_as_place(text, within, exclude, found, name, false)
        })
}

/// The place named at `name` (a run of capitalised words after a preposition or a joint):
/// none when it overlaps `exclude` or a place of `found`, is a hyphenated compound, holds a
/// word that names no place, or does not end as a place's name does (at a stop, a date or a
/// joint word; `ends_anyway` for "residents of Petion-Ville blocked roads").
fn name_as_place(
    text: &str,
    within: Span,
    exclude: Option<Span>,
    found: &[FoundPlace],
    name: Span,
    ends_anyway: bool,
) -> Option<FoundPlace> {
    if exclude.is_some_and(|d| d.overlaps(&name)) || found.iter().any(|p| p.span.overlaps(&name)) {
        return None;
    }
    let name_text = name.slice(text).unwrap_or("");
    let compound = name_text.split(' ').any(|word| {
        word.rsplit('-')
            .next()
            .is_some_and(|tail| word.contains('-') && tail.starts_with(|c: char| c.is_lowercase()))
    });
    if compound || names_no_place(name_text) {
        return None;
    }
    let rest = text.get(name.end..within.end).unwrap_or("");
    // (an abbreviation's letter: "outside U.S. embassies")
    let abbreviation = name.len() < 2
        || rest
            .strip_prefix('.')
            .is_some_and(|r| r.starts_with(|c: char| c.is_alphabetic()));
    if abbreviation {
        return None;
    }
    let next = rest.trim_start();
    // "in Mir Ali, North Waziristan": a place known after the comma holds it
    let holder = rest.strip_prefix(',').and_then(|r| {
        let at = name.end + 1 + (r.len() - r.trim_start().len());
        found.iter().find(|p| p.span.start == at)
    });
    if let Some(h) = holder {
        return named_place(text, name, None, true).map(|mut p| {
            p.location.set_country_if_none(h.location.country());
            p
        });
    }
    let ends = match next.chars().next() {
        None => true,
        Some(c) if !c.is_alphanumeric() => {
            !crate::text::possessive_at(rest, 0) && ",.;:)\"\u{201d}".contains(c)
        }
        Some(_) => word_after(text, name.end, within.end, false).is_some_and(|(_, w)| {
            is_one_of(w, AFTER_BARE_PLACE) && w.starts_with(|c: char| c.is_lowercase())
                || crate::time::lexicon::weekday(w).is_some()
                || crate::time::lexicon::month(w).is_some()
        }),
    };
    // ("residents of Petion-Ville blocked roads": the people's place, whatever follows)
    if !ends && !ends_anyway {
        return None;
    }
    named_place(text, name, None, true)
}

/// A place the gazetteer does not know, named bare after "in", "near", "outside" or
/// "residents of" ("gunmen killed 12 villagers in Gidan Bawa on Tuesday"): read only for a
/// clause that names no town (`found` are its places so far), and only when the name ends at
/// a date, a joint, a stop or a place of `found` after a comma ("in Mir Ali, North
/// Waziristan", whose country it takes); not "in Western capitals", "in Hamas captivity", "in
/// Russian-held territory", "in Trump's view".
fn bare_place(
    text: &str,
    within: Span,
    exclude: Option<Span>,
    found: &[FoundPlace],
) -> Option<FoundPlace> {
    // Speed: the prepositions are found by a vectorised search each, and only those right
    // before a capital are read, not every word of the clause.
    static PREPOSITIONS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::LazyLock::new(|| {
            super::words::finders(&[" in ", " near ", " outside ", " of "])
        });
    let clause = within.slice(text)?;
    let capital_at = |at: usize| text.as_bytes().get(at).is_some_and(u8::is_ascii_uppercase);
    let mut best: Option<FoundPlace> = None;
    let opening = clause.starts_with("In ").then_some(within.start + 3);
    for at in opening.into_iter().chain(PREPOSITIONS.iter().flat_map(|f| {
        f.find_iter(clause.as_bytes())
            .map(move |k| within.start + k + f.needle().len())
    })) {
        if !capital_at(at) || best.as_ref().is_some_and(|b| b.span.start < at) {
            continue;
        }
        if let Some(p) = bare_name_at(text, within, exclude, found, at) {
            best = Some(p);
        }
    }
    best
}

/// The run of capitalised words (at most three, no punctuation between) that ends right
/// before word `k` of `words` ("Gara" before "and" in "the Gara and Qandil regions").
fn capitalised_run_before(text: &str, words: &[Span], k: usize) -> Option<Span> {
    let mut end: Option<usize> = None;
    let mut start = None;
    let mut i = k;
    while i > 0 && k - i < 3 {
        i -= 1;
        let w = words.get(i)?;
        let next_start = words.get(i + 1).map_or(w.end, |n| n.start);
        let gap = text.get(w.end..next_start).unwrap_or(",");
        let word = w.slice(text).unwrap_or("");
        if !gap.trim().is_empty()
            || !word.starts_with(char::is_uppercase)
            || NOT_NAMES.contains(&word)
        {
            break;
        }
        end.get_or_insert(w.end);
        start = Some(w.start);
    }
    Some(Span::new(start?, end?))
}

/// A run of capitalised words starting at `pos` ("Let Pan Taw", "Um Sumeima", "Deir al-Balah").
fn name_at(text: &str, pos: usize, ceil: usize) -> Option<Span> {
    let words = words_after::<5>(text, pos, ceil, true);
    let mut end: Option<Span> = None;
    let first = words.first()?;
    if first.0.start > pos + 1 {
        return None;
    }
    for (i, (sp, w)) in words.iter().enumerate() {
        // (a day or month after the name is no part of it: "outside Kyaukphyu Saturday")
        // ("Wadi al-Shay": an article joined by a hyphen to a capitalised word)
        let article = ["al-", "el-", "ad-", "ash-", "as-", "an-", "ar-"]
            .iter()
            .find_map(|a| w.strip_prefix(a))
            .is_some_and(|r| r.starts_with(char::is_uppercase));
        let cap = (w.chars().next().is_some_and(char::is_uppercase) || article)
            && !(i > 0
                && (crate::time::lexicon::weekday(w).is_some()
                    || crate::time::lexicon::month(w).is_some()));
        // (a particle joins only a capitalised word after it: "Complexo da Mare", "Deir al
        // Balah")
        let joiner = i > 0
            && matches!(
                *w,
                "al" | "el" | "de" | "al-" | "du" | "da" | "do" | "dos" | "das" | "di" | "del"
            )
            && words
                .get(i + 1)
                .is_some_and(|(_, n)| n.starts_with(char::is_uppercase));
        if cap || joiner {
            if i == 0 && NOT_NAMES.contains(w) {
                return None;
            }
            end = Some(Span::new(first.0.start, sp.end));
        } else {
            break;
        }
    }
    end
}

/// Adds the place named at `span` to `out`, from the gazetteer when `look_up` and it is
/// known there, else by its name alone.
fn push_unknown(
    text: &str,
    span: Span,
    precision: Option<PlacePrecision>,
    look_up: bool,
    out: &mut Vec<FoundPlace>,
) {
    // a longer framed name wins over a gazetteer match inside it ("Let Pan Taw village"); a
    // name not to be looked up wins over the gazetteer's reading of it
    out.retain(|p| !(span.contains(&p.span) && (span != p.span || !look_up)));
    if out.iter().any(|p| p.span.overlaps(&span)) {
        return;
    }
    out.extend(named_place(text, span, precision, look_up));
}

/// The place named at `span`: the gazetteer's when `look_up` and it knows the name, else one
/// known by its name alone (none for a party's name: "Islamic State").
fn named_place(
    text: &str,
    span: Span,
    precision: Option<PlacePrecision>,
    look_up: bool,
) -> Option<FoundPlace> {
    let name = span.slice(text)?;
    let known = lookup_place(name).filter(|_| look_up);
    if actor_by_name(name).is_some() && known.is_none() {
        return None;
    }
    let location = match known {
        Some(p) => Found::Known(p),
        None => Found::Named(Location {
            precision,
            ..Location::named(name)
        }),
    };
    Some(FoundPlace { span, location })
}

/// [`PLACE_NOUNS_TOWN`], [`PLACE_NOUNS_REGION`] and "capital": the words every rule of
/// [`unknown_places`] needs, found by the document's one scan.
pub(crate) fn place_nouns() -> impl Iterator<Item = &'static str> {
    PLACE_NOUNS_TOWN
        .iter()
        .chain(PLACE_NOUNS_REGION)
        .chain(&["capital"])
        .copied()
}

fn unknown_places(
    text: &str,
    phrases: &PhraseScan,
    within: Span,
    exclude: Option<Span>,
    out: &mut Vec<FoundPlace>,
) {
    // Speed: most clauses have no place noun, and so no word to read.
    if within.slice(text).is_some() && !phrases.has_word(text, List::PlaceNoun, within) {
        return;
    }
    let words = super::words::word_spans(text, within);
    // Speed: every rule below reads the words at or just before a place noun ("the town of",
    // "Let Pan Taw village", "a village", "the capital"): only those words are read, each
    // once and in order, found among the phrase scan's place nouns (a noun that is a whole
    // word), not by comparing every word of the clause with the lists.
    let mut next = 0usize;
    for o in phrases.all(List::PlaceNoun, within) {
        let k = words.partition_point(|w| w.start < o.span.start);
        if words.get(k) != Some(&o.span) {
            continue;
        }
        for i in k.saturating_sub(1).max(next)..=k {
            let Some(w) = words.get(i) else { continue };
            if exclude.is_some_and(|d| d.overlaps(w)) {
                continue;
            }
            // Speed: compared without a lower-cased copy of every word.
            let word = w.slice(text).unwrap_or("");
            let is = |list: &[&str]| list.iter().any(|n| n.eq_ignore_ascii_case(word));
            let is_town = is(PLACE_NOUNS_TOWN);
            let is_region = is(PLACE_NOUNS_REGION);
            let sub_city = is(&[
                "district",
                "subdistrict",
                "sub-district",
                "tehsil",
                "upazila",
                "neighbourhood",
                "neighborhood",
                "suburb",
                "area",
                "sector",
            ]);
            // ("Lake Edward"; not "Salt Lake City", nor a lake named by its noun alone)
            let lake = word == "Lake"
                && !i
                    .checked_sub(1)
                    .and_then(|j| words.get(j))
                    .and_then(|p| p.slice(text))
                    .is_some_and(|p| p.starts_with(char::is_uppercase))
                && !words
                    .get(i + 1)
                    .and_then(|n| n.slice(text))
                    .is_some_and(|n| n.starts_with("City"));
            if word.eq_ignore_ascii_case("lake") && !lake {
                continue;
            }
            // ("Ishigaki and Yonaguni islands"; "the Senkaku Islands", "the Marshall Islands"
            // are names the gazetteer reads whole, or none)
            if word == "Islands" {
                continue;
            }
            // ("Mount Samama"; not "to mount an attack")
            let mount = NAMED_FIRST.contains(&word);
            if is(NAMED_FIRST) && !mount {
                continue;
            }
            let street = NAMED_WITH_CAPITAL_NOUN.contains(&word);
            let with_noun = street || is(NAMED_WITH_NOUN);
            if is(NAMED_WITH_CAPITAL_NOUN) && !street {
                continue;
            }
            // ("Wall Street Journal": the noun inside a longer name)
            if with_noun
                && words.get(i + 1).is_some_and(|n| {
                    text.get(w.end..n.start) == Some(" ")
                        && n.slice(text)
                            .is_some_and(|n| n.starts_with(char::is_uppercase))
                })
            {
                continue;
            }
            let precision = if street {
                None
            } else if word == "Kampung" {
                Some(PlacePrecision::Town)
            } else if is_region || lake || mount || with_noun {
                Some(PlacePrecision::Region)
            } else if sub_city {
                None
            } else {
                Some(PlacePrecision::Town)
            };
            // ("Chief District Officer", "the Provincial Police Office": a noun of an office's
            // title names no place)
            let office = words.get(i + 1).is_some_and(|n| {
                text.get(w.end..n.start) == Some(" ")
                    && n.slice(text).is_some_and(|n| OFFICE_WORDS.contains(&n))
            });
            if (is_town || is_region) && !office {
                // "the town of Bara", "the base at Moqokori"; a Philippine village's noun
                // comes first, as part of its name ("Barangay Kitango")
                let of = words.get(i + 1).and_then(|s| s.slice(text));
                let at_base = of == Some("at") && is(&["base", "camp", "port"]);
                let named_first = word == "Barangay" || lake || mount;
                if named_first {
                    if let Some(name) = words
                        .get(i + 1)
                        .and_then(|next| name_at(text, next.start, within.end))
                    {
                        // (a lake is named with its noun: "Lake Edward", "Mount Samama")
                        let name = if lake || mount {
                            Span::new(w.start, name.end)
                        } else {
                            name
                        };
                        push_unknown(text, name, precision, true, out);
                    }
                } else if of == Some("of") || at_base {
                    if let Some(next) = words.get(i + 2) {
                        if let Some(name) = name_at(text, next.start, within.end) {
                            if !is_reference_point(text, within.start, Span::new(w.start, w.start))
                            {
                                push_unknown(text, name, precision, true, out);
                            }
                        }
                    }
                }
                // "Let Pan Taw village", "the Solomianskyi district"; the kind of a camp is
                // no part of its name ("the Abu Shouk displacement camp", "the Kalma IDP camp")
                let camp_kind = word
                    .get(..4)
                    .is_some_and(|h| h.eq_ignore_ascii_case("camp"))
                    && i >= 1
                    && words
                        .get(i - 1)
                        .and_then(|p| p.slice(text))
                        .is_some_and(|p| {
                            ["displacement", "refugee", "idp", "displaced"]
                                .iter()
                                .any(|k| k.eq_ignore_ascii_case(p))
                        });
                let name_end = if camp_kind { i - 1 } else { i };
                let mut j = name_end;
                let mut start = None;
                // "the city's Prymorskyi district": a part of the city told of before, not a
                // namesake the gazetteer knows elsewhere
                let mut of_the_city = false;
                while j > 0 {
                    j -= 1;
                    let Some(prev) = words.get(j) else { break };
                    let pw = prev.slice(text).unwrap_or("");
                    let gap = text
                        .get(prev.end..words.get(j + 1).map_or(prev.end, |n| n.start))
                        .unwrap_or(",");
                    let compound = pw.contains('-') && pw.ends_with(|c: char| c.is_lowercase());
                    // ("Nigeria's Plateau state": the possessive says whose, the name is Plateau)
                    let possessive = pw.ends_with("'s") || pw.ends_with("\u{2019}s");
                    if gap.trim().is_empty()
                        && !compound
                        && !possessive
                        && pw.chars().next().is_some_and(char::is_uppercase)
                        && !NOT_NAMES.contains(&pw)
                    {
                        start = Some(prev.start);
                    } else {
                        of_the_city = sub_city
                            && possessive
                            && ["city", "capital", "town"].iter().any(|o| {
                                pw.get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o))
                                    && pw.len() <= o.len() + "\u{2019}s".len()
                            });
                        break;
                    }
                }
                if let Some(s) = start {
                    let name_span = Span::new(
                        s,
                        words.get(name_end.saturating_sub(1)).map_or(s, |p| p.end),
                    );
                    // "Islamic State", "Rapid Support Forces": a party's name, not a place
                    // (nor a people: "the Druze community", "the town's Catholic area")
                    let people = name_span.slice(text).is_some_and(|n| {
                        ["ian", "ish", "ese", "ite"].iter().any(|e| n.ends_with(e))
                            || is_one_of(n, PEOPLES)
                    });
                    let party = people
                        || text
                            .get(s..w.end)
                            .is_some_and(|n| actor_by_name(n).is_some());
                    // "in neighbouring Niger state": a country's name told with a kind of
                    // region is the region the gazetteer knows by that name and kind
                    let whole = Span::new(s, w.end);
                    let kind_of = |sp: Span| sp.slice(text).and_then(lookup_place).map(|p| p.kind);
                    let region = is_region
                        && kind_of(name_span) == Some(crate::places::PlaceKind::Country)
                        && kind_of(whole).is_some_and(|k| k != crate::places::PlaceKind::Country);
                    let span = if region || with_noun {
                        whole
                    } else {
                        name_span
                    };
                    // ("the Panjshir Valley": the valley of a province the gazetteer knows is
                    // that province)
                    let known_valley = (with_noun && !street)
                        .then(|| name_span.slice(text).and_then(lookup_place))
                        .flatten()
                        .filter(|p| p.kind != crate::places::PlaceKind::Country);
                    if let Some(p) = known_valley.filter(|_| !party) {
                        out.retain(|o| !span.contains(&o.span));
                        out.push(FoundPlace {
                            span,
                            location: Found::Known(p),
                        });
                    } else if !party && !is_reference_point(text, within.start, name_span) {
                        push_unknown(text, span, precision, !of_the_city, out);
                        // "the Gara and Qandil regions": the name before "and" too
                        let plural = word.ends_with(['s', 'S']);
                        let and_before = words
                            .get(j)
                            .and_then(|a| a.slice(text))
                            .is_some_and(|a| a == "and");
                        if plural && and_before {
                            if let Some(first) = capitalised_run_before(text, &words, j) {
                                push_unknown(text, first, precision, true, out);
                            }
                        }
                    }
                }
            }
            // "Novoielyzavetivka, a village"
            if is(&["a", "an"]) && i >= 1 {
                let noun = words.get(i + 1).and_then(|s| s.slice(text)).unwrap_or("");
                let prev = words.get(i - 1);
                let comma_between = prev
                    .and_then(|p| text.get(p.end..w.start))
                    .is_some_and(|g| g.trim() == ",");
                if comma_between
                    && PLACE_NOUNS_TOWN
                        .iter()
                        .any(|n| n.eq_ignore_ascii_case(noun))
                {
                    if let Some(p) = prev {
                        let pw = p.slice(text).unwrap_or("");
                        if pw.chars().next().is_some_and(char::is_uppercase) {
                            // extend back over capitalised words
                            let mut s = p.start;
                            let mut k = i - 1;
                            while k > 0 {
                                k -= 1;
                                let Some(q) = words.get(k) else { break };
                                let gap = text.get(q.end..s).unwrap_or(",");
                                let qw = q.slice(text).unwrap_or("");
                                if gap.trim().is_empty()
                                    && qw.chars().next().is_some_and(char::is_uppercase)
                                    && !NOT_NAMES.contains(&qw)
                                {
                                    s = q.start;
                                } else {
                                    break;
                                }
                            }
                            push_unknown(
                                text,
                                Span::new(s, p.end),
                                Some(PlacePrecision::Town),
                                true,
                                out,
                            );
                        }
                    }
                }
            }
            // "the Congolese capital", "the U.S. capital", "Somalia's capital"
            if word.eq_ignore_ascii_case("capital") && i >= 1 {
                let entry = (1..=3usize)
                    .filter_map(|k| i.checked_sub(k).and_then(|j| words.get(j)))
                    .find_map(|p| {
                        let name = text.get(p.start..w.start).unwrap_or("").trim();
                        let name = name
                            .strip_suffix("'s")
                            .or_else(|| name.strip_suffix("\u{2019}s"))
                            .unwrap_or(name);
                        actor_by_name(name).map(|a| (a, p.start))
                    });
                // "marched in the capital": the capital of the country of the first town the
                // text names (its dateline's, mostly; not "the capital of Kenya", nor "the
                // state capital")
                let bare = entry.is_none()
                    && words
                        .get(i - 1)
                        .and_then(|p| p.slice(text))
                        .is_some_and(|p| p.eq_ignore_ascii_case("the"))
                    && words
                        .get(i + 1)
                        .and_then(|n| n.slice(text))
                        .is_none_or(|n| n != "of");
                let home = bare
                    .then(|| {
                        // (Speed: the first 2,000 bytes only, the dateline and the lede: a
                        // text long without a town there is read as having none)
                        let cut = (0..=w.start.min(2_000))
                            .rev()
                            .find(|&i| text.is_char_boundary(i))
                            .unwrap_or(0);
                        let head = Span::new(0, cut);
                        let first = crate::places::find_places(text, head)
                            .into_iter()
                            .find(|m| m.place.precision == PlacePrecision::Town)?;
                        let cap = crate::places::country_by_code(&first.place.country)?
                            .capital
                            .as_str();
                        lookup_place(cap)
                    })
                    .flatten();
                if let Some(p) = home {
                    if !out.iter().any(|o| o.span.overlaps(w)) {
                        out.push(FoundPlace {
                            span: *w,
                            location: Found::Known(p),
                        });
                    }
                }
                if let Some((a, from)) = entry {
                    if let Some(cap) = a.capital.as_deref() {
                        let span = Span::new(from, w.end);
                        // "the U.S. capital" names Washington, not the country
                        out.retain(|p| {
                            !(p.span.overlaps(&span)
                                && p.location.precision() == Some(PlacePrecision::Country))
                        });
                        if !out.iter().any(|p| p.span.overlaps(&span)) {
                            let location = match lookup_place(cap) {
                                Some(p) => Found::Known(p),
                                None => Found::Named(Location {
                                    country: a.country.clone(),
                                    precision: Some(PlacePrecision::Town),
                                    ..Location::named(cap)
                                }),
                            };
                            out.push(FoundPlace { span, location });
                        }
                    }
                }
            }
        }
        next = k + 1;
    }
}

/// Words that may follow a place named as an object ("attacked Kayanja and Kitholhu on
/// Friday"), not the verb of a name that is a clause's subject.
const AFTER_A_PLACE: &[&str] = &[
    "on",
    "in",
    "at",
    "near",
    "the",
    "last",
    "this",
    "early",
    "late",
    "overnight",
    "during",
    "after",
    "before",
    "over",
    "with",
    "from",
    "and",
    "yesterday",
    "today",
    "villages",
    "village",
    "districts",
    "district",
    "areas",
    "towns",
    "islands",
    "earlier",
];

/// Places named right after a capture verb ("the rebels entered Luvungi"), and a second one
/// joined to it by "and" ("attacked Kayanja and Kitholhu").
pub(crate) fn object_place(text: &str, trigger: Span, ceil: usize) -> Vec<FoundPlace> {
    let place_at = |pos: usize| {
        let span = name_at(text, pos, ceil)?;
        // ("an incursion President Irfaan Ali described as a threat": a person, no place)
        if span.slice(text).is_some_and(names_no_place) {
            return None;
        }
        named_place(text, span, Some(PlacePrecision::Town), true)
    };
    let Some(first) = place_at(trigger.end) else {
        return Vec::new();
    };
    // (not the subject of a clause joined by "and": "attacked Kayanja and Brigadier Mugisha
    // condemned it", a name with its verb after it)
    let second = text
        .get(first.span.end..)
        .filter(|r| r.starts_with(" and "))
        .and_then(|_| place_at(first.span.end + " and".len()))
        .filter(|p| {
            word_after(text, p.span.end, ceil, false).is_none_or(|(at, w)| {
                text.get(p.span.end..at.start)
                    .is_some_and(|g| g.trim() != "")
                    || is_one_of(w, AFTER_A_PLACE)
            })
        });
    std::iter::once(first).chain(second).collect()
}

/// The places named right after "to", "toward(s)" or "into" within six words after a
/// deployment's trigger ("reinforcements were deployed to Mandouri and Kpinkankandi", "a
/// column was seen moving toward Darvoz"), read as [`object_place`] reads an attack's object.
pub(crate) fn destination_place(text: &str, trigger: Span, ceil: usize) -> Vec<FoundPlace> {
    let words = words_after::<6>(text, trigger.end, ceil, true);
    words
        .iter()
        .find(|(_, w)| is_one_of(w, &["to", "toward", "towards", "into"]))
        .map_or_else(Vec::new, |(to, _)| object_place(text, *to, ceil))
}

/// True when two location lists name a common place, directly or by containment (a country or
/// region holding the other's town).
pub(crate) fn overlap(a: &[Location], b: &[Location]) -> bool {
    overlap_in(a.iter(), b.iter())
}

/// [`overlap`] of two selections of locations.
fn overlap_in<'a>(
    mut a: impl Iterator<Item = &'a Location>,
    b: impl Iterator<Item = &'a Location> + Clone,
) -> bool {
    a.any(|x| {
        b.clone()
            .any(|y| same_or_contains(x, y) || same_or_contains(y, x))
    })
}

/// True when two location lists share a place by name.
pub(crate) fn same_name(a: &[Location], b: &[Location]) -> bool {
    a.iter()
        .any(|x| b.iter().any(|y| x.name.eq_ignore_ascii_case(&y.name)))
}

fn same_or_contains(x: &Location, y: &Location) -> bool {
    if x.name.eq_ignore_ascii_case(&y.name) {
        return true;
    }
    match x.precision {
        Some(PlacePrecision::Country) => {
            x.country.is_some()
                && x.country == y.country
                && y.precision != Some(PlacePrecision::Country)
        }
        Some(PlacePrecision::Region) => y.admin1.as_deref().is_some_and(|a| {
            a.eq_ignore_ascii_case(&x.name)
                || x.name.starts_with(a)
                || crate::places::names_region(&x.name, a)
        }),
        _ => false,
    }
}

/// True when both lists hold known places and none is shared: two different occurrences.
/// Towns decide when both sides name one ("Kyiv" and "Kryvyi Rih" differ even if one side also
/// says "across Ukraine").
pub(crate) fn conflict(a: &[Location], b: &[Location]) -> bool {
    // Speed: the selections are read in place, not cloned.
    fn towns(l: &[Location]) -> impl Iterator<Item = &Location> + Clone {
        l.iter()
            .filter(|x| x.precision == Some(PlacePrecision::Town))
    }
    fn known(l: &[Location]) -> impl Iterator<Item = &Location> + Clone {
        l.iter().filter(|x| x.country.is_some())
    }
    if towns(a).next().is_some() && towns(b).next().is_some() {
        return !towns(a).any(|x| towns(b).any(|y| x.name.eq_ignore_ascii_case(&y.name)));
    }
    known(a).next().is_some()
        && known(b).next().is_some()
        && !overlap_in(known(a), known(b))
        && !overlap(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<String> {
        places_in(t, Span::new(0, t.len()), None)
            .into_iter()
            .map(|p| p.location.into_location().name)
            .collect()
    }

    #[test]
    fn frames_and_exclusions() {
        assert_eq!(
            names("shelled the town of Kupyansk, east of Kharkiv"),
            vec!["Kupiansk"]
        );
        assert_eq!(names("RSF fighters stormed the town of Bara"), vec!["Bara"]);
        assert_eq!(names("bombs on Let Pan Taw village"), vec!["Let Pan Taw"]);
        assert_eq!(
            names("took Novoielyzavetivka, a village near the front"),
            vec!["Novoielyzavetivka"]
        );
        assert_eq!(
            names("a ceasefire which Kyiv has accepted"),
            Vec::<String>::new()
        );
        assert_eq!(names("In addition to Kyiv, Sumy was hit"), vec!["Sumy"]);
        assert_eq!(
            names("fired from Russia's Belgorod region"),
            Vec::<String>::new()
        );
    }
}
