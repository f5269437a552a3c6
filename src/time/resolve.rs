//! Resolution: an underspecified value plus its context (publication date, narrative anchor,
//! tense) gives a TIMEX3 value with its first and last day and grain. Pure and checked.

use chrono::{Datelike, NaiveDate, Weekday};

use super::lexicon::Unit;
use super::timex::{
    UNKNOWN, add_days, add_months, day_value, duration_value, month_bounds, month_value,
    week_start, week_value, year_bounds, year_ok, year_then, year_value, years_bounds,
};
use super::underspec::{Amount, Candidate, HebrewFeast, Shift, Underspec, Vague, YearRef};
use crate::WeekdayPolicy;
use crate::number::Ascii;
use crate::time::{Grain, TimexMod, TimexType};

/// What resolution needs besides the phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Context {
    /// The publication date.
    pub dct: NaiveDate,
    /// The date the narrative is on (first day and grain of the last anchored expression).
    pub anchor: Option<(NaiveDate, Grain)>,
    /// True when the sentence speaks of the future at this phrase.
    pub future: bool,
    /// True when a word of the sentence tells the future at this phrase ("will vote on Dec.
    /// 23", "is due to rule"), not only a deadline's "by" or "until" before it.
    pub future_told: bool,
    /// True when a past-tense verb stands right before the phrase ("was adopted in May").
    pub near_past: bool,
    /// The weekday policy.
    pub policy: WeekdayPolicy,
    /// True for a shift by a duration ("a week earlier", "two weeks later"), false for a
    /// calendar unit ("the following week").
    pub shift_by_duration: bool,
}

impl Context {
    /// A context with no anchor and past tense.
    #[cfg(test)]
    pub(crate) fn new(dct: NaiveDate) -> Self {
        Context {
            dct,
            anchor: None,
            future: false,
            future_told: false,
            near_past: false,
            policy: WeekdayPolicy::News,
            shift_by_duration: false,
        }
    }
}

/// A resolved TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub timex_type: TimexType,
    pub value: String,
    pub modifier: Option<TimexMod>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub grain: Grain,
}

impl Resolved {
    fn unknown(timex_type: TimexType, grain: Grain) -> Self {
        Resolved {
            timex_type,
            value: UNKNOWN.to_string(),
            modifier: None,
            start: None,
            end: None,
            grain,
        }
    }

    fn anchored(
        value: Option<String>,
        bounds: Option<(NaiveDate, NaiveDate)>,
        grain: Grain,
    ) -> Self {
        match (value, bounds) {
            (Some(value), Some((s, e))) => Resolved {
                timex_type: TimexType::Date,
                value,
                modifier: None,
                start: Some(s),
                end: Some(e),
                grain,
            },
            _ => Resolved::unknown(TimexType::Date, grain),
        }
    }
}

fn day(d: Option<NaiveDate>) -> Resolved {
    match d {
        Some(d) => Resolved::anchored(day_value(d), Some((d, d)), Grain::Day),
        None => Resolved::unknown(TimexType::Date, Grain::Day),
    }
}

fn week(d: Option<NaiveDate>) -> Resolved {
    let Some(d) = d else {
        return Resolved::unknown(TimexType::Date, Grain::Week);
    };
    let bounds = week_start(d).and_then(|m| Some((m, add_days(m, 6)?)));
    Resolved::anchored(week_value(d), bounds, Grain::Week)
}

fn weekend(monday: Option<NaiveDate>) -> Resolved {
    let Some(m) = monday else {
        return Resolved::unknown(TimexType::Date, Grain::Week);
    };
    let value = week_value(m).map(|w| format!("{w}-WE"));
    let bounds = add_days(m, 5).and_then(|s| Some((s, add_days(m, 6)?)));
    Resolved::anchored(value, bounds, Grain::Week)
}

fn month(y: i32, m: u32) -> Resolved {
    Resolved::anchored(month_value(y, m), month_bounds(y, m), Grain::Month)
}

fn year(y: i32) -> Resolved {
    Resolved::anchored(year_value(y), year_bounds(y), Grain::Year)
}

fn quarter(y: i32, q: u8) -> Resolved {
    let first_month = u32::from(q.clamp(1, 4)) * 3 - 2;
    let bounds = month_bounds(y, first_month)
        .and_then(|(s, _)| Some((s, month_bounds(y, first_month + 2)?.1)));
    let value = year_then(y, &[("-Q", u32::from(q), 1)]);
    Resolved::anchored(value, bounds, Grain::Quarter)
}

fn half(y: i32, h: u8) -> Resolved {
    let (a, b) = if h <= 1 { (1, 6) } else { (7, 12) };
    let bounds = month_bounds(y, a).and_then(|(s, _)| Some((s, month_bounds(y, b)?.1)));
    let value = year_then(y, &[("-H", u32::from(h.clamp(1, 2)), 1)]);
    Resolved::anchored(value, bounds, Grain::HalfYear)
}

/// A feast whose day moves from year to year (`of_year` gives it in a year; `month` is about
/// when it falls): the nearest occurrence without a year, else the year's. A feast is mostly
/// named as an adjective ("declared an Easter truce"): a verb before it governs the noun, not
/// the date.
fn movable_feast(
    ctx: &Context,
    yr: YearRef,
    month: u32,
    of_year: impl Fn(i32) -> Option<NaiveDate>,
) -> Resolved {
    let ctx = &Context {
        near_past: false,
        ..*ctx
    };
    day(match yr {
        YearRef::Infer => nearest_of_years(ctx, of_year),
        _ => of_year(pick_year(yr, ctx, month, 1, month)),
    })
}

/// The dates of a table of yearly days (rows of year, month, day).
fn yearly_days(table: &str) -> Vec<NaiveDate> {
    crate::text::table_rows(table)
        .filter_map(|cols| match cols.as_slice() {
            [y, m, d, ..] => {
                NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
            }
            _ => None,
        })
        .collect()
}

/// The first day of the Chinese calendar's year: `data/en/lunar_new_year.tsv`.
static LUNAR_NEW_YEARS: std::sync::LazyLock<Vec<NaiveDate>> =
    std::sync::LazyLock::new(|| yearly_days(include_str!("../../data/en/lunar_new_year.tsv")));

/// The main day of Diwali: `data/en/diwali.tsv`.
static DIWALIS: std::sync::LazyLock<Vec<NaiveDate>> =
    std::sync::LazyLock::new(|| yearly_days(include_str!("../../data/en/diwali.tsv")));

/// The day of year `y` in `days`, when the table has it.
fn day_in_year(days: &[NaiveDate], y: i32) -> Option<NaiveDate> {
    days.iter().copied().find(|d| d.year() == y)
}

/// TIMEX3's code of season `s` (1 spring .. 4 winter).
fn season_code(s: u8) -> &'static str {
    match s {
        1 => "SP",
        2 => "SU",
        3 => "FA",
        _ => "WI",
    }
}

fn season(y: i32, s: u8) -> Resolved {
    let code = season_code(s);
    let (first, last, last_year) = match s {
        1 => (3, 5, y),
        2 => (6, 8, y),
        3 => (9, 11, y),
        _ => (12, 2, y.saturating_add(1)),
    };
    let bounds =
        month_bounds(y, first).and_then(|(a, _)| Some((a, month_bounds(last_year, last)?.1)));
    let value = year_ok(y).then(|| format!("{y:04}-{code}"));
    Resolved::anchored(value, bounds, Grain::Quarter)
}

fn decade(d: i32) -> Resolved {
    let first = d.saturating_mul(10);
    let value = (0..=999).contains(&d).then(|| format!("{d:03}"));
    Resolved::anchored(
        value,
        years_bounds(first, first.saturating_add(9)),
        Grain::Decade,
    )
}

fn century(c: i32) -> Resolved {
    let first = c.saturating_mul(100);
    let value = (0..=99).contains(&c).then(|| format!("{c:02}"));
    Resolved::anchored(
        value,
        years_bounds(first, first.saturating_add(99)),
        Grain::Century,
    )
}

/// The year of a partial date: stated, relative to the publication year, or chosen so that
/// the date lies on the side of the publication date the tense points to.
fn pick_year(yr: YearRef, ctx: &Context, first_month: u32, first_day: u32, last_month: u32) -> i32 {
    let dct_year = ctx.dct.year();
    match yr {
        YearRef::Explicit(y) => y,
        YearRef::FromDct(o) => dct_year.saturating_add(o),
        YearRef::Narrative => ctx.anchor.map_or(dct_year, |(d, _)| d.year()),
        YearRef::Before if first_month < ctx.dct.month() => dct_year,
        YearRef::Before => dct_year.saturating_sub(1),
        YearRef::After if first_month > ctx.dct.month() => dct_year,
        YearRef::After => dct_year.saturating_add(1),
        YearRef::Infer => {
            let key = (ctx.dct.month(), ctx.dct.day());
            if ctx.future {
                // Entirely before the publication date → next year.
                if last_month < key.0 {
                    dct_year.saturating_add(1)
                } else {
                    dct_year
                }
            } else if (first_month, first_day) > key {
                dct_year.saturating_sub(1)
            } else {
                dct_year
            }
        }
    }
}

/// A day and month without a year: the occurrence nearest the publication date, counting a
/// distance on the side the tense does not point to twice ("the offer expires Nov. 17" said
/// on Oct. 27 is three weeks ahead even in a past-tense report; "Aug. 6" said on Feb. 6 in
/// past tense is last August).
fn nearest_day(ctx: &Context, m: u32, d: u32) -> Option<NaiveDate> {
    nearest_of_years(ctx, |y| NaiveDate::from_ymd_opt(y, m, d))
}

/// The nearest of a yearly day (`of_year` gives it in a year), as [`nearest_day`] weighs it.
fn nearest_of_years(
    ctx: &Context,
    of_year: impl Fn(i32) -> Option<NaiveDate>,
) -> Option<NaiveDate> {
    let y = ctx.dct.year();
    nearest_of(
        ctx,
        [y.saturating_sub(1), y, y.saturating_add(1)].map(of_year),
    )
}

/// The nearest of `dates` to the publication date: on the tense's side (a day on the other
/// side counts twice as far), never ahead under a past-tense verb and never gone by when a word
/// tells the future ("will vote on Dec. 23" said in April is this December's 23rd, not last
/// December's, though that one is nearer; a deadline's "by Jan. 14" said on Jan. 15 may be
/// the day just gone).
fn nearest_of(ctx: &Context, dates: [Option<NaiveDate>; 3]) -> Option<NaiveDate> {
    let mut best: Option<(i64, NaiveDate)> = None;
    for date in dates {
        let Some(date) = date.filter(|x| year_ok(x.year())) else {
            continue;
        };
        let diff = (date - ctx.dct).num_days();
        if ctx.near_past && !ctx.future && diff > 0 {
            // a past-tense verb governs it ("the year ended Jan. 31"): not ahead
            continue;
        }
        if ctx.future_told && diff < 0 {
            continue;
        }
        let wrong_side = if ctx.future { diff < 0 } else { diff > 0 };
        let cost = diff.abs() * if wrong_side { 2 } else { 1 };
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, date));
        }
    }
    best.map(|(_, date)| date)
}

/// A season or half of a year with no year named ("before the spring", "cuts in the second
/// half"): of last year's, this year's and next year's (`of_year` resolves one), the one that
/// holds the publication date, or else the nearest to it. One on the side the tense does not
/// point to counts twice as far, and a future tense never takes one already over: "hoped for a
/// ceasefire before the spring" said on 31 December is next spring, "rate cuts in the second
/// half" said on 30 June this year's second half, "profit in the first half" said in August
/// this year's first half.
fn nearest_period(ctx: &Context, of_year: impl Fn(i32) -> Resolved) -> Resolved {
    let y = ctx.dct.year();
    let mut best: Option<(i64, Resolved)> = None;
    for r in [y.saturating_sub(1), y, y.saturating_add(1)].map(&of_year) {
        let (Some(start), Some(end)) = (r.start, r.end) else {
            continue;
        };
        let cost = if end < ctx.dct {
            if ctx.future {
                continue;
            }
            (ctx.dct - end).num_days()
        } else if start > ctx.dct {
            (start - ctx.dct).num_days() * if ctx.future { 1 } else { 2 }
        } else {
            0
        };
        if best.as_ref().is_none_or(|(c, _)| cost < *c) {
            best = Some((cost, r));
        }
    }
    best.map_or_else(|| of_year(y), |(_, r)| r)
}

fn weekday(day_: Weekday, shift: Shift, ctx: &Context) -> Resolved {
    let dct = match shift {
        Shift::AnchorLast | Shift::AnchorNext => ctx.anchor.map_or(ctx.dct, |(d, _)| d),
        _ => ctx.dct,
    };
    let from = i64::from(dct.weekday().num_days_from_monday());
    let to = i64::from(day_.num_days_from_monday());
    let back = (from - to).rem_euclid(7);
    let fwd = (to - from).rem_euclid(7);
    let closest = if fwd < back { fwd } else { -back };
    let delta = match shift {
        Shift::Last | Shift::AnchorLast => -(if back == 0 { 7 } else { back }),
        Shift::Next | Shift::AnchorNext => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        Shift::InWeek(w) => to - from + 7 * i64::from(w),
        Shift::Last0 => -back,
        Shift::Closest => closest,
        Shift::Bare => match ctx.policy {
            WeekdayPolicy::Past => -back,
            WeekdayPolicy::Closest => closest,
            WeekdayPolicy::News => {
                if ctx.future {
                    fwd
                } else {
                    -back
                }
            }
        },
    };
    day(add_days(dct, delta))
}

fn from_date(base: NaiveDate, unit: Unit, n: i32) -> Resolved {
    let n64 = i64::from(n);
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => {
            let days = if unit == Unit::Day { n64 } else { 0 };
            day(add_days(base, days))
        }
        Unit::Week => week(add_days(base, n64.saturating_mul(7))),
        Unit::Fortnight => week(add_days(base, n64.saturating_mul(14))),
        Unit::Weekend => weekend(week_start(base).and_then(|m| add_days(m, n64.saturating_mul(7)))),
        Unit::Month => match add_months(base.with_day(1).unwrap_or(base), n) {
            Some(d) => month(d.year(), d.month()),
            None => Resolved::unknown(TimexType::Date, Grain::Month),
        },
        Unit::Quarter => {
            let q0 = i32::try_from(base.month0() / 3).unwrap_or(0);
            let total = base
                .year()
                .saturating_mul(4)
                .saturating_add(q0)
                .saturating_add(n);
            let (y, q) = (total.div_euclid(4), total.rem_euclid(4) + 1);
            quarter(y, u8::try_from(q).unwrap_or(1))
        }
        Unit::Year => year(base.year().saturating_add(n)),
        Unit::Decade => decade((base.year() / 10).saturating_add(n)),
        Unit::Century => century((base.year() / 100).saturating_add(n)),
    }
}

/// Resolves one candidate in its context.
pub(crate) fn resolve(c: &Candidate, ctx: &Context) -> Resolved {
    let mut r = match c.spec {
        Underspec::Date {
            year: yr,
            month: m,
            day: d,
        } => match (m, d) {
            (Some(m), Some(d)) if yr == YearRef::Infer => day(nearest_day(ctx, m, d)),
            (Some(m), Some(d)) => {
                let y = pick_year(yr, ctx, m, d, m);
                day(NaiveDate::from_ymd_opt(y, m, d))
            }
            (Some(m), None)
                if yr == YearRef::Infer
                    && !ctx.future
                    && !ctx.near_past
                    && m == ctx.dct.month() % 12 + 1 =>
            {
                // Policy: a month named in a past-tense report that is the month right after
                // the publication date's is the coming one, not the one eleven months back
                // ("a cutback in its oil supply in September" in a report of August 16), unless
                // a past-tense verb governs it ("it was adopted in May" said in April).
                let y = if m == 1 {
                    ctx.dct.year().saturating_add(1)
                } else {
                    ctx.dct.year()
                };
                month(y, m)
            }
            (Some(m), None) => month(pick_year(yr, ctx, m, 1, m), m),
            // "on the 4th": that day of the month the narrative is in, else the nearest one
            // to the publication date on the tense's side (also when the narrative's month is
            // over and the tense looks ahead: "had told a rally last month: 'We will
            // celebrate on the 4th'")
            (None, Some(d)) => day(match ctx.anchor {
                Some((a, g))
                    if g <= Grain::Month
                        && !(ctx.future
                            && (a.year(), a.month()) < (ctx.dct.year(), ctx.dct.month())) =>
                {
                    NaiveDate::from_ymd_opt(a.year(), a.month(), d)
                }
                _ => nearest_of(
                    ctx,
                    [-1, 0, 1].map(|k| {
                        ctx.dct
                            .with_day(1)
                            .and_then(|first| add_months(first, k))
                            .and_then(|m| m.with_day(d))
                    }),
                ),
            }),
            _ => match yr {
                YearRef::Explicit(y) => year(y),
                YearRef::FromDct(o) => year(ctx.dct.year().saturating_add(o)),
                // "the new year": the next one from July on, this one before
                YearRef::After => year(pick_year(yr, ctx, 7, 1, 7)),
                _ => year(ctx.dct.year()),
            },
        },
        Underspec::Weekday { day: d, shift } => weekday(d, shift, ctx),
        Underspec::FromDct {
            unit: Unit::Week,
            n: 0,
        } if ctx.future && ctx.dct.weekday() == Weekday::Sun => {
            // Policy: "this week" said on a Sunday about the future is the week that starts
            // the next day (the ISO week of the DCT has only that Sunday left).
            week(add_days(ctx.dct, 1))
        }
        Underspec::FromDct { unit, n } => from_date(ctx.dct, unit, n),
        Underspec::Overnight => {
            // Policy: the night before the day the news is about: the narrative's day when
            // it is one of the seven days up to the DCT ("Shares fell Friday, depressed by
            // overnight losses" in Monday's paper is Thursday night), else the DCT; told
            // ahead, the night after it ("the consulate would stay under guard overnight")
            let news_day = ctx
                .anchor
                .map(|(d, _)| d)
                .filter(|d| *d <= ctx.dct && add_days(*d, 7).is_some_and(|w| w >= ctx.dct))
                .unwrap_or(ctx.dct);
            day(add_days(news_day, if ctx.future_told { 0 } else { -1 }))
        }
        Underspec::FromAnchor { unit, n } => {
            let base = ctx.anchor.map_or(ctx.dct, |(d, _)| d);
            match (unit, ctx.anchor) {
                // "A week earlier" told from a day ("on February 5"): that day a week before,
                // a day like its anchor; told from a week ("last week"), a week.
                (Unit::Week | Unit::Fortnight, Some((_, g)))
                    if ctx.shift_by_duration && n != 0 && g <= Grain::Day =>
                {
                    let per = if unit == Unit::Week { 7 } else { 14 };
                    day(add_days(base, i64::from(n).saturating_mul(per)))
                }
                // "The war began in April. Three weeks later ...": told from a month, the
                // month the shift, counted from mid-month, falls in; no finer than its anchor.
                (Unit::Day | Unit::Week | Unit::Fortnight, Some((_, Grain::Month)))
                    if ctx.shift_by_duration && n != 0 =>
                {
                    let per = match unit {
                        Unit::Day => 1,
                        Unit::Week => 7,
                        _ => 14,
                    };
                    match add_days(base, 14 + i64::from(n).saturating_mul(per)) {
                        Some(d) => month(d.year(), d.month()),
                        None => Resolved::unknown(TimexType::Date, Grain::Month),
                    }
                }
                _ => from_date(base, unit, n),
            }
        }
        Underspec::Weekend { shift } => {
            let monday = week_start(ctx.dct);
            let is_weekend = ctx.dct.weekday().num_days_from_monday() >= 5;
            let weeks = match shift {
                Shift::InWeek(w) => i64::from(w),
                Shift::Last | Shift::AnchorLast => -1,
                Shift::Next | Shift::AnchorNext => 1,
                // (the weekend of the DCT's week is the nearest one, either side)
                Shift::Closest => 0,
                // ("temperatures will ease over the weekend" said on a Sunday: the next one,
                // as the weekend of the day of writing is ending)
                Shift::Bare if ctx.future && ctx.dct.weekday() == Weekday::Sun => 1,
                Shift::Bare if ctx.future || is_weekend => 0,
                Shift::Last0 if is_weekend => 0,
                Shift::Bare | Shift::Last0 => -1,
            };
            weekend(monday.and_then(|m| add_days(m, weeks * 7)))
        }
        Underspec::Season {
            season: s,
            year: yr,
        } => {
            let (f, l) = match s {
                1 => (3, 5),
                2 => (6, 8),
                3 => (9, 11),
                _ => (12, 12),
            };
            if yr == YearRef::Infer {
                nearest_period(ctx, |y| season(y, s))
            } else {
                // "last summer" is the last one over: compare its last month with the DCT's
                let f = if yr == YearRef::Before { l } else { f };
                season(pick_year(yr, ctx, f, 1, l), s)
            }
        }
        Underspec::Quarter {
            quarter: 0,
            year: yr,
        } => {
            // the reported quarter: the last one completed before the DCT, in the year named
            let q = match ctx.dct.month0() / 3 {
                0 => 4,
                k => u8::try_from(k).unwrap_or(4),
            };
            quarter(pick_year(yr, ctx, 1, 1, 12), q)
        }
        Underspec::Quarter {
            quarter: q,
            year: yr,
        } => {
            // Reports speak of quarters already begun or just ended ("expects to report a
            // third-quarter loss" in October): a future tense moves to next year only a
            // quarter that ended more than a quarter before the publication date ("will
            // return to growth in the fourth quarter" said in July is this year's; "expects a
            // first-quarter profit" said in November is next year's).
            let f = u32::from(q.clamp(1, 4)) * 3 - 2;
            let past = Context {
                future: false,
                future_told: false,
                ..*ctx
            };
            let y = pick_year(yr, &past, f, 1, f + 2);
            let long_over = ctx.dct.month() > f + 5;
            let y = if ctx.future && yr == YearRef::Infer && (y < ctx.dct.year() || long_over) {
                if long_over {
                    ctx.dct.year().saturating_add(1)
                } else {
                    ctx.dct.year()
                }
            } else {
                y
            };
            quarter(y, q)
        }
        Underspec::Half {
            half: h,
            year: YearRef::Infer,
        } => nearest_period(ctx, |y| half(y, h)),
        Underspec::Half { half: h, year: yr } => {
            let f = if h <= 1 { 1 } else { 7 };
            half(pick_year(yr, ctx, f, 1, f + 5), h)
        }
        Underspec::NthWeekday {
            month: m,
            day: wd,
            nth,
            after,
            year: yr,
        } => {
            let of_year = |y| {
                if nth == 0 {
                    NaiveDate::from_weekday_of_month_opt(y, m, wd, 5)
                        .or_else(|| NaiveDate::from_weekday_of_month_opt(y, m, wd, 4))
                } else {
                    NaiveDate::from_weekday_of_month_opt(y, m, wd, nth)
                }
                .and_then(|d| add_days(d, i64::from(after)))
            };
            // with no year, the nearest one, as for a day and month ("from now to Election
            // Day" said in late October is the coming one)
            day(match yr {
                YearRef::Infer => nearest_of_years(ctx, of_year),
                _ => of_year(pick_year(yr, ctx, m, 1, m)),
            })
        }
        Underspec::Easter {
            orthodox,
            offset,
            year: yr,
        } => {
            let of_year = |y| easter(y, orthodox).and_then(|e| add_days(e, i64::from(offset)));
            movable_feast(ctx, yr, 4, of_year)
        }
        Underspec::LunarNewYear { offset, year: yr } => {
            let of_year =
                |y| day_in_year(&LUNAR_NEW_YEARS, y).and_then(|d| add_days(d, i64::from(offset)));
            movable_feast(ctx, yr, 2, of_year)
        }
        Underspec::Diwali { offset, year: yr } => {
            let of_year = |y| day_in_year(&DIWALIS, y).and_then(|d| add_days(d, i64::from(offset)));
            movable_feast(ctx, yr, 11, of_year)
        }
        Underspec::Hebrew { feast, year: yr } => {
            let month = match feast {
                HebrewFeast::Purim | HebrewFeast::Passover => 4,
                HebrewFeast::Hanukkah => 12,
                _ => 9,
            };
            movable_feast(ctx, yr, month, |y| hebrew_feast(y, feast))
        }
        Underspec::Hijri {
            month: hm,
            day: hd,
            year: yr,
        } => {
            let (hm, hd) = (u32::from(hm), u32::from(hd));
            let of_year = |y| hijri_in_year(y, hm, hd.max(1)).map(|(_, d)| d);
            // named as an adjective as a feast mostly is ("a Ramadan truce"), as for Easter
            let ctx = &Context {
                near_past: false,
                ..*ctx
            };
            let first = match yr {
                YearRef::Infer => nearest_of_years(ctx, of_year),
                _ => of_year(pick_year(yr, ctx, 4, 1, 4)),
            };
            if hd > 0 {
                day(first)
            } else {
                hijri_month(first, hm)
            }
        }
        Underspec::Decade(d) => decade(d),
        Underspec::Century(c) => century(c),
        Underspec::Duration {
            amount,
            unit,
            window,
        } => {
            let value = duration_value(amount, unit);
            let mut r = Resolved {
                timex_type: TimexType::Duration,
                value,
                modifier: None,
                start: None,
                end: None,
                grain: Grain::Vague,
            };
            if window != 0 {
                if let Some(days) = window_days(amount, unit) {
                    let other = if window < 0 {
                        add_days(ctx.dct, -days)
                    } else {
                        add_days(ctx.dct, days)
                    };
                    if let Some(o) = other {
                        let (s, e) = if window < 0 {
                            (o, ctx.dct)
                        } else {
                            (ctx.dct, o)
                        };
                        r.start = Some(s);
                        r.end = Some(e);
                    }
                }
            }
            r
        }
        Underspec::Vague(v) => Resolved {
            timex_type: TimexType::Date,
            value: match v {
                Vague::Past => "PAST_REF",
                Vague::Present => "PRESENT_REF",
                Vague::Future => "FUTURE_REF",
            }
            .to_string(),
            modifier: None,
            start: None,
            end: None,
            grain: Grain::Vague,
        },
        // "every weekend": the weekend of any week, as "every Friday" is that day of any week
        // (`XXXX-WXX-WE`; a weekend is no duration unit)
        Underspec::SetEvery {
            unit: Unit::Weekend,
            every: 1,
        } => set("XXXX-WXX-WE".to_string()),
        Underspec::SetEvery { unit, every: 0 } => set(duration_value(Amount::Some, unit)),
        Underspec::SetEvery { unit, every } => set(duration_value(Amount::Num(every), unit)),
        Underspec::SetWeekday(d) => set(match c.part {
            Some(p) => format!("XXXX-WXX-{}T{}", d.number_from_monday(), p.code()),
            None => format!("XXXX-WXX-{}", d.number_from_monday()),
        }),
        Underspec::SetPart(p) => set(format!("XXXX-XX-XXT{}", p.code())),
        Underspec::SetMonth(m, None) => set(format!("XXXX-{m:02}")),
        Underspec::SetMonth(m, Some(d)) => set(format!("XXXX-{m:02}-{d:02}")),
        Underspec::SetSeason(x) => set(format!("XXXX-{}", season_code(x))),
    };
    if c.week_of && r.grain == Grain::Day {
        r = week(r.start);
    }
    if c.day_shift != 0 && r.grain == Grain::Day {
        r = day(r.start.and_then(|d| add_days(d, i64::from(c.day_shift))));
    }
    r.modifier = c.modifier;
    if let Some(t) = c.force_type {
        r.timex_type = t;
    }
    if r.value != UNKNOWN && r.grain == Grain::Day && r.timex_type != TimexType::Set {
        // (Speed: the time of day appended to the value, not the value written anew)
        if let Some((h, m)) = c.clock {
            let mut clock = Ascii::new();
            clock
                .str("T")
                .number(u64::from(h), 2)
                .str(":")
                .number(u64::from(m), 2);
            if let Some(sec) = c.second {
                clock.str(":").number(u64::from(sec), 2);
            }
            match clock.as_str() {
                Some(t) => r.value.push_str(t),
                None => r.value = format!("{}T{h:02}:{m:02}", r.value),
            }
            r.timex_type = TimexType::Time;
            r.grain = Grain::Time;
        } else if let Some(p) = c.part {
            r.value.push('T');
            r.value.push_str(p.code());
            r.timex_type = TimexType::Time;
            r.grain = Grain::Time;
        }
    }
    r
}

/// A recurring time (TIMEX3 SET) of `value`: no bounds, no grain.
fn set(value: String) -> Resolved {
    Resolved {
        timex_type: TimexType::Set,
        value,
        modifier: None,
        start: None,
        end: None,
        grain: Grain::Vague,
    }
}

/// The days from the Hebrew calendar's epoch (1 Tishrei of year 1) to 1 Tishrei of year `y`,
/// before the postponements that keep a year's length legal: the months elapsed since the
/// epoch (235 in 19 years), the new moon (molad) of Tishrei in parts of an hour (25,920 parts a
/// day), and a day more when the molad falls on a Sunday, Wednesday or Friday.
fn hebrew_elapsed(y: i64) -> i64 {
    let months = (235 * y - 234).div_euclid(19);
    let parts = 12_084 + 13_753 * months;
    let day = 29 * months + parts.div_euclid(25_920);
    if (3 * (day + 1)).rem_euclid(7) < 3 {
        day + 1
    } else {
        day
    }
}

/// 1 Tishrei (Rosh Hashanah) of Hebrew year `y`, by the arithmetic rules of the fixed Hebrew
/// calendar (the molad and its postponements; written from the published rules).
fn hebrew_new_year(y: i64) -> Option<NaiveDate> {
    let (before, this, next) = (
        hebrew_elapsed(y - 1),
        hebrew_elapsed(y),
        hebrew_elapsed(y + 1),
    );
    // a year may be neither 356 days long nor a leap year of 382 days
    let delay = if next - this == 356 {
        2
    } else if this - before == 382 {
        1
    } else {
        0
    };
    // (1 Tishrei of year 1 is day -1,373,427 counted from 1 January of year 1, as day 1)
    let days = -1_373_427 + this + delay;
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(days).ok()?)
}

/// The first day of `feast` in Gregorian year `y`: counted from the Rosh Hashanah of that
/// autumn (Hebrew year `y` + 3761), 163 days after Passover and 193 after Purim; Hanukkah, 25
/// Kislev, after a Heshvan of 29 days, or of 30 in a year of 355 or 385 days.
fn hebrew_feast(y: i32, feast: HebrewFeast) -> Option<NaiveDate> {
    if !year_ok(y) {
        return None;
    }
    let hy = i64::from(y) + 3761;
    let rh = hebrew_new_year(hy)?;
    let offset = match feast {
        HebrewFeast::Purim => -193,
        HebrewFeast::Passover => -163,
        HebrewFeast::RoshHashanah => 0,
        HebrewFeast::YomKippur => 9,
        HebrewFeast::Sukkot => 14,
        HebrewFeast::Hanukkah => {
            let length = (hebrew_new_year(hy + 1)? - rh).num_days();
            let heshvan = if length % 10 == 5 { 30 } else { 29 };
            30 + heshvan + 24
        }
    };
    add_days(rh, offset)
}

/// Day `d` of month `m` of the Hijri year `ah` by the arithmetic (tabular) Islamic calendar,
/// civil epoch (1 Muharram 1 AH = 16 July 622, Julian): months of 30 and 29 days in turn, 11
/// leap years in 30. The calendars in use, by sighting of the new moon or by Saudi Arabia's
/// Umm al-Qura tables, can differ from it by a day or two.
fn hijri(ah: i32, m: u32, d: u32) -> Option<NaiveDate> {
    let (ah, m, d) = (i64::from(ah), i64::from(m), i64::from(d));
    // the Julian day number: days of the months before, of the years before, leap days
    let jdn =
        d + (59 * (m - 1) + 1) / 2 + (ah - 1) * 354 + (3 + 11 * ah).div_euclid(30) + 1_948_439;
    // (the Julian day number of 1 January of year 1 is 1,721,426)
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(jdn - 1_721_425).ok()?)
}

/// Day `d` of Hijri month `m` that falls in Gregorian year `y` (the first, in a year that
/// holds two), with its Hijri year.
fn hijri_in_year(y: i32, m: u32, d: u32) -> Option<(i32, NaiveDate)> {
    if !year_ok(y) {
        return None;
    }
    // a Hijri year is about 32/33 of a Gregorian one
    let ah = (y - 622) * 33 / 32;
    (ah - 1..=ah + 2)
        .filter_map(|a| Some((a, hijri(a, m, d)?)))
        .find(|(_, x)| x.year() == y)
}

/// The whole Hijri month `m` that begins on `first`: its bounds, and as value the Gregorian
/// month or year that holds it ("Ramadan" in 2025, 1 to 30 March, is `2025-03`; in 2026, 18
/// February to 19 March, `2026`).
fn hijri_month(first: Option<NaiveDate>, m: u32) -> Resolved {
    let last = first.and_then(|f| {
        let (ah, _) = hijri_in_year(f.year(), m, 1).filter(|&(_, d)| d == f)?;
        // day 30 of a month of 29 days is the next month's first
        let next = if m == 12 {
            hijri(ah + 1, 1, 1)
        } else {
            hijri(ah, m + 1, 1)
        }?;
        add_days(next, -1)
    });
    let (Some(f), Some(l)) = (first, last) else {
        return Resolved::unknown(TimexType::Date, Grain::Month);
    };
    let value = if f.month() == l.month() && f.year() == l.year() {
        month_value(f.year(), f.month())
    } else {
        year_value(f.year())
    };
    Resolved::anchored(value, Some((f, l)), Grain::Month)
}

/// Easter Sunday of year `y` in the Gregorian calendar: by the Western reckoning (the
/// anonymous Gregorian computus) or the Eastern Orthodox one (the Julian computus, moved to
/// the Gregorian calendar).
fn easter(y: i32, orthodox: bool) -> Option<NaiveDate> {
    if !(1583..=4099).contains(&y) {
        return None;
    }
    if orthodox {
        let (a, b, c) = (y % 4, y % 7, y % 19);
        let d = (19 * c + 15) % 30;
        let e = (2 * a + 4 * b - d + 34) % 7;
        let n = d + e + 114;
        let julian = NaiveDate::from_ymd_opt(
            y,
            u32::try_from(n / 31).ok()?,
            u32::try_from(n % 31 + 1).ok()?,
        )?;
        // the Julian calendar's lag behind the Gregorian one (13 days from 1900 to 2099)
        return add_days(julian, i64::from(y / 100 - y / 400 - 2));
    }
    let a = y % 19;
    let (b, c) = (y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    NaiveDate::from_ymd_opt(
        y,
        u32::try_from(n / 31).ok()?,
        u32::try_from(n % 31 + 1).ok()?,
    )
}

/// Days covered by a duration window ("the past 24 hours" → 1), when countable.
fn window_days(amount: Amount, unit: Unit) -> Option<i64> {
    let Amount::Num(n) = amount else {
        return None;
    };
    let n = i64::from(n);
    Some(match unit {
        Unit::Second | Unit::Minute => 0,
        Unit::Hour => (n + 23) / 24,
        Unit::Day => n,
        Unit::Week | Unit::Weekend => n * 7,
        Unit::Fortnight => n * 14,
        Unit::Month => n * 30,
        Unit::Quarter => n * 91,
        Unit::Year => n * 365,
        Unit::Decade => n * 3652,
        Unit::Century => n * 36524,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::underspec::Candidate;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    fn val(spec: Underspec, ctx: &Context) -> String {
        resolve(&Candidate::new(spec), ctx).value
    }

    #[test]
    fn easter_by_both_reckonings() {
        for (y, m, dd) in [
            (1998, 4, 12),
            (2000, 4, 23),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
        ] {
            assert_eq!(easter(y, false), Some(d(y, m, dd)), "Western {y}");
        }
        for (y, m, dd) in [
            (2019, 4, 28),
            (2023, 4, 16),
            (2024, 5, 5),
            (2025, 4, 20),
            (2026, 4, 12),
        ] {
            assert_eq!(easter(y, true), Some(d(y, m, dd)), "Orthodox {y}");
        }
        assert_eq!(easter(1200, false), None);
    }

    #[test]
    fn hebrew_feasts_fall_on_their_published_days() {
        use HebrewFeast::{Hanukkah, Passover, Purim, RoshHashanah, Sukkot, YomKippur};
        // (feast, year, month, day of its first day) as Jewish calendars print them: Yom
        // Kippur 2010 to 2026, Passover, Hanukkah after a Heshvan of 29 or 30 days, and one
        // of each other feast
        for (feast, y, m, d) in [
            (YomKippur, 2010, 9, 18),
            (YomKippur, 2011, 10, 8),
            (YomKippur, 2012, 9, 26),
            (YomKippur, 2013, 9, 14),
            (YomKippur, 2014, 10, 4),
            (YomKippur, 2015, 9, 23),
            (YomKippur, 2016, 10, 12),
            (YomKippur, 2017, 9, 30),
            (YomKippur, 2018, 9, 19),
            (YomKippur, 2019, 10, 9),
            (YomKippur, 2020, 9, 28),
            (YomKippur, 2021, 9, 16),
            (YomKippur, 2022, 10, 5),
            (YomKippur, 2023, 9, 25),
            (YomKippur, 2024, 10, 12),
            (YomKippur, 2025, 10, 2),
            (YomKippur, 2026, 9, 21),
            (Passover, 1998, 4, 11),
            (Passover, 2000, 4, 20),
            (Passover, 2019, 4, 20),
            (Passover, 2020, 4, 9),
            (Passover, 2021, 3, 28),
            (Passover, 2022, 4, 16),
            (Passover, 2023, 4, 6),
            (Passover, 2024, 4, 23),
            (Passover, 2025, 4, 13),
            (Hanukkah, 1998, 12, 14),
            (Hanukkah, 2022, 12, 19),
            (Hanukkah, 2023, 12, 8),
            (Hanukkah, 2024, 12, 26),
            (RoshHashanah, 2023, 9, 16),
            (Purim, 2024, 3, 24),
            (Sukkot, 2023, 9, 30),
        ] {
            assert_eq!(
                hebrew_feast(y, feast),
                NaiveDate::from_ymd_opt(y, m, d),
                "{feast:?} {y}"
            );
        }
    }

    #[test]
    fn weekdays_follow_the_news_policy() {
        let mut ctx = Context::new(d(2025, 4, 6)); // Sunday
        let fri = Underspec::Weekday {
            day: Weekday::Fri,
            shift: Shift::Bare,
        };
        let sun = Underspec::Weekday {
            day: Weekday::Sun,
            shift: Shift::Bare,
        };
        assert_eq!(val(fri, &ctx), "2025-04-04");
        assert_eq!(val(sun, &ctx), "2025-04-06");
        ctx.future = true;
        assert_eq!(val(fri, &ctx), "2025-04-11");
        assert_eq!(val(sun, &ctx), "2025-04-06");
        ctx.future = false;
        ctx.policy = WeekdayPolicy::Closest;
        let tue = Underspec::Weekday {
            day: Weekday::Tue,
            shift: Shift::Bare,
        };
        assert_eq!(val(tue, &ctx), "2025-04-08");
        let last_sun = Underspec::Weekday {
            day: Weekday::Sun,
            shift: Shift::Last,
        };
        assert_eq!(val(last_sun, &ctx), "2025-03-30");
    }

    #[test]
    fn relative_units() {
        let ctx = Context::new(d(2025, 4, 6));
        assert_eq!(
            val(
                Underspec::FromDct {
                    unit: Unit::Week,
                    n: 0
                },
                &ctx
            ),
            "2025-W14"
        );
        assert_eq!(
            val(
                Underspec::FromDct {
                    unit: Unit::Month,
                    n: -1
                },
                &ctx
            ),
            "2025-03"
        );
        assert_eq!(
            val(
                Underspec::FromDct {
                    unit: Unit::Year,
                    n: -3
                },
                &ctx
            ),
            "2022"
        );
        assert_eq!(
            val(
                Underspec::FromDct {
                    unit: Unit::Quarter,
                    n: -1
                },
                &ctx
            ),
            "2025-Q1"
        );
        assert_eq!(
            val(Underspec::Weekend { shift: Shift::Bare }, &ctx),
            "2025-W14-WE"
        );
        let ctx2 = Context::new(d(2025, 4, 9));
        assert_eq!(
            val(Underspec::Weekend { shift: Shift::Bare }, &ctx2),
            "2025-W14-WE"
        );
        assert_eq!(
            val(Underspec::Weekend { shift: Shift::Last }, &ctx2),
            "2025-W14-WE"
        );
    }

    #[test]
    fn year_inference_follows_tense() {
        let mut ctx = Context::new(d(1998, 2, 6));
        let oct = Underspec::Date {
            year: YearRef::Infer,
            month: Some(10),
            day: None,
        };
        assert_eq!(val(oct, &ctx), "1997-10");
        ctx.future = true;
        assert_eq!(val(oct, &ctx), "1998-10");
        let jan = Underspec::Date {
            year: YearRef::Infer,
            month: Some(1),
            day: Some(5),
        };
        // a day and month: the nearest occurrence, the side against the tense counting double
        assert_eq!(val(jan, &ctx), "1998-01-05");
        let dec = Underspec::Date {
            year: YearRef::Infer,
            month: Some(12),
            day: Some(20),
        };
        assert_eq!(val(dec, &ctx), "1997-12-20");
        ctx.future = false;
        let nov = Underspec::Date {
            year: YearRef::Infer,
            month: Some(3),
            day: Some(17),
        };
        assert_eq!(val(nov, &ctx), "1998-03-17");
    }

    #[test]
    fn anchors_and_edges() {
        let mut ctx = Context::new(d(9999, 12, 31));
        assert_eq!(
            val(
                Underspec::FromDct {
                    unit: Unit::Year,
                    n: 1
                },
                &ctx
            ),
            UNKNOWN
        );
        assert_eq!(
            val(
                Underspec::FromDct {
                    unit: Unit::Day,
                    n: 1
                },
                &ctx
            ),
            UNKNOWN
        );
        ctx.anchor = Some((d(2025, 4, 4), Grain::Day));
        assert_eq!(
            val(
                Underspec::FromAnchor {
                    unit: Unit::Day,
                    n: 1
                },
                &ctx
            ),
            "2025-04-05"
        );
        let ctx = Context::new(d(1, 1, 1));
        assert_eq!(
            val(
                Underspec::FromDct {
                    unit: Unit::Day,
                    n: -1
                },
                &ctx
            ),
            UNKNOWN
        );
        assert_eq!(
            val(
                Underspec::FromDct {
                    unit: Unit::Quarter,
                    n: -1
                },
                &ctx
            ),
            UNKNOWN
        );
    }

    #[test]
    fn durations_and_vague() {
        let ctx = Context::new(d(2025, 4, 6));
        let r = resolve(
            &Candidate::new(Underspec::Duration {
                amount: Amount::Num(24),
                unit: Unit::Hour,
                window: -1,
            }),
            &ctx,
        );
        assert_eq!(r.value, "PT24H");
        assert_eq!(r.start, Some(d(2025, 4, 5)));
        assert_eq!(val(Underspec::Vague(Vague::Past), &ctx), "PAST_REF");
        assert_eq!(val(Underspec::Decade(199), &ctx), "199");
        assert_eq!(val(Underspec::Century(19), &ctx), "19");
        assert_eq!(
            val(
                Underspec::Season {
                    season: 2,
                    year: YearRef::Explicit(2024)
                },
                &ctx
            ),
            "2024-SU"
        );
    }
}
