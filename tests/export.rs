//! Every export is valid: CSV parses (RFC 4180) with the header and one row per event,
//! GeoJSON parses and has [lon, lat] in range, Mermaid follows the timeline grammar line by
//! line, SVG is well-formed XML, Markdown and the plain table keep one row per event.

use chrono::NaiveDate;
use conflict_timeline::{
    Actor, ActorRole, Basis, CSV_HEADER, Count, Event, EventKind, ExportFormat, Grain, Location,
    Modality, PlacePrecision, Span, Timeline, render, to_csv, to_geojson, to_markdown, to_mermaid,
    to_svg, to_table,
};
use proptest::prelude::*;

fn sample() -> Timeline {
    serde_json::from_str(include_str!("data/sample_timeline.json")).expect("sample parses")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid day")
}

/// A hand-built event, through serde so that fields added to the types later keep this
/// compiling.
fn event(kind: EventKind, on: Option<(NaiveDate, NaiveDate)>, place: Location) -> Event {
    let date = on.map(|(s, e)| {
        serde_json::json!({
            "value": if s == e { s.format("%Y-%m-%d").to_string() } else { s.format("%Y-%m").to_string() },
            "start": s, "end": e,
            "precision": if s == e { Grain::Day } else { Grain::Month },
            "text": "on that day", "span": Span::new(0, 11), "basis": Basis::Expression,
        })
    });
    let mut e: Event = serde_json::from_value(serde_json::json!({
        "id": "", "kind": kind, "modality": Modality::Asserted, "date": date,
        "locations": [], "actors": [], "casualties": {}, "weapons": [], "source": null,
        "mentions": [Span::new(0, 20)],
    }))
    .expect("valid event");
    e.locations = vec![place];
    e.actors = vec![Actor::new("Russia", ActorRole::Initiator)];
    e.casualties.killed = Some(Count::exact(3));
    e
}

fn located(name: &str, lat: f64, lon: f64) -> Location {
    Location {
        country: Some("UA".into()),
        lat: Some(lat),
        lon: Some(lon),
        precision: Some(PlacePrecision::Town),
        ..Location::named(name)
    }
}

/// A timeline whose text fields hold every character that needs escaping somewhere.
fn hostile() -> Timeline {
    let nasty = "Kyiv, \"the capital\" | <b>&amp;</b>: 50% #1;\nnext line\ttab \u{1}";
    let mut a = event(
        EventKind::Strike,
        Some((day(2025, 4, 4), day(2025, 4, 4))),
        located(nasty, 50.45, 30.52),
    );
    a.source = Some(nasty.into());
    a.sub_kind = Some(nasty.into());
    a.actors.push(Actor::new(nasty, ActorRole::Target));
    let mut b = event(EventKind::Statement, None, Location::named(nasty));
    b.modality = Modality::Claimed;
    let c = event(
        EventKind::Clash,
        Some((day(2025, 4, 1), day(2025, 4, 30))),
        located("Nowhere", 123.0, 500.0), // out of range: no coordinates
    );
    Timeline::from_events(Some("doc, \"1\"".into()), day(2025, 4, 6), vec![a, b, c])
}

fn timelines() -> Vec<(&'static str, Timeline)> {
    let merged = Timeline::merge([
        sample(),
        Timeline::from_events(
            Some("other".into()),
            day(2025, 4, 7),
            vec![event(
                EventKind::Strike,
                Some((day(2025, 4, 4), day(2025, 4, 4))),
                located("Kryvyi Rih", 47.9105, 33.3918),
            )],
        ),
    ]);
    vec![
        ("sample", sample()),
        ("hostile", hostile()),
        ("merged", merged),
        ("empty", Timeline::merge(Vec::new())),
        ("season", season()),
    ]
}

/// Forty events over two months, of every kind, some with long place lists.
fn season() -> Timeline {
    let places = [
        ("Kharkiv", 49.99, 36.23),
        ("Odesa", 46.48, 30.72),
        ("Zaporizhzhia", 47.84, 35.14),
        ("Pokrovsk", 48.28, 37.18),
        ("Dnipro", 48.46, 35.05),
    ];
    let events = (0..40u32)
        .map(|i| {
            let (name, lat, lon) = places[(i as usize * 7) % places.len()];
            let start = day(2025, 3, 1) + chrono::Days::new(u64::from(i * 37 % 61));
            let end = if i % 9 == 4 {
                start + chrono::Days::new(3)
            } else {
                start
            };
            let kind = EventKind::ALL[(i as usize * 3) % EventKind::ALL.len()];
            let mut e = event(kind, Some((start, end)), located(name, lat, lon));
            e.casualties.killed = (i % 4 != 0).then(|| Count::exact(u64::from(i * i % 90)));
            if i % 5 == 0 {
                e.modality = Modality::Claimed;
            }
            if i % 11 == 3 {
                e.locations
                    .push(located("Kramatorsk, Sloviansk and Druzhkivka", 48.7, 37.5));
            }
            e
        })
        .collect();
    Timeline::from_events(Some("season".into()), day(2025, 5, 2), events)
}

// ---------------------------------------------------------------------------------------
// CSV

/// An RFC 4180 reader: records of fields; quoted fields may hold commas, quotes ("") and
/// line breaks. Fails on a stray quote or an unterminated field.
fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    match chars.peek() {
                        Some(',') | Some('\r') | Some('\n') | None => {}
                        Some(other) => return Err(format!("text after closing quote: {other:?}")),
                    }
                }
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted = true;
                at_field_start = false;
            }
            '"' => return Err(format!("stray quote in {field:?}")),
            ',' => {
                record.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' => {
                if chars.next() != Some('\n') {
                    return Err("CR without LF".into());
                }
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_field_start = true;
            }
            '\n' => return Err("bare LF as record end".into()),
            c => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if quoted {
        return Err("unterminated quoted field".into());
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    Ok(records)
}

#[test]
fn csv_reader_can_fail() {
    assert!(parse_csv("a,\"b\r\n").is_err());
    assert!(parse_csv("a,b\"c\r\n").is_err());
    assert!(parse_csv("a,\"b\"c\r\n").is_err());
    assert_eq!(
        parse_csv("a,\"b,\"\"c\"\"\r\nd\"\r\n").unwrap(),
        vec![vec!["a".to_string(), "b,\"c\"\r\nd".to_string()]]
    );
}

#[test]
fn csv_has_the_header_and_one_row_per_event() {
    for (name, tl) in timelines() {
        let csv = to_csv(&tl);
        let records = parse_csv(&csv).unwrap_or_else(|e| panic!("{name}: {e}\n{csv}"));
        let header: Vec<&str> = CSV_HEADER.split(',').collect();
        assert_eq!(
            header,
            [
                "event_id",
                "event_date",
                "time_precision",
                "event_type",
                "sub_event_type",
                "actor1",
                "actor2",
                "country",
                "admin1",
                "location",
                "latitude",
                "longitude",
                "geo_precision",
                "source",
                "notes",
                "fatalities",
                "injured"
            ]
        );
        assert_eq!(records[0], header, "{name}");
        assert_eq!(records.len(), 1 + tl.len(), "{name}");
        for (r, e) in records[1..].iter().zip(&tl.events) {
            assert_eq!(r.len(), header.len(), "{name}: {r:?}");
            assert!(
                ["", "1", "2", "3"].contains(&r[2].as_str()),
                "{name}: {r:?}"
            );
            assert!(
                ["", "1", "2", "3"].contains(&r[12].as_str()),
                "{name}: {r:?}"
            );
            assert_eq!(r[3], e.kind.as_str());
            for col in [10, 11, 15, 16] {
                assert!(
                    r[col].is_empty() || r[col].parse::<f64>().is_ok(),
                    "{name}: column {col} {r:?}"
                );
            }
        }
    }
}

#[test]
fn csv_values() {
    let csv = to_csv(&sample());
    let records = parse_csv(&csv).unwrap();
    let row = |id: &str| {
        records
            .iter()
            .find(|r| r[0] == id)
            .unwrap_or_else(|| panic!("no row {id}"))
            .clone()
    };
    let kr = row("sample-e2");
    assert_eq!(&kr[1..4], ["2025-04-04", "1", "strike"]);
    assert_eq!(kr[4], "missile strike");
    assert_eq!(kr[5], "Russia");
    assert_eq!(
        &kr[7..13],
        [
            "UA",
            "Dnipropetrovsk Oblast",
            "Kryvyi Rih",
            "47.9105",
            "33.3918",
            "1"
        ]
    );
    assert_eq!(&kr[15..], ["19", "24"]);
    assert!(
        kr[14].contains("date: on Friday (2025-04-04)"),
        "{}",
        kr[14]
    );
    let kyiv = row("sample-e3");
    assert_eq!(kyiv[6], "Ukraine"); // actor2: the target
    assert_eq!(
        kyiv[13],
        "Ukraine's armed forces, city military administration"
    );
    let meeting = row("sample-e1");
    assert_eq!(&meeting[1..3], ["2025-03-31", "2"]); // a week
    assert!(meeting[14].contains("modality: planned"));
    let region = row("sample-e5");
    assert_eq!(region[12], "2");
    assert_eq!(&region[10..12], ["", ""]); // no coordinates
    assert_eq!(&region[15..], ["0", ""]);
    let vague = row("sample-e6");
    assert_eq!(&vague[1..3], ["", ""]);
    assert!(
        vague[14].contains("date: recent (PAST_REF)"),
        "{}",
        vague[14]
    );
    let undated = row("sample-e7");
    assert_eq!(&undated[1..3], ["", ""]);
    // The quote, comma and pipe in the source survive quoting.
    assert!(undated[13].contains("on X: \"The pressure"));
}

#[test]
fn csv_round_trips_hostile_text_and_lists_reports() {
    let tl = hostile();
    let records = parse_csv(&to_csv(&tl)).unwrap();
    let strike = records.iter().find(|r| r[3] == "strike").unwrap();
    assert_eq!(strike[0], "doc, \"1\"-e2");
    assert!(strike[9].starts_with("Kyiv, \"the capital\" | <b>"));
    assert!(strike[9].contains("\nnext line"));
    // Out-of-range coordinates are not written.
    let clash = records.iter().find(|r| r[3] == "clash").unwrap();
    assert_eq!(&clash[10..12], ["", ""]);
    assert_eq!(clash[2], "3");

    let (_, merged) = timelines().swap_remove(2);
    let records = parse_csv(&to_csv(&merged)).unwrap();
    let kr = records.iter().find(|r| r[9] == "Kryvyi Rih").unwrap();
    assert!(
        kr[14].contains("reports: sample (2025-04-06), other (2025-04-07)"),
        "{}",
        kr[14]
    );
    assert!(kr[14].contains("killed across reports: 3-19"), "{}", kr[14]);
    assert_eq!(kr[15], "3"); // the latest report's figure
}

// ---------------------------------------------------------------------------------------
// GeoJSON

#[test]
fn geojson_parses_with_lon_lat_in_range() {
    for (name, tl) in timelines() {
        let text = to_geojson(&tl);
        let v: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}\n{text}"));
        assert_eq!(v["type"], "FeatureCollection");
        let features = v["features"].as_array().expect("features");
        let with_coords = tl
            .events
            .iter()
            .filter(|e| {
                e.locations.iter().any(|l| {
                    matches!((l.lat, l.lon), (Some(la), Some(lo)) if la.abs() <= 90.0 && lo.abs() <= 180.0)
                })
            })
            .count();
        assert_eq!(features.len(), with_coords, "{name}");
        for f in features {
            assert_eq!(f["type"], "Feature");
            assert_eq!(f["geometry"]["type"], "Point");
            let c = f["geometry"]["coordinates"]
                .as_array()
                .expect("coordinates");
            assert_eq!(c.len(), 2);
            let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
            assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
            let id = f["properties"]["id"].as_str().unwrap();
            let e = tl.events.iter().find(|e| e.id == id).unwrap();
            let place = f["properties"]["location"].as_str().unwrap();
            let l = e.locations.iter().find(|l| l.name == place).unwrap();
            assert_eq!(
                (Some(lat), Some(lon)),
                (l.lat, l.lon),
                "{name}: [lon, lat] order"
            );
            assert_eq!(f["properties"]["kind"], e.kind.as_str());
        }
    }
}

#[test]
fn geojson_properties() {
    let v: serde_json::Value = serde_json::from_str(&to_geojson(&sample())).unwrap();
    let features = v["features"].as_array().unwrap();
    let ids: Vec<&str> = features.iter().map(|f| f["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["e2", "e3", "e4", "e6"]); // e5 (a region) has no coordinates
    let kyiv = &features[1]["properties"];
    assert_eq!(kyiv["date"], "2025-04-06");
    assert_eq!(kyiv["modality"], "asserted");
    assert_eq!(kyiv["fatalities"], 1);
    assert_eq!(kyiv["injured"], 3);
    assert_eq!(kyiv["place_precision"], "town");
    assert_eq!(
        kyiv["source"],
        "Ukraine's armed forces, city military administration"
    );
    // The first place with coordinates.
    assert_eq!(features[2]["properties"]["location"], "Sumy");
    assert_eq!(features[3]["properties"]["date"], "PAST_REF");
    let hostile: serde_json::Value = serde_json::from_str(&to_geojson(&hostile())).unwrap();
    assert_eq!(
        hostile["features"][0]["properties"]["location"],
        "Kyiv, \"the capital\" | <b>&amp;</b>: 50% #1;\nnext line\ttab \u{1}"
    );
}

// ---------------------------------------------------------------------------------------
// Markdown and the plain table

/// Splits a Markdown table row on unescaped pipes.
fn md_cells(line: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                cur.push(c);
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            '|' => cells.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    cells.push(cur);
    cells
}

#[test]
fn markdown_is_one_table_row_per_event() {
    for (name, tl) in timelines() {
        let md = to_markdown(&tl);
        let lines: Vec<&str> = md.lines().collect();
        assert_eq!(lines.len(), 2 + tl.len(), "{name}");
        let width = md_cells(lines[0]).len();
        assert_eq!(width, 11, "9 columns between the outer pipes");
        for l in &lines {
            assert!(l.starts_with('|') && l.ends_with('|'), "{name}: {l}");
            assert_eq!(md_cells(l).len(), width, "{name}: {l}");
        }
    }
    let md = to_markdown(&hostile());
    assert!(md.contains("Kyiv, \"the capital\" \\| <b>"));
}

#[test]
fn table_is_aligned() {
    for (name, tl) in timelines() {
        let table = to_table(&tl);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 2 + tl.len(), "{name}");
        assert!(lines[0].starts_with("date"));
        assert!(lines[1].chars().all(|c| c == '-' || c == ' '));
        // Every row starts its columns where the header's rule does.
        let starts: Vec<usize> = lines[1]
            .char_indices()
            .filter(|&(i, c)| c == '-' && (i == 0 || lines[1][..i].ends_with(' ')))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(starts.len(), 9, "{name}");
        for l in &lines[2..] {
            let chars: Vec<char> = l.chars().collect();
            for &col in &starts[1..3] {
                assert_eq!(chars[col - 1], ' ', "{name}: {l}");
                assert_ne!(chars[col], ' ', "{name}: column {col} of {l}");
            }
        }
    }
    let table = to_table(&sample());
    assert!(table.contains("\"on Friday\""));
    assert!(table.contains("(context)"));
    assert!(!to_table(&hostile()).contains('\t'));
}

// ---------------------------------------------------------------------------------------
// Mermaid

/// The line grammar of a Mermaid `timeline`: the keyword, an optional title, sections,
/// `period : event (: event)*` and continuation lines `: event`. No label may hold a colon,
/// a `#`, `%`, `;` or angle bracket; nothing may be empty.
fn check_mermaid(text: &str) -> Result<(), String> {
    let mut lines = text.lines();
    if lines.next() != Some("timeline") {
        return Err("first line is not `timeline`".into());
    }
    let clean = |s: &str| {
        !s.trim().is_empty()
            && s.trim() == s
            && !s.contains([':', '#', '%', ';', '<', '>', '{', '}'])
            && !s.chars().any(char::is_control)
    };
    let mut seen_title = false;
    let mut seen_period = false;
    for (n, line) in lines.enumerate() {
        let body = line.trim_start();
        if line == body {
            return Err(format!("line {n} is not indented: {line:?}"));
        }
        if let Some(t) = body.strip_prefix("title ") {
            if seen_title || seen_period || !clean(t) {
                return Err(format!("bad title line {line:?}"));
            }
            seen_title = true;
        } else if let Some(s) = body.strip_prefix("section ") {
            if !clean(s) {
                return Err(format!("bad section line {line:?}"));
            }
        } else if let Some(rest) = body.strip_prefix(": ") {
            if !seen_period || !rest.split(" : ").all(clean) {
                return Err(format!("bad continuation line {line:?}"));
            }
        } else {
            let mut parts = body.split(" : ");
            let period = parts.next().unwrap_or("");
            let events: Vec<&str> = parts.collect();
            if !clean(period) || events.is_empty() || !events.iter().all(|e| clean(e)) {
                return Err(format!("bad period line {line:?}"));
            }
            seen_period = true;
        }
    }
    Ok(())
}

#[test]
fn mermaid_checker_can_fail() {
    assert!(check_mermaid("timeline\n    2025 : a : b\n          : c\n").is_ok());
    assert!(check_mermaid("graph\n").is_err());
    assert!(check_mermaid("timeline\n    2025 : a: b\n").is_err());
    assert!(check_mermaid("timeline\n    2025 :\n").is_err());
    assert!(check_mermaid("timeline\n    : orphan\n").is_err());
    assert!(check_mermaid("timeline\n2025 : a\n").is_err());
}

#[test]
fn mermaid_follows_the_timeline_grammar() {
    for (name, tl) in timelines() {
        let mmd = to_mermaid(&tl);
        check_mermaid(&mmd).unwrap_or_else(|e| panic!("{name}: {e}\n{mmd}"));
        // One event label per event.
        let labels: usize = mmd
            .lines()
            .skip(1)
            .filter(|l| {
                !l.trim_start().starts_with("title ") && !l.trim_start().starts_with("section ")
            })
            .map(|l| match l.trim_start().strip_prefix(": ") {
                Some(rest) => 1 + rest.matches(" : ").count(),
                None => l.matches(" : ").count(),
            })
            .sum();
        assert_eq!(labels, tl.len(), "{name}\n{mmd}");
    }
    let mmd = to_mermaid(&sample());
    let expected = "\
timeline
    title Timeline of sample
    section 2025-03
        2025-W14 : meeting (planned) - Russia, United States
    section 2025-04
        2025-04-04 : strike in Kryvyi Rih (19 killed, 24+ injured)
        2025-04-06 : strike in Kyiv (1 killed, 3+ injured)
                   : strike in Sumy, Kupiansk, Mykolaiv
                   : military activity in western Ukraine (0 killed)
    section Undated or vague
        in the past : meeting in Washington
        undated : statement - Volodymyr Zelenskiy
                : ceasefire (proposed) - United States, Ukraine
";
    assert_eq!(mmd, expected);
}

// ---------------------------------------------------------------------------------------
// SVG

/// A small XML well-formedness checker: balanced, properly nested tags, quoted attributes,
/// known entities, no stray `<` or `&`, exactly one root element.
fn check_xml(text: &str) -> Result<(), String> {
    let mut stack: Vec<String> = Vec::new();
    let mut roots = 0;
    let mut rest = text.trim();
    let check_text = |t: &str| -> Result<(), String> {
        let mut s = t;
        while let Some(i) = s.find('&') {
            let after = &s[i + 1..];
            let end = after.find(';').ok_or_else(|| format!("bare & in {t:?}"))?;
            let name = &after[..end];
            let ok = ["amp", "lt", "gt", "quot", "apos"].contains(&name)
                || (name.starts_with('#') && name.len() > 1);
            if !ok {
                return Err(format!("unknown entity &{name};"));
            }
            s = &after[end..];
        }
        if t.contains('>') {
            return Err(format!("stray > in {t:?}"));
        }
        Ok(())
    };
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            check_text(rest)?;
            if !stack.is_empty() || !rest.trim().is_empty() {
                return Err("text outside the root".into());
            }
            break;
        };
        let (before, tag_on) = rest.split_at(lt);
        check_text(before)?;
        if stack.is_empty() && !before.trim().is_empty() {
            return Err(format!("text outside the root: {before:?}"));
        }
        let gt = tag_on.find('>').ok_or("unterminated tag")?;
        let tag = &tag_on[1..gt];
        rest = &tag_on[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack
                .pop()
                .ok_or_else(|| format!("close without open: {name}"))?;
            if open != name.trim() {
                return Err(format!("<{open}> closed by </{name}>"));
            }
            continue;
        }
        let self_closing = tag.ends_with('/');
        let inner = tag.trim_end_matches('/');
        let name: String = inner
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':')
            .collect();
        if name.is_empty() {
            return Err(format!("bad tag <{tag}>"));
        }
        // Attributes: name="value" pairs, values without < or ".
        let mut attrs = inner[name.len()..].trim();
        let mut names = Vec::new();
        while !attrs.is_empty() {
            let eq = attrs
                .find('=')
                .ok_or_else(|| format!("attribute without value in <{tag}>"))?;
            let an = attrs[..eq].trim();
            if an.is_empty() || an.contains(char::is_whitespace) || names.contains(&an) {
                return Err(format!("bad attribute name {an:?} in <{tag}>"));
            }
            names.push(an);
            let v = attrs[eq + 1..].trim_start();
            let q = v.chars().next().ok_or("missing value")?;
            if q != '"' && q != '\'' {
                return Err(format!("unquoted attribute in <{tag}>"));
            }
            let close = v[1..].find(q).ok_or("unterminated attribute")?;
            let value = &v[1..1 + close];
            if value.contains('<') {
                return Err(format!("< in attribute of <{tag}>"));
            }
            check_text(value)?;
            attrs = v[close + 2..].trim_start();
        }
        if stack.is_empty() {
            roots += 1;
        }
        if !self_closing {
            stack.push(name);
        }
    }
    if let Some(open) = stack.pop() {
        return Err(format!("<{open}> never closed"));
    }
    if roots != 1 {
        return Err(format!("{roots} root elements"));
    }
    Ok(())
}

#[test]
fn xml_checker_can_fail() {
    assert!(check_xml("<svg a=\"1\"><g><text>x &amp; y</text></g></svg>").is_ok());
    assert!(check_xml("<svg><g></svg>").is_err());
    assert!(check_xml("<svg><g/></svg><svg/>").is_err());
    assert!(check_xml("<svg a=1/>").is_err());
    assert!(check_xml("<svg>a & b</svg>").is_err());
    assert!(check_xml("<svg a=\"x\" a=\"y\"/>").is_err());
    assert!(check_xml("<svg><text>a</tex></svg>").is_err());
}

#[test]
fn svg_is_well_formed_and_grows_with_events() {
    for (name, tl) in timelines() {
        let svg = to_svg(&tl);
        check_xml(&svg).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1000\""));
    }
    let height = |svg: &str| -> f64 {
        let at = svg.find("height=\"").unwrap() + 8;
        svg[at..at + svg[at..].find('"').unwrap()].parse().unwrap()
    };
    let one = sample();
    let mut two = sample();
    two.events.extend(sample().events);
    assert!(height(&to_svg(&two)) > height(&to_svg(&one)) + 100.0);
    // Every dated event has a mark and a label; undated ones are listed.
    let svg = to_svg(&one);
    assert_eq!(svg.matches("<g>").count(), one.len());
    assert!(svg.contains("Undated or vaguely dated (3)"));
    assert!(svg.contains(">Kryvyi Rih</tspan>"));
    // Escaped text.
    let svg = to_svg(&hostile());
    assert!(svg.contains("&quot;the capital&quot; | &lt;b&gt;&amp;amp;&lt;/b&gt;"));
}

#[test]
fn svg_axis_handles_long_and_odd_ranges() {
    let place = || located("Kyiv", 50.45, 30.52);
    let spans = [
        (day(2025, 4, 4), day(2025, 4, 4)),
        (day(2025, 1, 1), day(2025, 2, 20)),
        (day(2024, 1, 1), day(2025, 6, 1)),
        (day(1990, 1, 1), day(2025, 6, 1)),
        (day(1, 1, 1), day(9999, 12, 31)),
    ];
    for (a, b) in spans {
        let tl = Timeline::from_events(
            None,
            b,
            vec![
                event(EventKind::Strike, Some((a, a)), place()),
                event(EventKind::Meeting, Some((b, b)), place()),
            ],
        );
        let svg = to_svg(&tl);
        check_xml(&svg).unwrap_or_else(|e| panic!("{a}..{b}: {e}"));
        let ticks = svg.matches("text-anchor=\"middle\"").count();
        assert!((1..=40).contains(&ticks), "{a}..{b}: {ticks} tick labels");
    }
}

// ---------------------------------------------------------------------------------------
// Formats

type Exporter = fn(&Timeline) -> String;

#[test]
fn render_dispatches_every_format() {
    let tl = sample();
    let cases: [(&str, Exporter); 6] = [
        ("csv", to_csv),
        ("geojson", to_geojson),
        ("markdown", to_markdown),
        ("mermaid", to_mermaid),
        ("svg", to_svg),
        ("table", to_table),
    ];
    for (name, f) in cases {
        let format: ExportFormat = name.parse().expect("known format");
        assert_eq!(render(&tl, format), f(&tl), "{name}");
        assert!(ExportFormat::NAMES.contains(name));
    }
    assert!("xlsx".parse::<ExportFormat>().is_err());
    assert_eq!(
        "MD".parse::<ExportFormat>().ok(),
        Some(ExportFormat::Markdown)
    );
}

#[test]
fn exports_are_deterministic() {
    for (name, tl) in timelines() {
        for f in [
            to_csv,
            to_geojson,
            to_markdown,
            to_mermaid,
            to_svg,
            to_table,
        ] {
            assert_eq!(f(&tl), f(&tl.clone()), "{name}");
        }
    }
}

/// Writes every format of the test timelines into `$CONFLICT_TIMELINE_PREVIEW_DIR` when it
/// is set (to look at the SVG rendered, e.g. with rsvg-convert).
#[test]
fn preview_when_asked() {
    let Ok(dir) = std::env::var("CONFLICT_TIMELINE_PREVIEW_DIR") else {
        return;
    };
    std::fs::create_dir_all(&dir).expect("preview dir");
    for (name, tl) in timelines() {
        for (ext, f) in [
            ("csv", to_csv as Exporter),
            ("geojson", to_geojson),
            ("md", to_markdown),
            ("mmd", to_mermaid),
            ("svg", to_svg),
            ("txt", to_table),
        ] {
            std::fs::write(format!("{dir}/{name}.{ext}"), f(&tl)).expect("write preview");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any text in names and sources keeps every export valid.
    #[test]
    fn any_text_keeps_exports_valid(place in "\\PC{0,30}", source in ".{0,40}", actor in "[ -~\n\t]{0,20}") {
        let mut e = event(
            EventKind::Strike,
            Some((day(2025, 4, 4), day(2025, 4, 4))),
            located(&place, 48.0, 35.0),
        );
        e.source = Some(source.clone());
        e.actors.push(Actor::new(&actor, ActorRole::Target));
        let tl = Timeline::from_events(Some(source.clone()), day(2025, 4, 6), vec![e]);
        let records = parse_csv(&to_csv(&tl)).map_err(TestCaseError::fail)?;
        prop_assert_eq!(records.len(), 2);
        prop_assert_eq!(&records[1][9], &place);
        let v: serde_json::Value = serde_json::from_str(&to_geojson(&tl)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(v["features"][0]["properties"]["location"].as_str(), Some(place.as_str()));
        check_mermaid(&to_mermaid(&tl)).map_err(TestCaseError::fail)?;
        check_xml(&to_svg(&tl)).map_err(TestCaseError::fail)?;
        prop_assert_eq!(to_markdown(&tl).lines().count(), 3);
        prop_assert_eq!(to_table(&tl).lines().count(), 3);
    }
}

#[test]
fn extreme_dates_do_not_break_anything() {
    let place = || located("Kyiv", 50.45, 30.52);
    for (a, b) in [
        (NaiveDate::MIN, NaiveDate::MIN),
        (NaiveDate::MAX, NaiveDate::MAX),
        (NaiveDate::MIN, NaiveDate::MAX),
    ] {
        let tl = Timeline::from_events(
            None,
            b,
            vec![
                event(EventKind::Strike, Some((a, a)), place()),
                event(EventKind::Meeting, Some((a, b)), place()),
                event(EventKind::Clash, Some((b, b)), place()),
            ],
        );
        let merged = Timeline::merge([tl.clone(), tl.clone()]);
        for t in [&tl, &merged] {
            let svg = to_svg(t);
            check_xml(&svg).unwrap_or_else(|e| panic!("{a}..{b}: {e}"));
            let ticks = svg.matches("text-anchor=\"middle\"").count();
            assert!((1..=40).contains(&ticks), "{a}..{b}: {ticks} ticks");
            check_mermaid(&to_mermaid(t)).unwrap_or_else(|e| panic!("{a}..{b}: {e}"));
            assert_eq!(parse_csv(&to_csv(t)).unwrap().len(), 1 + t.len());
            let _ = (to_geojson(t), to_markdown(t), to_table(t));
            let _ = (t.group_by_day(), t.group_by_week(), t.totals_by_day());
        }
    }
}
