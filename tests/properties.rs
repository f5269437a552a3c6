//! Properties that hold for every input: no panic, spans inside the text on char boundaries,
//! deterministic output, a lossless serde round trip, and relative dates on the right side of
//! the publication date. Hostile inputs that are too big for proptest live in plain tests.

use chrono::{Datelike, NaiveDate};
use conflict_timeline::{Extractor, Span, Timeline};
use proptest::prelude::*;

fn extractor() -> &'static Extractor {
    static EX: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EX.get_or_init(Extractor::new)
}

fn dct() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 4, 6).unwrap()
}

/// Every span the timeline reports lies inside `text` on char boundaries.
fn assert_spans_valid(text: &str, tl: &Timeline) {
    let check = |s: &Span| {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "span {s:?} out of range"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "span {s:?} splits a char"
        );
    };
    for t in &tl.time_expressions {
        check(&t.span);
        assert_eq!(t.span.slice(text), Some(t.text.as_str()));
    }
    for e in &tl.events {
        e.mentions.iter().for_each(check);
        if let Some(span) = e.date.as_ref().and_then(|d| d.span.as_ref()) {
            check(span);
        }
    }
}

fn round_trip(tl: &Timeline) {
    let json = serde_json::to_string(tl).unwrap();
    let back: Timeline = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, tl);
}

/// Words that steer the extractor into its interesting paths, mixed with noise.
fn newsy() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "On",
        "Sunday",
        "Friday's",
        "last",
        "next",
        "week",
        "month",
        "year",
        "yesterday",
        "overnight",
        "the",
        "day",
        "two",
        "days",
        "later",
        "earlier",
        "ago",
        "April",
        "4",
        "2025",
        "May",
        "March",
        "strike",
        "killed",
        "at least",
        "19",
        "people",
        "including",
        "nine",
        "children",
        "injured",
        "dozens",
        "Russian",
        "forces",
        "Kyiv",
        "Kryvyi Rih",
        "drones",
        "missiles",
        "talks",
        "ceasefire",
        "will",
        "meet",
        "said",
        "according to",
        "shot down",
        "of",
        "99999999999999999999",
        "February 30",
        "the 45th",
        ".",
        ",",
        "\n",
        "\"",
        "“",
        "—",
        "Київ",
        "🙂",
        "\u{200F}",
        "\r\n",
        "\0",
        "3 a.m.",
        "mid-March",
        "the 1990s",
        "nearly three years",
        "every day",
    ]);
    prop::collection::vec(words, 0..40).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_text_extracts_without_panic(text in any::<String>()) {
        let tl = extractor().extract(&text, dct()).unwrap();
        assert_spans_valid(&text, &tl);
    }

    #[test]
    fn newsy_text_is_valid_deterministic_and_round_trips(text in newsy()) {
        let a = extractor().extract(&text, dct()).unwrap();
        let b = extractor().extract(&text, dct()).unwrap();
        prop_assert_eq!(&a, &b);
        assert_spans_valid(&text, &a);
        round_trip(&a);
    }

    #[test]
    fn days_ago_lands_before_publication(n in 1u32..2000) {
        let text = format!("The depot was destroyed {n} days ago.");
        let tl = extractor().extract(&text, dct()).unwrap();
        let t = tl.time_expressions.iter().find(|t| t.text.contains("ago"));
        let t = t.expect("an expression for 'N days ago'");
        let day = NaiveDate::parse_from_str(&t.value, "%Y-%m-%d").unwrap();
        prop_assert!(day < dct());
        prop_assert_eq!(dct() - day, chrono::Duration::days(i64::from(n)));
    }

    #[test]
    fn any_publication_date_in_range_works(
        days in 0i64..3_652_059, // 0001-01-01 ..= 9999-12-31
        text in newsy(),
    ) {
        let start = NaiveDate::from_ymd_opt(1, 1, 1).unwrap();
        let d = start + chrono::Duration::days(days);
        prop_assume!(d.year() <= 9999);
        let tl = extractor().extract(&text, d).unwrap();
        assert_spans_valid(&text, &tl);
    }
}

#[test]
fn publication_dates_at_the_edges() {
    let text =
        "Next year, tomorrow, the next day and in 10 years; last year, yesterday, 5 days ago.";
    for d in [
        NaiveDate::from_ymd_opt(1, 1, 1).unwrap(),
        NaiveDate::from_ymd_opt(9999, 12, 31).unwrap(),
        NaiveDate::from_ymd_opt(2024, 2, 29).unwrap(),
    ] {
        let tl = extractor().extract(text, d).unwrap();
        assert_spans_valid(text, &tl);
    }
}

#[test]
fn publication_date_out_of_range_is_an_error() {
    let far = NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap();
    let err = extractor().extract("Calm day.", far).unwrap_err();
    assert!(err.to_string().contains("10000"), "{err}");
    let before = NaiveDate::from_ymd_opt(0, 12, 31).unwrap();
    assert!(extractor().extract("Calm day.", before).is_err());
}

#[test]
fn hostile_inputs() {
    let long_word = "x".repeat(1 << 20);
    let no_breaks = "Russian forces struck Kyiv on Friday killing 19 people and ".repeat(20_000);
    let digits = "9".repeat(1 << 20);
    let weekdays = "Friday ".repeat(100_000);
    let cases = [
        "99999999999999999999 killed in a strike on Kyiv on Friday.".to_string(),
        "The strike on February 30 and on the 45th killed 18446744073709551616 people.".to_string(),
        "\u{202E}Kyiv \u{200F}struck\u{200E} on Friday\u{202C}, “19 killed”".to_string(),
        "Удар по Києву в неділю. 🚀🚀 killed 3.\r\nOn Sunday\r\n".to_string(),
        "\0\0On Friday\0 missiles\0 hit\0 Kyiv".to_string(),
        "\"\"\"((( [[ On Sunday ' \" unbalanced".to_string(),
        long_word,
        no_breaks,
        digits,
        weekdays,
    ];
    for text in &cases {
        let tl = extractor().extract(text, dct()).unwrap();
        assert_spans_valid(text, &tl);
        round_trip(&tl);
    }
}

#[test]
fn same_output_on_many_threads() {
    let text = include_str!("../examples/sample_article.txt");
    let json = |tl: Timeline| serde_json::to_string(&tl).unwrap();
    let expected = json(extractor().extract(text, dct()).unwrap());
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| s.spawn(|| json(extractor().extract(text, dct()).unwrap())))
            .collect();
        for h in handles {
            assert_eq!(h.join().unwrap(), expected);
        }
    });
}
