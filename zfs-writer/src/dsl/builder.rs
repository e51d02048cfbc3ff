//! The MOS objects under construction: each step (`pool`, `datasets`, `origin`) puts its
//! objects at the ids the layout reserved. OpenZFS makes them in one txg in `spa_create`.
use std::collections::BTreeMap;

use super::DslInput;
use super::draw::{Draw, draw};
use super::layout::Layout;
use crate::dmu::Object;

/// The plan being built: the input, the reserved ids and the objects put so far.
pub(super) struct Mos<'a> {
    pub input: &'a DslInput,
    pub lay: Layout,
    objects: BTreeMap<u64, Object>,
}

impl<'a> Mos<'a> {
    /// An empty MOS for `input`, with its ids reserved.
    pub(super) fn new(input: &'a DslInput) -> Mos<'a> {
        let pool_props = input.bootfs.is_some() || !input.pool_props.is_empty();
        Mos {
            input,
            lay: Layout::new(&input.snapshot_counts(), pool_props, &input.compat),
            objects: BTreeMap::new(),
        }
    }

    /// The salt of the ZAP that is object `id`.
    pub(super) fn salt(&self, id: u64) -> u64 {
        draw(self.input.seed, id, Draw::Salt)
    }

    /// Puts `object` at `id`.
    ///
    /// # Panics
    /// If `id` is taken (a layout bug).
    pub(super) fn put(&mut self, id: u64, object: Object) {
        let old = self.objects.insert(id, object);
        assert!(old.is_none(), "MOS object {id} put twice");
    }

    /// The objects in id order.
    pub(super) fn finish(self) -> (Layout, Vec<(u64, Object)>) {
        (self.lay, self.objects.into_iter().collect())
    }
}
