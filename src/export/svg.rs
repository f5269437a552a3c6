//! An SVG timeline chart: a date axis, one row per dated event with a mark coloured by kind
//! and sized by the number killed, labelled with place, kind and casualties; undated and
//! vaguely dated events listed below.

use std::fmt::Write as _;

use chrono::{Datelike, Days, NaiveDate};

use crate::event::{Event, EventKind, Modality};
use crate::timeline::Timeline;

use super::write::{
    actors_label, casualties_label, date_label, kind_label, one_line, truncate, xml_text,
};

const WIDTH: f64 = 1000.0;
/// Left edge of the plot (the date gutter is to its left).
const PLOT_X0: f64 = 118.0;
const PLOT_X1: f64 = WIDTH - 24.0;
const ROW_H: f64 = 32.0;
const LIST_ROW_H: f64 = 22.0;
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";
/// Rough width of one character of 12px text, to keep labels inside the chart.
const CHAR_W: f64 = 6.9;

/// The colour of a kind (a qualitative palette, readable on white).
fn colour(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Strike => "#d62728",
        EventKind::Clash => "#ff7f0e",
        EventKind::Casualties => "#8c564b",
        EventKind::Meeting => "#1f77b4",
        EventKind::Ceasefire => "#2ca02c",
        EventKind::Agreement => "#17becf",
        EventKind::Statement => "#7f7f7f",
        EventKind::MilitaryActivity => "#9467bd",
        EventKind::Protest => "#e377c2",
        EventKind::Other => "#bcbd22",
    }
}

/// Writes the timeline as an SVG chart, 1000 pixels wide, as tall as its events need.
///
/// Dated events are rows under a date axis (ticks by day, week, month, quarter or year as
/// the range needs): a circle on the event's day, or a bar over the days of a longer date;
/// coloured by kind (with a legend), sized by the number killed, filled when asserted and
/// hollow when claimed, planned, proposed or denied, and labelled with place (or actors),
/// kind and casualties. Each mark carries a `<title>` tooltip with the details. Undated and
/// vaguely dated events are listed below the chart. All text is XML-escaped.
///
/// ```
/// # let tl: conflict_timeline::Timeline = serde_json::from_str(include_str!("../../tests/data/sample_timeline.json")).unwrap();
/// let svg = conflict_timeline::to_svg(&tl);
/// assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
/// assert!(svg.trim_end().ends_with("</svg>"));
/// assert!(svg.contains(">Kryvyi Rih</tspan>"));
/// ```
pub fn to_svg(timeline: &Timeline) -> String {
    let mut dated: Vec<(&Event, NaiveDate, NaiveDate)> = Vec::new();
    let mut undated: Vec<&Event> = Vec::new();
    for e in &timeline.events {
        match e.date.as_ref().and_then(|d| Some((d.start?, d.end?))) {
            Some((s, en)) if s <= en => dated.push((e, s, en)),
            _ => undated.push(e),
        }
    }

    let mut body = String::new();
    let mut y = 34.0;

    // Title and subtitle.
    let title = match &timeline.id {
        Some(id) => format!("Timeline of {id}"),
        None => "Conflict timeline".to_string(),
    };
    text(
        &mut body,
        24.0,
        y,
        "font-size=\"19\" font-weight=\"700\" fill=\"#222\"",
        &title,
    );
    y += 22.0;
    let mut sub = format!(
        "{} event{}",
        timeline.len(),
        if timeline.len() == 1 { "" } else { "s" }
    );
    let first = dated.iter().map(|d| d.1).min();
    let last = dated.iter().map(|d| d.2).max();
    if let (Some(f), Some(l)) = (first, last) {
        let _ = write!(
            sub,
            " · {} to {}",
            f.format("%-d %b %Y"),
            l.format("%-d %b %Y")
        );
    }
    let _ = write!(
        sub,
        " · published {}",
        timeline.published.format("%-d %b %Y")
    );
    text(&mut body, 24.0, y, "font-size=\"12.5\" fill=\"#666\"", &sub);
    y += 26.0;

    // Legend: the kinds present, then what size and fill mean.
    let mut kinds: Vec<EventKind> = timeline.events.iter().map(|e| e.kind).collect();
    kinds.sort();
    kinds.dedup();
    let mut x = 24.0;
    for k in &kinds {
        let name = k.as_str().replace('_', " ");
        let w = 18.0 + name.chars().count() as f64 * 6.5;
        if x + w > WIDTH - 24.0 {
            x = 24.0;
            y += 20.0;
        }
        let _ = write!(
            body,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"6\" fill=\"{}\"/>",
            x + 6.0,
            y - 4.0,
            colour(*k)
        );
        text(
            &mut body,
            x + 16.0,
            y,
            "font-size=\"12\" fill=\"#333\"",
            &name,
        );
        x += w + 14.0;
    }
    y += 20.0;
    let _ = write!(
        body,
        "<circle cx=\"30\" cy=\"{:.1}\" r=\"4.5\" fill=\"#999\"/><circle cx=\"46\" cy=\"{:.1}\" r=\"8\" fill=\"#999\"/>",
        y - 4.0,
        y - 4.0
    );
    text(
        &mut body,
        60.0,
        y,
        "font-size=\"12\" fill=\"#666\"",
        "size: people killed",
    );
    let _ = write!(
        body,
        "<circle cx=\"206\" cy=\"{:.1}\" r=\"6\" fill=\"#fff\" stroke=\"#999\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>",
        y - 4.0
    );
    text(
        &mut body,
        218.0,
        y,
        "font-size=\"12\" fill=\"#666\"",
        "hollow: claimed, planned, proposed or denied",
    );
    y += 18.0;

    if !dated.is_empty() {
        y = chart(&mut body, timeline, &dated, y + 22.0);
    }
    if !undated.is_empty() {
        y = list(&mut body, &undated, y + 30.0);
    }
    if timeline.is_empty() {
        y += 24.0;
        text(
            &mut body,
            24.0,
            y,
            "font-size=\"13\" fill=\"#666\"",
            "No events.",
        );
    }
    let height = (y + 24.0).ceil();

    let mut out = String::with_capacity(body.len() + 512);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" \
         viewBox=\"0 0 {WIDTH} {height}\" font-family=\"{FONT}\">\n<title>"
    );
    xml_text(&mut out, &title);
    out.push_str("</title>\n");
    let _ = writeln!(
        out,
        "<rect x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"{height}\" fill=\"#ffffff\"/>"
    );
    out.push_str(&body);
    out.push_str("</svg>\n");
    out
}

/// The date scale: day `d` maps to `x0 + (d - origin) * px_per_day` (a day's left edge).
struct Scale {
    origin: NaiveDate,
    days: f64,
}

impl Scale {
    fn x(&self, d: NaiveDate) -> f64 {
        let n = d.signed_duration_since(self.origin).num_days() as f64;
        PLOT_X0 + n / self.days * (PLOT_X1 - PLOT_X0)
    }
    fn px_per_day(&self) -> f64 {
        (PLOT_X1 - PLOT_X0) / self.days
    }
}

/// The axis and one row per dated event; returns the y below the last row.
fn chart(
    out: &mut String,
    timeline: &Timeline,
    dated: &[(&Event, NaiveDate, NaiveDate)],
    axis_y: f64,
) -> f64 {
    let (Some(first), Some(last)) = (
        dated.iter().map(|d| d.1).min(),
        dated.iter().map(|d| d.2).max(),
    ) else {
        return axis_y;
    };
    let span = last
        .signed_duration_since(first)
        .num_days()
        .saturating_add(1);
    let pad = (span / 25).max(1);
    let origin = first
        .checked_sub_days(Days::new(pad.unsigned_abs()))
        .unwrap_or(first);
    let end = last
        .checked_add_days(Days::new(pad.unsigned_abs().saturating_add(1)))
        .unwrap_or(last);
    let scale = Scale {
        origin,
        days: (end.signed_duration_since(origin).num_days().max(1)) as f64,
    };
    let rows_top = axis_y + 14.0;
    let rows_bottom = rows_top + ROW_H * dated.len() as f64;

    // Row stripes.
    for i in (1..dated.len()).step_by(2) {
        let _ = write!(
            out,
            "<rect x=\"12\" y=\"{:.1}\" width=\"{:.1}\" height=\"{ROW_H}\" fill=\"#f6f7f9\"/>",
            rows_top + ROW_H * i as f64,
            WIDTH - 24.0
        );
    }
    out.push('\n');

    // Ticks, grid lines and the axis.
    let mut last_label_x = f64::NEG_INFINITY;
    for (d, label) in ticks(origin, end) {
        let x = if scale.px_per_day() >= 12.0 {
            scale.x(d) + scale.px_per_day() / 2.0
        } else {
            scale.x(d)
        };
        if !(PLOT_X0..=PLOT_X1).contains(&x) {
            continue;
        }
        let _ = write!(
            out,
            "<line x1=\"{x:.1}\" y1=\"{axis_y:.1}\" x2=\"{x:.1}\" y2=\"{rows_bottom:.1}\" stroke=\"#e3e5e8\"/>\
             <line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{axis_y:.1}\" stroke=\"#888\"/>",
            axis_y - 5.0
        );
        let w = label.chars().count() as f64 * CHAR_W;
        if x - w / 2.0 > last_label_x + 8.0 {
            let _ = write!(
                out,
                "<text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"11.5\" fill=\"#555\" text-anchor=\"middle\">",
                axis_y - 9.0
            );
            xml_text(out, &label);
            out.push_str("</text>");
            last_label_x = x + w / 2.0;
        }
    }
    let _ = writeln!(
        out,
        "<line x1=\"{PLOT_X0}\" y1=\"{axis_y:.1}\" x2=\"{PLOT_X1}\" y2=\"{axis_y:.1}\" stroke=\"#888\"/>"
    );

    // The publication date, when inside the axis.
    let published = timeline.published;
    if published >= origin && published < end {
        let x = scale.x(published) + scale.px_per_day() / 2.0;
        let _ = write!(
            out,
            "<line x1=\"{x:.1}\" y1=\"{axis_y:.1}\" x2=\"{x:.1}\" y2=\"{rows_bottom:.1}\" stroke=\"#444\" stroke-dasharray=\"4 4\" opacity=\"0.45\"/>"
        );
        let (lx, anchor) = if x + 64.0 > WIDTH - 12.0 {
            (x - 4.0, " text-anchor=\"end\"")
        } else {
            (x + 4.0, "")
        };
        let _ = writeln!(
            out,
            "<text x=\"{lx:.1}\" y=\"{:.1}\" font-size=\"10.5\" fill=\"#777\"{anchor}>published</text>",
            rows_bottom + 13.0
        );
    }

    // The rows.
    let mut previous_date: Option<String> = None;
    for (i, (e, s, en)) in dated.iter().enumerate() {
        let cy = rows_top + ROW_H * i as f64 + ROW_H / 2.0;
        let value = date_label(e);
        if previous_date.as_deref() != Some(value.as_str()) {
            // Two lines when the date has a part of the day: "2025-04-05" over "night".
            let (day, part) = value.split_once(' ').unwrap_or((value.as_str(), ""));
            let dy = if part.is_empty() { 4.0 } else { -2.0 };
            text(
                out,
                20.0,
                cy + dy,
                "font-size=\"11.5\" fill=\"#555\"",
                &truncate(day, 14),
            );
            if !part.is_empty() {
                text(
                    out,
                    20.0,
                    cy + 11.0,
                    "font-size=\"10.5\" fill=\"#888\"",
                    &truncate(part, 14),
                );
            }
            previous_date = Some(value);
        }
        let colour = colour(e.kind);
        let hollow = e.modality != Modality::Asserted;
        let fill = if hollow {
            "fill=\"#ffffff\" stroke-dasharray=\"3 2\"".to_string()
        } else {
            format!("fill=\"{colour}\" fill-opacity=\"0.85\"")
        };
        let (mark_x0, mark_x1);
        out.push_str("<g>");
        if s == en {
            let r = radius(e);
            let cx = scale.x(*s) + scale.px_per_day() / 2.0;
            let _ = write!(
                out,
                "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{r:.1}\" {fill} stroke=\"{colour}\" stroke-width=\"{}\">",
                if hollow { 2 } else { 1 }
            );
            mark_x0 = cx - r;
            mark_x1 = cx + r;
        } else {
            let half = scale.px_per_day() / 2.0;
            let bx0 = scale.x(*s) + half - 6.0;
            let bx1 = (scale.x(*en) + half + 6.0).max(bx0 + 12.0);
            // A light bar, so that a label can sit inside it.
            let fill = if hollow {
                fill
            } else {
                format!("fill=\"{colour}\" fill-opacity=\"0.22\"")
            };
            let _ = write!(
                out,
                "<rect x=\"{bx0:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"20\" rx=\"10\" {fill} stroke=\"{colour}\" stroke-width=\"{}\">",
                cy - 10.0,
                bx1 - bx0,
                if hollow { 2 } else { 1 }
            );
            mark_x0 = bx0;
            mark_x1 = bx1;
        }
        out.push_str("<title>");
        xml_text(out, &tooltip(e));
        out.push_str("</title>");
        out.push_str(if s == en { "</circle>" } else { "</rect>" });
        label(out, e, mark_x0, mark_x1, cy);
        out.push_str("</g>\n");
    }
    rows_bottom + 14.0
}

/// Radius of an event's circle: grows with the logarithm of the number killed.
fn radius(e: &Event) -> f64 {
    let killed = e
        .casualties
        .killed
        .and_then(|c| c.low.or(c.high))
        .unwrap_or(0) as f64;
    (5.0 + 2.3 * killed.ln_1p()).min(14.0)
}

/// The label of a row, right of its mark when it fits, else left, else cut to fit.
fn label(out: &mut String, e: &Event, mark_x0: f64, mark_x1: f64, cy: f64) {
    let head = match e.locations.first() {
        Some(_) => e
            .locations
            .iter()
            .map(|l| l.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        None => actors_label(e),
    };
    let mut rest = kind_label(e);
    if e.modality != Modality::Asserted {
        let _ = write!(rest, " ({})", e.modality.as_str());
    }
    let cas = casualties_label(e);
    if !cas.is_empty() {
        let _ = write!(rest, " · {cas}");
    }
    if e.sources.len() > 1 {
        let _ = write!(rest, " · {} reports", e.sources.len());
    }
    let head = one_line(&head);
    let full = head.chars().count() + 1 + rest.chars().count();
    let w = full as f64 * CHAR_W;
    // Right of the mark, else left of it, else over it (a long bar), else wherever there is
    // most room, cut to fit.
    let right = (mark_x1 + 6.0, false);
    let left = (mark_x0 - 6.0, true);
    let over = (mark_x0.max(PLOT_X0) + 10.0, false);
    let room = |(x, end): (f64, bool)| {
        if end {
            x - (PLOT_X0 - 4.0)
        } else {
            WIDTH - 12.0 - x
        }
    };
    let (x, anchor_end) = [right, left, over]
        .into_iter()
        .find(|p| w <= room(*p))
        .unwrap_or_else(|| {
            [right, left, over]
                .into_iter()
                .fold(right, |best, p| if room(p) > room(best) { p } else { best })
        });
    let max_chars = ((room((x, anchor_end)) / CHAR_W).floor().max(4.0)) as usize;
    let (head, rest) = if full <= max_chars {
        (head, rest)
    } else if head.chars().count() + 2 <= max_chars {
        let left = max_chars.saturating_sub(head.chars().count() + 1);
        (head, truncate(&rest, left))
    } else {
        (truncate(&head, max_chars), String::new())
    };
    let anchor = if anchor_end {
        " text-anchor=\"end\""
    } else {
        ""
    };
    // A white halo keeps labels readable over grid lines, except inside a bar.
    let halo = if (x, anchor_end) == over {
        ""
    } else {
        " stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\""
    };
    let _ = write!(
        out,
        "<text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#222\"{halo}{anchor}><tspan font-weight=\"600\">",
        cy + 4.0
    );
    xml_text(out, &head);
    out.push_str("</tspan>");
    if !rest.is_empty() {
        out.push_str("<tspan dx=\"5\" fill=\"#555\">");
        xml_text(out, &rest);
        out.push_str("</tspan>");
    }
    out.push_str("</text>");
}

/// The tooltip of a mark: everything the row could not show.
fn tooltip(e: &Event) -> String {
    let mut parts = vec![format!("{} ({})", kind_label(e), e.modality.as_str())];
    if let Some(d) = &e.date {
        match &d.text {
            Some(t) => parts.push(format!("{} \u{201c}{}\u{201d}", d.value, one_line(t))),
            None => parts.push(d.value.clone()),
        }
    }
    let places = super::write::places_label(e);
    if !places.is_empty() {
        parts.push(places);
    }
    let actors = actors_label(e);
    if !actors.is_empty() {
        parts.push(actors);
    }
    let cas = casualties_label(e);
    if !cas.is_empty() {
        parts.push(cas);
    }
    let weapons = super::write::weapons_label(e);
    if !weapons.is_empty() {
        parts.push(weapons);
    }
    if let Some(s) = &e.source {
        parts.push(format!("source: {}", one_line(s)));
    }
    if !e.sources.is_empty() {
        let docs: Vec<&str> = e.sources.iter().map(|s| s.document.as_str()).collect();
        parts.push(format!("reports: {}", docs.join(", ")));
    }
    parts.join(" | ")
}

/// The undated and vaguely dated events, as a list; returns the y below it.
fn list(out: &mut String, events: &[&Event], top: f64) -> f64 {
    let mut y = top;
    text(
        out,
        24.0,
        y,
        "font-size=\"14\" font-weight=\"700\" fill=\"#222\"",
        &format!("Undated or vaguely dated ({})", events.len()),
    );
    let _ = writeln!(
        out,
        "<line x1=\"24\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#ddd\"/>",
        y + 8.0,
        WIDTH - 24.0,
        y + 8.0
    );
    y += 10.0;
    for e in events {
        y += LIST_ROW_H;
        let colour = colour(e.kind);
        let hollow = e.modality != Modality::Asserted;
        let _ = write!(
            out,
            "<g><circle cx=\"32\" cy=\"{:.1}\" r=\"5.5\" fill=\"{}\" stroke=\"{colour}\" stroke-width=\"{}\"{}><title>",
            y - 4.0,
            if hollow { "#ffffff" } else { colour },
            if hollow { 2 } else { 1 },
            if hollow {
                " stroke-dasharray=\"3 2\""
            } else {
                ""
            }
        );
        xml_text(out, &tooltip(e));
        out.push_str("</title></circle>");
        let when = date_label(e);
        let mut rest = kind_label(e);
        if e.modality != Modality::Asserted {
            let _ = write!(rest, " ({})", e.modality.as_str());
        }
        let who = if e.locations.is_empty() {
            actors_label(e)
        } else {
            super::write::places_label(e)
        };
        let cas = casualties_label(e);
        if !cas.is_empty() {
            let _ = write!(rest, " · {cas}");
        }
        let _ = write!(rest, " · {when}");
        let max = ((WIDTH - 60.0) / CHAR_W) as usize;
        let head = truncate(&one_line(&who), max / 2);
        let rest = truncate(&rest, max.saturating_sub(head.chars().count() + 1));
        let _ = write!(
            out,
            "<text x=\"46\" y=\"{y:.1}\" font-size=\"12\" fill=\"#222\"><tspan font-weight=\"600\">"
        );
        xml_text(out, &head);
        out.push_str("</tspan><tspan dx=\"5\" fill=\"#555\">");
        xml_text(out, &rest);
        out.push_str("</tspan></text></g>\n");
    }
    y + 8.0
}

/// Axis ticks between `from` and `to` (exclusive): every day, every Monday, every month,
/// every quarter or every n-th year, whichever keeps the axis readable.
fn ticks(from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, String)> {
    let days = to.signed_duration_since(from).num_days();
    let mut out = Vec::new();
    if days <= 70 {
        let mut d = from;
        while d < to {
            if days <= 16 || d.weekday() == chrono::Weekday::Mon {
                out.push((d, d.format("%b %-d").to_string()));
            }
            match d.succ_opt() {
                Some(n) => d = n,
                None => break,
            }
        }
        return out;
    }
    if days > 1500 {
        // Every `step` years, on years that are multiples of `step`.
        let step = i32::try_from((days / 365 / 10).max(1)).unwrap_or(i32::MAX);
        let mut year = from.year().div_euclid(step).saturating_mul(step);
        if year < from.year() {
            year = year.saturating_add(step);
        }
        while let Some(d) = NaiveDate::from_ymd_opt(year, 1, 1) {
            if d >= to {
                break;
            }
            if d >= from {
                out.push((d, d.format("%Y").to_string()));
            }
            match year.checked_add(step) {
                Some(y) => year = y,
                None => break,
            }
        }
        return out;
    }
    // Every month, or every quarter.
    let every = if days <= 420 { 1 } else { 3 };
    let mut year = from.year();
    let mut month = 1u32;
    while let Some(d) = NaiveDate::from_ymd_opt(year, month, 1) {
        if d >= to {
            break;
        }
        if d >= from && (month - 1) % every == 0 {
            let label = if every == 1 && month != 1 {
                d.format("%b").to_string()
            } else {
                d.format("%b %Y").to_string()
            };
            out.push((d, label));
        }
        if month == 12 {
            month = 1;
            year = year.saturating_add(1);
        } else {
            month += 1;
        }
    }
    out
}

fn text(out: &mut String, x: f64, y: f64, attrs: &str, s: &str) {
    let _ = write!(out, "<text x=\"{x:.1}\" y=\"{y:.1}\" {attrs}>");
    xml_text(out, s);
    out.push_str("</text>\n");
}
