//! `merge FILE...`: batch output files into one timeline.

use std::io::{self, BufRead, Cursor, Read, Write};
use std::path::{Path, PathBuf};

use conflict_timeline::Timeline;
use serde_json::Value;

use crate::fail::{Fail, Status, display_path, io_reason};
use crate::format::{OutFormat, print_timeline};
use crate::input;

/// Most problems reported one by one; the rest are only counted.
const MAX_REPORTED: u64 = 20;

/// What was read from the inputs.
#[derive(Debug, Default)]
struct Gathered {
    timelines: Vec<Timeline>,
    /// Error records of the batch output, skipped.
    error_records: u64,
    /// Lines or values that are neither a timeline nor an error record.
    unreadable: u64,
}

impl Gathered {
    fn take(&mut self, value: Value, whence: &str) {
        if value.get("error").is_some() {
            self.error_records += 1;
            return;
        }
        match serde_json::from_value::<Timeline>(value) {
            Ok(t) => self.timelines.push(t),
            Err(e) => self.problem(whence, &format!("not a timeline: {e}")),
        }
    }

    fn problem(&mut self, whence: &str, message: &str) {
        self.unreadable += 1;
        if self.unreadable <= MAX_REPORTED {
            let _ = writeln!(io::stderr(), "conflict-timeline: {whence}: {message}");
        }
    }
}

/// Reads every file, merges, writes.
pub fn run(files: &[PathBuf], format: Option<&str>) -> Result<Status, Fail> {
    let format = OutFormat::parse(format, false)?;
    let mut gathered = Gathered::default();
    for path in files {
        read_file(path, &mut gathered)?;
    }
    let count = gathered.timelines.len();
    let merged = Timeline::merge(std::mem::take(&mut gathered.timelines));
    let mut summary = format!(
        "conflict-timeline: merged {count} timelines from {} files into {} events",
        files.len(),
        merged.events.len()
    );
    if gathered.error_records > 0 {
        summary.push_str(&format!(
            "; skipped {} error records",
            gathered.error_records
        ));
    }
    if gathered.unreadable > 0 {
        summary.push_str(&format!("; {} unreadable records", gathered.unreadable));
    }
    let _ = writeln!(io::stderr(), "{summary}");
    print_timeline(&merged, format, None)?;
    Ok(if gathered.unreadable > 0 {
        Status::SomeFailed
    } else {
        Status::Success
    })
}

/// Reads one file: JSON Lines, or (when its first line is `{`) pretty-printed JSON values.
fn read_file(path: &Path, gathered: &mut Gathered) -> Result<(), Fail> {
    let name = display_path(path);
    let mut reader = input::open(path)?;
    let mut buf = Vec::new();
    let mut number: u64 = 0;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| Fail::msg(format!("cannot read {name}: {}", io_reason(&e))))?;
        if n == 0 {
            return Ok(());
        }
        number += 1;
        let whence = format!("{name}:{number}");
        let line = match std::str::from_utf8(&buf) {
            Ok(s) => s.trim(),
            Err(e) => {
                gathered.problem(
                    &whence,
                    &format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
                );
                continue;
            }
        };
        if line.is_empty() {
            continue;
        }
        if line == "{" && gathered.timelines.is_empty() && number == 1 {
            // `extract --format json` output: read the file as a stream of JSON values.
            let rest = Cursor::new(buf.clone()).chain(reader);
            return read_pretty(rest, &name, gathered);
        }
        match serde_json::from_str::<Value>(line) {
            Ok(v) => gathered.take(v, &whence),
            Err(e) => gathered.problem(&whence, &format!("malformed JSON: {e}")),
        }
    }
}

fn read_pretty(reader: impl Read, name: &str, gathered: &mut Gathered) -> Result<(), Fail> {
    let stream = serde_json::Deserializer::from_reader(reader).into_iter::<Value>();
    for (i, value) in stream.enumerate() {
        match value {
            Ok(v) => gathered.take(v, &format!("{name}: value {}", i + 1)),
            Err(e) if e.is_io() => {
                return Err(Fail::msg(format!("cannot read {name}: {e}")));
            }
            Err(e) => {
                gathered.problem(
                    name,
                    &format!("malformed JSON ({e}); the rest of the file is skipped"),
                );
                return Ok(());
            }
        }
    }
    Ok(())
}
