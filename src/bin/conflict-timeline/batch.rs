//! `extract --jsonl`: a streaming, parallel, order-keeping batch over JSON Lines.
//!
//! Three stages connected by bounded channels, so memory does not grow with the input:
//! a reader thread cuts the input into chunks of at most [`CHUNK_LINES`] lines or
//! [`CHUNK_BYTES`] bytes; the calling thread extracts each chunk in parallel on a rayon pool
//! (one shared [`Extractor`]) and collects the results in input order; a writer thread writes
//! them. At most about four chunks are alive at once.
//!
//! Every input line gets exactly one output line: the timeline, or an error record
//! `{"id": ..., "error": "...", "line": N}` (N counts from 1). Blank lines are error records
//! too, so nothing is dropped silently. A line longer than six times `--max-bytes` (plus 1 MiB)
//! cannot hold a document within the limit even fully escaped: it is skipped without being
//! kept in memory and gets an error record.

use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread;
use std::time::{Duration, Instant};

use conflict_timeline::{Error, Extractor, Published};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::fail::{Fail, Status, display_path, io_reason};
use crate::input;

/// Most lines in one chunk.
pub const CHUNK_LINES: usize = 1024;
/// Most bytes in one chunk (a single longer line makes a chunk of its own).
pub const CHUNK_BYTES: usize = 8 << 20;

/// What the batch needs.
#[derive(Debug)]
pub struct Config {
    /// The JSON Lines file; standard input for `-` or nothing.
    pub input: Option<PathBuf>,
    /// Worker threads (default, or 0: every core).
    pub threads: Option<usize>,
    /// Replace invalid UTF-8 instead of refusing the line.
    pub lossy: bool,
    /// Largest document accepted, in bytes.
    pub max_bytes: usize,
    /// No progress bar and no summary.
    pub quiet: bool,
}

/// One input line inside a chunk.
#[derive(Debug)]
struct Line {
    /// Its bytes in the chunk's buffer, without the line end.
    start: usize,
    end: usize,
    /// Line number, from 1.
    number: u64,
    /// Byte offset in the input of the line's first kept byte.
    offset: u64,
    /// The line's length when it was too long to keep (its bytes were not kept).
    overlong: Option<u64>,
}

/// Consecutive input lines.
#[derive(Debug, Default)]
struct Chunk {
    data: Vec<u8>,
    lines: Vec<Line>,
    /// Input bytes the chunk covers (line ends included).
    input_bytes: u64,
}

/// The result of one line.
#[derive(Debug)]
struct Outcome {
    json: String,
    events: usize,
    failed: bool,
}

/// A batch input record; every field optional so that a missing one is reported by name and
/// the id can still be echoed.
#[derive(Debug, Deserialize)]
struct InputRecord {
    #[serde(default)]
    id: Option<IdField>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

/// A document id: a string, or a number (written back as a string).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum IdField {
    Text(String),
    Number(serde_json::Number),
}

impl IdField {
    fn into_string(self) -> String {
        match self {
            IdField::Text(s) => s,
            IdField::Number(n) => n.to_string(),
        }
    }
}

/// An error record of the batch output.
#[derive(Debug, Serialize)]
struct ErrorRecord<'a> {
    id: Option<&'a str>,
    error: &'a str,
    line: u64,
}

/// Running totals.
#[derive(Debug, Default, Clone, Copy)]
struct Totals {
    documents: u64,
    events: u64,
    errors: u64,
    bytes: u64,
}

/// Runs the batch.
pub fn run(extractor: &Extractor, config: &Config) -> Result<Status, Fail> {
    let path = config.input.clone().unwrap_or_else(|| PathBuf::from("-"));
    let reader = input::open(&path)?;
    if input::is_stdin(&path) && io::stdin().is_terminal() {
        let _ = writeln!(
            io::stderr(),
            "conflict-timeline: reading JSON Lines from standard input (end with Ctrl-D)"
        );
    }
    let total_size = (!input::is_stdin(&path))
        .then(|| std::fs::metadata(&path).ok().map(|m| m.len()))
        .flatten();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(config.threads.unwrap_or(0))
        .thread_name(|i| format!("extract-{i}"))
        .build()
        .map_err(|e| Fail::msg(format!("cannot start worker threads: {e}")))?;
    let line_cap = config.max_bytes.saturating_mul(6).saturating_add(1 << 20);

    let started = Instant::now();
    let progress = (!config.quiet && io::stderr().is_terminal()).then(|| progress_bar(total_size));

    let (chunk_tx, chunk_rx) = sync_channel::<io::Result<Chunk>>(1);
    // The reader is not joined: on an early end it may be blocked reading, and it stops by
    // itself when the channel closes.
    let _reader = thread::Builder::new()
        .name("read".into())
        .spawn(move || read_chunks(reader, line_cap, &chunk_tx))
        .map_err(|e| Fail::msg(format!("cannot start the reader thread: {e}")))?;
    let (out_tx, out_rx) = sync_channel::<Vec<Outcome>>(1);
    let writer = thread::Builder::new()
        .name("write".into())
        .spawn(move || write_outcomes(&out_rx))
        .map_err(|e| Fail::msg(format!("cannot start the writer thread: {e}")))?;

    let mut totals = Totals::default();
    let mut read_error = None;
    for message in chunk_rx {
        let chunk = match message {
            Ok(chunk) => chunk,
            Err(e) => {
                read_error = Some(e);
                break;
            }
        };
        let outcomes: Vec<Outcome> = pool.install(|| {
            chunk
                .lines
                .par_iter()
                .map(|line| process_line(extractor, &chunk, line, config))
                .collect()
        });
        totals.documents += outcomes.len() as u64;
        totals.events += outcomes.iter().map(|o| o.events as u64).sum::<u64>();
        totals.errors += outcomes.iter().filter(|o| o.failed).count() as u64;
        totals.bytes += chunk.input_bytes;
        if let Some(pb) = &progress {
            update_progress(pb, &totals, started.elapsed());
        }
        if out_tx.send(outcomes).is_err() {
            break; // the writer stopped: its error is reported below
        }
    }
    drop(out_tx);
    let written = writer
        .join()
        .unwrap_or_else(|_| Err(io::Error::other("the writer thread failed")));
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    written.map_err(|e| Fail::write(&e))?;
    if let Some(e) = read_error {
        return Err(Fail::msg(format!(
            "cannot read {} after {} lines: {}",
            display_path(&path),
            totals.documents,
            io_reason(&e)
        )));
    }
    if !config.quiet {
        let secs = started.elapsed().as_secs_f64();
        let _ = writeln!(
            io::stderr(),
            "conflict-timeline: {} documents, {} events, {} errors in {:.2} s ({:.1} MB/s, {:.0} documents/s)",
            totals.documents,
            totals.events,
            totals.errors,
            secs,
            totals.bytes as f64 / 1e6 / secs.max(1e-9),
            totals.documents as f64 / secs.max(1e-9),
        );
    }
    Ok(if totals.errors > 0 {
        Status::SomeFailed
    } else {
        Status::Success
    })
}

fn progress_bar(total: Option<u64>) -> ProgressBar {
    let (pb, template) = match total {
        Some(n) => (
            ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
            "{spinner} {elapsed_precise} [{bar:20}] {percent:>3}% {wide_msg}",
        ),
        None => (
            ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
            "{spinner} {elapsed_precise} {bytes} {wide_msg}",
        ),
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        pb.set_style(style.progress_chars("=> "));
    }
    pb.enable_steady_tick(Duration::from_millis(200));
    pb
}

fn update_progress(pb: &ProgressBar, totals: &Totals, elapsed: Duration) {
    let secs = elapsed.as_secs_f64().max(1e-9);
    pb.set_position(totals.bytes);
    pb.set_message(format!(
        "{} docs, {:.0} docs/s, {:.1} MB/s, {} events, {} errors",
        totals.documents,
        totals.documents as f64 / secs,
        totals.bytes as f64 / 1e6 / secs,
        totals.events,
        totals.errors
    ));
}

/// Reads chunks until the end of the input, an error, or a closed channel.
fn read_chunks(
    mut reader: Box<dyn BufRead + Send>,
    line_cap: usize,
    tx: &SyncSender<io::Result<Chunk>>,
) {
    let mut number: u64 = 0;
    let mut offset: u64 = 0;
    loop {
        let mut chunk = Chunk::default();
        let mut at_end = false;
        while chunk.lines.len() < CHUNK_LINES && chunk.data.len() < CHUNK_BYTES {
            let start = chunk.data.len();
            match read_line(&mut reader, &mut chunk.data, line_cap) {
                Ok(None) => {
                    at_end = true;
                    break;
                }
                Ok(Some(read)) => {
                    number += 1;
                    let mut line = Line {
                        start,
                        end: chunk.data.len(),
                        number,
                        offset,
                        overlong: None,
                    };
                    if read.content_len > line_cap as u64 {
                        line.overlong = Some(read.content_len);
                    } else if number == 1
                        && chunk.data.get(start..start + 3) == Some(b"\xEF\xBB\xBF".as_slice())
                    {
                        // a byte order mark is not part of the record
                        line.start += 3;
                        line.offset += 3;
                    }
                    offset += read.consumed;
                    chunk.input_bytes += read.consumed;
                    chunk.lines.push(line);
                }
                Err(e) => {
                    if !chunk.lines.is_empty() && tx.send(Ok(chunk)).is_err() {
                        return;
                    }
                    let _ = tx.send(Err(e));
                    return;
                }
            }
        }
        if !chunk.lines.is_empty() && tx.send(Ok(chunk)).is_err() {
            return;
        }
        if at_end {
            return;
        }
    }
}

/// What [`read_line`] read.
struct LineRead {
    /// Bytes consumed from the input, the line end included.
    consumed: u64,
    /// Length of the line without its line end.
    content_len: u64,
}

/// Appends the next line (without `\n` or `\r\n`) to `buf`; a line longer than `cap` bytes is
/// consumed but not kept (its length tells). `None` at the end of the input.
fn read_line(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    cap: usize,
) -> io::Result<Option<LineRead>> {
    let start = buf.len();
    let mut consumed: u64 = 0;
    let mut content_len: u64 = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        let newline = available.iter().position(|&b| b == b'\n');
        let content = match newline {
            Some(i) => available.get(..i).unwrap_or_default(),
            None => available,
        };
        content_len += content.len() as u64;
        if content_len <= cap as u64 {
            buf.extend_from_slice(content);
        } else {
            // too long for any document within the limit: keep none of it
            buf.truncate(start);
        }
        let used = newline.map_or(available.len(), |i| i + 1);
        consumed += used as u64;
        reader.consume(used);
        if newline.is_some() {
            break;
        }
    }
    if consumed == 0 {
        return Ok(None);
    }
    if content_len <= cap as u64 && buf.len() > start && buf.last() == Some(&b'\r') {
        buf.pop();
        content_len = content_len.saturating_sub(1);
    }
    Ok(Some(LineRead {
        consumed,
        content_len,
    }))
}

/// Writes each outcome as one line; stops at the first error.
fn write_outcomes(rx: &Receiver<Vec<Outcome>>) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    for outcomes in rx {
        for o in outcomes {
            out.write_all(o.json.as_bytes())?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
    }
    out.flush()
}

/// Extracts one line's document, or describes why it cannot be.
fn process_line(extractor: &Extractor, chunk: &Chunk, line: &Line, config: &Config) -> Outcome {
    let mut id = None;
    match extract_line(extractor, chunk, line, config, &mut id) {
        Ok(outcome) => outcome,
        Err(message) => error_outcome(id.as_deref(), &message, line.number),
    }
}

fn extract_line(
    extractor: &Extractor,
    chunk: &Chunk,
    line: &Line,
    config: &Config,
    id_out: &mut Option<String>,
) -> Result<Outcome, String> {
    if let Some(len) = line.overlong {
        return Err(format!(
            "line is {len} bytes, too long to hold a document within the limit of {} bytes (--max-bytes)",
            config.max_bytes
        ));
    }
    let bytes = chunk.data.get(line.start..line.end).unwrap_or_default();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("blank line (expected a JSON object with id, published and text)".into());
    }
    let record: InputRecord = if config.lossy {
        let text = String::from_utf8_lossy(bytes);
        serde_json::from_str(&text).map_err(json_error)?
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => serde_json::from_str(text).map_err(json_error)?,
            Err(e) => {
                // Still echo the id when the rest of the line can be read.
                *id_out = serde_json::from_str::<InputRecord>(&String::from_utf8_lossy(bytes))
                    .ok()
                    .and_then(|r| r.id)
                    .map(IdField::into_string);
                return Err(format!(
                    "invalid UTF-8 at byte offset {} of the input (use --lossy to replace bad bytes)",
                    line.offset + e.valid_up_to() as u64
                ));
            }
        }
    };
    let id = record.id.map(IdField::into_string);
    *id_out = id.clone();
    let id = id.ok_or_else(|| missing("id"))?;
    let published = record.published.ok_or_else(|| missing("published"))?;
    let text = record.text.ok_or_else(|| missing("text"))?;
    let published: Published = published.parse().map_err(|e: Error| e.to_string())?;
    let result = catch_unwind(AssertUnwindSafe(|| {
        extractor.extract_document(&id, &text, published)
    }));
    let timeline = match result {
        Ok(Ok(t)) => t,
        Ok(Err(e @ Error::TooLarge { .. })) => return Err(format!("{e} (--max-bytes)")),
        Ok(Err(e)) => return Err(e.to_string()),
        Err(_) => {
            return Err(
                "internal error: the extractor panicked on this document (please report it)".into(),
            );
        }
    };
    let json = serde_json::to_string(&timeline).map_err(|e| format!("cannot write JSON: {e}"))?;
    Ok(Outcome {
        json,
        events: timeline.events.len(),
        failed: false,
    })
}

fn missing(field: &str) -> String {
    Error::InvalidRecord {
        reason: format!("missing field \"{field}\" (expected id, published and text)"),
    }
    .to_string()
}

/// A JSON error in words, at its column (the line number is the record's own).
fn json_error(e: serde_json::Error) -> String {
    use serde_json::error::Category;
    let full = e.to_string();
    let message = full
        .rfind(" at line ")
        .and_then(|i| full.get(..i))
        .unwrap_or(&full);
    match e.classify() {
        Category::Syntax | Category::Eof => {
            format!("malformed JSON at column {}: {message}", e.column())
        }
        Category::Data | Category::Io => Error::InvalidRecord {
            reason: message.to_string(),
        }
        .to_string(),
    }
}

fn error_outcome(id: Option<&str>, message: &str, line: u64) -> Outcome {
    let record = ErrorRecord {
        id,
        error: message,
        line,
    };
    let json = serde_json::to_string(&record).unwrap_or_else(|_| {
        format!("{{\"id\":null,\"error\":\"unprintable error\",\"line\":{line}}}")
    });
    Outcome {
        json,
        events: 0,
        failed: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], cap: usize) -> Vec<(Vec<u8>, u64, u64)> {
        let mut reader: &[u8] = input;
        let mut out = Vec::new();
        loop {
            let mut buf = Vec::new();
            match read_line(&mut reader, &mut buf, cap) {
                Ok(Some(r)) => out.push((buf, r.consumed, r.content_len)),
                Ok(None) => return out,
                Err(_) => return out,
            }
        }
    }

    #[test]
    fn line_reading() {
        let got = lines(b"ab\ncd\r\n\nlast", 100);
        assert_eq!(
            got,
            vec![
                (b"ab".to_vec(), 3, 2),
                (b"cd".to_vec(), 4, 2),
                (b"".to_vec(), 1, 0),
                (b"last".to_vec(), 4, 4)
            ]
        );
        assert!(lines(b"", 100).is_empty());
        let got = lines(b"abcdefgh\nx\nabc\r\n", 4);
        assert_eq!(
            got,
            vec![
                (b"".to_vec(), 9, 8),
                (b"x".to_vec(), 2, 1),
                (b"abc".to_vec(), 5, 3)
            ]
        );
    }

    #[test]
    fn json_errors_name_the_column() {
        let e = serde_json::from_str::<InputRecord>("not json").err();
        let msg = e.map(json_error).unwrap_or_default();
        assert!(msg.starts_with("malformed JSON at column"), "{msg}");
        assert!(!msg.contains("line"), "{msg}");
    }
}
