//! Corpus tables for the TempEval-grade phenomena: (sentence, publication date, phrase as
//! tagged, TIMEX3 value, type, mod), one table per phenomenon, positive and negative.

#[path = "common/time.rs"]
mod common;
use common::{check, check_none};

const D: &str = "1998-02-06"; // a Friday

#[test]
fn written_date_forms() {
    check(&[
        (
            "It ended on 2025-04-04.",
            D,
            "2025-04-04",
            "2025-04-04",
            "DATE",
            None,
        ),
        (
            "Filed 04/03/2025 in court.",
            D,
            "04/03/2025",
            "2025-04-03",
            "DATE",
            None,
        ),
        (
            "Signed 4.3.2025 in Kyiv.",
            D,
            "4.3.2025",
            "2025-03-04",
            "DATE",
            None,
        ),
        (
            "It began Apr. 4th, 2025.",
            D,
            "Apr. 4th, 2025",
            "2025-04-04",
            "DATE",
            None,
        ),
        (
            "It began 4 April 2025.",
            D,
            "4 April 2025",
            "2025-04-04",
            "DATE",
            None,
        ),
        (
            "Prices rose in mid-March.",
            D,
            "mid-March",
            "1997-03",
            "DATE",
            Some("MID"),
        ),
        (
            "Prices rose in mid-April.",
            D,
            "mid-April",
            "1997-04",
            "DATE",
            Some("MID"),
        ),
        (
            "It happened in early 1997.",
            D,
            "early 1997",
            "1997",
            "DATE",
            Some("START"),
        ),
        (
            "It was built in the 1990s.",
            D,
            "the 1990s",
            "199",
            "DATE",
            None,
        ),
        (
            "Music of the '80s returned.",
            D,
            "the '80s",
            "198",
            "DATE",
            None,
        ),
        (
            "The 19th century was long.",
            D,
            "The 19th century",
            "18",
            "DATE",
            None,
        ),
        (
            "Sales rose in the third quarter.",
            D,
            "the third quarter",
            "1997-Q3",
            "DATE",
            None,
        ),
        (
            "Profit for the first quarter of 1996 fell.",
            D,
            "the first quarter of 1996",
            "1996-Q1",
            "DATE",
            None,
        ),
        (
            "It was agreed last November.",
            D,
            "last November",
            "1997-11",
            "DATE",
            None,
        ),
        (
            "The budget for fiscal 1997 was cut.",
            D,
            "fiscal 1997",
            "1997",
            "DATE",
            None,
        ),
        (
            "Talks resume this summer.",
            D,
            "this summer",
            "1998-SU",
            "DATE",
            None,
        ),
        (
            "Shops close on Christmas Day.",
            D,
            "Christmas Day",
            "1997-12-25",
            "DATE",
            None,
        ),
        (
            "Parades on Thanksgiving Day 1997.",
            D,
            "Thanksgiving Day 1997",
            "1997-11-27",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn deictic_and_relative() {
    check(&[
        (
            "Prices fell two years ago.",
            D,
            "two years ago",
            "1996",
            "DATE",
            None,
        ),
        (
            "It fell 10 days ago.",
            D,
            "10 days ago",
            "1998-01-27",
            "DATE",
            None,
        ),
        (
            "The bank failed late last year.",
            D,
            "late last year",
            "1997",
            "DATE",
            Some("END"),
        ),
        (
            "Earnings fell from a year earlier in the quarter.",
            D,
            "a year earlier",
            "1996-Q4",
            "DATE",
            None,
        ),
        (
            "Profit beat the year-earlier quarter.",
            D,
            "the year-earlier quarter",
            "1996-Q4",
            "DATE",
            None,
        ),
        (
            "Shares rose in the past three years.",
            D,
            "the past three years",
            "P3Y",
            "DURATION",
            None,
        ),
        (
            "Talks are due within the next two weeks.",
            D,
            "the next two weeks",
            "P2W",
            "DURATION",
            None,
        ),
        ("It is quiet now.", D, "now", "PRESENT_REF", "DATE", None),
        (
            "He recently resigned.",
            D,
            "recently",
            "PAST_REF",
            "DATE",
            None,
        ),
        (
            "We will see in the future.",
            D,
            "the future",
            "FUTURE_REF",
            "DATE",
            None,
        ),
        (
            "Troops are currently deployed.",
            D,
            "currently",
            "PRESENT_REF",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn times_of_day() {
    check(&[
        (
            "The blast came at 3 a.m.",
            D,
            "3 a.m.",
            "1998-02-06T03:00",
            "TIME",
            None,
        ),
        (
            "Sirens sounded at 17:45 local time.",
            D,
            "17:45",
            "1998-02-06T17:45",
            "TIME",
            None,
        ),
        (
            "It started at noon Thursday.",
            D,
            "noon Thursday",
            "1998-02-05T12:00",
            "TIME",
            None,
        ),
        (
            "They met Tuesday morning.",
            D,
            "Tuesday morning",
            "1998-02-03TMO",
            "TIME",
            None,
        ),
        (
            "He left this evening.",
            D,
            "this evening",
            "1998-02-06TEV",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn durations_with_mods() {
    check(&[
        // halves in the next smaller unit
        (
            "They lived in camps for 2 1/2 years.",
            D,
            "2 1/2 years",
            "P2Y6M",
            "DURATION",
            None,
        ),
        (
            "She spent 5 1/2 hours in Nairobi.",
            D,
            "5 1/2 hours",
            "PT5H30M",
            "DURATION",
            None,
        ),
        (
            "The ceasefire held for 1 1/2 days.",
            D,
            "1 1/2 days",
            "P1DT12H",
            "DURATION",
            None,
        ),
        (
            "The talks lasted two and a half days.",
            D,
            "two and a half days",
            "P2DT12H",
            "DURATION",
            None,
        ),
        (
            "The siege lasted one and a half years.",
            D,
            "one and a half years",
            "P1Y6M",
            "DURATION",
            None,
        ),
        // no fraction: the whole number only
        (
            "They lived in camps for 2 years.",
            D,
            "2 years",
            "P2Y",
            "DURATION",
            None,
        ),
        (
            "The siege lasted nearly three years.",
            D,
            "nearly three years",
            "P3Y",
            "DURATION",
            Some("APPROX"),
        ),
        (
            "It went on for more than a decade.",
            D,
            "more than a decade",
            "P10Y",
            "DURATION",
            Some("MORE_THAN"),
        ),
        (
            "A 48 hours truce held.",
            D,
            "48 hours",
            "PT48H",
            "DURATION",
            None,
        ),
        (
            "They talked for hours, then for years.",
            D,
            "years",
            "PXY",
            "DURATION",
            None,
        ),
        (
            "It took at least two weeks.",
            D,
            "at least two weeks",
            "P2W",
            "DURATION",
            Some("EQUAL_OR_MORE"),
        ),
        ("A five-year plan.", D, "five-year", "P5Y", "DURATION", None),
    ]);
}

#[test]
fn sets() {
    check(&[
        ("Strikes hit every day.", D, "every day", "P1D", "SET", None),
        ("Markets open daily.", D, "daily", "P1D", "SET", None),
        (
            "Protesters gathered every evening.",
            D,
            "every evening",
            "XXXX-XX-XXTEV",
            "SET",
            None,
        ),
        (
            "Each night, drones came.",
            D,
            "Each night",
            "XXXX-XX-XXTNI",
            "SET",
            None,
        ),
        // a weekday after it is no newspaper's name
        (
            "Prices are checked daily Monday to Friday.",
            D,
            "daily",
            "P1D",
            "SET",
            None,
        ),
        (
            "Talks are held each Friday.",
            D,
            "each Friday",
            "XXXX-WXX-5",
            "SET",
            None,
        ),
        // the weekend of any week (a weekend is no duration unit: not `P1WE`)
        (
            "Armed men patrol the village every weekend.",
            D,
            "every weekend",
            "XXXX-WXX-WE",
            "SET",
            None,
        ),
        (
            "The council meets on Sundays.",
            D,
            "on Sundays",
            "XXXX-WXX-7",
            "SET",
            None,
        ),
        (
            "They meet twice a week.",
            D,
            "twice a week",
            "P1W",
            "SET",
            None,
        ),
        (
            "The bank reviews interest rates six times a year.",
            D,
            "six times a year",
            "P1Y",
            "SET",
            None,
        ),
        (
            "They are forced to work six days a week.",
            D,
            "six days a week",
            "P1W",
            "SET",
            None,
        ),
        // Policy: a rate after a count is a set, as the TimeML guidelines annotate it
        // (TimeBank tags 3 of about 10 such rates, as a set or a duration)
        (
            "It paid $5 million a year which saw no rise.",
            D,
            "a year",
            "P1Y",
            "SET",
            None,
        ),
        (
            "The metro carries about 2.8 million passengers a day.",
            D,
            "a day",
            "P1D",
            "SET",
            None,
        ),
        (
            "Many families survive on one meal a day.",
            D,
            "a day",
            "P1D",
            "SET",
            None,
        ),
        // a part of the day in the plural: that part of that day of every week, shared by a
        // weekday joined before it
        (
            "Flights leave on Monday and Tuesday nights.",
            D,
            "Tuesday nights",
            "XXXX-WXX-2TNI",
            "SET",
            None,
        ),
        (
            "Flights leave on Monday and Tuesday nights.",
            D,
            "on Monday",
            "XXXX-WXX-1TNI",
            "SET",
            None,
        ),
        (
            "He works every Tuesday night at the bar.",
            D,
            "every Tuesday night",
            "XXXX-WXX-2TNI",
            "SET",
            None,
        ),
        // one night, in the singular: a date
        (
            "They met on Monday and Tuesday night.",
            D,
            "Tuesday night",
            "1998-02-03TNI",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn negative_knowledge() {
    check_none(&[
        // "a year of": a year's worth, no rate
        ("He bought $5 million a year of bonds.", D, "a year"),
        // a gap after a count, no rate
        ("Five people died a day after the attack.", D, "a day"),
        ("The fall of Kabul shocked many.", D, "fall"),
        ("Prices may fall.", D, "fall"),
        ("The Arab Spring began in Tunisia.", D, "Spring"),
        ("Traders bought 2022 shares.", D, "2022"),
        (
            "About three-quarters of voters agreed.",
            D,
            "three-quarters",
        ),
        ("Flight 1549 landed.", D, "1549"),
        // a count after a determiner and an adjective of quantity
        ("The remaining 2022 people left.", D, "2022"),
        ("An estimated 1900 fighters came.", D, "1900"),
        // "the May"/"the March" before a function word or a name's noun
        ("The March on Washington drew crowds.", D, "March"),
        ("The May government fell.", D, "May"),
        // a newspaper, not a rate
        ("The Israeli daily Haaretz reported it.", D, "daily"),
        ("The party weekly Pravda agreed.", D, "weekly"),
    ]);
}

/// Policy: an approximation or bound before a duration is inside its extent, as the TimeML
/// guidelines write it (TimeBank leaves "about" outside 4 times in 6), with its `mod`.
#[test]
fn approximations_are_inside_the_extent() {
    check(&[
        (
            "It took about two weeks.",
            D,
            "about two weeks",
            "P2W",
            "DURATION",
            Some("APPROX"),
        ),
        (
            "It took almost five months.",
            D,
            "almost five months",
            "P5M",
            "DURATION",
            Some("APPROX"),
        ),
        // a qualifier before "a" makes no rate ("$5 million a year" is one)
        (
            "The dispute took nearly a month to resolve.",
            D,
            "nearly a month",
            "P1M",
            "DURATION",
            Some("APPROX"),
        ),
        (
            "Earnings rose earlier this year.",
            D,
            "earlier this year",
            "1998",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn narrative_and_deadline_policies() {
    check(&[
        // a bare clock time follows the narrative day
        (
            "A bomb hit Nairobi on Friday. It exploded at 10:35 a.m.",
            "1998-08-08",
            "10:35 a.m.",
            "1998-08-07T10:35",
            "TIME",
            None,
        ),
        // a day and month near the DCT, whatever the reporting tense
        (
            "The company said the offer expires Nov. 17.",
            "1989-10-27",
            "Nov. 17",
            "1989-11-17",
            "DATE",
            None,
        ),
        (
            "He said the deal closed Aug. 6.",
            "1998-02-06",
            "Aug. 6",
            "1997-08-06",
            "DATE",
            None,
        ),
        // a deadline lies ahead
        (
            "The loan must be repaid by February.",
            "1989-10-30",
            "February",
            "1990-02",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn month_without_year() {
    check(&[
        // past-tense report: a month after the publication month is last year's
        (
            "The company changed its fiscal year in December.",
            "1989-10-27",
            "December",
            "1988-12",
            "DATE",
            None,
        ),
        (
            "Fighting broke out in June.",
            "1998-02-06",
            "June",
            "1997-06",
            "DATE",
            None,
        ),
        // December said in January: the month before
        (
            "Prices fell in December.",
            "1998-01-15",
            "December",
            "1997-12",
            "DATE",
            None,
        ),
        // up to the publication month: this year's
        (
            "Prices fell in January.",
            "1998-02-15",
            "January",
            "1998-01",
            "DATE",
            None,
        ),
        // a future cue: this year unless the month is over
        (
            "The shuttle will fly a mission in December.",
            "1998-03-04",
            "December",
            "1998-12",
            "DATE",
            None,
        ),
        (
            "Elections will be held in February.",
            "1998-03-04",
            "February",
            "1999-02",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn weekday_tense_cues_skip_names() {
    check(&[
        // "United" is a name, not a past participle: "would be traveling" decides
        (
            "The lawyer said the father would be traveling to the United States Thursday.",
            "2000-04-05",
            "Thursday",
            "2000-04-06",
            "DATE",
            None,
        ),
        // a lowercase -ed participle is still a past cue
        (
            "The father traveled to the United States Thursday.",
            "2000-04-05",
            "Thursday",
            "2000-03-30",
            "DATE",
            None,
        ),
        // a sentence-initial -ed word may be a verb or adjective: still a cue
        (
            "Armed men attacked the base Thursday.",
            "2000-04-05",
            "Thursday",
            "2000-03-30",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn anaphoric_weekdays() {
    check(&[
        // "the following/previous <weekday>" counts from the date the narrative is on
        (
            "A strike hit Kyiv on March 3. Talks began the following Thursday.",
            "2025-04-06",
            "the following Thursday",
            "2025-03-06",
            "DATE",
            None,
        ),
        (
            "Shares closed lower on Oct. 27, down 4% from the previous Friday.",
            "1989-10-30",
            "the previous Friday",
            "1989-10-20",
            "DATE",
            None,
        ),
        // with no earlier date: from the publication date
        (
            "Talks began the following Thursday.",
            "2025-04-06",
            "the following Thursday",
            "2025-04-10",
            "DATE",
            None,
        ),
        // "last Friday" stays with the publication date
        (
            "A strike hit Kyiv on March 3. Talks began last Friday.",
            "2025-04-06",
            "last Friday",
            "2025-04-04",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn seasons_last_and_next() {
    check(&[
        // "last"/"this past" season: the last one over before the DCT
        (
            "The unit was scrapped this past spring.",
            "1989-10-30",
            "this past spring",
            "1989-SP",
            "DATE",
            None,
        ),
        (
            "The strike began last summer.",
            "1989-10-30",
            "last summer",
            "1989-SU",
            "DATE",
            None,
        ),
        // said during spring, "last spring" is the year before
        (
            "The strike began last spring.",
            "1989-04-20",
            "last spring",
            "1988-SP",
            "DATE",
            None,
        ),
        // "next": the next one to begin
        (
            "Elections are due next summer.",
            "1989-03-20",
            "next summer",
            "1989-SU",
            "DATE",
            None,
        ),
        (
            "Elections are due next summer.",
            "1989-07-20",
            "next summer",
            "1990-SU",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn parts_of_day_plural_spans_nightly_numeric_dates_holidays_and_year_measures() {
    check(&[
        // "by"/"through" the afternoon: the narrative's day
        (
            "A police officer was killed on Saturday. By the afternoon, the soldiers had gone back to their barracks.",
            "2014-08-31",
            "the afternoon",
            "2014-08-30TAF",
            "TIME",
            None,
        ),
        (
            "Radio stations played his songs on Thursday through the afternoon.",
            "2016-10-14",
            "the afternoon",
            "2016-10-13TAF",
            "TIME",
            None,
        ),
        // "spent months": a vague span, as "for months"
        (
            "Honduras spent months in crisis afterward.",
            "2017-12-02",
            "months",
            "PXM",
            "DURATION",
            None,
        ),
        // "nightly" is every night, as "every night"
        (
            "The curfew will run nightly.",
            "2017-12-02",
            "nightly",
            "XXXX-XX-XXTNI",
            "SET",
            None,
        ),
        // a slashed date that reads either way is the publication day when one reading is
        (
            "Published 05/06/2018 AMMAN - Thousands of Jordanians gathered.",
            "2018-06-05",
            "05/06/2018",
            "2018-06-05",
            "DATE",
            None,
        ),
        (
            "Published 05/06/2018 AMMAN - Thousands of Jordanians gathered.",
            "2018-09-05",
            "05/06/2018",
            "2018-05-06",
            "DATE",
            None,
        ),
        // year first with dots or slashes
        (
            "By B. Enkhjargal 2022.12.06 Several hundred protesters gathered.",
            "2022-12-06",
            "2022.12.06",
            "2022-12-06",
            "DATE",
            None,
        ),
        (
            "Filed 2022/12/06 in Ulaanbaatar.",
            "2022-12-07",
            "2022/12/06",
            "2022-12-06",
            "DATE",
            None,
        ),
        // days of fixed date
        (
            "Huge crowds marched on International Women's Day.",
            "2019-03-09",
            "International Women's Day",
            "2019-03-08",
            "DATE",
            None,
        ),
        (
            "Poles visit family graves on All Saints' Day.",
            "2020-10-28",
            "All Saints' Day",
            "2020-11-01",
            "DATE",
            None,
        ),
        (
            "The Hogmanay street party will go ahead.",
            "2014-12-30",
            "Hogmanay",
            "2014-12-31",
            "DATE",
            None,
        ),
        (
            "Unions marched on Workers' Day.",
            "2024-05-02",
            "Workers' Day",
            "2024-05-01",
            "DATE",
            None,
        ),
        // a year before a noun of its measure
        (
            "Dutch emissions were about 15% below 1990 levels.",
            "2019-01-10",
            "1990",
            "1990",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        (
            "The morning papers were full of it.",
            "2017-12-02",
            "The morning",
        ),
        ("They spent the money quickly.", "2017-12-02", "the money"),
        (
            "The file 2022.13.45 was corrupt.",
            "2022-12-07",
            "2022.13.45",
        ),
        ("It was a women's day out.", "2024-05-02", "women's day"),
        (
            "Members will decide whether to stay permanently on summer or winter time.",
            "2018-09-12",
            "summer",
        ),
        (
            "Members will decide whether to stay permanently on summer or winter time.",
            "2018-09-12",
            "winter",
        ),
        (
            "The clocks change when summer time ends.",
            "2018-09-12",
            "summer",
        ),
        (
            "Officials said 2022 people were displaced.",
            "2022-12-07",
            "2022",
        ),
    ]);
}

#[test]
fn hours_and_minutes_counted_from_a_clock_time() {
    check(&[
        (
            "Polls closed at 7pm, and the first results were released half an hour later.",
            "2020-10-18",
            "half an hour later",
            "2020-10-18T19:30",
            "TIME",
            None,
        ),
        (
            "The fire started at 11 p.m. on Thursday. Two hours later, firefighters arrived.",
            "2021-04-30",
            "Two hours later",
            "2021-04-30T01:00",
            "TIME",
            None,
        ),
        (
            "The quake struck at 8:00 a.m. About 20 minutes later, a second tremor hit.",
            "2023-04-11",
            "About 20 minutes later",
            "2023-04-11T08:20",
            "TIME",
            Some("APPROX"),
        ),
        // with no clock before, the count stays a duration (TimeBank's practice)
        (
            "The fire started on Thursday. Two hours later, firefighters arrived.",
            "2021-04-30",
            "Two hours",
            "PT2H",
            "DURATION",
            None,
        ),
        // a clock moved past year 9999 has no TIMEX3 value: the count stays a duration
        (
            "Polls closed at 23:59 on December 31, 9999. Two hours later, results came.",
            "9999-12-31",
            "Two hours",
            "PT2H",
            "DURATION",
            None,
        ),
        // "earlier than" compares, it counts from no clock
        (
            "The sun will set at about 4.40pm tomorrow, an hour earlier than today.",
            "2018-10-27",
            "an hour",
            "PT1H",
            "DURATION",
            None,
        ),
    ]);
}
