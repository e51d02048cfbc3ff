//! What the used objects must hold. Object counts come from the input listing alone (each
//! inode once, a hard-linked pair included; an xattr directory with its owner's ids and each
//! attribute file in it as root's); bytes from the dnodes zdb prints: 512 + dsize of each
//! znode (OpenZFS module/zfs/dmu_objset.c `do_userquota_update`), all in project 0.
use std::collections::{BTreeMap, HashSet};

use anvil_tree::Tree;

use super::objects::Object;

/// A used object's entries as zdb prints them: "3e8" → bytes, "obj-3e8" → objects.
pub type Used = BTreeMap<String, String>;

/// "obj-<hex id>" → objects by uid and by gid, from the listing.
pub fn counted(tree: &Tree) -> [Used; 2] {
    let (mut seen, mut by) = (HashSet::new(), [BTreeMap::new(), BTreeMap::new()]);
    let mut count = |ids: [u32; 2], n: u64| {
        for (map, id) in by.iter_mut().zip(ids) {
            *map.entry(format!("obj-{id:x}")).or_insert(0) += n;
        }
    };
    for e in tree.entries() {
        if e.link.is_none_or(|l| seen.insert(l)) {
            count([e.meta.uid, e.meta.gid], 1);
        }
        let dir_xattrs = e.xattrs.iter().filter(|x| x.value.len() > 32_768).count() as u64;
        if dir_xattrs > 0 {
            count([e.meta.uid, e.meta.gid], 1);
            count([0, 0], dir_xattrs);
        }
    }
    by.map(|m| m.into_iter().map(|(k, v)| (k, v.to_string())).collect())
}

/// What -1, -2 and -3 must hold by the dnodes: per uid, gid and project 0.
pub fn implied(objects: &[Object]) -> [Used; 3] {
    let mut sums: [BTreeMap<String, u64>; 3] = Default::default();
    for o in objects.iter().filter(|o| o.sa) {
        let ids = [o.number("uid", 10), o.number("gid", 10), 0];
        for (map, id) in sums.iter_mut().zip(ids) {
            *map.entry(format!("{id:x}")).or_insert(0) += 512 + o.dsize;
            *map.entry(format!("obj-{id:x}")).or_insert(0) += 1;
        }
    }
    sums.map(|m| m.into_iter().map(|(k, v)| (k, v.to_string())).collect())
}
