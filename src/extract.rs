//! The extractor: options, the publication date input, and the pipeline that connects the
//! stages (text → time → event → timeline).

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::text::Document;
use crate::timeline::Timeline;
use crate::{event, time};

/// The publication date of a document (its DCT): a calendar date or an RFC 3339 date-time.
///
/// Only the calendar date is used for resolving relative expressions.
///
/// ```
/// use conflict_timeline::Published;
/// use chrono::NaiveDate;
/// let a: Published = "2025-04-06".parse().unwrap();
/// let b: Published = "2025-04-06T09:30:00+03:00".parse().unwrap();
/// assert_eq!(a.date(), b.date());
/// let c = Published::from(NaiveDate::from_ymd_opt(2025, 4, 6).unwrap());
/// assert_eq!(c.date(), a.date());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Published {
    /// A calendar date.
    Date(NaiveDate),
    /// A date-time with its UTC offset; its local calendar date is the DCT.
    DateTime(DateTime<FixedOffset>),
}

impl Published {
    /// The calendar date (in the date-time's own offset).
    ///
    /// ```
    /// let p: conflict_timeline::Published = "2025-04-06T23:30:00-05:00".parse().unwrap();
    /// assert_eq!(p.date().to_string(), "2025-04-06");
    /// ```
    pub fn date(&self) -> NaiveDate {
        match self {
            Published::Date(d) => *d,
            Published::DateTime(dt) => dt.date_naive(),
        }
    }

    /// The date, checked to lie in the supported range (years 1 to 9999).
    ///
    /// # Errors
    /// [`Error::PublishedOutOfRange`] for a date outside years 1 to 9999.
    ///
    /// ```
    /// use conflict_timeline::Published;
    /// use chrono::NaiveDate;
    /// assert!(Published::from(NaiveDate::from_ymd_opt(10000, 1, 1).unwrap()).checked_date().is_err());
    /// assert!(Published::from(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()).checked_date().is_ok());
    /// ```
    pub fn checked_date(&self) -> Result<NaiveDate> {
        let d = self.date();
        if (1..=9999).contains(&d.year()) {
            Ok(d)
        } else {
            Err(Error::PublishedOutOfRange {
                date: d.to_string(),
            })
        }
    }
}

impl From<NaiveDate> for Published {
    fn from(d: NaiveDate) -> Self {
        Published::Date(d)
    }
}

impl From<DateTime<FixedOffset>> for Published {
    fn from(d: DateTime<FixedOffset>) -> Self {
        Published::DateTime(d)
    }
}

impl std::str::FromStr for Published {
    type Err = Error;

    /// Parses `YYYY-MM-DD` or an RFC 3339 date-time.
    fn from_str(s: &str) -> Result<Self> {
        let t = s.trim();
        if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            return Ok(Published::Date(d));
        }
        if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
            return Ok(Published::DateTime(dt));
        }
        Err(Error::InvalidPublished {
            input: s.to_string(),
        })
    }
}

impl std::fmt::Display for Published {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Published::Date(d) => write!(f, "{d}"),
            Published::DateTime(dt) => write!(f, "{}", dt.to_rfc3339()),
        }
    }
}

/// How a bare weekday name ("Friday") is placed on the calendar.
///
/// ```
/// use conflict_timeline::WeekdayPolicy;
/// assert_eq!(WeekdayPolicy::default(), WeekdayPolicy::News);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeekdayPolicy {
    /// The news policy: in past-tense reporting the same day or the most recent one before
    /// publication; with future cues ("will", "is expected to", "plans") the next one.
    #[default]
    News,
    /// Always the same day or the most recent one before publication.
    Past,
    /// The occurrence nearest to the publication date, either side (as "closest day" parsers
    /// do).
    Closest,
}

/// Options of an [`Extractor`], set through [`ExtractorBuilder`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Options {
    pub weekday_policy: WeekdayPolicy,
    pub max_bytes: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            weekday_policy: WeekdayPolicy::News,
            max_bytes: Extractor::DEFAULT_MAX_BYTES,
        }
    }
}

/// Builds an [`Extractor`] with non-default options.
///
/// ```
/// use conflict_timeline::{Extractor, WeekdayPolicy};
/// let ex = Extractor::builder().weekday_policy(WeekdayPolicy::Past).max_bytes(1 << 20).build();
/// assert_eq!(ex.weekday_policy(), WeekdayPolicy::Past);
/// ```
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    options: Options,
}

impl ExtractorBuilder {
    /// Sets how bare weekday names are resolved (default [`WeekdayPolicy::News`]).
    ///
    /// ```
    /// let b = conflict_timeline::Extractor::builder().weekday_policy(conflict_timeline::WeekdayPolicy::Closest);
    /// assert_eq!(b.build().weekday_policy(), conflict_timeline::WeekdayPolicy::Closest);
    /// ```
    pub fn weekday_policy(mut self, policy: WeekdayPolicy) -> Self {
        self.options.weekday_policy = policy;
        self
    }

    /// Sets the largest document accepted, in bytes (default
    /// [`Extractor::DEFAULT_MAX_BYTES`]); larger ones give [`Error::TooLarge`].
    ///
    /// ```
    /// let ex = conflict_timeline::Extractor::builder().max_bytes(10).build();
    /// let d = chrono::NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
    /// assert!(ex.extract("this text is longer than ten bytes", d).is_err());
    /// ```
    pub fn max_bytes(mut self, max: usize) -> Self {
        self.options.max_bytes = max;
        self
    }

    /// Builds the extractor.
    ///
    /// ```
    /// let ex = conflict_timeline::Extractor::builder().build();
    /// # let _ = ex;
    /// ```
    pub fn build(self) -> Extractor {
        Extractor {
            options: self.options,
        }
    }
}

/// Turns news text into a [`Timeline`]. Build it once and share it: it is `Send + Sync`, and
/// its compiled patterns and lexicons are built once per process.
///
/// ```
/// use conflict_timeline::{Extractor, EventKind};
/// use chrono::NaiveDate;
/// let extractor = Extractor::new();
/// let published = NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
/// let timeline = extractor
///     .extract("An Iskander missile strike on Friday in Kryvyi Rih killed 19 people.", published)
///     .unwrap();
/// let strike = &timeline.events[0];
/// assert_eq!(strike.kind, EventKind::Strike);
/// assert_eq!(strike.date.as_ref().unwrap().value, "2025-04-04");
/// ```
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    options: Options,
}

impl Extractor {
    /// The default limit on one document's size: 64 MiB.
    pub const DEFAULT_MAX_BYTES: usize = 64 << 20;

    /// An extractor with default options.
    ///
    /// ```
    /// let ex = conflict_timeline::Extractor::new();
    /// # let _ = ex;
    /// ```
    pub fn new() -> Self {
        Extractor::default()
    }

    /// A builder for non-default options.
    ///
    /// ```
    /// let ex = conflict_timeline::Extractor::builder().build();
    /// # let _ = ex;
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The weekday policy in force.
    ///
    /// ```
    /// assert_eq!(conflict_timeline::Extractor::new().weekday_policy(), conflict_timeline::WeekdayPolicy::News);
    /// ```
    pub fn weekday_policy(&self) -> WeekdayPolicy {
        self.options.weekday_policy
    }

    /// Extracts the timeline of one document published on `published`.
    ///
    /// # Errors
    /// [`Error::PublishedOutOfRange`] for a publication date outside years 1 to 9999;
    /// [`Error::TooLarge`] for a text longer than the configured limit. Any text is accepted
    /// otherwise, and extraction never panics.
    ///
    /// ```
    /// use conflict_timeline::Extractor;
    /// let tl = Extractor::new().extract("Nothing happened.", "2025-04-06".parse::<conflict_timeline::Published>().unwrap()).unwrap();
    /// assert!(tl.events.is_empty());
    /// ```
    pub fn extract(&self, text: &str, published: impl Into<Published>) -> Result<Timeline> {
        let published = published.into();
        let dct = published.checked_date()?;
        if text.len() > self.options.max_bytes {
            return Err(Error::TooLarge {
                len: text.len(),
                max: self.options.max_bytes,
            });
        }
        let doc = Document::new(text);
        let times = time::tag(&doc, dct, &self.options);
        let events = event::extract(&doc, &times, dct, &self.options);
        Ok(Timeline::from_parts(None, dct, events, times))
    }

    /// **Unstable, for benchmarks only**: runs only the time stage (sentence splitting and
    /// TIMEX3 tagging) and returns the time expressions. Not part of the public API; it may
    /// change or disappear in any release.
    ///
    /// ```
    /// let d = chrono::NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
    /// let times = conflict_timeline::Extractor::new().bench_time_only("It rained on Friday.", d).unwrap();
    /// assert_eq!(times[0].value, "2025-04-04");
    /// ```
    ///
    /// # Errors
    /// As [`Extractor::extract`].
    #[doc(hidden)]
    pub fn bench_time_only(
        &self,
        text: &str,
        published: impl Into<Published>,
    ) -> Result<Vec<crate::TimeExpr>> {
        let dct = self.check(text, published.into())?;
        let doc = Document::new(text);
        Ok(time::tag(&doc, dct, &self.options))
    }

    /// **Unstable, for benchmarks only**: runs only the event stage (sentence splitting,
    /// triggers, arguments, dating, merging) over time expressions already found by
    /// [`Extractor::bench_time_only`]. Not part of the public API; it may change or disappear
    /// in any release.
    ///
    /// ```
    /// let ex = conflict_timeline::Extractor::new();
    /// let d = chrono::NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
    /// let text = "A missile strike on Friday killed 19 people.";
    /// let times = ex.bench_time_only(text, d).unwrap();
    /// let events = ex.bench_events_only(text, d, &times).unwrap();
    /// assert_eq!(events[0].kind, conflict_timeline::EventKind::Strike);
    /// ```
    ///
    /// # Errors
    /// As [`Extractor::extract`].
    #[doc(hidden)]
    pub fn bench_events_only(
        &self,
        text: &str,
        published: impl Into<Published>,
        times: &[crate::TimeExpr],
    ) -> Result<Vec<crate::Event>> {
        let dct = self.check(text, published.into())?;
        let doc = Document::new(text);
        Ok(event::extract(&doc, times, dct, &self.options))
    }

    /// The publication date, checked, and the size limit.
    fn check(&self, text: &str, published: Published) -> Result<NaiveDate> {
        let dct = published.checked_date()?;
        if text.len() > self.options.max_bytes {
            return Err(Error::TooLarge {
                len: text.len(),
                max: self.options.max_bytes,
            });
        }
        Ok(dct)
    }

    /// Like [`Extractor::extract`], and sets the timeline's document id.
    ///
    /// # Errors
    /// As [`Extractor::extract`].
    ///
    /// ```
    /// use conflict_timeline::Extractor;
    /// let d = chrono::NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
    /// let tl = Extractor::new().extract_document("seed", "Quiet day.", d).unwrap();
    /// assert_eq!(tl.id.as_deref(), Some("seed"));
    /// ```
    pub fn extract_document(
        &self,
        id: &str,
        text: &str,
        published: impl Into<Published>,
    ) -> Result<Timeline> {
        let mut tl = self.extract(text, published)?;
        tl.id = Some(id.to_string());
        Ok(tl)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn extractor_is_send_sync() {
        assert_send_sync::<Extractor>();
    }

    #[test]
    fn published_parsing() {
        assert!("2025-04-06".parse::<Published>().is_ok());
        assert!("2025-04-06T10:00:00Z".parse::<Published>().is_ok());
        assert!("06/04/2025".parse::<Published>().is_err());
        assert!("".parse::<Published>().is_err());
    }
}
