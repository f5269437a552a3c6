//! Small text helpers of the event layer: words around a position, quotations, headings,
//! datelines and clauses. All positions are byte offsets; nothing here allocates per token
//! except the short word lists callers ask for.

use super::phrases::{List, PhraseScan};
use crate::text::{Document, Span, is_one_of, is_word_byte};

/// The rule of [`is_word_char`]: letters, digits, non-ASCII, and inner `-` `'`.
const fn word_char_rule(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80 || b == b'-' || b == b'\''
}

/// [`word_char_rule`] of every byte value.
const WORD_CHARS: [bool; 256] = crate::text::byte_table!(false, word_char_rule);

/// True for bytes that continue a word: letters, digits, non-ASCII, and inner `-` `'` (a
/// word byte, [`is_word_byte`], or one of those two).
fn is_word_char(b: u8) -> bool {
    WORD_CHARS.get(usize::from(b)).copied().unwrap_or(false)
}

/// The punctuation at which [`words_back`] stops when asked to.
fn stops_back(b: u8) -> bool {
    matches!(b, b',' | b';' | b':' | b'(' | b')' | b'"')
}

/// The punctuation at which [`words_fwd`] stops when asked to.
fn stops_fwd(b: u8) -> bool {
    stops_back(b) || b == b'.'
}

/// The word spans inside `within` (letters, digits, inner hyphens and apostrophes).
pub(crate) fn word_spans(text: &str, within: Span) -> Vec<Span> {
    let bytes = text.as_bytes();
    // About one word per six bytes of news text: one allocation, not a run of regrowths.
    let mut out = Vec::with_capacity(within.len() / 6 + 1);
    let mut i = within.start;
    while i < within.end {
        if bytes.get(i).is_some_and(|&b| is_word_byte(b)) {
            let s = i;
            while i < within.end && bytes.get(i).is_some_and(|&b| is_word_char(b)) {
                i += 1;
            }
            let mut e = i;
            while e > s && bytes.get(e - 1).is_some_and(|&b| b == b'-' || b == b'\'') {
                e -= 1;
            }
            out.push(Span::new(s, e));
        } else {
            i += 1;
        }
    }
    out
}

/// The word spans of [`word_spans`], last first, read backwards from the end of `within`:
/// for the few words before a position without reading the whole clause up to it. Each run of
/// word bytes and inner `-` `'` is one word, from its first to its last letter or digit, as
/// the forward reading has it.
pub(crate) fn word_spans_back(text: &str, within: Span) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let floor = within.start;
    let mut i = within.end.min(text.len());
    let is_char = move |j: usize| bytes.get(j).is_some_and(|&b| is_word_char(b));
    let is_byte = move |j: usize| bytes.get(j).is_some_and(|&b| is_word_byte(b));
    std::iter::from_fn(move || {
        loop {
            while i > floor && !is_char(i - 1) {
                i -= 1;
            }
            if i <= floor {
                return None;
            }
            let run_end = i;
            while i > floor && is_char(i - 1) {
                i -= 1;
            }
            let first = (i..run_end).find(|&j| is_byte(j));
            let last = (i..run_end).rev().find(|&j| is_byte(j));
            if let (Some(s), Some(e)) = (first, last) {
                return Some(Span::new(s, e + 1));
            }
        }
    })
}

/// The words before `pos` and after `floor`, nearest first, as written. Stops at `,` `;`
/// `:` `(` `)` and quotes when `stop_at_punct`.
fn words_back(
    text: &str,
    floor: usize,
    pos: usize,
    stop_at_punct: bool,
) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut i = pos.min(text.len());
    // Speed: each step is a search of the bytes left (`rposition`), not a loop that checks
    // its bounds at every byte.
    std::iter::from_fn(move || {
        let head = bytes.get(floor..i)?;
        let Some(last) = head
            .iter()
            .rposition(|&b| is_word_byte(b) || (stop_at_punct && stops_back(b)))
        else {
            i = floor;
            return None;
        };
        if !head.get(last).is_some_and(|&b| is_word_byte(b)) {
            return None; // a stop
        }
        let start = head
            .get(..last)?
            .iter()
            .rposition(|&c| !is_word_char(c))
            .map_or(0, |k| k + 1);
        i = floor + start;
        text.get(i..floor + last + 1)
    })
}

/// Up to `n` words just before `pos` and after `floor`, nearest last, lower-cased. Stops at
/// `,` `;` `:` `(` `)` and quotes when `stop_at_punct`.
pub(crate) fn words_before(
    text: &str,
    floor: usize,
    pos: usize,
    n: usize,
    stop_at_punct: bool,
) -> Vec<String> {
    let mut out: Vec<String> = words_back(text, floor, pos, stop_at_punct)
        .take(n)
        .map(str::to_ascii_lowercase)
        .collect();
    out.reverse();
    out
}

/// True when one of the `n` words before `pos` (as [`words_before`] reads them) is in `set`
/// (lower-case): without a lower-cased copy of each word.
pub(crate) fn any_word_before(
    text: &str,
    floor: usize,
    pos: usize,
    n: usize,
    stop_at_punct: bool,
    set: &[&str],
) -> bool {
    words_back(text, floor, pos, stop_at_punct)
        .take(n)
        .any(|w| is_one_of(w, set))
}

/// True when `s` may hold a motive's phrase (a byte search for its nouns' lower-case tails,
/// so a capital first letter matches too): the test before [`motive`]'s word reading.
pub(crate) fn may_hold_motive(s: &str) -> bool {
    static FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::LazyLock::new(|| {
            finders(&["etaliation", "evenge", "eprisal", "etribution", "esponse"])
        });
    FINDERS.iter().any(|f| f.find(s.as_bytes()).is_some())
}

/// One substring searcher per phrase, built once by its caller's `LazyLock` (Speed:
/// `memmem::find` builds its searcher anew at every call).
pub(crate) fn finders(phrases: &[&'static str]) -> Vec<memchr::memmem::Finder<'static>> {
    phrases
        .iter()
        .map(|p| memchr::memmem::Finder::new(p.as_bytes()))
        .collect()
}

/// True when `pos` is inside the motive of another event, after "retaliation for", "in
/// response to" and the like within `N` words with no punctuation between ("in what it said was a response to
/// a Hezbollah attack", "in retaliation for an attack on tourists in April"): an event told in
/// passing, and its date, are not the clause's.
pub(crate) fn motive<const N: usize>(text: &str, floor: usize, pos: usize) -> bool {
    last_words::<N>(text, floor, pos, true)
        .windows(2)
        .any(|p| match p {
            [near, far] => MOTIVES
                .iter()
                .any(|(n, p)| near.eq_ignore_ascii_case(p) && far.eq_ignore_ascii_case(n)),
            _ => false,
        })
}

/// The words that open a motive, noun and preposition ("retaliation for", "response to").
const MOTIVES: &[(&str, &str)] = &[
    ("retaliation", "for"),
    ("revenge", "for"),
    ("reprisal", "for"),
    ("retribution", "for"),
    ("response", "to"),
];

/// True when `w` may be one of a person's names: capitalised, letters only, and no party's
/// name ("Marco" in "Marco Rubio", "Kayikwamba" in "Therese Kayikwamba Wagner").
pub(crate) fn person_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().all(char::is_alphabetic)
        && super::lexicon::actor_by_name(w).is_none()
}

/// True when "called on" / "urged" stands before `pos` (after `floor`), with at most a
/// determiner or a list of names between ("called on Rwanda", "called on the United States
/// and France"): the one addressed.
pub(crate) fn called_on(text: &str, floor: usize, pos: usize) -> bool {
    // (Speed: the words are read only where the bytes before hold such a verb)
    let near = text
        .get(floor.max(pos.saturating_sub(80))..pos)
        .or_else(|| text.get(floor..pos))
        .unwrap_or("");
    if !["lls on", "lled on", "lling on", "urg"]
        .iter()
        .any(|v| near.contains(v))
    {
        return false;
    }
    let words = last_words::<8>(text, floor, pos, true);
    words.windows(2).any(|p| match p {
        [near, far] => {
            near.eq_ignore_ascii_case("on") && is_one_of(far, &["called", "calls", "calling"])
                || is_one_of(near, &["urged", "urging", "urges"])
        }
        _ => false,
    })
}

/// Up to `N` words just before `pos` and after `floor`, nearest first, as written (those of
/// [`words_before`], without a lower-cased copy of each); `""` where there are fewer.
pub(crate) fn last_words<const N: usize>(
    text: &str,
    floor: usize,
    pos: usize,
    stop_at_punct: bool,
) -> [&str; N] {
    let mut out = [""; N];
    for (slot, w) in out
        .iter_mut()
        .zip(words_back(text, floor, pos, stop_at_punct))
    {
        *slot = w;
    }
    out
}

/// The words just after `pos` and before `ceil`, in order, as written (not lower-cased).
/// Stops at `,` `;` `:` `(` `)` `.` and quotes when `stop_at_punct`.
pub(crate) fn words_fwd(
    text: &str,
    pos: usize,
    ceil: usize,
    stop_at_punct: bool,
) -> impl Iterator<Item = (Span, &str)> {
    let bytes = text.as_bytes();
    let mut i = pos;
    let ceil = ceil.min(text.len());
    // Speed: each step is a search of the bytes left (`position`), not a loop that checks its
    // bounds at every byte.
    std::iter::from_fn(move || {
        loop {
            let rest = bytes.get(i..ceil)?;
            let Some(k) = rest
                .iter()
                .position(|&b| is_word_byte(b) || (stop_at_punct && stops_fwd(b)))
            else {
                i = ceil;
                return None;
            };
            let word = rest.get(k..)?;
            if !word.first().is_some_and(|&b| is_word_byte(b)) {
                i = ceil; // no word after the stop
                return None;
            }
            let len = word
                .iter()
                .position(|&c| !is_word_char(c))
                .unwrap_or(word.len());
            // (without trailing `-` `'`; the first byte is a letter or digit)
            let kept = word
                .get(..len)?
                .iter()
                .rposition(|&c| c != b'-' && c != b'\'')
                .map_or(0, |p| p + 1);
            let s = i + k;
            i = s + len;
            if let Some(w) = text.get(s..s + kept) {
                return Some((Span::new(s, s + kept), w));
            }
        }
    })
}

/// Up to `N` words (span and text), read as a slice. Speed: on the stack, not a list
/// allocated per call.
pub(crate) struct FirstWords<'t, const N: usize> {
    words: [(Span, &'t str); N],
    len: usize,
}

impl<'t, const N: usize> std::ops::Deref for FirstWords<'t, N> {
    type Target = [(Span, &'t str)];
    fn deref(&self) -> &Self::Target {
        self.words.get(..self.len).unwrap_or(&[])
    }
}

/// Up to `N` words just after `pos` and before `ceil`, in order, as written (not lower-cased).
/// Stops at `,` `;` `:` `(` `)` `.` and quotes when `stop_at_punct`.
pub(crate) fn words_after<const N: usize>(
    text: &str,
    pos: usize,
    ceil: usize,
    stop_at_punct: bool,
) -> FirstWords<'_, N> {
    let mut out = FirstWords {
        words: [(Span::new(0, 0), ""); N],
        len: 0,
    };
    for (slot, w) in out
        .words
        .iter_mut()
        .zip(words_fwd(text, pos, ceil, stop_at_punct))
    {
        *slot = w;
        out.len += 1;
    }
    out
}

/// The word just after `pos` and before `ceil`, as [`words_after`] reads it (without a list).
pub(crate) fn word_after(
    text: &str,
    pos: usize,
    ceil: usize,
    stop_at_punct: bool,
) -> Option<(Span, &str)> {
    words_fwd(text, pos, ceil, stop_at_punct).next()
}

/// True when `words`, ASCII lower-cased, each after a single space, hold one of the phrases
/// of `dfa` (a standard-match automaton over lower-case phrases; a phrase written with a
/// leading space matches only from the start of a word: " ended the" is not in "extended
/// the"). Speed: the bytes are fed to the automaton as they are read, with no joined copy.
pub(crate) fn joined_contains<'w>(
    dfa: &aho_corasick::dfa::DFA,
    words: impl Iterator<Item = &'w str>,
) -> bool {
    use aho_corasick::Anchored;
    use aho_corasick::automaton::Automaton;
    let Ok(mut sid) = dfa.start_state(Anchored::No) else {
        return false;
    };
    for w in words {
        for b in std::iter::once(b' ').chain(w.bytes().map(|b| b.to_ascii_lowercase())) {
            sid = dfa.next_state(Anchored::No, sid, b);
            if dfa.is_match(sid) {
                return true;
            }
        }
    }
    false
}

/// Lower-cased text of a span ("" when out of range).
pub(crate) fn lower(text: &str, span: Span) -> String {
    span.slice(text).unwrap_or("").to_ascii_lowercase()
}

/// True when any of `words` equals one of `set`.
pub(crate) fn any_in(words: &[String], set: &[&str]) -> bool {
    words.iter().any(|w| set.contains(&w.as_str()))
}

/// Spans of direct quotations (straight or curly double quotes), paired within a paragraph.
pub(crate) fn quote_spans(doc: &Document<'_>) -> Vec<Span> {
    let text = doc.text;
    let mut out = Vec::new();
    let mut para: Option<u32> = None;
    let mut open: Option<usize> = None;
    for s in &doc.sentences {
        if para != Some(s.paragraph) {
            open = None;
            para = Some(s.paragraph);
        }
        let Some(st) = s.span.slice(text) else {
            continue;
        };
        // Speed: a vectorised search for `"` and the lead byte of the curly quotes (E2 80
        // 9C/9D), not a decode of every character.
        let bytes = st.as_bytes();
        for i in memchr::memchr2_iter(b'"', 0xE2, bytes) {
            let Some(&b) = bytes.get(i) else { continue };
            let pos = s.span.start + i;
            match (b, bytes.get(i + 1), bytes.get(i + 2)) {
                (0xE2, Some(0x80), Some(0x9C)) => open = Some(pos),
                (0xE2, Some(0x80), Some(0x9D)) => {
                    if let Some(o) = open.take() {
                        out.push(Span::new(o, pos + 3));
                    }
                }
                (b'"', _, _) => match open.take() {
                    Some(o) => out.push(Span::new(o, pos + 1)),
                    None => open = Some(pos),
                },
                _ => {}
            }
        }
    }
    out
}

/// True when `pos` lies in a quotation long enough to be speech (not a scare-quoted term).
pub(crate) fn in_long_quote(quotes: &[Span], pos: usize) -> bool {
    // Speed: `quote_spans` gives disjoint spans in text order, so only the last one starting
    // at or before `pos` can hold it (a binary search instead of a scan of every quote of the
    // document per trigger: linear instead of quadratic in long documents).
    let i = quotes.partition_point(|q| q.start <= pos);
    i.checked_sub(1)
        .and_then(|i| quotes.get(i))
        .is_some_and(|q| q.start <= pos && pos < q.end && q.len() > 48)
}

/// True for sentences that are headings: a paragraph of one short line without a final full
/// stop (titles, section heads, "Comment Template").
pub(crate) fn is_heading(doc: &Document<'_>, idx: usize) -> bool {
    let Some(s) = doc.sentences.get(idx) else {
        return false;
    };
    let alone = |j: Option<usize>| {
        j.and_then(|j| doc.sentences.get(j))
            .is_none_or(|o| o.paragraph != s.paragraph)
    };
    if !alone(idx.checked_sub(1)) || !alone(idx.checked_add(1)) {
        return false;
    }
    let t = doc.sentence_text(idx).trim_end();
    let ends_stop =
        t.ends_with('.') || t.ends_with('"') || t.ends_with('\u{201D}') || t.ends_with('!');
    // At most 16 words (counted only as far as the 17th).
    !ends_stop && t.split_whitespace().nth(16).is_none()
}

/// The dateline at the start of a sentence ("KYIV, Nov 29 (Agency) — "), if any.
pub(crate) fn dateline(text: &str, sentence: Span) -> Option<Span> {
    let st = sentence.slice(text)?;
    // The first word in capitals ("KYIV", "AL-BAB"), three letters at least, or a name in
    // title case before a bracket ("Port Sudan (Sudan) -", as AFP writes it) (Speed: read in
    // place, no copy; most sentences are refused at their second letter)
    let mut letters = 0usize;
    let mut capitals = true;
    // ("(Nairobi, March 16, 2026) – ", as Human Rights Watch writes it: in brackets)
    let body = st.strip_prefix('(').unwrap_or(st);
    for c in body.chars().take_while(|c| c.is_alphabetic() || *c == '-') {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                if letters == 0 {
                    return None;
                }
                capitals = false;
                break;
            }
            letters += 1;
        }
    }
    let head = st.get(..st.len().min(120))?;
    // (Speed: a title-case head goes on only with a bracket, or a comma and a digit of a date)
    let dated_head = head.contains(',') && head.bytes().any(|b| b.is_ascii_digit());
    if capitals && letters < 3 || !(capitals || head.contains('(') || dated_head) {
        return None;
    }
    // (".- ": "Choloma, Honduras, Aug 10 (EFE).- ", as EFE writes it)
    let dash = ["\u{2014} ", "\u{2013} ", "-- ", " - ", ".- "]
        .iter()
        .filter_map(|d| head.find(d).map(|i| i + d.len()))
        .min()?;
    let prefix = head.get(..dash)?;
    // "KYIV, Nov 29 (Agency) —", "KYIV (Reuters) -": a dateline has a comma or a bracket,
    // or is a place in capitals alone ("BANGKOK —", "SAN SALVADOR —", as AP writes them)
    let capitals_only = |p: &str| {
        p.trim_end_matches(|c: char| !c.is_alphabetic())
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '\'' || c == '-')
    };
    // "Port Sudan (Sudan) -": at most three capitalised words before the bracket
    let titled = || {
        prefix.split_once('(').is_some_and(|(name, _)| {
            let words = name.split_whitespace();
            words.clone().count() <= 3
                && words
                    .clone()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        })
    };
    // "Parliament, Thursday, 5 March 2026 - ": a name in title case, a comma, and a date
    // with its month and day to the dash, in at most eight words
    let dated = || {
        let words = prefix.split_whitespace();
        let month = words.clone().any(|w| {
            crate::time::lexicon::month(w.trim_end_matches([',', '.'])).is_some()
                && w.starts_with(char::is_uppercase)
        });
        month
            && words.clone().count() <= 8
            && words
                .clone()
                .any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            && prefix
                .split_once(',')
                .is_some_and(|(name, _)| name.split_whitespace().count() <= 3)
    };
    let ok = if capitals {
        prefix.contains([',', '(']) || capitals_only(prefix)
    } else {
        titled() || dated()
    };
    ok.then_some(Span::new(sentence.start, sentence.start + dash))
}

/// Clause boundaries, and whether a boundary needs the list-of-names check.
pub(crate) const CUTS: &[(&str, bool)] = &[
    (", and ", true),
    ("; ", false),
    (", but ", false),
    (" but ", false),
    (", which ", false),
    (", while ", false),
    (", whereas ", false),
    (", adding ", false),
    (" and said ", false),
    (", as ", false),
    (" since ", false),
    (" after ", false),
    (" before ", false),
    (" followed ", false),
];

/// A clause of a sentence.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Clause {
    pub span: Span,
    /// The clause opens with "since" (a boundary, not an event date).
    pub since: bool,
    /// A relative clause (", which ..."): it describes the clause before it.
    pub relative: bool,
    /// The dated motive of the clause before ("... in retaliation for | an April 22 attack
    /// on tourists"): an event of its own.
    pub motive: bool,
}

/// Splits a sentence into clauses at ", and" (not inside a list of names), ";", ", but",
/// " but ", ", which", ", while", ", adding", " and said " (what follows is what was said),
/// " since ", " after ", " before ", " followed".
#[cfg(test)]
pub(crate) fn clauses(text: &str, phrases: &PhraseScan, sentence: Span) -> Vec<Clause> {
    let mut out = Vec::new();
    clauses_into(text, phrases, sentence, &mut ClauseBuf::default(), &mut out);
    out
}

/// The cut points [`clauses_into`] collects, kept from one sentence to the next.
#[derive(Default)]
pub(crate) struct ClauseBuf(Vec<(usize, bool)>);

/// [`clauses`] into `out` (cleared first), with `buf` for the cut points (Speed: buffers
/// reused from sentence to sentence, not allocated per sentence).
pub(crate) fn clauses_into(
    text: &str,
    phrases: &PhraseScan,
    sentence: Span,
    buf: &mut ClauseBuf,
    out: &mut Vec<Clause>,
) {
    out.clear();
    let Some(st) = sentence.slice(text) else {
        out.push(Clause {
            span: sentence,
            since: false,
            relative: false,
            motive: false,
        });
        return;
    };
    let cuts = &mut buf.0;
    cuts.clear();
    for m in phrases.leftmost_longest(List::Cut, sentence) {
        let Some((pat, list_check)) = CUTS.get(m.index) else {
            continue;
        };
        let at = m.span.start.saturating_sub(sentence.start);
        {
            if *list_check {
                // "Sumy, Kupyansk, and Mykolayiv": a list of names, not two clauses.
                let next_cap = st
                    .get(at + pat.len()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_uppercase);
                let prev_cap = st
                    .get(..at)
                    .and_then(|l| l.rsplit(' ').next())
                    .and_then(|w| w.chars().next())
                    .is_some_and(char::is_uppercase);
                // "the capital, Sanaa, and the northern province of Saada": a list of
                // places, one told by its kind
                let place_next = || {
                    let mut next = st
                        .get(at + pat.len()..)
                        .unwrap_or("")
                        .split_whitespace()
                        .take(5);
                    next.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
                        && next
                            .map(|w| w.trim_end_matches(','))
                            .skip_while(|w| {
                                !super::location::place_nouns().any(|n| n.eq_ignore_ascii_case(w))
                            })
                            .nth(1)
                            .is_some_and(|w| {
                                w == "of" || w.chars().next().is_some_and(char::is_uppercase)
                            })
                };
                if prev_cap && (next_cap || place_next()) {
                    continue;
                }
            }
            // the boundary word starts after the comma/space
            let skip = pat.len() - pat.trim_start_matches([',', ';', ' ']).len();
            cuts.push((at + skip, pat.trim() == "since"));
        }
    }
    cuts.sort_unstable();
    cuts.dedup_by(|a, b| a.0 <= b.0 + 2);
    let mut start = 0usize;
    let mut since = false;
    let is_relative = |at: usize| {
        st.get(at..).is_some_and(|r| {
            ["which ", "who ", "when "]
                .iter()
                .any(|p| r.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
        })
    };
    for &(c, is_since) in cuts.iter() {
        if c > start {
            out.push(Clause {
                span: Span::new(sentence.start + start, sentence.start + c),
                since,
                relative: start > 0 && is_relative(start),
                motive: false,
            });
        }
        start = c;
        since = is_since;
    }
    out.push(Clause {
        span: Span::new(sentence.start + start, sentence.end),
        since,
        relative: start > 0 && is_relative(start),
        motive: false,
    });
}

/// Splits off the motive of a clause that names a day of its own ("India struck nine sites
/// in retaliation for an April 22 attack on tourists in Pahalgam that killed 26 men"): the
/// motive, from the word after "retaliation for" / "response to", is then a clause of its
/// own, whose event keeps its date, place and toll. A motive without a day ("in response to
/// a Hezbollah attack", "retaliation for last month's deadly attack") stays inside its
/// clause, an event told in passing.
/// `times`: the document's time expressions, in text order.
pub(crate) fn split_dated_motives(
    text: &str,
    times: &[crate::TimeExpr],
    sentence: Span,
    clauses: &mut Vec<Clause>,
) {
    if !sentence.slice(text).is_some_and(may_hold_motive) {
        return;
    }
    let mut i = 0;
    while let Some(c) = clauses.get(i).copied() {
        i += 1;
        let Some(at) = motive_object(text, c.span) else {
            continue;
        };
        let first = times.partition_point(|t| t.span.start < at);
        let dated = times
            .get(first..)
            .unwrap_or(&[])
            .iter()
            .take_while(|t| t.span.end <= c.span.end)
            .any(|t| {
                t.grain <= crate::Grain::Day
                    && t.is_anchored()
                    && text.get(at..t.span.start).is_some_and(|g| !g.contains(','))
            });
        if let (true, Some(before)) = (dated, clauses.get_mut(i - 1)) {
            before.span.end = at;
            clauses.insert(
                i,
                Clause {
                    span: Span::new(at, c.span.end),
                    since: false,
                    relative: false,
                    motive: true,
                },
            );
            i += 1;
        }
    }
}

/// The byte after the first motive's words ([`MOTIVES`]: "retaliation for", "response to")
/// of `clause` (and its space).
fn motive_object(text: &str, clause: Span) -> Option<usize> {
    let low = clause.slice(text)?.to_ascii_lowercase();
    MOTIVES
        .iter()
        .filter_map(|(n, p)| {
            // the first "{n} {p} ": the first `n` with " {p} " after it (Speed: no phrase
            // written on the heap for each motive)
            low.match_indices(n)
                .map(|(i, _)| i + n.len())
                .find_map(|e| {
                    let rest = low.get(e..)?.strip_prefix(' ')?.strip_prefix(p)?;
                    rest.starts_with(' ').then(|| e + p.len() + 2)
                })
        })
        .min()
        .map(|i| clause.start + i)
}

pub(crate) use crate::text::REPORT_VERBS;

/// Nouns of a country's mission abroad.
const MISSIONS: &[&str] = &[
    "embassy",
    "embassies",
    "consulate",
    "consulates",
    "ambassador",
    "ambassadors",
];
/// Nouns of the people and bodies that act for a country.
const OFFICES: &[&str] = &[
    "minister",
    "ministers",
    "president",
    "presidents",
    "leader",
    "leaders",
    "heads",
    "delegation",
    "delegations",
    "representatives",
    "envoy",
    "envoys",
    "officials",
    "government",
    "governments",
    "army",
    "armies",
    "forces",
    "troops",
];

/// Titles of those who speak for a country, after its name ("U.S. Defense Secretary").
const TITLES: &[&str] = &[
    "President",
    "Secretary",
    "Minister",
    "Envoy",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Chancellor",
    "Premier",
];

/// What a country name is said to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holder {
    /// A mission abroad: "the embassies of Rwanda, France and the United States" (any name of
    /// the list), "France's embassy", "the Rwandan embassy". The name is neither where an
    /// event happens nor a party to it.
    Mission,
    /// Those who act for it: "the foreign ministers of Iran, Russia and Turkey", "the army of
    /// Sudan", "U.S. Defense Secretary Lloyd Austin". The name is a party, not a place.
    Office,
}

/// What the name at `span` holds, when its words say so.
pub(crate) fn holder(text: &str, floor: usize, span: Span) -> Option<Holder> {
    let rest = text.get(span.end..).unwrap_or("");
    let skip = ["'s", "\u{2019}s"]
        .iter()
        .find(|p| rest.starts_with(**p))
        .map_or(0, |p| p.len());
    let mut after = words_fwd(text, span.end + skip, text.len(), true).map(|(_, w)| w);
    let (first, second) = (after.next().unwrap_or(""), after.next().unwrap_or(""));
    if is_one_of(first, MISSIONS) {
        return Some(Holder::Mission);
    }
    // "U.S. Defense Secretary Lloyd Austin", "Russian President", "French Foreign Minister"
    let capitalised = first.starts_with(|c: char| c.is_ascii_uppercase());
    if is_one_of(first, TITLES) || (capitalised && is_one_of(second, TITLES)) {
        return Some(Holder::Office);
    }
    // back over the list ("Rwanda, France and the") to its "of"
    let mut words = words_back(text, floor, span.start, false).take(10);
    while let Some(w) = words.next() {
        if w.eq_ignore_ascii_case("of") {
            return match words.next() {
                Some(w) if is_one_of(w, MISSIONS) => Some(Holder::Mission),
                Some(w) if is_one_of(w, OFFICES) => Some(Holder::Office),
                _ => None,
            };
        }
        let in_list =
            w.chars().next().is_some_and(char::is_uppercase) || is_one_of(w, &["and", "the"]);
        if !in_list {
            return None;
        }
    }
    None
}

/// Prepositions that show a country or place name is where something happens, not a party
/// ("in Ukraine", "across Sudan"): the word right before a country name for the actor rules,
/// and with more cue words in `location` for the place rules.
pub(crate) const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "across",
    "into",
    "over",
    "throughout",
    "to",
    "inside",
    "near",
    "of",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_chars_follow_the_rule() {
        for b in 0..=u8::MAX {
            assert_eq!(is_word_char(b), word_char_rule(b), "byte {b}");
            // a word byte continues a word
            assert!(!is_word_byte(b) || is_word_char(b), "byte {b}");
        }
        assert!(is_word_char(b'-') && is_word_char(b'\'') && is_word_char(b'x'));
        assert!(!is_word_char(b' ') && !is_word_char(b',') && !is_word_char(b'"'));
    }

    fn cl(t: &str) -> Vec<&str> {
        clauses(
            t,
            &PhraseScan::new(t, Span::new(0, t.len())),
            Span::new(0, t.len()),
        )
        .iter()
        .filter_map(|c| c.span.slice(t))
        .collect()
    }

    #[test]
    fn splits_clauses() {
        assert_eq!(
            cl("Drones hit Odesa, damaging a port, and a bomb killed two in Kostiantynivka."),
            vec![
                "Drones hit Odesa, damaging a port, ",
                "and a bomb killed two in Kostiantynivka."
            ]
        );
        assert_eq!(
            cl("Cities like Sumy, Kupyansk, and Mykolayiv were hit.").len(),
            1
        );
        let t = "It came under fire since troops left in 2022.";
        let c = clauses(
            t,
            &PhraseScan::new(t, Span::new(0, t.len())),
            Span::new(0, 45),
        );
        assert!(c.get(1).is_some_and(|c| c.since));
    }

    #[test]
    fn word_spans_read_backwards() {
        for t in [
            "Russian forces, at dawn struck the town of Bara.",
            "x -abc 'quoted' rock'n'roll-- --  a-'b 1,200 \u{2014}Kyiv\u{2019}s",
            "",
            "--",
            "end",
        ] {
            for (a, b) in [(0, t.len()), (1, t.len().saturating_sub(2)), (3, 9)] {
                let Some(w) = t.get(a..b).map(|_| Span::new(a, b)) else {
                    continue;
                };
                let mut back: Vec<Span> = word_spans_back(t, w).collect();
                back.reverse();
                assert_eq!(back, word_spans(t, w), "{t:?} {a}..{b}");
            }
        }
    }

    #[test]
    fn words_around() {
        let t = "Russian forces, at dawn struck the town of Bara.";
        assert_eq!(words_before(t, 0, 24, 3, true), vec!["at", "dawn"]);
        assert_eq!(
            words_before(t, 0, 24, 3, false),
            vec!["forces", "at", "dawn"]
        );
        let after: Vec<&str> = words_after::<4>(t, 30, t.len(), true)
            .iter()
            .map(|w| w.1)
            .collect();
        assert_eq!(after, vec!["the", "town", "of", "Bara"]);
    }

    #[test]
    fn datelines_and_headings() {
        let t = "KYIV, Nov 29 (Agency) \u{2014} Russia attacked Kyiv.";
        let d = dateline(t, Span::new(0, t.len())).unwrap();
        assert!(t[d.end..].starts_with("Russia"));
        assert!(dateline("Russia attacked - badly.", Span::new(0, 24)).is_none());
        assert!(
            dateline(
                "NATO allies agreed - after talks - to act.",
                Span::new(0, 42)
            )
            .is_none()
        );
        assert!(dateline("KYIV (Reuters) - Russia struck.", Span::new(0, 31)).is_some());
        let t = "BANGKOK \u{2014} A jet struck.";
        assert!(dateline(t, Span::new(0, t.len())).is_some());
        assert!(dateline("NATO said - and so on.", Span::new(0, 22)).is_none());
        let t = "AL-BAB, Syria, June 4 \u{2014} A car bomb exploded.";
        assert!(dateline(t, Span::new(0, t.len())).is_some());
        let t = "Port Sudan (Sudan) - Drones struck a school.";
        assert!(dateline(t, Span::new(0, t.len())).is_some());
        let t = "Russian forces (the army) - and allies - attacked.";
        assert!(dateline(t, Span::new(0, t.len())).is_none());
        let t = "Parliament, Thursday, 5 March 2026 \u{2013} The committee condemned it.";
        assert!(dateline(t, Span::new(0, t.len())).is_some());
        let t = "Choloma, Honduras, Aug 10 (EFE).- Seven people were killed.";
        let d = dateline(t, Span::new(0, t.len())).unwrap();
        assert!(t[d.end..].starts_with("Seven"));
        // a sentence with a comma and a date, then an aside, is no dateline
        let t = "In the north of Gaza, on 5 March 2026 - a Thursday - strikes went on.";
        assert!(dateline(t, Span::new(0, t.len())).is_none());
        let doc = Document::new("Big Title Here\nRussia struck Kyiv. Two died.\nComment Template");
        assert!(is_heading(&doc, 0));
        assert!(!is_heading(&doc, 1));
        assert!(is_heading(&doc, 3));
    }

    #[test]
    fn quotes() {
        let doc = Document::new(
            "He said \"the daily strikes prove it. These attacks go on and on.\" Then \u{201C}precision strike\u{201D} was claimed.",
        );
        let q = quote_spans(&doc);
        assert_eq!(q.len(), 2);
        assert!(in_long_quote(&q, 20));
        assert!(!in_long_quote(&q, q[1].start + 3));
    }
}
