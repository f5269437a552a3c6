//! From trigger hits to mentions: one compiled scan over the whole text finds trigger
//! candidates; only sentences with a hit are looked at. In each clause the hits are checked
//! against their context (a weapon makes "hit" a strike; "could strike" and "halt to strikes"
//! are no events; a statement verb next to a real event is only its modality) and grouped by
//! kind into mentions with their arguments.

use super::actors::{actor_hits, actors_for};
use super::casualties::{self, CasualtyReading};
use super::lexicon::{TRIGGERS, Trigger};
use super::link::Candidates;
use super::location::{FoundPlace, destination_place, object_place, places_among};
use super::modality::{modality_of, talks_will_take_place};
use super::phrases::{List, PhraseScan};
use super::weapons::{WeaponHit, weapon_hits, weapons_in};
use super::words::{
    Clause, any_in, any_word_before, finders, in_long_quote, joined_contains, last_words, lower,
    may_hold_motive, motive, word_after, words_after, words_before,
};
use super::{Actor, EventKind, Location, Modality, Weapon};
use crate::number::{ends_with_ci, starts_with_ci};
use crate::text::{Span, find_once, is_one_of};

/// How a mention takes part in merging.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// A mention that may start an event.
    Event,
    /// "were hit", "the attack": continues the episode's strike, starts nothing alone unless
    /// it names other places.
    Continuation,
    /// "shot down 10 of the missiles": joins the episode's strike, else a strike of its own.
    Interception,
    /// Casualty figures with no trigger of their own.
    CasualtyOnly,
}

/// One mention of an event in a clause, with its arguments.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    pub kind: EventKind,
    pub sub_kind: &'static str,
    pub role: Role,
    pub paragraph: u32,
    pub clause: Span,
    pub triggers: Vec<Span>,
    /// "the attack", "Friday's attack", "those strikes": refers to an event told before.
    pub anaphoric: bool,
    /// An "attack" word whose kind (strike or clash) is that of its antecedent.
    pub attack_word: bool,
    pub modality: Modality,
    pub places: Vec<FoundPlace>,
    /// The clause says "there", "the town", "the city": the last place named.
    pub place_anaphor: bool,
    pub actors: Vec<Actor>,
    pub weapons: Vec<Weapon>,
    pub casualties: CasualtyReading,
    pub source: Option<String>,
    pub dates: Candidates,
    /// A casualty figure for a whole war or period with no date ("the war has killed").
    pub cumulative: bool,
    /// The clause revises a toll ("raised the death toll from the market strike to 31"): its
    /// trigger names an event told before, and its date is that of the report.
    pub revision_ref: bool,
    /// "The strike came a day after Russian drones hit Kharkiv": how long before the event the
    /// sentence is about this mention, told after "N days after", happened.
    pub days_before_context: Option<Before>,
    /// "Since then, more than 1,500 Palestinians have been killed": what happened from the
    /// narrative's date to the report.
    pub since_then: bool,
    /// "Several hundred Serbs then gathered to protest", "Afterwards, residents fled": what
    /// came next after the event told before, on its day unless a day of its own is told.
    pub next_in_sequence: bool,
    /// Told in the present progressive ("Negotiators are holding talks in Doha", "Mediators
    /// are meeting in Cairo"), or in the present perfect with a report in the present ("Two
    /// people have been killed in an Israeli drone strike, the health ministry says"): going
    /// on, or just over, as the report is written.
    pub ongoing: bool,
}

impl super::link::Linked for Mention {
    fn link(&self) -> super::link::LinkInput<'_> {
        super::link::LinkInput {
            kind: self.kind,
            clause: self.clause,
            triggers: &self.triggers,
        }
    }
}

/// How long before the event a sentence is about a mention told after "... after" happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Before {
    /// "a day after", "two weeks after": so many days.
    Days(u32),
    /// "days after", "a few weeks after": some days, how many unknown.
    Unknown,
}

/// A trigger hit kept after the context checks, with the kind it stands for.
struct Kept {
    violation: bool,
    span: Span,
    kind: EventKind,
    sub_kind: &'static str,
    role: Role,
    attack_word: bool,
    statement: bool,
    /// A killing verb ("shot dead"): the parties named after it are its victims.
    kills: bool,
    /// An interception verb read as one ("shot down 12 drones"): the parties named before it
    /// were attacked.
    intercepts: bool,
}

/// True when a share of a territory follows `pos` within a few words ("has seized control of
/// about 85% of Port-au-Prince", "occupies about a fifth of Ukraine"): how much a side holds,
/// not a capture told.
fn share_held(text: &str, pos: usize, end: usize) -> bool {
    let near = text.get(pos..end.min(pos.saturating_add(40))).unwrap_or("");
    [
        "% of",
        " percent of",
        " fifth of",
        " third of",
        " thirds of",
        " quarter of",
        " half of",
    ]
    .iter()
    .any(|p| near.contains(p))
}

/// Natural hazards: what they "hit" or "struck" is no attack.
pub(crate) const HAZARDS: &[&str] = &[
    "quake",
    "earthquake",
    "aftershock",
    "aftershocks",
    "tremor",
    "storm",
    "cyclone",
    "hurricane",
    "typhoon",
    "tornado",
    "flood",
    "floods",
    "flooding",
    "tsunami",
    "landslide",
    "landslides",
    "avalanche",
    "lightning",
    "wildfire",
    "wildfires",
    "drought",
    "heatwave",
];

const SUPPRESS: &[&str] = &[
    "weekend of",
    "week of",
    "night of",
    "days of",
    "month of",
    "months of",
    "wave of",
    "year of",
    "halt to",
    "targeted a",
    "targeting a",
    "struck a",
    "hit a",
    "moratorium on",
    "ban on",
    "end to",
    "pause in",
    "string of",
    "series of",
    "campaign of",
    "threat of",
    "risk of",
    "fear of",
    "fears of",
    "aimed at",
    "path to",
    "until",
    "threatened to",
    "threatening to",
    "threatens to",
    "vowed to",
    "willingness to",
    "open to",
    "calls for a",
    "called for a",
    "demanding a",
    // talks suspended or broken off ("would suspend talks on joining the EU until 2028")
    "suspend",
    "broke off",
    "break off",
    "breaking off",
    // an existing truce or deal kept ("Israel would enforce the ceasefire")
    "enforce the",
    "uphold the",
    "respect the",
    "abide by the",
    "monitor the",
    "monitoring the",
    // a truce or fight ended ("Israel ended the ceasefire with a wave of strikes", "the
    // collapse of the truce"): no new one
    "ended the",
    "ending the",
    "ends the",
    "collapse of the",
    "abandoned the",
    "scrapped the",
    // fighting halted or paused ("the deal would halt the fighting in Gaza", "They paused
    // attacks during the ceasefire"): no fight of its own
    "halt the",
    "halted the",
    "halting the",
    "end the",
    "paused",
    "pausing",
    // a campaign stepped up ("the military has stepped up air strikes despite a ceasefire")
    "has stepped up",
    "have stepped up",
    // a deal that was not reached ("failing to reach a ceasefire", "stopped short of a truce")
    "failed to reach",
    "failing to reach",
    "fail to reach",
    "fails to reach",
    "failed to agree",
    "failing to agree",
    "failed to secure",
    "failing to secure",
    "failed to produce",
    "failing to produce",
    "failed to yield",
    "without reaching",
    "without agreeing",
    "short of",
    // a goal worked toward, not reached ("made no progress toward a ceasefire", "progress
    // towards a truce", "efforts to secure a ceasefire", "a bid to broker a truce")
    "efforts to",
    "effort to",
    "bid to",
    "push for",
    "progress toward",
    "progress on a",
    // a deal already made, now broken ("accused Israel of backing out of the deal", "pulled
    // out of the accord")
    "backed out of",
    "backing out of",
    "pulled out of",
    "pulling out of",
    "walked away from",
    "walking away from",
    "withdrew from",
    "withdrawn from",
    "withdrawing from",
    // what a protest is against ("demonstrated in Warsaw to protest the bombing of Kyiv"):
    // told as its cause, not as an incident of its own
    "protest the",
    "protested the",
    "protesting the",
    "protest against",
    "protests against",
    "protested against",
    "protesting against",
    "rally against",
    "rallied against",
    "rallies against",
    "demonstrated against",
    "demonstrating against",
    "marched against",
];
/// [`SUPPRESS`] as one automaton, fed the words before a trigger by
/// [`super::words::joined_contains`].
/// (Each phrase from the start of a word: "ended the" is not in "extended the".)
static SUPPRESS_DFA: std::sync::LazyLock<Option<aho_corasick::dfa::DFA>> =
    std::sync::LazyLock::new(|| {
        aho_corasick::dfa::DFA::new(SUPPRESS.iter().map(|p| format!(" {p}"))).ok()
    });
/// Words that refer back to a place named before ("there", "the town"), found in the clause
/// (ASCII case-insensitive) by the document's one scan.
pub(crate) const PLACE_ANAPHORS: &[&str] =
    &[" there", "the town", "the city", "the village", "the area"];
/// Protest triggers that name the crowd, not the act: a subject of violence or its victims.
const CROWDS: &[&str] = &["protesters", "demonstrators", "rioters"];
/// Crowds whose meeting is a clash of the street, not talks ("as rallies of two parties meet").
const MEETING_CROWDS: &[&str] = &[
    "rallies",
    "marches",
    "marchers",
    "processions",
    "crowds",
    "mobs",
    "protesters",
    "demonstrators",
];
/// Verbs of a deal broken by one side ("reneged on parts of the agreement").
const RENEGED: &[&str] = &["reneged", "reneging", "renege", "reneges"];
const HYPOTHETICAL: &[&str] = &["could", "might", "cannot", "can", "if", "unless"];
const HABITUAL: &[&str] = &[
    "repeatedly",
    "regularly",
    "routinely",
    "near-daily",
    "daily",
    "often",
    "frequently",
    "constantly",
    "usually",
    "previously",
    "occasionally",
    "sometimes",
    "periodically",
];
/// Phrases after a strike or clash verb that make it a habit ("almost daily").
const HABIT_AFTER: &[&str] = &[
    "almost daily",
    "nearly daily",
    "almost every day",
    "nearly every day",
    "every day",
    "every night",
    "day after day",
    "night after night",
    "on a daily basis",
];
/// Words one of which every [`HABIT_AFTER`] phrase holds (a test checks it): a clause with
/// none of them (most) is refused by three searches instead of one per phrase.
const HABIT_WORDS: [&str; 3] = ["daily", "every", "after"];
/// [`HABIT_WORDS`]' searchers, built once.
static HABIT_WORD_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| finders(&HABIT_WORDS));
/// [`HABIT_AFTER`]'s searchers, built once (Speed: `memmem::find` builds its searcher anew
/// at every call).
static HABIT_AFTER_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| finders(HABIT_AFTER));

const ARMED: &[&str] = &[
    "troops",
    "forces",
    "rebels",
    "fighters",
    "militants",
    "soldiers",
    "army",
    "tanks",
    "militia",
    "militias",
    "insurgents",
    "jihadists",
    "gunmen",
    "units",
    "paratroopers",
    "marines",
    "brigades",
    "bandits",
    "attackers",
    "assailants",
    "militiamen",
    "guerrillas",
    "terrorists",
    "extremists",
    "maoists",
    "naxals",
    "naxalites",
    "separatists",
    // ("gang members set fire to a city bus")
    "gang",
    "gangs",
    "gangsters",
];
const TERRITORY: &[&str] = &[
    "town",
    "city",
    "village",
    "villages",
    "hamlet",
    "hamlets",
    "community",
    "communities",
    "territory",
    "positions",
    "position",
    "post",
    "posts",
    "outpost",
    "outposts",
    "base",
    "bases",
    "camp",
    "barracks",
    "checkpoint",
    "checkpoints",
    "control",
    "area",
    "district",
    "region",
    "settlement",
    "airport",
    "bridge",
    "hill",
    "headquarters",
    "garrison",
    "stronghold",
    "capital",
    "province",
    "key",
    "strategic",
    "the",
    "most",
    "parts",
    "part",
];
const ANAPHORS: &[&str] = &[
    "the", "this", "that", "these", "those", "its", "their", "latest", "same",
];

/// True when a truce word stands near a breach word ("violating the truce", "the ceasefire,
/// which both sides violated").
fn truce_near(text: &str, span: Span) -> bool {
    let window = crate::text::widen(text, span, 120, 80, Span::new(0, text.len()))
        .slice(text)
        .unwrap_or("")
        .to_ascii_lowercase();
    [
        "ceasefire",
        "cease-fire",
        "truce",
        "armistice",
        "agreement",
        "accord",
        "deal",
        "pact",
        "moratorium",
    ]
    .iter()
    .any(|w| window.contains(w))
}

/// What an interception verb ("destroyed", "shot down") tells of what it names.
enum Downed {
    /// "shot down 12 drones", "40 drones were destroyed": a weapon in flight stopped.
    Intercepted,
    /// "A Russian missile destroyed a school", "its air force destroyed a column of combat
    /// vehicles": an attack, a strike when fired from a distance or from the air.
    Attack { ranged: bool },
    /// Nothing of war is named.
    Nothing,
}

/// Weapons that fly: what air defences stop.
const AIRBORNE: &[&str] = &[
    "drone",
    "missile",
    "cruise missile",
    "ballistic missile",
    "hypersonic missile",
    "rocket",
    "glide bomb",
    "bomb",
    "airstrike",
];

/// Military targets an attack destroys ("a column of vehicles", "an ammunition depot").
const MILITARY_TARGETS: &[&str] = &[
    "column",
    "columns",
    "convoy",
    "convoys",
    "vehicle",
    "vehicles",
    "depot",
    "depots",
    "launcher",
    "launchers",
    "positions",
    "headquarters",
    "radar",
    "radars",
    "fortifications",
    "trenches",
    "stockpile",
    "stockpiles",
];

/// Air arms as the subject of an attack ("its air force destroyed ...").
const AIR_ARMS: &[&str] = &[
    "force",
    "aviation",
    "warplanes",
    "aircraft",
    "jets",
    "helicopters",
];

/// Reads an interception verb at `verb` of `clause`: a flying weapon after it, or before it
/// in the passive, was intercepted; a weapon before it in the active voice ("A Russian missile
/// destroyed a school"), a ground weapon or a military target after it was an attack.
fn downed(text: &str, clause: Span, verb: Span, whits: &[WeaponHit]) -> Downed {
    let airborne = |w: &&WeaponHit| is_one_of(&w.entry.kind, AIRBORNE);
    let passive = any_word_before(
        text,
        clause.start,
        verb.start,
        1,
        true,
        &["was", "were", "been", "being", "be", "is", "are"],
    );
    let after = |w: &&WeaponHit| w.span.start >= verb.end;
    if whits.iter().filter(after).any(|w| airborne(&w))
        || passive && whits.iter().any(|w| airborne(&w))
    {
        return Downed::Intercepted;
    }
    let ranged = whits.iter().any(|w| w.entry.ranged);
    if !whits.is_empty() {
        return Downed::Attack { ranged };
    }
    let target = words_after::<6>(text, verb.end, clause.end, true)
        .iter()
        .any(|(_, w)| is_one_of(w, MILITARY_TARGETS));
    if target {
        let from_air = any_word_before(text, clause.start, verb.start, 4, true, AIR_ARMS);
        return Downed::Attack { ranged: from_air };
    }
    Downed::Nothing
}

fn kept(
    text: &str,
    clause: Span,
    h: &super::lexicon::Hit<'static, Trigger>,
    whits: &[WeaponHit],
) -> Option<Kept> {
    let has_ranged = whits.iter().any(|w| w.entry.ranged);
    let f = h.entry.flags;
    let surface = h.span.slice(text).unwrap_or("");
    if f.block || (f.lower && !surface.chars().next().is_some_and(char::is_lowercase)) {
        return None;
    }
    // "the arrest of three suspects ... in connection with the Hanover Park shooting", "The
    // victims of Sunday's attack will be buried on Saturday": a reference to what was told,
    // no act of its own
    // (Speed: the words before are read first; the text searched only after them)
    const REFERENCES: [(&str, &str); 2] = [
        ("connection", "in connection with the "),
        ("victims", "victims of "),
    ];
    if matches!(h.entry.kind, EventKind::Strike | EventKind::Clash)
        && REFERENCES.iter().any(|(word, phrase)| {
            any_word_before(text, clause.start, h.span.start, 8, false, &[word])
                && text
                    .get(clause.start..h.span.start)
                    .and_then(|b| b.rfind(phrase))
                    .is_some_and(|at| {
                        text.get(clause.start + at + phrase.len()..h.span.start)
                            .is_some_and(|gap| gap.split_whitespace().count() <= 3)
                    })
        })
    {
        return None;
    }
    if f.violation && !truce_near(text, h.span) {
        return None; // "violated the company's policy": no truce broken
    }
    // "three mobile teams carried out 1,026 consultations": consultations counted in figures
    // are a service's, no talks
    if surface.eq_ignore_ascii_case("consultations")
        && last_words::<1>(text, clause.start, h.span.start, true)[0]
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    if ends_with_ci(surface, "round") {
        // "a round of shelling" is no meeting; "round of talks" is matched whole
        if word_after(text, h.span.end, clause.end, true).is_some_and(|(_, w)| w == "of") {
            return None;
        }
        // "fired another round at the car": a shot
        if any_word_before(
            text,
            clause.start,
            h.span.start,
            2,
            true,
            &["fired", "fire", "fires", "firing", "shot"],
        ) {
            return None;
        }
    }
    let mut kind = h.entry.kind;
    let mut role = Role::Event;
    let mut attack_word = false;
    let mut sub_kind: &'static str = &h.entry.sub_kind;
    if f.weapon {
        if has_ranged {
            kind = EventKind::Strike;
        } else if is_one_of(surface, &["hit", "targeted"]) {
            role = Role::Continuation;
        } else if starts_with_ci(surface, "set fire")
            && any_word_before(text, clause.start, h.span.start, 7, false, ARMED)
        {
            // "Hooded gunmen set fire to nine trucks": arson by armed men
            kind = EventKind::Strike;
            sub_kind = "arson";
        } else if starts_with_ci(surface, "explosion")
            && (clause_has(text, clause, h.span, DAMAGED)
                || blast_at_a_home(text, h.span.end, clause.end))
        {
            // "A powerful explosion damaged the entrance of an apartment building": a blast
            // that did harm is a bombing, told without its device
            kind = EventKind::Strike;
            sub_kind = "remote explosive/landmine/IED";
        } else {
            return None;
        }
    }
    if f.attack {
        attack_word = true;
        kind = if has_ranged {
            sub_kind = ""; // "fired on the town with artillery": a strike, typed by its weapon
            EventKind::Strike
        } else {
            EventKind::Clash
        };
    }
    // "gunmen attacked the hamlet of Ndila", "stormed two churches": a one-sided attack on
    // unarmed people or their places (ACLED's attack on civilians: a strike once its mentions
    // are merged, unless an armed side was its target too), not a fight between armed sides;
    // a clan's gunmen against a rival clan's village stay a clash
    if kind == EventKind::Clash
        && (["attack", "fire", "storm", "shot", "gunned"]
            .iter()
            .chain(DRIVEN_INTO)
            .any(|v| starts_with_ci(surface, v))
            || ends_with_ci(surface, "opened fire")
            || ends_with_ci(surface, "open fire"))
        && (object_is(text, h.span.end, clause.end, SOFT_TARGETS)
            || object_is(text, h.span.end, clause.end, CIVILIAN_GENERIC))
        && !any_word_before(text, clause.start, h.span.start, 12, false, CLANS)
    {
        sub_kind = super::merge::ATTACK_ON_CIVILIANS;
    }
    // "a driver plowed into students who were blocking a crossroads": a vehicle driven into
    // people is an attack on them (not "a truck ploughed into a bus", an accident)
    if ends_with_ci(surface, " into")
        && !(object_is(text, h.span.end, clause.end, CIVILIAN_GENERIC)
            || object_is(text, h.span.end, clause.end, SHOT_PEOPLE)
            || object_is(
                text,
                h.span.end,
                clause.end,
                &["crowd", "crowds", "pedestrians"],
            ))
        && DRIVEN_INTO.iter().any(|v| starts_with_ci(surface, v))
    {
        return None;
    }
    // "an improvised explosive device went off during a combing operation", "while on a
    // search operation": an operation told as the setting of what happened is no event of
    // its own ("Army and PMF 12-14 March conducted large-scale clearance operation" is)
    // (nor the subject "The combing operations are continuing": the one told before)
    if h.entry.sub_kind == "patrol"
        && (ends_with_ci(surface, "operation") || ends_with_ci(surface, "operations"))
        && (last_words::<4>(text, clause.start, h.span.start, true)
            .iter()
            .any(|w| is_one_of(w, &["during", "while", "amid", "in", "on"]))
            || text
                .get(clause.start..h.span.start)
                .is_some_and(|lead| lead.trim().eq_ignore_ascii_case("the")))
    {
        return None;
    }
    // "a GOF post on Pulau Sebangkat came under fire from an unidentified boat, but no one was
    // hurt", "Shots were also fired at the Mafeteng police station ..., but no one was
    // injured": fire that hurt no one and that no one is told to return is an attack on the
    // post, not a fight ("came under fire ... and officers returned fire" is one, and so is
    // fire that wounds soldiers)
    if kind == EventKind::Clash
        && (ends_with_ci(surface, "under fire")
            || starts_with_ci(surface, "fired") && passive_before(text, h.span.start))
        && sentence_tells(text, h.span, NO_ONE_HURT)
        && !sentence_tells(text, h.span, RETURNED_FIRE)
    {
        kind = EventKind::Strike;
        sub_kind = "";
        attack_word = false;
    }
    // "gendarmes and police deployed along the Route Le Prince fired tear gas", "resisted by
    // Indian Army troops deployed in the area", "the security forces deployed to police
    // demonstrations comply": a participle that says where forces stand, told of forces
    // that do something else or are the object of another verb, is no deployment
    if surface.eq_ignore_ascii_case("deployed") && reduced_relative_deployed(text, clause, h.span) {
        return None;
    }
    // "security forces killed more than 150 people at an opposition rally": armed men who
    // kill at a protest attack the protesters; the killing is the event, not the rally
    if kind == EventKind::Protest
        && armed_killers(&lower(text, clause)).is_some_and(|v| clause.start + v < h.span.start)
    {
        kind = EventKind::Clash;
        sub_kind = super::merge::ATTACK_ON_CIVILIANS;
    }
    // "gendarmes and soldiers raided homes ..., beating residents and arresting at least 64
    // people", "arrested five men ... in a raid on a water village": a raid that makes
    // arrests is a security operation told by its arrests, no attack
    if starts_with_ci(surface, "raid") && clause_has(text, clause, h.span, ARRESTING) {
        kind = EventKind::Other;
        sub_kind = "arrests";
    }
    // "A 14-year-old boy was shot in the back": a bare "shot" is a shooting only in the
    // passive, telling of its victim, a person named before it (not "The film was shot in
    // Conakry"); the unarmed shot are the targets of a one-sided attack
    if surface.eq_ignore_ascii_case("shot") {
        let subject = last_words::<6>(text, clause.start, h.span.start, false);
        if !is_one_of(subject[0], &["was", "were", "been", "being"]) {
            return None;
        }
        let person = |w: &str| {
            is_one_of(w, casualties::SINGLE_PERSON)
                || is_one_of(w, CIVILIAN_GENERIC)
                || is_one_of(w, SHOT_PEOPLE)
                || ends_with_ci(w, "-old")
        };
        if !subject.iter().any(|w| person(w)) {
            return None;
        }
        if !subject
            .iter()
            .any(|w| is_one_of(w, ARMED) || is_one_of(w, ARMED_GENERIC) || is_one_of(w, SHOT_ARMED))
        {
            sub_kind = super::merge::ATTACK_ON_CIVILIANS;
        }
    }
    // "officers were attacked with petrol bombs, masonry and fireworks during disorder in
    // the Creggan area": a ground attack told as part of disorder is a riot (not a shooting:
    // "shot dead ... while observing rioting")
    if kind == EventKind::Clash
        && attack_word
        && starts_with_ci(surface, "attack")
        && clause_has(text, clause, h.span, DISORDER)
    {
        kind = EventKind::Protest;
        sub_kind = "riot";
    }
    // "air defences had repelled a massive drone attack": the air attack is the event, told
    // by its own trigger, not a ground assault beaten back
    if kind == EventKind::Clash
        && is_one_of(surface, &["repelled", "repulsed"])
        && whits
            .iter()
            .any(|w| w.span.start >= h.span.end && is_one_of(&w.entry.kind, AIRBORNE))
    {
        return None;
    }
    if f.intercept {
        match downed(text, clause, h.span, whits) {
            // "shot down an IRGC surveillance drone": a scout downed, no attack beaten off
            Downed::Intercepted
                if words_after::<5>(text, h.span.end, clause.end, true)
                    .iter()
                    .any(|(_, w)| is_one_of(w, SCOUTING)) =>
            {
                kind = EventKind::MilitaryActivity;
                sub_kind = "interception";
            }
            Downed::Intercepted => role = Role::Interception,
            Downed::Attack { ranged } => {
                kind = if ranged {
                    EventKind::Strike
                } else {
                    EventKind::Clash
                };
                sub_kind = "";
            }
            Downed::Nothing => return None,
        }
    }
    if f.captives && !object_is(text, h.span.end, clause.end, CAPTIVES)
        || f.troops
            && !object_is(text, h.span.end, clause.end, TROOPS)
            && !passive_subject_is(text, clause.start, h.span.start, TROOPS)
        || f.road
            && (!object_is(text, h.span.end, clause.end, ROADS)
                || any_word_before(text, clause.start, h.span.start, 12, false, ARMED_GENERIC))
        || f.envoy && !object_is(text, h.span.end, clause.end, ENVOYS)
        || f.foe && !object_is(text, h.span.end, clause.end, ARMED)
    {
        return None;
    }
    // "components of an improvised explosive device were found at the scene", "sappers
    // defused an improvised explosive device found on the roadside": a device found,
    // seized or made safe in a clause where nothing goes off is no attack
    if h.entry.sub_kind == "remote explosive/landmine/IED"
        && !is_one_of(surface, &["detonated", "mine blast"])
        && clause_has(text, clause, h.span, DEVICE_FOUND)
        && !clause_has(text, clause, h.span, DEVICE_WENT_OFF)
    {
        return None;
    }
    // "summoned Pakistan's chargé d'affaires to protest the attack": the summons is the
    // protest, a diplomatic one, no demonstration
    if kind == EventKind::Protest
        && last_words::<1>(text, clause.start, h.span.start, false)[0].eq_ignore_ascii_case("to")
        && any_word_before(text, clause.start, h.span.start, 10, false, SUMMONS)
    {
        return None;
    }
    // "An inter-agency assessment mission to Mucojo will be deployed": aid workers or
    // assessors sent, no military deployment
    if h.entry.sub_kind == "deployment" && civilian_mission(text, clause, h.span) {
        return None;
    }
    if f.place {
        let after = words_after::<3>(text, h.span.end, clause.end, true);
        let first = after.first().map(|(_, w)| *w).unwrap_or("");
        let ok = after.iter().any(|(_, w)| {
            is_one_of(w, TERRITORY) || w.chars().next().is_some_and(char::is_uppercase)
        });
        let participle = matches!(first, "in" | "by" | "during" | "at" | "from" | "on");
        // "entered talks", "entered into force", "entered office": no ground
        let ok = ok
            && !is_one_of(
                first,
                &[
                    "talks",
                    "negotiations",
                    "into",
                    "office",
                    "politics",
                    "service",
                ],
            );
        // "Moqokori had been retaken by government troops": a place taken, named as the
        // subject of the passive
        let passive_place = first == "by" && {
            let before = last_words::<4>(text, clause.start, h.span.start, true);
            let aux = before
                .iter()
                .position(|w| is_one_of(w, &["was", "were", "been", "is", "are", "be"]));
            // (a name or a place noun, not "He", "The", nor TERRITORY's determiners)
            let placey = |w: &str| {
                if w.chars().next().is_some_and(char::is_uppercase) {
                    !is_one_of(w, &["he", "she", "they", "it", "we", "i", "the", "a", "an"])
                } else {
                    is_one_of(w, TERRITORY)
                        && !is_one_of(
                            w,
                            &[
                                "the",
                                "key",
                                "strategic",
                                "most",
                                "parts",
                                "part",
                                "control",
                            ],
                        )
                }
            };
            aux.is_some_and(|i| before.iter().skip(i + 1).any(|w| placey(w)))
        };
        if !passive_place && (!ok || participle) || share_held(text, h.span.end, clause.end) {
            return None;
        }
    }
    // "a navy patrol vessel entered Guyana's waters", "jets entered Estonian airspace": an
    // incursion by any craft, no fight
    let incursion = surface.eq_ignore_ascii_case("entered")
        && words_after::<4>(text, h.span.end, clause.end, true)
            .iter()
            .any(|(_, w)| is_one_of(w, &["waters", "airspace"]));
    if incursion {
        kind = EventKind::MilitaryActivity;
        sub_kind = "incursion";
    }
    // (up to seven words back: "Fighters from the Viv Ansanm coalition entered")
    if f.armed && !incursion && !any_word_before(text, clause.start, h.span.start, 7, false, ARMED)
    {
        return None;
    }
    if f.spoken && !spoken_to(text, clause, h.span) {
        return None;
    }
    // "It was the North's third ballistic missile launch this year", "It was the fifth such
    // incursion this month": a count of events told before, no event of its own
    if counted_again(text, clause, h.span) {
        return None;
    }
    // "North Korea fired two ballistic missiles into the East Sea": a launch into the sea
    // hits no one; a weapons test or a show of force
    if kind == EventKind::Strike && is_one_of(surface, &["fired", "launched", "fires", "launches"])
    {
        let after = words_after::<14>(text, h.span.end, clause.end, false);
        let into_sea = after.iter().enumerate().any(|(i, (_, w))| {
            *w == "into"
                && after
                    .iter()
                    .skip(i + 1)
                    .take(4)
                    .any(|(_, v)| is_one_of(v, &["sea", "waters", "ocean"]))
        });
        if into_sea {
            kind = EventKind::MilitaryActivity;
            sub_kind = "weapons test";
        }
    }
    Some(Kept {
        violation: f.violation,
        span: h.span,
        kind,
        sub_kind,
        role,
        attack_word,
        statement: f.statement,
        kills: f.kills,
        intercepts: role == Role::Interception,
    })
    .filter(|_| {
        // The four words before, nearest first, as written (Speed: borrowed, compared
        // ignoring ASCII case, not lower-cased copies; read only for a trigger the checks
        // above kept).
        let before = last_words::<4>(text, clause.start, h.span.start, false);
        // Speed: the cheap checks first, each ending the test when it fails.
        let [w0, w1, ..] = before;
        let negated = [w0, w1]
            .iter()
            .any(|w| is_one_of(w, &["without", "no", "not", "any"]));
        // "the RSF, which has been at war with the army since April 2023": a state, no
        // incident
        let at_war = w0.eq_ignore_ascii_case("at") && surface.eq_ignore_ascii_case("war");
        // "did not comment on the attacks": attacks told of before, talked about
        let commented = before
            .iter()
            .take(3)
            .any(|w| is_one_of(w, &["comment", "commented", "commenting", "comments"]));
        // "to discuss a ceasefire proposal": a truce or deal talked about, not made
        let topic = matches!(h.entry.kind, EventKind::Ceasefire | EventKind::Agreement)
            && before.iter().take(3).any(|w| {
                is_one_of(
                    w,
                    &[
                        "discuss",
                        "discussed",
                        "discusses",
                        "discussing",
                        "consider",
                        "considering",
                    ],
                )
            });
        // "a possible exchange of prisoners", "a potential truce": a prospect, not a deal
        let prospect = matches!(h.entry.kind, EventKind::Ceasefire | EventKind::Agreement)
            && is_one_of(w0, &["possible", "potential", "eventual"]);
        // "to mark the 10th anniversary of the 2016 peace accord": a day that remembers it
        let remembered =
            || any_word_before(text, clause.start, h.span.start, 6, true, &["anniversary"]);
        // "The army has promised a new offensive": an intention with no time, no event (one
        // with a verb and a time is planned: "vowed to launch an offensive next week")
        let promised = matches!(h.entry.kind, EventKind::Strike | EventKind::Clash)
            && before.iter().any(|w| {
                is_one_of(
                    w,
                    &[
                        "promised", "promises", "vowed", "vows", "pledged", "pledges",
                    ],
                )
            })
            && !before.iter().any(|w| w.eq_ignore_ascii_case("to"));
        // "Despite the ceasefire between Israel and Hezbollah, ...": a truce in force, told
        // as the backdrop
        let despite = [w0, w1]
            .iter()
            .any(|w| is_one_of(w, &["despite", "notwithstanding"]));
        // "is trying to stop attacks on Israel", "to prevent further raids": what is to be
        // stopped is no incident
        let to_stop = matches!(h.entry.kind, EventKind::Strike | EventKind::Clash)
            && before.iter().take(3).any(|w| {
                is_one_of(
                    w,
                    &[
                        "stop", "prevent", "deter", "halt", "curb", "avert", "thwart",
                    ],
                )
            })
            && before.iter().any(|w| w.eq_ignore_ascii_case("to"));
        // "The attack comes as fighting between the army and Fano spreads across the region":
        // a trend told in the present as the backdrop of what happened; so is one told in the
        // present perfect ("where fighting has intensified since mid-August", "fighting with
        // the TNLA has resumed") or carried on ("the military continued its air campaign")
        let violent_kind = matches!(h.entry.kind, EventKind::Strike | EventKind::Clash);
        let carried_on = || {
            is_one_of(w0, &["its", "their"])
                && is_one_of(w1, &["continued", "continues", "continuing", "pressed"])
        };
        let trend = violent_kind
            && (carried_on() || {
                let after = text.get(h.span.end..clause.end).unwrap_or("");
                let after = after.get(..after.len().min(90)).unwrap_or(after);
                let as_before = w0.eq_ignore_ascii_case("as");
                // (Speed: the words after are read only after "as" or with a "has"/"have")
                (as_before || after.contains(" ha")) && {
                    let mut words = after.split_whitespace().take(10).peekable();
                    let mut found = false;
                    while let Some(w) = words.next() {
                        let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
                        found |= as_before && is_one_of(w, TREND_VERBS)
                            || is_one_of(w, &["has", "have"])
                                && words.peek().is_some_and(|n| {
                                    is_one_of(
                                        n.trim_matches(|c: char| !c.is_ascii_alphabetic()),
                                        TREND_PERFECT,
                                    )
                                });
                    }
                    found
                }
            });
        if negated
            || at_war
            || trend
            || commented
            || topic
            || prospect
            || promised
            || despite
            || to_stop
            || remembered()
        {
            return false;
        }
        let any_before = |set: &[&str]| before.iter().any(|w| is_one_of(w, set));
        let violent = matches!(kind, EventKind::Strike | EventKind::Clash);
        // "has fired rockets into Israel almost daily since October": a habit told after
        // its verb
        let habit_after = || {
            let rest = text.get(h.span.end..clause.end).unwrap_or("").as_bytes();
            HABIT_WORD_FINDERS.iter().any(|f| f.find(rest).is_some())
                && HABIT_AFTER_FINDERS.iter().any(|f| f.find(rest).is_some())
        };
        // "which has been fighting to topple the government since 2006": a state of long
        // standing, told in the perfect progressive
        let ongoing = violent
            && surface.ends_with("ing")
            && w0.eq_ignore_ascii_case("been")
            && is_one_of(w1, &["has", "have", "had"]);
        // "The Houthis have launched dozens of attacks on shipping since November 2023": a
        // campaign summed up in the perfect, its start in the "since" clause after it, is no
        // one incident
        let campaign = || {
            let many = || {
                let c = clause.slice(text).unwrap_or("");
                [
                    "dozens of",
                    "scores of",
                    "hundreds of",
                    "thousands of",
                    "numerous",
                ]
                .iter()
                .any(|q| find_once(c.as_bytes(), q.as_bytes()).is_some())
            };
            // "since November 2023", "since 2019": a start months or years back, not a day
            let long_since = || {
                let after = words_after::<2>(text, clause.end + 6, text.len(), true);
                let mut words = after.iter().map(|(_, w)| *w);
                let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
                let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
                let year = |w: &str| w.len() == 4 && digits(w);
                year(first)
                    || (crate::time::lexicon::month(first).is_some()
                        && (year(second) || !digits(second)))
            };
            // (Speed: the cheap tests first; the searches for "dozens of" last)
            violent
                && text
                    .get(clause.end..)
                    .is_some_and(|rest| starts_with_ci(rest, "since "))
                && any_word_before(text, clause.start, h.span.start, 8, false, &["has", "have"])
                && (surface.ends_with('s') || many() || long_since())
        };
        // "the 7.7-magnitude quake struck", "a storm hit the coast": nature, not an attack
        // (as the verb's subject, just before it: "after the earthquake, the military bombed
        // villages" is an attack)
        if violent && any_word_before(text, clause.start, h.span.start, 2, true, HAZARDS) {
            return false;
        }
        // "the group that has fought Israel for more than three decades": a struggle of long
        // standing, told in the perfect with its length in years
        // (Speed: the words after are read only after a perfect)
        let long_struggle = || {
            violent
                && is_one_of(w0, &["has", "have", "had"])
                && words_after::<10>(text, h.span.end, clause.end, true)
                    .iter()
                    .skip_while(|(_, w)| !w.eq_ignore_ascii_case("for"))
                    .take(5)
                    .any(|(_, w)| {
                        is_one_of(w, &["years", "decades", "decade", "months", "centuries"])
                    })
        };
        // "Israel's offensive has since killed more than 46,000 Palestinians": the running
        // toll of a campaign, not an incident (the figure is read as a toll of its own)
        let running_toll = || {
            // (past the clause's end: "since" here is no clause of its own)
            // (a campaign's noun, or "since": "strikes have killed 60 people over the past
            // week" is a window's toll, an event)
            // (Speed: the words after are read only after a byte test for " has"/" have")
            let rest = text.get(h.span.end..).unwrap_or("");
            if !violent || !(starts_with_ci(rest, " has ") || starts_with_ci(rest, " have ")) {
                return false;
            }
            let after = words_after::<3>(text, h.span.end, text.len(), true);
            let mut words = after.iter().map(|(_, w)| *w);
            let campaign_noun = is_one_of(
                surface,
                &[
                    "offensive",
                    "campaign",
                    "invasion",
                    "war",
                    "bombardment",
                    "operation",
                ],
            );
            words.next().is_some_and(|w| is_one_of(w, &["has", "have"]))
                && words.next().is_some_and(|w| {
                    (campaign_noun && is_one_of(w, &["killed", "left", "claimed"]))
                        || w.eq_ignore_ascii_case("since")
                })
        };
        // "the Iran-aligned Houthis, who have attacked shipping in the Red Sea": what a party
        // has done, told in the perfect of a relative clause, describes it
        let described_party =
            violent && is_one_of(w0, &["has", "have"]) && is_one_of(w1, &["who", "which", "that"]);
        // "The Houthis, who attacked dozens of ships in the Red Sea during the Gaza war": what
        // a party did in a war told as a whole describes it
        // (Speed: the words after are read only after a relative pronoun)
        let party_in_war = || {
            violent
                && is_one_of(w0, &["who", "which"])
                && words_after::<12>(text, h.span.end, clause.end, true)
                    .iter()
                    .skip_while(|(_, w)| !w.eq_ignore_ascii_case("during"))
                    .take(4)
                    .any(|(_, w)| w.eq_ignore_ascii_case("war"))
        };
        // "has repeatedly accused the military of bombing civilians": a charge of a habit,
        // made in the perfect or with an adverb of habit, names no incident; nor does a
        // charge of doing something to people or things in general ("accused the militias of
        // blocking roads and kidnapping civilians for ransom": a bare plural after the verb)
        // (Speed: the words before "accused" are read only after it)
        let charged_habit = || {
            let of_or_and = w0.eq_ignore_ascii_case("of") || w0.eq_ignore_ascii_case("and");
            if !((violent || h.entry.kind == EventKind::Other) && of_or_and) {
                return false;
            }
            // (Speed: the words are read only when "accus" stands in the 100 bytes before)
            let near = crate::text::widen(text, h.span, 100, 0, clause);
            if !text
                .get(near.start..h.span.start)
                .is_some_and(|t| t.contains("accus"))
            {
                return false;
            }
            // ("of blocking roads and kidnapping civilians": "of" a few words back)
            let wide = last_words::<8>(text, clause.start, h.span.start, true);
            let of_ok = wide
                .iter()
                .position(|w| w.eq_ignore_ascii_case("of"))
                .is_some_and(|o| o == 0 || w0.eq_ignore_ascii_case("and") && o <= 4);
            let general = || bare_plural_after(text, h.span.end, clause.end);
            of_ok
                && wide.iter().any(|w| {
                    let at = crate::text::offset_in(text, w);
                    is_one_of(w, &["accused", "accuse", "accuses", "accusing"])
                        && (last_words::<2>(text, clause.start, at, true)
                            .iter()
                            .any(|x| is_one_of(x, HABITUAL) || is_one_of(x, &["has", "have"]))
                            || general())
                })
        };
        let habitual = (any_before(HABITUAL) && (violent || f.violation))
            || charged_habit()
            || described_party
            || party_in_war()
            || running_toll()
            || (f.statement
                && (is_one_of(w0, &["has", "have"])
                    || any_before(HABITUAL)
                    // "Baku has so far rejected the idea": a stance held, no statement made
                    || w0.eq_ignore_ascii_case("far")
                        && w1.eq_ignore_ascii_case("so")
                        && is_one_of(before[2], &["has", "have"])))
            || long_struggle()
            || (violent && habit_after())
            || ongoing
            || campaign();
        if habitual {
            return false;
        }
        if !f.statement {
            // "may" only as the verb (lower case), never the month ("May 14")
            let window = text
                .get(clause.start.max(h.span.start.saturating_sub(40))..h.span.start)
                .unwrap_or("");
            // (Speed: a look at the 40 bytes for "may" before the split into words; no
            // searcher built for so short a text)
            let may = || {
                window.as_bytes().windows(3).any(|w| w == b"may")
                    && window
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w == "may")
            };
            // "would resume strikes on shipping if fighting in Gaza restarted": a threat on a
            // condition
            // (the clause may end at the condition: "unless" opens a clause of its own)
            let on_condition = || {
                let rest = text.get(h.span.end..).map_or("", |r| {
                    // (a trigger may run past its clause's end: "session of the")
                    r.get(..clause.end.saturating_sub(h.span.end) + 8)
                        .unwrap_or(r)
                });
                (rest.contains(" if ") || rest.contains(" unless "))
                    && any_word_before(
                        text,
                        clause.start,
                        h.span.start,
                        6,
                        false,
                        &["would", "will"],
                    )
            };
            if any_before(HYPOTHETICAL) || may() || on_condition() {
                return false; // hypothetical
            }
            // "a commander who had been planning attacks against civilians": attacks plotted
            if violent && any_before(&["planning", "plotting", "plotted", "plan"]) {
                return false;
            }
        }
        let after2 = words_after::<2>(text, h.span.end, clause.end, true);
        let described = kind == EventKind::Meeting
            && after2.first().is_some_and(|(_, w)| {
                matches!(*w, "are" | "is" | "remain" | "remained" | "were" | "was")
            })
            && after2.get(1).is_some_and(|(_, w)| {
                !matches!(
                    *w,
                    "expected"
                        | "due"
                        | "set"
                        | "scheduled"
                        | "planned"
                        | "to"
                        | "under"
                        | "being"
                        | "likely"
                        | "going"
                        | "held"
                        | "taking"
                        | "underway"
                )
            });
        // (the first and second word after the trigger, "" past the clause)
        let next = |i: usize| after2.get(i).map_or("", |(_, w)| *w);
        // "the threat level is substantial, meaning an attack is likely": an attack judged
        // likely or feared is none
        if violent
            && matches!(
                next(0),
                "is" | "are" | "was" | "were" | "remains" | "remain"
            )
            && matches!(
                next(1),
                "likely" | "unlikely" | "possible" | "probable" | "imminent" | "feared"
            )
        {
            return false;
        }
        // "as ceasefire talks have stalled": talks in a state, no round held
        let stalled = kind == EventKind::Meeting && {
            let stuck = |w: &str| matches!(w, "stalled" | "faltered" | "foundered" | "stalling");
            stuck(next(0))
                || matches!(next(0), "have" | "has" | "had" | "are" | "remain") && stuck(next(1))
        };
        let described = described || stalled;
        let plural_next = after2.first().is_some_and(|(_, w)| {
            w.ends_with('s') && w.chars().next().is_some_and(char::is_lowercase) && w.len() > 3
        });
        // ("several hundred protesters gathered", "many demonstrators marched": a crowd's
        // size, not a run of protests)
        let crowd = is_one_of(surface, CROWDS) || is_one_of(w0, &["hundred", "thousand", "dozen"]);
        let generic = [w0, w1]
            .iter()
            .any(|w| is_one_of(w, &["previous", "past", "repeated", "several", "many"]))
            && (plural_next || surface.ends_with('s'))
            && !crowd;
        // "the strikes have become more frequent", "attacks grew deadlier": a trend, no
        // incident
        let trend =
            matches!(kind, EventKind::Strike | EventKind::Clash) && surface.ends_with('s') && {
                let changed = |w: &str| {
                    matches!(
                        w,
                        "become"
                            | "grown"
                            | "intensified"
                            | "increased"
                            | "escalated"
                            | "multiplied"
                    )
                };
                matches!(next(0), "have" | "has" | "had") && changed(next(1))
                    || matches!(next(0), "became" | "grew" | "are" | "were")
                        && matches!(
                            next(1),
                            "more" | "less" | "increasingly" | "frequent" | "rarer"
                        )
            };
        // "two civilians detained in Kherson Oblast in 2022": people described by what was
        // done to them (a participle after its noun), not the act told
        let described_captives = matches!(h.entry.sub_kind.as_str(), "arrests" | "abduction")
            && w0.len() > 3
            && w0.ends_with('s')
            && w0.chars().next().is_some_and(char::is_lowercase)
            && !is_one_of(w0, ARMED)
            && !is_one_of(
                w0,
                &["police", "authorities", "officers", "agents", "guards"],
            )
            && matches!(next(0), "in" | "during" | "at" | "since" | "after" | "from");
        // "efforts to rescue the abducted victims", "rescued 14 kidnapped victims": a
        // participle before its noun describes the people, it tells no act
        let before_noun = matches!(h.entry.sub_kind.as_str(), "arrests" | "abduction")
            && surface.ends_with("ed")
            && (is_one_of(
                w0,
                &[
                    "the", "those", "these", "their", "his", "her", "its", "our", "all", "other",
                ],
            ) || w0.bytes().all(|b| b.is_ascii_digit()) && !w0.is_empty())
            && next(0).len() > 2
            && next(0).chars().next().is_some_and(char::is_lowercase)
            && !is_one_of(
                next(0),
                &[
                    "by", "in", "on", "at", "from", "during", "and", "or", "to", "with", "for",
                    "after", "since", "last", "this", "earlier", "near", "outside", "while",
                ],
            );
        // "This is the third attack on Mucojo since August": the attack just told, counted
        let counted = violent
            && is_one_of(
                w0,
                &[
                    "second", "third", "fourth", "fifth", "sixth", "seventh", "latest",
                ],
            )
            && w1.eq_ignore_ascii_case("the")
            && is_one_of(
                before[2],
                &["is", "was", "marks", "marked", "marking", "it's"],
            );
        // "the 'three borders' zone where Niger, Mali and Burkina Faso meet": borders meeting,
        // no talks
        let borders_meet =
            kind == EventKind::Meeting && is_one_of(surface, &["meet", "meets"]) && {
                // (the place's name may hold commas: read past the clause's start)
                let back = last_words::<8>(text, 0, h.span.start, false);
                back.iter()
                    .find(|w| w.eq_ignore_ascii_case("where"))
                    .is_some_and(|w| {
                        let spot =
                            last_words::<1>(text, 0, crate::text::offset_in(text, w), false)[0];
                        let spot = spot.trim_end_matches(['"', '\'', '\u{201d}']);
                        is_one_of(
                            spot,
                            &[
                                "zone",
                                "area",
                                "region",
                                "point",
                                "junction",
                                "triangle",
                                "border",
                                "borders",
                                "frontier",
                                "frontiers",
                                "corner",
                                "confluence",
                                "tri-border",
                            ],
                        )
                    })
            };
        // "as rallies of two parties meet at Ghantaghar": crowds meeting in the street, no talks
        let crowds_meet = kind == EventKind::Meeting
            && is_one_of(surface, &["meet", "meets", "met"])
            && last_words::<5>(text, 0, h.span.start, false)
                .iter()
                .any(|w| is_one_of(w, MEETING_CROWDS));
        // "killed in hostile acts since its deployment", "since their arrival": the noun after
        // "since" and a possessive marks when a span began, no act told
        let since_own =
            is_one_of(w0, &["its", "their", "his", "her"]) && w1.eq_ignore_ascii_case("since");
        let generic = generic
            || trend
            || described_captives
            || before_noun
            || counted
            || borders_meet
            || crowds_meet
            || since_own;
        let modal_after = after2
            .iter()
            .any(|(_, w)| matches!(*w, "could" | "might" | "may" | "would"))
            && !(kind == EventKind::Meeting && talks_will_take_place(text, h.span.end, clause.end));
        if described || generic || (modal_after && !f.statement) {
            return false;
        }
        if motive::<8>(text, clause.start, h.span.start) {
            return false;
        }
        if matches!(kind, EventKind::Agreement | EventKind::Ceasefire)
            && deal_not_made(text, clause, h.span)
        {
            return false;
        }
        // "seconds before the bomb exploded": a definite weapon going off is the blast told
        // before, named as a point in time, no mention of its own ("A bomb exploded" is one)
        if is_one_of(surface, &["exploded", "went off"])
            && (is_one_of(w1, &["the", "that"]) || is_one_of(w0, &["the", "that"]))
        {
            return false;
        }
        // "Iran cancelled the talks", "Talks ..., which had been scheduled for Sunday, were
        // called off": a meeting called off is none
        if kind == EventKind::Meeting && called_off(text, clause, h.span) {
            return false;
        }
        // the words before, lower-cased and joined, hold none of the suppressing phrases
        let suppressed = SUPPRESS_DFA.as_ref().is_some_and(|dfa| {
            joined_contains(dfa, before.iter().rev().copied().filter(|w| !w.is_empty()))
        });
        // "a wave of strikes that killed more than 400", "Israel launched a wave of strikes
        // against Iran": the aggregate is itself an incident, deadly or carried out by a
        // party, not a "string of attacks" told in passing; so are days of fighting with
        // their toll ("1,000 people have been killed in two days of clashes")
        let deadly_after = || {
            after2
                .iter()
                .any(|(_, w)| matches!(*w, "killed" | "killing" | "wounded" | "injured"))
        };
        let deadly_days = || {
            violent
                && any_before(&["days", "weeks"])
                && (deadly_after()
                    || any_word_before(text, clause.start, h.span.start, 8, true, DEADLY))
        };
        !suppressed
            || deadly_days()
            || (any_before(&["wave", "series", "string"])
                && (deadly_after()
                    || any_before(&[
                        "launched",
                        "launches",
                        "launching",
                        "carried",
                        "conducted",
                        "unleashed",
                        "mounted",
                    ])))
    })
}

/// Verbs of a deal turned down ("if it refused an unconditional 30-day ceasefire").
const REFUSED: &[&str] = &[
    "refused",
    "refuses",
    "refusing",
    "rejected",
    "rejects",
    "rejecting",
];

/// True when the eight words before the deal at `deal` say it was not made: broken
/// ("Hamas had reneged on parts of the agreement"), turned down within four words ("Russia
/// rejected an unconditional ceasefire"), or failed, a verb of failure and its "to"
/// within six words ("failing to agree on a ceasefire", "unable to reach a lasting truce":
/// past the four words the suppressing phrases see), or a party said to be no party to it
/// ("are not party to the agreement"). (Speed: the words are read once for all.)
fn deal_not_made(text: &str, clause: Span, deal: Span) -> bool {
    let words = last_words::<8>(text, clause.start, deal.start, true);
    // (nearest first: the word after a failure verb, toward the deal, is the one before it)
    words.iter().any(|w| is_one_of(w, RENEGED))
        || words.iter().take(4).any(|w| is_one_of(w, REFUSED))
        || words.iter().enumerate().take(6).skip(1).any(|(i, w)| {
            is_one_of(w, &["failed", "failing", "fail", "fails", "unable"])
                && words
                    .get(i - 1)
                    .is_some_and(|n| n.eq_ignore_ascii_case("to"))
        })
        // "are not party to the agreement": a party left out of a deal told of before
        || matches!(
            words,
            [_, to, party, ..]
                if to.eq_ignore_ascii_case("to") && party.eq_ignore_ascii_case("party")
        ) && words.iter().take(5).any(|w| is_one_of(w, &["not", "no", "never"]))
}

/// True when the word after `end` (before `ceil`) is a bare plural in lower case: people or
/// things in general ("kidnapping civilians", "blocking roads").
fn bare_plural_after(text: &str, end: usize, ceil: usize) -> bool {
    words_after::<1>(text, end, ceil, true)
        .first()
        .is_some_and(|(_, o)| {
            o.len() > 3
                && o.ends_with('s')
                && o.starts_with(|c: char| c.is_ascii_lowercase())
                && !is_one_of(o, &["his", "this", "its", "those", "these"])
        })
}

/// Verbs of a trend told in the present ("as fighting spreads", "as attacks intensify").
const TREND_VERBS: &[&str] = &[
    "spreads",
    "spread",
    "intensifies",
    "intensify",
    "escalates",
    "escalate",
    "rages",
    "rage",
    "grows",
    "grow",
    "mounts",
    "mount",
    "worsens",
    "worsen",
    "persists",
    "persist",
    "continues",
    "continue",
];

/// Participles of a change of trend told in the present perfect ("fighting has
/// intensified"); not of fighting that went on ("has raged in Khartoum since Saturday", a
/// window of days).
const TREND_PERFECT: &[&str] = &[
    "intensified",
    "escalated",
    "spread",
    "resumed",
    "worsened",
    "grown",
    "increased",
    "eased",
    "subsided",
];

/// People held by the other side, whose release is a deal's ("released 90 prisoners").
const CAPTIVES: &[&str] = &[
    "prisoners",
    "prisoner",
    "hostages",
    "hostage",
    "detainees",
    "captives",
    "captive",
    "POWs",
];

/// Troops sent somewhere.
const TROOPS: &[&str] = &[
    "troops",
    "soldiers",
    "reinforcements",
    "forces",
    "companies",
    "units",
    "contingents",
    "battalion",
    "battalions",
    "brigade",
    "brigades",
    "paratroopers",
    "marines",
    "commandos",
    "peacekeepers",
    // ("sent hundreds of fighters and several armored Humvees into the valley")
    "fighters",
    "tanks",
    // ("the state government sent 400 more officers")
    "officers",
    "policemen",
    "gendarmes",
    // ("detected 31 Chinese military aircraft and nine navy ships", "sent two warships")
    "aircraft",
    "warships",
    "vessels",
];

/// Roads blocked in protest.
const ROADS: &[&str] = &[
    "road", "roads", "highway", "highways", "street", "streets", "motorway", "bridge", "traffic",
];

/// True when one of `nouns` stands within five words after `pos` (before `end`) with no
/// preposition but "of" before it: the verb's object ("released 90 Palestinian prisoners",
/// "flew two companies of troops into the hamlet"; not "sent a letter to soldiers").
fn object_is(text: &str, pos: usize, end: usize, nouns: &[&str]) -> bool {
    let words = words_after::<5>(text, pos, end, true);
    // ("opened fire at a diving resort": the object after the verb's own "at")
    let skip = usize::from(
        words
            .first()
            .is_some_and(|(_, w)| w.eq_ignore_ascii_case("at")),
    );
    let mut seen = words.iter().skip(skip).map(|(_, w)| *w);
    seen.by_ref()
        .take_while(|w| !is_one_of(w, &["to", "by", "from", "for", "with", "at", "in", "into"]))
        .any(|w| is_one_of(w, nouns))
}

/// True when the verb at `pos` is a passive ("are being rushed", "were sent") whose subject,
/// within eight words before it in the clause from `floor`, is one of `nouns` ("Ten
/// additional companies of the Central Armed Police Forces (CAPF) are being rushed").
/// ("The injured soldiers were airlifted to hospital": the wounded carried away, no
/// deployment)
fn passive_subject_is(text: &str, floor: usize, pos: usize, nouns: &[&str]) -> bool {
    let back = last_words::<8>(text, floor, pos, false);
    is_one_of(back[0], &["being", "been", "were", "was", "are", "is"])
        && back.iter().skip(1).any(|w| is_one_of(w, nouns))
        && !back
            .iter()
            .any(|w| is_one_of(w, &["injured", "wounded", "dead", "sick", "bodies"]))
}

/// Participles of a toll told before the fighting that took it ("were killed in two days of
/// clashes").
const DEADLY: &[&str] = &["killed", "wounded", "injured", "dead"];

/// What a protest is about ("against", "to demand", "in support of" ...): it starts at the
/// first of these after the trigger.
const PROTEST_TOPIC: &[&str] = &[
    " against ",
    " to demand ",
    " demanding ",
    " to protest ",
    " protesting ",
    " in support of ",
    " in solidarity with ",
    " calling for ",
    " to call for ",
    " to denounce ",
    " denouncing ",
    " to condemn ",
    " condemning ",
    " to urge ",
    " urging ",
    " over the killing",
    " over the death",
];
/// What talks are about ("will meet in Muscat to discuss reopening the roads into Taiz").
const TALKS_TOPIC: &[&str] = &[
    " to discuss ",
    " discussing ",
    " to negotiate ",
    " negotiating ",
];

/// Where the topic of the event whose trigger ends at `from` starts (the first of `topics`
/// before `ceil`): no place named after it is the event's.
fn topic_at(text: &str, from: usize, ceil: usize, topics: &[&str]) -> Option<usize> {
    let rest = text.get(from..ceil)?;
    topics
        .iter()
        .filter_map(|t| crate::text::find_once(rest.as_bytes(), t.as_bytes()))
        .min()
        .map(|i| from + i)
}

/// True when the deployment at `trigger` sends a civilian mission: "mission" or "team" within
/// eight words before it, qualified by aid, assessment or monitoring ("an inter-agency
/// assessment mission to Mucojo will be deployed", "a humanitarian team was deployed").
fn civilian_mission(text: &str, clause: Span, trigger: Span) -> bool {
    let before = last_words::<8>(text, clause.start, trigger.start, true);
    before
        .iter()
        .position(|w| is_one_of(w, &["mission", "team", "teams", "missions"]))
        .is_some_and(|i| {
            before.iter().skip(i + 1).take(3).any(|w| {
                is_one_of(
                    w,
                    &[
                        "assessment",
                        "humanitarian",
                        "inter-agency",
                        "interagency",
                        "aid",
                        "medical",
                        "relief",
                        "fact-finding",
                        "rescue",
                    ],
                )
            })
        })
}

/// Verbs that call a meeting off ("called off" through its "off").
const CALL_OFF: &[&str] = &[
    "cancelled",
    "canceled",
    "cancel",
    "cancels",
    "scrapped",
    "scrap",
    "shelved",
    "axed",
    "postponed",
    "postpone",
    "postpones",
    "off",
];

/// True when the meeting at `trigger` is called off: by a verb just before it ("Iran
/// cancelled talks", "called off the summit") or in the passive after it in its sentence
/// ("Talks ..., which had been scheduled for Sunday in Muscat, were cancelled", "was called
/// off"). A postponement to a new date ("postponed until next week") still leaves a meeting.
fn called_off(text: &str, clause: Span, trigger: Span) -> bool {
    let to_new_date = |at: Span| {
        word_after(text, at.end, text.len(), true)
            .is_some_and(|(_, w)| is_one_of(w, &["to", "until", "till"]))
    };
    let before = last_words::<4>(text, clause.start, trigger.start, true);
    if let Some(i) = before.iter().position(|w| is_one_of(w, CALL_OFF)) {
        let w = before.get(i).copied().unwrap_or("");
        let called = before
            .get(i + 1)
            .is_some_and(|p| is_one_of(p, &["called", "call", "calls"]));
        if !w.eq_ignore_ascii_case("off") || called {
            return true;
        }
    }
    // (a noun's passive only: "Putin and Trump met on Friday, after a summit planned for May
    // was cancelled" keeps the meeting)
    let surface = trigger.slice(text).unwrap_or("");
    if ends_with_ci(surface, "ed") || is_one_of(surface, &["met", "meet", "meets"]) {
        return false;
    }
    // (Speed: the rest of the sentence is read only when it holds one of the verbs)
    // (at most 200 bytes, to the sentence's end)
    let after = Span::new(trigger.end, trigger.end);
    let window = crate::text::widen(text, after, 0, 200, Span::new(0, text.len()));
    let rest = window.slice(text).unwrap_or("");
    let rest = rest
        .get(..crate::text::find_once(rest.as_bytes(), b". ").unwrap_or(rest.len()))
        .unwrap_or("");
    let b = rest.as_bytes();
    let finds = |needle: &str| crate::text::find_once(b, needle.as_bytes()).is_some();
    if ![
        "cancel",
        "called off",
        "scrapped",
        "shelved",
        "axed",
        "postponed",
    ]
    .iter()
    .any(|n| finds(n))
    {
        return false;
    }
    let words = words_after::<32>(text, trigger.end, trigger.end + rest.len(), false);
    let mut it = words.iter().peekable();
    let mut prev = "";
    while let Some((sp, w)) = it.next() {
        // (another clause's verb: "The talks went ahead although a press conference was
        // cancelled")
        if is_one_of(
            w,
            &[
                "although", "though", "after", "before", "while", "because", "when", "since",
                "but", "whereas", "as", "until",
            ],
        ) {
            return false;
        }
        let passive = is_one_of(prev, &["was", "were", "been", "be"]);
        let next = it.peek().map_or("", |(_, n)| *n);
        let off = is_one_of(w, CALL_OFF) && !w.eq_ignore_ascii_case("off")
            || w.eq_ignore_ascii_case("called") && next.eq_ignore_ascii_case("off");
        if passive && off && !to_new_date(*sp) {
            return true;
        }
        prev = w;
    }
    false
}

/// "... came a day after Russian drones hit Kharkiv", "two days after troops stormed": the
/// count of days in "N day(s)/week(s) after" standing (in the same clause) before the
/// trigger at `pos`.
fn days_before_context(text: &str, sentence_start: usize, pos: usize) -> Option<Before> {
    // nearest first: [.., "hit", "drones", "Russian", "after", "day", "a", ..]
    // (up to twelve: "two days after the military government announced a temporary
    // ceasefire")
    let words = last_words::<12>(text, sentence_start, pos, true);
    let at = words.iter().position(|w| w.eq_ignore_ascii_case("after"))?;
    let unit = words.get(at + 1)?;
    let per = if is_one_of(unit, &["day", "days"]) {
        1
    } else if is_one_of(unit, &["week", "weeks"]) {
        7
    } else {
        return None;
    };
    let count = words.get(at + 2).copied().unwrap_or("");
    // "less than two weeks after", "more than a week after": how many days is unknown
    if words
        .get(at + 3)
        .is_some_and(|w| w.eq_ignore_ascii_case("than"))
    {
        return Some(Before::Unknown);
    }
    let n = if is_one_of(count, &["a", "an", "one", "the"]) {
        1
    } else if let Some((n, _)) = crate::number::parse_number(count) {
        u32::try_from(n).ok()?
    } else if unit.ends_with(['s', 'S']) {
        // "days after the group fired a missile", "a few weeks after": how many is unknown
        return Some(Before::Unknown);
    } else {
        return None;
    };
    (1..=31).contains(&n).then_some(Before::Days(n * per))
}

/// The country whose people's name stands, after a strike or clash ending at `after`, right
/// before the sites hit ("struck Iranian nuclear and military sites", "hit Ukrainian energy
/// facilities"): the event's place when its clause names none.
fn struck_country(
    text: &str,
    hits: &[super::lexicon::Hit<'static, super::lexicon::ActorEntry>],
    after: usize,
    ceil: usize,
) -> Option<FoundPlace> {
    const SITES: &[&str] = &[
        "sites",
        "site",
        "facilities",
        "facility",
        "targets",
        "infrastructure",
        "cities",
        "towns",
        "territory",
        "airbases",
        "airfields",
        "refineries",
        "nuclear",
        "military",
        "energy",
        "oil",
        "power",
    ];
    hits.iter()
        .filter(|h| h.span.start >= after && h.span.end <= ceil)
        .filter(|h| {
            h.entry.country.is_some()
                && h.span
                    .slice(text)
                    .is_some_and(|s| !s.eq_ignore_ascii_case(&h.entry.name))
        })
        .find(|h| {
            words_after::<2>(text, h.span.end, ceil, true)
                .first()
                .is_some_and(|(_, w)| is_one_of(w, SITES))
        })
        .and_then(|h| {
            let place = crate::places::lookup_place(&h.entry.name)
                .filter(|p| p.kind == crate::places::PlaceKind::Country)?;
            Some(FoundPlace {
                span: h.span,
                location: super::location::Found::Known(place),
            })
        })
}

/// True when the trigger at `trigger` is told in the present progressive: "are meeting",
/// or "are holding talks" (a verb in -ing after "is"/"are" right before the trigger, or the
/// trigger itself in -ing after them).
fn ongoing(text: &str, clause: Span, trigger: Span) -> bool {
    let [w0, w1, w2] = last_words::<3>(text, clause.start, trigger.start, true);
    let be = |w: &str| is_one_of(w, &["is", "are"]);
    let ing = |w: &str| w.len() > 4 && ends_with_ci(w, "ing");
    let surface = trigger.slice(text).unwrap_or("");
    (be(w0) && ing(surface.split(' ').next().unwrap_or("")))
        || (be(w1) && ing(w0))
        || (be(w2) && ing(w1) && is_one_of(w0, &["the", "a", "new", "fresh", "more"]))
}

/// True when `sentence` tells something in the present perfect and closes with a report in
/// the present ("... have been killed in a drone strike, the health ministry says."): news of
/// the day the report is written.
fn just_reported(text: &str, sentence: Span) -> bool {
    let s = sentence.slice(text).unwrap_or("");
    let last = s
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    is_one_of(last, &["says", "say", "reports", "report", "confirms"])
        && (s.contains(" have been ") || s.contains(" has been "))
}

/// True when the words from `from` to `to` are a definite determiner alone ("the", "this",
/// "Monday's"): what follows names a thing told before.
/// So is "what it called a \"desperate and cowardly\"": the attack named again in the
/// speaker's words.
fn definite_object(text: &str, from: usize, to: usize) -> bool {
    let mut words = text.get(from..to).unwrap_or("").split_whitespace();
    let first = words.next().unwrap_or("");
    if first.eq_ignore_ascii_case("what") {
        return words.take(3).any(|w| is_one_of(w, NAMING_VERBS));
    }
    words.next().is_none()
        && (is_one_of(first, &["the", "this", "that", "these", "those"])
            || first.ends_with("'s")
            || first.ends_with("\u{2019}s"))
}

/// True when a lower-cased sentence tells a toll in the present perfect over a long or open
/// period ("Dozens of its peacekeepers have been killed in hostile acts since its
/// deployment", "More than 500 Maoists have been killed in the State in this period"): a
/// running total, no incident. A short period ("have been killed in the past 24 hours",
/// "since Sunday") is a report of the days just told.
fn running_total(l: &str) -> bool {
    let perfect = [
        "have been killed",
        "has been killed",
        "have been wounded",
        "have been injured",
        "have died",
        "has killed",
        "have killed",
        "has claimed the lives",
    ]
    .iter()
    .any(|p| l.contains(p));
    let open = [
        "since its ",
        "since their ",
        "since the start",
        "since the beginning",
        "in this period",
        "during this period",
        "to date",
        "so far this year",
        "over the years",
        "in recent years",
    ]
    .iter()
    .any(|p| l.contains(p))
        || l.match_indices("since ").any(|(at, w)| {
            l.get(at + w.len()..)
                .is_some_and(|r| r.starts_with("19") || r.starts_with("20"))
        });
    perfect && open
}

/// The sentence opens with "Since then" or "Since that day" (a window from the narrative's
/// date to the report).
fn since_then(text: &str, sentence: Span) -> bool {
    let s = sentence.slice(text).unwrap_or("");
    ["since then", "since that day", "since that time"]
        .iter()
        .any(|p| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
}

/// True when "it was", "this is", "that marked" ... and an ordinal stand before the trigger
/// in its clause ("It was the fifth such incursion this month", "This was the North's third
/// missile launch"): the event counted in a series, told before; or when a count "recorded",
/// "registered", "counted" ... stands right before it ("police have recorded more than 90
/// shootings"): a tally of many, no incident.
fn counted_again(text: &str, clause: Span, trigger: Span) -> bool {
    let back = last_words::<8>(text, clause.start, trigger.start, true);
    let tallied = back.iter().take(5).any(|w| {
        is_one_of(
            w,
            &[
                "recorded",
                "registered",
                "counted",
                "documented",
                "logged",
                "tallied",
            ],
        )
    }) && back
        .first()
        .is_some_and(|w| crate::number::parse_quantity(w).is_some());
    if tallied {
        return true;
    }
    // ("fifth", "63rd")
    let ordinal = |w: &str| crate::time::lexicon::ordinal(w).is_some();
    back.iter().position(|w| ordinal(w)).is_some_and(|i| {
        back.iter().enumerate().skip(i + 1).any(|(j, w)| {
            is_one_of(w, &["was", "is", "marks", "marked"])
                && back
                    .get(j + 1)
                    .is_some_and(|s| is_one_of(s, &["it", "this", "that"]))
        })
    })
}

/// True when the sentence from `start` tells, before its trigger at `trigger`, that it comes
/// next: "then" as a word ("Serbs then gathered"; not "since then", "until then", "by then",
/// "back then"), or an opening "Afterwards", "Later" or "Subsequently".
fn next_in_sequence(text: &str, start: usize, trigger: usize) -> bool {
    // (Speed: the words next to the trigger and the sentence's first, not the whole lead of
    // a sentence that may be very long)
    let first = words_after::<1>(text, start, trigger, false);
    let opens = first
        .first()
        .is_some_and(|(_, w)| is_one_of(w, &["afterwards", "afterward", "later", "subsequently"]));
    let back = last_words::<12>(text, start, trigger, false);
    opens
        || back.iter().enumerate().any(|(i, w)| {
            w.eq_ignore_ascii_case("then")
                && !back.get(i + 1).is_some_and(|p| {
                    is_one_of(p, &["since", "until", "till", "by", "back", "and", "if"])
                })
        })
}

fn is_anaphoric(text: &str, clause: Span, trigger: Span) -> bool {
    let before = last_words::<3>(text, clause.start, trigger.start, true);
    // A verb in the past ("the RSF attacked a camp"): a determiner before it belongs to the
    // subject, not to the event.
    // ("opened fire", "gunned down", "shot dead": the first word is the verb; "the UN envoy
    // met Ghali": a past without "-ed")
    let verb = text
        .get(trigger.start..trigger.end)
        .and_then(|t| t.split_whitespace().next())
        .is_some_and(|t| {
            (t.len() > 4 && ends_with_ci(t, "ed"))
                || t.eq_ignore_ascii_case("shot")
                || t.eq_ignore_ascii_case("met")
        });
    // ("extended the ceasefire", "renewed the state of emergency": a new term of it, told
    // as its own event)
    let extended = before.iter().any(|w| {
        is_one_of(
            w,
            &["extended", "extends", "renewed", "renews", "prolonged"],
        )
    });
    if !verb
        && !extended
        && before.iter().any(|w| {
            is_one_of(w, ANAPHORS) || ends_with_ci(w, "'s") || ends_with_ci(w, "\u{2019}s")
        })
    {
        return true;
    }
    // "The convoy was attacked": a passive with a definite subject.
    let clause_t = clause.slice(text).unwrap_or("");
    // "It was the first time a missile launched from Yemen had hit the airport": what was just
    // told, measured
    if [
        "it was the ",
        "this was the ",
        "it is the ",
        "it marked the ",
    ]
    .iter()
    .any(|p| starts_with_ci(clause_t, p))
    {
        return true;
    }
    let [w0, ..] = before;
    let passive = is_one_of(w0, &["was", "were", "been"]);
    passive && (starts_with_ci(clause_t, "the ") || starts_with_ci(clause_t, "this "))
}

/// Where armed men are the subject of an active killing verb in a lower-cased clause
/// ("gunmen killed", "troops have killed", "jihadists shot dead"): the byte offset of the verb.
fn armed_killers(clause_lower: &str) -> Option<usize> {
    const VERBS: [&str; 6] = [
        " killed ",
        " shot dead ",
        " massacred ",
        " neutralised ",
        " neutralized ",
        " eliminated ",
    ];
    // Speed: no killing verb, no armed killers (a few searches, not one per armed word)
    if !VERBS.iter().any(|v| clause_lower.contains(v)) {
        return None;
    }
    ARMED.iter().find_map(|a| {
        clause_lower.match_indices(a).find_map(|(i, _)| {
            let before_ok = i == 0
                || clause_lower
                    .as_bytes()
                    .get(i - 1)
                    .is_some_and(|b| !b.is_ascii_alphanumeric());
            let after = i + a.len();
            let rest = clause_lower.get(after..).unwrap_or("");
            let aux = [" have", " had"]
                .iter()
                .find(|x| rest.starts_with(**x))
                .map_or(0, |x| x.len());
            let rest = rest.get(aux..).unwrap_or("");
            // ("Unidentified gunmen night of 17-18 March killed", "gunmen on Tuesday evening
            // killed": the day between the subject and its verb)
            let day = DAY_OPENERS
                .iter()
                .any(|d| rest.starts_with(d))
                .then(|| {
                    VERBS
                        .iter()
                        .filter_map(|v| rest.find(v))
                        .min()
                        .filter(|&at| at <= 40 && !rest.get(..at).is_some_and(|g| g.contains(',')))
                })
                .flatten()
                .unwrap_or(0);
            let rest = rest.get(day..).unwrap_or("");
            let verb = VERBS.iter().any(|v| rest.starts_with(v));
            (before_ok && verb).then_some(after + aux + day + 1)
        })
    })
}

/// The first words of a day or time told between a subject and its verb ([`armed_killers`]).
const DAY_OPENERS: &[&str] = &[
    " on ",
    " night ",
    " overnight",
    " late ",
    " early ",
    " last ",
    " yesterday",
    " this ",
    " in the early hours",
];

/// A withdrawal ("Ukrainian troops withdrew from two villages") is ground lost: the side that
/// withdraws is the one acted upon, not the initiator of a capture.
fn withdrawal_roles(mut actors: Vec<Actor>, sub_kind: &str) -> Vec<Actor> {
    if sub_kind == "withdrawal" {
        for a in &mut actors {
            if a.role == super::ActorRole::Initiator {
                a.role = super::ActorRole::Target;
            }
        }
    }
    actors
}

/// The family of violence and protest, as against talks, deals and statements.
fn fighting(kind: EventKind) -> bool {
    super::merge::violent(kind) || kind == EventKind::Protest
}

/// "had spoken to both leaders by phone", "will speak by phone with Putin": a verb of
/// speaking with someone (its "to"/"with" before the phrase at `phrase`, or right after it)
/// makes "by phone" a call. A reporter's interview ("told Reuters by phone") or a witness
/// "speaking by phone from Gaza" is none.
fn spoken_to(text: &str, clause: Span, phrase: Span) -> bool {
    const SPEAK: &[&str] = &[
        "spoke",
        "spoken",
        "speak",
        "speaks",
        "speaking",
        "talked",
        "talk",
        "talks",
        "talking",
        "conferred",
    ];
    const INTERVIEW: &[&str] = &[
        "told",
        "interview",
        "interviewed",
        "reporters",
        "journalists",
        "reached",
        "contacted",
    ];
    let before = last_words::<8>(text, clause.start, phrase.start, true);
    let Some(verb) = before.iter().position(|w| is_one_of(w, SPEAK)) else {
        return false;
    };
    if before.iter().any(|w| is_one_of(w, INTERVIEW)) {
        return false;
    }
    // (nearest first: the words between the verb and the phrase are those before `verb`)
    let partner_before = before
        .iter()
        .take(verb)
        .any(|w| is_one_of(w, &["to", "with"]));
    let partner_after = word_after(text, phrase.end, clause.end, true)
        .is_some_and(|(_, w)| is_one_of(w, &["to", "with"]));
    partner_before || partner_after
}

/// The parties of a mention: for a strike, clash or meeting, those named in its own clause
/// when the clause names any ("Russian and American officials will meet ..., hours after a
/// Russian missile attack": the Americans are no party to the attack; "Russian drones hit
/// Odesa, as Kyiv prepared for talks with the United States": Russia is no party to the
/// talks); else those of the sentence.
fn clause_actors(
    text: &str,
    all: &[super::lexicon::Hit<'static, super::lexicon::ActorEntry>],
    kind: EventKind,
    trigger: Span,
    clause: Span,
    kills: bool,
    anaphoric: bool,
) -> Vec<Actor> {
    // (the hits are in text order, so the clause's are one run of them)
    let rest = all
        .get(all.partition_point(|h| h.span.start < clause.start)..)
        .unwrap_or(&[]);
    let n = rest.iter().take_while(|h| h.span.end <= clause.end).count();
    let violent = matches!(
        kind,
        EventKind::Strike | EventKind::Clash | EventKind::Meeting
    );
    let hits = match rest.get(..n) {
        Some(own) if violent && !own.is_empty() => own,
        // "..., as a pilot was killed while repelling the attack": an attack told again in a
        // clause naming no party, after another event of the sentence, has the parties of
        // the attack it refers to, none of its own (and a dated motive split off names none)
        _ if anaphoric => return Vec::new(),
        _ => all,
    };
    let mut actors = actors_for(text, hits, kind, trigger);
    if kills {
        victims(text, hits, trigger, clause, &mut actors);
    }
    actors
}

/// The object of a killing verb ("shot dead two Palestinians", "killed three Israeli
/// soldiers") is its target: the parties named after the verb in its clause, and not before
/// it, become targets. In the passive ("three protesters were shot dead by police") the
/// subject is the target and the agent after "by" the initiator.
fn victims(
    text: &str,
    hits: &[super::lexicon::Hit<'static, super::lexicon::ActorEntry>],
    verb: Span,
    clause: Span,
    actors: &mut Vec<Actor>,
) {
    // the party's role, whether it was among the actors already or not
    let set_role = |actors: &mut Vec<Actor>, entry: &super::lexicon::ActorEntry, role| match actors
        .iter_mut()
        .find(|a| a.name == entry.name)
    {
        Some(a) => a.role = role,
        None => actors.push(entry.actor(role)),
    };
    let [be] = last_words::<1>(text, clause.start, verb.start, true);
    if is_one_of(be, PASSIVE_AUX) {
        for h in hits
            .iter()
            .filter(|h| h.span.start >= clause.start && h.span.end <= clause.end)
        {
            let role = position_role(text, clause, verb, h.span);
            if role == super::ActorRole::Target && h.span.start >= verb.end {
                continue; // after a passive verb and not its agent: no party
            }
            set_role(actors, h.entry, role);
        }
        return;
    }
    for h in hits
        .iter()
        .filter(|h| h.span.start >= verb.end && h.span.end <= clause.end)
    {
        if super::actors::qualifier_only(text, h.span)
            || hits
                .iter()
                .any(|x| x.entry.name == h.entry.name && x.span.start < verb.start)
        {
            continue;
        }
        set_role(actors, h.entry, super::ActorRole::Target);
    }
}

/// The auxiliaries before a passive participle ("were shot dead", "was killed").
const PASSIVE_AUX: &[&str] = &["was", "were", "been", "being", "is", "are"];

/// Unnamed state forces ("soldiers", "police", "security forces"), as phrases.
const STATE_GENERIC: &[&str] = &[
    "soldiers",
    "troops",
    "the army",
    "the military",
    "security forces",
    "security personnel",
    "government forces",
    "government troops",
    "police",
    "policemen",
    "police officers",
    "riot police",
    "gendarmes",
    "soldier",
    "policeman",
    "police officer",
    "junta",
    "the junta",
    "junta forces",
    "junta troops",
];
/// Unnamed armed men ("gunmen", "militants"), as phrases.
pub(crate) const ARMED_GENERIC: &[&str] = &[
    "gunmen",
    "unidentified gunmen",
    "unknown gunmen",
    "armed men",
    "militants",
    "insurgents",
    "bandits",
    "rebels",
    "attackers",
    "assailants",
    "gunman",
    "militant",
    "insurgent",
    "attacker",
    "assailant",
    "jihadists",
    "separatists",
    "guerrillas",
    "militiamen",
    "gang members",
    "gangs",
    "gangsters",
];
/// People, beside [`casualties::SINGLE_PERSON`] and [`CIVILIAN_GENERIC`], who may be the
/// subject of a passive "were shot".
const SHOT_PEOPLE: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "youths",
    "protesters",
    "demonstrators",
    "he",
    "she",
    "they",
];

/// One armed person who may be shot ("a soldier was shot"): the fight's other side.
const SHOT_ARMED: &[&str] = &[
    "soldier",
    "policeman",
    "policewoman",
    "officer",
    "officers",
    "police",
    "guard",
    "guards",
    "ranger",
    "peacekeeper",
    "peacekeepers",
    "fighter",
    "gunman",
    "commander",
    "sergeant",
    "corporal",
];

/// Unarmed people as the victims of an attack ("killed 12 villagers", "fired on a bus carrying
/// passengers"), as phrases.
const CIVILIAN_GENERIC: &[&str] = &[
    "civilians",
    "villagers",
    "passengers",
    "worshippers",
    "residents",
    "farmers",
    "students",
    "pupils",
    "shoppers",
    "mourners",
    "displaced people",
    "aid workers",
    "tourists",
    "pilgrims",
    "fishermen",
    "miners",
    "traders",
    "workers",
    "labourers",
    "laborers",
    "drivers",
    "motorists",
    "commuters",
    "teachers",
    "schoolchildren",
    "worshipers",
    "herders",
    "journalists",
    "bystanders",
    "patients",
    "vendors",
    // one of them ("shot dead a motorcycle taxi driver", "killed a teacher", "killed a
    // 35-year-old villager")
    "driver",
    "teacher",
    "farmer",
    "trader",
    "worker",
    "journalist",
    "vendor",
    "villager",
    "civilian",
    "student",
    "fisherman",
    "herder",
    "passenger",
    "pilgrim",
    "shopkeeper",
    "activists",
    "activist",
    "man",
    "woman",
    "men",
    "young men",
    "women",
    "youth",
    "teenager",
    "boy",
    "girl",
    "rider",
    // ("opened fire on a family celebrating a birthday")
    "family",
    "families",
    "guests",
    "shepherds",
    "shepherd",
    "schoolboy",
    "schoolgirl",
    "child",
];
/// The name of unarmed victims.
const CIVILIANS: &str = "civilians";

/// True when the word at `at` is named in a characterisation of what the sentence from
/// `floor` told ("in what police have described as a \"reckless and cowardly\" attack", "in
/// what officials called a terrorist attack"): "what" and a verb of naming within ten words
/// before it.
fn described_as(text: &str, floor: usize, at: usize) -> bool {
    let back = last_words::<10>(text, floor, at, false);
    // ("the detention, which it described as an abduction": a name for what was told)
    back.iter().any(|w| is_one_of(w, &["what", "which"]))
        && back.iter().any(|w| is_one_of(w, NAMING_VERBS))
}

/// Verbs of naming what was told in the speaker's words ("in what it called a ... attack"):
/// [`definite_object`], [`described_as`].
const NAMING_VERBS: &[&str] = &["called", "described", "termed", "branded"];

/// True when a word of `clause` within 300 bytes of the trigger at `at` is one of `words`
/// (Speed: read in place, no list of words; the cost stays linear in a text with no sentence
/// break).
fn clause_has(text: &str, clause: Span, at: Span, words: &[&str]) -> bool {
    let near = crate::text::widen(text, at, 300, 300, clause);
    super::words::words_fwd(text, near.start, near.end, false).any(|(_, w)| is_one_of(w, words))
}

/// What a craft that scouts is called ([`kept`]): "a reconnaissance drone".
const SCOUTING: &[&str] = &[
    "surveillance",
    "reconnaissance",
    "spy",
    "observation",
    "scout",
];

/// Harm an explosion did ([`kept`]): "an explosion damaged the entrance", "destroyed a house".
const DAMAGED: &[&str] = &[
    "damaged",
    "destroyed",
    "shattered",
    "wrecked",
    "gutted",
    "tore",
    "ripped",
    "blew",
];

/// "an explosion at a house in Sea Lots", "an explosion outside a bar": a blast at a home or
/// a place people gather, told right after the word ([`kept`]).
fn blast_at_a_home(text: &str, pos: usize, ceil: usize) -> bool {
    let words = words_after::<3>(text, pos, ceil, true);
    matches!(
        &*words,
        [(_, at), (_, a), (_, place)]
            if is_one_of(at, &["at", "outside"])
                && is_one_of(a, &["a", "the", "his", "her", "their"])
                && is_one_of(place, BLAST_SITES)
    )
}

/// Homes and places people gather, where a blast is an attack ([`blast_at_a_home`]).
const BLAST_SITES: &[&str] = &[
    "house",
    "home",
    "residence",
    "shop",
    "bar",
    "nightclub",
    "restaurant",
    "cafe",
    "hotel",
    "mosque",
    "church",
    "school",
];

/// Words of a riot around an attack ([`kept`]).
const DISORDER: &[&str] = &["disorder", "rioting", "riot", "riots", "rioters"];

/// True when "deployed" at `at` follows forces ([`TROOPS`], police) as a participle after its
/// noun: the forces are the object of a preposition ("resisted by troops deployed in the
/// area") or the subject of a verb after it ("police deployed along the road fired tear gas").
fn reduced_relative_deployed(text: &str, clause: Span, at: Span) -> bool {
    let back = last_words::<5>(text, clause.start, at.start, true);
    let forces = |w: &str| {
        is_one_of(w, TROOPS) || is_one_of(w, &["police", "army", "personnel", "formations"])
    };
    if !forces(back[0]) {
        return false;
    }
    // the noun's phrase opened by a preposition
    let object = back
        .iter()
        .skip(1)
        .take_while(|w| !w.is_empty())
        .find(|w| {
            !(forces(w)
                || is_one_of(w, &["the", "and", "army", "security", "riot"])
                || w.starts_with(char::is_uppercase))
        })
        .is_some_and(|w| is_one_of(w, &["by", "with", "to", "against", "among", "of"]));
    let verb_after = words_after::<10>(text, at.end, clause.end, true)
        .iter()
        .any(|(_, w)| is_one_of(w, FORCES_ACT));
    object || verb_after
}

/// Verbs of what forces do, after a participle of where they stand
/// ([`reduced_relative_deployed`]).
const FORCES_ACT: &[&str] = &[
    "fired",
    "opened",
    "killed",
    "clashed",
    "arrested",
    "used",
    "comply",
    "complied",
    "attacked",
    "shot",
    "beat",
    "raided",
    "detained",
    "dispersed",
    "must",
    "should",
    "were",
    "have",
];

/// True when "was" or "were" stands in the few bytes before `pos` ("Shots were also fired").
fn passive_before(text: &str, pos: usize) -> bool {
    let lead = crate::text::widen(text, Span::new(pos, pos), 12, 0, Span::new(0, pos));
    lead.slice(text).is_some_and(|lead| {
        lead.split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("were") || w.eq_ignore_ascii_case("was"))
    })
}

/// Fire returned or exchanged ("officers returned fire", "in an exchange of fire").
const RETURNED_FIRE: &[&str] = &[
    "returned fire",
    "return fire",
    "returning fire",
    "exchange of fire",
    "exchanged fire",
    "fired back",
    "exchange fire",
    "shootout",
    "gunfight",
    "firefight",
];

/// No one hurt.
const NO_ONE_HURT: &[&str] = &[
    "no one was hurt",
    "no one was injured",
    "nobody was hurt",
    "nobody was injured",
    "no one was wounded",
    "no casualties",
    "no injuries",
    "without casualties",
];

/// True when the sentence around `at` (300 bytes either side at most) holds one of `phrases`
/// (ASCII case-insensitive).
fn sentence_tells(text: &str, at: Span, phrases: &[&str]) -> bool {
    let near = crate::text::widen(text, at, 300, 300, Span::new(0, text.len()));
    let Some(s) = near.slice(text) else {
        return false;
    };
    let (a, b) = (at.start - near.start, at.end - near.start);
    let from = s.get(..a).and_then(|x| x.rfind(". ")).map_or(0, |i| i + 2);
    let to = s
        .get(b..)
        .and_then(|x| x.find(". "))
        .map_or(s.len(), |i| b + i);
    s.get(from..to)
        .is_some_and(|s| phrases.iter().any(|p| crate::text::find_ci(s, p).is_some()))
}

/// Verbs of a vehicle driven into what it hits ("a driver plowed into students").
const DRIVEN_INTO: &[&str] = &["plowed", "ploughed", "rammed"];

/// Words of arrests made ([`kept`]: a raid that makes them).
const ARRESTING: &[&str] = &[
    "arrested",
    "arresting",
    "arrest",
    "arrests",
    "detained",
    "detaining",
    "detentions",
];

/// Verbs of a device found or made safe ([`kept`]).
const DEVICE_FOUND: &[&str] = &[
    "found",
    "discovered",
    "defused",
    "seized",
    "recovered",
    "dismantled",
    "disarmed",
    "confiscated",
];

/// Verbs of a device that went off or hurt someone ([`kept`]).
const DEVICE_WENT_OFF: &[&str] = &[
    "exploded",
    "explodes",
    "detonated",
    "killed",
    "killing",
    "injured",
    "injuring",
    "wounded",
    "wounding",
    "struck",
    "hit",
    "blast",
    "explosion",
    "off",
];

/// Envoys a government summons to protest ([`super::lexicon::Flags::envoy`]).
const ENVOYS: &[&str] = &[
    // ("summoned the Chinese Embassy's deputy chief of mission")
    "embassy",
    "embassy's",
    "embassy\u{2019}s",
    "ambassador",
    "ambassadors",
    "envoy",
    "envoys",
    "chargé",
    "charge",
    "diplomat",
    "diplomats",
    "consul",
    "attaché",
    "attache",
];

/// Verbs of a diplomatic summons.
const SUMMONS: &[&str] = &["summoned", "summons", "summoning", "summon"];

/// Communal armed groups: their attack on a village is a fight between armed communities.
const CLANS: &[&str] = &["clan", "clans", "clansmen", "tribe", "tribesmen", "tribal"];

/// Places of unarmed people, as the object of an attack ("attacked the village of Mucojo",
/// "attacked two churches"): a one-sided attack, not a clash. Not "town" or "camp" (held or
/// garrisoned), nor police or army posts, nor "school" ("a gendarmerie training school").
const SOFT_TARGETS: &[&str] = &[
    "village",
    "villages",
    "hamlet",
    "hamlets",
    "community",
    "communities",
    "settlement",
    "church",
    "churches",
    "mosque",
    "mosques",
    "synagogue",
    "synagogues",
    "temple",
    "market",
    "hospital",
    "bus",
    "wedding",
    "funeral",
    "vigil",
    "crowd",
    "crowds",
    "resort",
    "hotel",
    "home",
    "homes",
    "house",
    "houses",
    "bar",
    "restaurant",
    "nightclub",
];

/// True when `word` is one of [`CIVILIAN_GENERIC`] ("students", "villager").
pub(crate) fn civilian_noun(word: &str) -> bool {
    is_one_of(word, CIVILIAN_GENERIC)
}
/// [`STATE_GENERIC`], [`ARMED_GENERIC`] and [`CIVILIAN_GENERIC`]: the unnamed parties the
/// document's one phrase scan finds (ASCII case-insensitive).
pub(crate) fn generic_phrases() -> impl Iterator<Item = &'static str> {
    STATE_GENERIC
        .iter()
        .chain(ARMED_GENERIC)
        .chain(CIVILIAN_GENERIC)
        .chain(GROUP_ANAPHORS)
        .copied()
}
/// A named armed group told of again ("The Houthis said they would keep up attacks. On
/// Friday, the group fired a missile"): the last such group named in the sentence or the
/// text shortly before it.
const GROUP_ANAPHORS: &[&str] = &[
    "the group",
    "the militant group",
    "the armed group",
    "the rebel group",
    "the militia",
    "the movement",
];
/// Territories whose unnamed soldiers are, in the news, mostly another state's (the West Bank
/// and Gaza, Western Sahara): no state forces are guessed from a place there.
const OCCUPIED: &[&str] = &["PS", "EH"];
/// The name of an unnamed non-state armed group.
pub(crate) const UNIDENTIFIED_ARMED_GROUP: &str = "unidentified armed group";

/// The role of a party at `at` to the event whose verb is `verb`: before an active verb the
/// initiator, after it the target; in the passive ("were shot dead by police") the subject is
/// the target and the agent after "by" the initiator.
fn position_role(text: &str, clause: Span, verb: Span, at: Span) -> super::ActorRole {
    let [be] = last_words::<1>(text, clause.start, verb.start, true);
    // "soldiers wounded in the attack", "attackers killed near the base": a casualty
    // participle right after the noun, with no object, is a reduced passive
    let reduced = at.end <= verb.start
        && text
            .get(at.end..verb.start)
            .is_some_and(|g| g.trim().is_empty())
        && verb.slice(text).is_some_and(|v| {
            casualties::is_casualty_word(crate::time::lexicon::ascii_lower(v).as_str())
        })
        && {
            // (not "killed at least 70": a count, so an object)
            let next = words_after::<2>(text, verb.end, clause.end, true);
            let counted = next
                .first()
                .is_some_and(|(_, w)| w.eq_ignore_ascii_case("at"))
                && next
                    .get(1)
                    .is_some_and(|(_, w)| is_one_of(w, &["least", "most"]));
            !counted
        }
        && word_after(text, verb.end, clause.end, true).is_none_or(|(_, w)| {
            is_one_of(
                w,
                &[
                    "in",
                    "on",
                    "at",
                    "during",
                    "near",
                    "last",
                    "when",
                    "as",
                    "while",
                    "after",
                    "since",
                    "overnight",
                    "yesterday",
                    "earlier",
                    "by",
                ],
            )
        });
    let passive = reduced || is_one_of(be, PASSIVE_AUX);
    let before = at.end <= verb.start;
    let by = !before && any_word_before(text, verb.end, at.start, 3, true, &["by"]);
    if before && super::actors::fends_off(text, at.end, verb) {
        super::ActorRole::Target
    } else if before != passive || by {
        super::ActorRole::Initiator
    } else {
        super::ActorRole::Target
    }
}

/// Parties the text does not name ("soldiers shot dead three protesters", "gunmen killed 12
/// villagers"), ACLED-style, added to `actors` of a strike, clash or protest whose verb is
/// `verb`:
/// - unnamed armed men are the "unidentified armed group", of the event's country when a
///   place gives it; not where the sentence names an armed group (they are its men);
/// - unnamed soldiers, troops, police and security forces are the state forces of the
///   country the event's place is in (the table's state forces of that country, else the
///   country), but only when no other country's state or forces is named in the sentence or
///   the text shortly before it ("Russian troops ... troops" in Ukraine are no Ukrainian
///   forces), and never without a place;
/// - unarmed people ("villagers", "passengers", "civilians") the attack is aimed at are
///   "civilians" (of the place's country), only as its target;
/// - a phrase modified by a named party ("Russian troops", "M23 rebels", "its soldiers"), or
///   that reports ("the army said") is no party of its own.
fn generic_actors(
    ctx: &SentenceCtx<'_>,
    clause: Span,
    verbs: &[Span],
    named: &[super::lexicon::Hit<'static, super::lexicon::ActorEntry>],
    places: &[FoundPlace],
    actors: &mut Vec<Actor>,
) {
    let text = ctx.text;
    let country = places
        .iter()
        .find_map(|p| p.location.country().map(str::to_owned));
    // the parties named in the sentence and the text shortly before it
    let mut near: Option<Vec<super::lexicon::Hit<'static, super::lexicon::ActorEntry>>> = None;
    for at in ctx
        .phrases
        .leftmost_longest(List::Generic, clause)
        .map(|o| o.span)
    {
        // the phrase's verb: the one it is the object of ("killed at least 30 soldiers in an
        // attack": the soldiers are the killing's object), else the nearest of the event's
        // triggers and casualty verbs ("jihadists killed 15 soldiers in an ambush")
        let object_of = verbs
            .iter()
            .copied()
            .filter(|v| v.end <= at.start)
            .find(|v| counted_object(text, *v, at));
        let Some(verb) = object_of.or_else(|| {
            verbs.iter().copied().min_by_key(|v| {
                if v.end <= at.start {
                    at.start - v.end
                } else {
                    v.start.saturating_sub(at.end)
                }
            })
        }) else {
            return;
        };
        if !crate::text::is_whole_word(text, at.start, at.end) || at.overlaps(&verb) {
            continue;
        }
        let phrase = at.slice(text).unwrap_or("");
        if is_one_of(phrase, GROUP_ANAPHORS) {
            let role = position_role(text, clause, verb, at);
            let group = near_hits(ctx, &mut near)
                .iter()
                .rfind(|h| {
                    h.span.end <= at.start
                        && h.entry.actor_type == Some(super::ActorType::ArmedGroup)
                })
                .map(|h| h.entry.actor(role));
            if let Some(g) = group {
                super::actors::add_party(actors, g);
            }
            continue;
        }
        let state = is_one_of(phrase, STATE_GENERIC);
        // modified by a named party, a possessive or a sponsor ("Iran-backed militants")
        let [w0] = last_words::<1>(text, clause.start, at.start, false);
        let modified = named.iter().any(|h| {
            h.span.overlaps(&at)
                || (h.span.end <= at.start
                    && text.get(h.span.end..at.start).is_some_and(|g| {
                        g.trim_start_matches("'s")
                            .trim_start_matches("\u{2019}s")
                            .trim()
                            .is_empty()
                    }))
        }) || is_one_of(w0, &["its", "their", "his", "her", "our", "whose"])
            || super::actors::SPONSORED.iter().any(|x| w0.ends_with(x));
        // "villagers said" names a witness, not a party; "the army said it had carried out air
        // strikes" names the party reporting on itself
        let [said, subject] = {
            let next = words_after::<2>(text, at.end, clause.end, true);
            [next.first(), next.get(1)].map(|w| w.map_or("", |(_, w)| *w))
        };
        let reports = is_one_of(said, super::words::REPORT_VERBS)
            && !(state && is_one_of(subject, &["it", "they", "its", "their"]));
        // "said police spokesman Yazid Abubakar": a body's speaker names no party
        let speaker = is_one_of(
            said,
            &[
                "spokesman",
                "spokeswoman",
                "spokesperson",
                "chief",
                "commissioner",
                "official",
                "officials",
                "source",
                "sources",
            ],
        );
        if modified || reports || speaker {
            continue;
        }
        // "fighting between the army and Fano militiamen": both sides fought
        let role = if super::actors::between_sides(text, verb, at) {
            super::ActorRole::Initiator
        } else {
            position_role(text, clause, verb, at)
        };
        let actor = if is_one_of(phrase, CIVILIAN_GENERIC) {
            // unarmed people are only ever the target ("villagers said": no party)
            if role != super::ActorRole::Target {
                continue;
            }
            Actor {
                name: CIVILIANS.to_string(),
                role,
                country: country.clone(),
                actor_type: Some(super::ActorType::Civilians),
            }
        } else if state {
            // (with no place in the sentence, the dateline's country: "OUAGADOUGOU, Burkina
            // Faso (Reuters) - ... The army said it had launched airstrikes")
            let Some(code) = country
                .as_deref()
                .or(ctx.home)
                .filter(|c| !OCCUPIED.contains(c))
            else {
                continue;
            };
            // the country named as the sentence's place ("In neighbouring Mali, the army
            // said"), or no other country's state or forces named near: whose soldiers they
            // are is clear
            // (as its topic, before the party: "The military said it struck targets in
            // southern Lebanon" names where it struck, not whose military it is)
            let named_here = places.iter().any(|p| {
                p.location.precision() == Some(super::PlacePrecision::Country)
                    && p.location.country() == Some(code)
                    && p.span.end <= at.start
            });
            if !named_here
                && !near_hits(ctx, &mut near)
                    .iter()
                    .all(|h| h.entry.country.as_deref().is_none_or(|c| c == code))
            {
                continue;
            }
            let police = ["police", "gendarme"]
                .iter()
                .any(|p| phrase.to_ascii_lowercase().contains(p));
            let table = super::lexicon::state_forces_of(code).filter(|_| !police);
            let name = match table {
                Some(e) => e.name.clone(),
                None => match crate::places::country_by_code(code) {
                    Some(c) => c.name.clone(),
                    None => continue,
                },
            };
            Actor {
                name,
                role,
                country: Some(code.to_string()),
                actor_type: Some(super::ActorType::StateForces),
            }
        } else {
            // an armed group named near (of the same country, when both are known): "the
            // rebels" are its men
            let same_group = |h: &super::lexicon::Hit<'static, super::lexicon::ActorEntry>| {
                h.entry.actor_type == Some(super::ActorType::ArmedGroup)
                    && (country.is_none()
                        || h.entry.country.is_none()
                        || h.entry.country == country)
            };
            if named.iter().any(same_group) || near_hits(ctx, &mut near).iter().any(same_group) {
                continue;
            }
            Actor {
                name: UNIDENTIFIED_ARMED_GROUP.to_string(),
                role,
                country: country.clone(),
                actor_type: Some(super::ActorType::ArmedGroup),
            }
        };
        super::actors::add_party(actors, actor);
    }
    // "Gunmen killed two people in an attack", "bandits have killed 11 persons": the people
    // unnamed armed men kill are unarmed, the attack's target (not so the people a named side
    // or a fight kills)
    let unnamed_killers = actors
        .iter()
        .any(|a| a.role == super::ActorRole::Initiator && a.name == UNIDENTIFIED_ARMED_GROUP);
    if unnamed_killers
        && !actors.iter().any(|a| a.role == super::ActorRole::Target)
        && killed_people(text, clause)
    {
        super::actors::add_party(
            actors,
            Actor {
                name: CIVILIANS.to_string(),
                role: super::ActorRole::Target,
                country,
                actor_type: Some(super::ActorType::Civilians),
            },
        );
    }
}

/// True when `clause` tells of a count of "people" or "persons" killed ("killed two people",
/// "killing at least 11 persons").
fn killed_people(text: &str, clause: Span) -> bool {
    let Some(said) = clause.slice(text) else {
        return false;
    };
    ["killed ", "killing ", "massacred "].iter().any(|verb| {
        said.match_indices(verb).any(|(i, v)| {
            let rest = said.get(i + v.len()..).unwrap_or("");
            crate::number::parse_quantity(rest).is_some_and(|q| {
                let noun = rest.get(q.len..).unwrap_or("").trim_start();
                ["people", "persons"].iter().any(|n| {
                    noun.strip_prefix(n)
                        .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
                })
            })
        })
    })
}

/// True when only a count stands between the verb at `verb` and the phrase at `at` ("killed
/// at least 30 soldiers", "wounded dozens of police"), or a count and one capitalised word
/// ("killed two Palestinian gunmen"): the phrase is the verb's object.
fn counted_object(text: &str, verb: Span, at: Span) -> bool {
    // (the casualty reader's own quantity grammar: "at least 30", "dozens of", "an estimated")
    let gap = text.get(verb.end..at.start).unwrap_or("").trim();
    crate::number::parse_quantity(gap).is_some_and(|q| {
        gap.get(q.len..).is_some_and(|r| {
            let r = r.trim();
            r.is_empty()
                || r.eq_ignore_ascii_case("of")
                || (!r.contains(' ') && r.chars().next().is_some_and(char::is_uppercase))
        })
    })
}

/// The parties named in the sentence and the [`super::phrases::LOOK_BACK`] bytes before it,
/// read the first time an unnamed party asks for them (Speed: most unnamed parties are
/// settled before they are needed: civilians, a country named as the sentence's place, a
/// group named in the sentence).
fn near_hits<'n>(
    ctx: &SentenceCtx<'_>,
    near: &'n mut Option<Vec<super::lexicon::Hit<'static, super::lexicon::ActorEntry>>>,
) -> &'n [super::lexicon::Hit<'static, super::lexicon::ActorEntry>] {
    near.get_or_insert_with(|| {
        let text = ctx.text;
        let mut from = ctx.span.start.saturating_sub(super::phrases::LOOK_BACK);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        actor_hits(text, ctx.phrases, Span::new(from, ctx.span.end))
    })
}

/// The parties named in a sentence: not its dateline, nor the reporter (`source`) unless it
/// reports on itself.
fn sentence_actors(
    ctx: &SentenceCtx<'_>,
    source: Option<&str>,
) -> Vec<super::lexicon::Hit<'static, super::lexicon::ActorEntry>> {
    let text = ctx.text;
    // the reporter ("according to Ukraine's armed forces") is the source, not a party
    let src_span = source.and_then(|src| {
        // (Speed: no searcher built per sentence, as `str::find` and `memmem::find` do)
        ctx.span
            .slice(text)
            .and_then(|st| find_once(st.as_bytes(), src.as_bytes()))
            .map(|i| Span::new(ctx.span.start + i, ctx.span.start + i + src.len()))
    });
    // ... unless it reports on itself ("the Kremlin said its missiles hit", "Trump said he had
    // spoken to Putin", "JNIM said on Telegram that its fighters had seized")
    // (a body's "its"/"their" a little further on: "said on Telegram that its fighters")
    let self_report = src_span.is_some_and(|s| {
        words_after::<6>(text, s.end, ctx.span.end, true)
            .iter()
            .enumerate()
            .any(|(i, (_, w))| {
                matches!(*w, "its" | "their")
                    || i < 4
                        && matches!(
                            *w,
                            "it" | "they" | "we" | "our" | "he" | "his" | "she" | "her"
                        )
            })
    });
    let mut hits = actor_hits(text, ctx.phrases, ctx.span);
    // a dateline ("KHARKIV, Ukraine, Aug 15 -") says where the report was filed, and
    // names no party
    hits.retain(|h| !ctx.dateline.is_some_and(|d| d.contains(&h.span)));
    if !self_report {
        hits.retain(|h| !src_span.is_some_and(|s| s.contains(&h.span)));
    }
    hits
}

/// Everything the builder needs about the document.
pub(crate) struct SentenceCtx<'a> {
    pub text: &'a str,
    /// The country of the document's dateline ("OUAGADOUGOU, Burkina Faso (Reuters) -"), as
    /// an ISO code: whose "the army" is when no place says.
    pub home: Option<&'static str>,
    pub paragraph: u32,
    pub span: Span,
    pub dateline: Option<Span>,
    pub quotes: &'a [Span],
    /// The document's one phrase scan.
    pub phrases: &'a PhraseScan,
    /// Places the gazetteer does not know that earlier sentences named with a cue ("in Nasir
    /// town", "the village of Kitango"), to be found again when named bare ("near Nasir").
    pub learned: &'a [Location],
}

/// Buffers of [`sentence_mentions`] kept from one sentence to the next (Speed: cleared, not
/// allocated anew, for every clause).
#[derive(Default)]
pub(crate) struct Scratch {
    /// The positions in the sentence's hits of those in the clause.
    clause_hits: Vec<usize>,
    cas_spans: Vec<Span>,
    keep: Vec<Kept>,
    groups: Vec<Kept>,
    kinds: Vec<(EventKind, Role, bool)>,
}

/// The mentions of one sentence, given the trigger hits inside it (in text order), appended
/// to `out`.
pub(crate) fn sentence_mentions(
    ctx: &SentenceCtx<'_>,
    hits: &[super::lexicon::Hit<'static, Trigger>],
    clauses: &[Clause],
    scratch: &mut Scratch,
    out: &mut Vec<Mention>,
) {
    let text = ctx.text;
    let Scratch {
        clause_hits: clause_idx,
        cas_spans,
        keep,
        groups,
        kinds,
    } = scratch;
    // Computed once, only when the sentence turns out to hold a mention.
    let mut source_cache: Option<Option<String>> = None;
    let mut place_cache: Option<Vec<crate::places::PlaceMatch>> = None;
    let mut actor_cache: Option<Vec<super::lexicon::Hit<'static, super::lexicon::ActorEntry>>> =
        None;
    out.clear();
    let mut loose_cas: Vec<(Span, CasualtyReading, Vec<FoundPlace>, bool)> = Vec::new();
    for clause in clauses {
        let c = clause.span;
        clause_idx.clear();
        clause_idx.extend(
            hits.iter()
                .enumerate()
                .filter(|(_, h)| c.start <= h.span.start && h.span.start < c.end)
                .filter(|(_, h)| !in_long_quote(ctx.quotes, h.span.start))
                .map(|(i, _)| i),
        );
        if clause_idx.is_empty() {
            continue;
        }
        let clause_hits = clause_idx.iter().filter_map(|&i| hits.get(i));
        let whits = weapon_hits(text, ctx.phrases, c);
        let has_ranged = whits.iter().any(|w| w.entry.ranged);
        // "in retaliation for an attack on tourists in April that killed 26": the figures
        // told of the motive (after it, with no comma between) are that event's
        // (Speed: looked for only in a clause with a casualty verb and a motive's word)
        let motive_at = clause_hits
            .clone()
            .any(|h| h.entry.flags.casualty || h.entry.flags.kills)
            .then(|| c.slice(text).is_some_and(may_hold_motive))
            .filter(|&may| may)
            .and_then(|_| {
                clause_hits
                    .clone()
                    .filter(|h| !h.entry.flags.casualty && motive::<8>(text, c.start, h.span.start))
                    .map(|h| h.span.end)
                    .next()
            });
        let of_motive = |at: Span| {
            motive_at.is_some_and(|m| {
                m <= at.start && text.get(m..at.start).is_some_and(|g| !g.contains(','))
            })
        };
        // "after a devastating earthquake in March that killed more than 3,700 people": a
        // hazard's toll (its name within six words before the verb, no comma between)
        // (or before the relative clause the verb opens: "after the 7.7 magnitude earthquake on
        // March 28, which killed more than 3,600 people")
        let of_hazard = |at: Span| {
            any_word_before(text, c.start, at.start, 6, true, HAZARDS)
                || clause.relative
                    && any_word_before(text, c.start, at.start, 3, true, &["which", "that"])
                    && any_word_before(text, ctx.span.start, c.start, 6, false, HAZARDS)
        };
        // "shot dead three protesters": a killing trigger is the clause's casualty verb, too
        cas_spans.clear();
        cas_spans.extend(
            clause_hits
                .clone()
                .filter(|h| h.entry.flags.casualty || h.entry.flags.kills)
                .map(|h| h.span)
                .filter(|s| !of_motive(*s)),
        );
        keep.clear();
        keep.extend(
            clause_hits
                .clone()
                .filter(|h| !h.entry.flags.casualty)
                .filter_map(|h| {
                    let floor = match ctx.dateline {
                        Some(d) if d.end > c.start && d.end <= h.span.start => {
                            Span::new(d.end, c.end)
                        }
                        _ => c,
                    };
                    kept(text, floor, h, &whits)
                }),
        );
        // "a protest in Bassikounou turned violent": a protest told before it in the clause
        // became a riot (a dispute that turned violent is a fight)
        let protest_at = keep
            .iter()
            .filter(|k| k.kind == EventKind::Protest)
            .map(|k| k.span.start)
            .min();
        if let Some(at) = protest_at {
            for k in keep.iter_mut().filter(|k| {
                k.span.start > at
                    && k.span
                        .slice(text)
                        .is_some_and(|w| starts_with_ci(w, "turned "))
            }) {
                k.kind = EventKind::Protest;
                k.sub_kind = "riot";
            }
        }
        // A casualty verb with a weapon as its agent is a strike ("a guided bomb killed two").
        if keep.iter().all(|k| k.role != Role::Event || k.statement) && has_ranged {
            if let Some(k) = cas_spans.first() {
                let kw = k.slice(text).unwrap_or("");
                if [
                    "killed", "kills", "killing", "injured", "wounded", "injuring", "wounding",
                ]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(kw))
                {
                    keep.retain(|k| !k.statement);
                    keep.push(Kept {
                        violation: false,
                        span: *k,
                        kind: EventKind::Strike,
                        sub_kind: "",
                        role: Role::Event,
                        attack_word: false,
                        statement: false,
                        kills: false,
                        intercepts: false,
                    });
                }
            }
        }
        // "Protesters attacked the embassies", "demonstrators stormed the parliament": a crowd
        // doing the violence is a riot, one protest event, not an armed clash beside it
        let crowd_word = |k: &Kept| {
            k.kind == EventKind::Protest && is_one_of(k.span.slice(text).unwrap_or(""), CROWDS)
        };
        if let Some(crowd) = keep.iter().find(|k| crowd_word(k)).map(|k| k.span.end) {
            let mut rioted = false;
            for k in keep.iter_mut() {
                let passive = || {
                    let [w0, ..] = last_words::<1>(text, crowd, k.span.start, false);
                    is_one_of(w0, &["was", "were", "been", "being"])
                };
                if k.kind == EventKind::Clash && k.span.start >= crowd && !passive() {
                    k.kind = EventKind::Protest;
                    k.sub_kind = "riot";
                    rioted = true;
                }
            }
            if rioted {
                keep.retain(|k| !crowd_word(k));
            }
        }
        // "shot dead three protesters", "demonstrators were fired on": the protesters are the
        // victims of the shooting, not a protest of their own
        if keep
            .iter()
            .any(|k| k.kind == EventKind::Clash && k.sub_kind == "attack")
        {
            keep.retain(|k| !crowd_word(k));
        }
        let has_event = keep.iter().any(|k| !k.statement && k.role == Role::Event);
        let has_ceasefire = keep
            .iter()
            .any(|k| k.kind == EventKind::Ceasefire && !k.statement);
        let has_meeting = keep.iter().any(|k| k.kind == EventKind::Meeting);
        let has_strike_event = keep
            .iter()
            .any(|k| k.kind == EventKind::Strike && k.role == Role::Event);
        // "Israel had violated the ceasefire agreement": the truce named after the violation
        // is its object, not a truce of its own
        let violated_at = keep.iter().find(|k| k.violation).map(|k| k.span.end);
        let violent = |k: &Kept| matches!(k.kind, EventKind::Strike | EventKind::Clash);
        // "blocked the highway to protest against the rising number of attacks", "due to meet
        // in Niamey to discuss the deployment of a joint force": what a protest or talks are
        // about is no event of its own
        // (Speed: the topic is looked for only when another kind of trigger follows)
        let talk_or_protest = |k: &Kept| matches!(k.kind, EventKind::Protest | EventKind::Meeting);
        let topic_from = keep.iter().find(|k| talk_or_protest(k)).and_then(|t| {
            keep.iter()
                .any(|k| !talk_or_protest(k) && k.span.start > t.span.end)
                .then(|| {
                    let topics = if t.kind == EventKind::Protest {
                        PROTEST_TOPIC
                    } else {
                        TALKS_TOPIC
                    };
                    topic_at(text, t.span.end, c.end, topics)
                })
                .flatten()
        });
        // "The KRG on Tuesday condemned the attack": a condemnation dated by its own day, of
        // an attack told before ("the", "this", "Monday's"), is a statement of its own beside
        // that attack named again
        // ("condemned the attack on Monday": the day may follow the attack named again)
        let a_day = |w: &&str| {
            crate::time::lexicon::weekday(w).is_some() || is_one_of(w, &["today", "yesterday"])
        };
        // ("In a press statement issued on Friday, the committee accused RSP cadres of
        // carrying out a pre-planned attack on its rally": so is an accusation of an attack)
        let accusing = |k: &Kept| {
            k.span
                .slice(text)
                .is_some_and(|w| w.eq_ignore_ascii_case("accused"))
        };
        let condemned = keep
            .iter()
            .filter(|k| {
                k.statement
                    && (accusing(k)
                        || is_one_of(
                            k.span.slice(text).unwrap_or(""),
                            &["condemned", "denounced"],
                        ))
            })
            .find_map(|k| {
                keep.iter()
                    .find(|v| v.span.start >= k.span.end)
                    .filter(|v| {
                        violent(v)
                            && if accusing(k) {
                                // (not "accused the 444 Brigade of shelling its positions":
                                // the act itself after "of" is told for the first time)
                                text.get(k.span.end..v.span.start)
                                    .is_some_and(|g| g.contains(" of ") && !g.ends_with(" of "))
                            } else {
                                definite_object(text, k.span.end, v.span.start)
                            }
                            && (last_words::<8>(text, ctx.span.start, k.span.start, false)
                                .iter()
                                .any(a_day)
                                || words_after::<2>(text, v.span.end, c.end, true)
                                    .iter()
                                    .any(|(_, w)| a_day(w)))
                    })
                    .map(|v| (k.span, v.span))
            });
        let kept_statement = |k: &Kept| k.statement && condemned.is_some_and(|(s, _)| s == k.span);
        groups.clear();
        for mut k in keep.drain(..) {
            if k.statement && !kept_statement(&k) && (has_event || keep_has_other(groups, &k)) {
                continue; // "claimed", "denied" next to a real event: its modality only
            }
            if !talk_or_protest(&k) && topic_from.is_some_and(|t| k.span.start >= t) {
                continue;
            }
            // (a noun within three words of it; "breaching an arrangement agreed on March 18"
            // still tells when that arrangement was made)
            let object = |v: usize| {
                let noun = !ends_with_ci(k.span.slice(text).unwrap_or(""), "ed");
                noun && text
                    .get(v..k.span.start)
                    .is_some_and(|between| between.split_whitespace().count() <= 3)
            };
            if !k.violation
                && matches!(k.kind, EventKind::Ceasefire | EventKind::Agreement)
                && violated_at.is_some_and(object)
            {
                continue;
            }
            // "U.S. strikes killed 74 ..., in the deadliest attack since March": the
            // superlative names the clause's strike again, as a record
            if violent(&k)
                && groups.iter().any(violent)
                && last_words::<2>(text, c.start, k.span.start, true)
                    .iter()
                    .any(|w| is_one_of(w, super::link::COMPARED))
            {
                continue;
            }
            if k.kind == EventKind::Agreement && has_ceasefire {
                k.kind = EventKind::Ceasefire; // "a truce agreed on March 18"
            }
            if k.kind == EventKind::Ceasefire && has_meeting && k.sub_kind.is_empty() {
                let before = words_before(text, c.start, k.span.start, 4, false);
                let sentence_l = lower(text, ctx.span);
                let proposal = ["proposed", "proposal", "offered"]
                    .iter()
                    .any(|w| sentence_l.contains(w));
                if any_in(&before, &["on", "discuss", "about", "over"]) && !proposal {
                    continue; // "talks on a ceasefire": the topic of the talks
                }
            }
            if k.role != Role::Event && has_strike_event {
                k.role = Role::Event; // "launched missiles ... hit" in one clause is one strike
            }
            groups.push(k);
        }
        // statements only when nothing else happens in the clause
        if groups.iter().any(|k| !k.statement) {
            groups.retain(|k| !k.statement || kept_statement(k));
        }
        // a hazard's toll is never an attack's: beside a strike or clash it is dropped, alone
        // it is a toll of its own, not the sentence's strike's
        let hazard_toll = cas_spans.iter().any(|s| of_hazard(*s));
        if hazard_toll && groups.iter().any(violent) {
            cas_spans.retain(|s| !of_hazard(*s));
        }
        let cas = if cas_spans.is_empty() {
            CasualtyReading::default()
        } else {
            casualties::read(text, c, ctx.span, cas_spans)
        };
        if groups.is_empty() && !cas.any {
            continue;
        }
        // (read in place: each mention takes its own copy, the clause none)
        let source = source_cache
            .get_or_insert_with(|| super::modality::source_of(text, ctx.phrases, ctx.span))
            .as_deref();
        let actor_all = actor_cache.get_or_insert_with(|| sentence_actors(ctx, source));
        // (Speed: a clause of statements only, with no casualty figure, uses no place: the
        // sentence's places are not read for it)
        let statements_only = groups.iter().all(|k| k.kind == EventKind::Statement) && !cas.any;
        let mut found = if statements_only {
            Vec::new()
        } else {
            let mut p = places_of(ctx, &mut place_cache, c);
            for k in groups.iter() {
                if p.iter().any(|x| x.span.start >= k.span.end) {
                    continue;
                }
                // (the place a clash's verb names as its object: "attacked Kpinkankandi"; the
                // place forces were sent to: "were deployed to Mandouri")
                let named = match k.kind {
                    EventKind::Clash => object_place(text, k.span, c.end),
                    EventKind::MilitaryActivity => destination_place(text, k.span, c.end),
                    _ => Vec::new(),
                };
                p.extend(named);
            }
            p
        };
        // "rallied in Tel Aviv to demand the return of the hostages held in Gaza", "protested
        // in London against the war in Gaza": what a protest is about is no place of it
        // (and "will meet in Muscat to discuss reopening the roads into Taiz": nor of talks)
        for (kind, topics) in [
            (EventKind::Protest, PROTEST_TOPIC),
            (EventKind::Meeting, TALKS_TOPIC),
        ] {
            if let Some(k) = groups
                .first()
                .filter(|_| groups.iter().all(|k| k.kind == kind))
            {
                if let Some(topic) = topic_at(text, k.span.end, c.end, topics) {
                    found.retain(|p| p.span.start < topic);
                }
            }
        }
        // ("there were no injuries" is no place: "there" before a form of "be")
        let place_anaphor = ctx.phrases.all(List::PlaceAnaphor, c).any(|o| {
            !(o.span
                .slice(text)
                .is_some_and(|p| p.eq_ignore_ascii_case(" there"))
                && word_after(text, o.span.end, c.end, true).is_some_and(|(_, w)| {
                    is_one_of(
                        w,
                        &["was", "were", "is", "are", "has", "have", "had", "will"],
                    )
                }))
        });
        // "A clinic in Nasir town was shelled. ... Nasir has seen repeated fighting": a place
        // the document named with a cue before, named bare
        if found.is_empty() && !statements_only {
            found.extend(learned_place(text, ctx.learned, c));
        }
        // "Nasir has seen repeated fighting since March 2025, when armed youths overran an
        // army garrison in the town": the town the sentence named before the clause
        if found.is_empty() && place_anaphor && c.start > ctx.span.start {
            let before = Span::new(ctx.span.start, c.start);
            found.extend(
                places_of(ctx, &mut place_cache, before)
                    .into_iter()
                    .rev()
                    .find(|p| p.location.precision() == Some(super::PlacePrecision::Town))
                    .or_else(|| learned_place(text, ctx.learned, before)),
            );
        }
        // "Israel struck Iranian nuclear sites": with no place named, the sites of a country
        // hit are in that country
        if found.is_empty() && !place_anaphor {
            let hit_at = groups
                .iter()
                .filter(|k| matches!(k.kind, EventKind::Strike | EventKind::Clash))
                .map(|k| k.span.end)
                .min();
            if let Some(p) = hit_at.and_then(|at| struck_country(text, actor_all, at, c.end)) {
                found.push(p);
            }
        }
        let intercept = groups.iter().all(|k| k.role == Role::Interception) && !groups.is_empty();
        let mut made_here = 0usize;
        kinds.clear();
        for k in groups.iter() {
            if !kinds
                .iter()
                .any(|(kk, _, vv)| *kk == k.kind && *vv == k.violation)
            {
                kinds.push((k.kind, k.role, k.violation));
            }
        }
        let kind_count = kinds.len();
        for (i, &(kind, role, violation)) in kinds.iter().enumerate() {
            let mine = || {
                groups
                    .iter()
                    .filter(move |k| k.kind == kind && k.violation == violation)
            };
            // "fighting had killed 45 civilians since the start of the month": a casualty
            // report over a period, not one clash.
            // ("Between 10 and 16 August, 14 people were killed ... in Israeli strikes": a
            // week's toll of many strikes; "Israeli strikes killed 60 since dawn" stays the
            // day's strikes)
            let noun_in = |list: &[&str]| {
                mine().all(|k| {
                    let w = k.span.slice(text).unwrap_or("");
                    list.iter().any(|g| g.eq_ignore_ascii_case(w))
                })
            };
            let over_period = || {
                let fighting = noun_in(&["fighting", "clashes", "violence", "shelling", "attacks"]);
                if !fighting && !noun_in(&["strikes", "airstrikes", "air strikes"]) {
                    return false;
                }
                let l = lower(text, ctx.span);
                let between_days = l.find("between ").is_some_and(|i| {
                    l.get(i + 8..)
                        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                });
                // ("more than 100 security personnel were killed in militant attacks in August":
                // a month's or a year's toll of many attacks)
                let month_or_year = || {
                    [" last month", " this month", " this year", " last year"]
                        .iter()
                        .any(|p| l.contains(p))
                        || l.match_indices(" in ").any(|(i, _)| {
                            let next = l.get(i + 4..).unwrap_or("");
                            let word = next.split(|c: char| !c.is_alphanumeric()).next();
                            word.is_some_and(|w| {
                                crate::time::lexicon::month(w).is_some()
                                    || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
                            })
                        })
                };
                between_days
                    || fighting
                        && ([
                            " since ",
                            " over the past ",
                            " in the past ",
                            " over the last ",
                        ]
                        .iter()
                        .any(|p| l.contains(p))
                            || month_or_year())
            };
            let kind =
                if cas.any && matches!(kind, EventKind::Clash | EventKind::Strike) && over_period()
                {
                    EventKind::Casualties
                } else {
                    kind
                };
            let Some(first) = mine().next() else { continue };
            // a place belongs to the trigger nearest before it, else to the first; one owned
            // by a trigger of the other family (fighting, talks) is not this mention's ("the
            // strikes were a declaration of war and talks scheduled for Sunday in Muscat were
            // meaningless": Muscat is the talks' place, not the strikes')
            let owner = |at: usize| {
                groups
                    .iter()
                    .filter(|k| k.span.end <= at)
                    .max_by_key(|k| k.span.end)
                    .or_else(|| groups.iter().min_by_key(|k| k.span.start))
                    .is_none_or(|k| fighting(k.kind) == fighting(kind))
            };
            let mut triggers: Vec<Span> = mine().map(|k| k.span).collect();
            let sub_kind = mine()
                .map(|k| k.sub_kind)
                .find(|s| !s.is_empty())
                .unwrap_or_default();
            let violent = matches!(
                kind,
                EventKind::Strike | EventKind::Clash | EventKind::Casualties
            );
            if violent && made_here == 0 {
                // "killed 30 on Tuesday": the casualty verb is part of the event's predicate
                for k in cas_spans.iter() {
                    if !triggers.contains(k) {
                        triggers.push(*k);
                    }
                }
            }
            let weapons = if kind == EventKind::Strike {
                weapons_in(text, c, &whits, intercept)
            } else {
                Vec::new()
            };
            let attack_word = mine().all(|k| k.attack_word);
            let anaphoric = is_anaphoric(text, c, first.span);
            // (the attack a condemnation names again is the one told before, and the clause's
            // day is the condemnation's, as a toll's revision: "On Thursday the ministry
            // raised the toll from the market strike")
            let condemned_again = condemned.is_some_and(|(_, object)| object == first.span);
            // "Poland scrambled fighter jets to protect its airspace during the attack": the
            // parties of a clause whose own event was told first are that event's, not those
            // of the attack it refers back to
            let told_for_another = anaphoric
                && matches!(kind, EventKind::Strike | EventKind::Clash)
                && out.iter().any(|m| m.clause == c && m.kind != kind);
            let mut actors = if told_for_another {
                Vec::new()
            } else {
                clause_actors(
                    text,
                    actor_all,
                    kind,
                    first.span,
                    c,
                    mine().any(|k| k.kills),
                    // (a dated motive split off names its own parties or none: "in
                    // retaliation for an April 22 attack on tourists")
                    // (nor an attack told again before a backdrop clause: "The attacks came a
                    // week after JNIM fighters ambushed a convoy" names the ambush's party)
                    clause.motive
                        || anaphoric
                            && matches!(kind, EventKind::Strike | EventKind::Clash)
                            && (!out.is_empty()
                                || clauses.iter().any(|cl| {
                                    cl.span.start >= c.end
                                        && cl.span.slice(text).is_some_and(|t| {
                                            starts_with_ci(t, "after ")
                                                || starts_with_ci(t, "before ")
                                        })
                                })),
                )
            };
            // (speed: only a clause with an unnamed party looks for one)
            let unnamed = || ctx.phrases.all(List::Generic, c).next().is_some();
            if matches!(
                kind,
                EventKind::Strike | EventKind::Clash | EventKind::Protest
            ) && unnamed()
            {
                let sentence_places;
                let where_ = if found.is_empty() {
                    sentence_places = places_of(ctx, &mut place_cache, ctx.span);
                    &sentence_places
                } else {
                    &found
                };
                generic_actors(ctx, c, &triggers, actor_all, where_, &mut actors);
            }
            // a withdrawal's withdrawing side, named or not, is acted upon
            let mut actors = withdrawal_roles(actors, sub_kind);
            // the side that shot down what was launched at it ("Ukraine's air force said it
            // had downed 29 of 35 drones"): named before the interception, it is the target
            let intercept_at = mine().filter(|k| k.intercepts).map(|k| k.span.start).min();
            if let Some(at) = intercept_at {
                // (after any other trigger before it: "Iran fired 180 missiles at Israel, most
                // of which were intercepted" names the attacker, not the interceptor)
                let from = mine()
                    .filter(|k| k.span.end <= at)
                    .map(|k| k.span.end)
                    .max()
                    .unwrap_or(c.start);
                for a in actors
                    .iter_mut()
                    .filter(|a| a.role == super::ActorRole::Initiator)
                {
                    let named_before = actor_all.iter().any(|h| {
                        h.entry.name == a.name && from <= h.span.start && h.span.start < at
                    });
                    if named_before {
                        a.role = super::ActorRole::Target;
                    }
                }
            }
            // "a ranger lost his leg when he stepped on a landmine", "their vehicle hit an
            // anti-tank mine": a mine that no named side laid is a toll, not an attack
            let a_mine = |s: Span| {
                s.slice(text).is_some_and(|w| {
                    ends_with_ci(w, "mine")
                        || ends_with_ci(w, "mines")
                        || starts_with_ci(w, "mine ")
                })
            };
            let mines_only = if whits.is_empty() {
                mine().any(|k| a_mine(k.span))
            } else {
                whits.iter().all(|w| a_mine(w.span))
            };
            let mine_blast = kind == EventKind::Strike
                && mines_only
                && !actors.iter().any(|a| a.role == super::ActorRole::Initiator);
            let (kind, sub_kind) = if mine_blast {
                (EventKind::Casualties, "landmine")
            } else {
                (kind, sub_kind)
            };
            out.push(Mention {
                kind,
                sub_kind,
                role,
                paragraph: ctx.paragraph,
                clause: c,
                triggers,
                anaphoric,
                attack_word,
                modality: modality_of(text, ctx.phrases, c, ctx.span, first.span, kind),
                // "Hours before the truce, Iranian missiles killed four people in Beersheba": a
                // truce named as a point in time is not where what follows happened
                places: if kind == EventKind::Statement
                    || (kind == EventKind::Ceasefire && {
                        let [det, prep] = last_words::<2>(text, c.start, first.span.start, true);
                        is_one_of(det, &["the", "a"])
                            && is_one_of(prep, &["before", "after", "since", "until", "during"])
                    }) {
                    Vec::new()
                } else if i + 1 == kind_count && (violent || made_here > 0 || !cas.any) {
                    // (Speed: the last mention of the clause takes its places, when no
                    // casualty-only reading below needs them, instead of a copy)
                    let mut own = std::mem::take(&mut found);
                    own.retain(|p| owner(p.span.start));
                    own
                } else {
                    found
                        .iter()
                        .filter(|p| owner(p.span.start))
                        .cloned()
                        .collect()
                },
                place_anaphor,
                actors,
                weapons,
                casualties: if violent && made_here == 0 {
                    cas
                } else {
                    CasualtyReading::default()
                },
                source: source.map(str::to_owned),
                dates: Candidates::default(),
                cumulative: false,
                revision_ref: (cas.revision || condemned_again) && violent,
                days_before_context: days_before_context(text, ctx.span.start, first.span.start),
                since_then: since_then(text, ctx.span),
                next_in_sequence: next_in_sequence(text, ctx.span.start, first.span.start),
                ongoing: ongoing(text, c, first.span) || just_reported(text, ctx.span),
            });
            if violent {
                made_here += 1;
            }
        }
        if made_here == 0 && cas.any {
            loose_cas.push((c, cas, found, hazard_toll));
        }
    }
    // Casualty figures of a clause without a strike or clash: the sentence's nearest one, else
    // a casualty-only mention.
    let source = source_cache.flatten();
    // (not the outbreak a "since" clause names: "At least 43 people have been killed since the
    // clashes erupted on Thursday" is a toll over the days since, not the first day's)
    let since_clause = |span: Span| clauses.iter().any(|cl| cl.span == span && cl.since);
    for (c, cas, found, hazard_toll) in loose_cas {
        // "The attack came two weeks after gunmen killed 52 people in Bokkos": a toll told
        // as some time before the sentence's event is an event of its own
        let back = text
            .get(c.start..)
            .filter(|r| r.get(..6).is_some_and(|h| h.eq_ignore_ascii_case("after ")))
            .and_then(|_| days_before_context(text, ctx.span.start, c.start + 6));
        // (a protest of the same clause takes the toll too: "Police fired live rounds at
        // protesters in Nairobi on Wednesday, killing at least eight people")
        let target = out
            .iter_mut()
            .filter(|m| {
                matches!(m.kind, EventKind::Strike | EventKind::Clash)
                    || m.kind == EventKind::Protest && m.clause == c
            })
            .filter(|m| !since_clause(m.clause) && !hazard_toll && back.is_none())
            .min_by_key(|m| m.clause.start.abs_diff(c.start));
        match target {
            Some(m) => {
                merge_figures(&mut m.casualties, &cas);
            }
            None => {
                let places = if found.is_empty() {
                    places_of(ctx, &mut place_cache, ctx.span)
                } else {
                    found
                };
                let cl = lower(text, c);
                let period = [
                    "in the past",
                    "over the past",
                    "in the last",
                    "so far",
                    "since ",
                ]
                .iter()
                .any(|p| cl.contains(p));
                let kw = c;
                // "Gunmen killed 12 villagers", "Nigerian troops killed 20 bandits": armed men
                // who kill are an attack with a party, not a bare toll
                let killing = if period { None } else { armed_killers(&cl) };
                let attack = killing.is_some();
                let actors = match killing {
                    Some(at) => {
                        let all = actor_cache
                            .get_or_insert_with(|| sentence_actors(ctx, source.as_deref()));
                        let verb = Span::new(c.start + at, c.start + at);
                        let mut actors = actors_for(text, all, EventKind::Clash, verb);
                        // the object of the killing ("three Israeli soldiers") is its target
                        victims(text, all, verb, c, &mut actors);
                        generic_actors(ctx, c, &[verb], all, &places, &mut actors);
                        actors
                    }
                    None => Vec::new(),
                };
                out.push(Mention {
                    kind: if attack {
                        EventKind::Clash
                    } else {
                        EventKind::Casualties
                    },
                    sub_kind: if attack { "attack" } else { "" },
                    // (a hazard's toll is its own, never a figure for a strike told nearby)
                    role: if period || attack || hazard_toll {
                        Role::Event
                    } else {
                        Role::CasualtyOnly
                    },
                    paragraph: ctx.paragraph,
                    clause: c,
                    triggers: vec![kw],
                    anaphoric: false,
                    attack_word: false,
                    modality: Modality::Asserted,
                    places,
                    place_anaphor: false,
                    actors,
                    weapons: Vec::new(),
                    casualties: cas,
                    source: source.clone(),
                    dates: Candidates::default(),
                    revision_ref: false,
                    days_before_context: back,
                    since_then: since_then(text, ctx.span),
                    next_in_sequence: next_in_sequence(text, ctx.span.start, kw.start),
                    ongoing: false,
                    cumulative: {
                        let l = lower(text, ctx.span);
                        [
                            " war ",
                            "the war",
                            "conflict",
                            "invasion",
                            "offensive has",
                            "campaign has",
                            "has since",
                            "have since",
                            "since the start of the war",
                            "insurgency",
                            "rebellion",
                            // ("were killed in the months of violence that followed")
                            "in the months of",
                            "in the weeks of",
                            "in the years of",
                            "during the months of",
                        ]
                        .iter()
                        .any(|w| l.contains(w))
                            || running_total(&l)
                    },
                });
            }
        }
    }
    // "host an emergency summit on Wednesday, which Tshisekedi and Kagame are expected to
    // attend": those a relative clause says attend are the meeting's participants; "the next
    // round of talks ..., which is scheduled to take place in Kuala Lumpur": where it says
    // the meeting is held is its place
    for cl in clauses.iter().filter(|cl| cl.relative) {
        let Some(said) = cl.span.slice(text) else {
            continue;
        };
        let attends = said.contains(" attend");
        let venue = [" take place", " be held", " held in", " hosted"]
            .iter()
            .any(|v| said.contains(v));
        let Some(meeting) = out
            .iter_mut()
            .filter(|m| m.kind == EventKind::Meeting && m.clause.end <= cl.span.start)
            .max_by_key(|m| m.clause.end)
            .filter(|_| attends || venue)
        else {
            continue;
        };
        if venue && meeting.places.is_empty() {
            meeting.places = places_of(ctx, &mut place_cache, cl.span);
        }
        if !attends {
            continue;
        }
        let all = actor_cache.get_or_insert_with(|| sentence_actors(ctx, source.as_deref()));
        for h in all.iter().filter(|h| cl.span.contains(&h.span)) {
            if !meeting.actors.iter().any(|a| a.name == h.entry.name) {
                meeting
                    .actors
                    .push(h.entry.actor(super::ActorRole::Participant));
            }
        }
    }
    // "A pipe bomb exploded at a house in Derry ... in what police have described as a
    // \"reckless and cowardly\" attack": the attack so described is the blast told before it,
    // one event, its trigger added to the blast's
    let fight = |m: &Mention| matches!(m.kind, EventKind::Strike | EventKind::Clash);
    let described = out.iter().position(|m| {
        fight(m)
            && m.role == Role::Event
            && m.triggers
                .first()
                .is_some_and(|t| described_as(text, ctx.span.start, t.start))
    });
    if let Some(di) = described {
        let told_before = out.iter().enumerate().position(|(i, m)| {
            i != di
                && fight(m)
                && m.role == Role::Event
                && m.triggers
                    .first()
                    .zip(out.get(di).and_then(|d| d.triggers.first()))
                    .is_some_and(|(a, b)| a.start < b.start)
        });
        if let Some(ti) = told_before {
            let moved = out.remove(di);
            let ti = if ti > di { ti - 1 } else { ti };
            if let Some(m) = out.get_mut(ti) {
                m.triggers.extend(moved.triggers);
            }
        }
    }
    // "protesting the detention, which it described as an abduction": a name given to what
    // was told, no act of its own
    out.retain(|m| {
        !((m.kind == EventKind::Other || matches!(m.sub_kind, "abduction" | "arrests"))
            && m.triggers
                .first()
                .is_some_and(|t| described_as(text, ctx.span.start, t.start)))
    });
    // A sentence with one mention and no place in its clause takes the sentence's places.
    if out.len() == 1 {
        if let Some(m) = out.first_mut() {
            if m.places.is_empty() && m.kind != EventKind::Statement {
                m.places = places_of(ctx, &mut place_cache, ctx.span);
            }
        }
    }
    out.sort_by_key(|m| m.triggers.first().map_or(0, |t| t.start));
}

/// The places of `within` (a part of the sentence), among the sentence's gazetteer matches,
/// found once into `cache` when first needed.
fn places_of(
    ctx: &SentenceCtx<'_>,
    cache: &mut Option<Vec<crate::places::PlaceMatch>>,
    within: Span,
) -> Vec<FoundPlace> {
    let all = cache.get_or_insert_with(|| crate::places::find_places(ctx.text, ctx.span));
    places_among(ctx.text, ctx.phrases, within, ctx.dateline, all)
}

/// The first place of `learned` named in `clause` as a whole name, with no capitalised word
/// right after it ("Nasir Ahmed" is a man).
fn learned_place(text: &str, learned: &[Location], clause: Span) -> Option<FoundPlace> {
    let said = clause.slice(text)?;
    learned.iter().find_map(|l| {
        said.match_indices(l.name.as_str()).find_map(|(i, name)| {
            let start = clause.start + i;
            let end = start + name.len();
            let longer = text
                .get(end..)
                .and_then(|r| r.strip_prefix(' '))
                .is_some_and(|r| r.starts_with(char::is_uppercase));
            (crate::text::is_whole_word(text, start, end) && !longer).then(|| FoundPlace {
                span: Span::new(start, end),
                location: super::location::Found::Named(l.clone()),
            })
        })
    })
}

fn keep_has_other(groups: &[Kept], k: &Kept) -> bool {
    groups.iter().any(|g| !g.statement && g.span != k.span)
}

/// Later figures replace earlier ones field by field: always when the later one revises a
/// toll ("rose to four"), otherwise only when it is not smaller (a later "eight members of one
/// family" does not undo "at least 30 killed"; "one person was killed" refines "at least one").
pub(crate) fn merge_figures(into: &mut CasualtyReading, from: &CasualtyReading) {
    fn pick(
        old: &mut Option<crate::number::Count>,
        new: Option<crate::number::Count>,
        revision: bool,
    ) {
        let Some(n) = new else { return };
        // "killed at least 18 people ... A regional official put the death toll at 22": two
        // estimates, not a revision: UCDP's low and high
        if let Some(o) = old.filter(|o| {
            !revision
                && (o.high.is_none() || o.high == o.low)
                && n.low.is_some_and(|l| o.low.is_some_and(|ol| l > ol))
                && n.high == n.low
        }) {
            *old = Some(crate::number::Count {
                low: o.low,
                high: n.high,
            });
            return;
        }
        let replace = match *old {
            None => true,
            Some(o) => revision || (!n.is_zero() && n.low.unwrap_or(0) >= o.low.unwrap_or(0)),
        };
        if replace {
            *old = Some(n);
        }
    }
    let f = &from.figures;
    let t = &mut into.figures;
    pick(&mut t.killed, f.killed, from.revision);
    pick(&mut t.injured, f.injured, false);
    pick(&mut t.missing, f.missing, false);
    pick(&mut t.children_killed, f.children_killed, from.revision);
    pick(&mut t.civilians_killed, f.civilians_killed, from.revision);
    into.any |= from.any;
    into.revision |= from.revision;
}

/// The locations of found places, without duplicates (Speed: moved, not copied).
pub(crate) fn locations(found: Vec<FoundPlace>) -> Vec<Location> {
    let mut out: Vec<Location> = Vec::with_capacity(found.len());
    for p in found {
        if !out.iter().any(|l| l.name == p.location.name()) {
            out.push(p.location.into_location());
        }
    }
    out
}

/// Trigger hits of `within`, in order (from the phrase scan).
pub(crate) fn scan(
    text: &str,
    phrases: &PhraseScan,
    within: Span,
) -> Vec<super::lexicon::Hit<'static, Trigger>> {
    TRIGGERS.found(text, phrases, List::Trigger, within)
}

#[cfg(test)]
mod tests {
    use super::{HABIT_AFTER, HABIT_WORDS};

    /// The quick refusal of [`super::kept`]'s habit test is sound: every phrase it stands
    /// for holds one of its words (and a phrase without one would fail here).
    #[test]
    fn every_habit_phrase_holds_a_habit_word() {
        for p in HABIT_AFTER {
            assert!(HABIT_WORDS.iter().any(|w| p.contains(w)), "{p}");
        }
        let holds = |t: &str| HABIT_WORDS.iter().any(|w| t.contains(w));
        assert!(holds("almost every week"));
        assert!(!holds("once a week"));
    }
}
