//! Scoring on the gold-annotated dev corpus (shared by `tests/dev_corpus.rs` and
//! `examples/eval_events.rs`), exactly as ../shared/corpus/README.md describes: a system event
//! matches a gold event when one of its mentions overlaps the gold evidence sentence and the
//! kinds agree (one-to-one).
#![allow(dead_code)]

use std::path::PathBuf;

use conflict_timeline::{Count, Event, Extractor, Published, Span, Timeline};
use serde_json::Value;

/// Where ../shared is, if present.
pub fn shared_dir() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared");
    p.join("corpus")
        .join("dev")
        .join("gold.jsonl")
        .exists()
        .then_some(p)
}

/// True when tests must not skip for lack of ../shared.
pub fn shared_required() -> bool {
    std::env::var("CONFLICT_TIMELINE_REQUIRE_SHARED").is_ok_and(|v| v == "1")
}

/// One article with its gold.
pub struct Article {
    pub id: String,
    pub published: String,
    pub text: String,
    pub gold: Vec<Value>,
    pub non_events: Vec<Value>,
}

/// Reads the dev corpus.
pub fn load(shared: &std::path::Path) -> Vec<Article> {
    load_dir(&shared.join("corpus").join("dev"))
}

/// Reads `articles.jsonl` and `gold.jsonl` of a directory in the dev corpus format.
pub fn load_dir(dev: &std::path::Path) -> Vec<Article> {
    let arts = std::fs::read_to_string(dev.join("articles.jsonl")).unwrap_or_default();
    let gold = std::fs::read_to_string(dev.join("gold.jsonl")).unwrap_or_default();
    let golds: Vec<Value> = gold
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    arts.lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .map(|a| {
            let id = a["id"].as_str().unwrap_or("").to_string();
            let g = golds.iter().find(|g| g["id"] == a["id"]);
            Article {
                published: a["published"].as_str().unwrap_or("").to_string(),
                text: a["text"].as_str().unwrap_or("").to_string(),
                gold: g
                    .and_then(|g| g["events"].as_array().cloned())
                    .unwrap_or_default(),
                non_events: g
                    .and_then(|g| g["non_events"].as_array().cloned())
                    .unwrap_or_default(),
                id,
            }
        })
        .collect()
}

/// The figures of one evaluation run.
#[derive(Debug, Default, Clone)]
pub struct Scores {
    pub gold: usize,
    pub system: usize,
    pub matched: usize,
    pub dated_ok: usize,
    pub kind_pairs: usize,
    pub kind_ok: usize,
    pub cas_total: usize,
    pub cas_ok: usize,
    pub loc_total: usize,
    pub loc_found: usize,
    pub non_event_hits: usize,
    /// Human-readable lines: misses, extras, wrong dates, wrong counts, non-events.
    pub report: Vec<String>,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Scores {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.system)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    pub fn dated_f1(&self) -> f64 {
        f1(
            ratio(self.dated_ok, self.system),
            ratio(self.dated_ok, self.gold),
        )
    }
    pub fn kind_accuracy(&self) -> f64 {
        ratio(self.kind_ok, self.kind_pairs)
    }
    pub fn casualty_exact(&self) -> f64 {
        ratio(self.cas_ok, self.cas_total)
    }
    pub fn location_recall(&self) -> f64 {
        ratio(self.loc_found, self.loc_total)
    }
    pub fn summary(&self) -> String {
        format!(
            "events: gold {} system {} matched {} | P {:.3} R {:.3} F1 {:.3} | dated-event F1 {:.3} | kind accuracy {:.3} | casualty exact {:.3} ({}/{}) | location recall {:.3} ({}/{}) | non-events produced {}",
            self.gold,
            self.system,
            self.matched,
            self.precision(),
            self.recall(),
            self.f1(),
            self.dated_f1(),
            self.kind_accuracy(),
            self.casualty_exact(),
            self.cas_ok,
            self.cas_total,
            self.location_recall(),
            self.loc_found,
            self.loc_total,
            self.non_event_hits
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn find_span(text: &str, needle: &str) -> Option<Span> {
    text.find(needle).map(|i| Span::new(i, i + needle.len()))
}

fn gold_count(v: &Value) -> Option<Count> {
    if v.is_null() {
        return None;
    }
    Some(Count {
        low: v["low"].as_u64(),
        high: v["high"].as_u64(),
    })
}

/// A place name compared loosely: canonical gazetteer name, without a region suffix
/// ("Sagaing Region" is the gold's "Sagaing").
fn canon(name: &str) -> String {
    let n = conflict_timeline::lookup_place(name)
        .map(|p| p.name.to_lowercase())
        .unwrap_or_else(|| name.to_lowercase());
    let mut n = n.as_str();
    for suffix in [
        " oblast",
        " region",
        " province",
        " state",
        " governorate",
        " district",
        " city",
    ] {
        n = n.strip_suffix(suffix).unwrap_or(n);
    }
    n.to_string()
}

fn same_place(a: &str, b: &str) -> bool {
    canon(a) == canon(b) || a.eq_ignore_ascii_case(b)
}

/// Maximum bipartite matching (gold → system) by augmenting paths.
fn matching(cand: &[Vec<usize>], n_sys: usize) -> Vec<Option<usize>> {
    let mut owner: Vec<Option<usize>> = vec![None; n_sys];
    fn try_assign(
        g: usize,
        cand: &[Vec<usize>],
        seen: &mut [bool],
        owner: &mut [Option<usize>],
    ) -> bool {
        for &s in &cand[g] {
            if seen[s] {
                continue;
            }
            seen[s] = true;
            if owner[s].is_none() || try_assign(owner[s].unwrap_or(0), cand, seen, owner) {
                owner[s] = Some(g);
                return true;
            }
        }
        false
    }
    for g in 0..cand.len() {
        let mut seen = vec![false; n_sys];
        try_assign(g, cand, &mut seen, &mut owner);
    }
    let mut out = vec![None; cand.len()];
    for (s, o) in owner.iter().enumerate() {
        if let Some(g) = o {
            out[*g] = Some(s);
        }
    }
    out
}

fn describe(e: &Event, text: &str) -> String {
    let date = e
        .date
        .as_ref()
        .map(|d| d.value.clone())
        .unwrap_or_else(|| "null".into());
    let ev = e.mentions.first().and_then(|m| m.slice(text)).unwrap_or("");
    let short: String = ev.chars().take(90).collect();
    format!(
        "{} {} [{}] {:?}",
        e.kind,
        date,
        e.locations
            .iter()
            .map(|l| l.name.as_str())
            .collect::<Vec<_>>()
            .join(","),
        short
    )
}

/// Scores one article into `s`.
pub fn score_article(ex: &Extractor, a: &Article, s: &mut Scores) {
    let Ok(published) = a.published.parse::<Published>() else {
        return;
    };
    let Ok(tl): Result<Timeline, _> = ex.extract(&a.text, published) else {
        return;
    };
    let sys = &tl.events;
    s.gold += a.gold.len();
    s.system += sys.len();
    let ev_spans: Vec<Option<Span>> = a
        .gold
        .iter()
        .map(|g| find_span(&a.text, g["evidence"].as_str().unwrap_or("\u{0}")))
        .collect();
    let overlapping = |gi: usize, e: &Event| {
        ev_spans[gi].is_some_and(|sp| e.mentions.iter().any(|m| m.overlaps(&sp)))
    };
    // Candidates whose date is right are tried first, so ties between events on one evidence
    // sentence resolve in favour of the right pairing.
    let date_right = |gi: usize, e: &Event| {
        let g = &a.gold[gi];
        let sysdate = e.date.as_ref().map(|d| d.value.clone());
        let mut ok: Vec<Option<String>> = vec![g["date"].as_str().map(str::to_string)];
        if let Some(alts) = g["date_alt"].as_array() {
            ok.extend(alts.iter().map(|v| v.as_str().map(str::to_string)));
        }
        ok.contains(&sysdate)
    };
    let cand: Vec<Vec<usize>> = (0..a.gold.len())
        .map(|gi| {
            let mut c: Vec<usize> = (0..sys.len())
                .filter(|&si| {
                    overlapping(gi, &sys[si])
                        && sys[si].kind.as_str() == a.gold[gi]["kind"].as_str().unwrap_or("")
                })
                .collect();
            c.sort_by_key(|&si| !date_right(gi, &sys[si]));
            c
        })
        .collect();
    let m = matching(&cand, sys.len());
    // kind accuracy: matching on overlap alone
    let cand_any: Vec<Vec<usize>> = (0..a.gold.len())
        .map(|gi| {
            (0..sys.len())
                .filter(|&si| overlapping(gi, &sys[si]))
                .collect()
        })
        .collect();
    let m_any = matching(&cand_any, sys.len());
    for (gi, o) in m_any.iter().enumerate() {
        if let Some(si) = o {
            s.kind_pairs += 1;
            if sys[*si].kind.as_str() == a.gold[gi]["kind"].as_str().unwrap_or("") {
                s.kind_ok += 1;
            }
        }
    }
    let mut used = vec![false; sys.len()];
    for (gi, o) in m.iter().enumerate() {
        let g = &a.gold[gi];
        let Some(si) = o else {
            s.report.push(format!(
                "[{}] MISS {} {} {:?}",
                a.id,
                g["kind"].as_str().unwrap_or(""),
                g["date"],
                g["evidence"]
                    .as_str()
                    .unwrap_or("")
                    .chars()
                    .take(90)
                    .collect::<String>()
            ));
            continue;
        };
        used[*si] = true;
        s.matched += 1;
        let e = &sys[*si];
        let sysdate = e.date.as_ref().map(|d| d.value.clone());
        let mut ok_dates: Vec<Option<String>> = vec![g["date"].as_str().map(str::to_string)];
        if let Some(alts) = g["date_alt"].as_array() {
            ok_dates.extend(alts.iter().map(|v| v.as_str().map(str::to_string)));
        }
        if ok_dates.contains(&sysdate) {
            s.dated_ok += 1;
        } else {
            s.report.push(format!(
                "[{}] DATE want {} got {:?}: {}",
                a.id,
                g["date"],
                sysdate,
                describe(e, &a.text)
            ));
        }
        let fields = [
            ("killed", e.casualties.killed),
            ("injured", e.casualties.injured),
            ("children_killed", e.casualties.children_killed),
        ];
        if fields.iter().any(|(f, _)| !g[*f].is_null()) {
            s.cas_total += 1;
            if fields.iter().all(|(f, c)| gold_count(&g[*f]) == *c) {
                s.cas_ok += 1;
            } else {
                s.report.push(format!(
                    "[{}] CASUALTIES want k={} i={} c={} got k={:?} i={:?} c={:?}: {}",
                    a.id,
                    g["killed"],
                    g["injured"],
                    g["children_killed"],
                    e.casualties.killed,
                    e.casualties.injured,
                    e.casualties.children_killed,
                    describe(e, &a.text)
                ));
            }
        }
        for loc in g["locations"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|l| l.as_str())
        {
            s.loc_total += 1;
            if e.locations.iter().any(|l| same_place(&l.name, loc)) {
                s.loc_found += 1;
            } else {
                s.report.push(format!(
                    "[{}] LOCATION missing {:?}: {}",
                    a.id,
                    loc,
                    describe(e, &a.text)
                ));
            }
        }
    }
    for (si, e) in sys.iter().enumerate() {
        if !used[si] {
            s.report
                .push(format!("[{}] EXTRA {}", a.id, describe(e, &a.text)));
        }
    }
    // Non-events: no unmatched event may rest on the phrase, and no event may be dated by it.
    for ne in &a.non_events {
        let Some(sp) = find_span(&a.text, ne["phrase"].as_str().unwrap_or("\u{0}")) else {
            continue;
        };
        let dated_by = sys.iter().any(|e| {
            e.date
                .as_ref()
                .and_then(|d| d.span)
                .is_some_and(|d| d.overlaps(&sp))
        });
        let extra_on = sys
            .iter()
            .enumerate()
            .any(|(si, e)| !used[si] && e.mentions.iter().any(|m| m.overlaps(&sp)));
        if dated_by || extra_on {
            s.non_event_hits += 1;
            s.report.push(format!(
                "[{}] NON-EVENT became event/date: {:?}",
                a.id,
                ne["phrase"].as_str().unwrap_or("")
            ));
        }
    }
}

/// Scores the whole dev corpus.
pub fn score_all(shared: &std::path::Path) -> Scores {
    score_articles(&load(shared))
}

/// Scores a directory in the dev corpus format (e.g. tests/data/heldout).
pub fn score_dir(dir: &std::path::Path) -> Scores {
    score_articles(&load_dir(dir))
}

/// Scores articles with their gold.
pub fn score_articles(articles: &[Article]) -> Scores {
    let ex = Extractor::new();
    let mut s = Scores::default();
    for a in articles {
        score_article(&ex, a, &mut s);
    }
    s
}
