//! Casualty figures around the casualty keywords of a clause: "killing at least three people",
//! "41 people had been killed and 98 wounded", "claimed the lives of 19 people", "the death
//! toll rose to four" (a revision), "including nine children" (a subset), "no casualties were
//! reported" (zero), with the counting rules of `crate::number`.

use super::Casualties;
use super::words::{last_words, word_after, word_spans_back, words_after};
use crate::number::{Count, ends_with_ci, parse_quantity, starts_with_ci};
use crate::text::{Span, is_one_of};
use crate::time::lexicon::ascii_lower;

/// What a casualty keyword counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CasKind {
    Killed,
    Injured,
    Missing,
}

/// Casualty figures read from one clause.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct CasualtyReading {
    pub figures: Casualties,
    /// A revision of an earlier figure ("the toll rose to four"): belongs to an earlier event.
    pub revision: bool,
    /// Any figure (including an explicit zero) was read.
    pub any: bool,
}

const PERSON_NOUNS: &[&str] = &[
    "soldiers",
    "servicemen",
    "civilians",
    "people",
    "fighters",
    "troops",
    "prisoners",
    "men",
    "women",
    "children",
    "veterans",
    "personnel",
    "police",
    "officers",
];
/// One person, as the object of a casualty verb after "a"/"an" ("killed a paramedic") or
/// the subject of a passive one ("a soldier was killed"): people by kind, trade, role or
/// rank; "a couple" counts two.
pub(crate) const SINGLE_PERSON: &[&str] = &[
    "couple",
    "man",
    "woman",
    "person",
    "civilian",
    "soldier",
    "child",
    "boy",
    "girl",
    "teenager",
    "youth",
    "baby",
    "infant",
    "toddler",
    "mother",
    "father",
    "son",
    "daughter",
    "pensioner",
    "resident",
    "villager",
    "worker",
    "farmer",
    "herder",
    "shepherd",
    "fisherman",
    "trader",
    "vendor",
    "driver",
    "passenger",
    "pedestrian",
    "motorcyclist",
    "student",
    "pupil",
    "teacher",
    "journalist",
    "reporter",
    "photographer",
    "cameraman",
    "medic",
    "paramedic",
    "doctor",
    "nurse",
    "volunteer",
    "policeman",
    "policewoman",
    "officer",
    "guard",
    "ranger",
    "peacekeeper",
    "fighter",
    "militant",
    "gunman",
    "rebel",
    "commander",
    "colonel",
    "captain",
    "sergeant",
    "official",
    "mayor",
    "lawmaker",
    "activist",
    "protester",
    "demonstrator",
    "settler",
    "refugee",
    "migrant",
    "detainee",
    "prisoner",
    "hostage",
    "schoolboy",
    "schoolgirl",
    "suspect",
    "member",
    "shopkeeper",
    "elder",
    "guest",
    "inmate",
    "tourist",
    "businessman",
    // "Two men were killed and a third was wounded": one more
    "second",
    "third",
    "fourth",
];
/// A person only as the object of the verb ("shot dead a Palestinian", "killed a Russian
/// general"); elsewhere an adjective ("a Russian missile was shot down", "a general strike").
const OBJECT_PERSON: &[&str] = &[
    "Palestinian",
    "Israeli",
    "Ukrainian",
    "Russian",
    "Lebanese",
    "Syrian",
    "Iraqi",
    "Afghan",
    "Sudanese",
    "Somali",
    "Yemeni",
    "American",
    "general",
];
/// Words that may follow a one-word person object ("shot dead a Palestinian in Jenin").
const AFTER_OBJECT: &[&str] = &[
    "in",
    "on",
    "at",
    "near",
    "and",
    "as",
    "who",
    "during",
    "after",
    "before",
    "from",
    "with",
    "while",
    "when",
    "outside",
    "inside",
    "by",
    "late",
    "early",
    "overnight",
];
const CHILD_NOUNS: &[&str] = &[
    "children",
    "child",
    "boy",
    "boys",
    "girl",
    "girls",
    "minors",
    "minor",
    "teenager",
    "teenagers",
    "infant",
    "infants",
    "baby",
    "babies",
];
const REVISE_VERBS: &[&str] = &[
    "rose",
    "risen",
    "climbed",
    "increased",
    "reached",
    "raised",
    "jumped",
    "grew",
    "revised",
    "bringing",
    "brought",
    "brings",
];
const OUTDATED: &[&str] = &["initially", "earlier", "previously", "originally", "first"];

fn kind_of(word: &str) -> Option<CasKind> {
    match word {
        "killed"
        | "killing"
        | "kills"
        | "dead"
        | "died"
        | "deaths"
        | "fatality"
        | "fatalities"
        | "lives"
        | "neutralised"
        | "neutralized"
        | "neutralising"
        | "neutralizing"
        | "eliminated"
        | "toll"
        | "death toll"
        | "shot dead"
        | "shot and killed"
        | "shot to death"
        | "gunned down"
        | "beheaded"
        | "beaten to death"
        | "beat to death"
        | "body of"
        | "made the supreme sacrifice" => Some(CasKind::Killed),
        // "A suspect was fatally wounded", "mortally wounded"
        w if w.starts_with("fatally ") || w.starts_with("mortally ") => Some(CasKind::Killed),
        "injured"
        | "injuring"
        | "wounded"
        | "wounding"
        | "hurt"
        | "grazed"
        | "injuries"
        | "casualties"
        | "shot and wounded"
        | "shot and injured"
        | "shot and seriously injured"
        | "shot and seriously wounded"
        | "shot and critically injured"
        | "shot and critically wounded" => Some(CasKind::Injured),
        "missing" => Some(CasKind::Missing),
        // "At least 900 bodies have been recovered", "the bodies of 12 people": the dead found
        w if w.starts_with("bodies ") => Some(CasKind::Killed),
        // "a soldier sustained gunshot wounds", "a ranger lost his right leg"
        w if w.starts_with("sustained ") || w.starts_with("lost ") => Some(CasKind::Injured),
        _ => None,
    }
}

/// True when a lower-case word is a casualty keyword ("killed", "wounded", "neutralised").
pub(crate) fn is_casualty_word(word: &str) -> bool {
    kind_of(word).is_some()
}

/// A quantity starting at the first word after `pos` (qualifiers included).
fn quantity_after(text: &str, pos: usize, ceil: usize) -> Option<(Count, usize)> {
    let (sp, _) = word_after(text, pos, ceil, false)?;
    // only spaces between, or the opening quote of a quoted figure: killing "dozens of
    // terrorists"
    let opening_quote = |g: &str| g.trim().trim_matches(['"', '\u{201c}']).is_empty();
    if text.get(pos..sp.start).is_some_and(|g| !opening_quote(g)) {
        return None;
    }
    let q = parse_quantity(text.get(sp.start..ceil)?)?;
    let end = sp.start + q.len;
    if text.get(end..).is_some_and(|r| r.starts_with('-')) {
        return None; // "17-year-old"
    }
    // "He died of his injuries three weeks later": a span of time, no one counted
    if word_after(text, end, ceil, false)
        .is_some_and(|(_, w)| crate::time::lexicon::unit(w).is_some())
    {
        return None;
    }
    Some((q.count, end))
}

/// The nearest quantity in the few words before `pos` (no punctuation between).
fn quantity_before(text: &str, floor: usize, pos: usize) -> Option<Count> {
    quantity_before_at(text, floor, pos).map(|(_, c)| c)
}

/// Words that end a group of people counted before "and": a verb between two counts makes
/// them two clauses ("Two soldiers were killed and 5 people were wounded"); a subset is no
/// group of its own ("100 people have died, eight of them Americans and over 1,000 injured").
const NOT_IN_GROUP: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "had",
    "has",
    "have",
    "been",
    "and",
    "or",
    "but",
    "them",
    "whom",
    "including",
    "among",
];

/// "14 Thai civilians and one soldier had been killed", "125 members of the security forces
/// and 148 loyalists were killed": the count of the first group, joined by "and" to the group
/// whose count starts at `second`, for their sum.
fn coordinated_before(text: &str, floor: usize, second: usize) -> Option<Count> {
    let mut words = word_spans_back(text, Span::new(floor, second));
    let and = words.next()?;
    if !and
        .slice(text)
        .is_some_and(|w| w.eq_ignore_ascii_case("and"))
    {
        return None;
    }
    if text
        .get(and.end..second)
        .is_some_and(|g| !g.trim().is_empty())
    {
        return None;
    }
    let (start, c) = quantity_before_at(text, floor, and.start)?;
    // the people of the first group: a few words, no verb, no casualty word, no number
    let group = text.get(start..and.start)?;
    let mut n = 0;
    for w in group.split_whitespace().skip(1) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        if is_one_of(w, NOT_IN_GROUP) || is_casualty_word(ascii_lower(w).as_str()) {
            return None;
        }
        n += 1;
    }
    (1..=6).contains(&n).then_some(c)
}

/// The sum of two groups' counts: the lows added where one is known, the highs where both are.
fn sum(a: Count, b: Count) -> Count {
    let low = match (a.low, b.low) {
        (None, None) => None,
        (x, y) => Some(x.unwrap_or(0).saturating_add(y.unwrap_or(0))),
    };
    let high = a.high.zip(b.high).map(|(x, y)| x.saturating_add(y));
    Count { low, high }
}

/// [`quantity_before`] with the byte where the quantity starts.
fn quantity_before_at(text: &str, floor: usize, pos: usize) -> Option<(usize, Count)> {
    let mut found: Option<(usize, Count, usize)> = None; // (start, count, end)
    for w in word_spans_back(text, Span::new(floor, pos)).take(12) {
        // (the short name itself, "DI-HG" of "(DI-HG)", is passed over)
        let bracketed = text.get(..w.start).is_some_and(|b| b.ends_with('('))
            && text.get(w.end..).is_some_and(|a| a.starts_with(')'))
            && w.len() <= 15;
        if bracketed {
            continue;
        }
        let gap = text.get(w.end..pos).unwrap_or(",");
        // ("Eight members of the Dawlah Islamiyah-Hassan Group (DI-HG) were killed": a
        // group's short name in brackets stops nothing)
        let unbracketed;
        let gap = if gap.contains('(') {
            unbracketed = without_short_brackets(gap);
            unbracketed.as_str()
        } else {
            gap
        };
        let bytes = gap.as_bytes();
        let hard_punct = bytes.iter().enumerate().any(|(i, &b)| {
            let numeric_comma = b == b','
                && i.checked_sub(1)
                    .and_then(|j| bytes.get(j))
                    .is_some_and(u8::is_ascii_digit)
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            matches!(b, b',' | b';' | b':' | b'(' | b')') && !numeric_comma
        });
        let starts_numeric = gap.starts_with(',')
            && text
                .get(..w.end)
                .is_some_and(|t| t.ends_with(|c: char| c.is_ascii_digit()))
            && gap.as_bytes().get(1).is_some_and(u8::is_ascii_digit);
        if hard_punct && !starts_numeric {
            break;
        }
        let digit_group = text.get(..w.start).is_some_and(|b| {
            let mut it = b.chars().rev();
            it.next() == Some(',') && it.next().is_some_and(|c| c.is_ascii_digit())
        });
        if digit_group {
            continue; // "200" of "1,200": the number starts further back
        }
        let rest = text.get(w.start..pos).unwrap_or("");
        // "Two men were killed and a third was wounded": the one told after "a" is the
        // subject, not the number further back
        if found.is_none()
            && text
                .get(w.start..w.end)
                .is_some_and(|x| is_one_of(x, &["a", "an"]))
            && words_after::<3>(text, w.end, pos, true)
                .iter()
                .any(|(_, n)| is_one_of(n, SINGLE_PERSON))
            && last_words::<1>(text, floor, w.start, true)[0].eq_ignore_ascii_case("and")
        {
            break;
        }
        // "Two gendarmes were killed and another seriously injured": one more person (not
        // "another 20 people", whose number is read as such)
        let another = found.is_none()
            && text
                .get(w.start..w.end)
                .is_some_and(|x| x.eq_ignore_ascii_case("another"))
            && parse_quantity(text.get(w.end..pos).unwrap_or("").trim_start()).is_none();
        if another {
            found = Some((
                w.start,
                Count {
                    low: Some(1),
                    high: Some(1),
                },
                w.end,
            ));
            continue;
        }
        if let Some(q) = parse_quantity(rest) {
            let end = w.start + q.len;
            if text.get(end..).is_some_and(|r| r.starts_with('-')) {
                continue;
            }
            // "TUNIS, July 15 (TAP) - A soldier was killed", "members of Barrio 18 were
            // killed": a day of a date or a number in a name counts no one
            if named_number(text, floor, w.start) {
                continue;
            }
            // "added $18 million to reserves and eliminated": a sum of money counts no one
            if text
                .get(..w.start)
                .is_some_and(|b| b.ends_with(['$', '\u{20ac}', '\u{a3}', '#']))
            {
                break;
            }
            match found {
                // a qualifier further back covering the same number ("at least" 3)
                Some((_, _, fend)) if end == fend => found = Some((w.start, q.count, end)),
                None => found = Some((w.start, q.count, end)),
                // "Between 250 and 300": the range is read from "between", a word further back
                _ if text
                    .get(..w.start)
                    .is_some_and(|b| ends_with_ci(b.trim_end(), "between")) => {}
                _ => break,
            }
        } else if found.is_some_and(|(fs, _, _)| {
            text.get(w.start..fs)
                .is_some_and(|g| g.split_whitespace().count() > 2)
        }) {
            break;
        }
    }
    found.map(|(s, c, _)| (s, c))
}

/// True when the number at `at` belongs to the word before it: a month's day ("July 15") or
/// a name's number ("Barrio 18", "Route 66"), a capitalised word that does not open its
/// sentence.
fn named_number(text: &str, floor: usize, at: usize) -> bool {
    let [prev, before] = last_words::<2>(text, floor, at, false);
    let next_to = text
        .get(..at)
        .is_some_and(|b| b.strip_suffix(' ').is_some_and(|b| b.ends_with(prev)));
    let digits = text
        .get(at..)
        .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
    if !(next_to && digits && prev.starts_with(|c: char| c.is_uppercase())) {
        return false;
    }
    crate::time::lexicon::month(prev).is_some()
        || (!before.is_empty()
            && text
                .get(..at.saturating_sub(prev.len() + 1))
                .is_some_and(|b| b.trim_end().ends_with(char::is_alphanumeric)))
}

/// `gap` without its bracketed words of up to 15 bytes and no space ("(DI-HG)", "(MILF)").
fn without_short_brackets(gap: &str) -> String {
    let mut out = String::with_capacity(gap.len());
    let mut rest = gap;
    while let Some(open) = rest.find('(') {
        let (head, tail) = rest.split_at(open);
        out.push_str(head);
        match tail.find(')') {
            Some(close) if close <= 16 && !tail.get(..close).unwrap_or(" ").contains(' ') => {
                rest = tail.get(close + 1..).unwrap_or("");
            }
            _ => {
                out.push_str(tail);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn set(figures: &mut Casualties, kind: CasKind, c: Count) {
    match kind {
        CasKind::Killed => figures.killed = Some(c),
        CasKind::Injured => figures.injured = Some(c),
        CasKind::Missing => figures.missing = Some(c),
    }
}

/// Words that make a negation the absence of news, not of casualties: "There was no
/// immediate word on casualties", "no information about casualties", "no details of
/// casualties". "No casualties were reported" and "no reports of casualties" say none.
const NO_NEWS: &[&str] = &[
    "word",
    "information",
    "details",
    "detail",
    "figures",
    "figure",
    "confirmation",
    "indication",
    "estimate",
];

/// A family named after "a man and ...": its count with the one before it, and how many of
/// them are children.
#[derive(Clone, Copy)]
struct Family {
    with_one: Count,
    children: Option<Count>,
}

/// Reads "his three children", "her husband", "their two sons" (the words after "and").
fn family_of(words: &[(Span, &str)]) -> Option<Family> {
    let mut it = words.iter().map(|(_, w)| *w);
    if !it
        .next()
        .is_some_and(|w| is_one_of(w, &["his", "her", "their"]))
    {
        return None;
    }
    let mut next = it.next()?;
    let n = match crate::number::parse_number(next) {
        Some((n, len)) if len == next.len() => {
            next = it.next()?;
            u32::try_from(n).ok()
        }
        _ => None,
    };
    let (one, children) = match ascii_lower(next).as_str() {
        "wife" | "husband" | "son" | "daughter" | "brother" | "sister" | "mother" | "father"
        | "grandson" | "granddaughter" => (true, false),
        "child" | "baby" => (true, true),
        "sons" | "daughters" | "brothers" | "sisters" | "parents" => (false, false),
        "children" | "babies" | "grandchildren" => (false, true),
        _ => return None,
    };
    let count = match (one, n) {
        (true, _) => Some(1),
        (false, Some(n)) => Some(n),
        (false, None) if next.eq_ignore_ascii_case("parents") => Some(2),
        (false, None) => None,
    };
    Some(Family {
        with_one: count
            .and_then(|c| c.checked_add(1))
            .map_or(Count::at_least(3), |c| Count::exact(u64::from(c))),
        children: children
            .then(|| count.map_or(Count::at_least(2), |c| Count::exact(u64::from(c)))),
    })
}

/// Reads the casualty figures of `clause`, given its casualty keyword spans.
pub(crate) fn read(text: &str, clause: Span, sentence: Span, keywords: &[Span]) -> CasualtyReading {
    let mut r = CasualtyReading::default();
    let mut last_kind: Option<CasKind> = None;
    for &k in keywords {
        let word = ascii_lower(k.slice(text).unwrap_or(""));
        let word = word.as_str();
        let Some(kind) = kind_of(word) else { continue };
        // The nine words before, nearest first, as written; `before` the nearest four. Speed:
        // borrowed and compared ignoring ASCII case, not lower-cased copies.
        let before_wide = last_words::<9>(text, clause.start, k.start, true);
        let before = before_wide.get(..4).unwrap_or(&[]);
        // Zero: "no casualties", "No crew were hurt", "no one was killed", "no immediate reports
        // of casualties", "No one on the fishing boat was hurt" (the clause's subject)
        let clause_said = text.get(clause.start..k.start).unwrap_or("");
        let negated = before
            .iter()
            .any(|w| is_one_of(w, &["no", "nobody", "none", "without"]))
            || before
                .windows(2)
                .any(|p| matches!(p, [near, far] if ends_with_ci(far, "no") && starts_with_ci(near, "one")))
            || (["no one ", "nobody "].iter().any(|n| starts_with_ci(clause_said, n))
                && !clause_said.contains(','));
        if negated {
            if before.iter().any(|w| is_one_of(w, NO_NEWS)) {
                continue; // "no immediate word on casualties": nothing known, not none
            }
            let zero = Count::exact(0);
            // ("No one was injured", "There were no injuries": no one hurt, no one killed)
            match kind {
                CasKind::Injured => {
                    r.figures.killed = Some(zero);
                    r.figures.injured = Some(zero);
                }
                _ => set(&mut r.figures, kind, zero),
            }
            r.any = true;
            last_kind = Some(kind);
            continue;
        }
        if word == "casualties" {
            continue;
        }
        // "had initially reported seven dead"; not "earlier" of a time ("Attacks earlier this
        // month killed 80 people")
        // (nearest first: the word after one is the one before it in the list)
        let outdated = before_wide.iter().enumerate().any(|(i, w)| {
            is_one_of(w, OUTDATED)
                && !(w.eq_ignore_ascii_case("earlier")
                    && i.checked_sub(1)
                        .and_then(|j| before_wide.get(j))
                        .is_some_and(|n| is_one_of(n, &["this", "that", "today", "on", "in"])))
        });
        if outdated {
            continue;
        }
        let [w0, w1, ..] = before_wide;
        // "eight militants were among the dead": a subset claim; of the killed, "Among the
        // dead were at least 130 children" or "The dead include three children" tells the
        // children's figure
        let among = is_one_of(w0, &["the", "those"]) && ends_with_ci(w1, "among");
        let included = kind == CasKind::Killed
            && w0.eq_ignore_ascii_case("the")
            && word_after(text, k.end, clause.end, true)
                .is_some_and(|(_, w)| is_one_of(w, &["include", "includes", "included"]));
        if among || included {
            if kind == CasKind::Killed && among_killed(text, k.end, clause.end, &mut r.figures) {
                r.any = true;
            }
            continue;
        }
        // Revision: "the death toll rose to four", "raised the toll to 22", "has risen to 11".
        if kind == CasKind::Killed {
            // (Speed: the words after are read only for a killed figure, the one they revise.)
            let tail_words = words_after::<22>(text, k.end, sentence.end, false);
            let revise_at = tail_words
                .iter()
                .position(|(_, w)| is_one_of(w, REVISE_VERBS));
            let to_at = tail_words.iter().position(|(_, w)| *w == "to");
            let is_toll = word.contains("toll");
            // (six words back: "bringing the number of civilians killed to three")
            let prev_revise = before_wide
                .iter()
                .take(6)
                .any(|w| is_one_of(w, REVISE_VERBS));
            // "take the murder toll for 2026 to 27": a year's running total, no event's toll
            let yearly = to_at.is_some_and(|ti| {
                tail_words.iter().take(ti).any(|(_, w)| {
                    w.eq_ignore_ascii_case("year")
                        || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
                })
            });
            if yearly {
                continue;
            }
            if is_toll || revise_at.is_some() || prev_revise {
                if let Some(ti) = to_at
                    .filter(|&ti| is_toll || revise_at.is_some_and(|ri| ri < ti) || prev_revise)
                {
                    if let Some((sp, _)) = tail_words.get(ti) {
                        if let Some((c, _)) = quantity_after(text, sp.end, sentence.end) {
                            r.figures.killed = Some(c);
                            r.revision = true;
                            r.any = true;
                            last_kind = Some(kind);
                            children(text, sp.end, sentence.end, &mut r.figures);
                            continue;
                        }
                    }
                }
                // "put the death toll at 22", "estimates the toll at 30": an estimate, no
                // revision (two estimates make a low and a high)
                if is_toll {
                    let at = tail_words
                        .first()
                        .filter(|(_, w)| *w == "at")
                        .and_then(|(sp, _)| quantity_after(text, sp.end, sentence.end));
                    // (not a count of its own time: "By Tuesday evening, the health
                    // directorate put the toll at 19" is a step of a toll told in the lede)
                    let timed = sentence
                        .slice(text)
                        .is_some_and(|t| starts_with_ci(t, "by "));
                    if let Some((c, _)) = at.filter(|_| !timed) {
                        r.figures.killed = Some(c);
                        r.any = true;
                        last_kind = Some(kind);
                    }
                    continue;
                }
            }
        }
        if word == "lives" {
            // "claimed the lives of 19 people"
            if let Some((of, w)) = word_after(text, k.end, clause.end, true) {
                if w == "of" {
                    if let Some((c, end)) = quantity_after(text, of.end, clause.end) {
                        set(&mut r.figures, kind, c);
                        r.any = true;
                        last_kind = Some(kind);
                        children(text, end, clause.end, &mut r.figures);
                        continue;
                    }
                }
            }
            // "claimed 7 lives": the number comes before
            if let Some(c) = quantity_before(text, clause.start, k.start) {
                set(&mut r.figures, kind, c);
                r.any = true;
                last_kind = Some(kind);
            }
            continue;
        }
        // Number after: "killing at least three people", "wounded dozens more".
        if let Some((c, end)) = quantity_after(text, k.end, clause.end) {
            set(&mut r.figures, kind, c);
            r.any = true;
            last_kind = Some(kind);
            if kind == CasKind::Killed {
                // "killed 148 people, most of them students": civilians, by the noun told of
                // most or all of them
                let most_of_them = || {
                    let w = words_after::<5>(text, end, sentence.end, false);
                    w.iter().enumerate().any(|(i, (_, m))| {
                        is_one_of(m, &["most", "all", "mostly"])
                            && w.iter()
                                .skip(i + 1)
                                .take(3)
                                .any(|(_, n)| super::trigger::civilian_noun(n))
                    })
                };
                if word_after(text, end, clause.end, true)
                    .is_some_and(|(_, n)| n.eq_ignore_ascii_case("civilians"))
                    || most_of_them()
                {
                    r.figures.civilians_killed = Some(c);
                }
                children(text, end, sentence.end, &mut r.figures);
            }
            continue;
        }
        // One person as the object: "shot dead a journalist", "killing a 17-year-old boy".
        if let Some((a, _)) = word_after(text, k.end, clause.end, true)
            .filter(|(_, w)| is_one_of(w, &["a", "an"]) && word != "lives")
        {
            let after = words_after::<8>(text, a.end, clause.end, true);
            if let Some(i) = after
                .iter()
                .take(3)
                .position(|(_, n)| is_one_of(n, SINGLE_PERSON))
                .or_else(|| {
                    // "shot dead a Palestinian in Jenin": the nationality as the noun
                    let last = after
                        .iter()
                        .take(3)
                        .rposition(|(_, n)| is_one_of(n, OBJECT_PERSON))?;
                    let next = after.get(last + 1).map(|(_, w)| *w);
                    next.is_none_or(|w| is_one_of(w, AFTER_OBJECT))
                        .then_some(last)
                })
            {
                // "killing a woman and her two children": the one and the family named after
                // "and", else at least the one
                let more = after.get(i + 1).is_some_and(|(_, w)| *w == "and");
                let family = after.get(i + 2..).and_then(family_of);
                // "killing a Hezbollah commander and three other people": the one and the
                // others counted after "and"
                let others = after
                    .get(i + 1)
                    .filter(|_| more)
                    .and_then(|(and, _)| quantity_after(text, and.end, clause.end))
                    .filter(|(_, end)| {
                        word_after(text, *end, clause.end, true)
                            .is_some_and(|(_, w)| is_one_of(w, &["other", "others", "more"]))
                    })
                    .map(|(q, _)| q);
                // "killing a 16-year-old girl and a 17-year-old boy": one more after "and a"
                let second = more
                    && after
                        .get(i + 2)
                        .is_some_and(|(_, w)| is_one_of(w, &["a", "an"]))
                    && after
                        .iter()
                        .skip(i + 3)
                        .take(4)
                        .any(|(_, n)| is_one_of(n, SINGLE_PERSON));
                let c = match (family, others) {
                    _ if second => Count::exact(2),
                    (_, Some(q)) => sum(Count::exact(1), q),
                    (Some(f), None) if more => f.with_one,
                    _ if more => Count::at_least(1),
                    _ => Count::exact(1),
                };
                // "killed a couple and their three children": two, not one ("a couple of
                // soldiers" is no couple: "of" follows)
                let couple = after
                    .get(i)
                    .is_some_and(|(_, w)| w.eq_ignore_ascii_case("couple"));
                let c = if couple { sum(c, Count::exact(1)) } else { c };
                if let Some(kids) = family.filter(|_| more).and_then(|f| f.children) {
                    if kind == CasKind::Killed {
                        r.figures.children_killed = Some(kids);
                    }
                }
                set(&mut r.figures, kind, c);
                r.any = true;
                last_kind = Some(kind);
                continue;
            }
        }
        // Adjectival use: "45 wounded servicemen" is not a casualty report.
        if word_after(text, k.end, clause.end, true)
            .is_some_and(|(_, n)| is_one_of(n, PERSON_NOUNS))
        {
            continue;
        }
        if kind == CasKind::Missing && before.iter().any(|w| w.eq_ignore_ascii_case("more")) {
            continue;
        }
        // Number before: "41 people had been killed", "three members of a team were killed".
        // ("a soldier was injured"; "a soldier sustained gunshot wounds", "a ranger lost his
        // right leg": a verb of the subject's own harm)
        let own_harm = k
            .slice(text)
            .is_some_and(|w| starts_with_ci(w, "sustained ") || starts_with_ci(w, "lost "));
        // ("His mother, 38, was grazed", "Keston Alleyne, 24, was pronounced dead", "a taxi
        // driver, who was shot dead": the subject's words before an aside)
        let aside = subject_before_aside(text, clause.start, k.start)
            .map(|at| last_words::<9>(text, clause.start, at, true));
        let subject = aside.unwrap_or(before_wide);
        let was = aside.is_some() || before_wide[0].eq_ignore_ascii_case("was");
        // ("Massoud was killed", "He was shot dead": one named or told of by a pronoun)
        let named = || {
            let who = if aside.is_some() {
                subject[0]
            } else {
                before_wide[1]
            };
            was && (is_one_of(who, &["he", "she"])
                || (who.starts_with(|c: char| c.is_uppercase()) && !is_one_of(who, NOT_A_NAME)))
        };
        let one_person = || {
            (own_harm || aside.is_some() || before.iter().any(|x| x.eq_ignore_ascii_case("was")))
                && subject
                    .iter()
                    .any(|x| is_one_of(x, &["a", "an", "his", "her"]))
                && subject.iter().any(|x| is_one_of(x, SINGLE_PERSON))
                || named()
        };
        // "six others, including two children, were wounded", "43 people, mostly civilians,
        // have been killed": the figure stands before the set-off subset
        let subject_end = text
            .get(clause.start..k.start)
            .and_then(|b| {
                // (the last ", " opening one; Speed: no substring search per subset)
                let open = memchr::memmem::rfind_iter(b.as_bytes(), b", ").find(|&i| {
                    b.get(i + 2..).is_some_and(|rest| {
                        SUBSETS.iter().any(|s| starts_with_ci(rest, s))
                            // "Seven people, two of them children, were killed"
                            || parse_quantity(rest).is_some_and(|q| {
                                rest.get(q.len..).is_some_and(|r| starts_with_ci(r, " of them "))
                            })
                    })
                })?;
                let rest = b.get(open + 1..)?;
                (rest.matches(',').count() == 1
                    && rest.trim_end().ends_with(|c: char| c.is_alphabetic()))
                .then_some(clause.start + open)
            })
            .unwrap_or(k.start);
        let direct = quantity_before_at(text, clause.start, k.start).map(|(at, c)| {
            coordinated_before(text, clause.start, at).map_or(c, |first| sum(first, c))
        });
        let subset_before = direct.is_none() && subject_end < k.start;
        let found = direct
            .or_else(|| {
                subset_before
                    .then(|| quantity_before(text, clause.start, subject_end))
                    .flatten()
            })
            .or_else(|| one_person().then(|| Count::exact(1)));
        if let Some(c) = found {
            set(&mut r.figures, kind, c);
            r.any = true;
            last_kind = Some(kind);
            if kind == CasKind::Killed {
                // "Nine people, including four children, were killed": the subset before
                if subset_before {
                    children(text, subject_end, k.start, &mut r.figures);
                } else {
                    children(text, k.end, sentence.end, &mut r.figures);
                }
            }
        }
    }
    let _ = last_kind;
    r
}

/// Where the subject ends before an age set off by commas and "was" ("His mother, 38, was
/// grazed") or before ", who was" ("a taxi driver, who was shot dead"), when the words from
/// `floor` to the keyword at `pos` end so.
fn subject_before_aside(text: &str, floor: usize, pos: usize) -> Option<usize> {
    let lead = text.get(floor..pos)?.trim_end();
    let lead = lead.strip_suffix("was")?.trim_end();
    // ("the murder of a taxi driver, who was shot dead": the one the relative clause tells of)
    if let Some(named) = lead
        .strip_suffix("who")
        .and_then(|l| l.trim_end().strip_suffix(','))
    {
        return Some(floor + named.len());
    }
    let age = lead.strip_suffix(',')?;
    let name = age.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = age.len() - name.len();
    ((1..=3).contains(&digits))
        .then(|| name.trim_end().strip_suffix(','))
        .flatten()
        .map(|n| floor + n.len())
}

/// Capitalised subjects of "was killed" that name no one person ("It was killed", "Nobody").
const NOT_A_NAME: &[&str] = &[
    "it", "this", "that", "who", "which", "what", "there", "nobody", "none", "no", "one",
    "everyone", "anyone", "someone", "each",
];

/// Openings of a subset set off between commas after a figure ("43 people, mostly civilians,
/// were killed").
const SUBSETS: &[&str] = &[
    "including ",
    "among them ",
    "mostly ",
    "mainly ",
    "most of them ",
    "many of them ",
    "all of them ",
    "some of them ",
];

/// "Among the dead were at least 130 children", "among those killed were 12 civilians", "the
/// dead include three children": the subset told after the killed keyword ending at `pos`.
/// True when one was read.
fn among_killed(text: &str, pos: usize, ceil: usize, figures: &mut Casualties) -> bool {
    let verb = word_after(text, pos, ceil, true).filter(|(_, w)| {
        is_one_of(
            w,
            &[
                "were", "was", "are", "is", "include", "includes", "included",
            ],
        )
    });
    // ("Among the dead was a 12-year-old child": a child told by age, at least one, as
    // "including a 16-year-old boy" is read)
    let minor = verb.is_some_and(|(v, _)| {
        let [(_, a), (_, age)] = words_after::<2>(text, v.end, ceil, true)[..] else {
            return false;
        };
        is_one_of(a, &["a", "an"])
            && ascii_lower(age)
                .as_str()
                .strip_suffix("-year-old")
                .is_some_and(|n| n.parse::<u32>().is_ok_and(|n| n < 18))
    });
    if minor {
        figures.children_killed = Some(Count::at_least(1));
        return true;
    }
    let subset = verb
        .and_then(|(verb, _)| quantity_after(text, verb.end, ceil))
        .and_then(|(count, end)| Some((count, word_after(text, end, ceil, true)?.1)));
    match subset {
        Some((count, noun)) if is_one_of(noun, CHILD_NOUNS) => {
            figures.children_killed = Some(count);
            true
        }
        Some((count, noun)) if noun.eq_ignore_ascii_case("civilians") => {
            figures.civilians_killed = Some(count);
            true
        }
        _ => false,
    }
}

/// "including nine children", "among them a 17-year-old boy": children among the killed, read
/// in the few words after a killed figure.
fn children(text: &str, pos: usize, ceil: usize, figures: &mut Casualties) {
    let words = words_after::<12>(text, pos, ceil, false);
    // "Seven people, two of them children, were killed"
    let of_them = words.windows(4).find_map(|w| match w {
        [(n, _), (_, of), (_, them), (_, kids)]
            if of.eq_ignore_ascii_case("of")
                && them.eq_ignore_ascii_case("them")
                && CHILD_NOUNS.contains(&ascii_lower(kids).as_str()) =>
        {
            text.get(n.start..).and_then(parse_quantity)
        }
        _ => None,
    });
    if let Some(q) = of_them {
        figures.children_killed = Some(q.count);
        return;
    }
    let Some(i) = words
        .iter()
        .position(|(_, w)| w.eq_ignore_ascii_case("including") || w.eq_ignore_ascii_case("among"))
    else {
        return;
    };
    // "killing two people and wounding six others, including two children", "two were killed
    // and six others, including two children, were wounded": the subset of another figure,
    // told after "and", is not ours
    let before = words.get(..i).unwrap_or(&[]);
    let other_figure = before.iter().enumerate().any(|(j, (_, w))| {
        w.eq_ignore_ascii_case("and")
            && before.get(j + 1..).is_some_and(|rest| {
                rest.iter().any(|(sp, w)| {
                    kind_of(ascii_lower(w).as_str()).is_some()
                        || text.get(sp.start..).and_then(parse_quantity).is_some()
                })
            })
    });
    if other_figure {
        return;
    }
    // stop at the next casualty keyword (a subset of the injured is not ours)
    for (j, (sp, w)) in words.iter().enumerate().skip(i + 1).take(7) {
        let lw = ascii_lower(w);
        let lw = lw.as_str();
        if kind_of(lw).is_some() {
            return;
        }
        if CHILD_NOUNS.contains(&lw) {
            // the words between "including" and the noun
            let from = words.get(i + 1).map_or(sp.start, |(s, _)| s.start);
            let phrase = text.get(from..sp.start).unwrap_or("");
            let phrase = phrase
                .trim_start_matches("the ")
                .trim_start_matches("them ");
            if let Some(q) = parse_quantity(phrase)
                .filter(|q| phrase.get(q.len..).is_some_and(|r| !r.starts_with('-')))
            {
                figures.children_killed = Some(q.count);
            } else {
                // "including women and children": a plural counts two at least
                let plural = lw.ends_with('s') || lw.ends_with("ren");
                figures.children_killed = Some(Count::at_least(if plural { 2 } else { 1 }));
            }
            let _ = j;
            return;
        }
        if let Some(age) = lw.strip_suffix("-year-old") {
            if age.parse::<u32>().is_ok_and(|a| a < 18) {
                // ("including a 16-year-old boy": at least one, as the dev corpus counts it)
                figures.children_killed = Some(Count::at_least(1));
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::lexicon::TRIGGERS;

    fn cas(t: &str) -> CasualtyReading {
        let span = Span::new(0, t.len());
        let phrases = crate::event::phrases::PhraseScan::new(t, Span::new(0, t.len()));
        let kws: Vec<Span> = TRIGGERS
            .found(t, &phrases, crate::event::phrases::List::Trigger, span)
            .into_iter()
            .filter(|h| h.entry.flags.casualty || h.entry.flags.kills)
            .map(|h| h.span)
            .collect();
        read(t, span, span, &kws)
    }

    #[test]
    fn readings() {
        let r = cas("killing at least three people");
        assert_eq!(r.figures.killed, Some(Count::at_least(3)));
        let r = cas("41 people had been killed and 98 wounded in the past day");
        assert_eq!(r.figures.killed, Some(Count::exact(41)));
        assert_eq!(r.figures.injured, Some(Count::exact(98)));
        let r = cas(
            "That incident claimed the lives of 19 people, including nine children, and left dozens injured.",
        );
        assert_eq!(r.figures.killed, Some(Count::exact(19)));
        assert_eq!(r.figures.children_killed, Some(Count::exact(9)));
        assert_eq!(r.figures.injured, Some(Count::at_least(24)));
        let r = cas("The death toll rose to four this morning");
        assert_eq!(r.figures.killed, Some(Count::exact(4)));
        assert!(r.revision);
        let r = cas("No casualties were reported there.");
        assert_eq!(r.figures.killed, Some(Count::exact(0)));
        assert_eq!(r.figures.injured, Some(Count::exact(0)));
        let r = cas(
            "the number of people killed in a strike has risen to 11, including a 17-year-old boy",
        );
        assert_eq!(r.figures.killed, Some(Count::exact(11)));
        assert_eq!(r.figures.children_killed, Some(Count::at_least(1)));
        let r = cas("A smaller exchange of 45 wounded servicemen is planned");
        assert!(!r.any);
        let r = cas("He had initially reported seven dead");
        assert!(!r.any);
        let r = cas("three members of a mine-clearing team were killed");
        assert_eq!(r.figures.killed, Some(Count::exact(3)));
        let r = cas("Soldiers shot dead three protesters");
        assert_eq!(r.figures.killed, Some(Count::exact(3)));
        let r = cas("Gunmen shot dead a journalist in Mogadishu");
        assert_eq!(r.figures.killed, Some(Count::exact(1)));
        let r = cas("The strike killed a woman and her two children");
        assert_eq!(r.figures.killed, Some(Count::exact(3)));
        assert_eq!(r.figures.children_killed, Some(Count::exact(2)));
        let r = cas("The strike killed a woman and wounded two children");
        assert_eq!(r.figures.killed, Some(Count::at_least(1)));
        let r = cas("Police shot and wounded 12 demonstrators");
        assert_eq!(r.figures.injured, Some(Count::exact(12)));
        assert_eq!(r.figures.killed, None);
        let r = cas("The strike killed a commander of the group");
        assert_eq!(r.figures.killed, Some(Count::exact(1)));
        let r = cas("The veto killed a deal on the border");
        assert!(!r.any);
        let r = cas("At least 17 people were wounded, including two teenagers.");
        assert_eq!(r.figures.injured, Some(Count::at_least(17)));
        assert_eq!(r.figures.children_killed, None);
    }
}
