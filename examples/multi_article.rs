//! Three articles about one missile strike, published on three days with a rising death
//! toll (16, 18, 19), merged into one timeline: the strike becomes one event carrying all
//! three reports, with the latest toll and the range across reports.
//!
//! ```text
//! cargo run --release --example multi_article
//! ```

use chrono::NaiveDate;
use conflict_timeline::{ExportFormat, Extractor, Timeline, render};

/// (document id, publication date, text): articles written for this project.
const ARTICLES: [(&str, (i32, u32, u32), &str); 3] = [
    (
        "kryvyi-rih-1",
        (2025, 4, 4),
        include_str!("articles/kryvyi_rih_1.txt"),
    ),
    (
        "kryvyi-rih-2",
        (2025, 4, 5),
        include_str!("articles/kryvyi_rih_2.txt"),
    ),
    (
        "kryvyi-rih-3",
        (2025, 4, 6),
        include_str!("articles/kryvyi_rih_3.txt"),
    ),
];

fn main() {
    if let Err(message) = run() {
        eprintln!("multi_article: {message}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let extractor = Extractor::new();
    let mut timelines = Vec::new();
    for (id, (y, m, d), text) in ARTICLES {
        let published =
            NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| format!("bad date for {id}"))?;
        let tl = extractor
            .extract_document(id, text, published)
            .map_err(|e| format!("{id}: {e}"))?;
        println!("{id} (published {published}): {} events", tl.len());
        timelines.push(tl);
    }

    let merged = Timeline::merge(timelines);
    println!("\nMerged timeline: {} events\n", merged.len());
    print!("{}", render(&merged, ExportFormat::Table));

    let strike = merged
        .at_place("Kryvyi Rih")
        .find(|e| e.kind == conflict_timeline::EventKind::Strike);
    let Some(e) = strike else {
        println!("\nNo strike on Kryvyi Rih was found.");
        return Ok(());
    };
    let date = e.date.as_ref().map_or("undated", |d| d.value.as_str());
    let show = |c: Option<conflict_timeline::Count>| c.map_or("?".to_string(), |c| c.to_string());
    println!("\nThe Kryvyi Rih strike ({}, {date}):", e.id);
    println!("  killed (latest report): {}", show(e.casualties.killed));
    println!(
        "  killed (range across reports): {}",
        show(e.casualty_range().killed)
    );
    println!("  reports:");
    for s in &e.sources {
        println!(
            "    {} published {}: killed {}, {} evidence span(s)",
            s.document,
            s.published,
            show(s.casualties.killed),
            s.mentions.len()
        );
    }
    Ok(())
}
