//! The timeline: events in date order, queries over them, and the time expressions found.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::event::{Event, EventKind};
use crate::time::TimeExpr;

/// The version of the JSON contract this crate writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A typed, dated timeline of events: the result of extraction from one document, or of
/// merging several.
///
/// Events are in date order (by first day, undated last; ties keep text order) and numbered
/// `e1`, `e2` ... in that order. The serde form is the JSON contract (`OUTPUT.md`).
///
/// ```
/// use conflict_timeline::{Extractor, EventKind};
/// let d = chrono::NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
/// let text = "On Sunday, Russian forces launched a missile strike on Kyiv. \
///             On Friday, a missile strike in Kryvyi Rih killed 19 people.";
/// let tl = Extractor::new().extract(text, d).unwrap();
/// let dates: Vec<_> = tl.iter().map(|e| e.date.as_ref().unwrap().value.as_str()).collect();
/// assert_eq!(dates, ["2025-04-04", "2025-04-06"]);
/// assert_eq!(tl.of_kind(EventKind::Strike).count(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// The JSON contract version ([`SCHEMA_VERSION`]).
    pub schema: u32,
    /// The document id, when one was given.
    pub id: Option<String>,
    /// The publication date (of the latest document, for a merged timeline).
    pub published: NaiveDate,
    /// The events, in date order.
    pub events: Vec<Event>,
    /// The temporal expressions found, in text order.
    pub time_expressions: Vec<TimeExpr>,
}

impl Timeline {
    /// Builds a timeline: sorts the events into date order and numbers them.
    pub(crate) fn from_parts(
        id: Option<String>,
        published: NaiveDate,
        mut events: Vec<Event>,
        time_expressions: Vec<TimeExpr>,
    ) -> Self {
        sort_events(&mut events);
        Timeline {
            schema: SCHEMA_VERSION,
            id,
            published,
            events,
            time_expressions,
        }
    }

    /// The events in date order (undated last).
    ///
    /// ```
    /// # let tl = conflict_timeline::Extractor::new().extract("Calm.", chrono::NaiveDate::from_ymd_opt(2025,1,1).unwrap()).unwrap();
    /// assert_eq!(tl.iter().count(), tl.len());
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Event> {
        self.events.iter()
    }

    /// Number of events.
    ///
    /// ```
    /// # let tl = conflict_timeline::Extractor::new().extract("Calm.", chrono::NaiveDate::from_ymd_opt(2025,1,1).unwrap()).unwrap();
    /// assert_eq!(tl.len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// True when there are no events.
    ///
    /// ```
    /// # let tl = conflict_timeline::Extractor::new().extract("Calm.", chrono::NaiveDate::from_ymd_opt(2025,1,1).unwrap()).unwrap();
    /// assert!(tl.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The events of one kind.
    ///
    /// ```
    /// use conflict_timeline::EventKind;
    /// # let tl = conflict_timeline::Extractor::new().extract("Calm.", chrono::NaiveDate::from_ymd_opt(2025,1,1).unwrap()).unwrap();
    /// assert_eq!(tl.of_kind(EventKind::Meeting).count(), 0);
    /// ```
    pub fn of_kind(&self, kind: EventKind) -> impl Iterator<Item = &Event> + '_ {
        self.events.iter().filter(move |e| e.kind == kind)
    }

    /// The dated events whose days overlap `from..=to`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let d = NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
    /// let tl = conflict_timeline::Extractor::new()
    ///     .extract("On Friday, a missile strike on Kryvyi Rih killed 19 people.", d).unwrap();
    /// assert_eq!(tl.between(d, d).count(), 0);
    /// assert_eq!(tl.between(NaiveDate::from_ymd_opt(2025, 4, 1).unwrap(), d).count(), 1);
    /// ```
    pub fn between(&self, from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = &Event> + '_ {
        self.events.iter().filter(move |e| {
            e.date
                .as_ref()
                .and_then(|d| Some((d.start?, d.end?)))
                .is_some_and(|(s, en)| s <= to && en >= from)
        })
    }

    /// The events at a place, by name (case-insensitive) or ISO country code.
    ///
    /// ```
    /// let d = chrono::NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
    /// let tl = conflict_timeline::Extractor::new()
    ///     .extract("On Sunday, Russian forces launched a missile strike on Kyiv.", d).unwrap();
    /// assert_eq!(tl.at_place("kyiv").count(), 1);
    /// assert_eq!(tl.at_place("UA").count(), 1);
    /// assert_eq!(tl.at_place("Gaza").count(), 0);
    /// ```
    pub fn at_place<'a>(&'a self, place: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        self.events.iter().filter(move |e| {
            e.locations.iter().any(|l| {
                l.name.eq_ignore_ascii_case(place)
                    || l.country
                        .as_deref()
                        .is_some_and(|c| c.eq_ignore_ascii_case(place))
            })
        })
    }
}

impl<'a> IntoIterator for &'a Timeline {
    type Item = &'a Event;
    type IntoIter = std::slice::Iter<'a, Event>;
    fn into_iter(self) -> Self::IntoIter {
        self.events.iter()
    }
}

/// Date order: by first day, then last day; undated last; ties keep their order. Renumbers.
pub(crate) fn sort_events(events: &mut [Event]) {
    events.sort_by_key(|e| {
        let start = e.date.as_ref().and_then(|d| d.start);
        let end = e.date.as_ref().and_then(|d| d.end);
        (start.is_none(), start, end)
    });
    for (i, e) in events.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
    }
}

impl Timeline {
    /// Merges the timelines of many documents into one: the same occurrence reported by
    /// several documents becomes one event carrying every source.
    ///
    /// ```
    /// # // filled in by the timeline layer
    /// ```
    pub fn merge(timelines: impl IntoIterator<Item = Timeline>) -> Timeline {
        let mut events = Vec::new();
        let mut published = None;
        for t in timelines {
            published = published.max(Some(t.published));
            events.extend(t.events);
        }
        Timeline::from_parts(None, published.unwrap_or_default(), events, Vec::new())
    }
}
