//! The kernel on a pool written with two snapshots: it lists them (no space of their own),
//! `zfs diff` shows a change made after, `zfs send` of `@built` received as a new dataset
//! holds the files as written, the middle snapshot is destroyed, `zfs rollback -r @built`
//! brings every file back, the last snapshot is destroyed, the scrub finds 0 errors; after
//! export, zdb -bcc finds no leak.
use std::time::Duration;

use super::super::run::assert_no_leaks;
use super::super::{build, zfs_guest};
use crate::tree::fixture::Fixture;

const SCRIPT: &str = r#"set -e
mkdir -p /pool /mnt /copy && mount -t tmpfs -o size=400m tmpfs /pool
cat /dev/vda > /pool/rootfs.img
zpool import -d /pool -R /mnt anvil_pool
zfs list -H -p -t snapshot -o name,used,refer | sed 's/^/SNAP|/'
zfs get -H -p -o value referenced anvil_pool/ROOT | sed 's/^/REFER|/'
(cd /mnt && find . -type f -exec sha256sum {} + | sort | sed 's/^/BEFORE|/')
gone=$(cd /mnt && find . -type f | sort | head -1 | cut -c3-)
rm -f "/mnt/$gone" && echo new > /mnt/new-file && sync
zfs snapshot anvil_pool/ROOT@after
zfs diff -H anvil_pool/ROOT@built anvil_pool/ROOT@after | sed 's/^/DIFF|/'
zfs send anvil_pool/ROOT@built | zfs receive -o mountpoint=legacy anvil_pool/copy
mount -t zfs anvil_pool/copy /copy
(cd /copy && find . -type f -exec sha256sum {} + | sort | sed 's/^/COPY|/')
umount /copy && zfs destroy -r anvil_pool/copy
zfs destroy "anvil_pool/ROOT@Second one"
zfs rollback -r anvil_pool/ROOT@built
(cd /mnt && find . -type f -exec sha256sum {} + | sort | sed 's/^/AFTER|/')
zfs destroy anvil_pool/ROOT@built
zfs list -H -t snapshot -o name | sed 's/^/LEFT|/'
zpool scrub -w anvil_pool
zpool status anvil_pool | sed 's/^/SCRUB|/'
zpool export anvil_pool
cat /pool/rootfs.img > /dev/vdb
sync
"#;

/// The lines tagged `tag`, without it.
fn tagged<'a>(text: &'a str, tag: &str) -> Vec<&'a str> {
    text.lines().filter_map(|l| l.strip_prefix(tag)).collect()
}

#[test]
fn the_kernel_diffs_sends_destroys_and_rolls_back_to_built_snapshots() {
    let fx = Fixture::build();
    let extra = [
        "--size",
        "128M",
        "--snapshot",
        "built",
        "--snapshot",
        "Second one",
    ];
    let img = build(&fx, "snap-kernel", &extra);
    let after = img.with_file_name("after").join("rootfs.img");
    std::fs::create_dir(after.parent().unwrap()).unwrap();
    std::fs::copy(&img, &after).unwrap();
    let guest = zfs_guest()
        .memory_mib(1536)
        .timeout(Duration::from_secs(300));
    let out = guest.disk(&img, true).disk(&after, false).run(SCRIPT);
    let text = out.succeeded();
    let refer = tagged(text, "REFER|");
    let snaps = tagged(text, "SNAP|");
    assert_eq!(snaps.len(), 2, "{text}");
    for (snap, name) in snaps.iter().zip(["built", "Second one"]) {
        let want = format!("anvil_pool/ROOT@{name}\t0\t{}", refer[0]);
        assert_eq!(*snap, want, "{text}");
    }
    let before = tagged(text, "BEFORE|");
    assert!(before.len() > 10, "{text}");
    assert_eq!(tagged(text, "COPY|"), before, "the received copy differs");
    assert_eq!(tagged(text, "AFTER|"), before, "the rollback lost files");
    let diff = tagged(text, "DIFF|").join("\n");
    assert!(
        diff.contains("+\t/mnt/new-file") && diff.contains("-\t/mnt/"),
        "{text}"
    );
    assert!(tagged(text, "LEFT|").is_empty(), "{text}");
    assert!(text.contains("with 0 errors"), "{text}");
    assert_no_leaks(after.parent().unwrap());
}
