//! Extracts a short article and writes its timeline in every export format into a folder:
//! JSON and JSON Lines (the JSON contract), CSV, GeoJSON, Markdown, Mermaid, SVG, a plain
//! table and TimeML.
//!
//! ```text
//! cargo run --release --example export_formats -- OUT_DIR
//! ```

use std::path::PathBuf;

use chrono::NaiveDate;
use conflict_timeline::{ExportFormat, Extractor, render, to_timeml};

/// An article written for this project (published Sunday 2025-04-06).
const ARTICLE: &str = "\
Russia strikes Kyiv as talks are expected this week

Russian forces launched a ballistic missile strike on Kyiv on Sunday, killing one person and \
injuring at least three others, the city's military administration said. Ukraine's air force \
said Russia had fired 23 missiles and more than 100 drones overnight.

On Friday, an Iskander missile struck Kryvyi Rih, killing 19 people, including nine children.

Polish military jets were scrambled on Sunday morning as Russian aircraft struck western \
Ukraine. Russian and U.S. officials are expected to meet in Riyadh on Thursday to discuss a \
partial ceasefire.
";

fn main() {
    if let Err(message) = run() {
        eprintln!("export_formats: {message}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let out_dir: PathBuf = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .ok_or("usage: export_formats OUT_DIR")?;
    std::fs::create_dir_all(&out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;

    let published = NaiveDate::from_ymd_opt(2025, 4, 6).ok_or("bad date")?;
    let timeline = Extractor::new()
        .extract_document("kyiv-2025-04-06", ARTICLE, published)
        .map_err(|e| e.to_string())?;
    println!(
        "{} events, {} time expressions",
        timeline.len(),
        timeline.time_expressions.len()
    );

    let json = serde_json::to_string_pretty(&timeline).map_err(|e| e.to_string())?;
    let jsonl = serde_json::to_string(&timeline).map_err(|e| e.to_string())?;
    let mut files = vec![
        ("timeline.json", json + "\n"),
        ("timeline.jsonl", jsonl + "\n"),
        ("timeline.tml", to_timeml(ARTICLE, &timeline)),
    ];
    for (name, format) in [
        ("timeline.csv", ExportFormat::Csv),
        ("timeline.geojson", ExportFormat::GeoJson),
        ("timeline.md", ExportFormat::Markdown),
        ("timeline.mmd", ExportFormat::Mermaid),
        ("timeline.svg", ExportFormat::Svg),
        ("timeline.txt", ExportFormat::Table),
    ] {
        files.push((name, render(&timeline, format)));
    }
    for (name, content) in files {
        let path = out_dir.join(name);
        std::fs::write(&path, &content)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("{:>8} bytes  {}", content.len(), path.display());
    }
    Ok(())
}
