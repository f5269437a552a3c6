//! The time layer: recognition of temporal expressions and their normalisation to TIMEX3.
//!
//! Recognition finds candidate phrases and produces underspecified values; resolution turns
//! them into TIMEX3 values relative to the publication date (DCT) or, for anaphoric phrases,
//! to the date the narrative is on. See the crate docs' "Time" chapter for the policies.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

pub(crate) mod lexicon;
mod recognize;
mod resolve;
mod shortcut;
mod tense;
mod timex;
mod underspec;

use crate::Options;
use crate::number;
use crate::text::{Document, Span, is_one_of};
use resolve::{Context, resolve};
use underspec::Underspec;

/// The TIMEX3 type of a temporal expression.
///
/// ```
/// use conflict_timeline::TimexType;
/// assert_eq!(serde_json::to_string(&TimexType::Date).unwrap(), "\"DATE\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TimexType {
    /// A calendar date or period: "Friday", "April 2025", "last week".
    Date,
    /// A time of day, possibly with its date: "3 a.m.", "Sunday morning".
    Time,
    /// A length of time: "two days", "nearly three years".
    Duration,
    /// A recurring time: "every day", "weekly".
    Set,
}

/// The TIMEX3 `mod` attribute: approximation, bounds and parts of a period.
///
/// ```
/// use conflict_timeline::TimexMod;
/// assert_eq!(serde_json::to_string(&TimexMod::Approx).unwrap(), "\"APPROX\"");
/// assert_eq!(TimexMod::MoreThan.as_str(), "MORE_THAN");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TimexMod {
    /// "about", "nearly", "some".
    Approx,
    /// "less than", "under".
    LessThan,
    /// "more than", "over".
    MoreThan,
    /// "no more than", "at most".
    EqualOrLess,
    /// "at least", "no less than".
    EqualOrMore,
    /// "early 2024", "the start of the month".
    Start,
    /// "mid-March", "the middle of the year".
    Mid,
    /// "late last year", "the end of the month".
    End,
    /// "before 2020".
    Before,
    /// "after June".
    After,
    /// "by Friday", "until Monday".
    OnOrBefore,
    /// "from Monday on", "since 2022" (as a point).
    OnOrAfter,
}

impl TimexMod {
    /// The TIMEX3 attribute text, e.g. `"APPROX"`.
    ///
    /// ```
    /// assert_eq!(conflict_timeline::TimexMod::Start.as_str(), "START");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            TimexMod::Approx => "APPROX",
            TimexMod::LessThan => "LESS_THAN",
            TimexMod::MoreThan => "MORE_THAN",
            TimexMod::EqualOrLess => "EQUAL_OR_LESS",
            TimexMod::EqualOrMore => "EQUAL_OR_MORE",
            TimexMod::Start => "START",
            TimexMod::Mid => "MID",
            TimexMod::End => "END",
            TimexMod::Before => "BEFORE",
            TimexMod::After => "AFTER",
            TimexMod::OnOrBefore => "ON_OR_BEFORE",
            TimexMod::OnOrAfter => "ON_OR_AFTER",
        }
    }
}

impl TimexType {
    /// The TIMEX3 attribute text, e.g. `"DATE"`.
    ///
    /// ```
    /// assert_eq!(conflict_timeline::TimexType::Duration.as_str(), "DURATION");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// How fine a date is: the unit its value is stated in. Also the `precision` of an event date.
///
/// ```
/// use conflict_timeline::Grain;
/// assert_eq!(serde_json::to_string(&Grain::Week).unwrap(), "\"week\"");
/// assert!(Grain::Day < Grain::Month);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grain {
    /// A time of day (event precision reports it as `day`).
    Time,
    /// A calendar day.
    Day,
    /// A week or a weekend.
    Week,
    /// A calendar month.
    Month,
    /// A quarter or a season.
    Quarter,
    /// A half year.
    HalfYear,
    /// A calendar year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
    /// A vague reference (PAST_REF, PRESENT_REF, FUTURE_REF) or a duration.
    Vague,
}

/// One temporal expression found in a text, normalised to TIMEX3.
///
/// `start`/`end` are the first and last calendar day the value covers (inclusive) when the
/// expression is anchored to the calendar; `None` for durations, sets and vague references.
///
/// ```
/// use conflict_timeline::{Extractor, TimexType};
/// use chrono::NaiveDate;
/// let published = NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
/// let tl = Extractor::new().extract("The strike on Friday killed 19.", published).unwrap();
/// let friday = &tl.time_expressions[0];
/// assert_eq!(friday.text, "on Friday");
/// assert_eq!(friday.timex_type, TimexType::Date);
/// assert_eq!(friday.value, "2025-04-04");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    /// The phrase as it stands in the text.
    pub text: String,
    /// Where the phrase is (UTF-8 byte offsets).
    pub span: Span,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub timex_type: TimexType,
    /// TIMEX3 value: `2025-04-06`, `2025-W14`, `2025-W14-WE`, `2025-04`, `2025`, `P3Y`,
    /// `2025-04-06T15:00`, `XXXX-WXX-5`, `PAST_REF` ...
    pub value: String,
    /// TIMEX3 `mod`, if any.
    #[serde(rename = "mod")]
    pub modifier: Option<TimexMod>,
    /// First calendar day covered, when anchored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    /// Last calendar day covered (inclusive), when anchored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    /// The unit the value is stated in.
    pub grain: Grain,
    /// The rule that produced this expression (provenance).
    #[serde(default)]
    pub rule: String,
}

impl TimeExpr {
    /// True when the expression names calendar days (has a first and last day).
    ///
    /// ```
    /// use conflict_timeline::{Extractor};
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
    /// let tl = Extractor::new().extract("It lasted two days.", d).unwrap();
    /// assert!(!tl.time_expressions[0].is_anchored());
    /// ```
    pub fn is_anchored(&self) -> bool {
        self.start.is_some() && self.end.is_some()
    }
}

/// The calendar value of a span of days: the one ISO week, month or year holding all of it
/// ("the past week" read on a Sunday is that week; "since the start of the month" is the
/// month), or `PAST_REF` (vague) when it crosses a year's end.
pub(crate) fn covering_value(start: NaiveDate, end: NaiveDate) -> (String, Grain) {
    let week = (start.iso_week() == end.iso_week())
        .then(|| timex::week_value(start))
        .flatten()
        .map(|v| (v, Grain::Week));
    let month = || {
        ((start.year(), start.month()) == (end.year(), end.month()))
            .then(|| timex::month_value(start.year(), start.month()))
            .flatten()
            .map(|v| (v, Grain::Month))
    };
    let year = || {
        (start.year() == end.year())
            .then(|| timex::year_value(start.year()))
            .flatten()
            .map(|v| (v, Grain::Year))
    };
    week.or_else(month)
        .or_else(year)
        .unwrap_or_else(|| ("PAST_REF".to_string(), Grain::Vague))
}

/// The day named after a clock time, past its parenthesis or a few words of place: "20:30
/// local time (1730 GMT) on Monday" (for both clock times: the one before the parenthesis and
/// the one inside it), "polls open at 6 a.m. in much of the East on Election Day"; and where
/// that day's phrase starts.
fn day_named_after(
    re: &regex_automata::meta::Regex,
    reader: &mut recognize::Reader,
    text: &str,
    end: usize,
) -> Option<(Underspec, usize)> {
    let rest = text.get(end..)?.trim_start();
    let rest = if let Some(inside) = rest.strip_prefix('(') {
        let close = inside.find(')').filter(|&c| c <= 30)?;
        inside.get(close + 1..)?
    } else if let Some(after) = rest.strip_prefix(')') {
        after
    } else if crate::text::after_on(rest).is_some() {
        rest
    } else {
        // a few words of place with no punctuation and no next clause, then "on"
        let on = rest.get(..rest.len().min(48))?.find(" on ")?;
        let gap = rest.get(..on)?;
        let clause = gap.split_whitespace().any(|w| {
            is_one_of(
                w,
                &[
                    "and", "but", "while", "when", "after", "before", "as", "until", "since",
                ],
            )
        });
        if clause
            || gap.contains(|c: char| c.is_ascii_punctuation() && c != '.')
            || gap.split_whitespace().count() > 6
        {
            return None;
        }
        rest.get(on..)?
    };
    let rest = rest.trim_start().trim_start_matches(',').trim_start();
    let rest = crate::text::after_on(rest).unwrap_or(rest);
    let at = text.len().checked_sub(rest.len())?;
    let day = found_at(re, reader, text, at)?;
    matches!(
        day.cand.spec,
        Underspec::Weekday { .. }
            | Underspec::Date { day: Some(_), .. }
            | Underspec::NthWeekday { .. }
            | Underspec::Easter { .. }
            | Underspec::FromDct {
                unit: lexicon::Unit::Day,
                ..
            }
    )
    .then_some((day.cand.spec, at))
}

/// The expression that starts right at `at`, read as the scan reads one (an anchored search).
fn found_at(
    re: &regex_automata::meta::Regex,
    reader: &mut recognize::Reader,
    text: &str,
    at: usize,
) -> Option<recognize::Found> {
    let input = regex_automata::Input::new(text)
        .range(at..)
        .anchored(regex_automata::Anchored::Yes);
    let m = reader.scan(re, &input)?;
    recognize::read_match(reader, text, m.start(), m.end(), m.pattern().as_usize())
}

/// True when `span` lies in a relative clause (", where ...", ", which ...") that a comma
/// closes before `later`.
fn in_closed_relative(text: &str, span: Span, later: usize) -> bool {
    let lead = text.get(..span.start).unwrap_or("");
    let Some(comma) = lead.rfind([',', '(']) else {
        return false;
    };
    let clause = lead.get(comma + 1..).unwrap_or("").trim_start();
    let relative = ["where ", "when ", "which ", "who ", "whose "]
        .iter()
        .any(|r| number::starts_with_ci(clause, r));
    relative
        && !clause.contains(['.', ';'])
        && text
            .get(span.end..later)
            .is_some_and(|gap| gap.contains([',', ')']))
}

/// The name of a day ("National Day", "Heroes' Day", "Saint Marinus Day": capitalised words
/// ending in "Day") told right before the date at `date_start`, in apposition or with
/// "falls on" ("Liberation Day, 14 June", "Saint Marinus Day, falls on 3 September").
fn day_named_before(text: &str, date_start: usize) -> Option<Span> {
    let before = text.get(..date_start)?;
    // (the date's extent may hold its "on")
    let on_inside = text
        .get(date_start..)
        .is_some_and(|d| number::starts_with_ci(d, "on "));
    let name_end = [
        ", which falls on ",
        ", which fell on ",
        ", falls on ",
        " falls on ",
        ", ",
        // "The island marks Liberation Day on Sunday"
        " on ",
    ]
    .iter()
    .find_map(|gap| {
        let gap = if on_inside {
            gap.strip_suffix("on ")?
        } else {
            gap
        };
        before.strip_suffix(gap)
    })?
    .len();
    day_name_ending(text, name_end)
}

/// "December 2, National Day, when ...": the name of a day told right after the date ending
/// at `date_end`, set off by a comma (as [`day_named_before`] reads one before it).
fn day_named_after_date(text: &str, date_end: usize) -> Option<Span> {
    let rest = text.get(date_end..)?.strip_prefix(", ")?;
    let mut at = date_end + ", ".len();
    for w in rest.split(' ').take(4) {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
        let end = at + bare.len();
        if bare == "Day" {
            let name = day_name_ending(text, end)?;
            return (name.start == date_end + ", ".len()).then_some(name);
        }
        if bare.len() != w.len() {
            return None; // punctuation before any "Day"
        }
        at += w.len() + 1;
    }
    None
}

/// The capitalised words ending in "Day" that end at `name_end` ("National Day", "Heroes'
/// Day"), one to three before "Day".
fn day_name_ending(text: &str, name_end: usize) -> Option<Span> {
    let head = text.get(..name_end)?.strip_suffix("Day")?;
    if !head.ends_with(' ') {
        return None;
    }
    // the capitalised words before "Day" (one to three; "Heroes'" with its apostrophe,
    // "Dri-Jerbal" with its hyphen)
    let mut start = head.len();
    let mut words = 0;
    for w in head.trim_end().rsplit(' ').take(3) {
        let proper = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '\u{2019}' | '.' | '-'));
        if !proper || lexicon::weekday(w).is_some() || lexicon::month(w).is_some() {
            break;
        }
        start = crate::text::offset_in(text, w);
        words += 1;
    }
    // (not a sentence's first word alone: "Day, 12 March" names nothing; nor "The Day")
    let first = text.get(start..name_end)?;
    // (nor a man's name: "Mr Day, 14 June, said")
    let titled = ["the ", "a ", "mr ", "mrs ", "ms ", "dr ", "sir "]
        .iter()
        .any(|t| number::starts_with_ci(first, t));
    (words > 0 && !titled).then(|| Span::new(start, name_end))
}

/// "in May and September 1987", "between 3 May and 5 June 1987", "from May to September
/// 1987": the year told after a month joined to one with no year of its own is that one's too.
/// The year of the month or day told right after `end` (after "and", "or", "to", "through",
/// "until" or a dash), when it names one.
fn year_joined_after(
    re: &regex_automata::meta::Regex,
    reader: &mut recognize::Reader,
    text: &str,
    end: usize,
) -> Option<i32> {
    let rest = text.get(end..)?;
    let after = ["and", "or", "to", "through", "until", "-", "\u{2013}"]
        .iter()
        .find_map(|j| {
            let r = rest.trim_start().strip_prefix(j)?;
            // (a word joiner only before a space: not "Mayor", "tomorrow")
            (!j.starts_with(char::is_alphabetic) || r.starts_with(' ')).then_some(r)
        })?
        .trim_start();
    let at = text.len().checked_sub(after.len())?;
    match found_at(re, reader, text, at)?.cand.spec {
        Underspec::Date {
            year: underspec::YearRef::Explicit(y),
            month: Some(_),
            ..
        } => Some(y),
        _ => None,
    }
}

/// Finds and normalises every temporal expression of a document, in text order, without
/// overlaps. Anaphoric expressions ("the next day") follow the narrative anchor: the first
/// day of the last anchored date mentioned before them (the DCT when there is none).
pub(crate) fn tag(doc: &Document<'_>, dct: NaiveDate, options: &Options) -> Vec<TimeExpr> {
    recognize::with_reader(|reader| tag_with(doc, dct, options, reader))
}

/// [`tag`] with the capture buffers of `reader`.
fn tag_with(
    doc: &Document<'_>,
    dct: NaiveDate,
    options: &Options,
    reader: &mut recognize::Reader,
) -> Vec<TimeExpr> {
    let Some(re) = recognize::RE.as_ref() else {
        return Vec::new();
    };
    let mut out = std::mem::take(&mut reader.exprs);
    out.clear();
    let text = doc.text;
    // The narrative anchors: the last date of day grain or finer, and the last of any grain.
    let mut day_anchor: Option<(NaiveDate, Grain)> = None;
    // Where the phrase that set `day_anchor` stands, when it dates a report ("officials said
    // on Saturday").
    let mut day_anchor_report: Option<usize> = None;
    // The sentence that set `day_anchor`, and whether it was a night ("overnight", "Sunday
    // night").
    let mut day_anchor_sentence: Option<usize> = None;
    // Where the phrase that set `day_anchor` starts and ends.
    let mut day_anchor_start = 0usize;
    let mut day_anchor_end = 0usize;
    let mut day_anchor_night = false;
    // The last day of day grain told of an event, not a report, on or before the publication
    // date ("Friday's suicide bombing"), for a clock time or "that morning" after a report of
    // the paper's day told in another sentence ("The ministry said this morning that 27 people
    // were killed ... The explosion came at about 12:45 pm").
    let mut event_day: Option<(NaiveDate, Grain)> = None;
    // The last day of day grain within a month of the publication date, not a report's: the
    // story's, for a clock time told sentences after a day years back ("the same event on 3
    // June 1769. ... touched the edge of the Sun at 12.10pm").
    let mut recent_day: Option<(NaiveDate, Grain)> = None;
    // The sentence in which a report's day came after the event's own (see below).
    let mut report_after_event: Option<usize> = None;
    let mut any_anchor: Option<(NaiveDate, Grain)> = None;
    // The sentence `any_anchor` was told in.
    let mut any_anchor_sentence: Option<usize> = None;
    // The last "overnight", by its place in `out`, and its sentence: a report's day later in
    // that sentence moves it, whatever day the narrative was on before.
    let mut overnight_open: Option<(usize, Option<usize>)> = None;
    // The last night told of ("overnight", "Friday night"): its date and its sentence.
    let mut last_night: Option<(NaiveDate, usize)> = None;
    // The place in `out` of the last expression, when it is a clock time with no day named.
    let mut unnamed_clock: Option<usize> = None;
    // Where the day named after the last clock time starts, and that clock's place in `out`.
    let mut clock_day: Option<(usize, usize)> = None;
    // The place in `out` of the last expression, when it is a day counted from the narrative's
    // ("two days earlier", "the next day").
    let mut counted_day: Option<usize> = None;
    // Where the text first speaks of a quarter (found once, when first needed).
    let mut first_quarter: Option<Option<usize>> = None;
    // The order of the text's slashed dates (read once, when first needed).
    let mut slash_order: Option<Option<bool>> = None;
    let mut pos = 0;
    // (`pos` never passes the end of the text: `Input::range` refuses such a range.)
    while pos <= text.len() {
        let Some(mut m) = reader.scan(re, &regex_automata::Input::new(text).range(pos..)) else {
            break;
        };
        // No phrase runs over a blank line ("killed on Saturday", a headline, then "March 28,
        // 2022", the page's date): the match is read again up to the paragraph break.
        if let Some(brk) = paragraph_break(text, m.start(), m.end()) {
            let input = regex_automata::Input::new(text)
                .range(m.start()..brk)
                .anchored(regex_automata::Anchored::Yes);
            match reader.scan(re, &input) {
                Some(cut) => m = cut,
                None => {
                    pos = brk;
                    continue;
                }
            }
        }
        let after_start = m.start()
            + text
                .get(m.start()..)
                .and_then(|t| t.chars().next())
                .map_or(1, char::len_utf8);
        // An empty match (no family has one) must still move on.
        pos = if m.is_empty() { after_start } else { m.end() };
        let Some(found) =
            recognize::read_match(reader, text, m.start(), m.end(), m.pattern().as_usize())
        else {
            // A refused candidate must not hide one that starts inside it: in "a
            // year-earlier loss" the rate "a year" is refused, "year-earlier" is not.
            pos = after_start;
            continue;
        };
        let mut found = found;
        if let Underspec::Date {
            year: ref mut year @ underspec::YearRef::Infer,
            month: Some(_),
            ..
        } = found.cand.spec
        {
            if let Some(y) = year_joined_after(re, reader, text, found.span.end) {
                *year = underspec::YearRef::Explicit(y);
            }
        }
        // "20:30 local time (1730 GMT) on Monday": the clock takes the day, and its tense
        if found.rule == "clock_time"
            && matches!(found.cand.spec, Underspec::FromAnchor { n: 0, .. })
        {
            // (within its sentence: "starting at 10 am. Guyana became a republic on 23
            // February 1970" names no day of the parade)
            let sentence_end = doc
                .sentence_at(found.span.start)
                .and_then(|i| doc.sentences.get(i))
                .map_or(text.len(), |s| s.span.end);
            let within = text.get(..sentence_end).unwrap_or(text);
            if let Some((day, at)) =
                day_named_after(re, reader, within, m.end().max(found.span.end))
            {
                found.cand.spec = day;
                clock_day = Some((at, out.len()));
                if found.cand.clock == Some((24, 0))
                    && recognize::after_midnight(text, found.span.start)
                {
                    found.cand.clock = Some((0, 0));
                }
            }
        }
        // "from Friday to Sunday", "between Monday and Wednesday": the range's end is the
        // first such weekday after its start, whatever the tense says (not after a date:
        // "bought from Sept. 14 to Thursday" ends on the Thursday the tense gives); so is the
        // second of a pair of days to come ("trains would run on Monday and Tuesday"; past
        // ones are not always told in order: "statements made Friday and Thursday")
        // (the range's start is no day the narrative is on, so the end counts from it
        // directly: "Fighting raged from Friday to Sunday" said on the Sunday ends that day)
        let mut after_day: Option<NaiveDate> = None;
        if let Underspec::Weekday {
            day,
            shift: underspec::Shift::Bare,
        } = found.cand.spec
        {
            if out.last().is_some_and(|p| {
                p.rule == "weekday"
                    && (range_joint(text, p.span, found.span.start)
                        || p.start.is_some_and(|d| d > dct)
                            && is_one_of(
                                text.get(p.span.end..found.span.start).unwrap_or("").trim(),
                                &["and", "or"],
                            ))
            }) {
                found.cand.spec = Underspec::Weekday {
                    day,
                    shift: underspec::Shift::AnchorNext,
                };
                after_day = out.last().and_then(|p| p.start);
            }
        }
        // "called a general strike for Monday", "a service planned for Saturday was
        // cancelled": the day something is set for is the nearest one, whatever the tense
        if let Underspec::Weekday {
            day,
            shift: underspec::Shift::Bare,
        } = found.cand.spec
        {
            let called = called_for_day(text, found.span);
            if scheduled_for(text, found.span) || called.is_some() {
                // (ahead when it is foretold: "rain is forecast for Wednesday", "a verdict is
                // expected for Monday"; "a service planned for Saturday was cancelled" is
                // the nearest Saturday), and when the sentence looks ahead outside the
                // schedule's words ("would postpone the release scheduled for Saturday")
                let set_word = recognize::second_word_before(text, found.span.start);
                let ahead = called == Some(true)
                    || is_one_of(
                        set_word,
                        &["forecast", "forecasted", "predicted", "expected", "due"],
                    )
                    || is_one_of(
                        set_word,
                        &["scheduled", "planned", "set", "slated", "fixed"],
                    ) && {
                        let from = crate::text::offset_in(text, set_word);
                        tense_cue_outside(doc, Span::new(from, found.span.end))
                            .is_some_and(|(_, f)| f)
                    };
                found.cand.spec = Underspec::Weekday {
                    day,
                    shift: if ahead {
                        underspec::Shift::Next
                    } else {
                        underspec::Shift::Closest
                    },
                };
            } else if put_off_to(text, found.span.start) || starting_on(text, found.span.start) {
                // "the summit has been delayed to Friday", "aid will flow starting Sunday": a
                // new day, ahead
                found.cand.spec = Underspec::Weekday {
                    day,
                    shift: underspec::Shift::Next,
                };
            }
        }
        // "the third attack in as many days", "three strikes in as many weeks": as many
        // units as the count told just before
        if let Underspec::Duration {
            amount: underspec::Amount::Some,
            unit,
            window: 0,
        } = found.cand.spec
        {
            if let Some(n) = as_many_before(text, found.span.start) {
                found.cand.spec = Underspec::Duration {
                    amount: underspec::Amount::Num(n),
                    unit,
                    window: 0,
                };
            }
        }
        // "The operation would be launched in three months", "talks will resume in two
        // weeks": a span from the publication date under a future tense is the date it ends
        // on, at the grain of its unit (TimeML: `2026-05`, `2025-W07`); not a record's span
        // ("the first time in three months", "the lowest level in 34 years").
        if let Underspec::Duration {
            amount: underspec::Amount::Num(n),
            unit:
                unit @ (lexicon::Unit::Day
                | lexicon::Unit::Week
                | lexicon::Unit::Fortnight
                | lexicon::Unit::Month
                | lexicon::Unit::Year),
            window: 0,
        } = found.cand.spec
        {
            // (not "in the year to June 2025", a period named, not a span from now)
            let named_period = found
                .span
                .slice(text)
                .is_some_and(|p| p.get(..4).is_some_and(|h| h.eq_ignore_ascii_case("the ")));
            if recognize::word_before(text, found.span.start).eq_ignore_ascii_case("in")
                && !named_period
                && !record_span_before(text, found.span.start)
                && tense_at(doc, &found).0
            {
                let n = i32::try_from(n).unwrap_or(i32::MAX);
                let (unit, n) = match unit {
                    lexicon::Unit::Fortnight => (lexicon::Unit::Week, n.saturating_mul(2)),
                    u => (u, n),
                };
                found.cand.spec = Underspec::FromDct { unit, n };
            }
        }
        if found.rule == "ago_later"
            && matches!(
                found.cand.spec,
                Underspec::FromDct {
                    unit: lexicon::Unit::Year,
                    n: -1
                } | Underspec::FromAnchor {
                    unit: lexicon::Unit::Year,
                    n: -1
                }
            )
        {
            // Company results: "a year ago/earlier" in a sentence about a quarter is the
            // reported quarter (the last one completed) of the year before.
            let quarter_before = first_quarter
                .get_or_insert_with(|| crate::text::find_ci(text, "quarter"))
                .is_some_and(|q| q < found.span.start);
            if quarter_before || sentence_mentions(doc, found.span.start, "quarter") {
                found.cand.spec = Underspec::FromDct {
                    unit: lexicon::Unit::Quarter,
                    n: -5,
                };
            } else if let Some(told) = out
                .last()
                .filter(|p| {
                    p.timex_type == TimexType::Date
                        && p.grain == Grain::Month
                        && doc.sentence_at(p.span.start) == doc.sentence_at(found.span.start)
                })
                .and_then(|p| p.start)
            {
                // "revenue rose 14% in February from a year earlier": a year back from the
                // month its sentence just told of is that month of the year before
                found.cand.spec = Underspec::Date {
                    year: underspec::YearRef::Explicit(told.year().saturating_sub(1)),
                    month: Some(told.month()),
                    day: None,
                };
            }
        }
        // (the day anchor is a report's, told in another sentence)
        let report_elsewhere = day_anchor_report
            .is_some_and(|at| doc.sentence_at(at) != doc.sentence_at(found.span.start));
        let anchor = match found.cand.spec {
            // "the first half of the year" is the narrative's year when it was told of just
            // before ("In 2021, ... in the first half of the year"), else the paper's year
            // ("said 2,022 people were abducted in the first half of the year" two sentences
            // after "September last year")
            Underspec::Half {
                year: underspec::YearRef::Narrative,
                ..
            }
            | Underspec::Quarter {
                year: underspec::YearRef::Narrative,
                ..
            } if !told_just_before(doc, any_anchor_sentence, found.span.start) => None,
            // "A week earlier" after "last week": the week told of last, when it is more
            // recent than the last day told of.
            Underspec::FromAnchor {
                unit: lexicon::Unit::Week | lexicon::Unit::Fortnight,
                ..
            } if any_anchor.is_some_and(|(_, g)| g <= Grain::Week) => any_anchor,
            // "Three weeks later" when the narrative last told of a month, not a day ("the
            // war began in April last year"): that month (resolution keeps to its grain).
            Underspec::FromAnchor {
                unit: lexicon::Unit::Day | lexicon::Unit::Week,
                n,
            } if found.rule == "ago_later"
                && n != 0
                && any_anchor.is_some_and(|(_, g)| g == Grain::Month)
                && told_just_before(doc, any_anchor_sentence, found.span.start) =>
            {
                any_anchor
            }
            Underspec::FromAnchor {
                unit: lexicon::Unit::Day | lexicon::Unit::Week | lexicon::Unit::Weekend,
                ..
            }
            | Underspec::Weekday {
                shift: underspec::Shift::AnchorLast | underspec::Shift::AnchorNext,
                ..
            } => {
                // (a clock time, "that morning", "the same day")
                let same_day = matches!(found.cand.spec, Underspec::FromAnchor { n: 0, .. });
                // (only a report of the paper's own day: "Police said last night that ...
                // spoke to the nation at 11pm" stays on the report's night)
                let report_today = day_anchor.is_some_and(|(d, _)| d == dct);
                // (a day years back named in passing, not a day narrated by its clock: "The
                // fire broke out at about 6:20 pm on April 15, 2019" stays the story's day)
                let narrated = |d: NaiveDate| {
                    out.iter()
                        .rev()
                        .take(6)
                        .any(|p| p.timex_type == TimexType::Time && p.start == Some(d))
                };
                let years_back = day_anchor
                    .is_some_and(|(d, _)| (dct - d).num_days() > 730 && !narrated(d))
                    && day_anchor_sentence != doc.sentence_at(found.span.start);
                let anchor = match event_day {
                    Some(e) if report_elsewhere && report_today && same_day && e.0 < dct => Some(e),
                    _ if same_day && years_back => recent_day.or(Some((dct, Grain::Day))),
                    _ => day_anchor,
                };
                after_day.map(|d| (d, Grain::Day)).or(anchor)
            }
            // "overnight" is the night before the day the narrative is on ("London shares
            // closed lower Friday. They were depressed by overnight losses"), but the day of
            // a report is no such day ("Berri said on Saturday that ... Separately, the
            // Houthis fired a missile overnight": the night before publication).
            // Nor is it when a weekday follows ("pounded the suburbs overnight and on
            // Saturday": the night before the day of the paper).
            // In the report's own sentence it is ("the air force said on Saturday it had
            // downed 30 drones overnight": the night before that Saturday).
            // Nor when a report with no day of its own opens the sentence ("On Sunday, RSF
            // fighters stormed the town. The army said it had repelled an attack on El
            // Fasher overnight": the night before the paper, as the report is the paper's).
            // What "continued overnight" (went on, persisted) goes on from is the day told
            // of: the night after it ("clashes erupted on 13 September ... Shelling
            // continued overnight": the night of the 13th), told by the morning it ends on.
            // Nor when the day told (not a report's) is the day before the paper's: that
            // day's night is the paper's night before ("killed on Monday, when a strike turned
            // into looting ... shops were looted overnight" in Tuesday's paper: Monday night;
            // "the strike on Friday evening. Jets pounded the suburbs overnight" in Saturday's:
            // Friday night).
            Underspec::Overnight => day_anchor
                .filter(|&(d, _)| dct.pred_opt() != Some(d) || day_anchor_report.is_some())
                .filter(|_| {
                    !report_elsewhere
                        && !joined_to_weekday(text, found.span.end)
                        && !undated_report_before(doc, &out, found.span.start)
                })
                .map(|(d, g)| {
                    // ("polls closed on Thursday, but some stations stayed open into the
                    // night": the night goes on from the day told, as "continued overnight")
                    let into = is_one_of(
                        recognize::word_before(text, found.span.start),
                        &["into", "through", "throughout"],
                    );
                    if into || went_on_before(doc, found.span.start) {
                        (d.succ_opt().unwrap_or(d), g)
                    } else {
                        (d, g)
                    }
                }),
            _ => any_anchor,
        };
        // "10:15" alone on its line, "14:20 GMT - ..." opening one: a live page's time
        // stamp, on the day of the page, and the day its entry is told on
        let stamp = found.rule == "clock_time" && stamp_at_line_start(text, found.span);
        let anchor = if stamp { None } else { anchor };
        // "Three days earlier, a strike hit Sumy" after a date still to come ("the truce
        // expires on April 20"): a past report counting back does not start from the future,
        // nor does a bare clock time told in the past ("results will be announced by Tuesday.
        // With 118 constituencies declared by noon, the president held a lead"); the
        // publication date stands in for that anchor.
        let anchor = match (anchor, &found.cand.spec) {
            (Some((a, _)), Underspec::FromAnchor { n, .. })
                if *n <= 0
                    && a > dct
                    && tense_cue_outside(doc, found.span).is_some_and(|(_, f)| !f) =>
            {
                None
            }
            // ... and a bare clock time told of what is ahead is not on a day gone by ("the
            // market was closed on Thursday, and trading ends early, at 1 p.m."; a deadline's
            // "until" is no look ahead: "were urged to stay indoors until 9 p.m.")
            (Some((a, _)), Underspec::FromAnchor { n: 0, .. })
                if found.rule == "clock_time"
                    && a < dct
                    && deadline_before(text, found.span.start).is_none()
                    && tense_cue_outside(doc, found.span).is_some_and(|(_, f)| f) =>
            {
                None
            }
            _ => anchor,
        };
        // ("the meeting, fixed for the 28th, has been moved to the 4th": the day a thing is put
        // off to lies ahead of the paper's day, whatever month the narrative is in)
        let put_off_day = found.rule == "nth_day" && put_off_to(text, found.span.start);
        let ctx = Context {
            dct,
            anchor: if put_off_day { None } else { anchor },
            future: put_off_day,
            future_told: false,
            near_past: false,
            policy: options.weekday_policy,
            shift_by_duration: found.rule == "ago_later",
        };
        // The tense is read only when it can change the value (Speed: reading the sentence's
        // tense cues is the dearest step of a phrase).
        let free = if put_off_day {
            Ok(resolve(&found.cand, &ctx))
        } else if needs_tense(&found.cand.spec) {
            free_of_tense(&found.cand, &ctx)
        } else {
            Ok(resolve(&found.cand, &ctx))
        };
        let mut r = match free {
            Ok(r) => r,
            Err(plain) => {
                let (future, future_told, near_past) = tense_at(doc, &found);
                // (Speed: the reading neither ahead nor governed by a past verb, the common
                // one, is already made)
                match plain {
                    Some(r) if !future && !near_past => r,
                    _ => resolve(
                        &found.cand,
                        &Context {
                            future,
                            future_told,
                            near_past,
                            ..ctx
                        },
                    ),
                }
            }
        };
        // A slashed date that reads either way takes the order of the text's other slashed
        // dates ("13/02/2026 ... 01/02/2026"); with none, "In its judgment dated 01/06/2023"
        // (published 3 June 2023) is the reading near the publication date when only one is
        // (within two months before it, as such dates are of documents already written), or
        // the one that is the publication day; else the US order stands
        if found.cand.either_order {
            if let (
                Underspec::Date {
                    year: y,
                    month: Some(m),
                    day: Some(d),
                },
                Some(us),
            ) = (found.cand.spec, r.start)
            {
                let near = |day: NaiveDate| (0..=60).contains(&(dct - day).num_days());
                let swapped = with_date(&found.cand, y, d, Some(m));
                let order = *slash_order.get_or_insert_with(|| recognize::slashed_order(text));
                let other = || resolve(&swapped, &ctx);
                match order {
                    Some(true) => r = other(),
                    Some(false) => {}
                    // ("Published 05/06/2018" on 5 June 2018: the reading that is the
                    // publication day itself wins over one a month before it)
                    None => {
                        let other = other();
                        if other.start.is_some_and(near) && !near(us)
                            || other.start == Some(dct) && us != dct
                        {
                            r = other;
                        }
                    }
                }
            }
        }
        // "from late December until early February", "between November and January", "from
        // 28 December to 3 January": a range's end with no year is the first such month or
        // day from its start on, whatever the tense says ("until" looks ahead, "lasted" back)
        if let Underspec::Date {
            year: underspec::YearRef::Infer,
            month: Some(m),
            day: d,
        } = found.cand.spec
        {
            let from = out
                .last()
                .filter(|p| {
                    matches!(p.grain, Grain::Day | Grain::Month)
                        && range_joint(text, p.span, found.span.start)
                })
                .and_then(|p| p.start);
            let first_from = from.and_then(|f| {
                [f.year(), f.year().saturating_add(1)]
                    .into_iter()
                    .find(|&y| (y, m, d.unwrap_or(31)) >= (f.year(), f.month(), f.day()))
            });
            if let Some(y) = first_from.filter(|&y| r.start.is_none_or(|s| s.year() != y)) {
                let cand = with_date(&found.cand, underspec::YearRef::Explicit(y), m, d);
                r = resolve(&cand, &ctx);
            }
        }
        // "Sixty-eight people drowned in 2022, 14 of them in June": a month without a year
        // after a year told with "in" in its sentence is of that year (not after "since 2019":
        // "held since 2019 and sentenced in March" is this March; nor a day of a month: "a
        // program approved in 1987 ... had purchased 481,000 shares through Sept. 29"; nor
        // "again": "won the title in 2015 and again in May" is another year's May)
        let again = || {
            recognize::word_before(text, found.span.start).eq_ignore_ascii_case("again")
                || recognize::second_word_before(text, found.span.start)
                    .eq_ignore_ascii_case("again")
        };
        if let Underspec::Date {
            year: underspec::YearRef::Infer,
            month: Some(m),
            day: d @ None,
        } = found.cand.spec
        {
            let sentence = doc.sentence_at(found.span.start);
            // (the last few expressions only: a text with no sentence break stays linear)
            let told = out
                .iter()
                .rev()
                .take(6)
                .take_while(|p| doc.sentence_at(p.span.start) == sentence)
                .find(|p| p.grain == Grain::Year && p.value.len() == 4)
                // (not "fiscal 2023, which begins July 1": a fiscal year straddles two)
                .filter(|p| p.text.len() == 4)
                // (nor a year of a relative clause closed before the month: "gauges, where
                // records began in 1843, measured the rainfall in October")
                .filter(|p| !in_closed_relative(text, p.span, found.span.start))
                // ("in 2022, in June"; "moved the 2022 World Cup to November": a year naming
                // an event)
                .filter(|p| {
                    let before = recognize::word_before(text, p.span.start);
                    before.eq_ignore_ascii_case("in")
                        || before.eq_ignore_ascii_case("the")
                            && recognize::word_after(text, p.span.end)
                                .starts_with(|c: char| c.is_ascii_uppercase())
                })
                .and_then(|p| p.start)
                .map(|y| y.year())
                .filter(|_| !again());
            if let Some(y) = told.filter(|&y| r.start.is_none_or(|s| s.year() != y)) {
                r = resolve(
                    &with_date(&found.cand, underspec::YearRef::Explicit(y), m, d),
                    &ctx,
                );
            }
        }
        // "on April 15, 2019, six days before Easter": a feast named with no year, in the
        // sentence of a day told with its year, is of that year (not after "since 2019")
        if found.rule == "holiday" {
            let told = year_told_before(doc, &out, found.span.start, 3, |p| {
                p.grain <= Grain::Day
                    && !recognize::word_before(text, p.span.start).eq_ignore_ascii_case("since")
            });
            let mut cand = found.cand;
            if let (Some(y), Some(year)) = (told, cand.spec.feast_year_mut()) {
                *year = underspec::YearRef::Explicit(y);
                if r.start.is_none_or(|s| s.year() != y) {
                    r = resolve(&cand, &ctx);
                }
            }
        }
        // "for the first time since Friday night", "protests have continued since Friday"
        // said on a Friday: a bare weekday after "since" is the last one gone by, a week back
        if let Underspec::Weekday {
            shift: underspec::Shift::Bare,
            ..
        } = found.cand.spec
        {
            let since =
                recognize::word_before(text, found.span.start).eq_ignore_ascii_case("since");
            if let Some(week_back) = r
                .start
                .filter(|&d| since && d == dct)
                .and_then(|d| d.checked_sub_signed(chrono::Duration::days(7)))
            {
                move_to_day(&mut r.value, &mut r.start, &mut r.end, week_back);
            }
        }
        // "declared Monday, August 22nd a public holiday": a weekday named with a day and
        // month and no year tells the year, the one nearest the DCT in which the day falls
        // on that weekday
        if let Underspec::Date {
            year: underspec::YearRef::Infer,
            month: Some(m),
            day: Some(d),
        } = found.cand.spec
        {
            let named = found.span.slice(text).and_then(|p| {
                // (past "on", and a part of the day: "the evening of Tuesday 10 June")
                p.split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|w| !w.is_empty())
                    .take(5)
                    .find_map(lexicon::weekday)
            });
            if let Some(named) = named.filter(|&w| r.start.is_some_and(|s| s.weekday() != w)) {
                let fits = [0, -1, 1]
                    .into_iter()
                    .filter_map(|k| NaiveDate::from_ymd_opt(dct.year().saturating_add(k), m, d))
                    .filter(|x| x.weekday() == named)
                    .min_by_key(|x| (*x - dct).num_days().abs());
                if let Some(x) = fits {
                    let cand = with_date(
                        &found.cand,
                        underspec::YearRef::Explicit(x.year()),
                        m,
                        Some(d),
                    );
                    r = resolve(&cand, &ctx);
                }
            }
        }
        // "In April 2025, the command launched exercises on April 1 and 2": a day of a month
        // told with its year in the sentence before it is of that year
        // (not in a sentence told from the paper's own time: "Territory Day, 29 July, was
        // celebrated peacefully this year", "Liberation Day, July 21, was celebrated last
        // month")
        let deictic = || {
            doc.sentence_at(found.span.start)
                .map(|i| doc.sentence_text(i))
                .is_some_and(|t| {
                    ["this year", "last month", "this month", "earlier this"]
                        .iter()
                        .any(|d| crate::text::find_ci(t, d).is_some())
                })
        };
        if let Underspec::Date {
            year: underspec::YearRef::Infer,
            month: Some(m),
            day: d @ Some(_),
        } = found.cand.spec
        {
            let told = year_told_before(doc, &out, found.span.start, 6, |p| {
                p.grain == Grain::Month && p.start.is_some_and(|s| s.month() == m)
            })
            .or_else(|| {
                narrative_year(doc, &out, found.span.start, m).filter(|_| !tense_at(doc, &found).0)
            });
            // (Speed: the sentence is searched only when a year would be carried over)
            if let Some(y) = told.filter(|&y| r.start.is_none_or(|s| s.year() != y) && !deictic()) {
                r = resolve(
                    &with_date(&found.cand, underspec::YearRef::Explicit(y), m, d),
                    &ctx,
                );
            }
            // "Israel launched its campaign on June 13, 2025 ... The United States struck three
            // sites on June 22": a later day of a past year's narrative, told in the sentence
            // after its dated start, stays in that year
            if let (Some(d), Some(start)) = (d, r.start) {
                let carried = narrative_date(doc, &out, found.span.start)
                    .and_then(|told| {
                        let day = NaiveDate::from_ymd_opt(told.year(), m, d)?;
                        let later = (day - told).num_days();
                        (told.year() < start.year() && (0..=200).contains(&later)).then_some(day)
                    })
                    .filter(|_| !tense_at(doc, &found).0 && !deictic());
                if let Some(day) = carried {
                    r = resolve(
                        &with_date(
                            &found.cand,
                            underspec::YearRef::Explicit(day.year()),
                            m,
                            Some(d),
                        ),
                        &ctx,
                    );
                }
            }
        }
        // "on the first anniversary of the October 7 attack", "the 80th anniversary of 8 May":
        // a day and month without a year that an anniversary counts from lie that many years
        // before the anniversary's occurrence nearest the publication date
        if let (
            Underspec::Date {
                year: underspec::YearRef::Infer,
                month: Some(m),
                day: d,
            },
            Some(n),
        ) = (found.cand.spec, anniversary_before(text, found.span.start))
        {
            let nearest = [-1, 0, 1]
                .into_iter()
                .filter_map(|k| {
                    NaiveDate::from_ymd_opt(dct.year().saturating_add(k), m, d.unwrap_or(1))
                })
                .min_by_key(|a| (*a - dct).num_days().abs());
            if let Some(a) = nearest {
                let year = underspec::YearRef::Explicit(a.year().saturating_sub(n));
                r = resolve(&with_date(&found.cand, year, m, d), &ctx);
            }
        }
        // ("Russia launched drones overnight ... shot down 26 between 1 a.m. and 4:30 a.m.",
        // "continued overnight, but it was quieter by midday": a morning's clock time, or
        // noon's, after the narrative's night is the morning after it)
        if found.rule == "clock_time"
            && !stamp
            && day_anchor_night
            && matches!(found.cand.spec, Underspec::FromAnchor { n: 0, .. })
            && r.start.is_some()
            && r.start == day_anchor.map(|(d, _)| d)
            && hour_of(&r.value).is_some_and(|h| h <= 12)
        {
            if let Some(next) = r.start.and_then(|d| d.succ_opt()) {
                move_to_day(&mut r.value, &mut r.start, &mut r.end, next);
            }
        }
        // ("It began at about 3.30pm yesterday ... Then, shortly before 1am, the gunman
        // attacked the synagogue": a small hour told after an afternoon's clock time of the
        // same day, in its sentence or the next three, is in the night after it)
        if found.rule == "clock_time"
            && !stamp
            && matches!(found.cand.spec, Underspec::FromAnchor { n: 0, .. })
            && hour_of(&r.value).is_some_and(|h| h < 6)
        {
            let here = doc.sentence_at(found.span.start);
            // (not a range's end: "between 9 p.m. and 5:40 a.m." is read below)
            let afternoon_before = out.iter().rev().take(3).any(|p| {
                p.rule == "clock_time"
                    && p.start == r.start
                    && !range_joint(text, p.span, found.span.start)
                    && hour_of(&p.value).is_some_and(|h| h >= 12)
                    && doc
                        .sentence_at(p.span.start)
                        .zip(here)
                        .is_some_and(|(a, b)| b.saturating_sub(a) <= 3)
            });
            if let Some(next) = r
                .start
                .and_then(|d| d.succ_opt())
                .filter(|_| afternoon_before)
            {
                move_to_day(&mut r.value, &mut r.start, &mut r.end, next);
            }
        }
        // "a curfew from 10 p.m. until 5 a.m.": a range's end earlier in the day than its
        // start is on the next day, and so is a morning's clock time told after an evening's
        // in its sentence ("clashes, which began at about 11 p.m. and died down by 4 a.m.") or
        // the one before ("shortly before midnight ... The streets were cleared by around 3
        // a.m."; not a live page's stamp).
        // Right after a night was told of ("fired drones overnight ... launched between 9
        // p.m. and 5:40 a.m."), the range is that night.
        // "between 7 am and 10 am on Saturday", "from 7 am to 5 pm yesterday": the day named
        // after a clock range's end is its start's too (the day before, for a start later in
        // the day than the end: "between 10 pm and 5 am yesterday")
        if found.rule == "clock_time"
            && !matches!(found.cand.spec, Underspec::FromAnchor { n: 0, .. })
        {
            let last = out.len().checked_sub(1);
            if let (Some(day), Some(p)) = (
                r.start,
                out.last_mut().filter(|p| {
                    last.is_some()
                        && unnamed_clock == last
                        && range_joint(text, p.span, found.span.start)
                }),
            ) {
                let day = if p.value.get(10..) > r.value.get(10..) {
                    day.pred_opt().unwrap_or(day)
                } else {
                    day
                };
                move_to_day(&mut p.value, &mut p.start, &mut p.end, day);
            }
        }
        // "Christmas, which falls on Thursday": the weekday the holiday falls on is its day;
        // "Eid al-Fitr, which the council expects to fall on June 25", "..., which the
        // authorities say will begin on Sunday", "Ashura, which falls today": a feast's day as
        // announced, when the reckoned one is within three days of it
        if matches!(
            found.rule,
            "weekday" | "month_day" | "month_day_year" | "deictic"
        ) && r.grain == Grain::Day
        {
            if let (Some(day), Some(p)) = (
                r.start,
                out.last_mut().filter(|p| {
                    p.rule == "holiday"
                        && p.grain == Grain::Day
                        && doc.sentence_at(p.span.start) == doc.sentence_at(found.span.start)
                        && text
                            .get(p.span.end..found.span.start)
                            .is_some_and(|gap| gap.starts_with(", which "))
                }),
            ) {
                match p.start {
                    Some(h) if found.rule == "weekday" && same_weekday(h, day) => {
                        move_to_day(&mut r.value, &mut r.start, &mut r.end, h);
                    }
                    Some(h) if (h - day).num_days().abs() <= 3 => {
                        move_to_day(&mut p.value, &mut p.start, &mut p.end, day);
                    }
                    _ => {}
                }
            }
        }
        // "on Monday, Memorial Day": a weekday in apposition with a holiday that falls on it
        // is that holiday, whatever the tense read for the weekday alone
        if found.rule == "holiday" {
            if let (Some(day), Some(p)) = (
                r.start.filter(|_| r.grain == Grain::Day),
                out.last_mut().filter(|p| {
                    p.rule == "weekday"
                        && text
                            .get(p.span.end..found.span.start)
                            .is_some_and(|gap| gap.trim() == ",")
                }),
            ) {
                if p.start.is_some_and(|d| same_weekday(d, day)) && p.grain == Grain::Day {
                    move_to_day(&mut p.value, &mut p.start, &mut p.end, day);
                }
            }
        }
        // "a pause starting at 8 a.m. on Thursday": the day named after a clock time is the
        // clock's day, which took its tense from the words before the clock
        if let Some(day) = clock_day
            .filter(|&(at, _)| found.span.start <= at && at < found.span.end)
            .and_then(|(_, i)| out.get(i))
            .and_then(|p| p.start)
        {
            if r.start.is_some_and(|d| d != day && same_weekday(d, day)) {
                move_to_day(&mut r.value, &mut r.start, &mut r.end, day);
            }
        }
        // "Two days earlier, on February 10,", "The next day, Sunday,": a day counted from the
        // narrative's and the day named beside it are one, and the name tells which (a count
        // from a day told loosely, or from none, is no better than the paper's date); the name
        // without its year or week is read nearest the counted day
        if let Some(p) = counted_day
            .filter(|&i| i + 1 == out.len())
            .and_then(|i| out.get_mut(i))
            .filter(|p| p.grain == Grain::Day && apposed(text, p.span.end, found.span.start))
        {
            let cand = match found.cand.spec {
                Underspec::Weekday {
                    day,
                    shift: underspec::Shift::Bare,
                } => Some(underspec::Candidate {
                    spec: Underspec::Weekday {
                        day,
                        shift: underspec::Shift::Closest,
                    },
                    ..found.cand
                }),
                Underspec::Date { day: Some(_), .. } => Some(found.cand),
                _ => None,
            };
            let named = cand.zip(p.start).and_then(|(cand, counted)| {
                let ctx = Context {
                    dct: counted,
                    anchor: None,
                    future: false,
                    future_told: false,
                    near_past: false,
                    policy: options.weekday_policy,
                    shift_by_duration: false,
                };
                resolve(&cand, &ctx).start
            });
            if let Some(day) = named.filter(|_| r.start.is_some()) {
                move_to_day(&mut p.value, &mut p.start, &mut p.end, day);
                move_to_day(&mut r.value, &mut r.start, &mut r.end, day);
            }
        }
        let sentence = doc.sentence_at(found.span.start);
        // (the clock time before it, past the day named after that one: "at about 11 p.m. on
        // Wednesday")
        let clock_before = out
            .iter_mut()
            .rev()
            .take(2)
            .find(|p| p.rule == "clock_time");
        if let Some(p) = clock_before.filter(|p| {
            found.rule == "clock_time"
                && p.start == r.start
                && r.grain == Grain::Time
                && r.value.get(10..) < p.value.get(10..)
                && (range_joint(text, p.span, found.span.start)
                    || (doc.sentence_at(p.span.start) == sentence
                        || !stamp
                            && told_just_before(
                                doc,
                                doc.sentence_at(p.span.start),
                                found.span.start,
                            ))
                        && hour_of(&p.value).is_some_and(|h| h >= 18)
                        && hour_of(&r.value).is_some_and(|h| h < 12))
        }) {
            let night = last_night
                .filter(|&(_, at)| sentence.is_some_and(|s| s <= at + 1))
                .map(|(d, _)| d)
                .filter(|_| matches!(found.cand.spec, Underspec::FromAnchor { n: 0, .. }));
            if let Some(night) = night {
                move_to_day(&mut p.value, &mut p.start, &mut p.end, night);
            }
            if let Some(next) = p.start.and_then(|d| d.succ_opt()) {
                move_to_day(&mut r.value, &mut r.start, &mut r.end, next);
            }
        }
        if r.value.ends_with("TNI") {
            if let (Some(d), Some(at)) = (r.start, sentence) {
                last_night = Some((d, at));
            }
        }
        // ("has been out of service since 7 August", "Between 10 and 16 August, 14 people were
        // killed": the bounds of a stretch of days, not the day the narrative is on; but "since
        // Good Friday, when disorder broke out" tells of an event on that day)
        let when_after = || {
            text.get(found.span.end..)
                .is_some_and(|rest| rest.starts_with(", when "))
        };
        let stretch_bound = || {
            is_one_of(
                recognize::word_before(text, found.span.start),
                &["since", "between", "from", "until", "till"],
            ) && !when_after()
                || out
                    .last()
                    .is_some_and(|p| range_joint(text, p.span, found.span.start))
        };
        if let (Some(start), true) = (
            r.start,
            matches!(r.timex_type, TimexType::Date | TimexType::Time)
                && r.grain <= Grain::Year
                && !stretch_bound(),
        ) {
            // ("overnight into Nov. 16": a night told by the morning it ends on, the day the
            // narrative is on, so that "a drone hit a house overnight" after it is that night)
            let start = if found.cand.is_night_into() {
                start.succ_opt().unwrap_or(start)
            } else {
                start
            };
            any_anchor = Some((start, r.grain));
            any_anchor_sentence = doc.sentence_at(found.span.start);
            // ("An airstrike killed 11 members of a family late Wednesday, hospital officials
            // said Thursday. The strike hit the house at around 11:30 p.m.": the day of the
            // report told after the event's own day in its sentence does not move the
            // narrative off the event's day)
            // Nor does a day told after that report in the sentence ("killed 16 villagers on
            // Tuesday night, officials said Thursday, as Muslims celebrated Eid al-Fitr").
            let here = doc.sentence_at(found.span.start);
            let report = after_report_verb(text, found.span.start);
            let event_day_before = day_anchor_report.is_none()
                && day_anchor_sentence.is_some()
                && day_anchor_sentence == here;
            if report && event_day_before {
                report_after_event = here;
            }
            // ("Pakistan carried out strikes early Thursday, in retaliation for Tuesday's
            // Iranian strike", "Fighting resumed early Wednesday, after the deadliest
            // clashes in years on Tuesday": a day told after the event's, in its sentence,
            // as the cause the event followed is background; not after a day that only
            // names what it is told of: "Tuesday's attack came less than a week after air
            // strikes on January 12. ... Two days later" counts from January 12)
            let background = day_anchor_sentence.is_some()
                && day_anchor_sentence == here
                && day_anchor_report.is_none()
                && !crate::text::possessive_at(text, day_anchor_end)
                && text
                    .get(day_anchor_end..found.span.start)
                    .is_some_and(|gap| {
                        // ("took to the streets yesterday, the second anniversary of the rail
                        // disaster, in which 57 people died ... on 28 February 2023": a
                        // relative clause's day of another year is background too)
                        let other_year = day_anchor
                            .zip(r.start)
                            .is_some_and(|((a, _), d)| a.year() != d.year());
                        // ("on April 15, 2019, six days before Easter": a day counted from
                        // the one told is only its bearing)
                        let counted = out.last().is_some_and(|p| {
                            p.timex_type == TimexType::Duration && p.span.start >= day_anchor_end
                        });
                        gap.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
                            is_one_of(w, &["after", "following", "retaliation"])
                                || other_year && w.eq_ignore_ascii_case("which")
                                || counted && w.eq_ignore_ascii_case("before")
                        })
                    })
                // (not after an event still ahead: "The Assembly will be recalled today after
                // a bus was hijacked ... last night. Masked youths stopped a bus at about
                // 8.30pm": what follows tells of the night)
                && !tense_cue(doc, day_anchor_start).is_some_and(|(_, ahead)| ahead);
            let held = report_after_event.is_some_and(|s| Some(s) == here) || background;
            if r.grain <= Grain::Day && !held {
                day_anchor = any_anchor;
                if !report && any_anchor.is_some_and(|(d, _)| d <= dct) {
                    event_day = any_anchor;
                }
                if !report && any_anchor.is_some_and(|(d, _)| (d - dct).num_days().abs() <= 31) {
                    recent_day = any_anchor;
                }
                day_anchor_report = report.then_some(found.span.start);
                day_anchor_sentence = here;
                day_anchor_start = found.span.start;
                day_anchor_end = found.span.end;
                // ("the truce was announced late Monday. ... until 4 a.m.": a late evening
                // is a night's start, as "Monday night" is, and so is a clock time from 9 p.m.
                // on: "Polls closed at 10pm last night. ... watched the coverage until 3am")
                day_anchor_night = r.value.ends_with("TNI")
                    || r.modifier == Some(TimexMod::End) && r.grain == Grain::Day
                    || hour_of(&r.value).is_some_and(|h| (21..24).contains(&h));
            }
        }
        // "Gang members attacked the town overnight, authorities said on Tuesday": the night
        // before the report's day, told after it in the same sentence; so is the night before a
        // morning told after it ("burned overnight, and firefighters were still dousing the
        // ruins early Saturday")
        if matches!(found.cand.spec, Underspec::Overnight) {
            overnight_open = Some((out.len(), doc.sentence_at(found.span.start)));
        } else if let (Some((i, s)), Some(day)) = (overnight_open, r.start) {
            let morning = r.grain == Grain::Day && r.modifier == Some(TimexMod::Start)
                || r.value.ends_with("TMO");
            if (r.grain == Grain::Day && after_report_verb(text, found.span.start) || morning)
                && s == doc.sentence_at(found.span.start)
            {
                if let (Some(night), Some(o)) = (day.pred_opt(), out.get_mut(i)) {
                    if let Some(v) = timex::day_value(night) {
                        o.value = format!("{v}T{}", lexicon::DayPart::Night.code());
                        o.start = Some(night);
                        o.end = Some(night);
                    }
                }
                overnight_open = None;
            }
        }
        // "2 hours, 19 minutes and 8 seconds", "4 hours 19 minutes 17 seconds", "three years
        // and six months": one duration
        if let Some(p) = out.last_mut().filter(|p| {
            found.rule == "duration"
                && p.rule == "duration"
                && r.modifier.is_none()
                && text
                    .get(p.span.end..found.span.start)
                    .is_some_and(|gap| matches!(gap, " " | ", " | " and " | ", and "))
        }) {
            if let Some(value) = joined_duration(&p.value, &r.value) {
                p.value = value;
                p.span.end = found.span.end;
                if let Some(phrase) = p.span.slice(text) {
                    p.text = phrase.to_string();
                }
                continue;
            }
        }
        // "Mon 2 Oct 2017 19.05 BST", "Updated 1 July 2019, 23:50 HKT": a day and the clock
        // time right after it (no "at" between) are one TIME on that day; not a broadcast's
        // military clock after a comma ("TRANSCRIPT Sunday 15 February 2015, 1800 CET": the
        // day of the programme and its hour on air)
        let military = || {
            found
                .span
                .slice(text)
                .is_some_and(|t| t.bytes().take_while(u8::is_ascii_digit).count() == 4)
        };
        if let Some(p) = out.last_mut().filter(|p| {
            found.rule == "clock_time"
                && r.grain == Grain::Time
                && p.grain == Grain::Day
                && p.timex_type == TimexType::Date
                && p.value.len() == 10
                && text
                    .get(p.span.end..found.span.start)
                    .is_some_and(|gap| {
                        gap == " "
                            || gap == ", " && !military()
                            // ("2018.12.17. 10:24": a dotted date's own closing dot)
                            || gap == ". " && p.text.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                    })
        }) {
            if let Some(day) = p.start {
                move_to_day(&mut r.value, &mut r.start, &mut r.end, day);
                p.value = r.value;
                p.timex_type = TimexType::Time;
                p.grain = Grain::Time;
                p.rule = found.rule.to_string();
                p.span.end = found.span.end;
                if let Some(phrase) = p.span.slice(text) {
                    p.text = phrase.to_string();
                }
                continue;
            }
        }
        // "about 11 per cent cheaper than this time last year": the same day a year before
        if matches!(
            found.cand.spec,
            Underspec::FromDct {
                unit: lexicon::Unit::Year,
                n: -1
            }
        ) {
            let lead = text.get(..found.span.start).unwrap_or("");
            let this_time = lead.len().checked_sub("this time ".len()).filter(|&at| {
                lead.get(at..)
                    .is_some_and(|t| t.eq_ignore_ascii_case("this time "))
            });
            let day = dct
                .with_year(dct.year().saturating_sub(1))
                .or_else(|| dct.pred_opt()?.with_year(dct.year().saturating_sub(1)));
            if let (Some(at), Some(day), Some(v)) = (this_time, day, day.and_then(timex::day_value))
            {
                found.span.start = at;
                r.value = v;
                r.start = Some(day);
                r.end = Some(day);
                r.grain = Grain::Day;
            }
        }
        // "Polls closed at 7pm, and the first results were released half an hour later",
        // "About 20 minutes later": hours or minutes counted from the clock time told just
        // before (in its sentence or the one before) are a time of their own, "later" or
        // "earlier" inside the phrase; with no clock before, the count stays a duration
        // (TimeBank's "an hour earlier")
        let signal = (r.timex_type == TimexType::Duration)
            .then(|| later_or_earlier(text, found.span.end))
            .flatten();
        if let Some((word, signal_end)) = signal {
            // (the last clock time among the three expressions before, the day named after it
            // in between: "at 8 p.m. on Thursday. Two hours later")
            let clock = out.iter().rev().take(3).find(|p| {
                p.timex_type == TimexType::Time
                    && told_just_before(doc, doc.sentence_at(p.span.start), found.span.start)
            });
            if let Some((value, day)) = clock.and_then(|p| clock_moved(&p.value, &r.value, word)) {
                found.span.end = signal_end;
                r.timex_type = TimexType::Time;
                r.value = value;
                r.start = Some(day);
                r.end = Some(day);
                r.grain = Grain::Time;
            }
        }
        let Some(phrase) = found.span.slice(text) else {
            continue;
        };
        // "National Day, 12 March, will be marked", "Saint Marinus Day, falls on 3 September":
        // a day's name told with its date is that date
        let a_day = r.grain == Grain::Day && r.timex_type == TimexType::Date;
        let named_day = |span: Span| {
            span.slice(text).map(|name| TimeExpr {
                text: name.to_string(),
                span,
                timex_type: TimexType::Date,
                value: r.value.clone(),
                modifier: None,
                start: r.start,
                end: r.end,
                grain: Grain::Day,
                rule: "named_day".to_string(),
            })
        };
        if let Some(named) = day_named_before(text, found.span.start).filter(|_| a_day) {
            match out.last_mut() {
                // ("Independence Day on Saturday": a feast the calendar knows elsewhere is
                // the day told with it)
                Some(p) if p.span == named => {
                    p.value.clone_from(&r.value);
                    (p.start, p.end) = (r.start, r.end);
                }
                Some(p) if p.span.end > named.start => {}
                _ => out.extend(named_day(named)),
            }
        }
        // "before December 2, National Day, when ...": the name after the date, pushed
        // after it
        // (not a feast the calendar knows, read as its own phrase: "on Monday, Memorial Day";
        // nor a country's: "Thursday, India's Independence Day")
        let named_after = day_named_after_date(text, found.span.end)
            .filter(|n| {
                a_day
                    && !n.slice(text).is_some_and(|t| t.contains("'s"))
                    && found_at(re, reader, text, n.start).is_none()
            })
            .and_then(named_day);
        counted_day = matches!(
            found.cand.spec,
            Underspec::FromAnchor {
                unit: lexicon::Unit::Day,
                ..
            }
        )
        .then_some(out.len());
        unnamed_clock = (found.rule == "clock_time"
            && matches!(found.cand.spec, Underspec::FromAnchor { n: 0, .. }))
        .then_some(out.len());
        out.push(TimeExpr {
            text: phrase.to_string(),
            span: found.span,
            timex_type: r.timex_type,
            value: r.value,
            modifier: r.modifier,
            start: r.start,
            end: r.end,
            grain: r.grain,
            rule: found.rule.to_string(),
        });
        if let Some(named) = named_after {
            pos = pos.max(named.span.end);
            out.push(named);
        }
    }
    // Memory: the expressions of a long document stay in its timeline, without growth slack;
    // the buffer is kept only at the size of a common text. (A long document's buffer is
    // itself the list, shrunk in place: a copy beside it would double its peak.)
    if out.capacity() > KEPT_EXPRS {
        out.shrink_to_fit();
        return out;
    }
    let mut exprs = Vec::with_capacity(out.len());
    exprs.append(&mut out);
    reader.exprs = out;
    exprs
}

/// "later" or "earlier" right after byte `end` (one space between) and where it ends; not
/// "earlier than", which compares ("an hour earlier than today").
fn later_or_earlier(text: &str, end: usize) -> Option<(&str, usize)> {
    let rest = text.get(end..)?.strip_prefix(' ')?;
    let word = rest.split(|c: char| !c.is_ascii_alphabetic()).next()?;
    let word_end = end + 1 + word.len();
    let than = recognize::word_after(text, word_end).eq_ignore_ascii_case("than");
    (is_one_of(word, &["later", "earlier"]) && !than).then_some((word, word_end))
}

/// A clock time (`2020-10-17T19:00`) moved by a count of hours and minutes (`PT30M`,
/// `PT2H`) forward when `signal` says "later", back when it says "earlier": the new value
/// and its day. `None` for a value with no clock, or a count with an unspecified amount.
fn clock_moved(clock: &str, count: &str, signal: &str) -> Option<(String, NaiveDate)> {
    let at = chrono::NaiveDateTime::parse_from_str(clock.get(..16)?, "%Y-%m-%dT%H:%M").ok()?;
    // (checked arithmetic: a count of any size in the text moves no clock out of range)
    let mut minutes = 0i64;
    let mut digits = 0usize;
    let units = count.strip_prefix("PT")?;
    for (i, c) in units.char_indices() {
        match c {
            '0'..='9' => {}
            'H' | 'M' => {
                let n: i64 = units.get(digits..i)?.parse().ok()?;
                let n = if c == 'H' { n.checked_mul(60)? } else { n };
                minutes = minutes.checked_add(n)?;
                digits = i + 1;
            }
            _ => return None,
        }
    }
    let delta = chrono::Duration::try_minutes(minutes)?;
    let moved = if signal.eq_ignore_ascii_case("later") {
        at.checked_add_signed(delta)?
    } else if signal.eq_ignore_ascii_case("earlier") {
        at.checked_sub_signed(delta)?
    } else {
        return None;
    };
    // (a TIMEX3 year has four digits: "+10000-01-01" is no value)
    (minutes > 0 && (0..=9999).contains(&moved.year()))
        .then(|| (moved.format("%Y-%m-%dT%H:%M").to_string(), moved.date()))
}

/// The most expressions a thread's buffer of [`tag_with`] keeps room for between texts.
const KEPT_EXPRS: usize = 512;

/// The rank of each unit of an ISO 8601 duration value ("P1Y2M", "PT5H30M"), largest first:
/// years, months, weeks, days, hours, minutes, seconds; `None` for a value with an
/// unspecified amount ("PXY") or a fraction.
fn duration_ranks(value: &str) -> Option<Vec<u8>> {
    let mut ranks = Vec::new();
    let mut time = false;
    let mut digits = false;
    for b in value.strip_prefix('P')?.bytes() {
        match b {
            b'T' => time = true,
            b'0'..=b'9' => digits = true,
            _ if !digits => return None,
            _ => {
                digits = false;
                ranks.push(match (b, time) {
                    (b'Y', false) => 0,
                    (b'M', false) => 1,
                    (b'W', false) => 2,
                    (b'D', false) => 3,
                    (b'H', true) => 4,
                    (b'M', true) => 5,
                    (b'S', true) => 6,
                    _ => return None,
                });
            }
        }
    }
    Some(ranks)
}

/// `first` and `then` as one duration when every unit of `then` is smaller than those of
/// `first` ("PT2H" and "PT19M": "PT2H19M"; "P3Y" and "P6M": "P3Y6M"; "P2D" and "PT4H":
/// "P2DT4H"); weeks join nothing, as ISO 8601 writes them alone.
fn joined_duration(first: &str, then: &str) -> Option<String> {
    let a = duration_ranks(first)?;
    let b = duration_ranks(then)?;
    if a.contains(&2) || b.contains(&2) || a.last()? >= b.first()? {
        return None;
    }
    let tail = then.strip_prefix('P')?;
    let tail = if first.contains('T') {
        tail.strip_prefix('T').unwrap_or(tail)
    } else {
        tail
    };
    Some(format!("{first}{tail}"))
}

/// True when `a` and `b` fall on the same day of the week.
fn same_weekday(a: NaiveDate, b: NaiveDate) -> bool {
    a.weekday() == b.weekday()
}

/// True when the clock time at `span` is a live page's time stamp: it opens its line and is
/// alone on it ("10:15"), or a dash or colon follows it ("14:20 GMT - The governor has
/// extended a curfew", "5pm: Talks end"), or it holds its zone and text follows ("10.30am BST
/// Channel 4 News reports").
fn stamp_at_line_start(text: &str, span: Span) -> bool {
    // (Speed: 80 bytes back and 200 on at most, not to the line's ends: a text with no line
    // break stays linear; a stamp is no further from its line's start)
    let near = crate::text::widen(text, span, 80, 200, Span::new(0, text.len()));
    let before = text.get(near.start..span.start).unwrap_or("");
    if !before.rsplit('\n').next().unwrap_or("").trim().is_empty() {
        return false;
    }
    let after = text.get(span.end..near.end).unwrap_or("");
    let line_end = after.split('\n').next().unwrap_or("");
    let rest = line_end.trim_start();
    let zone = span
        .slice(text)
        .and_then(|s| s.rsplit(' ').next())
        .is_some_and(|z| z.len() >= 2 && z.bytes().all(|b| b.is_ascii_uppercase()));
    // ("13:02 They're off.": a live page's bare 24-hour stamp opening its entry)
    let bare = span.slice(text).is_some_and(|s| {
        let b = s.as_bytes();
        (4..=5).contains(&b.len())
            && b.iter().filter(|c| c.is_ascii_digit()).count() == b.len() - 1
            && matches!(b.get(b.len() - 3), Some(b':' | b'.'))
    });
    rest.is_empty()
        || ["- ", "\u{2013} ", "\u{2014} ", ": "]
            .iter()
            .any(|d| rest.starts_with(d))
        || (zone || bare) && rest.starts_with(|c: char| c.is_uppercase())
}

/// Whether the sentence speaks of the future at the phrase `found` (whose value depends on
/// the tense), whether a word tells that future (not only a deadline before the phrase), and
/// whether a past-tense verb right before it governs it.
fn tense_at(doc: &Document<'_>, found: &recognize::Found) -> (bool, bool, bool) {
    let text = doc.text;
    let cue = if found.cand.week_of {
        // "the last week of April": the phrase's own "last" is no cue
        tense_cue_outside(doc, found.span)
    } else {
        tense_cue(doc, found.span.start)
    };
    // A past-tense verb right before the phrase ("was adopted in May").
    // Not for a goal ("extended to Nov. 20").
    // Nor for a date set as the object of "set" or "named" ("Dunkin' has set Nov. 10 as the
    // deadline", "had already named April 10 as the first day of Syawal"; "the record was set
    // on June 9" is past).
    let before = recognize::word_before(text, found.span.start);
    let on = found
        .span
        .slice(text)
        .and_then(crate::text::after_on)
        .is_some();
    let set_object = is_one_of(
        before,
        &["set", "named", "fixed", "chose", "picked", "designated"],
    ) && !on;
    let near_past = cue.is_some_and(|(d, f)| !f && d <= NEAR_CUE)
        && !before.eq_ignore_ascii_case("to")
        && !set_object;
    // A deadline lies ahead, unless the past perfect says it has passed ("Until
    // Thursday, they had not called him a suspect"), a past verb reached it ("the troops
    // withdrew by late February") or a past verb of lasting stands right before the deadline's
    // word ("the fighting continued through Sunday"; "the offer was extended until Friday"
    // still lies ahead).
    let told = cue.is_some_and(|(_, f)| f);
    let deadline = deadline_before(text, found.span.start);
    let future = match deadline {
        Some(by) => {
            let lasted = is_one_of(
                recognize::second_word_before(text, found.span.start),
                lexicon::LASTED,
            ) || !by && until_closes_past(doc, found.span.start);
            // ("By Friday, both sides were trying to cool things down": a "by" opening its
            // sentence is reached by the past verb of the clause after it, however far)
            let opens_sentence = doc
                .sentence_at(found.span.start)
                .and_then(|i| doc.sentences.get(i))
                .and_then(|s| text.get(s.span.start..found.span.start))
                .is_some_and(|lead| lead.trim().eq_ignore_ascii_case("by"));
            let past_after = opens_sentence && cue.is_some_and(|(_, f)| !f);
            !(past_perfect_near(doc, found.span.start) || by && (near_past || past_after) || lasted)
        }
        None => told,
    };
    (future, told && deadline.is_none(), near_past)
}

/// The value of `cand` when the tense cannot change it: when its readings ahead or not,
/// governed by a past verb or not, all agree (a date a few weeks back, the weekday of the
/// publication date, "May" in May). A bare weekday other than the publication date's, under
/// the news policy, always depends on the tense. When the tense can change the value: the
/// reading neither ahead nor governed by a past verb, if it was made.
fn free_of_tense(
    cand: &underspec::Candidate,
    ctx: &Context,
) -> Result<resolve::Resolved, Option<resolve::Resolved>> {
    if let Underspec::Weekday {
        day,
        shift: underspec::Shift::Bare,
    } = cand.spec
    {
        if ctx.policy == crate::WeekdayPolicy::News && day != ctx.dct.weekday() {
            return Err(None);
        }
    }
    let read = |future, near_past| {
        resolve(
            cand,
            &Context {
                future,
                future_told: future,
                near_past,
                ..*ctx
            },
        )
    };
    let first = read(false, false);
    if [(true, false), (false, true), (true, true)]
        .into_iter()
        .all(|(f, n)| read(f, n) == first)
    {
        Ok(first)
    } else {
        Err(Some(first))
    }
}

/// True when only a range's joint ("to", "and", "through", "until", a dash) stands between
/// the expression at `prev` and `start`, and "from" or "between" opens `prev`.
fn range_joint(text: &str, prev: Span, start: usize) -> bool {
    let gap = text.get(prev.end..start).unwrap_or("").trim();
    is_one_of(
        gap,
        &["to", "and", "through", "until", "till", "-", "\u{2013}"],
    ) && is_one_of(
        recognize::word_before(text, prev.start),
        &["from", "between"],
    )
}

/// Some when "by", "until", "till" or "through" stands right before `pos` ("by February",
/// "until Tuesday"): a deadline, which lies ahead (true for "by", which a past verb can reach).
/// Not the end of a year to date ("sales this year through August").
fn deadline_before(text: &str, pos: usize) -> Option<bool> {
    let w = recognize::word_before(text, pos);
    let deadline = ["by", "until", "till", "through"]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(w));
    let year_to_date = w.eq_ignore_ascii_case("through")
        && recognize::second_word_before(text, pos).eq_ignore_ascii_case("year");
    (deadline && !year_to_date).then(|| w.eq_ignore_ascii_case("by"))
}

/// True when "for" stands right before a phrase that is no possessive ("called a general
/// strike for Monday", "set for Tuesday"): the day something is scheduled for ("arrested for
/// Monday's attack" is no schedule).
fn scheduled_for(text: &str, span: Span) -> bool {
    recognize::word_before(text, span.start).eq_ignore_ascii_case("for")
        && !crate::text::possessive_at(text, span.end)
}

/// `cand` read as the date of `year`, `month` and `day` (its other parts kept): a date whose
/// year or order a rule of the text settles.
fn with_date(
    cand: &underspec::Candidate,
    year: underspec::YearRef,
    month: u32,
    day: Option<u32>,
) -> underspec::Candidate {
    underspec::Candidate {
        spec: Underspec::Date {
            year,
            month: Some(month),
            day,
        },
        either_order: false,
        ..*cand
    }
}

/// The number of years of an anniversary told right before `pos` ("the first anniversary of
/// the", "the 80th anniversary of"), when one is.
fn anniversary_before(text: &str, pos: usize) -> Option<i32> {
    let mut w = recognize::word_before(text, pos);
    if w.eq_ignore_ascii_case("the") {
        w = recognize::word_before(text, crate::text::offset_in(text, w));
    }
    if !w.eq_ignore_ascii_case("of") {
        return None;
    }
    let noun = recognize::word_before(text, crate::text::offset_in(text, w));
    if !noun.eq_ignore_ascii_case("anniversary") {
        return None;
    }
    let nth = recognize::word_before(text, crate::text::offset_in(text, noun));
    lexicon::ordinal(nth)
        .filter(|n| (1..=200).contains(n) && !is_one_of(nth, &["last", "final"]))
        .and_then(|n| i32::try_from(n).ok())
}

/// Nouns of a protest or a period that a party calls or declares ahead of its day.
const CALLED_EVENTS: &[&str] = &[
    "march",
    "marches",
    "protest",
    "protests",
    "rally",
    "rallies",
    "demonstration",
    "demonstrations",
    "strike",
    "strikes",
    "shutdown",
    "boycott",
    "sit-in",
    "vigil",
    "vigils",
    "mourning",
    "curfew",
    "lockdown",
    "holiday",
    // ("called a nationwide day of action for Friday")
    "action",
    // ("has declared Friday a day of celebration", "a day of prayer", "a day of rest")
    "celebration",
    "celebrations",
    "prayer",
    "prayers",
    "remembrance",
    "rest",
];

/// Some when the day at `span` is the day of a protest or a period called or declared just
/// before it ("called for marches on Tuesday and Thursday", "called a 48-hour general strike
/// from Monday", "declared three days of national mourning from Monday"): like a day set
/// "for", the nearest such day, whatever the tense of the call; true when the call stands
/// ("have called", "calls for"), which is for a day ahead.
fn called_for_day(text: &str, span: Span) -> Option<bool> {
    let own_on = span.slice(text).and_then(crate::text::after_on).is_some();
    // ("The government has declared Saturday a day of national mourning": the day declared
    // is the verb's object, the period's noun after it)
    let before = recognize::word_before(text, span.start);
    if is_one_of(before, &["declared", "declares", "declare"]) {
        let after = text.get(span.end..).unwrap_or("");
        let declared_period = after
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .take(6)
            .any(|w| is_one_of(w, CALLED_EVENTS));
        if declared_period {
            let aux = recognize::second_word_before(text, span.start);
            return Some(!before.ends_with("ed") || is_one_of(aux, &["has", "have"]));
        }
    }
    let start = if own_on {
        span.start
    } else {
        if !is_one_of(before, &["on", "from", "for"]) {
            return None;
        }
        crate::text::offset_in(text, before)
    };
    // The words back to the clause's start, nearest first: the protest's noun within six
    // words ("for a \"March for Freedom\" in Minsk on Sunday"), no verb in the past between
    // ("called for protests and arrested 20 on Sunday"), then a verb of calling within twelve
    // more ("called for peaceful protests every evening this week and for a march"; not
    // "called off the strike").
    // (eighteen words are read at most: 200 bytes of lead are enough, and the cost stays
    // linear in a text with no sentence break)
    let near = crate::text::widen(
        text,
        Span::new(start, start),
        200,
        0,
        Span::new(0, text.len()),
    );
    let lead = text.get(near.start..start).unwrap_or("");
    // (Speed: most weekdays have no call before them; a byte search tells)
    if !(lead.contains("call") || lead.contains("Call") || lead.contains("eclar")) {
        return None;
    }
    let clause = lead
        .rsplit(['.', ';', ':', '!', '?'])
        .next()
        .unwrap_or(lead);
    let mut words = clause
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty());
    let mut noun_at = None;
    for (i, w) in words.by_ref().take(18).enumerate() {
        let Some(n) = noun_at else {
            if is_one_of(w, CALLED_EVENTS) {
                noun_at = Some(i);
            } else if i >= 6 || w.len() > 4 && w.ends_with("ed") {
                return None;
            }
            continue;
        };
        if i > n + 12 || w.eq_ignore_ascii_case("off") {
            return None;
        }
        if is_one_of(
            w,
            &["called", "call", "calls", "calling", "declared", "declares"],
        ) {
            // (a call made and standing, "have called", "calls for", is for a day ahead)
            let standing =
                !w.ends_with("ed") || words.next().is_some_and(|a| is_one_of(a, &["has", "have"]));
            return Some(standing);
        }
    }
    None
}

/// True when what starts on the day at `pos` is told by "starting", "beginning" or
/// "effective" right before it ("starting Sunday", "beginning on Monday", "starting at 6 a.m.
/// Tuesday"): a start still ahead, whatever the sentence's tense ("said they were ready to
/// send 600 trucks a day, starting Sunday").
fn starting_on(text: &str, pos: usize) -> bool {
    is_one_of(
        word_before_past(text, pos, &["on", "at", "from"]),
        &["starting", "beginning", "effective"],
    )
}

/// The count told before "in as many" when the phrase at `pos` is "many ...": 3 in "the third
/// such attack in as many days" and in "three strikes in as many weeks" (a count or an ordinal
/// among the eight words before "in", within the clause).
fn as_many_before(text: &str, pos: usize) -> Option<u32> {
    let phrase = text.get(pos..)?;
    if !number::starts_with_ci(phrase, "many ") {
        return None;
    }
    // (Speed: the 120 bytes before it at most)
    let near = crate::text::widen(text, Span::new(pos, pos), 120, 0, Span::new(0, text.len()));
    let lead = text.get(near.start..pos)?.trim_end();
    let lead = lead
        .strip_suffix(" as")
        .or_else(|| lead.strip_suffix(" As"))?;
    let lead = lead.trim_end().strip_suffix(" in")?;
    let clause = lead.rsplit([',', ';', '.', ':']).next().unwrap_or(lead);
    clause.split_whitespace().rev().take(8).find_map(|w| {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        lexicon::ordinal(w)
            .or_else(|| {
                number::parse_number(w)
                    .filter(|&(_, len)| len == w.len())
                    .and_then(|(n, _)| u32::try_from(n).ok())
            })
            .filter(|n| (2..=31).contains(n))
    })
}

/// The word just before `pos`, or the one before it when that word is one of `preps` ("said"
/// in "said on Saturday", "starting" in "starting at 6 a.m. Tuesday").
fn word_before_past<'t>(text: &'t str, pos: usize, preps: &[&str]) -> &'t str {
    let w = recognize::word_before(text, pos);
    if is_one_of(w, preps) {
        recognize::second_word_before(text, pos)
    } else {
        w
    }
}

/// True when a postponement's new day starts at `pos` ("postponed until Friday", "delayed to
/// Monday", "pushed back to Friday").
pub(crate) fn put_off_to(text: &str, pos: usize) -> bool {
    let to = recognize::word_before(text, pos);
    let verb = recognize::second_word_before(text, pos);
    let back_verb = || {
        let at = crate::text::offset_in(text, verb);
        is_one_of(
            recognize::word_before(text, at),
            &["pushed", "put", "moved"],
        )
    };
    is_one_of(to, &["until", "to", "till"])
        && (is_one_of(
            verb,
            &[
                "postponed",
                "delayed",
                "rescheduled",
                "deferred",
                "adjourned",
                "moved",
            ],
        ) || verb.eq_ignore_ascii_case("back") && back_verb())
}

/// True when the past perfect stands near `pos` ("had filed reports by Wednesday", "Until
/// Thursday, they had not called him a suspect"): a deadline seen from the past, passed.
fn past_perfect_near(doc: &Document<'_>, pos: usize) -> bool {
    cue_window(doc, pos).is_some_and(|(w, at)| tense::past_perfect_at(w, at))
}

/// The hour of a dated clock time (`2025-12-31T21:00` → 21); none for a part of the day
/// (`2025-12-31TEV`) or a date.
fn hour_of(value: &str) -> Option<u32> {
    value.get(11..13)?.parse().ok()
}

/// Moves a dated clock time (`2025-12-31T21:00`) to the same clock on `day`.
fn move_to_day(
    value: &mut String,
    start: &mut Option<NaiveDate>,
    end: &mut Option<NaiveDate>,
    day: NaiveDate,
) {
    if let (Some(v), Some(clock)) = (timex::day_value(day), value.get(10..)) {
        *value = format!("{v}{clock}");
        *start = Some(day);
        *end = Some(day);
    }
}

/// True when the words just before the "in" before `pos` make a record's span of it ("the
/// first time in", "the highest level in", "the worst fighting in").
fn record_span_before(text: &str, pos: usize) -> bool {
    let lead = text.get(..pos).unwrap_or("");
    let lead = lead.get(lead.len().saturating_sub(40)..).unwrap_or("");
    lead.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        is_one_of(
            w,
            &[
                "time",
                "first",
                "ever",
                "level",
                "levels",
                "most",
                "least",
                "record",
                "worst",
                "best",
                "highest",
                "lowest",
                "biggest",
                "largest",
                "longest",
                "strongest",
                "heaviest",
                "deadliest",
                "fastest",
                "slowest",
                "smallest",
                "weakest",
                "greatest",
                "sharpest",
                "steepest",
            ],
        ) || w.ends_with("iest")
    })
}

/// True when a verb of going on ("continued", "persisted", "raged", "went on") stands in the
/// clause before `pos`, within its sentence: "Shelling continued overnight", "jets continued to
/// pound the suburbs overnight".
fn went_on_before(doc: &Document<'_>, pos: usize) -> bool {
    let Some(i) = doc.sentence_at(pos) else {
        return false;
    };
    let start = doc
        .sentences
        .get(i)
        .map_or(pos, |s| s.span.start)
        .max(pos.saturating_sub(80));
    let clause = doc
        .text
        .get(start..pos)
        .and_then(|c| c.rsplit(',').next())
        .unwrap_or("");
    [
        "continued",
        "continuing",
        "persisted",
        "raged",
        "went on",
        "kept up",
        "lasted",
    ]
    .iter()
    .any(|v| crate::text::find_ci(clause, v).is_some())
}

/// True when a report verb stands right before `pos`, directly, before an "on" or before
/// the medium it was said in ("said Saturday", "said on Saturday", "the Force said in a
/// statement yesterday"; not "told reporters on Saturday").
fn after_report_verb(text: &str, pos: usize) -> bool {
    if is_one_of(
        word_before_past(text, pos, &["on"]),
        crate::text::REPORT_VERBS,
    ) {
        return true;
    }
    let head = text.get(..pos).unwrap_or("").trim_end();
    let head = head.strip_suffix(" on").map_or(head, str::trim_end);
    let Some(before_medium) = [
        " in a statement",
        " in a post",
        " in a briefing",
        " in a speech",
        " in an interview",
    ]
    .iter()
    .find_map(|m| head.strip_suffix(m)) else {
        return false;
    };
    is_one_of(
        recognize::word_before(before_medium, before_medium.len()),
        crate::text::REPORT_VERBS,
    )
}

/// True when a report verb stands in the sentence of `pos` before it, with no time
/// expression of `found` (the sentence's so far) before `pos` in that sentence.
fn undated_report_before(doc: &Document<'_>, found: &[TimeExpr], pos: usize) -> bool {
    let Some(s) = doc.sentence_at(pos).and_then(|i| doc.sentences.get(i)) else {
        return false;
    };
    let dated = found
        .iter()
        .rev()
        .take_while(|t| t.span.start >= s.span.start)
        .any(|t| t.span.start < pos);
    !dated
        && doc.text.get(s.span.start..pos).is_some_and(|head| {
            head.split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| is_one_of(w, crate::text::REPORT_VERBS))
        })
}

/// True when the sentence holding byte `pos` contains `word` (ASCII case-insensitive).
fn sentence_mentions(doc: &Document<'_>, pos: usize, word: &str) -> bool {
    let Some(i) = doc.sentence_at(pos) else {
        return false;
    };
    crate::text::find_ci(doc.sentence_text(i), word).is_some()
}

/// True for values whose placement depends on the tense of the sentence.
fn needs_tense(spec: &Underspec) -> bool {
    matches!(
        spec,
        Underspec::Weekday {
            shift: underspec::Shift::Bare,
            ..
        } | Underspec::Weekend {
            shift: underspec::Shift::Bare
        } | Underspec::FromDct {
            unit: lexicon::Unit::Week,
            n: 0
        } | Underspec::Date {
            year: underspec::YearRef::Infer,
            ..
        } | Underspec::Season {
            year: underspec::YearRef::Infer,
            ..
        } | Underspec::Quarter {
            year: underspec::YearRef::Infer,
            ..
        } | Underspec::Half {
            year: underspec::YearRef::Infer,
            ..
        } | Underspec::Easter {
            year: underspec::YearRef::Infer,
            ..
        } | Underspec::Hijri {
            year: underspec::YearRef::Infer,
            ..
        } | Underspec::Hebrew {
            year: underspec::YearRef::Infer,
            ..
        } | Underspec::Diwali {
            year: underspec::YearRef::Infer,
            ..
        } | Underspec::Overnight
    )
}

/// How close (in bytes) a past-tense verb must stand to a phrase to govern it directly.
const NEAR_CUE: usize = 4;

/// The nearest tense cue of the sentence around byte `pos` (see [`tense::cue_at`]).
fn tense_cue(doc: &Document<'_>, pos: usize) -> Option<(usize, bool)> {
    let (window, at) = cue_window(doc, pos)?;
    tense::cue_at(window, at)
}

/// True when sentence `told` is the sentence of byte `pos` or the one before it: a month told
/// there is the narrative's ("The war began in April last year. Three weeks later ..."), one
/// told paragraphs before is background ("since a ceasefire took effect in November" in the
/// lead does not make "A day earlier" two paragraphs on a day of November).
fn told_just_before(doc: &Document<'_>, told: Option<usize>, pos: usize) -> bool {
    match (told, doc.sentence_at(pos)) {
        (Some(t), Some(here)) => here.saturating_sub(t) <= 1,
        _ => true,
    }
}

/// True when the gap from byte `end` to `start` sets two phrases side by side as one day: a
/// comma, a dash or a parenthesis, and "on" ("two days earlier, on February 10", "the next day
/// (Sunday)").
fn apposed(text: &str, end: usize, start: usize) -> bool {
    let gap = text.get(end..start).unwrap_or("").trim();
    let Some(rest) = gap
        .strip_prefix(',')
        .or_else(|| gap.strip_prefix('('))
        .or_else(|| gap.strip_prefix('\u{2014}'))
    else {
        return false;
    };
    let rest = rest.trim();
    rest.is_empty() || rest.eq_ignore_ascii_case("on")
}

/// The year of the last of the `n` expressions before byte `pos` in its sentence that `ok`
/// accepts and that states its year in its text ("April 15, 2019", "April 2025").
fn year_told_before(
    doc: &Document<'_>,
    out: &[TimeExpr],
    pos: usize,
    n: usize,
    ok: impl Fn(&TimeExpr) -> bool,
) -> Option<i32> {
    let sentence = doc.sentence_at(pos);
    out.iter()
        .rev()
        .take(n)
        .take_while(|p| doc.sentence_at(p.span.start) == sentence)
        .filter(|p| ok(p))
        .find_map(|p| {
            let y = p.start?.year();
            p.text.contains(&y.to_string()).then_some(y)
        })
}

/// The year a day of month `m` told without one at `pos` is of, by what was told just before
/// it, named by reference (not in digits): a year in its own sentence ("In April 2024 ...
/// Earlier that year, on January 16"), or month `m` of a year in its sentence or the one
/// before in its paragraph ("tense since November last year. On November 26, a drone ...",
/// where "last year" is the narrative's, not the publication's). Only the last four
/// expressions are read, and any other date before them ends the search. (The caller leaves
/// out days told in the future tense: "will be sentenced on Nov. 14".)
fn narrative_year(doc: &Document<'_>, out: &[TimeExpr], pos: usize, m: u32) -> Option<i32> {
    for (same_sentence, p) in recent_in_paragraph(doc, out, pos, 1) {
        if p.timex_type != TimexType::Date {
            continue;
        }
        let start = p.start?;
        // (only a year named by reference: one in digits is as often a background's ("after
        // the August 1988 cease-fire ... condemned the invasion on Aug. 2") or what the day
        // is of ("the 2018 World Cup", "fiscal 2020"))
        if p.text.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        match p.grain {
            Grain::Month if start.month() == m => return Some(start.year()),
            // (a year of the narrative: "that year", "the following year"; not "the year")
            Grain::Year
                if same_sentence
                    && NARRATIVE_YEARS
                        .iter()
                        .any(|w| crate::text::find_ci(&p.text, w).is_some()) =>
            {
                return Some(start.year());
            }
            _ => return None,
        }
    }
    None
}

/// The last four expressions before `pos`, nearest first, while they stand in its paragraph
/// at most `back` sentences before it, each with whether it is in the same sentence.
fn recent_in_paragraph<'a, 't: 'a>(
    doc: &'a Document<'t>,
    out: &'a [TimeExpr],
    pos: usize,
    back: usize,
) -> impl Iterator<Item = (bool, &'a TimeExpr)> + 'a {
    let here = doc
        .sentence_at(pos)
        .and_then(|si| Some((si, doc.sentences.get(si)?.paragraph)));
    out.iter().rev().take(4).map_while(move |p| {
        let (si, para) = here?;
        let pi = doc.sentence_at(p.span.start)?;
        (si.saturating_sub(pi) <= back && doc.sentences.get(pi)?.paragraph == para)
            .then_some((pi == si, p))
    })
}

/// Years told by reference to the narrative's ([`narrative_year`]).
const NARRATIVE_YEARS: &[&str] = &[
    "that year",
    "same year",
    "following year",
    "previous year",
    "year before",
    "year after",
    "year later",
    "year earlier",
];

/// The day of the last date told with its year ("June 13, 2025") before `pos`, in the same
/// paragraph and at most two sentences back, when only durations, sets and days of months
/// without a year stand between it and `pos` (nothing that counts from the publication date).
fn narrative_date(doc: &Document<'_>, out: &[TimeExpr], pos: usize) -> Option<NaiveDate> {
    for (_, p) in recent_in_paragraph(doc, out, pos, 2) {
        match (p.timex_type, p.rule.as_str()) {
            (TimexType::Duration | TimexType::Set, _) | (_, "month_day") => {}
            (_, "month_day_year") => return p.start,
            _ => return None,
        }
    }
    None
}

/// The start of the first blank line (a line break, maybe spaces, another line break) in
/// `start..end` of `text`.
fn paragraph_break(text: &str, start: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes().get(start..end)?;
    let first = bytes.iter().position(|&b| b == b'\n')?;
    bytes
        .get(first..)?
        .iter()
        .enumerate()
        .filter(|&(_, &b)| b == b'\n')
        .find_map(|(i, _)| {
            let rest = bytes.get(first + i + 1..)?;
            let blank = rest
                .iter()
                .take_while(|b| matches!(b, b' ' | b'\t' | b'\r'))
                .count();
            (rest.get(blank) == Some(&b'\n')).then_some(start + first + i)
        })
}

/// True when "and" and a weekday ("and on Saturday", "and Sunday") follow byte `end`.
fn joined_to_weekday(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let Some(rest) = rest.strip_prefix(" and ") else {
        return false;
    };
    let rest = crate::text::after_on(rest).unwrap_or(rest);
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    lexicon::weekday(word).is_some()
}

/// The nearest tense cue around a phrase, leaving out the phrase's own words ("earlier" in
/// "three days earlier" is no cue of the sentence).
fn tense_cue_outside(doc: &Document<'_>, span: Span) -> Option<(usize, bool)> {
    let (window, from) = cue_window(doc, span.start)?;
    let to = from.saturating_add(span.len()).min(window.len());
    let blanked: String = window
        .char_indices()
        .map(|(i, c)| if (from..to).contains(&i) { ' ' } else { c })
        .collect();
    tense::cue_at(&blanked, from)
}

/// True when the "until" right before byte `pos` closes a past action of its clause ("heard
/// shooting until Monday"; not "postponed the vote until Monday").
fn until_closes_past(doc: &Document<'_>, pos: usize) -> bool {
    cue_window(doc, pos).is_some_and(|(window, at)| tense::Cues::new(window).until_closes_past(at))
}

/// The part of the sentence around byte `pos` where tense cues are looked for, and `pos`'s
/// offset in it.
fn cue_window<'t>(doc: &Document<'t>, pos: usize) -> Option<(&'t str, usize)> {
    let i = doc.sentence_at(pos)?;
    let s = doc.sentences.get(i)?;
    // Only a window around the phrase counts: keeps the work per phrase bounded.
    const WINDOW: usize = 160;
    let w = crate::text::widen(doc.text, Span::new(pos, pos), WINDOW, WINDOW, s.span);
    Some((w.slice(doc.text)?, pos.checked_sub(w.start)?))
}
