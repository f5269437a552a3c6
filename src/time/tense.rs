//! Tense cues: does the sentence speak of the future at a given phrase?
//!
//! The nearest cue word to the phrase decides: future cues (will, would, is expected to, is
//! due to, plans, planned, scheduled, next, upcoming ...) point forward; past cues (said, was,
//! were, had, any other word ending in -ed, common irregular past forms) point backward.
//! With no cue the sentence is taken as past-tense reporting, the common case in news.

use super::lexicon::{AsciiLower, LOWER_MAX_LEN};
use crate::number::ends_with_ci;
use crate::text::is_one_of;

/// Words that point forward wherever they stand.
const FUTURE: &[&str] = &[
    "will",
    "ll",
    "won't",
    "wont",
    "shall",
    "would",
    "must",
    "going",
    "upcoming",
    "next",
    "tomorrow",
    "coming",
    "later",
    "ahead",
    "forthcoming",
    "await",
    "awaits",
    "awaiting",
    "slated",
    "anticipated",
    "expected",
    "soon",
    "scheduled",
    "until",
    "planned",
    "planning",
    // modals of what may come ("the airport could reopen on Wednesday", "skies should be
    // clear on Sunday night"; "could have struck on Tuesday" is read by its participle,
    // nearer the phrase)
    "could",
    "should",
    "might",
    // "forecasters expect landfall late Tuesday", "expects its busiest day on Monday"
    "expect",
    "expects",
    // "the service forecasts the first snowfall from Thursday night": a forecast is of what
    // is ahead, verb or noun
    "forecasts",
    "forecasting",
    "predicts",
    "predicting",
];

/// Present-tense verbs of scheduled events: in news they speak of what is ahead ("the
/// leaders meet Monday", "the trial opens Tuesday"). Forms that are mostly nouns or
/// adjectives ("visit", "vote", "return") are left out ("open" and "close" count only after
/// [`OPENING_PLACES`]), and none counts after a determiner ("the meet").
const PRESENT_SCHEDULE: &[&str] = &[
    "meet",
    "meets",
    // "The island marks Liberation Day on Sunday"
    "marks",
    "celebrates",
    "commemorates",
    "begin",
    "begins",
    "starts",
    "opens",
    "resume",
    "resumes",
    "arrive",
    "arrives",
    "convene",
    "convenes",
    "travels",
    "expires",
    "ends",
    // "Thursday's stage finishes at Luz Ardiden"
    "finishes",
    "concludes",
    "reopen",
    "reopens",
    "closes",
    // "the new rules take effect on Tuesday", "takes office on Monday"
    "take",
    "takes",
    // "the festival kicks off on Friday"
    "kicks",
    // "Morocco faces Nigeria on Sunday", "Liverpool hosts Arsenal", "plays Chelsea"
    "faces",
    "hosts",
    "plays",
    "testifies",
    "departs",
    // "the feast falls on 3 September", "the anniversary comes on Friday", "he flies home on
    // Thursday", "celebrations continue on Saturday"
    "falls",
    "comes",
    "flies",
    "continue",
    "continues",
    // "voters go to the polls on Sunday", "the rebels go on trial", "foreign ministers gather
    // in Brussels", "the two leaders hold talks", "troops withdraw under the deal"
    "go",
    "goes",
    "gather",
    "gathers",
    "hold",
    "holds",
    "heads",
    "withdraw",
    "withdraws",
    // only after [`OPENING_PLACES`]
    "open",
    "close",
];

/// The places of a vote, which open and close on its day: "open" and "close" after them are
/// present verbs of a schedule ("polls open at 7 a.m. and close at 8 p.m. on Sunday"; "shops
/// close on Christmas Day" is a habit, left to the tense).
const OPENING_PLACES: &[&str] = &["polls", "stations", "booths", "centres", "centers"];

/// Linking verbs that, like "be" after a modal, make the participle after them no past
/// tense: "offices will stay closed on Sunday", "schools will remain shut".
const LINKING: &[&str] = &["stay", "remain", "become", "get", "keep"];

/// Past verbs after which "until" still looks ahead: a thing put off, extended or shut till
/// a day that may not have come ("postponed the vote until Tuesday", "remanded him until
/// Monday", "closed the crossing until further notice"). After any other active past verb
/// "until" closes what was done ("heard shooting until about 10 p.m. on Monday").
const DEFERRING: &[&str] = &[
    "postponed",
    "delayed",
    "deferred",
    "extended",
    "adjourned",
    "suspended",
    "remanded",
    "prolonged",
    "rescheduled",
    "pushed",
    "put",
    "moved",
    "closed",
    "shut",
    "banned",
    "barred",
    "imposed",
    "declared",
    "ordered",
    "granted",
    "gave",
    "set",
    "kept",
    "held",
    "paused",
    "halted",
    "froze",
    "frozen",
    "blocked",
    "sealed",
    "cancelled",
    "canceled",
    "decided",
    "agreed",
    "asked",
    "told",
    "urged",
    "given",
    "allowed",
    "offered",
];

/// Determiners: after one, "planned" is an adjective ("a planned offensive") and a
/// [`PRESENT_SCHEDULE`] word a noun ("the meet").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "that",
];

/// Besides [`DETERMINERS`], words after which "planned" is an adjective or a past plan ("the
/// long-planned talks", "as previously planned", "on Thursday as planned"), not a look ahead.
const PLANNED_ADJECTIVE_AFTER: &[&str] =
    &["long", "well", "already", "previously", "originally", "as"];

/// Besides [`DETERMINERS`], words after which a [`PRESENT_SCHEDULE`] word is not a present
/// tense ("did meet", "could resume", "to arrive").
/// ("put on hold": a noun after "on")
const NOT_PRESENT_BEFORE: &[&str] = &["did", "didn't", "not", "could", "might", "may", "to", "on"];

/// Words that point forward only before "to" or "for" ("plans to", "scheduled for"): as
/// nouns or in other frames ("vacation plans", "due to the war") they say nothing.
const FUTURE_BEFORE_TO: &[&str] = &[
    "forecast",
    "due",
    "plans",
    "plan",
    "scheduled",
    "schedule",
    "intends",
    "intend",
    "intended",
    "set",
    "hopes",
    "hope",
    "aims",
    "aim",
    "prepares",
    "preparing",
    "is",
    "are",
    "am",
];

/// Verbs whose infinitive complement lies ahead of them ("invited the negotiators to resume
/// talks on Thursday", "urged them to leave by Friday"): a "to" shortly after one, before
/// the phrase, points forward. Implicative verbs ("managed to", "failed to") are not here.
const DIRECTIVE: &[&str] = &[
    "invited",
    "invites",
    "invite",
    "asked",
    "asks",
    "urged",
    "urges",
    "agreed",
    "agree",
    "agrees",
    "decided",
    "promised",
    "pledged",
    "vowed",
    "offered",
    "pressed",
    "called",
    "wants",
    "wanted",
    "agreement",
    "deal",
    "decision",
    "proposal",
    "pact",
    "accord",
];

/// Auxiliaries remembered for "had been due to", "was scheduled to".
const PREV_KEEP: &[&str] = &["had", "was", "were", "been"];

/// Words after which "be" + participle speaks of the future ("will be held", "should be
/// adopted early Wednesday afternoon"; not "could" or "can", of a past ability too: "could
/// not be located Wednesday", nor "may", a month's name too).
const MODALS: &[&str] = &[
    "will", "ll", "would", "shall", "to", "won't", "should", "must", "might",
];

/// True for a word that may stand between a modal and its "be" ("will largely be finished",
/// "will not be held", "will also be signed").
fn adverb_between(w: &str) -> bool {
    w.ends_with("ly") || matches!(w, "not" | "also" | "still" | "then" | "soon")
}

const PAST: &[&str] = &[
    // past forms in "-eed", which the "-ed" rule leaves to nouns ("speed", "need")
    "agreed",
    "disagreed",
    "freed",
    "decreed",
    "guaranteed",
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
    "became",
    "brought",
    "bought",
    "sought",
    "thought",
    "caught",
    "found",
    "kept",
    "felt",
    "stood",
    "heard",
    "paid",
    "sold",
    "built",
    "spent",
    "grew",
    "knew",
    "threw",
    "drew",
    "chose",
    "got",
    "withdrew",
    "swore",
    "tore",
    "blew",
    "dug",
    "hid",
    "overran",
    // forms alike in the past and the participle ("was set on June 9") and participles
    // ("was broken on Friday"): past unless "set to"/"set for" look ahead
    "set",
    "put",
    "cut",
    "shut",
    "spread",
    "broken",
    "taken",
    "given",
    "seen",
    "shown",
    "done",
    "gone",
    "begun",
    "fallen",
    "risen",
    "chosen",
    "driven",
    "thrown",
    "beaten",
    "stolen",
    "say",
    "says",
    "ago",
    "last",
    "yesterday",
    "earlier",
    "previous",
    "previously",
    "been",
    "since",
];

/// Speed: the lists above as bit flags of one table, so that each word of a sentence costs
/// one lookup instead of a scan of every list.
const F_FUTURE: u16 = 1;
const F_PRESENT_SCHEDULE: u16 = 1 << 1;
const F_PLANNED_ADJECTIVE_AFTER: u16 = 1 << 2;
const F_NOT_PRESENT_BEFORE: u16 = 1 << 3;
const F_FUTURE_BEFORE_TO: u16 = 1 << 4;
const F_PREV_KEEP: u16 = 1 << 5;
const F_MODAL: u16 = 1 << 6;
const F_PAST: u16 = 1 << 7;
const F_DIRECTIVE: u16 = 1 << 8;
const F_DETERMINER: u16 = 1 << 9;
const F_REPORT: u16 = 1 << 10;

/// The comma that opens a closing attribution whose report verb runs from `start` to `end`,
/// for the phrase at `at` ("Talks will resume on Thursday, the ministry said.", "...,
/// officials who asked not to be named said."): the reporting clause sets no tense for what
/// it reports, so none of its words is a cue (not "said", not "asked") and the reported
/// clause's own cue decides. It is one only after a comma that follows the phrase, with a few
/// words between that comma and the verb, and when [`closes_report`] holds after the verb.
fn attribution_comma(sentence: &str, at: usize, start: usize) -> Option<usize> {
    let comma = sentence.get(at..start).and_then(|b| b.rfind(','))?;
    let subject = sentence.get(at + comma + 1..start).unwrap_or("");
    at_most_words(subject, 8).then_some(at + comma)
}

/// True when `s` holds at most `n` words ("on Sunday" holds at most 4). Speed: the count
/// stops after word `n + 1`, not at the end of the window.
fn at_most_words(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n).is_none()
}

/// True when what follows a report verb ending at byte `end` lets it close an attribution
/// (see [`attribution_comma`]): either at most a few words ("on Sunday", "in a statement")
/// up to the end, or a comma of its own right after it.
fn closes_report(sentence: &str, end: usize) -> bool {
    let rest = sentence.get(end..).unwrap_or("");
    // closing the sentence ("... said." "... said on Sunday.", "... said in a statement.":
    // no content of its own after it) or set off by commas ("..., officials said, before ...")
    let mut words = rest.split_whitespace();
    let adjunct = words.next().is_none_or(|first| {
        let first = first.trim_end_matches(|c: char| !c.is_alphanumeric());
        first.is_empty()
            || [
                "on",
                "in",
                "at",
                "late",
                "earlier",
                "this",
                "today",
                "yesterday",
                "last",
            ]
            .iter()
            .any(|a| a.eq_ignore_ascii_case(first))
    });
    let closing = adjunct && !rest.contains(',') && at_most_words(rest, 4);
    // "..., the envoy told state television on Sunday, hours after ...": a short object or
    // adjunct after the verb, then a comma of its own
    let set_off = rest
        .split_once(',')
        .is_some_and(|(head, _)| at_most_words(head, 4));
    closing || set_off
}

/// [`BUCKETS`]: the number of buckets of words that start with a small letter and are
/// shorter than 32 bytes (one per first letter and length), after which one bucket holds
/// any other word.
const BUCKETS_BY_FIRST_LEN: usize = 26 * 32;

/// The bucket of [`BUCKETS`] a (lower-cased) word falls in: "said" is in the bucket of 's'
/// and 4 bytes.
fn bucket(w: &str) -> usize {
    let b = w.as_bytes();
    match b.first().map(|f| f.wrapping_sub(b'a')) {
        Some(f) if f < 26 && b.len() < 32 => usize::from(f) * 32 + b.len(),
        _ => BUCKETS_BY_FIRST_LEN,
    }
}

/// The words of the tense lists with their flags (a word in several lists has all their
/// flags), by [`bucket`]. Speed: a word whose first letter and length no listed word has
/// (most words) finds an empty bucket, and any other is compared with the one to four words
/// of its bucket, not hashed.
static BUCKETS: std::sync::LazyLock<Vec<Vec<(&'static str, u16)>>> =
    std::sync::LazyLock::new(|| {
        let mut t: Vec<Vec<(&'static str, u16)>> = vec![Vec::new(); BUCKETS_BY_FIRST_LEN + 1];
        for (list, flag) in [
            (FUTURE, F_FUTURE),
            (PRESENT_SCHEDULE, F_PRESENT_SCHEDULE),
            (
                DETERMINERS,
                F_PLANNED_ADJECTIVE_AFTER | F_NOT_PRESENT_BEFORE,
            ),
            (PLANNED_ADJECTIVE_AFTER, F_PLANNED_ADJECTIVE_AFTER),
            (NOT_PRESENT_BEFORE, F_NOT_PRESENT_BEFORE),
            (FUTURE_BEFORE_TO, F_FUTURE_BEFORE_TO),
            (PREV_KEEP, F_PREV_KEEP),
            (MODALS, F_MODAL),
            (PAST, F_PAST),
            (DIRECTIVE, F_DIRECTIVE),
            (DETERMINERS, F_DETERMINER),
            (crate::text::REPORT_VERBS, F_REPORT),
        ] {
            for &w in list {
                let Some(b) = t.get_mut(bucket(w)) else {
                    continue;
                };
                match b.iter_mut().find(|(k, _)| *k == w) {
                    Some((_, f)) => *f |= flag,
                    None => b.push((w, flag)),
                }
            }
        }
        t
    });

/// The flags of a lower-cased word (none for words in no list).
fn flags(w: &str) -> u16 {
    BUCKETS
        .get(bucket(w))
        .and_then(|b| b.iter().find(|(k, _)| *k == w))
        .map_or(0, |&(_, f)| f)
}

/// True when `rest` starts with the word `w` (followed by a non-letter or the end).
fn starts_with_word(rest: &str, w: &str) -> bool {
    rest.starts_with(w)
        && !rest
            .as_bytes()
            .get(w.len())
            .is_some_and(u8::is_ascii_alphabetic)
}

/// True for "is" or "are" (the word `w` ending at byte `end`) said of a time straight after it,
/// or after "closed", "open" or "shut": "the final is on Sunday", "kick-off is at 20:00 GMT on
/// Sunday", "markets are closed on Friday", "the Persian New Year is in March" speak of what is
/// ahead (not "Kyiv is on high alert after the attack on Sunday"); and so does a month named
/// straight before it ("July and August are already 78% sold", "March is fully booked").
fn present_of_time(w: &str, sentence: &str, start: usize, end: usize) -> bool {
    if !matches!(w, "is" | "are") {
        return false;
    }
    let lead = sentence.get(..start).unwrap_or("").trim_end();
    let prev = lead
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if prev.starts_with(|c: char| c.is_ascii_uppercase())
        && super::lexicon::month(prev).is_some()
        && prev != "May"
    {
        return true;
    }
    let rest = sentence.get(end..).unwrap_or("").trim_start();
    // ("markets are closed on Friday", "banks are open on Saturday")
    let rest = ["closed ", "open ", "shut "]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
    let Some(after) = ["on", "at", "in"]
        .iter()
        .find(|p| starts_with_word(rest, p))
        .and_then(|p| rest.get(p.len()..))
    else {
        return false;
    };
    let next = after
        .trim_start()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    next.starts_with(|c: char| c.is_ascii_digit())
        || super::lexicon::weekday(next).is_some()
        || super::lexicon::month(next).is_some()
}

/// True when the letters before the hyphen at byte `hyphen` of a word are a verb prefix
/// ("re-elected", "co-chaired", "pre-empted"), after which the word is still a verb.
fn verb_prefix_before(bytes: &[u8], hyphen: usize) -> bool {
    let head = bytes.get(..hyphen).unwrap_or(&[]);
    let start = head
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    let prefix = head.get(start..).unwrap_or(&[]);
    [
        "re", "co", "pre", "un", "de", "over", "out", "under", "mis", "cross",
    ]
    .iter()
    .any(|p| prefix.eq_ignore_ascii_case(p.as_bytes()))
}

/// True when the nearest tense cue to byte `at` of `sentence` is a future cue.
#[cfg(test)]
pub(crate) fn future_at(sentence: &str, at: usize) -> bool {
    cue_at(sentence, at).is_some_and(|(_, f)| f)
}

/// [`class_of`]: a byte of a word (a letter or an apostrophe).
const WORD: u8 = 1;
/// [`class_of`]: an apostrophe.
const APOSTROPHE: u8 = 2;
/// [`class_of`]: a capital letter.
const UPPER: u8 = 4;

/// The rule of [`class_of`]: a capital, a small letter, an apostrophe, or no word byte.
const fn class_rule(b: u8) -> u8 {
    match b {
        b'A'..=b'Z' => WORD | UPPER,
        b'a'..=b'z' => WORD,
        b'\'' => WORD | APOSTROPHE,
        _ => 0,
    }
}

/// [`class_rule`] of every byte value, worked out at compile time.
const CLASSES: [u8; 256] = crate::text::byte_table!(0u8, class_rule);

/// What a byte is to the word loop of [`Cues::new`] (0: no word byte). Speed: one load
/// from a table, not a chain of range tests, for every byte of every window read.
fn class_of(b: u8) -> u8 {
    CLASSES.get(usize::from(b)).copied().unwrap_or(0)
}

/// The longest previous word the rules that look one word back compare.
const PREV_MAX: usize = 16;

/// The nearest tense cue to byte `at` of `sentence`: its distance in bytes and whether it
/// points forward; `None` when the sentence has no cue.
pub(crate) fn cue_at(sentence: &str, at: usize) -> Option<(usize, bool)> {
    Cues::new(sentence).at(at)
}

/// What one word of a text says about tense wherever the phrase stands (see [`Cues`]).
#[derive(Debug, Clone, Copy)]
struct CueWord {
    /// Byte offsets of the word (its leading apostrophes included).
    start: usize,
    end: usize,
    /// "that", which opens a clause of its own (a reported clause after a report verb).
    that: bool,
    /// A future cue or a modal ("will", "would"), no cue for a phrase before a "that".
    modal_or_future: bool,
    /// Right after "and" or "but": the verb of a next clause.
    after_and: bool,
    /// "was"/"were" before "planning", "going", "due" ...: no cue of its own.
    aux_of_future: bool,
    /// Points forward wherever the phrase is ("will be held", "the leaders meet").
    forward: bool,
    /// A "to" completing a [`DIRECTIVE`] verb: points forward when it stands before the phrase.
    directive_to: bool,
    /// "planned" as an adjective or a past plan ("a planned offensive"): no cue.
    planned_adjective: bool,
    /// "planned" (true) or "planning" (false): after the phrase, a plan made then.
    planned: Option<bool>,
    /// "ahead of": where its object starts (after "of"); it points forward for a phrase
    /// there ("ahead of Tuesday's vote") and is no cue for any other.
    ahead_of: Option<usize>,
    /// The cue of the word when none of the rules above decides.
    otherwise: Option<bool>,
    /// "until" opening a clause ("from Sunday morning until the soldiers came"): a look
    /// ahead only for a phrase after it, none for one before it (unlike "closing bars until
    /// November 30").
    only_before: bool,
    /// "until" after an active past verb of its clause ("heard shooting until Monday"): it
    /// closes what was done, no deadline ahead.
    closes_past: bool,
}

impl CueWord {
    /// True when the word can never be a cue nor change the reading of another word.
    fn is_inert(&self) -> bool {
        !(self.that
            || self.modal_or_future
            || self.after_and
            || self.aux_of_future
            || self.forward
            || self.directive_to
            || self.planned_adjective
            || self.closes_past)
            && self.planned.is_none()
            && self.ahead_of.is_none()
            && self.otherwise.is_none()
    }
}

/// A report verb as a run of letters (the closing attribution reads words of letters only).
#[derive(Debug, Clone, Copy)]
struct ReportVerb {
    start: usize,
    end: usize,
    /// [`closes_report`] after it.
    closes: bool,
}

/// The tense cues of a text (a window of a sentence), read in one pass: what each word says
/// wherever the phrase stands. [`Cues::at`] then answers for a phrase at a given byte (Speed:
/// the words are read once, not once per phrase, and each only once, not again for the
/// closing attribution).
pub(crate) struct Cues<'s> {
    sentence: &'s str,
    /// The words that may be cues or change the reading of one, in text order.
    words: Vec<CueWord>,
    /// The report verbs, in text order.
    reports: Vec<ReportVerb>,
}

impl<'s> Cues<'s> {
    /// Reads the words of `sentence`.
    pub(crate) fn new(sentence: &'s str) -> Self {
        // (Speed: room for the cue words of a window from the start, not grown by doubling)
        let mut words = Vec::with_capacity(sentence.len() / 8);
        let mut reports = Vec::new();
        let bytes = sentence.as_bytes();
        let mut i = 0;
        // Words since a modal + "be" ("will be held", "to be signed"): the participle that
        // follows is not a past cue.
        let mut passive_future = 0u8;
        let mut prev_modal = false;
        // Words left in which a "to" completes a [`DIRECTIVE`] verb.
        let mut directive_gap = 0u8;
        // Whether the word before the previous one was a determiner ("a still unspecified").
        let mut det_before_prev = false;
        // The previous word (lower-cased, short words only) for "as soon as" and determiners.
        let mut prev_word_short: &str = "";
        // Its flags (Speed: kept from its own lookup, not looked up again).
        let mut prev_flags = 0u16;
        // The two words before the current one, when they are auxiliaries that matter.
        let (mut last, mut before_last): (&str, &str) = ("", "");
        // Since a modal, within its clause (no punctuation since): "will meet for a final
        // televised debate on Tuesday".
        let mut modal_scope = false;
        // An active past verb, not one that puts off ([`DEFERRING`]), since the clause began:
        // "until" after it is no look ahead.
        let mut past_action = false;
        while i < bytes.len() {
            if let Some(&b) = bytes.get(i).filter(|&&b| class_of(b) == 0) {
                if matches!(b, b',' | b';' | b':' | b'(' | b'"' | b'.') {
                    modal_scope = false;
                    past_action = false;
                }
                i += 1;
                continue;
            }
            if i >= bytes.len() {
                break;
            }
            let s = i;
            // (Speed: whether the word holds an apostrophe or a capital, noted as it is read
            // from one table)
            let mut class = 0u8;
            while let Some(c) = bytes.get(i).map(|&b| class_of(b)) {
                if c == 0 {
                    break;
                }
                class |= c;
                i += 1;
            }
            let (apostrophe, upper) = (class & APOSTROPHE != 0, class & UPPER != 0);
            let Some(word) = sentence.get(s..i) else {
                continue;
            };
            let word = if apostrophe {
                word.trim_start_matches('\'')
            } else {
                word
            };
            // A capitalised -ed word inside the text is a name ("United States", "Ahmed"), not
            // a past participle; at the very start it may be a verb.
            let capitalised = s > 0 && word.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
            // Speed: a word already in lower case is its own key (no copy, no UTF-8 check); a
            // longer word than the lower-cased buffer holds compares as empty, as the buffer
            // does.
            let low;
            let w = if word.len() > LOWER_MAX_LEN {
                ""
            } else if upper {
                low = word.to_ascii_lowercase_fixed();
                low.as_str()
            } else {
                word
            };
            // A part of a hyphenated compound is no verb ("better-than-expected results",
            // "the U.S.-led coalition", "the so-called truce"), unless a verb prefix comes
            // before its hyphen ("re-elected", "co-chaired").
            // (Speed: the hyphens are looked at only for a word that could be a cue)
            let f = flags(w);
            let in_compound = (f != 0 || w.ends_with("ed"))
                && (bytes.get(i) == Some(&b'-')
                    || (s > 0
                        && bytes.get(s - 1) == Some(&b'-')
                        && !verb_prefix_before(bytes, s - 1)));
            // ("Less than 24 hours later, on Monday evening": "later" after a count of time,
            // set off by a comma, moves along a story told; it points nowhere ahead. "flies to
            // Manila on Monday and on to Hanoi two days later" still looks ahead.)
            let counted_later = w == "later"
                && bytes.get(i) == Some(&b',')
                && super::lexicon::unit(prev_word_short).is_some();
            let f = if in_compound || counted_later { 0 } else { f };
            // Speed: a word in no list, no "-ed" form, not "be" and not after "and"/"but"
            // (most words) is no cue and changes the reading of no other word; only what
            // the next word reads of its predecessors moves on.
            if f == 0
                && !apostrophe
                && (in_compound || !w.ends_with("ed"))
                && w != "be"
                && !(prev_modal && is_one_of(w, LINKING))
                && !(prev_word_short.len() == 3 && is_one_of(prev_word_short, &["and", "but"]))
            {
                before_last = last;
                last = "";
                det_before_prev = prev_flags & F_DETERMINER != 0;
                prev_word_short = if !w.is_empty() && w.len() <= PREV_MAX {
                    word
                } else {
                    ""
                };
                prev_flags = 0;
                directive_gap = directive_gap.saturating_sub(1);
                prev_modal = prev_modal && adverb_between(w);
                passive_future = passive_future.saturating_sub(1);
                continue;
            }
            // The report verbs among the runs of letters: the word itself, or its parts
            // between apostrophes.
            if !apostrophe {
                if f & F_REPORT != 0 {
                    reports.push(ReportVerb {
                        start: s,
                        end: i,
                        closes: closes_report(sentence, i),
                    });
                }
            } else {
                let mut from = s;
                for part in sentence.get(s..i).unwrap_or("").split('\'') {
                    let to = from + part.len();
                    if flags(part.to_ascii_lowercase_fixed().as_str()) & F_REPORT != 0 {
                        reports.push(ReportVerb {
                            start: from,
                            end: to,
                            closes: closes_report(sentence, to),
                        });
                    }
                    from = to + 1;
                }
            }
            let (prev_word, prev_prev_word) = (last, before_last);
            before_last = last;
            last = if f & F_PREV_KEEP != 0 {
                PREV_KEEP.iter().find(|k| **k == w).copied().unwrap_or("")
            } else {
                ""
            };
            let prev = prev_word_short;
            // "as soon as trading opened Monday": the clause after "as soon as" is ahead, its
            // verb only backshifted by reported speech.
            let as_soon = w == "soon" && prev.eq_ignore_ascii_case("as");
            let prev_f = prev_flags;
            // ("talks that begin on Monday": "that" before such a verb opens a relative
            // clause; it is no determiner)
            // ("polls open at 7 a.m. and close at 8 p.m. on Sunday": "open" and "close", mostly
            // adjectives, are verbs of a schedule after the places that open and close)
            let scheduled_present = f & F_PRESENT_SCHEDULE != 0
                && if matches!(w, "open" | "close") {
                    is_one_of(prev, OPENING_PLACES)
                } else if w == "falls" {
                    // (a day a feast falls on; not "the rate falls to 8.4%", a headline's past)
                    sentence.get(i..).is_some_and(|r| r.starts_with(" on "))
                } else {
                    // (nor after a number: "1.8353 marks and 141.52 yen Wednesday", a currency)
                    (prev_f & F_NOT_PRESENT_BEFORE == 0 || prev.eq_ignore_ascii_case("that"))
                        && !sentence
                            .get(..s)
                            .is_some_and(|b| b.trim_end().ends_with(|c: char| c.is_ascii_digit()))
                };
            let planned_adjective = w == "planned" && prev_f & F_PLANNED_ADJECTIVE_AFTER != 0;
            // (Speed: a length test first, as most previous words are longer)
            let after_and = prev.len() == 3 && is_one_of(prev, &["and", "but"]);
            // "an unspecified date", "a still unspecified date", "the newly elected council": a
            // participle after a determiner (and an adverb) is an adjective, no past tense
            let ed_adjective = prev_f & F_DETERMINER != 0
                || (det_before_prev
                    && (ends_with_ci(prev, "ly")
                        || is_one_of(prev, &["still", "long", "well", "once"])));
            det_before_prev = prev_f & F_DETERMINER != 0;
            prev_word_short = if !w.is_empty() && w.len() <= PREV_MAX {
                word
            } else {
                ""
            };
            prev_flags = if w.is_empty() || w.len() > PREV_MAX {
                0
            } else {
                f
            };
            // "agreed to hold talks": an infinitive, ahead; "agreed to a ceasefire", "agreed
            // to Trump's plan": a noun phrase, no look ahead
            let directive_to = w == "to" && directive_gap > 0 && {
                let rest = sentence.get(i..).unwrap_or("").trim_start();
                let next = rest
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .next()
                    .unwrap_or("");
                !(is_one_of(next, DETERMINERS)
                    || next.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()))
            };
            // (a capitalised one is a name: "the Warsaw Pact countries to accede")
            directive_gap = if f & F_DIRECTIVE != 0 && !capitalised {
                6
            } else {
                directive_gap.saturating_sub(1)
            };
            let is_modal = f & F_MODAL != 0;
            let after_modal_be = prev_modal && (w == "be" || is_one_of(w, LINKING));
            prev_modal = is_modal || prev_modal && adverb_between(w);
            if after_modal_be {
                passive_future = 3;
            } else if as_soon {
                passive_future = 5;
            } else {
                passive_future = passive_future.saturating_sub(1);
            }
            let next_is_to = || {
                let rest = sentence.get(i..).unwrap_or("").trim_start();
                let nb = rest.as_bytes();
                let word_end = |n: usize| !nb.get(n).is_some_and(|b| b.is_ascii_alphabetic());
                let to = rest.starts_with("to") && word_end(2);
                let for_ = rest.starts_with("for") && word_end(3);
                // "intended for Friday" points forward; "intended to pay" is reported intent
                if w == "intended" {
                    return for_;
                }
                // "is due in Beirut on Tuesday", "due back on Friday", "due at the summit";
                // not "due in part to"
                let due_where = w == "due"
                    && ["in", "at", "back", "on", "here", "there"]
                        .iter()
                        .any(|n| starts_with_word(rest, n))
                    && !["in part", "in large", "in no"]
                        .iter()
                        .any(|p| rest.starts_with(p));
                // "plan another rally on Monday", "plans a vote": a plan with its object (not
                // "the plan of the city", a noun)
                let plan_object = matches!(w, "plan" | "plans")
                    && ["a", "an", "another", "new", "more", "further", "fresh"]
                        .iter()
                        .any(|n| starts_with_word(rest, n));
                to || for_ || due_where || plan_object
            };
            let next_to = w == "next" && {
                let rest = sentence.get(i..).unwrap_or("").trim_start();
                rest.starts_with("to ") || rest.starts_with("door")
            };
            // "had been due to", "had planned to": a future seen from an earlier past, over by
            // now; so is "was expected" without an infinitive ("the result was expected on
            // Monday"). "were due to meet on Saturday", "was expected to arrive Friday" stay
            // ahead: in news they report what a party is still to do.
            // So is "went ahead": what was to come and has happened ("The talks went ahead on
            // Friday").
            let in_the_past = w != "planning"
                && (prev_word == "had"
                    || (prev_word == "been" && prev_prev_word == "had")
                    || (matches!(prev_word, "was" | "were") && !next_is_to())
                    || (w == "ahead" && is_one_of(prev, &["went", "gone"])));
            // "were planning to", "was going to", "were due to": the auxiliary of a future
            // seen from the past is no past cue of its own
            let aux_of_future = matches!(w, "was" | "were") && {
                let rest = sentence.get(i..).unwrap_or("").trim_start();
                [
                    "planning",
                    "going",
                    "due",
                    "set",
                    "scheduled",
                    "expected",
                    "slated",
                ]
                .iter()
                .any(|n| starts_with_word(rest, n))
            };
            // "ahead of the anniversary" places one thing before another; it says nothing
            // of the tense of what stands before it, only that its object lies ahead
            let ahead_of = (w == "ahead")
                .then(|| {
                    let rest = sentence.get(i..).unwrap_or("");
                    let of = rest.len() - rest.trim_start().len();
                    starts_with_word(rest.trim_start(), "of").then(|| {
                        let after = rest.get(of + 2..).unwrap_or("");
                        i + of + 2 + (after.len() - after.trim_start().len())
                    })
                })
                .flatten();
            // "to cut", "will set out", "could hit": a base form alike to a past one ("cut",
            // "set", "hit", "put") after "to" or a modal is no past tense
            let base_form = f & F_PAST != 0
                && (prev_f & F_MODAL != 0
                    || is_one_of(
                        prev,
                        &[
                            "could", "might", "may", "can", "should", "must", "did", "does", "do",
                        ],
                    ));
            // "could not stop the bullet that tore ...", "could have struck": a modal of what
            // may come only when neither follows it
            let modal_of_past = is_one_of(w, &["could", "should", "might"]) && {
                let rest = sentence.get(i..).unwrap_or("").trim_start();
                ["not", "have", "n't"]
                    .iter()
                    .any(|n| starts_with_word(rest, n))
            };
            let otherwise = if ahead_of.is_some()
                || base_form
                || modal_of_past
                || passive_future > 0 && (f & F_PAST != 0 || w.ends_with("ed"))
            {
                None
            } else if (f & F_FUTURE != 0 && !next_to && !(w == "until" && past_action))
                // (a capital inside the text makes a name: "the 2024 Humanitarian Response
                // Plan for Mozambique")
                || (f & F_FUTURE_BEFORE_TO != 0 && !capitalised && next_is_to())
            {
                (!in_the_past).then_some(true)
            } else if (f & F_PAST != 0
                || (w.len() > 4
                    && w.ends_with("ed")
                    && !w.ends_with("eed")
                    && !capitalised
                    && !ed_adjective
                    && !adjective_under_modal(modal_scope, sentence, i)
                    && !(modal_scope && reduced_relative(prev, w))))
                // ("markets are closed on Friday": a present passive, no past tense)
                && !(prev.len() <= 3 && is_one_of(prev, &["is", "are", "am"]))
            {
                Some(false)
            } else {
                None
            };
            modal_scope = (modal_scope || is_modal) && !after_and;
            if otherwise == Some(false) {
                // ("was closed until", "had been extended until": a state that may last)
                past_action = !is_one_of(w, DEFERRING)
                    && !is_one_of(
                        prev,
                        &["was", "were", "been", "be", "is", "are", "has", "have"],
                    );
            } else if (is_modal || f & F_FUTURE != 0 || w == "that") && w != "until" {
                // ("announced that the capital would be under curfew from Friday until
                // Monday": the clause of a modal or after "that" is not the past verb's)
                past_action = false;
            }
            let cue = CueWord {
                start: s,
                end: i,
                // (a "that" right before a modal or a future word is a relative pronoun, its
                // clause the phrase's: "the summit on Monday that will decide the matter")
                that: w == "that" && {
                    let next = self::words(sentence.get(i..).unwrap_or(""))
                        .next()
                        .map_or("", |(_, v)| v);
                    flags(next.to_ascii_lowercase_fixed().as_str()) & (F_FUTURE | F_MODAL) == 0
                },
                modal_or_future: f & (F_FUTURE | F_MODAL) != 0,
                after_and,
                aux_of_future,
                forward: after_modal_be || scheduled_present || present_of_time(w, sentence, s, i),
                directive_to,
                planned_adjective,
                planned: match w {
                    "planned" => Some(true),
                    "planning" => Some(false),
                    _ => None,
                },
                ahead_of,
                otherwise,
                closes_past: w == "until" && past_action,
                only_before: w == "until"
                    && self::words(sentence.get(i..).unwrap_or(""))
                        .take(4)
                        .any(|(_, v)| {
                            v.len() > 4 && v.ends_with("ed")
                                || is_one_of(
                                    v,
                                    &["came", "went", "left", "began", "fell", "took", "got"],
                                )
                        }),
            };
            if !cue.is_inert() {
                words.push(cue);
            }
        }
        Cues {
            sentence,
            words,
            reports,
        }
    }

    /// The closing attribution after the phrase at `at` (see [`attribution_comma`]), as the
    /// span from its comma to the end of its report verb.
    fn attribution(&self, at: usize) -> Option<(usize, usize)> {
        self.reports
            .iter()
            .filter(|r| r.start >= at && r.closes)
            .find_map(|r| attribution_comma(self.sentence, at, r.start).map(|c| (c, r.end)))
    }

    /// True when an "until" that closes a past action ([`CueWord::closes_past`]) stands
    /// right before byte `at`.
    pub(crate) fn until_closes_past(&self, at: usize) -> bool {
        self.words
            .iter()
            .rev()
            .find(|w| w.end <= at)
            .is_some_and(|w| {
                w.closes_past
                    && self
                        .sentence
                        .get(w.end..at)
                        .is_some_and(|g| g.trim().is_empty())
            })
    }

    /// The nearest tense cue to byte `at`: its distance in bytes and whether it points
    /// forward; `None` when the text has no cue.
    pub(crate) fn at(&self, at: usize) -> Option<(usize, bool)> {
        let mut best: Option<(usize, bool)> = None;
        let attribution = self.attribution(at);
        // A "that" after the phrase opens a clause of its own, whose look ahead is not the
        // phrase's: "the minister said after a call on Monday that Kyiv would not ..." (the
        // reported clause's future is seen from the report), "before announcing on May 17 that
        // it would be signed", "lifted the emergency in May, so that the election could go
        // ahead".
        let mut reported_clause = false;
        // "sent a team of observers to the area on Thursday; it is expected to report": a
        // semicolon ends the phrase's clause, cues beyond it are another's
        let semicolons = self.sentence.contains(';');
        for w in &self.words {
            let (s, i) = (w.start, w.end);
            let dist = if s >= at { s - at } else { at - i.min(at) };
            if semicolons {
                let gap = if s >= at { at..s } else { i.min(at)..at };
                if self.sentence.get(gap).is_some_and(|g| g.contains(';')) {
                    continue;
                }
            }
            let directive_to =
                w.directive_to && i <= at && !speech_frame(self.sentence.get(i..at).unwrap_or(""));
            let in_attribution = attribution.is_some_and(|(from, to)| s > from && i <= to);
            if s > at && w.that {
                reported_clause = true;
            }
            let reported_future =
                reported_clause && (w.modal_or_future || w.forward || directive_to);
            // "had handed over the bodies on Thursday and would release more on Saturday": a
            // verb right after "and"/"but" opens the next clause; when the phrase's own clause
            // already has a cue, neither that verb nor any word after it is a cue for it
            // ("announced the deal late Wednesday and is expected to visit").
            if s > at && w.after_and && best.is_some() {
                break;
            }
            let cue = if w.aux_of_future
                || in_attribution
                || reported_future
                || w.only_before && s > at
            {
                None
            } else if let Some(object) = w.ahead_of {
                // ("ahead of Tuesday's vote", "ahead of the talks on Friday")
                (object <= at && at <= object + 16).then_some(true)
            } else if w.forward || directive_to {
                Some(true)
            } else if w.planned_adjective {
                // "a planned offensive", "the long-planned talks", "as previously planned": an
                // adjective or a past plan, no tense of its own
                None
            } else if let Some(planned) = w.planned.filter(|_| s > at) {
                // "On Friday, the government planned to pay ...": a plan made then; only what
                // follows the plan lies ahead
                planned.then_some(false)
            } else {
                w.otherwise
            };
            if let Some(f) = cue {
                if best.is_none_or(|(d, _)| dist < d) {
                    best = Some((dist, f));
                }
            }
        }
        best
    }
}

/// True when, under a modal (`modal_scope`), a noun follows the participle ending at `end`:
/// an adjective ("will meet for a final televised debate"), no past tense.
fn adjective_under_modal(modal_scope: bool, sentence: &str, end: usize) -> bool {
    modal_scope && noun_follows(sentence, end)
}

/// True when `noun`, the word before the participle `verb`, is a plural noun the participle
/// qualifies ("is due to visit the military units stationed in Kasserine on Thursday"): under
/// a modal, a relative clause cut short, no past tense (a participle of a verb that takes an
/// object only: "a plan to impose a curfew after protesters clashed with police on Tuesday
/// night" tells the past).
fn reduced_relative(noun: &str, verb: &str) -> bool {
    is_one_of(
        verb,
        &[
            "stationed",
            "deployed",
            "based",
            "posted",
            "held",
            "detained",
            "displaced",
            "trapped",
            "housed",
            "located",
            "sheltered",
            "camped",
        ],
    ) && noun.len() > 3
        && noun.ends_with('s')
        && !noun.ends_with("ss")
        && noun.starts_with(|c: char| c.is_ascii_lowercase())
        && !is_one_of(
            noun,
            &[
                "was",
                "has",
                "is",
                "does",
                "always",
                "perhaps",
                "afterwards",
            ],
        )
}

/// True when the word after byte `end` of `sentence` is a lower-case word that is no
/// determiner, preposition, particle or adverb: a noun a participle before it qualifies ("a
/// final televised debate"), which under a modal makes the participle an adjective.
fn noun_follows(sentence: &str, end: usize) -> bool {
    let rest = sentence.get(end..).unwrap_or("");
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let next = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    next.len() > 2
        && next.starts_with(|c: char| c.is_ascii_lowercase())
        && !next.ends_with("ly")
        && !is_one_of(next, DETERMINERS)
        && !is_one_of(
            next,
            &[
                "and",
                "but",
                "for",
                "from",
                "with",
                "into",
                "onto",
                "over",
                "out",
                "off",
                "back",
                "down",
                "after",
                "before",
                "since",
                "until",
                "last",
                "this",
                "next",
                "yesterday",
                "today",
                "tonight",
                "overnight",
                "earlier",
                "later",
                "during",
                "about",
                "around",
                "near",
                "against",
                "toward",
                "towards",
                "through",
                "under",
                "between",
                "across",
                "along",
                "behind",
                "beyond",
                "inside",
                "outside",
                "without",
                "upon",
                "via",
                "per",
                "some",
                "all",
                "any",
                "two",
                "three",
                "four",
                "five",
                "six",
                "ten",
                "one",
                "more",
                "most",
                "several",
                "many",
                "dozens",
                "hundreds",
                "thousands",
                "these",
                "those",
                "them",
                "him",
                "her",
                "his",
                "its",
                "their",
                "our",
                "him",
                "you",
                "what",
                "who",
                "which",
                "whom",
                "whose",
                "where",
                "when",
                "why",
                "how",
                "that",
                "was",
                "were",
                "has",
                "had",
                "have",
                "are",
                "not",
            ],
        )
}

/// Nouns of the occasion on which something was said ("in a speech", "at a news
/// conference").
const SPEECH_OCCASIONS: &[&str] = &[
    "speech",
    "statement",
    "address",
    "interview",
    "conference",
    "briefing",
    "broadcast",
    "remarks",
    "message",
    "visit",
];

/// True when `gap` (the words between a directive's "to" and a phrase) names the occasion of
/// the directive itself: "called on the insurgents to lay down their weapons in a speech on
/// Friday night" tells when the call was made, not a deadline of what was asked.
fn speech_frame(gap: &str) -> bool {
    let mut since_prep = usize::MAX;
    for (_, w) in words(gap) {
        if is_one_of(w, &["in", "at", "during"]) {
            since_prep = 0;
        } else {
            since_prep = since_prep.saturating_add(1);
            if since_prep <= 3 && is_one_of(w, SPEECH_OCCASIONS) {
                return true;
            }
        }
    }
    false
}

/// True when a past perfect ("had filed", "had not called", "had already left") stands
/// within a few words of byte `at` of `sentence`. "had been" is left out: "had been extended
/// until Nov. 20" sets a deadline that may still lie ahead.
pub(crate) fn past_perfect_at(sentence: &str, at: usize) -> bool {
    const NEAR: usize = 40;
    let mut after_had = 0u8;
    for (s, word) in words(sentence) {
        let low = word.to_ascii_lowercase_fixed();
        let w = low.as_str();
        let end = s + word.len();
        let near = end + NEAR >= at && s <= at + NEAR;
        if w == "had" {
            after_had = 3;
            continue;
        }
        if after_had > 0 && near {
            // "had been", "had to", "had a meeting", "had its ...": no participle follows
            if w == "been"
                || w == "to"
                || flags(w) & F_DETERMINER != 0
                || is_one_of(w, &["no", "some", "more", "many"])
            {
                after_had = 0;
                continue;
            }
            // adverbs between ("had not called", "had already left") are read past; any
            // other word is the participle ("had died", "had withdrawn", "had fled")
            if !(w.ends_with("ly")
                || is_one_of(
                    w,
                    &[
                        "not", "already", "just", "never", "also", "long", "yet", "only", "even",
                        "all", "both", "since", "then",
                    ],
                ))
            {
                return true;
            }
        }
        after_had = after_had.saturating_sub(1);
    }
    false
}

/// The words of `s` (letters and apostrophes) with their byte offsets.
fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let is_w = |b: u8| class_of(b) & WORD != 0;
        while i < bytes.len() && !bytes.get(i).is_some_and(|&b| is_w(b)) {
            i += 1;
        }
        let start = i;
        while bytes.get(i).is_some_and(|&b| is_w(b)) {
            i += 1;
        }
        (i > start).then(|| (start, s.get(start..i).unwrap_or("")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fut(s: &str, phrase: &str) -> bool {
        future_at(s, s.find(phrase).unwrap())
    }

    #[test]
    fn byte_classes_follow_the_rule() {
        for b in 0..=u8::MAX {
            assert_eq!(class_of(b), class_rule(b), "byte {b}");
        }
        assert_eq!(class_of(b'Q'), WORD | UPPER);
        assert_eq!(class_of(b'q'), WORD);
        assert_eq!(class_of(b'\''), WORD | APOSTROPHE);
        assert_eq!(class_of(b' '), 0);
        assert_eq!(class_of(b'7'), 0);
        assert_eq!(class_of(0xE2), 0);
    }

    #[test]
    fn a_verb_after_and_belongs_to_the_next_clause() {
        let s = "Hamas said it had handed over the bodies on Thursday and would release more on Saturday.";
        assert!(!fut(s, "Thursday"));
        assert!(fut(s, "Saturday"));
        let s = "The talks ended on Thursday and will resume on Monday.";
        assert!(!fut(s, "Thursday"));
        assert!(fut(s, "Monday"));
        // no cue in the phrase's own clause: the next clause's verb still counts
        assert!(fut(
            "On Thursday and Friday the envoys will meet.",
            "Thursday"
        ));
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
        assert!(fut("Trading is to resume in Paris Tuesday.", "Tuesday"));
        assert!(!fut(
            "On Friday, when she set aside vacation plans, they left.",
            "Friday"
        ));
        assert!(fut(
            "Officials postponed until Tuesday any action.",
            "Tuesday"
        ));
        assert!(!fut(
            "The offer had been due to expire Friday evening.",
            "Friday"
        ));
        assert!(!fut(
            "A bomb exploded next to the embassy in Nairobi Friday morning.",
            "Friday"
        ));
        assert!(fut("The vote is scheduled for Monday.", "Monday"));
        // a capitalised -ed word is a name, not a past cue
        assert!(fut(
            "He said the father would be traveling to the United States Thursday.",
            "Thursday"
        ));
        assert!(!fut("Armed men attacked the base Thursday.", "Thursday"));
    }
}
