//! The event lexicons (triggers, actors, weapons) loaded from `data/en/*.tsv`; their phrases
//! are found by the document's one automaton pass ([`super::phrases`]).

use std::sync::LazyLock;

use super::{Actor, ActorRole, ActorType, EventKind};
use crate::fnv::FnvMap;
use crate::text::{Span, is_whole_word};

/// Flags of a trigger entry (see the header of `data/en/triggers.tsv`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Flags {
    pub weapon: bool,
    pub attack: bool,
    pub intercept: bool,
    pub place: bool,
    pub armed: bool,
    /// A call only after a verb of speaking to someone ("spoke to Putin by phone").
    pub spoken: bool,
    pub statement: bool,
    pub violation: bool,
    pub casualty: bool,
    /// An event trigger whose words also say how many were killed or hurt ("shot dead three
    /// protesters"): read by the casualty reader as its keyword, too.
    pub kills: bool,
    pub lower: bool,
    /// A release only of captives named within a few words after it ("released 90 Palestinian
    /// prisoners", "freed three Israeli hostages").
    pub captives: bool,
    /// A deployment only of troops named within a few words after it ("flew two companies of
    /// troops into the hamlet", "rushed reinforcements to the front").
    pub troops: bool,
    /// A protest only of a road named within a few words after it, blocked by people who are
    /// not armed ("Residents blocked the Batken-Isfana highway").
    pub road: bool,
    /// A diplomatic protest only of an envoy named within a few words after it ("summoned
    /// Pakistan's chargé d'affaires"; not "summoned to court").
    pub envoy: bool,
    /// A fight only with an armed party named within a few words after it ("engaged the
    /// fleeing terrorists"; not "engaged the public").
    pub foe: bool,
    /// A phrase that contains a trigger but is no event ("heart attack"): matched to block it.
    pub block: bool,
}

/// One trigger phrase.
#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    pub kind: EventKind,
    pub sub_kind: String,
    pub flags: Flags,
}

/// One actor surface form.
#[derive(Debug, Clone)]
pub(crate) struct ActorEntry {
    pub name: String,
    pub country: Option<String>,
    pub actor_type: Option<ActorType>,
    pub capital: Option<String>,
    /// A capital's name standing for its government ("Kyiv has accepted").
    pub gov: bool,
}

impl ActorEntry {
    /// The party this entry names, in `role`.
    pub(crate) fn actor(&self, role: ActorRole) -> Actor {
        Actor {
            name: self.name.clone(),
            role,
            country: self.country.clone(),
            actor_type: self.actor_type,
        }
    }
}

/// One weapon surface form.
#[derive(Debug, Clone)]
pub(crate) struct WeaponEntry {
    pub kind: String,
    pub model: Option<String>,
    /// Fired from a distance (missile, drone, artillery): makes an attack a strike.
    pub ranged: bool,
    /// The only side the news shows firing this named system (ISO 3166-1 alpha-2).
    pub fielded_by: Option<String>,
}

/// A table of phrases, found in a text by the document's [`super::phrases::PhraseScan`].
pub(crate) struct Lexicon<T> {
    phrases: Vec<String>,
    entries: Vec<T>,
    /// Each phrase's first entry, for exact look-ups (FNV: the names looked up are short,
    /// and SipHash cost more than the look-up itself).
    exact: FnvMap<String, usize>,
}

/// A lexicon match: where, and which entry.
pub(crate) struct Hit<'a, T> {
    pub span: Span,
    pub entry: &'a T,
}

impl<T> Lexicon<T> {
    fn build(tsv: &str, parse: impl Fn(&[&str]) -> Option<T>) -> Lexicon<T> {
        let mut entries = Vec::new();
        let mut phrases = Vec::new();
        for cols in crate::text::table_rows(tsv) {
            let Some(phrase) = cols.first().filter(|p| !p.is_empty()) else {
                continue;
            };
            let Some(entry) = parse(cols.get(1..).unwrap_or(&[])) else {
                continue;
            };
            phrases.push(phrase.to_string());
            entries.push(entry);
        }
        let mut exact = FnvMap::default();
        for (i, p) in phrases.iter().enumerate() {
            exact.entry(p.clone()).or_insert(i);
        }
        Lexicon {
            phrases,
            entries,
            exact,
        }
    }

    /// The entry whose phrase is exactly `phrase` (the first listed).
    pub fn by_phrase(&self, phrase: &str) -> Option<&T> {
        self.exact.get(phrase).and_then(|&i| self.entries.get(i))
    }

    /// The phrase of entry `i`.
    pub fn phrase(&self, i: usize) -> Option<&str> {
        self.phrases.get(i).map(String::as_str)
    }

    /// The phrases, in entry order.
    pub fn phrases(&self) -> impl Iterator<Item = &str> {
        self.phrases.iter().map(String::as_str)
    }

    /// The leftmost-longest whole-word matches of `list` (this lexicon's) inside `within`: a
    /// phrase inside a longer word ("to bomb" in "to bombing") hides no whole word after it.
    pub fn found<'a>(
        &'a self,
        text: &str,
        phrases: &super::phrases::PhraseScan,
        list: super::phrases::List,
        within: Span,
    ) -> Vec<Hit<'a, T>> {
        let mut next = within.start;
        let mut out = Vec::new();
        for o in phrases.all(list, within) {
            // (Speed: the cheap test of the position first; each occurrence tested once)
            if o.span.start < next || !is_whole_word(text, o.span.start, o.span.end) {
                continue;
            }
            next = o.span.end;
            if let Some(entry) = self.entries.get(o.index) {
                out.push(Hit {
                    span: o.span,
                    entry,
                });
            }
        }
        out
    }
}

fn non_empty(s: Option<&&str>) -> Option<String> {
    s.map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn parse_trigger(cols: &[&str]) -> Option<Trigger> {
    let kind_col = cols.first()?.trim();
    let block = kind_col == "-";
    let kind = if block {
        EventKind::Other
    } else {
        kind_col.parse::<EventKind>().ok()?
    };
    let sub_kind = cols
        .get(1)
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    let mut flags = Flags {
        block,
        ..Flags::default()
    };
    for f in cols.get(2).copied().unwrap_or("").split(',') {
        match f.trim() {
            "weapon" => flags.weapon = true,
            "attack" => flags.attack = true,
            "intercept" => flags.intercept = true,
            "place" => flags.place = true,
            "armed" => flags.armed = true,
            "spoken" => flags.spoken = true,
            "statement" => flags.statement = true,
            "violation" => flags.violation = true,
            "casualty" => flags.casualty = true,
            "kills" => flags.kills = true,
            "lower" => flags.lower = true,
            "captives" => flags.captives = true,
            "troops" => flags.troops = true,
            "road" => flags.road = true,
            "envoy" => flags.envoy = true,
            "foe" => flags.foe = true,
            _ => {}
        }
    }
    Some(Trigger {
        kind,
        sub_kind,
        flags,
    })
}

fn parse_actor(cols: &[&str]) -> Option<ActorEntry> {
    let name = non_empty(cols.first())?;
    let actor_type = match cols.get(2).map(|s| s.trim()) {
        Some("state_forces") => Some(ActorType::StateForces),
        Some("armed_group") => Some(ActorType::ArmedGroup),
        Some("government") => Some(ActorType::Government),
        Some("civilians") => Some(ActorType::Civilians),
        Some("international_body") => Some(ActorType::InternationalBody),
        _ => None,
    };
    Some(ActorEntry {
        name,
        country: non_empty(cols.get(1)),
        actor_type,
        capital: non_empty(cols.get(3)),
        gov: cols
            .get(4)
            .is_some_and(|f| f.split(',').any(|x| x.trim() == "gov")),
    })
}

fn parse_weapon(cols: &[&str]) -> Option<WeaponEntry> {
    Some(WeaponEntry {
        kind: non_empty(cols.first())?,
        model: non_empty(cols.get(1)),
        ranged: cols.get(2).is_some_and(|r| r.trim() == "ranged"),
        fielded_by: non_empty(cols.get(3)),
    })
}

/// Event triggers and casualty keywords (case-insensitive).
pub(crate) static TRIGGERS: LazyLock<Lexicon<Trigger>> =
    LazyLock::new(|| Lexicon::build(include_str!("../../data/en/triggers.tsv"), parse_trigger));

/// Actors (case-sensitive: "US" is not "us").
pub(crate) static ACTORS: LazyLock<Lexicon<ActorEntry>> =
    LazyLock::new(|| Lexicon::build(include_str!("../../data/en/actors.tsv"), parse_actor));

/// Weapons (case-insensitive).
pub(crate) static WEAPONS: LazyLock<Lexicon<WeaponEntry>> =
    LazyLock::new(|| Lexicon::build(include_str!("../../data/en/weapons.tsv"), parse_weapon));

/// The first state-forces actor of a country (ISO 3166-1 alpha-2), if the table lists one
/// ("SD" -> "Sudanese Armed Forces", "RU" -> "Russia").
pub(crate) fn state_forces_of(code: &str) -> Option<&'static ActorEntry> {
    ACTORS.entries.iter().find(|e| {
        e.country.as_deref() == Some(code) && e.actor_type == Some(ActorType::StateForces)
    })
}

/// The country of the only side that fires the named weapon system `model` ("Iskander" ->
/// "RU"), when the weapons table gives one.
pub(crate) fn fielded_by(model: &str) -> Option<&'static str> {
    WEAPONS
        .entries
        .iter()
        .find(|w| w.model.as_deref() == Some(model) && w.fielded_by.is_some())
        .and_then(|w| w.fielded_by.as_deref())
}

/// The actor entry for a canonical name or surface form, if any (first listed). Speed: a
/// look-up of the exact phrase, not an automaton search of the name.
pub(crate) fn actor_by_name(name: &str) -> Option<&'static ActorEntry> {
    ACTORS.by_phrase(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load() {
        assert!(TRIGGERS.entries.len() > 100);
        assert!(ACTORS.entries.len() > 50);
        assert!(WEAPONS.entries.len() > 30);
        let t = "Russian forces struck Kyiv with Shahed drones.";
        let hits = TRIGGERS.found(
            t,
            &super::super::phrases::PhraseScan::new(t, Span::new(0, t.len())),
            super::super::phrases::List::Trigger,
            Span::new(0, t.len()),
        );
        assert_eq!(hits.len(), 1);
        assert_eq!(
            actor_by_name("Kremlin").map(|a| a.name.as_str()),
            Some("Russia")
        );
        assert!(actor_by_name("us").is_none());
    }
}
