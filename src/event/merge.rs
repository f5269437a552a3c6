//! Merging mentions of one occurrence into one event, and giving each mention its final date
//! with the narrative context (the date the story is on) as it moves through the document.

use chrono::{Datelike, NaiveDate};

use super::link::{Dated, better, compatible};
use super::location::{conflict, overlap};
use super::trigger::{Before, Mention, Role, locations, merge_figures};
use super::words::last_words;
use super::{
    Actor, ActorRole, Basis, Casualties, Event, EventDate, EventKind, Location, Modality, weapons,
};
use crate::text::is_one_of;

/// An event being built.
struct Building {
    event: Event,
    dated: Option<Dated>,
    first_paragraph: u32,
    last_paragraph: u32,
    casualties: super::casualties::CasualtyReading,
}

/// The narrative date: the last stated date of an event that happened.
struct Context {
    /// (without its phrase: the narrative passes on only the date)
    dated: Dated,
    paragraph: u32,
    violent: bool,
}

/// Fighting and its toll: the kinds whose date a later violent mention may take.
pub(crate) fn violent(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::Strike | EventKind::Clash | EventKind::Casualties | EventKind::MilitaryActivity
    )
}

fn planned_like(m: Modality) -> bool {
    matches!(m, Modality::Planned | Modality::Proposed)
}

/// Merges mentions, fed in text order, into events as they come (the mentions of a long
/// document are never all held at once).
pub(crate) struct Merger<'t> {
    /// The document's text (for the few checks that read a mention's words).
    text: &'t str,
    events: Vec<Building>,
    /// Clauses whose own trigger made or joined an event (not casualty figures or
    /// continuations), with that event's index, in the order they came: another trigger of
    /// such a clause is a different event. (Speed: one list, not one allocated for every
    /// event.)
    event_clauses: Vec<(usize, crate::text::Span)>,
    /// The narrative date: the last dated event of any kind (used within its paragraph) and
    /// the last dated violent one (followed across paragraphs by violent events).
    /// (Speed: when one context is both, `ctx` alone holds it and `violent_is_ctx` is set: no
    /// copy, nothing shared on the heap.)
    ctx: Option<Context>,
    ctx_violent: Option<Context>,
    violent_is_ctx: bool,
    /// The last town named by an event (and whether that event was diplomatic: a meeting,
    /// deal, truce or statement), and by a strike or clash ("the town" in a clash is the last
    /// fight's town, not the capital where a deal was signed).
    last_place: Option<(super::location::Found, bool)>,
    last_violent_place: Option<super::location::Found>,
    dct: NaiveDate,
}

impl<'t> Merger<'t> {
    pub(crate) fn new(dct: NaiveDate, text: &'t str) -> Merger<'t> {
        Merger {
            text,
            events: Vec::new(),
            event_clauses: Vec::new(),
            ctx: None,
            ctx_violent: None,
            violent_is_ctx: false,
            last_place: None,
            last_violent_place: None,
            dct,
        }
    }

    /// Adds the next mention. `headings` are the paragraphs so far that are headings (they
    /// cut the narrative context).
    pub(crate) fn add(&mut self, mut m: Mention, headings: &[u32]) {
        let Merger {
            text,
            events,
            event_clauses,
            ctx,
            ctx_violent,
            violent_is_ctx,
            last_place,
            last_violent_place,
            dct,
        } = self;
        let dct = *dct;
        if m.revision_ref
            && !events
                .iter()
                .any(|b| matches!(b.event.kind, EventKind::Strike | EventKind::Clash))
        {
            m.revision_ref = false; // the first mention of the event: nothing to revise yet
        }
        let last_violent = if *violent_is_ctx {
            ctx.as_ref()
        } else {
            ctx_violent.as_ref()
        };
        let narrative = match (ctx.as_ref(), last_violent) {
            // (what comes "then" follows the last event told, whatever its kind)
            (Some(c), _) if c.paragraph == m.paragraph || m.next_in_sequence => Some(c),
            (_, Some(v)) => Some(v),
            (c, None) => c,
        };
        let dated = final_date(&mut m, narrative, headings, dct, text)
            .or_else(|| hours_from_the_deal(text, &m, events));
        // "a week after they captured most of Aleppo": background to the sentence's event,
        // neither the narrative's place nor its date
        // Nor is a plan's ("talks scheduled for Sunday in Muscat"): what happens next is not
        // there.
        let ahead = dated
            .as_ref()
            .is_some_and(|d| d.date.start.is_some_and(|s| s > dct));
        let backdrop =
            (m.days_before_context.is_some() && !m.anaphoric) || planned_like(m.modality) || ahead;
        let town = m
            .places
            .iter()
            .rev()
            .find(|p| p.location.precision() == Some(super::PlacePrecision::Town))
            .filter(|_| !backdrop)
            .map(|p| p.location.clone());
        let mut locs = locations(std::mem::take(&mut m.places));
        let fight = matches!(m.kind, EventKind::Strike | EventKind::Clash);
        if locs.is_empty() && m.place_anaphor {
            let antecedent = match last_place.as_ref() {
                Some((_, true)) if fight => last_violent_place.as_ref(),
                Some((p, _)) => Some(p),
                None => None,
            };
            if let Some(p) = antecedent {
                locs.push(p.clone().into_location());
            }
        }
        if let Some(p) = town {
            if fight {
                *last_violent_place = Some(p.clone());
            }
            let diplomatic = matches!(
                m.kind,
                EventKind::Meeting
                    | EventKind::Agreement
                    | EventKind::Ceasefire
                    | EventKind::Statement
            );
            *last_place = Some((p, diplomatic));
        }
        if m.revision_ref {
            m.role = Role::Continuation;
            m.anaphoric = true;
        }
        // A whole-war toll is no event and no update of one ("The war has killed more than
        // 20,000 people" after a strike on El Fasher). The war's beginning ("the war, which
        // began in April 2023, has killed tens of thousands") dates no toll; a window it opens
        // ("killed since the war began on Oct. 7") does.
        // A window from a year's first day is the year's running tally, of deaths or of
        // anything else, no event: "Since the beginning of the year, more than 100 people have
        // lost their lives in conflicts", "the army has foiled 19 smuggling attempts and shot
        // down 14 drones" (not a window a war opened: "killed since the war began on Oct. 7,
        // 2023").
        let year_tally = dated.as_ref().is_some_and(|d| {
            d.window
                && d.date.basis == Basis::Expression
                && d.date.precision == crate::time::Grain::Year
                && d.date.start.is_some_and(|s| s.ordinal() == 1)
        });
        if year_tally {
            return;
        }
        let own_dated = dated.as_ref().is_some_and(|d| {
            d.date.basis == Basis::Expression
                && !d.reporting
                && d.date.start.is_some()
                && (d.window
                    || !d.date.span.is_some_and(|at| {
                        super::words::any_word_before(
                            text,
                            0,
                            at.start,
                            3,
                            true,
                            &["began", "started", "erupted", "broke", "begun"],
                        )
                    }))
        });
        if m.kind == EventKind::Casualties && cumulative(&m) && !own_dated {
            return;
        }
        if matches!(
            m.kind,
            EventKind::Statement | EventKind::Clash | EventKind::Strike
        ) && claims_last_attack(events, &m, text)
        {
            return;
        }
        let target = find_target(events, event_clauses, &m, &locs, dated.as_ref(), text, dct);
        let paragraph = m.paragraph;
        let own_clause = (m.role == Role::Event).then_some(m.clause);
        let idx = match target {
            Some(i) => {
                if let Some(b) = events.get_mut(i) {
                    absorb(b, m, locs, dated);
                }
                i
            }
            None => {
                if m.role == Role::Continuation && locs.is_empty() {
                    return;
                }
                // "No one was hurt" with no incident of its own paragraph tells of nothing
                if m.role == Role::CasualtyOnly && none_hurt(&m) {
                    return;
                }
                let kind = if m.role == Role::Continuation || m.role == Role::Interception {
                    EventKind::Strike
                } else {
                    m.kind
                };
                events.push(new_event(m, kind, locs, dated));
                events.len() - 1
            }
        };
        if let Some(clause) = own_clause {
            event_clauses.push((idx, clause));
        }
        if let Some(b) = events.get(idx) {
            if let Some(d) = &b.dated {
                let future = d.date.start.is_some_and(|s| s > dct);
                // (a report's day starts the narrative only when none has started: "the army
                // said on Friday it had recaptured the palace ... An RSF drone strike on the
                // palace killed several soldiers")
                if !planned_like(b.event.modality)
                    && !backdrop
                    && (!d.reporting || ctx.is_none())
                    && !d.window
                    && !future
                    && d.date.start.is_some()
                {
                    let c = Context {
                        dated: d.without_phrase(),
                        paragraph,
                        violent: violent(b.event.kind),
                    };
                    if c.violent {
                        *ctx_violent = None;
                        *violent_is_ctx = true;
                    } else if *violent_is_ctx {
                        // the last violent context stays, now apart from the new one
                        *ctx_violent = ctx.take();
                        *violent_is_ctx = false;
                    }
                    *ctx = Some(c);
                }
            }
        }
    }

    /// The events, finished.
    pub(crate) fn finish(self) -> Vec<Event> {
        let mut last_attack: Option<LastAttack> = None;
        // "fighting around it has continued despite a lull since 2022": what is told only over
        // years is a state of the war, no incident
        let over_years = |d: &Dated| {
            d.window
                && d.date
                    .start
                    .zip(d.date.end)
                    .is_some_and(|(s, e)| (e - s).num_days() > 366)
        };
        // the paragraph where the report first tells an event it dates
        let first_dated = self
            .events
            .iter()
            .filter(|b| b.dated.is_some())
            .map(|b| b.first_paragraph)
            .min();
        self.events
            .into_iter()
            .filter(|b| !b.dated.as_ref().is_some_and(over_years))
            // "ISIS stepped up attacks in north, killing at least 14", "Youths fire on
            // gendarmes": a happening told as fact in the head of a report, in a paragraph
            // before the first event it dates, and dated by nothing, is the head's summary of
            // what the body tells (a claim, a denial or a plan is news without a date; a text
            // that dates nothing keeps its events undated)
            .filter(|b| {
                b.dated.is_some()
                    || b.event.modality != Modality::Asserted
                    || first_dated.is_none_or(|f| b.first_paragraph >= f)
            })
            .map(|mut b| {
                if b.event.kind == EventKind::Strike {
                    attacker_by_weapon(&mut b.event);
                    inherit_attacker(&mut b, &mut last_attack);
                }
                // Jets scrambled, troops mobilised: in the acting state's own territory unless the
                // text places it elsewhere.
                if b.event.kind == EventKind::MilitaryActivity && b.event.locations.is_empty() {
                    let home = b
                        .event
                        .actors
                        .iter()
                        .find(|a| {
                            a.role == super::ActorRole::Initiator
                                && a.actor_type == Some(super::ActorType::StateForces)
                        })
                        .and_then(|a| crate::places::lookup_place(&a.name))
                        .filter(|p| p.precision == super::PlacePrecision::Country);
                    if let Some(p) = home {
                        b.event.locations.push(super::location::to_location(p));
                    }
                }
                // "Gang members killed 70 ... Members of the Gran Grif gang opened fire": the
                // unnamed armed men are the group named in another mention
                let named_group = |a: &Actor| {
                    a.actor_type == Some(super::ActorType::ArmedGroup)
                        && a.name != super::trigger::UNIDENTIFIED_ARMED_GROUP
                };
                if b.event.actors.iter().any(named_group) {
                    b.event
                        .actors
                        .retain(|a| a.name != super::trigger::UNIDENTIFIED_ARMED_GROUP);
                }
                b.event.casualties = b.casualties.figures;
                if b.event.kind == EventKind::Clash {
                    if abduction_only(&b.event) {
                        b.event.kind = EventKind::Other;
                    } else if one_sided(&b.event) {
                        b.event.kind = EventKind::Strike;
                        b.event.sub_kind = Some(ATTACK_ON_CIVILIANS.to_string());
                    }
                }
                b.event.date = b.dated.map(|d| d.date);
                b.event
            })
            .collect()
    }
}

/// The sub-kind of a one-sided attack ([`one_sided`]).
pub(crate) const ATTACK_ON_CIVILIANS: &str = "attack on civilians";

/// "Gunmen killed 26 people, most of them tourists, in a meadow near Pahalgam", "gunmen raided
/// several hamlets, killing between 15 and 20 civilians": a ground attack (not a battle told
/// as such, nor ground taken) whose victims are civilians and that hits no armed side is
/// one-sided violence (ACLED's violence against civilians), an attack and no clash.
fn one_sided(e: &Event) -> bool {
    let attack = matches!(
        e.sub_kind.as_deref(),
        None | Some("" | "attack" | "abduction" | ATTACK_ON_CIVILIANS)
    );
    let armed_target = e.actors.iter().any(|a| {
        a.role == ActorRole::Target
            && matches!(
                a.actor_type,
                Some(
                    super::ActorType::StateForces
                        | super::ActorType::ArmedGroup
                        | super::ActorType::Government
                )
            )
    });
    // (children among those an armed group killed, "16 people, including several children",
    // and a massacre are civilians killed too; a raid by troops that kills a boy is told as
    // a fight)
    let by_state = e.actors.iter().any(|a| {
        a.role == ActorRole::Initiator && a.actor_type == Some(super::ActorType::StateForces)
    });
    let civilians = e.casualties.civilians_killed.is_some()
        || (e.casualties.children_killed.is_some_and(|c| !c.is_zero()) && !by_state)
        || e.sub_kind.as_deref() == Some(ATTACK_ON_CIVILIANS)
        || e.actors.iter().any(|a| {
            a.role == ActorRole::Target && a.actor_type == Some(super::ActorType::Civilians)
        });
    attack && civilians && !armed_target
}

/// "Gunmen kidnapped a nun and two nurses from a clinic": an abduction that kills no one is
/// no fight but an event of its own kind (`other`, sub-kind "abduction"; ACLED's abduction or
/// forced disappearance), its abductors and victims read as an attack's; one inside a raid
/// that kills is that raid.
fn abduction_only(e: &Event) -> bool {
    e.sub_kind.as_deref() == Some("abduction") && e.casualties.killed.is_none_or(|k| k.is_zero())
}

/// The largest low figure a weapon list gives by `count` (launched or intercepted); 0 when none.
fn max_count(
    weapons: &[super::Weapon],
    count: impl Fn(&super::Weapon) -> Option<crate::Count>,
) -> u64 {
    weapons
        .iter()
        .filter_map(|w| count(w).and_then(|c| c.low))
        .max()
        .unwrap_or(0)
}

/// The last strike with a named attacker, for [`inherit_attacker`].
struct LastAttack {
    /// Its day (the first of its dates).
    date: Option<NaiveDate>,
    /// The country of its first place.
    country: Option<String>,
    /// Its initiators.
    attackers: Vec<Actor>,
}

/// "an Iskander strike on Friday in Kryvyi Rih": a strike that names no attacker but a named
/// system only one side fires (`fielded_by` in `data/en/weapons.tsv`) is that side's, unless
/// that side is named as its target.
fn attacker_by_weapon(e: &mut Event) {
    if e.actors.iter().any(|a| a.role == ActorRole::Initiator) {
        return;
    }
    let Some(code) = e
        .weapons
        .iter()
        .find_map(|w| w.model.as_deref().and_then(super::lexicon::fielded_by))
    else {
        return;
    };
    let Some(side) = super::lexicon::state_forces_of(code) else {
        return;
    };
    if e.actors.iter().any(|a| a.name == side.name) {
        return;
    }
    e.actors.push(side.actor(ActorRole::Initiator));
}

/// "Russian missiles hit Kyiv on Monday ... In Lutsk, a missile hit an apartment building": a
/// strike that names no attacker, on the same day and in the same country as the strike told
/// before it, is by that strike's attacker (as an analyst codes it). Not when that attacker is
/// of the struck country itself.
fn inherit_attacker(b: &mut Building, last: &mut Option<LastAttack>) {
    // a day's date only: a week or a month is too wide to say it is the same attack wave
    let date = b
        .dated
        .as_ref()
        .filter(|d| d.date.precision <= crate::time::Grain::Day)
        .and_then(|d| d.date.start);
    let country = b.event.locations.first().and_then(|l| l.country.clone());
    let attackers: Vec<Actor> = b
        .event
        .actors
        .iter()
        .filter(|a| a.role == ActorRole::Initiator)
        .cloned()
        .collect();
    if !attackers.is_empty() {
        *last = Some(LastAttack {
            date,
            country,
            attackers,
        });
        return;
    }
    let Some(last) = last.as_ref() else {
        return;
    };
    // the same day only: across days the attacker may have changed sides ("Israeli jets
    // bombed Hodeidah on Thursday ... A tanker was hit by a drone off Mokha late on Friday")
    let same = date.is_some() && date == last.date && country.is_some() && country == last.country;
    let foreign = last
        .attackers
        .iter()
        .all(|a| a.country.is_none() || a.country != country);
    if same && foreign {
        for a in &last.attackers {
            if !b.event.actors.iter().any(|x| x.name == a.name) {
                b.event.actors.push(a.clone());
            }
        }
    }
}

/// "The Baloch Liberation Army claimed responsibility in a statement": a claim that names no
/// attack of its own is about the attack just told (within two paragraphs), and its claimants
/// are that attack's perpetrators; it joins that attack instead of being a statement apart.
/// So does the toll its perpetrators claim with it ("ISSP claimed responsibility on Wednesday
/// ..., saying its fighters had killed 'more than 40 apostate soldiers'"): a killing by a
/// group told after "claimed responsibility" in its sentence; its figures stay the claim's.
/// True when it joined one.
fn claims_last_attack(events: &mut [Building], m: &Mention, text: &str) -> bool {
    let group = |a: &&Actor| a.actor_type == Some(super::ActorType::ArmedGroup);
    // (Speed: the words are read only for a mention with a group among its parties)
    if !m.actors.iter().any(|a| group(&a)) {
        return false;
    }
    let first = m.triggers.first().copied();
    // ("In a statement ..., a group calling itself the New IRA claimed responsibility for the
    // pipe bomb": any of the statement's words)
    let claimed = m.triggers.iter().copied().find(|t| {
        t.slice(text)
            .is_some_and(|w| crate::number::ends_with_ci(w, " responsibility"))
    });
    let claim = if m.kind == EventKind::Statement {
        claimed.is_some()
    } else {
        first.is_some_and(|t| {
            // (the trigger itself too: a toll's mention is told by its whole clause)
            let whole = crate::text::Span::new(0, text.len());
            let head = crate::text::widen(text, t, 200, 0, whole);
            head.slice(text).is_some_and(|h| {
                let h = h.rsplit(". ").next().unwrap_or(h);
                crate::text::find_once(h.as_bytes(), b"responsibility").is_some_and(|at| {
                    let verb = last_words::<1>(h, 0, at, true)[0];
                    is_one_of(verb, &["claimed", "claiming", "claims"])
                })
            })
        })
    };
    if !claim {
        return false;
    }
    let claimants: Vec<&Actor> = m.actors.iter().filter(group).collect();
    // speed: see MAX_LOOKBACK
    // (not an attack a state made: "The army said it had launched airstrikes that killed
    // dozens of terrorists" is no attack an armed group claims)
    let by_a_state = |e: &Event| {
        e.actors.iter().any(|a| {
            a.role == super::ActorRole::Initiator
                && matches!(
                    a.actor_type,
                    Some(super::ActorType::StateForces | super::ActorType::Government)
                )
        }) || e.weapons.iter().any(|w| w.kind == "airstrike")
    };
    // ("claimed responsibility for the pipe bomb": the attack by that weapon, told up to six
    // paragraphs before, else the last attack of the two paragraphs before)
    let object = claimed.map(|t| super::words::words_after::<4>(text, t.end, text.len(), true));
    let object: &[(crate::text::Span, &str)] = object.as_deref().unwrap_or(&[]);
    let names_weapon = |e: &Event| {
        object
            .first()
            .is_some_and(|(_, w)| w.eq_ignore_ascii_case("for"))
            && e.weapons.iter().any(|w| {
                let noun = w.kind.rsplit(' ').next().unwrap_or("");
                object
                    .iter()
                    .skip(1)
                    .any(|(_, o)| o.eq_ignore_ascii_case(noun))
            })
    };
    let attack = |b: &Building| matches!(b.event.kind, EventKind::Strike | EventKind::Clash);
    // (the weapon named, the attack is the one claimed whoever else was read as its party)
    let by_weapon = events.iter().rev().take(MAX_LOOKBACK).position(|b| {
        attack(b) && m.paragraph.saturating_sub(b.last_paragraph) <= 6 && names_weapon(&b.event)
    });
    let found = by_weapon.or_else(|| {
        events.iter().rev().take(MAX_LOOKBACK).position(|b| {
            attack(b) && !by_a_state(&b.event) && m.paragraph.saturating_sub(b.last_paragraph) <= 2
        })
    });
    let Some(b) = found.and_then(|i| events.iter_mut().rev().nth(i)) else {
        return false;
    };
    for a in claimants {
        match b.event.actors.iter_mut().find(|x| x.name == a.name) {
            Some(x) => x.role = super::ActorRole::Initiator,
            None => b.event.actors.push(Actor {
                role: super::ActorRole::Initiator,
                ..a.clone()
            }),
        }
    }
    b.event.mentions.push(m.clause);
    b.last_paragraph = b.last_paragraph.max(m.paragraph);
    true
}

/// A casualty reading that says nobody was killed or hurt ("No one was hurt").
fn none_hurt(m: &Mention) -> bool {
    let figures = [m.casualties.figures.killed, m.casualties.figures.injured];
    figures.iter().flatten().next().is_some() && figures.iter().flatten().all(|c| c.is_zero())
}

/// "The war has killed tens of thousands": a whole-war toll is no event.
fn cumulative(m: &Mention) -> bool {
    m.cumulative
}

fn final_date(
    m: &mut Mention,
    ctx: Option<&Context>,
    headings: &[u32],
    dct: NaiveDate,
    text: &str,
) -> Option<Dated> {
    let mut own = m.dates.own.take();
    if m.revision_ref {
        // "On Thursday the ministry raised the toll from the market strike", "In a statement
        // on Monday, the council condemned the attack": the report's date
        if let Some(mut d) = own.take().or_else(|| m.dates.sentence.take()) {
            d.reporting = true;
            m.dates.reporting = Some(d);
        }
    }
    // A vague own phrase ("now", "recently") yields to a stated date of the sentence or report.
    if own.as_ref().is_some_and(|d| d.date.start.is_none()) {
        if let Some(d) = m.dates.sentence.take() {
            return Some(d);
        }
        if m.kind == EventKind::Statement {
            if let Some(d) = m.dates.reporting.take() {
                return Some(d);
            }
        }
    }
    if let Some(mut d) = own {
        // "Sunday's attack came two days after the envoy met Ghali": a day named before the
        // "after" is the main clause's; what the "after" clause tells lies days before it
        let main_clause_day = d.date.span.zip(m.triggers.first()).is_some_and(|(s, t)| {
            text.get(s.end..t.start).is_some_and(|gap| {
                gap.split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case("after"))
            })
        });
        if main_clause_day && !counted_back(m, &mut d) {
            return None;
        }
        if d.date.start.is_some_and(|s| s > dct) && !planned_like(m.modality) {
            m.modality = Modality::Planned;
        }
        return Some(d);
    }
    if let Some(mut d) = m.dates.sentence.take() {
        if d.date.start.is_none_or(|s| s <= dct) || planned_like(m.modality) {
            // "Sunday's attack came two days after the envoy met Ghali": the sentence's day is
            // the main clause's, what the "after" clause tells lies that many days before it
            return counted_back(m, &mut d).then_some(d);
        }
    }
    // "Negotiators are holding talks in Doha": going on as the report is written, on the
    // day of publication, not the narrative's day; and so is a proposal told in the present
    // ("the committee calls on the minister to consider requesting the deployment of the
    // army": called for on the day of the statement)
    let called_now = m.modality == Modality::Proposed
        && m.triggers.first().is_some_and(|t| {
            last_words::<12>(text, m.clause.start, t.start, false)
                .iter()
                .any(|w| is_one_of(w, &["calls", "urges", "demands", "proposes"]))
        });
    if (m.ongoing && !planned_like(m.modality)) || called_now {
        return Some(Dated {
            date: EventDate {
                value: dct.to_string(),
                start: Some(dct),
                end: Some(dct),
                precision: crate::Grain::Day,
                text: None,
                span: None,
                basis: Basis::Publication,
            },
            soft: true,
            night: false,
            reporting: false,
            window: false,
        });
    }
    if !planned_like(m.modality) {
        if let Some(c) = ctx {
            let same_para = c.paragraph == m.paragraph;
            // (headings come in paragraph order: the first after the context's paragraph is
            // found by bisection, so a long document's many headings cost no scan per mention)
            let heading_between = headings
                .get(headings.partition_point(|h| *h <= c.paragraph))
                .is_some_and(|h| *h < m.paragraph);
            let near = m.paragraph.saturating_sub(c.paragraph) <= 2;
            // ("Serbs then gathered to protest against the arrests": what came next, in the
            // paragraph after, is on the day told before too)
            let kind_ok = same_para
                || (c.violent && violent(m.kind) || m.next_in_sequence) && !heading_between && near;
            let reporting_first = !same_para && m.dates.reporting.is_some();
            if kind_ok && !reporting_first {
                let mut d = c.dated.without_phrase();
                // (some days before the context's day: no day of it can be given)
                if !counted_back(m, &mut d) {
                    return None;
                }
                d.soft = true;
                d.date.basis = Basis::Context;
                d.date.text = None;
                d.date.span = None;
                // "Since then, 1,500 have been killed": from the narrative's day to the report
                if let Some(start) = d.date.start.filter(|s| m.since_then && *s < dct) {
                    let (value, precision) = crate::time::covering_value(start, dct);
                    d.date.value = value;
                    d.date.precision = precision;
                    d.date.end = Some(dct);
                    d.window = true;
                }
                return Some(d);
            }
        }
    }
    let mut r = m.dates.reporting.take()?;
    if r.date.start.is_some_and(|s| s > dct) {
        return None;
    }
    // "the rebels said on Sunday they would hold a ceasefire, days after they seized Goma":
    // what happened so long before the report is not of its day
    counted_back(m, &mut r).then_some(r)
}

/// Moves `d` back by the days the mention is told before the day it was read from ("two
/// days after militants attacked": two days back); false when how many is not told ("days
/// after they seized Goma"), and no day can be given.
fn counted_back(m: &Mention, d: &mut Dated) -> bool {
    match m.days_before_context.filter(|_| !m.anaphoric) {
        Some(Before::Days(n)) => {
            shift_day(d, n);
            true
        }
        Some(Before::Unknown) => false,
        None => true,
    }
}

/// Moves a day-precision date `n` days back ("a day after ..." told of the day before).
fn shift_day(d: &mut Dated, n: u32) {
    if d.date.precision != crate::time::Grain::Day {
        return;
    }
    let back = |x: NaiveDate| x.checked_sub_days(chrono::Days::new(u64::from(n)));
    if let (Some(s), Some(e)) = (d.date.start.and_then(back), d.date.end.and_then(back)) {
        d.date.start = Some(s);
        d.date.end = Some(e);
        d.date.value = s.to_string();
        d.night = false;
    }
}

/// Speed: a mention is merged only into one of the most recently created events (far more
/// than any news article holds), so merging stays linear in the length of huge documents
/// (every mention was compared with every event before: quadratic).
const MAX_LOOKBACK: usize = 256;

/// Speed: the spans of `spans` (pushed in text order, sentence by sentence) that may lie in
/// the sentence of `clause`: a sentence is at most `MAX_SENTENCE` bytes, so only the last
/// ones starting at most that far before it (not every mention of the event: quadratic in
/// long documents).
fn recent_spans(
    spans: &[crate::text::Span],
    clause: crate::text::Span,
) -> impl Iterator<Item = crate::text::Span> + '_ {
    spans
        .iter()
        .rev()
        .take_while(move |s| s.start.saturating_add(crate::text::MAX_SENTENCE) >= clause.start)
        .copied()
}

fn find_target(
    events: &[Building],
    event_clauses: &[(usize, crate::text::Span)],
    m: &Mention,
    locs: &[Location],
    dated: Option<&Dated>,
    text: &str,
    dct: NaiveDate,
) -> Option<usize> {
    let date_ok = |b: &Building| match (&b.dated, dated) {
        (Some(a), Some(d)) => compatible(a, d),
        _ => true,
    };
    let recent = |b: &Building| m.paragraph.saturating_sub(b.last_paragraph) <= 3;
    match m.role {
        Role::CasualtyOnly => {
            let own_period = m.dates.own.is_some()
                || dated.is_some_and(|d| d.date.basis == Basis::Expression && !d.reporting);
            if own_period && !m.casualties.revision {
                return None;
            }
            // the episode told in this paragraph (a strike, a clash, a protest police broke
            // up; a protest only in no other place: "in Mombasa a bus crash killed eight
            // people" is not a Nairobi protest's toll, while a missile barrage's toll may be in
            // another town), else a strike or clash of the paragraph before in no other place ("Two
            // railway workers were killed in the Dnipropetrovsk region" after a strike on
            // Mykolaiv is a toll of its own)
            // speed: see MAX_LOOKBACK
            let here = events
                .iter()
                .enumerate()
                .rev()
                .take(MAX_LOOKBACK)
                .find(|(_, b)| {
                    matches!(
                        b.event.kind,
                        EventKind::Strike | EventKind::Clash | EventKind::Protest
                    ) && b.last_paragraph == m.paragraph
                        && (b.event.kind != EventKind::Protest
                            || !conflict(&b.event.locations, locs))
                });
            // ("No one was hurt" tells of its own paragraph's incident, not the last
            // paragraph's: "Settlers set fire to homes in Duma. No one was hurt.")
            let none_hurt = none_hurt(m);
            // (a toll that names no place, no party and no other incident reaches back past a
            // paragraph or two of description: "Residents described hours of heavy fire." /
            // "The health ministry said on Tuesday that 12 people had been killed")
            // (and one reported before the event cannot be its toll: "had earlier this month
            // claimed that troops neutralised 23 bandits" is not Sunday's abduction's)
            let loose = locs.is_empty() && m.actors.is_empty() && !another(text, m.clause);
            let reported_after = |b: &Building| {
                let start = |d: Option<&Dated>| d.and_then(|d| d.date.start);
                match (start(dated), start(b.dated.as_ref())) {
                    (Some(r), Some(e)) => r >= e,
                    _ => true,
                }
            };
            here.or_else(|| {
                events
                    .iter()
                    .enumerate()
                    .rev()
                    .take(MAX_LOOKBACK)
                    .filter(|_| !none_hurt)
                    .find(|(_, b)| {
                        matches!(b.event.kind, EventKind::Strike | EventKind::Clash)
                            && (m.casualties.revision
                                || m.paragraph.saturating_sub(b.last_paragraph)
                                    <= if loose && reported_after(b) { 3 } else { 1 })
                            && (m.casualties.revision || !conflict(&b.event.locations, locs))
                    })
            })
            .map(|(i, _)| i)
        }
        Role::Continuation | Role::Interception => {
            // ("The Israeli military said it had intercepted the missile": a side intercepts
            // what was fired at it, not its own strike)
            let own_attack = |b: &Building| {
                m.role == Role::Interception
                    && m.actors
                        .iter()
                        .filter(|a| a.role == ActorRole::Target)
                        .any(|a| {
                            b.event
                                .actors
                                .iter()
                                .any(|x| x.name == a.name && x.role == ActorRole::Initiator)
                        })
            };
            let fits = |b: &Building| {
                b.event.kind == EventKind::Strike
                    && recent(b)
                    && date_ok(b)
                    && !conflict(&b.event.locations, locs)
                    && !planned_like(b.event.modality)
                    && !other_attackers(b, m)
                    && !own_attack(b)
            };
            let nearest = events
                .iter()
                .enumerate()
                .rev()
                .take(MAX_LOOKBACK) // speed: see MAX_LOOKBACK
                .find(|(_, b)| fits(b))
                .map(|(i, _)| i);
            // "Ukraine's air force said it shot down 102 missiles" after a town's strike by
            // one missile: the downed belong to the attack that launched as many (the
            // night's barrage told before), not to the town's
            let downed = max_count(&m.weapons, |w| w.intercepted);
            let launched = |b: &Building| max_count(&b.event.weapons, |w| w.count);
            let too_small = nearest
                .and_then(|i| events.get(i))
                .is_some_and(|b| launched(b) < downed);
            if m.role == Role::Interception && too_small {
                let barrage = events
                    .iter()
                    .enumerate()
                    .rev()
                    .take(MAX_LOOKBACK)
                    .find(|(_, b)| fits(b) && launched(b) >= downed / 2)
                    .map(|(i, _)| i);
                barrage.or(nearest)
            } else {
                nearest
            }
        }
        Role::Event => {
            let own_date = dated.is_some_and(|d| d.date.basis == Basis::Expression && !d.reporting);
            // speed: see MAX_LOOKBACK
            for (i, b) in events.iter().enumerate().rev().take(MAX_LOOKBACK) {
                // (a clause's mentions come one after the other: those of this clause are the
                // last entries; Speed: only they are read, not every clause of the last 4 KiB
                // for each of the events looked back at, which made a long document's pass 18 %
                // dearer)
                let own_clause = event_clauses
                    .iter()
                    .rev()
                    .take_while(|(_, s)| *s == m.clause)
                    .any(|&(j, _)| j == i);
                if own_clause {
                    continue; // kept apart in their own clause on purpose
                }
                // ("Thousands marched to parliament. Police detained at least 12 people.": the
                // arrests at a protest told in its paragraph are the protest's)
                let kind_ok = b.event.kind == m.kind
                    || (m.attack_word
                        && m.anaphoric
                        && matches!(b.event.kind, EventKind::Strike | EventKind::Clash))
                    || (m.kind == EventKind::Other
                        && m.sub_kind == "arrests"
                        && b.event.kind == EventKind::Protest
                        && b.last_paragraph == m.paragraph);
                if !kind_ok || planned_like(b.event.modality) != planned_like(m.modality) {
                    continue;
                }
                // a party's unverified toll of an attack is its claim, not the toll reported
                if m.modality == Modality::Claimed
                    && b.event.modality == Modality::Asserted
                    && m.casualties.any
                    && b.casualties.any
                {
                    continue;
                }
                if !date_ok(b) || conflict(&b.event.locations, locs) || opposite_sides(b, m) {
                    continue;
                }
                // A new, dated incident must name the same place; containment
                // ("Kherson" in "Ukraine") only joins mentions of the same episode.
                // (but a dated incident weeks before the report is not the news an undated
                // lede paragraphs before tells of: "Moqokori had been retaken ... on 9 August"
                // below "Militants have attacked a military base")
                let weeks_before_lede = own_date
                    && b.dated.as_ref().is_none_or(|d| d.reporting || d.soft)
                    && b.last_paragraph != m.paragraph
                    && dated.is_some_and(|d| {
                        d.date
                            .end
                            .is_some_and(|e| dct.signed_duration_since(e).num_days() > 7)
                    });
                let places_meet = !locs.is_empty()
                    && !weeks_before_lede
                    && if own_date {
                        super::location::same_name(&b.event.locations, locs)
                    } else {
                        overlap(&b.event.locations, locs)
                    };
                // an undated mention continues the episode; across paragraphs only when both
                // sides have places that do not conflict (a place-less event in another
                // paragraph is no anchor for a placed mention)
                let anchored = b.last_paragraph == m.paragraph
                    || locs.is_empty()
                    || !b.event.locations.is_empty();
                // (an event of an earlier paragraph on another day than the narrative's day
                // here is no longer the episode told: "Thailand sent jets on Thursday after
                // Cambodian forces fired rockets" is not Friday's fighting told paragraphs
                // before)
                let narrative_moved = b.last_paragraph != m.paragraph
                    && dated.is_some_and(|d| {
                        d.soft
                            && b.dated
                                .as_ref()
                                .is_some_and(|a| !super::link::days_meet(a, d))
                    });
                // (nor is an event told as some time before the sentence's: "The attack came
                // two weeks after gunmen killed 52 people in Bokkos")
                let told_before = m.days_before_context.is_some() && !m.anaphoric;
                let undated_near = !own_date
                    && anchored
                    && !narrative_moved
                    && !told_before
                    && if matches!(m.kind, EventKind::Strike | EventKind::Clash) {
                        recent(b)
                    } else {
                        b.last_paragraph == m.paragraph
                    };
                // talks between the same two parties
                let parties_meet = !own_date
                    && matches!(
                        m.kind,
                        EventKind::Meeting | EventKind::Agreement | EventKind::Ceasefire
                    )
                    && m.actors
                        .iter()
                        .filter(|a| b.event.actors.iter().any(|x| x.name == a.name))
                        .count()
                        >= 2;
                // a truce, deal or meeting told with no place and no party, on the day of one
                // told a paragraph or two away, is that one ("The truce is due to take effect
                // at midnight on Friday" above "M23 and the government have agreed to a
                // ceasefire across North Kivu, due to take effect at midnight on Friday")
                let bare =
                    |locs: &[Location], actors: &[Actor]| locs.is_empty() && actors.is_empty();
                let same_day_bare = own_date
                    && matches!(
                        m.kind,
                        EventKind::Meeting | EventKind::Agreement | EventKind::Ceasefire
                    )
                    && m.paragraph.abs_diff(b.last_paragraph) <= 2
                    && (bare(locs, &m.actors) || bare(&b.event.locations, &b.event.actors))
                    && b.dated
                        .as_ref()
                        .zip(dated)
                        .is_some_and(|(a, d)| a.date.value == d.date.value);
                if places_meet || m.anaphoric || undated_near || parties_meet || same_day_bare {
                    return Some(i);
                }
                if own_date
                    && !weeks_before_lede
                    && (detail_of(b, m, locs, dated, text) || lede_detail(b, m, text))
                {
                    return Some(i);
                }
                if m.anaphoric {
                    break;
                }
            }
            None
        }
    }
}

/// "Hours before the deal was reached, Houthi drones struck a government position": an
/// attack told as hours (minutes, shortly) before or after a truce or deal told before is on
/// that deal's day.
fn hours_from_the_deal(text: &str, m: &Mention, events: &[Building]) -> Option<Dated> {
    if !violent(m.kind) {
        return None;
    }
    let clause = m.clause.slice(text)?;
    let head = clause.get(..clause.len().min(40))?;
    // (Speed: most clauses hold neither word; a plain search refuses them)
    if !head.contains("efore the ") && !head.contains("fter the ") {
        return None;
    }
    let near = ["hours", "minutes", "shortly", "just", "moments"];
    let relation = (0..head.len()).find_map(|i| {
        let rest = head.get(i..)?;
        ["before the ", "after the "]
            .iter()
            .find(|r| crate::number::starts_with_ci(rest, r))
            .map(|r| i + r.len())
    })?;
    // the words before the relation: in the clause, or just before it ("Hours | before ...")
    let from = m.clause.start.saturating_sub(12);
    let lead = text.get(from..m.clause.start + relation).unwrap_or("");
    let noun = super::words::word_after(clause, relation, clause.len(), true)?.1;
    if !lead
        .split(|c: char| !c.is_alphabetic())
        .any(|w| crate::text::is_one_of(w, &near))
        || !crate::text::is_one_of(noun, &["deal", "truce", "ceasefire", "agreement", "accord"])
    {
        return None;
    }
    let deal = events.iter().rev().find(|b| {
        matches!(b.event.kind, EventKind::Ceasefire | EventKind::Agreement)
            && !planned_like(b.event.modality)
    })?;
    let mut d = deal.dated.clone()?;
    if d.date.precision != crate::Grain::Day {
        return None;
    }
    d.soft = true;
    d.reporting = false;
    d.date.basis = Basis::Context;
    d.date.text = None;
    d.date.span = None;
    Some(d)
}

/// Two strikes by different sides ("Israel struck targets in southern Lebanon. Hezbollah
/// said it fired two mortar rounds"): each names its initiators and they share none. (Not
/// clashes, which each side tells as its own: "repelled 61 Russian assaults".)
///
/// An anaphoric mention ("in the Israeli attacks") is of another event when its attacker is
/// the event's target and not among its attackers (Iran's missile strike on Israel told
/// just before).
fn opposite_sides(b: &Building, m: &Mention) -> bool {
    let turned = || {
        m.actors
            .iter()
            .filter(|a| a.role == ActorRole::Initiator)
            .any(|a| {
                let role_in_b = |r: ActorRole| {
                    b.event
                        .actors
                        .iter()
                        .any(|x| x.name == a.name && x.role == r)
                };
                role_in_b(ActorRole::Target) && !role_in_b(ActorRole::Initiator)
            })
    };
    if m.anaphoric {
        turned()
    } else {
        m.kind == EventKind::Strike && other_attackers(b, m)
    }
}

/// Both name who attacked, and no attacker is shared ("the Israeli attacks" are not Iran's
/// missile strike on Israel told just before).
fn other_attackers(b: &Building, m: &Mention) -> bool {
    fn initiators(actors: &[Actor]) -> impl Iterator<Item = &str> + Clone {
        actors
            .iter()
            .filter(|a| a.role == ActorRole::Initiator)
            .map(|a| a.name.as_str())
    }
    let (mut ours, theirs) = (initiators(&b.event.actors), initiators(&m.actors));
    ours.clone().next().is_some()
        && theirs.clone().next().is_some()
        && !ours.any(|a| theirs.clone().any(|t| t == a))
}

/// A dated clash that tells, in the same or the next paragraph, the same day's incident of
/// a clash placed only by its country, in a place of that country ("Jihadists killed 40
/// civilians in central Mali on Thursday. Gunmen stormed two villages in the Bandiagara
/// region late on Thursday"): its detail, unless the clause says it is another incident
/// ("In another attack", "Separately", "Elsewhere", "also").
fn detail_of(
    b: &Building,
    m: &Mention,
    locs: &[Location],
    dated: Option<&Dated>,
    text: &str,
) -> bool {
    let same_day = |d: &Dated| {
        d.date.start.is_some()
            && d.date.start == d.date.end
            && d.date.precision == crate::Grain::Day
    };
    let (Some(a), Some(d)) = (b.dated.as_ref(), dated) else {
        return false;
    };
    let country_only = !b.event.locations.is_empty()
        && b.event
            .locations
            .iter()
            .all(|l| l.precision == Some(super::PlacePrecision::Country));
    let finer = !locs.is_empty()
        && locs
            .iter()
            .all(|l| l.precision != Some(super::PlacePrecision::Country));
    // (not strikes: a night's country-wide barrage and a shelling of one town that day are
    // two incidents)
    m.kind == EventKind::Clash
        && m.paragraph.saturating_sub(b.last_paragraph) <= 1
        && same_day(a)
        && same_day(d)
        && a.date.start == d.date.start
        && country_only
        && finer
        && overlap(&b.event.locations, locs)
        && !another(text, m.clause)
}

/// True when the clause tells of another incident ("another", "separately", "elsewhere").
fn another(text: &str, clause: crate::text::Span) -> bool {
    super::words::word_spans(text, clause).iter().any(|w| {
        crate::text::is_one_of(
            w.slice(text).unwrap_or(""),
            &[
                "another",
                "separately",
                "separate",
                "elsewhere",
                "also",
                "meanwhile",
                "second",
            ],
        )
    })
}

/// True when `m`, a dated attack, tells in detail the attack of the paragraph just before
/// that had no day of its own (at most the report's): "A Myanmar military airstrike on a
/// village in Rakhine state killed at least 18 people, a spokesperson said Tuesday." then "A
/// fighter jet dropped two bombs on Thit Tat Kone village late Sunday" (the lede of wire copy
/// and its detail).
fn lede_detail(b: &Building, m: &Mention, text: &str) -> bool {
    matches!(m.kind, EventKind::Strike | EventKind::Clash)
        && m.paragraph == b.last_paragraph + 1
        && b.event.mentions.len() == 1
        && b.dated.as_ref().is_none_or(|d| d.reporting)
        && !another(text, m.clause)
}

fn add_actors(into: &mut Vec<Actor>, from: Vec<Actor>) {
    for a in from {
        if !into.iter().any(|x| x.name == a.name) {
            into.push(a);
        }
    }
}

fn add_locations(into: &mut Vec<Location>, from: Vec<Location>) {
    for l in from {
        if !into.iter().any(|x| x.name == l.name) {
            into.push(l);
        }
    }
}

/// Speed: the mention's actors, source and sub-kind move into the event (no copies).
fn absorb(b: &mut Building, m: Mention, locs: Vec<Location>, dated: Option<Dated>) {
    let e = &mut b.event;
    for t in [m.clause] {
        if !recent_spans(&e.mentions, t).any(|s| s.overlaps(&t)) {
            e.mentions.push(t);
        }
    }
    add_locations(&mut e.locations, locs);
    add_actors(&mut e.actors, m.actors);
    weapons::merge(&mut e.weapons, &m.weapons);
    merge_figures(&mut b.casualties, &m.casualties);
    if e.source.is_none() {
        e.source = m.source;
    }
    if e.sub_kind.is_none() && !m.sub_kind.is_empty() {
        e.sub_kind = Some(m.sub_kind.to_string());
    }
    if m.role == Role::Event && m.modality == Modality::Asserted && e.modality == Modality::Claimed
    {
        e.modality = Modality::Asserted;
    }
    match (&b.dated, dated) {
        (None, Some(d)) => b.dated = Some(d),
        (Some(cur), Some(d)) if better(cur, &d) => b.dated = Some(d),
        _ => {}
    }
    b.last_paragraph = b.last_paragraph.max(m.paragraph);
}

/// Speed: the mention's arguments move into the event (no copies).
fn new_event(m: Mention, kind: EventKind, locs: Vec<Location>, dated: Option<Dated>) -> Building {
    Building {
        event: Event {
            id: String::new(),
            kind,
            sub_kind: (!m.sub_kind.is_empty()).then(|| m.sub_kind.to_string()),
            modality: m.modality,
            date: None,
            locations: locs,
            actors: m.actors,
            casualties: Casualties::default(),
            weapons: m.weapons,
            source: m.source,
            mentions: vec![m.clause],
            sources: Vec::new(),
        },
        dated,
        first_paragraph: m.paragraph,
        last_paragraph: m.paragraph,
        casualties: m.casualties,
    }
}
