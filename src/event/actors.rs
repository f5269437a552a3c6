//! Actors: who did it, to whom, with whom. Normalised through `data/en/actors.tsv`; a
//! capital's name is an actor only where it stands for its government ("Kyiv has accepted",
//! "led by Washington"), otherwise it is a place ("a strike on Kyiv").

use super::lexicon::{ACTORS, ActorEntry, Hit};
use super::phrases::{List, PhraseScan};
use super::words::{Holder, any_word_before, holder, last_words, word_after, words_after};
use super::{Actor, ActorRole, ActorType, EventKind};
use crate::text::{Span, is_one_of};

/// Adds `actor` to `actors`, once: a party already there becomes the initiator when it is
/// one here too.
pub(crate) fn add_party(actors: &mut Vec<Actor>, actor: Actor) {
    match actors.iter_mut().find(|a| a.name == actor.name) {
        Some(a) if actor.role == ActorRole::Initiator => a.role = ActorRole::Initiator,
        Some(_) => {}
        None => actors.push(actor),
    }
}

/// The endings of a sponsor's word ("Iran-backed militants", "al Qaeda-affiliated JNIM"): the
/// sponsor is no party to what its proxies do, and the proxies are a named party's.
pub(crate) const SPONSORED: &[&str] = &["-backed", "-aligned", "-linked", "-allied", "-affiliated"];

/// True when a verb of fighting off stands among the four words between a party ending at
/// `party_end` and the attack at `trigger_start` ("the army said it had repelled an attack",
/// "troops foiled an assault"): the party was attacked.
/// So too when the trigger is that verb ("troops repelled the assault", "fought off").
pub(crate) fn fends_off(text: &str, party_end: usize, trigger: Span) -> bool {
    repel_verb(text, trigger) || any_word_before(text, party_end, trigger.start, 4, true, REPELLED)
}

/// True when the trigger at `trigger` is a verb of fighting off ("repelled", "fought off"):
/// its object is the attack, and the party named in it the attacker.
fn repel_verb(text: &str, trigger: Span) -> bool {
    let surface = trigger.slice(text).unwrap_or("");
    is_one_of(surface, REPELLED)
        || (is_one_of(surface, &["fought", "fended", "beat"])
            && word_after(text, trigger.end, text.len(), true).is_some_and(|(_, w)| w == "off"))
}

/// Verbs of a side that fought off an attack ("repelled an attack", "foiled an assault").
const REPELLED: &[&str] = &[
    "repelled",
    "repulsed",
    "repel",
    "repulse",
    "repelling",
    "repulsing",
    "foiled",
    "thwarted",
];

/// Words after a capital's name that make it its government.
const GOV_NEXT: &[&str] = &[
    "has",
    "have",
    "had",
    "said",
    "says",
    "accepted",
    "accepts",
    "rejected",
    "rejects",
    "proposed",
    "denied",
    "denies",
    "would",
    "will",
    "accuses",
    "accused",
    "wants",
    "insists",
    "is",
    "was",
    "responded",
    "agreed",
    "announced",
    "claimed",
    "claims",
    "warned",
    "urged",
    "demanded",
    "refused",
    "sent",
    "launched",
    "struck",
    "hit",
    "blamed",
    "blames",
    "confirmed",
    "vowed",
    "hopes",
    "hoped",
    "says",
    "believes",
    "did",
    "does",
    "could",
    "should",
    "must",
    "may",
    "prepared",
    "prepares",
    "plans",
    "planned",
    "expects",
    "intends",
    "signalled",
    "signaled",
    "insisted",
    "welcomed",
    "welcomes",
    "condemned",
    "condemns",
    "dismissed",
    "retaliated",
    "ordered",
    "imposed",
    "summoned",
    "offered",
    "sought",
    "seeks",
    "held",
    "hold",
    "holds",
    "met",
    "signed",
    "exchanged",
];

/// True when the party named at `span` only qualifies what follows: a sponsor ("Iran-backed
/// militants", "Rwanda-aligned"), no party to what its proxies do; whose rule a territory is
/// under ("near Pahalgam in Indian-administered Kashmir", "Russian-occupied Donetsk"), no
/// party to what happens there.
pub(crate) fn qualifier_only(text: &str, span: crate::text::Span) -> bool {
    let rest = text.get(span.end..).unwrap_or("");
    span.slice(text).is_some_and(|s| s.ends_with("-backed"))
        || SPONSORED.iter().any(|x| rest.starts_with(x))
        || rest.starts_with("-administered")
        || rest.starts_with("-occupied")
}

/// Adjectives between a place preposition and a country's name ("in neighbouring Burkina
/// Faso").
const PLACE_ADJECTIVES: &[&str] = &[
    "neighbouring",
    "neighboring",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "war-torn",
    "conflict-hit",
    "occupied",
];

/// Nouns of a country's land, sea and air: after its demonym they name a place, not a party.
const GEOGRAPHY: &[&str] = &[
    "border",
    "borders",
    "frontier",
    "coast",
    "coastline",
    "side",
    "airspace",
    "waters",
    "territory",
    "soil",
    "countryside",
];

/// People of a country who live outside its reach: after its demonym they name no party
/// ("Cuban exiles", "Syrian refugees").
const DIASPORA: &[&str] = &[
    "exiles",
    "exile",
    "emigres",
    "émigrés",
    "expatriates",
    "expats",
    "diaspora",
    "refugees",
    "refugee",
    "migrants",
    "asylum",
];

/// Verbs by which a party reacts to an attack it did not carry out, or lays it on another:
/// "The Cypriot government condemned the bomb attacks in Kenya" names no attacker; "the
/// government blamed the RSF for the attacks" names the RSF only.
const REACTIONS: &[&str] = &[
    "called",
    "calls",
    "blamed",
    "blames",
    "blaming",
    "alarmed",
    "appalled",
    "horrified",
    "outraged",
    "shocked",
    "condemned",
    "condemns",
    "condemning",
    "denounced",
    "denounces",
    "deplored",
    "deplores",
    "mourned",
    "mourns",
    "welcomed",
    "welcomes",
    "praised",
    "hailed",
    "criticised",
    "criticized",
    "lamented",
    "regretted",
    "decried",
];

/// Words before a party named after a strike or clash verb that make it the target ("on
/// Kyiv", "against Russia").
const TARGET_PREPOSITIONS: &[&str] = &["on", "at", "against", "targeting", "toward", "towards"];

/// Nouns after "<capital>'s" that make it its government.
const GOV_POSS: &[&str] = &[
    "forces",
    "government",
    "delegation",
    "troops",
    "officials",
    "army",
    "military",
    "position",
    "proposal",
    "allies",
    "leaders",
    "envoy",
    "negotiators",
    "leadership",
    "demands",
    "response",
    "offer",
    "plan",
];

/// Verbs before a capital and "to" that make it the one who acts ("prompting Bangkok to
/// expel the envoy").
const CAUSATIVE: &[&str] = &[
    "prompting",
    "prompted",
    "forcing",
    "forced",
    "urging",
    "urged",
    "pressing",
    "pressed",
    "asking",
    "asked",
    "leading",
    "led",
    "pushing",
    "pushed",
    "allowing",
    "allowed",
];

/// True when the actor hit at `span` is a capital used for its government.
pub(crate) fn is_government_use(text: &str, span: Span) -> bool {
    let after = words_after::<2>(text, span.end, text.len(), false);
    if crate::text::possessive_at(text, span.end) {
        return after.get(1).is_some_and(|(_, w)| is_one_of(w, GOV_POSS));
    }
    if let Some((_, w)) = after.first() {
        if is_one_of(w, GOV_NEXT) {
            return true;
        }
    }
    // "Kyiv and Moscow held talks": the first of two capitals that act together
    if after.first().is_some_and(|(_, w)| *w == "and") {
        let three = words_after::<3>(text, span.end, text.len(), true);
        let word = |i: usize| three.get(i).map_or("", |(_, w)| *w);
        if is_one_of(word(2), GOV_NEXT)
            && super::lexicon::actor_by_name(word(1)).is_some_and(|a| a.gov)
        {
            return true;
        }
    }
    // the two words before, nearest first
    let [w0, w1] = last_words::<2>(text, 0, span.start, true);
    // "prompting Bangkok to expel", "urged Kyiv to accept": the one made to act
    let made_to_act = is_one_of(w0, CAUSATIVE) && after.first().is_some_and(|(_, w)| *w == "to");
    made_to_act
        || w0.eq_ignore_ascii_case("by")
        || (w0.eq_ignore_ascii_case("from")
            && is_one_of(
                w1,
                &[
                    "comment",
                    "response",
                    "word",
                    "reaction",
                    "statement",
                    "delegation",
                    "officials",
                ],
            ))
}

/// Words after a country's possessive that make the phrase a place of the country ("Congo's
/// largest city", "Israel's main airport").
const PLACE_OF_COUNTRY: &[&str] = &[
    "largest",
    "second-largest",
    "third-largest",
    "biggest",
    "second-biggest",
    "capital",
    "main",
    "border",
    "borders",
    "coast",
    "coastline",
    "airspace",
    "territory",
    "territorial",
    "central",
];

/// True when the words after a country's possessive (ending at `end`) name a place of that
/// country: a place word ("largest", "main", "border") or a direction ("northern"), or a
/// capitalised name and a region's noun ("Kharkiv region").
fn place_of_country(text: &str, end: usize, ceil: usize) -> bool {
    let next = words_after::<3>(text, end, ceil, true);
    // (the first word is the "s" of the possessive)
    let mut words = next.iter().map(|(_, w)| *w).skip_while(|w| *w == "s");
    match words.next() {
        Some(w) if is_one_of(w, PLACE_OF_COUNTRY) || is_one_of(w, super::location::DIRECTIONS) => {
            true
        }
        Some(w) if w.starts_with(|c: char| c.is_uppercase()) => words.next().is_some_and(|n| {
            is_one_of(n, super::location::PLACE_NOUNS_REGION) || n.eq_ignore_ascii_case("district")
        }),
        _ => false,
    }
}

/// The actor hits of `within`, keeping only actor uses: capitals only where they stand for a
/// government, country names not after a place preposition ("across Ukraine").
pub(crate) fn actor_hits(
    text: &str,
    phrases: &PhraseScan,
    within: Span,
) -> Vec<Hit<'static, ActorEntry>> {
    let mut hits = ACTORS.found(text, phrases, List::Actor, within);
    hits.retain(|h| {
        let held = holder(text, within.start, h.span);
        if held == Some(Holder::Mission) {
            return false; // "the embassies of Rwanda and France": no party
        }
        if h.entry.gov {
            return is_government_use(text, h.span);
        }
        let surface = h.span.slice(text).unwrap_or("");
        // "Foreign Minister Therese Kayikwamba Wagner": the last of a person's names, not the
        // armed group of that name ("Russia's Wagner", "the Russian Wagner group" are)
        if h.entry.actor_type == Some(super::ActorType::ArmedGroup) && !surface.contains(' ') {
            let [prev, first] = last_words::<2>(text, within.start, h.span.start, true);
            let name_like = |w: &str| w.len() > 1 && super::words::person_name_word(w);
            if name_like(prev) && name_like(first) {
                return false;
            }
        }
        // "Syrian rebels", "Malian jihadists": men of the country, not its state; "near the
        // Polish border", "off the Yemeni coast": a place, not a party; "Cuban exiles": no
        // party
        let country_word =
            h.entry.capital.is_some() && !surface.eq_ignore_ascii_case(&h.entry.name);
        // "ethnic Albanians in Kosovo": a people, not the state of that name
        // (Speed: a look at the bytes just before, not a word scan)
        let ethnic = || {
            let before = text
                .get(within.start..h.span.start)
                .unwrap_or("")
                .trim_end();
            crate::number::ends_with_ci(before, "ethnic")
                && !before
                    .len()
                    .checked_sub(7)
                    .and_then(|i| before.as_bytes().get(i))
                    .is_some_and(u8::is_ascii_alphanumeric)
        };
        if country_word && ethnic() {
            return false;
        }
        if country_word
            && word_after(text, h.span.end, within.end, true).is_some_and(|(_, w)| {
                is_one_of(w, super::trigger::ARMED_GENERIC)
                    || is_one_of(w, GEOGRAPHY)
                    || is_one_of(w, DIASPORA)
            })
        {
            return false;
        }
        let is_country_name =
            h.entry.capital.is_some() && surface.eq_ignore_ascii_case(&h.entry.name);
        if is_country_name {
            let [w0, w1] = last_words::<2>(text, within.start, h.span.start, true);
            // "on the border with Belarus", "its frontier with Rwanda": a place, not a party
            if w0.eq_ignore_ascii_case("with") && is_one_of(w1, GEOGRAPHY) {
                return false;
            }
            // "Port Sudan", "Lake Chad": a place named after the country
            if ["Port", "Fort", "Lake", "Mount", "Cape"].contains(&w0) {
                return false;
            }
            let possessive = crate::text::possessive_at(text, h.span.end);
            // "eastern Congo's largest city", "Israel's main airport", "Ukraine's Kharkiv
            // region": a place of the country, not its state
            if possessive && place_of_country(text, h.span.end, within.end) {
                return false;
            }
            // "in Ukraine", "in neighbouring Burkina Faso", "across war-torn Sudan"
            let place_prep = |w: &str| is_one_of(w, super::words::PLACE_PREPOSITIONS);
            let in_place = place_prep(w0) || (is_one_of(w0, PLACE_ADJECTIVES) && place_prep(w1));
            if !possessive && held.is_none() && in_place {
                return false;
            }
        }
        true
    });
    // "Sudan's paramilitary Rapid Support Forces", "Yemen's Houthi movement": the country
    // only says whose armed group it is, and is no party
    let group_after = |h: &Hit<'static, ActorEntry>| {
        let possessive = crate::text::possessive_at(text, h.span.end);
        h.entry.capital.is_some()
            && possessive
            && hits.iter().any(|g| {
                g.entry.actor_type == Some(ActorType::ArmedGroup)
                    && g.span.start > h.span.end
                    && text
                        .get(h.span.end..g.span.start)
                        .is_some_and(|gap| gap.split_whitespace().count() <= 2)
            })
    };
    // (an empty list, the common case, allocates nothing)
    let dropped: Vec<Span> = hits
        .iter()
        .filter(|h| group_after(h))
        .map(|h| h.span)
        .collect();
    if !dropped.is_empty() {
        hits.retain(|h| !dropped.contains(&h.span));
    }
    hits
}

/// Weapons after a demonym that make its country the side that fired them ("Ukrainian
/// drones", "Russian missiles").
const ARMS_AFTER_DEMONYM: &[&str] = &[
    "drone",
    "drones",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "jets",
    "warplanes",
    "aircraft",
    "helicopters",
    "artillery",
    "shells",
    "bombs",
    "warships",
    "strikes",
    "airstrikes",
    "raids",
];

/// True when the words after a demonym ending at `end` name what its side fired or flew:
/// "Ukrainian drones", "British air strikes", "US strikes" (not "Ukrainian air bases").
fn fired_by(text: &str, end: usize) -> bool {
    let next = words_after::<2>(text, end, text.len(), true);
    let mut words = next.iter().map(|(_, w)| *w);
    match words.next() {
        Some(w) if is_one_of(w, ARMS_AFTER_DEMONYM) => true,
        Some(w) if w.eq_ignore_ascii_case("air") => words
            .next()
            .is_some_and(|w| is_one_of(w, &["strike", "strikes", "raid", "raids", "force"])),
        _ => false,
    }
}

/// True when the party at `party` is one of the sides named in "between ... and ..." just
/// after a fight's trigger: "clashes between Thai and Cambodian troops", "fighting between the
/// Sudanese army and the Rapid Support Forces" (both sides fought).
pub(crate) fn between_sides(text: &str, trigger: Span, party: Span) -> bool {
    text.get(trigger.end..party.start).is_some_and(|gap| {
        let gap = gap.trim_start();
        gap.get(..8)
            .is_some_and(|w| w.eq_ignore_ascii_case("between "))
            && gap.split_whitespace().count() <= 8
            && !gap.contains([',', ';', '.'])
    })
}

/// Words after a party's name that make it the armed side named ("Russian forces", "RSF
/// artillery", "Israeli jets").
const ARMED_AFTER_PARTY: &[&str] = &[
    "forces",
    "troops",
    "drones",
    "drone",
    "missiles",
    "missile",
    "army",
    "military",
    "jets",
    "artillery",
    "fighters",
    "rebels",
    "soldiers",
    "positions",
    "warplanes",
    "militants",
    "tanks",
    "navy",
    "air",
];

/// True when the word after a party's name ending at `end` is one of [`ARMED_AFTER_PARTY`].
fn armed_after(text: &str, end: usize) -> bool {
    word_after(text, end, text.len(), true).is_some_and(|(_, w)| is_one_of(w, ARMED_AFTER_PARTY))
}

/// Actors of one mention with their roles relative to the trigger at `trigger`.
pub(crate) fn actors_for(
    text: &str,
    hits: &[Hit<'static, ActorEntry>],
    kind: EventKind,
    trigger: Span,
) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::new();
    // "Hezbollah confirmed that its leader was killed in an Israeli air strike": a party named
    // right before a strike or clash (its modifier) is its side; parties named before that one,
    // not joined to it by "and", are not (victims or speakers)
    let violent = matches!(kind, EventKind::Strike | EventKind::Clash);
    let modifier = hits
        .iter()
        .filter(|h| h.span.end <= trigger.start)
        .max_by_key(|h| h.span.end)
        .filter(|h| {
            violent
                && text
                    .get(h.span.end..trigger.start)
                    .is_some_and(|gap| gap.trim().is_empty())
        })
        .map(|h| h.span);
    // (read once: the trigger is a verb of fighting off)
    let repels = violent && repel_verb(text, trigger);
    for h in hits {
        if let Some(m) = modifier {
            let joined = text.get(h.span.end..m.start).is_some_and(|gap| {
                let gap = gap.trim();
                gap.is_empty() || gap == "and" || gap == "," || gap == "-"
            });
            if h.span.end <= m.start && !joined {
                continue;
            }
        }
        let side = kind == EventKind::Clash
            && h.span.start > trigger.end
            && between_sides(text, trigger, h.span);
        let mut role = match kind {
            EventKind::Strike
            | EventKind::Clash
            | EventKind::Statement
            | EventKind::MilitaryActivity => {
                if h.span.start < trigger.start {
                    // "the army said it had repelled an attack": who repels it was attacked
                    if fends_off(text, h.span.end, trigger) {
                        ActorRole::Target
                    } else {
                        ActorRole::Initiator
                    }
                } else {
                    let target_prep =
                        any_word_before(text, 0, h.span.start, 2, true, TARGET_PREPOSITIONS);
                    let surface = h.span.slice(text).unwrap_or("");
                    // a demonym after the trigger is the speaker or the forces that act
                    // ("said U.S. officials"); after a strike or clash only before a weapon
                    // ("shot down Ukrainian drones"), after "by" ("an attack by Ukrainian
                    // forces") or past a comma ("after the bombings, U.S. forces launched"),
                    // else it is what was hit ("struck Ukrainian positions",
                    // "Iranian nuclear sites")
                    let demonym_mod = !surface.eq_ignore_ascii_case(&h.entry.name)
                        && (!matches!(kind, EventKind::Strike | EventKind::Clash)
                            || text
                                .get(trigger.end..h.span.start)
                                .is_some_and(|gap| gap.contains(','))
                            || fired_by(text, h.span.end));
                    // the agent of a passive, by name or demonym ("a missile fired by Yemen's
                    // Houthis", "an attack by Ukrainian forces")
                    // ("drones launched by Sudan's paramilitary Rapid Support Forces": between
                    // "by" and the name only possessives and words in lower case)
                    let agent = {
                        let w = last_words::<4>(text, trigger.end, h.span.start, true);
                        w.iter()
                            .position(|x| x.eq_ignore_ascii_case("by"))
                            .is_some_and(|i| {
                                w.iter().take(i).all(|x| {
                                    (x.starts_with(|c: char| c.is_lowercase())
                                        && !x.ends_with("ing")
                                        && !x.ends_with("ed")
                                        && !is_one_of(x, &["and", "or"]))
                                        || x.ends_with("'s")
                                        || x.ends_with("\u{2019}s")
                                })
                            })
                    };
                    // "The assault was claimed by the al-Qaida-linked group JNIM": who
                    // claims it is who did it
                    let claimed_by = {
                        let w = last_words::<6>(text, trigger.end, h.span.start, true);
                        w.windows(2).any(|p| {
                            matches!(p, [by, claimed] if by.eq_ignore_ascii_case("by")
                                && is_one_of(claimed, &["claimed", "claims"]))
                        })
                    };
                    // "In a separate attack on Friday, RSF artillery shelled a hospital": the
                    // armed subject of the clause past the comma
                    let comma_subject = text
                        .get(trigger.end..h.span.start)
                        .is_some_and(|gap| gap.contains(','))
                        && armed_after(text, h.span.end);
                    if target_prep {
                        ActorRole::Target
                    } else if demonym_mod || side || agent || claimed_by || comma_subject {
                        ActorRole::Initiator
                    } else {
                        ActorRole::Target
                    }
                }
            }
            EventKind::Ceasefire | EventKind::Agreement => {
                let rest = text.get(h.span.end..).unwrap_or("");
                if rest.starts_with("-proposed")
                    || rest.starts_with("-brokered")
                    || rest.starts_with("-mediated")
                {
                    ActorRole::Initiator
                } else {
                    ActorRole::Participant
                }
            }
            _ => ActorRole::Participant,
        };
        let surface = h.span.slice(text).unwrap_or("");
        // "At least 13 peacekeepers, including nine South Africans, were killed": people of a
        // country counted among the dead are victims, wherever they stand
        // (a demonym used as a plural noun: "33 Ukrainian drones" are what Ukraine fired)
        if violent
            && !surface.eq_ignore_ascii_case(&h.entry.name)
            && surface.ends_with('s')
            && crate::number::parse_number(last_words::<1>(text, 0, h.span.start, true)[0])
                .is_some()
        {
            role = ActorRole::Target;
        }
        if qualifier_only(text, h.span) {
            continue;
        }
        // After a strike or clash trigger only targets ("on Kyiv", "against Russia") and armed
        // parties ("by Russian drones") count: "the hometown of Ukrainian President Zelenskiy"
        // names no party.
        if violent
            && h.span.end <= trigger.start
            && any_word_before(text, h.span.end, trigger.start, 20, false, REACTIONS)
        {
            continue;
        }
        // "condemned the attacks and called on the United States and France to ...": the
        // addressees of a call are no party to the fighting
        if violent
            && h.span.start > trigger.end
            && super::words::called_on(text, trigger.end, h.span.start)
        {
            continue;
        }
        if violent && h.span.start > trigger.end {
            let before = |set: &[&str]| any_word_before(text, 0, h.span.start, 2, true, set);
            // ("by" may stand before a country's words: "launched by Sudan's paramilitary
            // Rapid Support Forces")
            let target_prep = before(TARGET_PREPOSITIONS)
                || any_word_before(text, 0, h.span.start, 4, true, &["by"]);
            let armed_next = armed_after(text, h.span.end);
            // "Russia struck Ukraine": the verb's object is its target
            let object = text
                .get(trigger.end..h.span.start)
                .is_some_and(|gap| gap.trim().is_empty());
            // "intercepted a missile launched from Yemen": where it was fired from is its side
            // (Speed: read only for a name that would be left out otherwise)
            let launched_from = || match last_words::<2>(text, 0, h.span.start, true) {
                [near, far] => {
                    near.eq_ignore_ascii_case("from")
                        && is_one_of(far, &["launched", "fired", "flown"])
                }
            };
            // "the army said, blaming the RSF": the party an attack is laid on
            let blamed = before(&["blaming", "blamed", "blames"]);
            // "repelled 61 Russian assaults": the attack fought off is the attacker's
            let repelled = repels && !before(TARGET_PREPOSITIONS);
            if blamed || repelled {
                role = ActorRole::Initiator;
            } else if !target_prep && !armed_next && !object && !side {
                if !launched_from() {
                    continue;
                }
                role = ActorRole::Initiator;
            }
        }
        add_party(&mut out, h.entry.actor(role));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<String> {
        actor_hits(
            t,
            &PhraseScan::new(t, Span::new(0, t.len())),
            Span::new(0, t.len()),
        )
        .iter()
        .map(|h| h.entry.name.clone())
        .collect()
    }

    #[test]
    fn capitals_as_governments() {
        assert_eq!(
            names("a ceasefire, which Kyiv has already accepted"),
            vec!["Ukraine"]
        );
        assert!(names("a missile strike on Kyiv").is_empty());
        assert_eq!(names("efforts led by Washington"), vec!["United States"]);
        assert_eq!(names("no immediate comment from Kyiv"), vec!["Ukraine"]);
        // two capitals that act together; a capital and a town that were hit are places
        assert_eq!(
            names("Kyiv and Moscow held two rounds of talks"),
            vec!["Ukraine", "Russia"]
        );
        assert!(names("drones hit Kyiv and Odesa overnight").is_empty());
        assert!(names("an alert across Ukraine").is_empty());
        assert_eq!(
            names("Russian forces and the Kremlin"),
            vec!["Russia", "Russia"]
        );
    }
}
