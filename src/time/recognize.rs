//! Recognition: one compiled pattern finds every candidate phrase in one pass; each match is
//! checked against its neighbours (negative knowledge) and read into a [`Candidate`].

use std::sync::LazyLock;

use chrono::Weekday;

use super::lexicon::{
    self, AMBIGUOUS_MONTH_LEFT_OK, AsciiLower, CLOCK_HOURS_LEFT, DayPart, Unit, WEEKDAY_LEFT_BLOCK,
    WEEKDAY_RIGHT_BLOCK, YEAR_LEFT_OK, YEAR_RIGHT_OK, in_list,
};
use super::underspec::{Amount, Candidate, HebrewFeast, Shift, Underspec, Vague, YearRef};
use crate::number::{ends_with_ci, parse_number, starts_with_ci};
use crate::text::Span;
use crate::time::{TimexMod, TimexType};

/// A recognised phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    /// The phrase's extent.
    pub span: Span,
    /// Its meaning before resolution.
    pub cand: Candidate,
    /// The rule that produced it.
    pub rule: &'static str,
}

const PIECES: &[(&str, &str)] = &[
    (
        "%MONTH%",
        r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?-u:\b)|(?:sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)(?-u:\b)\.?)",
    ),
    (
        "%WD%",
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    ),
    (
        "%DAYN%",
        r"(?:(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?-u:\b))",
    ),
    (
        "%DAYW%",
        r"(?:(?:twenty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|thirty-first)(?-u:\b)",
    ),
    ("%YEAR4%", r"(?:[12][0-9]{3}(?-u:\b))"),
    // Time zones after a clock time (those after [`ZONES_ANY_CASE`] only in capitals: "EAT",
    // "WEST", "IST" are also words; checked in `time`)
    (
        "%ZONE%",
        r"(?:gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|cest|eet|eest|msk|eat|cat|wat|sast|ist|pkt|ast|jst|kst|hkt|sgt|aest|aedt|awst|nzst|nzdt|wib|ict|pht|irst|gst|mst|mdt|west|wet|akst|hst|npt|nst|mmt|bdt|aft|trt|brt|art|clt|cot|pet)",
    ),
    (
        "%SPOKENY%",
        r"(?:nineteen[\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?(?-u:\b))",
    ),
    (
        "%NUMW%",
        r"(?:\d+(?:,\d{3})*(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+dozen|a\s+hundred|(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred|hundred|hundreds\s+of|dozens\s+of|a\s+few|a\s+couple\s+of|a\s+couple|couple\s+of|several|few|many|some|a|an)(?-u:\b)",
    ),
    (
        "%UNIT%",
        r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries)(?-u:\b)",
    ),
    (
        "%QUAL%",
        r"(?:about|around|approximately|roughly|nearly|almost|more\s+than|over|less\s+than|under|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|up\s+to|just\s+over|just\s+under|close\s+to|upwards\s+of|fewer\s+than|some|well\s+over|as\s+many\s+as|as\s+much\s+as|the\s+better\s+part\s+of)",
    ),
    (
        "%PRE%",
        r"(?:early|late|mid|the\s+(?:beginning|start|end|middle|early\s+part|latter\s+part)\s+of|(?:beginning|start|end|middle)\s+of)",
    ),
];

const PATTERN: &str = r"(?xi)
 (?P<iso>(?-u:\b)\d{4}(?:-\d{2}-\d{2}|\.\d{2}\.\d{2}|/\d{2}/\d{2})(?:(?:t|\s+)(?P<isoh>[01]\d|2[0-3]):(?P<isom>[0-5]\d)(?::(?P<isos>[0-5]\d))?(?:\.\d+)?(?:z|\s*(?:utc|gmt|%ZONE%))?)?(?-u:\b))
|(?P<nd>(?-u:\b)(?:\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})|\d{1,2}-\d{1,2}-\d{4})(?-u:\b))
|(?P<time>(?-u:\b)(?P<tqual>(?:about|around|approximately)\s+)?
   (?:(?P<th>\d{1,2})(?:[:.](?P<tm>\d{2}))?\s*(?P<tap>a\.m\.|p\.m\.|a\.m|p\.m|am(?-u:\b)|pm(?-u:\b))
     |(?P<th2>\d{1,2}):(?P<tm2>\d{2})(?-u:\b)
     |(?P<th3>[01]\d|2[0-3])(?P<tm3>[0-5]\d)\s*(?P<tz3>%ZONE%|hrs|hours|local\s+time)(?-u:\b)
     |(?P<th6>[01]\d|2[0-3])h(?P<tm6>[0-5]\d)(?-u:\b)
     |(?P<th4>[01]?\d|2[0-3])\.(?P<tm4>[0-5]\d)\s*(?P<tz4>%ZONE%|hours|hrs)(?-u:\b)
     |(?P<th5>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o(?:'|’)clock
     |(?P<tnoon>noon|midnight|midday)(?-u:\b))
   (?:\s+(?:(?P<tzn>[a-z]+(?:\s+[a-z]+)?)\s+time|(?P<tzone>%ZONE%)|et)(?-u:\b))?
   (?:,?\s+(?:(?P<twthis>this\s+)?(?P<twd>%WD%)|(?P<tdeic>today|(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|tonight|last\s+night|this\s+(?:morning|afternoon|evening))|(?:(?P<tmon>%MONTH%)\s*(?P<tday>%DAYN%)|(?P<tday2>%DAYN%)\s+(?P<tmon2>%MONTH%))(?:,?\s*(?P<tyear>%YEAR4%))?)(?-u:\b))?)
|(?P<md>(?-u:\b)(?:the\s+day\s+(?P<mdda>before|after)\s+)?(?:(?P<mdovn>overnight(?:\s+from)?|(?:the\s+)?(?:intervening\s+)?night\s+(?:of|from))\s+(?:(?P<mdfrom>%DAYN%)(?:\s+(?:into|to)\s+|\s*(?:-|–|/)\s*)|(?:into|to)\s+))?(?:on\s+)?(?P<mdapx>around\s+)?(?P<mdweek>the\s+(?:(?P<mdwn>first|second|third|fourth|last|final)\s+)?(?:week|(?P<mdnwd>%WD%))\s+of\s+)?(?:(?P<mdpre>%PRE%)[\s-]*)?(?:(?P<mdrel>last|next|this\s+past|this\s+coming|this|past|coming)\s+)?(?P<mdwd>(?:%WD%|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?-u:\b)\.?),?\s+)?
   (?:(?P<m1>%MONTH%)(?:\s*(?P<d1>%DAYN%|%DAYW%)(?:,?\s*(?P<y1>%YEAR4%|'\d\d(?-u:\b)))?|-(?P<d1h>\d\d?)-(?P<y1h>%YEAR4%))
     |(?:the\s+)?(?P<d2>%DAYN%)\s+(?:of\s+)?(?P<m2>%MONTH%)(?:,?\s*(?P<y2>%YEAR4%))?
     |(?P<m3>%MONTH%),?\s+(?:of\s+)?(?:(?P<y3>%YEAR4%|'\d\d(?-u:\b)|%SPOKENY%)|(?P<y3that>that|the\s+same)\s+year(?-u:\b))
     |(?P<m4>%MONTH%))(?:\s+(?P<mry>last|this|next)\s+year(?-u:\b))?)
|(?P<yago>(?-u:\b)(?P<yathe>the\s+)?year-(?:earlier|ago)(?-u:\b)(?P<yasuf>\s+(?:(?:(?P<yaq>first|second|third|fourth)[\s-]+)?(?:period|quarter)|(?P<yamon>three|six|nine)\s+months)(?-u:\b))?)
|(?P<hol>(?-u:\b)(?:(?P<holrel>last|next|this)\s+|the\s+)?(?P<holn>orthodox\s+christmas(?:\s+eve|\s+day)?|christmas\s+eve|christmas(?:\s+day)?|new\s+year's\s+(?:day|eve)|independence\s+day|thanksgiving(?:\s+day)?|black\s+friday|cyber\s+monday|election\s+day|boxing\s+day|halloween|valentine's\s+day|veterans\s+day|armistice\s+day|labou?r\s+day|memorial\s+day|(?:lunar|chinese)\s+new\s+year(?:'s\s+(?:day|eve))?|spring\s+festival|(?:orthodox\s+)?easter(?:\s+(?:sunday|day|monday|week))?|good\s+friday|palm\s+sunday|ash\s+wednesday|(?:holy|maundy)\s+thursday|clean\s+monday|holy\s+saturday|(?:orthodox\s+)?(?:trinity|whit|pentecost)\s+sunday|whit\s+monday|pentecost|ascension\s+(?:day|thursday)|corpus\s+christi|st\.?\s+patrick's\s+day|saint\s+patrick's\s+day|presidents'?\s+day|patriots'?\s+day|fourth\s+of\s+july|ramadan|ashura|tabaski|eid[\s-]+(?:al|ul|el)[\s-]+(?:fitr|adha)|idul\s+(?:fitri|adha)|rosh\s+hashanah?|diwali|deepavali|dhanteras|yom\s+kippur|day\s+of\s+atonement|sukkot|passover|pesach|purim|hanukkah|chanukah|australia\s+day|bastille\s+day|inauguration\s+day|(?:international\s+)?women's\s+day|all\s+saints'?\s+day|all\s+souls'?\s+day|hogmanay|(?:international\s+)?workers'?\s+day|remembrance\s+day|day\s+of\s+the\s+dead|old\s+year's\s+night|mardi\s+gras|fat\s+tuesday|shrove\s+tuesday|pancake\s+day|feast\s+of\s+the\s+immaculate\s+conception|merdeka\s+day|showa\s+day|anzac\s+day|canada\s+day|waitangi\s+day|juneteenth|guy\s+fawkes\s+night|bonfire\s+night|cinco\s+de\s+mayo|portugal\s+day|restoration\s+day|family\s+day|epiphany|martin\s+luther\s+king(?:,?\s+jr\.?)?\s+day|st\.?\s+(?:david|andrew|george)'s\s+day|saint\s+(?:david|andrew|george)'s\s+day|līgo|jāņi)(?-u:\b)(?:\s+(?P<holy>%YEAR4%))?)
|(?P<qbare>(?-u:\b)(?:the(?:\s+(?P<qyr>%YEAR4%))?|(?P<qly>last\s+year's))\s+(?:(?P<qadj>latest|most\s+recent|recent|just-ended|just\s+ended|current|year-earlier|year-ago|comparable|corresponding|same|previous|preceding)\s+)?(?:fiscal\s+)?(?P<qword>quarter|period)(?-u:\b)(?P<qago>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)(?-u:\b))?)
|(?P<fy>(?-u:\b)the\s+(?:(?P<fyadj>current|latest|last|next|previous|past|coming)\s+)?fiscal\s+year(?-u:\b))
|(?P<spoken>(?-u:\b)(?:the\s+year\s+)?%SPOKENY%|the\s+year\s+two\s+thousand(?-u:\b))
|(?P<qtr>(?-u:\b)(?:(?P<qpre>early|late|the\s+(?:beginning|start|end|middle)\s+of)\s+)?(?P<qthe>(?:the|(?P<qrelp>this|last|next)\s+year's)\s+)?(?:(?P<qyp>%YEAR4%)\s+)?(?:fiscal[\s-]+)?(?P<qn>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?P<qhy>[\s-]+)(?P<qunit>quarter|half)(?-u:\b)
   (?:\s+of\s+(?:(?P<qyear>%YEAR4%)|(?P<qrel>this|last|next)\s+year|(?P<qthey>the\s+year)))?)
|(?P<wd>(?-u:\b)(?:the\s+day\s+(?P<wdda>before|after)\s+)?(?:(?P<wdovn>overnight(?:\s+from)?|the\s+night\s+(?:of|from))\s+(?:(?P<wdfrom>%WD%)\s+)?(?:into|to)\s+|(?P<wdovon>overnight\s+(?:on\s+)?))?(?:on\s+)?(?:(?P<wdpre>early|late)\s+(?:on\s+)?)?(?:(?P<wdrel>last|next|this\s+coming|this\s+past|this|coming|past|previous|the\s+(?:previous|following|next|preceding))\s+)?
   (?P<wdn>%WD%)(?P<wdpl>s)?(?-u:\b)(?:'s|’s)?(?:\s+(?P<wdpart>morning|afternoon|evening|night|noon|midnight)(?P<wdpps>s)?(?-u:\b))?(?:\s+(?:of\s+)?(?P<wdwk>last|next|this)\s+week(?-u:\b))?)
|(?P<deic>(?-u:\b)(?:(?P<dpre>early|late|mid-?)\s*|(?:earlier|later)\s+)?
   (?:the\s+day\s+(?P<dba>before\s+yesterday|after\s+tomorrow)
     |(?P<dw>today|tonight|yesterday|tomorrow|overnight)(?-u:\b)(?:\s+(?P<dpart>morning|afternoon|evening|night)(?-u:\b))?
     |(?P<dln>last\s+(?:night|evening))
     |(?P<dnt>during|in|through|throughout|into)\s+the\s+night(?-u:\b)
     |this\s+(?P<dthis>morning|afternoon|evening)(?-u:\b)))
|(?P<yend>(?-u:\b)(?:around\s+)?year(?:-|\s+|'s\s+)end(?-u:\b))
|(?P<nmorn>(?-u:\b)(?:(?P<nmin>(?:earlier|later)\s+in\s+)the\s+(?P<nmiu>day|week|month|year)|(?P<nmthat>that|the\s+same)\s+(?P<nmthatp>morning|afternoon|evening|night)|the\s+(?:(?P<nmdir>next|following|previous)\s+(?P<nmdirp>morning|afternoon|evening|night)|(?P<nmu>day|night|week)\s+(?P<nmba>before|after)))(?-u:\b))
|(?P<endof>(?-u:\b)(?P<epre>(?:the\s+)?(?:beginning|start|end|middle)\s+of)\s+the\s+(?P<eunit>week|month|year|decade|century|quarter)(?-u:\b))
|(?P<wkend>(?-u:\b)the\s+weekend(?-u:\b))
|(?P<rel>(?-u:\b)(?:(?P<rpre>%PRE%|earlier|later)[\s-]*)?(?P<rdet>this\s+past|this\s+coming|this|last|next|past|coming|previous|current|following|preceding|recent|that|the\s+(?:past|last|next|coming|previous|current|same|following|preceding|recent))\s+
   (?:(?P<rnum>%NUMW%)[\s-]+)?(?P<runit>%UNIT%)(?:\s+or\s+so(?-u:\b))?)
|(?P<ago>(?-u:\b)(?:(?P<aqual>%QUAL%)\s+)?(?P<anum>%NUMW%)(?P<afrac>[\s-]+and[\s-]+a[\s-]+half)?[\s-]+(?P<aunit>%UNIT%)(?P<ahalf>[\s-]+and[\s-]+a[\s-]+half)?\s+(?P<adir>ago|earlier|later|from\s+now|hence)(?-u:\b))
|(?P<dur>(?-u:\b)(?:(?P<dqual>%QUAL%)\s+)?(?P<dthe>the\s+(?:(?:first|latest|final|initial)\s+)?)?(?:(?P<dlow>%NUMW%)\s+(?:to|or)\s+)?(?:another\s+)?(?P<dhf>half\s+)?(?P<dnum>%NUMW%|another(?-u:\b))(?P<dfrac>\s+1/2|[\s-]+and[\s-]+a[\s-]+half)?(?P<dhy>[\s-]+)(?:(?:more|additional|extra|further)\s+)?(?P<dunit>%UNIT%)(?P<dhalf>[\s-]+and[\s-]+a[\s-]+half)?(?:\s+or\s+so(?-u:\b))?)
|(?P<durpl>(?-u:\b)(?:(?:for|over|in|within|lasts|lasted|take|takes|took|spent|spend|spends|spending)\s+(?P<durplw>years|months|weeks|days|decades|hours|minutes|centuries)|(?:(?:after|following|amid)\s+)?(?P<durplo>years|months|weeks|days|decades|hours)\s+of|(?P<durpla>years|months|weeks|days|hours|minutes)\s+(?:after|before|beforehand))(?-u:\b))
|(?P<sea>(?-u:\b)(?:(?:the\s+)?(?P<spre>early|late|mid)[\s-]+)?(?:(?P<sdet>this\s+past|this\s+coming|this|last|next|past|coming|the)\s+)?(?P<sname>spring|summer|autumn|fall|winter)(?-u:\b)(?:\s+(?:of\s+)?(?P<syear>%YEAR4%|%SPOKENY%))?)
|(?P<dec>(?-u:\b)(?:the\s+)?(?:(?P<decpre>early|late|mid)[\s-]+)?(?P<decv>(?:[12]\d)?\d0s|'\d0s|\d0's)(?-u:\b))
|(?P<decw>(?-u:\b)the\s+(?:(?P<decwpre>early|late|mid)[\s-]+)?(?P<decwv>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?-u:\b))
|(?P<cent>(?-u:\b)(?:the\s+)?(?:(?P<cpre>early|late|mid)[\s-]+)?(?P<cv>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century(?-u:\b))
|(?P<year>(?-u:\b)(?:(?P<ypre>%PRE%)[\s-]*)?(?P<yfis>(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?|fy\s*|the\s+year\s+)?(?P<yval>[12]\d{3})(?-u:\b))
|(?P<vag>(?-u:\b)(?:(?P<vcur>current)|now|currently|recently|lately|nowadays|presently|at\s+present|these\s+days|the\s+(?:near\s+)?future|the\s+(?:near|short)\s+term|the\s+past|the\s+present)(?-u:\b))
|(?P<set>(?-u:\b)(?:(?:every|each|per)\s+(?:(?P<setn>other|%NUMW%)\s+)?(?:(?P<setpd>morning|afternoon|evening|night)(?-u:\b)|(?P<setu>%UNIT%)|(?P<setwd>%WD%)(?-u:\b)(?:\s+(?P<setwp>morning|afternoon|evening|night)(?-u:\b))?|(?P<setm>%MONTH%)(?:\s+(?P<setmd>%DAYN%))?|(?P<setsea>spring|summer|autumn|fall|winter)(?-u:\b))
   |(?:(?:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+times)\s+)?(?P<setadv>daily|weekly|fortnightly|hourly|nightly|monthly|quarterly|annually|yearly)(?-u:\b)
   |(?P<setf>once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|a\s+few)\s+times)\s+(?:a|an|per|every|each)\s+(?P<setfu>%UNIT%)))
|(?P<theyr>(?-u:\b)the\s+(?:full\s+|(?P<tynew>new)\s+)?year(?-u:\b))
|(?P<pod>(?-u:\b)(?:(?P<podh>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+in\s+the\s+(?P<podhp>morning|afternoon|evening)
   |(?P<podpre>mid|early|late)[\s-]?(?P<podp>morning|afternoon|evening)(?:\s+(?P<podd>today|yesterday|tomorrow))?
   |the\s+(?P<podt>morning|afternoon|evening)
   |(?P<podw>dawn|daybreak|dusk|nightfall))(?-u:\b))
|(?P<dayco>(?:(?-u:\b)(?:and|to|through|or)\s+|-)(?P<dayn>(?:[12][0-9]|3[01]|0?[1-9])(?-u:\b)))
|(?P<dfirst>(?-u:\b)(?P<dfn>[12][0-9]|3[01]|0?[1-9])(?:\s*-\s*|\s+(?:and|to|or|through)\s+))
|(?P<along>(?-u:\b)(?P<alunit>days?|weeks?|months?|years?|decades?|centuries|century)-?long(?-u:\b))
|(?P<nth>(?-u:\b)(?P<nthon>on\s+)?the\s+(?P<nthd>[12][0-9]|3[01]|0?[1-9])(?P<nthsuf>st|nd|rd|th)(?-u:\b))
";

fn expand(p: &str) -> String {
    let mut p = p.to_string();
    for (k, v) in PIECES {
        p = p.replace(k, v);
    }
    p
}

/// One family's regex: read by an anchored search over the span the scan found, so it never
/// looks past it.
fn build(p: &str) -> Option<regex_automata::meta::Regex> {
    regex_automata::meta::Regex::builder()
        .configure(regex_automata::meta::Config::new().nfa_size_limit(Some(64 << 20)))
        .build(p)
        .ok()
}

/// One family's regex for a lower-cased ASCII span: the same pattern without the
/// case-insensitive flag and without Unicode, whose alternations of words compile to tries
/// (Speed: the backtracking search over `(?i)` classes tried every word of a list in turn).
/// Over ASCII text lower-cased it matches as the family's regex over the text (the pattern's
/// letters are all lower-case; `\s`, `\d` and the ASCII word boundaries read ASCII alike).
/// No lazy DFA: the span is the match already, and the meta regex would run one over it to
/// find it again before resolving the groups.
/// (A pattern with a capital letter outside an escape or a group's `(?P<` gets none: it would
/// not match the lower-cased text.)
fn build_lower(p: &str) -> Option<regex_automata::meta::Regex> {
    let unnamed = p.replace("(?P<", "(?<");
    let mut bytes = unnamed.bytes();
    while let Some(b) = bytes.next() {
        if b == b'\\' {
            bytes.next();
        } else if b.is_ascii_uppercase() {
            return None;
        }
    }
    let p = p.replacen("(?xi)", "(?x)", 1);
    regex_automata::meta::Regex::builder()
        .configure(
            regex_automata::meta::Config::new()
                .nfa_size_limit(Some(64 << 20))
                .utf8_empty(false)
                .hybrid(false)
                .dfa(false),
        )
        .syntax(
            regex_automata::util::syntax::Config::new()
                .unicode(false)
                .utf8(false),
        )
        .build(&p)
        .ok()
}

/// The pattern's alternatives, in order: one family of expressions each.
fn alternatives() -> impl Iterator<Item = String> {
    let body = PATTERN.strip_prefix("(?xi)").unwrap_or(PATTERN);
    body.split("\n|")
        .map(|alt| format!("(?xi)(?:{})", expand(alt)))
}

/// The one compiled scan over the text (built once per process): the alternatives as the
/// patterns of one multi-pattern regex, so each match found by its lazy DFA says which
/// alternative matched (the same leftmost-first matches as one big alternation).
pub(crate) static RE: LazyLock<Option<regex_automata::meta::Regex>> = LazyLock::new(|| {
    let alts: Vec<String> = alternatives().collect();
    regex_automata::meta::Regex::builder()
        .configure(
            regex_automata::meta::Config::new()
                .nfa_size_limit(Some(64 << 20))
                .hybrid_cache_capacity(32 << 20),
        )
        .build_many(&alts)
        .ok()
});

/// The same alternatives, one small regex each (built once per process, when a span
/// [`LOWER`] does not read first needs one): a match of [`RE`] is read by the regex of its
/// alternative, which resolves its capture groups at the cost of a small regex instead of the
/// big one.
/// (A family that fails to build stays in its place, as `None`, so the numbers of [`RE`]'s
/// patterns still name the right family.)
pub(crate) static FAMILIES: LazyLock<Vec<Option<regex_automata::meta::Regex>>> =
    LazyLock::new(|| alternatives().map(|alt| build(&alt)).collect());

/// The same alternatives for lower-cased ASCII spans (see [`build_lower`]): they read
/// nearly every match; [`FAMILIES`] reads the others.
static LOWER: LazyLock<Vec<Option<regex_automata::meta::Regex>>> =
    LazyLock::new(|| alternatives().map(|alt| build_lower(&alt)).collect());

/// The longest span (with a byte of context on each side) read by [`LOWER`].
const LOWER_MAX: usize = 256;

/// The capture groups of [`LOWER`]'s families and the search caches of [`RE`] and of those
/// families, kept for the matches of the texts a thread reads (Speed: no allocation per
/// match, and no trip to the regexes' shared pools of caches per search).
#[derive(Default)]
pub(crate) struct Reader {
    /// A family's capture groups and search cache, by the family's number.
    captures: Vec<
        Option<(
            regex_automata::util::captures::Captures,
            regex_automata::meta::Cache,
        )>,
    >,
    /// The search cache of [`RE`].
    scan: Option<regex_automata::meta::Cache>,
    /// The expressions of the text being tagged, gathered here before they are copied once
    /// into a list of their exact number (Speed: no run of regrowths of a list of large
    /// items for every text).
    pub(crate) exprs: Vec<crate::time::TimeExpr>,
}

impl Reader {
    /// The first match of [`RE`] (`re`) in `input`.
    pub(crate) fn scan(
        &mut self,
        re: &regex_automata::meta::Regex,
        input: &regex_automata::Input<'_>,
    ) -> Option<regex_automata::Match> {
        let cache = self.scan.get_or_insert_with(|| re.create_cache());
        re.search_with(cache, input)
    }
}

thread_local! {
    /// This thread's [`Reader`] (Speed: its capture buffers are made once per thread, not once
    /// per text).
    static READER: std::cell::Cell<Reader> = std::cell::Cell::new(Reader::default());
}

/// Runs `f` with this thread's [`Reader`].
pub(crate) fn with_reader<T>(f: impl FnOnce(&mut Reader) -> T) -> T {
    crate::local::with(&READER, f)
}

/// Reads the candidate `start..end` that alternative `family` of [`RE`] found in `text`.
pub(crate) fn read_match(
    reader: &mut Reader,
    text: &str,
    start: usize,
    end: usize,
    family: usize,
) -> Option<Found> {
    // The span with a byte on each side (the word boundaries look at them), lower-cased.
    let from = start.saturating_sub(1);
    let to = end.saturating_add(1).min(text.len());
    let mut buf = [0u8; LOWER_MAX];
    let lower = text
        .as_bytes()
        .get(from..to)
        .filter(|b| b.is_ascii())
        .zip(buf.get_mut(..to.saturating_sub(from)))
        .map(|(b, out)| {
            out.copy_from_slice(b);
            out.make_ascii_lowercase();
            &*out
        });
    let names = GROUP_NAMES.get(family)?;
    // Anchored at the candidate and bounded by it (the text around it still decides the
    // word boundaries): much cheaper than a search that has to find the match again.
    let fallback;
    let (caps, offset) = match (lower, LOWER.get(family).and_then(Option::as_ref)) {
        (Some(hay), Some(re)) => {
            if reader.captures.len() <= family {
                reader.captures.resize_with(family + 1, || None);
            }
            let (caps, cache) = reader
                .captures
                .get_mut(family)?
                .get_or_insert_with(|| (re.create_captures(), re.create_cache()));
            let (s, e) = (start - from, end - from);
            let read = super::shortcut::read(names.family, hay, s, e)
                .is_some_and(|groups| fill(caps, names, s, e, &groups));
            if !read {
                let input = regex_automata::Input::new(hay)
                    .range(s..e)
                    .anchored(regex_automata::Anchored::Yes);
                re.search_captures_with(cache, &input, caps);
            }
            (&*caps, from)
        }
        _ => {
            let re = FAMILIES.get(family)?.as_ref()?;
            let input = regex_automata::Input::new(text)
                .range(start..end)
                .anchored(regex_automata::Anchored::Yes);
            let mut caps = re.create_captures();
            re.search_captures(&input, &mut caps);
            fallback = caps;
            (&fallback, 0)
        }
    };
    let c = Captures {
        caps,
        text,
        names,
        offset,
    };
    let m = c.get(0)?;
    if m.start() == start && m.end() == end {
        interpret(&c, text).map(|f| hour_before_part(text, part_of_day_before(text, f)))
    } else {
        None
    }
}

/// "at 10 tonight", "by 6 this morning": an hour told bare before a part of today, one TIME
/// with it (the hour of the afternoon, evening or night after noon).
fn hour_before_part(text: &str, mut f: Found) -> Found {
    let today = matches!(
        f.cand.spec,
        Underspec::FromDct {
            unit: Unit::Day,
            n: 0
        }
    );
    let Some(part) = f.cand.part.filter(|_| today && f.cand.clock.is_none()) else {
        return f;
    };
    let lead = text.get(..f.span.start).unwrap_or("");
    let Some(hour_text) = lead.strip_suffix(' ').map(|l| {
        let cut = l.trim_end_matches(|c: char| c.is_ascii_digit());
        l.get(cut.len()..).unwrap_or("")
    }) else {
        return f;
    };
    let Ok(hour) = hour_text.parse::<u32>() else {
        return f;
    };
    let Some(at) = f.span.start.checked_sub(1 + hour_text.len()) else {
        return f;
    };
    let prep = in_list(
        &[
            "at", "by", "until", "till", "from", "around", "about", "before", "after",
        ],
        word_before(text, at),
    );
    if !(1..=12).contains(&hour) || !prep {
        return f;
    }
    let hour = match part {
        DayPart::Morning => hour % 12,
        _ if hour == 12 => 12,
        _ => hour + 12,
    };
    f.span.start = at;
    f.cand.clock = Some((hour, 0));
    f
}

/// "the night of October 17", "the afternoon of Tuesday 6 January", "the early hours of
/// Saturday": a part of a day named before it, one TIMEX3 with the day (TimeML `TNI`,
/// `TAF`; the early hours the start of the morning).
fn part_of_day_before(text: &str, mut f: Found) -> Found {
    let day = match f.cand.spec {
        Underspec::Weekday { .. } => true,
        Underspec::Date { day, .. } => day.is_some(),
        _ => false,
    };
    if !day || f.cand.part.is_some() || f.cand.clock.is_some() {
        return f;
    }
    let lead = text.get(..f.span.start).unwrap_or("");
    for (words, part, start) in [
        ("the morning of ", DayPart::Morning, false),
        ("the afternoon of ", DayPart::Afternoon, false),
        ("the evening of ", DayPart::Evening, false),
        ("the night of ", DayPart::Night, false),
        ("the early hours of ", DayPart::Morning, true),
        ("the small hours of ", DayPart::Morning, true),
    ] {
        let Some(at) = lead.len().checked_sub(words.len()) else {
            continue;
        };
        if lead
            .get(at..)
            .is_some_and(|l| l.eq_ignore_ascii_case(words))
        {
            f.span.start = at;
            f.cand.part = Some(part);
            if start {
                f.cand.modifier = Some(TimexMod::Start);
            }
            break;
        }
    }
    f
}

/// The group indexes of each family by name (built once per process).
static GROUP_NAMES: LazyLock<Vec<GroupNames>> = LazyLock::new(|| {
    LOWER
        .iter()
        .enumerate()
        .map(|(i, fam)| {
            // (the groups are the same in both regexes of a family)
            let fam = fam
                .as_ref()
                .or_else(|| FAMILIES.get(i).and_then(Option::as_ref));
            let entries: Vec<(u8, u64, &'static str, usize)> = fam
                .iter()
                .flat_map(|f| {
                    f.group_info()
                        .pattern_names(regex_automata::PatternID::ZERO)
                        .enumerate()
                })
                .filter_map(|(i, name)| Some((name_bit(name?), name_key(name?), name?, i)))
                .collect();
            let bits = entries.iter().fold(0, |b, &(bit, ..)| b | 1u128 << bit);
            let family = entries
                .iter()
                .find(|&&(.., i)| i == 1)
                .map_or("", |&(_, _, name, _)| name);
            let mut slots = [0u8; 128];
            for (k, &(bit, ..)) in entries.iter().enumerate() {
                if let Some(slot) = slots.get_mut(usize::from(bit)) {
                    *slot = match (*slot, u8::try_from(k + 1)) {
                        (0, Ok(n)) if n != SHARED => n,
                        _ => SHARED,
                    };
                }
            }
            GroupNames {
                entries,
                bits,
                slots,
                family,
            }
        })
        .collect()
});

/// The group indexes of a family by name.
struct GroupNames {
    /// The family's groups: [`name_bit`], [`name_key`], name and index. Speed: a family has
    /// a few dozen groups at most; comparing the bits first finds a name without hashing it.
    entries: Vec<(u8, u64, &'static str, usize)>,
    /// The [`name_bit`]s of the family's group names. Speed: `interpret` asks every match for
    /// dozens of groups, most of which its family does not have; a clear bit refuses such a
    /// name at once.
    bits: u128,
    /// For each [`name_bit`], the position in `entries` plus one of the one group that has
    /// it, 0 for none, [`SHARED`] when more than one has it. Speed: a name is found with one
    /// comparison, not by a walk over the family's groups.
    slots: [u8; 128],
    /// The family's name: its first group's ("md", "wd").
    family: &'static str,
}

/// [`GroupNames::slots`]: more than one group has the bit.
const SHARED: u8 = u8::MAX;

impl GroupNames {
    /// The index of the group `name` (of [`name_bit`] `bit`), if the family has one.
    #[inline(always)]
    fn index(&self, bit: u8, name: &str) -> Option<usize> {
        let slot = *self.slots.get(usize::from(bit))?;
        let key = name_key(name);
        let same = |&&(_, k, n, _): &&(u8, u64, &str, usize)| {
            k == key && (name.len() <= NAME_KEY_LEN || n == name)
        };
        let &(_, _, _, i) = if slot == SHARED {
            self.entries.iter().find(|e| e.0 == bit && same(e))?
        } else {
            Some(self.entries.get(usize::from(slot).checked_sub(1)?)?).filter(same)?
        };
        Some(i)
    }
}

/// Sets `caps` to a match `start..end` of its family's regex with the groups `groups` (read
/// by [`super::shortcut`]); false, leaving `caps` to the regex, when a group is not the
/// family's.
fn fill(
    caps: &mut regex_automata::util::captures::Captures,
    names: &GroupNames,
    start: usize,
    end: usize,
    groups: &super::shortcut::Groups,
) -> bool {
    use regex_automata::util::primitives::NonMaxUsize;
    caps.clear();
    caps.set_pattern(Some(regex_automata::PatternID::ZERO));
    let slots = caps.slots_mut();
    let mut set = |index: usize, s: usize, e: usize| -> Option<()> {
        let pair = slots.get_mut(index * 2..index * 2 + 2)?;
        pair.copy_from_slice(&[NonMaxUsize::new(s), NonMaxUsize::new(e)]);
        Some(())
    };
    let all = set(0, start, end).is_some()
        && groups.iter().all(|&(name, s, e)| {
            names
                .index(name_bit(name), name)
                .and_then(|i| set(i, s, e))
                .is_some()
        });
    if !all {
        caps.clear();
    }
    all
}

/// One of 128 bits for a group name (its number), from its length and first and last bytes.
#[inline(always)]
fn name_bit(name: &str) -> u8 {
    let b = name.as_bytes();
    let first = usize::from(b.first().copied().unwrap_or(0));
    let last = usize::from(b.last().copied().unwrap_or(0));
    // (below 128: the cast keeps the value)
    ((first * 31 + last * 7 + b.len()) % 128) as u8
}

/// How many bytes of a group name [`name_key`] holds.
const NAME_KEY_LEN: usize = 7;

/// A group name's length and first [`NAME_KEY_LEN`] bytes in one number: equal keys are
/// equal names when the names are no longer (all of the pattern's are). Speed: one comparison
/// of numbers instead of a call comparing bytes, for every group `interpret` asks for.
#[inline(always)]
fn name_key(name: &str) -> u64 {
    let b = name.as_bytes();
    let mut key = u64::try_from(b.len() & 0xff).unwrap_or(0);
    for (i, &x) in b.iter().take(NAME_KEY_LEN).enumerate() {
        key |= u64::from(x) << (8 * (i + 1));
    }
    key
}

/// A match of one family, whose groups are looked up by name in the family's own table.
/// Speed: no hashing, where the regex's own lookup by name hashes with SipHash (a visible
/// share of the time layer: `interpret` asks for many groups of every match).
pub(crate) struct Captures<'t> {
    caps: &'t regex_automata::util::captures::Captures,
    text: &'t str,
    names: &'static GroupNames,
    /// Where in `text` the searched haystack starts.
    offset: usize,
}

impl<'t> Captures<'t> {
    fn get(&self, i: usize) -> Option<Group<'t>> {
        let span = self.caps.get_group(i)?;
        Some(Group {
            text: self.text,
            start: span.start + self.offset,
            end: span.end + self.offset,
        })
    }
}

/// One capture group of a match: where it is in the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Group<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Group<'t> {
    fn as_str(&self) -> &'t str {
        self.text.get(self.start..self.end).unwrap_or("")
    }

    fn start(&self) -> usize {
        self.start
    }

    fn end(&self) -> usize {
        self.end
    }

    fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
}

/// The group `name` of a match (`None` when it did not take part or the family has none).
/// Speed: inlined, so that the bit of a literal name is a constant and a name the family does
/// not have (most that `interpret` asks for) costs one test.
#[inline(always)]
fn g<'t>(c: &Captures<'t>, name: &str) -> Option<Group<'t>> {
    let bit = name_bit(name);
    if c.names.bits & 1u128 << bit == 0 {
        return None;
    }
    group(c, bit, name)
}

/// The group `name` (of [`name_bit`] `bit`) of a match.
fn group<'t>(c: &Captures<'t>, bit: u8, name: &str) -> Option<Group<'t>> {
    c.get(c.names.index(bit, name)?)
}

fn lower_eq(s: &str, w: &str) -> bool {
    s.eq_ignore_ascii_case(w)
}

/// The last word of a phrase (after whitespace), e.g. "the  past" → "past".
fn last_word(s: &str) -> &str {
    s.rsplit(|c: char| c.is_ascii_whitespace())
        .next()
        .unwrap_or(s)
}

/// The word just before byte `pos` (letters, digits, apostrophes, dots), skipping spaces;
/// empty when punctuation other than space comes first.
pub(crate) fn word_before(text: &str, pos: usize) -> &str {
    let b = text.as_bytes();
    let mut e = pos;
    while e > 0 && b.get(e - 1).is_some_and(|&c| c == b' ' || c == b'\t') {
        e -= 1;
    }
    let mut s = e;
    while s > 0
        && b.get(s - 1)
            .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'\'' || c == b'-')
    {
        s -= 1;
    }
    text.get(s..e).unwrap_or("")
}

/// The word before the word just before `pos` ("year" in "this year through August").
pub(crate) fn second_word_before(text: &str, pos: usize) -> &str {
    let w = word_before(text, pos);
    let before = text.get(..pos).map_or("", str::trim_end);
    word_before(before, before.len().saturating_sub(w.len()))
}

/// Words before a bare plural of a unit ("hours", "days") that make it a noun's plural, not
/// the gap between two events ("working hours before the strike", "the days before the vote").
const PLURAL_NOT_A_GAP: &[&str] = &[
    "the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "working",
    "business", "office", "opening", "visiting", "school", "rush", "peak", "man", "light", "happy",
    "early", "final", "last", "first", "next", "few", "many", "some", "all", "of", "dog", "salad",
    "glory", "good", "old", "happier", "better", "dark", "darkest",
];

/// True when a count stands among the three words before `pos` ("500 trucks a day",
/// "2 million barrels a day", "one meal a day"): what follows is a rate. Not across a comma
/// ("at around 2.30pm on Tuesday, minutes after MPs passed the bill" is a gap).
fn count_before(text: &str, pos: usize) -> bool {
    count_within(text, pos, 3)
}

/// True when one of the `n` words before `pos` (back to a comma or semicolon, within 80
/// bytes) is a number.
fn count_within(text: &str, pos: usize, n: usize) -> bool {
    let lead = text.get(pos.saturating_sub(80)..pos).unwrap_or("");
    let lead = lead.rsplit([',', ';', '.']).next().unwrap_or(lead);
    lead.split_whitespace().rev().take(n).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        w.bytes().any(|b| b.is_ascii_digit())
            || parse_number(w).is_some_and(|(_, len)| len == w.len())
            || crate::text::is_one_of(w, &["hundred", "thousand", "million", "billion", "dozen"])
    })
}

/// The word just after byte `pos`, skipping spaces; empty when punctuation comes first.
pub(crate) fn word_after(text: &str, pos: usize) -> &str {
    let b = text.as_bytes();
    let mut s = pos;
    while b.get(s).is_some_and(|&c| c == b' ' || c == b'\t') {
        s += 1;
    }
    let mut e = s;
    while b.get(e).is_some_and(|&c| c.is_ascii_alphanumeric()) {
        e += 1;
    }
    text.get(s..e).unwrap_or("")
}

fn capitalised(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
}

/// Reads a count: digits or number words; "a"/"an" is one; vague quantities are `Some`.
fn amount(s: &str) -> Option<Amount> {
    let t = s.trim();
    let low = t.to_ascii_lowercase_fixed();
    match low.as_str() {
        "a" | "an" | "another" => return Some(Amount::Num(1)),
        "a couple" | "a couple of" | "couple of" => return Some(Amount::Num(2)),
        // "for the next hundred years"
        "hundred" => return Some(Amount::Num(100)),
        "a few" | "few" | "several" | "some" | "many" | "hundreds of" | "dozens of" => {
            return Some(Amount::Some);
        }
        _ => {}
    }
    if t.contains(char::is_whitespace) && !t.starts_with(|c: char| c.is_ascii_digit()) {
        // "twenty five", "a dozen"
    }
    if let Some((whole, frac)) = t.split_once('.') {
        if frac == "5" {
            let w: u32 = whole.parse().ok()?;
            return Some(Amount::Halves(w.checked_mul(2)?.checked_add(1)?));
        }
        return None;
    }
    let (n, len) = parse_number(t)?;
    if len != t.len() {
        // "twenty five" is read by parse_number only with a hyphen
        let normal: String = t.replace(' ', "-");
        let (n2, len2) = parse_number(&normal)?;
        if len2 != normal.len() {
            return None;
        }
        return u32::try_from(n2).ok().map(Amount::Num);
    }
    u32::try_from(n).ok().map(Amount::Num)
}

fn qual_mod(q: &str) -> Option<TimexMod> {
    const QUALIFIERS: &[(TimexMod, &[&str])] = &[
        (
            TimexMod::Approx,
            &[
                "about",
                "around",
                "approximately",
                "roughly",
                "some",
                "close to",
                "nearly",
                "almost",
                "the better part of",
            ],
        ),
        (
            TimexMod::MoreThan,
            &["more than", "over", "just over", "upwards of", "well over"],
        ),
        (
            TimexMod::LessThan,
            &["less than", "under", "just under", "fewer than"],
        ),
        (TimexMod::EqualOrMore, &["at least", "no less than"]),
        (
            TimexMod::EqualOrLess,
            &[
                "at most",
                "no more than",
                "up to",
                "as many as",
                "as much as",
            ],
        ),
    ];
    // The words of `q` against each phrase's, ignoring ASCII case and the width of the
    // spaces between them (Speed: no lower-cased, re-joined copy).
    let same_words = |phrase: &str| {
        let mut a = q.split_whitespace();
        let mut b = phrase.split(' ');
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
                _ => return false,
            }
        }
    };
    QUALIFIERS
        .iter()
        .find(|(_, phrases)| phrases.iter().any(|p| same_words(p)))
        .map(|&(m, _)| m)
}

fn pre_mod(p: &str) -> Option<TimexMod> {
    // (ignoring ASCII case, without a lower-cased copy)
    let has = |w: &str| crate::text::find_ci(p, w).is_some();
    if starts_with_ci(p, "early") || has("beginning") || has("start") || has("early part") {
        Some(TimexMod::Start)
    } else if starts_with_ci(p, "late") && !starts_with_ci(p, "later")
        || has("end ")
        || has("latter")
    {
        Some(TimexMod::End)
    } else if starts_with_ci(p, "mid") || has("middle") {
        Some(TimexMod::Mid)
    } else {
        None
    }
}

/// A year in digits ("1994") or spoken ("nineteen ninety-four", as broadcast transcripts
/// write it).
fn year_number(s: &str) -> Option<i32> {
    if let Ok(y) = s.parse() {
        return Some(y);
    }
    let low = s.to_ascii_lowercase();
    let mut words = low
        .split(|c: char| c.is_ascii_whitespace() || c == '-')
        .filter(|w| !w.is_empty());
    if words.next()? != "nineteen" {
        return None;
    }
    let tens = match words.next()? {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    };
    let unit = match words.next() {
        Some(u) => match amount(u)? {
            Amount::Num(n) => i32::try_from(n).ok()?,
            _ => return None,
        },
        None => 0,
    };
    Some(1900 + tens + unit)
}

fn two_digit_year(s: &str) -> Option<i32> {
    let d: i32 = s.trim_start_matches(['\'', '’']).parse().ok()?;
    Some(if d >= 30 { 1900 + d } else { 2000 + d })
}

fn day_number(s: &str) -> Option<u32> {
    s.trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()
        .or_else(|| lexicon::ordinal(s).filter(|d| (1..=31).contains(d)))
}

/// The year of a feast named at `start` after a year's possessive ("Last year's May Day
/// march", "next year's Christmas"), else the year inferred as for any date.
fn owner_year(text: &str, start: usize) -> YearRef {
    let lead = text.get(..start).unwrap_or("").trim_end();
    let owner = lead
        .strip_suffix(" year's")
        .or_else(|| lead.strip_suffix(" year\u{2019}s"))
        .map(|l| l.rsplit(char::is_whitespace).next().unwrap_or(""));
    match owner {
        Some(w) if lower_eq(w, "last") => YearRef::FromDct(-1),
        Some(w) if lower_eq(w, "next") => YearRef::FromDct(1),
        Some(w) if lower_eq(w, "this") => YearRef::FromDct(0),
        _ => YearRef::Infer,
    }
}

/// Holidays on a fixed day of the year: (names, month, day).
const FIXED_HOLIDAYS: &[(&[&str], u32, u32)] = &[
    // the Orthodox churches that keep the Julian calendar (Russia, Serbia, Ethiopia ...):
    // 6 and 7 January from 1900 to 2099
    (&["orthodox christmas eve"], 1, 6),
    (&["orthodox christmas", "orthodox christmas day"], 1, 7),
    (&["christmas eve"], 12, 24),
    (&["christmas", "christmas day"], 12, 25),
    (&["new year's day"], 1, 1),
    (&["new year's eve"], 12, 31),
    (&["fourth of july"], 7, 4),
    (&["halloween"], 10, 31),
    (&["valentine's day"], 2, 14),
    (&["veterans day", "armistice day"], 11, 11),
    (&["boxing day"], 12, 26),
    (&["australia day"], 1, 26),
    (&["bastille day"], 7, 14),
    (
        &[
            "st patrick's day",
            "st. patrick's day",
            "saint patrick's day",
        ],
        3,
        17,
    ),
    // the United States' presidential inauguration (20 January since 1937)
    (&["inauguration day"], 1, 20),
    (&["international women's day", "women's day"], 3, 8),
    (&["all saints' day", "all saints day"], 11, 1),
    (&["all souls' day", "all souls day"], 11, 2),
    // Scotland's last day of the year
    (&["hogmanay"], 12, 31),
    (
        &[
            "international workers' day",
            "international workers day",
            "workers' day",
            "workers day",
        ],
        5,
        1,
    ),
    // the Commonwealth's Armistice Day
    (&["remembrance day"], 11, 11),
    // Mexico's Día de Muertos, its main day
    (&["day of the dead"], 11, 2),
    // the Caribbean's New Year's Eve
    (&["old year's night"], 12, 31),
    (&["feast of the immaculate conception"], 12, 8),
    // the Western churches' Epiphany, Three Kings' Day
    (&["epiphany"], 1, 6),
    // the patron saints' days of Wales, Scotland and England
    (
        &["st david's day", "st. david's day", "saint david's day"],
        3,
        1,
    ),
    (
        &["st andrew's day", "st. andrew's day", "saint andrew's day"],
        11,
        30,
    ),
    (
        &["st george's day", "st. george's day", "saint george's day"],
        4,
        23,
    ),
    // national days: Malaysia's, Japan's (the Shōwa emperor's birthday), Australia's and New
    // Zealand's Anzac Day, Canada's, New Zealand's Waitangi Day, the United States' Juneteenth,
    // Britain's Bonfire Night, Mexico's Puebla victory
    (&["merdeka day"], 8, 31),
    (&["showa day"], 4, 29),
    (&["anzac day"], 4, 25),
    (&["canada day"], 7, 1),
    (&["waitangi day"], 2, 6),
    (&["juneteenth"], 6, 19),
    (&["guy fawkes night", "bonfire night"], 11, 5),
    (&["cinco de mayo"], 5, 5),
    // Portugal's national day (Camões), the Dominican Republic's Restoration Day, and Latvia's
    // midsummer eve and day
    (&["portugal day"], 6, 10),
    (&["restoration day"], 8, 16),
    (&["līgo"], 6, 23),
    (&["jāņi"], 6, 24),
];

/// Independence days by country (ISO 3166-1 alpha-2, month, day): `data/en/independence_days.tsv`.
static INDEPENDENCE_DAYS: LazyLock<Vec<(&'static str, u32, u32)>> = LazyLock::new(|| {
    crate::text::table_rows(include_str!("../../data/en/independence_days.tsv"))
        .filter_map(|cols| match cols.as_slice() {
            [iso, month, day, ..] => Some((*iso, month.parse().ok()?, day.parse().ok()?)),
            _ => None,
        })
        .collect()
});

/// The month and day of a country's Independence Day, when the table has it.
fn independence_day(iso2: &str) -> Option<(u32, u32)> {
    INDEPENDENCE_DAYS
        .iter()
        .find(|(c, _, _)| *c == iso2)
        .map(|&(_, m, d)| (m, d))
}

/// The country (ISO code) whose Independence Day a mention at `pos` is: the one named right
/// before it ("Pakistan's", "India's", "Nigerian"; past an ordinal: "Haiti's 220th"); after
/// "its", "the country's" or nothing, the first country the text names before it that has an
/// Independence Day ("Nigerians prepared to mark the country's 62nd Independence Day"), else
/// the United States ("crowds gathered for Independence Day fireworks").
fn independence_country(text: &str, pos: usize) -> Option<&'static str> {
    let mut w = word_before(text, pos);
    let ordinal = w.starts_with(|c: char| c.is_ascii_digit())
        && ["st", "nd", "rd", "th"].iter().any(|e| w.ends_with(e));
    if ordinal {
        w = second_word_before(text, pos);
    }
    let name = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .unwrap_or(w);
    if capitalised(name) {
        if let Some(c) = crate::places::country_by_name_or_demonym(name) {
            return Some(c.iso2.as_str());
        }
    }
    let before = text.get(..pos).unwrap_or("");
    Some(
        crate::places::countries_in(before)
            .into_iter()
            .find(|c| independence_day(c).is_some())
            .unwrap_or("US"),
    )
}

/// Holidays a number of days after the nth weekday of a month: (name, month, weekday, nth,
/// days after). Black Friday and Cyber Monday follow Thanksgiving (the fourth Thursday of
/// November); the United States' Election Day is the Tuesday after the first Monday of
/// November.
const WEEKDAY_HOLIDAYS: &[(&str, u32, Weekday, u8, u8)] = &[
    ("thanksgiving", 11, Weekday::Thu, 4, 0),
    ("thanksgiving day", 11, Weekday::Thu, 4, 0),
    ("black friday", 11, Weekday::Thu, 4, 1),
    ("cyber monday", 11, Weekday::Thu, 4, 4),
    ("labor day", 9, Weekday::Mon, 1, 0),
    ("labour day", 9, Weekday::Mon, 1, 0),
    ("election day", 11, Weekday::Mon, 1, 1),
    ("memorial day", 5, Weekday::Mon, 0, 0),
    // the United States' Washington's Birthday (third Monday of February) and
    // Massachusetts' and Maine's Patriots' Day (third Monday of April)
    ("presidents' day", 2, Weekday::Mon, 3, 0),
    ("presidents day", 2, Weekday::Mon, 3, 0),
    ("patriots' day", 4, Weekday::Mon, 3, 0),
    ("patriots day", 4, Weekday::Mon, 3, 0),
    // Canada's Family Day (Ontario, Alberta, British Columbia ...): third Monday of February
    ("family day", 2, Weekday::Mon, 3, 0),
    // the United States' Martin Luther King Jr. Day: third Monday of January
    ("martin luther king jr. day", 1, Weekday::Mon, 3, 0),
    ("martin luther king day", 1, Weekday::Mon, 3, 0),
    ("martin luther king, jr. day", 1, Weekday::Mon, 3, 0),
];

/// Words near "Black Friday" (see [`near_any`]) that make it the shopping day after
/// Thanksgiving, a date; with none near it is the name of some other day ("the Black Friday
/// massacre").
const SHOPPING: &[&str] = &[
    "shop",
    "shopping",
    "shoppers",
    "sales",
    "sale",
    "deals",
    "discounts",
    "retail",
    "retailers",
    "bargains",
    "stores",
    "thanksgiving",
    "spending",
    "consumers",
    "cyber",
    // "Judge won't stop Black Friday strike at Brightway warehouses"
    "warehouse",
    "warehouses",
];

/// True when one of `words` (lower-case) stands as a word within 120 bytes either side of
/// byte `pos` of `text`.
fn near_any(text: &str, pos: usize, words: &[&str]) -> bool {
    const NEAR: usize = 120;
    let bytes = text.as_bytes();
    let (from, to) = (pos.saturating_sub(NEAR), (pos + NEAR).min(bytes.len()));
    bytes
        .get(from..to)
        .unwrap_or(&[])
        .split(|b| !b.is_ascii_alphabetic())
        .any(|w| words.iter().any(|k| w.eq_ignore_ascii_case(k.as_bytes())))
}

/// False when another country's possessive or adjective stands before `pos` ("Kenya's",
/// "Pakistani"): only the United States' Election Day is known (Independence Day is read by
/// [`independence_country`]).
fn american_before(text: &str, pos: usize) -> bool {
    let w = word_before(text, pos);
    let possessive = w.ends_with("'s") || w.ends_with("\u{2019}s");
    let demonym = capitalised(w)
        && ["an", "ian", "ish", "ese", "i"]
            .iter()
            .any(|e| w.len() > 3 && w.ends_with(e));
    !(possessive || demonym)
        || crate::text::is_one_of(
            w,
            &["American", "America's", "U.S.'s", "nation's", "country's"],
        )
}

/// A feast of the Hebrew calendar, from its name lower-cased with single spaces.
fn hebrew_feast(name: &str) -> Option<HebrewFeast> {
    Some(match name {
        "purim" => HebrewFeast::Purim,
        "passover" | "pesach" => HebrewFeast::Passover,
        "rosh hashanah" | "rosh hashana" => HebrewFeast::RoshHashanah,
        "yom kippur" | "day of atonement" => HebrewFeast::YomKippur,
        "sukkot" => HebrewFeast::Sukkot,
        "hanukkah" | "chanukah" => HebrewFeast::Hanukkah,
        _ => return None,
    })
}

/// The Hijri month and day of a feast of the Islamic calendar (day 0: the whole month), from
/// its name lower-cased with single spaces ("eid al-fitr", "eid ul adha").
fn hijri_feast(name: &str) -> Option<(u8, u8)> {
    if name == "ramadan" {
        return Some((9, 0));
    }
    if name == "ashura" {
        return Some((1, 10));
    }
    // ("Idul Fitri": Indonesia's and Malaysia's spelling)
    if name.ends_with("fitr") || name.ends_with("fitri") {
        return Some((10, 1));
    }
    // ("Tabaski": Eid al-Adha in West Africa)
    (name.ends_with("adha") || name == "tabaski").then_some((12, 10))
}

/// The names of Shrove Tuesday, 47 days before Easter.
const SHROVE_TUESDAY: &[&str] = &["shrove tuesday", "fat tuesday", "mardi gras", "pancake day"];

/// A feast counted from Easter ("Good Friday", "Orthodox Easter", "Easter Monday"); not the
/// things that only borrow the word ("Easter eggs").
fn easter_day(name: &str, year: YearRef) -> Option<Underspec> {
    // (Clean Monday, the first day of Orthodox Lent, is an Orthodox feast by its name)
    let orthodox = name.starts_with("orthodox") || name == "clean monday";
    // Shrove Tuesday (Mardi Gras, Fat Tuesday, Pancake Day): the eve of Ash Wednesday
    let shrove = SHROVE_TUESDAY.contains(&name);
    let offset = match name.rsplit(' ').next()? {
        _ if shrove => -47,
        "easter" | "sunday" | "day" | "week" if name.contains("easter") => 0,
        // Trinity Sunday: the Sunday after Pentecost in the West; Pentecost itself in the
        // Orthodox calendar
        "sunday" if name.contains("trinity") => {
            if orthodox {
                49
            } else {
                56
            }
        }
        "sunday" | "pentecost" if name.contains("whit") || name.contains("pentecost") => 49,
        "monday" if name.contains("whit") => 50,
        "monday" if name.contains("clean") => -48,
        "monday" => 1,
        "day" | "thursday" if name.contains("ascension") => 39,
        // Holy (Maundy) Thursday and Holy Saturday, in Holy Week
        "thursday" => -3,
        "saturday" => -1,
        "christi" => 60,
        "friday" => -2,
        "sunday" => -7,
        // Ash Wednesday: 46 days before Easter, the start of Lent
        "wednesday" => -46,
        _ => return None,
    };
    // (names such as "Easter Island", "the Easter Rising" are refused with every feast's,
    // by `NAMED_AFTER_FEAST`; "Easter eggs" by `FEAST_AS_KIND`)
    Some(Underspec::Easter {
        orthodox,
        offset,
        year,
    })
}

/// Interprets one match of [`RE`]; `None` when negative knowledge refuses it.
/// "on the 4th", "by the 20th": a day of a month the text does not name (resolved in the
/// month the narrative is in, else by the tense around the publication date). Only after a
/// preposition of time, with the ordinal's own suffix, and with no noun after it: "the 4th
/// Brigade", "the 16th day of the truce", "the 20th century" are none.
fn nth_day(c: &Captures<'_>, text: &str, span: Span, d: &str) -> Option<Found> {
    let day: u32 = d.parse().ok()?;
    let suffix = g(c, "nthsuf").map_or("", |m| m.as_str());
    let want = match (day % 100, day % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    if !suffix.eq_ignore_ascii_case(want) {
        return None;
    }
    let on = g(c, "nthon").is_some();
    let before = word_before(text, span.start);
    if !on
        && !in_list(
            &[
                "by", "until", "till", "since", "from", "before", "after", "to", "and", "through",
                "between", "or", "on", "for",
            ],
            before,
        )
    {
        return None;
    }
    let rest = text.get(span.end..).unwrap_or("");
    let next = rest.trim_start();
    let next_word: &str = next
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let ends = next.is_empty() || !next.starts_with(|ch: char| ch.is_alphanumeric());
    let function_word = in_list(
        &[
            "and",
            "or",
            "to",
            "through",
            "until",
            "till",
            "at",
            "in",
            "when",
            "after",
            "before",
            "but",
            "as",
            "with",
            "while",
            "by",
            "from",
            "that",
            "which",
            "amid",
            "despite",
            "over",
            "for",
            "following",
            "during",
            "because",
            "under",
        ],
        next_word,
    ) && !next.starts_with(|ch: char| ch.is_uppercase());
    // "A strike on a house in Yater on the 14th killed a woman": a verb after it, not the
    // noun an ordinal counts ("the 14th floor")
    let verb = next.starts_with(|ch: char| ch.is_ascii_lowercase())
        && (next_word.len() > 3 && next_word.ends_with("ed")
            || in_list(
                &[
                    "hit", "struck", "was", "were", "left", "saw", "came", "began", "fell", "took",
                    "will", "would", "is", "are", "has", "had",
                ],
                next_word,
            ));
    if !(ends && !rest.starts_with(['-', '\'', '\u{2019}']) || function_word || verb) {
        return None;
    }
    let cand = Candidate::new(Underspec::Date {
        year: YearRef::Infer,
        month: None,
        day: Some(day),
    });
    Some(Found {
        span,
        cand,
        rule: "nth_day",
    })
}

pub(crate) fn interpret(c: &Captures<'_>, text: &str) -> Option<Found> {
    let whole = c.get(0)?;
    let span = Span::new(whole.start(), whole.end());
    let found = |cand: Candidate, rule: &'static str| Some(Found { span, cand, rule });
    if let Some(m) = g(c, "iso") {
        // (year first with dashes, dots or slashes: "2025-04-04", "2022.12.06", "2022/12/06")
        let mut it = m.as_str().get(..10)?.split(['-', '.', '/']);
        let y: i32 = it.next()?.parse().ok()?;
        let mo: u32 = it.next()?.parse().ok()?;
        let d: u32 = it.next()?.parse().ok()?;
        chrono::NaiveDate::from_ymd_opt(y, mo, d)?;
        let mut cand = Candidate::new(Underspec::Date {
            year: YearRef::Explicit(y),
            month: Some(mo),
            day: Some(d),
        });
        // "2015-04-25 06:11:26 UTC", "2024-03-14T08:30Z": a date and time in one
        let number = |n: &str| g(c, n).and_then(|v| v.as_str().parse::<u32>().ok());
        if let Some(clock) = number("isoh").zip(number("isom")) {
            cand.clock = Some(clock);
            cand.second = number("isos");
            return found(cand, "iso_date_time");
        }
        return found(cand, "iso_date");
    }
    if let Some(m) = g(c, "nd") {
        let s = m.as_str();
        let before = text.as_bytes().get(m.start().wrapping_sub(1)).copied();
        let after = text.as_bytes().get(m.end()).copied();
        if before.is_some_and(|b| b.is_ascii_digit() || b == b'.' || b == b'/' || b == b'-')
            || after.is_some_and(|b| b == b'/' || b == b'-')
            || (after == Some(b'.')
                && text
                    .as_bytes()
                    .get(m.end() + 1)
                    .is_some_and(u8::is_ascii_digit))
        {
            return None;
        }
        // ("22-12-2023 14:10": dashes with a four-digit year, day first unless the day can
        // only be the second number)
        let sep = if s.contains('/') {
            '/'
        } else if s.contains('-') {
            '-'
        } else {
            '.'
        };
        let mut it = s.split(sep);
        let a: u32 = it.next()?.parse().ok()?;
        let b: u32 = it.next()?.parse().ok()?;
        let ytext = it.next()?;
        let y: i32 = if ytext.len() == 2 {
            two_digit_year(ytext)?
        } else {
            ytext.parse().ok()?
        };
        // slashes: US order, unless the first number cannot be a month ("24/02/2022"); one
        // that reads either way is settled in `time::tag_with`, by the text's other slashed
        // dates or the publication date
        let (mo, d) = if sep == '/' && a <= 12 || sep == '-' && a <= 12 && b > 12 {
            (a, b)
        } else {
            (b, a)
        };
        chrono::NaiveDate::from_ymd_opt(y, mo, d)?;
        let mut cand = Candidate::new(Underspec::Date {
            year: YearRef::Explicit(y),
            month: Some(mo),
            day: Some(d),
        });
        cand.either_order = sep == '/' && a <= 12 && b <= 12 && a != b;
        return found(cand, "numeric_date");
    }
    if g(c, "time").is_some() {
        if g(c, "tnoon").is_some() && word_before(text, span.start).eq_ignore_ascii_case("high") {
            return None; // "high noon": an idiom
        }
        if g(c, "tzn").is_some_and(|z| {
            !z.as_str().split_whitespace().all(capitalised) && !lower_eq(z.as_str(), "local")
        }) {
            // "at 6 p.m. this time"; "6 p.m. Moscow time", "10 a.m. New York time", "local
            // time" are zones
            return None;
        }
        if g(c, "tz3").is_some_and(|z| z.as_str().eq_ignore_ascii_case("hours"))
            && !in_list(CLOCK_HOURS_LEFT, word_before(text, span.start))
        {
            return None; // "1200 hours of footage": a count, not "at 1200 hours"
        }
        return time(c, text, span);
    }
    if g(c, "md").is_some() {
        return month_date(c, text, span);
    }
    if g(c, "yago").is_some() {
        let mut span = span;
        if g(c, "yasuf").is_none() {
            if let Some(t) = g(c, "yathe") {
                span.start = t.end();
            }
        }
        // "the year-earlier nine months": TimeBank's duration, as for "the first nine months"
        if let Some(m) = g(c, "yamon") {
            let n = match m.as_str().to_ascii_lowercase().as_str() {
                "three" => 3,
                "six" => 6,
                _ => 9,
            };
            let cand = Candidate::new(Underspec::Duration {
                amount: Amount::Num(n),
                unit: Unit::Month,
                window: 0,
            });
            return Some(Found {
                span,
                cand,
                rule: "duration",
            });
        }
        // "the year-ago third quarter": that quarter of the year before
        let spec = match g(c, "yaq").and_then(|q| lexicon::ordinal(q.as_str())) {
            Some(q) => Underspec::Quarter {
                quarter: u8::try_from(q).ok()?,
                year: YearRef::FromDct(-1),
            },
            None => Underspec::FromDct {
                unit: Unit::Year,
                n: -1,
            },
        };
        return Some(Found {
            span,
            cand: Candidate::new(spec),
            rule: "ago_later",
        });
    }
    if let Some(h) = g(c, "holn") {
        let name = h.as_str().to_ascii_lowercase();
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let lunar =
            name.starts_with("lunar") || name.starts_with("chinese") || name == "spring festival";
        // "the Lunar New Year", "the Spring Festival" keep their article; "the Good Friday
        // procession" gives it to the noun after the feast
        // ("the Day of Atonement", "the feast of the Immaculate Conception" keep it too: a name
        // that is a phrase)
        let phrase = name.starts_with("day of") || name.starts_with("feast of");
        let span = if g(c, "holrel").is_none() && !lunar && !phrase {
            Span::new(h.start(), span.end)
        } else {
            span
        };
        let found = |cand: Candidate, rule: &'static str| Some(Found { span, cand, rule });
        // "last Thanksgiving": the last one before the DCT's month; "next Christmas"
        let year = match (g(c, "holy"), g(c, "holrel")) {
            (Some(y), _) => YearRef::Explicit(y.as_str().parse().ok()?),
            (None, Some(r)) if lower_eq(r.as_str(), "last") => YearRef::Before,
            (None, Some(r)) if lower_eq(r.as_str(), "next") => YearRef::After,
            (None, Some(_)) => YearRef::FromDct(0),
            (None, None) => owner_year(text, h.start()),
        };
        // ("the feast of the Immaculate Conception": the feast's own name is capitalised)
        let own_name = if name.starts_with("feast of") {
            h.as_str().rsplit(char::is_whitespace).next().unwrap_or("")
        } else {
            h.as_str()
        };
        if !capitalised(own_name) {
            return None;
        }
        // "the Good Friday Agreement", "the Christmas Island detention centre", "the Yom
        // Kippur War": a feast's name inside another name, no date
        if feast_inside_name(text, span.end) {
            return None;
        }
        if name.starts_with("new year")
            && in_list(
                &["vietnamese", "korean", "persian", "jewish", "islamic"],
                word_before(text, h.start()),
            )
        {
            return None; // "the Persian New Year": another calendar's new year
        }
        if lunar {
            // "Lunar New Year", "Chinese New Year", "the Spring Festival"; "... New Year's Eve"
            // the day before
            let offset = if name.ends_with("eve") { -1 } else { 0 };
            return found(
                Candidate::new(Underspec::LunarNewYear { offset, year }),
                "holiday",
            );
        }
        if name == "black friday" && !near_any(text, h.start(), SHOPPING) {
            return None; // "the Black Friday massacre": a name, no date
        }
        if name == "election day" && !american_before(text, h.start()) {
            return None; // "Kenya's Election Day"
        }
        // "Labour Day": 1 May the world over, the first Monday of September in Canada (and as
        // "Labor Day" in the United States)
        if name == "labour day"
            && !crate::places::countries_in(text.get(..h.start()).unwrap_or("")).contains(&"CA")
        {
            let cand = Candidate::new(Underspec::Date {
                year,
                month: Some(5),
                day: Some(1),
            });
            return found(cand, "holiday");
        }
        if name == "independence day" {
            // "Pakistan's Independence Day", "the country's 62nd Independence Day"
            let (month, day) = independence_day(independence_country(text, h.start())?)?;
            let cand = Candidate::new(Underspec::Date {
                year,
                month: Some(month),
                day: Some(day),
            });
            return found(cand, "holiday");
        }
        if name.contains("easter")
            || matches!(
                name.as_str(),
                "good friday"
                    | "ash wednesday"
                    | "holy thursday"
                    | "maundy thursday"
                    | "holy saturday"
                    | "whit monday"
                    | "clean monday"
                    | "pentecost"
                    | "ascension day"
                    | "ascension thursday"
                    | "corpus christi"
            )
            || SHROVE_TUESDAY.contains(&name.as_str())
            || name.ends_with("sunday")
        {
            // ("Trinity Sunday, one of the main feasts of the Orthodox calendar")
            let orthodox_near = (name.contains("trinity") || name.contains("pentecost"))
                && !name.starts_with("orthodox")
                && near_any(text, h.start(), &["orthodox"]);
            let name = if orthodox_near {
                format!("orthodox {name}")
            } else {
                name
            };
            let mut cand = Candidate::new(easter_day(&name, year)?);
            // "Easter week": the week that ends on Easter Sunday
            cand.week_of = name.ends_with("week");
            return found(cand, "holiday");
        }
        if matches!(name.as_str(), "diwali" | "deepavali" | "dhanteras") {
            let offset = if name == "dhanteras" { -2 } else { 0 };
            let cand = Candidate::new(Underspec::Diwali { offset, year });
            return found(cand, "holiday");
        }
        if let Some(feast) = hebrew_feast(&name) {
            return found(Candidate::new(Underspec::Hebrew { feast, year }), "holiday");
        }
        if let Some((month, day)) = hijri_feast(&name) {
            let cand = Candidate::new(Underspec::Hijri { month, day, year });
            return found(cand, "holiday");
        }
        let fixed = FIXED_HOLIDAYS
            .iter()
            .find(|(names, _, _)| names.contains(&name.as_str()));
        let spec = match fixed {
            Some(&(_, month, day)) => Underspec::Date {
                year,
                month: Some(month),
                day: Some(day),
            },
            None => {
                let &(_, month, day, nth, after) =
                    WEEKDAY_HOLIDAYS.iter().find(|h| h.0 == name.as_str())?;
                Underspec::NthWeekday {
                    month,
                    day,
                    nth,
                    after,
                    year,
                }
            }
        };
        return found(Candidate::new(spec), "holiday");
    }
    if g(c, "fy").is_some() {
        let n = match g(c, "fyadj").map(|a| a.as_str().to_ascii_lowercase()) {
            // "the latest fiscal year": the last one completed, like "the latest quarter"
            Some(a) if a == "last" || a == "previous" || a == "past" || a == "latest" => -1,
            Some(a) if a == "next" || a == "coming" => 1,
            _ => 0,
        };
        if g(c, "fyadj").is_none()
            && matches!(
                word_after(text, span.end)
                    .to_ascii_lowercase_fixed()
                    .as_str(),
                "ended" | "ending" | "ends"
            )
        {
            // "the fiscal year ended Jan. 31": a twelve-month period
            return found(
                Candidate::new(Underspec::Duration {
                    amount: Amount::Num(1),
                    unit: Unit::Year,
                    window: 0,
                }),
                "fiscal_year",
            );
        }
        return found(
            Candidate::new(Underspec::FromDct {
                unit: Unit::Year,
                n,
            }),
            "fiscal_year",
        );
    }
    if let Some(sp) = g(c, "spoken") {
        let text_sp = sp.as_str();
        let y = match text_sp.to_ascii_lowercase().find("nineteen") {
            Some(i) => year_number(text_sp.get(i..)?)?,
            None => 2000, // "the year two thousand"
        };
        return found(
            Candidate::new(Underspec::Date {
                year: YearRef::Explicit(y),
                month: None,
                day: None,
            }),
            "year_words",
        );
    }
    if g(c, "qbare").is_some() {
        // "in the quarter-final": a round of a cup, no time
        if starts_with_ci(text.get(span.end..).unwrap_or(""), "-final") {
            return None;
        }
        if g(c, "qword").is_some_and(|w| w.as_str().eq_ignore_ascii_case("period"))
            && g(c, "qadj").is_none()
            && g(c, "qago").is_none()
            && g(c, "qly").is_none()
            && g(c, "qyr").is_none()
        {
            return None;
        }
        if let Some(y) = g(c, "qyr") {
            // "the 1988 quarter": the reported quarter (the last one completed) of that year;
            // "the 1988 period" may be any span of it: the phrase is that year's
            if !g(c, "qword").is_some_and(|w| w.as_str().eq_ignore_ascii_case("quarter")) {
                let cand = Candidate::new(Underspec::Date {
                    year: YearRef::Explicit(y.as_str().parse().ok()?),
                    month: None,
                    day: None,
                });
                return found(cand, "period_of_year");
            }
            let cand = Candidate::new(Underspec::Quarter {
                quarter: 0,
                year: YearRef::Explicit(y.as_str().parse().ok()?),
            });
            return found(cand, "quarter_reported");
        }
        let n = match g(c, "qadj").map(|a| a.as_str().to_ascii_lowercase()) {
            // "the quarter a year ago": the reported quarter of the year before
            // "the corresponding period last year", "last year's quarter": likewise
            _ if g(c, "qago").is_some() || g(c, "qly").is_some() => -5,
            Some(a) if a == "current" => 0,
            Some(a)
                if a.starts_with("year")
                    || a == "comparable"
                    || a == "corresponding"
                    || a == "same" =>
            {
                -5
            }
            _ => -1,
        };
        let cand = Candidate::new(Underspec::FromDct {
            unit: Unit::Quarter,
            n,
        });
        return found(cand, "quarter_reported");
    }
    if g(c, "qtr").is_some() {
        return quarter(c, text, span);
    }
    if g(c, "wd").is_some() {
        return weekday(c, text, span);
    }
    if g(c, "deic").is_some() {
        return deictic(c, text, span);
    }
    if let Some(e) = g(c, "eunit") {
        let unit = lexicon::unit(e.as_str())?;
        let mut cand = Candidate::new(Underspec::FromDct { unit, n: 0 });
        cand.modifier = g(c, "epre").and_then(|p| pre_mod(p.as_str()));
        return found(cand, "part_of_period");
    }
    if let Some(d) = g(c, "nthd") {
        return nth_day(c, text, span, d.as_str());
    }
    if g(c, "wkend").is_some() {
        // (the weekend ahead of one's week is its own: "ahead of the weekend's match")
        let shift = match crate::text::possessive_at(text, span.end)
            .then(|| possessive_shift(text, span.start))
        {
            Some(Shift::Next) => Shift::Closest,
            Some(s) => s,
            None => Shift::Bare,
        };
        let cand = Candidate::new(Underspec::Weekend { shift });
        return found(cand, "weekend");
    }
    if g(c, "rel").is_some() {
        let unit_cap = g(c, "runit").is_some_and(|u| capitalised(u.as_str()));
        let after = text.get(span.end..).unwrap_or("");
        if unit_cap || after.starts_with("-old") {
            return None; // "This Week" (a programme), "this 6-year-old" (an age)
        }
        // "the ceasefire will last 30 days": the verb, and what follows a duration
        let verb_last = g(c, "rdet").is_some_and(|d| d.as_str().eq_ignore_ascii_case("last"))
            && in_list(
                &[
                    "will", "would", "could", "may", "might", "can", "should", "must", "to", "not",
                    "'ll", "did", "does", "do",
                ],
                word_before(text, span.start),
            );
        if verb_last {
            // ... "the battle could last months": the length the verb gives
            let plural = g(c, "runit").filter(|u| {
                g(c, "rnum").is_none()
                    && u.as_str().ends_with(['s', 'S'])
                    && !u.as_str().contains(' ')
            })?;
            let cand = Candidate::new(Underspec::Duration {
                amount: Amount::Some,
                unit: lexicon::unit(plural.as_str())?,
                window: 0,
            });
            return Some(Found {
                span: Span::new(plural.start(), plural.end()),
                cand,
                rule: "duration_plural",
            });
        }
        return relative(c, span);
    }
    if g(c, "ago").is_some() {
        return ago(c, span);
    }
    if g(c, "dur").is_some() {
        return duration(c, text, span);
    }
    // ("after months of talks", "amid weeks of protests": the span of what follows "of")
    if let Some(w) = g(c, "durplw")
        .or_else(|| g(c, "durplo"))
        .or_else(|| g(c, "durpla"))
    {
        if capitalised(w.as_str()) && w.start() > 0 {
            return None; // "in Weeks Hall": a name
        }
        // "hours after Hezbollah fired", "Days before the vote": the gap between two events;
        // not a noun's plural ("working hours before the strike", "the days before the vote",
        // "500 trucks a day before"; an amount before it is read by the amount's rule)
        if g(c, "durpla").is_some()
            && (crate::text::is_one_of(word_before(text, w.start()), PLURAL_NOT_A_GAP)
                || count_before(text, w.start()))
        {
            return None;
        }
        // "when weeks of demonstrations forced", "months of twists and turns": a span, as
        // after "after" or "amid"; not a noun's plural ("the last days of the war", "the
        // days of the week", "years of age"), nor the second of two ("within weeks or months
        // of his capture")
        if g(c, "durplo").is_some() && w.start() == span.start {
            let before = word_before(text, w.start());
            let rest = text.get(span.end..).unwrap_or("").trim_start();
            let of_what = ["the week", "the year", "the month", "age"]
                .iter()
                .any(|x| starts_with_ci(rest, x));
            if crate::text::is_one_of(before, PLURAL_NOT_A_GAP)
                || crate::text::is_one_of(
                    before,
                    &[
                        "the", "those", "these", "his", "her", "their", "its", "our", "or", "and",
                    ],
                )
                || count_before(text, w.start())
                || of_what
            {
                return None;
            }
        }
        let unit = lexicon::unit(w.as_str())?;
        let cand = Candidate::new(Underspec::Duration {
            amount: Amount::Some,
            unit,
            window: 0,
        });
        return Some(Found {
            span: Span::new(w.start(), w.end()),
            cand,
            rule: "duration_plural",
        });
    }
    if g(c, "sea").is_some() {
        return season(c, text, span);
    }
    if let Some(v) = g(c, "decwv") {
        // "the nineties": the decade of the 1900s
        let tens = match v.as_str().to_ascii_lowercase_fixed().as_str() {
            "twenties" => 2,
            "thirties" => 3,
            "forties" => 4,
            "fifties" => 5,
            "sixties" => 6,
            "seventies" => 7,
            "eighties" => 8,
            _ => 9,
        };
        let mut cand = Candidate::new(Underspec::Decade(190 + tens));
        cand.modifier = g(c, "decwpre").and_then(|p| pre_mod(p.as_str()));
        return found(cand, "decade");
    }
    if g(c, "yend").is_some() {
        // "by year-end", "by year's end": the end of the DCT's year ("since year-end": the
        // last one); not the adjective ("year-end results")
        let after = word_after(text, span.end);
        if text.as_bytes().get(span.end) == Some(&b' ')
            && after.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
            && !matches!(
                after,
                "in" | "at" | "of" | "and" | "or" | "to" | "for" | "when" | "as" | "but" | "with"
            )
        {
            return None;
        }
        let n = if word_before(text, span.start).eq_ignore_ascii_case("since") {
            -1
        } else {
            0
        };
        let mut cand = Candidate::new(Underspec::FromDct {
            unit: Unit::Year,
            n,
        });
        cand.modifier = Some(TimexMod::End);
        return found(cand, "part_of_period");
    }
    if let Some(u) = g(c, "nmu").or_else(|| g(c, "nmiu")) {
        // Anaphoric, from the narrative's date: "Earlier in the day, ..." (TimeBank's extent is
        // "the day"), "The day before, a drone hit a school", "the night after." Not "the day
        // before the attack" (told from that event) nor a bare "the day"; "the year before" is
        // mostly a comparison of figures ("up from $450 million the year before").
        let n = match g(c, "nmba") {
            Some(b) => {
                if !stop_after(text, span.end) {
                    return None;
                }
                if b.as_str().eq_ignore_ascii_case("before") {
                    -1
                } else {
                    1
                }
            }
            None => 0,
        };
        let night = u.as_str().eq_ignore_ascii_case("night");
        let unit = if night {
            Unit::Day
        } else {
            lexicon::unit(u.as_str())?
        };
        // "earlier in the year" is this year (of the paper's day), as "earlier this year"
        let spec = if g(c, "nmiu").is_some() && unit != Unit::Day {
            Underspec::FromDct { unit, n }
        } else {
            Underspec::FromAnchor { unit, n }
        };
        let mut cand = Candidate::new(spec);
        if night {
            cand.part = Some(DayPart::Night);
        }
        let start = g(c, "nmin").map_or(span.start, |p| p.end());
        return Some(Found {
            span: Span::new(start, span.end),
            cand,
            rule: "relative",
        });
    }
    if let Some(p) = g(c, "nmthatp") {
        // "called Putin on Tuesday and that evening asked for help": that part of the day
        // the narrative is on
        let mut cand = Candidate::new(Underspec::FromAnchor {
            unit: Unit::Day,
            n: 0,
        });
        cand.part = lexicon::day_part(p.as_str());
        return found(cand, "relative");
    }
    if let Some(d) = g(c, "nmdir") {
        // "the next morning": that part of the day after the narrative's, as "Friday
        // morning" and "that evening" are read (TIME, `TMO`)
        let n = if d.as_str().eq_ignore_ascii_case("previous") {
            -1
        } else {
            1
        };
        let mut cand = Candidate::new(Underspec::FromAnchor { unit: Unit::Day, n });
        cand.part = g(c, "nmdirp").and_then(|p| lexicon::day_part(p.as_str()));
        return found(cand, "relative");
    }
    if let Some(v) = g(c, "decv") {
        if matches!(
            word_before(text, span.start)
                .to_ascii_lowercase_fixed()
                .as_str(),
            "his" | "her" | "their" | "my" | "our" | "your"
        ) {
            return None; // "in his 30s": an age
        }
        let digits: String = v.as_str().chars().filter(char::is_ascii_digit).collect();
        let d: i32 = digits.parse().ok()?;
        // "temperatures are forecast to reach the mid-90s": degrees, not years
        let plain_two = digits.len() == 2 && v.as_str().starts_with(|c: char| c.is_ascii_digit());
        let lead = text.get(..span.start).unwrap_or("");
        let lead = lead.get(lead.len().saturating_sub(80)..).unwrap_or("");
        if plain_two
            && [
                "temperature",
                "degrees",
                "highs",
                "lows",
                "heat",
                "fahrenheit",
            ]
            .iter()
            .any(|w| crate::text::find_ci(lead, w).is_some())
        {
            return None;
        }
        let decade = if digits.len() == 2 {
            if d >= 30 { 190 + d / 10 } else { 200 + d / 10 }
        } else if digits.len() == 4 {
            d / 10
        } else {
            return None;
        };
        let mut cand = Candidate::new(Underspec::Decade(decade));
        cand.modifier = g(c, "decpre").and_then(|p| pre_mod(p.as_str()));
        return found(cand, "decade");
    }
    if let Some(v) = g(c, "cv") {
        let n = lexicon::ordinal(v.as_str()).or_else(|| day_number(v.as_str()))?;
        let n = i32::try_from(n).ok()?;
        let mut cand = Candidate::new(Underspec::Century(n - 1));
        cand.modifier = g(c, "cpre").and_then(|p| pre_mod(p.as_str()));
        return found(cand, "century");
    }
    if g(c, "year").is_some() {
        return year(c, text, span);
    }
    if let Some(cur) = g(c, "vcur") {
        // "current" before a noun ("current market conditions", "its current position") is
        // PRESENT_REF as TimeBank annotates it ("the then current price": PAST_REF); not
        // before a unit ("the current quarter" is read elsewhere) nor as a noun ("the current
        // of the river" has no noun after it).
        let next = word_after(text, cur.end());
        let next_ok = next.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
            && lexicon::unit(next).is_none()
            && !matches!(
                next,
                "fiscal" | "period" | "account" | "accounts" | "affairs" | "of"
            );
        if !next_ok || capitalised(cur.as_str()) {
            return None;
        }
        let vague = if word_before(text, cur.start()).eq_ignore_ascii_case("then") {
            Vague::Past
        } else {
            Vague::Present
        };
        return found(Candidate::new(Underspec::Vague(vague)), "vague");
    }
    if let Some(v) = g(c, "vag") {
        let l = super::lexicon::ascii_lower(v.as_str());
        let l = l.as_str();
        let vague = if l.contains("future") || l.contains("term") {
            Vague::Future
        } else if l.contains("past") || l.starts_with("recent") || l == "lately" {
            Vague::Past
        } else {
            Vague::Present
        };
        // "right now" is one expression, as TimeBank marks it
        let right = word_before(text, v.start());
        if l == "now" && right.eq_ignore_ascii_case("right") {
            return Some(Found {
                span: Span::new(crate::text::offset_in(text, right), span.end),
                cand: Candidate::new(Underspec::Vague(vague)),
                rule: "vague",
            });
        }
        return found(Candidate::new(Underspec::Vague(vague)), "vague");
    }
    if g(c, "set").is_some() {
        return set(c, text, span);
    }
    if g(c, "tynew").is_some() {
        // "into the new year": the year about to begin, or begun
        let cand = Candidate::new(Underspec::Date {
            year: YearRef::After,
            month: None,
            day: None,
        });
        return found(cand, "the_year");
    }
    if g(c, "theyr").is_some() {
        return the_year(text, span);
    }
    if g(c, "pod").is_some() {
        return part_of_day(c, text, span);
    }
    if let Some(d) = g(c, "dayco") {
        return second_day(c, text, d.start());
    }
    if let Some(d) = g(c, "dfn") {
        return first_day(text, d, span.end);
    }
    if let Some(u) = g(c, "alunit") {
        // "a day-long meeting", "a decades-long battle": the length of what it describes
        let w = u.as_str();
        let unit = lexicon::unit(w)?;
        let plural = w.ends_with(['s', 'S']) || w.eq_ignore_ascii_case("centuries");
        let amount = if plural { Amount::Some } else { Amount::Num(1) };
        let cand = Candidate::new(Underspec::Duration {
            amount,
            unit,
            window: 0,
        });
        return found(cand, "long_adjective");
    }
    None
}

/// The second day of "April 24 and 25", "March 3 to 5", "Jan. 6-8": a date of its own in the
/// month of the first (`from` is where the connector starts). Only a later day of the month
/// followed by punctuation or a preposition counts: "on Jan. 6 and 7 soldiers died" is a count.
fn second_day(c: &Captures<'_>, text: &str, from: usize) -> Option<Found> {
    let d = g(c, "dayn")?;
    let day2: u32 = d.as_str().parse().ok()?;
    let before = text.get(..from)?.trim_end();
    let day1_text = before
        .rsplit(|ch: char| !ch.is_ascii_digit())
        .next()
        .filter(|w| !w.is_empty())?;
    let day1: u32 = day1_text.parse().ok()?;
    let month_text = before
        .get(..before.len() - day1_text.len())?
        .trim_end()
        .rsplit(|ch: char| ch.is_whitespace())
        .next()?;
    let month = lexicon::month(month_text.trim_end_matches('.'))?;
    if !capitalised(month_text) || day2 <= day1 || day2 > 31 {
        return None;
    }
    let next = word_after(text, d.end());
    let after_ok = text
        .get(d.end()..)
        .and_then(|r| r.chars().next())
        .is_none_or(|ch| ch.is_ascii_punctuation() && ch != '-' && ch != '%')
        || in_list(&["in", "at", "on", "when", "for", "with", "as"], next)
        || verb_with_object(text, d.end());
    if !after_ok {
        return None;
    }
    let cand = Candidate::new(Underspec::Date {
        year: YearRef::Infer,
        month: Some(month),
        day: Some(day2),
    });
    Some(Found {
        span: Span::new(d.start(), d.end()),
        cand,
        rule: "second_day",
    })
}

/// True when a past verb with a count or determiner for object follows byte `end`: "on
/// April 3 and 4 left 12 dead", "April 3-4 killed five" (a count itself would be the verb's
/// subject: "on Jan. 6 and 7 soldiers died", "3 and 4 killed in raids").
fn verb_with_object(text: &str, end: usize) -> bool {
    let verb = word_after(text, end);
    let at = crate::text::offset_in(text, verb) + verb.len();
    let rest = text.get(at..).unwrap_or("").trim_start();
    let object = word_after(rest, 0);
    in_list(
        &[
            "left",
            "killed",
            "wounded",
            "injured",
            "saw",
            "brought",
            "claimed",
            "displaced",
        ],
        verb,
    ) && (parse_number(rest).is_some()
        || in_list(
            &[
                "at", "more", "the", "a", "an", "dozens", "scores", "hundreds", "some", "about",
                "nearly", "over", "several",
            ],
            object,
        ))
}

/// The first day of "4-5 March", "4 and 5 March 2024", "from 2 to 4 March": a date of its own
/// in the month (and year) written after the second day (`rest` is where that day starts).
/// Only a later day followed by a capitalised month counts: "2 to 4 people", "3-1 in March"
/// are no dates.
fn first_day(text: &str, d: Group<'_>, rest: usize) -> Option<Found> {
    let day1: u32 = d.as_str().parse().ok()?;
    let after = text.get(rest..)?;
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    let day2: u32 = after.get(..digits)?.parse().ok()?;
    let tail = after.get(digits..)?;
    let tail = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| tail.strip_prefix(s))
        .unwrap_or(tail);
    let month_text = word_after(tail, 0);
    let month = lexicon::month(month_text.trim_end_matches('.'))?;
    if !tail.starts_with(char::is_whitespace)
        || !capitalised(month_text)
        || day2 <= day1
        || day2 > 31
    {
        return None;
    }
    // "4-5 March 2024": the year written after the month is the first day's too
    let after_month = tail
        .trim_start()
        .get(month_text.len()..)
        .map(|t| t.trim_start_matches(['.', ',']).trim_start())
        .unwrap_or_default();
    let year = after_month
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
        .filter(|_| {
            !after_month
                .as_bytes()
                .get(4)
                .is_some_and(u8::is_ascii_alphanumeric)
        })
        .and_then(|y| y.parse().ok())
        .map_or(YearRef::Infer, YearRef::Explicit);
    let cand = Candidate::new(Underspec::Date {
        year,
        month: Some(month),
        day: Some(day1),
    });
    Some(Found {
        span: Span::new(d.start(), d.end()),
        cand,
        rule: "first_day",
    })
}

/// The shift of "the day before" (-1) / "the day after" (+1) a named day.
fn day_shift(w: Option<Group<'_>>) -> i8 {
    match w.map(|w| w.as_str().to_ascii_lowercase()) {
        Some(w) if w == "before" => -1,
        Some(_) => 1,
        None => 0,
    }
}

/// A part of the day without a weekday: "4 in the morning" (a clock time), "mid-afternoon
/// yesterday", "by mid afternoon", "in the morning". Without a day named it is on the day
/// the narrative is on (the DCT when none), as a bare clock time is.
fn part_of_day(c: &Captures<'_>, text: &str, span: Span) -> Option<Found> {
    let here = Underspec::FromAnchor {
        unit: Unit::Day,
        n: 0,
    };
    let mut cand;
    if let Some(h) = g(c, "podh") {
        // "4 in the morning", "six in the evening"
        let h = parse_number(h.as_str())
            .filter(|&(_, len)| len == h.len())
            .and_then(|(n, _)| u32::try_from(n).ok())?;
        if !(1..=12).contains(&h) {
            return None;
        }
        let morning = g(c, "podhp")?.as_str().eq_ignore_ascii_case("morning");
        let h = match (morning, h) {
            (true, 12) => 0,
            (false, h) if h < 12 => h + 12,
            (_, h) => h,
        };
        cand = Candidate::new(here);
        cand.clock = Some((h, 0));
    } else if let Some(p) = g(c, "podp") {
        let rest = text.get(span.end..).unwrap_or("");
        if g(c, "podd").is_none()
            && (starts_with_ci(rest, " hours of ") || starts_with_ci(rest, " of "))
        {
            return None; // "in the early morning hours of Saturday": the day named says it
        }
        let day = g(c, "podd").map(|d| d.as_str().to_ascii_lowercase());
        let spec = match day.as_deref() {
            Some("yesterday") => Underspec::FromDct {
                unit: Unit::Day,
                n: -1,
            },
            Some("tomorrow") => Underspec::FromDct {
                unit: Unit::Day,
                n: 1,
            },
            Some(_) => Underspec::FromDct {
                unit: Unit::Day,
                n: 0,
            },
            None => here,
        };
        cand = Candidate::new(spec);
        cand.part = lexicon::day_part(p.as_str());
        cand.modifier = g(c, "podpre").and_then(|p| pre_mod(p.as_str()));
    } else if let Some(p) = g(c, "podw") {
        // "since dawn", "before daybreak", "at dusk": after a preposition, on the narrative's
        // day; not "at dawn on Friday" nor "the dawn of" (the day is named, or no time)
        let before = word_before(text, span.start);
        let after = word_after(text, span.end);
        const PREPOSITIONS: &[&str] = &[
            "at", "before", "since", "after", "until", "till", "by", "from",
        ];
        if !crate::text::is_one_of(before, PREPOSITIONS)
            || crate::text::is_one_of(after, &["on", "of"])
        {
            return None;
        }
        let early = crate::text::is_one_of(p.as_str(), &["dawn", "daybreak"]);
        cand = Candidate::new(here);
        cand.part = Some(if early {
            lexicon::DayPart::Morning
        } else {
            lexicon::DayPart::Evening
        });
    } else {
        // "in the morning"; not "the morning of March 3" (the date says the day) nor a
        // name or a subject ("the morning was quiet")
        let p = g(c, "podt")?;
        // ("in the afternoon", "by the afternoon", "through the evening": the narrative's
        // day; "the morning papers", "the evening of May 8" are not)
        if !crate::text::is_one_of(
            word_before(text, span.start),
            &[
                "in",
                "by",
                "through",
                "throughout",
                "during",
                "until",
                "till",
                "into",
            ],
        ) || word_after(text, span.end).eq_ignore_ascii_case("of")
        {
            return None;
        }
        cand = Candidate::new(here);
        cand.part = lexicon::day_part(p.as_str());
    }
    cand.force_type = Some(TimexType::Time);
    Some(Found {
        span,
        cand,
        rule: "part_of_day",
    })
}

/// "the year", "the full year": the DCT's year, as company reports and news mean it ("a high
/// for the year", "sales for the full year"); "the year ended March 31" is a twelve-month
/// period (TimeML: DURATION `P1Y`); "the year before", "the year-end" are not this.
fn the_year(text: &str, span: Span) -> Option<Found> {
    let next_byte = text.as_bytes().get(span.end).copied();
    if matches!(next_byte, Some(b'-' | b'/')) {
        return None;
    }
    let after = word_after(text, span.end).to_ascii_lowercase_fixed();
    // "a high for the year of $42.875": an amount, not "the year of the flood"
    let of_amount = after.as_str() == "of"
        && text
            .get(span.end..)
            .map(str::trim_start)
            .and_then(|r| r.get(2..))
            .map(str::trim_start)
            .is_some_and(|r| {
                r.starts_with(['$', '#']) || r.starts_with(|c: char| c.is_ascii_digit())
            });
    let spec = match after.as_str() {
        _ if of_amount => Underspec::FromDct {
            unit: Unit::Year,
            n: 0,
        },
        "ended" | "ending" | "ends" | "to" => Underspec::Duration {
            amount: Amount::Num(1),
            unit: Unit::Year,
            window: 0,
        },
        "before" | "after" | "earlier" | "later" | "of" | "when" | "that" | "which" | "since"
        | "following" | "prior" | "preceding" => {
            return None;
        }
        _ => Underspec::FromDct {
            unit: Unit::Year,
            n: 0,
        },
    };
    Some(Found {
        span,
        cand: Candidate::new(spec),
        rule: "the_year",
    })
}

/// True when "after" or "since" stands right before a midnight at `start` ("shortly after
/// midnight on Tuesday", "since midnight"): the start of its day, not its end.
pub(crate) fn after_midnight(text: &str, start: usize) -> bool {
    crate::text::is_one_of(word_before(text, start), &["after", "since"])
}

/// The zones read in any case; the others of `%ZONE%` only in capitals.
const ZONES_ANY_CASE: &[&str] = &[
    "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "cest", "eet", "eest",
    "msk",
];

/// True when a zone's abbreviation stands as a zone: one of [`ZONES_ANY_CASE`], or in capitals
/// ("9.05am EAT"; "at 8pm eat dinner" has none).
fn zone_written(z: &str) -> bool {
    in_list(ZONES_ANY_CASE, z) || z.bytes().all(|b| b.is_ascii_uppercase())
}

fn time(c: &Captures<'_>, text: &str, span: Span) -> Option<Found> {
    // ("1800 CET", not "1800 west of the river")
    let counted = |z: &str| {
        in_list(&["hrs", "hours"], z) || z.get(..5).is_some_and(|l| l.eq_ignore_ascii_case("local"))
    };
    if [g(c, "tz4"), g(c, "tz3")]
        .into_iter()
        .flatten()
        .any(|z| !zone_written(z.as_str()) && !counted(z.as_str()))
    {
        return None;
    }
    // "8pm Wednesday Paris time": the zone's words start with the day
    let zone_day = g(c, "tzn").and_then(|z| {
        let first = z.as_str().split_whitespace().next()?;
        lexicon::weekday(first).map(|w| (w, z.start() + first.len()))
    });
    let day_named = zone_day.is_some()
        || ["twd", "tdeic", "tmon", "tmon2"]
            .iter()
            .any(|n| g(c, n).is_some());
    let (h, m) = if let Some(h) = g(c, "th") {
        let mut h: u32 = h.as_str().parse().ok()?;
        let m: u32 = g(c, "tm").map_or(Some(0), |m| m.as_str().parse().ok())?;
        let ap = g(c, "tap")?.as_str().to_ascii_lowercase();
        if !(1..=12).contains(&h) || m > 59 {
            return None;
        }
        if ap.starts_with('p') && h < 12 {
            h += 12;
        } else if ap.starts_with('a') && h == 12 {
            h = 0;
        }
        (h, m)
    } else if let Some(h) = g(c, "th5") {
        // "ten o'clock": the hour as written, of the evening with a night or an evening
        // named after it ("about nine o'clock last night", "eight o'clock tonight")
        let h = h.as_str();
        let h = h
            .parse::<u32>()
            .ok()
            .or_else(|| parse_number(h).and_then(|(n, _)| u32::try_from(n).ok()))
            .filter(|h| (1..=12).contains(h))?;
        let evening = g(c, "tdeic").is_some_and(|d| {
            let d = d.as_str().to_ascii_lowercase();
            ["night", "evening", "afternoon"]
                .iter()
                .any(|p| d.ends_with(p))
        });
        (if evening && h < 12 { h + 12 } else { h }, 0)
    } else if let Some((h, m)) = g(c, "th2")
        .zip(g(c, "tm2"))
        .or_else(|| g(c, "th3").zip(g(c, "tm3")))
        .or_else(|| g(c, "th4").zip(g(c, "tm4")))
        // ("18h05": the French way)
        .or_else(|| g(c, "th6").zip(g(c, "tm6")))
    {
        let h: u32 = h.as_str().parse().ok()?;
        let m: u32 = m.as_str().parse().ok()?;
        if h > 23 || m > 59 {
            return None;
        }
        (h, m)
    } else if g(c, "tnoon")?.as_str().eq_ignore_ascii_case("midnight") {
        // "shortly after midnight Tuesday" is the start of that Tuesday, and so is a bare
        // "since midnight" or "after midnight" after a past participle the start of the
        // narrative's day ("cancelled all trades executed after midnight"; "services will run
        // after midnight" is the night's end); "midnight Tuesday", "past midnight" its end (a
        // day named after an "on" is read in `time::tag_with`, with the same test)
        let past_after = || {
            let prep = word_before(text, span.start);
            prep.eq_ignore_ascii_case("since")
                || second_word_before(text, span.start).ends_with("ed")
        };
        if after_midnight(text, span.start) && (day_named || past_after()) {
            (0, 0)
        } else {
            (24, 0)
        }
    } else {
        (12, 0)
    };
    let on_date = g(c, "tmon")
        .or_else(|| g(c, "tmon2"))
        .and_then(|m| lexicon::month(m.as_str()))
        .zip(
            g(c, "tday")
                .or_else(|| g(c, "tday2"))
                .and_then(|d| day_number(d.as_str())),
        );
    let spec = if let Some((month, day)) = on_date {
        Underspec::Date {
            year: match g(c, "tyear") {
                Some(y) => YearRef::Explicit(y.as_str().parse().ok()?),
                None => YearRef::Infer,
            },
            month: Some(month),
            day: Some(day),
        }
    } else if let Some(w) = g(c, "twd")
        .and_then(|w| lexicon::weekday(w.as_str()))
        .or(zone_day.map(|(w, _)| w))
    {
        // ("at 6:00 a.m. this Friday": the weekday of the publication date's week)
        let shift = if g(c, "twthis").is_some() {
            Shift::InWeek(0)
        } else {
            Shift::Bare
        };
        Underspec::Weekday { day: w, shift }
    } else if let Some(d) = g(c, "tdeic").map(|d| d.as_str().to_ascii_lowercase_fixed()) {
        // ("10pm last night" is the day before; "3am last night" already the day of writing)
        let n = match d.as_str() {
            d if d.starts_with("yesterday") => -1,
            d if d.starts_with("tomorrow") => 1,
            last if last.starts_with("last") && h >= 6 => -1,
            _ => 0,
        };
        Underspec::FromDct { unit: Unit::Day, n }
    } else {
        // a bare clock time is on the day the narrative is on (the DCT when none)
        Underspec::FromAnchor {
            unit: Unit::Day,
            n: 0,
        }
    };
    let mut cand = Candidate::new(spec);
    cand.clock = Some((h, m));
    cand.force_type = Some(TimexType::Time);
    cand.modifier = g(c, "tqual").and_then(|q| qual_mod(q.as_str()));
    // "06:00 local time", "3:45am Sanaa time": the zone named in words stays outside the
    // extent, as TimeML annotators leave it ("5 p.m. EST" keeps its abbreviation); so does a
    // zone in lower case that is a word ("at 8pm eat dinner": the clock time alone)
    let outside = g(c, "tzn")
        .filter(|_| !day_named)
        .or_else(|| g(c, "tzone").filter(|z| !zone_written(z.as_str())));
    let span = match (outside, zone_day) {
        (_, Some((_, day_end))) => Span::new(span.start, day_end),
        (Some(z), None) => {
            let clock = text.get(..z.start()).unwrap_or("").trim_end();
            Span::new(span.start, clock.len().max(span.start))
        }
        (None, None) => span,
    };
    Some(Found {
        span,
        cand,
        rule: "clock_time",
    })
}

fn month_date(c: &Captures<'_>, text: &str, span: Span) -> Option<Found> {
    let (mtext, dtext, ytext) = if let Some(m) = g(c, "m1") {
        // ("May-26-2012": a stamp's dashes)
        (
            m,
            g(c, "d1").or_else(|| g(c, "d1h")),
            g(c, "y1").or_else(|| g(c, "y1h")),
        )
    } else if let Some(m) = g(c, "m2") {
        (m, g(c, "d2"), g(c, "y2"))
    } else if let Some(m) = g(c, "m3") {
        (m, None, g(c, "y3"))
    } else {
        (g(c, "m4")?, None, None)
    };
    if !capitalised(mtext.as_str()) {
        return None;
    }
    let month = lexicon::month(mtext.as_str())?;
    if let Some(found) = months_quarter(text, span, mtext.end(), month) {
        return Some(found);
    }
    let pre = g(c, "mdpre");
    // "June last year", "April 15 this year": the month or day of the year named after it
    let rel_year = g(c, "mry").filter(|_| ytext.is_none()).map(|r| {
        match r.as_str().to_ascii_lowercase_fixed().as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        }
    });
    let bare = dtext.is_none()
        && ytext.is_none()
        && g(c, "mdrel").is_none()
        && rel_year.is_none()
        && g(c, "y3that").is_none();
    if bare {
        let word = mtext.as_str().trim_end_matches('.');
        // "May Day" (the month's pattern comes first): the holiday, 1 May
        let after = word_after(text, mtext.end());
        if word == "May" && after == "Day" && pre.is_none() && g(c, "mdwd").is_none() {
            let end = crate::text::offset_in(text, after) + after.len();
            if feast_inside_name(text, end) {
                return None; // "May Day Street"
            }
            return Some(Found {
                span: Span::new(mtext.start(), end),
                cand: Candidate::new(Underspec::Date {
                    year: owner_year(text, mtext.start()),
                    month: Some(5),
                    day: Some(1),
                }),
                rule: "holiday",
            });
        }
        let full = word.len() > 3 || lower_eq(word, "may");
        if !full {
            return None; // "Jan", "Dec" alone: a name or an abbreviation of something else
        }
        if pre.is_none() {
            let before = word_before(text, span.start);
            if lower_eq(word, "may") || lower_eq(word, "march") {
                let the_noun = before.eq_ignore_ascii_case("the")
                    && month_before_noun(word_after(text, mtext.end()));
                if !(in_list(AMBIGUOUS_MONTH_LEFT_OK, before) || the_noun) {
                    return None;
                }
            } else if capitalised(before) && !in_list(AMBIGUOUS_MONTH_LEFT_OK, before) {
                return None; // "Prime Minister ... August", "General April"
            }
            let after = word_after(text, mtext.end());
            if capitalised(after)
                && !after.bytes().all(|b| b.is_ascii_digit())
                && lexicon::month(after).is_none()
            {
                // "April Fools", "June Carter": only after a preposition
                if !in_list(AMBIGUOUS_MONTH_LEFT_OK, before) {
                    return None;
                }
            }
        }
    }
    // "the second week of August", "the last week of April": the ISO week holding the
    // middle day of that seven-day stretch of the month
    let nth_week = match (dtext, g(c, "mdwn")) {
        (None, Some(n)) => match lexicon::ordinal(n.as_str()) {
            Some(n @ 1..=4) => Some(7 * n - 3),
            _ => Some(match month {
                2 => 25,
                4 | 6 | 9 | 11 => 27,
                _ => 28,
            }),
        },
        _ => None,
    };
    let day = match dtext {
        Some(d) => Some(day_number(d.as_str())?),
        None => nth_week,
    };
    if dtext.is_some_and(|d| d.as_str().starts_with(|c: char| c.is_ascii_alphabetic()))
        && text.as_bytes().get(span.end) == Some(&b'-')
    {
        return None; // "May first-quarter results": not "May 1"
    }
    let year = match ytext {
        Some(y) if y.as_str().starts_with(['\'', '’']) => {
            YearRef::Explicit(two_digit_year(y.as_str())?)
        }
        Some(y) => YearRef::Explicit(year_number(y.as_str())?),
        // "November of that year": the year the narrative is in
        None if g(c, "y3that").is_some() => YearRef::Narrative,
        None if rel_year.is_some() => YearRef::FromDct(rel_year.unwrap_or(0)),
        // "this coming Sunday, March 8": the determiner is the weekday's
        None if day.is_some() && g(c, "mdwd").is_some() => YearRef::Infer,
        None => match g(c, "mdrel").map(|r| r.as_str().to_ascii_lowercase()) {
            Some(r) if r.ends_with("past") || r == "last" => YearRef::Before,
            Some(r) if r.ends_with("coming") || r == "next" => YearRef::After,
            Some(_) => YearRef::FromDct(0),
            None => YearRef::Infer,
        },
    };
    if let Some(d) = day {
        let y = match year {
            YearRef::Explicit(y) => y,
            _ => 2000,
        };
        chrono::NaiveDate::from_ymd_opt(y, month, d)?;
        // "3 May" after a number word: "killed 3 May ..." is rare; "May 5 people" refused
        let after = word_after(text, span.end);
        if ytext.is_none()
            && g(c, "m1").is_some()
            && matches!(
                after.to_ascii_lowercase_fixed().as_str(),
                "people" | "percent" | "per" | "times" | "million" | "billion"
            )
        {
            return None;
        }
    }
    if day.is_some() && ytext.is_none() && names_a_body(word_after(text, span.end)) {
        return None; // "the March 8 Movement", "the 23 March Movement": a name
    }
    // "the last Saturday of November", "the first Monday of March 2024"
    if let Some(wd) = g(c, "mdnwd") {
        let weekday = lexicon::weekday(wd.as_str())?;
        let nth = match g(c, "mdwn").map(|n| n.as_str().to_ascii_lowercase()) {
            Some(n) if n == "last" || n == "final" => 0,
            Some(n) => u8::try_from(lexicon::ordinal(&n)?).ok()?,
            None => return None,
        };
        if dtext.is_some() {
            return None;
        }
        let spec = Underspec::NthWeekday {
            month,
            day: weekday,
            nth,
            after: 0,
            year,
        };
        return Some(Found {
            span,
            cand: Candidate::new(spec),
            rule: "month_weekday",
        });
    }
    // "were arrested that September and have not been heard from since": the month of the
    // year the narrative is in, named with "that" (not the conjunction: "said that September
    // was the worst month", a month with its verb after it)
    let mut span = span;
    let that_month = year == YearRef::Infer
        && day.is_none()
        && pre.is_none()
        && word_before(text, span.start).eq_ignore_ascii_case("that")
        && (text
            .get(span.end..)
            .is_some_and(|r| r.is_empty() || r.starts_with(['.', ',', ';', ':', ')']))
            || crate::text::is_one_of(
                word_after(text, span.end),
                &["and", "when", "after", "before", "as", "while"],
            ));
    let year = if that_month {
        span.start = crate::text::offset_in(text, word_before(text, span.start));
        YearRef::Narrative
    } else {
        year
    };
    let mut cand = Candidate::new(Underspec::Date {
        year,
        month: Some(month),
        day,
    });
    cand.modifier = pre.and_then(|p| pre_mod(p.as_str()));
    if g(c, "mdapx").is_some() {
        // "to be completed around Nov. 1": TimeBank keeps "around" in a date's extent
        cand.modifier = cand.modifier.or(Some(TimexMod::Approx));
    }
    cand.day_shift = day_shift(g(c, "mdda"));
    if g(c, "mdovn").is_some() {
        // "overnight into 4 November", "the night of 18 to 19 December": the night that ends
        // on the day named last, told by the day it began, as for weekdays
        let from = g(c, "mdfrom").map(|f| day_number(f.as_str()));
        if day.is_none() || from.is_some_and(|f| f.zip(day).is_none_or(|(f, d)| f + 1 != d)) {
            return None;
        }
        cand.night_into();
    }
    if let Some(w) = g(c, "mdweek") {
        if day.is_some() {
            // "the week of March 6": the ISO week holding that day
            cand.week_of = true;
        } else {
            span.start = w.end();
        }
    }
    let rule = match (day.is_some(), ytext.is_some()) {
        (true, true) => "month_day_year",
        (true, false) => "month_day",
        (false, true) => "month_year",
        (false, false) => "month",
    };
    Some(Found { span, cand, rule })
}

/// True when `word` is the head of a group's or movement's name, after the date the name
/// is made of ("the April 6 Youth Movement", "the February 17 Revolution").
fn names_a_body(word: &str) -> bool {
    capitalised(word)
        && in_list(
            &[
                "Movement",
                "Alliance",
                "Coalition",
                "Brigade",
                "Brigades",
                "Front",
                "Bloc",
                "Party",
                "Youth",
                "Revolution",
            ],
            word,
        )
}

/// "the January-March quarter", "the April-June period": the quarter whose first and last
/// months are named, of the year the narrative is in (the month `first` ends at byte `end`).
fn months_quarter(text: &str, span: Span, end: usize, first: u32) -> Option<Found> {
    let rest = text.get(end..)?;
    let rest = rest
        .strip_prefix('-')
        .or_else(|| rest.strip_prefix('\u{2013}'))?;
    let last_len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let last = lexicon::month(rest.get(..last_len)?)?;
    let noun = word_after(text, text.len() - rest.len() + last_len);
    if first % 3 != 1 || last != first + 2 || !matches!(noun, "quarter" | "period") {
        return None;
    }
    let quarter = u8::try_from(first.div_ceil(3)).ok()?;
    let noun_end = crate::text::offset_in(text, noun) + noun.len();
    // (with its "the", as "the third quarter" is marked)
    let the = word_before(text, span.start);
    let start = if the.eq_ignore_ascii_case("the") {
        crate::text::offset_in(text, the)
    } else {
        span.start
    };
    Some(Found {
        span: Span::new(start, noun_end),
        cand: Candidate::new(Underspec::Quarter {
            quarter,
            year: YearRef::Infer,
        }),
        rule: "quarter",
    })
}

fn quarter(c: &Captures<'_>, text: &str, span: Span) -> Option<Found> {
    let n = lexicon::ordinal(g(c, "qn")?.as_str())?;
    let half = lower_eq(g(c, "qunit")?.as_str(), "half");
    if half
        && g(c, "qyear").is_none()
        && in_list(
            &[
                "penalty",
                "goal",
                "goals",
                "header",
                "equaliser",
                "equalizer",
                "winner",
                "substitute",
                "brace",
                "comeback",
                "try",
                "tries",
                "touchdown",
                "own",
                "red",
            ],
            word_after(text, span.end),
        )
    {
        return None; // "a second-half penalty": a match's half
    }
    let has_the = g(c, "qthe").is_some();
    let year = if let Some(y) = g(c, "qyear").or_else(|| g(c, "qyp")) {
        YearRef::Explicit(y.as_str().parse().ok()?)
    } else if g(c, "qthey").is_some() {
        YearRef::Narrative
    } else if let Some(r) = g(c, "qrel").or_else(|| g(c, "qrelp")) {
        match r.as_str().to_ascii_lowercase_fixed().as_str() {
            "last" => YearRef::FromDct(-1),
            "next" => YearRef::FromDct(1),
            _ => YearRef::FromDct(0),
        }
    } else {
        YearRef::Infer
    };
    let ord_last = n == 99;
    if ord_last && !has_the && !half {
        // "last quarter": the quarter before the publication date's
        let cand = Candidate::new(Underspec::FromDct {
            unit: Unit::Quarter,
            n: -1,
        });
        return Some(Found {
            span,
            cand,
            rule: "relative_quarter",
        });
    }
    // "the third quarter of $226 million" is the quarter; "the second half of the match" not
    let of_amount = text
        .get(span.end..)
        .map(str::trim_start)
        .and_then(|r| r.get(2..))
        .map(str::trim_start)
        .is_some_and(|r| r.starts_with(['$', '#']) || r.starts_with(|c: char| c.is_ascii_digit()));
    if matches!(year, YearRef::Infer)
        && word_after(text, span.end).eq_ignore_ascii_case("of")
        && (!of_amount || half)
    {
        return None; // "the second half of the match"
    }
    let spec = if half {
        let h = if ord_last { 2 } else { u8::try_from(n).ok()? };
        if h > 2 {
            return None;
        }
        Underspec::Half { half: h, year }
    } else {
        let q = if ord_last { 4 } else { u8::try_from(n).ok()? };
        if q > 4 {
            return None;
        }
        Underspec::Quarter { quarter: q, year }
    };
    let mut cand = Candidate::new(spec);
    cand.modifier = g(c, "qpre").and_then(|p| pre_mod(p.as_str()));
    let mut span = span;
    // "the third-quarter results": the adjective is the expression, not its determiner
    if g(c, "qhy").is_some_and(|h| h.as_str().contains('-'))
        && g(c, "qrelp").is_none()
        && g(c, "qyp").is_none()
    {
        if let Some(q) = g(c, "qn") {
            span.start = q.start();
        }
    }
    Some(Found {
        span,
        cand,
        rule: if half { "half_year" } else { "quarter" },
    })
}

/// The part of the day in the plural after a weekday and a joint ("and Tuesday nights" after
/// "Monday"), which the first weekday shares.
fn plural_part_after(text: &str, at: usize) -> Option<DayPart> {
    let rest = text.get(at..)?;
    let rest = rest
        .strip_prefix(" and ")
        .or_else(|| rest.strip_prefix(" or "))
        .or_else(|| rest.strip_prefix(", "))?;
    let (day, rest) = rest.split_once(' ')?;
    lexicon::weekday(day)?;
    let part = rest.split(|c: char| !c.is_ascii_alphabetic()).next()?;
    lexicon::day_part(part.strip_suffix('s')?)
}

fn weekday(c: &Captures<'_>, text: &str, span: Span) -> Option<Found> {
    let name = g(c, "wdn")?;
    if !capitalised(name.as_str()) {
        return None;
    }
    let day: Weekday = lexicon::weekday(name.as_str())?;
    let prefixed = name.start() > span.start;
    if !prefixed {
        let before = word_before(text, span.start);
        if in_list(WEEKDAY_LEFT_BLOCK, before) {
            return None; // "Black Friday", "Bloody Sunday"
        }
    }
    if g(c, "wdpart").is_none() {
        let after_pos = span.end;
        let possessive = text
            .get(name.end()..span.end)
            .is_some_and(|s| s.contains('s') && g(c, "wdpl").is_none());
        let after = word_after(text, after_pos);
        let adjacent = text.as_bytes().get(after_pos) == Some(&b' ');
        if !possessive && adjacent {
            if in_list(WEEKDAY_RIGHT_BLOCK, after) {
                return None; // "the Friday prayers"
            }
            if !prefixed && capitalised(after) && lexicon::month(after).is_none() {
                return None; // "Sunday Times", "Sunday Okafor"
            }
        }
    }
    // "on Fridays", "Tuesday nights", and "Monday" in "on Monday and Tuesday nights": that
    // day (and part of it) of every week
    let shared_part = (g(c, "wdpart").is_none() && g(c, "wdpl").is_none())
        .then(|| plural_part_after(text, span.end))
        .flatten();
    if g(c, "wdpl").is_some() || g(c, "wdpps").is_some() || shared_part.is_some() {
        let mut cand = Candidate::new(Underspec::SetWeekday(day));
        cand.part = g(c, "wdpps")
            .and(g(c, "wdpart"))
            .and_then(|p| lexicon::day_part(p.as_str()))
            .or(shared_part);
        return Some(Found {
            span,
            cand,
            rule: "weekday_set",
        });
    }
    // "the previous Friday", "the following Monday": anaphoric, from the narrative's date
    let the_rel = g(c, "wdrel").is_some_and(|r| starts_with_ci(r.as_str(), "the"));
    // "Tuesday last week", "on Friday of next week": that weekday of that week
    let week_of = g(c, "wdwk").map(|w| match w.as_str().to_ascii_lowercase_fixed().as_str() {
        "last" => -1,
        "next" => 1,
        _ => 0,
    });
    let shift = match g(c, "wdrel").map(|r| last_word(r.as_str()).to_ascii_lowercase()) {
        _ if g(c, "wdrel").is_none() && week_of.is_some() => Shift::InWeek(week_of.unwrap_or(0)),
        Some(r) if the_rel && (r == "previous" || r == "preceding") => Shift::AnchorLast,
        Some(r) if the_rel && (r == "following" || r == "next") => Shift::AnchorNext,
        Some(r) if r == "last" || r == "past" || r == "previous" || r == "preceding" => Shift::Last,
        Some(r) if r == "next" || r == "coming" || r == "following" => Shift::Next,
        Some(_) => Shift::InWeek(0),
        None if crate::text::possessive_at(
            text,
            name.end() + g(c, "wdpl").map_or(0, |p| p.len()),
        ) =>
        {
            possessive_shift(text, name.start())
        }
        // "moved tonight's calypso final to Saturday": the day something is put off to lies
        // ahead
        None if word_before(text, name.start()).eq_ignore_ascii_case("to")
            && words_back(text, name.start(), 10)
                .any(|w| in_list(MOVED_TO, w) || in_list(PUT_OFF_VERBS, w)) =>
        {
            Shift::Next
        }
        None => Shift::Bare,
    };
    let mut cand = Candidate::new(Underspec::Weekday { day, shift });
    cand.modifier = g(c, "wdpre").and_then(|p| pre_mod(p.as_str()));
    cand.part = g(c, "wdpart").and_then(|p| lexicon::day_part(p.as_str()));
    cand.day_shift = day_shift(g(c, "wdda"));
    if g(c, "wdovn").is_some() {
        // "overnight into Saturday", "overnight Friday into Saturday", "the night of Friday
        // to Saturday": the night that ends on the day named last, told by the day it began
        // as "Friday night" is
        if let Some(from) = g(c, "wdfrom") {
            if lexicon::weekday(from.as_str())?.succ() != day {
                return None;
            }
        }
        cand.night_into();
    } else if g(c, "wdovon").is_some() {
        // "overnight Sunday", "overnight on Sunday": that day's night, as "Sunday night"
        cand.part = Some(DayPart::Night);
    }
    let mut span = span;
    if g(c, "wdpart").is_none() && g(c, "wdwk").is_none() {
        span.end = name.end() + g(c, "wdpl").map_or(0, |p| p.len()); // not the possessive
    }
    Some(Found {
        span,
        cand,
        rule: "weekday",
    })
}

/// True when a stop (comma, full stop, semicolon, colon) or the end of the text follows byte
/// `end`: the phrase closes its clause ("The day before, ...", "killed in the night.").
fn stop_after(text: &str, end: usize) -> bool {
    text.get(end..)
        .and_then(|r| r.bytes().next())
        .is_none_or(|b| matches!(b, b',' | b'.' | b';' | b':'))
}

fn deictic(c: &Captures<'_>, text: &str, span: Span) -> Option<Found> {
    if let Some(p) = g(c, "dnt") {
        // "Russia launched 20 missiles during the night": overnight (extent "the night"); not
        // "during the night of April 5" (the day is named), nor "in the night sky" ("in" only
        // before a stop or "and")
        // ("walked south through the night", "stayed open into the night": as "during";
        // not "through the night sky")
        let after = word_after(text, span.end);
        let during = !p.as_str().eq_ignore_ascii_case("in");
        if after.eq_ignore_ascii_case("of")
            || in_list(&["sky", "air", "skies"], after)
            || g(c, "dpre").is_some()
            || !during && !stop_after(text, span.end) && !after.eq_ignore_ascii_case("and")
        {
            return None;
        }
        let mut cand = Candidate::new(Underspec::Overnight);
        cand.part = Some(DayPart::Night);
        let start = text
            .get(p.end()..span.end)
            .map_or(span.start, |r| p.end() + (r.len() - r.trim_start().len()));
        return Some(Found {
            span: Span::new(start, span.end),
            cand,
            rule: "deictic",
        });
    }
    let mut part: Option<DayPart> = None;
    let n = if let Some(b) = g(c, "dba") {
        if starts_with_ci(b.as_str(), "before") {
            -2
        } else {
            2
        }
    } else if let Some(l) = g(c, "dln") {
        // ("last evening", as Indian papers write "yesterday evening"; not "the last evening
        // of the festival", "the last evening train")
        let evening = ends_with_ci(l.as_str(), "evening");
        if evening
            && (in_list(
                &["the", "its", "their", "his", "her", "that"],
                word_before(text, l.start()),
            ) || word_after(text, l.end()).eq_ignore_ascii_case("of"))
        {
            return None;
        }
        part = Some(if evening {
            DayPart::Evening
        } else {
            DayPart::Night
        });
        -1
    } else if let Some(p) = g(c, "dthis") {
        part = lexicon::day_part(p.as_str());
        0
    } else {
        let dw = g(c, "dw")?;
        // "Africa Tonight at 1700 GMT", "USA Today reported", "listening to Africa Tonight;":
        // a programme's or paper's name (a capitalised word right before, no capitalised one
        // after; a headline in title case goes on in capitals: "Leaders To Meet Tonight In
        // Doha")
        if in_list(&["today", "tonight"], dw.as_str())
            && dw.as_str().starts_with(|ch: char| ch.is_ascii_uppercase())
            && capitalised(word_before(text, dw.start()))
            && text.get(..dw.start()).is_some_and(|l| l.ends_with(' '))
            && !word_after(text, dw.end()).starts_with(|ch: char| ch.is_ascii_uppercase())
        {
            return None;
        }
        let w = dw.as_str().to_ascii_lowercase_fixed();
        match w.as_str() {
            "yesterday" => -1,
            "tomorrow" => 1,
            "tonight" => {
                part = Some(DayPart::Night);
                0
            }
            "overnight" => {
                // the night before the day the narrative is on (the DCT when none): "Shares
                // fell Friday, depressed by overnight losses in New York" is Thursday night
                let mut cand = Candidate::new(Underspec::Overnight);
                cand.part = Some(DayPart::Night);
                cand.modifier = g(c, "dpre").and_then(|p| pre_mod(p.as_str()));
                return Some(Found {
                    span,
                    cand,
                    rule: "deictic",
                });
            }
            _ => 0,
        }
    };
    if let Some(p) = g(c, "dpart") {
        part = lexicon::day_part(p.as_str());
    }
    let mut cand = Candidate::new(Underspec::FromDct { unit: Unit::Day, n });
    cand.part = part;
    cand.modifier = g(c, "dpre").and_then(|p| pre_mod(p.as_str()));
    Some(Found {
        span,
        cand,
        rule: "deictic",
    })
}

fn relative(c: &Captures<'_>, span: Span) -> Option<Found> {
    let det_full = g(c, "rdet")?.as_str();
    let has_the = det_full.len() > 3
        && det_full
            .get(..3)
            .is_some_and(|s| s.eq_ignore_ascii_case("the"));
    let det_low = last_word(det_full).to_ascii_lowercase_fixed();
    let det = det_low.as_str();
    let unit_text = g(c, "runit")?.as_str();
    let unit = lexicon::unit(unit_text)?;
    let plural = unit_text.ends_with(['s', 'S']) && unit != Unit::Century;
    let num = match g(c, "rnum") {
        Some(n) => Some(amount(n.as_str())?),
        None => None,
    };
    let modifier = g(c, "rpre").and_then(|p| pre_mod(p.as_str()));
    let back = matches!(det, "past" | "last" | "previous" | "preceding" | "recent");
    let fwd = matches!(det, "next" | "coming" | "following");
    let spec = if num.is_some() || plural {
        let amount = num.unwrap_or(Amount::Some);
        let window = if back {
            -1
        } else if fwd {
            1
        } else {
            0
        };
        if det == "that" || det == "same" {
            return None;
        }
        if window == 1 && det == "following" {
            Underspec::Duration {
                amount,
                unit,
                window: 0,
            }
        } else {
            Underspec::Duration {
                amount,
                unit,
                window,
            }
        }
    } else {
        match det {
            "this" | "current" => {
                if unit == Unit::Weekend {
                    Underspec::Weekend {
                        shift: Shift::InWeek(0),
                    }
                } else {
                    Underspec::FromDct { unit, n: 0 }
                }
            }
            "same" | "that" => Underspec::FromAnchor { unit, n: 0 },
            "following" => Underspec::FromAnchor { unit, n: 1 },
            "previous" | "preceding" if has_the => Underspec::FromAnchor { unit, n: -1 },
            // ("the next decade": the coming ten years, like "the past decade", not the
            // 2030s)
            "next" if has_the && matches!(unit, Unit::Decade | Unit::Century) => {
                Underspec::Duration {
                    amount: Amount::Num(1),
                    unit,
                    window: 1,
                }
            }
            "next" if has_the => Underspec::FromAnchor { unit, n: 1 },
            "past" | "last" | "recent" if has_the => Underspec::Duration {
                amount: Amount::Num(1),
                unit,
                window: -1,
            },
            "coming" if has_the => Underspec::Duration {
                amount: Amount::Num(1),
                unit,
                window: 1,
            },
            _ if unit == Unit::Weekend => Underspec::Weekend {
                shift: if back { Shift::Last } else { Shift::Next },
            },
            _ if back => Underspec::FromDct { unit, n: -1 },
            _ => Underspec::FromDct { unit, n: 1 },
        }
    };
    let mut cand = Candidate::new(spec);
    cand.modifier = modifier;
    Some(Found {
        span,
        cand,
        rule: "relative",
    })
}

fn ago(c: &Captures<'_>, span: Span) -> Option<Found> {
    let unit = lexicon::unit(g(c, "aunit")?.as_str())?;
    let amount = amount(g(c, "anum")?.as_str())?;
    let dir_low = g(c, "adir")?.as_str().to_ascii_lowercase_fixed();
    let dir = dir_low.as_str();
    let modifier = g(c, "aqual").and_then(|q| qual_mod(q.as_str()));
    let anaphoric = dir == "later" || dir == "earlier";
    let amount = match (amount, g(c, "ahalf").or_else(|| g(c, "afrac"))) {
        (Amount::Num(n), Some(_)) => Amount::Halves(n.checked_mul(2)?.checked_add(1)?),
        (a, _) => a,
    };
    let spec = match amount {
        // "a few days later", "a minute and a half later", "an hour later": TimeML's
        // duration ("later" is the signal), as TimeBank annotates them; the narrative day
        // stays the anchor
        Amount::Some | Amount::Halves(_) if anaphoric => Underspec::Duration {
            amount,
            unit,
            window: 0,
        },
        Amount::Num(_) if anaphoric && matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) => {
            Underspec::Duration {
                amount,
                unit,
                window: 0,
            }
        }
        Amount::Num(n) => {
            let n = i32::try_from(n).ok()?;
            match dir {
                "ago" => Underspec::FromDct { unit, n: -n },
                "earlier" => Underspec::FromAnchor { unit, n: -n },
                "later" => Underspec::FromAnchor { unit, n },
                _ => Underspec::FromDct { unit, n },
            }
        }
        // "two and a half years ago": 30 months back
        Amount::Halves(h) if dir == "ago" && unit == Unit::Year => Underspec::FromDct {
            unit: Unit::Month,
            n: -i32::try_from(h).ok()?.checked_mul(6)?,
        },
        _ => {
            if dir == "ago" || dir == "earlier" {
                Underspec::Vague(Vague::Past)
            } else {
                Underspec::Vague(Vague::Future)
            }
        }
    };
    let mut span = span;
    if matches!(spec, Underspec::Duration { .. }) {
        // the duration ends before "later"/"earlier" (a signal in TimeML)
        if let Some(e) = g(c, "ahalf").or_else(|| g(c, "aunit")) {
            span.end = e.end();
        }
    }
    let mut cand = Candidate::new(spec);
    cand.modifier = modifier;
    Some(Found {
        span,
        cand,
        rule: "ago_later",
    })
}

fn duration(c: &Captures<'_>, text: &str, span: Span) -> Option<Found> {
    let unit_m = g(c, "dunit")?;
    let unit = lexicon::unit(unit_m.as_str())?;
    let hy = g(c, "dhy")?.as_str();
    let after = text.get(span.end..).unwrap_or("");
    // ("aged 5 to 17 months": the range's end is read again alone)
    let lead = text
        .get(span.start.saturating_sub(16)..span.start)
        .unwrap_or("");
    let aged = lead
        .rfind("aged ")
        .and_then(|i| lead.get(i + 5..))
        .is_some_and(|r| r.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' '));
    if starts_with_ci(after, "-old") || starts_with_ci(after, " old") || aged {
        return None; // "a 17-year-old", "children aged 5 to 17 months": an age
    }
    let num_m = g(c, "dnum")?;
    let num_text = num_m.as_str();
    if num_text.len() == 4 && num_text.bytes().all(|b| b.is_ascii_digit()) {
        return None; // "1988 second quarter": a year, not a count
    }
    // "the Hundred Years War": a name
    if num_text == "Hundred" {
        return None;
    }
    // "won in 43.94 seconds": the digits after a decimal point are no count of their own (a
    // fraction other than a half is not read)
    if text.get(..num_m.start()).is_some_and(|b| {
        b.ends_with('.')
            && b.trim_end_matches('.')
                .ends_with(|c: char| c.is_ascii_digit())
    }) {
        return None;
    }
    let next = word_after(text, span.end);
    // "six days a week", "two nights a week": how often in a week, one set
    if unit == Unit::Day && g(c, "dqual").is_none() {
        let week = [" a week", " per week", " every week", " each week"]
            .iter()
            .find(|w| starts_with_ci(after, w))
            .map(|w| w.len())
            .filter(|&n| {
                !after
                    .as_bytes()
                    .get(n)
                    .is_some_and(u8::is_ascii_alphanumeric)
            });
        if let Some(n) = week {
            let spec = Underspec::SetEvery {
                unit: Unit::Week,
                every: 1,
            };
            return Some(set_found(spec, None, Span::new(span.start, span.end + n)));
        }
    }
    if unit == Unit::Quarter
        && next.eq_ignore_ascii_case("of")
        && (unit_m.as_str().eq_ignore_ascii_case("quarter")
            || num_m.as_str().eq_ignore_ascii_case("three"))
    {
        return None; // "more than a quarter of the market": a fraction
    }
    if capitalised(unit_m.as_str()) && num_m.start() > 0 && !capitalised(num_m.as_str()) {
        return None; // "60 Minutes": a name
    }
    if unit == Unit::Second && text.as_bytes().get(span.end) == Some(&b'-') {
        return None; // "a second-division club": an ordinal
    }
    if unit == Unit::Second
        && text.as_bytes().get(span.end) == Some(&b' ')
        && next.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && !matches!(
            next,
            "later" | "earlier" | "ago" | "or" | "and" | "of" | "to" | "before" | "after" | "in"
        )
    {
        return None; // "a second group", "a second betrayal": an ordinal
    }
    if hy.contains('-') && unit == Unit::Quarter {
        return None; // "three-quarters": a fraction
    }
    if num_text.eq_ignore_ascii_case("one")
        && unit_m.as_str().eq_ignore_ascii_case("day")
        && matches!(
            word_before(text, span.start)
                .to_ascii_lowercase_fixed()
                .as_str(),
            "will"
                | "would"
                | "could"
                | "may"
                | "might"
                | "can"
                | "shall"
                | "he"
                | "she"
                | "we"
                | "they"
                | "i"
                | "you"
                | "to"
        )
    {
        // "Islam will one day be ...", "he hopes he one day follows ...": some day ahead
        return Some(Found {
            span,
            cand: Candidate::new(Underspec::Vague(Vague::Future)),
            rule: "vague",
        });
    }
    let low = g(c, "dlow");
    let mut amount = amount(low.map_or(num_text, |l| l.as_str()))?;
    // "half a century", "half an hour"
    if g(c, "dhf").is_some() {
        if amount != Amount::Num(1) {
            return None;
        }
        amount = Amount::Halves(1);
    }
    // "two years and a half", "two and a half years", "2 1/2 years"
    if g(c, "dhalf").is_some() || g(c, "dfrac").is_some() {
        if let Amount::Num(n) = amount {
            amount = Amount::Halves(n.checked_mul(2)?.checked_add(1)?);
        }
    }
    // "follows a week in which ...", "after three days during which ...": the period just
    // past, told as the backdrop of what the sentence reports
    // (never a rate: "$5 million a year which saw ...", "twice a week in which ...")
    let rate = {
        let before = word_before(text, span.start);
        before.bytes().any(|b| b.is_ascii_digit())
            || crate::text::is_one_of(
                before,
                &[
                    "million", "billion", "thousand", "once", "twice", "times", "percent",
                ],
            )
    };
    let backdrop = !rate && crate::text::period_relative(text.get(span.end..).unwrap_or(""));
    // "A day after the attack", "came a week before the vote": the gap between two events
    // (not "500 trucks a day before the war", a rate after a count)
    let gap = !rate
        && crate::text::is_one_of(next, &["after", "before"])
        && !count_before(text, span.start);
    if (num_text.eq_ignore_ascii_case("a")
        || num_text.eq_ignore_ascii_case("an")
        || num_text.eq_ignore_ascii_case("another"))
        && !backdrop
        && !gap
        && g(c, "dqual").is_none()
        && (unit == Unit::Day || unit == Unit::Year || unit == Unit::Week || unit == Unit::Month)
    {
        // "$5 million a year", "twice a day": a rate, not a duration; "for a year" is fine
        let before = word_before(text, span.start).to_ascii_lowercase_fixed();
        if !matches!(
            before.as_str(),
            "for"
                | "in"
                | "within"
                | "about"
                | "over"
                | "than"
                | "after"
                | "during"
                | "nearly"
                | "almost"
                | "only"
                | "just"
                | "least"
                | "past"
                | "last"
                | "lasted"
                | "lasting"
                | "lasts"
                | "took"
                | "spent"
                | "first"
                | "barely"
                | "as"
                | "entire"
                | "whole"
                | "of"
        ) {
            // "about 4 billion euros a year", "520 flights a day", "one meal a day": after
            // a count, a rate, which TimeML annotates as a set (not "5 percent a year
            // earlier", a day counted back; nor "twice a day", read whole as a set)
            // ("20 litres a day from community tanks", "4mm a year since 1993": right after
            // a counted noun, a rate whatever follows but a day it counts from: "a year from
            // now")
            let counted_noun = {
                let lead = text
                    .get(span.start.saturating_sub(24)..span.start)
                    .unwrap_or("");
                lead.split_whitespace()
                    .rev()
                    .take(2)
                    .any(|w| w.bytes().any(|b| b.is_ascii_digit()))
            };
            let from_now = crate::text::is_one_of(
                word_after(text, crate::text::offset_in(text, next) + next.len()),
                &["now", "today", "tomorrow", "yesterday", "then"],
            );
            let rate_goes_on =
                counted_noun && !from_now && crate::text::is_one_of(next, &["from", "since"]);
            // ("About 1.5 million visitors come here a year.", "1,000 tonnes of fish from
            // Jersey waters a year.": a rate closing its clause, its count further back)
            let closing_rate = next.is_empty()
                && text
                    .get(span.end..)
                    .is_some_and(|r| r.starts_with(['.', ',', ';']))
                && count_within(text, span.start, 8);
            let counted = (count_before(text, span.start) || closing_rate)
                && num_text.eq_ignore_ascii_case("a")
                && !matches!(
                    before.as_str(),
                    "once" | "twice" | "thrice" | "times" | "the" | "a" | "an"
                )
                && (rate_goes_on
                    || !crate::text::is_one_of(
                        next,
                        &[
                            "earlier", "ago", "later", "before", "after", "from", "since", "into",
                            "or", "and", "to", "in", "of", "old", "long",
                        ],
                    ));
            return counted.then(|| set_found(Underspec::SetEvery { unit, every: 1 }, None, span));
        }
    }
    let mut cand = Candidate::new(Underspec::Duration {
        amount,
        unit,
        window: if backdrop { -1 } else { 0 },
    });
    cand.modifier = g(c, "dqual").and_then(|q| qual_mod(q.as_str()));
    // where the expression starts when a qualifier is left outside it
    let number_start = g(c, "dthe").or(low).map_or(num_m.start(), |m| m.start());
    let mut span = span;
    // A bare "over" is "more than" only where a length is asked for ("lasted over a week",
    // "for over three years", "in over a decade", "over two years ago"); after any other
    // word it is "across" ("took place over three days", "fell 5% over three years"), which
    // is no bound and not part of the expression.
    if let Some(q) = g(c, "dqual").filter(|q| q.as_str().eq_ignore_ascii_case("over")) {
        let asks_length = matches!(
            word_before(text, q.start())
                .to_ascii_lowercase_fixed()
                .as_str(),
            "for"
                | "in"
                | "of"
                | "after"
                | "than"
                | "to"
                | "by"
                | "within"
                | "last"
                | "lasts"
                | "lasted"
                | "lasting"
                | "take"
                | "takes"
                | "took"
                | "taking"
                | "spent"
                | "spend"
                | "spending"
                | "be"
                | "is"
                | "was"
                | "been"
        ) || matches!(next, "ago" | "later" | "earlier" | "before" | "after");
        if !asks_length {
            cand.modifier = None;
            span.start = number_start.max(q.end());
        }
    }
    // A number-unit adjective ("the eight-year war", "the 14-day waiting period", "the two
    // day rally") is the expression without the noun phrase's "the", as TimeBank marks it;
    // "the nine months", "the four days" (nouns) keep it.
    if let Some(the) = g(c, "dthe").filter(|t| t.as_str().trim().eq_ignore_ascii_case("the")) {
        let singular = !unit_m.as_str().ends_with(['s', 'S']);
        let counted = !(num_text.eq_ignore_ascii_case("a") || num_text.eq_ignore_ascii_case("an"));
        if singular && counted && span.start == the.start() {
            span.start = num_m.start().min(low.map_or(usize::MAX, |m| m.start()));
        }
    }
    Some(Found {
        span,
        cand,
        rule: "duration",
    })
}

fn season(c: &Captures<'_>, text: &str, span: Span) -> Option<Found> {
    let name = g(c, "sname")?;
    let s = lexicon::season(name.as_str())?;
    let det = g(c, "sdet").map(|d| d.as_str().to_ascii_lowercase());
    let year = if let Some(y) = g(c, "syear") {
        YearRef::Explicit(year_number(y.as_str())?)
    } else {
        match det.as_deref() {
            // "last spring": the last one over; "next winter": the next one to begin
            Some(d) if d == "last" || d.ends_with("past") => YearRef::Before,
            Some(d) if d == "next" || d.ends_with("coming") => YearRef::After,
            Some("this") => YearRef::FromDct(0),
            _ => YearRef::Infer,
        }
    };
    let before = word_before(text, span.start);
    if capitalised(name.as_str())
        && g(c, "syear").is_none()
        && name.end() == span.end
        && capitalised(word_after(text, span.end))
        && text.as_bytes().get(span.end) == Some(&b' ')
    {
        return None; // "the Winter Olympics", "Summer Games": a name
    }
    if capitalised(before)
        && !in_list(AMBIGUOUS_MONTH_LEFT_OK, before)
        && name.start() == span.start
    {
        return None;
    }
    if matches!(year, YearRef::Infer) {
        let after = word_after(text, span.end);
        if after.eq_ignore_ascii_case("of") {
            return None; // "the fall of Kabul"
        }
        // "summer time", "stay permanently on summer or winter time": a clock, no season
        let rest = text.get(span.end..).unwrap_or("");
        let rest = ["or", "and"]
            .iter()
            .find_map(|j| {
                let r = rest.strip_prefix(' ')?;
                let r = r.get(j.len()..).filter(|_| starts_with_ci(r, j))?;
                let r = r.strip_prefix(' ')?;
                let w = word_after(r, 0);
                lexicon::season(w).map(|_| r.get(w.len()..).unwrap_or(""))
            })
            .unwrap_or(rest);
        if word_after(rest, 0).eq_ignore_ascii_case("time") {
            return None;
        }
        if lower_eq(name.as_str(), "fall") && det.as_deref() != Some("the") {
            return None; // the verb
        }
        if det.is_none() && !in_list(AMBIGUOUS_MONTH_LEFT_OK, before) {
            return None;
        }
    }
    let mut cand = Candidate::new(Underspec::Season { season: s, year });
    cand.modifier = g(c, "spre").and_then(|p| pre_mod(p.as_str()));
    Some(Found {
        span,
        cand,
        rule: "season",
    })
}

/// True when `after`, the word after "the May"/"the March", makes the month describe a noun:
/// "the March accession", "the May elections" (not "the March on Washington", "the March
/// of Dimes", "the May family").
fn month_before_noun(after: &str) -> bool {
    after.len() > 2
        && after.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            after,
            "for"
                | "and"
                | "was"
                | "were"
                | "has"
                | "had"
                | "will"
                | "would"
                | "from"
                | "into"
                | "against"
                | "through"
                | "towards"
                | "toward"
                | "itself"
                | "family"
                | "government"
                | "cabinet"
                | "administration"
                | "organizers"
                | "organisers"
        )
}

/// True when a determiner and one adjective stand before byte `start`: "his unsuccessful
/// 1996 campaign", "the disputed 2020 election" (not a count: "the remaining 2022 people").
fn describes_year(text: &str, start: usize) -> bool {
    let adj = word_before(text, start);
    let at = crate::text::offset_in(text, adj);
    let det = word_before(text, at).to_ascii_lowercase_fixed();
    adj.bytes().all(|b| b.is_ascii_lowercase())
        && adj.len() > 2
        && !in_list(lexicon::COUNT_ADJECTIVES, adj)
        && matches!(
            det.as_str(),
            "the" | "his" | "her" | "its" | "their" | "our" | "a" | "an" | "this" | "that"
        )
}

fn year(c: &Captures<'_>, text: &str, span: Span) -> Option<Found> {
    let v = g(c, "yval")?;
    let y: i32 = v.as_str().parse().ok()?;
    let explicit_context = g(c, "yfis").is_some() || g(c, "ypre").is_some();
    let bytes = text.as_bytes();
    let before_b = span
        .start
        .checked_sub(1)
        .and_then(|i| bytes.get(i))
        .copied();
    let after_b = bytes.get(span.end).copied();
    let after_b2 = bytes.get(span.end + 1).copied();
    // "post-1959 politics", "pre-1990 levels": a year after a prefix
    let prefixed = before_b == Some(b'-')
        && matches!(
            word_before(text, span.start.saturating_sub(1))
                .to_ascii_lowercase_fixed()
                .as_str(),
            "post" | "pre"
        );
    if !prefixed
        && before_b
            .is_some_and(|b| matches!(b, b'$' | b'#' | b'.' | b',' | b'/' | b':' | b'-' | b'+'))
        || after_b.is_some_and(|b| matches!(b, b'%' | b'/'))
        || (matches!(after_b, Some(b'.') | Some(b',') | Some(b':'))
            && after_b2.is_some_and(|b| b.is_ascii_digit()))
    {
        return None;
    }
    // "1800-335-486": a phone number (not "1990-95", "1990-1995")
    let tail = text
        .get(span.end..)
        .unwrap_or("")
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ')'))
        .next()
        .unwrap_or("")
        .trim_end_matches('.');
    if let Some(rest) = tail.strip_prefix('-') {
        let groups: Vec<&str> = rest.split('-').collect();
        let digits = groups
            .iter()
            .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()));
        if digits && (groups.len() > 1 || !matches!(rest.len(), 2 | 4)) {
            return None;
        }
    }
    // "+1 617 555 2019": the last group of a phone number
    let before_word = word_before(text, span.start);
    if before_word.len() == 3 && before_word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // "the toll-free number 1961", "its hotline, 1919, would operate": a number to call
    let lead = text.get(..span.start).unwrap_or("").trim_end();
    let lead = lead.strip_suffix(',').unwrap_or(lead);
    if in_list(
        &[
            "number",
            "hotline",
            "helpline",
            "dial",
            "phone",
            "telephone",
            "extension",
            "ext",
        ],
        word_before(lead, lead.len()),
    ) {
        return None;
    }
    if !explicit_context && !prefixed {
        let before = before_word;
        // a possessive before it: "the company's 1989 results", "Mixte's 1989 profit"
        let possessive = before.len() > 2 && (before.ends_with("'s") || before.ends_with("s'"));
        if capitalised(before) && !in_list(YEAR_LEFT_OK, before) && !possessive {
            return None; // "Resolution 1441", "Flight 1549"
        }
        let after = word_after(text, span.end);
        let left_ok = in_list(YEAR_LEFT_OK, before)
            || possessive
            || describes_year(text, span.start)
            || year_listed_before(text, span.start);
        let adjacent = after_b == Some(b' ');
        if adjacent
            && !left_ok
            && !in_list(YEAR_RIGHT_OK, after)
            && after.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        {
            return None; // "2022 people"; not "2024 was the deadliest year"
        }
        if adjacent && after.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            return None;
        }
        if !(1800..=2100).contains(&y) && !left_ok {
            return None;
        }
        let after_l = after.to_ascii_lowercase();
        if matches!(
            after_l.as_str(),
            "people"
                | "troops"
                | "soldiers"
                | "killed"
                | "dead"
                | "civilians"
                | "percent"
                | "dollars"
                | "euros"
                | "tons"
                | "tonnes"
                | "km"
                | "kilometers"
                | "kilometres"
                | "miles"
                | "metres"
                | "meters"
                | "feet"
                | "acres"
                | "men"
                | "women"
                | "children"
        ) {
            return None;
        }
    }
    let mut cand = Candidate::new(Underspec::Date {
        year: YearRef::Explicit(y),
        month: None,
        day: None,
    });
    cand.modifier = g(c, "ypre").and_then(|p| pre_mod(p.as_str()));
    // "in the fiscal 2027 defense budget": the determiner is the noun's, as in "the
    // third-quarter results"
    let mut span = span;
    if let Some(f) = g(c, "yfis").filter(|f| {
        starts_with_ci(f.as_str(), "the ") && !ends_with_ci(f.as_str().trim_end(), "year")
    }) {
        let next = word_after(text, span.end);
        if next.len() > 2
            && next.bytes().all(|b| b.is_ascii_lowercase())
            && !next.ends_with("ed")
            && !in_list(ADVERB_FOLLOWERS, next)
        {
            span.start = f.start() + "the ".len();
        }
    }
    Some(Found {
        span,
        cand,
        rule: "year",
    })
}

/// The order of the slashed dates of `text` that can be read one way only: `Some(true)` when
/// one is day first ("13/02/2026"), `Some(false)` when one is month first ("12/29/2015"),
/// `None` when none tells (or they disagree). Read once per text, when a date needs it.
pub(crate) fn slashed_order(text: &str) -> Option<bool> {
    let (mut day_first, mut month_first) = (false, false);
    let bytes = text.as_bytes();
    let number_at = |from: usize| {
        let len = bytes
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let n = text.get(from..from + len)?.parse::<u32>().ok()?;
        (1..=2).contains(&len).then_some((n, from + len))
    };
    for (i, _) in text.match_indices('/') {
        let start = bytes
            .get(..i)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let Some((a, _)) = number_at(i.saturating_sub(start)) else {
            continue;
        };
        let Some((b, end)) = number_at(i + 1) else {
            continue;
        };
        if bytes.get(end) != Some(&b'/') {
            continue;
        }
        day_first |= a > 12 && (1..=12).contains(&b);
        month_first |= b > 12 && (1..=12).contains(&a);
    }
    match (day_first, month_first) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Verbs that put off or call off what follows them ("postponed Sunday's match").
const PUT_OFF_VERBS: &[&str] = &[
    "postponed",
    "postpones",
    "postpone",
    "cancelled",
    "canceled",
    "cancels",
    "cancel",
    "delayed",
    "delays",
    "rescheduled",
    "suspended",
    "scrapped",
];

/// The shift of a day or weekend named in the possessive at `start` ("Friday's attack", "the
/// weekend's disturbance"): what already happened, unless it is what something comes before
/// ("ahead of Tuesday's vote" is the next Tuesday, "before Tuesday's midterm elections" the
/// nearest), what is put off ("The league postponed Sunday's match", "called off Friday's
/// rally": not happened yet, the nearest such day) or what a modal's clause tells ("will also
/// vote in Saturday's federal election": the tense decides; not "will put the result of
/// Sunday's referendum before parliament").
fn possessive_shift(text: &str, start: usize) -> Shift {
    let before = word_before(text, start);
    if before.eq_ignore_ascii_case("of")
        && second_word_before(text, start).eq_ignore_ascii_case("ahead")
    {
        Shift::Next
    } else if !before.eq_ignore_ascii_case("of")
        && words_back(text, start, 6).any(|w| in_list(AHEAD_MODALS, w))
    {
        Shift::Bare
    } else if before.eq_ignore_ascii_case("before")
        || in_list(PUT_OFF_VERBS, before)
        || before.eq_ignore_ascii_case("off")
            && in_list(
                &["called", "calls", "call"],
                second_word_before(text, start),
            )
    {
        Shift::Closest
    } else {
        Shift::Last0
    }
}

/// Modals of what is to come, before a weekday's possessive in its clause.
const AHEAD_MODALS: &[&str] = &["will", "shall", "ll"];

/// Verbs that move something to another day ("moved the final to Saturday"), beside
/// [`PUT_OFF_VERBS`].
const MOVED_TO: &[&str] = &["moved", "moves", "move", "pushed", "shifted", "put"];

/// The words before byte `pos`, nearest first, at most `n`, within its clause (up to a stop,
/// a comma or a semicolon) and the 200 bytes before it (Speed: a text with no stop is not read
/// back to its start for every phrase).
fn words_back(text: &str, pos: usize, n: usize) -> impl Iterator<Item = &str> {
    let lead = crate::text::widen(text, Span::new(pos, pos), 200, 0, Span::new(0, pos))
        .slice(text)
        .unwrap_or("");
    let from = lead
        .rfind(['.', ',', ';', ':', '!', '?', '\n'])
        .map_or(0, |i| i + 1);
    lead.get(from..)
        .unwrap_or("")
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .take(n)
}

/// Words after which "monthly", "quarterly", "annually" stand as adverbs ("meets quarterly
/// and will vote", "held annually in Singapore").
const ADVERB_FOLLOWERS: &[&str] = &[
    "and",
    "or",
    "but",
    "in",
    "on",
    "at",
    "from",
    "since",
    "to",
    "until",
    "for",
    "by",
    "with",
    "through",
    "as",
    "because",
    "while",
    "when",
    "after",
    "before",
    "during",
    "over",
    "among",
    "between",
    "across",
    "throughout",
    "around",
    "within",
    "under",
];

/// True when a capitalised [`NAMED_AFTER_FEAST`] noun follows the feast's name ending at
/// `end`: the feast is part of another name, no date.
fn feast_inside_name(text: &str, end: usize) -> bool {
    let next = word_after(text, end);
    in_list(NAMED_AFTER_FEAST, next) && capitalised(next) || in_list(FEAST_AS_KIND, next)
}

/// Nouns after which a feast's name says what kind of thing they are, no day ("Christmas
/// markets", "Easter eggs", "a Christmas tree").
const FEAST_AS_KIND: &[&str] = &[
    "egg",
    "eggs",
    "bunny",
    "lily",
    "market",
    "markets",
    "tree",
    "trees",
    "decorations",
    "card",
    "cards",
    "carols",
    "pudding",
    "cake",
    "jumper",
    "jumpers",
    "sweater",
    "sweaters",
    "ornaments",
];

/// Capitalised nouns after which a feast's name is part of another name ("the Good Friday
/// Agreement", "the Tet Offensive", "Christmas Island").
const NAMED_AFTER_FEAST: &[&str] = &[
    "agreement",
    "accord",
    "accords",
    "rising",
    "uprising",
    "offensive",
    "war",
    "island",
    "islands",
    "parade",
    "revolution",
    "treaty",
    "street",
    "square",
    "avenue",
    "road",
];

/// True when a year and a comma, "and" or "or" stand right before `pos`: a year in a list
/// ("coups in 1960, 1971 and 1980").
fn year_listed_before(text: &str, pos: usize) -> bool {
    let lead = text.get(..pos).unwrap_or("").trim_end();
    let lead = lead
        .strip_suffix(',')
        .or_else(|| lead.strip_suffix(" and"))
        .or_else(|| lead.strip_suffix(" or"))
        .unwrap_or("")
        .trim_end();
    let cut = lead.len().saturating_sub(4);
    let (before, year) = (lead.get(..cut).unwrap_or(""), lead.get(cut..).unwrap_or(""));
    year.len() == 4
        && year
            .parse::<i32>()
            .is_ok_and(|y| (1800..=2100).contains(&y))
        && !before.ends_with(|c: char| c.is_ascii_alphanumeric() || matches!(c, ',' | '.'))
}

fn set(c: &Captures<'_>, text: &str, span: Span) -> Option<Found> {
    // "every Tuesday night": the part of the day, too
    let mut part = None;
    let spec = if let Some(u) = g(c, "setu") {
        let unit = lexicon::unit(u.as_str())?;
        let every = match g(c, "setn").map(|n| n.as_str().to_ascii_lowercase()) {
            Some(n) if n == "other" => 2,
            Some(n) => match amount(&n)? {
                Amount::Num(k) => k,
                // "every few minutes": a count not stated
                Amount::Some => 0,
                Amount::Halves(_) => return None,
            },
            None => 1,
        };
        Underspec::SetEvery { unit, every }
    } else if let Some(w) = g(c, "setwd") {
        part = g(c, "setwp").and_then(|p| lexicon::day_part(p.as_str()));
        Underspec::SetWeekday(lexicon::weekday(w.as_str())?)
    } else if let Some(p) = g(c, "setpd") {
        Underspec::SetPart(lexicon::day_part(p.as_str())?)
    } else if let Some(m) = g(c, "setm") {
        // "every May 30", "every 30 November" (the day read as the count before the month):
        // a day of the year
        let day = g(c, "setmd")
            .or_else(|| g(c, "setn"))
            .and_then(|d| day_number(d.as_str()));
        Underspec::SetMonth(lexicon::month(m.as_str())?, day)
    } else if let Some(x) = g(c, "setsea") {
        Underspec::SetSeason(lexicon::season(x.as_str())?)
    } else if let Some(a) = g(c, "setadv") {
        let next = word_after(text, span.end);
        if capitalised(next) && lexicon::weekday(next).is_none() && lexicon::month(next).is_none() {
            return None; // a paper: "the Israeli daily Haaretz", "the party weekly Pravda"
        }
        let word = a.as_str().to_ascii_lowercase_fixed();
        // "the board meets quarterly", "is published monthly", "held annually in Singapore":
        // adverbs; as adjectives ("quarterly sales", "the highest monthly figure") and in a
        // rate ("to rise 8.5% annually") they are no time (TimeBank's practice; "daily" and
        // "weekly" are sets as adjectives too: "the daily tally")
        if matches!(
            word.as_str(),
            "monthly" | "quarterly" | "annually" | "yearly"
        ) {
            let rest = text.get(span.end..).unwrap_or("").trim_start();
            let adverb = !rest.starts_with(|c: char| c.is_ascii_alphanumeric())
                || in_list(ADVERB_FOLLOWERS, next);
            if !adverb || count_before(text, span.start) {
                return None;
            }
        }
        let (unit, every) = match word.as_str() {
            // "nightly": every night (TimeML `XXXX-XX-XXTNI`, as "every night")
            "nightly" => return Some(set_found(Underspec::SetPart(DayPart::Night), None, span)),
            "daily" => (Unit::Day, 1),
            "weekly" => (Unit::Week, 1),
            "fortnightly" => (Unit::Week, 2),
            "monthly" => (Unit::Month, 1),
            "quarterly" => (Unit::Month, 3),
            "hourly" => (Unit::Hour, 1),
            _ => (Unit::Year, 1),
        };
        Underspec::SetEvery { unit, every }
    } else {
        let unit = lexicon::unit(g(c, "setfu")?.as_str())?;
        Underspec::SetEvery { unit, every: 1 }
    };
    Some(set_found(spec, part, span))
}

/// A set found at `span`, of `spec` and the part of the day `part`.
fn set_found(spec: Underspec, part: Option<DayPart>, span: Span) -> Found {
    let mut cand = Candidate::new(spec);
    cand.part = part;
    Found {
        span,
        cand,
        rule: "set",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_pattern_compiles() {
        assert!(super::RE.is_some());
        // every alternative compiled on its own
        assert_eq!(
            super::FAMILIES.len(),
            super::PATTERN.matches("\n|").count() + 1
        );
        assert!(super::FAMILIES.iter().all(Option::is_some));
        assert_eq!(super::LOWER.len(), super::FAMILIES.len());
        // (a capital letter in a family's pattern leaves it to the slower Unicode regex:
        // write the patterns in lower case, they are case-insensitive)
        assert!(super::LOWER.iter().all(Option::is_some));
    }

    /// The first candidate of `text`, read as the scan reads it.
    fn first(text: &str) -> Option<super::Found> {
        let m = super::RE.as_ref()?.find(text)?;
        let mut reader = super::Reader::default();
        super::read_match(
            &mut reader,
            text,
            m.start(),
            m.end(),
            m.pattern().as_usize(),
        )
    }

    #[test]
    fn shortcut_reads_as_the_regex() {
        // the groups read by hand are the regex's, and the reader refuses what it cannot read
        let texts = [
            "It fell in May. On Nov. 3 and on Sept.12, again on March 31st and May 32.",
            "Talks on Friday night, on Saturday's vote, on Sundays and Monday morning, Tuesday.",
            "Last year and this week, earlier this month, later this year, mid-next year.",
            "This past week, the past two months, the next few days, the last twenty four hours.",
            "In recent years, the same month, that day, the past 12 months, the coming seven days.",
            "A 17-year-old, the 14-day period, the first nine months, a year, an hour, two days.",
            "Seventeen days, twenty-one years, 2,000 years, 2.5 years, several weeks, many months.",
            "A year ago, a year earlier, some two years ago, about three weeks ago, 5 days later.",
            "Over two years, the two-day rally, three-quarters, a second group, one day, the 1990s.",
            "On May 5, 2024, Jan 5th, on 3 March, Feb. 29 last year, from Friday to Sunday.",
            "Now, currently, current, recently, the future, today, yesterday morning, tonight.",
            "Pages 12-14, from 5 to 9 May, 11 and 12 June, March 3 or 4, 1 - 2 April, 123-4.",
            "The third-quarter, the third quarter, the first half, fourth quarter of 1998.",
            "The quarter, the latest period, the recent quarter, the year, the weekend, daily.",
            "In 1994, 2024's, 2022 people, fiscal 1990, early 2024, 1800, 3000, 20245.",
            "On March 26, 1996, August 1988, March, 2001, Sept. 27,1989, May 2nd 2003, June 3rds.",
            "Last May, this past May, this coming June, mid-November, the end of October, late May.",
            "June last year, Feb. 29 next year, the early part of May, the beginning of March.",
            "The future, the near term, these days, at present, the past, the presently, the near.",
            "Last fall, this past summer, the winter, early spring, for years, within weeks, in days.",
            "The year-earlier quarter, year-ago, the year-ago third quarter, year-earlier nine months.",
            "Late on Tuesday, early Friday morning, last Wednesday's, the previous Monday, this Sunday.",
            "Nearly three years, more than a week, at least two days, some two years, about 2 hours.",
        ];
        let re = super::RE.as_ref().unwrap();
        let mut read = 0;
        for text in texts {
            for m in re.find_iter(text) {
                let family = m.pattern().as_usize();
                let names = &super::GROUP_NAMES[family];
                let (from, to) = (m.start().saturating_sub(1), (m.end() + 1).min(text.len()));
                let hay = text[from..to].to_ascii_lowercase();
                let (s, e) = (m.start() - from, m.end() - from);
                let Some(groups) = super::super::shortcut::read(names.family, hay.as_bytes(), s, e)
                else {
                    continue;
                };
                let lower = super::LOWER[family].as_ref().unwrap();
                let mut by_hand = lower.create_captures();
                assert!(super::fill(&mut by_hand, names, s, e, &groups));
                let mut by_regex = lower.create_captures();
                let input = regex_automata::Input::new(&hay)
                    .range(s..e)
                    .anchored(regex_automata::Anchored::Yes);
                lower.search_captures(&input, &mut by_regex);
                assert_eq!(by_hand.slots(), by_regex.slots(), "{:?}", &text[m.range()]);
                read += 1;
            }
        }
        assert!(read >= 60, "{read}");
    }

    #[test]
    fn lower_case_ascii_spans_read_as_the_text() {
        // (text, the same phrase in other letters or spaces): an ASCII span is read by the
        // lower-case families, one with other bytes by the Unicode ones; both read alike
        let rows = [
            ("talks on Friday morning", "talks on FRIDAY MORNING"),
            ("talks on March 3, 2024", "talks on March\u{a0}3, 2024"),
            ("about three weeks ago", "About Three Weeks Ago"),
            ("the last week of April", "the last week of\u{2009}April"),
        ];
        for (plain, other) in rows {
            let (a, b) = (first(plain), first(other));
            assert!(a.is_some(), "{plain}");
            assert_eq!(a.map(|f| f.cand), b.map(|f| f.cand), "{plain} / {other}");
        }
        // negative: a refused candidate stays refused either way ("This Week", a programme)
        assert!(first("said on This Week").is_none());
        assert!(first("said on This\u{a0}Week").is_none());
    }
}
