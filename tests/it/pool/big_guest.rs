//! The kernel's side of the big-tree test: import from the block device without -f, print
//! the space figures, list every entry, count the blocks of the zero and sparse files, scrub.
use std::path::Path;
use std::time::Duration;

use super::big::Big;
use super::nodes;
use super::zfs_guest;
use crate::tree::{self, listing, manifest};

/// Imports the `disk` vdev from /dev/vda (no copy), lists it and scrubs it.
const SCRIPT: &str = r#"set -e
mkdir -p /mnt
zpool import -d /dev -R /mnt anvil_pool
zpool status anvil_pool | sed 's/^/STATUS|/'
zpool list -p anvil_pool | sed 's/^/ZPOOL|/'
zfs list -p -o name,used,referenced,compressratio | sed 's/^/ZFS|/'
for f in zero sparse random; do echo "BLOCKS|$f|$(stat -c '%b|%B' /mnt/large/$f)"; done
(LISTING)
zpool scrub -w anvil_pool
zpool status anvil_pool | sed 's/^/SCRUB|/'
zpool export anvil_pool
"#;

/// Boots with `img` as a writable /dev/vda and checks what the guest saw against `big`.
pub fn boot_and_check(big: &Big, img: &Path) {
    let script = SCRIPT.replace("(LISTING)", &format!("( {} )", listing::script_at("/mnt")));
    let outcome = zfs_guest()
        .disk(img, false)
        .memory_mib(768)
        .timeout(Duration::from_secs(600))
        .run(&script);
    let out = outcome.succeeded();
    for line in out.lines().filter(|l| {
        ["ZPOOL|", "ZFS|", "BLOCKS|"]
            .iter()
            .any(|p| l.starts_with(p))
    }) {
        println!("{line}");
    }
    assert!(
        out.contains("STATUS|") && out.contains("state: ONLINE"),
        "{out}"
    );
    assert!(out.contains("STATUS|errors: No known data errors"), "{out}");
    assert!(out.contains("with 0 errors"), "scrub:\n{out}");
    check_blocks(out);
    let want = nodes::expected(manifest::of_dir(&big.root));
    tree::assert_same(&want, &listing::parse(out));
}

/// The zero and sparse files hold holes, not blocks; the noise file holds all its bytes.
fn check_blocks(out: &str) {
    let allocated = |name: &str| -> u64 {
        let prefix = format!("BLOCKS|{name}|");
        let line = out.lines().find_map(|l| l.strip_prefix(&prefix));
        let line = line.unwrap_or_else(|| panic!("no {prefix} line:\n{out}"));
        let (blocks, unit) = line.trim().split_once('|').expect("blocks|unit");
        blocks.parse::<u64>().unwrap() * unit.parse::<u64>().unwrap()
    };
    for name in ["zero", "sparse"] {
        let bytes = allocated(name);
        assert!(
            bytes < 1 << 20,
            "large/{name} takes {bytes} bytes in the pool"
        );
    }
    let random = allocated("random");
    assert!(
        random >= 200 << 20,
        "large/random takes only {random} bytes"
    );
}
