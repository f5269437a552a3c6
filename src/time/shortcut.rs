//! Speed: the capture groups of the most common shapes of a few families ("May", "on Nov. 3",
//! "on Friday night", "last year", "the past two months", "the 14-day", "a year ago") read by
//! hand from the lower-cased span the scan found, instead of by the backtracking search of the
//! family's regex (the largest share of the time layer's cost).
//!
//! Each reader accepts only spans that the family's pattern can read in one way alone (every
//! optional part it leaves out is one the span cannot hold), so the groups it gives are the
//! ones the regex gives; any other span is left to the regex (`None`). The test
//! `shortcut_reads_as_the_regex` in `recognize` compares both on many phrases.

use super::lexicon::{MONTH_NAMES, WEEKDAY_NAMES};

/// The groups of one match: name and byte range in the searched haystack (the whole match is
/// not among them).
#[derive(Debug, Default)]
pub(super) struct Groups {
    items: [(&'static str, usize, usize); 6],
    len: usize,
}

impl Groups {
    fn push(&mut self, name: &'static str, start: usize, end: usize) -> Option<()> {
        *self.items.get_mut(self.len)? = (name, start, end);
        self.len += 1;
        Some(())
    }

    /// The groups read, in no particular order.
    pub(super) fn iter(&self) -> impl Iterator<Item = &(&'static str, usize, usize)> {
        self.items.iter().take(self.len)
    }
}

/// The groups of the match `start..end` of family `family` (named by its first group) in the
/// lower-cased ASCII haystack `hay`, when the span has one of the shapes read here.
pub(super) fn read(family: &'static str, hay: &[u8], start: usize, end: usize) -> Option<Groups> {
    // the family's leading word boundary
    if !boundary(hay, start) {
        return None;
    }
    let r = Reader { hay, end };
    let mut g = Groups::default();
    match family {
        "md" => r.month_date(start, &mut g)?,
        "wd" => r.weekday(start, &mut g)?,
        "rel" => r.relative(start, &mut g)?,
        "dur" => r.duration(start, &mut g)?,
        "ago" => r.ago(start, &mut g)?,
        "year" => r.year(start, &mut g)?,
        "vag" => r.vague(start, &mut g)?,
        "sea" => r.season(start, &mut g)?,
        "durpl" => r.plural_duration(start, &mut g)?,
        "yago" => r.year_ago(start, &mut g)?,
        "deic" => r.deictic(start, &mut g)?,
        "dayco" => r.day_after_joint(start, &mut g)?,
        "dfirst" => r.day_before_joint(start, &mut g)?,
        "qtr" => r.quarter(start, &mut g)?,
        "qbare" => r.bare_quarter(start, &mut g)?,
        "theyr" | "wkend" => r.the_word(start, family)?,
        "set" => r.adverb_set(start, &mut g)?,
        _ => return None,
    }
    g.push(family, start, end)?;
    Some(g)
}

/// A byte of a word to the regex's ASCII word boundary.
fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The regex's ASCII word boundary at `i` of `hay` (which holds the bytes on both sides).
fn boundary(hay: &[u8], i: usize) -> bool {
    let before = i
        .checked_sub(1)
        .and_then(|j| hay.get(j))
        .is_some_and(|&b| word_byte(b));
    let after = hay.get(i).is_some_and(|&b| word_byte(b));
    before != after
}

/// `\s` of the regex without Unicode.
fn space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
}

const MONTH_ABBREVIATIONS: [&str; 12] = [
    "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const DAY_PARTS: [&str; 6] = [
    "morning",
    "afternoon",
    "evening",
    "night",
    "noon",
    "midnight",
];
const UNITS: [&str; 24] = [
    "seconds",
    "second",
    "minutes",
    "minute",
    "hours",
    "hour",
    "days",
    "day",
    "nights",
    "night",
    "weeks",
    "week",
    "weekends",
    "weekend",
    "fortnights",
    "fortnight",
    "months",
    "month",
    "quarters",
    "quarter",
    "years",
    "year",
    "decades",
    "decade",
];
const CENTURY: [&str; 2] = ["century", "centuries"];
/// The counts of one word read here (the regex's longer counts, "twenty-one", "a few", "1,500",
/// are left to it: the reader below wants a unit right after the count's word). Not "some",
/// which is also a qualifier ("some two years").
const COUNTS: [&str; 30] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "several",
    "few",
    "many",
];
/// Besides [`COUNTS`], "a" and "an".
const ARTICLES: [&str; 2] = ["a", "an"];
/// The determiners of one word of the relative family ("this" is the start of "this past").
const REL_DETERMINERS: [&str; 10] = [
    "last",
    "next",
    "past",
    "coming",
    "previous",
    "current",
    "following",
    "preceding",
    "recent",
    "that",
];
/// The words of the relative family's "the ..." determiners.
const REL_AFTER_THE: [&str; 10] = [
    "past",
    "last",
    "next",
    "coming",
    "previous",
    "current",
    "same",
    "following",
    "preceding",
    "recent",
];
/// The one-word qualifiers of a duration read here ("some", also a count, is left to the
/// regex).
const QUALIFIERS: [&str; 8] = [
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "over",
    "under",
];
/// The two-word qualifiers of a duration read here.
const QUALIFIER_PAIRS: [(&str, &str); 6] = [
    ("more", "than"),
    ("less", "than"),
    ("at", "least"),
    ("at", "most"),
    ("up", "to"),
    ("fewer", "than"),
];
const AGO: [&str; 4] = ["ago", "earlier", "later", "hence"];

/// The single words of the vague family ("current" has a group of its own).
const VAGUE: [&str; 7] = [
    "current",
    "now",
    "currently",
    "recently",
    "lately",
    "nowadays",
    "presently",
];
/// The phrases of the vague family ("the future", "these days").
const VAGUE_PHRASES: [&[&str]; 8] = [
    &["at", "present"],
    &["these", "days"],
    &["the", "future"],
    &["the", "near", "future"],
    &["the", "near", "term"],
    &["the", "short", "term"],
    &["the", "past"],
    &["the", "present"],
];
const SEASONS: [&str; 5] = ["spring", "summer", "autumn", "fall", "winter"];
/// The units of the plural duration family ("for years").
const PLURAL_UNITS: [&str; 8] = [
    "years",
    "months",
    "weeks",
    "days",
    "decades",
    "hours",
    "minutes",
    "centuries",
];
const DEICTIC: [&str; 5] = ["today", "tonight", "yesterday", "tomorrow", "overnight"];
/// The parts of the day after a deictic word ("yesterday morning").
const DEICTIC_PARTS: [&str; 4] = ["morning", "afternoon", "evening", "night"];
const QUARTER_NUMBERS: [&str; 10] = [
    "first", "second", "third", "fourth", "final", "last", "1st", "2nd", "3rd", "4th",
];
/// The one-word adjectives of the bare quarter ("the latest quarter").
const QUARTER_ADJECTIVES: [&str; 8] = [
    "latest",
    "recent",
    "current",
    "comparable",
    "corresponding",
    "same",
    "previous",
    "preceding",
];
const SET_ADVERBS: [&str; 4] = ["daily", "weekly", "hourly", "nightly"];

/// Reads the span up to `end` of `hay`; positions are in `hay`.
struct Reader<'h> {
    hay: &'h [u8],
    end: usize,
}

impl Reader<'_> {
    /// The end of the longest of `words` at `i` that ends before the span's end and at a
    /// word boundary (the lists read here hold at most one such word at any place).
    fn word_of(&self, i: usize, words: &[&str]) -> Option<usize> {
        let rest = self.hay.get(i..self.end)?;
        words
            .iter()
            .filter(|w| rest.starts_with(w.as_bytes()))
            .map(|w| i + w.len())
            .find(|&e| boundary(self.hay, e))
    }

    /// After `i`, one or more spaces (`\s+`); `None` for none.
    fn spaces(&self, i: usize) -> Option<usize> {
        let e = self.skip(i, space);
        (e > i).then_some(e)
    }

    /// The end of the run of bytes from `i` (up to the span's end) that `f` accepts.
    fn skip(&self, i: usize, f: impl Fn(u8) -> bool) -> usize {
        let mut e = i;
        while e < self.end && self.hay.get(e).is_some_and(|&b| f(b)) {
            e += 1;
        }
        e
    }

    /// "on" and spaces at `i`, or nothing.
    fn on(&self, i: usize) -> usize {
        self.word_of(i, &["on"])
            .and_then(|e| self.spaces(e))
            .unwrap_or(i)
    }

    /// A month's name at `i`: a full name, or an abbreviation with its dot if it has one.
    fn month(&self, i: usize) -> Option<usize> {
        if let Some(e) = self.word_of(i, &MONTH_NAMES) {
            return Some(e);
        }
        let e = self.word_of(i, &MONTH_ABBREVIATIONS)?;
        Some(if e < self.end && self.hay.get(e) == Some(&b'.') {
            e + 1
        } else {
            e
        })
    }

    /// A count of one word or of digits at `i`, and its end.
    fn count(&self, i: usize) -> Option<usize> {
        let digits = self.skip(i, |b| b.is_ascii_digit());
        if digits > i {
            return boundary(self.hay, digits).then_some(digits);
        }
        self.word_of(i, &COUNTS)
            .or_else(|| self.word_of(i, &ARTICLES))
    }

    /// A unit word at `i`, and its end.
    fn unit(&self, i: usize) -> Option<usize> {
        self.word_of(i, &UNITS)
            .or_else(|| self.word_of(i, &CENTURY))
    }

    /// The separator of a count and its unit (`[\s-]+`), and its end.
    fn count_separator(&self, i: usize) -> Option<usize> {
        let e = self.skip(i, |b| space(b) || b == b'-');
        (e > i).then_some(e)
    }

    /// A count, its separator and its unit at `i` ("two days", "14-day", "a year"): the
    /// groups' ends (count, separator, unit).
    fn counted(&self, i: usize) -> Option<(usize, usize, usize)> {
        let c = self.count(i)?;
        let s = self.count_separator(c)?;
        Some((c, s, self.unit(s)?))
    }

    /// "May", "on May", "Nov. 3", "on March 12th", "March 26, 1996", "August 1988", "last
    /// May", "mid-November", "the end of October", "June last year", "Feb. 29 last year".
    fn month_date(&self, start: usize, g: &mut Groups) -> Option<()> {
        let mut i = self.on(start);
        if let Some(e) = self.month_part(i)? {
            g.push("mdpre", i, e)?;
            i = self.skip(e, |b| space(b) || b == b'-');
        }
        if let Some(e) = self.relative_word(i, &["last", "next", "past", "coming"]) {
            g.push("mdrel", i, e)?;
            i = self.spaces(e)?;
        }
        let m = i;
        let me = self.month(m)?;
        if me == self.end {
            return g.push("m4", m, me);
        }
        // "June last year"
        if let Some((r, re)) = self.this_year(me) {
            g.push("m4", m, me)?;
            return g.push("mry", r, re);
        }
        let d = self.skip(me, space);
        let Some(de) = self.day_of_month(d) else {
            // "August 1988", "March, 1996"
            let y = self.spaces(self.comma(me))?;
            self.year_to_end(y)?;
            g.push("m3", m, me)?;
            return g.push("y3", y, self.end);
        };
        g.push("m1", m, me)?;
        g.push("d1", d, de)?;
        if de == self.end {
            return Some(());
        }
        if let Some((r, re)) = self.this_year(de) {
            return g.push("mry", r, re);
        }
        // "March 26, 1996"
        let y = self.skip(self.comma(de), space);
        self.year_to_end(y)?;
        g.push("y1", y, self.end)
    }

    /// After `i`, a comma if there is one.
    fn comma(&self, i: usize) -> usize {
        if i < self.end && self.hay.get(i) == Some(&b',') {
            i + 1
        } else {
            i
        }
    }

    /// The end of the words of the month family that say which part of a month ("early",
    /// "mid", "the end of") at `i`: `Some(None)` for none, `None` for a shape left to the
    /// regex ("the early part of", a "the" that opens no part).
    fn month_part(&self, i: usize) -> Option<Option<usize>> {
        if let Some(e) = self.word_of(i, &["early", "late", "mid"]) {
            return Some(Some(e));
        }
        let p = match self.word_of(i, &["the"]) {
            Some(e) => self.spaces(e)?,
            None => i,
        };
        let Some(e) = self.word_of(p, &["beginning", "start", "end", "middle"]) else {
            return (p == i).then_some(None);
        };
        Some(Some(self.word_of(self.spaces(e)?, &["of"])?))
    }

    /// The end of the relative word at `i` before a month's name, a season's or a weekday's:
    /// "this", "this past", "this coming", or one of `singles` ("last", "next").
    fn relative_word(&self, i: usize, singles: &[&str]) -> Option<usize> {
        if let Some(e) = self.word_of(i, &["this"]) {
            return Some(
                self.spaces(e)
                    .and_then(|w| self.word_of(w, &["past", "coming"]))
                    .unwrap_or(e),
            );
        }
        self.word_of(i, singles)
    }

    /// " last year", " this year", " next year" from `i` to the span's end: the range of its
    /// first word.
    fn this_year(&self, i: usize) -> Option<(usize, usize)> {
        let r = self.spaces(i)?;
        let re = self.word_of(r, &["last", "this", "next"])?;
        self.is_word_to_end(self.spaces(re)?, &["year"])
            .then_some((r, re))
    }

    /// A year in four digits ("1996") from `i` to the span's end.
    fn year_to_end(&self, i: usize) -> Option<()> {
        let d = self.hay.get(i..self.end)?;
        (d.len() == 4
            && matches!(d.first(), Some(b'1' | b'2'))
            && d.iter().all(u8::is_ascii_digit)
            && boundary(self.hay, self.end))
        .then_some(())
    }

    /// A day of the month in digits ("3", "03", "21st") at `i`, and its end.
    fn day_of_month(&self, i: usize) -> Option<usize> {
        let digits = self.day_digits(i)?;
        let e = self
            .word_of(digits, &["st", "nd", "rd", "th"])
            .unwrap_or(digits);
        boundary(self.hay, e).then_some(e)
    }

    /// "Friday", "on Friday", "Fridays", "Friday's", "on Friday night".
    fn weekday(&self, start: usize, g: &mut Groups) -> Option<()> {
        let mut w = self.on(start);
        // "early Tuesday", "late on Monday"
        if let Some(e) = self.word_of(w, &["early", "late"]) {
            g.push("wdpre", w, e)?;
            w = self.on(self.spaces(e)?);
        }
        // "last Wednesday", "this coming Sunday", "the previous Friday"
        let rel = match self.word_of(w, &["the"]) {
            Some(e) => Some(self.word_of(
                self.spaces(e)?,
                &["previous", "following", "next", "preceding"],
            )?),
            None => self.relative_word(w, &["last", "next", "coming", "past", "previous"]),
        };
        if let Some(e) = rel {
            g.push("wdrel", w, e)?;
            w = self.spaces(e)?;
        }
        let rest = self.hay.get(w..self.end)?;
        let name = WEEKDAY_NAMES
            .iter()
            .find(|d| rest.starts_with(d.as_bytes()))?;
        let mut e = w + name.len();
        g.push("wdn", w, e)?;
        if e < self.end && self.hay.get(e) == Some(&b's') {
            g.push("wdpl", e, e + 1)?;
            e += 1;
        }
        if !boundary(self.hay, e) {
            return None;
        }
        if self.hay.get(e..self.end)?.starts_with(b"'s") {
            e += 2;
        }
        if e == self.end {
            return Some(());
        }
        let p = self.spaces(e)?;
        let pe = self.word_of(p, &DAY_PARTS)?;
        (pe == self.end).then_some(())?;
        g.push("wdpart", p, pe)
    }

    /// "last year", "this week", "earlier this month", "the past two months".
    fn relative(&self, start: usize, g: &mut Groups) -> Option<()> {
        let mut i = start;
        if let Some(e) = self.word_of(i, &["earlier", "later", "early", "late", "mid"]) {
            g.push("rpre", i, e)?;
            i = self.skip(e, |b| space(b) || b == b'-');
        }
        let det_end = if let Some(e) = self.word_of(i, &["the"]) {
            let w = self.spaces(e)?;
            self.word_of(w, &REL_AFTER_THE)?
        } else if let Some(e) = self.word_of(i, &["this"]) {
            // "this past", "this coming": the longer determiners, left to the regex
            if self
                .word_of(self.skip(e, space), &["past", "coming"])
                .is_some()
            {
                return None;
            }
            e
        } else {
            self.word_of(i, &REL_DETERMINERS)?
        };
        g.push("rdet", i, det_end)?;
        let u = self.spaces(det_end)?;
        if self.unit(u) == Some(self.end) {
            return g.push("runit", u, self.end);
        }
        let (c, s, e) = self.counted(u)?;
        (e == self.end).then_some(())?;
        g.push("rnum", u, c)?;
        g.push("runit", s, e)
    }

    /// "two days", "the 14-day", "the first nine months", "a year".
    fn duration(&self, start: usize, g: &mut Groups) -> Option<()> {
        let i = self.duration_head(start, g)?;
        let (c, s, e) = self.counted(i)?;
        (e == self.end).then_some(())?;
        g.push("dnum", i, c)?;
        g.push("dhy", c, s)?;
        g.push("dunit", s, e)
    }

    /// The qualifier and the "the" of a duration at `start` ("nearly", "the first"): the
    /// position after them.
    fn duration_head(&self, start: usize, g: &mut Groups) -> Option<usize> {
        let mut i = start;
        // "nearly three years", "more than a week"
        let qualifier = self.word_of(i, &QUALIFIERS).or_else(|| {
            QUALIFIER_PAIRS
                .iter()
                .find_map(|&(a, b)| self.word_of(self.spaces(self.word_of(i, &[a])?)?, &[b]))
        });
        if let Some(e) = qualifier {
            g.push("dqual", i, e)?;
            i = self.spaces(e)?;
        }
        if let Some(e) = self.word_of(i, &["the"]) {
            let mut the_end = self.spaces(e)?;
            if let Some(o) = self.word_of(the_end, &["first", "latest", "final", "initial"]) {
                the_end = self.spaces(o)?;
            }
            g.push("dthe", i, the_end)?;
            i = the_end;
        }
        Some(i)
    }

    /// True when the span from `i` is the words `words`, with spaces between them.
    fn words_to_end(&self, i: usize, words: &[&str]) -> bool {
        let mut at = Some(i);
        for (k, w) in words.iter().enumerate() {
            at = at
                .and_then(|a| if k == 0 { Some(a) } else { self.spaces(a) })
                .and_then(|a| self.word_of(a, &[w]));
        }
        at == Some(self.end)
    }

    /// "spring", "last fall", "this past summer", "the winter".
    fn season(&self, start: usize, g: &mut Groups) -> Option<()> {
        let mut i = start;
        if let Some(e) = self.relative_word(i, &["last", "next", "past", "coming", "the"]) {
            g.push("sdet", i, e)?;
            i = self.spaces(e)?;
        }
        self.is_word_to_end(i, &SEASONS).then_some(())?;
        g.push("sname", i, self.end)
    }

    /// "for years", "within weeks".
    fn plural_duration(&self, start: usize, g: &mut Groups) -> Option<()> {
        let w = self.word_of(start, &["for", "over", "in", "within"])?;
        let p = self.spaces(w)?;
        self.is_word_to_end(p, &PLURAL_UNITS).then_some(())?;
        g.push("durplw", p, self.end)
    }

    /// "year-earlier", "the year-ago quarter", "the year-earlier third quarter".
    fn year_ago(&self, start: usize, g: &mut Groups) -> Option<()> {
        let mut i = start;
        if let Some(e) = self.word_of(i, &["the"]) {
            let n = self.spaces(e)?;
            g.push("yathe", i, n)?;
            i = n;
        }
        let rest = self.hay.get(i..self.end)?;
        let e = ["year-earlier", "year-ago"]
            .iter()
            .find(|w| rest.starts_with(w.as_bytes()))
            .map(|w| i + w.len())
            .filter(|&e| boundary(self.hay, e))?;
        if e == self.end {
            return Some(());
        }
        let mut p = self.spaces(e)?;
        if let Some(q) = self.word_of(p, &["first", "second", "third", "fourth"]) {
            g.push("yaq", p, q)?;
            p = self.count_separator(q)?;
        }
        self.is_word_to_end(p, &["period", "quarter"])
            .then_some(())?;
        g.push("yasuf", e, self.end)
    }

    /// True when the span from `i` is one of `words`.
    fn is_word_to_end(&self, i: usize, words: &[&str]) -> bool {
        self.word_of(i, words) == Some(self.end)
    }

    /// A day of the month in digits without a suffix ("5", "05", "31") at `i`, and its end.
    fn day_digits(&self, i: usize) -> Option<usize> {
        let e = self.skip(i, |b| b.is_ascii_digit());
        let valid = match *self.hay.get(i..e)? {
            [a] => a != b'0',
            [a, b] => {
                matches!(a, b'1' | b'2') || (a == b'3' && b <= b'1') || (a == b'0' && b != b'0')
            }
            _ => false,
        };
        valid.then_some(e)
    }

    /// "1994".
    fn year(&self, start: usize, g: &mut Groups) -> Option<()> {
        self.year_to_end(start)?;
        g.push("yval", start, self.end)
    }

    /// "now", "recently", "current".
    fn vague(&self, start: usize, g: &mut Groups) -> Option<()> {
        if !self.is_word_to_end(start, &VAGUE)
            && !VAGUE_PHRASES
                .iter()
                .any(|phrase| self.words_to_end(start, phrase))
        {
            return None;
        }
        if self.hay.get(start..self.end) == Some(b"current") {
            g.push("vcur", start, self.end)?;
        }
        Some(())
    }

    /// "today", "yesterday morning".
    fn deictic(&self, start: usize, g: &mut Groups) -> Option<()> {
        let e = self.word_of(start, &DEICTIC)?;
        g.push("dw", start, e)?;
        if e == self.end {
            return Some(());
        }
        let p = self.spaces(e)?;
        self.is_word_to_end(p, &DEICTIC_PARTS).then_some(())?;
        g.push("dpart", p, self.end)
    }

    /// "to 12", "or 5", "and 31", "-9": the second day of a range.
    fn day_after_joint(&self, start: usize, g: &mut Groups) -> Option<()> {
        let d = if self.hay.get(start) == Some(&b'-') {
            start + 1
        } else {
            let w = self.word_of(start, &["and", "to", "through", "or"])?;
            self.spaces(w)?
        };
        (self.day_digits(d)? == self.end && boundary(self.hay, self.end)).then_some(())?;
        g.push("dayn", d, self.end)
    }

    /// "12-", "5 to ", "11 and ": the first day of a range.
    fn day_before_joint(&self, start: usize, g: &mut Groups) -> Option<()> {
        let d = self.day_digits(start)?;
        let s = self.skip(d, space);
        let e = if self.hay.get(s) == Some(&b'-') && s < self.end {
            self.skip(s + 1, space)
        } else {
            let w = self.word_of(self.spaces(d)?, &["and", "to", "or", "through"])?;
            self.spaces(w)?
        };
        (e == self.end).then_some(())?;
        g.push("dfn", start, d)
    }

    /// "third-quarter", "the third quarter", "the first half".
    fn quarter(&self, start: usize, g: &mut Groups) -> Option<()> {
        let mut i = start;
        if let Some(e) = self.word_of(i, &["the"]) {
            let n = self.spaces(e)?;
            g.push("qthe", i, n)?;
            i = n;
        }
        let n = self.word_of(i, &QUARTER_NUMBERS)?;
        let u = self.count_separator(n)?;
        self.is_word_to_end(u, &["quarter", "half"]).then_some(())?;
        g.push("qn", i, n)?;
        g.push("qhy", n, u)?;
        g.push("qunit", u, self.end)
    }

    /// "the quarter", "the latest period".
    fn bare_quarter(&self, start: usize, g: &mut Groups) -> Option<()> {
        let mut i = self.spaces(self.word_of(start, &["the"])?)?;
        if let Some(a) = self.word_of(i, &QUARTER_ADJECTIVES) {
            g.push("qadj", i, a)?;
            i = self.spaces(a)?;
        }
        self.is_word_to_end(i, &["quarter", "period"])
            .then_some(())?;
        g.push("qword", i, self.end)
    }

    /// "the year", "the weekend": families with no group of their own.
    fn the_word(&self, start: usize, family: &str) -> Option<()> {
        let w = self.spaces(self.word_of(start, &["the"])?)?;
        let word = if family == "wkend" { "weekend" } else { "year" };
        self.is_word_to_end(w, &[word]).then_some(())
    }

    /// "daily", "weekly".
    fn adverb_set(&self, start: usize, g: &mut Groups) -> Option<()> {
        self.is_word_to_end(start, &SET_ADVERBS).then_some(())?;
        g.push("setadv", start, self.end)
    }

    /// "a year ago", "two weeks earlier".
    fn ago(&self, start: usize, g: &mut Groups) -> Option<()> {
        let (c, s, e) = self.counted(start)?;
        let d = self.spaces(e)?;
        (self.word_of(d, &AGO)? == self.end).then_some(())?;
        g.push("anum", start, c)?;
        g.push("aunit", s, e)?;
        g.push("adir", d, self.end)
    }
}
