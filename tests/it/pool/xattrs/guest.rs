//! The kernel reads every attribute as the host fixture has it: names, values, ACLs, the
//! capability of `usr/bin/ping`; scrubs clean; stores new attributes (one in the full SA of
//! `many`, so in its xattr directory) and reads them back after a re-import; then the
//! image, written back to the host, still passes `zdb -bcc`.
use super::fixture::XattrTree;
use super::listing::{TOOLS, lines, on_host, script};
use crate::host::oracle;
use crate::pool::run::assert_no_leaks;
use crate::pool::zfs_guest;

const SCRIPT: &str = r#"set -e
mkdir -p /pool /mnt && mount -t tmpfs -o size=200m tmpfs /pool
cat /dev/vda > /pool/rootfs.img
zpool import -d /pool -R /mnt anvil_pool
zfs get -H -o property,value xattr,acltype anvil_pool/ROOT | sed 's/^/PROP|/'
( @LISTING@ ) || echo LISTING-FAILED
echo "PING|$(getcap /mnt/usr/bin/ping)"
zpool scrub -w anvil_pool
zpool status anvil_pool | sed 's/^/SCRUB|/'
setfattr -n user.guest -v from-the-guest /mnt/many
setfattr -n user.guest -v from-the-guest /mnt/file
zpool export anvil_pool
zpool import -d /pool -R /mnt anvil_pool
echo "READBACK|$(getfattr --only-values -n user.guest /mnt/many)|$(getfattr --only-values -n user.guest /mnt/file)"
zpool export anvil_pool
cat /pool/rootfs.img > /dev/vda
sync
"#;

#[test]
fn the_kernel_reads_every_xattr_acl_and_capability() {
    let tree = XattrTree::build();
    let (out_dir, img) = tree.pool();
    let guest = tool_guest();
    let script = SCRIPT.replace("@LISTING@", &script("/mnt"));
    let outcome = guest.disk(&img, false).memory_mib(1024).run(&script);
    let out = outcome.succeeded();
    assert!(
        (out.contains("PROP|xattr\tsa") || out.contains("PROP|xattr\ton"))
            && out.contains("PROP|acltype\tposix"),
        "{out}"
    );
    assert!(!out.contains("LISTING-FAILED"), "{out}");
    assert!(
        out.contains("PING|/mnt/usr/bin/ping cap_net_raw=ep"),
        "{out}"
    );
    assert!(out.contains("with 0 errors"), "scrub:\n{out}");
    assert!(
        out.contains("READBACK|from-the-guest|from-the-guest"),
        "{out}"
    );
    let (host, guest) = (on_host(&tree.root), lines(out));
    assert!(
        host.iter().any(|l| l.contains("user.big=0x6262")),
        "{host:?}"
    );
    assert_eq!(guest, host, "guest listing differs from the host's");
    assert_no_leaks(&out_dir);
}

/// The ZFS guest with the listing's tools (and their libraries) at their host paths.
pub fn tool_guest() -> crate::kit::Guest {
    let mut guest = zfs_guest();
    for (tool, package) in TOOLS {
        let cmd = oracle(tool, package);
        let path = String::from_utf8(which(cmd.get_program().to_str().unwrap())).unwrap();
        guest = guest.binary(path.trim());
    }
    guest
}

fn which(program: &str) -> Vec<u8> {
    let out = oracle("sh", "dash")
        .args(["-c", &format!("command -v {program}")])
        .output();
    out.unwrap().stdout
}
