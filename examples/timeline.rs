//! Prints the timeline of an article as a readable table.
//!
//! ```text
//! cargo run --release --example timeline                                  # the embedded sample
//! cargo run --release --example timeline -- FILE --published 2025-04-06  # any article
//! ```

use conflict_timeline::{ExportFormat, Extractor, Published, render};

/// An article written for this project about the events of the seed article (published
/// Sunday 2025-04-06).
const SAMPLE: &str = include_str!("sample_article.txt");

fn main() {
    if let Err(message) = run() {
        eprintln!("timeline: {message}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (text, published, title) = match args.as_slice() {
        [] => (
            SAMPLE.to_string(),
            "2025-04-06"
                .parse::<Published>()
                .map_err(|e| e.to_string())?,
            "embedded sample article".to_string(),
        ),
        [file, flag, date] if flag == "--published" => (
            std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?,
            date.parse::<Published>().map_err(|e| e.to_string())?,
            file.clone(),
        ),
        _ => return Err("usage: timeline [FILE --published YYYY-MM-DD]".to_string()),
    };
    let timeline = Extractor::new()
        .extract(&text, published)
        .map_err(|e| e.to_string())?;
    println!(
        "Timeline of {title} (published {published}): {} events, {} time expressions\n",
        timeline.len(),
        timeline.time_expressions.len()
    );
    print!("{}", render(&timeline, ExportFormat::Table));
    Ok(())
}
