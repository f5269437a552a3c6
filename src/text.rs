//! Byte spans, sentences and paragraphs.
//!
//! Every position in this crate is a UTF-8 byte offset into the input text. The splitter here
//! is deliberately simple and linear: one pass over the bytes, no allocation per token.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a text (UTF-8 byte offsets, end exclusive).
///
/// ```
/// use conflict_timeline::Span;
/// let text = "On Sunday, Russia struck Kyiv.";
/// let span = Span::new(3, 9);
/// assert_eq!(span.slice(text), Some("Sunday"));
/// assert_eq!(span.len(), 6);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given the wrong way round).
    ///
    /// ```
    /// use conflict_timeline::Span;
    /// assert_eq!(Span::new(5, 2), Span::new(2, 5));
    /// ```
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// Number of bytes covered.
    ///
    /// ```
    /// use conflict_timeline::Span;
    /// assert_eq!(Span::new(2, 5).len(), 3);
    /// ```
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    ///
    /// ```
    /// use conflict_timeline::Span;
    /// assert!(Span::new(4, 4).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text the span covers, or `None` if it is out of range or not on char boundaries.
    ///
    /// ```
    /// use conflict_timeline::Span;
    /// assert_eq!(Span::new(0, 2).slice("Kyiv"), Some("Ky"));
    /// assert_eq!(Span::new(0, 99).slice("Kyiv"), None);
    /// ```
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// True when the two spans share at least one byte.
    ///
    /// ```
    /// use conflict_timeline::Span;
    /// assert!(Span::new(0, 5).overlaps(&Span::new(4, 8)));
    /// assert!(!Span::new(0, 4).overlaps(&Span::new(4, 8)));
    /// ```
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside this span.
    ///
    /// ```
    /// use conflict_timeline::Span;
    /// assert!(Span::new(0, 10).contains(&Span::new(2, 4)));
    /// ```
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use conflict_timeline::Span;
    /// assert_eq!(Span::new(0, 2).cover(&Span::new(5, 7)), Span::new(0, 7));
    /// ```
    pub fn cover(&self, other: &Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// One sentence of a document: its span and the paragraph it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub span: Span,
    pub paragraph: u32,
}

/// A document split into sentences, built once per extraction.
#[derive(Debug)]
pub(crate) struct Document<'a> {
    pub text: &'a str,
    pub sentences: Vec<Sentence>,
}

impl<'a> Document<'a> {
    /// Splits `text` into paragraphs (at line breaks) and sentences.
    pub fn new(text: &'a str) -> Self {
        Document {
            text,
            sentences: split_sentences(text),
        }
    }

    /// Index of the sentence holding byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let idx = self.sentences.partition_point(|s| s.span.end <= pos);
        match self.sentences.get(idx) {
            Some(s) if s.span.start <= pos => Some(idx),
            _ => None,
        }
    }

    /// The text of sentence `idx` (empty if out of range).
    pub fn sentence_text(&self, idx: usize) -> &'a str {
        self.sentences
            .get(idx)
            .and_then(|s| s.span.slice(self.text))
            .unwrap_or("")
    }
}

/// Verbs that report speech ("officials said", "told reporters"), shared by source
/// attribution, the reporting-date rule of dating and the tense cues of the time layer.
pub(crate) const REPORT_VERBS: &[&str] = &[
    "said",
    "says",
    "reported",
    "announced",
    "added",
    "told",
    "claimed",
    "stated",
    "confirmed",
    "wrote",
    "posted",
    "tweeted",
    "reports",
    "say",
];

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm",
    "cmdr", "gov", "sen", "rep", "pres", "st", "mt", "ft", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "no", "nos", "vs", "v", "etc", "inc", "co", "corp", "ltd", "jr",
    "sr", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "approx", "est", "dept", "gov't", "rev", "hon",
    "fig", "al", "i.e", "e.g", "km", "sq",
];

/// The span from `before` bytes before `inner` to `after` bytes after it, kept inside `within`
/// and moved inwards to char boundaries of `text` (never past `inner`).
pub(crate) fn widen(text: &str, inner: Span, before: usize, after: usize, within: Span) -> Span {
    let mut a = inner.start.saturating_sub(before).max(within.start);
    let mut b = inner
        .end
        .saturating_add(after)
        .min(within.end)
        .min(text.len());
    while a < inner.start && !text.is_char_boundary(a) {
        a += 1;
    }
    while b > inner.end && !text.is_char_boundary(b) {
        b -= 1;
    }
    Span { start: a, end: b }
}

/// True when a possessive "'s" (or "’s") starts at byte `pos` of `text` ("Ukraine's",
/// "Tuesday’s").
pub(crate) fn possessive_at(text: &str, pos: usize) -> bool {
    let rest = text.get(pos..).unwrap_or("");
    rest.starts_with("'s") || rest.starts_with("\u{2019}s")
}

/// First position of `word` in `text` (ASCII case-insensitive).
pub(crate) fn find_ci(text: &str, word: &str) -> Option<usize> {
    text.as_bytes()
        .windows(word.len())
        .position(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// Where `part`, a slice of `text` (a word read from it), begins in `text`.
pub(crate) fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// True when `word` is one of `list`, ignoring ASCII case (no lower-cased copy).
#[inline]
pub(crate) fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Where `needle` first occurs in `hay` (`Some(0)` for an empty one). Speed: for a search made
/// once, in a short text: the places of its first byte (a vectorised scan), each compared with
/// the rest, instead of a searcher built for the one call.
pub(crate) fn find_once(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    memchr::memchr_iter(first, hay)
        .find(|&i| hay.get(i + 1..i.saturating_add(needle.len())) == Some(rest))
}

/// True when `after` (the text right after a length of time) opens a relative clause that
/// tells what happened in it: " in which", " during which", " that saw", " which saw".
pub(crate) fn period_relative(after: &str) -> bool {
    let mut words = after.split_ascii_whitespace();
    let (Some(a), Some(b)) = (words.next(), words.next()) else {
        return false;
    };
    (is_one_of(a, &["in", "during"]) && b.eq_ignore_ascii_case("which"))
        || (is_one_of(a, &["that", "which"]) && b.eq_ignore_ascii_case("saw"))
}

/// A table of `$rule(b)` for every byte value `b`, worked out at compile time; `$zero` is a
/// value of the table's element type. Speed: the loops that classify every byte of a text
/// load one entry instead of running a chain of range tests.
macro_rules! byte_table {
    ($zero:expr, $rule:expr) => {{
        let mut t = [$zero; 256];
        let mut b = 0u8;
        loop {
            // (`split_at_mut` at `b < 256`: the slot of `b`, without indexing)
            if let (_, [slot, ..]) = t.split_at_mut(b as usize) {
                *slot = $rule(b);
            }
            if b == u8::MAX {
                break;
            }
            b += 1;
        }
        t
    }};
}
pub(crate) use byte_table;

/// The rule of [`is_word_byte`]: ASCII letters and digits, and any non-ASCII byte.
const fn word_byte_rule(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// [`word_byte_rule`] of every byte value.
const WORD_BYTES: [bool; 256] = byte_table!(false, word_byte_rule);

/// The data rows of a table under `data/` (embedded with `include_str!`): lines that are
/// neither empty nor `#` comments, split at tabs, each cell trimmed.
pub(crate) fn table_rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// The rest of `s` after a leading word "on" (any case) and the spaces or line breaks after
/// it: `"on Sunday"` → `"Sunday"`; none when `s` does not open with that word.
pub(crate) fn after_on(s: &str) -> Option<&str> {
    let rest = s
        .get(..2)
        .filter(|p| p.eq_ignore_ascii_case("on"))
        .and_then(|_| s.get(2..))?;
    rest.starts_with(char::is_whitespace)
        .then(|| rest.trim_start())
}

/// True for bytes that belong to a word (ASCII letters and digits, and any non-ASCII byte).
pub(crate) fn is_word_byte(b: u8) -> bool {
    WORD_BYTES.get(usize::from(b)).copied().unwrap_or(false)
}

/// True when `start..end` of `text` is a whole word: no letter or digit directly before or
/// after (curly quotes, dashes and other punctuation are boundaries, as in "“strike”").
pub(crate) fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

fn is_abbreviation(word: &str) -> bool {
    if word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase()) {
        return true; // an initial: "John F. Kennedy"
    }
    abbreviation_key(word).is_some_and(|k| ABBREVIATION_KEYS.binary_search(&k).is_ok())
}

/// A word of at most 7 bytes, ASCII-lower-cased, and its length, packed in one number (none
/// for a longer word: every abbreviation is shorter).
fn abbreviation_key(word: &str) -> Option<u64> {
    if word.len() > 7 {
        return None;
    }
    let packed = word
        .bytes()
        .rev()
        .fold(0u64, |k, b| k << 8 | u64::from(b.to_ascii_lowercase()));
    Some(packed | (word.len() as u64) << 56)
}

/// [`ABBREVIATIONS`] as sorted keys (Speed: a binary search at each full stop instead of a
/// comparison with every abbreviation).
static ABBREVIATION_KEYS: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
    let mut keys: Vec<u64> = ABBREVIATIONS
        .iter()
        .filter_map(|a| abbreviation_key(a))
        .collect();
    keys.sort_unstable();
    keys
});

/// Splits a text into sentences. Line breaks always end a sentence and a run of line breaks
/// starts a new paragraph; `.`, `!` and `?` end one when followed by space and an upper-case
/// letter, digit or opening quote, unless the word before is a known abbreviation.
fn split_sentences(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    // Speed: room for a sentence per 128 bytes (news sentences are longer), no regrowth.
    let mut out = Vec::with_capacity(text.len() / 128);
    let mut paragraph = 0u32;
    let mut start = 0usize;
    let mut i = 0usize;
    // The next `!` or `?` at or after `i`, once searched (searched again once passed).
    let mut rare: Option<usize> = None;
    let push = |s: usize, e: usize, para: u32, out: &mut Vec<Sentence>| {
        let (mut s, e) = trim_span(bytes, s, e);
        // An overlong run without a sentence break is cut into pieces of at most
        // MAX_SENTENCE bytes (at a space when there is one): sentence-local work stays bounded
        // and the whole pipeline linear in the text's length.
        while e.saturating_sub(s) > MAX_SENTENCE {
            let cut = cut_point(text, s, s + MAX_SENTENCE);
            let (ps, pe) = trim_span(bytes, s, cut);
            if pe > ps {
                out.push(Sentence {
                    span: Span::new(ps, pe),
                    paragraph: para,
                });
            }
            s = cut;
        }
        let (s, e) = trim_span(bytes, s, e);
        if e > s {
            out.push(Sentence {
                span: Span::new(s, e),
                paragraph: para,
            });
        }
    };
    while let Some(&b) = bytes.get(i) {
        // Speed: jump over the bytes that cannot end a sentence with vectorised searches (the
        // rarer `!` and `?` are searched apart, again only once passed).
        if !matches!(b, b'\n' | b'\r' | b'.' | b'!' | b'?') {
            let next_rare = match rare {
                Some(r) if r >= i => r,
                _ => bytes
                    .get(i..)
                    .and_then(|r| memchr::memchr2(b'!', b'?', r))
                    .map_or(bytes.len(), |k| i + k),
            };
            rare = Some(next_rare);
            let common = bytes
                .get(i..)
                .and_then(|r| memchr::memchr3(b'\n', b'\r', b'.', r))
                .map_or(bytes.len(), |k| i + k);
            i = common.min(next_rare).max(i + 1);
            continue;
        }
        if b == b'\n' || b == b'\r' {
            push(start, i, paragraph, &mut out);
            while bytes.get(i).is_some_and(|&c| c == b'\n' || c == b'\r') {
                i += 1;
            }
            if out.last().is_some_and(|s| s.paragraph == paragraph) {
                paragraph = paragraph.saturating_add(1);
            }
            start = i;
            continue;
        }
        if matches!(b, b'.' | b'!' | b'?') {
            // Include closing quotes and brackets after the punctuation.
            let mut end = i + 1;
            while let Some(&c) = bytes.get(end) {
                if c == b'"' || c == b'\'' || c == b')' {
                    end += 1;
                } else if bytes.get(end..end + 3) == Some("\u{201D}".as_bytes())
                    || bytes.get(end..end + 3) == Some("\u{2019}".as_bytes())
                {
                    end += 3;
                } else {
                    break;
                }
            }
            let next_ok = bytes.get(end).is_some_and(|&c| c == b' ' || c == b'\t') && {
                let mut j = end;
                while bytes.get(j).is_some_and(|&c| c == b' ' || c == b'\t') {
                    j += 1;
                }
                match bytes.get(j) {
                    Some(&c) => {
                        c.is_ascii_uppercase()
                            || c.is_ascii_digit()
                            || c == b'"'
                            || c == b'\''
                            || c == b'('
                            || c >= 0x80
                    }
                    None => false,
                }
            };
            if next_ok
                && !(b == b'.'
                    && is_abbreviation(word_before(text, i))
                    && !clock_then_sentence(text, i, end))
            {
                push(start, end, paragraph, &mut out);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push(start, bytes.len(), paragraph, &mut out);
    out
}

/// True when the full stop at `i` closes a clock time's "a.m." or "p.m." and what follows at
/// `end` opens a new sentence: "began at 10 a.m. The talks ended" (not "10 a.m. Tuesday", "10
/// a.m. EST", "10 a.m. Kyiv time", "10 a.m. Jan. 5": a day, a zone or a place's time).
fn clock_then_sentence(text: &str, i: usize, end: usize) -> bool {
    let word = word_before(text, i);
    if !(word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m")) {
        return false;
    }
    let mut words = text.get(end..).unwrap_or("").split_whitespace();
    let next = words
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| c.is_ascii_punctuation());
    let after = words.next().unwrap_or("");
    let zone = next.len() <= 4 && next.bytes().all(|b| b.is_ascii_uppercase());
    let day = crate::time::lexicon::month(next).is_some()
        || crate::time::lexicon::weekday(next).is_some();
    next.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && !zone
        && !day
        && !after.eq_ignore_ascii_case("time")
}

/// The longest sentence, in bytes: longer runs without a break are cut (see
/// [`split_sentences`]). Far above any real sentence; it only bounds pathological input.
pub(crate) const MAX_SENTENCE: usize = 4096;

/// Where to cut an overlong sentence that starts at `start` so that the piece ends by `limit`:
/// after the last space of the second half of the piece, else at the last char boundary. Always
/// greater than `start`.
fn cut_point(text: &str, start: usize, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let half = start + (limit - start) / 2;
    if let Some(i) = bytes
        .get(half..limit)
        .and_then(|w| w.iter().rposition(|&b| b == b' ' || b == b'\t'))
    {
        return half + i + 1;
    }
    let mut cut = limit.min(text.len());
    while cut > start + 1 && !text.is_char_boundary(cut) {
        cut -= 1;
    }
    cut.max(start + 1)
}

/// The word (letters, digits, inner dots and apostrophes) that ends just before byte `i`.
fn word_before(text: &str, i: usize) -> &str {
    let bytes = text.as_bytes();
    let mut s = i;
    while s > 0
        && bytes
            .get(s - 1)
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'.' || c == b'\'')
    {
        s -= 1;
    }
    text.get(s..i).unwrap_or("").trim_start_matches('.')
}

fn trim_span(bytes: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && bytes.get(s).is_some_and(|c| c.is_ascii_whitespace()) {
        s += 1;
    }
    while e > s && bytes.get(e - 1).is_some_and(|c| c.is_ascii_whitespace()) {
        e -= 1;
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`find_once`] finds what `memmem::find` finds: the first place, or none.
    #[test]
    fn find_once_is_the_first_occurrence() {
        let hay = b"Ukraine's air force said Ukraine's air defences shot down 29";
        for needle in [
            &b"Ukraine's air"[..],
            b"air d",
            b"29",
            b"U",
            b"",
            b"shot down 30",
            b"Ukraine's air force said Ukraine's air defences shot down 29 drones",
        ] {
            assert_eq!(
                find_once(hay, needle),
                memchr::memmem::find(hay, needle),
                "{needle:?}"
            );
        }
    }

    #[test]
    fn word_bytes_follow_the_rule() {
        for b in 0..=u8::MAX {
            assert_eq!(is_word_byte(b), word_byte_rule(b), "byte {b}");
        }
        assert!(is_word_byte(b'a') && is_word_byte(b'Z') && is_word_byte(b'7'));
        assert!(is_word_byte(0xC3) && is_word_byte(0x80));
        assert!(!is_word_byte(b' ') && !is_word_byte(b'-') && !is_word_byte(b'\''));
    }

    #[test]
    fn abbreviations_are_found_by_key() {
        // every abbreviation has a key (none is longer than a key holds)
        assert_eq!(ABBREVIATION_KEYS.len(), ABBREVIATIONS.len());
        for (word, abbreviation) in [
            ("Gen", true),
            ("SEPT", true),
            ("K", true), // an initial
            ("gen", true),
            ("Genl", false),
            ("said", false),
            ("Septembers", false),
            ("", false),
        ] {
            assert_eq!(is_abbreviation(word), abbreviation, "{word}");
        }
    }

    fn sents(text: &str) -> Vec<&str> {
        Document::new(text)
            .sentences
            .iter()
            .map(|s| s.span.slice(text).unwrap_or(""))
            .collect()
    }

    #[test]
    fn splits_on_full_stops_and_lines() {
        assert_eq!(
            sents("Title here\nRussia struck Kyiv. Two died. \"It was awful.\" He left."),
            vec![
                "Title here",
                "Russia struck Kyiv.",
                "Two died.",
                "\"It was awful.\"",
                "He left."
            ]
        );
    }

    #[test]
    fn keeps_abbreviations_together() {
        assert_eq!(
            sents("Mr. Rubio met Gen. Smith in the U.S. capital on Jan. 5. Then he left."),
            vec![
                "Mr. Rubio met Gen. Smith in the U.S. capital on Jan. 5.",
                "Then he left."
            ]
        );
        assert_eq!(
            sents("It was 3.5 km away. Yes."),
            vec!["It was 3.5 km away.", "Yes."]
        );
    }

    #[test]
    fn paragraphs_count_line_runs() {
        let doc = Document::new("A.\n\nBe. Cd.\nD.");
        let paras: Vec<u32> = doc.sentences.iter().map(|s| s.paragraph).collect();
        assert_eq!(paras, vec![0, 1, 1, 2]);
        assert_eq!(doc.sentence_at(4), Some(1));
        assert_eq!(doc.sentence_at(2), None);
    }

    #[test]
    fn overlong_runs_are_cut_at_spaces() {
        let text = "word ".repeat(3000);
        let doc = Document::new(&text);
        assert!(doc.sentences.len() >= 3);
        for s in &doc.sentences {
            assert!(s.span.len() <= MAX_SENTENCE);
            let t = s.span.slice(&text).unwrap_or("");
            assert!(t.starts_with("word") && t.ends_with("word"), "{t:?}");
        }
        // no space at all: cut at char boundaries, nothing lost
        let text = "\u{00E9}".repeat(5000);
        let doc = Document::new(&text);
        let total: usize = doc.sentences.iter().map(|s| s.span.len()).sum();
        assert_eq!(total, text.len());
        assert!(doc.sentences.iter().all(|s| s.span.slice(&text).is_some()));
        // ordinary sentences are untouched
        assert_eq!(Document::new("A short one. Another.").sentences.len(), 2);
    }

    #[test]
    fn whole_words() {
        assert!(is_whole_word("a May b", 2, 5));
        assert!(!is_whole_word("Mayor", 0, 3));
        assert!(is_whole_word("a \u{201C}strike\u{201D} b", 5, 11));
        assert!(!is_whole_word("Kyivé", 0, 4));
    }
}
