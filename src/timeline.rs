//! The timeline: events in date order, queries over them, grouping by day or week, casualty
//! totals, and the merge of many documents' timelines into one.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::event::{
    ActorRole, Basis, Casualties, Event, EventKind, Location, Modality, PlacePrecision, SourceRef,
};
use crate::number::Count;
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
/// use conflict_timeline::{EventKind, Timeline};
/// # let tl: Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
/// // `tl` holds the events of an article published on Sunday 2025-04-06.
/// let dates: Vec<_> = tl.iter().filter_map(|e| e.date.as_ref()?.start).collect();
/// assert!(dates.windows(2).all(|w| w[0] <= w[1]));
/// assert_eq!(tl.of_kind(EventKind::Strike).count(), 3);
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

    /// A timeline of events built elsewhere (another extractor, a database, a test): sorts
    /// them into date order (undated last, ties keep their order) and numbers them `e1`,
    /// `e2` ...
    ///
    /// ```
    /// use conflict_timeline::Timeline;
    /// # let sample: Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let mut events = sample.events.clone();
    /// events.reverse();
    /// let tl = Timeline::from_events(Some("copy".into()), sample.published, events);
    /// assert_eq!(tl.events[0].date, sample.events[0].date);
    /// assert_eq!(tl.events[0].id, "e1");
    /// ```
    pub fn from_events(id: Option<String>, published: NaiveDate, events: Vec<Event>) -> Self {
        Timeline::from_parts(id, published, events, Vec::new())
    }

    /// The events in date order (undated last).
    ///
    /// ```
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// assert_eq!(tl.iter().count(), tl.len());
    /// assert!(tl.iter().last().unwrap().date.is_none());
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Event> {
        self.events.iter()
    }

    /// Number of events.
    ///
    /// ```
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// assert_eq!(tl.len(), 8);
    /// ```
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// True when there are no events.
    ///
    /// ```
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// assert!(!tl.is_empty());
    /// assert!(conflict_timeline::Timeline::merge([]).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The events of one kind.
    ///
    /// ```
    /// use conflict_timeline::EventKind;
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// assert_eq!(tl.of_kind(EventKind::Meeting).count(), 2);
    /// assert_eq!(tl.of_kind(EventKind::Protest).count(), 0);
    /// ```
    pub fn of_kind(&self, kind: EventKind) -> impl Iterator<Item = &Event> + '_ {
        self.events.iter().filter(move |e| e.kind == kind)
    }

    /// The events presented with one modality (asserted, claimed, planned ...).
    ///
    /// ```
    /// use conflict_timeline::Modality;
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// assert_eq!(tl.with_modality(Modality::Planned).count(), 1);
    /// assert_eq!(tl.with_modality(Modality::Denied).count(), 0);
    /// ```
    pub fn with_modality(&self, modality: Modality) -> impl Iterator<Item = &Event> + '_ {
        self.events.iter().filter(move |e| e.modality == modality)
    }

    /// The dated events whose days overlap `from..=to` (vague and undated events never match).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let friday = NaiveDate::from_ymd_opt(2025, 4, 4).unwrap();
    /// // The Kryvyi Rih strike, and the meeting planned for that week.
    /// assert_eq!(tl.between(friday, friday).count(), 2);
    /// let may = NaiveDate::from_ymd_opt(2025, 5, 1).unwrap();
    /// assert_eq!(tl.between(may, may).count(), 0);
    /// ```
    pub fn between(&self, from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = &Event> + '_ {
        self.events
            .iter()
            .filter(move |e| overlaps_days(e, from, to))
    }

    /// The events at a place, by name (case-insensitive) or ISO country code.
    ///
    /// ```
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// assert_eq!(tl.at_place("kyiv").count(), 1);
    /// assert_eq!(tl.at_place("UA").count(), 4);
    /// assert_eq!(tl.at_place("Gaza").count(), 0);
    /// ```
    pub fn at_place<'a>(&'a self, place: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        self.events.iter().filter(move |e| at_place(e, place))
    }

    /// The events located in a country, by ISO 3166-1 alpha-2 code (case-insensitive).
    ///
    /// ```
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// assert_eq!(tl.in_country("us").count(), 1);
    /// assert_eq!(tl.in_country("Kyiv").count(), 0);
    /// ```
    pub fn in_country<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        self.events.iter().filter(move |e| in_country(e, code))
    }

    /// The events an actor takes part in, in any role, by canonical name (case-insensitive).
    ///
    /// ```
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// assert_eq!(tl.by_actor("russia").count(), 4);
    /// assert_eq!(tl.by_actor("Hamas").count(), 0);
    /// ```
    pub fn by_actor<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        self.events.iter().filter(move |e| by_actor(e, name))
    }

    /// The events that pass every condition of a [`Filter`], in date order.
    ///
    /// ```
    /// use conflict_timeline::{EventKind, Filter};
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let f = Filter::new().kind(EventKind::Strike).actor("Russia").place("Kyiv");
    /// assert_eq!(tl.select(&f).count(), 1);
    /// ```
    pub fn select<'a>(&'a self, filter: &'a Filter) -> impl Iterator<Item = &'a Event> + 'a {
        self.events.iter().filter(move |e| filter.matches(e))
    }

    /// A new timeline holding only the events that pass `filter` (ids and order kept).
    ///
    /// ```
    /// use conflict_timeline::{Filter, Modality};
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let asserted = tl.filtered(&Filter::new().modality(Modality::Asserted));
    /// assert_eq!(asserted.len(), 6);
    /// assert_eq!(asserted.published, tl.published);
    /// ```
    pub fn filtered(&self, filter: &Filter) -> Timeline {
        Timeline {
            schema: self.schema,
            id: self.id.clone(),
            published: self.published,
            events: self.select(filter).cloned().collect(),
            time_expressions: self.time_expressions.clone(),
        }
    }

    /// The events grouped by calendar day, in date order. An event belongs to the day its
    /// date covers when that date is exactly one day; events dated more coarsely (a week, a
    /// month, several days), vaguely or not at all are gathered in one last
    /// [`Period::Imprecise`] group.
    ///
    /// ```
    /// use conflict_timeline::Period;
    /// use chrono::NaiveDate;
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let days = tl.group_by_day();
    /// let periods: Vec<String> = days.iter().map(|g| g.period.to_string()).collect();
    /// assert_eq!(periods, ["2025-04-04", "2025-04-06", "imprecise"]);
    /// assert_eq!(days[1].events.len(), 3);
    /// ```
    pub fn group_by_day(&self) -> Vec<Group<'_>> {
        self.group_by(|s, e| (s == e).then_some(Period::Day(s)))
    }

    /// The events grouped by ISO week (Monday to Sunday), in date order. An event belongs to
    /// the week its date falls in when the whole date lies inside one week; others are in one
    /// last [`Period::Imprecise`] group.
    ///
    /// ```
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let weeks = tl.group_by_week();
    /// assert_eq!(weeks[0].period.to_string(), "2025-W14");
    /// assert_eq!(weeks[0].events.len(), 5);
    /// assert_eq!(weeks.len(), 2);
    /// ```
    pub fn group_by_week(&self) -> Vec<Group<'_>> {
        self.group_by(|s, e| {
            let monday = week_start(s)?;
            (week_start(e)? == monday).then_some(Period::Week(monday))
        })
    }

    fn group_by(&self, period: impl Fn(NaiveDate, NaiveDate) -> Option<Period>) -> Vec<Group<'_>> {
        let mut groups: BTreeMap<Period, Vec<&Event>> = BTreeMap::new();
        for e in &self.events {
            let p = date_range(e)
                .and_then(|(s, en)| period(s, en))
                .unwrap_or(Period::Imprecise);
            groups.entry(p).or_default().push(e);
        }
        groups
            .into_iter()
            .map(|(period, events)| Group { period, events })
            .collect()
    }

    /// Casualty totals over every event (see [`Totals`] for how bounds add up).
    ///
    /// ```
    /// use conflict_timeline::Count;
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let t = tl.totals();
    /// assert_eq!(t.killed, Some(Count::exact(20))); // 19 + 1 + 0
    /// assert_eq!(t.injured, Some(Count::at_least(27))); // "dozens" + "at least 3"
    /// ```
    pub fn totals(&self) -> Totals {
        let mut t = Totals::default();
        for e in &self.events {
            t.add(e);
        }
        t
    }

    /// Casualty totals per calendar day, over the events dated to exactly one day.
    ///
    /// ```
    /// use conflict_timeline::Count;
    /// use chrono::NaiveDate;
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let by_day = tl.totals_by_day();
    /// let sunday = &by_day[&NaiveDate::from_ymd_opt(2025, 4, 6).unwrap()];
    /// assert_eq!(sunday.events, 3);
    /// assert_eq!(sunday.killed, Some(Count::exact(1)));
    /// ```
    pub fn totals_by_day(&self) -> BTreeMap<NaiveDate, Totals> {
        let mut out: BTreeMap<NaiveDate, Totals> = BTreeMap::new();
        for e in &self.events {
            if let Some((s, en)) = date_range(e) {
                if s == en {
                    out.entry(s).or_default().add(e);
                }
            }
        }
        out
    }

    /// Casualty totals per place, keyed by the name of each event's first (main) location;
    /// events without a location are left out.
    ///
    /// ```
    /// use conflict_timeline::Count;
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let by_place = tl.totals_by_place();
    /// assert_eq!(by_place["Kryvyi Rih"].killed, Some(Count::exact(19)));
    /// assert_eq!(by_place["Sumy"].killed, None); // no figure reported
    /// assert!(!by_place.contains_key("Mykolaiv")); // not the main place of its event
    /// ```
    pub fn totals_by_place(&self) -> BTreeMap<String, Totals> {
        let mut out: BTreeMap<String, Totals> = BTreeMap::new();
        for e in &self.events {
            if let Some(l) = e.locations.first() {
                out.entry(l.name.clone()).or_default().add(e);
            }
        }
        out
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
    // Memory: a stable sort of the events themselves would take a buffer of half of them;
    // sort small keys (the position breaks ties, so the order is stable) and permute.
    let mut keys: Vec<_> = events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let start = e.date.as_ref().and_then(|d| d.start);
            let end = e.date.as_ref().and_then(|d| d.end);
            (start.is_none(), start, end, i)
        })
        .collect();
    keys.sort_unstable();
    // Position `to` takes the event at `keys[to].3`: follow each cycle of the permutation.
    let mut order: Vec<usize> = keys.into_iter().map(|k| k.3).collect();
    for start in 0..order.len() {
        let mut to = start;
        while let Some(&from) = order.get(to) {
            if from == start {
                if let Some(o) = order.get_mut(to) {
                    *o = to;
                }
                break;
            }
            events.swap(to, from);
            if let Some(o) = order.get_mut(to) {
                *o = to;
            }
            to = from;
        }
    }
    for (n, e) in (1u64..).zip(events.iter_mut()) {
        let mut id = crate::number::Ascii::new();
        id.str("e").number(n, 1);
        e.id = id.as_str().map_or_else(|| format!("e{n}"), str::to_owned);
    }
}

// ---------------------------------------------------------------------------------------
// Queries

/// A composable query over a timeline's events: every condition set must hold; conditions
/// of the same sort (two kinds, two modalities) are alternatives.
///
/// ```
/// use conflict_timeline::{EventKind, Filter, Modality};
/// use chrono::NaiveDate;
/// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
/// let april = Filter::new()
///     .kind(EventKind::Strike)
///     .kind(EventKind::Clash)
///     .modality(Modality::Asserted)
///     .country("UA")
///     .between(NaiveDate::from_ymd_opt(2025, 4, 1).unwrap(), NaiveDate::from_ymd_opt(2025, 4, 30).unwrap());
/// assert_eq!(tl.select(&april).count(), 3);
/// assert_eq!(tl.select(&april.clone().actor("Poland")).count(), 0);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    kinds: Vec<EventKind>,
    modalities: Vec<Modality>,
    range: Option<(NaiveDate, NaiveDate)>,
    places: Vec<String>,
    countries: Vec<String>,
    actors: Vec<String>,
}

impl Filter {
    /// A filter that lets every event through.
    ///
    /// ```
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// assert_eq!(tl.select(&conflict_timeline::Filter::new()).count(), tl.len());
    /// ```
    pub fn new() -> Self {
        Filter::default()
    }

    /// Keeps events of this kind (or of any other kind given).
    ///
    /// ```
    /// use conflict_timeline::{EventKind, Filter};
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let f = Filter::new().kind(EventKind::Meeting).kind(EventKind::Ceasefire);
    /// assert_eq!(tl.select(&f).count(), 3);
    /// ```
    pub fn kind(mut self, kind: EventKind) -> Self {
        self.kinds.push(kind);
        self
    }

    /// Keeps events with this modality (or any other modality given).
    ///
    /// ```
    /// use conflict_timeline::{Filter, Modality};
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let f = Filter::new().modality(Modality::Planned).modality(Modality::Proposed);
    /// assert_eq!(tl.select(&f).count(), 2);
    /// ```
    pub fn modality(mut self, modality: Modality) -> Self {
        self.modalities.push(modality);
        self
    }

    /// Keeps dated events whose days overlap `from..=to` (the bounds in either order).
    ///
    /// ```
    /// use conflict_timeline::Filter;
    /// use chrono::NaiveDate;
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let sunday = NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
    /// assert_eq!(tl.select(&Filter::new().between(sunday, sunday)).count(), 4);
    /// ```
    pub fn between(mut self, from: NaiveDate, to: NaiveDate) -> Self {
        self.range = Some((from.min(to), from.max(to)));
        self
    }

    /// Keeps events at this place, by name (case-insensitive) or ISO country code (or at any
    /// other place given).
    ///
    /// ```
    /// use conflict_timeline::Filter;
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// assert_eq!(tl.select(&Filter::new().place("Sumy").place("Kyiv")).count(), 2);
    /// ```
    pub fn place(mut self, place: &str) -> Self {
        self.places.push(place.trim().to_string());
        self
    }

    /// Keeps events located in this country, by ISO code (or in any other country given).
    ///
    /// ```
    /// use conflict_timeline::Filter;
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// assert_eq!(tl.select(&Filter::new().country("US").country("UA")).count(), 5);
    /// ```
    pub fn country(mut self, code: &str) -> Self {
        self.countries.push(code.trim().to_string());
        self
    }

    /// Keeps events this actor takes part in (or any other actor given), by name.
    ///
    /// ```
    /// use conflict_timeline::Filter;
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// assert_eq!(tl.select(&Filter::new().actor("Poland")).count(), 1);
    /// ```
    pub fn actor(mut self, name: &str) -> Self {
        self.actors.push(name.trim().to_string());
        self
    }

    /// True when `event` passes every condition.
    ///
    /// ```
    /// use conflict_timeline::{EventKind, Filter};
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let f = Filter::new().kind(EventKind::Statement);
    /// assert!(f.matches(&tl.events[6]));
    /// assert!(!f.matches(&tl.events[0]));
    /// ```
    pub fn matches(&self, event: &Event) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&event.kind))
            && (self.modalities.is_empty() || self.modalities.contains(&event.modality))
            && self
                .range
                .is_none_or(|(from, to)| overlaps_days(event, from, to))
            && (self.places.is_empty() || self.places.iter().any(|p| at_place(event, p)))
            && (self.countries.is_empty() || self.countries.iter().any(|c| in_country(event, c)))
            && (self.actors.is_empty() || self.actors.iter().any(|a| by_actor(event, a)))
    }
}

/// The first and last day an event's date covers, when it is anchored to the calendar.
fn date_range(e: &Event) -> Option<(NaiveDate, NaiveDate)> {
    let d = e.date.as_ref()?;
    Some((d.start?, d.end?))
}

fn overlaps_days(e: &Event, from: NaiveDate, to: NaiveDate) -> bool {
    date_range(e).is_some_and(|(s, en)| s <= to && en >= from)
}

fn at_place(e: &Event, place: &str) -> bool {
    e.locations
        .iter()
        .any(|l| l.name.eq_ignore_ascii_case(place) || country_is(l, place))
}

fn in_country(e: &Event, code: &str) -> bool {
    e.locations.iter().any(|l| country_is(l, code))
}

fn country_is(l: &Location, code: &str) -> bool {
    l.country
        .as_deref()
        .is_some_and(|c| c.eq_ignore_ascii_case(code))
}

fn by_actor(e: &Event, name: &str) -> bool {
    e.actors.iter().any(|a| a.name.eq_ignore_ascii_case(name))
}

fn week_start(d: NaiveDate) -> Option<NaiveDate> {
    d.checked_sub_days(chrono::Days::new(u64::from(
        d.weekday().num_days_from_monday(),
    )))
}

// ---------------------------------------------------------------------------------------
// Groups and totals

/// The period a [`Group`] covers.
///
/// ```
/// use conflict_timeline::Period;
/// use chrono::NaiveDate;
/// let monday = NaiveDate::from_ymd_opt(2025, 3, 31).unwrap();
/// assert_eq!(Period::Day(monday).to_string(), "2025-03-31");
/// assert_eq!(Period::Week(monday).to_string(), "2025-W14");
/// assert_eq!(Period::Imprecise.to_string(), "imprecise");
/// assert!(Period::Day(monday) < Period::Imprecise);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    /// One calendar day.
    Day(NaiveDate),
    /// One ISO week, given by its Monday.
    Week(NaiveDate),
    /// Events dated more coarsely than the grouping unit, vaguely, or not at all.
    Imprecise,
}

impl Period {
    /// The first day of the period (`None` for [`Period::Imprecise`]).
    ///
    /// ```
    /// use conflict_timeline::Period;
    /// let d = chrono::NaiveDate::from_ymd_opt(2025, 4, 4).unwrap();
    /// assert_eq!(Period::Day(d).first_day(), Some(d));
    /// assert_eq!(Period::Imprecise.first_day(), None);
    /// ```
    pub fn first_day(&self) -> Option<NaiveDate> {
        match self {
            Period::Day(d) | Period::Week(d) => Some(*d),
            Period::Imprecise => None,
        }
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Period::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            Period::Week(d) => {
                let w = d.iso_week();
                write!(f, "{}-W{:02}", w.year(), w.week())
            }
            Period::Imprecise => f.write_str("imprecise"),
        }
    }
}

/// The events of one period, in date order (see [`Timeline::group_by_day`]).
///
/// ```
/// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
/// let g = &tl.group_by_day()[0];
/// assert_eq!(g.period.to_string(), "2025-04-04");
/// assert_eq!(g.totals().killed.unwrap().low, Some(19));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Group<'a> {
    /// The period.
    pub period: Period,
    /// Its events, in date order.
    pub events: Vec<&'a Event>,
}

impl Group<'_> {
    /// Casualty totals over the group's events.
    ///
    /// ```
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let weeks = tl.group_by_week();
    /// assert_eq!(weeks[0].totals().events, 5);
    /// ```
    pub fn totals(&self) -> Totals {
        let mut t = Totals::default();
        for e in &self.events {
            t.add(e);
        }
        t
    }
}

/// Casualty totals over a set of events, with low and high bounds.
///
/// How bounds add up: only events that report a figure take part (an event with no killed
/// figure adds nothing to `killed`; a field stays `None` when no event reported it). The
/// total's `low` is the sum of the known low bounds ("nearly 3", with no low bound, adds
/// nothing to it); its `high` is the sum of the high bounds, and `None` (unbounded) as soon
/// as one reported figure has no high bound ("at least 3").
///
/// ```
/// use conflict_timeline::{Count, Totals};
/// let mut t = Totals::default();
/// t.add_counts(Some(Count::exact(19)), Some(Count::at_least(24)));
/// t.add_counts(Some(Count::at_most(2)), None);
/// assert_eq!(t.killed, Some(Count { low: Some(19), high: Some(21) }));
/// assert_eq!(t.injured, Some(Count::at_least(24)));
/// assert_eq!(t.events, 2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Totals {
    /// How many events were counted (with or without figures).
    pub events: usize,
    /// People killed, over the events that reported it.
    pub killed: Option<Count>,
    /// People injured, over the events that reported it.
    pub injured: Option<Count>,
}

impl Totals {
    /// Adds one event's killed and injured figures.
    ///
    /// ```
    /// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let mut t = conflict_timeline::Totals::default();
    /// t.add(&tl.events[1]);
    /// assert_eq!(t.killed.unwrap().low, Some(19));
    /// ```
    pub fn add(&mut self, event: &Event) {
        self.add_counts(event.casualties.killed, event.casualties.injured);
    }

    /// Adds one event's figures given as counts (`None`: not reported).
    ///
    /// ```
    /// use conflict_timeline::{Count, Totals};
    /// let mut t = Totals::default();
    /// t.add_counts(Some(Count::exact(1)), Some(Count::at_least(3)));
    /// t.add_counts(Some(Count::exact(2)), Some(Count::exact(4)));
    /// assert_eq!(t.killed, Some(Count::exact(3)));
    /// assert_eq!(t.injured, Some(Count::at_least(7)));
    /// ```
    pub fn add_counts(&mut self, killed: Option<Count>, injured: Option<Count>) {
        self.events = self.events.saturating_add(1);
        self.killed = add_count(self.killed, killed);
        self.injured = add_count(self.injured, injured);
    }
}

fn add_count(total: Option<Count>, c: Option<Count>) -> Option<Count> {
    let Some(c) = c else { return total };
    let Some(t) = total else { return Some(c) };
    let low = match (t.low, c.low) {
        (None, None) => None,
        (a, b) => Some(a.unwrap_or(0).saturating_add(b.unwrap_or(0))),
    };
    let high = match (t.high, c.high) {
        (Some(a), Some(b)) => Some(a.saturating_add(b)),
        _ => None,
    };
    Some(Count { low, high })
}

// ---------------------------------------------------------------------------------------
// Multi-document merge

impl Event {
    /// The range of casualty figures across the reports of a merged event: for each field,
    /// the lowest low bound to the highest high bound (`high` is `None` when any report left
    /// it open). For an event with no [`SourceRef`]s this is its own figures.
    ///
    /// ```
    /// use conflict_timeline::{Count, Timeline};
    /// # let tl: Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let strike = tl.events[1].clone(); // Kryvyi Rih, 19 killed
    /// let mut early = Timeline::from_events(Some("early".into()), chrono::NaiveDate::from_ymd_opt(2025, 4, 4).unwrap(), vec![strike.clone()]);
    /// early.events[0].casualties.killed = Some(Count::exact(16));
    /// let late = Timeline::from_events(Some("late".into()), tl.published, vec![strike]);
    /// let merged = Timeline::merge([early, late]);
    /// let e = &merged.events[0];
    /// assert_eq!(e.casualties.killed, Some(Count::exact(19)));
    /// assert_eq!(e.casualty_range().killed, Some(Count { low: Some(16), high: Some(19) }));
    /// ```
    pub fn casualty_range(&self) -> Casualties {
        if self.sources.is_empty() {
            return self.casualties;
        }
        let range = |get: fn(&Casualties) -> Option<Count>| -> Option<Count> {
            let counts: Vec<Count> = self
                .sources
                .iter()
                .filter_map(|s| get(&s.casualties))
                .collect();
            if counts.is_empty() {
                return None;
            }
            let low = counts.iter().filter_map(|c| c.low).min();
            let high = if counts.iter().all(|c| c.high.is_some()) {
                counts.iter().filter_map(|c| c.high).max()
            } else {
                None
            };
            Some(Count { low, high })
        };
        Casualties {
            killed: range(|c| c.killed),
            injured: range(|c| c.injured),
            missing: range(|c| c.missing),
            children_killed: range(|c| c.children_killed),
            civilians_killed: range(|c| c.civilians_killed),
        }
    }
}

impl Timeline {
    /// Merges the timelines of many documents into one: the same occurrence reported by
    /// several documents becomes one event carrying every report in [`Event::sources`].
    ///
    /// Two reports are taken for the same occurrence when all of these hold:
    /// - their kinds agree (the same kind; a `casualties` report joins a `strike` or a
    ///   `clash`; `ceasefire` and `agreement` go together);
    /// - both are dated to the calendar and their days overlap, both dates spanning at most a
    ///   week (coarser dates must be equal). Vague and undated events are never merged;
    /// - they share a place (a town when both name towns), or neither names a place and they
    ///   share an actor;
    /// - their details do not conflict: weapon classes (missile, drone, artillery, aircraft
    ///   ...) overlap when both name weapons, times of day overlap when both dates carry one,
    ///   initiators overlap when both name one, and they come from different documents
    ///   (events a document itself kept apart stay apart).
    ///
    /// The merged event takes the latest report's figures (by publication date, field by
    /// field: the latest report that gives a figure), its kind and modality, the most precise
    /// date, the union of places, actors and weapons; [`Event::casualty_range`] gives the
    /// range across reports. `mentions` are the latest report's; every report's spans are in
    /// `sources`. An event with no sources counts as one report by its timeline's document
    /// (`id`, or `docN` for the N-th timeline when it has none) and publication date.
    /// Output is deterministic; time expressions are dropped (their spans belong to
    /// different texts).
    ///
    /// ```
    /// use conflict_timeline::{Count, Timeline};
    /// use chrono::NaiveDate;
    /// # let sample: Timeline = serde_json::from_str(include_str!("../tests/data/sample_timeline.json")).unwrap();
    /// let strike = sample.events[1].clone(); // Kryvyi Rih, Friday 2025-04-04
    /// let report = |id: &str, day: u32, killed: u64| {
    ///     let mut e = strike.clone();
    ///     e.casualties.killed = Some(Count::exact(killed));
    ///     Timeline::from_events(Some(id.into()), NaiveDate::from_ymd_opt(2025, 4, day).unwrap(), vec![e])
    /// };
    /// let merged = Timeline::merge([report("c", 6, 19), report("a", 4, 16), report("b", 5, 18)]);
    /// assert_eq!(merged.len(), 1);
    /// let e = &merged.events[0];
    /// assert_eq!(e.casualties.killed, Some(Count::exact(19)));
    /// let docs: Vec<_> = e.sources.iter().map(|s| s.document.as_str()).collect();
    /// assert_eq!(docs, ["a", "b", "c"]);
    /// ```
    pub fn merge(timelines: impl IntoIterator<Item = Timeline>) -> Timeline {
        let mut pool: Vec<Event> = Vec::new();
        let mut published: Option<NaiveDate> = None;
        for (i, tl) in timelines.into_iter().enumerate() {
            published = published.max(Some(tl.published));
            let document = tl
                .id
                .clone()
                .unwrap_or_else(|| format!("doc{}", i.saturating_add(1)));
            for mut e in tl.events {
                if e.sources.is_empty() {
                    e.sources.push(SourceRef {
                        document: document.clone(),
                        published: tl.published,
                        mentions: e.mentions.clone(),
                        casualties: e.casualties,
                    });
                }
                pool.push(e);
            }
        }
        pool.sort_by_cached_key(order_key);

        let mut clusters: Vec<Vec<Event>> = Vec::new();
        let mut cluster_end: Vec<NaiveDate> = Vec::new();
        let mut index: BTreeMap<(u8, String), Vec<usize>> = BTreeMap::new();
        let mut loose: Vec<Event> = Vec::new();
        for e in pool {
            let Some((start, end)) = mergeable_range(&e) else {
                loose.push(e);
                continue;
            };
            let keys = index_keys(&e);
            let mut candidates = BTreeSet::new();
            for k in &keys {
                if let Some(list) = index.get_mut(k) {
                    // Events come in order of first day: clusters that end before this one
                    // starts can never match again.
                    list.retain(|&c| cluster_end.get(c).is_some_and(|&en| en >= start));
                    candidates.extend(list.iter().copied());
                }
            }
            let found = candidates.into_iter().find(|&c| {
                clusters
                    .get(c)
                    .is_some_and(|members| members.iter().all(|m| same_occurrence(m, &e)))
            });
            match found {
                Some(c) => {
                    if let (Some(members), Some(en)) = (clusters.get_mut(c), cluster_end.get_mut(c))
                    {
                        *en = (*en).max(end);
                        members.push(e);
                    }
                }
                None => {
                    let c = clusters.len();
                    clusters.push(vec![e]);
                    cluster_end.push(end);
                    for k in keys {
                        index.entry(k).or_default().push(c);
                    }
                }
            }
        }

        let mut events: Vec<Event> = clusters.into_iter().filter_map(combine).collect();
        events.extend(loose);
        events.sort_by_cached_key(order_key);
        Timeline::from_parts(None, published.unwrap_or_default(), events, Vec::new())
    }
}

/// A total order on events that does not depend on input order: date, kind, place, then the
/// earliest report.
fn order_key(e: &Event) -> impl Ord + use<> {
    let (start, end) = match date_range(e) {
        Some((s, en)) => (Some(s), Some(en)),
        None => (None, None),
    };
    let first = e.sources.first();
    (
        start.is_none(),
        start,
        end,
        e.kind,
        e.locations.first().map(|l| l.name.to_lowercase()),
        first.map(|s| (s.published, s.document.clone())),
        e.mentions.first().copied(),
        e.date.as_ref().map(|d| d.value.clone()),
    )
}

/// The days of an event that may be merged: dated to the calendar.
fn mergeable_range(e: &Event) -> Option<(NaiveDate, NaiveDate)> {
    date_range(e).filter(|(s, en)| s <= en)
}

fn width_days(s: NaiveDate, e: NaiveDate) -> i64 {
    e.signed_duration_since(s).num_days()
}

/// Kind families: kinds whose reports may describe the same occurrence.
fn family(kind: EventKind) -> u8 {
    match kind {
        EventKind::Strike | EventKind::Clash | EventKind::Casualties => 0,
        EventKind::Ceasefire | EventKind::Agreement => 1,
        EventKind::Meeting => 2,
        EventKind::Statement => 3,
        EventKind::MilitaryActivity => 4,
        EventKind::Protest => 5,
        EventKind::Other => 6,
    }
}

fn kinds_agree(a: EventKind, b: EventKind) -> bool {
    a == b
        || (family(a) == family(b) && (a == EventKind::Casualties || b == EventKind::Casualties))
        || (family(a) == 1 && family(b) == 1)
}

/// Index keys: the kind family with each place name, or with "" for placeless events.
fn index_keys(e: &Event) -> Vec<(u8, String)> {
    let f = family(e.kind);
    let mut keys: Vec<(u8, String)> = e
        .locations
        .iter()
        .map(|l| (f, l.name.to_lowercase()))
        .collect();
    if keys.is_empty() {
        keys.push((f, String::new()));
    }
    keys.sort();
    keys.dedup();
    keys
}

fn same_occurrence(a: &Event, b: &Event) -> bool {
    kinds_agree(a.kind, b.kind)
        && dates_agree(a, b)
        && places_agree(a, b)
        && weapons_agree(a, b)
        && times_of_day_agree(a, b)
        && initiators_agree(a, b)
        && documents_agree(a, b)
}

fn dates_agree(a: &Event, b: &Event) -> bool {
    let (Some((sa, ea)), Some((sb, eb))) = (mergeable_range(a), mergeable_range(b)) else {
        return false;
    };
    if width_days(sa, ea) <= 6 && width_days(sb, eb) <= 6 {
        sa <= eb && sb <= ea
    } else {
        sa == sb && ea == eb
    }
}

fn is_fine(l: &Location) -> bool {
    !matches!(
        l.precision,
        Some(PlacePrecision::Region) | Some(PlacePrecision::Country)
    )
}

fn places_agree(a: &Event, b: &Event) -> bool {
    if a.locations.is_empty() && b.locations.is_empty() {
        return a.actors.iter().any(|x| {
            b.actors
                .iter()
                .any(|y| x.name.eq_ignore_ascii_case(&y.name))
        });
    }
    let share = |fine_only: bool| {
        a.locations.iter().any(|x| {
            (!fine_only || is_fine(x))
                && b.locations
                    .iter()
                    .any(|y| (!fine_only || is_fine(y)) && x.name.eq_ignore_ascii_case(&y.name))
        })
    };
    let both_fine = a.locations.iter().any(is_fine) && b.locations.iter().any(is_fine);
    share(both_fine)
}

/// The classes of a weapon: what tells two attacks apart. A weapon may fall in two classes
/// ("rocket": missile and artillery); one in no class is a class of its own.
fn weapon_classes(kind: &str) -> Vec<String> {
    const CLASSES: [(&str, &[&str]); 6] = [
        ("drone", &["drone", "shahed", "uav", "geran", "quadcopter"]),
        (
            "missile",
            &[
                "missile",
                "iskander",
                "kinzhal",
                "kalibr",
                "rocket",
                "kh-",
                "tochka",
                "atacms",
                "storm shadow",
                "himars",
            ],
        ),
        (
            "artillery",
            &[
                "artillery",
                "shell",
                "mortar",
                "howitzer",
                "grad",
                "mlrs",
                "cannon",
                "rocket",
            ],
        ),
        (
            "air",
            &[
                "airstrike",
                "air strike",
                "air raid",
                "bomb",
                "jet",
                "aircraft",
                "warplane",
                "helicopter",
            ],
        ),
        (
            "ground",
            &[
                "tank",
                "armoured",
                "armored",
                "small arms",
                "gun",
                "rifle",
                "grenade",
            ],
        ),
        ("explosive", &["ied", "explosive", "landmine", "mine"]),
    ];
    let k = kind.to_lowercase();
    let classes: Vec<String> = CLASSES
        .iter()
        .filter(|(_, words)| words.iter().any(|w| k.contains(w)))
        .map(|(class, _)| (*class).to_string())
        .collect();
    if classes.is_empty() { vec![k] } else { classes }
}

fn weapons_agree(a: &Event, b: &Event) -> bool {
    if a.weapons.is_empty() || b.weapons.is_empty() {
        return true;
    }
    let ca: BTreeSet<String> = a
        .weapons
        .iter()
        .flat_map(|w| weapon_classes(&w.kind))
        .collect();
    b.weapons
        .iter()
        .flat_map(|w| weapon_classes(&w.kind))
        .any(|c| ca.contains(&c))
}

/// Hours of the day (as half-open ranges, possibly two for the night) a TIMEX3 value's time
/// part covers; `None` when the value has no time.
fn time_of_day(value: &str) -> Option<Vec<(u32, u32)>> {
    let (_, t) = value.split_once('T')?;
    let ranges = match t.get(..2)? {
        "MO" => vec![(5, 12)],
        "MI" => vec![(11, 13)],
        "AF" => vec![(12, 18)],
        "EV" => vec![(17, 23)],
        "NI" => vec![(21, 24), (0, 6)],
        "DT" => vec![(6, 18)],
        hh => {
            let h: u32 = hh.parse().ok()?;
            vec![(h.saturating_sub(2), h.saturating_add(3).min(24))]
        }
    };
    Some(ranges)
}

fn times_of_day_agree(a: &Event, b: &Event) -> bool {
    let tod = |e: &Event| e.date.as_ref().and_then(|d| time_of_day(&d.value));
    let (Some(ta), Some(tb)) = (tod(a), tod(b)) else {
        return true;
    };
    ta.iter().any(|x| tb.iter().any(|y| x.0 < y.1 && y.0 < x.1))
}

fn initiators_agree(a: &Event, b: &Event) -> bool {
    let init = |e: &Event| -> Vec<String> {
        e.actors
            .iter()
            .filter(|x| x.role == ActorRole::Initiator)
            .map(|x| x.name.to_lowercase())
            .collect()
    };
    let (ia, ib) = (init(a), init(b));
    ia.is_empty() || ib.is_empty() || ia.iter().any(|x| ib.contains(x))
}

/// Reports from the same document merge only when they are the same report (same spans).
fn documents_agree(a: &Event, b: &Event) -> bool {
    a.sources.iter().all(|x| {
        b.sources
            .iter()
            .all(|y| x.document != y.document || x.mentions == y.mentions)
    })
}

/// True when weapon kind `specific` names `general` more precisely: "ballistic missile"
/// refines "missile".
fn refines(specific: &str, general: &str) -> bool {
    specific.len() > general.len()
        && specific
            .to_lowercase()
            .ends_with(&format!(" {}", general.to_lowercase()))
}

fn latest_report(e: &Event) -> Option<(NaiveDate, &str)> {
    e.sources
        .iter()
        .map(|s| (s.published, s.document.as_str()))
        .max()
}

fn basis_rank(b: Basis) -> u8 {
    match b {
        Basis::Expression => 0,
        Basis::Context => 1,
        Basis::Publication => 2,
    }
}

/// One event from the reports of one occurrence.
fn combine(mut members: Vec<Event>) -> Option<Event> {
    // Oldest report first, latest last.
    members.sort_by(|a, b| latest_report(a).cmp(&latest_report(b)));
    let latest = members.last()?;

    let kind = if latest.kind == EventKind::Casualties {
        members
            .iter()
            .rev()
            .map(|m| m.kind)
            .find(|k| matches!(k, EventKind::Strike | EventKind::Clash))
            .unwrap_or(latest.kind)
    } else {
        latest.kind
    };
    let sub_kind = members
        .iter()
        .rev()
        .filter(|m| m.kind == kind)
        .find_map(|m| m.sub_kind.clone());
    let date = members
        .iter()
        .rev()
        .filter_map(|m| m.date.as_ref())
        .min_by_key(|d| {
            let width = match (d.start, d.end) {
                (Some(s), Some(e)) => width_days(s, e),
                _ => i64::MAX,
            };
            (width, basis_rank(d.basis))
        })
        .cloned();

    let mut locations: Vec<Location> = Vec::new();
    let mut actors = Vec::new();
    // Weapons with the report they came from: one report's "missile" and another's
    // "ballistic missile" are the same weapon, told more or less precisely.
    let mut weapons: Vec<(usize, crate::event::Weapon)> = Vec::new();
    for (mi, m) in members.iter().rev().enumerate() {
        for l in &m.locations {
            if !locations
                .iter()
                .any(|x| x.name.eq_ignore_ascii_case(&l.name))
            {
                locations.push(l.clone());
            }
        }
        for a in &m.actors {
            if !actors.iter().any(|x: &crate::event::Actor| {
                x.name.eq_ignore_ascii_case(&a.name) && x.role == a.role
            }) {
                actors.push(a.clone());
            }
        }
        for w in &m.weapons {
            let same = |x: &(usize, crate::event::Weapon)| {
                x.1.kind.eq_ignore_ascii_case(&w.kind)
                    || (x.0 != mi
                        && (refines(&x.1.kind, &w.kind) || refines(&w.kind, &x.1.kind))
                        && match (&x.1.model, &w.model) {
                            (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
                            _ => true,
                        })
            };
            match weapons.iter_mut().find(|x| same(x)) {
                Some((_, x)) => {
                    if refines(&w.kind, &x.kind) {
                        x.kind.clone_from(&w.kind);
                    }
                    x.count = x.count.or(w.count);
                    x.intercepted = x.intercepted.or(w.intercepted);
                    if x.model.is_none() {
                        x.model.clone_from(&w.model);
                    }
                }
                None => weapons.push((mi, w.clone())),
            }
        }
    }
    let weapons: Vec<crate::event::Weapon> = weapons.into_iter().map(|(_, w)| w).collect();
    locations.sort_by_key(|l| u8::from(!is_fine(l)));

    let mut sources: Vec<SourceRef> = members.iter().flat_map(|m| m.sources.clone()).collect();
    sources.sort_by(|a, b| {
        (a.published, &a.document, &a.mentions).cmp(&(b.published, &b.document, &b.mentions))
    });
    sources.dedup();
    let latest_field = |get: fn(&Casualties) -> Option<Count>| {
        sources.iter().rev().find_map(|s| get(&s.casualties))
    };
    let casualties = Casualties {
        killed: latest_field(|c| c.killed),
        injured: latest_field(|c| c.injured),
        missing: latest_field(|c| c.missing),
        children_killed: latest_field(|c| c.children_killed),
        civilians_killed: latest_field(|c| c.civilians_killed),
    };

    // Start from the latest report, so that any field not merged here is the latest's.
    let mut merged = latest.clone();
    merged.id = String::new();
    merged.kind = kind;
    merged.sub_kind = sub_kind;
    merged.date = date;
    merged.locations = locations;
    merged.actors = actors;
    merged.casualties = casualties;
    merged.weapons = weapons;
    merged.source = members.iter().rev().find_map(|m| m.source.clone());
    merged.mentions = sources
        .last()
        .map(|s| s.mentions.clone())
        .unwrap_or_default();
    merged.sources = sources;
    Some(merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_of_day() {
        assert_eq!(time_of_day("2025-04-04"), None);
        assert_eq!(time_of_day("2025-04-04TMO"), Some(vec![(5, 12)]));
        assert_eq!(time_of_day("2025-04-04T15:00"), Some(vec![(13, 18)]));
        assert_eq!(time_of_day("2025-04-04Tx"), None);
    }

    #[test]
    fn classes_of_weapons() {
        let c = |k: &str| weapon_classes(k).join("+");
        assert_eq!(c("Iskander"), "missile");
        assert_eq!(c("ballistic missile"), "missile");
        assert_eq!(c("Shahed drones"), "drone");
        assert_eq!(c("glide bomb"), "air");
        assert_eq!(c("airstrike"), "air");
        assert_eq!(c("rocket"), "missile+artillery");
        assert_eq!(c("MLRS"), "artillery");
        assert_eq!(c("IED"), "explosive");
        assert_eq!(c("armoured vehicle"), "ground");
        assert_eq!(c("catapult"), "catapult");
    }

    #[test]
    fn count_sums() {
        let t = add_count(Some(Count::exact(2)), Some(Count::at_most(3)));
        assert_eq!(
            t,
            Some(Count {
                low: Some(2),
                high: Some(5)
            })
        );
        let t = add_count(Some(Count::at_most(1)), Some(Count::at_most(3)));
        assert_eq!(
            t,
            Some(Count {
                low: None,
                high: Some(4)
            })
        );
        assert_eq!(add_count(None, None), None);
    }
}
