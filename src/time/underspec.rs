//! Underspecified values: what a phrase says about time before it is placed on the calendar.
//!
//! Recognition produces an [`Underspec`]; [`super::resolve`] turns it into a TIMEX3 value
//! given the publication date, the narrative anchor and the tense of the sentence.

use chrono::Weekday;

use super::lexicon::{DayPart, Unit};
use crate::time::{TimexMod, TimexType};

/// Which year a partial date belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearRef {
    /// Stated in the text: "April 4, 2025".
    Explicit(i32),
    /// Offset from the publication year: "last summer" (-1), "this year's first quarter" (0).
    FromDct(i32),
    /// Not stated: chosen from the publication date and the tense ("in October").
    Infer,
    /// The last such period strictly before the publication date's month: "last November".
    Before,
    /// The next such period strictly after the publication date's month: "next March".
    After,
    /// The year the narrative is in (the publication year when it names none): "the second
    /// half of the year".
    Narrative,
}

/// How a weekday or weekend is shifted by its determiner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shift {
    /// "Friday", "the weekend": the tense decides.
    Bare,
    /// "last Friday": strictly before the publication date.
    Last,
    /// "Friday's attack": the same day or the most recent one before, whatever the tense.
    Last0,
    /// "next Friday": strictly after.
    Next,
    /// "this Friday": in the publication date's ISO week; "Friday last week", "Tuesday of
    /// next week": in the week that many weeks from it.
    InWeek(i8),
    /// "the previous Friday": strictly before the date the narrative is on.
    AnchorLast,
    /// "the following Friday": strictly after the date the narrative is on.
    AnchorNext,
    /// "a strike called for Monday": the nearest one to the publication date, either side
    /// (ties go back).
    Closest,
}

/// A vague reference to the past, present or future.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Vague {
    /// `PAST_REF`: "recently", "the past".
    Past,
    /// `PRESENT_REF`: "now", "currently".
    Present,
    /// `FUTURE_REF`: "the future".
    Future,
}

/// A feast of the Hebrew calendar, by its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HebrewFeast {
    /// 14 Adar (Adar II in a leap year).
    Purim,
    /// 15 Nisan.
    Passover,
    /// 1 Tishrei, the new year.
    RoshHashanah,
    /// 10 Tishrei.
    YomKippur,
    /// 15 Tishrei.
    Sukkot,
    /// 25 Kislev.
    Hanukkah,
}

/// How many units a duration counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Amount {
    /// A stated number.
    Num(u32),
    /// A number and a half: "a year and a half" (stored in halves: 3 = 1.5).
    Halves(u32),
    /// Not stated: "a few years", "months" (TIMEX3 `X`).
    Some,
}

/// A time expression with its calendar fields not yet resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Underspec {
    /// A date with some fields stated: year, year-month or year-month-day.
    Date {
        /// The year.
        year: YearRef,
        /// The month, if stated.
        month: Option<u32>,
        /// The day of month, if stated (needs a month).
        day: Option<u32>,
    },
    /// A weekday name: "Friday", "last Friday".
    Weekday {
        /// Which weekday.
        day: Weekday,
        /// Its determiner.
        shift: Shift,
    },
    /// `n` units away from the publication date, at the unit's grain: "yesterday" (Day, -1),
    /// "last week" (Week, -1), "three years ago" (Year, -3), "this month" (Month, 0).
    FromDct {
        /// The unit.
        unit: Unit,
        /// How many units (negative: before).
        n: i32,
    },
    /// `n` units away from the narrative anchor: "the next day", "two days later", "that day".
    FromAnchor {
        /// The unit.
        unit: Unit,
        /// How many units (negative: before).
        n: i32,
    },
    /// A weekend: "this weekend", "over the weekend".
    Weekend {
        /// Its determiner.
        shift: Shift,
    },
    /// "overnight": the night before the news day (the narrative's day when it is within the
    /// week before the DCT, else the DCT).
    Overnight,
    /// A season of a year (1 spring .. 4 winter).
    Season {
        /// Season number.
        season: u8,
        /// Its year.
        year: YearRef,
    },
    /// A quarter of a year (1..4; 0: the reported quarter, the last one completed).
    Quarter {
        /// Quarter number.
        quarter: u8,
        /// Its year.
        year: YearRef,
    },
    /// A half of a year (1..2).
    Half {
        /// Half number.
        half: u8,
        /// Its year.
        year: YearRef,
    },
    /// A decade, given by its first year's first three digits: the 1990s → 199.
    Decade(i32),
    /// A century, given by its first two digits: the 20th century → 19.
    Century(i32),
    /// A length of time: "two days", "a few weeks", "nearly three years".
    Duration {
        /// How many units.
        amount: Amount,
        /// Which unit.
        unit: Unit,
        /// When the duration is a window ending at (-1) or starting at (+1) the publication
        /// date: "the past 24 hours", "the next two weeks".
        window: i8,
    },
    /// A number of days after the nth weekday of a month (0: the last): Thanksgiving, Labor
    /// Day, Memorial Day; Black Friday (a day after Thanksgiving), Election Day.
    NthWeekday {
        /// The month.
        month: u32,
        /// The weekday.
        day: Weekday,
        /// Which one (1 = first; 0 = last).
        nth: u8,
        /// Days after that weekday.
        after: u8,
        /// Its year.
        year: YearRef,
    },
    /// A day counted from Easter Sunday: "Good Friday" (-2), "Orthodox Easter" (Julian
    /// reckoning).
    Easter {
        /// Eastern Orthodox (Julian) reckoning rather than Western.
        orthodox: bool,
        /// Days from Easter Sunday.
        offset: i8,
        /// Its year.
        year: YearRef,
    },
    /// A day counted from the first day of the Chinese calendar's year: "Lunar New Year",
    /// "the Spring Festival" (0), "Lunar New Year's Eve" (-1).
    LunarNewYear {
        /// Days from the new year's first day.
        offset: i8,
        /// Its year.
        year: YearRef,
    },
    /// A day counted from the main day of Diwali: "Diwali", "Deepavali" (0), "Dhanteras"
    /// (-2).
    Diwali {
        /// Days from Diwali.
        offset: i8,
        /// Its year.
        year: YearRef,
    },
    /// A feast of the Hebrew calendar: "Passover", "Yom Kippur", "Hanukkah".
    Hebrew {
        /// Which feast.
        feast: HebrewFeast,
        /// The Gregorian year it falls in.
        year: YearRef,
    },
    /// A day or a month of the Islamic (Hijri) calendar: "Eid al-Fitr" (1 Shawwal), "Eid
    /// al-Adha" (10 Dhu al-Hijjah), "Ashura" (10 Muharram), "Ramadan" (the whole ninth month).
    Hijri {
        /// The Hijri month (1 Muharram ... 12 Dhu al-Hijjah).
        month: u8,
        /// Its day; 0 for the whole month.
        day: u8,
        /// The Gregorian year it falls in.
        year: YearRef,
    },
    /// PAST_REF, PRESENT_REF, FUTURE_REF.
    Vague(Vague),
    /// A recurring time: every `every` units ("every day" P1D, "every two weeks" P2W).
    SetEvery {
        /// The period's unit.
        unit: Unit,
        /// How many units per period (0: not stated, "every few minutes" `PTXM`).
        every: u32,
    },
    /// A recurring weekday: "every Friday", "on Sundays" (XXXX-WXX-5).
    SetWeekday(Weekday),
    /// A recurring month, or day of the year: "every May" (XXXX-05), "every May 30"
    /// (XXXX-05-30).
    SetMonth(u32, Option<u32>),
    /// A recurring season: "every spring" (XXXX-SP; 1 spring .. 4 winter).
    SetSeason(u8),
    /// A recurring part of the day: "every evening" (XXXX-XX-XXTEV).
    SetPart(DayPart),
}

/// One recognised phrase: its underspecified value and what surrounds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate {
    /// The value before resolution.
    pub spec: Underspec,
    /// TIMEX3 mod from the phrase ("early", "nearly", "more than").
    pub modifier: Option<TimexMod>,
    /// A part of the day: "Saturday afternoon", "last night".
    pub part: Option<DayPart>,
    /// A clock time (hour, minute): "3 a.m.".
    pub clock: Option<(u32, u32)>,
    /// The second of a clock time, when written ("06:11:26").
    pub second: Option<u32>,
    /// A type forced by the phrase (e.g. TIME for a bare clock time).
    pub force_type: Option<TimexType>,
    /// "the week of March 6": the ISO week holding the day.
    pub week_of: bool,
    /// "the day before last Tuesday" (-1), "the day after March 3" (+1).
    pub day_shift: i8,
    /// A slashed date that reads as a date either way ("01/06/2023"), read in US order: the
    /// day and month are swapped when the text's other slashed dates are day first, or, when
    /// they give no order, when that reading is the one near the publication date.
    pub either_order: bool,
}

impl Underspec {
    /// The year of a feast named with none of its own (`YearRef::Infer`), to be set.
    pub(crate) fn feast_year_mut(&mut self) -> Option<&mut YearRef> {
        match self {
            Underspec::Date { year, .. }
            | Underspec::Easter { year, .. }
            | Underspec::NthWeekday { year, .. }
            | Underspec::LunarNewYear { year, .. }
            | Underspec::Diwali { year, .. }
            | Underspec::Hebrew { year, .. }
            | Underspec::Hijri { year, .. } => Some(year).filter(|y| **y == YearRef::Infer),
            _ => None,
        }
    }
}

impl Candidate {
    /// A candidate with no modifiers.
    pub(crate) fn new(spec: Underspec) -> Self {
        Candidate {
            spec,
            modifier: None,
            part: None,
            clock: None,
            second: None,
            force_type: None,
            week_of: false,
            day_shift: 0,
            either_order: false,
        }
    }

    /// Makes the phrase the night that ends on the day it names, told by the day it began
    /// ("overnight into Saturday", "the night of 18 to 19 December": Friday night, the 18th's).
    pub(crate) fn night_into(&mut self) {
        self.day_shift = -1;
        self.part = Some(DayPart::Night);
    }

    /// True for a night told by the morning it ends on ([`Candidate::night_into`]).
    pub(crate) fn is_night_into(&self) -> bool {
        self.day_shift == -1 && self.part == Some(DayPart::Night)
    }
}
