//! `IdMap`: a `HashMap` keyed by the runtime's own `u64` ids (timers, immediates, hashes, zlib
//! streams) with a cheap multiplicative hasher instead of SipHash, which showed up as a tenth
//! of a `setInterval` callback's cost. The ids come from the runtime, not from the program,
//! so there is nothing to defend against; and nothing iterates these maps in an order that
//! could reach the output.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Fibonacci hashing of one `u64` (other input is folded in a byte at a time).
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// A map from runtime ids.
pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequential_ids_spread_and_round_trip() {
        let mut m: IdMap<u64> = IdMap::default();
        for id in 1..=10_000u64 {
            m.insert(id, id * 2);
        }
        assert_eq!(m.len(), 10_000);
        assert!((1..=10_000u64).all(|id| m.get(&id) == Some(&(id * 2))));
        assert_eq!(m.remove(&77), Some(154));
        assert!(!m.contains_key(&77));
        // Neighbouring ids land far apart (the top bits, which hashbrown's tags use, differ).
        let h = |n: u64| {
            let mut s = IdHasher::default();
            s.write_u64(n);
            s.finish() >> 57
        };
        let tags: std::collections::HashSet<u64> = (0..64).map(h).collect();
        assert!(tags.len() > 32, "{} distinct tags", tags.len());
    }
}
