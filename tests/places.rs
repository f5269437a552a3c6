//! Gazetteer corpus tests: variants, regions, seas, stop words, capitalisation, directions,
//! "near", ambiguity, and coverage of the embedded tables.

use conflict_timeline::{
    PlaceKind, PlacePrecision, Span, countries_in, find_places, find_places_in_doc, lookup_country,
    lookup_place,
};

fn found(text: &str) -> Vec<(String, String)> {
    find_places(text, Span::new(0, text.len()))
        .iter()
        .map(|m| (m.place.name.clone(), m.place.country.clone()))
        .collect()
}

/// (text, expected places as "Name/CC", in text order).
const POSITIVE: &[(&str, &[&str])] = &[
    // News spellings and conflict places the generated tables lack.
    (
        "Hezbollah fired rockets at Kiryat Shmona and Naqoura.",
        &["Kiryat Shmona/IL", "Naqoura/LB"],
    ),
    (
        "Strikes hit Bint Jbeil, Khiam and the Dahiyeh suburb.",
        &["Bint Jbeil/LB", "Khiam/LB", "Dahiyeh/LB"],
    ),
    (
        "A strike hit tents in al-Mawasi and homes in Shejaiya.",
        &["Mawasi/PS", "Shejaiya/PS"],
    ),
    (
        "M23 rebels seized Minova and Rubaya; the RSF shelled Zamzam camp.",
        &["Minova/CD", "Rubaya/CD", "Zamzam/SD"],
    ),
    (
        "Jets bombed the ports of Salif and Ras Isa, a drone hit a tanker off Mokha and raids hit Saada and Jenin.",
        &["Salif/YE", "Ras Isa/YE", "Mokha/YE", "Saada/YE", "Jenin/PS"],
    ),
    // Spelling variants common in news.
    ("Explosions were heard in Kiev overnight.", &["Kyiv/UA"]),
    ("Explosions were heard in Kyiv overnight.", &["Kyiv/UA"]),
    (
        "Shelling hit Kharkov and Kharkiv.",
        &["Kharkiv/UA", "Kharkiv/UA"],
    ),
    (
        "A strike on Mykolayiv, Mykolaiv and Nikolaev.",
        &["Mykolaiv/UA", "Mykolaiv/UA", "Mykolaiv/UA"],
    ),
    (
        "Troops near Kupyansk and Kupiansk.",
        &["Kupiansk/UA", "Kupiansk/UA"],
    ),
    (
        "The port of Odessa and Odesa's harbour.",
        &["Odesa/UA", "Odesa/UA"],
    ),
    (
        "Drones hit Dnipropetrovsk, now Dnipro.",
        &["Dnipro/UA", "Dnipro/UA"],
    ),
    (
        "Zaporizhzhia, Zaporizhzhya and Zaporozhye were shelled.",
        &["Zaporizhzhia/UA", "Zaporizhzhia/UA", "Zaporizhzhia/UA"],
    ),
    (
        "Missiles struck Kryvyi Rih, also spelled Krivoy Rog.",
        &["Kryvyi Rih/UA", "Kryvyi Rih/UA"],
    ),
    (
        "Luhansk, or Lugansk, is occupied.",
        &["Luhansk/UA", "Luhansk/UA"],
    ),
    (
        "Bakhmut, formerly Artemivsk, fell.",
        &["Bakhmut/UA", "Bakhmut/UA"],
    ),
    (
        "Fighting around Pokrovsk and Myrnohrad intensified.",
        &["Pokrovsk/UA", "Myrnohrad/UA"],
    ),
    (
        "A glide bomb killed two in Kostiantynivka; Konstantinovka is nearby.",
        &["Kostiantynivka/UA", "Kostiantynivka/UA"],
    ),
    (
        "Air raid alerts sounded in Ivano-Frankivsk and Khmelnytskyi.",
        &["Ivano-Frankivsk/UA", "Khmelnytskyi/UA"],
    ),
    (
        "The RSF besieged El Fasher (Al-Fashir) for months.",
        &["El Fasher/SD", "El Fasher/SD"],
    ),
    (
        "Clashes near El Obeid, or Al-Ubayyid.",
        &["El Obeid/SD", "El Obeid/SD"],
    ),
    (
        "Strikes on Khan Younis and Khan Yunis.",
        &["Khan Yunis/PS", "Khan Yunis/PS"],
    ),
    (
        "Tanks entered Deir al-Balah and Gaza City.",
        &["Deir al-Balah/PS", "Gaza/PS"],
    ),
    (
        "M23 took Goma, then moved on Uvira and Kamanyola from Kinshasa's view.",
        &["Goma/CD", "Uvira/CD", "Kamanyola/CD", "Kinshasa/CD"],
    ),
    (
        "Jihadists attacked Djibo; Timbuktu was blockaded.",
        &["Djibo/BF", "Timbuktu/ML"],
    ),
    (
        "Junta jets bombed Monywa in Sagaing.",
        &["Monywa/MM", "Sagaing/MM"],
    ),
    (
        "Talks in Washington with Moscow.",
        &["Washington/US", "Moscow/RU"],
    ),
    (
        "Drones hit Belgorod and Kursk.",
        &["Belgorod/RU", "Kursk/RU"],
    ),
    // Regions.
    (
        "Drones attacked the Kyiv region overnight.",
        &["Kyiv Oblast/UA"],
    ),
    (
        "Shelling in the Donetsk region and Kharkiv oblast.",
        &["Donetsk Oblast/UA", "Kharkiv Oblast/UA"],
    ),
    (
        "Air defences worked in Zaporizhzhia Oblast.",
        &["Zaporizhzhia Oblast/UA"],
    ),
    (
        "Evacuations from the Zaporozhye region.",
        &["Zaporizhzhia Oblast/UA"],
    ),
    (
        "Attacks on the Donetsk and Luhansk regions.",
        &["Donetsk Oblast/UA", "Luhansk Oblast/UA"],
    ),
    ("Incursion into the Kursk region.", &["Kursk Oblast/RU"]),
    (
        "Fighting in North Darfur and North Kordofan.",
        &["North Darfur/SD", "North Kordofan/SD"],
    ),
    // Countries, seas, areas.
    (
        "Russia and Ukraine exchanged prisoners.",
        &["Russia/RU", "Ukraine/UA"],
    ),
    (
        "The U.S. and the UK sent aid.",
        &["United States/US", "United Kingdom/GB"],
    ),
    ("A drone was downed over the Black Sea.", &["Black Sea/"]),
    (
        "Houthis attacked ships in the Red Sea and the Gulf of Aden.",
        &["Red Sea/", "Gulf of Aden/"],
    ),
    ("A ship sank in the Sea of Azov.", &["Sea of Azov/"]),
    (
        "Raids in the West Bank and the Gaza Strip.",
        &["West Bank/PS", "Gaza Strip/PS"],
    ),
    (
        "Shelling across Donbas and Crimea.",
        &["Donbas/UA", "Crimea/UA"],
    ),
    // Locative use of a city that is also a word.
    ("The attack took place in Nice.", &["Nice/FR"]),
    ("Rockets struck Split at dawn.", &["Split/HR"]),
    // Possessives and headline capitals.
    (
        "Kyiv’s mayor said Kharkiv's metro was shut.",
        &["Kyiv/UA", "Kharkiv/UA"],
    ),
    ("RUSSIAN MISSILES HIT KYIV", &["Kyiv/UA"]),
    // A much larger region beats a small town of the same name.
    (
        "Storms hit Florida and Ontario.",
        &["Florida/US", "Ontario/CA"],
    ),
    ("A rally in Charlotte.", &["Charlotte/US"]),
    // Letters with diacritics read as the bare letters of the gazetteer's names.
    (
        "Gunmen struck near Ségou and Kédougou; protests in Bogotá, São Paulo and Nouméa.",
        &[
            "Segou/ML",
            "Kedougou/SN",
            "Bogota/CO",
            "Sao Paulo/BR",
            "Noumea/NC",
        ],
    ),
    (
        "A curfew in Şırnak and a rally in Lomé; shelling near Medellín.",
        &["Sirnak/TR", "Lome/TG", "Medellin/CO"],
    ),
];

/// Texts in which no place may be found.
const NEGATIVE: &[&str] = &[
    "Channel 1 reported the news.",
    "He posted on X that the talks failed.",
    "Comment Template",
    "Reading the report, officials said it was nice.",
    "Most people agreed.",
    "Police said the Best option was to wait.",
    "In March and May, officials met.",
    "She was reading about mobile phones.",
    "Split decisions are common.",
    "Defence Secretary Lloyd Austin said so.",
    "kyiv in lower case is not a proper noun here",
    "Sumyland and Kyivstar are not places.",
    "The Independence Day speech.",
    "Russian and Ukrainian officials met; Israeli and Palestinian envoys too.",
    "Of course, the Sunday Times said so.",
    "Secretary of State Marco Rubio met Kamala Harris.",
    "Leaders from Asia and Europe met.",
    "Ukrainians and Israelis were among the victims.",
    "The Kyivstar network and the Kharkivite club.",
    "The UN said Hun Sen met Xinhua reporters.",
    "Charlotte said Uri and Nancy agreed.",
    "Abu Sayyaf claimed it.",
    "Vladimir Putin and Kim Jong Un met; Ali and Hassan waited.",
    "Renée, Zoë and Chloé said the Café was closed.",
    "LoméStreet and Bogotázo are not places; nor is Lomés.",
];

#[test]
fn positive_cases() {
    let mut failures = Vec::new();
    for (text, expected) in POSITIVE {
        let got: Vec<String> = found(text)
            .into_iter()
            .map(|(n, c)| format!("{n}/{c}"))
            .collect();
        if got != *expected {
            failures.push(format!(
                "{text:?}\n   expected {expected:?}\n   got      {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn negative_cases() {
    let mut failures = Vec::new();
    for text in NEGATIVE {
        let got = found(text);
        if !got.is_empty() {
            failures.push(format!("{text:?} -> {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn precision_direction_and_near() {
    // (text, place, precision, direction, near)
    let cases: &[(&str, &str, PlacePrecision, Option<&str>, bool)] = &[
        (
            "Fighting in eastern Ukraine.",
            "Ukraine",
            PlacePrecision::Region,
            Some("east"),
            false,
        ),
        (
            "Strikes on southern Lebanon.",
            "Lebanon",
            PlacePrecision::Region,
            Some("south"),
            false,
        ),
        (
            "in the north-east of Syria",
            "Syria",
            PlacePrecision::Region,
            Some("north-east"),
            false,
        ),
        (
            "Clashes near Bakhmut.",
            "Bakhmut",
            PlacePrecision::Town,
            None,
            true,
        ),
        (
            "on the outskirts of Uvira",
            "Uvira",
            PlacePrecision::Town,
            None,
            true,
        ),
        (
            "a village north of Kharkiv",
            "Kharkiv",
            PlacePrecision::Town,
            Some("north"),
            true,
        ),
        (
            "advances in the Pokrovsk direction",
            "Pokrovsk",
            PlacePrecision::Town,
            None,
            true,
        ),
        ("10 km from Sumy", "Sumy", PlacePrecision::Town, None, true),
        (
            "A strike on Kyiv.",
            "Kyiv",
            PlacePrecision::Town,
            None,
            false,
        ),
        (
            "the Kyiv region",
            "Kyiv Oblast",
            PlacePrecision::Region,
            None,
            false,
        ),
        (
            "in Ukraine",
            "Ukraine",
            PlacePrecision::Country,
            None,
            false,
        ),
        (
            "over the Black Sea",
            "Black Sea",
            PlacePrecision::Region,
            None,
            false,
        ),
    ];
    for (text, name, precision, direction, near) in cases {
        let ms = find_places(text, Span::new(0, text.len()));
        let m = ms
            .iter()
            .find(|m| m.place.name == *name)
            .unwrap_or_else(|| panic!("{text:?}: {name} not found in {ms:?}"));
        assert_eq!(m.precision, *precision, "{text:?}");
        assert_eq!(m.direction, *direction, "{text:?}");
        assert_eq!(m.near, *near, "{text:?}");
    }
}

#[test]
fn document_context() {
    // Demonyms and big places make the context; small foreign namesakes need it.
    let text = "Israeli strikes hit Gaza City and Rafah. Rubio said talks would go on.";
    let ctx = countries_in(text);
    assert_eq!(ctx, ["IL", "PS"]);
    let names: Vec<String> = find_places_in_doc(text, Span::new(0, text.len()), &ctx)
        .iter()
        .map(|m| m.place.name.clone())
        .collect();
    assert_eq!(names, ["Gaza", "Rafah"]);
    // Names of people that are also towns need a locative cue.
    assert!(found("Rubio said so.").is_empty());
    assert_eq!(found("Clashes in Rubio.").len(), 1);
    // A region named with a plural region word after a second name.
    let text = "Shelling hit the Ivano-Frankivsk and Khmelnytskyi regions.";
    let got: Vec<String> = found(text).into_iter().map(|(n, _)| n).collect();
    assert_eq!(got, ["Ivano-Frankivsk Oblast", "Khmelnytskyi Oblast"]);
}

#[test]
fn spans_cover_the_name() {
    let text = "Drones hit the Kyiv region and Kiev itself.";
    let ms = find_places(text, Span::new(0, text.len()));
    let spans: Vec<&str> = ms.iter().filter_map(|m| m.span.slice(text)).collect();
    assert_eq!(spans, ["Kyiv region", "Kiev"]);
    // Only inside `within`.
    let start = text.find("Kiev").unwrap_or(0);
    let ms = find_places(text, Span::new(start, text.len()));
    assert_eq!(ms.len(), 1);
    assert_eq!(ms[0].span, Span::new(start, start + 4));
    // A name written with a diacritic is covered whole, in bytes.
    let text = "A rally in Lomé.";
    let ms = find_places(text, Span::new(0, text.len()));
    let spans: Vec<&str> = ms.iter().filter_map(|m| m.span.slice(text)).collect();
    assert_eq!(spans, ["Lomé"]);
}

#[test]
fn ambiguity_prefers_population_then_context() {
    // Donetsk (UA, ~900k) over Donetsk (RU, ~50k), even with Russia named.
    let got = found("Russia shelled Donetsk.");
    assert!(got.contains(&("Donetsk".into(), "UA".into())), "{got:?}");
    // Rafah: Gaza's (larger) by default; Egypt's only when Egypt is the context.
    assert_eq!(found("Strikes on Rafah.")[0].1, "PS");
    let text = "Egypt opened the Rafah crossing.";
    let ctx = ["EG"];
    let ms = find_places_in_doc(text, Span::new(0, text.len()), &ctx);
    let rafah = ms.iter().find(|m| m.place.name == "Rafah");
    assert_eq!(rafah.map(|m| m.place.country.as_str()), Some("EG"));
    // Countries are never overridden by context: Georgia stays the country.
    let ms = find_places_in_doc("Georgia", Span::new(0, 7), &["US"]);
    assert_eq!(ms[0].place.kind, PlaceKind::Country);
    assert_eq!(countries_in("Kyiv and Moscow"), ["UA", "RU"]);
}

#[test]
fn lookups() {
    let cases: &[(&str, &str, &str)] = &[
        ("Kiev", "Kyiv", "UA"),
        ("kupyansk", "Kupiansk", "UA"),
        ("Nikolaev", "Mykolaiv", "UA"),
        ("Al-Fashir", "El Fasher", "SD"),
        ("Khan Younis", "Khan Yunis", "PS"),
        ("Gaza City", "Gaza", "PS"),
        ("Timbuktu", "Timbuktu", "ML"),
        ("Kyiv region", "Kyiv Oblast", "UA"),
        ("United States", "United States", "US"),
    ];
    for (q, name, cc) in cases {
        let p = lookup_place(q).unwrap_or_else(|| panic!("{q} not found"));
        assert_eq!((p.name.as_str(), p.country.as_str()), (*name, *cc), "{q}");
    }
    assert!(lookup_place("Narnia").is_none());
    assert_eq!(
        lookup_place("Bogotá").map(|p| p.name.as_str()),
        Some("Bogota")
    );
    assert_eq!(
        lookup_place("São Tomé").map(|p| p.country.as_str()),
        Some("ST")
    );
    assert!(lookup_place("").is_none());

    // Every row of the news spellings names a place of the tables: a row whose place is
    // missing would be skipped without a word.
    let variants = include_str!("../data/en/geo_variants.tsv");
    for row in variants
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let name = row.split('\t').next().unwrap_or("");
        assert!(
            lookup_place(name).is_some(),
            "geo_variants.tsv: {name} not found"
        );
    }

    let demonyms: &[(&str, &str)] = &[
        ("Polish", "PL"),
        ("Ukrainian", "UA"),
        ("Ukrainians", "UA"),
        ("Russian", "RU"),
        ("American", "US"),
        ("Israeli", "IL"),
        ("Palestinian", "PS"),
        ("Sudanese", "SD"),
        ("Congolese", "CD"),
        ("Burkinabe", "BF"),
        ("Malian", "ML"),
        ("Yemeni", "YE"),
        ("Syrian", "SY"),
        ("British", "GB"),
        ("U.S.", "US"),
        ("Britain", "GB"),
        ("DRC", "CD"),
        ("Russia", "RU"),
    ];
    for (w, iso) in demonyms {
        let c = lookup_country(w).unwrap_or_else(|| panic!("{w} not found"));
        assert_eq!(c.iso2, *iso, "{w}");
    }
    for w in ["us", "polish", "Nowhere", "", "X"] {
        assert!(lookup_country(w).is_none(), "{w}");
    }
}

/// Every Ukrainian and Russian city of the generated table over 50,000 people is found by its
/// name with sane coordinates.
#[test]
fn ukrainian_and_russian_cities_over_50k() {
    let table = include_str!("../data/en/places.tsv");
    let mut n = 0;
    for line in table.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [name, _, _, cc, _, lat, lon, pop] = cols.as_slice() else {
            continue;
        };
        let pop: u64 = pop.parse().unwrap_or(0);
        if !(*cc == "UA" || *cc == "RU") || pop < 50_000 {
            continue;
        }
        n += 1;
        let lat: f64 = lat.parse().expect("lat");
        let lon: f64 = lon.parse().expect("lon");
        assert!((44.0..=70.0).contains(&lat) || *cc == "RU", "{name} {lat}");
        assert!((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon));
        let p = lookup_place(name).unwrap_or_else(|| panic!("{name} not found"));
        assert!(p.lat.is_finite() && p.lon.is_finite());
    }
    assert!(n > 200, "only {n} cities");
}

#[test]
fn coordinates_in_range() {
    for name in [
        "Kyiv",
        "Moscow",
        "Gaza",
        "Goma",
        "Black Sea",
        "Ukraine",
        "Kyiv Oblast",
    ] {
        let p = lookup_place(name).unwrap_or_else(|| panic!("{name}"));
        assert!((-90.0..=90.0).contains(&p.lat), "{name}");
        assert!((-180.0..=180.0).contains(&p.lon), "{name}");
    }
}

#[test]
fn no_panic_on_odd_input() {
    let texts = [
        "",
        "K",
        "Kyiv",
        "ééé Kyiv ééé",
        "\u{feff}Kyiv\u{0}",
        "in  Nice",
        "of",
        "-Kyiv-",
        "Kyiv region regions oblasts and",
        "Donetsk and",
        "Donetsk and Luhansk",
    ];
    for t in texts {
        let _ = find_places(t, Span::new(0, t.len()));
        let _ = find_places(t, Span::new(1, t.len() + 10));
        let _ = find_places(t, Span::new(t.len() + 5, t.len() + 10));
        let _ = countries_in(t);
    }
}
