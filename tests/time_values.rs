//! Corpus tables for value normalisation policies added for TempEval-grade value accuracy:
//! (sentence, publication date, phrase as tagged, TIMEX3 value, type, mod), positive and
//! negative rows per policy.

#[path = "common/time.rs"]
mod common;
use common::{check, check_none};

#[test]
fn month_right_after_the_dct_is_the_coming_one() {
    check(&[
        // past-tense report, the month after the DCT's: the coming one
        (
            "Refiners warned of a cut in fuel deliveries in September.",
            "2003-08-14",
            "September",
            "2003-09",
            "DATE",
            None,
        ),
        (
            "The board approved a dividend payable in January.",
            "2011-12-09",
            "January",
            "2012-01",
            "DATE",
            None,
        ),
        // a past-tense verb right before it: last year's
        (
            "The charter was adopted in September.",
            "2003-08-14",
            "September",
            "2002-09",
            "DATE",
            None,
        ),
        // two months ahead in a past-tense report: still last year's
        (
            "Refiners cut fuel deliveries in October.",
            "2003-08-14",
            "October",
            "2002-10",
            "DATE",
            None,
        ),
        // the DCT's own month and earlier ones are unchanged
        (
            "Refiners cut fuel deliveries in August.",
            "2003-08-14",
            "August",
            "2003-08",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn month_with_a_relative_year() {
    check(&[
        (
            "The rebels seized the town in June last year.",
            "2012-02-19",
            "June last year",
            "2011-06",
            "DATE",
            None,
        ),
        (
            "Talks began in January this year.",
            "2012-02-19",
            "January this year",
            "2012-01",
            "DATE",
            None,
        ),
        (
            "The force is to deploy in April next year.",
            "2012-02-19",
            "April next year",
            "2013-04",
            "DATE",
            None,
        ),
        // a month and a separate "last year": two expressions
        (
            "Exports in June fell below the level of last year.",
            "2012-02-19",
            "June",
            "2011-06",
            "DATE",
            None,
        ),
        (
            "Exports in June fell below the level of last year.",
            "2012-02-19",
            "last year",
            "2011",
            "DATE",
            None,
        ),
    ]);
    check_none(&[(
        "Exports in June fell below the level of last year.",
        "2012-02-19",
        "June fell",
    )]);
}

#[test]
fn weekday_tense_cues() {
    check(&[
        // present tense of a scheduled event: ahead
        (
            "The two leaders meet Monday in Geneva.",
            "2000-01-07",
            "Monday",
            "2000-01-10",
            "DATE",
            None,
        ),
        (
            "The two leaders did not meet Monday.",
            "2000-01-07",
            "Monday",
            "2000-01-03",
            "DATE",
            None,
        ),
        // a linking verb after a modal, as "be": the participle after it is no past tense
        (
            "Government offices will stay closed on Sunday.",
            "2016-10-21",
            "on Sunday",
            "2016-10-23",
            "DATE",
            None,
        ),
        (
            "Government offices stayed closed on Sunday.",
            "2016-10-21",
            "on Sunday",
            "2016-10-16",
            "DATE",
            None,
        ),
        // "is"/"are" said of a time straight after it
        (
            "Kick-off at the stadium is at 20:00 GMT on Sunday.",
            "2024-02-10",
            "20:00 GMT",
            "2024-02-11T20:00",
            "TIME",
            None,
        ),
        (
            "The final is on Sunday.",
            "2024-02-10",
            "on Sunday",
            "2024-02-11",
            "DATE",
            None,
        ),
        (
            "Kyiv is on high alert after the attack on Sunday.",
            "2024-02-10",
            "on Sunday",
            "2024-02-04",
            "DATE",
            None,
        ),
        // a present passive is no past tense; "are closed" said of a day looks ahead
        (
            "U.S. markets are closed on Friday for Independence Day.",
            "2026-06-30",
            "on Friday",
            "2026-07-03",
            "DATE",
            None,
        ),
        (
            "U.S. markets were closed on Friday.",
            "2026-06-30",
            "on Friday",
            "2026-06-26",
            "DATE",
            None,
        ),
        (
            "The family will oppose the ruling when the case is heard in May.",
            "2000-03-29",
            "May",
            "2000-05",
            "DATE",
            None,
        ),
        // a feast's day as announced in a relative clause after it, when the reckoned one
        // is within three days; the weekday a holiday falls on is the holiday's day
        (
            "Herders gathered before Eid al-Fitr, which Mali's Islamic council expects to fall on June 25.",
            "2017-06-20",
            "Eid al-Fitr",
            "2017-06-25",
            "DATE",
            None,
        ),
        (
            "Families hoped to pray for Eid al-Fitr, which the authorities say will begin on Sunday.",
            "2025-03-26",
            "Eid al-Fitr",
            "2025-03-30",
            "DATE",
            None,
        ),
        (
            "Shops close for Christmas, which falls on Thursday.",
            "2025-12-20",
            "on Thursday",
            "2025-12-25",
            "DATE",
            None,
        ),
        // a weekday in apposition with a holiday that falls on it is that holiday
        (
            "The agency expects its busiest day since 2019 on Monday, Memorial Day.",
            "2022-05-27",
            "on Monday",
            "2022-05-30",
            "DATE",
            None,
        ),
        // more verbs of a schedule; "that" before one opens a relative clause
        (
            "The new rules take effect on Tuesday.",
            "2025-04-06",
            "on Tuesday",
            "2025-04-08",
            "DATE",
            None,
        ),
        (
            "The new rules took effect on Tuesday.",
            "2025-04-06",
            "on Tuesday",
            "2025-04-01",
            "DATE",
            None,
        ),
        (
            "The rules did not take effect on Tuesday.",
            "2025-04-06",
            "on Tuesday",
            "2025-04-01",
            "DATE",
            None,
        ),
        (
            "Morocco faces Nigeria in the final on Wednesday.",
            "2025-04-06",
            "on Wednesday",
            "2025-04-09",
            "DATE",
            None,
        ),
        (
            "Voters go to the polls on Sunday.",
            "2024-03-14",
            "on Sunday",
            "2024-03-17",
            "DATE",
            None,
        ),
        (
            "The two leaders hold talks in Ankara on Monday.",
            "2024-03-14",
            "on Monday",
            "2024-03-18",
            "DATE",
            None,
        ),
        (
            "Foreign ministers gather in Brussels on Tuesday.",
            "2024-03-14",
            "on Tuesday",
            "2024-03-19",
            "DATE",
            None,
        ),
        (
            "Polls open at 7 a.m. and close at 8 p.m. on Sunday.",
            "2025-03-07",
            "on Sunday",
            "2025-03-09",
            "DATE",
            None,
        ),
        // "open" after a place that is no subject of it is an adjective
        (
            "The shops stayed open on Sunday.",
            "2025-03-07",
            "on Sunday",
            "2025-03-02",
            "DATE",
            None,
        ),
        // past forms, and "on hold" (a noun), are no schedule
        (
            "The two leaders held talks in Ankara on Monday.",
            "2024-03-14",
            "on Monday",
            "2024-03-11",
            "DATE",
            None,
        ),
        (
            "The deal was put on hold on Monday.",
            "2024-03-14",
            "on Monday",
            "2024-03-11",
            "DATE",
            None,
        ),
        (
            "The delegation arrived on Friday for talks that begin on Monday.",
            "2025-04-06",
            "on Monday",
            "2025-04-07",
            "DATE",
            None,
        ),
        (
            "They failed to meet demand on Monday.",
            "2000-01-07",
            "on Monday",
            "2000-01-03",
            "DATE",
            None,
        ),
        // an adjective is no present tense; an irregular past is a past cue
        (
            "Officials over the weekend became more open about it.",
            "1991-02-25",
            "the weekend",
            "1991-W08-WE",
            "DATE",
            None,
        ),
        (
            "In January, the company brought in a new chief, and it would grow.",
            "1989-10-27",
            "January",
            "1989-01",
            "DATE",
            None,
        ),
        // a plan, and the date after it: ahead; a date before the plan: when it was made
        (
            "The inspectors planned to leave the capital on Thursday.",
            "1998-09-30",
            "on Thursday",
            "1998-10-01",
            "DATE",
            None,
        ),
        (
            "On Friday, the ministry planned to pay the first claims.",
            "1998-09-30",
            "On Friday",
            "1998-09-25",
            "DATE",
            None,
        ),
        // "planned" as an adjective says nothing of the tense
        (
            "Russia launched a planned offensive on Monday.",
            "2025-04-09",
            "on Monday",
            "2025-04-07",
            "DATE",
            None,
        ),
        (
            "The long-planned talks will open on Friday.",
            "2025-04-09",
            "on Friday",
            "2025-04-11",
            "DATE",
            None,
        ),
        // "as soon as": the clause after it is ahead even when backshifted
        (
            "Funds were likely to sell as soon as trading opened Monday.",
            "1989-11-01",
            "Monday",
            "1989-11-06",
            "DATE",
            None,
        ),
        (
            "Funds sold when trading opened Monday.",
            "1989-11-01",
            "Monday",
            "1989-10-30",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn day_and_month_governed_by_a_past_verb() {
    check(&[
        // "ended Jan. 31" said in October: the last Jan. 31, not the coming one
        (
            "Sales for the fiscal year ended Jan. 31 rose 4%.",
            "2009-10-31",
            "Jan. 31",
            "2009-01-31",
            "DATE",
            None,
        ),
        // without a governing past verb the nearest occurrence stays ahead
        (
            "Payments for the year through Jan. 31 are due.",
            "2009-10-31",
            "Jan. 31",
            "2010-01-31",
            "DATE",
            None,
        ),
        // a goal: "extended to Nov. 20"
        (
            "The offer was extended to Nov. 20.",
            "2009-11-02",
            "Nov. 20",
            "2009-11-20",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_day_and_month_told_ahead_is_not_gone_by() {
    check(&[
        // a future told by a word: this December's 23rd, though last December's is nearer
        (
            "The parliament will vote on Dec. 23.",
            "2025-04-06",
            "on Dec. 23",
            "2025-12-23",
            "DATE",
            None,
        ),
        (
            "The parliament is due to hold a vote on Dec. 23.",
            "2025-04-06",
            "on Dec. 23",
            "2025-12-23",
            "DATE",
            None,
        ),
        (
            "The trial will resume on Jan. 12.",
            "2025-04-06",
            "on Jan. 12",
            "2026-01-12",
            "DATE",
            None,
        ),
        // no word tells the future: the nearest
        (
            "The parliament voted on Dec. 23.",
            "2025-04-06",
            "on Dec. 23",
            "2024-12-23",
            "DATE",
            None,
        ),
        // a deadline's "by" alone does not: the day just gone
        (
            "A judge ordered the agency to return the child by Jan. 14.",
            "2000-01-15",
            "Jan. 14",
            "2000-01-14",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn report_periods() {
    check(&[
        (
            "Sales reached $7 billion in the latest fiscal year.",
            "2009-10-26",
            "the latest fiscal year",
            "2008",
            "DATE",
            None,
        ),
        (
            "Sales should grow in the current fiscal year.",
            "2009-10-26",
            "the current fiscal year",
            "2009",
            "DATE",
            None,
        ),
        (
            "For the quarter a year ago, the bank earned $16 million.",
            "2009-10-26",
            "the quarter a year ago",
            "2008-Q3",
            "DATE",
            None,
        ),
        (
            "Net income was $1.8 million for the corresponding period last year.",
            "2009-10-26",
            "the corresponding period last year",
            "2008-Q3",
            "DATE",
            None,
        ),
        (
            "Sales for last year's quarter were about $3 million.",
            "2009-10-26",
            "last year's quarter",
            "2008-Q3",
            "DATE",
            None,
        ),
        // "last year" alone stays the year
        (
            "Net income was $1.8 million last year.",
            "2009-10-26",
            "last year",
            "2008",
            "DATE",
            None,
        ),
        (
            "In the year-ago third quarter, the bank earned $22 million.",
            "2009-10-26",
            "the year-ago third quarter",
            "2008-Q3",
            "DATE",
            None,
        ),
        (
            "It earned $376,000 in the 2008 quarter.",
            "2009-10-26",
            "the 2008 quarter",
            "2008-Q3",
            "DATE",
            None,
        ),
        // "the 2008 period" may be any span of that year: the year, with the whole phrase
        // as TimeBank marks it
        (
            "It earned $376,000 in the 2008 period.",
            "2009-10-26",
            "the 2008 period",
            "2008",
            "DATE",
            None,
        ),
        (
            "Profit rose in the 2009 fourth quarter.",
            "2009-10-26",
            "the 2009 fourth quarter",
            "2009-Q4",
            "DATE",
            None,
        ),
        (
            "For the quarter, the bank earned $16 million.",
            "2009-10-26",
            "the quarter",
            "2009-Q3",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn the_week_of_a_date() {
    check(&[
        (
            "A hearing is set for the week of March 6.",
            "2000-02-24",
            "the week of March 6",
            "2000-W10",
            "DATE",
            None,
        ),
        (
            "A hearing is set for March 6.",
            "2000-02-24",
            "March 6",
            "2000-03-06",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn current_before_a_noun_is_present_ref() {
    check(&[
        (
            "Prices reflect current market conditions.",
            "2009-10-30",
            "current",
            "PRESENT_REF",
            "DATE",
            None,
        ),
        (
            "Holders may buy shares at half the then current price.",
            "2009-10-30",
            "current",
            "PAST_REF",
            "DATE",
            None,
        ),
        // a unit after it: the period itself
        (
            "Sales should rise in the current quarter.",
            "2009-10-30",
            "the current quarter",
            "2009-Q4",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        (
            "The boat drifted with the current.",
            "2009-10-30",
            "current",
        ),
        (
            "The current of the river is strong.",
            "2009-10-30",
            "current",
        ),
        ("Current Affairs aired late.", "2009-10-30", "Current"),
    ]);
}

#[test]
fn the_year_in_reports() {
    check(&[
        (
            "Shares hit a high for the year in June.",
            "2009-10-30",
            "the year",
            "2009",
            "DATE",
            None,
        ),
        (
            "Analysts forecast a gain for the full year.",
            "2009-10-30",
            "the full year",
            "2009",
            "DATE",
            None,
        ),
        // a twelve-month period closing on a date
        (
            "Revenue was $76 million for the year ended March 31.",
            "2009-10-30",
            "the year",
            "P1Y",
            "DURATION",
            None,
        ),
        (
            "In the fiscal year ended Jan. 31, sales rose.",
            "2009-10-30",
            "the fiscal year",
            "P1Y",
            "DURATION",
            None,
        ),
        (
            "Profit should rise in the fiscal year.",
            "2009-10-30",
            "the fiscal year",
            "2009",
            "DATE",
            None,
        ),
        (
            "Shares rose to a high for the year of $42.875 in June.",
            "2009-10-30",
            "the year",
            "2009",
            "DATE",
            None,
        ),
        // "the year 1990" is that year
        (
            "The plant opens in the year 1990.",
            "1989-10-30",
            "the year 1990",
            "1990",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        (
            "Sales fell from $450 million the year before.",
            "2009-10-30",
            "the year",
        ),
        (
            "The percentage change is since the year-end.",
            "2009-10-30",
            "the year",
        ),
        ("It was the year of the flood.", "2009-10-30", "the year"),
        (
            "In the year since the invasion, prices doubled.",
            "2009-10-30",
            "the year",
        ),
    ]);
}

#[test]
fn decades_year_end_and_next_morning() {
    check(&[
        (
            "Membership fell through the nineties.",
            "1998-03-03",
            "the nineties",
            "199",
            "DATE",
            None,
        ),
        (
            "The deal should close by year-end.",
            "2009-11-02",
            "year-end",
            "2009",
            "DATE",
            Some("END"),
        ),
        (
            "The index has risen 4% since year-end.",
            "2009-11-02",
            "year-end",
            "2008",
            "DATE",
            Some("END"),
        ),
        (
            "He was arrested on March 3 and released the next morning.",
            "2009-11-02",
            "the next morning",
            "2009-03-04TMO",
            "TIME",
            None,
        ),
        (
            "Troops were deployed to Buea on Sunday. A curfew was imposed the previous evening.",
            "2017-10-02",
            "the previous evening",
            "2017-09-30TEV",
            "TIME",
            None,
        ),
        (
            "Prices rose in the 1990s.",
            "2009-11-02",
            "the 1990s",
            "199",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        ("He was in his 30s when he left.", "2009-11-02", "30s"),
        ("Year-end results were weak.", "2009-11-02", "Year-end"),
        ("The year-end bonus was cut.", "2009-11-02", "year-end"),
    ]);
}

#[test]
fn a_refused_candidate_does_not_hide_the_next() {
    check(&[
        // "a year" (refused: "a year-earlier" is no rate) must not swallow "year-earlier"
        (
            "The unit lost $5 million, compared with a year-earlier loss of $6 million in the third quarter.",
            "2009-10-26",
            "year-earlier",
            "2008-Q3",
            "DATE",
            None,
        ),
        (
            "Orders rose from the low levels of the early summer.",
            "2009-10-26",
            "the early summer",
            "2009-SU",
            "DATE",
            Some("START"),
        ),
    ]);
}

#[test]
fn years_and_durations_in_more_frames() {
    check(&[
        (
            "It will be booked in the company's 1989 operating results.",
            "1989-10-30",
            "1989",
            "1989",
            "DATE",
            None,
        ),
        (
            "It buys bonds due 1993.",
            "1989-10-30",
            "1993",
            "1993",
            "DATE",
            None,
        ),
        (
            "Earnings fall in both 1990 and 1991.",
            "1989-10-30",
            "1990",
            "1990",
            "DATE",
            None,
        ),
        (
            "The post-1959 politics split families.",
            "2000-02-24",
            "1959",
            "1959",
            "DATE",
            None,
        ),
        (
            "The bank posted a loss for the third quarter of $226 million.",
            "1989-10-26",
            "the third quarter",
            "1989-Q3",
            "DATE",
            None,
        ),
        (
            "The base stays for at least 20 more years.",
            "1998-02-27",
            "at least 20 more years",
            "P20Y",
            "DURATION",
            Some("EQUAL_OR_MORE"),
        ),
        (
            "The move comes barely a month after the cuts.",
            "1998-02-13",
            "a month",
            "P1M",
            "DURATION",
            None,
        ),
    ]);
    check_none(&[
        ("The firm has 2000 employees.", "1989-10-30", "2000"),
        ("Sector 1989 was sealed.", "1989-10-30", "1989"),
        ("It ran a $1989-per-seat fare.", "1989-10-30", "1989"),
        (
            "We won the second half of the match.",
            "1989-10-30",
            "second half",
        ),
        // a month's worth, no rate
        ("It pays $5 a month of rent.", "1989-10-30", "a month"),
    ]);
}

#[test]
fn names_idioms_and_fractions_are_not_times() {
    check_none(&[
        (
            "Baker spoke on ABC's \"This Week\" program.",
            "1990-08-13",
            "This Week",
        ),
        (
            "He told CBS's 60 Minutes he would stay.",
            "2000-04-17",
            "60 Minutes",
        ),
        (
            "A second group of directors joined.",
            "1989-10-27",
            "second",
        ),
        ("It would be a second betrayal.", "1989-10-27", "second"),
        (
            "Funds hold more than a quarter of the market.",
            "1989-10-27",
            "quarter",
        ),
        ("For Poland, high noon comes today.", "1999-03-12", "noon"),
        (
            "The well-being of this 6-year-old matters.",
            "2000-04-03",
            "6-year",
        ),
    ]);
    check(&[
        (
            "Losses lasted for several quarters of the decade.",
            "1989-10-27",
            "several quarters",
            "PXQ",
            "DURATION",
            None,
        ),
        (
            "He waited a second and then fired.",
            "1989-10-27",
            "a second",
            "PT1S",
            "DURATION",
            None,
        ),
        (
            "The vote is at noon Monday.",
            "1989-10-27",
            "noon Monday",
            "1989-10-23T12:00",
            "TIME",
            None,
        ),
        (
            "Officials met this week.",
            "1990-08-13",
            "this week",
            "1990-W33",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn spoken_years_after_a_month_or_season() {
    check(&[
        (
            "January nineteen ninety-seven. Atlanta again.",
            "1998-02-27",
            "January nineteen ninety-seven",
            "1997-01",
            "DATE",
            None,
        ),
        (
            "Prices fell to the level we saw in the winter of nineteen ninety-four.",
            "1998-02-23",
            "the winter of nineteen ninety-four",
            "1994-WI",
            "DATE",
            None,
        ),
        (
            "It happened in nineteen eighty.",
            "1998-02-23",
            "nineteen eighty",
            "1980",
            "DATE",
            None,
        ),
        (
            "By the year two thousand, all will change.",
            "1998-02-23",
            "the year two thousand",
            "2000",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn vague_or_short_spans_later_are_durations() {
    check(&[
        (
            "The talks failed. A few days later, the rebels attacked.",
            "1989-10-27",
            "A few days",
            "PXD",
            "DURATION",
            None,
        ),
        (
            "A minute and a half later, a pilot called in.",
            "1998-01-14",
            "A minute and a half",
            "PT1M30S",
            "DURATION",
            None,
        ),
        (
            "He was shot on Oct. 23. Just over an hour later, he was dead.",
            "1998-10-25",
            "Just over an hour",
            "PT1H",
            "DURATION",
            Some("MORE_THAN"),
        ),
        // a counted number of days stays anchored to the narrative
        (
            "He was shot on Oct. 23. Two days later, police found the rifle.",
            "1998-10-25",
            "Two days later",
            "1998-10-25",
            "DATE",
            None,
        ),
        // "ago" with a vague amount stays PAST_REF
        (
            "Several years ago the plant closed.",
            "1998-10-25",
            "Several years ago",
            "PAST_REF",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn one_day_after_a_modal_is_future_ref() {
    check(&[
        (
            "Islam will one day be the second largest religion here.",
            "1998-03-03",
            "one day",
            "FUTURE_REF",
            "DATE",
            None,
        ),
        (
            "The truce lasted one day.",
            "1998-03-03",
            "one day",
            "P1D",
            "DURATION",
            None,
        ),
    ]);
}

#[test]
fn spoken_day_ordinals_and_weekday_dates() {
    check(&[
        (
            "Women's Day is this coming Sunday, March eighth.",
            "1998-03-05",
            "this coming Sunday, March eighth",
            "1998-03-08",
            "DATE",
            None,
        ),
        (
            "The vote is set for May twenty-first.",
            "1998-03-05",
            "May twenty-first",
            "1998-05-21",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        ("May first-quarter sales rose.", "1998-03-05", "May"),
        (
            "They held a second March on the capital.",
            "1998-03-05",
            "March",
        ),
    ]);
}

#[test]
fn auxiliary_of_a_planned_future() {
    check(&[
        (
            "Protesters planned a march on Saturday and were planning to drive to the airport on Monday.",
            "2000-01-07",
            "on Saturday",
            "2000-01-08",
            "DATE",
            None,
        ),
        (
            "Police arrested him on Thursday as he was about to be deported.",
            "1999-10-08",
            "on Thursday",
            "1999-10-07",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn bare_plural_units_after_in_and_within() {
    check(&[
        (
            "Troops will be deployed within weeks.",
            "1990-08-15",
            "weeks",
            "PXW",
            "DURATION",
            None,
        ),
        (
            "Sales grew for the first time in years.",
            "1989-10-26",
            "years",
            "PXY",
            "DURATION",
            None,
        ),
    ]);
    check_none(&[("He was in Weeks Hall.", "1989-10-26", "Weeks")]);
}

#[test]
fn a_closing_attribution_sets_no_tense() {
    // 2025-11-18 is a Tuesday: Thursday ahead is 11-20, behind is 11-13.
    check(&[
        // the reported clause's "will" decides, not the attribution's "said"
        (
            "Teams will hold preparatory consultations by video link on Thursday, the ministry said.",
            "2025-11-18",
            "on Thursday",
            "2025-11-20",
            "DATE",
            None,
        ),
        // an attribution set off by commas inside the sentence
        (
            "Teams will hold consultations on Thursday, the ministry said, before the talks.",
            "2025-11-18",
            "on Thursday",
            "2025-11-20",
            "DATE",
            None,
        ),
        // every word of the attribution is set aside, not only its verb ("asked")
        (
            "Teams will hold preparatory consultations by video link on Thursday, officials who asked not to be named said.",
            "2025-11-18",
            "on Thursday",
            "2025-11-20",
            "DATE",
            None,
        ),
        // negative: the same attribution governing the phrase, with content after it
        (
            "On Thursday, officials who asked not to be named said talks will resume.",
            "2025-11-18",
            "On Thursday",
            "2025-11-13",
            "DATE",
            None,
        ),
        // negative: a past reported clause stays past
        (
            "Drones struck the port on Thursday, officials said.",
            "2025-11-18",
            "on Thursday",
            "2025-11-13",
            "DATE",
            None,
        ),
        // negative: "said" that governs the phrase, with content of its own after it
        (
            "On Thursday, the ministry said talks will resume.",
            "2025-11-18",
            "On Thursday",
            "2025-11-13",
            "DATE",
            None,
        ),
        // negative: no comma between the phrase and the attribution
        (
            "Teams will hold preparatory consultations by video link on Thursday the ministry said.",
            "2025-11-18",
            "on Thursday",
            "2025-11-13",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_week_earlier_keeps_the_grain_of_its_anchor() {
    check(&[
        // told from a day: that day a week before (2026-02-05 - 7 days)
        (
            "The rebels took the town on February 5. A week earlier, artillery shelled Uvira.",
            "2026-02-12",
            "A week earlier",
            "2026-01-29",
            "DATE",
            None,
        ),
        // told from a week ("last week" = 2025-W01): the week before it
        (
            "Last week, officials ordered an evacuation. A week earlier, three deminers were killed.",
            "2025-01-08",
            "A week earlier",
            "2024-W52",
            "DATE",
            None,
        ),
        // negative: a calendar week after a day stays a week
        (
            "The rebels took the town on February 5. The following week, talks began.",
            "2026-02-12",
            "The following week",
            "2026-W07",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn the_gap_between_two_events_is_a_duration() {
    check(&[
        (
            "A day after the attack, rescuers were still searching.",
            "2025-04-06",
            "A day",
            "P1D",
            "DURATION",
            None,
        ),
        (
            "The attack came a week before the vote.",
            "2025-04-06",
            "a week",
            "P1W",
            "DURATION",
            None,
        ),
        (
            "Israeli jets struck Beirut hours after Hezbollah fired rockets.",
            "2025-04-06",
            "hours",
            "PTXH",
            "DURATION",
            None,
        ),
        (
            "Days before the vote, the opposition leader was arrested.",
            "2025-04-06",
            "Days",
            "PXD",
            "DURATION",
            None,
        ),
    ]);
    // a rate after a count, or a noun's plural, is no gap
    check_none(&[
        (
            "Egypt let in 500 trucks a day before the war.",
            "2025-04-06",
            "a day",
        ),
        (
            "The field pumped 2 million barrels a day before the war.",
            "2025-04-06",
            "a day",
        ),
        (
            "The union cut working hours before the strike.",
            "2025-04-06",
            "hours",
        ),
        (
            "In the days before the vote, the opposition leader was arrested.",
            "2025-04-06",
            "days",
        ),
    ]);
}

#[test]
fn a_weekday_of_a_named_week() {
    check(&[
        // said on Sunday 6 April (ISO week 14): the Tuesday of week 13
        (
            "Negotiators met on Tuesday last week.",
            "2025-04-06",
            "on Tuesday last week",
            "2025-03-25",
            "DATE",
            None,
        ),
        (
            "Negotiators will meet on Tuesday next week.",
            "2025-04-06",
            "on Tuesday next week",
            "2025-04-08",
            "DATE",
            None,
        ),
        (
            "They will vote on Friday of next week.",
            "2025-04-09",
            "on Friday of next week",
            "2025-04-18",
            "DATE",
            None,
        ),
        (
            "The strike came on Friday night last week.",
            "2025-04-06",
            "on Friday night last week",
            "2025-03-28TNI",
            "TIME",
            None,
        ),
        // a bare weekday keeps the news policy
        (
            "Negotiators met on Tuesday.",
            "2025-04-06",
            "on Tuesday",
            "2025-04-01",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_dotted_clock_time_with_its_zone() {
    check(&[
        (
            "Explosions were heard at 14.32 BST.",
            "2025-04-06",
            "14.32 BST",
            "2025-04-06T14:32",
            "TIME",
            None,
        ),
        (
            "The strike hit at 9.30pm.",
            "2025-04-06",
            "9.30pm",
            "2025-04-06T21:30",
            "TIME",
            None,
        ),
    ]);
    // a decimal with no zone nor a.m./p.m. is no time
    check_none(&[
        ("The index rose 14.32 points.", "2025-04-06", "14.32"),
        ("Turnout was 14.32 percent.", "2025-04-06", "14.32"),
    ]);
}

#[test]
fn a_clock_time_takes_no_day_from_the_next_sentence() {
    check(&[
        (
            "The parade started at 10 am. Guyana became a republic on 23 February 1970.",
            "2026-02-23",
            "10 am",
            "2026-02-23T10:00",
            "TIME",
            None,
        ),
        // "a.m." + a capitalised word that is no day, zone or place's time ends the sentence
        (
            "The gauge hit the limit at 1:34 p.m. The mechanism took effect on Jan. 1.",
            "2016-01-04",
            "1:34 p.m.",
            "2016-01-04T13:34",
            "TIME",
            None,
        ),
        // ... but a day after it is the clock's
        (
            "The talks begin at 10 a.m. Tuesday in Geneva.",
            "2016-01-04",
            "10 a.m. Tuesday",
            "2016-01-05T10:00",
            "TIME",
            None,
        ),
        (
            "The polls will open at 7 a.m. Kyiv time on Sunday.",
            "2016-01-08",
            "7 a.m.",
            "2016-01-10T07:00",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn the_day_named_after_a_clock_range_is_its_starts_too() {
    check(&[
        (
            "Curfew will be relaxed between 7 am and 10 am on Saturday for residents to buy food.",
            "2023-05-05",
            "7 am",
            "2023-05-06T07:00",
            "TIME",
            None,
        ),
        (
            "Polling ran from 7 am to 5 pm yesterday.",
            "2019-11-17",
            "7 am",
            "2019-11-16T07:00",
            "TIME",
            None,
        ),
        // a start later in the day than the end is on the day before
        (
            "A curfew was in force between 10 pm and 5 am yesterday.",
            "2023-05-08",
            "10 pm",
            "2023-05-06T22:00",
            "TIME",
            None,
        ),
        // no range: a clock time before another's day keeps its own
        (
            "Shops opened at 7 am, and police said the curfew ends at 10 am on Saturday.",
            "2023-05-05",
            "7 am",
            "2023-05-05T07:00",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn the_day_named_after_a_clock_time_is_the_clocks_day() {
    check(&[
        // "starting" before the clock tells the start ahead for both
        (
            "The army announced a pause starting at 8 a.m. on Thursday.",
            "2025-11-12",
            "on Thursday",
            "2025-11-13",
            "DATE",
            None,
        ),
        (
            "The army announced a pause starting at 8 a.m. on Thursday.",
            "2025-11-12",
            "8 a.m.",
            "2025-11-13T08:00",
            "TIME",
            None,
        ),
        // told in the past with no start word, both are the day gone by
        (
            "The pause began at 8 a.m. on Thursday.",
            "2025-11-12",
            "on Thursday",
            "2025-11-06",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_recurring_season_and_a_season_in_a_name() {
    check(&[
        (
            "Every spring, when farmers begin irrigating, disputes flare.",
            "2021-04-30",
            "Every spring",
            "XXXX-SP",
            "SET",
            None,
        ),
        (
            "The smog returns every winter as farmers burn stubble.",
            "2023-11-13",
            "every winter",
            "XXXX-WI",
            "SET",
            None,
        ),
        (
            "The smog returned in the winter.",
            "2023-11-13",
            "the winter",
            "2023-WI",
            "DATE",
            None,
        ),
        (
            "The offensive began last Summer.",
            "2022-01-18",
            "last Summer",
            "2021-SU",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        (
            "The Winter Olympics open in Beijing on February 4.",
            "2022-01-18",
            "Winter",
        ),
        (
            "Officials worry about the Summer Games.",
            "2022-01-18",
            "Summer",
        ),
    ]);
}

#[test]
fn the_night_gone_through_and_a_clock_hour_in_words() {
    check(&[
        (
            "Counting went on through the night.",
            "2019-11-17",
            "the night",
            "2019-11-16TNI",
            "TIME",
            None,
        ),
        // into the night of the day told
        (
            "Polls closed on Thursday, but some stations stayed open into the night.",
            "2026-08-16",
            "the night",
            "2026-08-13TNI",
            "TIME",
            None,
        ),
        (
            "On Thursday they gave us until six in the evening to leave.",
            "2025-01-18",
            "six in the evening",
            "2025-01-16T18:00",
            "TIME",
            None,
        ),
    ]);
    check_none(&[(
        "Tracer fire lit up the sky as rockets flew through the night sky.",
        "2025-01-18",
        "night",
    )]);
}

#[test]
fn phone_numbers_other_calendars_new_years_and_a_matchs_half_are_no_times() {
    check_none(&[
        (
            "Families can call a government hotline, 1800-335-486.",
            "2021-09-30",
            "1800",
        ),
        ("Call 1800-555-0199 for help.", "2021-09-30", "1800"),
        (
            "The Persian New Year's Day is a holiday in Iran.",
            "2022-01-18",
            "New Year",
        ),
        (
            "Nigeria won that match with a second-half penalty.",
            "2024-02-10",
            "second-half",
        ),
    ]);
    // the years of a span, New Year's Eve and a company's half still are
    check(&[
        (
            "Growth slowed over 1990-1995.",
            "2021-09-30",
            "1990",
            "1990",
            "DATE",
            None,
        ),
        (
            "The party ended on New Year's Eve.",
            "2022-01-18",
            "New Year's Eve",
            "2021-12-31",
            "DATE",
            None,
        ),
        (
            "The company expects second-half profit to rise.",
            "2024-02-10",
            "second-half",
            "2024-H2",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn another_and_a_length_a_verb_gives() {
    check(&[
        (
            "Economists had expected the cap to stay for at least another year.",
            "2015-01-15",
            "at least another year",
            "P1Y",
            "DURATION",
            Some("EQUAL_OR_MORE"),
        ),
        (
            "The mission was extended for another six months.",
            "2015-01-15",
            "another six months",
            "P6M",
            "DURATION",
            None,
        ),
        (
            "Commanders warn the battle could last months.",
            "2016-10-21",
            "months",
            "PXM",
            "DURATION",
            None,
        ),
        (
            "Disarmament could take weeks, officials said.",
            "2025-10-10",
            "weeks",
            "PXW",
            "DURATION",
            None,
        ),
    ]);
    // "another" alone is no duration: an idiom
    check_none(&[("Another day, another attack.", "2015-01-15", "day")]);
}

#[test]
fn the_lunar_new_year_from_its_table() {
    check(&[
        (
            "China braces for Lunar New Year travel rush.",
            "2022-01-18",
            "Lunar New Year",
            "2022-02-01",
            "DATE",
            None,
        ),
        (
            "Official holidays run from January 31, Lunar New Year's Eve, to February 6.",
            "2022-01-18",
            "Lunar New Year's Eve",
            "2022-01-31",
            "DATE",
            None,
        ),
        // the article stays with these names, not with a feast before a noun
        (
            "Prices stay high ahead of the Lunar New Year holiday in February.",
            "2022-01-18",
            "the Lunar New Year",
            "2022-02-01",
            "DATE",
            None,
        ),
        (
            "Sales fell after Chinese New Year.",
            "2023-03-01",
            "Chinese New Year",
            "2023-01-22",
            "DATE",
            None,
        ),
        (
            "The priest said the Good Friday procession was cut short.",
            "2024-03-30",
            "Good Friday",
            "2024-03-29",
            "DATE",
            None,
        ),
        // "is in" a month speaks of what is ahead
        (
            "The Persian New Year is in March.",
            "2022-01-18",
            "March",
            "2022-03",
            "DATE",
            None,
        ),
    ]);
    check_none(&[(
        "The school spring festival was cancelled.",
        "2022-01-18",
        "spring",
    )]);
}

#[test]
fn a_part_of_a_named_day_labour_day_and_last_years_feast() {
    check(&[
        // a part of the day told before its date is one TIME with it
        (
            "On the night of October 17 special units tore down the tents.",
            "2015-10-25",
            "the night of October 17",
            "2015-10-17TNI",
            "TIME",
            None,
        ),
        (
            "The storm passed Niue on the afternoon of Tuesday 6 January.",
            "2004-01-09",
            "the afternoon of Tuesday 6 January",
            "2004-01-06TAF",
            "TIME",
            None,
        ),
        (
            "The fires were not out until the early hours of Saturday.",
            "2013-07-21",
            "the early hours of Saturday",
            "2013-07-20TMO",
            "TIME",
            Some("START"),
        ),
        // Labour Day is 1 May but in Canada; a feast of "last year's" is last year's
        (
            "Police fired warning shots during yesterday's Labour Day march in Macau.",
            "2007-05-02",
            "Labour Day",
            "2007-05-01",
            "DATE",
            None,
        ),
        (
            "Canadians marked Labour Day with parades.",
            "2007-09-05",
            "Labour Day",
            "2007-09-03",
            "DATE",
            None,
        ),
        (
            "Last year's May Day march ended peacefully.",
            "2007-05-02",
            "May Day",
            "2006-05-01",
            "DATE",
            None,
        ),
        // a length a verb of lasting gives
        (
            "The strike at the national provident fund lasted a month.",
            "2007-03-05",
            "a month",
            "P1M",
            "DURATION",
            None,
        ),
        // a participle after its plural noun, under "due to", is no past tense
        (
            "The minister is due to visit the units stationed in Kasserine on Thursday.",
            "2026-07-15",
            "on Thursday",
            "2026-07-16",
            "DATE",
            None,
        ),
        // ... unless it is a verb of its own ("protesters clashed")
        (
            "They dropped a plan to impose a curfew after protesters clashed with police on Tuesday night.",
            "2020-07-09",
            "on Tuesday night",
            "2020-07-07TNI",
            "TIME",
            None,
        ),
    ]);
    check_none(&[(
        "A car stopped in front of the morning paper's office.",
        "2007-05-02",
        "morning",
    )]);
}

#[test]
fn a_days_name_told_with_its_date_after_it_or_on_a_weekday() {
    check(&[
        (
            "The government fears more trouble before December 2, National Day, when it will mark 25 years.",
            "2000-07-05",
            "National Day",
            "2000-12-02",
            "DATE",
            None,
        ),
        // the weekday told with a feast the calendar knows elsewhere is its day
        (
            "The storm arrived just after Independence Day on Saturday, the 15th anniversary.",
            "1998-09-23",
            "Independence Day",
            "1998-09-19",
            "DATE",
            None,
        ),
        // "marks" a day ahead, as "meets"
        (
            "The island marks Liberation Day on Sunday.",
            "2021-05-06",
            "Liberation Day",
            "2021-05-09",
            "DATE",
            None,
        ),
        // a feast the calendar knows keeps its own reading after a weekday
        (
            "Travel peaks on Monday, Memorial Day, when many head home.",
            "2022-05-27",
            "Memorial Day",
            "2022-05-30",
            "DATE",
            None,
        ),
        // currency "marks" before a weekday speak of no schedule
        (
            "The dollar fell to 1.8353 marks and 141.52 yen Wednesday.",
            "1989-10-27",
            "Wednesday",
            "1989-10-25",
            "DATE",
            None,
        ),
    ]);
    check_none(&[("Mr Day, 14 June, said so.", "2007-05-02", "Mr Day")]);
}

#[test]
fn an_hour_before_tonight_and_dates_told_from_the_papers_time() {
    check(&[
        (
            "We will have more at 10 tonight.",
            "2017-08-12",
            "10 tonight",
            "2017-08-12T22:00",
            "TIME",
            None,
        ),
        (
            "The ferry left at 6 this morning.",
            "2017-08-12",
            "6 this morning",
            "2017-08-12T06:00",
            "TIME",
            None,
        ),
        // a year told in the sentence before does not hold in one told from the paper's time
        (
            "The statute dates from 1961. Territory Day, 29 July, was celebrated peacefully this year.",
            "2005-09-26",
            "29 July",
            "2005-07-29",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        // no bare hour: "In 2 tonight", a fraction's digits
        (
            "In 2 tonight matches were played.",
            "2017-08-12",
            "2 tonight",
        ),
        ("James won in 43.94 seconds.", "2012-08-07", "94 seconds"),
    ]);
}

#[test]
fn a_rate_closing_its_clause_and_a_hyphenated_days_name() {
    check(&[
        (
            "About 1.5 million visitors come here a year, most of them from Japan.",
            "2017-08-12",
            "a year",
            "P1Y",
            "SET",
            None,
        ),
        (
            "Boats land about 1,000 tonnes of fish from Jersey waters a year.",
            "2021-05-06",
            "a year",
            "P1Y",
            "SET",
            None,
        ),
        (
            "Organisers of Dri-Jerbal Day, Friday 6 September, were asked to cancel the parade.",
            "2019-08-30",
            "Dri-Jerbal Day",
            "2019-09-06",
            "DATE",
            None,
        ),
    ]);
    // no count in the clause: a length, not a rate
    check(&[(
        "The talks were held in Geneva a year ago.",
        "2021-05-06",
        "a year ago",
        "2020",
        "DATE",
        None,
    )]);
}

#[test]
fn hundreds_of_years_counted_in_words() {
    check(&[
        (
            "We will keep them for the next hundred years.",
            "2022-06-09",
            "the next hundred years",
            "P100Y",
            "DURATION",
            None,
        ),
        (
            "The occupation lasted one hundred years.",
            "2022-06-09",
            "one hundred years",
            "P100Y",
            "DURATION",
            None,
        ),
    ]);
    check_none(&[(
        "The Hundred Years War ended in 1453.",
        "2022-06-09",
        "Hundred Years",
    )]);
}
