//! Dating: which time expression dates which event. An event's own phrase (the nearest date in
//! its clause) wins; else a date of its sentence that no other event claimed; else the date the
//! narrative is on (the same episode continuing in the paragraph); else, only then, the date of
//! the report ("the ministry said on Friday"); else nothing. Never silently the publication
//! date.

use chrono::NaiveDate;

use super::words::{
    Clause, REPORT_VERBS, any_word_before, in_long_quote, last_words, may_hold_motive, motive,
    word_after,
};
use super::{Basis, EventDate, EventKind};
use crate::text::{Span, is_one_of, period_relative};
use crate::time::{Grain, TimeExpr, TimexType};

/// A date given to a mention, with how much to trust it.
#[derive(Debug, Clone)]
pub(crate) struct Dated {
    pub date: EventDate,
    /// Inherited from the narrative: yields to any stated date on merging.
    pub soft: bool,
    /// From "overnight"/"last night": the night spans two days.
    pub night: bool,
    /// The date of the report, not of the event.
    pub reporting: bool,
    /// A window of days ("over the past week", "since Friday"): the event happened somewhere
    /// in it. Never the narrative's date, and never one occurrence with a day-dated mention.
    pub window: bool,
}

impl Dated {
    /// The date without the phrase that gave it: as the narrative passes it on (Speed: the
    /// phrase is not copied only to be dropped).
    pub(crate) fn without_phrase(&self) -> Dated {
        Dated {
            date: EventDate {
                value: self.date.value.clone(),
                text: None,
                ..self.date
            },
            ..*self
        }
    }
}

/// Date candidates of one mention, before narrative context is known.
#[derive(Debug, Clone, Default)]
pub(crate) struct Candidates {
    pub own: Option<Dated>,
    pub sentence: Option<Dated>,
    pub reporting: Option<Dated>,
}

/// Words that make a date phrase after them a reporting date: the report verbs, and
/// "statement", "raised" (a toll), "blamed", and the verbs of a denial ("The National Police
/// on Saturday rejected accusations that officers had shot dead a man ... on Thursday night").
fn reports(word: &str) -> bool {
    is_one_of(word, REPORT_VERBS)
        || is_one_of(
            word,
            &[
                "statement",
                "raised",
                "blamed",
                "rejected",
                "denied",
                "dismissed",
            ],
        )
}

/// True when a figure reached by a toll stands right before `pos` ("rose to 17 on",
/// "climbed to 40", "reached 12 on"): a date there is the day of the figure.
fn toll_reached(text: &str, floor: usize, pos: usize) -> bool {
    let w = last_words::<4>(text, floor, pos, true);
    let i = usize::from(is_one_of(w[0], &["on", "in", "by"]));
    let number = w
        .get(i)
        .is_some_and(|n| crate::number::parse_quantity(n).is_some());
    let (w1, w2) = (
        w.get(i + 1).copied().unwrap_or(""),
        w.get(i + 2).copied().unwrap_or(""),
    );
    number
        && (w1.eq_ignore_ascii_case("to")
            && is_one_of(
                w2,
                &[
                    "rose",
                    "risen",
                    "rises",
                    "climbed",
                    "climbs",
                    "jumped",
                    "increased",
                    "grew",
                ],
            )
            || is_one_of(w1, &["reached", "reaches", "hit"]))
}

/// A time expression of a sentence that may date an event.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SentenceTime<'t> {
    pub time: &'t TimeExpr,
    pub reporting: bool,
    /// The first and last day of a window longer than two days that reaches the report
    /// ("over the past week", "in the last ten days", "since Friday").
    pub window: Option<(NaiveDate, NaiveDate)>,
    /// The time begins after the day of the report ("next month").
    pub ahead: bool,
}

fn clock_only(t: &TimeExpr) -> bool {
    if t.grain != Grain::Time {
        return false;
    }
    // (ignoring ASCII case, without a lower-cased copy of each word)
    t.text.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| c == ',' || c == '.');
        w.is_empty()
            || w.chars()
                .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
            || is_one_of(
                w,
                &[
                    "at",
                    "around",
                    "about",
                    "shortly",
                    "before",
                    "after",
                    "approximately",
                    "some",
                    "local",
                    "time",
                    "a.m",
                    "p.m",
                    "am",
                    "pm",
                    "gmt",
                    "utc",
                    "o'clock",
                    "noon",
                    "midnight",
                    "dawn",
                    "dusk",
                    "just",
                    "until",
                ],
            )
    })
}

/// The time expressions of `sentence` usable for dating events, each marked as a reporting
/// date or not, and with the window it opens, if any (`dct`: the day of the report).
/// (Speed: yielded one by one, for the caller to keep in a buffer of its own.)
pub(crate) fn sentence_times<'t>(
    text: &str,
    times: &'t [TimeExpr],
    sentence: Span,
    clauses: &[super::words::Clause],
    dateline: Option<Span>,
    quotes: &[Span],
    dct: NaiveDate,
) -> impl Iterator<Item = SentenceTime<'t>> {
    let first = times.partition_point(|t| t.span.start < sentence.start);
    // (Speed: a motive's words are read only in a sentence that may hold one)
    let may_motive = sentence.slice(text).is_some_and(may_hold_motive);
    let in_sentence = move || {
        times
            .get(first..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |t| t.span.start < sentence.end)
    };
    let has_day = in_sentence().any(|t| t.grain <= Grain::Day && t.is_anchored());
    in_sentence()
        .filter(move |t| {
            if dateline.is_some_and(|d| d.overlaps(&t.span)) || in_long_quote(quotes, t.span.start)
            {
                return false;
            }
            // ("In a statement issued on Wednesday, the minister extended the curfew, which
            // now runs from 2:00pm": a day of the sentence dates it, not "now")
            let vague = t.value.ends_with("_REF");
            if vague && has_day {
                return false;
            }
            let datable = matches!(t.timex_type, TimexType::Date | TimexType::Time)
                && (t.is_anchored() || vague);
            let window = recent_window(t).is_some() || past_window(t, dct).is_some();
            // "the heaviest attack since March", "one of the deadliest attacks in the city
            // this year": a comparison, not the event's date. A day still dates it ("the
            // deadliest attack on Friday"), and so does a period inside a "since" clause after
            // the comparison ("the first swap since talks resumed last month").
            // (the eight words before, nearest first, as written)
            let before = last_words::<8>(text, sentence.start, t.span.start, true);
            let nearest_compared = before.iter().position(|w| is_one_of(w, COMPARED));
            // A verb between them ends the comparison: "the first stage of the exchange is
            // expected next week" is dated.
            // (a period ahead measures nothing yet: "The committee will hold its first
            // meeting in Damascus next week")
            let ahead = t.start.is_some_and(|s| s > dct);
            let compared = !ahead
                && nearest_compared.is_some_and(|i| {
                    since(text, sentence.start, t.span.start)
                        || (t.grain > Grain::Day
                            // (a period over before the news day holds what it compares:
                            // "saw the heaviest fighting in late July 2024" is dated so)
                            && t.end.is_none_or(|e| e >= dct)
                            && !before.iter().take(i).any(|w| {
                                w.eq_ignore_ascii_case("since") || is_one_of(w, FINITE_BE)
                            }))
                });
            // "The truce will run until April 22": the end of what is told, not its date (but
            // the new day of what is "postponed until" it)
            let until = before
                .first()
                .is_some_and(|w| is_one_of(w, &["until", "till"]))
                && !crate::time::put_off_to(text, t.span.start);
            // "a ceasefire to support relief efforts following the March 28 earthquake": a
            // date before a hazard's name dates the hazard
            // ("a landmine left over from the 1992-1995 war": years before "war" name it)
            let war_named = t.grain >= Grain::Year
                && text.get(t.span.end..sentence.end).is_some_and(|rest| {
                    let rest = rest.trim_start_matches(|c: char| {
                        c.is_ascii_digit() || matches!(c, '-' | '\u{2013}')
                    });
                    let w = rest.trim_start().split(|c: char| !c.is_alphabetic()).next();
                    w.is_some_and(|w| is_one_of(w, &["war", "wars", "conflict"]))
                });
            let of_hazard = war_named
                || word_after(text, t.span.end, sentence.end, true)
                    .is_some_and(|(_, w)| is_one_of(w, super::trigger::HAZARDS));
            // "in retaliation for an attack on tourists in April": the motive's date (of the
            // motive's own clause when split off as dated, read from that clause's start)
            let floor = clauses
                .iter()
                .rev()
                .find(|c| c.motive && c.span.start <= t.span.start)
                .map_or(sentence.start, |c| c.span.start);
            let of_motive = may_motive && motive::<16>(text, floor, t.span.start);
            // ("since dawn": today's toll, though dawn alone is no date)
            let since_dawn = before
                .first()
                .is_some_and(|w| w.eq_ignore_ascii_case("since"))
                && is_one_of(&t.text, &["dawn", "daybreak"]);
            // ("On the night of April 1-2", "on March 3 and 4": the range's first day dates
            // what happened, its second is no day of its own)
            let second_of_range = t.rule == "second_day";
            // "launched its third massive attack this week on Kyiv on Sunday": the period an
            // ordinal counts in is no date when the sentence names a day
            let count_window = has_day
                && t.grain > Grain::Day
                && before.iter().take(4).any(|w| {
                    crate::time::lexicon::ordinal(w).is_some_and(|n| n > 1)
                        || w.eq_ignore_ascii_case("such")
                });
            // "Less than three weeks later, on 11 January 2024": the day told right after
            // restates the count, and is the date
            let restated = times
                .get(times.partition_point(|n| n.span.start < t.span.end))
                .is_some_and(|n| {
                    let gap = text
                        .get(t.span.end..n.span.start)
                        .and_then(|g| g.strip_prefix(','));
                    n.span.start < sentence.end
                        && n.is_anchored()
                        && n.grain <= t.grain
                        && gap.is_some_and(|g| {
                            g.trim().is_empty() || is_one_of(g.trim(), &["on", "in"])
                        })
                });
            (datable || window)
                && !restated
                && !second_of_range
                && !count_window
                && (!clock_only(t) || since_dawn)
                && !compared
                && !until
                && !of_motive
                && !of_hazard
        })
        .map(move |t| {
            // (the two words before, nearest first, as written; "" where there is none)
            let [near, far] = last_words::<2>(text, sentence.start, t.span.start, true);
            let mut reporting = if is_one_of(near, &["on", "in"]) {
                reports(far)
            } else {
                reports(near)
            };
            // "The death toll from a missile strike on Dnipro rose to 17 on Wednesday": the
            // day of the new figure
            if !reporting && toll_reached(text, sentence.start, t.span.start) {
                reporting = true;
            }
            // "On Thursday the health ministry raised the toll" / "X on Tuesday dismissed"
            let next = word_after(text, t.span.end, sentence.end, true).map(|(_, w)| w);
            if next.is_some_and(reports) {
                reporting = true;
            }
            // "No casualties were reported on Tuesday when a drone struck near the airport":
            // the day of the report is the day of what happened when it was made
            if next.is_some_and(|w| w.eq_ignore_ascii_case("when")) {
                reporting = false;
            }
            // "since Friday", "since the start of the month": from that day to the report
            let window = past_window(t, dct)
                .or_else(|| {
                    let start = t
                        .start
                        .filter(|_| since(text, sentence.start, t.span.start))?;
                    (start < dct && (dct - start).num_days() > 1).then_some((start, dct))
                })
                .or_else(|| day_pair(text, times, t));
            SentenceTime {
                time: t,
                reporting,
                window,
                ahead: t.start.is_some_and(|s| s > dct),
            }
        })
}

/// Words of a comparison that a "since" date or a period measures ("the first swap since",
/// "the heaviest attack since March", "the deadliest attack this year"): the date is no date
/// of the event.
pub(crate) const COMPARED: &[&str] = &[
    "first",
    "worst",
    "biggest",
    "largest",
    "heaviest",
    "deadliest",
    "bloodiest",
    "fiercest",
    "highest",
    "lowest",
    "longest",
    "greatest",
    "strongest",
];

/// Finite forms of "be", "have" and the modals: the verb of a clause.
const FINITE_BE: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "has", "have", "had",
];

/// "on Friday and Saturday", "on March 3 and 4": a day joined by "and" to a later day of the
/// same week is the window of both (what happened over the two days).
fn day_pair(text: &str, times: &[TimeExpr], t: &TimeExpr) -> Option<(NaiveDate, NaiveDate)> {
    if t.grain != Grain::Day {
        return None;
    }
    let i = times.partition_point(|x| x.span.start <= t.span.start);
    let next = times.get(i)?;
    let gap = text.get(t.span.end..next.span.start)?;
    let joined =
        gap.trim().eq_ignore_ascii_case("and") || gap.trim().eq_ignore_ascii_case("and on");
    let (start, end) = (t.start?, next.end?);
    (joined && next.grain == Grain::Day && start < end && (end - start).num_days() <= 6)
        .then_some((start, end))
}

/// True when "since" opens the phrase before `pos`: right before it ("since Friday") or as
/// the start of a short clause it ends ("since the war began on Oct. 7, 2023", "since fighting
/// broke out in April 2023"), with no punctuation between.
fn since(text: &str, floor: usize, pos: usize) -> bool {
    any_word_before(text, floor, pos, 5, true, &["since"])
}

/// "over the past week", "in the last ten days": a duration reaching back from the report,
/// longer than two days, as its first and last day.
fn past_window(t: &TimeExpr, dct: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    if t.timex_type != TimexType::Duration || recent_window(t).is_some() {
        return None;
    }
    let (start, end) = (t.start?, t.end?);
    // ("a week in which ...": a window back from the report without those words)
    let back = end <= dct
        || t.text.split_whitespace().any(|w| {
            crate::text::is_one_of(w, &["past", "last", "previous", "preceding", "recent"])
        });
    (back && (end - start).num_days() > 1).then_some((start, end))
}

/// "in the past 24 hours": a duration anchored to the report, at most two days long; the
/// report's day dates what happened in it.
fn recent_window(t: &TimeExpr) -> Option<chrono::NaiveDate> {
    if t.timex_type != TimexType::Duration {
        return None;
    }
    let (start, end) = (t.start?, t.end?);
    ((end - start).num_days() <= 1).then_some(end)
}

/// Converts a sentence's time expression to an event date: a window's date covers the
/// window (its days as start and end, the ISO week, month or year holding them as value).
fn st_dated(st: &SentenceTime<'_>, basis: Basis, reporting: bool) -> Dated {
    dated(st.time, st.window, basis, reporting)
}

/// Converts a time expression to an event date (a window's when it opens one).
fn dated(
    t: &TimeExpr,
    window: Option<(NaiveDate, NaiveDate)>,
    basis: Basis,
    reporting: bool,
) -> Dated {
    let inherited = basis == Basis::Context;
    if let Some((start, end)) = window {
        let (mut value, mut precision) = crate::time::covering_value(start, end);
        // "between Sunday and Tuesday" across a month's end: a few days are dated by their
        // first, as a range is, not by the year that holds them
        if (end - start).num_days() <= 6 && precision > Grain::Month {
            value = start.to_string();
            precision = Grain::Day;
        }
        return Dated {
            date: EventDate {
                value,
                start: Some(start),
                end: Some(end),
                precision,
                text: (!inherited).then(|| t.text.clone()),
                span: (!inherited).then_some(t.span),
                basis,
            },
            soft: false,
            night: false,
            reporting,
            window: true,
        };
    }
    // A time of day dates the event to its day: "2025-03-08TNI" -> "2025-03-08".
    let value = match (
        recent_window(t),
        t.value.get(..10),
        t.value.as_bytes().get(10),
    ) {
        (Some(end), _, _) => end.to_string(),
        (None, Some(day), Some(b'T')) => day.to_string(),
        _ => t.value.clone(),
    };
    Dated {
        date: EventDate {
            value,
            start: t.start,
            end: t.end,
            precision: if t.grain == Grain::Time || recent_window(t).is_some() {
                Grain::Day
            } else {
                t.grain
            },
            text: (!inherited).then(|| t.text.clone()),
            span: (!inherited).then_some(t.span),
            basis,
        },
        soft: false,
        // (ignoring ASCII case, without a lower-cased copy)
        night: t
            .text
            .as_bytes()
            .windows(5)
            .any(|w| w.eq_ignore_ascii_case(b"night")),
        reporting,
        window: false,
    }
}

fn distance(a: Span, b: Span) -> usize {
    if a.overlaps(&b) {
        0
    } else if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// What the linker needs to know of a mention.
#[derive(Clone, Copy)]
pub(crate) struct LinkInput<'a> {
    pub kind: EventKind,
    pub clause: Span,
    pub triggers: &'a [Span],
}

/// A mention the linker can read. (Speed: read in place, with no list of inputs built for
/// every sentence.)
pub(crate) trait Linked {
    fn link(&self) -> LinkInput<'_>;
}

/// Buffers of [`link_sentence`], kept from one sentence to the next.
#[derive(Default)]
pub(crate) struct LinkBuf {
    /// The date candidates of each mention of the last sentence linked.
    pub cands: Vec<Candidates>,
    own_dist: Vec<usize>,
}

/// Date candidates for the mentions of one sentence, into `buf.cands` (one a mention).
pub(crate) fn link_sentence(
    text: &str,
    clauses: &[Clause],
    mentions: &[impl Linked],
    times: &[SentenceTime<'_>],
    buf: &mut LinkBuf,
) {
    let LinkBuf {
        cands: out,
        own_dist,
    } = buf;
    out.clear();
    out.resize_with(mentions.len(), Candidates::default);
    own_dist.clear();
    own_dist.resize(mentions.len(), usize::MAX);
    let mut pool: Option<&SentenceTime<'_>> = None;
    for st in times {
        let t = st.time;
        // "The killing follows a week in which Israeli strikes killed more than 700": the
        // window dates what the relative clause tells, not what comes before it
        if st.window.is_some() && period_relative(text.get(t.span.end..).unwrap_or("")) {
            for (i, m) in mentions.iter().map(Linked::link).enumerate() {
                let after = m.triggers.first().is_some_and(|tr| tr.start >= t.span.end);
                if let Some(c) = out.get_mut(i).filter(|c| after && c.own.is_none()) {
                    c.own = Some(st_dated(st, Basis::Expression, false));
                }
            }
            continue;
        }
        if st.reporting {
            for (i, m) in mentions.iter().map(Linked::link).enumerate() {
                let Some(c) = out.get_mut(i) else { continue };
                // "the military government on Wednesday announced a temporary ceasefire": a
                // truce or deal announced is made that day
                let announced = matches!(m.kind, EventKind::Ceasefire | EventKind::Agreement)
                    && m.clause.start <= t.span.start
                    && t.span.end <= m.clause.end;
                if (m.kind == EventKind::Statement || announced) && c.own.is_none() {
                    c.own = Some(st_dated(st, Basis::Expression, false));
                } else if c.reporting.is_none() {
                    c.reporting = Some(st_dated(st, Basis::Expression, true));
                }
            }
            continue;
        }
        // "Talks ..., which had been scheduled for Monday, were postponed until 12 November":
        // the new day is the talks' whatever was told before it
        if crate::time::put_off_to(text, t.span.start) {
            for (i, m) in mentions.iter().map(Linked::link).enumerate() {
                if let (EventKind::Meeting, Some(c), Some(od)) =
                    (m.kind, out.get_mut(i), own_dist.get_mut(i))
                {
                    c.own = Some(st_dated(st, Basis::Expression, false));
                    *od = 0;
                }
            }
            continue;
        }
        let clause = clauses
            .iter()
            .find(|c| c.span.start <= t.span.start && t.span.start < c.span.end);
        // A date follows what it dates ("strikes killed 30 on Tuesday as talks stalled"), unless
        // it opens the clause ("On Sunday, Russia struck Kyiv").
        let opens_clause = clause.is_some_and(|c| t.span.start.saturating_sub(c.span.start) < 4);
        let weight = |tr: Span| {
            let d = distance(tr, t.span);
            if tr.start >= t.span.end && !opens_clause {
                d.saturating_mul(3).saturating_add(8)
            } else {
                d
            }
        };
        // "agreed on Monday to send an envoy next month": a date ahead after the infinitive is
        // the plan's, not the agreement's nor any mention's before it
        let plan_from = mentions
            .iter()
            .map(Linked::link)
            .filter(|m| m.kind == EventKind::Agreement && st.ahead)
            .flat_map(|m| m.triggers.iter())
            .filter(|tr| {
                tr.end <= t.span.start
                    && tr
                        .slice(text)
                        .is_some_and(|w| w.eq_ignore_ascii_case("agreed"))
                    && text
                        .get(tr.end..t.span.start)
                        .is_some_and(|between| between.starts_with(" to "))
            })
            .map(|tr| tr.end)
            .max();
        let nearest = mentions
            .iter()
            .map(Linked::link)
            .enumerate()
            .filter(|(_, m)| clause.is_some_and(|c| c.span == m.clause))
            .map(|(i, m)| {
                (
                    i,
                    m.triggers
                        .iter()
                        .filter(|tr| plan_from.is_none_or(|p| tr.start >= p))
                        .map(|tr| weight(*tr))
                        .min()
                        .unwrap_or(usize::MAX),
                )
            })
            .filter(|&(_, d)| d < usize::MAX)
            .min_by_key(|&(_, d)| d);
        match nearest {
            Some((i, d)) => {
                // "At least 43 people have been killed since the clashes erupted on
                // Thursday": the outbreak is the clause's event, the toll the window's
                if let Some(c) = clause.filter(|c| c.since && st.window.is_some()) {
                    window_tolls(text, mentions, st, c.span, true, out);
                }
                if let (Some(c), Some(od)) = (out.get_mut(i), own_dist.get_mut(i)) {
                    // a vague "now" never replaces a stated day
                    let vague_over_anchored =
                        !t.is_anchored() && c.own.as_ref().is_some_and(|o| o.date.start.is_some());
                    // nor does a deictic night ("overnight", "last night") replace a calendar
                    // day the clause states ("On Sunday, ... an overnight barrage")
                    let night_over_day = t.value.ends_with("TNI")
                        && c.own
                            .as_ref()
                            .is_some_and(|o| o.date.precision == Grain::Day);
                    if d < *od && !vague_over_anchored && !night_over_day {
                        // an event inside the "since" clause is the start itself ("since the
                        // offensive began on Nov. 27"): its day, not the window it opens
                        c.own = Some(if clause.is_some_and(|c| c.since) {
                            dated(st.time, None, Basis::Expression, false)
                        } else {
                            st_dated(st, Basis::Expression, false)
                        });
                        *od = d;
                    }
                }
            }
            None if clause.is_some_and(|c| c.relative) => {
                // ", which Kyiv proposed on 3 November": the relative clause's date belongs to
                // the nearest mention before it.
                let near = mentions
                    .iter()
                    .map(Linked::link)
                    .enumerate()
                    .filter(|(_, m)| m.clause.end <= t.span.start)
                    .map(|(i, m)| {
                        (
                            i,
                            m.triggers
                                .iter()
                                .map(|tr| distance(*tr, t.span))
                                .min()
                                .unwrap_or(usize::MAX),
                        )
                    })
                    .min_by_key(|&(_, d)| d);
                if let Some((i, d)) = near {
                    if let (Some(c), Some(od)) = (out.get_mut(i), own_dist.get_mut(i)) {
                        if c.own.is_none() || d < *od {
                            c.own = Some(st_dated(st, Basis::Expression, false));
                            *od = d;
                        }
                    }
                }
            }
            None => {
                if let Some(c) = clause.filter(|c| c.since) {
                    window_tolls(text, mentions, st, c.span, false, out);
                } else if pool.is_none() {
                    pool = Some(st);
                }
            }
        }
    }
    // "met Scholz in Berlin on Thursday and signed an agreement": a clause's date covers every
    // mention coordinated with the dated one.
    for (i, m) in mentions.iter().map(Linked::link).enumerate() {
        let coordinated = |o: &LinkInput<'_>| {
            let (Some(a), Some(b)) = (m.triggers.first(), o.triggers.first()) else {
                return false;
            };
            let (lo, hi) = if a.start < b.start {
                (a.end, b.start)
            } else {
                (b.end, a.start)
            };
            // ("The fighting began on Wednesday when India struck nine sites": the "when"
            // clause happens on the main clause's day)
            text.get(lo..hi)
                .is_some_and(|between| between.contains(" and ") || between.contains(" when "))
        };
        let shared = mentions
            .iter()
            .map(Linked::link)
            .enumerate()
            .filter(|(j, o)| *j != i && o.clause == m.clause && coordinated(o))
            .find_map(|(j, _)| out.get(j).and_then(|c| c.own.clone()));
        if let (Some(c), Some(mut d)) = (out.get_mut(i), shared) {
            if c.own.is_none() && c.sentence.is_none() {
                d.date.basis = Basis::Context;
                d.date.text = None;
                d.date.span = None;
                c.sentence = Some(d);
            }
        }
    }
    if let Some(st) = pool {
        for c in out.iter_mut() {
            if c.own.is_none() && c.sentence.is_none() {
                c.sentence = Some(st_dated(st, Basis::Context, false));
            }
        }
    }
}

/// "killed 45 civilians since the start of the month": a casualty report over the period a
/// "since" phrase opens is dated by it; so is a perfect ("has launched 500 drones since
/// Friday"), which tells what happened over the window, and a strike or clash whose clause
/// the "since" phrase ends ("Israeli strikes killed at least 60 people since dawn on
/// Saturday"). Mentions inside the "since" clause `since_clause` when it has its own event
/// (`own_event`: "since the clashes erupted on Thursday") are not.
fn window_tolls(
    text: &str,
    mentions: &[impl Linked],
    st: &SentenceTime<'_>,
    since_clause: Span,
    own_event: bool,
    out: &mut [Candidates],
) {
    for (i, m) in mentions.iter().map(Linked::link).enumerate() {
        if own_event && m.clause == since_clause {
            continue;
        }
        // (the auxiliary before the verb, or after a noun trigger: "fighting has raged since
        // Saturday")
        let perfect = st.window.is_some()
            && m.triggers.first().is_some_and(|tr| {
                const AUX: &[&str] = &["has", "have", "had"];
                any_word_before(text, m.clause.start, tr.start, 3, true, AUX)
                    || word_after(text, tr.end, m.clause.end, true)
                        .is_some_and(|(_, w)| is_one_of(w, AUX))
            });
        // (the date right after "since", not a later event's: "a battle since he was found
        // off the coast on Nov. 25")
        let violent_before = !own_event
            && m.clause.end == since_clause.start
            && matches!(m.kind, EventKind::Strike | EventKind::Clash)
            && since(text, since_clause.start, st.time.span.start);
        if m.kind == EventKind::Casualties || perfect || violent_before {
            if let Some(c) = out.get_mut(i) {
                if c.own.is_none() {
                    c.own = Some(st_dated(st, Basis::Expression, false));
                }
            }
        }
    }
}

/// True when two dates may be the same occurrence.
pub(crate) fn compatible(a: &Dated, b: &Dated) -> bool {
    a.soft || b.soft || days_meet(a, b)
}

/// True when the days of two dates meet, soft (inherited) ones too: a week's toll never
/// meets the strike of one of its days, a report's day meets what happened up to it.
pub(crate) fn days_meet(a: &Dated, b: &Dated) -> bool {
    if a.window != b.window && !a.reporting && !b.reporting {
        return false; // a week's toll is not the strike of one of its days
    }
    let (Some(sa), Some(ea), Some(sb), Some(eb)) =
        (a.date.start, a.date.end, b.date.start, b.date.end)
    else {
        return true;
    };
    let widen = |e: NaiveDate, night: bool| if night { e.succ_opt().unwrap_or(e) } else { e };
    let ea = widen(ea, a.night);
    let eb = widen(eb, b.night);
    if a.reporting {
        return sb <= ea;
    }
    if b.reporting {
        return sa <= eb;
    }
    sa <= eb && sb <= ea
}

/// The better of two compatible dates for one event.
pub(crate) fn better(current: &Dated, new: &Dated) -> bool {
    let rank = |d: &Dated| {
        if d.reporting {
            0
        } else if d.soft {
            1
        } else if d.date.basis == Basis::Context {
            2
        } else {
            3
        }
    };
    let (rc, rn) = (rank(current), rank(new));
    if rn != rc {
        return rn > rc;
    }
    if new.date.precision < current.date.precision && new.date.start.is_some() {
        return true; // a day inside a weekend
    }
    new.date.precision == current.date.precision && current.night && !new.night
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Linked for LinkInput<'_> {
        fn link(&self) -> LinkInput<'_> {
            *self
        }
    }

    /// The date candidates [`link_sentence`] gives `mentions`.
    fn link(
        t: &str,
        clauses: &[Clause],
        mentions: &[LinkInput<'_>],
        st: &[SentenceTime<'_>],
    ) -> Vec<Candidates> {
        let mut buf = LinkBuf::default();
        link_sentence(t, clauses, mentions, st, &mut buf);
        buf.cands
    }

    fn te(text: &str, start: usize, value: &str, day: (i32, u32, u32), grain: Grain) -> TimeExpr {
        let d = NaiveDate::from_ymd_opt(day.0, day.1, day.2);
        TimeExpr {
            text: text.into(),
            span: Span::new(start, start + text.len()),
            timex_type: TimexType::Date,
            value: value.into(),
            modifier: None,
            start: d,
            end: d,
            grain,
            rule: String::new(),
        }
    }

    #[test]
    fn reporting_dates_are_apart() {
        let t = "Russia's defence ministry claimed on Friday that it had destroyed 33 drones overnight.";
        let times = vec![
            te(
                "on Friday",
                t.find("on Friday").unwrap_or(0),
                "2024-11-29",
                (2024, 11, 29),
                Grain::Day,
            ),
            te(
                "overnight",
                t.find("overnight").unwrap_or(0),
                "2024-11-28",
                (2024, 11, 28),
                Grain::Day,
            ),
        ];
        let s = Span::new(0, t.len());
        let st: Vec<_> = sentence_times(t, &times, s, &[], None, &[], NaiveDate::MIN).collect();
        assert!(st[0].reporting);
        assert!(!st[1].reporting);
        let trig = Span::new(
            t.find("destroyed").unwrap_or(0),
            t.find("destroyed").unwrap_or(0) + 9,
        );
        let clauses = super::super::words::clauses(
            t,
            &super::super::phrases::PhraseScan::new(t, Span::new(0, t.len())),
            s,
        );
        let m = [LinkInput {
            kind: EventKind::Strike,
            clause: clauses[0].span,
            triggers: &[trig],
        }];
        let c = link(t, &clauses, &m, &st);
        assert_eq!(
            c[0].own.as_ref().map(|d| d.date.value.as_str()),
            Some("2024-11-28")
        );
        assert_eq!(
            c[0].reporting.as_ref().map(|d| d.date.value.as_str()),
            Some("2024-11-29")
        );
    }

    #[test]
    fn nearest_trigger_gets_the_date() {
        let t = "Drones hit Odesa over the weekend, and a bomb killed two in Kostiantynivka on Saturday.";
        let s = Span::new(0, t.len());
        let times = vec![
            te(
                "over the weekend",
                t.find("over").unwrap_or(0),
                "2025-W10-WE",
                (2025, 3, 8),
                Grain::Week,
            ),
            te(
                "on Saturday",
                t.find("on Sat").unwrap_or(0),
                "2025-03-08",
                (2025, 3, 8),
                Grain::Day,
            ),
        ];
        let st: Vec<_> = sentence_times(t, &times, s, &[], None, &[], NaiveDate::MIN).collect();
        let clauses = super::super::words::clauses(
            t,
            &super::super::phrases::PhraseScan::new(t, Span::new(0, t.len())),
            s,
        );
        let hit = Span::new(7, 10);
        let killed = Span::new(
            t.find("killed").unwrap_or(0),
            t.find("killed").unwrap_or(0) + 6,
        );
        let m = [
            LinkInput {
                kind: EventKind::Strike,
                clause: clauses[0].span,
                triggers: &[hit],
            },
            LinkInput {
                kind: EventKind::Strike,
                clause: clauses[1].span,
                triggers: &[killed],
            },
        ];
        let c = link(t, &clauses, &m, &st);
        assert_eq!(
            c[0].own.as_ref().map(|d| d.date.value.as_str()),
            Some("2025-W10-WE")
        );
        assert_eq!(
            c[1].own.as_ref().map(|d| d.date.value.as_str()),
            Some("2025-03-08")
        );
    }

    #[test]
    fn compatibility() {
        let weekend = dated(
            &te(
                "over the weekend",
                0,
                "2025-W10-WE",
                (2025, 3, 8),
                Grain::Week,
            ),
            None,
            Basis::Expression,
            false,
        );
        let mut sat = dated(
            &te("on Saturday", 0, "2025-03-08", (2025, 3, 8), Grain::Day),
            None,
            Basis::Expression,
            false,
        );
        assert!(compatible(&weekend, &sat));
        assert!(better(&weekend, &sat));
        sat.date.start = NaiveDate::from_ymd_opt(2025, 3, 1);
        sat.date.end = sat.date.start;
        assert!(!compatible(&weekend, &sat));
    }
}
