//! A read-write life in the kernel, the test that proves the accounting: on the pool we
//! wrote, snapshot, delete half the files, write new ones, snapshot, destroy the first
//! snapshot, roll back, create and destroy a dataset, `zfs userspace`, lift the
//! compatibility and `zpool upgrade`, write again, scrub, export; then zdb -bcc finds no leak,
//! and a second boot imports the image again and reads every file as the first left it.
use std::time::Duration;

use super::run::assert_no_leaks;
use super::{build, zfs_guest};
use crate::tree::fixture::Fixture;

/// Boot 1: the life, ending with every file's checksum and the image copied to /dev/vdb.
const LIFE: &str = r#"set -e
mkdir -p /pool /mnt && mount -t tmpfs -o size=400m tmpfs /pool
cat /dev/vda > /pool/rootfs.img
zpool import -d /pool -R /mnt anvil_pool
zfs snapshot anvil_pool/ROOT@first
find /mnt -type f | awk 'NR % 2' | while IFS= read -r f; do rm -f -- "$f"; done
i=0; while [ $i -lt 40 ]; do head -c $((i * 3001 + 1)) /dev/urandom > /mnt/new-$i; i=$((i + 1)); done
zfs snapshot anvil_pool/ROOT@second
zfs destroy anvil_pool/ROOT@first
echo gone > /mnt/after-second
zfs rollback anvil_pool/ROOT@second
test ! -e /mnt/after-second && echo ROLLBACK-OK
zfs create anvil_pool/ROOT/extra
head -c 300000 /dev/urandom > /mnt/extra/x && sync
zfs destroy anvil_pool/ROOT/extra
zfs userspace -H -p anvil_pool/ROOT | sed 's/^/USER|/'
zpool set compatibility=off anvil_pool
zpool upgrade anvil_pool | sed 's/^/UPGRADE|/'
head -c 500000 /dev/urandom > /mnt/after-upgrade
zpool scrub -w anvil_pool
zpool status anvil_pool | sed 's/^/SCRUB|/'
(cd /mnt && find . -type f -exec sha256sum {} + | sort | sed 's/^/SUM|/')
zpool export anvil_pool
cat /pool/rootfs.img > /dev/vdb
sync
"#;

/// Boot 2: the image the first boot left, imported again and read whole.
const AGAIN: &str = r#"set -e
mkdir -p /pool /mnt && mount -t tmpfs -o size=400m tmpfs /pool
cat /dev/vda > /pool/rootfs.img
zpool import -d /pool -R /mnt anvil_pool
(cd /mnt && find . -type f -exec sha256sum {} + | sort | sed 's/^/SUM|/')
zpool scrub -w anvil_pool
zpool status anvil_pool | sed 's/^/SCRUB|/'
zpool export anvil_pool
"#;

#[test]
fn a_read_write_life_leaves_no_leak_and_loses_nothing() {
    let fx = Fixture::build();
    let img = build(&fx, "life", &["--size", "128M"]);
    let after = img.with_file_name("after").join("rootfs.img");
    std::fs::create_dir(after.parent().unwrap()).unwrap();
    std::fs::copy(&img, &after).unwrap();
    let boot = |disks: &[(&std::path::Path, bool)], script: &str| {
        let mut guest = zfs_guest()
            .memory_mib(1536)
            .timeout(Duration::from_secs(600));
        for (disk, ro) in disks {
            guest = guest.disk(disk, *ro);
        }
        guest.run(script).succeeded().to_owned()
    };
    let first = boot(&[(&img, true), (&after, false)], LIFE);
    for want in ["ROLLBACK-OK", "USER|POSIX User\t0\t", "with 0 errors"] {
        assert!(first.contains(want), "no {want:?}:\n{first}");
    }
    assert!(first.contains("UPGRADE|"), "{first}");
    assert_no_leaks(after.parent().unwrap());
    let again = boot(&[(&after, true)], AGAIN);
    let sums = |out: &str| -> Vec<String> {
        let lines = out.lines().filter(|l| l.starts_with("SUM|"));
        lines.map(str::to_owned).collect()
    };
    assert!(sums(&first).len() > 40, "{first}");
    assert_eq!(
        sums(&again),
        sums(&first),
        "the files differ after export and import"
    );
    assert!(again.contains("with 0 errors"), "{again}");
}
