//! Weapons with their counts: "over 100 drones" (101/null), "23 missiles", "a ballistic
//! missile" (1/1), "glide bombs" (null), "a drone strike" (no count: the drone names the
//! strike). In an interception clause ("31 missiles were shot down", "shot down 10 of the
//! missiles") the count goes to `intercepted`, never to the launch count.

use super::Weapon;
use super::lexicon::{WEAPONS, WeaponEntry};
use super::phrases::{List, PhraseScan};
use super::words::{word_after, word_spans_back, words_after};
use crate::number::{Count, parse_quantity};
use crate::text::Span;

/// A weapon named in a clause.
pub(crate) struct WeaponHit {
    pub span: Span,
    pub entry: &'static WeaponEntry,
}

/// Weapon names inside `within`.
pub(crate) fn weapon_hits(text: &str, phrases: &PhraseScan, within: Span) -> Vec<WeaponHit> {
    WEAPONS
        .found(text, phrases, List::Weapon, within)
        .into_iter()
        .map(|h| WeaponHit {
            span: h.span,
            entry: h.entry,
        })
        .collect()
}

/// The count stated just before a weapon name: a quantity up to three words back (adjectives
/// between, or "N of the ..."), or "a"/"an" for a single weapon that is not a modifier.
fn count_before(text: &str, floor: usize, span: Span) -> Option<Count> {
    // The six words before, nearest first (Speed: read backwards, not the whole clause).
    let mut last = [Span::new(0, 0); 6];
    let mut n = 0usize;
    for (slot, w) in last
        .iter_mut()
        .zip(word_spans_back(text, Span::new(floor, span.start)))
    {
        *slot = w;
        n += 1;
    }
    // The `back`-th word before (1 is the nearest).
    let nth = |back: usize| {
        back.checked_sub(1)
            .filter(|&i| i < n)
            .and_then(|i| last.get(i))
    };
    // "five wounded when Russian artillery", "four days of missile strikes": a number before
    // one of these words counts something else. Speed: each word is read once (`crossed[i]`: one of the `i + 1` nearest
    // words holds one), not the whole run back to each candidate number again.
    let crossing = |w: &Span| {
        w.slice(text)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .any(|p| {
                [
                    "when", "and", "or", "after", "as", "while", "wounded", "killed", "injured",
                    "dead", "were", "was", "had", "by", "people", "in", "with", "during", "into",
                    "from", "against", "days", "nights", "hours", "weeks", "months", "years",
                ]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(p))
            })
    };
    let mut crossed = [false; 6];
    let mut any = false;
    for (slot, w) in crossed.iter_mut().zip(last.iter().take(n)) {
        any = any || crossing(w);
        *slot = any;
    }
    // The quantity read from the `k`-th word before, read once.
    let mut quantities: [Option<Option<crate::number::Quantity>>; 6] = [None; 6];
    for back in 1..=4usize {
        let Some(w) = nth(back) else {
            break;
        };
        let between = text.get(w.start..span.start).unwrap_or("");
        if between.contains([',', ';', '.', '(', ')', '\u{2014}']) && back > 1 {
            break;
        }
        let word = w.slice(text).unwrap_or("");
        if word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an") {
            let after = words_after::<3>(text, span.end, text.len(), true);
            let modifier = after.iter().any(|(_, nw)| {
                [
                    "strike",
                    "strikes",
                    "attack",
                    "attacks",
                    "and",
                    "or",
                    "barrage",
                    "launcher",
                    "launchers",
                    "programme",
                    "program",
                    "factory",
                    "production",
                    "unit",
                ]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(nw))
            });
            return (!modifier).then(|| Count::exact(1));
        }
        // try a qualifier start a few words further back ("more than 100")
        for extra in (0..=2usize).rev() {
            let k = back + extra;
            let Some(ws) = nth(k) else {
                continue;
            };
            if crossed.get(k - 1).copied().unwrap_or(true) {
                continue;
            }
            let Some(slot) = quantities.get_mut(k - 1) else {
                continue;
            };
            let q = *slot.get_or_insert_with(|| {
                parse_quantity(text.get(ws.start..span.start).unwrap_or(""))
            });
            if let Some(q) = q {
                let end = ws.start + q.len;
                if end >= w.start && end <= w.end + 1 {
                    let tail = text.get(end..span.start).unwrap_or("").to_ascii_lowercase();
                    if tail.contains("year") || tail.contains("km") {
                        return None;
                    }
                    return Some(q.count);
                }
            }
        }
    }
    None
}

/// The weapons of a clause: launch counts, or interception counts when `intercept`.
pub(crate) fn weapons_in(
    text: &str,
    clause: Span,
    hits: &[WeaponHit],
    intercept: bool,
) -> Vec<Weapon> {
    let mut out: Vec<Weapon> = Vec::new();
    for h in hits {
        // "the central artillery base", "a drone factory": a target, not a weapon used
        if word_after(text, h.span.end, clause.end, true).is_some_and(|(_, w)| {
            [
                "base",
                "bases",
                "depot",
                "depots",
                "factory",
                "factories",
                "plant",
                "plants",
                "production",
                "facility",
                "facilities",
                "warehouse",
                "warehouses",
                "workshop",
                "storage",
                "manufacturer",
                "maker",
                "makers",
                "industry",
                "programme",
                "program",
            ]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(w))
        }) {
            continue;
        }
        // A named system directly followed by its class ("Iskander ballistic missile") is
        // one weapon: the class with the model.
        let count = count_before(text, clause.start, h.span);
        let (launched, intercepted) = if intercept {
            (None, count)
        } else {
            (count, None)
        };
        let entry = h.entry;
        if let Some(prev) = out.last_mut() {
            let adjacent = text
                .get(prev_end(&out_spans(hits, h.span))..h.span.start)
                .is_some_and(|g| g.trim().is_empty());
            if adjacent && prev.kind == entry.kind {
                if prev.model.is_none() {
                    prev.model = entry.model.clone();
                }
                continue;
            }
            if adjacent
                && entry.model.is_none()
                && prev.model.is_some()
                && prev.kind.ends_with("missile")
                && entry.kind.ends_with("missile")
            {
                prev.kind = entry.kind.clone();
                continue;
            }
        }
        match out.iter_mut().find(|w| w.kind == entry.kind) {
            Some(w) => {
                if w.count.is_none() {
                    w.count = launched;
                }
                if w.intercepted.is_none() {
                    w.intercepted = intercepted;
                }
                if w.model.is_none() {
                    w.model = entry.model.clone();
                }
            }
            None => out.push(Weapon {
                kind: entry.kind.clone(),
                count: launched,
                intercepted,
                model: entry.model.clone(),
            }),
        }
    }
    out
}

fn out_spans(hits: &[WeaponHit], current: Span) -> Option<Span> {
    hits.iter()
        .filter(|h| h.span.end <= current.start)
        .map(|h| h.span)
        .next_back()
}

fn prev_end(prev: &Option<Span>) -> usize {
    prev.map_or(usize::MAX, |p| p.end)
}

/// Merges weapons of another mention into `into` (fill counts that are still unknown).
pub(crate) fn merge(into: &mut Vec<Weapon>, from: &[Weapon]) {
    for w in from {
        match into.iter_mut().find(|x| x.kind == w.kind) {
            Some(x) => {
                if x.count.is_none() {
                    x.count = w.count;
                }
                if x.intercepted.is_none() {
                    x.intercepted = w.intercepted;
                }
                if x.model.is_none() {
                    x.model = w.model.clone();
                }
            }
            None => into.push(w.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(t: &str, intercept: bool) -> Vec<(String, Option<Count>, Option<Count>)> {
        let span = Span::new(0, t.len());
        weapons_in(
            t,
            span,
            &weapon_hits(t, &PhraseScan::new(t, Span::new(0, t.len())), span),
            intercept,
        )
        .into_iter()
        .map(|w| (w.kind, w.count, w.intercepted))
        .collect()
    }

    #[test]
    fn counts() {
        assert_eq!(
            ws(
                "the assault involved over 100 drones and 23 missiles of various types",
                false
            ),
            vec![
                ("drone".into(), Some(Count::at_least(101)), None),
                ("missile".into(), Some(Count::exact(23)), None)
            ]
        );
        assert_eq!(
            ws("a Russian ballistic missile hit", false),
            vec![("ballistic missile".into(), Some(Count::exact(1)), None)]
        );
        assert_eq!(
            ws("a drone strike on a market", false),
            vec![("drone".into(), None, None)]
        );
        assert_eq!(
            ws("Russian glide bombs struck", false),
            vec![("glide bomb".into(), None, None)]
        );
        assert_eq!(
            ws("shot down 10 of the missiles", true),
            vec![("missile".into(), None, Some(Count::exact(10)))]
        );
        let isk = weapons_in(
            "an Iskander ballistic missile strike",
            Span::new(0, 36),
            &weapon_hits(
                "an Iskander ballistic missile strike",
                &PhraseScan::new("an Iskander ballistic missile strike", Span::new(0, 36)),
                Span::new(0, 36),
            ),
            false,
        );
        assert_eq!(isk.len(), 1);
        assert_eq!(isk[0].kind, "ballistic missile");
        assert_eq!(isk[0].model.as_deref(), Some("Iskander"));
    }
}
