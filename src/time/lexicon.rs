//! Word lists of the time layer: month, weekday, unit, season and part-of-day names, and the
//! words that make a neighbouring name not a date.

use chrono::Weekday;

/// A calendar unit named in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// A part of the day, as TIMEX3 writes it (`TMO`, `TAF`, `TEV`, `TNI`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
    Noon,
    Midnight,
}

impl DayPart {
    /// The TIMEX3 suffix after `T`.
    pub(crate) fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
            DayPart::Noon => "12:00",
            DayPart::Midnight => "24:00",
        }
    }
}

/// The month names, January first (lower case); each abbreviation is its first three letters.
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The weekday names, Monday first (lower case).
pub(crate) const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Reads a month name or abbreviation (case-insensitive; a trailing dot is allowed).
pub(crate) fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    (1u32..)
        .zip(MONTH_NAMES)
        .find(|(_, full)| {
            w.eq_ignore_ascii_case(full) || full.get(..3).is_some_and(|a| w.eq_ignore_ascii_case(a))
        })
        .map(|(m, _)| m)
}

/// Reads a weekday name (singular or plural, case-insensitive).
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    let w = word.trim_end_matches(['s', 'S']);
    let days = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    days.into_iter()
        .zip(WEEKDAY_NAMES)
        .find(|(_, name)| w.eq_ignore_ascii_case(name))
        .map(|(d, _)| d)
}

/// Reads a unit word ("days", "year", "centuries").
pub(crate) fn unit(word: &str) -> Option<Unit> {
    let w = word.to_ascii_lowercase_fixed();
    let w = w.as_str();
    let u = match w {
        "second" | "seconds" => Unit::Second,
        "minute" | "minutes" => Unit::Minute,
        "hour" | "hours" => Unit::Hour,
        "day" | "days" | "night" | "nights" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "weekend" | "weekends" => Unit::Weekend,
        "fortnight" | "fortnights" => Unit::Fortnight,
        "month" | "months" => Unit::Month,
        "quarter" | "quarters" => Unit::Quarter,
        "year" | "years" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        "century" | "centuries" => Unit::Century,
        _ => return None,
    };
    Some(u)
}

/// Reads a part-of-day word.
pub(crate) fn day_part(word: &str) -> Option<DayPart> {
    let w = word.to_ascii_lowercase_fixed();
    Some(match w.as_str() {
        "morning" => DayPart::Morning,
        "afternoon" => DayPart::Afternoon,
        "evening" => DayPart::Evening,
        "night" | "tonight" | "overnight" => DayPart::Night,
        "noon" | "midday" => DayPart::Noon,
        "midnight" => DayPart::Midnight,
        _ => return None,
    })
}

/// Reads a season word: spring 1, summer 2, autumn/fall 3, winter 4 (TIMEX3 SP, SU, FA, WI).
pub(crate) fn season(word: &str) -> Option<u8> {
    let w = word.to_ascii_lowercase_fixed();
    Some(match w.as_str() {
        "spring" => 1,
        "summer" => 2,
        "autumn" | "fall" => 3,
        "winter" => 4,
        _ => return None,
    })
}

/// Reads an ordinal ("first", "3rd", "fourth") up to 31.
pub(crate) fn ordinal(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase_fixed();
    let w = w.as_str();
    const WORDS: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    let position = |w: &str, upto: usize| {
        WORDS
            .get(..upto)
            .and_then(|ws| ws.iter().position(|x| *x == w))
            .and_then(|i| u32::try_from(i + 1).ok())
    };
    if let Some(n) = position(w, WORDS.len()) {
        return Some(n);
    }
    // "twenty-first" to "twenty-ninth", "thirtieth", "thirty-first": the days of a month
    if let Some(n) = w.strip_prefix("twenty-").and_then(|rest| position(rest, 9)) {
        return Some(20 + n);
    }
    match w {
        "final" | "last" => return Some(99),
        "thirtieth" => return Some(30),
        "thirty-first" => return Some(31),
        _ => {}
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = w.get(digits.len()..).unwrap_or("");
    if !digits.is_empty() && matches!(suffix, "st" | "nd" | "rd" | "th") {
        return digits.parse().ok();
    }
    None
}

/// Capitalised words before a weekday that make it the name of a day, not a date:
/// "Black Friday", "Bloody Sunday", "Super Tuesday", "Cyber Monday".
pub(crate) const WEEKDAY_LEFT_BLOCK: &[&str] = &[
    "black",
    "good",
    "bloody",
    "super",
    "holy",
    "ash",
    "cyber",
    "palm",
    "easter",
    "shrove",
    "maundy",
    "fat",
    "great",
    "mad",
    "manic",
    "giving",
    "small",
    "blue",
    "red",
    "white",
    "whit",
    "low",
    "plough",
    "mothering",
    "trinity",
    "passion",
    "rose",
    "spy",
    "pancake",
];

/// Nouns after a weekday that make it the name of an institution or observance, not a date:
/// "Sunday Times" (capitalised words are refused anyway), "the Friday prayers".
pub(crate) const WEEKDAY_RIGHT_BLOCK: &[&str] = &[
    "prayer",
    "prayers",
    "sermon",
    "sermons",
    "school",
    "schools",
    "paper",
    "papers",
    "newspaper",
    "newspapers",
    "edition",
    "editions",
    "service",
    "services",
    "mass",
    "masses",
    "market",
    "markets",
    "league",
    "program",
    "programme",
    "show",
];

/// Words before a bare "May" or "March" that make it the month ("in May", "since March").
pub(crate) const AMBIGUOUS_MONTH_LEFT_OK: &[&str] = &[
    "in",
    "of",
    "since",
    "until",
    "till",
    "by",
    "from",
    "to",
    "through",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "during",
    "before",
    "after",
    "between",
    "and",
    "or",
    "for",
    "end",
    "beginning",
    "start",
    "middle",
    "throughout",
    "around",
    "as",
    "that",
    "each",
    "every",
    "past",
    "coming",
    "until",
    "within",
    "into",
    "on",
];

/// Words that may stand before a four-digit clock time read with "hours" ("at 0600 hours");
/// elsewhere "1200 hours" is a count of hours.
pub(crate) const CLOCK_HOURS_LEFT: &[&str] = &[
    "at", "by", "from", "until", "till", "to", "before", "after", "around", "about", "since",
];

/// Words that may stand before a bare year ("in 2022", "the 1998 budget", "fiscal 1998").
pub(crate) const YEAR_LEFT_OK: &[&str] = &[
    "in",
    "of",
    "since",
    "until",
    "till",
    "by",
    "from",
    "to",
    "through",
    "early",
    "late",
    "mid",
    "during",
    "before",
    "after",
    "between",
    "and",
    "or",
    "for",
    "the",
    "fiscal",
    "year",
    "throughout",
    "around",
    "as",
    "that",
    "into",
    "on",
    "than",
    "circa",
    "about",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "within",
    "its",
    "their",
    "his",
    "her",
    "this",
    "a",
    "an",
    "last",
    "year's",
    "mid-",
    "quarter",
    "half",
    "end",
    "beginning",
    "start",
    "since",
    "till",
    "versus",
    "vs",
    "with",
    "over",
    "is",
    "was",
    "be",
    "when",
    "until",
    "unlike",
    "like",
    "compared",
    "against",
    "ended",
    "ending",
    "ends",
    "begun",
    "election",
    "elections",
    "due",
    "both",
    "either",
];

/// Past verbs of lasting: before "until"/"through" they make the deadline a past one ("the
/// fighting continued through Sunday", "the siege lasted until Friday").
pub(crate) const LASTED: &[&str] = &[
    "continued",
    "lasted",
    "stayed",
    "remained",
    "raged",
    "persisted",
    "ran",
    "dragged",
    // ("worked through the weekend", "fought through the night")
    "worked",
    "fought",
    "waited",
    "burned",
];

/// Adjectives that put a count after a determiner ("the remaining 2022 people", "an
/// estimated 1500 troops"): a number after them is no year.
pub(crate) const COUNT_ADJECTIVES: &[&str] = &[
    "estimated",
    "remaining",
    "additional",
    "other",
    "total",
    "extra",
    "first",
    "last",
    "next",
    "further",
    "reported",
    "combined",
    "whole",
    "entire",
    "mere",
    "staggering",
    "record",
];

/// Verbs a year may be the subject of ("2024 was the deadliest year", "2025 will be") and
/// nouns of a year's measure ("below 1990 levels", "2023 figures"): a four-digit number before
/// them is a year, not a count ("2022 were killed" stays a count).
pub(crate) const YEAR_RIGHT_OK: &[&str] = &[
    "was", "is", "will", "saw", "marked", "has", "had", "began", "ended", "brought", "proved",
    "became", "remains", "remained", "would", "could", "might", "levels", "level", "figures",
];

/// A small lower-casing helper that does not allocate for short words.
pub(crate) trait AsciiLower {
    fn to_ascii_lowercase_fixed(&self) -> LowerBuf;
}

/// The longest word [`LowerBuf`] holds.
pub(crate) const LOWER_MAX_LEN: usize = 24;

/// A fixed-size lower-cased copy of a short word (longer words compare as empty).
pub(crate) struct LowerBuf {
    buf: [u8; LOWER_MAX_LEN],
    len: usize,
}

impl LowerBuf {
    pub(crate) fn as_str(&self) -> &str {
        self.buf
            .get(..self.len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("")
    }
}

impl AsciiLower for str {
    fn to_ascii_lowercase_fixed(&self) -> LowerBuf {
        let mut buf = [0u8; LOWER_MAX_LEN];
        let bytes = self.as_bytes();
        if bytes.len() > buf.len() {
            return LowerBuf { buf, len: 0 };
        }
        for (d, s) in buf.iter_mut().zip(bytes) {
            *d = s.to_ascii_lowercase();
        }
        LowerBuf {
            buf,
            len: bytes.len(),
        }
    }
}

/// A text with its ASCII letters lower-cased: in a fixed buffer when it is short (Speed: no
/// copy on the heap), else in a string.
pub(crate) enum Lowered {
    Short(LowerBuf),
    Long(String),
}

impl Lowered {
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Lowered::Short(b) => b.as_str(),
            Lowered::Long(s) => s,
        }
    }
}

/// `s` with its ASCII letters lower-cased, as `to_ascii_lowercase` writes it.
pub(crate) fn ascii_lower(s: &str) -> Lowered {
    if s.len() <= LOWER_MAX_LEN {
        Lowered::Short(s.to_ascii_lowercase_fixed())
    } else {
        Lowered::Long(s.to_ascii_lowercase())
    }
}

/// True when `word` is in `list` (ASCII case-insensitive).
pub(crate) fn in_list(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("MAY"), Some(5));
        assert_eq!(month("Mayor"), None);
        assert_eq!(weekday("Sundays"), Some(Weekday::Sun));
        assert_eq!(unit("Centuries"), Some(Unit::Century));
        assert_eq!(ordinal("3rd"), Some(3));
        assert_eq!(ordinal("fourth"), Some(4));
        assert_eq!(ordinal("4x"), None);
        assert_eq!(season("Fall"), Some(3));
    }
}
