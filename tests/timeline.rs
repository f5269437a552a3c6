//! Timeline queries, grouping, totals and the multi-document merge.

use chrono::NaiveDate;
use conflict_timeline::{
    Actor, ActorRole, Basis, Count, Event, EventDate, EventKind, Extractor, Filter, Grain,
    Location, Modality, Period, PlacePrecision, Span, Timeline, Weapon,
};

fn sample() -> Timeline {
    serde_json::from_str(include_str!("data/sample_timeline.json")).expect("sample parses")
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, m, d).expect("valid day")
}

/// Types are built through serde, so that fields added to them later keep these tests
/// compiling.
fn date(value: &str, start: NaiveDate, end: NaiveDate, precision: Grain) -> EventDate {
    serde_json::from_value(serde_json::json!({
        "value": value, "start": start, "end": end, "precision": precision,
        "text": null, "span": null, "basis": Basis::Expression,
    }))
    .expect("valid date")
}

fn on(d: NaiveDate) -> EventDate {
    date(&d.format("%Y-%m-%d").to_string(), d, d, Grain::Day)
}

fn town(name: &str) -> Location {
    Location {
        country: Some("UA".into()),
        precision: Some(PlacePrecision::Town),
        ..Location::named(name)
    }
}

/// A hand-built event (the extractor is tested elsewhere).
fn event(kind: EventKind, date: Option<EventDate>, places: &[&str]) -> Event {
    let mut e: Event = serde_json::from_value(serde_json::json!({
        "id": "", "kind": kind, "modality": Modality::Asserted, "date": date,
        "locations": [], "actors": [], "casualties": {}, "weapons": [], "source": null,
        "mentions": [Span::new(0, 40)],
    }))
    .expect("valid event");
    e.locations = places.iter().map(|p| town(p)).collect();
    e.actors = vec![Actor::new("Russia", ActorRole::Initiator)];
    e
}

fn strike(d: NaiveDate, place: &str, weapon: &str, killed: Option<u64>) -> Event {
    let mut e = event(EventKind::Strike, Some(on(d)), &[place]);
    if !weapon.is_empty() {
        let w: Weapon =
            serde_json::from_value(serde_json::json!({ "kind": weapon })).expect("valid weapon");
        e.weapons.push(w);
    }
    e.casualties.killed = killed.map(Count::exact);
    e
}

fn doc(id: &str, published: NaiveDate, events: Vec<Event>) -> Timeline {
    Timeline::from_events(Some(id.into()), published, events)
}

/// The three Kryvyi Rih reports: tolls 16, 18, 19, published Friday to Sunday.
fn kryvyi_rih_reports() -> Vec<Timeline> {
    let friday = day(4, 4);
    vec![
        doc(
            "a",
            day(4, 4),
            vec![strike(friday, "Kryvyi Rih", "ballistic missile", Some(16))],
        ),
        doc(
            "b",
            day(4, 5),
            vec![
                strike(friday, "Kryvyi Rih", "missile", Some(18)),
                strike(day(4, 5), "Kharkiv", "drone", None),
            ],
        ),
        doc(
            "c",
            day(4, 6),
            vec![strike(friday, "Kryvyi Rih", "Iskander", Some(19))],
        ),
    ]
}

#[test]
fn three_reports_of_one_strike_become_one_event() {
    let merged = Timeline::merge(kryvyi_rih_reports());
    let strikes: Vec<&Event> = merged.at_place("Kryvyi Rih").collect();
    assert_eq!(strikes.len(), 1, "{merged:#?}");
    let e = strikes[0];
    assert_eq!(e.kind, EventKind::Strike);
    assert_eq!(
        e.date.as_ref().map(|d| d.value.as_str()),
        Some("2025-04-04")
    );
    assert_eq!(e.casualties.killed, Some(Count::exact(19)));
    let docs: Vec<(&str, NaiveDate)> = e
        .sources
        .iter()
        .map(|s| (s.document.as_str(), s.published))
        .collect();
    assert_eq!(docs, [("a", day(4, 4)), ("b", day(4, 5)), ("c", day(4, 6))]);
    let tolls: Vec<Option<Count>> = e.sources.iter().map(|s| s.casualties.killed).collect();
    assert_eq!(
        tolls,
        [
            Some(Count::exact(16)),
            Some(Count::exact(18)),
            Some(Count::exact(19))
        ]
    );
    assert_eq!(
        e.casualty_range().killed,
        Some(Count {
            low: Some(16),
            high: Some(19)
        })
    );
    // The weapons of every report are kept; "missile" and "ballistic missile" are one.
    let kinds: Vec<&str> = e.weapons.iter().map(|w| w.kind.as_str()).collect();
    assert_eq!(kinds, ["Iskander", "ballistic missile"]);
    // The Kharkiv drone strike stays its own event.
    assert_eq!(merged.len(), 2);
    assert_eq!(merged.published, day(4, 6));
    assert_eq!(merged.id, None);
}

#[test]
fn merge_does_not_depend_on_input_order() {
    let forward = Timeline::merge(kryvyi_rih_reports());
    let mut reports = kryvyi_rih_reports();
    reports.reverse();
    let backward = Timeline::merge(reports);
    assert_eq!(forward, backward);
    let mut reports = kryvyi_rih_reports();
    reports.rotate_left(1);
    assert_eq!(forward, Timeline::merge(reports));
}

#[test]
fn merging_again_changes_nothing() {
    let reports = kryvyi_rih_reports();
    let all = Timeline::merge(reports.clone());
    let mut it = reports.into_iter();
    let first_two = Timeline::merge(it.by_ref().take(2));
    let stepwise = Timeline::merge(std::iter::once(first_two).chain(it));
    assert_eq!(all.events, stepwise.events);
    assert_eq!(Timeline::merge([all.clone()]).events, all.events);
}

#[test]
fn latest_report_wins_even_when_the_toll_falls() {
    let friday = day(4, 4);
    let merged = Timeline::merge([
        doc(
            "early",
            day(4, 4),
            vec![strike(friday, "Sumy", "", Some(35))],
        ),
        doc(
            "late",
            day(4, 7),
            vec![strike(friday, "Sumy", "", Some(34))],
        ),
    ]);
    assert_eq!(merged.len(), 1);
    let e = &merged.events[0];
    assert_eq!(e.casualties.killed, Some(Count::exact(34)));
    assert_eq!(
        e.casualty_range().killed,
        Some(Count {
            low: Some(34),
            high: Some(35)
        })
    );
}

#[test]
fn an_open_ended_report_opens_the_range() {
    let friday = day(4, 4);
    let mut early = strike(friday, "Sumy", "", None);
    early.casualties.killed = Some(Count::at_least(20));
    let merged = Timeline::merge([
        doc("early", day(4, 4), vec![early]),
        doc(
            "late",
            day(4, 5),
            vec![strike(friday, "Sumy", "", Some(34))],
        ),
    ]);
    let range = merged.events[0].casualty_range().killed;
    assert_eq!(range, Some(Count::at_least(20)));
}

/// Pairs of reports (from two documents) and whether they are one occurrence.
#[test]
fn same_occurrence_table() {
    let friday = day(4, 4);
    let with_time = |value: &str| {
        let mut e = strike(friday, "Kharkiv", "", None);
        e.date = Some(date(value, friday, friday, Grain::Time));
        e
    };
    let week = || {
        let mut e = strike(friday, "Kharkiv", "", None);
        e.date = Some(date("2025-W14", day(3, 31), day(4, 6), Grain::Week));
        e
    };
    let month = || {
        let mut e = strike(friday, "Kharkiv", "", None);
        e.date = Some(date("2025-04", day(4, 1), day(4, 30), Grain::Month));
        e
    };
    let undated = || {
        let mut e = strike(friday, "Kharkiv", "", None);
        e.date = None;
        e
    };
    let vague = || {
        let mut e = strike(friday, "Kharkiv", "", None);
        e.date = Some(
            serde_json::from_value(serde_json::json!({
                "value": "PAST_REF", "start": null, "end": null, "precision": "vague",
                "text": "recently", "span": null, "basis": "expression",
            }))
            .expect("valid date"),
        );
        e
    };
    let by = |name: &str, mut e: Event| {
        e.actors = vec![Actor::new(name, ActorRole::Initiator)];
        e
    };
    let kind = |k: EventKind, mut e: Event| {
        e.kind = k;
        e
    };
    let placeless = |k: EventKind, actor: &str| {
        let mut e = event(k, Some(on(friday)), &[]);
        e.actors = vec![Actor::new(actor, ActorRole::Participant)];
        e
    };
    let region = |town_name: &str| {
        let mut e = strike(friday, town_name, "", None);
        e.locations.push(Location {
            precision: Some(PlacePrecision::Region),
            ..Location::named("Kharkiv Oblast")
        });
        e
    };
    let plain = || strike(friday, "Kharkiv", "", None);
    let cases: Vec<(&str, Event, Event, bool)> = vec![
        ("identical reports", plain(), plain(), true),
        (
            "same weapon class",
            strike(friday, "Kharkiv", "Shahed drones", None),
            strike(friday, "Kharkiv", "drone", None),
            true,
        ),
        (
            "different weapons",
            strike(friday, "Kharkiv", "drone", None),
            strike(friday, "Kharkiv", "glide bomb", None),
            false,
        ),
        (
            "a glide bomb is an air strike",
            strike(friday, "Kharkiv", "glide bomb", None),
            strike(friday, "Kharkiv", "airstrike", None),
            true,
        ),
        (
            "drones and artillery",
            strike(friday, "Kharkiv", "drone", None),
            strike(friday, "Kharkiv", "artillery", None),
            false,
        ),
        (
            "one of a mixed barrage",
            {
                let mut e = strike(friday, "Kharkiv", "drone", None);
                e.weapons
                    .extend(strike(friday, "x", "cruise missile", None).weapons);
                e
            },
            strike(friday, "Kharkiv", "Iskander", None),
            true,
        ),
        (
            "weapon named only once",
            strike(friday, "Kharkiv", "missile", None),
            plain(),
            true,
        ),
        (
            "different days",
            plain(),
            strike(day(4, 5), "Kharkiv", "", None),
            false,
        ),
        (
            "different towns",
            plain(),
            strike(friday, "Sumy", "", None),
            false,
        ),
        (
            "towns of one region",
            region("Kharkiv"),
            region("Chuhuiv"),
            false,
        ),
        (
            "morning and evening",
            with_time("2025-04-04TMO"),
            with_time("2025-04-04TEV"),
            false,
        ),
        (
            "8 am is morning",
            with_time("2025-04-04T08:00"),
            with_time("2025-04-04TMO"),
            true,
        ),
        (
            "3 am and 3 pm",
            with_time("2025-04-04T03:00"),
            with_time("2025-04-04T15:00"),
            false,
        ),
        ("time given once", with_time("2025-04-04TNI"), plain(), true),
        ("week holds the day", week(), plain(), true),
        ("month is too coarse", month(), plain(), false),
        ("same month", month(), month(), true),
        ("undated and dated", undated(), plain(), false),
        ("both undated", undated(), undated(), false),
        ("vague and dated", vague(), plain(), false),
        ("both vague", vague(), vague(), false),
        (
            "different attackers",
            by("Russia", plain()),
            by("Ukraine", plain()),
            false,
        ),
        (
            "casualty report joins the strike",
            kind(EventKind::Casualties, plain()),
            plain(),
            true,
        ),
        (
            "strike and meeting",
            kind(EventKind::Meeting, plain()),
            plain(),
            false,
        ),
        (
            "strike and clash",
            kind(EventKind::Clash, plain()),
            plain(),
            false,
        ),
        (
            "ceasefire and agreement",
            kind(EventKind::Ceasefire, plain()),
            kind(EventKind::Agreement, plain()),
            true,
        ),
        (
            "placeless talks, shared actor",
            placeless(EventKind::Meeting, "Russia"),
            placeless(EventKind::Meeting, "russia"),
            true,
        ),
        (
            "placeless talks, other actors",
            placeless(EventKind::Meeting, "Russia"),
            placeless(EventKind::Meeting, "Iran"),
            false,
        ),
        (
            "place named once",
            placeless(EventKind::Strike, "Russia"),
            plain(),
            false,
        ),
    ];
    for (name, a, b, same) in cases {
        let merged = Timeline::merge([
            doc("one", day(4, 5), vec![a.clone()]),
            doc("two", day(4, 6), vec![b.clone()]),
        ]);
        let want = if same { 1 } else { 2 };
        assert_eq!(merged.len(), want, "{name}: {merged:#?}");
        // And the other way round.
        let merged = Timeline::merge([
            doc("one", day(4, 5), vec![b]),
            doc("two", day(4, 6), vec![a]),
        ]);
        assert_eq!(merged.len(), want, "{name} (swapped)");
    }
}

#[test]
fn casualty_report_and_strike_merge_as_a_strike_with_the_latest_toll() {
    let friday = day(4, 4);
    let mut toll = strike(friday, "Kryvyi Rih", "", Some(19));
    toll.kind = EventKind::Casualties;
    let merged = Timeline::merge([
        doc(
            "a",
            day(4, 4),
            vec![strike(friday, "Kryvyi Rih", "missile", Some(16))],
        ),
        doc("b", day(4, 6), vec![toll]),
    ]);
    assert_eq!(merged.len(), 1);
    assert_eq!(merged.events[0].kind, EventKind::Strike);
    assert_eq!(merged.events[0].casualties.killed, Some(Count::exact(19)));
}

#[test]
fn weapons_told_more_precisely_by_another_report_are_one_weapon() {
    let friday = day(4, 4);
    let mut early = strike(friday, "Kryvyi Rih", "missile", Some(16));
    early.weapons[0].model = Some("Iskander".into());
    let mut late = strike(friday, "Kryvyi Rih", "ballistic missile", Some(19));
    late.weapons[0].count = Some(Count::exact(1));
    late.weapons
        .extend(strike(friday, "x", "drone", None).weapons);
    let merged = Timeline::merge([
        doc("a", day(4, 4), vec![early]),
        doc("b", day(4, 6), vec![late]),
    ]);
    assert_eq!(merged.len(), 1);
    let w: Vec<(String, Option<String>, Option<Count>)> = merged.events[0]
        .weapons
        .iter()
        .map(|w| (w.kind.clone(), w.model.clone(), w.count))
        .collect();
    assert_eq!(
        w,
        [
            (
                "ballistic missile".to_string(),
                Some("Iskander".to_string()),
                Some(Count::exact(1))
            ),
            ("drone".to_string(), None, None),
        ]
    );
    // One report's own weapons are never folded together.
    let mut one = strike(friday, "Kyiv", "missile", None);
    one.weapons
        .extend(strike(friday, "x", "ballistic missile", None).weapons);
    let merged = Timeline::merge([doc("a", day(4, 6), vec![one])]);
    assert_eq!(merged.events[0].weapons.len(), 2);
}

#[test]
fn events_one_document_kept_apart_stay_apart() {
    let friday = day(4, 4);
    let mut second = strike(friday, "Kharkiv", "", None);
    second.mentions = vec![Span::new(100, 140)];
    let merged = Timeline::merge([doc(
        "a",
        day(4, 4),
        vec![strike(friday, "Kharkiv", "", None), second],
    )]);
    assert_eq!(merged.len(), 2);
}

#[test]
fn a_single_document_counts_as_one_source() {
    let tl = sample();
    let merged = Timeline::merge([tl.clone()]);
    assert_eq!(merged.len(), tl.len());
    for e in &merged.events {
        assert_eq!(e.sources.len(), 1);
        assert_eq!(e.sources[0].document, "sample");
        assert_eq!(e.sources[0].published, tl.published);
        assert_eq!(e.sources[0].mentions, e.mentions);
    }
    let mut anonymous = tl.clone();
    anonymous.id = None;
    let merged = Timeline::merge([anonymous]);
    assert_eq!(merged.events[0].sources[0].document, "doc1");
}

#[test]
fn merged_ids_are_renumbered_in_date_order() {
    let merged = Timeline::merge(kryvyi_rih_reports());
    let ids: Vec<&str> = merged.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["e1", "e2"]);
    assert_eq!(
        merged.events[0].date.as_ref().map(|d| d.value.as_str()),
        Some("2025-04-04")
    );
}

#[test]
fn merge_of_nothing_is_empty() {
    let merged = Timeline::merge(Vec::new());
    assert!(merged.is_empty());
}

/// The three articles of `examples/multi_article.rs`, through the extractor.
#[test]
fn three_articles_merge_through_the_extractor() {
    let articles = [
        (
            "kr-1",
            day(4, 4),
            include_str!("../examples/articles/kryvyi_rih_1.txt"),
        ),
        (
            "kr-2",
            day(4, 5),
            include_str!("../examples/articles/kryvyi_rih_2.txt"),
        ),
        (
            "kr-3",
            day(4, 6),
            include_str!("../examples/articles/kryvyi_rih_3.txt"),
        ),
    ];
    let extractor = Extractor::new();
    let timelines: Vec<Timeline> = articles
        .iter()
        .map(|(id, published, text)| {
            extractor
                .extract_document(id, text, *published)
                .expect("extracts")
        })
        .collect();
    for t in &timelines {
        assert!(!t.is_empty(), "{:?} yields no events", t.id);
    }
    let merged = Timeline::merge(timelines);
    let strikes: Vec<&Event> = merged
        .of_kind(EventKind::Strike)
        .filter(|e| e.locations.iter().any(|l| l.name == "Kryvyi Rih"))
        .collect();
    assert_eq!(strikes.len(), 1, "{merged:#?}");
    let e = strikes[0];
    assert_eq!(
        e.date.as_ref().map(|d| d.value.as_str()),
        Some("2025-04-04")
    );
    assert_eq!(e.casualties.killed.and_then(|c| c.low), Some(19));
    let docs: Vec<&str> = e.sources.iter().map(|s| s.document.as_str()).collect();
    assert_eq!(docs, ["kr-1", "kr-2", "kr-3"]);
}

// ---------------------------------------------------------------------------------------
// Queries

#[test]
fn queries_positive_and_negative() {
    let tl = sample();
    let ids = |f: &Filter| -> Vec<String> { tl.select(f).map(|e| e.id.clone()).collect() };
    let cases: Vec<(&str, Filter, &[&str])> = vec![
        (
            "everything",
            Filter::new(),
            &["e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8"],
        ),
        (
            "strikes",
            Filter::new().kind(EventKind::Strike),
            &["e2", "e3", "e4"],
        ),
        ("no protests", Filter::new().kind(EventKind::Protest), &[]),
        (
            "planned",
            Filter::new().modality(Modality::Planned),
            &["e1"],
        ),
        ("no denials", Filter::new().modality(Modality::Denied), &[]),
        (
            "Friday",
            Filter::new().between(day(4, 4), day(4, 4)),
            &["e1", "e2"],
        ),
        (
            "bounds either way round",
            Filter::new().between(day(4, 5), day(4, 4)),
            &["e1", "e2"],
        ),
        (
            "after the events",
            Filter::new().between(day(4, 7), day(5, 1)),
            &[],
        ),
        ("place by name", Filter::new().place("KYIV"), &["e3"]),
        (
            "second place of an event",
            Filter::new().place("Mykolaiv"),
            &["e4"],
        ),
        ("place not there", Filter::new().place("Gaza"), &[]),
        ("place by country", Filter::new().place("us"), &["e6"]),
        (
            "country",
            Filter::new().country("UA"),
            &["e2", "e3", "e4", "e5"],
        ),
        (
            "a town is not a country",
            Filter::new().country("Kyiv"),
            &[],
        ),
        ("actor", Filter::new().actor("Poland"), &["e5"]),
        (
            "actor in any role",
            Filter::new().actor("ukraine"),
            &["e3", "e8"],
        ),
        ("actor not there", Filter::new().actor("Hamas"), &[]),
        (
            "combined",
            Filter::new()
                .kind(EventKind::Strike)
                .actor("Russia")
                .between(day(4, 6), day(4, 6)),
            &["e3", "e4"],
        ),
        (
            "combined, nothing left",
            Filter::new().kind(EventKind::Strike).actor("Poland"),
            &[],
        ),
    ];
    for (name, f, want) in cases {
        assert_eq!(ids(&f), want, "{name}");
    }
}

#[test]
fn single_queries_agree_with_the_filter() {
    let tl = sample();
    let n = |f: Filter| tl.select(&f).count();
    assert_eq!(
        tl.of_kind(EventKind::Meeting).count(),
        n(Filter::new().kind(EventKind::Meeting))
    );
    assert_eq!(
        tl.with_modality(Modality::Proposed).count(),
        n(Filter::new().modality(Modality::Proposed))
    );
    assert_eq!(tl.between(day(4, 1), day(4, 5)).count(), 2);
    assert_eq!(tl.at_place("sumy").count(), 1);
    assert_eq!(tl.in_country("PL").count(), 0);
    assert_eq!(tl.by_actor("United States").count(), 2);
    assert_eq!(tl.by_actor("United").count(), 0);
    let f = tl.filtered(&Filter::new().kind(EventKind::Strike));
    assert_eq!(f.len(), 3);
    assert_eq!(f.id, tl.id);
}

#[test]
fn iteration_is_in_date_order_with_undated_last() {
    let friday = day(4, 4);
    let mut undated = strike(friday, "Sumy", "", None);
    undated.date = None;
    let tl = Timeline::from_events(
        None,
        day(4, 6),
        vec![
            undated,
            strike(day(4, 6), "Kyiv", "", None),
            strike(friday, "Kryvyi Rih", "", None),
        ],
    );
    let places: Vec<&str> = tl.iter().map(|e| e.locations[0].name.as_str()).collect();
    assert_eq!(places, ["Kryvyi Rih", "Kyiv", "Sumy"]);
    let ids: Vec<&str> = (&tl).into_iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["e1", "e2", "e3"]);
}

// ---------------------------------------------------------------------------------------
// Groups and totals

#[test]
fn groups_by_day_and_week() {
    let tl = sample();
    let days: Vec<(String, Vec<&str>)> = tl
        .group_by_day()
        .iter()
        .map(|g| {
            (
                g.period.to_string(),
                g.events.iter().map(|e| e.id.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        days,
        [
            ("2025-04-04".to_string(), vec!["e2"]),
            ("2025-04-06".to_string(), vec!["e3", "e4", "e5"]),
            ("imprecise".to_string(), vec!["e1", "e6", "e7", "e8"]),
        ]
    );
    let weeks = tl.group_by_week();
    assert_eq!(weeks.len(), 2);
    assert_eq!(weeks[0].period, Period::Week(day(3, 31)));
    assert_eq!(weeks[0].events.len(), 5);
    assert_eq!(weeks[1].period, Period::Imprecise);
}

#[test]
fn a_week_across_the_new_year_is_one_iso_week() {
    let d = NaiveDate::from_ymd_opt(2024, 12, 30).expect("day");
    let e = NaiveDate::from_ymd_opt(2025, 1, 2).expect("day");
    let tl = Timeline::from_events(
        None,
        e,
        vec![strike(d, "Kyiv", "", None), strike(e, "Kyiv", "", None)],
    );
    let weeks = tl.group_by_week();
    assert_eq!(weeks.len(), 1);
    assert_eq!(weeks[0].period.to_string(), "2025-W01");
    assert_eq!(tl.group_by_day().len(), 2);
}

#[test]
fn totals_add_low_and_high_bounds() {
    let tl = sample();
    let t = tl.totals();
    assert_eq!(t.events, 8);
    assert_eq!(t.killed, Some(Count::exact(20)));
    assert_eq!(t.injured, Some(Count::at_least(27)));
    let by_day = tl.totals_by_day();
    assert_eq!(by_day.len(), 2);
    assert_eq!(by_day[&day(4, 4)].killed, Some(Count::exact(19)));
    assert_eq!(by_day[&day(4, 6)].injured, Some(Count::at_least(3)));
    let by_place = tl.totals_by_place();
    let places: Vec<&str> = by_place.keys().map(String::as_str).collect();
    assert_eq!(
        places,
        [
            "Kryvyi Rih",
            "Kyiv",
            "Sumy",
            "Washington",
            "western Ukraine"
        ]
    );
    assert_eq!(by_place["western Ukraine"].killed, Some(Count::exact(0)));
    assert_eq!(by_place["Washington"].killed, None);
}

// ---------------------------------------------------------------------------------------
// Properties of the merge

use proptest::prelude::*;

/// (document, kind, day offset or undated, place or none, weapon, killed)
type Report = (usize, usize, Option<u32>, Option<usize>, usize, Option<u64>);

fn reports_to_timelines(reports: &[Report]) -> Vec<Timeline> {
    const KINDS: [EventKind; 4] = [
        EventKind::Strike,
        EventKind::Clash,
        EventKind::Casualties,
        EventKind::Meeting,
    ];
    const PLACES: [&str; 3] = ["Kharkiv", "Sumy", "Odesa"];
    const WEAPONS: [&str; 3] = ["", "drone", "missile"];
    (0..4)
        .map(|d| {
            let events = reports
                .iter()
                .enumerate()
                .filter(|(_, r)| r.0 == d)
                .map(|(i, &(_, kind, offset, place, weapon, killed))| {
                    let places: Vec<&str> = place.map(|p| PLACES[p]).into_iter().collect();
                    let mut e = event(KINDS[kind], offset.map(|o| on(day(4, 1 + o))), &places);
                    if !WEAPONS[weapon].is_empty() {
                        e.weapons = strike(day(4, 1), "x", WEAPONS[weapon], None).weapons;
                    }
                    e.casualties.killed = killed.map(Count::exact);
                    e.mentions = vec![Span::new(i * 10, i * 10 + 5)];
                    e
                })
                .collect();
            doc(&format!("d{d}"), day(4, 5 + d as u32), events)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn merge_keeps_every_report_once_and_ignores_order(
        reports in proptest::collection::vec(
            (0usize..4, 0usize..4, proptest::option::of(0u32..4), proptest::option::of(0usize..3), 0usize..3, proptest::option::of(0u64..50)),
            0..30,
        ),
        rotate in 0usize..4,
    ) {
        let timelines = reports_to_timelines(&reports);
        let merged = Timeline::merge(timelines.clone());
        let sources: usize = merged.iter().map(|e| e.sources.len()).sum();
        prop_assert_eq!(sources, reports.len());
        prop_assert!(merged.len() <= reports.len());
        for e in &merged {
            // One report per document in each event.
            let mut docs: Vec<&str> = e.sources.iter().map(|s| s.document.as_str()).collect();
            docs.sort();
            let n = docs.len();
            docs.dedup();
            prop_assert_eq!(docs.len(), n);
            // Undated events are never merged.
            if e.date.is_none() {
                prop_assert_eq!(n, 1);
            }
            // The figure is the latest report's that gives one.
            let latest = e.sources.iter().rev().find_map(|s| s.casualties.killed);
            prop_assert_eq!(e.casualties.killed, latest);
        }
        let mut rotated = timelines;
        rotated.rotate_left(rotate);
        prop_assert_eq!(Timeline::merge(rotated), merged);
    }
}
