//! A set of disjoint byte ranges (`range_tree_t` in spirit): add, remove, difference.
use std::collections::BTreeMap;

/// Disjoint, merged `[start, end)` ranges.
#[derive(Clone, Debug, Default)]
pub(crate) struct Ranges(BTreeMap<u64, u64>);

impl Ranges {
    /// Adds `[start, end)`; `false` if any of it was already in the set.
    pub fn add(&mut self, start: u64, end: u64) -> bool {
        let prev = self.0.range(..=start).next_back().map(|(s, e)| (*s, *e));
        let next = self.0.range(start..).next().map(|(s, e)| (*s, *e));
        if prev.is_some_and(|(_, e)| e > start) || next.is_some_and(|(s, _)| s < end) {
            return false;
        }
        let (mut s, mut e) = (start, end);
        if let Some((ps, pe)) = prev.filter(|(_, pe)| *pe == start) {
            self.0.remove(&ps);
            s = ps.min(pe);
        }
        if let Some((ns, ne)) = next.filter(|(ns, _)| *ns == end) {
            self.0.remove(&ns);
            e = ne;
        }
        self.0.insert(s, e);
        true
    }

    /// Removes `[start, end)`; `false` unless all of it was in the set.
    pub fn remove(&mut self, start: u64, end: u64) -> bool {
        let Some((s, e)) = self.0.range(..=start).next_back().map(|(s, e)| (*s, *e)) else {
            return false;
        };
        if e < end {
            return false;
        }
        self.0.remove(&s);
        if s < start {
            self.0.insert(s, start);
        }
        if end < e {
            self.0.insert(end, e);
        }
        true
    }

    pub fn total(&self) -> u64 {
        self.0.iter().map(|(s, e)| e - s).sum()
    }

    pub fn iter(&self) -> impl Iterator<Item = (u64, u64)> + '_ {
        self.0.iter().map(|(s, e)| (*s, *e))
    }

    /// The parts of `self` not in `other`.
    pub fn minus(&self, other: &Ranges) -> Ranges {
        let mut out = self.clone();
        for (s, e) in other.iter() {
            let overlapping: Vec<(u64, u64)> = out
                .0
                .range(..e)
                .rev()
                .take_while(|(_, oe)| **oe > s)
                .map(|(a, b)| (*a, *b))
                .collect();
            for (os, oe) in overlapping {
                out.remove(os.max(s), oe.min(e));
            }
        }
        out
    }
}
