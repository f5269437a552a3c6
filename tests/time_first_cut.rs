//! Corpus tables for the first cut of the time layer: each row is (sentence, publication
//! date, phrase as tagged, TIMEX3 value, type, mod). One table per phenomenon, positive and
//! negative. Policies are pinned here (see docs/time.md).

#[path = "common/time.rs"]
mod common;
use common::{check, check_none, tag};

/// Seed DCT: Sunday 2025-04-06.
const SUN: &str = "2025-04-06";
/// A Wednesday.
const WED: &str = "2025-04-09";

#[test]
fn weekdays_news_policy() {
    check(&[
        (
            "On Sunday, Russian forces launched a strike.",
            SUN,
            "On Sunday",
            "2025-04-06",
            "DATE",
            None,
        ),
        (
            "A strike on Friday in Kryvyi Rih killed 19.",
            SUN,
            "on Friday",
            "2025-04-04",
            "DATE",
            None,
        ),
        (
            "Friday's attack killed 19 people.",
            SUN,
            "Friday",
            "2025-04-04",
            "DATE",
            None,
        ),
        (
            "The leaders will meet on Thursday.",
            SUN,
            "on Thursday",
            "2025-04-10",
            "DATE",
            None,
        ),
        (
            "Talks are expected to resume Tuesday.",
            SUN,
            "Tuesday",
            "2025-04-08",
            "DATE",
            None,
        ),
        (
            "The vote is due to take place on Monday.",
            WED,
            "on Monday",
            "2025-04-14",
            "DATE",
            None,
        ),
        (
            "Officials said on Monday that talks would follow.",
            WED,
            "on Monday",
            "2025-04-07",
            "DATE",
            None,
        ),
        (
            "Shelling resumed late on Monday.",
            WED,
            "late on Monday",
            "2025-04-07",
            "DATE",
            Some("END"),
        ),
        (
            "Drones struck early Wednesday.",
            WED,
            "early Wednesday",
            "2025-04-09",
            "DATE",
            Some("START"),
        ),
        (
            "Explosions were heard Saturday afternoon.",
            WED,
            "Saturday afternoon",
            "2025-04-05TAF",
            "TIME",
            None,
        ),
        (
            "Fighting flared on Sunday evening.",
            WED,
            "on Sunday evening",
            "2025-04-06TEV",
            "TIME",
            None,
        ),
        (
            "He arrived last Friday.",
            WED,
            "last Friday",
            "2025-04-04",
            "DATE",
            None,
        ),
        (
            "They meet next Friday.",
            WED,
            "next Friday",
            "2025-04-11",
            "DATE",
            None,
        ),
        (
            "They met this Monday.",
            WED,
            "this Monday",
            "2025-04-07",
            "DATE",
            None,
        ),
        // "last" is strictly past even on the same weekday
        (
            "It happened last Sunday.",
            SUN,
            "last Sunday",
            "2025-03-30",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn weekdays_negative() {
    check_none(&[
        ("The Sunday Times reported the deal.", SUN, "Sunday"),
        ("Sunday Okafor, a farmer, was injured.", SUN, "Sunday"),
        // (with shopping words near, "Black Friday" is the day after Thanksgiving:
        // time_accuracy.rs)
        (
            "The Black Friday massacre is remembered every year.",
            SUN,
            "Friday",
        ),
        (
            "Crowds gathered for the Friday prayers at the mosque.",
            SUN,
            "Friday",
        ),
        (
            "The anniversary of Bloody Sunday was marked.",
            SUN,
            "Sunday",
        ),
    ]);
}

#[test]
fn deictic_days() {
    check(&[
        (
            "Yesterday the army withdrew.",
            WED,
            "Yesterday",
            "2025-04-08",
            "DATE",
            None,
        ),
        (
            "The talks continue today.",
            WED,
            "today",
            "2025-04-09",
            "DATE",
            None,
        ),
        (
            "A vote is set for tomorrow.",
            WED,
            "tomorrow",
            "2025-04-10",
            "DATE",
            None,
        ),
        (
            "He will speak tonight.",
            WED,
            "tonight",
            "2025-04-09TNI",
            "TIME",
            None,
        ),
        // policy: "last night" and "overnight" are the night before publication
        (
            "Russia attacked overnight.",
            WED,
            "overnight",
            "2025-04-08TNI",
            "TIME",
            None,
        ),
        (
            "Sirens sounded last night.",
            WED,
            "last night",
            "2025-04-08TNI",
            "TIME",
            None,
        ),
        (
            "Drones hit the city this morning.",
            WED,
            "this morning",
            "2025-04-09TMO",
            "TIME",
            None,
        ),
        (
            "It happened the day before yesterday.",
            WED,
            "the day before yesterday",
            "2025-04-07",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn relative_periods() {
    check(&[
        (
            "Strikes intensified last week.",
            WED,
            "last week",
            "2025-W14",
            "DATE",
            None,
        ),
        (
            "The talks happened this week.",
            WED,
            "this week",
            "2025-W15",
            "DATE",
            None,
        ),
        (
            "It rose this month.",
            WED,
            "this month",
            "2025-04",
            "DATE",
            None,
        ),
        (
            "Elections are due next year.",
            WED,
            "next year",
            "2026",
            "DATE",
            None,
        ),
        (
            "It fell last month.",
            WED,
            "last month",
            "2025-03",
            "DATE",
            None,
        ),
        (
            "He visited Kyiv earlier this month.",
            WED,
            "earlier this month",
            "2025-04",
            "DATE",
            None,
        ),
        (
            "Ten died in the past 24 hours.",
            WED,
            "the past 24 hours",
            "PT24H",
            "DURATION",
            None,
        ),
        (
            "Prices rose late last year.",
            WED,
            "late last year",
            "2024",
            "DATE",
            Some("END"),
        ),
        (
            "It was quiet over the weekend.",
            WED,
            "the weekend",
            "2025-W14-WE",
            "DATE",
            None,
        ),
        (
            "Talks will be held this weekend.",
            WED,
            "this weekend",
            "2025-W15-WE",
            "DATE",
            None,
        ),
        (
            "Talks were held last weekend.",
            WED,
            "last weekend",
            "2025-W14-WE",
            "DATE",
            None,
        ),
        (
            "It was quiet over the weekend.",
            SUN,
            "the weekend",
            "2025-W14-WE",
            "DATE",
            None,
        ),
        // said on a Sunday of what is ahead: the next weekend, as the day's own is ending
        // (and as "this week" said on a Sunday about the future is the coming week) ...
        (
            "Temperatures will ease over the weekend.",
            SUN,
            "the weekend",
            "2025-W15-WE",
            "DATE",
            None,
        ),
        // ... on a Saturday, the weekend under way
        (
            "Temperatures will ease over the weekend.",
            "2025-04-05",
            "the weekend",
            "2025-W14-WE",
            "DATE",
            None,
        ),
    ]);
}

/// Policy: "this week" said on a Sunday about the future is the coming ISO week; in any
/// other case "this week" is the ISO week of the publication date.
#[test]
fn this_week_on_sunday_policy() {
    check(&[
        (
            "Fresh talks are anticipated as early as this week.",
            SUN,
            "this week",
            "2025-W15",
            "DATE",
            None,
        ),
        (
            "Fighting intensified this week.",
            SUN,
            "this week",
            "2025-W14",
            "DATE",
            None,
        ),
        (
            "Talks will be held this week.",
            WED,
            "this week",
            "2025-W15",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn calendar_dates() {
    check(&[
        (
            "The deal was signed on June 25, 2024.",
            SUN,
            "on June 25, 2024",
            "2024-06-25",
            "DATE",
            None,
        ),
        (
            "Troops arrived on 3 November.",
            SUN,
            "on 3 November",
            "2024-11-03",
            "DATE",
            None,
        ),
        // ISO dates, and ISO dates with a clock time (seconds, a UTC mark) as one TIME
        (
            "The report is dated 2024-03-14.",
            SUN,
            "2024-03-14",
            "2024-03-14",
            "DATE",
            None,
        ),
        (
            "The quake struck at 2015-04-25 06:11:26 UTC, the survey said.",
            SUN,
            "2015-04-25 06:11:26 UTC",
            "2015-04-25T06:11:26",
            "TIME",
            None,
        ),
        (
            "Posted 2024-03-14T08:30Z by the mission.",
            SUN,
            "2024-03-14T08:30Z",
            "2024-03-14T08:30",
            "TIME",
            None,
        ),
        // a number after a date that is no clock time stays out
        (
            "The code 2024-03-14 1234 was cited.",
            SUN,
            "2024-03-14",
            "2024-03-14",
            "DATE",
            None,
        ),
        // "is" said of a date straight after it speaks of what is ahead: next January
        (
            "The meeting is on January 12.",
            SUN,
            "on January 12",
            "2026-01-12",
            "DATE",
            None,
        ),
        // no tense cue: the nearest January 12
        (
            "Talks on January 12 in Geneva.",
            SUN,
            "on January 12",
            "2025-01-12",
            "DATE",
            None,
        ),
        (
            "The summit will take place on May 20.",
            SUN,
            "on May 20",
            "2025-05-20",
            "DATE",
            None,
        ),
        ("The war began in 2022.", SUN, "2022", "2022", "DATE", None),
        (
            "Fighting has continued since 2022.",
            SUN,
            "2022",
            "2022",
            "DATE",
            None,
        ),
        (
            "The offensive began in October.",
            SUN,
            "October",
            "2024-10",
            "DATE",
            None,
        ),
        (
            "Elections are planned for October.",
            SUN,
            "October",
            "2025-10",
            "DATE",
            None,
        ),
        // a year or an ambiguous month describing a noun
        (
            "It was his unsuccessful 1996 campaign.",
            SUN,
            "1996",
            "1996",
            "DATE",
            None,
        ),
        (
            "The March accession will let them join.",
            SUN,
            "March",
            "2026-03",
            "DATE",
            None,
        ),
        // past tense: a month after publication is last year's
        (
            "It was adopted in May.",
            SUN,
            "May",
            "2024-05",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn calendar_negative() {
    check_none(&[
        ("Officials May be replaced soon.", SUN, "May"),
        ("Theresa May said nothing.", SUN, "May"),
        ("It may rain.", SUN, "may"),
        ("The March for Peace drew thousands.", SUN, "March"),
        ("Tickets to Channel 1 were sold.", SUN, "1"),
        ("The score was 3-1 at half time.", SUN, "3"),
        ("Call 555-1234 for help.", SUN, "555"),
        ("More than 2022 people fled.", SUN, "2022"),
        ("Some 1,500 troops were sent.", SUN, "1,500"),
        ("A 17-year-old was wounded.", SUN, "17"),
        ("UN Resolution 1441 was cited.", SUN, "1441"),
    ]);
}

#[test]
fn durations() {
    check(&[
        (
            "He spent two days in Washington.",
            SUN,
            "two days",
            "P2D",
            "DURATION",
            None,
        ),
        (
            "The war has persisted for nearly three years.",
            SUN,
            "nearly three years",
            "P3Y",
            "DURATION",
            Some("APPROX"),
        ),
        (
            "It lasted more than a decade.",
            SUN,
            "more than a decade",
            "P10Y",
            "DURATION",
            Some("MORE_THAN"),
        ),
        (
            "Talks lasted 48 hours.",
            SUN,
            "48 hours",
            "PT48H",
            "DURATION",
            None,
        ),
        (
            "It took a few weeks.",
            SUN,
            "a few weeks",
            "PXW",
            "DURATION",
            None,
        ),
        // policy: a number-unit adjective is a DURATION (TimeML), never a date
        (
            "They agreed a 30-day truce.",
            SUN,
            "30-day",
            "P30D",
            "DURATION",
            None,
        ),
    ]);
}

#[test]
fn anaphora_chains() {
    check(&[
        (
            "Troops entered on Friday. The next day, they left.",
            SUN,
            "The next day",
            "2025-04-05",
            "DATE",
            None,
        ),
        (
            "Troops entered on Friday. The following day, they left.",
            SUN,
            "The following day",
            "2025-04-05",
            "DATE",
            None,
        ),
        (
            "Troops left on Friday. The previous day, they arrived.",
            SUN,
            "The previous day",
            "2025-04-03",
            "DATE",
            None,
        ),
        (
            "Troops entered on March 3. Two days later they left.",
            SUN,
            "Two days later",
            "2025-03-05",
            "DATE",
            None,
        ),
        // chains: each anaphor moves the anchor
        (
            "It began on March 3. The next day it spread. Two days later it ended.",
            SUN,
            "Two days later",
            "2025-03-06",
            "DATE",
            None,
        ),
        // a coarser date does not move the day anchor
        (
            "It began on March 3. In 2024 it was quiet. The next day it spread.",
            SUN,
            "The next day",
            "2025-03-04",
            "DATE",
            None,
        ),
        (
            "Nothing happened. The next day was quiet.",
            SUN,
            "The next day",
            "2025-04-07",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn extreme_dates_do_not_panic() {
    let texts = [
        "next year",
        "tomorrow",
        "next week",
        "the next day",
        "in two years",
        "next month",
        "last year",
    ];
    for dct in ["9999-12-31", "0001-01-01"] {
        for t in texts {
            let got = tag(t, dct);
            for e in got {
                assert!(
                    e.value == "XXXX" || e.value.starts_with('P') || e.start.is_some(),
                    "{t} @ {dct}: {}",
                    e.value
                );
            }
        }
    }
    let got = tag("next year", "9999-12-31");
    assert_eq!(got[0].value, "XXXX");
    assert_eq!(got[0].start, None);
}
