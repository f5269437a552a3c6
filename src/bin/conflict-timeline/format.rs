//! Output formats: the JSON contract (pretty or one line), TimeML, and the library's exports.

use std::io::Write;

use conflict_timeline::{Error, ExportFormat, Timeline, render};

use crate::fail::Fail;

/// What a command can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutFormat {
    /// The JSON contract, pretty-printed.
    Json,
    /// The JSON contract on one line.
    Jsonl,
    /// The input text with TIMEX3 tags (one document only).
    TimeMl,
    /// One of the library's exports.
    Export(ExportFormat),
}

/// The formats of `extract`.
pub const EXTRACT_FORMATS: &str =
    "json, jsonl, table, csv, geojson, markdown, mermaid, svg, timeml";
/// The formats of `merge`.
pub const MERGE_FORMATS: &str = "json, jsonl, table, csv, geojson, markdown, mermaid, svg";

impl OutFormat {
    /// Parses a format name; `timeml` only when `allow_timeml`. `None` is json.
    pub fn parse(name: Option<&str>, allow_timeml: bool) -> Result<Self, Fail> {
        let Some(name) = name else {
            return Ok(OutFormat::Json);
        };
        let expected = if allow_timeml {
            EXTRACT_FORMATS
        } else {
            MERGE_FORMATS
        };
        let unknown = || {
            Fail::msg(
                Error::UnknownFormat {
                    name: name.to_string(),
                    expected,
                }
                .to_string(),
            )
        };
        match name.trim().to_ascii_lowercase().as_str() {
            "json" => Ok(OutFormat::Json),
            "jsonl" | "ndjson" => Ok(OutFormat::Jsonl),
            "timeml" | "tml" if allow_timeml => Ok(OutFormat::TimeMl),
            "timeml" | "tml" => Err(unknown()),
            _ => name
                .parse::<ExportFormat>()
                .map(OutFormat::Export)
                .map_err(|_| unknown()),
        }
    }
}

/// Writes a timeline to standard output; `text` is the document (for TimeML). Ends with a
/// newline. JSON is streamed (never held whole in memory: a 10 MB document's JSON is several
/// times its size); the other formats are rendered first.
pub fn print_timeline(
    timeline: &Timeline,
    format: OutFormat,
    text: Option<&str>,
) -> Result<(), Fail> {
    let stdout = std::io::stdout().lock();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout);
    let json_error = |e: serde_json::Error| match e.io_error_kind() {
        Some(kind) => Fail::write(&std::io::Error::from(kind)),
        None => Fail::msg(format!("cannot write JSON: {e}")),
    };
    let rendered = match format {
        OutFormat::Json => {
            serde_json::to_writer_pretty(&mut out, timeline).map_err(json_error)?;
            String::new()
        }
        OutFormat::Jsonl => {
            serde_json::to_writer(&mut out, timeline).map_err(json_error)?;
            String::new()
        }
        OutFormat::TimeMl => conflict_timeline::to_timeml(text.unwrap_or_default(), timeline),
        OutFormat::Export(f) => render(timeline, f),
    };
    let newline = if matches!(format, OutFormat::Json | OutFormat::Jsonl)
        || (!rendered.is_empty() && !rendered.ends_with('\n'))
    {
        "\n"
    } else {
        ""
    };
    out.write_all(rendered.as_bytes())
        .and_then(|()| out.write_all(newline.as_bytes()))
        .and_then(|()| out.flush())
        .map_err(|e| Fail::write(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(OutFormat::parse(None, true).ok(), Some(OutFormat::Json));
        assert_eq!(
            OutFormat::parse(Some("CSV"), true).ok(),
            Some(OutFormat::Export(ExportFormat::Csv))
        );
        assert_eq!(
            OutFormat::parse(Some("timeml"), true).ok(),
            Some(OutFormat::TimeMl)
        );
        assert!(OutFormat::parse(Some("timeml"), false).is_err());
        assert!(OutFormat::parse(Some("docx"), true).is_err());
        assert!(OutFormat::parse(Some(""), true).is_err());
    }
}
