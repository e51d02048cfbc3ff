//! The kernel imports the pool written from mmdebstrap's archive and sees what tar extracted.
use crate::pool::run::assert_no_leaks;
use crate::pool::xattrs::guest::tool_guest;
use crate::pool::xattrs::listing::{lines, on_host, script};
use crate::tree::{self, listing, manifest};

const SCRIPT: &str = r#"set -e
mkdir -p /mnt
zpool import -d /dev -R /mnt anvil_pool
( @TREE@ )
( @XATTRS@ ) || echo LISTING-FAILED
echo "PING|$(getcap /mnt/usr/bin/ping)"
zpool scrub -w anvil_pool
zpool status anvil_pool | sed 's/^/SCRUB|/'
zpool export anvil_pool
"#;

#[test]
fn a_debian_root_from_mmdebstrap_unshare_reaches_the_kernel_whole() {
    let built = super::run::build();
    assert_no_leaks(built.img.parent().unwrap());
    let script = SCRIPT
        .replace("@TREE@", &listing::script_at("/mnt"))
        .replace("@XATTRS@", &script("/mnt"));
    let outcome = tool_guest()
        .disk(&built.img, false)
        .memory_mib(1024)
        .timeout(std::time::Duration::from_secs(1200))
        .run(&script);
    let out = &outcome.output;
    assert_eq!(
        outcome.status, 0,
        "guest script failed:\n{}",
        outcome.console
    );
    assert!(!out.contains("LISTING-FAILED"), "{out}");
    assert!(
        out.contains("PING|/mnt/usr/bin/ping cap_net_raw=ep"),
        "{out}"
    );
    assert!(out.contains("with 0 errors"), "scrub:\n{out}");
    tree::assert_same(&manifest::of_dir(&built.extracted), &listing::parse(out));
    assert_eq!(lines(out), on_host(&built.extracted), "attributes differ");
}
