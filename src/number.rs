//! Counts: "19", "nineteen", "1,200", "a dozen", "two dozen", "dozens", "at least 3", "more
//! than 100", "nearly 3", "between 250 and 300" → [`Count`] with a low and a high bound
//! (UCDP-style estimates).

use serde::{Deserialize, Serialize};

/// A count with a low and a high estimate; either bound may be unknown.
///
/// The counting rules (see the JSON contract): exact "19" is 19/19, "at least 3" is 3/null,
/// "more than 100" is 101/null, "nearly 3" is null/2, "dozens" is 24/null, "several" 3/null,
/// "no" / "none" is 0/0, a range "between 250 and 300" (or "250 to 300", "two or three",
/// "10-15") is 250/300.
///
/// ```
/// use conflict_timeline::Count;
/// assert_eq!(Count::exact(19), Count { low: Some(19), high: Some(19) });
/// assert_eq!(Count::at_least(3).high, None);
/// assert_eq!(Count::exact(4).to_string(), "4");
/// assert_eq!(Count::at_least(3).to_string(), "3+");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Count {
    /// The conservative (lowest) figure, if known.
    pub low: Option<u64>,
    /// The highest figure, if known.
    pub high: Option<u64>,
}

impl Count {
    /// Exactly `n`.
    ///
    /// ```
    /// assert_eq!(conflict_timeline::Count::exact(2).low, Some(2));
    /// ```
    pub const fn exact(n: u64) -> Self {
        Count {
            low: Some(n),
            high: Some(n),
        }
    }

    /// At least `n`, no upper bound.
    ///
    /// ```
    /// assert_eq!(conflict_timeline::Count::at_least(5).low, Some(5));
    /// ```
    pub const fn at_least(n: u64) -> Self {
        Count {
            low: Some(n),
            high: None,
        }
    }

    /// At most `n`, no lower bound.
    ///
    /// ```
    /// assert_eq!(conflict_timeline::Count::at_most(2).high, Some(2));
    /// ```
    pub const fn at_most(n: u64) -> Self {
        Count {
            low: None,
            high: Some(n),
        }
    }

    /// True when the text said there were none (0/0).
    ///
    /// ```
    /// use conflict_timeline::Count;
    /// assert!(Count::exact(0).is_zero());
    /// assert!(!Count::at_least(0).is_zero());
    /// ```
    pub fn is_zero(&self) -> bool {
        self.low == Some(0) && self.high == Some(0)
    }
}

impl std::fmt::Display for Count {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.low, self.high) {
            (Some(l), Some(h)) if l == h => write!(f, "{l}"),
            (Some(l), Some(h)) => write!(f, "{l}-{h}"),
            (Some(l), None) => write!(f, "{l}+"),
            (None, Some(h)) => write!(f, "<={h}"),
            (None, None) => write!(f, "?"),
        }
    }
}

/// A count read from the start of a text, with the number of bytes it took.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quantity {
    pub count: Count,
    /// Bytes consumed from the start of the input (including the qualifier).
    pub len: usize,
    /// The bare number before qualifiers were applied ("more than 100" → 100), if one was
    /// stated.
    pub value: Option<u64>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Qualifier {
    None,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Approx,
}

const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("at least ", Qualifier::AtLeast),
    ("no fewer than ", Qualifier::AtLeast),
    ("no less than ", Qualifier::AtLeast),
    ("a minimum of ", Qualifier::AtLeast),
    ("more than ", Qualifier::MoreThan),
    ("over ", Qualifier::MoreThan),
    ("upwards of ", Qualifier::MoreThan),
    ("in excess of ", Qualifier::MoreThan),
    ("nearly ", Qualifier::LessThan),
    ("almost ", Qualifier::LessThan),
    ("fewer than ", Qualifier::LessThan),
    ("less than ", Qualifier::LessThan),
    ("under ", Qualifier::LessThan),
    ("just under ", Qualifier::LessThan),
    ("up to ", Qualifier::AtMost),
    ("as many as ", Qualifier::AtMost),
    ("at most ", Qualifier::AtMost),
    ("no more than ", Qualifier::AtMost),
    ("about ", Qualifier::Approx),
    ("around ", Qualifier::Approx),
    ("roughly ", Qualifier::Approx),
    ("approximately ", Qualifier::Approx),
    ("some ", Qualifier::Approx),
    ("an estimated ", Qualifier::Approx),
    ("estimated ", Qualifier::Approx),
    ("close to ", Qualifier::LessThan),
];

const UNITS: &[(&str, u64)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

const TENS: &[(&str, u64)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

const SCALES: &[(&str, u64)] = &[
    ("hundred", 100),
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
];

/// Vague quantity words: (phrase, low bound). They give a count with no upper bound.
const VAGUE: &[(&str, u64)] = &[
    ("tens of thousands", 20_000),
    ("hundreds of thousands", 200_000),
    ("dozens", 24),
    ("scores", 40),
    ("hundreds", 200),
    ("thousands", 2_000),
    ("millions", 2_000_000),
    ("several", 3),
    ("a few", 2),
    ("a handful of", 2),
    ("a number of", 2),
    ("multiple", 2),
    ("numerous", 3),
];

/// Reads a quantity at the start of `s` (case-insensitive): an optional qualifier and a
/// number in digits or words, or a vague quantity word.
///
/// ```text
/// let q = parse_quantity("at least 3 people").unwrap();
/// assert_eq!(q.count, Count::at_least(3));
/// ```
pub(crate) fn parse_quantity(s: &str) -> Option<Quantity> {
    let mut qual = Qualifier::None;
    let mut pos = 0;
    // Speed: only the (lower-case) phrases that start with the text's first letter are
    // compared, as in [`match_word`]; most words read here are no quantity at all.
    let first = s.as_bytes().first()?.to_ascii_lowercase();
    for (phrase, q) in QUALIFIERS {
        if phrase.as_bytes().first() == Some(&first) && starts_with_ci(s, phrase) {
            qual = *q;
            pos = phrase.len();
            break;
        }
    }
    let rest = s.get(pos..)?;
    if qual == Qualifier::None || qual == Qualifier::MoreThan {
        let first = rest.as_bytes().first().map(u8::to_ascii_lowercase);
        for (phrase, low) in VAGUE {
            if phrase.as_bytes().first() == first.as_ref()
                && starts_with_ci(rest, phrase)
                && word_ends(rest, phrase.len())
            {
                return Some(Quantity {
                    count: Count::at_least(*low),
                    len: pos + phrase.len(),
                    value: None,
                });
            }
        }
    }
    // "between 250 and 300"
    let between = qual == Qualifier::None
        && matches!(rest.as_bytes().first(), Some(b'b' | b'B'))
        && starts_with_ci(rest, "between ");
    let rest = if between { rest.get(8..)? } else { rest };
    let pos = if between { pos + 8 } else { pos };
    let (n, len) = parse_number(rest)?;
    // a range: "250 to 300", "two or three", "10-15", "between 250 and 300"
    if matches!(qual, Qualifier::None | Qualifier::Approx) {
        if let Some((m, more)) = range_end(rest.get(len..).unwrap_or(""), n, between) {
            return Some(Quantity {
                count: Count {
                    low: Some(n),
                    high: Some(m),
                },
                len: pos + len + more,
                value: Some(m),
            });
        }
    }
    if between {
        return None; // "between" without the other end is no count
    }
    let count = match qual {
        Qualifier::None | Qualifier::Approx => Count::exact(n),
        Qualifier::AtLeast => Count::at_least(n),
        Qualifier::MoreThan => Count::at_least(n.saturating_add(1)),
        Qualifier::AtMost => Count::at_most(n),
        Qualifier::LessThan => Count::at_most(n.saturating_sub(1)),
    };
    Some(Quantity {
        count,
        len: pos + len,
        value: Some(n),
    })
}

/// The higher end of a range after its first figure `n`: " to 300", " or three", "-15", "–15"
/// (after "between": " and 300"). It must be larger than `n` ("3-1" is a score, not a range).
/// Returns it and the bytes taken.
fn range_end(rest: &str, n: u64, between: bool) -> Option<(u64, usize)> {
    const JOINS: &[&str] = &[" to ", " or ", " - ", "-", "\u{2013}"];
    const BETWEEN: &[&str] = &[" and "];
    let joins = if between { BETWEEN } else { JOINS };
    let join = joins.iter().find(|j| starts_with_ci(rest, j))?;
    let (m, len) = parse_number(rest.get(join.len()..)?)?;
    (m > n).then_some((m, join.len() + len))
}

/// Reads a cardinal number at the start of `s`: digits with optional thousands separators
/// ("1,200"), an optional decimal part with a scale word ("1.5 million"), or number words
/// ("twenty-three", "two hundred", "a dozen", "a hundred"). Returns the value and the bytes
/// taken. Values that overflow `u64` are refused.
pub(crate) fn parse_number(s: &str) -> Option<(u64, usize)> {
    let bytes = s.as_bytes();
    if bytes.first().is_some_and(|b| b.is_ascii_digit()) {
        return parse_digits(s).map(|n| dozens_of(s, n));
    }
    if starts_with_ci(s, "a dozen") && word_ends(s, 7) {
        return Some((12, 7));
    }
    if starts_with_ci(s, "half a dozen") && word_ends(s, 12) {
        return Some((6, 12));
    }
    // "a hundred", "a thousand"
    for article in ["a ", "an ", "one "] {
        if starts_with_ci(s, article) {
            let after = s.get(article.len()..).unwrap_or("");
            for (w, v) in SCALES {
                if starts_with_ci(after, w) && word_ends(after, w.len()) {
                    return Some((*v, article.len() + w.len()));
                }
            }
        }
    }
    parse_words(s).map(|n| dozens_of(s, n))
}

/// A number read at the start of `s` (value, bytes) followed by "dozen": so many twelves
/// ("two dozen", "3 dozen").
fn dozens_of(s: &str, (n, len): (u64, usize)) -> (u64, usize) {
    let after = s.get(len..).unwrap_or("");
    match after.strip_prefix(' ') {
        Some(r) if starts_with_ci(r, "dozen") && word_ends(r, 5) => {
            n.checked_mul(12).map_or((n, len), |v| (v, len + 6))
        }
        _ => (n, len),
    }
}

fn parse_digits(s: &str) -> Option<(u64, usize)> {
    let bytes = s.as_bytes();
    let mut value: u64 = 0;
    let mut i = 0;
    let mut digits_in_group = 0usize;
    let mut saw_comma = false;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_digit() {
            value = value.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
            digits_in_group += 1;
            i += 1;
        } else if b == b','
            && bytes
                .get(i + 1..i + 4)
                .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
            && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
            && (saw_comma && digits_in_group == 3 || !saw_comma && digits_in_group <= 3)
        {
            saw_comma = true;
            digits_in_group = 0;
            i += 1;
        } else {
            break;
        }
    }
    // "1.5 million"
    if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
        let mut j = i + 1;
        let mut frac: u64 = 0;
        let mut scale: u64 = 1;
        while let Some(&b) = bytes.get(j) {
            if !b.is_ascii_digit() {
                break;
            }
            if scale < 1_000_000 {
                frac = frac * 10 + u64::from(b - b'0');
                scale *= 10;
            }
            j += 1;
        }
        let after = s.get(j..).unwrap_or("");
        let trimmed = after.trim_start_matches(' ');
        let gap = after.len() - trimmed.len();
        for (w, mult) in SCALES.iter().skip(1) {
            if gap > 0 && starts_with_ci(trimmed, w) && word_ends(trimmed, w.len()) {
                let whole = value.checked_mul(*mult)?;
                let part = frac.checked_mul(*mult)? / scale;
                return Some((whole.checked_add(part)?, j + gap + w.len()));
            }
        }
        return None; // a decimal without a scale is not a count
    }
    if bytes.get(i).is_some_and(|&b| is_word_byte_ascii(b)) {
        return None; // "3rd", "17-year-old" is handled by callers, "3x"
    }
    let after = s.get(i..).unwrap_or("");
    let trimmed = after.trim_start_matches(' ');
    let gap = after.len() - trimmed.len();
    if gap > 0 {
        for (w, mult) in SCALES.iter().skip(1) {
            if starts_with_ci(trimmed, w) && word_ends(trimmed, w.len()) {
                return Some((value.checked_mul(*mult)?, i + gap + w.len()));
            }
        }
    }
    Some((value, i))
}

fn is_word_byte_ascii(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Number words: "nineteen", "twenty-three", "two hundred and five", "three thousand".
fn parse_words(s: &str) -> Option<(u64, usize)> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut pos = 0;
    let mut matched_any = false;
    loop {
        let rest = s.get(pos..).unwrap_or("");
        let mut step = None;
        if let Some((v, len)) = match_word(rest, TENS) {
            let mut len = len;
            let mut v = v;
            let after = rest.get(len..).unwrap_or("");
            if let Some(tail) = after.strip_prefix('-').or_else(|| after.strip_prefix(' ')) {
                if let Some((u, ulen)) = match_word(tail, UNITS) {
                    if (1..10).contains(&u) {
                        v += u;
                        len += 1 + ulen;
                    }
                }
            }
            step = Some((v, len, false));
        } else if let Some((v, len)) = match_word(rest, UNITS) {
            step = Some((v, len, false));
        } else if matched_any {
            if let Some((m, len)) = match_word(rest, SCALES) {
                step = Some((m, len, true));
            }
        }
        let Some((v, len, is_scale)) = step else {
            break;
        };
        if is_scale {
            if v == 100 {
                current = current.max(1).checked_mul(100)?;
            } else {
                total = total.checked_add(current.max(1).checked_mul(v)?)?;
                current = 0;
            }
        } else {
            current = current.checked_add(v)?;
        }
        matched_any = true;
        pos += len;
        // Continue over " ", " and " between parts of one number.
        let rest = s.get(pos..).unwrap_or("");
        let next = if starts_with_ci(rest, " and ") {
            5
        } else if rest.starts_with(' ') || rest.starts_with('-') {
            1
        } else {
            break;
        };
        let after = rest.get(next..).unwrap_or("");
        let continues = match_word(after, SCALES).is_some()
            || (next == 5 || is_scale)
                && (match_word(after, UNITS).is_some() || match_word(after, TENS).is_some());
        if !continues {
            break;
        }
        pos += next;
    }
    if matched_any {
        Some((total.checked_add(current)?, pos))
    } else {
        None
    }
}

fn match_word(s: &str, table: &[(&str, u64)]) -> Option<(u64, usize)> {
    // Speed: the (lower-case) words that start with the text's first letter only.
    let first = s.as_bytes().first()?.to_ascii_lowercase();
    // Longest match first so "seventeen" wins over "seven".
    table
        .iter()
        .filter(|(w, _)| w.as_bytes().first() == Some(&first))
        .filter(|(w, _)| starts_with_ci(s, w) && word_ends(s, w.len()))
        .max_by_key(|(w, _)| w.len())
        .map(|(w, v)| (*v, w.len()))
}

/// Case-insensitive ASCII prefix test.
pub(crate) fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Case-insensitive ASCII suffix test.
#[inline]
pub(crate) fn ends_with_ci(s: &str, suffix: &str) -> bool {
    s.len()
        .checked_sub(suffix.len())
        .and_then(|i| s.as_bytes().get(i..))
        .is_some_and(|t| t.eq_ignore_ascii_case(suffix.as_bytes()))
}

/// A short ASCII text (a TIMEX3 value, an event id) written in place, then read or copied
/// into a string once. Speed: `format!` costs several hundred instructions a value, and
/// resolution writes one for every phrase (four for a phrase whose tense is weighed), the
/// timeline one for every event. A write that does not fit spoils it: [`Self::as_str`] is
/// then `None`.
pub(crate) struct Ascii {
    buf: [u8; 32],
    /// How many bytes are written; `None` once a write did not fit.
    len: Option<usize>,
}

impl Ascii {
    pub(crate) fn new() -> Self {
        Ascii {
            buf: [0; 32],
            len: Some(0),
        }
    }

    /// Appends `s`.
    pub(crate) fn str(&mut self, s: &str) -> &mut Self {
        self.len = self.len.and_then(|at| {
            let end = at.checked_add(s.len())?;
            self.buf.get_mut(at..end)?.copy_from_slice(s.as_bytes());
            Some(end)
        });
        self
    }

    /// Appends `n` in at least `width` digits (zeros before it), as `{n:0width$}` writes it.
    pub(crate) fn number(&mut self, n: u64, width: u32) -> &mut Self {
        let digits = n.checked_ilog10().unwrap_or(0) + 1;
        self.len = self.len.and_then(|at| {
            let end = at.checked_add(usize::try_from(digits.max(width)).ok()?)?;
            let mut rest = n;
            for slot in self.buf.get_mut(at..end)?.iter_mut().rev() {
                // (below 10: the cast keeps the value)
                *slot = b'0' + (rest % 10) as u8;
                rest /= 10;
            }
            Some(end)
        });
        self
    }

    /// The text written; `None` when a write did not fit.
    pub(crate) fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(self.buf.get(..self.len?)?).ok()
    }
}

/// True when byte `at` of `s` is not inside a word (end of text or a non-word byte).
fn word_ends(s: &str, at: usize) -> bool {
    !s.as_bytes()
        .get(at)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b >= 0x80)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_format_writes_them() {
        for n in [
            0,
            1,
            7,
            9,
            10,
            42,
            99,
            100,
            999,
            1000,
            2025,
            9999,
            10000,
            u64::from(u32::MAX),
            u64::MAX,
        ] {
            for width in 0..6 {
                let mut a = Ascii::new();
                a.str("x").number(n, width);
                let expected = format!("x{n:0w$}", w = width as usize);
                assert_eq!(a.as_str(), Some(expected.as_str()));
            }
        }
        // a write that does not fit spoils the text
        let mut a = Ascii::new();
        a.str(&"x".repeat(30)).number(123, 1).str("y");
        assert_eq!(a.as_str(), None);
    }

    fn q(s: &str) -> Option<Count> {
        parse_quantity(s).map(|q| q.count)
    }

    #[test]
    fn contract_examples() {
        assert_eq!(q("19 people"), Some(Count::exact(19)));
        assert_eq!(q("at least 3 others"), Some(Count::at_least(3)));
        assert_eq!(q("more than 100 drones"), Some(Count::at_least(101)));
        assert_eq!(q("over 100 drones"), Some(Count::at_least(101)));
        assert_eq!(q("nearly 3"), Some(Count::at_most(2)));
        assert_eq!(q("dozens injured"), Some(Count::at_least(24)));
        assert_eq!(q("several people"), Some(Count::at_least(3)));
        assert_eq!(q("Nineteen people"), Some(Count::exact(19)));
        assert_eq!(q("a dozen soldiers"), Some(Count::exact(12)));
        assert_eq!(q("two dozen soldiers"), Some(Count::exact(24)));
        assert_eq!(q("more than two dozen"), Some(Count::at_least(25)));
        // "dozen" only as a whole word after the number
        assert_eq!(q("two dozenal digits"), Some(Count::exact(2)));
        assert_eq!(q("1,200 troops"), Some(Count::exact(1200)));
        assert_eq!(q("twenty-three missiles"), Some(Count::exact(23)));
        assert_eq!(q("two hundred and five"), Some(Count::exact(205)));
        assert_eq!(q("1.5 million people"), Some(Count::exact(1_500_000)));
        assert_eq!(q("tens of thousands"), Some(Count::at_least(20_000)));
    }

    #[test]
    fn ranges() {
        let range = |low, high| Count {
            low: Some(low),
            high: Some(high),
        };
        assert_eq!(q("between 250 and 300 people"), Some(range(250, 300)));
        assert_eq!(q("250 to 300 people"), Some(range(250, 300)));
        assert_eq!(q("some 250 to 300 people"), Some(range(250, 300)));
        assert_eq!(q("two or three soldiers"), Some(range(2, 3)));
        assert_eq!(q("10-15 civilians"), Some(range(10, 15)));
        assert_eq!(q("10\u{2013}15 civilians"), Some(range(10, 15)));
        // a falling pair is a score, not a range; "or more" and a lone "between" are no end
        assert_eq!(q("3-1 win"), Some(Count::exact(3)));
        assert_eq!(q("two or more"), Some(Count::exact(2)));
        assert_eq!(q("between 20 soldiers"), None);
        assert_eq!(q("at least 3 to 5"), Some(Count::at_least(3)));
    }

    #[test]
    fn refuses_non_counts() {
        assert_eq!(q("people"), None);
        assert_eq!(q("3rd"), None);
        assert_eq!(q("3.5 km"), None);
        assert_eq!(q("someone"), None);
        assert_eq!(q("99999999999999999999999 killed"), None);
        assert_eq!(q("tenth"), None);
    }

    #[test]
    fn lengths() {
        assert_eq!(parse_quantity("at least 3 people").map(|q| q.len), Some(10));
        assert_eq!(parse_number("seventeen"), Some((17, 9)));
        assert_eq!(parse_number("1,2345"), Some((1, 1)));
    }
}
