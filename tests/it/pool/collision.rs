//! Two names whose salted ZAP hashes collide in one micro-ZAP directory (FreeBSD makefs gives
//! both collision differentiator 0, and OpenZFS then trips a VERIFY): zdb and the kernel must
//! list, look up and read both.
use std::collections::HashMap;
use std::fs;

use zfs_writer::seed::draw;
use zfs_writer::zap::zap_hash;

use super::zfs_guest;
use crate::tree::fixture::Fixture;

/// Two names with equal hashes under the salt the writer gives object `dir_id` of `ROOT`.
fn colliding_names(seed: u64, dir_id: u64) -> (String, String) {
    let salt = draw(seed, "zap salt ROOT", dir_id);
    let mut seen: HashMap<u64, String> = HashMap::new();
    for i in 0u64.. {
        let name = format!("collide-{i}");
        if let Some(other) = seen.insert(zap_hash(salt, name.as_bytes()), name.clone()) {
            return (other, name);
        }
    }
    unreachable!()
}

#[test]
fn colliding_names_in_a_micro_zap_directory() {
    let fx = Fixture::build();
    // Fixture::build's tree is replaced by a two-level one: root = object 5, /d = object 6.
    fs::remove_dir_all(&fx.root).unwrap();
    fs::create_dir_all(fx.root.join("d")).unwrap();
    let (a, b) = colliding_names(1729, 6);
    for (i, name) in [a.as_str(), b.as_str(), "plain-1", "plain-2"]
        .iter()
        .enumerate()
    {
        fs::write(fx.root.join("d").join(name), format!("file {i}\n")).unwrap();
    }
    let img = super::build(&fx, "collision", &["--size", "64M", "--vdev-type", "disk"]);
    let script = format!(
        "set -e\nzpool import -d /dev -R /mnt anvil_pool\nls /mnt/d | sed 's/^/LS|/'\n\
         echo \"A|$(cat '/mnt/d/{a}')\"\necho \"B|$(cat '/mnt/d/{b}')\"\nzpool scrub -w anvil_pool\n\
         zpool status anvil_pool | sed 's/^/STATUS|/'\n"
    );
    let guest = zfs_guest().disk(&img, false);
    let outcome = guest.run(&script);
    let out = &outcome.output;
    assert_eq!(outcome.status, 0, "guest failed:\n{}", outcome.console);
    assert!(
        out.contains(&format!("LS|{a}")) && out.contains(&format!("LS|{b}")),
        "{out}"
    );
    assert!(
        out.contains("A|file 0") && out.contains("B|file 1"),
        "{out}"
    );
    assert!(out.contains("STATUS|errors: No known data errors"), "{out}");
}
