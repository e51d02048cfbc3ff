//! Boots that prove the kit works: output and status, disks, modules with binaries, a custom
//! tree, and the deadline. Each prints its wall time (`--nocapture` shows it).
use std::fs;
use std::os::unix::fs::MetadataExt;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use super::{Guest, Outcome};

/// Runs `script` on `guest`, printing how long the boot took.
fn timed(what: &str, guest: &Guest, script: &str) -> Outcome {
    let start = Instant::now();
    let outcome = guest.run(script);
    eprintln!(
        "kit selftest {what}: {:.1} s",
        start.elapsed().as_secs_f64()
    );
    outcome
}

#[test]
fn script_output_and_status() {
    let out = timed("hello", &Guest::new(), "echo hello; exit 3");
    assert_eq!(
        (out.output.as_str(), out.status),
        ("hello\n", 3),
        "{}",
        out.console
    );
}

#[test]
fn disks_in_order_and_readonly() {
    let dir = tempfile::tempdir().unwrap();
    let images = [("a.img", 7u32, 1 << 20), ("b.img", 13, 64 << 10)].map(|(name, step, len)| {
        let bytes: Vec<u8> = (0..len).map(|i| (i * step % 251) as u8).collect();
        fs::write(dir.path().join(name), &bytes).unwrap();
        (
            dir.path().join(name),
            format!("{:x}  -\n", Sha256::digest(&bytes)),
        )
    });
    let guest = Guest::new()
        .disk(&images[0].0, false)
        .disk(&images[1].0, true);
    let script = "head -c 1048576 /dev/vda | sha256sum; head -c 65536 /dev/vdb | sha256sum
        cat /sys/block/vda/ro /sys/block/vdb/ro; printf KIT | dd of=/dev/vda 2>/dev/null";
    let out = timed("disk", &guest, script);
    let want = format!("{}{}0\n1\n", images[0].1, images[1].1);
    assert_eq!((out.output, out.status), (want, 0), "{}", out.console);
    // snapshot=off: the guest's write reached the host file.
    assert_eq!(&fs::read(&images[0].0).unwrap()[..4], b"KIT\x15");
}

#[test]
fn zfs_module_and_zpool_binary() {
    let guest = Guest::new().module("zfs").binary("/usr/sbin/zpool");
    let out = timed("zfs", &guest, "zpool version");
    assert_eq!(out.status, 0, "{}", out.console);
    assert!(out.output.contains("zfs-kmod-"), "{}", out.console);
}

#[test]
fn own_tree_untouched_without_mounts() {
    let dir = tempfile::tempdir().unwrap();
    let hello = dir.path().join("hello");
    fs::write(&hello, "from the tree\n").unwrap();
    // As root, give the file owners that --all-root would have erased; otherwise it is ours.
    let _ = std::os::unix::fs::chown(&hello, Some(1234), Some(5678));
    let md = fs::metadata(&hello).unwrap();
    let guest = Guest::new()
        .tree(dir.path())
        .mount_dev(false)
        .memory_mib(512)
        .file("/etc/extra", &hello)
        .spec_lines("slink /link hello 0777 0 0");
    let script = "cat /link /etc/extra; stat -c '%u:%g %a' /hello /etc/extra
        cat /proc/version 2>/dev/null || echo no procfs";
    let out = timed("tree", &guest, script);
    let owner = format!("{}:{}", md.uid(), md.gid());
    let want = format!("from the tree\nfrom the tree\n{owner} 644\n0:0 644\nno procfs\n");
    assert_eq!((out.output, out.status), (want, 0), "{}", out.console);
}

#[test]
#[should_panic(expected = "did not power off within")]
fn deadline_kills_a_hung_guest() {
    timed(
        "timeout",
        &Guest::new().timeout(Duration::from_secs(20)),
        "sleep 1000",
    );
}
