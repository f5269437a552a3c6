//! # conflict-timeline
//!
//! Reads English news about wars and turns it into a typed, dated timeline of events —
//! strikes, clashes, casualties, meetings and talks, ceasefires, agreements, statements,
//! military activity, protests — each with its date (a TIMEX3 value with precision and the
//! phrase that dated it), places, actors, weapons, casualty counts (low/high), source,
//! modality and the byte spans of its evidence.
//!
//! ```
//! use conflict_timeline::{Extractor, EventKind, Modality};
//! use chrono::NaiveDate;
//!
//! let extractor = Extractor::new(); // build once, share across threads
//! let published = NaiveDate::from_ymd_opt(2025, 4, 6).unwrap(); // a Sunday
//! let text = "On Sunday, Russian forces launched a ballistic missile strike on Kyiv. \
//!             One person was killed, and at least three others were injured. \
//!             An Iskander strike on Friday in Kryvyi Rih killed 19 people, including nine children.";
//! let timeline = extractor.extract(text, published).unwrap();
//!
//! let kryvyi_rih = &timeline.events[0];
//! assert_eq!(kryvyi_rih.kind, EventKind::Strike);
//! assert_eq!(kryvyi_rih.date.as_ref().unwrap().value, "2025-04-04");
//! assert_eq!(kryvyi_rih.casualties.killed.unwrap().low, Some(19));
//! assert_eq!(kryvyi_rih.casualties.children_killed.unwrap().low, Some(9));
//!
//! let kyiv = &timeline.events[1];
//! assert_eq!(kyiv.date.as_ref().unwrap().value, "2025-04-06");
//! assert_eq!(kyiv.modality, Modality::Asserted);
//! assert_eq!(kyiv.casualties.injured.unwrap().low, Some(3));
//! ```
//!
//! ## Stages
//!
//! `text` (sentences, byte spans) → `time` (TIMEX3 recognition and normalisation) → `event`
//! (triggers, arguments, dating, merging) → [`Timeline`] (sorted, queryable, serialisable).
//! Everything expensive (patterns, automata, lexicons, gazetteer) is compiled once per
//! process; extraction is a pure function of (text, publication date, options).
//!
//! ## Cargo features
//!
//! - `cli` (off by default): the `conflict-timeline` command line and the crates only it needs
//!   (clap, serde_json, rayon, indicatif). Library users do not pay for them.
#![doc = include_str!("../docs/time.md")]
#![doc = include_str!("../docs/events.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

mod error;
mod event;
mod export;
mod extract;
mod fnv;
mod local;
mod number;
mod places;
mod text;
mod time;
mod timeline;
mod timeml;

pub use error::{Error, Result};
pub use event::{
    Actor, ActorRole, ActorType, Basis, Casualties, Event, EventDate, EventKind, Location,
    Modality, PlacePrecision, SourceRef, Weapon,
};
pub use export::{CSV_HEADER, to_csv, to_geojson, to_markdown, to_mermaid, to_svg, to_table};
pub use export::{ExportFormat, render};
pub(crate) use extract::Options;
pub use extract::{Extractor, ExtractorBuilder, Published, WeekdayPolicy};
pub use number::Count;
pub use places::{
    Country, Place, PlaceKind, PlaceMatch, countries_in, find_places, find_places_in_doc,
    lookup_country, lookup_place,
};
pub use text::Span;
pub use time::{Grain, TimeExpr, TimexMod, TimexType};
pub use timeline::{Filter, Group, Period, Totals};
pub use timeline::{SCHEMA_VERSION, Timeline};
pub use timeml::{TimeMlDocument, TimeMlTimex, annotate_timeml, read_timeml, to_timeml};

/// The README's code blocks, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
