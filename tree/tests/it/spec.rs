//! Spec lines over a walked tree: additions, overrides, implicit parents, hard links.
use std::fs;

use anvil_tree::{Kind, Options, Time, load};

fn load_with(spec: &str) -> (tempfile::TempDir, anvil_tree::Tree) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    fs::create_dir_all(root.join("etc")).unwrap();
    fs::write(root.join("etc/passwd"), b"root:x:0:0::/root:/bin/sh\n").unwrap();
    fs::write(dir.path().join("src"), b"from spec").unwrap();
    fs::write(dir.path().join("list"), spec).unwrap();
    let opts = Options {
        root: Some(root),
        spec: Some(dir.path().join("list")),
        source_date_epoch: Some(77),
        ..Options::default()
    };
    let tree = load(&opts).unwrap();
    (dir, tree)
}

fn find<'a>(tree: &'a anvil_tree::Tree, path: &str) -> &'a anvil_tree::Entry {
    tree.entries()
        .iter()
        .find(|e| e.path == path.as_bytes())
        .unwrap_or_else(|| panic!("no {path}"))
}

#[test]
fn spec_adds_nodes_with_implicit_parents() {
    let (_d, tree) = load_with(
        "nod /dev/console 0600 0 5 c 5 1\npipe /run/ctl 0620 1 2\nsock /run/s 0600 0 0\n",
    );
    let dev = find(&tree, "dev");
    assert_eq!(
        (dev.kind.clone(), dev.meta.mode, dev.meta.uid),
        (Kind::Dir, 0o755, 0)
    );
    assert_eq!(
        dev.meta.mtime,
        Time { sec: 77, nsec: 0 },
        "implicit entries take the epoch"
    );
    let console = find(&tree, "dev/console");
    assert_eq!(console.kind, Kind::CharDev { major: 5, minor: 1 });
    assert_eq!((console.meta.mode, console.meta.gid), (0o600, 5));
    assert_eq!(find(&tree, "run/ctl").kind, Kind::Fifo);
    assert_eq!(find(&tree, "run/s").kind, Kind::Socket);
}

#[test]
fn spec_overrides_and_links() {
    let spec = "dir /etc 0700 3 4\nfile /etc/passwd src 0600 0 0 /bin/passwd-link\nslink /bin/sh busybox 0777 0 0\n";
    let (dir, tree) = load_with(spec);
    let etc = find(&tree, "etc");
    assert_eq!((etc.meta.mode, etc.meta.uid, etc.meta.gid), (0o700, 3, 4));
    let passwd = find(&tree, "etc/passwd");
    assert_eq!(
        passwd.kind,
        Kind::File {
            source: anvil_tree::Source::Host(dir.path().join("src")),
            size: 9
        }
    );
    let link = find(&tree, "bin/passwd-link");
    assert_eq!((passwd.link, link.link), (Some(0), Some(0)));
    assert_eq!(
        find(&tree, "bin/sh").kind,
        Kind::Symlink {
            target: b"busybox".to_vec()
        }
    );
}

#[test]
fn a_file_may_not_replace_a_full_directory() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("root/etc")).unwrap();
    fs::write(dir.path().join("root/etc/x"), b"").unwrap();
    fs::write(dir.path().join("list"), "pipe /etc 0600 0 0\n").unwrap();
    let opts = Options {
        root: Some(dir.path().join("root")),
        spec: Some(dir.path().join("list")),
        ..Options::default()
    };
    let err = load(&opts).unwrap_err().to_string();
    assert!(
        err.contains("list:1:") && err.contains("non-empty directory"),
        "{err}"
    );
}
