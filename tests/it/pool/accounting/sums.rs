//! The used objects of both datasets against what they must hold (`expected`); every dnode's
//! flags and `ZFS_PROJID` on files and directories; the same bytes for any thread count, and
//! none of it by default.
use super::expected::{Used, counted, implied};
use super::input::tree;
use super::objects::{Object, objects};
use super::pool::write;
use crate::pool::run::assert_no_leaks;

/// The flags `dnode_sync` leaves (beside a spill pointer's), and `ZFS_PROJID` exactly on files
/// and directories.
fn check_flags(objects: &[Object], dataset: &str) {
    for o in objects {
        let want = if o.id >= 1 {
            "USED_BYTES USERUSED_ACCOUNTED USEROBJUSED_ACCOUNTED"
        } else {
            "USED_BYTES"
        };
        let flags = o.flags.replace(" SPILL_BLKPTR", "");
        assert_eq!(flags, want, "{dataset} object {}", o.id);
        if o.sa {
            let ifmt = o.number("mode", 8) & 0o170_000;
            let projid = o.number("pflags", 16) & 0x8000_0000_0000 != 0;
            let want = ifmt == 0o100_000 || ifmt == 0o040_000;
            assert_eq!(projid, want, "{dataset} object {} ZFS_PROJID", o.id);
        }
    }
}

#[test]
fn every_dataset_accounts_each_owner_as_the_listing_and_the_dnodes_say() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), tree(), 2, true);
    assert_no_leaks(dir.path());
    for dataset in ["anvil_pool", "anvil_pool/ROOT"] {
        let all = objects(dir.path(), dataset);
        check_flags(&all, dataset);
        let used = [-1, -2, -3].map(|id| &all.iter().find(|o| o.id == id).unwrap().zap);
        assert_eq!(used.map(Clone::clone), implied(&all), "{dataset}");
    }
    let root = objects(dir.path(), "anvil_pool/ROOT");
    let used = |id| root.iter().find(|o| o.id == id).unwrap().zap.clone();
    let objs = |m: Used| {
        m.into_iter()
            .filter(|(k, _)| k.starts_with("obj-"))
            .collect()
    };
    let [users, groups] = counted(&tree());
    assert_eq!((objs(used(-1)), objs(used(-2))), (users, groups));
    let znodes = root.iter().filter(|o| o.sa).count();
    assert_eq!(
        used(-3)["obj-0"],
        znodes.to_string(),
        "every znode in project 0"
    );
}

#[test]
fn any_thread_count_writes_the_same_bytes_and_the_default_writes_none() {
    let dir = tempfile::tempdir().unwrap();
    let one = std::fs::read(write(dir.path(), tree(), 1, true)).unwrap();
    let three = std::fs::read(write(dir.path(), tree(), 3, true)).unwrap();
    assert!(one == three, "1 and 3 threads wrote different images");
    write(dir.path(), tree(), 2, false);
    for dataset in ["anvil_pool", "anvil_pool/ROOT"] {
        for o in objects(dir.path(), dataset) {
            assert!(
                o.id >= 0 && !o.flags.contains("ACCOUNTED"),
                "{dataset}: {o:?}"
            );
            assert!(
                o.fields.get("pflags").is_none_or(|p| !p.starts_with("84")),
                "{o:?}"
            );
        }
    }
}
