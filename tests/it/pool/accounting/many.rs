//! 1,025 owners: the user and group objects outgrow a micro ZAP (2,047 entries at most,
//! OpenZFS module/zfs/zap_micro.c `zap_add_impl` → `mzap_upgrade`) and are written as fat
//! ZAPs; zdb and zfs-reader read them, and each holds what the dnodes say.
use anvil_tree::Options;

use super::expected::implied;
use super::input::{add, file};
use super::objects::objects;
use super::pool::write;
use crate::pool::run::assert_no_leaks;

#[test]
fn a_thousand_owners_make_fat_used_zaps() {
    let add = (0..1025u32)
        .map(|i| {
            add(
                &format!("f{i}"),
                file(vec![1; i as usize]),
                (i, i + 7),
                vec![],
            )
        })
        .collect();
    let opts = Options {
        add,
        source_date_epoch: Some(1_700_000_000),
        ..Options::default()
    };
    let tree = anvil_tree::load(&opts).expect("1,025 files");
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), tree, 2, true);
    assert_no_leaks(dir.path());
    let all = objects(dir.path(), "anvil_pool/ROOT");
    let used = [-1, -2, -3].map(|id| all.iter().find(|o| o.id == id).unwrap().zap.clone());
    assert_eq!(used, implied(&all));
    // Users 0–1024 (the root directory is 0's too), groups 0 and 7–1031: over 2,047 entries.
    assert_eq!((used[0].len(), used[1].len()), (2 * 1025, 2 * 1026));
}
