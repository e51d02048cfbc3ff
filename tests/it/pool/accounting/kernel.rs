//! The kernel reads the used objects of both datasets: `zfs userspace`, `groupspace` and
//! `projectspace` print what the ZAPs hold. After the guest writes a file as alice and a
//! directory as 7:8, it has added their bytes to the user and group objects we wrote. (With
//! `userobj_accounting` and `project_quota` still disabled in the pool, it leaves the object
//! counts and the project object as they were: the features, not ours, make it keep those.)
use super::input::tree;
use super::objects::objects;
use super::pool::write;
use crate::pool::zfs_guest;

const SCRIPT: &str = r#"set -e
mkdir -p /pool /mnt && mount -t tmpfs -o size=200m tmpfs /pool
cat /dev/vda > /pool/rootfs.img
zpool import -d /pool -R /mnt anvil_pool
space() {
  for ds in anvil_pool anvil_pool/ROOT; do
    zfs userspace -Hpn -o name,used,objused $ds | sed "s#^#$1USER|$ds|#"
    zfs groupspace -Hpn -o name,used,objused $ds | sed "s#^#$1GROUP|$ds|#"
    zfs projectspace -Hp -o name,used,objused $ds | sed "s#^#$1PROJECT|$ds|#"
  done
}
space ""
echo new > /mnt/home/alice/new && chown 1000:1000 /mnt/home/alice/new
mkdir /mnt/srv/d && chown 7:8 /mnt/srv/d
zpool sync anvil_pool
space AFTER
zpool export anvil_pool
echo DONE
"#;

#[test]
fn the_kernel_reports_the_used_objects_and_adds_to_them() {
    let dir = tempfile::tempdir().unwrap();
    let img = write(dir.path(), tree(), 2, true);
    let datasets = ["anvil_pool", "anvil_pool/ROOT"].map(|ds| (ds, objects(dir.path(), ds)));
    let outcome = zfs_guest().disk(&img, true).memory_mib(1024).run(SCRIPT);
    let out = format!("\n{}", outcome.succeeded());
    assert!(out.contains("\nDONE"), "{out}");
    for (ds, all) in &datasets {
        for (id, kind) in [(-1, "USER"), (-2, "GROUP"), (-3, "PROJECT")] {
            let zap = &all.iter().find(|o| o.id == id).unwrap().zap;
            let lines = out
                .lines()
                .filter(|l| l.starts_with(&format!("{kind}|{ds}|")));
            assert_eq!(lines.count() * 2, zap.len(), "{kind} {ds}:{out}");
            for (key, bytes) in zap.iter().filter(|(k, _)| !k.starts_with("obj-")) {
                let id = u64::from_str_radix(key, 16).unwrap();
                let objects = &zap[&format!("obj-{key}")];
                let line = format!("\n{kind}|{ds}|{id}\t{bytes}\t{objects}\n");
                assert!(out.contains(&line), "no {line:?} in:{out}");
            }
        }
    }
    let after = |who: &str| {
        let line = out.lines().find(|l| l.starts_with(who));
        let line = line.unwrap_or_else(|| panic!("no {who} in:{out}"));
        line.split('\t').nth(1).unwrap().parse::<u64>().unwrap()
    };
    // The new empty directory: its micro ZAP is embedded, so 512 bytes and one object.
    assert!(
        out.contains("\nAFTERUSER|anvil_pool/ROOT|7\t512\t1\n"),
        "{out}"
    );
    assert!(
        out.contains("\nAFTERGROUP|anvil_pool/ROOT|8\t512\t1\n"),
        "{out}"
    );
    let alice = |prefix: &str| after(&format!("{prefix}USER|anvil_pool/ROOT|1000\t"));
    assert!(alice("AFTER") > alice(""), "{out}");
}
