//! The `conflict-timeline` command, run as a program: formats, batch streaming and order,
//! error records, exit statuses, hostile input, merge and TimeML.
#![cfg(feature = "cli")]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_conflict-timeline");

/// A short article written for these tests (the seed article is used when ../shared exists).
const SAMPLE: &str = "Russian forces launched a ballistic missile strike on Kyiv on Sunday, \
killing one person and injuring at least three others, the city's military administration said.\n\n\
On Friday, an Iskander missile hit Kryvyi Rih, killing 19 people, including nine children.\n\n\
Polish military jets were scrambled overnight. Russian and U.S. officials could meet as early \
as this week, Moscow said.\n";

/// A text without events: cheap to extract even in debug builds, where the first event
/// found builds the gazetteer (seconds of CPU per process).
const CALM: &str = "A quiet day in the city; markets opened as usual.\n";

/// Formats of `extract` (one document).
const EXTRACT_FORMATS: &[&str] = &[
    "json", "jsonl", "table", "csv", "geojson", "markdown", "mermaid", "svg", "timeml",
];
/// Formats of `merge`.
const MERGE_FORMATS: &[&str] = &[
    "json", "jsonl", "table", "csv", "geojson", "markdown", "mermaid", "svg",
];

/// Runs the binary with `args`, feeding `stdin` (from a thread, so large inputs cannot block).
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    let data = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("the binary runs");
    let _ = feeder.join();
    out
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Asserts a failure with exit status 2 and exactly one line on stderr, containing `needle`.
fn assert_fails_cleanly(out: &Output, needle: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "one line expected, got: {err}");
    assert!(err.contains(needle), "{needle:?} not in: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(out.stdout.is_empty());
}

fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

/// A fresh empty folder under the target's temporary directory.
fn temp_dir(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "cli-{name}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn write_file(dir: &Path, name: &str, contents: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("write temp file");
    path
}

/// The shared seed article, or None (after saying so) when ../shared is absent.
fn seed() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed/article.txt");
    if path.is_file() {
        return Some(path);
    }
    assert!(
        std::env::var("CONFLICT_TIMELINE_REQUIRE_SHARED").as_deref() != Ok("1"),
        "../shared/seed/article.txt is required (CONFLICT_TIMELINE_REQUIRE_SHARED=1) but missing"
    );
    println!("skipped: ../shared/seed/article.txt not found");
    None
}

fn record(id: &str, published: &str, text: &str) -> String {
    serde_json::json!({"id": id, "published": published, "text": text}).to_string()
}

/// `n` batch records with varied ids, texts and dates.
fn batch(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        let day = 1 + i % 28;
        // mostly cheap texts of varied length, with a real article now and then
        let text = if i % 97 == 96 {
            SAMPLE.to_string()
        } else {
            format!("Report {i}: {}", CALM.repeat(1 + i % 5))
        };
        s.push_str(&record(
            &format!("doc-{i}"),
            &format!("2025-02-{day:02}"),
            &text,
        ));
        s.push('\n');
    }
    s
}

/// Checks the shape of an export (the renderers' own tests check the details).
fn check_export(format: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{format}: empty output");
    match format {
        "csv" => assert!(text.starts_with("event_id,event_date,"), "{text}"),
        "geojson" => {
            let v: serde_json::Value = serde_json::from_str(text).expect("GeoJSON parses");
            assert_eq!(v["type"], "FeatureCollection");
        }
        "markdown" => assert!(text.contains("|---"), "{text}"),
        "mermaid" => assert!(text.trim_start().starts_with("timeline"), "{text}"),
        "svg" => {
            assert!(text.contains("<svg"), "{text}");
            assert!(text.trim_end().ends_with("</svg>"), "{text}");
        }
        "table" => assert!(text.lines().count() >= 2, "{text}"),
        _ => panic!("no check for {format}"),
    }
}

// ---- one document ----

#[test]
fn extract_json_on_the_seed_article() {
    let Some(seed) = seed() else { return };
    let seed = seed.to_string_lossy().into_owned();
    let out = run(
        &[
            "extract",
            &seed,
            "--published",
            "2025-04-06",
            "--format",
            "json",
        ],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(v["schema"], 1);
    assert_eq!(v["id"], "article");
    assert_eq!(v["published"], "2025-04-06");
    assert!(v["events"].is_array());
    assert!(v["time_expressions"].is_array());
    // json is the default format
    let default = run(&["extract", &seed, "--published", "2025-04-06"], b"");
    assert_eq!(default.stdout, out.stdout);
}

#[test]
fn every_extract_format_succeeds() {
    let dir = temp_dir("formats");
    // every format on a document without events (cheap in debug builds) ...
    let calm = write_file(&dir, "calm.txt", CALM.as_bytes());
    let calm = calm.to_string_lossy().into_owned();
    for format in EXTRACT_FORMATS {
        let out = run(
            &[
                "extract",
                &calm,
                "--published",
                "2025-04-06",
                "--format",
                format,
            ],
            b"",
        );
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        assert!(out.stderr.is_empty(), "{format}: {}", stderr(&out));
        let text = stdout(&out);
        match *format {
            "json" => {
                let v: serde_json::Value = serde_json::from_str(&text).expect("json parses");
                assert_eq!(v["id"], "calm");
            }
            "jsonl" => {
                assert_eq!(text.lines().count(), 1);
                let v: serde_json::Value = serde_json::from_str(&text).expect("jsonl parses");
                assert_eq!(v["published"], "2025-04-06");
            }
            "timeml" => assert!(text.contains("markets opened as usual"), "{text}"),
            other => check_export(other, &text),
        }
    }
    // ... and on an article with events
    let sample = write_file(&dir, "sample.txt", SAMPLE.as_bytes());
    let sample = sample.to_string_lossy().into_owned();
    let out = run(&["extract", &sample, "--published", "2025-04-06"], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let events = v["events"].as_array().map_or(0, Vec::len);
    assert!(events > 0, "{v}");
    let out = run(
        &["extract", &sample, "--published", "2025-04-06", "-f", "csv"],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    check_export("csv", &stdout(&out));
    assert!(stdout(&out).lines().count() > 1, "{}", stdout(&out));
    // format names are case-insensitive; md is markdown
    let out = run(
        &["extract", &calm, "--published", "2025-04-06", "-f", "MD"],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    check_export("markdown", &stdout(&out));
}

#[test]
fn stdin_dash_reads_the_document_from_standard_input() {
    let dir = temp_dir("stdin");
    let file = write_file(&dir, "a.txt", SAMPLE.as_bytes());
    let file = file.to_string_lossy().into_owned();
    let from_file = run(
        &["extract", &file, "--published", "2025-04-06", "--id", "x"],
        b"",
    );
    let from_stdin = run(
        &["extract", "-", "--published", "2025-04-06", "--id", "x"],
        SAMPLE.as_bytes(),
    );
    assert!(from_stdin.status.success(), "{}", stderr(&from_stdin));
    assert_eq!(from_file.stdout, from_stdin.stdout);
    // without --id, a document from stdin has no id
    let anon = run(
        &["extract", "-", "--published", "2025-04-06"],
        CALM.as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&anon)).expect("JSON");
    assert!(v["id"].is_null());
}

#[test]
fn rfc3339_publication_dates_are_accepted() {
    let out = run(
        &["extract", "-", "--published", "2025-04-06T09:30:00+03:00"],
        CALM.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(v["published"], "2025-04-06");
}

#[test]
fn invalid_utf8_names_the_file_and_offset_and_lossy_replaces() {
    let dir = temp_dir("utf8");
    let file = write_file(&dir, "broken.txt", b"Quiet day\xff\xfe in town.");
    let name = file.to_string_lossy().into_owned();
    let out = run(&["extract", &name, "--published", "2025-04-06"], b"");
    assert_fails_cleanly(&out, "byte offset 9");
    assert!(stderr(&out).contains(&name));

    let out = run(
        &["extract", &name, "--published", "2025-04-06", "--lossy"],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(v["id"], "broken");

    // a truncated multi-byte character at the very end
    let file = write_file(
        &dir,
        "cut.txt",
        "Kyiv —"
            .as_bytes()
            .split_last()
            .map(|(_, a)| a)
            .unwrap_or_default(),
    );
    let name = file.to_string_lossy().into_owned();
    let out = run(&["extract", &name, "--published", "2025-04-06"], b"");
    assert_fails_cleanly(&out, "byte offset 5");
}

#[test]
fn missing_file_bad_date_and_unknown_format_exit_2_with_one_line() {
    let out = run(
        &["extract", "/no/such/file.txt", "--published", "2025-04-06"],
        b"",
    );
    assert_fails_cleanly(&out, "/no/such/file.txt");

    let out = run(
        &["extract", "-", "--published", "2025-02-30"],
        SAMPLE.as_bytes(),
    );
    assert_fails_cleanly(&out, "2025-02-30");
    let out = run(
        &["extract", "-", "--published", "yesterday"],
        SAMPLE.as_bytes(),
    );
    assert_fails_cleanly(&out, "yesterday");
    let out = run(
        &["extract", "-", "--published", "10000-01-01"],
        SAMPLE.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));

    let out = run(
        &[
            "extract",
            "-",
            "--published",
            "2025-04-06",
            "--format",
            "docx",
        ],
        SAMPLE.as_bytes(),
    );
    assert_fails_cleanly(&out, "docx");

    let out = run(&["extract", "--jsonl", "/no/such/docs.jsonl"], b"");
    assert_fails_cleanly(&out, "/no/such/docs.jsonl");

    let out = run(&["merge", "/no/such/batch.jsonl"], b"");
    assert_fails_cleanly(&out, "/no/such/batch.jsonl");

    let dir = temp_dir("dir-as-file");
    let name = dir.to_string_lossy().into_owned();
    let out = run(&["extract", &name, "--published", "2025-04-06"], b"");
    assert_fails_cleanly(&out, "directory");
}

#[test]
fn a_document_over_max_bytes_is_refused() {
    let out = run(
        &[
            "extract",
            "-",
            "--published",
            "2025-04-06",
            "--max-bytes",
            "100",
        ],
        SAMPLE.as_bytes(),
    );
    assert_fails_cleanly(&out, "--max-bytes");
    let out = run(
        &[
            "extract",
            "-",
            "--published",
            "2025-04-06",
            "--max-bytes",
            "64K",
        ],
        CALM.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn version_and_help() {
    let out = run(&["--version"], b"");
    assert!(out.status.success());
    assert!(
        stdout(&out).starts_with("conflict-timeline "),
        "{}",
        stdout(&out)
    );
    for args in [
        &["--help"][..],
        &["extract", "--help"],
        &["merge", "--help"],
        &["timeml", "--help"],
    ] {
        let out = run(args, b"");
        assert!(out.status.success(), "{args:?}");
        assert!(stdout(&out).contains("Usage"), "{args:?}");
    }
    let out = run(&["extract", "--help"], b"");
    assert!(stdout(&out).contains("--jsonl"));
    assert!(stdout(&out).contains("--published"));
    // no subcommand, or a missing --published, is a usage error
    assert_eq!(run(&[], b"").status.code(), Some(2));
    assert_eq!(
        run(&["extract", "-"], SAMPLE.as_bytes()).status.code(),
        Some(2)
    );
}

// ---- batch ----

#[test]
fn ok_and_not_json_print_two_lines_and_exit_1() {
    let out = run(&["extract", "--jsonl"], b"ok\nnot json\n");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    for (i, v) in lines.iter().enumerate() {
        assert!(v["error"].is_string(), "{v}");
        assert_eq!(v["line"], i + 1);
        assert!(v["id"].is_null());
    }
    assert!(!stderr(&out).contains("panicked"));
}

#[test]
fn batch_keeps_input_order_and_threads_do_not_change_the_bytes() {
    // enough lines to span several chunks, with bad lines among them
    let mut input = batch(2500);
    input.push_str("not json\n");
    input.push_str(&batch(30));
    let one = run(&["extract", "--jsonl", "--threads", "1"], input.as_bytes());
    let two = run(&["extract", "--jsonl", "--threads", "2"], input.as_bytes());
    let three = run(&["extract", "--jsonl", "-j", "3"], input.as_bytes());
    assert_eq!(one.status.code(), Some(1), "{}", stderr(&one));
    assert!(one.stdout == two.stdout, "--threads 1 and 2 differ");
    assert!(one.stdout == three.stdout, "--threads 1 and 3 differ");
    let lines = json_lines(&one);
    assert_eq!(lines.len(), 2531);
    for (i, v) in lines.iter().take(2500).enumerate() {
        assert_eq!(v["id"], format!("doc-{i}"));
        assert_eq!(v["schema"], 1);
    }
    assert_eq!(lines[2500]["line"], 2501);
    assert!(lines[2500]["error"].is_string());
    assert_eq!(lines[2501]["id"], "doc-0");
    // the summary on stderr counts documents and errors
    let err = stderr(&one);
    assert!(err.contains("2531 documents"), "{err}");
    assert!(err.contains("1 errors"), "{err}");
}

#[test]
fn batch_from_a_file_matches_stdin_and_quiet_silences_stderr() {
    let dir = temp_dir("batch-file");
    let input = batch(50);
    let file = write_file(&dir, "docs.jsonl", input.as_bytes());
    let file = file.to_string_lossy().into_owned();
    let a = run(&["extract", "--jsonl", &file], b"");
    let b = run(&["extract", "--jsonl", "-", "--quiet"], input.as_bytes());
    assert!(a.status.success(), "{}", stderr(&a));
    assert!(b.status.success(), "{}", stderr(&b));
    assert_eq!(a.stdout, b.stdout);
    assert!(b.stderr.is_empty(), "{}", stderr(&b));
    assert_eq!(stderr(&a).lines().count(), 1, "{}", stderr(&a));
}

#[test]
fn batch_error_records_for_bad_lines_and_processing_goes_on() {
    let input = [
        record("a", "2025-04-06", SAMPLE),
        r#"{"id": "b", "published": "2025-04-06"}"#.to_string(),
        record("c", "2025-02-30", SAMPLE),
        String::new(),
        r#"{"id": 42, "published": "2025-04-06T10:00:00Z", "text": "Calm."}"#.to_string(),
        r#"{"id": "f", "published": "06/04/2025", "text": "Calm."}"#.to_string(),
        r#"{"id": "g", "published": "2025-04-06", "text": 7}"#.to_string(),
        r#"[1, 2, 3]"#.to_string(),
        record("i", "2025-04-06", "Calm.") + "\r",
        r#"{"id": "j", "published": "2025-04-06", "text": "cut"#.to_string(),
        record("k", "2025-04-06", "Last line without a line end."),
    ]
    .join("\n");
    let out = run(&["extract", "--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 11, "{}", stdout(&out));
    let error = |i: usize| lines[i]["error"].as_str().unwrap_or_default().to_string();
    assert_eq!(lines[0]["id"], "a");
    assert!(lines[0]["error"].is_null());
    // missing field: named, with the id and line number
    assert!(error(1).contains("text"), "{}", error(1));
    assert_eq!(lines[1]["id"], "b");
    assert_eq!(lines[1]["line"], 2);
    // impossible date
    assert!(error(2).contains("2025-02-30"), "{}", error(2));
    assert_eq!(lines[2]["id"], "c");
    // blank line: an error record, never dropped
    assert!(error(3).contains("blank"), "{}", error(3));
    assert_eq!(lines[3]["line"], 4);
    // numeric ids are written as strings
    assert_eq!(lines[4]["id"], "42");
    assert!(lines[4]["error"].is_null());
    assert!(error(5).contains("06/04/2025"), "{}", error(5));
    assert!(!error(6).is_empty());
    assert!(!error(7).is_empty());
    assert_eq!(lines[8]["id"], "i", "CRLF line ends are accepted");
    assert!(lines[8]["error"].is_null());
    assert!(!error(9).is_empty());
    assert_eq!(lines[10]["id"], "k");
    assert!(lines[10]["error"].is_null());
}

#[test]
fn batch_skips_a_byte_order_mark_on_the_first_line() {
    let input = format!("\u{feff}{}\n", record("a", "2025-04-06", "Calm."));
    let out = run(&["extract", "--jsonl"], input.as_bytes());
    assert!(out.status.success(), "{}", stdout(&out));
    assert_eq!(json_lines(&out)[0]["id"], "a");
}

#[test]
fn batch_invalid_utf8_is_an_error_record_unless_lossy() {
    let mut input = record("a", "2025-04-06", "Calm.").into_bytes();
    input.push(b'\n');
    let second = input.len();
    input.extend_from_slice(
        b"{\"id\": \"b\", \"published\": \"2025-04-06\", \"text\": \"bad \xff byte\"}\n",
    );
    let out = run(&["extract", "--jsonl"], &input);
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["id"], "b");
    let msg = lines[1]["error"].as_str().unwrap_or_default();
    assert!(
        msg.contains(&format!("byte offset {}", second + 52)),
        "{msg}"
    );

    let out = run(&["extract", "--jsonl", "--lossy"], &input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(json_lines(&out).iter().all(|v| v["error"].is_null()));
}

#[test]
fn batch_max_bytes_gives_an_error_record() {
    let big = "Kyiv was shelled again on Sunday. ".repeat(10);
    let input = format!(
        "{}\n{}\n",
        record("big", "2025-04-06", &big),
        record("small", "2025-04-06", "Calm.")
    );
    let out = run(
        &["extract", "--jsonl", "--max-bytes", "100"],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "big");
    let msg = lines[0]["error"].as_str().unwrap_or_default();
    assert!(msg.contains("--max-bytes") && msg.contains("100"), "{msg}");
    assert_eq!(lines[1]["id"], "small");
    assert!(lines[1]["error"].is_null());

    // a line far beyond any document within the limit is skipped without being held
    let huge = "x".repeat(3 << 20);
    let input = format!(
        "{}\n{}\n",
        record("huge", "2025-04-06", &huge),
        record("after", "2025-04-06", "Calm.")
    );
    let out = run(
        &["extract", "--jsonl", "--max-bytes", "1"],
        input.as_bytes(),
    );
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0]["error"]
            .as_str()
            .unwrap_or_default()
            .contains("too long")
    );
    assert_eq!(lines[1]["id"], "after");
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let input = batch(3000);
    let mut child = Command::new(BIN)
        .args(["extract", "--jsonl", "--threads", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    // read one line's worth, then close the pipe like `| head -1`
    let mut out = child.stdout.take().expect("stdout");
    let mut first = [0u8; 16];
    let _ = out.read(&mut first);
    drop(out);
    let mut err = String::new();
    let _ = child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err);
    let status = child.wait().expect("wait");
    let _ = feeder.join();
    assert!(!err.contains("panicked"), "{err}");
    assert!(!err.to_lowercase().contains("broken pipe"), "{err}");
    assert_eq!(status.code(), Some(0), "{err}");
}

// ---- merge ----

#[test]
fn merge_of_two_batch_outputs() {
    let dir = temp_dir("merge");
    let day1 = format!(
        "{}\n{}\nnot json\n",
        record(
            "a1",
            "2025-04-04",
            "On Friday, an Iskander missile hit Kryvyi Rih, killing 16 people."
        ),
        record(
            "a2",
            "2025-04-05",
            "Friday's missile strike on Kryvyi Rih killed 18 people."
        ),
    );
    let day2 = format!(
        "{}\n",
        record(
            "a3",
            "2025-04-06",
            "The missile strike on Kryvyi Rih on Friday killed 19 people, including nine children."
        ),
    );
    let mut outputs = Vec::new();
    for (name, input) in [("day1", &day1), ("day2", &day2)] {
        let out = run(&["extract", "--jsonl", "--quiet"], input.as_bytes());
        outputs.push(
            write_file(&dir, &format!("{name}.jsonl"), &out.stdout)
                .to_string_lossy()
                .into_owned(),
        );
    }
    let out = run(&["merge", &outputs[0], &outputs[1]], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("merged JSON");
    assert_eq!(v["schema"], 1);
    assert_eq!(v["published"], "2025-04-06");
    assert!(v["events"].is_array());
    let err = stderr(&out);
    assert!(err.contains("merged 3 timelines"), "{err}");
    assert!(err.contains("skipped 1 error records"), "{err}");

    for format in MERGE_FORMATS {
        let out = run(
            &["merge", &outputs[0], &outputs[1], "--format", format],
            b"",
        );
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        match *format {
            "json" | "jsonl" => {
                let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
                assert_eq!(v["schema"], 1);
            }
            other => check_export(other, &stdout(&out)),
        }
    }
    let out = run(&["merge", &outputs[0], "--format", "timeml"], b"");
    assert_fails_cleanly(&out, "timeml");

    // the pretty JSON of `extract --format json` is accepted too, and `-` is stdin
    let single = run(
        &["extract", "-", "--published", "2025-04-06", "--id", "s"],
        CALM.as_bytes(),
    );
    let pretty = write_file(&dir, "single.json", &single.stdout)
        .to_string_lossy()
        .into_owned();
    let out = run(
        &["merge", &pretty, "-"],
        &std::fs::read(&outputs[1]).unwrap_or_default(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("merged 2 timelines"),
        "{}",
        stderr(&out)
    );

    // a line that is neither a timeline nor an error record is reported, exit 1
    let junk = write_file(&dir, "junk.jsonl", b"{\"not\": \"a timeline\"}\n");
    let out = run(&["merge", &junk.to_string_lossy()], b"");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("junk.jsonl:1"), "{}", stderr(&out));
}

// ---- TimeML ----

fn timeml_doc(dct: &str, text: &str) -> String {
    format!(
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>test</DOCID>\n\
<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{dct}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{dct}</TIMEX3></DCT>\n\
<TEXT>\n{text}\n</TEXT>\n</TimeML>\n"
    )
}

#[test]
fn timeml_on_a_folder_and_on_one_file() {
    let dir = temp_dir("timeml");
    let input = dir.join("in");
    std::fs::create_dir_all(&input).expect("in dir");
    write_file(
        &input,
        "a.tml",
        timeml_doc(
            "2025-04-06",
            "On Friday, a missile strike killed 19 people.",
        )
        .as_bytes(),
    );
    write_file(
        &input,
        "b.tml",
        timeml_doc("1998-01-08", "Stocks fell last week.").as_bytes(),
    );
    write_file(&input, "notes.txt", b"not TimeML");
    let output = dir.join("out");
    let out = run(
        &[
            "timeml",
            &input.to_string_lossy(),
            &output.to_string_lossy(),
        ],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(output.join("a.tml").is_file());
    assert!(output.join("b.tml").is_file());
    assert!(!output.join("notes.txt").exists());
    assert!(stderr(&out).contains("tagged 2 of 2"), "{}", stderr(&out));

    let one = run(&["timeml", &input.join("a.tml").to_string_lossy()], b"");
    assert!(one.status.success(), "{}", stderr(&one));
    assert!(
        stdout(&one).contains(">Friday</TIMEX3>"),
        "{}",
        stdout(&one)
    );
    assert!(
        stdout(&one).contains("value=\"2025-04-04\""),
        "{}",
        stdout(&one)
    );
    assert_eq!(
        std::fs::read(output.join("a.tml")).unwrap_or_default(),
        one.stdout
    );

    // a file that cannot be read is reported and counted; the others are still written
    let mixed = dir.join("mixed");
    std::fs::create_dir_all(&mixed).expect("mixed dir");
    write_file(
        &mixed,
        "good.tml",
        timeml_doc("2025-04-06", "Talks are planned for next week.").as_bytes(),
    );
    write_file(&mixed, "broken.tml", b"<TimeML>\xff</TimeML>");
    write_file(
        &mixed,
        "no-dct.tml",
        b"<TimeML><TEXT>On Friday it rained.</TEXT></TimeML>",
    );
    let mixed_out = dir.join("mixed-out");
    let out = run(
        &[
            "timeml",
            &mixed.to_string_lossy(),
            &mixed_out.to_string_lossy(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("broken.tml"), "{}", stderr(&out));
    assert!(stderr(&out).contains("no-dct.tml"), "{}", stderr(&out));
    assert!(stderr(&out).contains("2 failed"), "{}", stderr(&out));
    assert!(mixed_out.join("good.tml").is_file());
    assert!(!mixed_out.join("broken.tml").exists());

    // a folder needs an output folder, and never the same one
    let out = run(&["timeml", &input.to_string_lossy()], b"");
    assert_fails_cleanly(&out, "output folder");
    let out = run(
        &["timeml", &input.to_string_lossy(), &input.to_string_lossy()],
        b"",
    );
    assert_fails_cleanly(&out, "overwritten");
    let out = run(&["timeml", &dir.join("missing.tml").to_string_lossy()], b"");
    assert_fails_cleanly(&out, "missing.tml");
}
