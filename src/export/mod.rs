//! Exports of a timeline to the formats analysts open: CSV (ACLED-like columns), GeoJSON,
//! Markdown, Mermaid, SVG and a plain-text table. JSON and JSON Lines are the serde form of
//! [`Timeline`] (the JSON contract); TimeML is [`crate::to_timeml`].

mod csv;
mod geojson;
mod markdown;
mod mermaid;
mod svg;
mod table;
mod write;

pub use csv::{CSV_HEADER, to_csv};
pub use geojson::to_geojson;
pub use markdown::to_markdown;
pub use mermaid::to_mermaid;
pub use svg::to_svg;
pub use table::to_table;

use crate::error::{Error, Result};
use crate::timeline::Timeline;

/// An export format of [`render`].
///
/// ```
/// use conflict_timeline::ExportFormat;
/// assert_eq!("csv".parse::<ExportFormat>().unwrap(), ExportFormat::Csv);
/// assert!("docx".parse::<ExportFormat>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExportFormat {
    /// Comma-separated values with ACLED-like columns, one row per event.
    Csv,
    /// A GeoJSON FeatureCollection of the events that have coordinates.
    GeoJson,
    /// A Markdown table.
    Markdown,
    /// A Mermaid `timeline` diagram.
    Mermaid,
    /// An SVG timeline chart.
    Svg,
    /// A plain-text table for terminals.
    Table,
}

impl ExportFormat {
    /// The accepted names, for messages.
    pub const NAMES: &'static str = "csv, geojson, markdown, mermaid, svg, table";
}

impl std::str::FromStr for ExportFormat {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(ExportFormat::Csv),
            "geojson" => Ok(ExportFormat::GeoJson),
            "markdown" | "md" => Ok(ExportFormat::Markdown),
            "mermaid" => Ok(ExportFormat::Mermaid),
            "svg" => Ok(ExportFormat::Svg),
            "table" => Ok(ExportFormat::Table),
            _ => Err(Error::UnknownFormat {
                name: s.to_string(),
                expected: ExportFormat::NAMES,
            }),
        }
    }
}

/// Renders a timeline in one of the export formats (the same as calling [`to_csv`],
/// [`to_geojson`], [`to_markdown`], [`to_mermaid`], [`to_svg`] or [`to_table`]).
///
/// ```
/// use conflict_timeline::{render, ExportFormat};
/// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../../tests/data/sample_timeline.json")).unwrap();
/// let csv = render(&tl, ExportFormat::Csv);
/// assert_eq!(csv, conflict_timeline::to_csv(&tl));
/// assert!(render(&tl, ExportFormat::Mermaid).starts_with("timeline\n"));
/// ```
pub fn render(timeline: &Timeline, format: ExportFormat) -> String {
    match format {
        ExportFormat::Csv => to_csv(timeline),
        ExportFormat::GeoJson => to_geojson(timeline),
        ExportFormat::Markdown => to_markdown(timeline),
        ExportFormat::Mermaid => to_mermaid(timeline),
        ExportFormat::Svg => to_svg(timeline),
        ExportFormat::Table => to_table(timeline),
    }
}
