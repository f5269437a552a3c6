//! Modality (asserted, claimed, planned, proposed, denied) and source attribution ("according
//! to X", "X said").

use super::words::{REPORT_VERBS, any_word_before, phrase_automaton};
use super::{EventKind, Modality};
use crate::text::Span;

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
const DENIED: &[&str] = &["denied", "denies", "deny", "dismissed"];
const CLAIM: &[&str] = &[
    "claimed",
    "claims",
    "claim",
    "alleged",
    "allegedly",
    "accuses",
    "accused",
];

/// The modality of the mention whose trigger is at `trigger` in `clause`.
pub(crate) fn modality_of(
    text: &str,
    clause: Span,
    sentence: Span,
    trigger: Span,
    kind: EventKind,
) -> Modality {
    // Speed: the words before are checked in place (no lower-cased copy of each).
    let before = |set: &[&str]| any_word_before(text, clause.start, trigger.start, 12, false, set);
    let clause_l = clause.slice(text).unwrap_or("").to_ascii_lowercase();
    let sent_l = sentence.slice(text).unwrap_or("").to_ascii_lowercase();
    let surface = trigger.slice(text).unwrap_or("");
    // "U.S.-proposed partial ceasefire"
    let hyphen_proposed = text
        .get(clause.start..trigger.start)
        .is_some_and(|b| b.to_ascii_lowercase().contains("-proposed"));
    let before_sentence =
        |set: &[&str]| any_word_before(text, sentence.start, trigger.start, 40, false, set);
    if before_sentence(DENIED) || sent_l.contains("rejected the claim") {
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
    let proposed = matches!(kind, EventKind::Ceasefire | EventKind::Agreement)
        && (hyphen_proposed
            || sent_l
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| PROPOSED.contains(&w)));
    if proposed {
        return Modality::Proposed;
    }
    let planned_after = [
        " will ",
        "expected",
        " due to ",
        "is planned",
        "are planned",
        "anticipated",
        "scheduled",
        " to hold ",
        " to resume ",
    ]
    .iter()
    .any(|p| clause_l.contains(p));
    // "Teams will hold consultations on Thursday, before the full delegations travel to Geneva."
    let sentence_future = matches!(kind, EventKind::Meeting | EventKind::Agreement)
        && [
            " will ",
            " are due to ",
            " is due to ",
            "is expected to",
            "are expected to",
            "is planned",
        ]
        .iter()
        .any(|p| sent_l.contains(p))
        && (clause_l.starts_with("before ") || clause_l.starts_with("after "));
    if planned_kind && (before(PLANNED) || planned_after || sentence_future) {
        return Modality::Planned;
    }
    if !planned_kind && before(&["will"]) && !surface.is_empty() {
        return Modality::Planned;
    }
    let unverified = sent_l.contains("could not be independently verified")
        || sent_l.contains("could not be verified")
        || sent_l.contains("without providing evidence")
        || sent_l.contains("without giving evidence");
    if unverified || before_sentence(CLAIM) {
        return Modality::Claimed;
    }
    Modality::Asserted
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

/// The report verbs, as one automaton (overlapping matches: "say" inside "says" too).
static REPORT_VERB_AUTOMATON: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| {
        phrase_automaton(
            REPORT_VERBS.iter().copied(),
            aho_corasick::MatchKind::Standard,
            false,
        )
    });

/// Who the sentence attributes its report to, if anyone.
pub(crate) fn source_of(text: &str, sentence: Span) -> Option<String> {
    let st = sentence.slice(text)?;
    let lower = st.to_ascii_lowercase();
    if let Some(i) = lower.find("according to ") {
        let rest = st.get(i + 13..)?;
        let end = rest.find([',', ';', '.']).unwrap_or(rest.len());
        return clean_source(rest.get(..end)?);
    }
    // ", city officials said." at the end of the sentence. Speed: one pass finds, for each
    // verb, its last occurrence after a space.
    let mut last: [Option<usize>; REPORT_VERBS.len()] = [None; REPORT_VERBS.len()];
    if let Some(ac) = REPORT_VERB_AUTOMATON.as_ref() {
        for m in ac.find_overlapping_iter(lower.as_str()) {
            let j = m.start();
            if j.checked_sub(1).and_then(|k| lower.as_bytes().get(k)) == Some(&b' ') {
                if let Some(slot) = last.get_mut(m.pattern().as_usize()) {
                    *slot = Some(j);
                }
            }
        }
    }
    for (verb, found) in REPORT_VERBS.iter().zip(last) {
        // the last " <verb>" (the verb after a space) of the sentence
        if let Some(j) = found {
            let i = j - 1;
            let after = lower.get(j + verb.len()..).unwrap_or("");
            let tail_ok = after.trim_start().is_empty()
                || after.starts_with('.')
                || after.starts_with(',')
                || after.starts_with(" on ")
                || after.starts_with(" in a statement")
                || after.starts_with(" this ")
                || after.starts_with(" today")
                || after.starts_with(" yesterday")
                || after.starts_with(" late")
                || after.starts_with(" earlier");
            let head = st.get(..i)?;
            if let Some(c) = head.rfind(", ") {
                if tail_ok && i > c {
                    return clean_source(head.get(c + 2..)?);
                }
            }
            // "Ukraine's air force said Russia launched ..."
            let plain_verb = matches!(*verb, "said" | "says" | "reported" | "announced" | "told");
            if plain_verb && i < 80 && !head.contains(',') {
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
            source_of(t, Span::new(0, t.len())).as_deref(),
            Some("the city's military administration")
        );
        let t = "Russia attacked Kyiv overnight, killing three people, city officials said.";
        assert_eq!(
            source_of(t, Span::new(0, t.len())).as_deref(),
            Some("city officials")
        );
        let t = "Ukraine's air force said Russia launched 100 drones.";
        assert_eq!(
            source_of(t, Span::new(0, t.len())).as_deref(),
            Some("Ukraine's air force")
        );
        let t = "Russia struck Kyiv.";
        assert_eq!(source_of(t, Span::new(0, t.len())), None);
    }

    #[test]
    fn modalities() {
        let m = |t: &str, trig: &str, k| {
            let i = t.find(trig).unwrap_or(0);
            let s = Span::new(0, t.len());
            modality_of(t, s, s, Span::new(i, i + trig.len()), k)
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
