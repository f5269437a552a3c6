//! One automaton pass over a document for every phrase list of the event layer: triggers,
//! weapons, clause cuts, modality cues, report verbs, place nouns, place anaphors, unnamed
//! parties (all ASCII case-insensitive) and actors (case-sensitive: an occurrence counts only
//! as written in the list). Speed: each list used to have its own automaton, run once per sentence,
//! clause or mention (five to seven scans of every sentence with a trigger); now the text is
//! read once, each phrase tagged with the lists it belongs to, and each reader takes the
//! occurrences of its list inside its span.
//!
//! The event layer reads a document by windows of whole sentences, one pass each (memory:
//! the occurrences of a window are held, not those of a whole long document). The pass
//! reports every occurrence (overlapping ones too), so a reader gets exactly what a
//! search of its span alone would find: [`PhraseScan::all`] what an overlapping search finds,
//! [`PhraseScan::leftmost_longest`] what a leftmost-longest search finds.

use std::sync::LazyLock;

use aho_corasick::automaton::Automaton as _;
use aho_corasick::automaton::StateID;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};

use crate::text::{Span, is_word_byte};

/// The phrase lists that share the one automaton.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum List {
    /// [`super::lexicon::TRIGGERS`], by entry.
    Trigger,
    /// [`super::lexicon::WEAPONS`], by entry.
    Weapon,
    /// [`super::words::CUTS`].
    Cut,
    /// [`super::modality::cue_phrases`].
    Cue,
    /// [`super::words::REPORT_VERBS`], then "according to ".
    Report,
    /// [`super::location::place_nouns`].
    PlaceNoun,
    /// [`super::trigger::PLACE_ANAPHORS`].
    PlaceAnaphor,
    /// [`super::lexicon::ACTORS`], by entry (case-sensitive: "US" is not "us").
    Actor,
    /// [`super::trigger::generic_phrases`]: parties the text does not name ("gunmen").
    Generic,
}

/// How far before its sentence a reader may look (the parties named in the 3,000 bytes
/// before an unnamed attacker): a window's scan starts that far before its first sentence.
pub(crate) const LOOK_BACK: usize = 3000;

/// How many lists there are.
const LISTS: usize = 9;

impl List {
    fn slot(self) -> usize {
        self as usize
    }

    /// The phrase at `index` of a case-sensitive list: an occurrence must be written so.
    fn exact(self, index: usize) -> Option<&'static str> {
        match self {
            List::Actor => super::lexicon::ACTORS.phrase(index),
            _ => None,
        }
    }
}

/// One occurrence of a phrase: where, and the phrase's position in its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Occ {
    pub span: Span,
    pub index: usize,
}

/// The automaton over the phrases of all lists (each phrase once, ASCII lower-cased) and, per
/// phrase, the lists and positions it stands for.
struct Automaton {
    dfa: DFA,
    tags: Vec<Vec<(List, usize)>>,
    /// The length of the longest phrase, in bytes.
    longest: usize,
}

static AUTOMATON: LazyLock<Option<Automaton>> = LazyLock::new(|| {
    let lists: [(List, Vec<&str>); LISTS] = [
        (List::Trigger, super::lexicon::TRIGGERS.phrases().collect()),
        (List::Weapon, super::lexicon::WEAPONS.phrases().collect()),
        (
            List::Cut,
            super::words::CUTS.iter().map(|(p, _)| *p).collect(),
        ),
        (List::Cue, super::modality::cue_phrases().collect()),
        (
            List::Report,
            super::words::REPORT_VERBS
                .iter()
                .copied()
                .chain(["according to "])
                .collect(),
        ),
        (List::PlaceNoun, super::location::place_nouns().collect()),
        (List::PlaceAnaphor, super::trigger::PLACE_ANAPHORS.to_vec()),
        (List::Actor, super::lexicon::ACTORS.phrases().collect()),
        (List::Generic, super::trigger::generic_phrases().collect()),
    ];
    let mut keys: Vec<String> = Vec::new();
    let mut ids: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut tags: Vec<Vec<(List, usize)>> = Vec::new();
    for (list, phrases) in lists {
        for (i, p) in phrases.into_iter().enumerate() {
            let key = p.to_ascii_lowercase();
            let id = *ids.entry(key.clone()).or_insert_with(|| {
                keys.push(key);
                tags.push(Vec::new());
                tags.len() - 1
            });
            if let Some(t) = tags.get_mut(id) {
                t.push((list, i));
            }
        }
    }
    // Speed: the DFA itself, read by [`PhraseScan::new`]'s own loop (see there), not through
    // `AhoCorasick`'s overlapping iterator; no prefilter (no list shares a rare start byte).
    let dfa = DFA::builder()
        .match_kind(MatchKind::Standard)
        .ascii_case_insensitive(true)
        .start_kind(StartKind::Unanchored)
        .prefilter(false)
        .build(&keys)
        .ok()?;
    let longest = keys.iter().map(String::len).max().unwrap_or(0);
    Some(Automaton { dfa, tags, longest })
});

/// Every occurrence of every phrase of a document, by list, each list in order of start
/// (longest first at one start, then by position in the list).
pub(crate) struct PhraseScan {
    lists: [Vec<Occ>; LISTS],
}

thread_local! {
    /// The lists of dropped scans, emptied, for the next scans of the thread (Speed: no nine
    /// allocations and frees per window; two sets, as a window is read while the one before
    /// it is still held).
    static SPARE: std::cell::RefCell<Vec<[Vec<Occ>; LISTS]>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// How many sets of lists [`SPARE`] keeps.
const SPARE_SETS: usize = 2;

impl Drop for PhraseScan {
    fn drop(&mut self) {
        let mut lists = std::mem::take(&mut self.lists);
        for v in &mut lists {
            v.clear();
        }
        // (`try_with`: nothing is kept while the thread's storage is being torn down)
        let _ = SPARE.try_with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                if s.len() < SPARE_SETS {
                    s.push(lists);
                }
            }
        });
    }
}

impl PhraseScan {
    /// Reads `within` of `text` once.
    pub fn new(text: &str, within: Span) -> PhraseScan {
        let mut lists: [Vec<Occ>; LISTS] = SPARE
            .try_with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.pop()))
            .ok()
            .flatten()
            .unwrap_or_default();
        let Some(a) = AUTOMATON.as_ref() else {
            return PhraseScan { lists };
        };
        let Some(hay) = within.slice(text) else {
            return PhraseScan { lists };
        };
        // Speed: room for about one occurrence per 48 bytes in each list: dense war news
        // has one trigger, weapon or actor every 50 to 80 bytes (no regrowth; at most 35 KB a
        // list for a whole window).
        for v in &mut lists {
            v.reserve(hay.len() / 48);
        }
        // Every phrase ending at a byte (in pattern order, as `find_overlapping_iter` reports
        // them) read off the match state; the lists are sorted below, so the order in which
        // the pieces of the text report them does not matter.
        walk(&a.dfa, a.longest, hay.as_bytes(), |at, sid| {
            let end = within.start + at;
            for k in 0..a.dfa.match_len(sid) {
                let pid = a.dfa.match_pattern(sid, k);
                let span = Span::new(end.saturating_sub(a.dfa.pattern_len(pid)), end);
                for &(list, index) in a.tags.get(pid.as_usize()).into_iter().flatten() {
                    let written = |p: &str| span.slice(text) == Some(p);
                    if list.exact(index).is_some_and(|p| !written(p)) {
                        continue;
                    }
                    if let Some(v) = lists.get_mut(list.slot()) {
                        v.push(Occ { span, index });
                    }
                }
            }
        });
        for v in &mut lists {
            v.sort_unstable_by_key(|o| (o.span.start, std::cmp::Reverse(o.span.end), o.index));
        }
        PhraseScan { lists }
    }
}

/// How many pieces of a text [`walk`] reads at once.
const STREAMS: usize = 4;

/// The shortest piece [`walk`] cuts a text into, in bytes: a shorter text is read in one
/// piece.
const MIN_PIECE: usize = 256;

/// Calls `found(at, sid)` for every match state `sid` the automaton `dfa` reaches over
/// `bytes`, `at` the position after the byte that led to it: what an overlapping search finds,
/// in no fixed order. `overlap` is the length of the longest phrase.
///
/// Speed: each step of the automaton waits for the load of the step before, and its table
/// (5 MB) is mostly read from the second-level cache: a text of some length is cut into
/// [`STREAMS`] pieces read in lockstep, whose loads overlap (2 to 2.7 times the bytes a
/// second of one pass). Each piece after the first is started `overlap` bytes before its own
/// start: the state after a byte depends only on the `overlap` bytes up to it, so by its own
/// start the piece is in the state one pass would be in; the matches ending in that lead
/// are the piece before's.
fn walk(dfa: &DFA, overlap: usize, bytes: &[u8], mut found: impl FnMut(usize, StateID)) {
    let Ok(start) = dfa.start_state(Anchored::No) else {
        return;
    };
    let piece = bytes.len() / STREAMS;
    if piece < MIN_PIECE.max(2 * overlap) {
        return walk_one(dfa, bytes, (0, 0), start, &mut found);
    }
    // (from, own start, end) of piece k
    let bounds = |k: usize| {
        let own = k * piece;
        let end = if k + 1 == STREAMS {
            bytes.len()
        } else {
            own + piece
        };
        (own.saturating_sub(overlap), own, end)
    };
    let [p0, p1, p2, p3] = [0, 1, 2, 3].map(bounds);
    // the lockstep part: as many bytes as the shortest piece (the first) has
    let lock = |(from, _, _): (usize, usize, usize)| bytes.get(from..from + piece);
    let (Some(s0), Some(s1), Some(s2), Some(s3)) = (lock(p0), lock(p1), lock(p2), lock(p3)) else {
        return walk_one(dfa, bytes, (0, 0), start, &mut found);
    };
    let mut state = [start; STREAMS];
    let pieces = [p0, p1, p2, p3];
    for (i, (((&b0, &b1), &b2), &b3)) in s0.iter().zip(s1).zip(s2).zip(s3).enumerate() {
        let [x0, x1, x2, x3] = state;
        state = [
            dfa.next_state(Anchored::No, x0, b0),
            dfa.next_state(Anchored::No, x1, b1),
            dfa.next_state(Anchored::No, x2, b2),
            dfa.next_state(Anchored::No, x3, b3),
        ];
        if state.iter().any(|&x| dfa.is_special(x)) {
            for (&x, &(from, own, _)) in state.iter().zip(&pieces) {
                let at = from + i + 1;
                if dfa.is_match(x) && at > own {
                    found(at, x);
                }
            }
        }
    }
    for (&x, &(from, own, end)) in state.iter().zip(&pieces) {
        let rest = bytes.get(from + piece..end).unwrap_or(&[]);
        walk_one(dfa, rest, (from + piece, own), x, &mut found);
    }
}

/// [`walk`] in one piece: from state `sid` over `bytes`, which start at `base` of the text,
/// reporting the matches that end after `own`.
fn walk_one(
    dfa: &DFA,
    bytes: &[u8],
    (base, own): (usize, usize),
    mut sid: StateID,
    found: &mut impl FnMut(usize, StateID),
) {
    let mut at = 0usize;
    while at < bytes.len() {
        (at, sid) = to_special(dfa, bytes, at, sid);
        if !dfa.is_special(sid) || dfa.is_dead(sid) {
            break;
        }
        if dfa.is_match(sid) && base + at > own {
            found(base + at, sid);
        }
    }
}

/// Runs `dfa` from state `sid` over `bytes` from `at` up to the first special (match or dead)
/// state: that state and the position after the byte that led to it, else the end and the
/// state there. Speed: a loop without calls, so the automaton's fields stay in registers
/// (about 8 instructions a byte instead of 17).
fn to_special(dfa: &DFA, bytes: &[u8], at: usize, mut sid: StateID) -> (usize, StateID) {
    let rest = bytes.get(at..).unwrap_or(&[]);
    // (four bytes a round: the loop's own test once for four; a special state comes about
    // once in 40 bytes)
    let mut quads = rest.chunks_exact(4);
    let mut from = at;
    for quad in quads.by_ref() {
        if let &[b0, b1, b2, b3] = quad {
            sid = dfa.next_state(Anchored::No, sid, b0);
            if dfa.is_special(sid) {
                return (from + 1, sid);
            }
            sid = dfa.next_state(Anchored::No, sid, b1);
            if dfa.is_special(sid) {
                return (from + 2, sid);
            }
            sid = dfa.next_state(Anchored::No, sid, b2);
            if dfa.is_special(sid) {
                return (from + 3, sid);
            }
            sid = dfa.next_state(Anchored::No, sid, b3);
            if dfa.is_special(sid) {
                return (from + 4, sid);
            }
        }
        from += 4;
    }
    for (i, &b) in quads.remainder().iter().enumerate() {
        sid = dfa.next_state(Anchored::No, sid, b);
        if dfa.is_special(sid) {
            return (from + i + 1, sid);
        }
    }
    (bytes.len(), sid)
}

impl PhraseScan {
    /// Every occurrence of `list` inside `within`, overlapping ones too, in order of start.
    pub fn all(&self, list: List, within: Span) -> impl Iterator<Item = Occ> + '_ {
        let v = self.lists.get(list.slot()).map_or(&[][..], Vec::as_slice);
        let from = v.partition_point(|o| o.span.start < within.start);
        v.get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |o| o.span.start < within.end)
            .filter(move |o| o.span.end <= within.end)
            .copied()
    }

    /// The occurrences of `list` a leftmost-longest search of `within` alone finds: at the
    /// leftmost start the longest one, then the next from its end on.
    pub fn leftmost_longest(&self, list: List, within: Span) -> impl Iterator<Item = Occ> + '_ {
        let mut next = within.start;
        self.all(list, within).filter(move |o| {
            let take = o.span.start >= next;
            if take {
                next = o.span.end;
            }
            take
        })
    }

    /// True when a leftmost-longest match of `list` inside `within` has no letter or digit
    /// right before or after it inside `within`: a quick test that a word of the list may be
    /// there (the lists read so hold phrases of letters only).
    pub fn has_word(&self, text: &str, list: List, within: Span) -> bool {
        let bytes = text.as_bytes();
        let word_at = |i: usize| {
            (within.start..within.end).contains(&i)
                && bytes.get(i).is_some_and(|&b| is_word_byte(b))
        };
        self.leftmost_longest(list, within)
            .any(|o| !o.span.start.checked_sub(1).is_some_and(word_at) && !word_at(o.span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::{AUTOMATON, MIN_PIECE, STREAMS, walk, walk_one};
    use aho_corasick::automaton::Automaton as _;

    /// The matches of [`walk`] (by end and state), sorted.
    fn matches(bytes: &[u8], pieces: bool) -> Vec<(usize, u32)> {
        let a = AUTOMATON.as_ref().expect("automaton");
        let mut out = Vec::new();
        let mut push = |at: usize, sid: super::StateID| out.push((at, sid.as_u32()));
        if pieces {
            walk(&a.dfa, a.longest, bytes, push);
        } else {
            let start = a
                .dfa
                .start_state(aho_corasick::Anchored::No)
                .expect("start");
            walk_one(&a.dfa, bytes, (0, 0), start, &mut push);
        }
        out.sort_unstable();
        out
    }

    /// A text read in four pieces yields exactly the matches of one pass, phrases across
    /// the pieces' borders too, whatever the text's length; and the pieces do read it.
    #[test]
    fn pieces_find_what_one_pass_finds() {
        let unit = "Russian forces shelled the town, and officials said a drone strike \
                    killed 19 people according to the governor; ";
        let long = unit.repeat(40);
        assert!(long.len() / STREAMS >= MIN_PIECE);
        for cut in [0, 1, 7, 33, 101] {
            let text = long.get(cut..).expect("ascii");
            for len in [text.len(), text.len() - 5, 2 * MIN_PIECE, 4 * MIN_PIECE + 3] {
                let t = text.get(..len).expect("ascii").as_bytes();
                let one = matches(t, false);
                assert!(one.len() > 10);
                assert_eq!(matches(t, true), one, "cut {cut} len {len}");
            }
        }
    }
}
