//! TIMEX3 value accuracy rules (issue #3): each rule with rows where it applies and rows
//! where it must not.

#[path = "common/time.rs"]
mod common;
use common::{check, check_none};

#[test]
fn tense_of_infinitives_and_attributions() {
    check(&[
        // the infinitive after a directive verb ("invited ... to resume") lies ahead
        (
            "Mediators have invited the negotiators to resume talks on Thursday in Doha.",
            "2024-07-22",
            "on Thursday",
            "2024-07-25",
            "DATE",
            None,
        ),
        (
            "They urged both sides to sign the deal by Friday.",
            "2024-07-22",
            "Friday",
            "2024-07-26",
            "DATE",
            None,
        ),
        // ... but not the occasion on which the call was made ("in a speech on Friday night")
        (
            "The president called on the insurgents to lay down their weapons in a speech on Friday night.",
            "2025-03-08",
            "on Friday night",
            "2025-03-07TNI",
            "TIME",
            None,
        ),
        (
            "The president called on the insurgents to lay down their weapons in the city on Friday.",
            "2025-03-08",
            "on Friday",
            "2025-03-14",
            "DATE",
            None,
        ),
        // a noun of agreement or decision with its infinitive: ahead as well
        (
            "The bank announced an agreement to acquire the company in January.",
            "1989-11-02",
            "January",
            "1990-01",
            "DATE",
            None,
        ),
        (
            "The bank signed an agreement with the company in January.",
            "1989-11-02",
            "January",
            "1989-01",
            "DATE",
            None,
        ),
        // a capitalised one is part of a name
        (
            "Among the first Warsaw Pact countries to accede to NATO on Friday was Poland.",
            "1999-03-13",
            "on Friday",
            "1999-03-12",
            "DATE",
            None,
        ),
        // the directive verb itself dates a phrase before it; implicatives are past
        (
            "On Thursday, mediators invited the negotiators to resume talks.",
            "2024-07-22",
            "On Thursday",
            "2024-07-18",
            "DATE",
            None,
        ),
        (
            "The company managed to sell the unit on Thursday.",
            "2024-07-22",
            "on Thursday",
            "2024-07-18",
            "DATE",
            None,
        ),
        // a closing attribution with a short object and a comma of its own sets no tense
        (
            "Officials are expected to hold talks as early as this week, the envoy told state television on Sunday, hours after an attack.",
            "2025-04-06",
            "this week",
            "2025-W15",
            "DATE",
            None,
        ),
        // a long tail after the verb is content of its own: "told" is a past cue
        (
            "Officials are expected to hold talks as early as this week, the envoy told state television in a long interview broadcast late on Sunday, hours after an attack.",
            "2025-04-06",
            "this week",
            "2025-W14",
            "DATE",
            None,
        ),
        // after a report verb, "that" opens the reported clause: its "would" is no cue for
        // the phrase before it
        (
            "The minister said after a phone call with his counterpart on Monday that Kyiv would not discuss territory.",
            "2025-11-18",
            "on Monday",
            "2025-11-17",
            "DATE",
            None,
        ),
        (
            "The summit on Monday that will decide the matter is the first in years.",
            "2025-11-18",
            "on Monday",
            "2025-11-24",
            "DATE",
            None,
        ),
        // "as previously planned" is a past plan, no look ahead
        (
            "Bush let the offensive go ahead as previously planned Saturday night.",
            "1991-02-25",
            "Saturday night",
            "1991-02-23TNI",
            "TIME",
            None,
        ),
        (
            "The offensive is planned Saturday night.",
            "1991-02-25",
            "Saturday night",
            "1991-03-02TNI",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn deadlines_and_participles() {
    check(&[
        // a deadline lies ahead ...
        (
            "Members must file compliance reports by Wednesday.",
            "1990-08-16",
            "Wednesday",
            "1990-08-22",
            "DATE",
            None,
        ),
        // ... unless the past perfect says it has passed
        (
            "Members had filed compliance reports by Wednesday.",
            "1990-08-16",
            "Wednesday",
            "1990-08-15",
            "DATE",
            None,
        ),
        (
            "Until Thursday, they had not called him a suspect.",
            "1999-05-07",
            "Thursday",
            "1999-05-06",
            "DATE",
            None,
        ),
        // "had been extended until": a deadline set in the past that may still lie ahead
        (
            "The offer had been extended until Nov. 20.",
            "1989-11-10",
            "Nov. 20",
            "1989-11-20",
            "DATE",
            None,
        ),
        // ... or a past verb right before "by" reached it
        (
            "Russian forces withdrew by late February.",
            "2025-04-06",
            "late February",
            "2025-02",
            "DATE",
            Some("END"),
        ),
        (
            "Russian forces will withdraw by late February.",
            "2025-04-06",
            "late February",
            "2026-02",
            "DATE",
            Some("END"),
        ),
        // "until" after a past verb still sets a deadline ahead
        (
            "Washington gave Tehran until Friday to respond.",
            "2025-04-06",
            "Friday",
            "2025-04-11",
            "DATE",
            None,
        ),
        // the end of a year to date is no deadline
        (
            "Sales changed little this year through August.",
            "1989-10-27",
            "August",
            "1989-08",
            "DATE",
            None,
        ),
        (
            "The bank extended loans through January.",
            "1989-10-27",
            "January",
            "1990-01",
            "DATE",
            None,
        ),
        // a participle after a determiner is an adjective, no past cue
        (
            "The split would be paid on a still unspecified date in January.",
            "1989-10-26",
            "January",
            "1990-01",
            "DATE",
            None,
        ),
        (
            "The split would be paid, the company specified in January.",
            "1989-10-26",
            "January",
            "1989-01",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn parts_of_the_day_and_long_adjectives() {
    check(&[
        (
            "In London at mid-afternoon yesterday, the shares were up.",
            "1989-11-02",
            "mid-afternoon yesterday",
            "1989-11-01TAF",
            "TIME",
            Some("MID"),
        ),
        (
            "By mid afternoon, officials said the operation was over.",
            "1998-03-06",
            "mid afternoon",
            "1998-03-06TAF",
            "TIME",
            Some("MID"),
        ),
        (
            "He will leave at 4 in the morning.",
            "2000-04-05",
            "4 in the morning",
            "2000-04-05T04:00",
            "TIME",
            None,
        ),
        (
            "The plane lands at 8 in the evening.",
            "2000-04-05",
            "8 in the evening",
            "2000-04-05T20:00",
            "TIME",
            None,
        ),
        (
            "Shares fell Friday. Dealers placed buy orders in the morning.",
            "1989-10-30",
            "the morning",
            "1989-10-27TMO",
            "TIME",
            None,
        ),
        // dawn and dusk after a preposition: the morning or evening of the narrative's day
        (
            "Israeli strikes have killed 60 people since dawn.",
            "2025-07-12",
            "dawn",
            "2025-07-12TMO",
            "TIME",
            None,
        ),
        (
            "Shelling continued until dusk, officials said.",
            "2025-07-12",
            "dusk",
            "2025-07-12TEV",
            "TIME",
            None,
        ),
        (
            "They emerged from their third day-long meeting.",
            "2000-04-03",
            "day-long",
            "P1D",
            "DURATION",
            None,
        ),
        (
            "It was the government's decades-long battle with the exiles.",
            "2000-01-15",
            "decades-long",
            "PXY",
            "DURATION",
            None,
        ),
        (
            "The strikers ended a monthlong walkout.",
            "2000-01-15",
            "monthlong",
            "P1M",
            "DURATION",
            None,
        ),
    ]);
    check_none(&[
        // "the morning" only after "in", and not when a date follows
        (
            "The morning was quiet in the capital.",
            "2000-01-15",
            "morning",
        ),
        // no such clock time
        ("It happened at 13 in the morning.", "2000-01-15", "13 in"),
        // dawn with its day named, or not a time
        ("The raid began at dawn on Friday.", "2025-07-12", "dawn"),
        ("It marked the dawn of a new era.", "2025-07-12", "dawn"),
        ("Dawn broke over the city.", "2025-07-12", "Dawn"),
        // "longer" is no length adjective
        (
            "The talks lasted a day longer than planned.",
            "2000-01-15",
            "day longer",
        ),
    ]);
}

#[test]
fn second_days_and_additional_units() {
    check(&[
        (
            "The summit will be held on April 24 and 25.",
            "1999-02-10",
            "25",
            "1999-04-25",
            "DATE",
            None,
        ),
        (
            "The fair runs March 3 to 5, organisers said.",
            "1999-02-10",
            "5",
            "1999-03-05",
            "DATE",
            None,
        ),
        (
            "Talks are set for Jan. 6-8 in Geneva.",
            "1999-01-02",
            "8",
            "1999-01-08",
            "DATE",
            None,
        ),
        // a past verb with an object after the second day: the day is its subject
        (
            "Clashes on April 3 and 4 left 12 dead.",
            "2025-04-06",
            "4",
            "2025-04-04",
            "DATE",
            None,
        ),
        (
            "Strikes on the night of April 3-4 killed five.",
            "2025-04-06",
            "4",
            "2025-04-04",
            "DATE",
            None,
        ),
        // day first, as European and wire copy writes it: the first day is a date of its own
        // in the month (and year) written after the second
        (
            "Talks were held on 4-5 March in Jeddah.",
            "2025-04-06",
            "4",
            "2025-03-04",
            "DATE",
            None,
        ),
        (
            "Talks were held from 2 to 4 March 2024 in Jeddah.",
            "2025-04-06",
            "2",
            "2024-03-02",
            "DATE",
            None,
        ),
        (
            "Between 30 and 31 January, 40 people died.",
            "2025-04-06",
            "30",
            "2025-01-30",
            "DATE",
            None,
        ),
        (
            "The loan may be extended for an additional year.",
            "1989-11-02",
            "an additional year",
            "P1Y",
            "DURATION",
            None,
        ),
        (
            "They stayed two more weeks.",
            "1989-11-02",
            "two more weeks",
            "P2W",
            "DURATION",
            None,
        ),
    ]);
    check_none(&[
        // a count after a date, an earlier day, a score
        ("On Jan. 6 and 7 soldiers were killed.", "1999-01-02", "7"),
        ("On March 3 and 25 others were hurt.", "1999-01-02", "25"),
        ("On March 13 and 5 others were hurt.", "1999-01-02", "5"),
        (
            "On April 3 and 4 killed in raids were buried.",
            "1999-01-02",
            "4",
        ),
        ("The score on May 3 was 3-1.", "1999-01-02", "1"),
        // day first: a count, a score, a later day first, a month in lower case
        ("Between 2 and 4 people died in March.", "2025-04-06", "2"),
        ("The score was 3-1 in March.", "2025-04-06", "3"),
        ("They met on 5-4 March.", "2025-04-06", "5"),
        ("Between 2 and 4 may die.", "2025-04-06", "2"),
    ]);
}

#[test]
fn day_before_periods_of_a_year_and_around() {
    check(&[
        (
            "The day before last Tuesday's hearing, Manuel went to the house.",
            "2000-02-24",
            "The day before last Tuesday",
            "2000-02-21",
            "DATE",
            None,
        ),
        (
            "They left the day after March 3.",
            "2000-03-10",
            "the day after March 3",
            "2000-03-04",
            "DATE",
            None,
        ),
        // a day told of alone is not shifted
        (
            "They left the day the talks ended, on March 3.",
            "2000-03-10",
            "on March 3",
            "2000-03-03",
            "DATE",
            None,
        ),
        (
            "The company earned $20.6 million in the 1988 period.",
            "1989-10-26",
            "the 1988 period",
            "1988",
            "DATE",
            None,
        ),
        // "the year-earlier nine months": a duration, as "the first nine months"
        (
            "Net for the year-earlier nine months included a gain.",
            "1989-10-26",
            "the year-earlier nine months",
            "P9M",
            "DURATION",
            None,
        ),
        // the year-earlier quarter is still that quarter
        (
            "Net for the year-earlier quarter included a gain.",
            "1989-10-26",
            "the year-earlier quarter",
            "1988-Q3",
            "DATE",
            None,
        ),
        (
            "The sale is to be completed around Nov. 1.",
            "1989-10-30",
            "around Nov. 1",
            "1989-11-01",
            "DATE",
            Some("APPROX"),
        ),
        (
            "The transaction is expected to close around year end.",
            "1989-10-30",
            "around year end",
            "1989",
            "DATE",
            Some("END"),
        ),
    ]);
    check_none(&[
        // "a period" with no year is no date; "around" is no date alone
        (
            "The 1988 results covered a period of growth.",
            "1989-10-26",
            "period",
        ),
        ("Prices moved around a lot.", "1989-10-26", "around"),
    ]);
}

#[test]
fn overnight_is_before_the_news_day() {
    check(&[
        // no date told of: the night before publication
        (
            "Russia attacked Kyiv with drones overnight.",
            "2024-11-29",
            "overnight",
            "2024-11-28TNI",
            "TIME",
            None,
        ),
        // a news day of the week before publication: the night before it
        (
            "Prices fell Friday. London shares were depressed by overnight losses in New York.",
            "1989-10-30",
            "overnight",
            "1989-10-26TNI",
            "TIME",
            None,
        ),
        // the day before the paper's: its night is the paper's night before
        (
            "At least four people were killed in Luanda on Monday, when a strike turned into looting. Shops were looted overnight.",
            "2025-07-29",
            "overnight",
            "2025-07-28TNI",
            "TIME",
            None,
        ),
        // and the chain goes on from that day
        (
            "Prices fell Friday. London shares were depressed by overnight losses. The index was down from the previous Friday.",
            "1989-10-30",
            "the previous Friday",
            "1989-10-20",
            "DATE",
            None,
        ),
        // a night joined to a weekday ("overnight and on Saturday") is the night before the
        // paper's day, whatever day the narrative is on
        (
            "The military said it carried out the strike on Friday evening. Israeli jets continued to pound the suburbs overnight and on Saturday.",
            "2024-09-28",
            "overnight",
            "2024-09-27TNI",
            "TIME",
            None,
        ),
        // what "continued overnight" goes on from is the day told of: the night after it
        (
            "The military said it carried out the strike on Friday evening. Israeli jets continued to pound the suburbs overnight.",
            "2024-09-28",
            "overnight",
            "2024-09-27TNI",
            "TIME",
            None,
        ),
        // and so is a paper's "overnight" when the day told is the day before the paper's
        (
            "The military said it carried out the strike on Friday evening. Israeli jets pounded the suburbs overnight.",
            "2024-09-28",
            "overnight",
            "2024-09-27TNI",
            "TIME",
            None,
        ),
        // a report with no day of its own opening the sentence is the paper's: its night is
        // the one before publication; with a day, the night before that day
        (
            "On Sunday, RSF fighters stormed the town. The army said it had repelled an attack on El Fasher overnight.",
            "2025-05-14",
            "overnight",
            "2025-05-13TNI",
            "TIME",
            None,
        ),
        (
            "On Sunday, RSF fighters stormed the town. The army said on Monday it had repelled an attack on El Fasher overnight.",
            "2025-05-14",
            "overnight",
            "2025-05-11TNI",
            "TIME",
            None,
        ),
        // a background date long before is no news day
        (
            "The embassies were bombed on Aug. 7. Officials linked the sites struck overnight with the attacks.",
            "1998-08-20",
            "overnight",
            "1998-08-19TNI",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn number_unit_adjectives_leave_the_determiner_out() {
    check(&[
        (
            "It was the cease-fire of the eight-year war with Iran.",
            "1990-08-15",
            "eight-year",
            "P8Y",
            "DURATION",
            None,
        ),
        (
            "They gathered for the two day rally.",
            "1998-03-03",
            "two day",
            "P2D",
            "DURATION",
            None,
        ),
        // a noun keeps its determiner
        (
            "For the nine months, the company reported a loss.",
            "1989-10-26",
            "the nine months",
            "P9M",
            "DURATION",
            None,
        ),
        (
            "He offered a week instead of the four days he first considered.",
            "1991-02-25",
            "the four days",
            "P4D",
            "DURATION",
            None,
        ),
    ]);
}

#[test]
fn halves_of_the_year_are_of_the_narrative_year() {
    check(&[
        // "of the year": the year told of (the publication year when none), ahead or not
        (
            "The summit is scheduled for the second half of the year.",
            "2025-04-06",
            "the second half of the year",
            "2025-H2",
            "DATE",
            None,
        ),
        (
            "In 2019, exports fell in the first half of the year.",
            "2025-04-06",
            "the first half of the year",
            "2019-H1",
            "DATE",
            None,
        ),
        // a year told of sentences before is background: the paper's year
        (
            "Zamfara shut down phone services in September last year. Attacks resumed. A consultancy said 2,022 people were abducted in the first half of the year.",
            "2022-10-02",
            "the first half of the year",
            "2022-H1",
            "DATE",
            None,
        ),
        // without it, a report's half is the last one completed
        (
            "Profit rose in the second half.",
            "2025-04-06",
            "the second half",
            "2024-H2",
            "DATE",
            None,
        ),
    ]);
    check_none(&[(
        "Israel scored twice in the second half of the match.",
        "2025-04-06",
        "second half",
    )]);
}

#[test]
fn clock_times_take_their_qualifier() {
    check(&[
        // "around", "about", "approximately" belong to the clock time: mod APPROX
        (
            "The strike took place at around 10:30 local time.",
            "2025-04-06",
            "around 10:30",
            "2025-04-06T10:30",
            "TIME",
            Some("APPROX"),
        ),
        (
            "Sirens sounded about 3 a.m. Sunday.",
            "2025-04-06",
            "about 3 a.m. Sunday",
            "2025-04-06T03:00",
            "TIME",
            Some("APPROX"),
        ),
        // "just after" is a signal, outside the extent (TimeML), and so is the "on" before
        // the day: the clock time takes the day's date, the day is its own expression
        (
            "The drone hit just after 2 a.m. on Friday.",
            "2025-04-06",
            "2 a.m.",
            "2025-04-04T02:00",
            "TIME",
            None,
        ),
        (
            "The drone hit just after 2 a.m. on Friday.",
            "2025-04-06",
            "on Friday",
            "2025-04-04",
            "DATE",
            None,
        ),
        // the date after a clock time, day first or month first, with its year
        (
            "The blast occurred at 08:15 on 3 April.",
            "2025-04-06",
            "08:15",
            "2025-04-03T08:15",
            "TIME",
            None,
        ),
        (
            "The blast occurred at 5 p.m. on April 3, 2024.",
            "2025-04-06",
            "5 p.m.",
            "2024-04-03T17:00",
            "TIME",
            None,
        ),
        // British style, a dot between hours and minutes, with am/pm only
        (
            "Rockets were fired at 11.30pm on Saturday.",
            "2025-04-06",
            "11.30pm",
            "2025-04-05T23:30",
            "TIME",
            None,
        ),
        // a count after a clock time is no day
        (
            "Trading closed at 4 p.m. 3 million shares changed hands.",
            "2025-04-06",
            "4 p.m.",
            "2025-04-06T16:00",
            "TIME",
            None,
        ),
        // a qualifier without its space is no qualifier
        (
            "The shelling stopped at 10:30 local time.",
            "2025-04-06",
            "10:30",
            "2025-04-06T10:30",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn easter_and_the_feasts_counted_from_it() {
    check(&[
        // Western reckoning: 2024-03-31, 2025-04-20; Orthodox: 2024-05-05, 2025-04-20
        (
            "Shelling continued over Easter.",
            "2024-04-19",
            "Easter",
            "2024-03-31",
            "DATE",
            None,
        ),
        (
            "Orthodox Easter falls in May this year.",
            "2024-04-19",
            "Orthodox Easter",
            "2024-05-05",
            "DATE",
            None,
        ),
        // named as an adjective after a past verb: still the feast ahead
        (
            "Putin declared an Easter truce on Saturday.",
            "2025-04-19",
            "Easter",
            "2025-04-20",
            "DATE",
            None,
        ),
        (
            "Talks are expected to resume after Easter Monday.",
            "2025-04-10",
            "Easter Monday",
            "2025-04-21",
            "DATE",
            None,
        ),
        (
            "Shelling continued on Good Friday.",
            "2025-04-19",
            "Good Friday",
            "2025-04-18",
            "DATE",
            None,
        ),
        (
            "Crowds gathered on Palm Sunday.",
            "2025-04-19",
            "Palm Sunday",
            "2025-04-13",
            "DATE",
            None,
        ),
        (
            "The church held services on Easter Sunday 2019.",
            "2025-04-19",
            "Easter Sunday 2019",
            "2019-04-21",
            "DATE",
            None,
        ),
    ]);
    check(&[(
        "Protesters prayed as Easter week began.",
        "2000-04-17",
        "Easter week",
        "2000-W16",
        "DATE",
        None,
    )]);
    check_none(&[
        ("He was born on Easter Island.", "2025-04-19", "Easter"),
        ("The Easter Rising of 1916 failed.", "2025-04-19", "Easter"),
        ("Children hunted for Easter eggs.", "2025-04-19", "Easter"),
        ("The easter wind was cold.", "2025-04-19", "easter"),
    ]);
}

#[test]
fn scheduled_ends_and_day_first_slashes() {
    check(&[
        // a present tense of a scheduled end looks ahead, as "begins" does
        (
            "The truce expires at 6 p.m. on Tuesday.",
            "2025-04-06",
            "6 p.m.",
            "2025-04-08T18:00",
            "TIME",
            None,
        ),
        (
            "The truce ended on Tuesday.",
            "2025-04-06",
            "on Tuesday",
            "2025-04-01",
            "DATE",
            None,
        ),
        // slashes read in US order, unless the first number cannot be a month
        (
            "The attack on 24/02/2022 started the war.",
            "2025-04-06",
            "24/02/2022",
            "2022-02-24",
            "DATE",
            None,
        ),
        (
            "The vote is due on 12/05/2025.",
            "2025-04-06",
            "12/05/2025",
            "2025-12-05",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        (
            "The loose ends were tied on 31/31/2022.",
            "2025-04-06",
            "31/31",
        ),
        ("Shares rose 11.30 percent.", "2025-04-06", "11.30"),
    ]);
}

#[test]
fn overnight_and_due() {
    check(&[
        // "overnight" follows the narrative's day ...
        (
            "London shares closed sharply lower Friday.\n\nThey were depressed by overnight losses in New York.",
            "1989-10-30",
            "overnight",
            "1989-10-26TNI",
            "TIME",
            None,
        ),
        // ... but not the day of a report: then it is the night before publication
        (
            "Berri said on Saturday that no draft had arrived.\n\nSeparately, the Houthis said they fired a missile overnight.",
            "2024-11-10",
            "overnight",
            "2024-11-09TNI",
            "TIME",
            None,
        ),
        // "due in" a place, "due back": ahead
        (
            "The U.S. envoy is due in Beirut on Tuesday for talks.",
            "2024-11-10",
            "on Tuesday",
            "2024-11-12",
            "DATE",
            None,
        ),
        // "due in part to" is a cause
        (
            "The delay was due in part to the storm on Tuesday.",
            "2024-11-10",
            "on Tuesday",
            "2024-11-05",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn modals_and_expectations_look_ahead() {
    check(&[
        // "could", "should", "might", "expect(s)", "forecast for" look ahead ...
        (
            "The airport could reopen to arrivals on Wednesday.",
            "2025-06-24",
            "on Wednesday",
            "2025-06-25",
            "DATE",
            None,
        ),
        (
            "Skies should be clear across much of England on Sunday night.",
            "2018-08-11",
            "on Sunday night",
            "2018-08-12TNI",
            "TIME",
            None,
        ),
        (
            "Forecasters expect landfall late Tuesday.",
            "2026-09-07",
            "late Tuesday",
            "2026-09-08",
            "DATE",
            Some("END"),
        ),
        (
            "Experts warn that the outbreak could peak in August and September.",
            "2023-07-31",
            "September",
            "2023-09",
            "DATE",
            None,
        ),
        (
            "Rain is forecast for much of the state on Wednesday.",
            "2016-12-24",
            "on Wednesday",
            "2016-12-28",
            "DATE",
            None,
        ),
        // a day something is set "for" is the nearest one, ahead when the sentence looks
        // ahead (three days back is nearer here)
        (
            "Rain is forecast for Wednesday.",
            "2016-12-24",
            "Wednesday",
            "2016-12-28",
            "DATE",
            None,
        ),
        // ... but not "could not", "could have", nor past a participle nearer the day
        (
            "A commitment could not stop the bullet that tore through his window Friday night.",
            "1998-10-25",
            "Friday night",
            "1998-10-23TNI",
            "TIME",
            None,
        ),
        (
            "Officials said the blast could have struck the depot on Tuesday.",
            "2025-06-26",
            "on Tuesday",
            "2025-06-24",
            "DATE",
            None,
        ),
        (
            "Officials said on Tuesday they could not confirm the toll.",
            "2025-06-26",
            "on Tuesday",
            "2025-06-24",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_plan_told_in_the_past_tense_still_lies_ahead() {
    check(&[
        // the day something is set "for" is the nearest one, whatever the tense: ahead...
        (
            "The country's main labour union called a general strike for Monday.",
            "2024-09-01",
            "Monday",
            "2024-09-02",
            "DATE",
            None,
        ),
        // ... and ahead, not nearest, when the sentence looks ahead outside the schedule's
        // words; a past verb leaves the nearest
        (
            "Hamas said on Monday it would postpone the next release of hostages, scheduled for Saturday, until further notice.",
            "2025-02-10",
            "Saturday",
            "2025-02-15",
            "DATE",
            None,
        ),
        (
            "A memorial service planned for Saturday was cancelled.",
            "2025-02-10",
            "Saturday",
            "2025-02-08",
            "DATE",
            None,
        ),
        // a start told by "starting", "beginning", "effective" lies ahead, whatever the tense
        (
            "Aid groups said they were ready to send 600 trucks of aid a day into Gaza, starting Sunday.",
            "2025-10-11",
            "Sunday",
            "2025-10-12",
            "DATE",
            None,
        ),
        (
            "Officials ordered the evacuation of the islands starting at 6 a.m. Tuesday.",
            "2026-09-07",
            "6 a.m. Tuesday",
            "2026-09-08T06:00",
            "TIME",
            None,
        ),
        // ... not a start told by a past verb
        (
            "The strike began on Monday.",
            "2026-09-09",
            "on Monday",
            "2026-09-07",
            "DATE",
            None,
        ),
        // a day something is put off to lies ahead, however the verb is told
        (
            "The summit has been delayed to Friday.",
            "2025-11-04",
            "Friday",
            "2025-11-07",
            "DATE",
            None,
        ),
        (
            "The talks were pushed back to Monday.",
            "2025-11-05",
            "Monday",
            "2025-11-10",
            "DATE",
            None,
        ),
        // ... or just past, when that is nearer
        (
            "A memorial service planned for Saturday was cancelled.",
            "2024-09-01",
            "Saturday",
            "2024-08-31",
            "DATE",
            None,
        ),
        // a possessive is no schedule: the past tense decides
        (
            "He was arrested for Monday's attack on the base.",
            "2024-09-01",
            "Monday",
            "2024-08-26",
            "DATE",
            None,
        ),
        // "were expected to", "was due to": what a party is still to do, seen from the report
        (
            "Egyptian and Qatari mediators were expected to meet Hamas officials in Cairo on Saturday, two sources said.",
            "2025-03-20",
            "on Saturday",
            "2025-03-22",
            "DATE",
            None,
        ),
        (
            "The envoy was due to arrive in Beirut on Tuesday.",
            "2024-11-10",
            "on Tuesday",
            "2024-11-12",
            "DATE",
            None,
        ),
        // the pluperfect is a plan of an earlier past, over by now
        (
            "The talks had been due to start on Monday but were postponed.",
            "2025-03-20",
            "on Monday",
            "2025-03-17",
            "DATE",
            None,
        ),
        // "went ahead": what was ahead has happened; "will go ahead" still looks forward
        (
            "The talks went ahead on Friday despite the boycott.",
            "2025-06-14",
            "on Friday",
            "2025-06-13",
            "DATE",
            None,
        ),
        (
            "The talks will go ahead on Friday.",
            "2025-06-14",
            "on Friday",
            "2025-06-20",
            "DATE",
            None,
        ),
        // a past form in "-eed" is a past cue: "agreed on Monday to hold talks next week"
        (
            "Russia and Ukraine agreed on Monday to hold talks next week.",
            "2023-02-03",
            "on Monday",
            "2023-01-30",
            "DATE",
            None,
        ),
        // "plan" with its object looks ahead; "the plan" as a noun does not
        (
            "Opposition parties plan another rally on Monday evening.",
            "2024-12-01",
            "on Monday evening",
            "2024-12-02TEV",
            "TIME",
            None,
        ),
        (
            "The plan was approved on Monday.",
            "2024-12-01",
            "on Monday",
            "2024-11-25",
            "DATE",
            None,
        ),
        // "expected" after "was" without an infinitive is no plan
        (
            "The result was expected on Monday, officials said.",
            "2025-03-20",
            "on Monday",
            "2025-03-17",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn shifts_from_a_month_and_weeks_of_a_month() {
    check(&[
        // "N weeks later" told from a month: the month it falls in, not N weeks from the DCT
        (
            "The war began in April last year. Three weeks later, the RSF seized the airport.",
            "2025-03-20",
            "Three weeks later",
            "2024-05",
            "DATE",
            None,
        ),
        // the month told of last counts, not an older day
        (
            "The envoy spoke on Tuesday.\n\nThe war began in April last year. Three weeks later, the RSF seized the airport.",
            "2025-03-20",
            "Three weeks later",
            "2024-05",
            "DATE",
            None,
        ),
        (
            "The war began in April last year. Two days later, the RSF seized the airport.",
            "2025-03-20",
            "Two days later",
            "2024-04",
            "DATE",
            None,
        ),
        // told from a day, still a day
        (
            "The war began on April 15 last year. Three weeks later, the RSF seized the airport.",
            "2025-03-20",
            "Three weeks later",
            "2024-05-06",
            "DATE",
            None,
        ),
        // a day or month with the year named after it is one expression
        (
            "The war began on April 15 last year.",
            "2025-03-20",
            "on April 15 last year",
            "2024-04-15",
            "DATE",
            None,
        ),
        (
            "The talks will resume on 3 May next year, diplomats said.",
            "2025-03-20",
            "on 3 May next year",
            "2026-05-03",
            "DATE",
            None,
        ),
        // the nth week of a month: the ISO week holding its middle day
        (
            "He said new negotiations would be held in Geneva in the second week of August.",
            "2025-03-20",
            "the second week of August",
            "2025-W33",
            "DATE",
            None,
        ),
        // the phrase's own "last" is no past cue
        (
            "Talks are planned for the last week of April.",
            "2025-03-20",
            "the last week of April",
            "2025-W17",
            "DATE",
            None,
        ),
        (
            "Fighting flared in the last week of April, the U.N. said.",
            "2025-03-20",
            "the last week of April",
            "2024-W17",
            "DATE",
            None,
        ),
        // "the week of" a month names no week: the month alone
        (
            "In the week of March, nothing happened.",
            "2025-03-20",
            "March",
            "2025-03",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn holidays_with_a_determiner_and_earlier_or_later_days() {
    check(&[
        // "last Thanksgiving": the last one before the DCT's month, the determiner inside
        (
            "He was arrested last Thanksgiving in Ohio.",
            "1998-12-05",
            "last Thanksgiving",
            "1998-11-26",
            "DATE",
            None,
        ),
        (
            "He was arrested last Thanksgiving in Ohio.",
            "1998-11-10",
            "last Thanksgiving",
            "1997-11-27",
            "DATE",
            None,
        ),
        (
            "We will meet next Christmas.",
            "1998-12-05",
            "next Christmas",
            "1999-12-25",
            "DATE",
            None,
        ),
        // "earlier"/"later" before a deictic day belong to it ("earlier this month" does)
        (
            "Later yesterday, the ministry issued a statement.",
            "1998-12-05",
            "Later yesterday",
            "1998-12-04",
            "DATE",
            None,
        ),
        (
            "The minister will speak later this afternoon.",
            "1998-12-05",
            "later this afternoon",
            "1998-12-05TAF",
            "TIME",
            None,
        ),
        // a shift's "later" stays with its shift
        (
            "Three days later Monday was a holiday.",
            "1998-12-05",
            "Three days later",
            "1998-12-08",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn over_is_a_bound_only_where_a_length_is_asked_for() {
    check(&[
        // "across": no bound, and "over" is no part of the expression
        (
            "The prisoner exchange took place over three days.",
            "2025-05-17",
            "three days",
            "P3D",
            "DURATION",
            None,
        ),
        (
            "Over two weeks, the army shelled the town.",
            "2025-05-17",
            "two weeks",
            "P2W",
            "DURATION",
            None,
        ),
        // a length asked for: "more than"
        (
            "The siege lasted over three weeks.",
            "2025-05-17",
            "over three weeks",
            "P3W",
            "DURATION",
            Some("MORE_THAN"),
        ),
        (
            "They held their first talks in over three years.",
            "2025-05-17",
            "over three years",
            "P3Y",
            "DURATION",
            Some("MORE_THAN"),
        ),
        (
            "He was detained for over a year.",
            "2025-05-17",
            "over a year",
            "P1Y",
            "DURATION",
            Some("MORE_THAN"),
        ),
        // a period told as the backdrop of what happened in it ("a week in which")
        (
            "The killing follows a week in which strikes killed 700 people.",
            "2024-09-28",
            "a week",
            "P1W",
            "DURATION",
            None,
        ),
        (
            "It came after a month during which talks stalled.",
            "2024-09-28",
            "a month",
            "P1M",
            "DURATION",
            None,
        ),
    ]);
}

#[test]
fn a_night_into_a_named_day_is_told_by_the_day_it_began() {
    check(&[
        (
            "Overnight into Saturday, Russia launched 273 drones at Ukraine.",
            "2025-05-17",
            "Overnight into Saturday",
            "2025-05-16TNI",
            "TIME",
            None,
        ),
        (
            "Russia launched drones overnight from Friday to Saturday.",
            "2025-05-17",
            "overnight from Friday to Saturday",
            "2025-05-16TNI",
            "TIME",
            None,
        ),
        (
            "Explosions were heard on the night of Friday to Saturday.",
            "2025-05-17",
            "the night of Friday to Saturday",
            "2025-05-16TNI",
            "TIME",
            None,
        ),
        // a night into a date, as into a weekday
        (
            "Overnight into 4 November, an armed group raided the post.",
            "2024-11-06",
            "Overnight into 4 November",
            "2024-11-03TNI",
            "TIME",
            None,
        ),
        (
            "Russia launched drones at Ukraine overnight into Nov. 16.",
            "2026-11-16",
            "overnight into Nov. 16",
            "2026-11-15TNI",
            "TIME",
            None,
        ),
        (
            "On the night of 18 to 19 December our drones hit the port.",
            "2025-12-19",
            "the night of 18 to 19 December",
            "2025-12-18TNI",
            "TIME",
            None,
        ),
        // the two days joined by a hyphen or slash, "the" and "intervening" optional (a
        // digest's "Gunmen night of 17-18 March killed", a ministry's "On the intervening night
        // of 13/14 June 2026")
        (
            "Unidentified gunmen night of 17-18 March killed five members of one family.",
            "2026-04-01",
            "night of 17-18 March",
            "2026-03-17TNI",
            "TIME",
            None,
        ),
        (
            "On the intervening night of 13/14 June 2026, a patrol attempted to cross.",
            "2026-06-16",
            "the intervening night of 13/14 June 2026",
            "2026-06-13TNI",
            "TIME",
            None,
        ),
        // (without "night", the days of a range are dates of their own)
        (
            "Army and militia 12-14 March conducted a clearance operation.",
            "2026-04-01",
            "14 March",
            "2026-03-14",
            "DATE",
            None,
        ),
        // the narrative is on the morning the night ends on: a later bare "overnight" is
        // that night
        (
            "Russia launched drones at Ukraine overnight into Nov. 16. In Zaporizhzhia, a drone hit a house overnight.",
            "2026-11-16",
            "overnight",
            "2026-11-15TNI",
            "TIME",
            None,
        ),
        // "overnight (on) Sunday": that day's night, as "Sunday night"
        (
            "Gunmen abducted 20 students overnight on Sunday, police said.",
            "2024-10-04",
            "overnight on Sunday",
            "2024-09-29TNI",
            "TIME",
            None,
        ),
        // two days that do not follow each other are no night into the second: the first
        // night is its own, as "the night of Friday" alone
        (
            "Talks ran from the night of Friday to Sunday.",
            "2025-05-17",
            "the night of Friday",
            "2025-05-16TNI",
            "TIME",
            None,
        ),
        // a part of the day told before its date is one TIME with it
        (
            "He arrived in the morning of March 3.",
            "2000-01-15",
            "the morning of March 3",
            "1999-03-03TMO",
            "TIME",
            None,
        ),
        (
            "The attack came during the night of April 5.",
            "2025-04-16",
            "the night of April 5",
            "2025-04-05TNI",
            "TIME",
            None,
        ),
    ]);
    check_none(&[
        (
            "Talks ran from the night of Friday to Sunday.",
            "2025-05-17",
            "the night of Friday to Sunday",
        ),
        (
            "Talks ran the night of 12 to 19 December.",
            "2025-12-20",
            "the night of 12 to 19 December",
        ),
    ]);
}

#[test]
fn a_clock_time_takes_the_day_after_its_parenthesis() {
    check(&[
        (
            "The explosion happened at 20:30 local time (1730 GMT) on Monday.",
            "2025-01-14",
            "20:30",
            "2025-01-13T20:30",
            "TIME",
            None,
        ),
        (
            "The explosion happened at 20:30 local time (1730 GMT) on Monday.",
            "2025-01-14",
            "1730 GMT",
            "2025-01-13T17:30",
            "TIME",
            None,
        ),
        // the day's tense is read for it: a plan looks ahead
        (
            "Talks will resume at 20:30 local time (1730 GMT) on Monday.",
            "2025-01-14",
            "20:30",
            "2025-01-20T20:30",
            "TIME",
            None,
        ),
        (
            "The blast was heard at 10 p.m. (1900 GMT) yesterday.",
            "2025-01-14",
            "10 p.m.",
            "2025-01-13T22:00",
            "TIME",
            None,
        ),
        // a day told by another clause is not the clock time's
        (
            "The attack began at 3 a.m. (local time), officials said on Monday.",
            "2025-01-14",
            "3 a.m.",
            "2025-01-14T03:00",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn agreed_to_a_noun_is_no_look_ahead() {
    check(&[
        // "agreed to" + a noun phrase: the agreement, told in the past
        (
            "The two neighbours agreed to a ceasefire on Saturday.",
            "2025-05-11",
            "on Saturday",
            "2025-05-10",
            "DATE",
            None,
        ),
        (
            "Hamas agreed to the proposal on Friday.",
            "2025-05-11",
            "on Friday",
            "2025-05-09",
            "DATE",
            None,
        ),
        // "agreed to" + an infinitive: what was agreed lies ahead
        (
            "They agreed to hold talks on Saturday.",
            "2025-05-11",
            "on Saturday",
            "2025-05-17",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn feasts_of_the_islamic_calendar() {
    // by the arithmetic (tabular) calendar: 1 Ramadan 1446 = 2025-03-01, 1 Shawwal 1446 =
    // 2025-03-31, 10 Dhu al-Hijjah 1446 = 2025-06-07, 10 Muharram 1447 = 2025-07-06
    check(&[
        // the day announced in apposition wins over the reckoned one nearby
        (
            "Worshippers gathered for the eve of Ashura, which falls today.",
            "2024-07-16",
            "Ashura",
            "2024-07-16",
            "DATE",
            None,
        ),
        (
            "Mediators hope for a truce before Ramadan.",
            "2025-02-10",
            "Ramadan",
            "2025-03",
            "DATE",
            None,
        ),
        // a Ramadan across two Gregorian months is valued by its year
        (
            "A Ramadan ceasefire was proposed.",
            "2026-01-10",
            "Ramadan",
            "2026",
            "DATE",
            None,
        ),
        (
            "The attack came on the first day of Eid al-Fitr.",
            "2025-04-07",
            "Eid al-Fitr",
            "2025-03-31",
            "DATE",
            None,
        ),
        (
            "Strikes continued through Eid al-Adha.",
            "2025-06-20",
            "Eid al-Adha",
            "2025-06-07",
            "DATE",
            None,
        ),
        (
            "Pilgrims gathered for Eid ul-Adha 2024.",
            "2025-06-20",
            "Eid ul-Adha 2024",
            "2024-06-17",
            "DATE",
            None,
        ),
        (
            "Shia pilgrims marked Ashura in Karbala.",
            "2025-07-08",
            "Ashura",
            "2025-07-06",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        ("The ramadan lamps were lit.", "2025-03-10", "ramadan"),
        ("Eid greetings were exchanged.", "2025-03-31", "Eid"),
    ]);
}

#[test]
fn independence_day_is_the_country_s() {
    check(&[
        // with no country before it, the United States'
        (
            "On Independence Day, crowds gathered.",
            "2025-04-07",
            "Independence Day",
            "2025-07-04",
            "DATE",
            None,
        ),
        (
            "Americans marked the Fourth of July quietly.",
            "2025-07-08",
            "Fourth of July",
            "2025-07-04",
            "DATE",
            None,
        ),
        // the country of the text before it, any of the table's
        (
            "Barbados woke up a republic. This year's Independence Day parade was scaled down.",
            "2021-11-30",
            "Independence Day",
            "2021-11-30",
            "DATE",
            None,
        ),
        // a country named right before it, by name or demonym
        (
            "Zelensky spoke on Ukraine's Independence Day.",
            "2025-09-07",
            "Independence Day",
            "2025-08-24",
            "DATE",
            None,
        ),
        (
            "He visited on Pakistani Independence Day.",
            "2025-09-07",
            "Independence Day",
            "2025-08-14",
            "DATE",
            None,
        ),
        (
            "Gang members opened fire on a crowd celebrating Haiti's Independence Day.",
            "2024-01-02",
            "Independence Day",
            "2024-01-01",
            "DATE",
            None,
        ),
        // "its", "the country's 62nd": the first country the text names before it
        (
            "A bomb exploded in Quetta as Pakistan celebrated its Independence Day.",
            "2019-08-14",
            "Independence Day",
            "2019-08-14",
            "DATE",
            None,
        ),
        (
            "Gunmen struck as Nigerians prepared to mark the country's 62nd Independence Day.",
            "2022-10-02",
            "Independence Day",
            "2022-10-01",
            "DATE",
            None,
        ),
        // ... one that has an Independence Day ("Britain" has none: the United States')
        (
            "The British government congratulated Americans ahead of Independence Day.",
            "2024-07-01",
            "Independence Day",
            "2024-07-04",
            "DATE",
            None,
        ),
    ]);
    // a country the table does not know: no date rather than the wrong one
    check_none(&[(
        "Crowds marked Israel's Independence Day.",
        "2025-04-07",
        "Independence Day",
    )]);
}

#[test]
fn a_year_as_the_subject_of_a_verb() {
    check(&[
        (
            "The UN said 2024 was the deadliest year for aid workers.",
            "2025-04-07",
            "2024",
            "2024",
            "DATE",
            None,
        ),
        (
            "2025 will be decisive, he said.",
            "2025-04-07",
            "2025",
            "2025",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        ("Of the dead, 2022 were civilians.", "2025-04-07", "2022"),
        (
            "Officials counted 2024 displaced families.",
            "2025-04-07",
            "2024",
        ),
    ]);
}

#[test]
fn a_past_verb_of_lasting_makes_until_a_past_day() {
    // Monday 2025-04-07
    check(&[
        (
            "The fighting continued through Sunday.",
            "2025-04-07",
            "Sunday",
            "2025-04-06",
            "DATE",
            None,
        ),
        (
            "The siege lasted until Friday.",
            "2025-04-07",
            "Friday",
            "2025-04-04",
            "DATE",
            None,
        ),
        // a deadline set in the past still lies ahead
        (
            "The offer was extended until Friday.",
            "2025-04-07",
            "Friday",
            "2025-04-11",
            "DATE",
            None,
        ),
        (
            "The fighting is expected to continue through Sunday.",
            "2025-04-07",
            "Sunday",
            "2025-04-13",
            "DATE",
            None,
        ),
        // any other active past verb before "until" closes what was done
        (
            "Residents said they heard shooting until Friday.",
            "2025-04-07",
            "Friday",
            "2025-04-04",
            "DATE",
            None,
        ),
        (
            "Residents said they heard shooting until about 10 p.m. on Friday.",
            "2025-04-07",
            "about 10 p.m.",
            "2025-04-04T22:00",
            "TIME",
            Some("APPROX"),
        ),
        // but what is put off or shut till a day may still lie ahead
        (
            "The court adjourned the hearing until Friday.",
            "2025-04-07",
            "Friday",
            "2025-04-11",
            "DATE",
            None,
        ),
        (
            "Officials closed the crossing until Friday.",
            "2025-04-07",
            "Friday",
            "2025-04-11",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_look_ahead_after_that_is_its_own_clause() {
    check(&[
        // "that" opens a clause whose modal is not the phrase's
        (
            "The government waited nine months before announcing on May 17 that it would be signed.",
            "2010-05-26",
            "on May 17",
            "2010-05-17",
            "DATE",
            None,
        ),
        (
            "Critics accused him of lifting the emergency in May, so that the election could go ahead.",
            "2020-07-09",
            "May",
            "2020-05",
            "DATE",
            None,
        ),
        // a look ahead before the phrase still counts
        (
            "The government will announce on May 17 that it has signed.",
            "2010-05-26",
            "on May 17",
            "2011-05-17",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn no_phrase_runs_over_a_blank_line() {
    check(&[
        (
            "Soldiers surround gang suspects after 62 killed on Saturday\n\nMarch 28, 2022\n\nSAN SALVADOR (AP) - Soldiers came.",
            "2022-03-28",
            "on Saturday",
            "2022-03-26",
            "DATE",
            None,
        ),
        (
            "Soldiers surround gang suspects after 62 killed on Saturday\n\nMarch 28, 2022\n\nSAN SALVADOR (AP) - Soldiers came.",
            "2022-03-28",
            "March 28, 2022",
            "2022-03-28",
            "DATE",
            None,
        ),
        // one line break is no paragraph
        (
            "The ceasefire took effect on Saturday,\nMarch 26, 2022.",
            "2022-03-28",
            "on Saturday,\nMarch 26, 2022",
            "2022-03-26",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn clock_times_with_a_named_zone() {
    check(&[
        (
            "The truce started at 6 p.m. Moscow time on Saturday.",
            "2025-04-07",
            "6 p.m.",
            "2025-04-05T18:00",
            "TIME",
            None,
        ),
        (
            "Sirens sounded at 03:40 local time.",
            "2025-04-07",
            "03:40",
            "2025-04-07T03:40",
            "TIME",
            None,
        ),
    ]);
    // a lower-case word before "time" is no zone
    check_none(&[(
        "He arrived at 6 p.m. this time.",
        "2025-04-07",
        "6 p.m. this time",
    )]);
}

#[test]
fn the_day_before_and_earlier_in_the_day_are_anaphoric() {
    check(&[
        (
            "On Friday, a missile struck Sumy. The day before, a drone hit a school.",
            "2025-04-07",
            "The day before",
            "2025-04-03",
            "DATE",
            None,
        ),
        (
            "On Friday, a missile struck Sumy. Earlier in the day, shells fell on Kherson.",
            "2025-04-07",
            "the day",
            "2025-04-04",
            "DATE",
            None,
        ),
        (
            "On Friday, a missile struck Sumy. The night after, drones came.",
            "2025-04-07",
            "The night after",
            "2025-04-05TNI",
            "TIME",
            None,
        ),
        (
            "Attacks rose earlier in the year.",
            "2025-04-07",
            "the year",
            "2025",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        (
            "The day before the attack, a drone hit a school.",
            "2025-04-07",
            "The day before",
        ),
        ("The day was quiet.", "2025-04-07", "The day"),
    ]);
}

#[test]
fn halves_joined_by_hyphens_and_before_the_unit() {
    check(&[
        (
            "The siege lasted two-and-a-half years.",
            "2025-04-07",
            "two-and-a-half years",
            "P2Y6M",
            "DURATION",
            None,
        ),
        (
            "The war began two and a half years ago.",
            "2025-04-07",
            "two and a half years ago",
            "2022-10",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn overnight_in_a_report_s_own_sentence_is_the_night_before_the_report() {
    // Sunday 2025-04-06
    check(&[
        (
            "Ukraine's air force said on Saturday it had downed 30 drones overnight.",
            "2025-04-06",
            "overnight",
            "2025-04-04TNI",
            "TIME",
            None,
        ),
        // a report in an earlier sentence is no day of the narrative
        (
            "Officials said on Saturday that talks would go on. Separately, drones hit Odesa overnight.",
            "2025-04-06",
            "overnight",
            "2025-04-05TNI",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn the_morning_hours_of_a_named_day_are_that_day() {
    check(&[(
        "The incident occurred in the early morning hours of Saturday.",
        "2025-04-06",
        "Saturday",
        "2025-04-05",
        "DATE",
        None,
    )]);
    check_none(&[(
        "The incident occurred in the early morning hours of Saturday.",
        "2025-04-06",
        "early morning",
    )]);
    check(&[(
        "The shelling began in the early morning.",
        "2025-04-06",
        "early morning",
        "2025-04-06TMO",
        "TIME",
        Some("START"),
    )]);
}

#[test]
fn must_looks_ahead_unless_a_past_participle_is_nearer() {
    check(&[
        (
            "Residents must leave on Monday.",
            "2025-04-06",
            "on Monday",
            "2025-04-07",
            "DATE",
            None,
        ),
        (
            "He must have been killed on Monday.",
            "2025-04-06",
            "on Monday",
            "2025-03-31",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn overnight_before_a_report_day_later_in_its_sentence() {
    // Wednesday 2025-04-02; the report is Tuesday's
    check(&[
        (
            "Gang members attacked the town of Mirebalais overnight, freeing inmates, authorities said on Tuesday.",
            "2025-04-02",
            "overnight",
            "2025-03-31TNI",
            "TIME",
            None,
        ),
        // a day that is no report's leaves the night before the paper's day
        (
            "Drones hit Odesa overnight, and more attacks came on Tuesday.",
            "2025-04-02",
            "overnight",
            "2025-04-01TNI",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn a_month_told_paragraphs_before_does_not_hold_a_day_shift() {
    check(&[
        (
            "Israeli strikes killed five people on Sunday, the deadliest day since a ceasefire took effect in November.\n\nThe strikes hit cars in two towns.\n\nA day earlier, troops opened fire on residents.",
            "2025-02-24",
            "A day earlier",
            "2025-02-22",
            "DATE",
            None,
        ),
        // a month told in the sentence before is the narrative's
        (
            "The war began in April last year. Three weeks later, the army retreated.",
            "2025-02-24",
            "Three weeks later",
            "2024-05",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn during_the_night_is_overnight() {
    check(&[
        (
            "Russia launched 20 missiles during the night, the air force said.",
            "2025-04-16",
            "the night",
            "2025-04-15TNI",
            "TIME",
            None,
        ),
        (
            "He was killed in the night.",
            "2025-04-16",
            "the night",
            "2025-04-15TNI",
            "TIME",
            None,
        ),
    ]);
    check_none(&[(
        "Shots rang out in the night sky.",
        "2025-04-16",
        "the night",
    )]);
}

#[test]
fn participles_and_past_forms_alike_are_past_cues() {
    check(&[
        (
            "The previous record, 479 drones, was set on June 9.",
            "2025-04-06",
            "on June 9",
            "2024-06-09",
            "DATE",
            None,
        ),
        (
            "The previous record was broken on June 9.",
            "2025-04-06",
            "on June 9",
            "2024-06-09",
            "DATE",
            None,
        ),
        // "set to" / "set for" still look ahead, and a date set as the object is a schedule
        (
            "Talks are set for June 9.",
            "2025-04-06",
            "June 9",
            "2025-06-09",
            "DATE",
            None,
        ),
        (
            "Dunkin' has set Nov. 10 as the deadline.",
            "1989-11-02",
            "Nov. 10",
            "1989-11-10",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_zone_of_two_capitalised_words() {
    check(&[(
        "The council will meet on Monday at 10 a.m. New York time.",
        "2025-04-06",
        "10 a.m.",
        "2025-04-07T10:00",
        "TIME",
        None,
    )]);
    check_none(&[(
        "He arrived at 10 a.m. last time.",
        "2025-04-06",
        "10 a.m. last time",
    )]);
}

#[test]
fn a_day_of_the_month_told_by_its_ordinal() {
    check(&[
        // the tense picks the month around the publication date
        (
            "Talks resumed on the 4th.",
            "2025-04-06",
            "on the 4th",
            "2025-04-04",
            "DATE",
            None,
        ),
        (
            "Talks resumed on the 28th.",
            "2025-04-06",
            "on the 28th",
            "2025-03-28",
            "DATE",
            None,
        ),
        (
            "Talks will resume on the 12th.",
            "2025-04-06",
            "on the 12th",
            "2025-04-12",
            "DATE",
            None,
        ),
        // the month the narrative is in
        (
            "The ceasefire began on March 1. On the 4th, strikes resumed.",
            "2025-04-06",
            "On the 4th",
            "2025-03-04",
            "DATE",
            None,
        ),
        // ... but not a month over when the tense looks ahead
        (
            "She had told a rally last month: \"We will celebrate on the 4th.\"",
            "2024-06-04",
            "on the 4th",
            "2024-06-04",
            "DATE",
            None,
        ),
        // a day set "for" is read; a day put off to lies ahead, whatever month the narrative
        // is in
        (
            "A meeting, initially fixed for the 28th, has been moved to the 4th, an official said.",
            "2022-10-02",
            "the 28th",
            "2022-09-28",
            "DATE",
            None,
        ),
        (
            "A meeting, initially fixed for the 28th, has been moved to the 4th, an official said.",
            "2022-10-02",
            "the 4th",
            "2022-10-04",
            "DATE",
            None,
        ),
        // after a preposition of time
        (
            "Fighting lasted from the 2nd to the 5th.",
            "2025-04-06",
            "the 5th",
            "2025-04-05",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        // an ordinal before a noun is no day
        ("The 4th Brigade attacked the town.", "2025-04-06", "4th"),
        ("It was the 16th day of the truce.", "2025-04-06", "16th"),
        ("For the 4th time, talks failed.", "2025-04-06", "4th"),
        ("He won for the 4th consecutive year.", "2025-04-06", "4th"),
        (
            "The 3rd-largest city was hit by drones.",
            "2025-04-06",
            "3rd",
        ),
        // nor with another's suffix, nor without a preposition of time
        ("It happened on the 1th.", "2025-04-06", "1th"),
        ("He came in the 3rd.", "2025-04-06", "3rd"),
    ]);
}

#[test]
fn a_clock_range_ending_earlier_in_the_day_ends_the_next_day() {
    check(&[
        (
            "A curfew runs from 10 p.m. until 5 a.m.",
            "2025-04-06",
            "5 a.m.",
            "2025-04-07T05:00",
            "TIME",
            None,
        ),
        (
            "Shops open from 8 a.m. to 6 p.m.",
            "2025-04-06",
            "6 p.m.",
            "2025-04-06T18:00",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn last_as_a_verb_is_no_determiner() {
    check(&[
        (
            "The ceasefire will last 30 days.",
            "2025-04-06",
            "30 days",
            "P30D",
            "DURATION",
            None,
        ),
        (
            "Over the last 30 days, 200 people were killed.",
            "2025-04-06",
            "the last 30 days",
            "P30D",
            "DURATION",
            None,
        ),
    ]);
    check_none(&[("The ceasefire will last 30 days.", "2025-04-06", "last 30")]);
}

/// Policy: a weekday with a part of the day is TIME with the part's code, as the TimeML
/// guidelines write "Monday morning" (TimeBank is split: its AQUAINT stories often tag the
/// day alone); the part-less weekday stays a DATE.
#[test]
fn a_weekday_with_a_part_of_the_day_is_a_time() {
    check(&[
        (
            "Rescue workers were still searching the rubble Tuesday afternoon, the governor said.",
            "2023-03-14",
            "Tuesday afternoon",
            "2023-03-14TAF",
            "TIME",
            None,
        ),
        (
            "The president said in a video address Monday night that the attack had begun.",
            "2023-03-14",
            "Monday night",
            "2023-03-13TNI",
            "TIME",
            None,
        ),
        (
            "Talks will resume on Thursday morning in Doha.",
            "2023-03-14",
            "on Thursday morning",
            "2023-03-16TMO",
            "TIME",
            None,
        ),
        (
            "Talks will resume on Thursday in Doha.",
            "2023-03-14",
            "on Thursday",
            "2023-03-16",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn compound_durations_and_named_quarters() {
    check(&[
        (
            "She won the marathon in 2 hours, 19 minutes and 8 seconds.",
            "2026-11-02",
            "2 hours, 19 minutes and 8 seconds",
            "PT2H19M8S",
            "DURATION",
            None,
        ),
        (
            "He was sentenced to three years and six months in prison.",
            "2026-11-02",
            "three years and six months",
            "P3Y6M",
            "DURATION",
            None,
        ),
        (
            "The siege lasted two days and four hours.",
            "2026-11-02",
            "two days and four hours",
            "P2DT4H",
            "DURATION",
            None,
        ),
        // units that do not fall in order are two durations
        (
            "He served four months and three years.",
            "2026-11-02",
            "four months",
            "P4M",
            "DURATION",
            None,
        ),
        (
            "Revenue in the January-March quarter rose 18%.",
            "2025-06-02",
            "the January-March quarter",
            "2025-Q1",
            "DATE",
            None,
        ),
        (
            "Profit in the April-June period fell.",
            "2025-08-02",
            "the April-June period",
            "2025-Q2",
            "DATE",
            None,
        ),
        // months that make no quarter stay a month
        (
            "Sales from January-March rose.",
            "2025-06-02",
            "January",
            "2025-01",
            "DATE",
            None,
        ),
        (
            "Right now we are just happy it is there.",
            "2025-06-02",
            "Right now",
            "PRESENT_REF",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn names_ages_ordinals_and_degrees_are_no_time() {
    check_none(&[
        (
            "A local civic group, the March 8 Movement, said it would help.",
            "2022-11-03",
            "March 8",
        ),
        (
            "The M23, or March 23 Movement, seized Goma.",
            "2025-01-29",
            "March 23",
        ),
        (
            "The study followed 4,800 children aged 5 to 17 months.",
            "2025-01-29",
            "months",
        ),
        (
            "He joined from a second-division club.",
            "2025-01-29",
            "second",
        ),
        (
            "Temperatures are forecast to reach the mid-90s this week.",
            "2021-08-30",
            "90s",
        ),
    ]);
    // ... but a date before any other word, and a decade with no temperature, stay
    check(&[
        (
            "The rally on March 8 drew thousands.",
            "2022-11-03",
            "on March 8",
            "2022-03-08",
            "DATE",
            None,
        ),
        (
            "Prices rose sharply in the mid-90s.",
            "2021-08-30",
            "the mid-90s",
            "199",
            "DATE",
            Some("MID"),
        ),
    ]);
}

#[test]
fn the_tense_of_the_clause_and_of_reported_quarters() {
    check(&[
        // an adverb between the modal and "be" keeps the passive future
        (
            "We think that process will largely be finished by September.",
            "2019-07-25",
            "September",
            "2019-09",
            "DATE",
            None,
        ),
        // a verb after "and" opens another clause, whose tense is not the phrase's
        (
            "Trump announced the first phase of the deal late Wednesday and is expected to visit the region early next week.",
            "2025-10-11",
            "late Wednesday",
            "2025-10-08",
            "DATE",
            Some("END"),
        ),
        // a quarter not begun, in the future tense: this year's
        (
            "The company said it expected to return to growth in the fourth quarter.",
            "2019-07-25",
            "the fourth quarter",
            "2019-Q4",
            "DATE",
            None,
        ),
        // a quarter just ended, to be reported: this year's, not next year's
        (
            "The company expects to report a loss for the third quarter.",
            "1989-10-26",
            "the third quarter",
            "1989-Q3",
            "DATE",
            None,
        ),
        // a quarter long over, in the future tense: next year's
        (
            "The company will post a profit in the first quarter.",
            "1989-11-02",
            "the first quarter",
            "1990-Q1",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn bounds_of_a_stretch_set_no_narrative_day_and_a_report_day_moves_overnight() {
    check(&[
        // "since 7 August" starts a state: the clock time after it is on the paper's day
        (
            "A water station has been out of service since 7 August. A drone was intercepted over Metula shortly after 10am.",
            "2026-08-20",
            "10am",
            "2026-08-20T10:00",
            "TIME",
            None,
        ),
        (
            "Between 10 and 16 August, 14 people were killed. A drone was intercepted over Metula shortly after 10am.",
            "2026-08-20",
            "10am",
            "2026-08-20T10:00",
            "TIME",
            None,
        ),
        // ... while a day told plainly is the narrative's
        (
            "A market was shelled on 7 August. A drone was intercepted over Metula shortly after 10am.",
            "2026-08-20",
            "10am",
            "2026-08-07T10:00",
            "TIME",
            None,
        ),
        // "overnight ..., X said on Wednesday": the night before the report's day, whatever
        // day the narrative was on before
        (
            "Zelenskiy urged allies on Tuesday to send more air defences. Air defences shot down all 28 drones that Russia launched towards Kyiv overnight, the city administration said on Wednesday.",
            "2026-06-03",
            "overnight",
            "2026-06-02TNI",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn an_ordinal_day_before_a_verb_and_a_live_pages_time_stamps() {
    check(&[
        (
            "A strike on a house in Yater on the 14th killed a woman and her two children.",
            "2026-08-20",
            "on the 14th",
            "2026-08-14",
            "DATE",
            None,
        ),
        // a clock time alone on its line is on the page's day, whatever day was told before
        (
            "- A strike in Yater on the 14th killed three.\n\n10:15\nA drone was intercepted over Metula.",
            "2026-08-20",
            "10:15",
            "2026-08-20T10:15",
            "TIME",
            None,
        ),
        // ... and so is one that opens its line before a dash or a colon, or with its zone
        // before the entry, and a bare clock time in that entry
        (
            "Iraq's prime minister said on Thursday the advance was fast.\n\n06:10 GMT - A power station was attacked at about 5am local time.",
            "2016-10-21",
            "06:10 GMT",
            "2016-10-21T06:10",
            "TIME",
            None,
        ),
        (
            "Iraq's prime minister said on Thursday the advance was fast.\n\n06:10 GMT - A power station was attacked at about 5am local time.",
            "2016-10-21",
            "about 5am",
            "2016-10-21T05:00",
            "TIME",
            Some("APPROX"),
        ),
        (
            "\"We will sleep outside tonight,\" she said.\n\n10.30am BST Channel 4 News reports that planes have landed.",
            "2015-04-26",
            "10.30am BST",
            "2015-04-26T10:30",
            "TIME",
            None,
        ),
        (
            "Talks resumed on Thursday.\n\n5pm: The delegations left.",
            "2025-04-06",
            "5pm",
            "2025-04-06T17:00",
            "TIME",
            None,
        ),
        // ... while one inside a sentence is on the narrative's day
        (
            "A strike in Yater on the 14th killed three. Sirens sounded at 10:15 in Metula.",
            "2026-08-20",
            "10:15",
            "2026-08-14T10:15",
            "TIME",
            None,
        ),
    ]);
    check_none(&[("He lives on the 14th floor.", "2026-08-20", "14th")]);
}

#[test]
fn compounds_ahead_of_and_base_forms_set_no_tense() {
    check(&[
        // a part of a hyphenated compound is no verb: "better-than-expected" looks nowhere
        (
            "The retailer posted better-than-expected sales on Tuesday.",
            "2025-11-28",
            "on Tuesday",
            "2025-11-25",
            "DATE",
            None,
        ),
        (
            "The Saudi-led coalition struck the port on Friday, officials said.",
            "2024-03-04",
            "on Friday",
            "2024-03-01",
            "DATE",
            None,
        ),
        // ... but a verb prefix keeps the verb: "re-elected" is past
        (
            "The speaker was re-elected on Monday.",
            "2024-03-06",
            "on Monday",
            "2024-03-04",
            "DATE",
            None,
        ),
        // "ahead of" orders two things; the verb decides
        (
            "The council approved the decree on Wednesday, ahead of the anniversary of the coup.",
            "2024-02-03",
            "on Wednesday",
            "2024-01-31",
            "DATE",
            None,
        ),
        // ... while "ahead" alone still looks forward, and so does "ahead of" for its object
        (
            "The hardest talks lie ahead on Wednesday.",
            "2024-02-03",
            "on Wednesday",
            "2024-02-07",
            "DATE",
            None,
        ),
        (
            "Leaders gathered in Paris ahead of talks on Friday.",
            "2024-02-03",
            "on Friday",
            "2024-02-09",
            "DATE",
            None,
        ),
        // a possessive weekday names what happened, unless something comes before it: "ahead
        // of Tuesday's vote" is the next Tuesday, "before Tuesday's elections" the nearest
        (
            "Troops deployed across the capital ahead of Tuesday's vote.",
            "2018-11-05",
            "Tuesday",
            "2018-11-06",
            "DATE",
            None,
        ),
        (
            "Candidates crossed the state on Monday in a final push before Tuesday's elections.",
            "2018-11-05",
            "Tuesday",
            "2018-11-06",
            "DATE",
            None,
        ),
        (
            "Two soldiers were killed before Tuesday's ceasefire took hold.",
            "2018-11-08",
            "Tuesday",
            "2018-11-06",
            "DATE",
            None,
        ),
        (
            "Mourners gathered after Tuesday's attack.",
            "2018-11-05",
            "Tuesday",
            "2018-10-30",
            "DATE",
            None,
        ),
        // a base form like a past one ("cut", "set", "hit") after "to" or a modal is no past
        (
            "The central bank is expected to cut rates in August.",
            "2026-06-30",
            "August",
            "2026-08",
            "DATE",
            None,
        ),
        (
            "The group will set out new targets in March.",
            "2023-10-26",
            "March",
            "2024-03",
            "DATE",
            None,
        ),
        // ... but the same form as a past tense stays past
        (
            "The central bank cut rates in August.",
            "2026-06-30",
            "August",
            "2025-08",
            "DATE",
            None,
        ),
        // schools "reopen on Sunday": a scheduled present
        (
            "Schools closed for the holiday reopen on Sunday.",
            "2022-12-30",
            "on Sunday",
            "2023-01-01",
            "DATE",
            None,
        ),
        // a deadline reached in the past perfect, whatever the participle's form
        (
            "Gunfire had died down by Monday evening.",
            "2023-08-09",
            "Monday evening",
            "2023-08-07TEV",
            "TIME",
            None,
        ),
        (
            "The rebels had withdrawn by Monday.",
            "2023-08-09",
            "Monday",
            "2023-08-07",
            "DATE",
            None,
        ),
        // ... "had to" is no past perfect: the deadline lies ahead
        (
            "The rebels had to withdraw by Monday.",
            "2023-08-09",
            "Monday",
            "2023-08-14",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn a_season_or_half_without_a_year_is_the_nearest() {
    check(&[
        (
            "He hoped for a ceasefire before the spring.",
            "2025-12-31",
            "the spring",
            "2026-SP",
            "DATE",
            None,
        ),
        (
            "The offensive began in the spring.",
            "2025-07-10",
            "the spring",
            "2025-SP",
            "DATE",
            None,
        ),
        (
            "Investors bet on rate cuts in the second half.",
            "2026-06-30",
            "the second half",
            "2026-H2",
            "DATE",
            None,
        ),
        (
            "Profit rose in the second half.",
            "2026-02-10",
            "the second half",
            "2025-H2",
            "DATE",
            None,
        ),
        // a future tense takes none that is over
        (
            "The company expects to recover in the second half.",
            "2026-02-10",
            "the second half",
            "2026-H2",
            "DATE",
            None,
        ),
        (
            "Sales fell 5% in the first half.",
            "2026-08-12",
            "the first half",
            "2026-H1",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn holidays_counted_from_a_weekday_of_november_and_boxing_day() {
    check(&[
        (
            "Shoppers crowded the stores on Black Friday.",
            "2025-11-28",
            "Black Friday",
            "2025-11-28",
            "DATE",
            None,
        ),
        (
            "Judge won't stop Black Friday strike at Brightway warehouses",
            "2017-11-22",
            "Black Friday",
            "2017-11-24",
            "DATE",
            None,
        ),
        (
            "Retailers will keep their discounts running through Cyber Monday.",
            "2025-11-28",
            "Cyber Monday",
            "2025-12-01",
            "DATE",
            None,
        ),
        // Election Day: the Tuesday after the first Monday of November, the nearest one
        (
            "It will be the theme of our campaign from now to Election Day.",
            "1998-10-26",
            "Election Day",
            "1998-11-03",
            "DATE",
            None,
        ),
        (
            "The hosts play on Boxing Day and travel north four days later.",
            "2020-12-20",
            "Boxing Day",
            "2020-12-26",
            "DATE",
            None,
        ),
        (
            "The hosts play on Boxing Day and travel north four days later.",
            "2020-12-20",
            "four days later",
            "2020-12-30",
            "DATE",
            None,
        ),
        // a clock time takes the day named a few words of place later
        (
            "Polls open at 6 a.m. in much of the East on Election Day.",
            "2018-11-05",
            "6 a.m.",
            "2018-11-06T06:00",
            "TIME",
            None,
        ),
        (
            "The drone hit a depot at 3 a.m. in the port city on Saturday.",
            "2024-03-05",
            "3 a.m.",
            "2024-03-02T03:00",
            "TIME",
            None,
        ),
        // "November of that year", "the new year"
        (
            "The war of 2020 ended with a truce in November of that year.",
            "2022-09-14",
            "November of that year",
            "2020-11",
            "DATE",
            None,
        ),
        (
            "Extra patrols will continue into the new year.",
            "2018-12-31",
            "the new year",
            "2019",
            "DATE",
            None,
        ),
        (
            "It was the first massacre of the new year.",
            "2025-01-02",
            "the new year",
            "2025",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        // "Black Friday" with no shopping near is the name of some other day
        (
            "Survivors of the Black Friday massacre gathered at the memorial.",
            "2024-03-05",
            "Black Friday",
        ),
        (
            "Kenya's Election Day passed peacefully.",
            "2022-08-10",
            "Election Day",
        ),
    ]);
    // a clock time does not reach over a next clause for its day
    check(&[(
        "The curfew starts at 6 a.m. and the market opens on Sunday.",
        "2024-03-05",
        "6 a.m.",
        "2024-03-05T06:00",
        "TIME",
        None,
    )]);
}

#[test]
fn midnight_that_evening_and_a_night_range() {
    check(&[
        // the report's day told after the event's own day in the lead does not move the
        // narrative: the next sentence's clock time is on the event's day ...
        (
            "An airstrike killed 11 people late Wednesday, hospital officials said Thursday. The strike hit the house at around 11:30 p.m.",
            "2024-04-11",
            "around 11:30 p.m.",
            "2024-04-10T23:30",
            "TIME",
            Some("APPROX"),
        ),
        // ... nor does a day told after the event's as the cause it followed ...
        (
            "Pakistan carried out strikes early Thursday, in retaliation for Tuesday's strike on Panjgur. The strikes began at around 4.05am.",
            "2024-01-18",
            "around 4.05am",
            "2024-01-18T04:05",
            "TIME",
            Some("APPROX"),
        ),
        (
            "Fighting resumed early Wednesday, after the deadliest clashes in years on Tuesday. Troops repelled an attack at around 5:30am.",
            "2018-05-16",
            "around 5:30am",
            "2018-05-16T05:30",
            "TIME",
            Some("APPROX"),
        ),
        // ... unless the first day only names what is told of
        (
            "Tuesday's attack came less than a week after air strikes on January 12. Two days later, the group fired a missile.",
            "2024-01-17",
            "Two days later",
            "2024-01-14",
            "DATE",
            None,
        ),
        // ... nor does a report said in a statement
        (
            "Soldiers were wounded on Saturday afternoon, the Force said in a statement yesterday. They came under fire at about 3.45 pm.",
            "2026-02-23",
            "about 3.45 pm",
            "2026-02-21T15:45",
            "TIME",
            Some("APPROX"),
        ),
        (
            "Jihadists attacked an army post late on Saturday, the army said Monday. The assailants arrived at around 6:30 pm.",
            "2019-12-30",
            "around 6:30 pm",
            "2019-12-28T18:30",
            "TIME",
            Some("APPROX"),
        ),
        // a day gone by is no anchor for a clock time told of what is ahead ...
        (
            "U.S. markets were closed Thursday for Thanksgiving, and stock trading ends early, at 1 p.m.",
            "2025-11-28",
            "1 p.m.",
            "2025-11-28T13:00",
            "TIME",
            None,
        ),
        // ... but a deadline's "until" is no look ahead
        (
            "Gunmen blocked roads on Saturday, and residents were urged to stay indoors until 9 p.m.",
            "2017-06-18",
            "9 p.m.",
            "2017-06-17T21:00",
            "TIME",
            None,
        ),
        // noon after a night told of is the day after it
        (
            "Shelling of Goris continued overnight, officials said on Wednesday, but it was quieter by midday.",
            "2022-09-14",
            "midday",
            "2022-09-14T12:00",
            "TIME",
            None,
        ),
        // a day still to come is no anchor for a clock time told in the past
        (
            "The commission said it would announce the results by Tuesday. With most constituencies declared by noon, the president held a lead.",
            "2026-08-16",
            "noon",
            "2026-08-16T12:00",
            "TIME",
            None,
        ),
        // nor does a day told after that report in the sentence
        (
            "Gunmen killed 16 villagers on Tuesday night, officials said Thursday, as Muslims celebrated Eid al-Fitr. The attack began at about 9pm.",
            "2021-05-13",
            "about 9pm",
            "2021-05-11T21:00",
            "TIME",
            Some("APPROX"),
        ),
        // a late evening is a night's start: a morning's clock time after it is the next day's
        (
            "The truce was announced in Washington late Monday. Israel's military said its jets kept striking targets until 4 a.m.",
            "2025-06-24",
            "4 a.m.",
            "2025-06-24T04:00",
            "TIME",
            None,
        ),
        // ... but a report's day alone in its sentence is the narrative's day
        (
            "Officials said on Thursday that the talks had failed. The statement came at 4 p.m.",
            "2024-04-12",
            "4 p.m.",
            "2024-04-11T16:00",
            "TIME",
            None,
        ),
        // a morning's clock time told after an evening's in its sentence is the next day's
        (
            "Residents said clashes began at about 11 p.m. on Wednesday and died down by 4 a.m.",
            "2016-03-31",
            "4 a.m.",
            "2016-03-31T04:00",
            "TIME",
            None,
        ),
        (
            "The council met at 8 p.m. on Wednesday; an official spoke at 9 p.m.",
            "2016-03-31",
            "9 p.m.",
            "2016-03-30T21:00",
            "TIME",
            None,
        ),
        // after a night told of, a morning's clock time is the morning after it, an evening's
        // is that night's
        (
            "Russia launched drones overnight, officials said Tuesday. The air force shot down 26 drones between 1 a.m. and 4:30 a.m.",
            "2023-03-14",
            "1 a.m.",
            "2023-03-14T01:00",
            "TIME",
            None,
        ),
        (
            "Militants attacked a base on Sunday night, an official said on Monday. The attack began at 11:20 pm.",
            "2023-07-10",
            "11:20 pm",
            "2023-07-09T23:20",
            "TIME",
            None,
        ),
        (
            "Militants attacked a base on Sunday night, an official said on Monday. Fighting went on until 2 a.m.",
            "2023-07-10",
            "2 a.m.",
            "2023-07-10T02:00",
            "TIME",
            None,
        ),
        // after midnight on a named day: its start; at midnight on it: its end
        (
            "Fighting erupted shortly after midnight on Tuesday.",
            "2022-09-14",
            "midnight",
            "2022-09-13T00:00",
            "TIME",
            None,
        ),
        (
            "The ultimatum expired at midnight on Tuesday.",
            "2022-09-14",
            "midnight",
            "2022-09-13T24:00",
            "TIME",
            None,
        ),
        // with no day named, "after midnight" is still the night of the day told of (unless
        // a past participle stands before it: `time_war_news.rs`)
        (
            "A few special services will run after midnight.",
            "2018-12-31",
            "midnight",
            "2018-12-31T24:00",
            "TIME",
            None,
        ),
        // "that evening", "the same night": that part of the narrative's day
        (
            "Pashinyan called Putin on Tuesday and that evening asked the alliance for help.",
            "2022-09-14",
            "that evening",
            "2022-09-13TEV",
            "TIME",
            None,
        ),
        (
            "Pashinyan called Putin on Tuesday. The same night he asked the alliance for help.",
            "2022-09-14",
            "The same night",
            "2022-09-13TNI",
            "TIME",
            None,
        ),
        // an evening-to-morning range right after a night told of is that night
        (
            "Russia attacked the power grid overnight. The air force said it downed 40 drones launched between 9 p.m. and 5:40 a.m.",
            "2025-12-31",
            "9 p.m.",
            "2025-12-30T21:00",
            "TIME",
            None,
        ),
        (
            "Russia attacked the power grid overnight. The air force said it downed 40 drones launched between 9 p.m. and 5:40 a.m.",
            "2025-12-31",
            "5:40 a.m.",
            "2025-12-31T05:40",
            "TIME",
            None,
        ),
        // ... with no night told of, the range starts on the narrative's day
        (
            "A curfew runs from 10 p.m. until 5 a.m.",
            "2025-12-31",
            "5 a.m.",
            "2026-01-01T05:00",
            "TIME",
            None,
        ),
    ]);
}

#[test]
fn a_span_from_now_under_a_future_tense_is_the_date_it_ends_on() {
    check(&[
        (
            "The operation would be launched in three months if talks failed.",
            "2026-02-09",
            "three months",
            "2026-05",
            "DATE",
            None,
        ),
        (
            "The talks will resume in two weeks.",
            "2026-02-09",
            "two weeks",
            "2026-W09",
            "DATE",
            None,
        ),
        (
            "The convoy is expected to arrive in 30 days.",
            "2024-01-17",
            "30 days",
            "2024-02-16",
            "DATE",
            None,
        ),
        // a past tense: the length it took
        (
            "The army captured the town in three months.",
            "2026-02-09",
            "three months",
            "P3M",
            "DURATION",
            None,
        ),
        // a record's span stays a length, whatever the tense
        (
            "It will be the first time in 34 years that the two leaders meet.",
            "2026-02-09",
            "34 years",
            "P34Y",
            "DURATION",
            None,
        ),
        (
            "Prices will stay at their highest level in five years.",
            "2026-02-09",
            "five years",
            "P5Y",
            "DURATION",
            None,
        ),
        // "within" is a bound, not a date
        (
            "The troops will withdraw within 15 days.",
            "2026-02-09",
            "15 days",
            "P15D",
            "DURATION",
            None,
        ),
    ]);
}

#[test]
fn national_days_and_feasts_of_the_calendar() {
    check(&[
        (
            "Malaysians celebrate Merdeka Day tomorrow.",
            "2015-08-30",
            "Merdeka Day",
            "2015-08-31",
            "DATE",
            None,
        ),
        (
            "Yesterday was Showa Day, the birthday of the late Hirohito.",
            "2019-05-01",
            "Showa Day",
            "2019-04-29",
            "DATE",
            None,
        ),
        (
            "Mexico City will hold its first Day of the Dead parade this afternoon.",
            "2016-10-29",
            "Day of the Dead",
            "2016-11-02",
            "DATE",
            None,
        ),
        (
            "Watch-night services planned for Old Year's Night will go ahead.",
            "2024-12-30",
            "Old Year's Night",
            "2024-12-31",
            "DATE",
            None,
        ),
        (
            "The first Mass will be celebrated tomorrow, the feast of the Immaculate Conception.",
            "2024-12-07",
            "the feast of the Immaculate Conception",
            "2024-12-08",
            "DATE",
            None,
        ),
        // Shrove Tuesday: 47 days before Easter
        (
            "Parades resume this weekend ahead of Fat Tuesday.",
            "2013-02-03",
            "Fat Tuesday",
            "2013-02-12",
            "DATE",
            None,
        ),
        (
            "Crowds gathered for Mardi Gras.",
            "2025-03-05",
            "Mardi Gras",
            "2025-03-04",
            "DATE",
            None,
        ),
        // a feast with no year, in the sentence of a day told with its year, is of that year
        (
            "The fire broke out at about 6:20 pm on April 15, 2019, six days before Easter.",
            "2024-12-07",
            "Easter",
            "2019-04-21",
            "DATE",
            None,
        ),
        // not after "since"
        (
            "Travel is at its highest since 2019 on Memorial Day.",
            "2022-05-27",
            "Memorial Day",
            "2022-05-30",
            "DATE",
            None,
        ),
    ]);
    check_none(&[(
        "The Cathedral of the Immaculate Conception reopened.",
        "2024-12-07",
        "Immaculate Conception",
    )]);
}

#[test]
fn a_morning_clock_after_a_night_told_just_before_is_the_next_day() {
    check(&[
        (
            "Special forces moved in shortly before midnight on Friday. The streets were cleared by around 3 a.m.",
            "2017-07-08",
            "around 3 a.m.",
            "2017-07-08T03:00",
            "TIME",
            Some("APPROX"),
        ),
        // the clause of a modal after a past report: "until" still looks ahead
        (
            "The president announced on Tuesday evening that the capital would be under curfew from 6pm on Friday until 5am on Monday.",
            "2020-07-09",
            "on Monday",
            "2020-07-13",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn o_clock_times_names_with_tonight_and_sets_of_a_day() {
    check(&[
        (
            "Thousands gathered on Independence Square from 10 o'clock yesterday morning.",
            "2023-02-18",
            "10 o'clock yesterday morning",
            "2023-02-17T10:00",
            "TIME",
            None,
        ),
        // with a night or an evening: of the evening
        (
            "The crowd began gathering from about nine o'clock last night.",
            "2021-11-30",
            "about nine o'clock last night",
            "2021-11-29T21:00",
            "TIME",
            Some("APPROX"),
        ),
        (
            "Fireworks are planned for eight o'clock tonight.",
            "2021-11-30",
            "eight o'clock tonight",
            "2021-11-30T20:00",
            "TIME",
            None,
        ),
        (
            "The queue began to form at 7 o'clock, two hours before opening.",
            "2017-07-19",
            "7 o'clock",
            "2017-07-19T07:00",
            "TIME",
            None,
        ),
        (
            "The parade, held every 30 November, was scaled down.",
            "2021-11-30",
            "every 30 November",
            "XXXX-11-30",
            "SET",
            None,
        ),
        // a weekday named with a day and month tells the year
        (
            "Bainimarama declared Monday, August 22nd a public holiday.",
            "2016-08-12",
            "Monday, August 22nd",
            "2016-08-22",
            "DATE",
            None,
        ),
        // "again in May" is not the May of the year told before it
        (
            "Fiji won the title in 2015 and again in May.",
            "2016-08-12",
            "May",
            "2016-05",
            "DATE",
            None,
        ),
    ]);
    check_none(&[
        // a programme's name, before a stop
        (
            "You are listening to Africa Tonight; the time is 1634 GMT.",
            "2018-10-20",
            "Tonight",
        ),
        (
            "Fiji beat New Zealand in the quarter-final.",
            "2016-08-12",
            "quarter",
        ),
    ]);
}

#[test]
fn since_the_weekday_of_the_paper_is_a_week_back() {
    check(&[
        (
            "No looting was reported overnight, for the first time since Friday night.",
            "2021-07-16",
            "Friday night",
            "2021-07-09TNI",
            "TIME",
            None,
        ),
        (
            "Protests have continued since Friday.",
            "2021-07-16",
            "Friday",
            "2021-07-09",
            "DATE",
            None,
        ),
        // any other weekday: the last one
        (
            "Protests have continued since Thursday.",
            "2021-07-16",
            "Thursday",
            "2021-07-15",
            "DATE",
            None,
        ),
    ]);
}

#[test]
fn rates_in_adverbs_stamps_and_ends_of_quarters() {
    check(&[
        // a count of times before an adverb of frequency is part of the set
        (
            "Air New Zealand flies the route twice weekly under a federal contract.",
            "2016-06-30",
            "twice weekly",
            "P1W",
            "SET",
            None,
        ),
        (
            "An Australian surveillance aircraft flies over the zone fortnightly.",
            "2019-03-01",
            "fortnightly",
            "P2W",
            "SET",
            None,
        ),
        // an adverb before a preposition ("passes annually among the leaders")
        (
            "The post passes annually among the leaders of the three atolls.",
            "2020-02-03",
            "annually",
            "P1Y",
            "SET",
            None,
        ),
        // the Western churches' Epiphany, 6 January
        (
            "Bakers sold out of kings' cakes on Epiphany.",
            "2006-01-09",
            "Epiphany",
            "2006-01-06",
            "DATE",
            None,
        ),
        // a stamp's dashes; a French clock
        (
            "By CNS Staff | May-26-2012 VATICAN CITY (CNS) -- A lay member was arrested.",
            "2012-05-26",
            "May-26-2012",
            "2012-05-26",
            "DATE",
            None,
        ),
        (
            "Thursday 28 February 2013, 18h05 LUXEMBOURG - The trial opened.",
            "2013-02-28",
            "Thursday 28 February 2013, 18h05",
            "2013-02-28T18:05",
            "TIME",
            None,
        ),
        // a fiscal year before its noun leaves the determiner to the noun
        (
            "He said he would seek money for them in the fiscal 2027 defense budget.",
            "2026-01-02",
            "fiscal 2027",
            "2027",
            "DATE",
            None,
        ),
        // ("the year 2000" keeps its determiner)
        (
            "The islands should enter the year 2000 without trouble.",
            "1999-12-20",
            "the year 2000",
            "2000",
            "DATE",
            None,
        ),
        // Martin Luther King Jr. Day (third Monday of January), the patron saints' days
        (
            "State lawmakers, who return after the Martin Luther King Jr. Day holiday, will meet.",
            "2018-01-14",
            "Martin Luther King Jr. Day",
            "2018-01-15",
            "DATE",
            None,
        ),
        (
            "Eighteen years ago, on St David's Day 1979, Wales rejected an assembly.",
            "1997-09-19",
            "St David's Day 1979",
            "1979-03-01",
            "DATE",
            None,
        ),
        // the end of a quarter, as of a month
        (
            "Parliament is to pass the law before the end of the first quarter.",
            "2019-01-10",
            "the end of the first quarter",
            "2019-Q1",
            "DATE",
            Some("END"),
        ),
    ]);
    check_none(&[
        (
            "He had an epiphany about the war.",
            "2006-01-09",
            "epiphany",
        ),
        ("The 4h30 flight left late.", "2013-02-28", "4h30"),
        ("Sales rose 5 percent annually.", "2013-02-28", "annually"),
    ]);
}

#[test]
fn days_put_off_to_and_possessives_under_a_modal() {
    check(&[
        // the day something is moved to lies ahead
        (
            "Organisers moved tonight's calypso final to Saturday because of the rain.",
            "2004-08-03",
            "Saturday",
            "2004-08-07",
            "DATE",
            None,
        ),
        // a day's possessive in a modal's clause: the tense decides
        (
            "Those enrolled will also vote in Saturday's federal election.",
            "2016-06-30",
            "Saturday",
            "2016-07-02",
            "DATE",
            None,
        ),
        // what already happened, though a modal stands before: "the result of" it
        (
            "The government will put the result of Sunday's referendum before parliament.",
            "2017-10-02",
            "Sunday",
            "2017-10-01",
            "DATE",
            None,
        ),
        // the weekend's possessive, as a day's: the weekend just past
        (
            "Police are reviewing video of the weekend's disturbance, and charges are expected.",
            "2016-02-29",
            "the weekend",
            "2016-W08-WE",
            "DATE",
            None,
        ),
        (
            "Ahead of the weekend's match, fans gathered in the square.",
            "2016-02-29",
            "the weekend",
            "2016-W09-WE",
            "DATE",
            None,
        ),
    ]);
}
