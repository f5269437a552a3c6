//! Corpus tables for forms that wire-service war reporting uses and general news rarely does:
//! (sentence, publication date, phrase as tagged, TIMEX3 value, type, mod), positive and
//! negative rows per form.

#[path = "common/time.rs"]
mod common;
use common::{check, check_none};

#[test]
fn four_digit_clock_times_with_a_zone_or_hours() {
    check(&[
        // agency style: the zone makes the four digits a clock time
        (
            "The strike hit the port at 0300 GMT on Saturday.",
            "2025-04-06",
            "0300 GMT",
            "2025-04-05T03:00",
            "TIME",
            None,
        ),
        (
            "The raid began at 2130 local time.",
            "2025-04-06",
            "2130 local time",
            "2025-04-06T21:30",
            "TIME",
            None,
        ),
        (
            "Sirens sounded at 0415 UTC.",
            "2025-04-06",
            "0415 UTC",
            "2025-04-06T04:15",
            "TIME",
            None,
        ),
        // military style: "at 0600 hours"
        (
            "At 0600 hours the column moved out.",
            "2025-04-06",
            "0600 hours",
            "2025-04-06T06:00",
            "TIME",
            None,
        ),
    ]);
    check_none(&[
        // a count of hours, not a clock time
        (
            "Investigators logged 1200 hours of footage.",
            "2025-04-06",
            "1200",
        ),
        // not a time of day: minutes past 59, hours past 23
        ("The convoy left at 0275 GMT.", "2025-04-06", "0275"),
        ("The convoy left at 2530 GMT.", "2025-04-06", "2530"),
        // a year followed by an unrelated word
        (
            "Crimea was annexed in 2014 hours before dawn.",
            "2025-04-06",
            "2014 hours",
        ),
    ]);
}

#[test]
fn this_past_and_this_coming_with_a_unit() {
    check(&[
        (
            "This past weekend, talks collapsed in Riyadh.",
            "2025-04-09",
            "This past weekend",
            "2025-W14-WE",
            "DATE",
            None,
        ),
        (
            "The envoys will meet again this coming week.",
            "2025-04-09",
            "this coming week",
            "2025-W16",
            "DATE",
            None,
        ),
        // plain "this weekend" is unchanged
        (
            "Talks are planned for this weekend.",
            "2025-04-09",
            "this weekend",
            "2025-W15-WE",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_past_report_counting_back_does_not_start_from_the_future() {
    check(&[
        // the last date told of is still to come: the publication date stands in
        (
            "The truce expires on April 20. Three days earlier, a strike hit Sumy.",
            "2025-04-06",
            "Three days earlier",
            "2025-04-03",
            "DATE",
            None,
        ),
        // a future sentence counts back from the future date
        (
            "The summit opens on April 20. Three days earlier, delegations will arrive.",
            "2025-04-06",
            "Three days earlier",
            "2025-04-17",
            "DATE",
            None,
        ),
        // a past anchor is kept
        (
            "The truce began on April 2. Three days earlier, a strike hit Sumy.",
            "2025-04-06",
            "Three days earlier",
            "2025-03-30",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn an_adjectival_duration_leaves_the_determiner_to_its_noun() {
    check(&[
        (
            "Both sides agreed to the 30-day truce on Tuesday.",
            "2025-04-06",
            "30-day",
            "P30D",
            "DURATION",
            None,
        ),
        (
            "He spoke of the two-week offensive in the east.",
            "2025-04-06",
            "two-week",
            "P2W",
            "DURATION",
            None,
        ),
        (
            "Thousands came for the two day rally in the capital.",
            "2025-04-06",
            "two day",
            "P2D",
            "DURATION",
            None,
        ),
        // a duration that is the head of its phrase keeps "the"
        (
            "The first 100 days of the war were the bloodiest.",
            "2025-04-06",
            "The first 100 days",
            "P100D",
            "DURATION",
            None,
        ),
    ]);
    check_none(&[(
        "The girl, the three-year-old daughter, survived.",
        "2025-04-06",
        "three-year",
    )]);
}

#[test]
fn a_weekday_range_ends_after_it_starts() {
    check(&[
        // "from Friday to Sunday": Sunday is the first after Friday, even in a past sentence
        // told on the Saturday between them
        (
            "Fighting raged from Friday to Sunday.",
            "2025-06-14",
            "Sunday",
            "2025-06-15",
            "DATE",
            None,
        ),
        // ... and told on a later day: the end counts from the start, not from the paper's
        // day ("from Friday to Sunday" said on that Sunday, or on the Tuesday after)
        (
            "Fighting raged from Friday to Sunday.",
            "2025-04-06",
            "Sunday",
            "2025-04-06",
            "DATE",
            None,
        ),
        (
            "Fighting raged between Thursday and Friday.",
            "2025-04-08",
            "Friday",
            "2025-04-04",
            "DATE",
            None,
        ),
        (
            "Fighting raged between Friday morning and Sunday.",
            "2025-06-14",
            "Sunday",
            "2025-06-15",
            "DATE",
            None,
        ),
        // the second of a pair of days to come follows the first, even when it is the
        // weekday of publication ...
        (
            "The unions said one train in three would run on Monday and Tuesday.",
            "2026-02-10",
            "Tuesday",
            "2026-02-17",
            "DATE",
            None,
        ),
        // ... but past days are not always told in order
        (
            "Following are statements made Friday and Thursday by the lawyer.",
            "1998-02-06",
            "Thursday",
            "1998-02-05",
            "DATE",
            None,
        ),
        // a range from a date ends on the weekday the tense gives
        (
            "Crane bought 254,200 shares from Sept. 14 to Thursday.",
            "1989-10-30",
            "Thursday",
            "1989-10-26",
            "DATE",
            None,
        ),
        // two days named apart are no range: each takes the tense
        (
            "Russia struck on Friday and Sunday.",
            "2025-06-14",
            "Sunday",
            "2025-06-08",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_month_range_ends_after_it_starts() {
    check(&[
        // "until" looks ahead, but the end of a past range is the first February after its
        // December
        (
            "The siege lasted from late December until early February.",
            "2024-03-14",
            "early February",
            "2024-02",
            "DATE",
            Some("START"),
        ),
        (
            "From 28 December to 3 January, the army shelled the town.",
            "2024-03-14",
            "3 January",
            "2024-01-03",
            "DATE",
            None,
        ),
        (
            "Talks are planned from November to January.",
            "2024-03-14",
            "January",
            "2025-01",
            "DATE",
            None,
        ),
        // a range inside one year stays there
        (
            "The curfew will run from March 20 to April 2.",
            "2024-03-14",
            "April 2",
            "2024-04-02",
            "DATE",
            None,
        ),
        // two months named apart are no range: each takes the tense
        (
            "Protests broke out in December and again in February.",
            "2024-03-14",
            "February",
            "2024-02",
            "DATE",
            None,
        ),
        (
            "Fighting intensified in December; elections are due in February.",
            "2024-12-14",
            "February",
            "2025-02",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn live_page_zones_and_a_clock_with_its_night() {
    check(&[
        // a zone of East, Central or West Africa, South Asia ... in capitals
        (
            "Sunday, June 30, 2024\n\n9.05am EAT\nThe commission said 39 people had been killed.",
            "2024-06-30",
            "9.05am EAT",
            "2024-06-30T09:05",
            "TIME",
            None,
        ),
        (
            "The curfew starts at 21:00 IST across the valley.",
            "2024-06-30",
            "21:00 IST",
            "2024-06-30T21:00",
            "TIME",
            None,
        ),
        // "tonight", "last night", "this morning" after a clock time are its day
        (
            "The government has imposed a curfew in Bangui from 8 pm tonight.",
            "2021-01-04",
            "8 pm tonight",
            "2021-01-04T20:00",
            "TIME",
            None,
        ),
        (
            "Polls closed at 10pm last night.",
            "2016-06-24",
            "10pm last night",
            "2016-06-23T22:00",
            "TIME",
            None,
        ),
        (
            "Gunfire was heard at 3am last night.",
            "2025-12-31",
            "3am last night",
            "2025-12-31T03:00",
            "TIME",
            None,
        ),
        // a clock time from 9 p.m. on starts a night: a morning's clock after it is the
        // morning after
        (
            "Polls closed at 10pm last night. Her mother says she watched the coverage until 3am.",
            "2016-06-24",
            "3am",
            "2016-06-24T03:00",
            "TIME",
            None,
        ),
    ]);
    // a zone that is also a word, in lower case, is none
    check_none(&[("They left at 8pm eat dinner.", "2024-06-30", "8pm eat")]);
}

#[test]
fn a_protest_or_mourning_called_for_a_day_is_the_nearest_such_day() {
    check(&[
        (
            "Organisers have called for marches on Tuesday and Thursday.",
            "2024-06-30",
            "on Tuesday",
            "2024-07-02",
            "DATE",
            None,
        ),
        (
            "The coalition has called a 48-hour general strike from Monday.",
            "2023-06-03",
            "Monday",
            "2023-06-05",
            "DATE",
            None,
        ),
        (
            "The government has declared three days of national mourning from Monday.",
            "2025-01-10",
            "Monday",
            "2025-01-13",
            "DATE",
            None,
        ),
        // a standing call ("have called") is for a day ahead, even five days on; the noun
        // may stand a few words before the day
        (
            "Activists have called for peaceful protests every evening this week and for a \"March for Freedom\" in Minsk on Sunday.",
            "2020-08-11",
            "on Sunday",
            "2020-08-16",
            "DATE",
            None,
        ),
        // not a call for calm, nor a strike called off, nor protests broken up, nor a past
        // verb between the protest and its day
        (
            "Unions called for protests and police arrested 20 on Tuesday.",
            "2025-01-12",
            "on Tuesday",
            "2025-01-07",
            "DATE",
            None,
        ),
        (
            "The UN called for calm on Tuesday.",
            "2025-01-12",
            "on Tuesday",
            "2025-01-07",
            "DATE",
            None,
        ),
        (
            "Unions called off the strike on Tuesday.",
            "2025-01-12",
            "on Tuesday",
            "2025-01-07",
            "DATE",
            None,
        ),
        (
            "Police broke up protests on Tuesday.",
            "2025-01-12",
            "on Tuesday",
            "2025-01-07",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn orthodox_christmas_and_tabaski() {
    check(&[
        (
            "Churches in Almaty have cancelled services for Orthodox Christmas Eve tonight.",
            "2022-01-06",
            "Orthodox Christmas Eve",
            "2022-01-06",
            "DATE",
            None,
        ),
        (
            "Orthodox Christmas is tomorrow.",
            "2022-01-06",
            "Orthodox Christmas",
            "2022-01-07",
            "DATE",
            None,
        ),
        (
            "Serbs will celebrate Orthodox Christmas Day in Belgrade.",
            "2024-12-20",
            "Orthodox Christmas Day",
            "2025-01-07",
            "DATE",
            None,
        ),
        (
            "Sheep sales had collapsed weeks before Tabaski, the feast expected on June 29.",
            "2023-06-03",
            "Tabaski",
            "2023-06-29",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn bare_plural_durations_of_what_follows() {
    check(&[
        (
            "The government said it had crushed the coup after hours of clashes in Ankara.",
            "2016-07-16",
            "hours",
            "PTXH",
            "DURATION",
            None,
        ),
        (
            "The deal came amid weeks of protests.",
            "2020-10-30",
            "weeks",
            "PXW",
            "DURATION",
            None,
        ),
        // with no preposition too ("when weeks of demonstrations forced"), not a noun's plural
        (
            "It was the largest protest since 2015, when weeks of demonstrations forced the president out.",
            "2020-10-30",
            "weeks",
            "PXW",
            "DURATION",
            None,
        ),
        (
            "The merger follows months of twists and turns.",
            "2020-10-30",
            "months",
            "PXM",
            "DURATION",
            None,
        ),
        (
            "Tickets sold out in minutes when they went on sale.",
            "2020-10-30",
            "minutes",
            "PTXM",
            "DURATION",
            None,
        ),
        (
            "A planned opening was called off weeks beforehand.",
            "2020-10-30",
            "weeks",
            "PXW",
            "DURATION",
            None,
        ),
        // a gap after a comma is no rate, whatever number stands before the comma
        (
            "Protesters breached parliament at around 2.30pm on Tuesday, minutes after MPs passed the bill.",
            "2024-06-30",
            "minutes",
            "PTXM",
            "DURATION",
            None,
        ),
    ]);
    // a noun's plural, and a rate after a count, are none
    check_none(&[
        (
            "They met after working hours of the office.",
            "2020-10-30",
            "hours",
        ),
        (
            "The port handled 500 trucks a day before the war.",
            "2020-10-30",
            "a day",
        ),
    ]);
}

#[test]
fn after_midnight_and_a_month_in_the_present() {
    check(&[
        // a bare "since midnight", or "after midnight" after a past participle, is the start
        // of the narrative's day ...
        (
            "The exchange suspended nickel trading on Tuesday and cancelled all trades executed after midnight UK time.",
            "2022-03-08",
            "midnight",
            "2022-03-08T00:00",
            "TIME",
            None,
        ),
        (
            "Since midnight, air defences have shot down 30 drones.",
            "2022-03-08",
            "midnight",
            "2022-03-08T00:00",
            "TIME",
            None,
        ),
        // ... but a midnight ahead is the end of its day
        (
            "The curfew begins at midnight.",
            "2022-03-08",
            "midnight",
            "2022-03-08T24:00",
            "TIME",
            None,
        ),
        // (a midnight ahead after "after": `time_accuracy.rs`, "special services will run
        // after midnight")
        // a month named before a present "is"/"are" is ahead; a past verb keeps it behind
        (
            "July and August are already 78% sold.",
            "2023-04-11",
            "August",
            "2023-08",
            "DATE",
            None,
        ),
        (
            "In July, exports rose 5%.",
            "2023-04-11",
            "July",
            "2022-07",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn years_in_a_list_and_names_that_hold_a_feast() {
    check(&[(
        "Turkey's generals staged coups in 1960, 1971 and 1980.",
        "2016-07-16",
        "1971",
        "1971",
        "DATE",
        None,
    )]);
    check_none(&[
        // a count in a list is no year, nor is a number's last group
        (
            "The plant made 1500, 2000 and more units.",
            "2016-07-16",
            "2000",
        ),
        (
            "Media contact: Dr. Hannah Mayfield, +1 617 555 2019, press@example.org",
            "2019-04-10",
            "2019",
        ),
        // a feast's name inside another name is no date
        (
            "The rioting comes 23 years after the 1998 Good Friday Agreement.",
            "2021-04-08",
            "Good Friday",
        ),
        (
            "Asylum seekers were held on Christmas Island.",
            "2021-04-08",
            "Christmas",
        ),
    ]);
}

#[test]
fn the_narrative_follows_the_night_told_after_an_event_ahead() {
    check(&[
        // the event of the sentence is still ahead ("will be recalled today"), so the night
        // it follows is what the next sentences tell of
        (
            "The Assembly will be recalled today after a bus was hijacked in west Belfast last night. Masked youths stopped the bus at about 8.30pm.",
            "2021-04-08",
            "about 8.30pm",
            "2021-04-07T20:30",
            "TIME",
            Some("APPROX"),
        ),
        // an event done (not ahead) keeps the narrative on its day
        (
            "Pakistan carried out strikes early Thursday, in retaliation for Tuesday's Iranian strike. The strikes began at about 4 a.m.",
            "2024-01-18",
            "about 4 a.m.",
            "2024-01-18T04:00",
            "TIME",
            Some("APPROX"),
        ),
        // "since <day>, when <event>": that day is the narrative's
        (
            "The PSNI said 55 officers have been injured since Good Friday, when disorder broke out. Rioting spread to Derry two days later.",
            "2021-04-08",
            "two days later",
            "2021-04-04",
            "DATE",
            None,
        ),
        // a bare "since <day>" is the bound of a stretch, not the narrative's day
        (
            "The road has been closed since April 2. Repairs will start two days later.",
            "2021-04-08",
            "two days later",
            "2021-04-10",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn the_year_to_a_month_is_a_period_not_a_span_from_now() {
    check(&[
        (
            "The Treasury must find other ways to raise 346 billion shillings in the year to June 2025.",
            "2024-06-30",
            "the year",
            "P1Y",
            "DURATION",
            None,
        ),
        // "in two weeks" under a future tense is the date it ends on
        (
            "Talks will resume in two weeks.",
            "2024-06-30",
            "two weeks",
            "2024-W28",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_numeric_date_that_reads_either_way() {
    check(&[
        // the text's other slashed dates give the order ...
        (
            "Voting ended on 13/02/2026. The count started on 01/02/2026.",
            "2026-02-14",
            "01/02/2026",
            "2026-02-01",
            "DATE",
            None,
        ),
        (
            "Flooding began 12/29/2015 and the river crested 01/02/2016.",
            "2015-12-31",
            "01/02/2016",
            "2016-01-02",
            "DATE",
            None,
        ),
        // ... else the reading in the two months before publication, when only one is there
        (
            "In its judgment dated 01/06/2023, the criminal court in Dakar acquitted him.",
            "2023-06-03",
            "01/06/2023",
            "2023-06-01",
            "DATE",
            None,
        ),
        (
            "The contract was signed on 01/06/2023.",
            "2023-01-10",
            "01/06/2023",
            "2023-01-06",
            "DATE",
            None,
        ),
        // (a date ahead of publication is no such reading: the US order stands)
        (
            "The report of 06/09/2023 said nothing.",
            "2023-09-03",
            "06/09/2023",
            "2023-06-09",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_by_opening_its_sentence_is_reached_by_the_verb_after_it() {
    check(&[
        (
            "By Friday, both sides were trying to cool things down.",
            "2026-02-22",
            "Friday",
            "2026-02-20",
            "DATE",
            None,
        ),
        (
            "By Tuesday evening, the Aleppo health directorate put the toll at 19.",
            "2026-06-04",
            "Tuesday evening",
            "2026-06-02TEV",
            "TIME",
            None,
        ),
        // a deadline still lies ahead
        (
            "By Friday, both sides will have to withdraw.",
            "2026-02-22",
            "Friday",
            "2026-02-27",
            "DATE",
            None,
        ),
        (
            "The troops must leave by Friday, officials said.",
            "2026-02-22",
            "Friday",
            "2026-02-27",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_future_word_in_a_name_is_no_cue() {
    check(&[
        (
            "As of 31 October, the 2024 Humanitarian Response Plan for Mozambique was 38 per cent funded.",
            "2024-11-06",
            "31 October",
            "2024-10-31",
            "DATE",
            None,
        ),
        // in lower case it looks ahead
        (
            "The government has a plan for 31 October.",
            "2024-11-06",
            "31 October",
            "2025-10-31",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn monthly_quarterly_annually_as_adverbs_are_sets() {
    check(&[
        (
            "The board meets quarterly and will vote on the plan.",
            "2013-03-12",
            "quarterly",
            "P3M",
            "SET",
            None,
        ),
        (
            "The festival is held annually in Singapore.",
            "2013-03-12",
            "annually",
            "P1Y",
            "SET",
            None,
        ),
        (
            "The magazine is published monthly.",
            "2013-03-12",
            "monthly",
            "P1M",
            "SET",
            None,
        ),
    ]);
    // as adjectives, and in a rate, they are none
    check_none(&[
        (
            "The company reported quarterly sales of $2 billion.",
            "2013-03-12",
            "quarterly",
        ),
        (
            "It was the highest monthly figure since 2009.",
            "2013-03-12",
            "monthly",
        ),
        (
            "Profits are expected to rise 8.5% annually through 2015.",
            "2013-03-12",
            "annually",
        ),
    ]);
}

#[test]
fn a_possessive_day_put_off_is_the_nearest() {
    check(&[
        (
            "The league postponed Sunday's match.",
            "2025-03-07",
            "Sunday",
            "2025-03-09",
            "DATE",
            None,
        ),
        (
            "Organisers called off Saturday's rally.",
            "2025-03-07",
            "Saturday",
            "2025-03-08",
            "DATE",
            None,
        ),
        // what happened stays behind
        (
            "Police said Sunday's attack killed five.",
            "2025-03-07",
            "Sunday",
            "2025-03-02",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn the_day_an_anniversary_counts_from() {
    check(&[
        (
            "The attack came on the first anniversary of the October 7 attack.",
            "2024-11-19",
            "October 7",
            "2023-10-07",
            "DATE",
            None,
        ),
        (
            "Europe marked the 80th anniversary of 8 May with ceremonies.",
            "2025-05-08",
            "8 May",
            "1945-05-08",
            "DATE",
            None,
        ),
        // with no count of years, the tense decides
        (
            "The anniversary of the October 7 attack was marked quietly.",
            "2024-11-19",
            "October 7",
            "2024-10-07",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn in_as_many_days_counts_what_was_told_before() {
    check(&[
        (
            "It was the third such attack in as many days.",
            "2025-11-12",
            "many days",
            "P3D",
            "DURATION",
            None,
        ),
        (
            "Three strikes in as many weeks have hit the port.",
            "2025-11-12",
            "many weeks",
            "P3W",
            "DURATION",
            None,
        ),
        // no count before: a vague span
        (
            "The army said many days of fighting lay ahead.",
            "2025-11-12",
            "many days",
            "PXD",
            "DURATION",
            None,
        ),
    ]);
}

#[test]
fn a_counted_day_and_the_day_named_beside_it_are_one() {
    check(&[
        // the count has no day to start from: the name tells the day
        (
            "The next day, February 11, talks began.",
            "2024-02-14",
            "The next day",
            "2024-02-11",
            "DATE",
            None,
        ),
        (
            "The next day, February 11, talks began.",
            "2024-02-14",
            "February 11",
            "2024-02-11",
            "DATE",
            None,
        ),
        (
            "Two days earlier, on February 10, gunmen attacked a checkpoint.",
            "2024-02-14",
            "Two days earlier",
            "2024-02-10",
            "DATE",
            None,
        ),
        // both agree when the count starts from a day told
        (
            "The rebels struck on Friday. The next day, Saturday, the army hit back.",
            "2024-02-14",
            "Saturday",
            "2024-02-10",
            "DATE",
            None,
        ),
        // not side by side: each keeps its own reading
        (
            "The next day talks began, and on February 11 they ended.",
            "2024-02-14",
            "The next day",
            "2024-02-15",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_participle_before_a_noun_under_a_modal_is_no_past() {
    check(&[
        (
            "The leaders will meet for a final televised debate on Tuesday.",
            "2026-05-01",
            "on Tuesday",
            "2026-05-05",
            "DATE",
            None,
        ),
        (
            "The minister will visit wounded soldiers on Tuesday.",
            "2026-05-01",
            "on Tuesday",
            "2026-05-05",
            "DATE",
            None,
        ),
        // a participle right before the day is a past event's, under a modal too
        (
            "The court will try the men accused of the attack launched on Tuesday.",
            "2026-05-01",
            "on Tuesday",
            "2026-04-28",
            "DATE",
            None,
        ),
        // no modal: a past verb before its object
        (
            "The army attacked positions on Tuesday.",
            "2026-05-01",
            "on Tuesday",
            "2026-04-28",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_page_stamp_is_one_time_with_its_weekday() {
    check(&[
        (
            "Laura Ortiz in Barcelona Mon 2 Oct 2017 19.05 BST",
            "2017-10-02",
            "Mon 2 Oct 2017 19.05 BST",
            "2017-10-02T19:05",
            "TIME",
            None,
        ),
        (
            "Updated 1 July 2019, 23:50 HKT",
            "2019-07-01",
            "1 July 2019, 23:50 HKT",
            "2019-07-01T23:50",
            "TIME",
            None,
        ),
        (
            "The Jakarta Post | Jakarta | Tue, April 9, 2024",
            "2024-04-09",
            "Tue, April 9, 2024",
            "2024-04-09",
            "DATE",
            None,
        ),
        // "at" between: two expressions, as TimeML has them
        (
            "Posted Sat 26 Jan 2019 at 7:45am",
            "2019-01-26",
            "Sat 26 Jan 2019",
            "2019-01-26",
            "DATE",
            None,
        ),
        (
            "He covered the stage in 4 hours 19 minutes 17 seconds.",
            "2021-07-14",
            "4 hours 19 minutes 17 seconds",
            "PT4H19M17S",
            "DURATION",
            None,
        ),
    ]);
    // an abbreviated weekday only before a date
    check_none(&[(
        "Mon and Sat are abbreviations; the sun rose.",
        "2024-04-09",
        "Sat",
    )]);
}

#[test]
fn national_days_may_day_and_idul_fitri() {
    check(&[
        (
            "Organisers moved Australia Day ceremonies indoors.",
            "2019-01-26",
            "Australia Day",
            "2019-01-26",
            "DATE",
            None,
        ),
        (
            "French fans had hoped for a home winner on Bastille Day.",
            "2021-07-14",
            "Bastille Day",
            "2021-07-14",
            "DATE",
            None,
        ),
        (
            "Scotland's party leaders marked May Day at trade union rallies.",
            "2026-05-01",
            "May Day",
            "2026-05-01",
            "DATE",
            None,
        ),
        (
            "The city extended its public emergency through Inauguration Day.",
            "2021-01-07",
            "Inauguration Day",
            "2021-01-20",
            "DATE",
            None,
        ),
        (
            "Millions left the capital ahead of Idul Fitri.",
            "2024-04-09",
            "Idul Fitri",
            "2024-04-10",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        ("The pilot sent a mayday call.", "2026-05-01", "mayday"),
        (
            "Shops on May Day Street were closed.",
            "2026-05-01",
            "May Day",
        ),
    ]);
}

#[test]
fn half_a_unit_is_half_its_length() {
    check(&[
        (
            "He has ruled the country since 1967, nearly half a century.",
            "2016-08-31",
            "nearly half a century",
            "P50Y",
            "DURATION",
            Some("APPROX"),
        ),
        (
            "We'll have more on Burundi in half an hour.",
            "2015-05-15",
            "half an hour",
            "PT30M",
            "DURATION",
            None,
        ),
    ]);
}

#[test]
fn a_number_to_call_is_no_year() {
    check_none(&[
        (
            "The centre said its hotline, 1919, would operate round the clock.",
            "2022-07-10",
            "1919",
        ),
        (
            "Residents should report escaped prisoners on the toll-free number 1961.",
            "2023-11-27",
            "1961",
        ),
    ]);
    check(&[(
        "He said by phone that the hotline opened in 2019.",
        "2022-07-10",
        "2019",
        "2019",
        "DATE",
        None,
    )]);
}

#[test]
fn the_nth_before_a_preposition_or_verb_and_a_day_in_a_zone() {
    check(&[
        (
            "Two soldiers had been detained on the 24th over an alleged plot.",
            "2023-11-27",
            "on the 24th",
            "2023-11-24",
            "DATE",
            None,
        ),
        (
            "School certificate results due on the 30th will be published as planned.",
            "2023-11-27",
            "on the 30th",
            "2023-11-30",
            "DATE",
            None,
        ),
        (
            "A state of emergency came into force at 5am local time today (8pm Wednesday Paris time).",
            "2024-05-16",
            "8pm Wednesday",
            "2024-05-15T20:00",
            "TIME",
            None,
        ),
    ]);
    check_none(&[("Offices on the 14th floor closed.", "2023-11-27", "14th")]);
}

#[test]
fn overnight_before_a_morning_told_after_it() {
    check(&[
        (
            "Police said 130 people were hurt on Friday. The cantonal building burned overnight, \
             and firefighters were still dousing the ruins early Saturday.",
            "2014-02-08",
            "overnight",
            "2014-02-07TNI",
            "TIME",
            None,
        ),
        // with no morning after it: the night before the narrative's day
        (
            "Police said 130 people were hurt on Friday. The cantonal building burned overnight.",
            "2014-02-10",
            "overnight",
            "2014-02-06TNI",
            "TIME",
            None,
        ),
        // unless that day is the day before the paper's: then its own night, the paper's
        // night before
        (
            "Police said 130 people were hurt on Friday. The cantonal building burned overnight.",
            "2014-02-08",
            "overnight",
            "2014-02-07TNI",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn a_month_after_a_year_told_with_in_is_of_that_year() {
    check(&[
        (
            "Sixty-eight people drowned in Sweden in 2022, 14 of them in June.",
            "2023-06-22",
            "June",
            "2022-06",
            "DATE",
            None,
        ),
        (
            "In 2021 the rebels took the town, and in March they lost it.",
            "2023-06-22",
            "March",
            "2021-03",
            "DATE",
            None,
        ),
        // "since" a year, or a fiscal year: the month is read as before
        (
            "He has been held since 2019 and was sentenced in March.",
            "2023-06-22",
            "March",
            "2023-03",
            "DATE",
            None,
        ),
        (
            "The state set aside $2 million in fiscal 2023, which begins July 1.",
            "2022-03-31",
            "July 1",
            "2022-07-01",
            "DATE",
            None,
        ),
        // a day of a month keeps its own reading
        (
            "Under a program approved in 1987, Nashua had purchased 481,000 shares through Sept. 29.",
            "1989-10-30",
            "Sept. 29",
            "1989-09-29",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn until_opening_a_past_clause_after_the_day_is_no_look_ahead() {
    check(&[
        (
            "\"We stayed under the bed from Sunday morning until the soldiers came,\" said a trader.",
            "2023-11-27",
            "Sunday morning",
            "2023-11-26TMO",
            "TIME",
            None,
        ),
        // a deadline after the day still looks ahead
        (
            "Germany enters a partial lockdown on Monday, closing bars until the end of November.",
            "2020-10-30",
            "on Monday",
            "2020-11-02",
            "DATE",
            None,
        ),
        (
            "The race finishes on Sunday in Paris.",
            "2021-07-14",
            "on Sunday",
            "2021-07-18",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_date_named_as_the_object_of_a_past_verb_may_lie_ahead() {
    check(&[
        (
            "Muhammadiyah had already named April 10 as the first day of Syawal.",
            "2024-04-09",
            "April 10",
            "2024-04-10",
            "DATE",
            None,
        ),
        // named on a day: the day of the naming, gone by
        (
            "He was named on April 2 as the new chief.",
            "2024-04-09",
            "on April 2",
            "2024-04-02",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn today_or_tonight_in_a_name() {
    check_none(&[
        (
            "Good evening, and welcome to Africa Tonight at 1700 GMT.",
            "2015-05-15",
            "Tonight",
        ),
        ("USA Today reported the figures.", "2015-05-15", "Today"),
    ]);
    check(&[
        (
            "Leaders To Meet Tonight In Doha",
            "2015-05-15",
            "Tonight",
            "2015-05-15TNI",
            "TIME",
            None,
        ),
        (
            "The president spoke. Tonight he will fly home.",
            "2015-05-15",
            "Tonight",
            "2015-05-15TNI",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn zones_of_nepal_myanmar_bangladesh_afghanistan_turkey() {
    check(&[
        (
            "Tribhuvan International Airport is due to reopen at 6pm NST.",
            "2025-09-10",
            "6pm NST",
            "2025-09-10T18:00",
            "TIME",
            None,
        ),
        (
            "The blasts at 9am MMT hit Yangon.",
            "2025-09-10",
            "9am MMT",
            "2025-09-10T09:00",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn feasts_of_the_hebrew_calendar() {
    check(&[
        (
            "Traffic stops for Yom Kippur, which falls on 2 October.",
            "2025-09-30",
            "Yom Kippur",
            "2025-10-02",
            "DATE",
            None,
        ),
        (
            "The Day of Atonement begins on Wednesday evening.",
            "2025-09-30",
            "The Day of Atonement",
            "2025-10-02",
            "DATE",
            None,
        ),
        (
            "Families gathered for Passover amid the war.",
            "2024-04-20",
            "Passover",
            "2024-04-23",
            "DATE",
            None,
        ),
        (
            "Hanukkah begins on Thursday evening.",
            "2023-12-05",
            "Hanukkah",
            "2023-12-08",
            "DATE",
            None,
        ),
    ]);
    check_none(&[(
        "The Yom Kippur War began in 1973.",
        "2023-10-07",
        "Yom Kippur",
    )]);
}

#[test]
fn every_day_of_the_year_and_this_time_last_year() {
    check(&[
        (
            "The race was run every May 30 from 1911 until the early 1970s.",
            "2016-05-30",
            "every May 30",
            "XXXX-05-30",
            "SET",
            None,
        ),
        (
            "Every May the town floods.",
            "2016-05-30",
            "Every May",
            "XXXX-05",
            "SET",
            None,
        ),
        (
            "Gold is about 11 per cent cheaper than this time last year.",
            "2014-10-21",
            "this time last year",
            "2013-10-21",
            "DATE",
            None,
        ),
        (
            "Sales fell last year.",
            "2014-10-21",
            "last year",
            "2013",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn diwali_and_dhanteras_from_the_table() {
    check(&[
        (
            "Jewellers reported brisk business today, the festival of Dhanteras.",
            "2014-10-21",
            "Dhanteras",
            "2014-10-21",
            "DATE",
            None,
        ),
        (
            "Families travelled home before Diwali.",
            "2023-11-08",
            "Diwali",
            "2023-11-12",
            "DATE",
            None,
        ),
        (
            "Deepavali lights filled the streets.",
            "2024-10-31",
            "Deepavali",
            "2024-10-31",
            "DATE",
            None,
        ),
    ]);
}

/// Ash Wednesday (46 days before Easter), St Patrick's Day (17 March), Presidents' Day and
/// Patriots' Day (third Mondays of February and April), and Latin American zones on a live
/// page's stamps ("21:40 BRT").
#[test]
fn lent_saints_us_mondays_and_latin_zones() {
    check(&[
        (
            "Scores will be read tomorrow, Ash Wednesday.",
            "2018-02-13",
            "Ash Wednesday",
            "2018-02-14",
            "DATE",
            None,
        ),
        (
            "The meeting is after the St Patrick's Day bank holiday.",
            "2026-03-12",
            "St Patrick's Day",
            "2026-03-17",
            "DATE",
            None,
        ),
        (
            "The outages began on Monday, Presidents' Day.",
            "2021-02-17",
            "Presidents' Day",
            "2021-02-15",
            "DATE",
            None,
        ),
        (
            "The race was held on Patriots' Day.",
            "2018-04-16",
            "Patriots' Day",
            "2018-04-16",
            "DATE",
            None,
        ),
        (
            "21:40 BRT Police say 300 people have been detained.",
            "2023-01-08",
            "21:40 BRT",
            "2023-01-08T21:40",
            "TIME",
            None,
        ),
    ]);
    // not a zone in lower case
    check_none(&[("The 10:15 brt bus was late.", "2023-01-08", "10:15 brt")]);
}

#[test]
fn last_evening_is_yesterday_evening() {
    check(&[(
        "Hundreds of women took out a torch rally in Khurai last evening to protest the killings.",
        "2026-03-08",
        "last evening",
        "2026-03-07TEV",
        "TIME",
        None,
    )]);
    check_none(&[
        (
            "It was the last evening train.",
            "2026-03-08",
            "last evening",
        ),
        (
            "It was the last evening of the festival.",
            "2026-03-08",
            "last evening",
        ),
    ]);
}

#[test]
fn a_day_of_a_month_told_with_its_year_in_the_sentence_is_of_that_year() {
    check(&[
        (
            "In April 2025, the Eastern Theater Command launched joint exercises around Taiwan on April 1 and 2.",
            "2026-09-14",
            "on April 1",
            "2025-04-01",
            "DATE",
            None,
        ),
        // another month is not
        (
            "In April 2025, the command said it would hold exercises on May 1.",
            "2026-04-14",
            "on May 1",
            "2026-05-01",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_later_day_of_a_past_years_narrative_stays_in_that_year() {
    check(&[
        // a month in the sentence of a year that names an event is of that year
        (
            "Qatar moved the 2022 World Cup to November and December because of the heat.",
            "2026-05-31",
            "November",
            "2022-11",
            "DATE",
            None,
        ),
        (
            "Israel launched a surprise air campaign against Iran on June 13, 2025, triggering 12 days of war. The United States struck three Iranian nuclear sites on June 22, and a ceasefire took effect on June 24.",
            "2026-07-09",
            "on June 22",
            "2025-06-22",
            "DATE",
            None,
        ),
        (
            "Israel launched a surprise air campaign against Iran on June 13, 2025, triggering 12 days of war. The United States struck three Iranian nuclear sites on June 22, and a ceasefire took effect on June 24.",
            "2026-07-09",
            "on June 24",
            "2025-06-24",
            "DATE",
            None,
        ),
        // a day ahead is counted from the publication date
        (
            "Israel launched a surprise air campaign on June 13, 2025. Talks will resume on June 22.",
            "2026-07-09",
            "on June 22",
            "2027-06-22",
            "DATE",
            None,
        ),
        // so is one after a phrase that counts from it
        (
            "Israel launched a surprise air campaign on June 13, 2025. Last week, protesters gathered on June 22.",
            "2026-07-09",
            "on June 22",
            "2026-06-22",
            "DATE",
            None,
        ),
        // and one in another paragraph
        (
            "Israel launched a surprise air campaign on June 13, 2025.\n\nProtesters gathered on June 22.",
            "2026-07-09",
            "on June 22",
            "2026-06-22",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_plural_of_a_thing_is_no_span() {
    check_none(&[
        (
            "The days of the week are named after gods.",
            "2020-10-30",
            "days",
        ),
        (
            "He died within weeks or months of his capture.",
            "2020-10-30",
            "months",
        ),
    ]);
}

#[test]
fn a_count_of_time_later_set_off_by_a_comma_is_no_look_ahead() {
    check(&[
        (
            "Less than 24 hours later, on Monday evening around 23h00, armed men on horseback attacked the hamlet of Ndila.",
            "2025-10-17",
            "on Monday evening",
            "2025-10-13TEV",
            "TIME",
            None,
        ),
        // a count of time later at the end of a schedule still looks ahead
        (
            "The US defence secretary flies to Manila on Monday and on to Hanoi two days later.",
            "2026-05-31",
            "on Monday",
            "2026-06-01",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn feasts_of_holy_week_and_after_easter_and_national_days() {
    check(&[
        (
            "Voters were still driving home from the beach after Holy Thursday and Good Friday.",
            "2018-03-30",
            "Holy Thursday",
            "2018-03-29",
            "DATE",
            None,
        ),
        (
            "Worshippers gathered for services on Trinity Sunday, one of the main feasts of the Orthodox calendar.",
            "2024-06-24",
            "Trinity Sunday",
            "2024-06-23",
            "DATE",
            None,
        ),
        // in the West, the Sunday after Pentecost
        (
            "The cathedral was full on Trinity Sunday.",
            "2024-05-27",
            "Trinity Sunday",
            "2024-05-26",
            "DATE",
            None,
        ),
        (
            "A vote is set for 8 p.m. Monday, which is Family Day in Ontario.",
            "2022-02-20",
            "Family Day",
            "2022-02-21",
            "DATE",
            None,
        ),
        (
            "The squad had left for France on Portugal Day.",
            "2016-07-11",
            "Portugal Day",
            "2016-06-10",
            "DATE",
            None,
        ),
        (
            "The market resumed on the last Saturday of November.",
            "2024-12-20",
            "on the last Saturday of November",
            "2024-11-30",
            "DATE",
            None,
        ),
    ]);
    // a feast before a noun of a kind of thing names no day
    check_none(&[
        (
            "Police will patrol Christmas markets until the new year.",
            "2023-12-22",
            "Christmas",
        ),
        (
            "Children hunted Easter eggs in the park.",
            "2023-04-10",
            "Easter",
        ),
    ]);
}

#[test]
fn broadcast_clocks_this_weekday_and_small_hours_after_an_afternoon() {
    check(&[
        (
            "EVENING NEWS - TRANSCRIPT Sunday 15 February 2015, 1800 CET",
            "2015-02-15",
            "1800 CET",
            "2015-02-15T18:00",
            "TIME",
            None,
        ),
        (
            "The Dominican Republic closed all crossings with Haiti at 6:00 a.m. this Friday.",
            "2023-09-15",
            "6:00 a.m. this Friday",
            "2023-09-15T06:00",
            "TIME",
            None,
        ),
        (
            "It began at about 3.30pm yesterday, when a gunman fired at a cafe. A film director was killed. Then, shortly before 1am, the gunman attacked the synagogue.",
            "2015-02-15",
            "1am",
            "2015-02-15T01:00",
            "TIME",
            None,
        ),
    ]);
    // a number before a direction is no clock
    check_none(&[(
        "The fort stood 1800 west of the river.",
        "2015-02-15",
        "1800 west",
    )]);
}

#[test]
fn every_few_units_a_day_declared_or_called_for_and_work_through_a_weekend() {
    check(&[
        (
            "I check my phone every few minutes, said a nurse.",
            "2025-01-21",
            "every few minutes",
            "PTXM",
            "SET",
            None,
        ),
        (
            "The Czech government has declared Saturday a day of national mourning.",
            "2023-12-22",
            "Saturday",
            "2023-12-23",
            "DATE",
            None,
        ),
        (
            "Unions have called a nationwide day of action for Friday.",
            "2018-12-17",
            "Friday",
            "2018-12-21",
            "DATE",
            None,
        ),
        // a day declared is no period's day when nothing declared follows it
        (
            "The mayor declared Friday that the city was safe.",
            "2018-12-17",
            "Friday",
            "2018-12-14",
            "DATE",
            None,
        ),
        (
            "Medical teams worked through the weekend to reach herders.",
            "2021-04-06",
            "the weekend",
            "2021-W13-WE",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_relative_clauses_day_of_another_year_and_a_report_of_the_papers_day_move_no_story() {
    check(&[
        (
            "Hundreds of thousands took to the streets yesterday, the second anniversary of the rail disaster, in which 57 people died at 11.21pm on 28 February 2023. In Athens, a rally turned violent at around 1pm.",
            "2025-03-01",
            "around 1pm",
            "2025-02-28T13:00",
            "TIME",
            Some("APPROX"),
        ),
        (
            "Thousands gathered for the funerals of victims of Friday's suicide bombing. The ministry said this morning that 27 people were killed. The explosion came at about 12:45 pm.",
            "2015-06-27",
            "about 12:45 pm",
            "2015-06-26T12:45",
            "TIME",
            Some("APPROX"),
        ),
        // a report of the day before the paper's is the story's day
        (
            "Crowds rioted on Friday. Police said last night that 72 people had been arrested. The president spoke to the nation at 11pm.",
            "2023-02-18",
            "11pm",
            "2023-02-17T23:00",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn dashed_and_dotted_stamps_and_clean_monday() {
    check(&[
        (
            "Country to mourn victims\n\n22-12-2023 14:10\n\nThe government declared mourning.",
            "2023-12-22",
            "22-12-2023 14:10",
            "2023-12-22T14:10",
            "TIME",
            None,
        ),
        (
            "Protests spread\n\n2018.12.17. 10:24\n\nBudapest - Security guards stood by.",
            "2018-12-17",
            "2018.12.17. 10:24",
            "2018-12-17T10:24",
            "TIME",
            None,
        ),
        (
            "Athenians are expected to leave the capital for Clean Monday, the first day of Orthodox Lent.",
            "2025-03-01",
            "Clean Monday",
            "2025-03-03",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn hours_with_dots_zones_after_iso_stamps_and_a_clock_after_a_day_years_back() {
    check(&[
        (
            "A memorial service will be held at the cathedral at 10.00 hours on Sunday.",
            "2016-08-13",
            "10.00 hours",
            "2016-08-14T10:00",
            "TIME",
            None,
        ),
        (
            "Posted 2022-07-09 14:30 JST\n\nNARA - Candidates returned to the streets.",
            "2022-07-09",
            "2022-07-09 14:30 JST",
            "2022-07-09T14:30",
            "TIME",
            None,
        ),
        (
            "The tribunal ruled today. The process began with an agreement signed in Stockholm on 4 November 2009. The award was read out at the Peace Palace at 3pm.",
            "2017-06-29",
            "3pm",
            "2017-06-29T15:00",
            "TIME",
            None,
        ),
        // a day years back narrated by its clock stays the story's day, and a feast it is
        // counted from is only its bearing
        (
            "The fire broke out at about 6:20 pm on April 15, 2019, six days before Easter. The spire collapsed at about 7:50 pm.",
            "2024-12-07",
            "about 7:50 pm",
            "2019-04-15T19:50",
            "TIME",
            Some("APPROX"),
        ),
    ]);
}

#[test]
fn a_day_without_a_year_takes_the_year_the_narrative_named_by_reference() {
    check(&[
        (
            "In April 2024, attacks by the group left 11 dead. Earlier that year, on January 16, Iran struck its bases.",
            "2026-05-26",
            "on January 16",
            "2024-01-16",
            "DATE",
            None,
        ),
        (
            "The border has been tense since November last year. On November 26, a drone struck the compound.",
            "2026-11-13",
            "On November 26",
            "2025-11-26",
            "DATE",
            None,
        ),
        // a year in digits is as often a background's or what the day is of
        (
            "Saddam accepted a treaty he had rejected after the August 1988 cease-fire. Iran had condemned the invasion on Aug. 2.",
            "1990-08-15",
            "on Aug. 2",
            "1990-08-02",
            "DATE",
            None,
        ),
        // a day told in the future is not the narrative's
        (
            "He was elected in November last year. He will be sworn in on November 26.",
            "2026-11-13",
            "on November 26",
            "2026-11-26",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn cues_of_plans_forecasts_modals_and_semicolons() {
    check(&[
        // "as planned" is no plan made on the day
        (
            "The government will hold its regular session on Thursday as planned.",
            "2020-10-13",
            "on Thursday",
            "2020-10-15",
            "DATE",
            None,
        ),
        // a semicolon ends the phrase's clause: the cue beyond it is another's
        (
            "The OAS sent a team of observers to the area on Thursday; it is expected to report within two weeks.",
            "2016-04-22",
            "on Thursday",
            "2016-04-21",
            "DATE",
            None,
        ),
        // "should be" + participle looks ahead like "will be"
        (
            "The final declaration should be adopted early Wednesday afternoon.",
            "2023-05-15",
            "early Wednesday afternoon",
            "2023-05-17TAF",
            "TIME",
            Some("START"),
        ),
        // ... "could be" does not: a past ability too
        (
            "Neither he nor his grandparents could be located Wednesday in Cardenas.",
            "2000-01-06",
            "Wednesday",
            "2000-01-05",
            "DATE",
            None,
        ),
        // a day declared one of celebration lies ahead
        (
            "Schools gave pupils the morning off, and the government has declared Friday a day of celebration.",
            "2025-07-24",
            "Friday",
            "2025-07-25",
            "DATE",
            None,
        ),
        // a forecast is of what is ahead
        (
            "The Meteorological Service forecasts the first significant snowfall from Thursday night.",
            "2015-12-08",
            "Thursday night",
            "2015-12-10TNI",
            "TIME",
            None,
        ),
        // "overnight" told ahead is the coming night; told of the past, the one gone by
        (
            "Police said the consulate would stay under guard overnight.",
            "2025-03-15",
            "overnight",
            "2025-03-15TNI",
            "TIME",
            None,
        ),
        (
            "Russia launched 40 drones overnight, officials said.",
            "2025-03-15",
            "overnight",
            "2025-03-14TNI",
            "TIME",
            None,
        ),
        // a year back from the month just told of is that month of the year before
        (
            "Gaming revenue rose 14% in February from a year earlier.",
            "2026-03-02",
            "a year earlier",
            "2025-02",
            "DATE",
            None,
        ),
        // "the next decade" is the coming ten years, like "the past decade"
        (
            "The summit would shape the Council's work for the next decade.",
            "2023-05-15",
            "the next decade",
            "P10Y",
            "DURATION",
            None,
        ),
    ]);
}

#[test]
fn a_bare_24_hour_stamp_opening_a_live_entry_is_on_the_pages_day() {
    check(&[
        (
            "The race was postponed today; it will be held tomorrow, and Monday is kept in reserve.\n\n13:02 They're off. McGuinness is first away.",
            "2013-06-07",
            "13:02",
            "2013-06-07T13:02",
            "TIME",
            None,
        ),
        (
            "The curfew ends on Thursday.\n\n09:40 Good morning. Clear skies over Dubai.",
            "2024-04-17",
            "09:40",
            "2024-04-17T09:40",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn rates_after_a_counted_noun_months_sharing_a_year_that_month_and_named_days() {
    check(&[
        // a rate right after a counted noun, whatever follows it
        (
            "Households can collect 20 litres a day from community tanks.",
            "2022-06-08",
            "a day",
            "P1D",
            "SET",
            None,
        ),
        (
            "Sea levels have risen by about 4mm a year since 1993.",
            "2022-06-08",
            "a year",
            "P1Y",
            "SET",
            None,
        ),
        // a month joined to a later one with a year shares it
        (
            "The first two coups came in May and September 1987.",
            "2006-12-06",
            "May",
            "1987-05",
            "DATE",
            None,
        ),
        (
            "Between 3 May and 5 June 1987, prices rose.",
            "2006-12-06",
            "3 May",
            "1987-05-03",
            "DATE",
            None,
        ),
        // "that September": the month of the year the narrative is in
        (
            "They wrote to the president in May 2001 and were arrested that September and never seen again.",
            "2013-01-22",
            "that September",
            "2001-09",
            "DATE",
            None,
        ),
        // a year of a relative clause closed before the month is not the month's
        (
            "Rain gauges, where records began in 1843, measured record rain in October.",
            "2023-11-03",
            "October",
            "2023-10",
            "DATE",
            None,
        ),
        // a day's name told with its date is that date
        (
            "The government has not said whether National Day, 12 March, will be marked.",
            "1999-03-10",
            "National Day",
            "1999-03-12",
            "DATE",
            None,
        ),
        (
            "The attack came two weeks before Neutrality Day, December 12, when prisoners are pardoned.",
            "2002-11-28",
            "Neutrality Day",
            "2002-12-12",
            "DATE",
            None,
        ),
    ]);
    check(&[
        // a day counted from now is no rate
        (
            "The deal, worth $5 million, expires a year from now.",
            "1998-01-01",
            "a year from now",
            "1999",
            "DATE",
            None,
        ),
        // a month told apart from a year keeps its own
        (
            "In May, and in 1987 too.",
            "2006-12-06",
            "May",
            "2006-05",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        // the conjunction "that" before a month and its verb
        (
            "Officials said that September was the worst month.",
            "2013-01-22",
            "that September",
        ),
        // a man named Day
        ("Mr Day, 14 June, said so.", "2019-02-25", "Mr Day"),
    ]);
}

#[test]
fn a_feast_that_falls_on_a_day_and_schedules_told_in_the_present() {
    check(&[
        (
            "The feast of its founder falls on 3 September.",
            "2019-04-01",
            "on 3 September",
            "2019-09-03",
            "DATE",
            None,
        ),
        (
            "The president will speak at the luncheon; he flies home on Thursday.",
            "2015-08-04",
            "on Thursday",
            "2015-08-06",
            "DATE",
            None,
        ),
        (
            "The stoning continues on the days of Tashreeq, from Monday to Wednesday.",
            "2024-06-15",
            "Monday",
            "2024-06-17",
            "DATE",
            None,
        ),
        // a headline's present is its past
        (
            "Unemployment rate falls to 8.4% as hiring slows in August",
            "2020-09-04",
            "August",
            "2020-08",
            "DATE",
            None,
        ),
    ]);
}
