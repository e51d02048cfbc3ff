//! The kernel imports the pool written from mmdebstrap's archive and sees every entry as
//! `tar -x` left it (the one-process-per-tool listing, written to a second disk since the
//! serial console is slow under TCG); `getcap /usr/bin/ping` reports cap_net_raw; the pool
//! scrubs clean.
use super::listing::{TOOLS, normalize, script};
use crate::host::oracle;
use crate::pool::run::assert_no_leaks;
use crate::pool::xattrs::guest::tool_guest;

const SCRIPT: &str = r#"set -e
mkdir -p /mnt
zpool import -d /dev -R /mnt anvil_pool
zfs get -H -o property,value xattr anvil_pool/ROOT | sed 's/^/PROP|/'
echo "PING|$(getcap /mnt/usr/bin/ping)"
( @LISTING@ ) > /listing
echo "LISTED|$(wc -l < /listing)"
cat /listing > /dev/vdb
sync
zpool scrub -w anvil_pool
zpool status anvil_pool | sed 's/^/SCRUB|/'
zpool export anvil_pool
"#;

#[test]
fn a_debian_root_from_mmdebstrap_unshare_reaches_the_kernel() {
    let built = super::run::build();
    assert_no_leaks(built.img.parent().unwrap());
    let listing = built.img.with_file_name("listing.disk");
    let disk = std::fs::File::create(&listing).unwrap();
    disk.set_len(64 << 20).unwrap();
    let outcome = lister_guest()
        .disk(&built.img, false)
        .disk(&listing, false)
        .memory_mib(1024)
        .timeout(std::time::Duration::from_secs(600))
        .run(&SCRIPT.replace("@LISTING@", &script("/mnt")));
    let out = outcome.succeeded();
    assert!(
        out.contains("PING|/mnt/usr/bin/ping cap_net_raw=ep"),
        "{out}"
    );
    assert!(out.contains("with 0 errors"), "scrub:\n{out}");
    let written = std::fs::read(&listing).unwrap();
    let end = written
        .iter()
        .position(|&b| b == 0)
        .unwrap_or(written.len());
    let got = normalize(&String::from_utf8_lossy(&written[..end]));
    let want = on_host(&built.extracted);
    assert!(want.len() > 15_000, "{} lines", want.len());
    assert!(want.iter().any(|l| l.contains("security.capability")));
    let differ: Vec<_> = want
        .iter()
        .zip(&got)
        .filter(|(w, g)| w != g)
        .take(20)
        .collect();
    assert!(
        differ.is_empty() && got.len() == want.len(),
        "kernel vs tar -x: {differ:#?}"
    );
}

/// The ZFS guest with the attribute tools and the listing's GNU tools.
fn lister_guest() -> crate::kit::Guest {
    let mut guest = tool_guest();
    for (tool, package) in TOOLS {
        let _ = oracle(tool, package);
        guest = guest.binary(tool);
    }
    guest
}

/// The listing of the extracted tree.
fn on_host(extracted: &std::path::Path) -> Vec<String> {
    let out = oracle("sh", "dash")
        .arg("-c")
        .arg(script(extracted.to_str().unwrap()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    normalize(&String::from_utf8_lossy(&out.stdout))
}
