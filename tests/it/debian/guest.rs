//! The kernel imports the pool written from mmdebstrap's archive: the capability of
//! `/usr/bin/ping` and the attributes of a sample of entries read as `tar -x` left them, and
//! the pool scrubs clean. (Every entry of this pool equals, byte for byte, the pool of the
//! extracted tree; the entry-by-entry listing of all ~8,800 entries under TCG is too slow for
//! CI as one process per entry and waits for a one-process lister.)
use crate::pool::run::assert_no_leaks;
use crate::pool::xattrs::guest::tool_guest;

const SAMPLE: [&str; 4] = ["usr/bin/ping", "etc/passwd", "usr/bin", "dev/null"];

const SCRIPT: &str = r#"set -e
mkdir -p /mnt
zpool import -d /dev -R /mnt anvil_pool
zfs get -H -o property,value xattr anvil_pool/ROOT | sed 's/^/PROP|/'
echo "PING|$(getcap /mnt/usr/bin/ping)"
cd /mnt && for p in @SAMPLE@; do
  echo "S|$p|$(stat -c '%f %u %g %Y' "$p")"
  if [ -f "$p" ]; then echo "H|$(sha256sum "$p")"; fi
  getfattr -d -m - -h -e hex "$p" 2>/dev/null | grep -v '^#' | grep . | sed "s#^#X|$p|#"
done
cd /
zpool scrub -w anvil_pool
zpool status anvil_pool | sed 's/^/SCRUB|/'
zpool export anvil_pool
"#;

#[test]
fn a_debian_root_from_mmdebstrap_unshare_reaches_the_kernel() {
    let built = super::run::build();
    assert_no_leaks(built.img.parent().unwrap());
    let script = SCRIPT.replace("@SAMPLE@", &SAMPLE.join(" "));
    let outcome = tool_guest()
        .disk(&built.img, false)
        .memory_mib(1024)
        .run(&script);
    let out = outcome.succeeded();
    assert!(
        out.contains("PING|/mnt/usr/bin/ping cap_net_raw=ep"),
        "{out}"
    );
    assert!(out.contains("with 0 errors"), "scrub:\n{out}");
    let want = on_host(&built.extracted);
    let got: Vec<String> = out
        .lines()
        .filter(|l| l.starts_with("S|") || l.starts_with("H|") || l.starts_with("X|"))
        .map(str::to_owned)
        .collect();
    assert!(
        want.iter().any(|l| l.contains("security.capability")),
        "{want:?}"
    );
    assert_eq!(got, want, "the kernel's view differs from tar -x's");
}

/// The sample as the host sees the extracted tree.
fn on_host(extracted: &std::path::Path) -> Vec<String> {
    let host = crate::host::oracle("sh", "dash")
        .arg("-c")
        .arg(format!("cd {} && {}", extracted.display(), sample_script()))
        .output()
        .unwrap();
    let want: Vec<String> = String::from_utf8_lossy(&host.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    want
}

/// The sample's part of the guest script, for the host.
fn sample_script() -> String {
    let body = SCRIPT
        .split("cd /mnt && ")
        .nth(1)
        .unwrap()
        .split("\ncd /\n")
        .next()
        .unwrap();
    body.replace("@SAMPLE@", &SAMPLE.join(" "))
}
