//! `extract FILE|- --published DATE`: one document.

use std::io::Write;
use std::path::{Path, PathBuf};

use conflict_timeline::{Extractor, Published};

use crate::fail::{Fail, Status, display_path};
use crate::format::{OutFormat, print_timeline};
use crate::input;

/// What `extract` needs for one document.
#[derive(Debug)]
pub struct Config {
    /// The file, `-` or nothing (standard input).
    pub input: Option<PathBuf>,
    /// The publication date as given.
    pub published: String,
    /// The output format name as given.
    pub format: Option<String>,
    /// The document id to write (default: the file stem).
    pub id: Option<String>,
    /// Replace invalid UTF-8 instead of refusing it.
    pub lossy: bool,
    /// Largest document accepted.
    pub max_bytes: usize,
}

/// Extracts and writes the timeline of one document.
pub fn run(extractor: &Extractor, config: &Config) -> Result<Status, Fail> {
    let format = OutFormat::parse(config.format.as_deref(), true)?;
    let published: Published = config
        .published
        .parse()
        .map_err(|e: conflict_timeline::Error| Fail::msg(format!("--published: {e}")))?;
    let path = config.input.as_deref().unwrap_or(Path::new("-"));
    if input::is_stdin(path)
        && config.input.is_none()
        && std::io::IsTerminal::is_terminal(&std::io::stdin())
    {
        let _ = writeln!(
            std::io::stderr(),
            "conflict-timeline: reading the document from standard input (end it with Ctrl-D)"
        );
    }
    let text = input::read_document(path, config.max_bytes, config.lossy)?;
    let id = config.id.clone().or_else(|| {
        (!input::is_stdin(path))
            .then(|| path.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .flatten()
    });
    let result = match &id {
        Some(id) => extractor.extract_document(id, &text, published),
        None => extractor.extract(&text, published),
    };
    let timeline = result.map_err(|e| Fail::msg(format!("{}: {e}", display_path(path))))?;
    print_timeline(&timeline, format, Some(&text))?;
    Ok(Status::Success)
}
