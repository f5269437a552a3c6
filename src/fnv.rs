//! FNV-1a hashing for the crate's lookup tables.
//!
//! Speed: the tables (gazetteer names, regex group names) are keyed by short strings looked up
//! once or more per word; SipHash, the standard library's default, cost more than the lookup
//! itself (it was the largest single cost of the gazetteer's one-off build and a visible share
//! of the time layer). The tables are built from our own data, so their probe lengths do not
//! depend on the text; the hash is deterministic, and no output depends on iteration order.

use std::collections::HashMap;

/// A `HashMap` with the FNV-1a hasher.
pub(crate) type FnvMap<K, V> = HashMap<K, V, BuildFnv>;

/// Builds [`Fnv`] hashers.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct BuildFnv;

impl std::hash::BuildHasher for BuildFnv {
    type Hasher = Fnv;
    fn build_hasher(&self) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

/// The 64-bit FNV-1a hash.
#[derive(Debug)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_and_lookups() {
        use std::hash::{BuildHasher, Hasher};
        let mut h = BuildFnv.build_hasher();
        h.write(b"a");
        assert_eq!(h.finish(), 0xaf63_dc4c_8601_ec8c); // FNV-1a 64 of "a"
        let mut m: FnvMap<&str, u32> = FnvMap::default();
        m.insert("kyiv", 1);
        assert_eq!(m.get("kyiv"), Some(&1));
        assert_eq!(m.get("lviv"), None);
    }
}
