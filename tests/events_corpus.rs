//! Corpus tables for the event layer, grouped by phenomenon, positive and negative:
//! (input text, publication date, expected). Each table is run in full; no row is skipped.

use conflict_timeline::{ActorRole, Basis, Count, EventKind, Extractor, Modality, Timeline};

fn run(text: &str, dct: &str) -> Timeline {
    let d = dct.parse::<conflict_timeline::Published>().expect("dct");
    Extractor::new().extract(text, d).expect("extract")
}

fn kinds(text: &str) -> Vec<EventKind> {
    let mut k: Vec<EventKind> = run(text, "2025-03-09")
        .events
        .iter()
        .map(|e| e.kind)
        .collect();
    k.sort();
    k
}

/// Trigger families: (text, the kinds expected, sorted).
const TRIGGERS: &[(&str, &[EventKind])] = &[
    // being at war is a state, no incident; fighting breaking out is one
    (
        "The RSF, which has been at war with the army since April 2023, controls Darfur.",
        &[],
    ),
    (
        "Fighting broke out in Khartoum in April 2023.",
        &[EventKind::Clash],
    ),
    // another round told after talks is the talks' next meeting; a round fired is a shot
    (
        "Talks were held in Riyadh on Tuesday. Another round is planned for later this month in Istanbul.",
        &[EventKind::Meeting, EventKind::Meeting],
    ),
    ("The soldier fired another round at the car.", &[]),
    // gunfire exchanged is a fight, not a prisoner exchange
    (
        "Police arrived in the area on Tuesday afternoon and exchanged gunfire with the gangs.",
        &[EventKind::Clash],
    ),
    // attacks a commander was planning are none yet
    (
        "The army said it targeted a commander who had been planning attacks against civilians.",
        &[],
    ),
    // bandits who kill fight; a toll alone is casualties
    (
        "Bandits killed 43 villagers in Zamfara state on Tuesday.",
        &[EventKind::Strike],
    ),
    (
        "Forty-three villagers were killed in Zamfara state on Tuesday.",
        &[EventKind::Casualties],
    ),
    // arrests at a protest told in its paragraph are the protest's; arrests elsewhere are
    // their own
    (
        "Thousands of protesters marched to parliament in Tbilisi on Wednesday. Police detained at least 12 people.",
        &[EventKind::Protest],
    ),
    (
        "Thousands of protesters marched to parliament in Tbilisi on Wednesday.\n\nIn Moscow, police detained two journalists on Friday.",
        &[EventKind::Protest, EventKind::Other],
    ),
    // a denial is no statement of its own (folded into what it denies, or standing); what it
    // denies happened is that event, denied
    (
        "The RSF, which has besieged the city for more than a year, denied targeting civilians.",
        &[],
    ),
    (
        "The army denied that warplanes had bombed a depot in Nyala.",
        &[EventKind::Strike],
    ),
    // military posts, bases and camps seized are ground taken
    (
        "JNIM said its fighters had seized several military posts in Kayes on Tuesday.",
        &[EventKind::Clash],
    ),
    ("The group seized several trucks of fuel on Tuesday.", &[]),
    // a truce broken again and again is a habit, not an incident
    (
        "A ceasefire agreed in Doha in July has been repeatedly violated.",
        &[EventKind::Ceasefire],
    ),
    (
        "The rebels violated the ceasefire on Friday, the army said.",
        &[EventKind::Ceasefire],
    ),
    // a truce or deal to be discussed is a topic, not made
    (
        "The council is expected to meet in Addis Ababa next week to discuss a ceasefire proposal.",
        &[EventKind::Meeting],
    ),
    (
        "The council is expected to meet in Addis Ababa next week. A ceasefire was agreed on Friday.",
        &[EventKind::Meeting, EventKind::Ceasefire],
    ),
    // a clause after ", and" tells an event of its own
    (
        "Drones hit Kharkiv on Sunday, and the army shelled the town of Vovchansk on Monday.",
        &[EventKind::Strike, EventKind::Strike],
    ),
    // a pause in fighting is a truce; a pause in anything else is none
    (
        "The opposition declared a two-week pause in offensive military operations on Sunday.",
        &[EventKind::Ceasefire],
    ),
    (
        "The company announced a pause in production on Friday.",
        &[],
    ),
    // a suicide bombing told again as "an attack" is one strike; an attack with no
    // weapon fired or set off is a clash
    (
        "A suicide bomber killed at least 10 people in Mogadishu on Sunday in an attack claimed by al Shabaab.",
        &[EventKind::Strike],
    ),
    (
        "Gunmen killed 10 people in Mogadishu on Sunday in an attack claimed by al Shabaab.",
        &[EventKind::Clash],
    ),
    // armed men advancing on a town fight for it; prices advancing do not
    (
        "The rebels advanced towards Bukavu last week.",
        &[EventKind::Clash],
    ),
    ("Stocks advanced on Monday in Tokyo.", &[]),
    // attacks commented on are attacks told of before
    ("The group did not comment on the attacks.", &[]),
    (
        "The group attacked an army post in Gao on Friday, the army said.",
        &[EventKind::Clash],
    ),
    // what a party has done, in the perfect of a relative clause, describes it; a relative
    // clause in the past tells an event
    (
        "The Houthis, who have attacked shipping in the Red Sea, said they would keep up the pressure.",
        &[],
    ),
    (
        "Gunmen who attacked a village in Plateau on Friday killed 12 people.",
        &[EventKind::Strike],
    ),
    // a party said to be no party to a deal told of before: no deal of its own
    ("The M23 rebels are not party to the agreement.", &[]),
    (
        "The M23 rebels are party to the agreement signed on Friday.",
        &[EventKind::Agreement],
    ),
    // an operation to retake ground is fighting; how much of a territory a side holds is no
    // capture told
    (
        "On Wednesday, police launched an operation to retake the town of Mirebalais.",
        &[EventKind::Clash],
    ),
    (
        "The Viv Ansanm gang coalition has seized control of about 85% of Port-au-Prince.",
        &[],
    ),
    (
        "Gangs seized control of Mirebalais on Monday.",
        &[EventKind::Clash],
    ),
    // bodies handed over or received "of" someone are an exchange; a hospital that
    // "received the bodies" is none
    (
        "Ukraine received the bodies of 909 soldiers on Friday.",
        &[EventKind::Agreement],
    ),
    (
        "Nasser Hospital, which received the bodies, said the victims were civilians.",
        &[],
    ),
    // a protest's cause is no incident of its own
    (
        "Hundreds of people demonstrated in Warsaw to protest the bombing of Kyiv.",
        &[EventKind::Protest],
    ),
    (
        "Students rallied against the air strikes on Sunday.",
        &[EventKind::Protest],
    ),
    // a meeting called off is none: by a verb before it, or in the passive after its noun;
    // a meeting held beside another one called off, or a postponement to a new date, stays
    (
        "Talks between Iran and the United States, which had been scheduled for Sunday in Muscat, were cancelled, Oman's foreign minister said.",
        &[],
    ),
    (
        "Iran cancelled talks with the United States that were scheduled for Sunday.",
        &[],
    ),
    ("The summit planned for Friday in Doha was called off.", &[]),
    (
        "A planned meeting between Putin and Trump has been shelved, the White House said.",
        &[],
    ),
    (
        "Putin and Trump met in Budapest on Friday, after a summit planned for May was cancelled.",
        &[EventKind::Meeting],
    ),
    (
        "The talks in Doha continued on Friday although a press conference was cancelled.",
        &[EventKind::Meeting],
    ),
    (
        "The meeting between Putin and Trump in Budapest was postponed until next week.",
        &[EventKind::Meeting],
    ),
    // strike
    (
        "Russian forces pounded Kharkiv with glide bombs.",
        &[EventKind::Strike],
    ),
    (
        "Artillery shelled the outskirts of Kherson.",
        &[EventKind::Strike],
    ),
    (
        "The army launched drones at positions near Bakhmut.",
        &[EventKind::Strike],
    ),
    (
        "A missile hit an apartment block in Dnipro.",
        &[EventKind::Strike],
    ),
    (
        "Warplanes bombed a fuel depot in Nyala.",
        &[EventKind::Strike],
    ),
    (
        "A guided bomb killed two civilians in Kostiantynivka.",
        &[EventKind::Strike],
    ),
    (
        "Air defences shot down 12 drones over Odesa.",
        &[EventKind::Strike],
    ),
    // clash
    (
        "Rebels clashed with soldiers near Goma.",
        &[EventKind::Clash],
    ),
    (
        "Militants ambushed a convoy near Djibo.",
        &[EventKind::Clash],
    ),
    (
        "The rebels captured the town of Kamanyola.",
        &[EventKind::Clash],
    ),
    (
        "Ukrainian troops recaptured the village of Robotyne.",
        &[EventKind::Clash],
    ),
    (
        "Insurgent fighters entered Luvungi without firing a shot.",
        &[EventKind::Clash],
    ),
    // meeting
    (
        "Negotiators met in Abu Dhabi to finalise the lists.",
        &[EventKind::Meeting],
    ),
    (
        "The two ministers held talks in Ankara.",
        &[EventKind::Meeting],
    ),
    ("The envoy will travel to Moscow.", &[EventKind::Meeting]),
    (
        "The president visited troops near Pokrovsk.",
        &[EventKind::Meeting],
    ),
    // ceasefire, agreement
    (
        "The government proposed a humanitarian truce for 48 hours.",
        &[EventKind::Ceasefire],
    ),
    (
        "The two sides agreed a ceasefire in the east.",
        &[EventKind::Ceasefire],
    ),
    // talks about a truce are talks, not a truce
    (
        "Ceasefire talks in Doha have stalled, two officials said.",
        &[EventKind::Meeting],
    ),
    (
        "Truce negotiations resumed in Cairo on Monday.",
        &[EventKind::Meeting],
    ),
    (
        "Ukraine and Russia swapped 95 prisoners each.",
        &[EventKind::Agreement],
    ),
    (
        "The sides exchanged prisoners of war on Saturday.",
        &[EventKind::Agreement],
    ),
    // protest, military activity, statement
    (
        "Thousands marched through the capital to denounce the war.",
        &[EventKind::Protest],
    ),
    (
        "Relatives rallied outside parliament.",
        &[EventKind::Protest],
    ),
    (
        "Poland scrambled fighter jets as Russian missiles flew west.",
        &[EventKind::MilitaryActivity],
    ),
    (
        "An air-raid alert was in force across the region.",
        &[EventKind::MilitaryActivity],
    ),
    (
        "The army imposed a curfew in the town.",
        &[EventKind::MilitaryActivity],
    ),
    (
        "The minister appealed to allies to send more air defence systems.",
        &[EventKind::Statement],
    ),
    // negatives: no event
    ("The talks could collapse if the sides disagree.", &[]),
    ("The army could strike the bridge at any time.", &[]),
    (
        "He threatened to strike the capital.",
        &[EventKind::Statement],
    ),
    (
        "Kyiv proposed a moratorium on strikes on power plants.",
        &[EventKind::Ceasefire],
    ),
    (
        "The rebels entered the town without meeting resistance and a round of talks ended without agreement.",
        &[EventKind::Clash, EventKind::Meeting],
    ),
    (
        "Black Friday discounts drew crowds to the shopping centre.",
        &[],
    ),
    ("March organisers said turnout was high.", &[]),
    ("Marines captured in Mariupol were among those freed.", &[]),
    ("Russia has repeatedly targeted the power grid.", &[]),
    (
        "\"The daily strikes on our cities prove that the pressure is still insufficient,\" he said.",
        &[],
    ),
    ("Big Headline About Strikes And Talks", &[]),
    // a call: speaking to someone by phone; not a reporter's phone interview or a witness
    // speaking by phone from somewhere
    (
        "Trump said he would speak to Putin by phone on Monday.",
        &[EventKind::Meeting],
    ),
    (
        "Blinken spoke to Gallant by phone on Wednesday.",
        &[EventKind::Meeting],
    ),
    (
        "Erdogan held a phone conversation with Putin on Monday.",
        &[EventKind::Meeting],
    ),
    (
        "The governor told Reuters by phone on Monday that the army was ready.",
        &[],
    ),
    (
        "A resident, speaking by phone from Kherson, said the city was calm.",
        &[],
    ),
    // a wave of strikes launched by a party is an incident; "firing" with a weapon is a strike
    (
        "Israel launched a wave of strikes against Iran on Friday.",
        &[EventKind::Strike],
    ),
    (
        "The truce followed a wave of strikes on Kyiv.",
        &[EventKind::Ceasefire],
    ),
    // a bomb that exploded or went off is a strike; "the bomb exploded" told as a point in
    // time is the blast told before
    (
        "A bomb exploded near a police station in Quetta on Friday, killing three people.",
        &[EventKind::Strike],
    ),
    (
        "A bomb went off at the embassy in Tanzania at the same time.",
        &[EventKind::Strike],
    ),
    (
        "The man who hurled a grenade seconds before the bomb exploded was identified on Thursday.",
        &[],
    ),
    // beheadings are attacks on civilians
    (
        "Insurgents beheaded 12 villagers in Cabo Delgado province last Thursday.",
        &[EventKind::Strike],
    ),
    // a weapon that set something on fire struck it; a fire set by hand is no strike
    (
        "Ukrainian drones set fire to an oil depot in Russia's Bryansk region overnight.",
        &[EventKind::Strike],
    ),
    (
        "Settlers set fire to several homes in the village of Duma late on Saturday.",
        &[],
    ),
    // "to pound" and "pounding" are strikes
    (
        "Israeli jets continued to pound the southern suburbs of Beirut on Saturday.",
        &[EventKind::Strike],
    ),
    // "to bomb" is a strike; a phrase inside a longer word ("car bomb" in "car bombings",
    // "to bomb" in "to bombing") hides no trigger after it
    (
        "Thailand sent F-16 jets to bomb Cambodian military targets on Thursday.",
        &[EventKind::Strike],
    ),
    (
        "The suspected car bombings occurred minutes apart on Friday.",
        &[EventKind::Strike],
    ),
    (
        "The ambassador paid tribute to bombing victims in Nairobi on Tuesday.",
        &[EventKind::Strike],
    ),
    // a body due to discuss a matter meets; an official who declines to discuss it does not
    (
        "The U.N. Security Council is due to discuss Sudan next week.",
        &[EventKind::Meeting],
    ),
    (
        "The official declined to discuss the operation on Monday.",
        &[],
    ),
    (
        "The Security Council convened an emergency session on Friday.",
        &[EventKind::Meeting],
    ),
    // a deal turned down is no deal (the rejection is a statement); a deal made beside a
    // rejection of something else stays
    (
        "Russia rejected an unconditional 30-day ceasefire on Monday.",
        &[EventKind::Statement],
    ),
    (
        "Hamas rejected Israel's claims and agreed to the ceasefire on Monday.",
        &[EventKind::Ceasefire],
    ),
    // a deal worked toward is none; a deal secured after long efforts is one
    (
        "Zelenskiy said efforts to secure a ceasefire were intensifying.",
        &[],
    ),
    ("Qatar stepped up its bid to broker a truce in Gaza.", &[]),
    (
        "After months of effort, the two sides secured a ceasefire on Friday.",
        &[EventKind::Ceasefire],
    ),
    // a deal not made, however far back its verb of failure stands; a deal made after a failure
    // stays
    (
        "The negotiators met in Istanbul on Friday but failed to agree on a ceasefire.",
        &[EventKind::Meeting],
    ),
    ("The two sides were unable to reach a lasting truce.", &[]),
    (
        "After talks failed, the two sides agreed to a ceasefire on Friday.",
        &[EventKind::Meeting, EventKind::Ceasefire],
    ),
    // days of fighting with their toll are an incident; days of fighting told in passing are
    // none
    (
        "More than 1,000 people have been killed in two days of clashes between security forces and gunmen, a war monitor said Saturday.",
        &[EventKind::Clash],
    ),
    (
        "Three days of fighting left the town in ruins, residents said.",
        &[],
    ),
    (
        "Iran responded on Friday by firing 100 ballistic missiles at Israel.",
        &[EventKind::Strike],
    ),
    ("The company is firing 200 workers.", &[]),
    // what nature hits is no attack
    (
        "The 7.7-magnitude quake struck at midday on March 28 near Mandalay.",
        &[],
    ),
    (
        "A powerful storm hit the coast of Bangladesh on Sunday.",
        &[],
    ),
    (
        "A missile struck at midday on March 28 near Mandalay.",
        &[EventKind::Strike],
    ),
    (
        "Days after the earthquake, the military bombed villages near Mandalay.",
        &[EventKind::Strike],
    ),
    // negotiators who meet again, leaders who sit down together
    (
        "Negotiators reconvened in Doha on Sunday.",
        &[EventKind::Meeting],
    ),
    (
        "Trump sat down with Putin in Anchorage on Friday.",
        &[EventKind::Meeting],
    ),
    ("He sat down with a cup of tea.", &[]),
    ("He died of a heart attack in hospital.", &[]),
    ("Ukraine struck a deal with Poland on grain.", &[]),
    (
        "Dockworkers went on strike in Odesa over pay.",
        &[EventKind::Protest],
    ),
    ("A cyberattack hit the ministry's servers.", &[]),
    // a breach word without a truce near it breaks no truce
    (
        "The company said the site violated its policy on threatening language.",
        &[],
    ),
    (
        "Since then, the conflict has killed tens of thousands of soldiers.",
        &[],
    ),
    // the war's beginning dates no whole-war toll; a toll on a day is one
    (
        "The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people.",
        &[],
    ),
    (
        "The war claimed 40 more lives in El Fasher on Sunday.",
        &[EventKind::Casualties],
    ),
    (
        "Analysts warn that Russia could launch a new offensive in the spring.",
        &[],
    ),
    // armed men who kill are an attack; a toll with no killer named stays a toll
    (
        "Gunmen killed 12 villagers in Zamfara on Tuesday.",
        &[EventKind::Strike],
    ),
    (
        "Nigerian troops have killed 20 bandits in Zamfara.",
        &[EventKind::Clash],
    ),
    (
        "Twelve villagers were killed in Zamfara on Tuesday.",
        &[EventKind::Casualties],
    ),
    (
        "Floods killed 12 villagers in Zamfara on Tuesday.",
        &[EventKind::Casualties],
    ),
    // an aggregate that kills is an incident of its own; one told in passing is none
    (
        "A wave of Israeli strikes killed 40 people in Gaza on Tuesday.",
        &[EventKind::Strike],
    ),
    (
        "Officials in Gaza counted the dead after a series of strikes that killed 12 people.",
        &[EventKind::Strike],
    ),
    (
        "Shipping insurers raised premiums after a string of attacks in the Red Sea.",
        &[],
    ),
    // fire exchanged, gunfire, incursions, rocket fire, detonations, pushes deeper in
    (
        "Indian and Pakistani troops exchanged fire along the Line of Control on Tuesday.",
        &[EventKind::Clash],
    ),
    (
        "Heavy gunfire was heard in El Fasher late on Tuesday, residents said.",
        &[EventKind::Clash],
    ),
    // a release of prisoners or hostages is a deal's; a release of anything else is none
    (
        "Israel's prison service said it released 90 Palestinian prisoners early on Monday.",
        &[EventKind::Agreement],
    ),
    (
        "Hamas freed three Israeli hostages in Gaza City on Sunday.",
        &[EventKind::Agreement],
    ),
    ("The ministry released a statement on Sunday.", &[]),
    // an exchange of artillery or gunfire is fighting, not a prisoner exchange; prisoners
    // exchanged stay a deal
    (
        "Heavy artillery exchanges along the Line of Control killed at least 12 civilians overnight.",
        &[EventKind::Clash],
    ),
    (
        "Sporadic exchanges of gunfire continued near the border on Monday.",
        &[EventKind::Clash],
    ),
    (
        "The two sides carried out an exchange of 246 prisoners on Monday.",
        &[EventKind::Agreement],
    ),
    (
        "Ukraine launched a surprise cross-border incursion into Kursk on Aug. 6.",
        &[EventKind::Clash],
    ),
    (
        "Rocket fire from Lebanon hit Kiryat Shmona on Sunday.",
        &[EventKind::Strike],
    ),
    (
        "Militants detonated a roadside bomb near a police convoy in Quetta.",
        &[EventKind::Strike],
    ),
    (
        "Ukrainian troops pushed deeper into Russia's Kursk region over the weekend.",
        &[EventKind::Clash],
    ),
    // an explosion with a weapon is a strike; other bangs and gunfire are not
    (
        "A drone explosion damaged a power line in Sumy on Monday.",
        &[EventKind::Strike],
    ),
    ("A gas explosion destroyed a bakery in Lyon on Monday.", &[]),
    ("Celebratory gunfire rang out across Kabul.", &[]),
    ("The population explosion strained the city's water.", &[]),
    // a fight of long standing told in the perfect progressive is no incident
    (
        "Al Shabaab has been fighting to topple the central government since 2006.",
        &[],
    ),
    (
        "Al Shabaab fighters fought government troops near Afgoye on Friday.",
        &[EventKind::Clash],
    ),
    // keeping an existing truce is no new one
    (
        "Katz said Israel would enforce the ceasefire with maximum force.",
        &[],
    ),
    ("Both sides pledged to respect the truce.", &[]),
    // talks suspended or broken off are no meeting
    (
        "The prime minister said the government would suspend talks on joining the European Union until 2028.",
        &[],
    ),
    ("Hamas broke off negotiations on Tuesday.", &[]),
    // the motive of an event is no event of its own
    (
        "Israel struck targets in southern Lebanon on Monday in what it said was a response to a Hezbollah attack.",
        &[EventKind::Strike],
    ),
    (
        "Militants shelled the base in retaliation for an army raid.",
        &[EventKind::Strike],
    ),
    (
        "India launched missile strikes on nine sites in Pakistan and Pakistan-administered Kashmir early on Wednesday, in what New Delhi said was retaliation for last month's deadly attack on Hindu tourists in Pahalgam.",
        &[EventKind::Strike],
    ),
    // talks that "would be held" are planned; talks that "would collapse" are a hypothesis
    (
        "The envoy said on Tuesday that new negotiations would be held in Geneva next week.",
        &[EventKind::Meeting],
    ),
    (
        "Negotiations would resume on Monday, the ministry said.",
        &[EventKind::Meeting],
    ),
    ("Analysts said talks would collapse within days.", &[]),
    // a condition is no event: "if he strikes again", "unless the shelling stops"
    (
        "Officials hope that if he strikes again, the allies will be ready.",
        &[],
    ),
    ("Residents will return unless the shelling resumes.", &[]),
    ("If the shelling continues, more people will flee.", &[]),
    // a conference is a meeting; a news conference is not
    (
        "A conference on Sudan will be held in London on Tuesday.",
        &[EventKind::Meeting],
    ),
    (
        "The minister told a news conference in Kyiv on Monday that aid was arriving.",
        &[],
    ),
    // both sides' guns: a clash
    (
        "Artillery duels along the Line of Control killed at least 12 civilians, officials said.",
        &[EventKind::Clash],
    ),
    // a crowd doing violence is one riot; a crowd suffering it is the victims of a clash
    (
        "Protesters attacked the embassies of Rwanda and France in Kinshasa on Tuesday.",
        &[EventKind::Protest],
    ),
    (
        "Demonstrators stormed the parliament building in Belgrade on Saturday.",
        &[EventKind::Protest],
    ),
    (
        "Soldiers shot dead three protesters in Mandalay on Sunday.",
        &[EventKind::Strike],
    ),
    // a campaign summed up in the perfect since its start is no incident; a count since a
    // recent night is
    (
        "The Houthis have launched dozens of drone and missile attacks on shipping in the Red Sea since November 2023.",
        &[],
    ),
    (
        "Militants have carried out attacks on army posts since 2019.",
        &[],
    ),
    (
        "Russia has launched 273 drones at Ukraine since Saturday night, the air force said.",
        &[EventKind::Strike],
    ),
    // a truce ended is no truce; the strikes that ended it are an event
    (
        "Israel ended the ceasefire with Hamas on March 18 with a surprise wave of strikes that killed more than 400 people.",
        &[EventKind::Strike],
    ),
    // a deal not reached is no deal; one reached is
    (
        "The delegations met in Istanbul on Friday, agreeing to a prisoner swap but failing to reach a ceasefire.",
        &[EventKind::Meeting, EventKind::Agreement],
    ),
    (
        "The talks stopped short of a ceasefire.",
        &[EventKind::Meeting],
    ),
    (
        "The two sides reached a ceasefire on Friday.",
        &[EventKind::Ceasefire],
    ),
    // a goal worked toward is no truce
    (
        "The delegations met in Istanbul on Friday but made no progress toward a ceasefire.",
        &[EventKind::Meeting],
    ),
    (
        "The delegations met in Istanbul on Friday and agreed to a ceasefire.",
        &[EventKind::Meeting, EventKind::Ceasefire],
    ),
    // a deal broken or walked out of is no new deal
    (
        "Netanyahu's office said on Thursday that Hamas had reneged on parts of the agreement.",
        &[],
    ),
    (
        "Netanyahu's office said on Thursday that Hamas had accepted the agreement.",
        &[EventKind::Agreement],
    ),
    (
        "Trump said on Sunday the United States had pulled out of the nuclear deal.",
        &[],
    ),
    // the truce a violation names is its object, not a second truce; one agreed on a day
    // is that day's truce
    (
        "The Houthis said on Monday that Israel had violated the ceasefire agreement.",
        &[EventKind::Ceasefire],
    ),
    (
        "Russia accuses Ukraine of breaching a truce agreed on March 18, 2025.",
        &[EventKind::Ceasefire, EventKind::Ceasefire],
    ),
    // a struggle of decades told in the perfect is no incident; one of days is
    (
        "Hezbollah, which has fought Israel for more than three decades, fired rockets at Haifa on Sunday.",
        &[EventKind::Strike],
    ),
    (
        "Hezbollah fighters have fought Israeli troops near the border for two days.",
        &[EventKind::Clash],
    ),
    // a crowd taking to the streets is a protest; a car in the streets is none
    (
        "Hundreds of thousands of Israelis took to the streets on Sunday night to demand a hostage deal.",
        &[EventKind::Protest],
    ),
    ("Traffic filled the city on Sunday night.", &[]),
    // a campaign's running toll is no incident; a toll of an attack, or of strikes over a
    // window, is one
    ("Israeli strikes have since killed 300 people in Gaza.", &[]),
    (
        "Israel's offensive has since killed more than 46,000 Palestinians, according to the Gaza health ministry.",
        &[],
    ),
    (
        "Israel's offensive killed more than 40 Palestinians in Khan Younis on Monday.",
        &[EventKind::Clash],
    ),
    // fighting halted or paused is no fight
    ("Biden said the deal would halt the fighting in Gaza.", &[]),
    ("The Houthis paused attacks on shipping in January.", &[]),
    (
        "The Houthis resumed attacks on shipping on Sunday.",
        &[EventKind::Clash],
    ),
    // a campaign in the perfect since a month or year long past; a barrage since a day is
    // one event
    (
        "The Houthis have attacked shipping in the Red Sea since November 2023.",
        &[],
    ),
    (
        "Russian forces have attacked Kharkiv since Saturday night.",
        &[EventKind::Clash],
    ),
    // a superlative names the clause's strike again
    (
        "U.S. strikes on Ras Isa killed at least 74 people, the health ministry said, in the deadliest attack since the campaign began.",
        &[EventKind::Strike],
    ),
    (
        "The deadliest attack on Friday killed 30 people in Kyiv.",
        &[EventKind::Clash],
    ),
];

#[test]
fn trigger_families() {
    let mut failures = Vec::new();
    for (text, want) in TRIGGERS {
        let got = kinds(text);
        if got != want.to_vec() {
            failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Counting rules on casualty figures: (text, killed, injured, children killed).
type Cas = (&'static str, Option<Count>, Option<Count>, Option<Count>);
const COUNTS: &[Cas] = &[
    // one person named and others counted after "and"
    (
        "An Israeli air strike hit a building in Beirut on Tuesday, killing a Hezbollah commander and three other people.",
        Some(Count::exact(4)),
        None,
        None,
    ),
    (
        "A drone strike killed a commander and at least two others in Gaza on Tuesday.",
        Some(Count::at_least(3)),
        None,
        None,
    ),
    // "Among the dead were N children" tells the children's figure; militants among the dead
    // tell none
    (
        "Israeli airstrikes killed more than 400 Palestinians in Gaza on Tuesday. Among the dead were at least 130 children, the ministry said.",
        Some(Count::at_least(401)),
        None,
        Some(Count::at_least(130)),
    ),
    (
        "Russian strikes killed 27 people in Kyiv overnight. The dead include three children.",
        Some(Count::exact(27)),
        None,
        Some(Count::exact(3)),
    ),
    (
        "Russian strikes killed 27 people in Kyiv overnight. Among the dead are three children.",
        Some(Count::exact(27)),
        None,
        Some(Count::exact(3)),
    ),
    (
        "Israeli airstrikes killed more than 400 Palestinians in Gaza on Tuesday. Among the dead were eight militants, the army said.",
        Some(Count::at_least(401)),
        None,
        None,
    ),
    // "two dozen" is so many twelves
    (
        "A drone strike in Khartoum killed a dozen people and wounded more than two dozen on Saturday.",
        Some(Count::exact(12)),
        Some(Count::at_least(25)),
        None,
    ),
    // "a couple" is two; an unnumbered plural of children is two at least, a singular one
    (
        "Another strike on a home in Khan Younis killed a couple and their three children.",
        Some(Count::exact(5)),
        None,
        Some(Count::exact(3)),
    ),
    (
        "A strike on a home in Khan Younis killed a man and his three children.",
        Some(Count::exact(4)),
        None,
        Some(Count::exact(3)),
    ),
    (
        "Israeli airstrikes killed at least 44 people, including women and children.",
        Some(Count::at_least(44)),
        None,
        Some(Count::at_least(2)),
    ),
    (
        "Israeli airstrikes killed at least 44 people, including a child.",
        Some(Count::at_least(44)),
        None,
        Some(Count::at_least(1)),
    ),
    // "earlier" of a time ("earlier this month") is no outdated figure
    (
        "Russian strikes on the city earlier this month killed 80 people.",
        Some(Count::exact(80)),
        None,
        None,
    ),
    // two groups of people joined by "and" before the verb: their sum; two clauses, or a
    // subset after a comma, are no sum
    (
        "The ministry said 14 Thai civilians and one soldier had been killed in the shelling.",
        Some(Count::exact(15)),
        None,
        None,
    ),
    (
        "It said 125 members of the security forces and 148 Assad loyalists were killed in the shelling.",
        Some(Count::exact(273)),
        None,
        None,
    ),
    (
        "Two soldiers were killed and 5 people were wounded in the shelling.",
        Some(Count::exact(2)),
        Some(Count::exact(5)),
        None,
    ),
    (
        "More than 100 people have died in the bombing, eight of them Americans and over 1,000 injured.",
        Some(Count {
            low: Some(101),
            high: None,
        }),
        Some(Count {
            low: Some(1001),
            high: None,
        }),
        None,
    ),
    // a range gives both bounds: "between 250 and 300", "250 to 300", "two or three", "10-15";
    // a change "from 20 to 30" is the new figure
    (
        "Between 250 and 300 people were killed in the air strike on the city.",
        Some(Count {
            low: Some(250),
            high: Some(300),
        }),
        None,
        None,
    ),
    (
        "The air strike killed between 25 and 30 people.",
        Some(Count {
            low: Some(25),
            high: Some(30),
        }),
        None,
        None,
    ),
    (
        "Some 250 to 300 people were killed in the air strike on the camp.",
        Some(Count {
            low: Some(250),
            high: Some(300),
        }),
        None,
        None,
    ),
    (
        "The shelling killed one man and wounded two or three soldiers.",
        Some(Count::exact(1)),
        Some(Count {
            low: Some(2),
            high: Some(3),
        }),
        None,
    ),
    (
        "The strike killed 10-15 civilians.",
        Some(Count {
            low: Some(10),
            high: Some(15),
        }),
        None,
        None,
    ),
    (
        "The death toll from the strike rose from 20 to 30, officials said.",
        Some(Count::exact(30)),
        None,
        None,
    ),
    // a figure before a subset set off by commas
    (
        "At least 43 people, mostly civilians, were killed in an air strike on Surin.",
        Some(Count {
            low: Some(43),
            high: None,
        }),
        None,
        None,
    ),
    // a whole-war toll told next is no update of the strike's figures; a toll of the same
    // strike told next is one
    (
        "The RSF shelled El Fasher overnight, killing at least 11 civilians. The war between the army and the RSF has killed more than 20,000 people.",
        Some(Count {
            low: Some(11),
            high: None,
        }),
        None,
        None,
    ),
    (
        "The RSF shelled El Fasher overnight, killing at least 11 civilians. The death toll from the shelling rose to 15, officials said.",
        Some(Count {
            low: Some(15),
            high: Some(15),
        }),
        None,
        None,
    ),
    // one person and the family named after "and"
    (
        "A strike on a tent in Khan Younis killed a father and his three children.",
        Some(Count {
            low: Some(4),
            high: Some(4),
        }),
        None,
        Some(Count {
            low: Some(3),
            high: Some(3),
        }),
    ),
    (
        "A strike killed a man and his wife in Deir al-Balah.",
        Some(Count {
            low: Some(2),
            high: Some(2),
        }),
        None,
        None,
    ),
    // an unnumbered family: at least two children besides the one
    (
        "A strike killed a mother and her children in Gaza City.",
        Some(Count {
            low: Some(3),
            high: None,
        }),
        None,
        Some(Count {
            low: Some(2),
            high: None,
        }),
    ),
    // no family after "and": at least the one
    (
        "A strike killed a journalist and wounded two paramedics in Gaza City.",
        Some(Count {
            low: Some(1),
            high: None,
        }),
        Some(Count {
            low: Some(2),
            high: Some(2),
        }),
        None,
    ),
    // a subset set off by commas belongs to the figure before it
    (
        "A drone hit a building in Mykolaiv, and two people were killed and six others, including two children, were wounded.",
        Some(Count {
            low: Some(2),
            high: Some(2),
        }),
        Some(Count {
            low: Some(6),
            high: Some(6),
        }),
        None,
    ),
    (
        "A drone hit a building in Mykolaiv, killing two people and wounding six others, including two children.",
        Some(Count {
            low: Some(2),
            high: Some(2),
        }),
        Some(Count {
            low: Some(6),
            high: Some(6),
        }),
        None,
    ),
    (
        "A missile struck Kharkiv, and nine people, including four children, were killed.",
        Some(Count {
            low: Some(9),
            high: Some(9),
        }),
        None,
        Some(Count {
            low: Some(4),
            high: Some(4),
        }),
    ),
    // one person as the object: by trade or role, or by nationality as the noun
    (
        "Another strike in Khan Younis killed a paramedic, the Red Crescent said.",
        Some(Count {
            low: Some(1),
            high: Some(1),
        }),
        None,
        None,
    ),
    (
        "An Israeli drone strike killed a Palestinian in Jenin.",
        Some(Count {
            low: Some(1),
            high: Some(1),
        }),
        None,
        None,
    ),
    (
        "The strike killed a Russian general in Moscow.",
        Some(Count {
            low: Some(1),
            high: Some(1),
        }),
        None,
        None,
    ),
    // a nationality before its noun is an adjective; "a general strike" no person
    (
        "A Russian missile was shot down over Kyiv.",
        None,
        None,
        None,
    ),
    (
        "The strike hit a general store in Kherson.",
        None,
        None,
        None,
    ),
    // a quoted figure after its verb counts; a figure after other punctuation does not
    (
        "The army said its air strikes on Friday killed \"dozens of terrorists\".",
        Some(Count {
            low: Some(24),
            high: None,
        }),
        None,
        None,
    ),
    (
        "An air strike on the camp killed, officials said, dozens of fighters.",
        None,
        None,
        None,
    ),
    (
        "A missile strike on Sumy killed 19 people.",
        Some(Count {
            low: Some(19),
            high: Some(19),
        }),
        None,
        None,
    ),
    (
        "A drone strike on Kherson killed at least three people.",
        Some(Count {
            low: Some(3),
            high: None,
        }),
        None,
        None,
    ),
    (
        "Shelling of Avdiivka killed more than 100 people.",
        Some(Count {
            low: Some(101),
            high: None,
        }),
        None,
        None,
    ),
    (
        "A strike on Izium killed nearly 3 people.",
        Some(Count {
            low: None,
            high: Some(2),
        }),
        None,
        None,
    ),
    (
        "An air strike on Bara wounded dozens.",
        None,
        Some(Count {
            low: Some(24),
            high: None,
        }),
        None,
    ),
    (
        "A missile strike on Odesa killed nineteen people, including nine children.",
        Some(Count {
            low: Some(19),
            high: Some(19),
        }),
        None,
        Some(Count {
            low: Some(9),
            high: Some(9),
        }),
    ),
    (
        "A bomb struck a school in Gaza City, killing a dozen people.",
        Some(Count {
            low: Some(12),
            high: Some(12),
        }),
        None,
        None,
    ),
    (
        "Shelling hit Kherson. Two people were killed and 1,200 were injured.",
        Some(Count {
            low: Some(2),
            high: Some(2),
        }),
        Some(Count {
            low: Some(1200),
            high: Some(1200),
        }),
        None,
    ),
    // the absence of news is no figure; reports of none are zero
    (
        "U.S. forces struck Houthi targets in Hodeidah. There was no immediate word on casualties.",
        None,
        None,
        None,
    ),
    (
        "Artillery shelled Kupiansk. There were no immediate reports of casualties.",
        Some(Count {
            low: Some(0),
            high: Some(0),
        }),
        Some(Count {
            low: Some(0),
            high: Some(0),
        }),
        None,
    ),
    (
        "Artillery shelled Kupiansk. No casualties were reported there.",
        Some(Count {
            low: Some(0),
            high: Some(0),
        }),
        Some(Count {
            low: Some(0),
            high: Some(0),
        }),
        None,
    ),
    (
        "A missile strike on Kharkiv killed three people. The death toll rose to four.",
        Some(Count {
            low: Some(4),
            high: Some(4),
        }),
        None,
        None,
    ),
    (
        "A missile strike on Kharkiv killed 11 people, including a 17-year-old boy.",
        Some(Count {
            low: Some(11),
            high: Some(11),
        }),
        None,
        Some(Count {
            low: Some(1),
            high: None,
        }),
    ),
    (
        "A strike on Lviv wounded 17 people, including two teenagers.",
        None,
        Some(Count {
            low: Some(17),
            high: Some(17),
        }),
        None,
    ),
    (
        "At least 17 people were wounded in a strike on Lviv, including two teenagers.",
        None,
        Some(Count {
            low: Some(17),
            high: None,
        }),
        None,
    ),
    (
        "A strike hit Kherson. He had initially reported seven dead.",
        None,
        None,
        None,
    ),
    (
        "The shelling of Donetsk claimed 7 lives.",
        Some(Count {
            low: Some(7),
            high: Some(7),
        }),
        None,
        None,
    ),
    (
        "A suicide bomber blew himself up in Mogadishu, leaving 9 dead and 23 injured.",
        Some(Count {
            low: Some(9),
            high: Some(9),
        }),
        Some(Count {
            low: Some(23),
            high: Some(23),
        }),
        None,
    ),
    (
        "A missile struck a mall in Kremenchuk. At least 12 people were killed and dozens injured.",
        Some(Count {
            low: Some(12),
            high: None,
        }),
        Some(Count {
            low: Some(24),
            high: None,
        }),
        None,
    ),
];

#[test]
fn counting_rules() {
    let mut failures = Vec::new();
    for (text, k, i, c) in COUNTS {
        let tl = run(text, "2025-03-09");
        let got = tl
            .events
            .iter()
            .find(|e| e.kind == EventKind::Strike)
            .map(|e| e.casualties);
        let got = got.map(|g| (g.killed, g.injured, g.children_killed));
        if got != Some((*k, *i, *c)) {
            failures.push(format!("{text:?}: want {:?}, got {got:?}", (k, i, c)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Actor variants: (text, canonical actor names expected among the event's actors).
const ACTORS: &[(&str, &[&str])] = &[
    // a country named by the border with it is a place, not a party
    (
        "Russia and Ukraine exchanged 390 prisoners each on the border with Belarus on Friday.",
        &["Russia", "Ukraine"],
    ),
    (
        "Russia, Ukraine and Belarus exchanged prisoners on Friday.",
        &["Russia", "Ukraine", "Belarus"],
    ),
    // the last of a person's names is no armed group of that name
    (
        "Congolese Foreign Minister Therese Kayikwamba Wagner signed the accord in Washington on Friday.",
        &["DR Congo"],
    ),
    (
        "The Russian Wagner group signed the accord in Bamako on Friday.",
        &["Russia", "Wagner Group"],
    ),
    // nor are they parties to the fighting
    (
        "Israeli strikes hit Nabatieh on Sunday. Aoun condemned the attacks and called on the United States and France to act.",
        &["Israel"],
    ),
    // a place named after a country is no party; the country itself is
    ("Drones struck Port Sudan on Sunday.", &[]),
    (
        "Sudan's army shelled Omdurman on Sunday.",
        &["Sudanese Armed Forces"],
    ),
    // spellings of agency copy and more armed groups
    (
        "Al Shabaab militants detonated a car bomb in Mogadishu on Friday.",
        &["al-Shabaab"],
    ),
    ("HTS fighters captured Aleppo on Saturday.", &["HTS"]),
    // "in what it said was": a framing in the event's own clause, not a reporter
    (
        "Israel struck targets in southern Lebanon on Monday in what it said was a response to an attack.",
        &["Israel"],
    ),
    // unnamed state forces reporting on themselves are the party ("villagers said" names none)
    (
        "In neighbouring Mali, the army said it had carried out air strikes on militant positions near Timbuktu on 26 September.",
        &["Mali", "unidentified armed group"],
    ),
    // ... also when another country's forces were named just before: the sentence names its own
    (
        "Burkina Faso's junta vowed to retake territory. In neighbouring Mali, the army said it had carried out air strikes near Timbuktu on 26 September.",
        &["Mali"],
    ),
    // the object of a strike verb is its target
    ("Russia struck Ukraine on Friday.", &["Russia", "Ukraine"]),
    // a capital standing for its government
    (
        "Kigali denied that its troops had attacked Goma.",
        &["Rwanda"],
    ),
    (
        "Wagner Group mercenaries attacked a village in central Mali.",
        &["Wagner Group"],
    ),
    // a junta is the state forces of its country; named Myanmar groups; ASEAN
    (
        "A junta air strike on a village in Sagaing region killed 11 civilians.",
        &["Myanmar military", "civilians"],
    ),
    (
        "The Arakan Army captured a military base in Rakhine state.",
        &["Arakan Army"],
    ),
    (
        "ASEAN foreign ministers held talks in Jakarta on Monday.",
        &["ASEAN"],
    ),
    ("Russian forces struck Kharkiv with drones.", &["Russia"]),
    (
        "Gunmen killed 12 villagers in Zamfara on Tuesday.",
        &["civilians", "unidentified armed group"],
    ),
    // leaders stand for their side
    (
        "U.S. envoy Steve Witkoff met Putin in St. Petersburg on Friday.",
        &["Russia", "United States"],
    ),
    (
        "Zelenskyy met Macron in Paris on Friday.",
        &["France", "Ukraine"],
    ),
    (
        "Jihadist fighters attacked a military camp in Mali.",
        &["Islamist militants"],
    ),
    ("The Kremlin said its missiles hit Dnipro.", &["Russia"]),
    ("Moscow says its drones struck Sumy.", &["Russia"]),
    (
        "A ceasefire, which Kyiv has already accepted, was proposed by Washington.",
        &["Ukraine", "United States"],
    ),
    (
        "U.S. and British air strikes hit targets in Yemen.",
        &["United States", "United Kingdom"],
    ),
    (
        "American warplanes bombed a depot near Hodeidah.",
        &["United States"],
    ),
    ("Polish military jets were scrambled.", &["Poland"]),
    (
        "Israeli air strikes killed 12 people in Rafah.",
        &["Israel"],
    ),
    (
        "Houthi fighters fired a missile at a ship in the Red Sea.",
        &["Houthis"],
    ),
    (
        "RSF fighters stormed army positions in the town of Bara.",
        &["RSF"],
    ),
    ("M23 rebels captured the town of Kamanyola.", &["M23"]),
    // every state is a party, not only those of the hand-written rows: name, demonym, capital
    (
        "Thailand and Cambodia agreed on Monday to an immediate ceasefire.",
        &["Cambodia", "Thailand"],
    ),
    (
        "Thai F-16 jets struck Cambodian military targets on Monday.",
        &["Cambodia", "Thailand"],
    ),
    (
        "Bangkok expelled the envoy on Monday after a landmine wounded five soldiers.",
        &["Thailand"],
    ),
    // ... but a state's capital as a place is none, and a state after a place preposition is
    // the place
    ("Protesters rallied in Bangkok on Monday.", &[]),
    (
        "Gunmen attacked a village in Kenya on Monday.",
        &["unidentified armed group"],
    ),
    // a country's exiles and refugees are no party
    ("Cuban exiles rallied in Miami on Saturday.", &[]),
    ("Cuban troops rallied in Havana on Saturday.", &["Cuba"]),
    // a state that condemns an attack did not carry it out
    (
        "The Cypriot government strongly condemned the bomb attacks in Nairobi on Friday.",
        &[],
    ),
    (
        "The Cypriot government said its forces carried out bomb attacks in Nairobi on Friday.",
        &["Cyprus"],
    ),
    // a country only saying whose armed group it is names no party; the group after "by"
    // and a country's words is the attacker
    (
        "Drones launched by Sudan's paramilitary Rapid Support Forces struck a fuel depot in Port Sudan on Tuesday.",
        &["RSF"],
    ),
    (
        "Sudan's army shelled RSF positions on Tuesday.",
        &["RSF", "Sudanese Armed Forces"],
    ),
    // a named system only one side fires names the attacker of a strike that names none;
    // not when that side is named, nor for a system both sides fire
    (
        "An Iskander strike on Friday in Kryvyi Rih killed 19 people.",
        &["Russia"],
    ),
    (
        "Ukraine's air force said an Iskander missile hit Kryvyi Rih on Friday.",
        &["Russia"],
    ),
    (
        "North Korea fired an Iskander missile into the sea on Friday.",
        &["North Korea"],
    ),
    ("An S-300 missile hit Kharkiv on Friday.", &[]),
    // the party right before a strike is its side; a party named before that one is not,
    // unless joined to it by "and"
    (
        "Hezbollah confirmed on Saturday that its leader was killed in an Israeli air strike on Beirut a day earlier.",
        &["Israel"],
    ),
    (
        "Thai and Cambodian artillery duels continued along the border on Friday.",
        &["Cambodia", "Thailand"],
    ),
    // leaders stand for their side
    (
        "Junta chief Min Aung Hlaing is due to travel to Bangkok on Thursday for a regional summit.",
        &["Myanmar military"],
    ),
    (
        "Tshisekedi and Kagame met in Doha on Friday.",
        &["DR Congo", "Rwanda"],
    ),
    // two capitals that act together are both governments
    (
        "Kyiv and Moscow held two rounds of direct talks in Istanbul in May.",
        &["Russia", "Ukraine"],
    ),
    // a country's possessive before a place of it names the place, not a party; before its
    // forces, the party
    (
        "M23 rebels took control of Goma, eastern Congo's largest city, on Monday.",
        &["M23"],
    ),
    (
        "Russian missiles hit Ukraine's Kharkiv region on Sunday.",
        &["Russia"],
    ),
    (
        "Congo's army shelled rebel positions near Goma on Monday.",
        &["DR Congo"],
    ),
    // the sides of a fight "between" two parties both fought; "ethnic Albanians" are a people,
    // not the state of Albania
    (
        "Clashes between Thai and Cambodian troops killed 12 people on Thursday.",
        &["Cambodia", "Thailand"],
    ),
    (
        "Fighting between the Sudanese army and the Rapid Support Forces killed 12 people in El Fasher on Friday.",
        &["RSF", "Sudanese Armed Forces"],
    ),
    (
        "At least 51 people were killed in clashes between Serb police and ethnic Albanians in Kosovo.",
        &["Serbia"],
    ),
    // a party that blames another for an attack, or is alarmed by it, did not carry it out
    (
        "Sudan's government blamed the paramilitary Rapid Support Forces for the drone attacks, which began on Sunday when a drone hit an air base in Port Sudan.",
        &["RSF"],
    ),
    (
        "India has blamed Pakistan for the attack in Pahalgam, which killed 26 men.",
        &["Pakistan"],
    ),
    (
        "U.N. chief Antonio Guterres said he was alarmed by the drone attacks on the port city.",
        &[],
    ),
    (
        "Russian drones hit Odesa on Sunday, and Kyiv blamed Moscow.",
        &["Russia"],
    ),
    // the IRA is an armed group, not the Irish state
    (
        "Police blamed the bombing in Belfast on the Irish Republican Army.",
        &["Irish Republican Army", "United Kingdom"],
    ),
];

#[test]
fn actor_variants() {
    let mut failures = Vec::new();
    for (text, want) in ACTORS {
        let tl = run(text, "2025-03-09");
        let mut names: Vec<&str> = tl
            .events
            .iter()
            .flat_map(|e| e.actors.iter().map(|a| a.name.as_str()))
            .collect();
        names.sort_unstable();
        names.dedup();
        let mut want = want.to_vec();
        want.sort_unstable();
        if names != want {
            failures.push(format!("{text:?}: want {want:?}, got {names:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // A dateline names where the report was filed, not a party; the same country outside
    // the dateline is one.
    let names = |text: &str| -> Vec<(String, ActorRole)> {
        run(text, "2023-08-15")
            .events
            .iter()
            .flat_map(|e| e.actors.iter().map(|a| (a.name.clone(), a.role)))
            .collect()
    };
    assert_eq!(
        names(
            "KHARKIV, Ukraine, Aug 15 (Agency) - A Russian missile strike on Kharkiv killed 11 people."
        ),
        vec![("Russia".to_string(), ActorRole::Initiator)]
    );
    assert!(
        names("Ukrainian forces shelled the Russian town of Shebekino, killing two.")
            .contains(&("Ukraine".to_string(), ActorRole::Initiator))
    );
    // Talks take the parties of their own clause: Russia, named only in the attack's clause,
    // is no party to the talks; with no party in their clause, they take the sentence's.
    let meeting_parties = |text: &str| -> Vec<String> {
        run(text, "2025-03-09")
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Meeting)
            .flat_map(|e| e.actors.iter().map(|a| a.name.clone()))
            .collect()
    };
    let parties = meeting_parties(
        "Russian drones hit Odesa overnight, as Ukrainian officials prepared for talks with \
         the United States next week.",
    );
    assert!(
        parties.contains(&"United States".to_string()) && !parties.contains(&"Russia".to_string()),
        "{parties:?}"
    );
    // A withdrawal is ground lost: the side that withdraws is acted upon; a capture's
    // subject takes the ground; an unarmed subject withdraws from nothing violent.
    let withdrawal = run(
        "Ukrainian troops withdrew from two villages in the Kursk region on Tuesday.",
        "2025-03-09",
    );
    let e = withdrawal.events.first().expect("a withdrawal");
    assert_eq!(e.sub_kind.as_deref(), Some("withdrawal"));
    assert!(
        e.actors
            .iter()
            .all(|a| a.name == "Ukraine" && a.role == ActorRole::Target),
        "{:?}",
        e.actors
    );
    assert!(
        names("Russian forces captured the village of Novoielyzavetivka.")
            .contains(&("Russia".to_string(), ActorRole::Initiator))
    );
    assert!(
        run(
            "The director pulled out of the festival on Monday.",
            "2025-03-09"
        )
        .events
        .is_empty()
    );
    // "a strike on Kyiv": a place, not an actor.
    let tl = run("Russian drones struck Kyiv.", "2025-03-09");
    assert!(
        tl.events
            .iter()
            .all(|e| e.actors.iter().all(|a| a.name != "Ukraine"))
    );
    assert!(
        tl.events
            .iter()
            .any(|e| e.locations.iter().any(|l| l.name == "Kyiv"))
    );
}

/// Modality: (text, kind, modality).
const MODALITY: &[(&str, EventKind, Modality)] = &[
    // an attack a party said it would make lies ahead, as one it will make does
    (
        "The United States said it would strike Iraq within days.",
        EventKind::Strike,
        Modality::Planned,
    ),
    (
        "The United States struck Iraq on Friday, officials said.",
        EventKind::Strike,
        Modality::Asserted,
    ),
    // what the next sentence says could not be verified is a claim
    (
        "Russia's Defense Ministry said Monday that it had struck a meeting of commanders in Sumy, killing more than 60 servicemen. The claim could not be independently verified.",
        EventKind::Strike,
        Modality::Claimed,
    ),
    (
        "A Russian missile struck Sumy on Sunday, killing 35 people. Rescuers worked through the night.",
        EventKind::Strike,
        Modality::Asserted,
    ),
    // calling to hold a party responsible plans no meeting; calling to hold talks does
    (
        "Hamas said Israel had overturned the ceasefire agreement and called on mediators to hold Israel responsible.",
        EventKind::Ceasefire,
        Modality::Asserted,
    ),
    (
        "The two sides agreed to a ceasefire and called on mediators to hold talks in Cairo.",
        EventKind::Meeting,
        Modality::Planned,
    ),
    // "and said" opens the clause of what was said: its future is not the deal's
    (
        "India's foreign secretary confirmed the agreement and said military commanders would speak again on May 12.",
        EventKind::Agreement,
        Modality::Asserted,
    ),
    // readiness to meet is an offer; getting ready to travel to talks is a plan
    (
        "Putin said he was prepared to meet Zelenskiy.",
        EventKind::Meeting,
        Modality::Proposed,
    ),
    (
        "Israeli negotiators were preparing to travel to Qatar for talks.",
        EventKind::Meeting,
        Modality::Planned,
    ),
    (
        "Israeli negotiators prepared to travel to Qatar for talks on Sunday.",
        EventKind::Meeting,
        Modality::Asserted,
    ),
    // talks that "are to begin" and leaders who "are to meet" are planned; a truce's phase
    // still to come is no new truce
    (
        "Negotiations on a second phase are to begin on the 16th day of the truce.",
        EventKind::Meeting,
        Modality::Planned,
    ),
    (
        "Negotiations on a second phase are to begin on the 16th day of the truce.",
        EventKind::Ceasefire,
        Modality::Asserted,
    ),
    (
        "The two leaders are to meet in Riyadh.",
        EventKind::Meeting,
        Modality::Planned,
    ),
    (
        "The two leaders met in Riyadh, where the ceasefire is to be signed.",
        EventKind::Meeting,
        Modality::Asserted,
    ),
    (
        "The U.N. Security Council is due to discuss Sudan next week.",
        EventKind::Meeting,
        Modality::Planned,
    ),
    // talks that "would resume" are planned, wherever the report is told
    (
        "The minister told reporters on Monday that talks would resume.",
        EventKind::Meeting,
        Modality::Planned,
    ),
    // readiness to meet is an offer; readiness told after a meeting is no cue of it
    (
        "Zelenskyy said he would be ready to meet Putin in Istanbul.",
        EventKind::Meeting,
        Modality::Proposed,
    ),
    (
        "Erdogan said Turkey was willing to host talks in Istanbul.",
        EventKind::Meeting,
        Modality::Proposed,
    ),
    (
        "Zelenskyy met Erdogan in Ankara on Friday, ready to make peace.",
        EventKind::Meeting,
        Modality::Asserted,
    ),
    // talks put forward are proposed, talks held are not
    (
        "On Tuesday, Seoul proposed holding military talks with the North.",
        EventKind::Meeting,
        Modality::Proposed,
    ),
    (
        "On Tuesday, Seoul and Pyongyang held military talks.",
        EventKind::Meeting,
        Modality::Asserted,
    ),
    (
        "Delegations will meet in Geneva.",
        EventKind::Meeting,
        Modality::Planned,
    ),
    (
        "Talks are expected to resume in Doha.",
        EventKind::Meeting,
        Modality::Planned,
    ),
    (
        "A U.S.-proposed partial ceasefire was discussed.",
        EventKind::Ceasefire,
        Modality::Proposed,
    ),
    (
        "The army denied that warplanes had bombed a depot in Nyala.",
        EventKind::Strike,
        Modality::Denied,
    ),
    (
        "Russia claimed its troops had captured the village of Pishchane.",
        EventKind::Clash,
        Modality::Claimed,
    ),
    (
        "Russian missiles struck Lviv.",
        EventKind::Strike,
        Modality::Asserted,
    ),
];

#[test]
fn modality() {
    let mut failures = Vec::new();
    for (text, kind, want) in MODALITY {
        let tl = run(text, "2025-03-09");
        let got = tl
            .events
            .iter()
            .find(|e| e.kind == *kind)
            .map(|e| e.modality);
        if got != Some(*want) {
            failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn merging_and_separation() {
    // Two incidents in one sentence stay apart (different places).
    let tl = run(
        "Russian drones hit the port city of Odesa, damaging a grain terminal, and a Russian guided bomb killed two civilians in the front-line town of Kostiantynivka.",
        "2025-03-09",
    );
    assert_eq!(
        tl.events
            .iter()
            .filter(|e| e.kind == EventKind::Strike)
            .count(),
        2,
        "{:#?}",
        tl.events
    );
    // The same day's incident told again in a place of the country the first telling named
    // only is its detail; "another attack", another day or another country is not.
    // (attacks on civilians: strikes, one-sided violence)
    let clashes = |text: &str| -> usize {
        run(text, "2025-03-08")
            .events
            .iter()
            .filter(|e| matches!(e.kind, EventKind::Clash | EventKind::Strike))
            .count()
    };
    let first = "Jihadists killed at least 40 civilians in an attack on two villages in Mali on Thursday.\n\n";
    assert_eq!(
        clashes(&format!(
            "{first}Gunmen stormed villages in the Bandiagara region late on Thursday."
        )),
        1
    );
    assert_eq!(
        clashes(&format!(
            "{first}In another attack, gunmen stormed villages in the Bandiagara region late on Thursday."
        )),
        2
    );
    assert_eq!(
        clashes(&format!(
            "{first}Gunmen stormed villages in the Bandiagara region on Wednesday."
        )),
        2
    );
    assert_eq!(
        clashes(&format!(
            "{first}Gunmen stormed villages in northern Burkina Faso late on Thursday."
        )),
        2
    );
    // Mentions of one strike merge; a casualty sentence joins the episode's strike.
    let tl = run(
        "Russian forces launched a ballistic missile strike on Kyiv. According to the air force, the assault involved 20 drones. One person was killed, and three others were injured.",
        "2025-03-09",
    );
    assert_eq!(tl.events.len(), 1, "{:#?}", tl.events);
    let e = &tl.events[0];
    assert_eq!(e.casualties.killed, Some(Count::exact(1)));
    assert_eq!(e.casualties.injured, Some(Count::exact(3)));
    assert_eq!(e.mentions.len(), 4);
    // Interceptions are kept apart from launches.
    let tl = run(
        "Russia fired 40 missiles at Lviv, and 31 missiles were shot down.",
        "2025-03-09",
    );
    let w = tl
        .events
        .iter()
        .flat_map(|e| e.weapons.iter())
        .find(|w| w.kind == "missile")
        .cloned();
    assert_eq!(
        w.map(|w| (w.count, w.intercepted)),
        Some((Some(Count::exact(40)), Some(Count::exact(31))))
    );
    // A new attack told with its own date and a definite subject ("the RSF attacked") is no
    // anaphor of an earlier strike: two events.
    let tl = run(
        "Earlier this week, drone strikes hit Port Sudan for a third straight day.\n\nOn Friday night, the RSF attacked a camp for displaced people.",
        "2025-04-05",
    );
    assert_eq!(tl.events.len(), 2, "{:#?}", tl.events);
    // ... while "the attack" after a dated strike is the same episode.
    let tl = run(
        "On Friday night, drones hit Port Sudan.\n\nThe attack damaged the airport.",
        "2025-04-05",
    );
    assert_eq!(tl.events.len(), 1, "{:#?}", tl.events);
}

/// The date of the event a strike in `place` carries, if any.
fn strike_date_in(tl: &Timeline, place: &str) -> Option<String> {
    tl.events
        .iter()
        .find(|e| e.kind == EventKind::Strike && e.locations.iter().any(|l| l.name == place))
        .and_then(|e| e.date.as_ref())
        .map(|d| d.value.clone())
}

#[test]
fn an_event_told_n_days_after_is_dated_back_from_the_episode() {
    // the motive's date is not the strike's
    let tl = run(
        "India launched missile strikes on nine sites in Pakistan and Pakistan-administered Kashmir early on Wednesday, in what New Delhi said was retaliation for last month's deadly attack on Hindu tourists in Pahalgam.",
        "2025-05-11",
    );
    assert_eq!(
        strike_date_in(&tl, "Pakistan").as_deref(),
        Some("2025-05-07")
    );
    // "came a day after <event>": the event after "after" is the day before the episode
    let tl = run(
        "A Russian missile struck Sumy on Sunday, killing 34 people. The strike came a day after Russian drones hit Kharkiv, killing one person.",
        "2025-04-13",
    );
    assert_eq!(
        strike_date_in(&tl, "Kharkiv").as_deref(),
        Some("2025-04-12")
    );
    assert_eq!(strike_date_in(&tl, "Sumy").as_deref(), Some("2025-04-13"));
    let tl = run(
        "A Russian missile struck Sumy on Sunday. It came two days after Russian drones hit Kharkiv.",
        "2025-04-13",
    );
    assert_eq!(
        strike_date_in(&tl, "Kharkiv").as_deref(),
        Some("2025-04-11")
    );
    // "days after <event>": some days before, how many unknown; no day is given
    let tl = run(
        "U.S. forces struck Houthi targets in Hodeidah early on Saturday, days after the group fired a ballistic missile at Tel Aviv.",
        "2024-12-21",
    );
    assert_eq!(strike_date_in(&tl, "Tel Aviv"), None);
    assert_eq!(
        strike_date_in(&tl, "Hodeidah").as_deref(),
        Some("2024-12-21")
    );
    // the main clause of "A day after X, <event>" is not moved back
    let tl = run(
        "A Russian missile struck Sumy on Sunday. A day after the talks, Russian drones hit Kharkiv.",
        "2025-04-13",
    );
    assert_eq!(
        strike_date_in(&tl, "Kharkiv").as_deref(),
        Some("2025-04-13")
    );
    // "two days after the attack": the attack told before, one event
    let tl = run(
        "A missile hit Dnipro on Friday. Rescuers were still searching the rubble two days after the attack.",
        "2025-04-13",
    );
    assert_eq!(tl.events.len(), 1, "{:#?}", tl.events);
}

#[test]
fn an_attack_told_again_goes_to_its_attacker() {
    // "the Israeli attacks" after Iran's strike on Israel are Israel's strike on Iran, not
    // Iran's; a planned meeting's place is not where the attacks are
    let tl = run(
        "Israel launched strikes against Iran on Friday, hitting Natanz.\n\nIran responded late on Friday by firing 100 ballistic missiles at Israel. At least three people were killed when a missile hit a building in Ramat Gan.\n\nTalks with the United States scheduled for Sunday in Muscat were called off.\n\nIran's ambassador said 78 people had been killed in the Israeli attacks.",
        "2025-06-14",
    );
    let killed = |place: &str| {
        tl.events
            .iter()
            .find(|e| e.locations.iter().any(|l| l.name == place))
            .and_then(|e| e.casualties.killed)
            .and_then(|c| c.low)
    };
    assert_eq!(killed("Natanz"), Some(78), "{:#?}", tl.events);
    assert_eq!(killed("Ramat Gan"), Some(3), "{:#?}", tl.events);
    let tl2 = run(
        "He said the strikes were a declaration of war and that talks scheduled for Sunday in Muscat were meaningless.",
        "2025-06-14",
    );
    let place_of = |kind: EventKind| -> Vec<String> {
        tl2.events
            .iter()
            .filter(|e| e.kind == kind)
            .flat_map(|e| e.locations.iter().map(|l| l.name.clone()))
            .collect()
    };
    assert!(place_of(EventKind::Strike).is_empty(), "{:#?}", tl2.events);
    assert_eq!(
        place_of(EventKind::Meeting),
        ["Muscat"],
        "{:#?}",
        tl2.events
    );
    assert_eq!(
        tl.events
            .iter()
            .filter(|e| e.kind == EventKind::Strike)
            .count(),
        2,
        "{:#?}",
        tl.events
    );
}

#[test]
fn an_end_date_is_no_date() {
    // "until April 22" bounds the truce; its own day dates it
    let dates = |text: &str| -> Vec<Option<String>> {
        run(text, "2025-04-02")
            .events
            .iter()
            .map(|e| e.date.as_ref().map(|d| d.value.clone()))
            .collect()
    };
    assert_eq!(dates("The truce will run until April 22."), [None]);
    assert_eq!(
        dates("The army declared a ceasefire that will run from April 22."),
        [Some("2025-04-22".to_string())]
    );
}

#[test]
fn a_superlatives_period_is_no_date() {
    let date = |text: &str| -> Vec<Option<String>> {
        run(text, "2024-08-03")
            .events
            .iter()
            .map(|e| e.date.as_ref().map(|d| d.value.clone()))
            .collect()
    };
    // "the deadliest attacks in the city this year" measures the comparison: the attack's
    // own day dates it, and without one it has none
    assert_eq!(
        date(
            "At least 32 people were killed when militants attacked a beach in Mogadishu on Friday night, police said, in one of the deadliest attacks in the city this year."
        ),
        [Some("2024-08-02".to_string())]
    );
    assert_eq!(
        date("Gunmen killed 30 villagers in Zamfara in the deadliest attack this year."),
        [None]
    );
    // a day after a superlative still dates it; a period without one still does
    assert_eq!(
        date("The deadliest attack on Friday killed 30 people in Kyiv."),
        [Some("2024-08-02".to_string())]
    );
    assert_eq!(
        date("Gunmen killed 30 villagers in Zamfara this year."),
        [Some("2024".to_string())]
    );
    // a verb between "first" and the period ends the comparison: the period dates the event
    assert_eq!(
        date("The first stage of the prisoner exchange is expected next week."),
        [Some("2024-W32".to_string())]
    );
    // a period inside a "since" clause after the comparison dates that clause's event
    let tl = run(
        "Ukraine and Russia exchanged 150 prisoners of war each on Saturday, the first swap since talks on prisoner releases resumed last month.",
        "2024-10-19",
    );
    let talks = tl.events.iter().find(|e| e.kind == EventKind::Meeting);
    assert_eq!(
        talks
            .and_then(|e| e.date.as_ref())
            .map(|d| d.value.as_str()),
        Some("2024-09"),
        "{:#?}",
        tl.events
    );
}

#[test]
fn dates_and_episodes() {
    // A new, dated incident in a town stays apart from the night's country-wide barrage.
    let tl = run(
        "Russia launched 60 drones at Ukraine overnight, the air force said. Two people were killed and five wounded when Russian artillery shelled Kherson on Friday evening.",
        "2024-05-18",
    );
    let strikes: Vec<_> = tl
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Strike)
        .collect();
    assert_eq!(strikes.len(), 2, "{:#?}", tl.events);
    let kherson = strikes
        .iter()
        .find(|e| e.locations.iter().any(|l| l.name == "Kherson"));
    let kherson = kherson.expect("Kherson strike");
    assert_eq!(kherson.casualties.killed, Some(Count::exact(2)));
    assert!(
        kherson.weapons.iter().all(|w| w.count.is_none()),
        "{:?}",
        kherson.weapons
    );
    // A calendar day the clause states wins over a deictic night in it; "overnight" alone
    // dates by the night.
    let tl = run(
        "On Sunday, Russian forces fired a ballistic missile at Kyiv as part of an overnight barrage of 50 drones.",
        "2025-04-06",
    );
    let value = |tl: &conflict_timeline::Timeline| {
        tl.events
            .first()
            .and_then(|e| e.date.as_ref())
            .map(|d| d.value.clone())
    };
    assert_eq!(
        value(&tl).as_deref(),
        Some("2025-04-06"),
        "{:#?}",
        tl.events
    );
    let tl = run(
        "Russian drones struck Kharkiv overnight, killing two people.",
        "2025-04-06",
    );
    assert_ne!(
        value(&tl).as_deref(),
        Some("2025-04-06"),
        "{:#?}",
        tl.events
    );
    assert!(value(&tl).is_some_and(|v| v.starts_with("2025-04-05")));
    // Coordinated predicates share their date.
    let tl = run(
        "The president met the chancellor in Berlin on Thursday and signed a security agreement.",
        "2024-05-18",
    );
    assert_eq!(tl.events.len(), 2, "{:#?}", tl.events);
    assert!(
        tl.events
            .iter()
            .all(|e| e.date.as_ref().map(|d| d.value.as_str()) == Some("2024-05-16")),
        "{:#?}",
        tl.events
    );
    // A month name in a dateline is no modal verb.
    let tl = run(
        "GAZA, May 14 (Agency) - Israeli air strikes killed at least 30 people in Rafah.",
        "2024-05-14",
    );
    assert_eq!(tl.events.len(), 1, "{:#?}", tl.events);
    // "a woman was killed" is one.
    let tl = run(
        "A woman was killed when a drone hit the village of Stepnohirsk.",
        "2024-05-14",
    );
    assert_eq!(
        tl.events.first().and_then(|e| e.casualties.killed),
        Some(Count::exact(1))
    );
    // "any deployment" is hypothetical; the warning is the event.
    assert_eq!(
        kinds("Russia warned that it would respond to any deployment of troops."),
        vec![EventKind::Statement]
    );
    // A reporting date dates the statement, not the strike.
    let tl = run(
        "Russia's defence ministry claimed on Friday that its air defences had destroyed 33 drones over the Kursk region overnight.",
        "2024-11-29",
    );
    let e = tl.events.first().expect("event");
    assert_ne!(
        e.date.as_ref().and_then(|d| d.text.as_deref()),
        Some("on Friday")
    );
    assert_eq!(e.modality, Modality::Claimed);
    // A claim of responsibility dated by its statement joins the attack it claims.
    let tl = run(
        "Militants killed at least 30 soldiers in an attack on a camp in central Mali on Sunday. JNIM claimed responsibility for the assault in a statement on Monday.",
        "2024-09-10",
    );
    assert_eq!(tl.events.len(), 1, "{:#?}", tl.events);
    assert_eq!(
        tl.events[0].date.as_ref().map(|d| d.value.as_str()),
        Some("2024-09-08")
    );
    // ... and so does a claim naming no attack: its claimants are the attack's perpetrators
    let parties = |text: &str| -> Vec<Vec<(String, ActorRole)>> {
        run(text, "2024-09-10")
            .events
            .iter()
            .map(|e| e.actors.iter().map(|a| (a.name.clone(), a.role)).collect())
            .collect()
    };
    assert_eq!(
        parties(
            "Gunmen killed at least 30 soldiers in an attack on a camp in central Mali on Sunday. JNIM claimed responsibility in a statement."
        ),
        [vec![
            ("Mali".to_string(), ActorRole::Target),
            ("JNIM".to_string(), ActorRole::Initiator)
        ]]
    );
    // a claim with no attack told before it stays a statement
    assert_eq!(
        parties("JNIM claimed responsibility in a statement on Monday."),
        [vec![("JNIM".to_string(), ActorRole::Initiator)]]
    );
}

/// Which places belong to the event: (text, places expected, places that must not appear).
const PLACES: &[(&str, &[&str], &[&str])] = &[
    // a country's sites hit, with no place named, are in that country; its troops attacked
    // say nothing of where
    (
        "Israel struck Iranian nuclear sites on Friday.",
        &["Iran"],
        &[],
    ),
    (
        "Russian forces attacked Ukrainian troops on Friday.",
        &[],
        &["Ukraine"],
    ),
    // hand-added places the generated tables lack (data/en/geo_features.tsv)
    (
        "Gunmen killed 26 tourists in Pahalgam on April 22.",
        &["Pahalgam"],
        &[],
    ),
    (
        "Israeli jets struck targets in the Bekaa Valley on Wednesday.",
        &["Bekaa Valley"],
        &[],
    ),
    // a place told by its kind after ", and" is one more place of the list (a clause after
    // ", and" is a clause of its own: see the trigger families)
    (
        "The strikes hit the capital, Sanaa, and the northern province of Saada on Sunday.",
        &["Sanaa", "Saada"],
        &[],
    ),
    // the addressees of a call, after a determiner or in a list, are no place
    (
        "Israeli strikes hit Nabatieh on Sunday. Aoun condemned the attacks and called on the United States and France to act.",
        &["Nabatieh"],
        &["United States", "France"],
    ),
    // a country's possessive before a place not in the gazetteer, after a preposition of
    // place, is the place; not an owner's possessive, nor one before a known place
    (
        "The Houthis said they fired a ballistic missile at Israel's Ben Gurion airport early on Friday.",
        &["Israel"],
        &[],
    ),
    (
        "Israeli jets struck targets, destroying much of Iran's air defence network.",
        &[],
        &["Iran"],
    ),
    (
        "Russian drones struck Ukraine's Kharkiv region overnight.",
        &["Kharkiv Oblast"],
        &["Ukraine"],
    ),
    // an armed group's name is no town of that name
    (
        "Fighting between the army and Fano militiamen killed at least 30 people in the Amhara region on Friday.",
        &["Amhara"],
        &["Fano"],
    ),
    // a country's possessive before a region's name is no part of the name
    (
        "Gunmen killed at least 51 people in attacks on villages in Nigeria's Plateau state on Sunday.",
        &["Plateau"],
        &["Nigeria's Plateau"],
    ),
    // a country's name before a name or a mission is whose it is, not where; before a day,
    // the place
    (
        "Iran fired missiles at the U.S. Al Udeid air base in Qatar on Monday.",
        &["Qatar"],
        &["United States"],
    ),
    (
        "A bomb exploded near the U.S. embassy in Nairobi on Friday.",
        &["Nairobi"],
        &["United States"],
    ),
    (
        "Terrorists bombed embassies in Kenya and Tanzania Friday.",
        &["Kenya", "Tanzania"],
        &[],
    ),
    // a country called on to act is addressed, not a place; a country a meeting is held on
    // stays one
    (
        "The U.N. Security Council held an emergency meeting on Sunday and called on Rwanda to withdraw its troops.",
        &[],
        &["Rwanda"],
    ),
    (
        "Gunmen opened fire on a bus in Pakistan on Sunday, police said.",
        &["Pakistan"],
        &[],
    ),
    // what a protest is about is no place of it; where it is held is ("protesters in Gaza")
    (
        "In Tel Aviv, thousands of Israelis rallied on Saturday night to demand a deal that would bring home the hostages still held in Gaza.",
        &["Tel Aviv"],
        &["Gaza"],
    ),
    (
        "Thousands protested in London on Saturday against the war in Gaza.",
        &["London"],
        &["Gaza"],
    ),
    (
        "Hundreds of people demonstrated outside the Russian embassy in Warsaw to protest the bombing of Kyiv.",
        &["Warsaw"],
        &["Kyiv"],
    ),
    (
        "Protesters in Gaza demanded an end to the war.",
        &["Gaza"],
        &[],
    ),
    // a place after the strikes in the clause is theirs (one after talks is the talks':
    // see an_attack_told_again_goes_to_its_attacker)
    (
        "He said the strikes on Natanz were a declaration of war and that talks were meaningless.",
        &["Natanz"],
        &[],
    ),
    // a capital made to act is its government, not a place
    (
        "A landmine wounded five soldiers in Surin on Monday, prompting Bangkok to expel the envoy.",
        &["Surin"],
        &["Bangkok"],
    ),
    (
        "A landmine wounded five soldiers in Bangkok on Monday, prompting the army to close roads.",
        &["Bangkok"],
        &[],
    ),
    // the ends of a journey under way are not where it was attacked; a journey's end is
    // where what is done there happens
    (
        "The train was travelling from Quetta to Peshawar when it was attacked near a tunnel in Balochistan on Tuesday.",
        &["Balochistan"],
        &["Quetta", "Peshawar"],
    ),
    (
        "Gunmen attacked a bus bound for Kabul on Tuesday.",
        &[],
        &["Kabul"],
    ),
    (
        "Gunmen attacked a bus in Kabul on Tuesday.",
        &["Kabul"],
        &[],
    ),
    (
        "U.S. envoys traveled to Doha to meet Hamas negotiators on Tuesday.",
        &["Doha"],
        &[],
    ),
    // a country's capital, by demonym or possessive
    (
        "Militants attacked a beach in Somalia's capital on Friday night.",
        &["Mogadishu"],
        &["Somalia"],
    ),
    (
        "Militants attacked a beach in the Somali capital on Friday night.",
        &["Mogadishu"],
        &["Somalia"],
    ),
    // a point the event is told from is its place when no other is named
    (
        "The army's air force bombed RSF positions east of El Fasher on Monday.",
        &["El Fasher"],
        &[],
    ),
    ("Russia struck the north of Kyiv on Monday.", &["Kyiv"], &[]),
    // a country owning a mission abroad is not where its embassy is attacked
    (
        "Protesters attacked the embassies of Rwanda, France and the United States in Kinshasa on Tuesday.",
        &["Kinshasa"],
        &["Rwanda"],
    ),
    (
        "Demonstrators stormed France's embassy in Niamey on Sunday.",
        &["Niamey"],
        &["France"],
    ),
    (
        "Protesters marched to parliament in Rwanda on Sunday.",
        &["Rwanda"],
        &[],
    ),
    // a country whose ministers or army act is a party, not the place
    (
        "He is due to meet U.S. Defense Secretary Lloyd Austin in Germany on Friday.",
        &["Germany"],
        &["United States"],
    ),
    (
        "The foreign ministers of Iran, Russia and Turkey are due to meet in Doha on Saturday.",
        &["Doha"],
        &["Iran"],
    ),
    // a capital standing for its government is no place; a capital struck is
    (
        "India launched missile strikes on Pakistan early on Wednesday, in what New Delhi said was retaliation.",
        &["Pakistan"],
        &["New Delhi"],
    ),
    (
        "Israeli jets struck Damascus on Monday.",
        &["Damascus"],
        &[],
    ),
    // a launch area never is
    (
        "Prosecutors said the missiles had been fired from Russia's Belgorod region.",
        &[],
        &["Belgorod Oblast"],
    ),
    (
        "Russian artillery shelled the town of Kupiansk, east of Kharkiv.",
        &["Kupiansk"],
        &["Kharkiv"],
    ),
    (
        "Missiles fired from Russia's Belgorod region hit Kharkiv.",
        &["Kharkiv"],
        &["Belgorod Oblast", "Russia"],
    ),
    (
        "The aircraft dropped two bombs on Let Pan Taw village.",
        &["Let Pan Taw"],
        &[],
    ),
    (
        "RSF fighters stormed army positions in the town of Bara, north of El Obeid.",
        &["Bara"],
        &["El Obeid"],
    ),
    (
        "Russian troops took control of Novoielyzavetivka, a village in the Donetsk region.",
        &["Novoielyzavetivka"],
        &[],
    ),
    (
        "Thousands marched through the Congolese capital on Tuesday.",
        &["Kinshasa"],
        &[],
    ),
    (
        "In addition to Kyiv, cities like Sumy and Odesa were also targeted by missiles.",
        &["Sumy", "Odesa"],
        &["Kyiv"],
    ),
    (
        "The ceasefire, which Kyiv has accepted, was proposed by the U.S.",
        &[],
        &["Kyiv"],
    ),
    // a party's name ending in a place noun is no place; a region's name is
    (
        "Islamic State fighters attacked a village in Syria on Monday.",
        &["Syria"],
        &["Islamic"],
    ),
    (
        "Clashes erupted in Rakhine State on Monday.",
        &["Rakhine"],
        &[],
    ),
    // a capital that prepares, plans, orders ... is its government; struck, it is a place
    (
        "Russian missiles killed 11 people in Dobropillia overnight, officials said, as Kyiv \
         prepared for talks with the United States in Saudi Arabia next week.\n\nThe attack on \
         the town wounded 30 people, the governor said.",
        &["Dobropillia", "Saudi Arabia"],
        &["Kyiv"],
    ),
    (
        "Moscow ordered new strikes on Kharkiv on Friday.",
        &["Kharkiv"],
        &["Moscow"],
    ),
    (
        "Russian missiles struck Kyiv as officials prepared for talks.",
        &["Kyiv"],
        &[],
    ),
    (
        "Drones hit a US-owned ship sailing under a Marshall Islands flag in the Red Sea.",
        &[],
        &["Marshall Islands"],
    ),
];

#[test]
fn place_selection() {
    let mut failures = Vec::new();
    for (text, want, not) in PLACES {
        let tl = run(text, "2025-03-09");
        let names: Vec<&str> = tl
            .events
            .iter()
            .flat_map(|e| e.locations.iter().map(|l| l.name.as_str()))
            .collect();
        if !want.iter().all(|w| names.contains(w)) || not.iter().any(|n| names.contains(n)) {
            failures.push(format!(
                "{text:?}: want {want:?}, not {not:?}, got {names:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_mission_owner_is_no_party_and_an_office_holder_is_one() {
    let names = |text: &str| -> Vec<String> {
        run(text, "2025-01-28")
            .events
            .iter()
            .flat_map(|e| e.actors.iter().map(|a| a.name.clone()))
            .collect()
    };
    let got = names(
        "Protesters attacked the embassies of Rwanda, France and the United States in Kinshasa on Tuesday.",
    );
    assert!(
        !got.iter()
            .any(|n| ["Rwanda", "France", "United States"].contains(&n.as_str())),
        "{got:?}"
    );
    let got = names("Rwandan troops attacked the town of Sake on Tuesday.");
    assert!(got.iter().any(|n| n == "Rwanda"), "{got:?}");
    // the ministers of a country act for it
    let got = names(
        "The foreign ministers of Iran, Russia and Turkey are due to meet in Doha on Saturday.",
    );
    assert!(got.iter().any(|n| n == "Iran"), "{got:?}");
}

#[test]
fn a_backdrop_after_after_is_not_the_narrative() {
    // "a week after they captured most of Aleppo" is background: "the city" and the date of
    // what follows are those of the sentence's own event, Hama on Thursday
    let tl = run(
        "Syrian rebels seized the central city of Hama on Thursday, a week after they captured most of Aleppo. The Syrian army said it had redeployed its troops outside the city.",
        "2024-12-06",
    );
    let redeployed = tl
        .events
        .iter()
        .find(|e| e.kind == EventKind::MilitaryActivity)
        .expect("the redeployment");
    let places: Vec<&str> = redeployed
        .locations
        .iter()
        .map(|l| l.name.as_str())
        .collect();
    assert_eq!(places, ["Hama"]);
    assert_eq!(
        redeployed.date.as_ref().map(|d| d.value.as_str()),
        Some("2024-12-05")
    );
}

#[test]
fn agents_victims_and_attacks_referred_back_to() {
    let tl = run(
        "A ballistic missile fired by Yemen's Houthis struck near the main terminal of Ben Gurion Airport on Sunday, wounding six people. It was the first time a missile launched from Yemen had hit the airport's perimeter.",
        "2025-05-04",
    );
    let strikes: Vec<_> = tl
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Strike)
        .collect();
    assert_eq!(strikes.len(), 1, "{:#?}", tl.events);
    assert!(
        strikes.iter().all(|e| e
            .actors
            .iter()
            .any(|a| a.name == "Houthis" && a.role == ActorRole::Initiator)),
        "{:#?}",
        tl.events
    );
    // the parties of a clause with an event of its own are not those of the attack it
    // refers back to
    let tl = run(
        "Russia launched 728 drones at Ukraine overnight. Poland scrambled fighter jets to protect its airspace during the attack, the Polish military said.",
        "2025-07-09",
    );
    let strike = tl
        .events
        .iter()
        .find(|e| e.kind == EventKind::Strike)
        .expect("the strike");
    assert!(
        strike.actors.iter().all(|a| a.name != "Poland"),
        "{:#?}",
        strike.actors
    );
    // people of a country counted among the dead are victims; drones of a country counted
    // are what it fired
    let role_of = |text: &str, name: &str| -> Vec<ActorRole> {
        run(text, "2025-01-27")
            .events
            .iter()
            .flat_map(|e| e.actors.iter())
            .filter(|a| a.name == name)
            .map(|a| a.role)
            .collect()
    };
    assert_eq!(
        role_of(
            "At least 13 peacekeepers, including nine South Africans, were killed in fighting with the rebels last week.",
            "South Africa"
        ),
        [ActorRole::Target]
    );
    assert_eq!(
        role_of(
            "Russia said its air defences had destroyed 33 Ukrainian drones over the Kursk region overnight.",
            "Ukraine"
        ),
        [ActorRole::Initiator]
    );
    // unnamed forces are the country named as the sentence's topic ("In neighbouring Mali,
    // the army said"), not the country where they struck
    let tl = run(
        "Israeli jets pounded Beirut overnight. The military said it struck dozens of targets in southern Lebanon on Saturday.",
        "2024-09-28",
    );
    assert!(
        tl.events
            .iter()
            .all(|e| e.actors.iter().all(|a| a.name != "Lebanon")),
        "{:#?}",
        tl.events
    );
    // the armed subject past a comma after the trigger is the attacker
    assert_eq!(
        role_of(
            "In a separate attack on Friday, RSF artillery shelled a hospital in El Fasher, killing six patients.",
            "RSF"
        ),
        [ActorRole::Initiator]
    );
    // "by" before the verb is no agent of what follows it
    let tl = run(
        "Iraq began the war by attacking Jordan on Friday.",
        "1990-08-13",
    );
    assert!(
        tl.events.iter().all(|e| e
            .actors
            .iter()
            .all(|a| a.name != "Jordan" || a.role == ActorRole::Target)),
        "{:#?}",
        tl.events
    );
}

#[test]
fn nobody_hurt_tells_of_its_own_paragraphs_incident() {
    let tl = run(
        "Israeli forces killed three Palestinians in Tulkarm early on Sunday.\n\nSeparately, settlers set fire to homes in the village of Duma late on Saturday. No one was hurt.",
        "2025-03-16",
    );
    assert_eq!(tl.events.len(), 1, "{:#?}", tl.events);
    assert!(
        tl.events.iter().all(|e| e.casualties.injured.is_none()),
        "{:#?}",
        tl.events
    );
    let tl = run(
        "Hezbollah fired rockets at Safed on Saturday. No one was hurt.",
        "2025-03-16",
    );
    assert!(
        tl.events
            .iter()
            .any(|e| e.casualties.injured.is_some_and(|c| c.is_zero())),
        "{:#?}",
        tl.events
    );
}

#[test]
fn a_reports_day_dates_what_happened_when_it_was_made() {
    let date_of = |text: &str| {
        run(text, "2025-05-14")
            .events
            .iter()
            .find(|e| e.kind == EventKind::Strike)
            .and_then(|e| e.date.as_ref().map(|d| d.value.clone()))
    };
    // "reported on Tuesday when a drone struck": the drone struck that Tuesday
    assert_eq!(
        date_of(
            "The war began in April 2023. No casualties were reported on Tuesday when a drone struck near the airport."
        )
        .as_deref(),
        Some("2025-05-13")
    );
    // a report made "when asked" leaves the day the report tells of to date the strike
    assert_eq!(
        date_of(
            "The war began in April 2023. The army said on Tuesday when asked that a drone had struck the airport on Sunday."
        )
        .as_deref(),
        Some("2025-05-11")
    );
}

#[test]
fn a_truce_named_as_a_point_in_time_has_no_place_of_what_follows() {
    let tl = run(
        "Israel and Iran agreed to a ceasefire on Tuesday. Hours before the truce, Iranian missiles killed four people in Beersheba.",
        "2025-06-24",
    );
    let places = |kind: EventKind| -> Vec<String> {
        tl.events
            .iter()
            .filter(|e| e.kind == kind)
            .flat_map(|e| e.locations.iter().map(|l| l.name.clone()))
            .collect()
    };
    assert!(places(EventKind::Ceasefire).is_empty(), "{:#?}", tl.events);
    assert_eq!(
        places(EventKind::Casualties),
        ["Beersheba"],
        "{:#?}",
        tl.events
    );
}

#[test]
fn a_reports_day_starts_the_narrative_only_when_none_has_started() {
    let dates = |text: &str| -> Vec<(EventKind, Option<String>)> {
        run(text, "2025-03-21")
            .events
            .iter()
            .map(|e| (e.kind, e.date.as_ref().map(|d| d.value.clone())))
            .collect()
    };
    // the report's day is the only day told: the next paragraph's strike is on it
    let got = dates(
        "Sudan's army said on Friday it had recaptured the presidential palace in Khartoum.\n\nAn RSF drone strike on the palace killed several soldiers, the army said.",
    );
    assert!(
        got.contains(&(EventKind::Strike, Some("2025-03-21".to_string()))),
        "{got:?}"
    );
    // a day told of after it is the narrative's
    let got = dates(
        "Sudan's army said on Friday it had recaptured the presidential palace in Khartoum. On Wednesday, RSF drones hit Port Sudan.\n\nAnother drone strike hit the city's airport, officials said.",
    );
    assert!(
        got.iter()
            .filter(|(k, _)| *k == EventKind::Strike)
            .all(|(_, d)| d.as_deref() == Some("2025-03-19")),
        "{got:?}"
    );
}

#[test]
fn an_earlier_paragraphs_fight_on_another_day_is_not_the_episode_told() {
    // the rockets fired before Thursday's air strikes, and the rocket that hit Sisaket, are
    // Cambodia's strike of Thursday, not Friday's fighting told two paragraphs before
    let tl = run(
        "Thai and Cambodian troops fought for a second day on Friday along their disputed border, with heavy artillery fire at several points.\n\nThailand evacuated more than 138,000 people from border areas.\n\nThailand sent F-16 jets to bomb Cambodian military targets on Thursday after Cambodian forces fired BM-21 rockets into Thai territory. A rocket struck a gas station in Sisaket province, killing eight people.",
        "2025-07-25",
    );
    let rocket = tl
        .events
        .iter()
        .find(|e| e.locations.iter().any(|l| l.name == "Si Sa Ket"))
        .expect("the Sisaket strike");
    assert_eq!(
        rocket.date.as_ref().map(|d| d.value.as_str()),
        Some("2025-07-24"),
        "{:#?}",
        tl.events
    );
    assert!(
        rocket
            .actors
            .iter()
            .any(|a| a.name == "Cambodia" && a.role == ActorRole::Initiator),
        "{:#?}",
        rocket.actors
    );
    // an undated detail in the next paragraph of the same day's fight still joins it
    let tl = run(
        "Russian missiles hit Kharkiv on Friday, killing three people.\n\nA missile also struck a school in the city, officials said.",
        "2025-07-25",
    );
    let strikes = tl
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Strike)
        .count();
    assert_eq!(strikes, 1, "{:#?}", tl.events);
}

#[test]
fn a_nights_attacks_and_their_parties() {
    let roles = |tl: &Timeline, place: &str| -> Vec<(String, ActorRole)> {
        tl.events
            .iter()
            .filter(|e| e.locations.iter().any(|l| l.name == place))
            .flat_map(|e| e.actors.iter().map(|a| (a.name.clone(), a.role)))
            .collect()
    };
    // the attacker of the strike told before on the same day, in the same country; the
    // neighbour named by its border is no party
    let tl = run(
        "A Russian missile attack on Poltava killed 51 people on Wednesday. In Lviv, near the Polish border, a drone attack early on Wednesday killed seven people.",
        "2024-09-04",
    );
    assert_eq!(
        roles(&tl, "Lviv"),
        [("Russia".to_string(), ActorRole::Initiator)]
    );
    // another day: the attacker may have changed sides
    let tl = run(
        "Israeli jets bombed the port of Hodeidah on Thursday. A tanker was hit by a drone off Mokha late on Friday.",
        "2024-12-21",
    );
    assert_eq!(roles(&tl, "Mokha"), []);
    // the side that shot down what was launched at it is its target
    let tl = run(
        "Ukraine's air force said it had downed 29 of 35 drones launched overnight at the Kyiv region.",
        "2024-09-04",
    );
    let got: Vec<(String, ActorRole)> = tl
        .events
        .iter()
        .flat_map(|e| e.actors.iter().map(|a| (a.name.clone(), a.role)))
        .collect();
    assert!(
        got.iter()
            .all(|(n, r)| n != "Ukraine" || *r == ActorRole::Target),
        "{got:?}"
    );
    // the attacker named before its own launch stays the attacker
    let tl = run(
        "Late on Tuesday, Iran fired about 180 ballistic missiles at Israel, most of which were intercepted, the Israeli military said.",
        "2024-10-02",
    );
    let got: Vec<(String, ActorRole)> = tl
        .events
        .iter()
        .flat_map(|e| e.actors.iter().map(|a| (a.name.clone(), a.role)))
        .collect();
    assert!(
        got.contains(&("Iran".to_string(), ActorRole::Initiator)),
        "{got:?}"
    );
}

#[test]
fn a_country_after_a_place_adjective_is_the_place() {
    let tl = run(
        "In neighbouring Burkina Faso, suspected jihadists killed at least 100 villagers in Barsalogho on Aug. 24.",
        "2024-09-19",
    );
    let actors: Vec<&str> = tl
        .events
        .iter()
        .flat_map(|e| e.actors.iter().map(|a| a.name.as_str()))
        .collect();
    let places: Vec<&str> = tl
        .events
        .iter()
        .flat_map(|e| e.locations.iter().map(|l| l.name.as_str()))
        .collect();
    assert!(!actors.contains(&"Burkina Faso"), "{actors:?}");
    assert!(places.contains(&"Barsalogho"), "{places:?}");
    // a country as the subject stays a party
    let tl = run(
        "Neighbouring Burkina Faso sent troops to Mali on Monday.",
        "2024-09-19",
    );
    assert!(
        tl.events
            .iter()
            .any(|e| e.actors.iter().any(|a| a.name == "Burkina Faso")),
        "{:#?}",
        tl.events
    );
}

#[test]
fn unnamed_armed_men_and_their_group() {
    let parties = |tl: &Timeline, place: &str| -> Vec<(String, ActorRole)> {
        tl.events
            .iter()
            .filter(|e| e.locations.iter().any(|l| l.name == place))
            .flat_map(|e| e.actors.iter().map(|a| (a.name.clone(), a.role)))
            .collect()
    };
    let armed = |role| ("unidentified armed group".to_string(), role);
    // "killed at least 70": a count, so the men before the verb are its subject, and the
    // people they killed its unarmed target
    let tl = run(
        "Gang members killed at least 70 people in an attack on the town of Pont-Sonde early Thursday.",
        "2024-10-04",
    );
    assert_eq!(
        parties(&tl, "Pont-Sonde"),
        [
            armed(ActorRole::Initiator),
            ("civilians".to_string(), ActorRole::Target)
        ]
    );
    // "soldiers wounded in the attack": a reduced passive, the victims
    let tl = run(
        "Rebels attacked a base in Goma on Thursday. Soldiers wounded in the attack were taken to hospital.",
        "2024-10-04",
    );
    assert!(
        !parties(&tl, "Goma")
            .iter()
            .any(|(n, r)| n == "DR Congo" && *r == ActorRole::Initiator)
    );
    // the unnamed men of one mention are the group another names
    let tl = run(
        "Gang members killed at least 70 people in an attack on the town of Pont-Sonde early Thursday. Members of the Gran Grif gang opened fire with automatic weapons and set fire to 45 homes.",
        "2024-10-04",
    );
    assert_eq!(
        parties(&tl, "Pont-Sonde"),
        [
            ("civilians".to_string(), ActorRole::Target),
            ("Gran Grif".to_string(), ActorRole::Initiator)
        ]
    );
    // a group named near, but of another country, is not theirs
    let tl = run(
        "Members of the Gran Grif gang opened fire in Pont-Sonde on Thursday. In Nigeria, gunmen abducted 20 students in Zamfara state on Sunday.",
        "2024-10-04",
    );
    assert!(
        parties(&tl, "Zamfara").contains(&armed(ActorRole::Initiator)),
        "{:?}",
        parties(&tl, "Zamfara")
    );
}

#[test]
fn a_countrys_rebels_are_not_its_state() {
    let names = |text: &str| -> Vec<String> {
        run(text, "2024-12-06")
            .events
            .iter()
            .flat_map(|e| e.actors.iter().map(|a| a.name.clone()))
            .collect()
    };
    let got = names("Syrian rebels seized the central city of Hama on Thursday.");
    assert_eq!(got, ["unidentified armed group"], "{got:?}");
    let got = names("Syrian troops shelled Hama on Thursday.");
    assert_eq!(got, ["Syria"], "{got:?}");
}

#[test]
fn protest_casualties_stay_with_the_protest() {
    let tl = run(
        "Police fired tear gas at protesters in Nairobi on Tuesday. Two demonstrators died of gunshot wounds.",
        "2024-09-10",
    );
    assert_eq!(tl.events.len(), 1, "{:#?}", tl.events);
    assert_eq!(tl.events[0].kind, EventKind::Protest);
    assert_eq!(tl.events[0].casualties.killed, Some(Count::exact(2)));
}

#[test]
fn recent_window_dates_to_the_report_day() {
    let tl = run(
        "The general staff said its forces had repelled 61 Russian assaults near Pokrovsk in the past 24 hours.",
        "2025-01-08",
    );
    let e = tl.events.first().expect("event");
    assert_eq!(e.kind, EventKind::Clash);
    assert_eq!(
        e.date.as_ref().map(|d| d.value.as_str()),
        Some("2025-01-08")
    );
}

#[test]
fn a_weapon_count_stays_with_its_noun() {
    let weapon_count = |text: &str, kind: &str| {
        run(text, "2025-12-05")
            .events
            .iter()
            .flat_map(|e| e.weapons.iter())
            .find(|w| w.kind == kind)
            .map(|w| w.count)
    };
    // the number counts the dead, not the strikes
    assert_eq!(
        weapon_count(
            "The army said it had killed dozens of militants in air strikes around Timbuktu.",
            "airstrike"
        ),
        Some(None)
    );
    // a number right before the weapon, or before "of" + weapon, counts it
    assert_eq!(
        weapon_count("Russia launched dozens of drones at Odesa.", "drone"),
        Some(Some(Count::at_least(24)))
    );
    assert_eq!(
        weapon_count(
            "Russia attacked Kyiv with 12 drones and 3 missiles.",
            "missile"
        ),
        Some(Some(Count::exact(3)))
    );
    // a number of days before the weapon counts the days
    assert_eq!(
        weapon_count(
            "Explosions shook Srinagar on Saturday after four days of cross-border missile and drone strikes.",
            "missile"
        ),
        Some(None)
    );
    assert_eq!(
        weapon_count("Russia fired four missiles at Odesa.", "missile"),
        Some(Some(Count::exact(4)))
    );
}

#[test]
fn armed_killers_are_initiators_and_their_victims_targets() {
    let tl = run(
        "Last week, Hezbollah fighters killed three Israeli soldiers.",
        "2025-12-05",
    );
    let e = tl.events.first().expect("an attack");
    assert_eq!(e.kind, EventKind::Clash);
    let role = |name: &str| e.actors.iter().find(|a| a.name == name).map(|a| a.role);
    assert_eq!(role("Hezbollah"), Some(ActorRole::Initiator));
    assert_eq!(role("Israel"), Some(ActorRole::Target));
    // unnamed gunmen counted as killed, with their people's name before them, were killed;
    // gunmen before the verb did the killing
    for (text, want) in [
        (
            "Israeli troops killed two Palestinian gunmen during a raid in Jenin on Thursday.",
            ActorRole::Target,
        ),
        (
            "Gunmen killed two Israeli soldiers during a raid in Jenin on Thursday.",
            ActorRole::Initiator,
        ),
    ] {
        let tl = run(text, "2025-01-30");
        let got = tl
            .events
            .iter()
            .flat_map(|e| e.actors.iter())
            .find(|a| a.name == "unidentified armed group")
            .map(|a| a.role);
        assert_eq!(got, Some(want), "{text}");
    }
}

#[test]
fn a_bodys_speaker_names_no_party() {
    let names = |text: &str| -> Vec<String> {
        run(text, "2025-06-11")
            .events
            .iter()
            .flat_map(|e| e.actors.iter().map(|a| a.name.clone()))
            .collect()
    };
    let got = names(
        "Bandits killed 43 villagers in Zamfara state on Tuesday. Twelve people were abducted during the attack on Kairu village, said police spokesman Yazid Abubakar.",
    );
    assert!(!got.iter().any(|n| n == "Nigeria"), "{got:?}");
    // police who fought are a party
    let got = names("Police exchanged gunfire with bandits in Zamfara state on Tuesday.");
    assert!(got.iter().any(|n| n == "Nigeria"), "{got:?}");
}

#[test]
fn the_group_is_the_armed_group_named_before() {
    let initiators = |text: &str| -> Vec<String> {
        run(text, "2025-06-15")
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Strike)
            .flat_map(|e| e.actors.iter())
            .filter(|a| a.role == ActorRole::Initiator)
            .map(|a| a.name.clone())
            .collect()
    };
    assert_eq!(
        initiators("Hezbollah said it would respond. The group fired rockets at Safed on Friday."),
        ["Hezbollah"]
    );
    // a group of people is no armed group, and a state is no group
    assert!(
        initiators("Israel said it would respond. The group fired rockets at Safed on Friday.")
            .is_empty()
    );
}

#[test]
fn a_body_reporting_on_its_own_fighters_is_their_side() {
    let names = |text: &str| -> Vec<(String, ActorRole)> {
        run(text, "2025-07-02")
            .events
            .iter()
            .flat_map(|e| e.actors.iter().map(|a| (a.name.clone(), a.role)))
            .collect()
    };
    // its sponsor is no party
    assert_eq!(
        names(
            "The al Qaeda-affiliated JNIM said on Telegram that its fighters had seized several military posts in Kayes."
        ),
        [("JNIM".to_string(), ActorRole::Initiator)]
    );
    // an attack told again before a backdrop clause has none of the backdrop's parties
    assert!(
        names("The attacks came a week after JNIM fighters ambushed a convoy near Gao.")
            .iter()
            .all(|(_, r)| *r == ActorRole::Initiator),
    );
}

#[test]
fn who_claims_an_attack_made_it() {
    let role = |text: &str, name: &str| {
        run(text, "2025-07-28")
            .events
            .iter()
            .flat_map(|e| e.actors.iter())
            .find(|a| a.name == name)
            .map(|a| a.role)
    };
    assert_eq!(
        role(
            "The assault on the camp was claimed by the al-Qaida-linked group JNIM.",
            "JNIM"
        ),
        Some(ActorRole::Initiator)
    );
    // the group attacked is what was hit
    assert_eq!(
        role(
            "Soldiers attacked JNIM fighters near Gao on Saturday.",
            "JNIM"
        ),
        Some(ActorRole::Target)
    );
}

#[test]
fn what_happened_days_before_a_report_is_not_of_its_day() {
    let clash_date = |text: &str| {
        run(text, "2025-02-02")
            .events
            .iter()
            .find(|e| e.kind == EventKind::Clash)
            .map(|e| e.date.as_ref().map(|d| d.value.clone()))
    };
    // some days before: no day can be given
    assert_eq!(
        clash_date(
            "M23 rebels said on Sunday they would hold a ceasefire from Tuesday, days after they seized Goma."
        ),
        Some(None)
    );
    // two days before the report's day
    assert_eq!(
        clash_date(
            "The army said on Sunday, two days after militants attacked a base near Gao, that it had sent reinforcements."
        ),
        Some(Some("2025-01-31".to_string()))
    );
    // the report's own day when nothing counts back from it
    assert_eq!(
        clash_date("Militants attacked a base near Gao, the army said on Sunday."),
        Some(Some("2025-02-02".to_string()))
    );
}

#[test]
fn a_partys_unverified_toll_is_not_the_reported_one() {
    let tl = run(
        "A Russian ballistic missile struck the center of Sumy on Sunday morning, killing 35 people, officials said. Russia's Defense Ministry said Monday that it had struck a meeting of Ukrainian commanders in Sumy, killing more than 60 servicemen. The claim could not be independently verified.",
        "2025-04-14",
    );
    let figures: Vec<(Modality, Option<Count>)> = tl
        .events
        .iter()
        .map(|e| (e.modality, e.casualties.killed))
        .collect();
    assert!(
        figures.contains(&(Modality::Asserted, Some(Count::exact(35)))),
        "{figures:?}"
    );
    assert!(
        figures.contains(&(Modality::Claimed, Some(Count::at_least(61)))),
        "{figures:?}"
    );
}

#[test]
fn a_citys_district_is_of_that_city() {
    let tl = run(
        "A Russian drone attack on Odesa killed five people overnight. Officials said debris from downed drones set fire to a warehouse and damaged a kindergarten in the city's Prymorskyi district.",
        "2025-06-12",
    );
    assert_eq!(tl.events.len(), 1, "{:#?}", tl.events);
    let admin: Vec<Option<&str>> = tl
        .events
        .iter()
        .flat_map(|e| e.locations.iter())
        .filter(|l| l.name == "Prymorskyi")
        .map(|l| l.admin1.as_deref())
        .collect();
    // not the namesake district of Mariupol in Donetsk Oblast
    assert_eq!(admin, [None], "{:#?}", tl.events);
}

#[test]
fn a_side_intercepts_what_was_fired_at_it() {
    let tl = run(
        "Israeli warplanes struck the port of Hodeidah late on Friday, hours after the group fired a ballistic missile at central Israel. The Israeli military said it had intercepted the missile and that there were no injuries.",
        "2025-11-08",
    );
    // the interception and its "no injuries" go to the missile, not to Israel's own strike
    let injured: Vec<(Vec<String>, Option<Count>)> = tl
        .events
        .iter()
        .map(|e| {
            (
                e.locations.iter().map(|l| l.name.clone()).collect(),
                e.casualties.injured,
            )
        })
        .collect();
    assert!(
        injured.contains(&(vec!["Israel".to_string()], Some(Count::exact(0)))),
        "{injured:?}"
    );
    assert!(
        injured.contains(&(vec!["Hodeidah".to_string()], None)),
        "{injured:?}"
    );
}

#[test]
fn what_is_going_on_is_of_the_day_of_the_report() {
    let meeting = |text: &str| {
        run(text, "2025-04-08")
            .events
            .iter()
            .find(|e| e.kind == EventKind::Meeting)
            .and_then(|e| e.date.as_ref().map(|d| (d.value.clone(), d.basis)))
    };
    // told in the present progressive: the day of publication, not the narrative's Friday
    assert_eq!(
        meeting(
            "Russian drones hit Kharkiv on Friday. Negotiators are holding talks in Doha, officials said."
        ),
        Some(("2025-04-08".to_string(), Basis::Publication))
    );
    assert_eq!(
        meeting(
            "Israeli strikes killed 20 people in Gaza on Monday. Mediators are meeting in Cairo to push for a truce."
        ),
        Some(("2025-04-08".to_string(), Basis::Publication))
    );
    // in the past, the narrative's day
    assert_eq!(
        meeting(
            "Russian drones hit Kharkiv on Friday. Negotiators held talks in Doha, officials said."
        ),
        Some(("2025-04-04".to_string(), Basis::Context))
    );
}

#[test]
fn a_state_told_by_its_kind_is_the_region_not_the_country() {
    let countries = |text: &str| -> Vec<Option<String>> {
        run(text, "2025-11-18")
            .events
            .iter()
            .flat_map(|e| e.locations.iter().map(|l| l.country.clone()))
            .collect()
    };
    // Nigeria's Niger State, not the Republic of Niger
    assert_eq!(
        countries(
            "In neighbouring Niger state, 25 worshippers were kidnapped from a church on Sunday evening."
        ),
        [Some("NG".to_string())]
    );
    assert_eq!(
        countries("Jihadists attacked a village in Niger on Sunday."),
        [Some("NE".to_string())]
    );
}

#[test]
fn bodies_found_are_the_dead() {
    let killed = |text: &str| {
        run(text, "2025-02-02")
            .events
            .iter()
            .find_map(|e| e.casualties.killed)
    };
    assert_eq!(
        killed(
            "At least 900 bodies have been recovered from the streets of Goma, the United Nations said."
        ),
        Some(Count::at_least(900))
    );
    assert_eq!(
        killed("The bodies of 12 people were found in a mass grave near Izium."),
        Some(Count::exact(12))
    );
    // bodies handed back in an exchange tell no new deaths
    assert_eq!(
        killed("Israel received the bodies of four hostages on Thursday."),
        None
    );
}

#[test]
fn a_side_that_repels_an_attack_was_attacked() {
    let roles = |text: &str| {
        let tl = run(text, "2025-05-14");
        let mut r: Vec<(String, ActorRole)> = tl
            .events
            .iter()
            .flat_map(|e| e.actors.iter().map(|a| (a.name.clone(), a.role)))
            .collect();
        r.sort_by(|a, b| a.0.cmp(&b.0));
        r
    };
    let named = |name: &str, role| (name.to_string(), role);
    assert_eq!(
        roles(
            "Ukraine's general staff said its forces had repelled 61 Russian assaults near Pokrovsk."
        ),
        [
            named("Russia", ActorRole::Initiator),
            named("Ukraine", ActorRole::Target)
        ]
    );
    assert_eq!(
        roles("The army fought off an attack by RSF fighters on El Fasher on Monday."),
        [
            named("RSF", ActorRole::Initiator),
            named("Sudanese Armed Forces", ActorRole::Target)
        ]
    );
    // sides that fight each other both fight
    assert_eq!(
        roles("Russian and Ukrainian troops fought near Pokrovsk on Monday."),
        [
            named("Russia", ActorRole::Initiator),
            named("Ukraine", ActorRole::Initiator)
        ]
    );
}

#[test]
fn a_strike_takes_the_parties_of_its_own_clause() {
    let tl = run(
        "Russian and American officials are expected to hold talks this week, the envoy said on Sunday, hours after a Russian missile attack on Kyiv killed one person.",
        "2025-04-06",
    );
    let strike = tl
        .events
        .iter()
        .find(|e| e.kind == EventKind::Strike)
        .expect("the strike");
    let names: Vec<&str> = strike.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.contains(&"Russia"), "{names:?}");
    assert!(!names.contains(&"United States"), "{names:?}");
}

/// Shootings: (text, kinds expected, killed low, injured low). A shooting is a clash (an
/// attack), or a strike when a ranged weapon does the firing or civilians are its victims; the killing verb is also the
/// casualty verb ("shot dead three"); "fired" in the sense of a dismissal is no event.
type Shooting = (&'static str, &'static [EventKind], Option<u64>, Option<u64>);
const SHOOTINGS: &[Shooting] = &[
    (
        "Soldiers shot dead three protesters in Khartoum on Monday.",
        &[EventKind::Strike],
        Some(3),
        None,
    ),
    (
        "Three protesters were shot dead by police in Nairobi.",
        &[EventKind::Strike],
        Some(3),
        None,
    ),
    (
        "Gunmen opened fire on a bus near Peshawar on Tuesday, killing five passengers.",
        &[EventKind::Strike],
        Some(5),
        None,
    ),
    (
        "Police fired on demonstrators in Nairobi on Friday.",
        &[EventKind::Strike],
        None,
        None,
    ),
    (
        "Militants gunned down four villagers in Borno.",
        &[EventKind::Strike],
        Some(4),
        None,
    ),
    // (a civilian shot by gunmen: one-sided violence, a strike)
    (
        "Unknown gunmen shot dead a journalist in Mogadishu on Saturday.",
        &[EventKind::Strike],
        Some(1),
        None,
    ),
    (
        "Israeli troops shot and killed two Palestinians on Sunday.",
        &[EventKind::Clash],
        Some(2),
        None,
    ),
    (
        "Security forces shot and wounded 12 demonstrators in Lagos.",
        &[EventKind::Strike],
        None,
        Some(12),
    ),
    (
        "Russian forces fired on Kharkiv with artillery.",
        &[EventKind::Strike],
        None,
        None,
    ),
    // "fired" before a date is the bare verb: a strike with a weapon
    (
        "Rockets were fired on Sunday at Sderot.",
        &[EventKind::Strike],
        None,
        None,
    ),
    // negatives: a dismissal, an idiom, a hypothetical
    ("The company fired at least 200 workers.", &[], None, None),
    ("The coach was fired after the defeat.", &[], None, None),
    ("He was fired from his job last week.", &[], None, None),
    ("The defence minister was fired on Monday.", &[], None, None),
    (
        "The team fired on all cylinders in the second half.",
        &[],
        None,
        None,
    ),
    (
        "Witnesses said troops might have opened fire on the crowd.",
        &[],
        None,
        None,
    ),
];

#[test]
fn shootings() {
    let mut failures = Vec::new();
    for (text, want, killed, injured) in SHOOTINGS {
        let got = kinds(text);
        let tl = run(text, "2025-03-09");
        let cas = tl.events.first().map(|e| {
            (
                e.casualties.killed.and_then(|c| c.low),
                e.casualties.injured.and_then(|c| c.low),
            )
        });
        let want_cas = if want.is_empty() {
            None
        } else {
            Some((*killed, *injured))
        };
        if got != want.to_vec() || cas != want_cas {
            failures.push(format!(
                "{text:?}: want {want:?} {want_cas:?}, got {got:?} {cas:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_shooting_has_its_shooters_victims_and_date() {
    let role = |text: &str, name: &str| {
        run(text, "2025-03-09")
            .events
            .iter()
            .flat_map(|e| e.actors.iter())
            .find(|a| a.name == name)
            .map(|a| a.role)
    };
    // the object of the killing verb, active or passive, is its target
    assert_eq!(
        role("Soldiers shot dead three protesters.", "protesters"),
        Some(ActorRole::Target)
    );
    assert_eq!(
        role("Three protesters were shot dead by police.", "protesters"),
        Some(ActorRole::Target)
    );
    assert_eq!(
        role(
            "Gunmen opened fire on a bus near Peshawar.",
            "unidentified armed group"
        ),
        Some(ActorRole::Initiator)
    );
    assert_eq!(
        role(
            "Israeli troops shot and killed two Palestinians on Sunday.",
            "Israel"
        ),
        Some(ActorRole::Initiator)
    );
    let tl = run(
        "Soldiers shot dead three protesters in Khartoum on Monday.",
        "2025-03-09",
    );
    let e = tl.events.first().expect("the shooting");
    assert_eq!(e.sub_kind.as_deref(), Some("attack on civilians"));
    assert_eq!(
        e.date.as_ref().map(|d| d.value.as_str()),
        Some("2025-03-03")
    );
    assert!(e.locations.iter().any(|l| l.name == "Khartoum"));
}

/// Windows reaching back from the report: (text, publication date, kind, value, first day,
/// last day, precision). A window longer than two days dates what happened in it by its days
/// (start, end) and the one ISO week, month or year holding them (value, precision); a 24-hour
/// window is the report's day; a "since" date in a comparison dates nothing.
type Window = (
    &'static str,
    &'static str,
    EventKind,
    &'static str,
    &'static str,
    &'static str,
    conflict_timeline::Grain,
);
const WINDOWS: &[Window] = &[
    // a truce announced on a day is made that day; its end ("until April 22") dates nothing
    (
        "Myanmar's military government on Wednesday announced a temporary ceasefire until April 22 to support relief efforts after last week's earthquake.",
        "2025-04-02",
        EventKind::Ceasefire,
        "2025-04-02",
        "2025-04-02",
        "2025-04-02",
        conflict_timeline::Grain::Day,
    ),
    // two days joined by "and" are the window of both; two days of different weeks apart
    // are not
    (
        "Russian forces shelled Kherson on Friday and on Saturday, killing four people.",
        "2025-03-09",
        EventKind::Strike,
        "2025-W10",
        "2025-03-07",
        "2025-03-08",
        conflict_timeline::Grain::Week,
    ),
    (
        "The NATO summit will be held in Washington on April 24 and 25.",
        "1999-02-10",
        EventKind::Meeting,
        "1999-W16",
        "1999-04-24",
        "1999-04-25",
        conflict_timeline::Grain::Week,
    ),
    (
        "Russian forces shelled Kherson on March 1 and on March 20, killing four people.",
        "2025-03-21",
        EventKind::Strike,
        "2025-03-01",
        "2025-03-01",
        "2025-03-01",
        conflict_timeline::Grain::Day,
    ),
    // a toll "since" an outbreak is the window's; the outbreak keeps its own day
    (
        "At least 43 people, mostly civilians, have been killed since the clashes erupted on Thursday.",
        "2025-07-28",
        EventKind::Casualties,
        "2025-07",
        "2025-07-24",
        "2025-07-28",
        conflict_timeline::Grain::Month,
    ),
    (
        "At least 43 people, mostly civilians, have been killed since the clashes erupted on Thursday.",
        "2025-07-28",
        EventKind::Clash,
        "2025-07-24",
        "2025-07-24",
        "2025-07-24",
        conflict_timeline::Grain::Day,
    ),
    // "Since then": from the narrative's day to the report
    (
        "Israel ended the ceasefire on March 18 with a wave of strikes that killed more than 400 people. Since then, more than 1,500 Palestinians have been killed, the Health Ministry said.",
        "2025-04-03",
        EventKind::Casualties,
        "2025",
        "2025-03-18",
        "2025-04-03",
        conflict_timeline::Grain::Year,
    ),
    // a noun trigger with its perfect after it: "fighting has raged since Saturday"
    (
        "Fighting has raged in Khartoum since Saturday.",
        "2024-06-12",
        EventKind::Clash,
        "2024-06",
        "2024-06-08",
        "2024-06-12",
        conflict_timeline::Grain::Month,
    ),
    (
        "Clashes have continued in Goma since Friday, residents said.",
        "2024-06-12",
        EventKind::Clash,
        "2024-06",
        "2024-06-07",
        "2024-06-12",
        conflict_timeline::Grain::Month,
    ),
    (
        "Over the past week, 60 people were killed in Gaza.",
        "2025-03-09",
        EventKind::Casualties,
        "2025-03",
        "2025-03-02",
        "2025-03-09",
        conflict_timeline::Grain::Month,
    ),
    (
        "At least 30 people have been killed in Khan Younis since Friday, the health ministry said.",
        "2025-03-09",
        EventKind::Casualties,
        "2025-W10",
        "2025-03-07",
        "2025-03-09",
        conflict_timeline::Grain::Week,
    ),
    (
        "Israeli strikes have killed 60 people in Gaza over the past week.",
        "2025-03-12",
        EventKind::Strike,
        "2025-03",
        "2025-03-05",
        "2025-03-12",
        conflict_timeline::Grain::Month,
    ),
    (
        "During the past month, 300 civilians were killed in Darfur.",
        "2025-03-12",
        EventKind::Casualties,
        "2025",
        "2025-02-10",
        "2025-03-12",
        conflict_timeline::Grain::Year,
    ),
    (
        "Fighting had killed at least 45 civilians since the start of the month.",
        "2025-03-12",
        EventKind::Casualties,
        "2025-03",
        "2025-03-01",
        "2025-03-12",
        conflict_timeline::Grain::Month,
    ),
    // a strike or clash whose clause a "since" phrase ends is dated by it, in the simple past
    // too: the report's day when it starts that day, else the window
    (
        "Israeli strikes killed at least 60 Palestinians across the Gaza Strip since dawn on Saturday, local health authorities said.",
        "2025-07-12",
        EventKind::Strike,
        "2025-07-12",
        "2025-07-12",
        "2025-07-12",
        conflict_timeline::Grain::Day,
    ),
    (
        "Israeli strikes killed at least 60 Palestinians across the Gaza Strip since Tuesday.",
        "2025-07-12",
        EventKind::Strike,
        "2025-W28",
        "2025-07-08",
        "2025-07-12",
        conflict_timeline::Grain::Week,
    ),
    // "since dawn": the report's day, though dawn alone dates nothing
    (
        "Israeli strikes killed at least 60 Palestinians across Gaza since dawn, health officials said.",
        "2025-07-12",
        EventKind::Strike,
        "2025-07-12",
        "2025-07-12",
        "2025-07-12",
        conflict_timeline::Grain::Day,
    ),
    // (a comparison's "since" still dates nothing: the strike keeps its own day)
    (
        "Russia struck Kyiv again on Saturday, the first attack on the capital since Tuesday.",
        "2025-07-12",
        EventKind::Strike,
        "2025-07-12",
        "2025-07-12",
        "2025-07-12",
        conflict_timeline::Grain::Day,
    ),
    (
        "More than 500 people have been killed in the region since October 7.",
        "2025-03-12",
        EventKind::Casualties,
        "PAST_REF",
        "2024-10-07",
        "2025-03-12",
        conflict_timeline::Grain::Vague,
    ),
    // "since" opening a short clause that ends in the date: from that day to the report
    (
        "More than 12,000 Palestinians have been killed since the war began on Oct. 7, 2023.",
        "2023-11-20",
        EventKind::Casualties,
        "2023",
        "2023-10-07",
        "2023-11-20",
        conflict_timeline::Grain::Year,
    ),
    // an event inside the "since" clause is the start itself: its day, not the window
    (
        "More than 280,000 people have been displaced since the offensive began on Nov. 27, the U.N. said Wednesday.",
        "2024-12-06",
        EventKind::Clash,
        "2024-11-27",
        "2024-11-27",
        "2024-11-27",
        conflict_timeline::Grain::Day,
    ),
    (
        "At least 150 people have been killed in El Fasher since the siege began in May.",
        "2025-07-20",
        EventKind::Casualties,
        "2025",
        "2025-05-01",
        "2025-07-20",
        conflict_timeline::Grain::Year,
    ),
    (
        "Russia has launched more than 500 drones at Ukraine since Friday, the air force said.",
        "2025-03-09",
        EventKind::Strike,
        "2025-W10",
        "2025-03-07",
        "2025-03-09",
        conflict_timeline::Grain::Week,
    ),
    // negatives: a day-long window is the report's day; a calendar week is a week; a
    // comparison's "since" dates nothing
    (
        "In the last 24 hours, 41 people were killed in Gaza.",
        "2025-03-09",
        EventKind::Casualties,
        "2025-03-09",
        "2025-03-08",
        "2025-03-09",
        conflict_timeline::Grain::Day,
    ),
    (
        "Russian strikes killed 14 civilians in Kharkiv last week.",
        "2025-03-12",
        EventKind::Strike,
        "2025-W10",
        "2025-03-03",
        "2025-03-09",
        conflict_timeline::Grain::Week,
    ),
    (
        "Since the war began, Israeli strikes killed 12 people in Rafah on Tuesday.",
        "2025-07-20",
        EventKind::Strike,
        "2025-07-15",
        "2025-07-15",
        "2025-07-15",
        conflict_timeline::Grain::Day,
    ),
    (
        "Ten people were killed in Kyiv on Tuesday, the deadliest day since March.",
        "2025-05-08",
        EventKind::Casualties,
        "2025-05-06",
        "2025-05-06",
        "2025-05-06",
        conflict_timeline::Grain::Day,
    ),
];

#[test]
fn a_toll_since_an_outbreak_is_not_the_outbreaks() {
    let killed = |text: &str| -> Vec<(EventKind, Option<u64>)> {
        run(text, "2025-07-28")
            .events
            .iter()
            .map(|e| (e.kind, e.casualties.killed.and_then(|c| c.low)))
            .collect()
    };
    assert_eq!(
        killed("At least 43 people have been killed since the clashes erupted on Thursday."),
        [(EventKind::Clash, None), (EventKind::Casualties, Some(43))]
    );
    assert_eq!(
        killed("At least 43 people were killed when the clashes erupted on Thursday."),
        [(EventKind::Clash, Some(43))]
    );
}

#[test]
fn windows_date_by_their_days() {
    let mut failures = Vec::new();
    for (text, dct, kind, value, start, end, precision) in WINDOWS {
        let tl = run(text, dct);
        let got = tl
            .events
            .iter()
            .find(|e| e.kind == *kind)
            .and_then(|e| e.date.as_ref())
            .map(|d| {
                (
                    d.value.clone(),
                    d.start.map(|s| s.to_string()),
                    d.end.map(|s| s.to_string()),
                    d.precision,
                )
            });
        let want = (
            value.to_string(),
            Some(start.to_string()),
            Some(end.to_string()),
            *precision,
        );
        if got.as_ref() != Some(&want) {
            failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_window_is_no_narrative_date_and_no_day_event() {
    // the window does not date the next, undated event
    let tl = run(
        "Over the past week, 60 people were killed in Gaza. An Israeli strike hit Rafah.",
        "2025-03-09",
    );
    let strike = tl.events.iter().find(|e| e.kind == EventKind::Strike);
    assert!(
        strike.is_some_and(|e| e.date.as_ref().is_none_or(|d| d.value != "2025-03")),
        "{:#?}",
        tl.events
    );
    // a week's toll is not the toll of a strike on one of its days
    let tl = run(
        "An Israeli strike hit Rafah on Tuesday. Over the past week, 60 people were killed in Rafah.",
        "2025-03-09",
    );
    let strike = tl
        .events
        .iter()
        .find(|e| e.kind == EventKind::Strike)
        .expect("the strike");
    assert_eq!(strike.casualties.killed, None, "{:#?}", tl.events);
    assert_eq!(tl.events.len(), 2, "{:#?}", tl.events);
    // "since" in a comparison measures the record, not the event
    let tl = run(
        "Twelve soldiers have died in Kherson, the highest toll since March.",
        "2025-05-08",
    );
    assert_eq!(tl.events.len(), 1, "{:#?}", tl.events);
    assert!(tl.events[0].date.is_none(), "{:#?}", tl.events);
    // a habit over a window is no event
    assert!(
        kinds("Hezbollah has fired rockets into northern Israel almost daily since October.")
            .is_empty()
    );
}

/// Parties the text does not name: (text, (actor, role, country) expected, names that must not
/// appear). Unnamed armed men are the "unidentified armed group" (of the place's country);
/// unnamed soldiers, police and security forces are the state forces of the place's country,
/// only when no other country's forces are named near and a place says which country.
type Generic = (
    &'static str,
    &'static [(&'static str, ActorRole, Option<&'static str>)],
    &'static [&'static str],
);
const GENERIC_ACTORS: &[Generic] = &[
    // counted soldiers after a killing verb are its object, even with an attack noun nearer
    (
        "Gunmen killed at least 30 soldiers in an attack on a camp in central Mali on Sunday.",
        &[
            ("unidentified armed group", ActorRole::Initiator, Some("ML")),
            ("Mali", ActorRole::Target, Some("ML")),
        ],
        &[],
    ),
    (
        "Soldiers killed at least 30 militants in an attack on a camp in central Mali on Sunday.",
        &[
            ("Mali", ActorRole::Initiator, Some("ML")),
            ("unidentified armed group", ActorRole::Target, Some("ML")),
        ],
        &[],
    ),
    (
        "Soldiers shot dead three protesters in Khartoum on Monday.",
        &[("Sudanese Armed Forces", ActorRole::Initiator, Some("SD"))],
        &[],
    ),
    (
        "Police fired on demonstrators in Nairobi on Friday.",
        &[("Kenya", ActorRole::Initiator, Some("KE"))],
        &[],
    ),
    (
        "Three protesters were shot dead by police in Nairobi.",
        &[
            ("Kenya", ActorRole::Initiator, Some("KE")),
            ("protesters", ActorRole::Target, None),
        ],
        &[],
    ),
    (
        "Gunmen killed 12 villagers in Zamfara on Tuesday.",
        &[("unidentified armed group", ActorRole::Initiator, Some("NG"))],
        &[],
    ),
    (
        "Troops clashed with rebels in North Kivu.",
        &[
            ("DR Congo", ActorRole::Initiator, Some("CD")),
            ("unidentified armed group", ActorRole::Target, Some("CD")),
        ],
        &[],
    ),
    (
        "Militants attacked an army post in Borno state, killing four soldiers.",
        &[
            ("unidentified armed group", ActorRole::Initiator, Some("NG")),
            ("Nigeria", ActorRole::Target, Some("NG")),
        ],
        &[],
    ),
    (
        "The army said gunmen attacked a convoy near Gao.",
        &[("unidentified armed group", ActorRole::Initiator, Some("ML"))],
        &["Mali"],
    ),
    // a withdrawing side, named or not, is acted upon
    (
        "Troops withdrew from the town of Kupiansk.",
        &[("Ukraine", ActorRole::Target, Some("UA"))],
        &[],
    ),
    // unarmed victims are civilians, only as the target
    (
        "Gunmen killed 12 villagers in Zamfara on Tuesday.",
        &[("civilians", ActorRole::Target, Some("NG"))],
        &[],
    ),
    (
        "Russian drones hit a bus carrying passengers in Kherson.",
        &[("civilians", ActorRole::Target, Some("UA"))],
        &[],
    ),
    (
        "Villagers said gunmen attacked Kadisau.",
        &[("unidentified armed group", ActorRole::Initiator, None)],
        &["civilians"],
    ),
    (
        "Bandits who were released last month attacked a village in Zamfara.",
        &[("unidentified armed group", ActorRole::Initiator, Some("NG"))],
        &[],
    ),
    // a casualty participle right after the noun is a reduced passive
    (
        "Soldiers wounded last week were flown out as rebels shelled Goma.",
        &[
            ("unidentified armed group", ActorRole::Initiator, Some("CD")),
            ("DR Congo", ActorRole::Target, Some("CD")),
        ],
        &[],
    ),
    // negatives: whose soldiers is unclear, a named group's men, no place, a sponsor, an
    // occupied territory
    (
        "Russian forces shelled Kherson on Monday. Soldiers shot dead two men in Kherson.",
        &[("Russia", ActorRole::Initiator, Some("RU"))],
        &["Ukraine"],
    ),
    (
        "Al-Shabaab militants stormed a hotel in Mogadishu.",
        &[],
        &["unidentified armed group"],
    ),
    (
        "M23 rebels captured Kamanyola. The rebels entered Luvungi.",
        &[("M23", ActorRole::Initiator, Some("CD"))],
        &["unidentified armed group"],
    ),
    ("Soldiers shot dead three protesters.", &[], &["Sudan"]),
    (
        "Two soldiers were shot and wounded near Hebron.",
        &[],
        &["Palestine", "Israel"],
    ),
    (
        "A gunman opened fire at a wedding in Diyarbakir, killing five people.",
        &[("unidentified armed group", ActorRole::Initiator, Some("TR"))],
        &[],
    ),
    (
        "Suspected jihadists killed 15 soldiers in an ambush in northern Burkina Faso.",
        &[("Burkina Faso", ActorRole::Target, Some("BF"))],
        &[],
    ),
    (
        "A police officer was shot dead in Kabul on Saturday.",
        &[("Afghanistan", ActorRole::Target, Some("AF"))],
        &[],
    ),
    (
        "Iran-backed militants fired rockets at a base in Iraq.",
        &[],
        &["Iran", "unidentified armed group"],
    ),
    // the attackers are those the strikes neutralised: targets, not initiators
    (
        "Over 40 attackers had been neutralised in air strikes near Djibo.",
        &[("unidentified armed group", ActorRole::Target, Some("BF"))],
        &[],
    ),
];

#[test]
fn parties_the_text_does_not_name() {
    let mut failures = Vec::new();
    for (text, want, not) in GENERIC_ACTORS {
        let tl = run(text, "2025-03-09");
        let got: Vec<(String, ActorRole, Option<String>)> = tl
            .events
            .iter()
            .flat_map(|e| e.actors.iter())
            .map(|a| (a.name.clone(), a.role, a.country.clone()))
            .collect();
        let has = |(n, r, c): &(&str, ActorRole, Option<&str>)| {
            got.iter()
                .any(|(gn, gr, gc)| gn == n && gr == r && gc.as_deref() == *c)
        };
        if !want.iter().all(has) || got.iter().any(|(n, _, _)| not.contains(&n.as_str())) {
            failures.push(format!("{text:?}: want {want:?}, not {not:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_agreement_to_act_later_is_made_now() {
    // (text, the agreement's date and modality, the planned meeting's date if any)
    let rows: &[(&str, Option<&str>, Modality, Option<&str>)] = &[
        // the date ahead after the infinitive is the plan's; the agreement is made
        (
            "Russia and Ukraine agreed on Monday to hold talks next week.",
            Some("2025-03-03"),
            Modality::Asserted,
            Some("2025-W11"),
        ),
        (
            "The ministers agreed to send a special envoy to Myanmar next month.",
            None,
            Modality::Asserted,
            None,
        ),
        // a date of its own: the agreement's
        (
            "The two sides agreed on a prisoner exchange on Friday.",
            Some("2025-03-07"),
            Modality::Asserted,
            None,
        ),
        // an agreement still to come is planned
        (
            "The two sides are expected to sign an agreement next week.",
            Some("2025-W11"),
            Modality::Planned,
            None,
        ),
    ];
    let mut failures = Vec::new();
    for (text, date, modality, meeting) in rows {
        let tl = run(text, "2025-03-09");
        let agreement = tl.events.iter().find(|e| e.kind == EventKind::Agreement);
        let got = agreement.map(|e| {
            (
                e.date
                    .as_ref()
                    .filter(|d| d.span.is_some())
                    .map(|d| d.value.clone()),
                e.modality,
            )
        });
        let want = (date.map(str::to_string), *modality);
        if got.as_ref() != Some(&want) {
            failures.push(format!("{text:?}: agreement want {want:?}, got {got:?}"));
        }
        let got_meeting = tl
            .events
            .iter()
            .find(|e| e.kind == EventKind::Meeting)
            .and_then(|e| e.date.as_ref())
            .map(|d| d.value.clone());
        if got_meeting.as_deref() != *meeting {
            failures.push(format!(
                "{text:?}: meeting want {meeting:?}, got {got_meeting:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn strikes_by_opposite_sides_stay_apart() {
    let strikes = |text: &str| {
        run(text, "2024-12-02")
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Strike)
            .count()
    };
    // each side's strike is its own event
    assert_eq!(
        strikes(
            "Israel struck targets in southern Lebanon on Monday.\n\nHezbollah said it fired two mortar rounds at an Israeli military position."
        ),
        2
    );
    // one side told twice is one strike
    assert_eq!(
        strikes(
            "Israel struck targets in southern Lebanon on Monday.\n\nThe Israeli military said its jets hit Hezbollah weapons depots."
        ),
        1
    );
}

#[test]
fn a_toll_in_another_place_of_the_next_paragraph_is_its_own() {
    let tl = run(
        "A drone hit a residential building in Mykolaiv on Sunday, killing two people.\n\nTwo railway workers were killed in the Dnipropetrovsk region, the state railway company said.",
        "2024-11-17",
    );
    assert_eq!(tl.events.len(), 2, "{:#?}", tl.events);
    // in the same paragraph it stays with the attack (falling debris)
    let tl = run(
        "Late on Tuesday, Iran fired about 180 ballistic missiles at Israel. One man was killed in the West Bank city of Jericho by falling debris.",
        "2024-10-02",
    );
    assert_eq!(tl.events.len(), 1, "{:#?}", tl.events);
}

#[test]
fn a_strike_without_its_attacker_is_by_the_attacker_of_the_day() {
    let attackers = |text: &str| -> Vec<Vec<String>> {
        run(text, "2024-08-26")
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Strike)
            .map(|e| {
                e.actors
                    .iter()
                    .filter(|a| a.role == ActorRole::Initiator)
                    .map(|a| a.name.clone())
                    .collect()
            })
            .collect()
    };
    // same day, same country: the attacker told before
    assert_eq!(
        attackers(
            "Russian missiles hit Kyiv on Monday, killing three people.\n\nIn the western city of Lutsk, a missile hit an apartment building on Monday, killing one person."
        ),
        vec![vec!["Russia".to_string()], vec!["Russia".to_string()]]
    );
    // another country: no attacker is assumed
    assert_eq!(
        attackers(
            "Russian missiles hit Kyiv on Monday, killing three people.\n\nIn Belgorod, a missile hit an apartment building on Monday, killing one person."
        ),
        vec![vec!["Russia".to_string()], Vec::<String>::new()]
    );
}

#[test]
fn the_downed_belong_to_the_barrage_that_launched_them() {
    let tl = run(
        "Russia fired more than 100 missiles and about 100 drones at Kyiv on Monday, killing seven people.\n\nIn the western city of Lutsk, a missile hit an apartment building, killing one person.\n\nUkraine's air force said it had shot down 102 missiles and 99 drones.",
        "2024-08-26",
    );
    let downed: Vec<(String, bool)> = tl
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Strike)
        .map(|e| {
            (
                e.locations
                    .first()
                    .map(|l| l.name.clone())
                    .unwrap_or_default(),
                e.weapons.iter().any(|w| w.intercepted.is_some()),
            )
        })
        .collect();
    assert!(downed.contains(&("Lutsk".to_string(), false)), "{downed:?}");
    assert!(downed.iter().any(|(_, d)| *d), "{downed:?}");
    // a town's own interception report stays with the town's strike
    let tl = run(
        "Russian drones attacked Odesa on Monday. Air defences shot down 12 drones over the city.",
        "2024-08-26",
    );
    assert_eq!(
        tl.events
            .iter()
            .filter(|e| e.kind == EventKind::Strike)
            .count(),
        1
    );
}

#[test]
fn a_motives_figures_and_date_are_the_motives() {
    let strike = |text: &str| -> (Option<String>, Option<u64>) {
        let tl = run(text, "2025-05-10");
        let e = tl.events.iter().find(|e| e.kind == EventKind::Strike);
        (
            e.and_then(|e| e.date.as_ref()).map(|d| d.value.clone()),
            e.and_then(|e| e.casualties.killed).and_then(|c| c.low),
        )
    };
    // the attack India answered killed 26 in April; India's strike neither
    assert_eq!(
        strike(
            "India struck nine sites in Pakistan on Wednesday in retaliation for an attack on tourists in Pahalgam in April that killed 26 men."
        ),
        (Some("2025-05-07".to_string()), None)
    );
    // a participle after a comma tells the answer's own toll
    assert_eq!(
        strike(
            "Israel struck Gaza on Wednesday in retaliation for a rocket attack, killing 12 people."
        ),
        (Some("2025-05-07".to_string()), Some(12))
    );
    // "when" joins the clause's day: the strike that began the fighting is Wednesday's
    assert_eq!(
        strike("The fighting began on Wednesday when India struck nine sites in Pakistan."),
        (Some("2025-05-07".to_string()), None)
    );
}

#[test]
fn a_period_in_which_dates_what_happened_in_it() {
    let text = "Israel's military said on Saturday it had killed Hezbollah leader Hassan Nasrallah in an air strike on Beirut's southern suburbs on Friday.\n\nLebanon's health ministry said that six people were killed and 91 wounded in the Friday strike.\n\nThe killing follows a week in which Israeli strikes killed more than 700 people in Lebanon.";
    let tl = run(text, "2024-09-28");
    let strikes: Vec<(String, Option<u64>)> = tl
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Strike)
        .map(|e| {
            (
                e.date.as_ref().map_or(String::new(), |d| {
                    format!("{} {:?}..{:?}", d.value, d.start, d.end)
                }),
                e.casualties.killed.and_then(|c| c.low),
            )
        })
        .collect();
    assert_eq!(
        strikes,
        [
            (
                "2024-09 Some(2024-09-21)..Some(2024-09-28)".to_string(),
                Some(701)
            ),
            (
                "2024-09-27 Some(2024-09-27)..Some(2024-09-27)".to_string(),
                Some(6)
            ),
        ],
        "{:#?}",
        tl.events
    );
    // without the period the week's toll has no date of its own and joins the narrative's
    // strike
    let tl = run(
        &text.replace("follows a week in which", "follows as"),
        "2024-09-28",
    );
    assert_eq!(
        tl.events
            .iter()
            .filter(|e| e.kind == EventKind::Strike)
            .count(),
        1
    );
}

#[test]
fn a_hazards_toll_is_no_attacks() {
    let killed = |text: &str| -> Vec<(EventKind, Option<u64>)> {
        run(text, "2025-05-13")
            .events
            .iter()
            .map(|e| (e.kind, e.casualties.killed.and_then(|c| c.low)))
            .collect()
    };
    // the quake's toll and a campaign stepped up: the toll on its own (the truce after
    // "despite" is the backdrop, in force)
    assert_eq!(
        killed(
            "The military has stepped up air strikes despite a ceasefire it declared after a devastating earthquake in March that killed more than 3,700 people."
        ),
        [(EventKind::Casualties, Some(3701))]
    );
    // beside a strike, the quake's toll is not the strike's
    assert_eq!(
        killed(
            "Jets bombed Sagaing on Monday after an earthquake that killed 3,700 people in March."
        ),
        [
            (EventKind::Casualties, Some(3700)),
            (EventKind::Strike, None)
        ]
    );
    assert_eq!(
        killed("Jets bombed Sagaing as an earthquake killed 3,700 people."),
        [(EventKind::Strike, None)]
    );
    // the quake's toll in a relative clause after its name: its own, not the figure of a
    // strike told the sentence before
    assert_eq!(
        killed(
            "Jets bombed a village in Sagaing on Sunday. The junta declared a truce after the 7.7 magnitude earthquake on March 28, which killed more than 3,600 people."
        ),
        [
            (EventKind::Ceasefire, None),
            (EventKind::Casualties, Some(3601)),
            (EventKind::Strike, None)
        ]
    );
    // a strike's own toll, with a quake named after it, stays the strike's
    assert_eq!(
        killed(
            "An air strike on a market in Sagaing killed 20 people on Monday, weeks after the earthquake."
        ),
        [(EventKind::Strike, Some(20))]
    );
}

#[test]
fn where_a_missile_was_launched_from_is_its_side() {
    let roles = |text: &str| -> Vec<(String, ActorRole)> {
        run(text, "2025-04-18")
            .events
            .iter()
            .flat_map(|e| e.actors.iter().map(|a| (a.name.clone(), a.role)))
            .collect()
    };
    assert_eq!(
        roles(
            "Israel's military said it intercepted a missile launched from Yemen early on Friday."
        ),
        [
            ("Israel".to_string(), ActorRole::Target),
            ("Yemen".to_string(), ActorRole::Initiator)
        ]
    );
    // a place the missile flew toward is no side of it
    assert_eq!(
        roles("A missile launched at Israel was intercepted on Friday."),
        [("Israel".to_string(), ActorRole::Target)]
    );
}

#[test]
fn a_demonym_after_a_strike_is_what_was_hit_unless_it_fired() {
    let roles = |text: &str| -> Vec<(String, ActorRole)> {
        run(text, "2025-06-29")
            .events
            .iter()
            .flat_map(|e| e.actors.iter().map(|a| (a.name.clone(), a.role)))
            .collect()
    };
    let pair = |a: &str, ra, b: &str, rb| vec![(a.to_string(), ra), (b.to_string(), rb)];
    use ActorRole::{Initiator, Target};
    // what was hit
    assert_eq!(
        roles("Russian forces struck Ukrainian positions on Friday."),
        pair("Russia", Initiator, "Ukraine", Target)
    );
    assert_eq!(
        roles("Israel struck Iranian nuclear sites on Friday."),
        pair("Israel", Initiator, "Iran", Target)
    );
    assert_eq!(
        roles("Russian missiles struck Ukrainian air bases on Friday."),
        pair("Russia", Initiator, "Ukraine", Target)
    );
    // what was fired, who attacked after "by", a new subject past a comma
    assert_eq!(
        roles("Russia shot down 40 Ukrainian drones overnight."),
        pair("Russia", Target, "Ukraine", Initiator)
    );
    assert_eq!(
        roles("The port was hit in British air strikes on Friday."),
        [("United Kingdom".to_string(), Initiator)]
    );
    assert_eq!(
        roles("The base was hit in an attack by Ukrainian forces on Friday."),
        [("Ukraine".to_string(), Initiator)]
    );
    assert_eq!(
        roles("After the bombings, U.S. forces launched cruise missile strikes on Friday."),
        [("United States".to_string(), Initiator)]
    );
    // the attack told again in a later clause naming no party is that attack, with its parties
    assert_eq!(
        roles(
            "Russia launched 477 drones at Ukraine overnight, as an F-16 pilot was killed while repelling the attack."
        ),
        pair("Russia", Initiator, "Ukraine", Target)
    );
}

#[test]
fn the_town_of_a_fight_is_the_last_fights_not_a_summits() {
    let clash_places = |text: &str| -> Vec<Vec<String>> {
        run(text, "2025-12-11")
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Clash && e.casualties.killed.is_some())
            .map(|e| e.locations.iter().map(|l| l.name.clone()).collect())
            .collect()
    };
    // a deal signed in a capital told between: "the town" is still the fight's
    assert_eq!(
        clash_places(
            "M23 rebels captured the town of Uvira on Wednesday. Congo accused Rwanda of violating the accords signed in Washington on December 4. The fighters entered the town late on Tuesday after days of fighting that killed 74 people."
        ),
        [vec!["Uvira".to_string()]]
    );
    // a local event's town told between is the antecedent
    assert_eq!(
        clash_places(
            "M23 rebels captured the town of Uvira on Wednesday. Hundreds of residents protested in Kamanyola on Tuesday. The fighters entered the town late on Tuesday after days of fighting that killed 74 people."
        ),
        [vec!["Kamanyola".to_string()]]
    );
}

#[test]
fn those_said_to_attend_a_meeting_take_part_in_it() {
    let parties = |text: &str| -> Vec<String> {
        run(text, "2025-01-28")
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Meeting)
            .flat_map(|e| e.actors.iter().map(|a| a.name.clone()))
            .collect()
    };
    assert_eq!(
        parties(
            "Kenyan President William Ruto said he would host an emergency summit on Wednesday, which Congolese President Felix Tshisekedi and Rwandan President Paul Kagame are expected to attend."
        ),
        ["Kenya", "DR Congo", "Rwanda"]
    );
    // a relative clause that tells something else adds no participant
    assert_eq!(
        parties(
            "Kenyan President William Ruto said he would host an emergency summit on Wednesday, which Rwandan officials criticised."
        ),
        ["Kenya"]
    );
}

#[test]
fn the_party_an_attack_is_laid_on_after_it_is_its_attacker() {
    let roles = |text: &str| -> Vec<(String, ActorRole)> {
        run(text, "2025-05-14")
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Strike)
            .flat_map(|e| e.actors.iter().map(|a| (a.name.clone(), a.role)))
            .collect()
    };
    assert_eq!(
        roles(
            "A drone attack on Port Sudan on Sunday hit a fuel depot, the army said, blaming the RSF."
        ),
        [("RSF".to_string(), ActorRole::Initiator)]
    );
    // a party named after the attack for another reason is none
    assert_eq!(
        roles(
            "A drone attack on Port Sudan on Sunday hit a fuel depot, the army said, as the RSF advanced."
        ),
        []
    );
}

#[test]
fn a_dated_motive_is_an_event_of_its_own() {
    let tl = run(
        "India struck nine sites in Pakistan on Wednesday in retaliation for an April 22 attack on tourists that killed 26 men.",
        "2025-05-08",
    );
    type Told = (EventKind, Option<String>, Option<Count>, Vec<String>);
    let got: Vec<Told> = tl
        .events
        .iter()
        .map(|e| {
            (
                e.kind,
                e.date.as_ref().map(|d| d.value.clone()),
                e.casualties.killed,
                e.actors.iter().map(|a| a.name.clone()).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                EventKind::Strike,
                Some("2025-04-22".to_string()),
                Some(Count::exact(26)),
                // the tourists attacked
                vec!["civilians".to_string()]
            ),
            (
                EventKind::Strike,
                Some("2025-05-07".to_string()),
                None,
                vec!["India".to_string()]
            ),
        ]
    );
    // a motive without a date of its own is told in passing: no event, and its toll is not
    // the strike's
    let tl = run(
        "India struck nine sites in Pakistan on Wednesday in retaliation for an attack on tourists that killed 26 men.",
        "2025-05-08",
    );
    assert_eq!(tl.events.len(), 1);
    assert_eq!(tl.events.first().map(|e| e.kind), Some(EventKind::Strike));
    assert_eq!(tl.events.first().and_then(|e| e.casualties.killed), None);
}

#[test]
fn a_date_before_a_hazard_s_name_dates_the_hazard() {
    let dates = |text: &str| -> Vec<Option<String>> {
        run(text, "2025-04-08")
            .events
            .iter()
            .map(|e| e.date.as_ref().map(|d| d.value.clone()))
            .collect()
    };
    assert_eq!(
        dates(
            "The military government announced a temporary ceasefire following the March 28 earthquake."
        ),
        [None]
    );
    // before another noun the date is the event's own
    assert_eq!(
        dates(
            "The military government announced a temporary ceasefire following the March 28 announcement."
        ),
        [Some("2025-03-28".to_string())]
    );
}

#[test]
fn a_leader_who_calls_an_attack_something_is_no_party_to_it() {
    let names = |text: &str| -> Vec<String> {
        run(text, "2025-05-17")
            .events
            .iter()
            .flat_map(|e| e.actors.iter().map(|a| a.name.clone()))
            .collect()
    };
    let got = names(
        "A Russian drone struck a bus in Sumy. Zelenskiy called the attack a deliberate killing of civilians.",
    );
    assert!(got.contains(&"Russia".to_string()), "{got:?}");
    assert!(!got.contains(&"Ukraine".to_string()), "{got:?}");
    // the leader of the side that strikes stays its party
    let got = names("Zelenskiy said Ukrainian drones struck a Russian airbase on Sunday.");
    assert!(got.contains(&"Ukraine".to_string()), "{got:?}");
}

#[test]
fn a_toll_told_as_some_time_before_the_event_is_an_event_of_its_own() {
    let events = |text: &str| -> Vec<(Option<String>, Option<Count>)> {
        let mut v: Vec<(Option<String>, Option<Count>)> = run(text, "2025-04-14")
            .events
            .iter()
            .map(|e| {
                (
                    e.date.as_ref().map(|d| d.value.clone()),
                    e.casualties.killed,
                )
            })
            .collect();
        v.sort_by_key(|(d, c)| (d.clone(), c.and_then(|c| c.low)));
        v
    };
    assert_eq!(
        events(
            "Gunmen killed 40 people in Bassa on Sunday.\n\nThe attack came two weeks after gunmen killed 52 people in Bokkos."
        ),
        [
            (Some("2025-03-30".to_string()), Some(Count::exact(52))),
            (Some("2025-04-13".to_string()), Some(Count::exact(40))),
        ]
    );
    // "less than two weeks": some days before, no day given
    assert_eq!(
        events(
            "Gunmen killed 40 people in Bassa on Sunday.\n\nThe attack came less than two weeks after gunmen killed 52 people in Bokkos."
        ),
        [
            (None, Some(Count::exact(52))),
            (Some("2025-04-13".to_string()), Some(Count::exact(40))),
        ]
    );
    // a toll in a clause that is no "N days after" stays the sentence's event's
    assert_eq!(
        events("Gunmen attacked Bassa on Sunday, and 40 people were killed."),
        [(Some("2025-04-13".to_string()), Some(Count::exact(40)))]
    );
    // the count of days reaches over a long clause: "two days after the military government
    // announced a temporary ceasefire"
    let tl = run(
        "The military carried out an airstrike in Sagaing on Monday, killing 18 civilians.\n\nThe strike came two days after the military government announced a temporary ceasefire.",
        "2025-04-08",
    );
    let truce: Vec<Option<String>> = tl
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Ceasefire)
        .map(|e| e.date.as_ref().map(|d| d.value.clone()))
        .collect();
    assert_eq!(truce, [Some("2025-04-05".to_string())]);
}

#[test]
fn a_protest_takes_the_toll_of_its_own_clause() {
    let protests = |text: &str| -> Vec<(EventKind, Option<Count>)> {
        run(text, "2025-06-26")
            .events
            .iter()
            .map(|e| (e.kind, e.casualties.killed))
            .collect()
    };
    assert_eq!(
        protests(
            "Police fired live rounds at protesters in Nairobi on Wednesday, killing at least eight people."
        ),
        [(EventKind::Protest, Some(Count::at_least(8)))]
    );
    // a toll of another clause is not the protest's
    assert_eq!(
        protests(
            "Thousands protested in Nairobi on Wednesday, and in Mombasa a bus crash killed eight people."
        )
        .iter()
        .find(|p| p.0 == EventKind::Protest)
        .map(|p| p.1),
        Some(None)
    );
}

#[test]
fn unnamed_forces_in_a_fight_between_two_sides_fought() {
    let roles = |text: &str| -> Vec<(String, ActorRole)> {
        let mut v: Vec<(String, ActorRole)> = run(text, "2025-02-09")
            .events
            .iter()
            .flat_map(|e| e.actors.iter().map(|a| (a.name.clone(), a.role)))
            .collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    };
    assert_eq!(
        roles(
            "Fighting between the army and Fano militiamen killed at least 30 people in the Amhara region on Friday."
        ),
        [
            ("Ethiopia".to_string(), ActorRole::Initiator),
            ("Fano".to_string(), ActorRole::Initiator),
        ]
    );
    // unnamed forces after the verb, with no "between", are its target
    assert_eq!(
        roles("Fano militiamen attacked the army in the Amhara region on Friday."),
        [
            ("Ethiopia".to_string(), ActorRole::Target),
            ("Fano".to_string(), ActorRole::Initiator),
        ]
    );
}

#[test]
fn a_claim_goes_to_the_last_attack_no_state_made() {
    let attackers = |text: &str| -> Vec<(EventKind, Vec<String>)> {
        run(text, "2025-05-13")
            .events
            .iter()
            .map(|e| {
                (
                    e.kind,
                    e.actors
                        .iter()
                        .filter(|a| a.role == ActorRole::Initiator)
                        .map(|a| a.name.clone())
                        .collect(),
                )
            })
            .collect()
    };
    let got = attackers(
        "Suspected jihadists killed at least 50 soldiers in an attack on an army base in Djibo on Sunday.\n\nThe army said it had launched airstrikes that killed dozens of terrorists as they fled.\n\nJNIM claimed responsibility on Monday.",
    );
    assert!(
        got.iter()
            .any(|(k, a)| *k == EventKind::Clash && a.contains(&"JNIM".to_string())),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(k, a)| *k == EventKind::Strike && a.contains(&"JNIM".to_string())),
        "{got:?}"
    );
    // with no state's attack between, the last attack takes the claim
    let got = attackers(
        "Suspected jihadists killed at least 50 soldiers in an attack on an army base in Djibo on Sunday.\n\nJNIM claimed responsibility on Monday.",
    );
    assert!(
        got.iter()
            .any(|(k, a)| *k == EventKind::Clash && a.contains(&"JNIM".to_string())),
        "{got:?}"
    );
}

#[test]
fn unnamed_forces_with_no_place_are_the_dateline_country_s() {
    let initiators = |text: &str| -> Vec<String> {
        run(text, "2025-05-13")
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Strike)
            .flat_map(|e| {
                e.actors
                    .iter()
                    .filter(|a| a.role == ActorRole::Initiator)
                    .map(|a| a.name.clone())
            })
            .collect()
    };
    assert_eq!(
        initiators(
            "OUAGADOUGOU, Burkina Faso (Reuters) - Jihadists attacked a base on Sunday.\n\nThe army said it had launched airstrikes that killed dozens of fighters as they fled."
        ),
        ["Burkina Faso"]
    );
    // with no dateline, no country is guessed
    assert_eq!(
        initiators(
            "Jihadists attacked a base on Sunday.\n\nThe army said it had launched airstrikes that killed dozens of fighters as they fled."
        ),
        Vec::<String>::new()
    );
}
