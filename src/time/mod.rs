//! The time layer: recognition of temporal expressions and their normalisation to TIMEX3.
//!
//! Recognition finds candidate phrases and produces underspecified values; resolution turns
//! them into TIMEX3 values relative to the publication date (DCT) or, for anaphoric phrases,
//! to the date the narrative is on. See the crate docs' "Time" chapter for the policies.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Options;
use crate::text::{Document, Span};

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

/// Finds and normalises every temporal expression of a document, in text order.
pub(crate) fn tag(doc: &Document<'_>, dct: NaiveDate, options: &Options) -> Vec<TimeExpr> {
    let _ = (doc, dct, options);
    Vec::new()
}
