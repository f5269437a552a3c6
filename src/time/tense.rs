//! Tense cues: does the sentence speak of the future at a given phrase?
//!
//! The nearest cue word to the phrase decides: future cues (will, would, is expected to, is
//! due to, plans, planned, scheduled, next, upcoming ...) point forward; past cues (said, was,
//! were, had, any other word ending in -ed, common irregular past forms) point backward.
//! With no cue the sentence is taken as past-tense reporting, the common case in news.

use super::lexicon::AsciiLower;

const FUTURE: &[&str] = &[
    "will",
    "ll",
    "won't",
    "wont",
    "shall",
    "would",
    "going",
    "expected",
    "expects",
    "expect",
    "due",
    "plans",
    "plan",
    "planned",
    "planning",
    "scheduled",
    "schedule",
    "upcoming",
    "next",
    "intends",
    "intend",
    "intended",
    "slated",
    "anticipated",
    "set",
    "could",
    "might",
    "should",
    "hopes",
    "hope",
    "aims",
    "aim",
    "tomorrow",
    "coming",
    "later",
    "until",
    "must",
    "ahead",
    "forthcoming",
    "await",
    "awaits",
    "awaiting",
    "prepares",
    "preparing",
];

/// Future cues that only count right before the phrase ("to" in "will go to Moscow on
/// Friday" is not a cue by itself).
const WEAK_FUTURE: &[&str] = &["set", "until"];

/// Words after which "be" + participle speaks of the future.
const MODALS: &[&str] = &[
    "will", "ll", "would", "shall", "to", "could", "should", "might", "must", "may", "won't",
];

const PAST: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "told",
    "took",
    "met",
    "hit",
    "struck",
    "went",
    "came",
    "began",
    "left",
    "made",
    "gave",
    "saw",
    "held",
    "fell",
    "sent",
    "led",
    "ran",
    "shot",
    "fought",
    "won",
    "lost",
    "spoke",
    "wrote",
    "broke",
    "rose",
    "flew",
    "fled",
    "drove",
    "say",
    "says",
    "ago",
    "last",
    "yesterday",
    "earlier",
    "previous",
    "previously",
    "been",
];

/// True when the nearest tense cue to byte `at` of `sentence` is a future cue.
pub(crate) fn future_at(sentence: &str, at: usize) -> bool {
    let mut best: Option<(usize, bool)> = None;
    let bytes = sentence.as_bytes();
    let mut i = 0;
    // Words since a modal + "be" ("will be held", "to be signed"): the participle that
    // follows is not a past cue.
    let mut passive_future = 0u8;
    let mut prev_modal = false;
    while i < bytes.len() {
        let is_w = |b: u8| b.is_ascii_alphabetic() || b == b'\'';
        if !bytes.get(i).is_some_and(|&b| is_w(b)) {
            i += 1;
            continue;
        }
        let s = i;
        while bytes.get(i).is_some_and(|&b| is_w(b)) {
            i += 1;
        }
        let Some(word) = sentence.get(s..i) else {
            continue;
        };
        let word = word.trim_start_matches('\'');
        let low = word.to_ascii_lowercase_fixed();
        let w = low.as_str();
        let dist = if s >= at { s - at } else { at - i.min(at) };
        let is_modal = MODALS.contains(&w);
        let after_modal_be = prev_modal && w == "be";
        prev_modal = is_modal;
        if after_modal_be {
            passive_future = 3;
        } else {
            passive_future = passive_future.saturating_sub(1);
        }
        let cue = if after_modal_be {
            Some(true)
        } else if passive_future > 0 && (PAST.contains(&w) || w.ends_with("ed")) {
            None
        } else if FUTURE.contains(&w) {
            if WEAK_FUTURE.contains(&w) && !(i <= at && at - i < 40) {
                None
            } else {
                Some(true)
            }
        } else if PAST.contains(&w) || (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed")) {
            Some(false)
        } else {
            None
        };
        if let Some(f) = cue {
            if best.is_none_or(|(d, _)| dist < d) {
                best = Some((dist, f));
            }
        }
    }
    best.is_some_and(|(_, f)| f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fut(s: &str, phrase: &str) -> bool {
        future_at(s, s.find(phrase).unwrap())
    }

    #[test]
    fn cues() {
        assert!(fut("The leaders will meet on Thursday.", "Thursday"));
        assert!(fut("Talks are expected to start on Monday.", "Monday"));
        assert!(!fut("Russia struck Kyiv on Friday.", "Friday"));
        assert!(!fut("He said on Friday that talks would follow.", "Friday"));
        assert!(!fut("A strike on Friday killed 19.", "Friday"));
        assert!(!fut("Officials met on Tuesday.", "Tuesday"));
        assert!(fut(
            "Officials said talks will be held on Thursday.",
            "Thursday"
        ));
        assert!(fut("The deal is to be signed on Monday.", "Monday"));
        assert!(!fut("The deal was signed on Monday.", "Monday"));
    }
}
