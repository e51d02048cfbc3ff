//! A pool of three datasets, one nested, each with its own tree and properties: zdb finds no
//! leak, reads every dataset, the properties where `zfs set` puts them and `bootfs` = ROOT.
use std::path::Path;

use super::{Work, zdb};

const MANIFEST: &str = r#"
[pool]
size = "128M"

[[dataset]]
name = "ROOT"
root = "rootfs"
all_root = true
[dataset.properties]
mountpoint = "/"
xattr = "sa"
"org.anvil:role" = "root"

[[dataset]]
name = "ROOT/home"
root = "home"
[dataset.properties]
mountpoint = "/home"
atime = "off"
canmount = "noauto"
compression = "off"

[[dataset]]
name = "scratch"
"#;

#[test]
fn nested_datasets_with_their_own_trees_pass_zdb() {
    let w = Work::new(MANIFEST);
    w.file("rootfs/etc/hostname", "anvil\n");
    w.file("home/alice/notes.txt", "alice's notes\n");
    let dir = w.build(&[]).parent().unwrap().to_owned();
    crate::pool::run::assert_no_leaks(&dir);
    home_holds_its_own_tree(&dir);
    let list = zdb(&dir, &["-d", "anvil_pool"]);
    for name in [
        "anvil_pool",
        "anvil_pool/ROOT",
        "anvil_pool/ROOT/home",
        "anvil_pool/scratch",
    ] {
        assert!(list.contains(&format!("Dataset {name} [ZPL]")), "{list}");
    }
    let bootfs = format!("bootfs = {}", dataset_id(&list, "anvil_pool/ROOT"));
    let mos = zdb(&dir, &["-dddd", "anvil_pool"]);
    let props = [
        "mountpoint = /home",
        "atime = 0",
        "canmount = 2",
        "compression = 2",
    ];
    for prop in props
        .iter()
        .chain(&["xattr = 2", "org.anvil:role = root", &bootfs])
    {
        assert!(mos.contains(prop), "no {prop:?} in zdb -dddd anvil_pool");
    }
}

/// `zdb -dddd` reads ROOT/home (its file, not ROOT's), and `zdb -r` copies the file back out.
fn home_holds_its_own_tree(dir: &Path) {
    let home = zdb(dir, &["-dddd", "anvil_pool/ROOT/home"]);
    assert!(
        home.contains("notes.txt = ") && !home.contains("hostname = "),
        "{home}"
    );
    let copy = dir.join("notes.txt");
    let path = copy.to_str().unwrap();
    zdb(
        dir,
        &["-r", "anvil_pool/ROOT/home", "alice/notes.txt", path],
    );
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), "alice's notes\n");
}

/// The object id `zdb -d` gives dataset `name` ("Dataset NAME [ZPL], ID 37, …").
pub(super) fn dataset_id(list: &str, name: &str) -> u64 {
    let head = format!("Dataset {name} [ZPL], ID ");
    let line = list.lines().find_map(|l| l.strip_prefix(&head));
    let id = line.and_then(|l| l.split(',').next()?.parse().ok());
    id.unwrap_or_else(|| panic!("no id for {name} in {list}"))
}
