//! Modality (asserted, claimed, planned, proposed, denied) and source attribution ("according
//! to X", "X said").

use super::phrases::{List, PhraseScan};
use super::words::{REPORT_VERBS, any_word_before, words_after};
use super::{EventKind, Modality};
use crate::number::starts_with_ci;
use crate::text::Span;
use crate::text::is_one_of;

const PLANNED: &[&str] = &[
    "will",
    "would",
    "expected",
    "due",
    "planned",
    "plans",
    "plan",
    "scheduled",
    "anticipated",
    "upcoming",
    "prospect",
    "possibility",
    "set",
    "intends",
    "hopes",
    "going",
    "preparing",
];
const PROPOSED: &[&str] = &[
    "proposed",
    "proposal",
    "proposes",
    "offered",
    "offer",
    "suggested",
    "proposing",
];
const DENIED: &[&str] = &["denied", "denies", "deny", "dismissed", "dismisses"];
const CLAIM: &[&str] = &[
    "claimed",
    "claims",
    "claim",
    "alleged",
    "allegedly",
    "accuses",
    "accused",
];

/// Phrases of the sentence that [`modality_of`] reads: the cue words (checked as whole words
/// only when one of them is in the sentence at all) and the fixed phrases.
const PLANNED_AFTER: &[&str] = &[
    " will ",
    "expected",
    " due to ",
    "is planned",
    "are planned",
    "anticipated",
    "scheduled",
    " to hold ",
    " to resume ",
];
/// Phrases of a meeting still to come ("Negotiations on a second phase are to begin", "The
/// two leaders are to meet"); for a truce or deal they may tell what is still to come of one
/// already made ("on the 16th day of the truce").
const MEETING_AHEAD: &[&str] = &[
    " are to begin",
    " is to begin",
    " are to start",
    " is to start",
    " are to meet",
    " is to meet",
    " are to sign",
    " is to sign",
    " to be held",
    " to take place",
];
const SENTENCE_FUTURE: &[&str] = &[
    " will ",
    " are due to ",
    " is due to ",
    "is expected to",
    "are expected to",
    "is planned",
];
/// Readiness to meet, not a meeting: "said he would be ready to meet Putin", "is willing to
/// hold talks".
const READY: &[&str] = &[
    "ready to",
    "willing to",
    // (with its verb: "negotiators prepared to travel to Qatar" got ready for the talks)
    "is prepared to",
    "are prepared to",
    "was prepared to",
    "were prepared to",
    "be prepared to",
    "'s prepared to",
    "'re prepared to",
    "offered to",
    "offering to",
    "wants to",
    "want to",
];
const UNVERIFIED: &[&str] = &[
    "could not be independently verified",
    "could not be verified",
    "could not independently verify",
    "could not immediately verify",
    "could not be independently confirmed",
    "was not possible to verify",
    "were unable to verify",
    "was unable to verify",
    "without providing evidence",
    "without giving evidence",
];

/// Where a cue phrase counts (bits of [`Cues`]).
const DENIED_WORD: u16 = 1;
const CLAIM_WORD: u16 = 1 << 1;
const PLANNED_WORD: u16 = 1 << 2;
const PROPOSED_WORD: u16 = 1 << 3;
const HYPHEN_PROPOSED: u16 = 1 << 4;
const REJECTED_CLAIM: u16 = 1 << 5;
const PLANNED_AFTER_PHRASE: u16 = 1 << 6;
const SENTENCE_FUTURE_PHRASE: u16 = 1 << 7;
const UNVERIFIED_PHRASE: u16 = 1 << 8;
const READY_PHRASE: u16 = 1 << 9;
const MEETING_AHEAD_PHRASE: u16 = 1 << 10;

/// Every cue phrase once, with the bits of the lists it is in (read from the document's one
/// [`PhraseScan`], ASCII case-insensitive, overlapping: "claim" inside "rejected the claim"
/// too). Speed: one pass over the text instead of a lower-cased copy of the sentence and of
/// the clause, a substring search per phrase and a 40-word look-back per cue list for every
/// mention.
static CUES: std::sync::LazyLock<Vec<(&'static str, u16)>> = std::sync::LazyLock::new(|| {
    let lists: [(&[&str], u16); 11] = [
        (DENIED, DENIED_WORD),
        (CLAIM, CLAIM_WORD),
        (PLANNED, PLANNED_WORD),
        (PROPOSED, PROPOSED_WORD),
        (&["-proposed"], HYPHEN_PROPOSED),
        (
            &[
                "rejected the claim",
                // "rejected accusations by relatives that officers had shot dead a man",
                // "reports ... of a mass shooting ... are false"
                "rejected accusations",
                "rejected allegations",
                "rejected reports",
                "are false",
                "were false",
                "is false",
                "was false",
                "are untrue",
                "is untrue",
                "are baseless",
                "is baseless",
                "are unfounded",
            ],
            REJECTED_CLAIM,
        ),
        (PLANNED_AFTER, PLANNED_AFTER_PHRASE),
        (SENTENCE_FUTURE, SENTENCE_FUTURE_PHRASE),
        (UNVERIFIED, UNVERIFIED_PHRASE),
        (READY, READY_PHRASE),
        (MEETING_AHEAD, MEETING_AHEAD_PHRASE),
    ];
    let mut phrases: Vec<(&str, u16)> = Vec::new();
    for (list, bit) in lists {
        for p in list {
            match phrases.iter_mut().find(|(q, _)| q == p) {
                Some((_, bits)) => *bits |= bit,
                None => phrases.push((p, bit)),
            }
        }
    }
    phrases
});

/// The cue phrases, in the order of their [`List::Cue`] positions.
pub(crate) fn cue_phrases() -> impl Iterator<Item = &'static str> {
    CUES.iter().map(|(p, _)| *p)
}

/// The cue phrases around one trigger, each bit set only where its rule reads it: a cue word
/// before the trigger (in the sentence for denials and claims, in the clause for plans), a
/// phrase in the clause or anywhere in the sentence.
fn cues(text: &str, phrases: &PhraseScan, clause: Span, sentence: Span, trigger: Span) -> u16 {
    let mut found = 0u16;
    for m in phrases.all(List::Cue, sentence) {
        let (s, e) = (m.span.start, m.span.end);
        let (phrase, b) = CUES.get(m.index).copied().unwrap_or(("", 0));
        // "called on mediators to hold Israel responsible": no meeting held
        if phrase == " to hold " && held_to_account(text, e, sentence.end) {
            continue;
        }
        let before_trigger = e <= trigger.start;
        let in_clause = s >= clause.start && e <= clause.end;
        let mut keep = REJECTED_CLAIM | SENTENCE_FUTURE_PHRASE | UNVERIFIED_PHRASE | PROPOSED_WORD;
        if before_trigger {
            keep |= DENIED_WORD | CLAIM_WORD;
        }
        if before_trigger && s >= clause.start {
            keep |= PLANNED_WORD | HYPHEN_PROPOSED | READY_PHRASE;
        }
        if in_clause {
            keep |= PLANNED_AFTER_PHRASE | MEETING_AHEAD_PHRASE;
        }
        found |= b & keep;
    }
    found
}

/// True when "responsible" or "accountable" is among the four words from `pos` ("to hold
/// Israel responsible", "to hold the army fully accountable").
fn held_to_account(text: &str, pos: usize, ceil: usize) -> bool {
    words_after::<4>(text, pos.saturating_sub(1), ceil, true)
        .iter()
        .any(|(_, w)| is_one_of(w, &["responsible", "accountable"]))
}

/// The modality of the mention whose trigger is at `trigger` in `clause`.
pub(crate) fn modality_of(
    text: &str,
    phrases: &PhraseScan,
    clause: Span,
    sentence: Span,
    trigger: Span,
    kind: EventKind,
) -> Modality {
    let cue = cues(text, phrases, clause, sentence, trigger);
    let has = |bit: u16| cue & bit != 0;
    // Speed: the words before are checked in place (no lower-cased copy of each), and only
    // when one of the words is there at all.
    let before = |bit: u16, set: &[&str]| {
        has(bit) && any_word_before(text, clause.start, trigger.start, 12, false, set)
    };
    let before_sentence = |bit: u16, set: &[&str]| {
        has(bit) && any_word_before(text, sentence.start, trigger.start, 40, false, set)
    };
    let surface = trigger.slice(text).unwrap_or("");
    if before_sentence(DENIED_WORD, DENIED) || has(REJECTED_CLAIM) {
        return Modality::Denied;
    }
    let planned_kind = matches!(
        kind,
        EventKind::Meeting
            | EventKind::Agreement
            | EventKind::Ceasefire
            | EventKind::Protest
            | EventKind::MilitaryActivity
    );
    // "U.S.-proposed partial ceasefire"
    let proposed = matches!(kind, EventKind::Ceasefire | EventKind::Agreement)
        && (has(HYPHEN_PROPOSED)
            || has(PROPOSED_WORD)
                && sentence
                    .slice(text)
                    .unwrap_or("")
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| PROPOSED.iter().any(|p| p.eq_ignore_ascii_case(w))));
    // "told a news conference that talks would resume": reported as planned
    if kind == EventKind::Meeting && talks_will_take_place(text, trigger.end, clause.end) {
        return Modality::Planned;
    }
    // "proposed holding military talks", "offered talks", "proposed on Wednesday the creation
    // of a \"dialogue table\"": talks put forward, not held
    let talks_put_forward = kind == EventKind::Meeting
        && has(PROPOSED_WORD)
        && any_word_before(
            text,
            clause.start,
            trigger.start,
            8,
            false,
            &["proposed", "proposes", "proposing", "offered", "suggested"],
        );
    // "calls on the minister to consider requesting the deployment of the army", "urged the
    // government to send troops": a deployment asked for, not made
    let deployment_asked = kind == EventKind::MilitaryActivity
        && any_word_before(
            text,
            clause.start,
            trigger.start,
            10,
            false,
            &[
                "calls", "called", "calling", "urged", "urges", "urging", "demanded", "demands",
            ],
        );
    // "would be ready to meet Putin": an offer to meet, not a meeting
    if proposed
        || talks_put_forward
        || deployment_asked
        || (kind == EventKind::Meeting && has(READY_PHRASE))
    {
        return Modality::Proposed;
    }
    // "Teams will hold consultations on Thursday, before the full delegations travel to Geneva."
    let sentence_future = || {
        let clause_t = clause.slice(text).unwrap_or("");
        matches!(kind, EventKind::Meeting | EventKind::Agreement)
            && has(SENTENCE_FUTURE_PHRASE)
            && (starts_with_ci(clause_t, "before ") || starts_with_ci(clause_t, "after "))
    };
    // "agreed on Monday to hold talks next week": the agreement is made, the talks planned
    let agreed = kind == EventKind::Agreement && surface.eq_ignore_ascii_case("agreed");
    if planned_kind
        && (before(PLANNED_WORD, PLANNED)
            || (has(PLANNED_AFTER_PHRASE) && !agreed)
            || (has(MEETING_AHEAD_PHRASE) && kind == EventKind::Meeting)
            || sentence_future())
    {
        return Modality::Planned;
    }
    if !planned_kind && before(PLANNED_WORD, &["will", "would"]) && !surface.is_empty() {
        return Modality::Planned;
    }
    if has(UNVERIFIED_PHRASE)
        || before_sentence(CLAIM_WORD, CLAIM)
        || unverified_next(text, phrases, sentence.end)
    {
        return Modality::Claimed;
    }
    Modality::Asserted
}

/// True when the sentence after the one ending at `end` says what was told could not be
/// checked ("Russia said it had struck a meeting of commanders. The claim could not be
/// independently verified."): an [`UNVERIFIED`] phrase in the next 200 bytes, before the next
/// sentence's end. (Speed: read off the document's phrase scan, no copy of the text.)
fn unverified_next(text: &str, phrases: &PhraseScan, end: usize) -> bool {
    let next = Span::new(end, end.saturating_add(200).min(text.len()));
    phrases.all(List::Cue, next).any(|m| {
        CUES.get(m.index)
            .is_some_and(|(_, b)| b & UNVERIFIED_PHRASE != 0)
            && text
                .get(end..m.span.start)
                .is_some_and(|gap| !gap.trim_start().contains(['.', '!', '?']))
    })
}

/// "talks would be held in Geneva", "negotiations would resume on Monday": a meeting
/// reported as planned, not a hypothetical one ("talks would collapse", "talks could fail").
pub(crate) fn talks_will_take_place(text: &str, end: usize, ceil: usize) -> bool {
    let next = words_after::<4>(text, end, ceil, true);
    let mut words = next.iter().map(|(_, w)| *w);
    if !words
        .next()
        .is_some_and(|w| is_one_of(w, &["would", "will"]))
    {
        return false;
    }
    match words.next() {
        Some("be") => words
            .next()
            .is_some_and(|w| is_one_of(w, &["held", "convened"])),
        Some("take") => words.next() == Some("place"),
        Some(w) => is_one_of(
            w,
            &["resume", "start", "begin", "open", "convene", "continue"],
        ),
        None => false,
    }
}

fn clean_source(s: &str) -> Option<String> {
    let s = s
        .trim()
        .trim_matches(|c: char| {
            c == ',' || c == '.' || c == '"' || c == '\u{201D}' || c == '\u{201C}'
        })
        .trim();
    let s = s.strip_prefix("and ").unwrap_or(s);
    let words = s.split_whitespace().count();
    if s.is_empty()
        || words > 12
        || s.eq_ignore_ascii_case("it")
        || s.eq_ignore_ascii_case("he")
        || s.eq_ignore_ascii_case("she")
        || s.eq_ignore_ascii_case("they")
    {
        return None;
    }
    if s.contains(['"', '\u{201C}', '\u{201D}']) {
        return None;
    }
    let first = s.chars().next()?;
    if !(first.is_alphabetic()) {
        return None;
    }
    Some(s.to_string())
}

/// Who the sentence attributes its report to, if anyone.
pub(crate) fn source_of(text: &str, phrases: &PhraseScan, sentence: Span) -> Option<String> {
    let st = sentence.slice(text)?;
    // Speed: the document's one pass gives the first "according to " and, for each verb, its
    // last occurrence after a space (no lower-cased copy, no second search).
    let mut last: [Option<usize>; REPORT_VERBS.len()] = [None; REPORT_VERBS.len()];
    let mut according: Option<usize> = None;
    for m in phrases.all(List::Report, sentence) {
        let j = m.span.start.saturating_sub(sentence.start);
        match last.get_mut(m.index) {
            Some(slot) => {
                if j.checked_sub(1).and_then(|k| st.as_bytes().get(k)) == Some(&b' ') {
                    *slot = Some(slot.map_or(j, |p| p.max(j)));
                }
            }
            None => according = Some(according.map_or(j, |a| a.min(j))),
        }
    }
    if let Some(i) = according {
        let rest = st.get(i + 13..)?;
        let end = rest.find([',', ';', '.']).unwrap_or(rest.len());
        return clean_source(rest.get(..end)?);
    }
    // ", city officials said." at the end of the sentence.
    for (verb, found) in REPORT_VERBS.iter().zip(last) {
        // the last " <verb>" (the verb after a space) of the sentence
        if let Some(j) = found {
            let i = j - 1;
            let after = st.get(j + verb.len()..).unwrap_or("");
            let tail_ok = after.trim_start().is_empty()
                || after.starts_with('.')
                || after.starts_with(',')
                || [
                    " on ",
                    " in a statement",
                    " this ",
                    " today",
                    " yesterday",
                    " late",
                    " earlier",
                ]
                .iter()
                .any(|p| starts_with_ci(after, p));
            let head = st.get(..i)?;
            // (Speed: the last ", " by a look at byte pairs, no searcher built per verb)
            if let Some(c) = head.as_bytes().windows(2).rposition(|w| w == b", ") {
                if tail_ok && i > c {
                    return clean_source(head.get(c + 2..)?);
                }
            }
            // "Ukraine's air force said Russia launched ..."
            let plain_verb = matches!(*verb, "said" | "says" | "reported" | "announced" | "told");
            // (not a framing inside the event's own clause: "Israel struck targets on Monday
            // in what it said was a response")
            let framing = head.split_whitespace().count() > 8
                || head
                    .split_whitespace()
                    .any(|w| is_one_of(w, &["what", "which"]));
            if plain_verb && i < 80 && !head.contains(',') && !framing {
                let h = head.trim();
                let h = h.strip_prefix("Separately ").unwrap_or(h);
                return clean_source(h);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources() {
        let t = "One person was killed, according to the city's military administration.";
        assert_eq!(
            source_of(
                t,
                &PhraseScan::new(t, Span::new(0, t.len())),
                Span::new(0, t.len())
            )
            .as_deref(),
            Some("the city's military administration")
        );
        let t = "Russia attacked Kyiv overnight, killing three people, city officials said.";
        assert_eq!(
            source_of(
                t,
                &PhraseScan::new(t, Span::new(0, t.len())),
                Span::new(0, t.len())
            )
            .as_deref(),
            Some("city officials")
        );
        let t = "Ukraine's air force said Russia launched 100 drones.";
        assert_eq!(
            source_of(
                t,
                &PhraseScan::new(t, Span::new(0, t.len())),
                Span::new(0, t.len())
            )
            .as_deref(),
            Some("Ukraine's air force")
        );
        let t = "Russia struck Kyiv.";
        assert_eq!(
            source_of(
                t,
                &PhraseScan::new(t, Span::new(0, t.len())),
                Span::new(0, t.len())
            ),
            None
        );
    }

    #[test]
    fn modalities() {
        let m = |t: &str, trig: &str, k| {
            let i = t.find(trig).unwrap_or(0);
            let s = Span::new(0, t.len());
            modality_of(
                t,
                &PhraseScan::new(t, Span::new(0, t.len())),
                s,
                s,
                Span::new(i, i + trig.len()),
                k,
            )
        };
        assert_eq!(
            m(
                "Talks are expected to take place next week.",
                "Talks",
                EventKind::Meeting
            ),
            Modality::Planned
        );
        assert_eq!(
            m("Negotiators met in Abu Dhabi.", "met", EventKind::Meeting),
            Modality::Asserted
        );
        assert_eq!(
            m(
                "Delegations will meet in Geneva.",
                "meet",
                EventKind::Meeting
            ),
            Modality::Planned
        );
        assert_eq!(
            m(
                "a U.S.-proposed partial ceasefire",
                "ceasefire",
                EventKind::Ceasefire
            ),
            Modality::Proposed
        );
        assert_eq!(
            m(
                "the army denied that warplanes had bombed a depot",
                "bombed",
                EventKind::Strike
            ),
            Modality::Denied
        );
        assert_eq!(
            m(
                "Russia claimed its troops had captured the village",
                "captured",
                EventKind::Clash
            ),
            Modality::Claimed
        );
    }
}
