//! TIMEX3 value text and the calendar arithmetic behind it (all checked: no panic for any
//! date in years 1 to 9999; out-of-range results give `None`).

use chrono::{Datelike, Days, Months, NaiveDate};

use super::lexicon::Unit;
use super::underspec::Amount;
use crate::number::Ascii;

/// The unresolved TIMEX3 value used when arithmetic leaves years 1 to 9999.
pub(crate) const UNKNOWN: &str = "XXXX";

/// Year in the range TIMEX3 can write with four digits.
pub(crate) fn year_ok(y: i32) -> bool {
    (1..=9999).contains(&y)
}

/// `d` moved by `n` days.
pub(crate) fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let r = if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }?;
    year_ok(r.year()).then_some(r)
}

/// `d` moved by `n` months (day clamped to the month's end).
pub(crate) fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    let r = if n >= 0 {
        d.checked_add_months(Months::new(n.unsigned_abs()))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    }?;
    year_ok(r.year()).then_some(r)
}

/// Monday of the ISO week holding `d`.
pub(crate) fn week_start(d: NaiveDate) -> Option<NaiveDate> {
    add_days(d, -i64::from(d.weekday().num_days_from_monday()))
}

/// The value of a year in 1 to 9999 (`YYYY`) followed by `rest`, each `(separator, number,
/// width)` of `rest` written as [`Ascii::number`] writes it.
pub(crate) fn year_then(y: i32, rest: &[(&str, u32, u32)]) -> Option<String> {
    let y = u32::try_from(y).ok().filter(|&y| (1..=9999).contains(&y))?;
    let mut value = Ascii::new();
    value.number(u64::from(y), 4);
    for &(separator, n, width) in rest {
        value.str(separator).number(u64::from(n), width);
    }
    value.as_str().map(str::to_owned)
}

/// `YYYY-Www` of the ISO week holding `d`.
pub(crate) fn week_value(d: NaiveDate) -> Option<String> {
    let w = d.iso_week();
    year_then(w.year(), &[("-W", w.week(), 2)])
}

/// `YYYY-MM-DD`.
pub(crate) fn day_value(d: NaiveDate) -> Option<String> {
    year_then(d.year(), &[("-", d.month(), 2), ("-", d.day(), 2)])
}

/// `YYYY-MM`.
pub(crate) fn month_value(y: i32, m: u32) -> Option<String> {
    (1..=12)
        .contains(&m)
        .then(|| year_then(y, &[("-", m, 2)]))?
}

/// `YYYY`.
pub(crate) fn year_value(y: i32) -> Option<String> {
    year_then(y, &[])
}

/// First and last day of a month.
pub(crate) fn month_bounds(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let last = if m == 12 {
        NaiveDate::from_ymd_opt(y, 12, 31)?
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)?.pred_opt()?
    };
    Some((first, last))
}

/// First and last day of a year.
pub(crate) fn year_bounds(y: i32) -> Option<(NaiveDate, NaiveDate)> {
    if !year_ok(y) {
        return None;
    }
    Some((
        NaiveDate::from_ymd_opt(y, 1, 1)?,
        NaiveDate::from_ymd_opt(y, 12, 31)?,
    ))
}

/// First and last day of a span of years (clamped to years 1 to 9999).
pub(crate) fn years_bounds(first: i32, last: i32) -> Option<(NaiveDate, NaiveDate)> {
    let a = first.clamp(1, 9999);
    let b = last.clamp(1, 9999);
    if a > b {
        return None;
    }
    Some((
        NaiveDate::from_ymd_opt(a, 1, 1)?,
        NaiveDate::from_ymd_opt(b, 12, 31)?,
    ))
}

/// The TIMEX3 letter of a unit in a duration value, and whether it is a time unit (`PT`).
pub(crate) fn unit_code(unit: Unit) -> (&'static str, bool) {
    match unit {
        Unit::Second => ("S", true),
        Unit::Minute => ("M", true),
        Unit::Hour => ("H", true),
        Unit::Day => ("D", false),
        Unit::Week | Unit::Fortnight => ("W", false),
        Unit::Weekend => ("WE", false),
        Unit::Month => ("M", false),
        Unit::Quarter => ("Q", false),
        Unit::Year => ("Y", false),
        Unit::Decade => ("DE", false),
        Unit::Century => ("CE", false),
    }
}

/// A duration value: `P3Y`, `PT48H`, `PXW`, `P1.5Y`; a fortnight is `P2W`, a decade `P10Y`,
/// a century `P100Y` (TimeML writes them so). The unit written is kept: 24 hours is `PT24H`,
/// not `P1D`, as TimeML values follow the text.
pub(crate) fn duration_value(amount: Amount, unit: Unit) -> String {
    let (code, time, mult) = match unit {
        Unit::Fortnight => ("W", false, 2),
        Unit::Decade => ("Y", false, 10),
        Unit::Century => ("Y", false, 100),
        _ => {
            let (c, t) = unit_code(unit);
            (c, t, 1)
        }
    };
    let t = if time { "T" } else { "" };
    match amount {
        Amount::Num(n) => {
            let n = u64::from(n) * mult;
            let mut value = Ascii::new();
            value.str("P").str(t).number(n, 1).str(code);
            value
                .as_str()
                .map_or_else(|| format!("P{t}{n}{code}"), str::to_owned)
        }
        Amount::Halves(h) => {
            let h = u64::from(h) * mult;
            // A half is written in the next smaller unit where TimeML has one ("2 1/2
            // years" → P2Y6M, "5 1/2 hours" → PT5H30M), as a decimal otherwise.
            let half = match (code, time) {
                ("Y", false) => Some("6M"),
                ("D", false) => Some("T12H"),
                ("H", true) => Some("30M"),
                ("M", true) => Some("30S"),
                _ => None,
            };
            match (h % 2 == 0, half) {
                (true, _) => format!("P{t}{}{code}", h / 2),
                (false, Some(sub)) if h / 2 == 0 => format!("P{t}{sub}"),
                (false, Some(sub)) => format!("P{t}{}{code}{sub}", h / 2),
                (false, None) => format!("P{t}{}.5{code}", h / 2),
            }
        }
        Amount::Some => format!("P{t}X{code}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_is_checked() {
        let last = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();
        assert_eq!(add_days(last, 1), None);
        assert_eq!(add_months(last, 1), None);
        let first = NaiveDate::from_ymd_opt(1, 1, 1).unwrap();
        assert_eq!(add_days(first, -1), None);
        assert_eq!(year_value(10000), None);
        let (a, b) = month_bounds(2024, 2).unwrap();
        assert_eq!((a.day(), b.day()), (1, 29));
        let (_, b) = month_bounds(9999, 12).unwrap();
        assert_eq!(b.day(), 31);
    }

    #[test]
    fn values_are_written_as_format_writes_them() {
        assert_eq!(year_value(7).unwrap(), "0007");
        assert_eq!(month_value(2024, 13), None);
        assert_eq!(month_value(2024, 3).unwrap(), "2024-03");
        let d = NaiveDate::from_ymd_opt(987, 1, 2).unwrap();
        assert_eq!(day_value(d).unwrap(), "0987-01-02");
    }

    #[test]
    fn values() {
        let d = NaiveDate::from_ymd_opt(2025, 4, 6).unwrap();
        assert_eq!(week_value(d).unwrap(), "2025-W14");
        assert_eq!(duration_value(Amount::Num(3), Unit::Year), "P3Y");
        assert_eq!(duration_value(Amount::Num(24), Unit::Hour), "PT24H");
        assert_eq!(duration_value(Amount::Num(48), Unit::Hour), "PT48H");
        assert_eq!(duration_value(Amount::Num(2), Unit::Decade), "P20Y");
        assert_eq!(duration_value(Amount::Some, Unit::Week), "PXW");
        assert_eq!(duration_value(Amount::Halves(3), Unit::Year), "P1Y6M");
        assert_eq!(duration_value(Amount::Halves(1), Unit::Year), "P6M");
        assert_eq!(duration_value(Amount::Halves(11), Unit::Hour), "PT5H30M");
        assert_eq!(duration_value(Amount::Halves(3), Unit::Day), "P1DT12H");
        assert_eq!(duration_value(Amount::Halves(3), Unit::Week), "P1.5W");
        assert_eq!(duration_value(Amount::Num(3), Unit::Quarter), "P3Q");
    }
}
