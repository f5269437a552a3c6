//! TIMEX3 value accuracy rules (issue #3): each rule with rows where it applies and rows
//! where it must not.

#[path = "common/time.rs"]
mod common;
use common::check;

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
        // "as previously planned" is a past plan, no look ahead
        (
            "Bush let the offensive go ahead as previously planned Saturday night.",
            "1991-02-25",
            "Saturday night",
            "1991-02-23",
            "DATE",
            None,
        ),
        (
            "The offensive is planned Saturday night.",
            "1991-02-25",
            "Saturday night",
            "1991-03-02",
            "DATE",
            None,
        ),
    ]);
}
