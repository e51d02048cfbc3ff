//! The kernel is the judge: Debian's kernel with the DKMS OpenZFS module imports the image
//! without -f, sees every entry as the input says, scrubs it clean, writes to it, exports and
//! re-imports it, and imports it read-only.
use super::build;
use super::zfs_guest;
use crate::tree::fixture::Fixture;
use crate::tree::{self, listing, manifest, spec};

/// Copies the image from the virtio disk into a tmpfs file (a `file` vdev must be a file),
/// imports it under /mnt, lists it, scrubs, writes, exports, re-imports, then read-only.
const SCRIPT: &str = r#"set -e
mkdir -p /pool /mnt && mount -t tmpfs -o size=200m tmpfs /pool
cat /dev/vda > /pool/rootfs.img
zpool import -d /pool -R /mnt anvil_pool
zpool status anvil_pool | sed 's/^/STATUS|/'
zfs get -H -o property,value compression,mountpoint anvil_pool/ROOT | sed 's/^/PROP|/'
(LISTING)
zpool scrub -w anvil_pool
zpool status anvil_pool | sed 's/^/SCRUB|/'
echo written-by-the-guest > /mnt/guest-file
zpool export anvil_pool
zpool import -d /pool -R /mnt anvil_pool
echo "READBACK|$(cat /mnt/guest-file)"
zpool export anvil_pool
zpool import -o readonly=on -d /pool -R /mnt anvil_pool
echo "READONLY|$(zpool get -H -o value readonly anvil_pool)|$(cat /mnt/etc/conf-03)"
"#;

#[test]
fn the_kernel_imports_scrubs_and_writes_the_pool() {
    let fx = Fixture::build();
    let img = build(&fx, "kernel", &["--size", "128M"]);
    let script = SCRIPT.replace("(LISTING)", &format!("( {} )", listing::script_at("/mnt")));
    let outcome = zfs_guest().disk(&img, true).memory_mib(1024).run(&script);
    let out = outcome.succeeded();
    assert!(
        out.contains("STATUS|") && out.contains("state: ONLINE"),
        "{out}"
    );
    assert!(out.contains("STATUS|errors: No known data errors"), "{out}");
    assert!(
        out.contains("PROP|compression\tlz4") && out.contains("PROP|mountpoint\t/"),
        "{out}"
    );
    assert!(out.contains("with 0 errors"), "scrub:\n{out}");
    assert!(out.contains("READBACK|written-by-the-guest"), "{out}");
    assert!(out.contains("READONLY|on|conf 3"), "{out}");
    let want = spec::expected(manifest::of_dir(&fx.root), fx.dir.path());
    tree::assert_same(&want, &listing::parse(out));
}
