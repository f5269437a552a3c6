//! TimeML in and out: annotating gives back the input TEXT once the inserted TIMEX3 tags are
//! stripped, on a hand-written document and on every file of ../shared/corpus/te3-tbaq.

use conflict_timeline::{Extractor, annotate_timeml, read_timeml, to_timeml};

fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in s.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

const DOC: &str = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>x</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-06\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">19980206</TIMEX3></DCT>\n<TEXT>\nAT&amp;T <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> <TIMEX3 tid=\"t9\" type=\"DATE\" value=\"1998-02-05\">Thursday</TIMEX3> &lt;sic&gt; and will rise next year.\n</TEXT>\n<TLINK lid=\"l1\" relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToTime=\"t0\"/>\n</TimeML>\n";

#[test]
fn annotate_keeps_the_document_byte_identical_apart_from_timex_tags() {
    let out = annotate_timeml(&Extractor::new(), DOC).unwrap();
    assert!(out.contains("AT&amp;T fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-05\">Thursday</TIMEX3> &lt;sic&gt; and will rise <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1999\">next year</TIMEX3>."), "{out}");
    // outside TEXT nothing changed
    let (head, _) = DOC.split_once("<TEXT>").unwrap();
    assert!(out.starts_with(head));
    assert!(out.ends_with("</TEXT>\n<TLINK lid=\"l1\" relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToTime=\"t0\"/>\n</TimeML>\n"));
    // stripping our tags gives back the input's TEXT without its tags
    let doc = read_timeml(DOC).unwrap();
    let again = read_timeml(&out).unwrap();
    assert_eq!(again.text, doc.text);
    assert_eq!(again.timexes.len(), 2);
}

#[test]
fn errors_and_export() {
    assert!(annotate_timeml(&Extractor::new(), "<TimeML></TimeML>").is_err());
    assert!(annotate_timeml(&Extractor::new(), "<TEXT>x</TEXT>").is_err());
    let d = chrono::NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
    let text = "Talks <maybe> on Friday & later.";
    let tl = Extractor::new().extract(text, d).unwrap();
    let xml = to_timeml(text, &tl);
    let back = read_timeml(&xml).unwrap();
    assert_eq!(back.text, "Talks &lt;maybe&gt; on Friday &amp; later.");
    assert_eq!(back.timexes[0].text, "Friday");
    // the "on" before a date stays outside the tag with the line breaks after it (here the
    // last word of a headline), and the one between a clock time and its day too
    let text = "Chip glut drags on\n\nApril 25, 2023\n\nThe plant closed at 6 p.m. on Sunday.";
    let d = chrono::NaiveDate::from_ymd_opt(2023, 4, 25).unwrap();
    let back = read_timeml(&to_timeml(
        text,
        &Extractor::new().extract(text, d).unwrap(),
    ))
    .unwrap();
    let tagged: Vec<&str> = back.timexes.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(tagged, ["April 25, 2023", "6 p.m.", "Sunday"]);
}

#[test]
fn round_trip_on_the_shared_corpus() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/te3-tbaq");
    if !root.exists() {
        assert!(
            std::env::var("CONFLICT_TIMELINE_REQUIRE_SHARED").as_deref() != Ok("1"),
            "../shared is required"
        );
        println!("skipped: {} not found", root.display());
        return;
    }
    let ex = Extractor::new();
    let mut n = 0;
    for sub in ["TimeBank", "AQUAINT"] {
        for entry in std::fs::read_dir(root.join(sub)).unwrap() {
            let path = entry.unwrap().path();
            let xml = std::fs::read_to_string(&path).unwrap();
            let out = annotate_timeml(&ex, &xml).unwrap();
            let a = read_timeml(&xml).unwrap();
            let b = read_timeml(&out).unwrap();
            assert_eq!(a.text, b.text, "{}", path.display());
            assert_eq!(strip_tags(&a.text), strip_tags(&b.text));
            let (head, _) = xml.split_once("<TEXT>").unwrap();
            assert!(out.starts_with(head));
            n += 1;
        }
    }
    assert!(n > 200);
}
