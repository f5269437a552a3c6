//! TimeML in and out: read a TimeML document (DCT, TEXT and any TIMEX3 already in it), tag a
//! TimeML document with this crate's TIMEX3 annotations, and export any text as TimeML.
//!
//! The text the tagger sees is the TEXT element with every tag inside it removed and its
//! character entities kept as written (`&amp;` stays `&amp;`), so the annotated output is
//! byte-identical to the input apart from the inserted `<TIMEX3>` tags.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::extract::Extractor;
use crate::text::Span;
use crate::time::TimeExpr;

/// One TIMEX3 annotation read from a TimeML TEXT.
///
/// ```
/// let xml = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
/// <TEXT>It fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT></TimeML>"#;
/// let doc = conflict_timeline::read_timeml(xml).unwrap();
/// let t = &doc.timexes[0];
/// assert_eq!((t.text.as_str(), t.timex_type.as_str(), t.value.as_str()), ("yesterday", "DATE", "1998-01-07"));
/// assert_eq!(t.span.slice(&doc.text), Some("yesterday"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeMlTimex {
    /// Where the annotated phrase is in [`TimeMlDocument::text`] (byte offsets).
    pub span: Span,
    /// The annotated phrase.
    pub text: String,
    /// The `type` attribute (`DATE`, `TIME`, `DURATION`, `SET`).
    pub timex_type: String,
    /// The `value` attribute.
    pub value: String,
    /// The `mod` attribute, if any.
    pub modifier: Option<String>,
}

/// A TimeML document as read by [`read_timeml`].
///
/// ```
/// let xml = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-04-06\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT><TEXT>Calm &amp; quiet.</TEXT></TimeML>";
/// let doc = conflict_timeline::read_timeml(xml).unwrap();
/// assert_eq!(doc.dct.to_string(), "2025-04-06");
/// assert_eq!(doc.text, "Calm &amp; quiet.");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeMlDocument {
    /// The document creation time (the DCT's TIMEX3 value, as a date).
    pub dct: NaiveDate,
    /// The TEXT element's content with every tag inside it removed (entities kept as written).
    pub text: String,
    /// The TIMEX3 annotations found inside TEXT, in text order.
    pub timexes: Vec<TimeMlTimex>,
    /// Byte range of the TEXT element's content in the input document.
    pub text_range: Span,
}

fn err(reason: &str) -> Error {
    Error::TimeMl {
        reason: reason.to_string(),
    }
}

/// The value of attribute `name` in the tag text `tag` (`<TIMEX3 a="b" ...>`).
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    loop {
        let i = rest.find(name)?;
        let before_ok = i == 0
            || rest
                .as_bytes()
                .get(i - 1)
                .is_some_and(|b| b.is_ascii_whitespace());
        let after = rest.get(i + name.len()..)?;
        let after_t = after.trim_start();
        if before_ok {
            if let Some(v) = after_t.strip_prefix('=') {
                let v = v.trim_start();
                let q = v.chars().next()?;
                if q == '"' || q == '\'' {
                    let body = v.get(1..)?;
                    let end = body.find(q)?;
                    return body.get(..end);
                }
            }
        }
        rest = after;
    }
}

/// Reads a TimeML document: its DCT (the TIMEX3 with `functionInDocument="CREATION_TIME"`),
/// its TEXT with the tags inside removed, and the TIMEX3 annotations inside TEXT.
///
/// # Errors
/// [`Error::TimeMl`] when the document has no TEXT element or no readable DCT.
///
/// ```
/// let xml = "<TimeML><TEXT>No date here.</TEXT></TimeML>";
/// assert!(conflict_timeline::read_timeml(xml).is_err());
/// ```
pub fn read_timeml(xml: &str) -> Result<TimeMlDocument> {
    let open = xml.find("<TEXT>").ok_or_else(|| err("no <TEXT> element"))?;
    let start = open + "<TEXT>".len();
    let len = xml
        .get(start..)
        .and_then(|s| s.find("</TEXT>"))
        .ok_or_else(|| err("no </TEXT>"))?;
    let end = start + len;
    let dct = read_dct(xml)?;
    let inner = xml.get(start..end).ok_or_else(|| err("bad TEXT range"))?;
    let mut text = String::with_capacity(inner.len());
    let mut timexes = Vec::new();
    // Open TIMEX3 tags (start offset in `text`, attributes); TIMEX3 does not nest in TimeML.
    let mut open_timex: Option<(usize, &str)> = None;
    let mut rest = inner;
    while let Some(lt) = rest.find('<') {
        text.push_str(rest.get(..lt).unwrap_or(""));
        let after = rest.get(lt..).unwrap_or("");
        let gt = after.find('>').ok_or_else(|| err("unclosed tag in TEXT"))?;
        let tag = after.get(..=gt).unwrap_or("");
        if tag.starts_with("<TIMEX3") {
            if tag.ends_with("/>") {
                // a non-consuming TIMEX3: no text, nothing to score
            } else {
                open_timex = Some((text.len(), tag));
            }
        } else if tag.starts_with("</TIMEX3") {
            if let Some((s, t)) = open_timex.take() {
                let span = Span::new(s, text.len());
                timexes.push(TimeMlTimex {
                    span,
                    text: text.get(s..).unwrap_or("").to_string(),
                    timex_type: attr(t, "type").unwrap_or("").to_string(),
                    value: attr(t, "value").unwrap_or("").to_string(),
                    modifier: attr(t, "mod").map(str::to_string),
                });
            }
        }
        rest = after.get(gt + 1..).unwrap_or("");
    }
    text.push_str(rest);
    Ok(TimeMlDocument {
        dct,
        text,
        timexes,
        text_range: Span::new(start, end),
    })
}

fn read_dct(xml: &str) -> Result<NaiveDate> {
    let mut from = 0;
    while let Some(i) = xml.get(from..).and_then(|s| s.find("<TIMEX3")) {
        let at = from + i;
        let tag_end = xml
            .get(at..)
            .and_then(|s| s.find('>'))
            .ok_or_else(|| err("unclosed TIMEX3"))?;
        let tag = xml.get(at..at + tag_end).unwrap_or("");
        if attr(tag, "functionInDocument") == Some("CREATION_TIME") {
            let value = attr(tag, "value").ok_or_else(|| err("DCT without value"))?;
            let day = value.get(..10).unwrap_or(value);
            return NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .map_err(|_| err(&format!("DCT value {value:?} is not a date")));
        }
        from = at + tag_end;
    }
    Err(err(
        "no DCT (a TIMEX3 with functionInDocument=\"CREATION_TIME\")",
    ))
}

/// The extent a TIMEX3 tag covers for this expression: the phrase without a leading "on"
/// and the spaces or line breaks after it (kept in [`TimeExpr::text`] for readers, outside
/// the tag by TimeML convention).
fn timex_extent(t: &TimeExpr) -> Span {
    let skip = crate::text::after_on(&t.text).map_or(0, |rest| t.text.len() - rest.len());
    Span::new(t.span.start.saturating_add(skip), t.span.end)
}

fn open_tag(out: &mut String, tid: usize, t: &TimeExpr) {
    out.push_str(&format!(
        "<TIMEX3 tid=\"t{tid}\" type=\"{}\" value=\"{}\"",
        t.timex_type.as_str(),
        xml_escape(&t.value)
    ));
    if let Some(m) = t.modifier {
        out.push_str(&format!(" mod=\"{}\"", m.as_str()));
    }
    out.push('>');
}

/// Writes `text` with a TIMEX3 tag around each expression; `escape` escapes the text pieces.
fn insert_tags(text: &str, times: &[TimeExpr], escape: bool) -> String {
    let mut out = String::with_capacity(text.len() + times.len() * 64);
    let mut pos = 0;
    let mut tid = 0;
    let push = |out: &mut String, s: &str| {
        if escape {
            out.push_str(&xml_escape(s));
        } else {
            out.push_str(s);
        }
    };
    for t in times {
        let span = timex_extent(t);
        let (Some(before), Some(inside)) = (text.get(pos..span.start), span.slice(text)) else {
            continue;
        };
        if span.start < pos || inside.is_empty() {
            continue;
        }
        tid += 1;
        push(&mut out, before);
        open_tag(&mut out, tid, t);
        push(&mut out, inside);
        out.push_str("</TIMEX3>");
        pos = span.end;
    }
    push(&mut out, text.get(pos..).unwrap_or(""));
    out
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Tags a TimeML document: reads its DCT and TEXT (ignoring any TIMEX3/EVENT/SIGNAL tags
/// already inside TEXT), runs the extractor on the plain text, and returns the same document
/// whose TEXT is that plain text with the tagger's `<TIMEX3 tid=".." type=".." value=".."
/// [mod=".."]>` tags inserted. Everything outside TEXT is kept byte for byte, and so is the
/// text itself (entities such as `&amp;` stay as written).
///
/// # Errors
/// [`crate::Error::TimeMl`] when the document has no DCT or TEXT.
///
/// ```
/// use conflict_timeline::{annotate_timeml, Extractor};
/// let xml = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n<TEXT>Shares fell <EVENT eid=\"e1\">yesterday</EVENT> at AT&amp;T.</TEXT></TimeML>";
/// let out = annotate_timeml(&Extractor::new(), xml).unwrap();
/// assert!(out.contains("<TEXT>Shares fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3> at AT&amp;T.</TEXT>"));
/// ```
pub fn annotate_timeml(extractor: &Extractor, xml: &str) -> Result<String> {
    let doc = read_timeml(xml)?;
    let timeline = extractor.extract(&doc.text, doc.dct)?;
    let tagged = insert_tags(&doc.text, &timeline.time_expressions, false);
    let head = xml.get(..doc.text_range.start).unwrap_or("");
    let tail = xml.get(doc.text_range.end..).unwrap_or("");
    Ok(format!("{head}{tagged}{tail}"))
}

/// Writes a document as TimeML: `text` (XML-escaped) with a `<TIMEX3>` tag around each of the
/// timeline's time expressions, inside a TimeML skeleton whose DCT is the timeline's
/// publication date.
///
/// ```
/// use conflict_timeline::{to_timeml, Extractor};
/// let d = chrono::NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
/// let text = "Talks & strikes on Friday.";
/// let tl = Extractor::new().extract(text, d).unwrap();
/// let xml = to_timeml(text, &tl);
/// assert!(xml.contains("<TEXT>Talks &amp; strikes on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-04-04\">Friday</TIMEX3>.</TEXT>"));
/// let back = conflict_timeline::read_timeml(&xml).unwrap();
/// assert_eq!(back.dct, d);
/// assert_eq!(back.timexes[0].value, "2025-04-04");
/// ```
pub fn to_timeml(text: &str, timeline: &crate::Timeline) -> String {
    let id = timeline.id.as_deref().unwrap_or("document");
    let dct = timeline.published;
    let body = insert_tags(text, &timeline.time_expressions, true);
    format!(
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>{}</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{dct}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{dct}</TIMEX3></DCT>\n<TEXT>{body}</TEXT>\n</TimeML>\n",
        xml_escape(id)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes() {
        let tag = r#"<TIMEX3 tid="t1" type="DATE" value="1998-01" mod="START" functionInDocument="NONE">"#;
        assert_eq!(attr(tag, "type"), Some("DATE"));
        assert_eq!(attr(tag, "value"), Some("1998-01"));
        assert_eq!(attr(tag, "mod"), Some("START"));
        assert_eq!(attr(tag, "anchorTimeID"), None);
    }

    #[test]
    fn reads_and_strips() {
        let xml = "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"1998-01-08T10:00\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT><TEXT>A <EVENT eid=\"e1\">fall</EVENT> <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1997\">last year</TIMEX3><TIMEX3 tid=\"t3\" type=\"DATE\" value=\"X\"/>.</TEXT></TimeML>";
        let doc = read_timeml(xml).unwrap();
        assert_eq!(doc.text, "A fall last year.");
        assert_eq!(doc.dct.to_string(), "1998-01-08");
        assert_eq!(doc.timexes.len(), 1);
        assert_eq!(doc.timexes[0].span.slice(&doc.text), Some("last year"));
        assert!(read_timeml("<TimeML><TEXT>x</TEXT></TimeML>").is_err());
        assert!(read_timeml("<TimeML><TEXT>x <b</TEXT></TimeML>").is_err());
        assert!(read_timeml("").is_err());
    }
}
