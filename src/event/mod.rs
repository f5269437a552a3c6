//! The event layer: triggers, their arguments (actors, places, weapons, casualties, source,
//! modality), the date each event gets, and the merging of mentions of one occurrence.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Options;
use crate::number::Count;
use crate::text::{Document, Span};
use crate::time::{Grain, TimeExpr};

mod actors;
mod casualties;
mod lexicon;
mod link;
mod location;
mod merge;
mod modality;
mod phrases;
mod trigger;
mod weapons;
mod words;

/// What kind of event happened (see the JSON contract for the definitions).
///
/// ```
/// use conflict_timeline::EventKind;
/// assert_eq!(serde_json::to_string(&EventKind::MilitaryActivity).unwrap(), "\"military_activity\"");
/// assert_eq!("strike".parse::<EventKind>().unwrap(), EventKind::Strike);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Missile, drone, air or artillery attack, bombing.
    Strike,
    /// Battle, ground assault, capture of territory.
    Clash,
    /// Killed or injured reported apart from a specific strike or clash.
    Casualties,
    /// Talks, negotiations, visits, calls; held or planned.
    Meeting,
    /// A ceasefire or truce: proposed, agreed, violated.
    Ceasefire,
    /// Deals, prisoner exchanges.
    Agreement,
    /// Notable claims, accusations, appeals, threats.
    Statement,
    /// Deployments, jets scrambled, mobilisation, air-raid alerts.
    MilitaryActivity,
    /// Demonstrations, marches, riots.
    Protest,
    /// Anything else worth a place on the timeline.
    Other,
}

impl EventKind {
    /// Every kind, in a fixed order.
    ///
    /// ```
    /// assert_eq!(conflict_timeline::EventKind::ALL.len(), 10);
    /// ```
    pub const ALL: [EventKind; 10] = [
        EventKind::Strike,
        EventKind::Clash,
        EventKind::Casualties,
        EventKind::Meeting,
        EventKind::Ceasefire,
        EventKind::Agreement,
        EventKind::Statement,
        EventKind::MilitaryActivity,
        EventKind::Protest,
        EventKind::Other,
    ];

    /// The name used in JSON, e.g. `"military_activity"`.
    ///
    /// ```
    /// assert_eq!(conflict_timeline::EventKind::Strike.as_str(), "strike");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            EventKind::Strike => "strike",
            EventKind::Clash => "clash",
            EventKind::Casualties => "casualties",
            EventKind::Meeting => "meeting",
            EventKind::Ceasefire => "ceasefire",
            EventKind::Agreement => "agreement",
            EventKind::Statement => "statement",
            EventKind::MilitaryActivity => "military_activity",
            EventKind::Protest => "protest",
            EventKind::Other => "other",
        }
    }
}

impl std::fmt::Display for EventKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for EventKind {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        EventKind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| crate::Error::InvalidRecord {
                reason: format!("unknown event kind {s:?}"),
            })
    }
}

/// How the text presents an event.
///
/// ```
/// use conflict_timeline::Modality;
/// assert_eq!(serde_json::to_string(&Modality::Planned).unwrap(), "\"planned\"");
/// assert_eq!(Modality::default(), Modality::Asserted);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Reported as having happened.
    #[default]
    Asserted,
    /// Claimed by a party, unconfirmed.
    Claimed,
    /// Expected, scheduled.
    Planned,
    /// Proposed, not (yet) agreed.
    Proposed,
    /// Denied by a party.
    Denied,
}

impl Modality {
    /// The name used in JSON.
    ///
    /// ```
    /// assert_eq!(conflict_timeline::Modality::Claimed.as_str(), "claimed");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Claimed => "claimed",
            Modality::Planned => "planned",
            Modality::Proposed => "proposed",
            Modality::Denied => "denied",
        }
    }
}

/// Where an event's date came from.
///
/// ```
/// use conflict_timeline::Basis;
/// assert_eq!(serde_json::to_string(&Basis::Context).unwrap(), "\"context\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The event's own date phrase.
    Expression,
    /// Inherited from the sentence or the narrative around it.
    Context,
    /// Only the publication date.
    Publication,
}

/// The date of an event: a TIMEX3 value with the days it covers and where it came from.
///
/// ```
/// use conflict_timeline::{Extractor, Basis, Grain};
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
/// let tl = Extractor::new()
///     .extract("On Friday, a Russian missile struck Kryvyi Rih, killing 19 people.", d)
///     .unwrap();
/// let date = tl.events[0].date.as_ref().unwrap();
/// assert_eq!(date.value, "2025-04-04");
/// assert_eq!(date.precision, Grain::Day);
/// assert_eq!(date.basis, Basis::Expression);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    /// TIMEX3 value (`YYYY-MM-DD`, `YYYY-Www`, `YYYY-Www-WE`, `YYYY-MM`, `YYYY`, `PAST_REF` ...).
    pub value: String,
    /// First day covered (inclusive); `None` for vague references.
    pub start: Option<NaiveDate>,
    /// Last day covered (inclusive); `None` for vague references.
    pub end: Option<NaiveDate>,
    /// How fine the date is.
    pub precision: Grain,
    /// The phrase that dated the event; `None` when inherited.
    pub text: Option<String>,
    /// Where that phrase is; `None` when inherited.
    pub span: Option<Span>,
    /// Where the date came from.
    pub basis: Basis,
}

/// The role an actor plays in an event.
///
/// ```
/// use conflict_timeline::ActorRole;
/// assert_eq!(serde_json::to_string(&ActorRole::Initiator).unwrap(), "\"initiator\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorRole {
    /// Carried the event out (attacker, proposer, host).
    Initiator,
    /// Was attacked or addressed.
    Target,
    /// Took part (talks, exchanges, mediation).
    Participant,
}

/// What sort of actor an actor is.
///
/// ```
/// use conflict_timeline::ActorType;
/// assert_eq!(serde_json::to_string(&ActorType::StateForces).unwrap(), "\"state_forces\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorType {
    /// A state: its government and armed forces.
    StateForces,
    /// A non-state armed group.
    ArmedGroup,
    /// A government acting politically.
    Government,
    /// Civilians, protesters, relatives.
    Civilians,
    /// An international organisation.
    InternationalBody,
}

/// A party to an event, normalised to a canonical name.
///
/// ```
/// use conflict_timeline::{Actor, ActorRole};
/// let a = Actor::new("Russia", ActorRole::Initiator);
/// assert_eq!(a.name, "Russia");
/// assert_eq!(a.country, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical name ("Russia", "United States", "Hamas").
    pub name: String,
    /// Role in the event.
    pub role: ActorRole,
    /// ISO 3166-1 alpha-2 code of the country the actor belongs to, where it applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// What sort of actor it is, where known.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub actor_type: Option<ActorType>,
}

impl Actor {
    /// An actor with a name and a role and nothing else known.
    ///
    /// ```
    /// let a = conflict_timeline::Actor::new("NATO", conflict_timeline::ActorRole::Participant);
    /// assert_eq!(a.name, "NATO");
    /// ```
    pub fn new(name: &str, role: ActorRole) -> Self {
        Actor {
            name: name.to_string(),
            role,
            country: None,
            actor_type: None,
        }
    }
}

/// How precisely a place is known.
///
/// ```
/// use conflict_timeline::PlacePrecision;
/// assert_eq!(serde_json::to_string(&PlacePrecision::Town).unwrap(), "\"town\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlacePrecision {
    /// A town, city, district or village.
    Town,
    /// A first-level region (oblast, province, state) or a sea.
    Region,
    /// A whole country.
    Country,
}

/// A place an event happened at.
///
/// ```
/// use conflict_timeline::Location;
/// let l = Location::named("Kyiv");
/// assert_eq!(l.name, "Kyiv");
/// assert!(l.lat.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// Canonical name ("Kyiv", "Kryvyi Rih").
    pub name: String,
    /// ISO 3166-1 alpha-2 country code, when known.
    #[serde(default)]
    pub country: Option<String>,
    /// First-level region (oblast, province, state), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin1: Option<String>,
    /// Latitude in degrees, when the gazetteer knows the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude in degrees, when the gazetteer knows the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    /// How precise the place is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precision: Option<PlacePrecision>,
}

impl Location {
    /// A location known only by name.
    ///
    /// ```
    /// assert_eq!(conflict_timeline::Location::named("Gaza").country, None);
    /// ```
    pub fn named(name: &str) -> Self {
        Location {
            name: name.to_string(),
            country: None,
            admin1: None,
            lat: None,
            lon: None,
            precision: None,
        }
    }
}

/// A weapon used in an event, with how many were used and, where reported, intercepted.
///
/// ```
/// use conflict_timeline::{Weapon, Count};
/// let w = Weapon { kind: "drone".into(), count: Some(Count::at_least(101)), intercepted: None, model: Some("Shahed".into()) };
/// assert_eq!(w.count.unwrap().low, Some(101));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Weapon {
    /// The weapon type: "ballistic missile", "cruise missile", "drone", "Iskander", "artillery"...
    pub kind: String,
    /// How many were launched or used, when stated.
    #[serde(default)]
    pub count: Option<Count>,
    /// How many were shot down or intercepted, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intercepted: Option<Count>,
    /// The named system, when stated ("Iskander", "Shahed", "Kh-101").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

/// Casualty figures of an event. Absent fields mean the text gave none; a zero count means
/// the text said there were none.
///
/// ```
/// use conflict_timeline::{Casualties, Count};
/// let c = Casualties { killed: Some(Count::exact(19)), ..Default::default() };
/// assert!(!c.is_empty());
/// assert!(Casualties::default().is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Casualties {
    /// People killed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub killed: Option<Count>,
    /// People injured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub injured: Option<Count>,
    /// People missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing: Option<Count>,
    /// Children among the killed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children_killed: Option<Count>,
    /// Civilians among the killed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub civilians_killed: Option<Count>,
}

impl Casualties {
    /// True when no figure is known.
    ///
    /// ```
    /// assert!(conflict_timeline::Casualties::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.killed.is_none()
            && self.injured.is_none()
            && self.missing.is_none()
            && self.children_killed.is_none()
            && self.civilians_killed.is_none()
    }
}

/// One report of an event by one document (filled when timelines of several documents are
/// merged; a single document's events carry none).
///
/// ```
/// use conflict_timeline::SourceRef;
/// let s = SourceRef { document: "a1".into(), published: chrono::NaiveDate::from_ymd_opt(2025, 4, 5).unwrap(), mentions: vec![], casualties: Default::default() };
/// assert_eq!(s.document, "a1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SourceRef {
    /// The document's id.
    pub document: String,
    /// The document's publication date.
    pub published: NaiveDate,
    /// The evidence spans in that document.
    pub mentions: Vec<Span>,
    /// The casualty figures that document reported.
    #[serde(default)]
    pub casualties: Casualties,
}

/// One event on the timeline.
///
/// ```
/// use conflict_timeline::{Extractor, EventKind};
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
/// let tl = Extractor::new()
///     .extract("On Sunday, Russian forces launched a ballistic missile strike on Kyiv.", d)
///     .unwrap();
/// let e = &tl.events[0];
/// assert_eq!(e.kind, EventKind::Strike);
/// assert_eq!(e.locations[0].name, "Kyiv");
/// assert_eq!(e.actors[0].name, "Russia");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Identifier, unique within its timeline ("e1", "e2" ...).
    pub id: String,
    /// What happened.
    pub kind: EventKind,
    /// ACLED-style sub-type where the text says it ("air/drone strike", "armed clash",
    /// "territory captured", "withdrawal" (ground lost: the side that withdraws is the
    /// target) ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_kind: Option<String>,
    /// How the text presents it.
    pub modality: Modality,
    /// When it happened; `None` when nothing in the text dates it.
    pub date: Option<EventDate>,
    /// Where.
    pub locations: Vec<Location>,
    /// Who.
    pub actors: Vec<Actor>,
    /// Casualty figures.
    pub casualties: Casualties,
    /// Weapons used.
    pub weapons: Vec<Weapon>,
    /// Who reported it ("Ukraine's armed forces").
    pub source: Option<String>,
    /// Evidence: the spans of the sentences (or clauses) of every mention.
    pub mentions: Vec<Span>,
    /// Every document that reported it (after a multi-document merge).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceRef>,
}

/// The sentence buffers of [`extract`].
#[derive(Default)]
struct Buffers {
    scratch: trigger::Scratch,
    clause_buf: words::ClauseBuf,
    clauses: Vec<words::Clause>,
    ms: Vec<trigger::Mention>,
    link_buf: link::LinkBuf,
}

thread_local! {
    /// This thread's [`Buffers`] (Speed: made once per thread, not once per document).
    static BUFFERS: std::cell::Cell<Buffers> = std::cell::Cell::new(Buffers::default());
}

/// Finds the events of a document, given its time expressions: one scan for triggers, then
/// sentence-local arguments around each hit, dating, and merging (see the module docs).
pub(crate) fn extract(
    doc: &Document<'_>,
    times: &[TimeExpr],
    dct: NaiveDate,
    options: &Options,
) -> Vec<Event> {
    let _ = options;
    crate::local::with(&BUFFERS, |bufs| extract_with(doc, times, dct, bufs))
}

/// [`extract`] with the sentence buffers `bufs`.
fn extract_with(
    doc: &Document<'_>,
    times: &[TimeExpr],
    dct: NaiveDate,
    bufs: &mut Buffers,
) -> Vec<Event> {
    let text = doc.text;
    // The first window of sentences with a trigger hit.
    let mut win = Window::new(doc, 0, 0);
    while win.hits.is_empty() {
        let next = doc
            .sentences
            .partition_point(|s| s.span.start < win.span.end);
        let Some(s) = doc.sentences.get(next) else {
            return Vec::new();
        };
        win = Window::new(doc, next, s.span.start);
    }
    let quotes = words::quote_spans(doc);
    // the country of the document's dateline, if it has one
    let home: Option<&'static str> = doc
        .sentences
        .first()
        .and_then(|s| words::dateline(text, s.span))
        .and_then(|d| {
            crate::places::find_places(text, d)
                .iter()
                .map(|m| m.place.country.as_str())
                .find(|c| !c.is_empty())
        });
    let mut headings: Vec<u32> = Vec::new();
    let mut merger = merge::Merger::new(dct, text);
    let mut cursor = 0usize;
    let mut prev_para: Option<u32> = None;
    let Buffers {
        scratch,
        clause_buf,
        clauses,
        ms,
        link_buf,
    } = bufs;
    let mut stimes: Vec<link::SentenceTime<'_>> = Vec::new();
    let mut learned: Vec<Location> = Vec::new();
    // Sentences before the first hit hold no event.
    let first = win
        .hits
        .first()
        .and_then(|h| doc.sentence_at(h.span.start))
        .unwrap_or(0);
    for (si, s) in doc.sentences.iter().enumerate().skip(first) {
        if s.span.start >= win.span.end {
            win = Window::new(doc, si, s.span.start);
            cursor = 0;
        }
        let (phrases, hits) = (&win.phrases, &win.hits);
        let first_in_para = prev_para != Some(s.paragraph);
        prev_para = Some(s.paragraph);
        let begin = cursor
            + hits
                .get(cursor..)
                .map_or(0, |h| h.partition_point(|x| x.span.start < s.span.start));
        let end = begin
            + hits
                .get(begin..)
                .map_or(0, |h| h.partition_point(|x| x.span.start < s.span.end));
        cursor = end;
        if words::is_heading(doc, si) {
            headings.push(s.paragraph);
            continue;
        }
        let Some(sentence_hits) = hits.get(begin..end).filter(|h| !h.is_empty()) else {
            continue;
        };
        let dateline = if first_in_para {
            words::dateline(text, s.span)
        } else {
            None
        };
        words::clauses_into(text, phrases, s.span, clause_buf, clauses);
        words::split_dated_motives(text, times, s.span, clauses);
        let ctx = trigger::SentenceCtx {
            text,
            home,
            paragraph: s.paragraph,
            span: s.span,
            dateline,
            quotes: &quotes,
            phrases,
            learned: &learned,
        };
        trigger::sentence_mentions(&ctx, sentence_hits, clauses, scratch, ms);
        if ms.is_empty() {
            continue;
        }
        learn_places(ms, &mut learned);
        stimes.clear();
        stimes.extend(link::sentence_times(
            text, times, s.span, clauses, dateline, &quotes, dct,
        ));
        link::link_sentence(text, clauses, ms, &stimes, link_buf);
        let mut cands = link_buf.cands.drain(..);
        for mut m in ms.drain(..) {
            if let Some(c) = cands.next() {
                m.dates = c;
            }
            merger.add(m, &headings);
        }
    }
    let _ = Grain::Day;
    merger.finish()
}

/// Keeps the towns and regions the gazetteer does not know that `ms` named with a cue ("in
/// Nasir town", "Ulang county"), at most 32 a document, for the sentences after.
fn learn_places(ms: &[trigger::Mention], learned: &mut Vec<Location>) {
    for m in ms {
        for p in &m.places {
            let location::Found::Named(l) = &p.location else {
                continue;
            };
            let framed = matches!(
                l.precision,
                Some(PlacePrecision::Town | PlacePrecision::Region)
            );
            if framed && learned.len() < 32 && !learned.iter().any(|k| k.name == l.name) {
                learned.push(l.clone());
            }
        }
    }
}

/// About how many bytes of text one phrase scan covers. Memory: the occurrences of a window
/// are held, not those of a whole (10 MB) document.
const WINDOW: usize = 1 << 16;

/// A run of whole sentences read by one phrase scan, with its trigger hits.
struct Window {
    span: Span,
    phrases: phrases::PhraseScan,
    hits: Vec<lexicon::Hit<'static, lexicon::Trigger>>,
}

impl Window {
    /// The window from `start` (at or before sentence `si`): sentence `si` and those after it
    /// that end within [`WINDOW`] bytes of `start`; to the end of the text when it holds the
    /// last sentence.
    fn new(doc: &Document<'_>, si: usize, start: usize) -> Window {
        let text = doc.text;
        let limit = start.saturating_add(WINDOW);
        let mut end = doc.sentences.get(si).map_or(text.len(), |s| s.span.end);
        let mut j = si + 1;
        while let Some(s) = doc.sentences.get(j) {
            if s.span.end > limit {
                break;
            }
            end = s.span.end;
            j += 1;
        }
        if j >= doc.sentences.len() {
            end = text.len();
        }
        let span = Span::new(start, end.max(start));
        // (from `LOOK_BACK` before it, for the readers that look back that far)
        let mut from = start.saturating_sub(phrases::LOOK_BACK);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let phrases = phrases::PhraseScan::new(text, Span::new(from, span.end));
        let hits = trigger::scan(text, &phrases, span);
        Window {
            span,
            phrases,
            hits,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    /// Documents longer than one phrase-scan window: events in the first, a later and no
    /// window are found as in a short document.
    #[test]
    fn windows_of_a_long_document() {
        let d = chrono::NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
        let filler = "Farmers planted wheat near the river. ".repeat(4_000);
        assert!(filler.len() > 2 * super::WINDOW);
        let strike = "On Friday, a Russian missile struck Kryvyi Rih, killing 19 people. ";
        let places = |text: &str| -> Vec<String> {
            Extractor::new()
                .extract(text, d)
                .unwrap()
                .events
                .iter()
                .flat_map(|e| e.locations.iter().map(|l| l.name.clone()))
                .collect()
        };
        let short = places(strike);
        assert_eq!(short, ["Kryvyi Rih"]);
        // in a later window only
        assert_eq!(places(&format!("{filler}{strike}")), short);
        // in the first window and again in a later one: one event
        assert_eq!(places(&format!("{strike}{filler}{strike}")), short);
        // in no window
        assert!(places(&filler).is_empty());
    }
}
