//! `conflict-timeline`: the command line of the conflict-timeline library.
//!
//! Subcommands: `extract` (one document, or a JSON Lines batch with `--jsonl`), `merge`
//! (batch output files into one timeline) and `timeml` (tag TimeML documents).
//!
//! Exit status: 0 on success; 1 when some records or files failed (each is reported, and every
//! batch input line still has its output line); 2 when the command could not run at all (bad
//! arguments, unreadable input, invalid UTF-8 without `--lossy`, a document over
//! `--max-bytes`). A closed standard output (`| head`) ends the command quietly with status 0.
#![forbid(unsafe_code)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod batch;
mod fail;
mod format;
mod input;
mod merge;
mod single;
mod timeml;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use conflict_timeline::{Extractor, WeekdayPolicy};

use crate::fail::{Fail, Status};

/// Reads English news about wars and writes a typed, dated timeline of its events.
#[derive(Debug, Parser)]
#[command(
    name = "conflict-timeline",
    version,
    about = "Reads English war news and writes a typed, dated timeline of its events",
    long_about = "Reads English news about wars and turns it into a typed, dated timeline of events: \
strikes, clashes, casualties, meetings, ceasefires, agreements, statements, military activity and \
protests, each with its date, places, actors, weapons, casualty counts and source.\n\n\
Relative dates (\"on Friday\", \"last week\") are resolved against the publication date you give.",
    after_help = "Examples:\n  \
conflict-timeline extract article.txt --published 2025-04-06\n  \
conflict-timeline extract article.txt --published 2025-04-06 --format table\n  \
cat article.txt | conflict-timeline extract - --published 2025-04-06 --format csv\n  \
conflict-timeline extract --jsonl docs.jsonl > timelines.jsonl\n  \
conflict-timeline merge timelines.jsonl --format csv > events.csv\n  \
conflict-timeline timeml corpus/ tagged/\n\n\
Exit status: 0 success, 1 some records or files failed (each reported), 2 the command could not run."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract the timeline of one document, or of every document of a JSON Lines batch
    #[command(after_help = "Examples:\n  \
conflict-timeline extract article.txt --published 2025-04-06\n  \
conflict-timeline extract - --published 2025-04-06T09:30:00+03:00 --format table < article.txt\n  \
conflict-timeline extract --jsonl docs.jsonl --threads 4 > timelines.jsonl\n\n\
Batch input (--jsonl): one JSON object a line, {\"id\": \"...\", \"published\": \"YYYY-MM-DD\", \"text\": \"...\"}\n\
(`published` may also be an RFC 3339 date-time; other fields are ignored). Batch output: one line\n\
per input line, in input order: the document's timeline as JSON, or\n\
{\"id\": ..., \"error\": \"...\", \"line\": N} when that line could not be processed (malformed JSON,\n\
a missing field, an impossible date, a blank line, a document over --max-bytes). Processing goes\n\
on after a bad line; the exit status is 1 if any line failed.")]
    Extract(ExtractArgs),
    /// Merge batch output (JSON Lines of timelines) into one timeline
    #[command(after_help = "Examples:\n  \
conflict-timeline merge monday.jsonl tuesday.jsonl --format csv > events.csv\n  \
conflict-timeline merge timelines.jsonl --format svg > timeline.svg\n\n\
Each FILE holds timelines as written by `extract --jsonl` (one a line) or one timeline as written by\n\
`extract --format json`. Error records ({\"error\": ...}) in the input are skipped and counted on\n\
standard error. Reports of the same occurrence by several documents become one event carrying\n\
every source.")]
    Merge(MergeArgs),
    /// Tag TimeML documents with the TIMEX3 expressions the tagger finds
    #[command(after_help = "Examples:\n  \
conflict-timeline timeml corpus/TimeBank tagged/     every *.tml of the folder into tagged/\n  \
conflict-timeline timeml ABC19980108.1830.0711.tml   one document to standard output\n\n\
The document's DCT is its publication date; the TEXT is tagged afresh (tags already inside it are\n\
ignored). Files that fail are reported and counted; the exit status is then 1.")]
    Timeml(TimemlArgs),
}

/// Options shared by the commands that run the extractor.
#[derive(Debug, Args)]
struct ExtractorOptions {
    /// How a bare weekday ("on Friday") is placed: news (past-tense reports: the most recent
    /// one, future statements: the next one), past (always the most recent) or closest
    #[arg(long, value_name = "POLICY", default_value = "news")]
    weekday_policy: String,

    /// Largest document accepted, in bytes (suffixes K, M, G for KiB, MiB, GiB accepted);
    /// a larger one is refused with a clear error instead of using unbounded memory
    #[arg(long, value_name = "N", default_value = "64M", value_parser = parse_size)]
    max_bytes: usize,

    /// Replace invalid UTF-8 byte sequences with U+FFFD instead of refusing the input
    #[arg(long)]
    lossy: bool,
}

impl ExtractorOptions {
    fn extractor(&self) -> Result<Extractor, Fail> {
        let policy = match self.weekday_policy.trim().to_ascii_lowercase().as_str() {
            "news" => WeekdayPolicy::News,
            "past" => WeekdayPolicy::Past,
            "closest" => WeekdayPolicy::Closest,
            other => {
                return Err(Fail::msg(format!(
                    "unknown weekday policy {other:?} (expected one of: news, past, closest)"
                )));
            }
        };
        Ok(Extractor::builder()
            .weekday_policy(policy)
            .max_bytes(self.max_bytes)
            .build())
    }
}

#[derive(Debug, Args)]
struct ExtractArgs {
    /// The document to read (a text file), or - for standard input; with --jsonl, a JSON Lines
    /// file (standard input when omitted)
    #[arg(value_name = "FILE|-")]
    input: Option<PathBuf>,

    /// Publication date of the document: YYYY-MM-DD or an RFC 3339 date-time
    /// (relative dates are resolved against it). Required unless --jsonl.
    #[arg(
        long,
        value_name = "DATE",
        required_unless_present = "jsonl",
        conflicts_with = "jsonl"
    )]
    published: Option<String>,

    /// Output format: json (the JSON contract, default), jsonl (the same on one line), table,
    /// csv, geojson, markdown, mermaid, svg or timeml (the text with TIMEX3 tags)
    #[arg(long, short, value_name = "FORMAT", conflicts_with = "jsonl")]
    format: Option<String>,

    /// Document id written into the timeline (default: the file name without extension)
    #[arg(long, value_name = "ID", conflicts_with = "jsonl")]
    id: Option<String>,

    /// Batch mode: read JSON Lines {"id","published","text"} and write one JSON line per input line
    #[arg(long)]
    jsonl: bool,

    /// Batch mode: number of worker threads (default: every core)
    #[arg(long, short = 'j', value_name = "N", requires = "jsonl")]
    threads: Option<usize>,

    /// Batch mode: no progress bar and no summary line on standard error
    #[arg(long, short, requires = "jsonl")]
    quiet: bool,

    #[command(flatten)]
    options: ExtractorOptions,
}

#[derive(Debug, Args)]
struct MergeArgs {
    /// Batch output files (JSON Lines of timelines); - for standard input
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,

    /// Output format: json (default), jsonl, table, csv, geojson, markdown, mermaid or svg
    #[arg(long, short, value_name = "FORMAT")]
    format: Option<String>,
}

#[derive(Debug, Args)]
struct TimemlArgs {
    /// A TimeML file (*.tml), or a folder whose *.tml files are all tagged
    #[arg(value_name = "IN")]
    input: PathBuf,

    /// Where to write: a folder (created if missing; required when IN is a folder) or, for one
    /// file, a file path (default: standard output)
    #[arg(value_name = "OUT")]
    output: Option<PathBuf>,

    #[command(flatten)]
    options: ExtractorOptions,
}

/// Parses a byte count with an optional binary suffix: `1000`, `64K`, `64M`, `1G`, `64MiB`.
fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let lower = lower
        .strip_suffix("ib")
        .or_else(|| lower.strip_suffix('b'))
        .unwrap_or(&lower);
    let (digits, shift) = if let Some(d) = lower.strip_suffix('k') {
        (d, 10)
    } else if let Some(d) = lower.strip_suffix('m') {
        (d, 20)
    } else if let Some(d) = lower.strip_suffix('g') {
        (d, 30)
    } else {
        (lower, 0)
    };
    let n: usize = digits
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a byte count (examples: 1000000, 64K, 64M, 1G)"))?;
    n.checked_mul(1usize << shift)
        .filter(|&v| v > 0)
        .ok_or_else(|| format!("{s:?} is out of range (give a positive size)"))
}

fn run(cli: Cli) -> Result<Status, Fail> {
    match cli.command {
        Command::Extract(args) => {
            let extractor = args.options.extractor()?;
            if args.jsonl {
                batch::run(
                    &extractor,
                    &batch::Config {
                        input: args.input,
                        threads: args.threads,
                        lossy: args.options.lossy,
                        max_bytes: args.options.max_bytes,
                        quiet: args.quiet,
                    },
                )
            } else {
                single::run(
                    &extractor,
                    &single::Config {
                        input: args.input,
                        published: args.published.unwrap_or_default(),
                        format: args.format,
                        id: args.id,
                        lossy: args.options.lossy,
                        max_bytes: args.options.max_bytes,
                    },
                )
            }
        }
        Command::Merge(args) => merge::run(&args.files, args.format.as_deref()),
        Command::Timeml(args) => {
            let extractor = args.options.extractor()?;
            timeml::run(
                &extractor,
                &args.input,
                args.output.as_deref(),
                args.options.lossy,
                args.options.max_bytes,
            )
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(Status::Success) => ExitCode::SUCCESS,
        Ok(Status::SomeFailed) => ExitCode::from(1),
        Err(Fail::BrokenPipe) => ExitCode::SUCCESS,
        Err(Fail::Message(m)) => {
            let _ = writeln!(std::io::stderr(), "conflict-timeline: {m}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("64K"), Ok(64 << 10));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("64MiB"), Ok(64 << 20));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("lots").is_err());
        assert!(parse_size("-1").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
    }

    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
