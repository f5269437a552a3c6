//! A byte trie over the lower-cased gazetteer names, for anchored longest-prefix lookups.
//!
//! The scan only ever asks "which names start exactly here?" (anchored searches at word
//! starts), so the failure links of an Aho-Corasick automaton are never used, yet computing
//! them dominated the gazetteer's one-off build (about 0.3 s for 40k+ names). This trie is
//! built in a few milliseconds from the sorted names and walks the text byte by byte just as
//! an anchored automaton search does.

/// No pattern ends at a node.
const NONE: u32 = u32::MAX;

/// A trie node: its children are `nodes[first..first + len]`, sorted by byte.
#[derive(Debug, Clone, Copy)]
struct Node {
    first: u32,
    /// Number of children (at most 256).
    len: u16,
    /// The pattern that ends here (the first one given, for duplicates), or [`NONE`].
    pattern: u32,
    /// The byte on the edge into this node.
    byte: u8,
}

/// Anchored multi-pattern matcher: every pattern that is a prefix of a haystack.
#[derive(Debug, Clone)]
pub(super) struct NameTrie {
    /// Breadth-first: node 0 is the root and every node's children are contiguous.
    nodes: Vec<Node>,
    /// The root's children, direct-indexed by byte (the hottest lookup).
    root: Box<[u32; 256]>,
}

impl NameTrie {
    /// Builds the trie; pattern ids are the positions in `patterns`. Empty patterns are
    /// ignored.
    pub fn new<I, P>(patterns: I) -> NameTrie
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        let mut pats: Vec<(P, u32)> = patterns
            .into_iter()
            .zip(0u32..)
            .filter(|(p, _)| !p.as_ref().is_empty())
            .collect();
        // Sorted (stable: duplicates keep their order, so the first id wins), the patterns
        // below a node are one range, and its children are the runs of equal bytes at the
        // node's depth: nodes are laid out breadth-first with no allocation per node.
        pats.sort_by(|a, b| a.0.as_ref().cmp(b.0.as_ref()));
        let mut nodes = vec![Node {
            first: 0,
            len: 0,
            pattern: NONE,
            byte: 0,
        }];
        // (pattern range, depth) of the nodes still to expand, in node order (breadth-first):
        // a queue, so only the frontier is held, not a range per node.
        let mut queue: std::collections::VecDeque<(usize, usize, usize)> =
            std::collections::VecDeque::from([(0, pats.len(), 0)]);
        let mut i = 0usize;
        while let Some((mut lo, hi, depth)) = queue.pop_front() {
            // Patterns that end here sort first.
            while let Some((p, id)) = pats.get(lo).filter(|_| lo < hi) {
                if p.as_ref().len() != depth {
                    break;
                }
                if let Some(n) = nodes.get_mut(i) {
                    if n.pattern == NONE {
                        n.pattern = *id;
                    }
                }
                lo += 1;
            }
            let first = nodes.len();
            while lo < hi {
                let Some(b) = pats
                    .get(lo)
                    .and_then(|(p, _)| p.as_ref().get(depth).copied())
                else {
                    break;
                };
                let mut end = lo + 1;
                while end < hi
                    && pats
                        .get(end)
                        .and_then(|(p, _)| p.as_ref().get(depth).copied())
                        == Some(b)
                {
                    end += 1;
                }
                nodes.push(Node {
                    first: 0,
                    len: 0,
                    pattern: NONE,
                    byte: b,
                });
                queue.push_back((lo, end, depth + 1));
                lo = end;
            }
            let len = nodes.len() - first;
            if let Some(n) = nodes.get_mut(i) {
                n.first = u32::try_from(first).unwrap_or(NONE);
                n.len = u16::try_from(len).unwrap_or(0);
            }
            i += 1;
        }
        drop(pats);
        nodes.shrink_to_fit();
        let mut root = Box::new([NONE; 256]);
        if let Some(r) = nodes.first() {
            for child in r.first..r.first.saturating_add(u32::from(r.len)) {
                if let Some(slot) = nodes
                    .get(child as usize)
                    .and_then(|c| root.get_mut(c.byte as usize))
                {
                    *slot = child;
                }
            }
        }
        NameTrie { nodes, root }
    }

    /// Calls `f(end, pattern)` for every pattern that is a prefix of `hay` read with its ASCII
    /// letters lower-cased and its Latin letters with a diacritic read as their bare letter
    /// ("Lomé" as "lome", "São Tomé" as "sao tome"; `end` is its length in bytes), shortest
    /// first. Speed: the bytes are read so as the walk goes (it reads only a few), not copied
    /// beforehand.
    pub fn prefixes(&self, hay: &[u8], mut f: impl FnMut(usize, u32)) {
        let Some((b0, mut end)) = folded_byte(hay, 0) else {
            return;
        };
        let mut node = self.root.get(b0 as usize).copied().unwrap_or(NONE);
        while let Some(n) = self.nodes.get(node as usize) {
            if n.pattern != NONE {
                f(end, n.pattern);
            }
            let Some((b, len)) = folded_byte(hay, end) else {
                return;
            };
            let from = n.first as usize;
            let kids = self
                .nodes
                .get(from..from.saturating_add(n.len as usize))
                .unwrap_or(&[]);
            // Speed: the children are sorted by byte: a binary search among the few dozen
            // children of the nodes near the root, a plain scan among the few of the others.
            let at = if kids.len() <= 8 {
                kids.iter().position(|k| k.byte == b)
            } else {
                kids.binary_search_by_key(&b, |k| k.byte).ok()
            };
            node = at.map_or(NONE, |k| n.first.saturating_add(k as u32));
            end += len;
        }
    }

    /// The longest pattern that is a prefix of `hay` and passes `ok(end, pattern)` (shorter
    /// ones are tried only when a longer one fails, as with repeated anchored searches).
    pub fn longest(
        &self,
        hay: &[u8],
        mut ok: impl FnMut(usize, u32) -> bool,
    ) -> Option<(usize, u32)> {
        let mut limit = hay.len();
        loop {
            let mut best = None;
            self.prefixes(hay.get(..limit)?, |e, p| best = Some((e, p)));
            let (e, p) = best?;
            if ok(e, p) {
                return Some((e, p));
            }
            limit = e.checked_sub(1)?;
        }
    }
}

/// The byte the walk reads for the character at `at` of `hay`, and the character's length:
/// an ASCII byte lower-cased, a Latin letter with a diacritic as its bare lower-case letter
/// ([`bare_letter`]); none at the end, and none for any other character (no name holds one).
fn folded_byte(hay: &[u8], at: usize) -> Option<(u8, usize)> {
    let b = *hay.get(at)?;
    if b < 0x80 {
        return Some((b.to_ascii_lowercase(), 1));
    }
    let len = match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => return None,
    };
    let c = std::str::from_utf8(hay.get(at..at + len)?)
        .ok()?
        .chars()
        .next()?;
    Some((bare_letter(c)?, len))
}

/// The lower-case ASCII letter a Latin letter with a diacritic is written without ('é', 'Ş',
/// 'ș', 'ạ' as 'e', 's', 's', 'a'): news writes "Lomé", "Bogotá", "Şırnak", "Đà Nẵng" where
/// the gazetteer (GeoNames' ASCII names) has "Lome", "Bogota", "Sirnak", "Da Nang". Letters
/// that stand for two ('ß', 'æ', 'œ') and other characters give none.
pub(super) fn bare_letter(c: char) -> Option<u8> {
    let l = match u32::from(c) {
        0xC0..=0xC5 | 0xE0..=0xE5 | 0x100..=0x105 | 0x1EA0..=0x1EB7 => b'a',
        0xC7 | 0xE7 | 0x106..=0x10D => b'c',
        0xD0 | 0xF0 | 0x10E..=0x111 => b'd',
        0xC8..=0xCB | 0xE8..=0xEB | 0x112..=0x11B | 0x1EB8..=0x1EC7 => b'e',
        0x11C..=0x123 => b'g',
        0x124..=0x127 => b'h',
        0xCC..=0xCF | 0xEC..=0xEF | 0x128..=0x131 | 0x1EC8..=0x1ECB => b'i',
        0x134 | 0x135 => b'j',
        0x136..=0x138 => b'k',
        0x139..=0x142 => b'l',
        0xD1 | 0xF1 | 0x143..=0x148 => b'n',
        0xD2..=0xD6 | 0xD8 | 0xF2..=0xF6 | 0xF8 | 0x14C..=0x151 | 0x1ECC..=0x1EE3 => b'o',
        0x154..=0x159 => b'r',
        0x15A..=0x161 | 0x218 | 0x219 => b's',
        0x162..=0x167 | 0x21A | 0x21B => b't',
        0xD9..=0xDC | 0xF9..=0xFC | 0x168..=0x173 | 0x1EE4..=0x1EF1 => b'u',
        0x174 | 0x175 => b'w',
        0xDD | 0xFD | 0xFF | 0x176..=0x178 | 0x1EF2..=0x1EF9 => b'y',
        0x179..=0x17E => b'z',
        _ => return None,
    };
    Some(l)
}

/// `name` lower-cased with its Latin letters' diacritics dropped ([`bare_letter`]), the form
/// of the gazetteer's keys.
pub(super) fn folded(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match bare_letter(c) {
            Some(b) => out.push(char::from(b)),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_prefix_pattern() {
        let t = NameTrie::new(["kyiv", "kryvyi rih", "kryvyi", "k", "", "kyiv"]);
        let mut got = Vec::new();
        t.prefixes(b"kryvyi rih district", |e, p| got.push((e, p)));
        assert_eq!(got, vec![(1, 3), (6, 2), (10, 1)]);
        got.clear();
        t.prefixes(b"kyiv", |e, p| got.push((e, p)));
        assert_eq!(got, vec![(1, 3), (4, 0)]); // the first of the duplicates
        got.clear();
        t.prefixes(b"Kyiv", |e, p| got.push((e, p)));
        assert_eq!(got, vec![(1, 3), (4, 0)]); // ASCII case-insensitive
        got.clear();
        t.prefixes(b"moscow", |e, p| got.push((e, p)));
        assert!(got.is_empty());
        t.prefixes(b"", |e, p| got.push((e, p)));
        assert!(got.is_empty());
    }

    #[test]
    fn longest_acceptable() {
        let t = NameTrie::new(["kryvyi", "kryvyi rih"]);
        assert_eq!(t.longest(b"kryvyi rih", |_, _| true), Some((10, 1)));
        assert_eq!(t.longest(b"kryvyi rih", |e, _| e < 10), Some((6, 0)));
        assert_eq!(t.longest(b"kryvyi rih", |_, _| false), None);
    }
}
