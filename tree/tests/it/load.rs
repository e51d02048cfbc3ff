//! Walking a host directory: order, metadata, hard links, sockets, owners and times.
use std::fs;
use std::os::unix::fs::symlink;
use std::os::unix::net::UnixListener;

use anvil_tree::{Kind, Options, Time, load};

fn paths(opts: &Options) -> Vec<String> {
    let tree = load(opts).unwrap();
    tree.entries()
        .iter()
        .map(|e| String::from_utf8_lossy(&e.path).into_owned())
        .collect()
}

#[test]
fn parents_come_first_and_siblings_sort_by_bytes() {
    let dir = tempfile::tempdir().unwrap();
    for d in ["b", "a/z", "a-b", "B"] {
        fs::create_dir_all(dir.path().join(d)).unwrap();
    }
    fs::write(dir.path().join("a/file"), b"x").unwrap();
    let opts = Options {
        root: Some(dir.path().into()),
        ..Options::default()
    };
    assert_eq!(paths(&opts), ["", "B", "a", "a/file", "a/z", "a-b", "b"]);
}

#[test]
fn hard_links_group_and_sockets_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("one"), b"data").unwrap();
    fs::hard_link(dir.path().join("one"), dir.path().join("two")).unwrap();
    symlink("one", dir.path().join("sym")).unwrap();
    let _sock = UnixListener::bind(dir.path().join("sock")).unwrap();
    let tree = load(&Options {
        root: Some(dir.path().into()),
        ..Options::default()
    })
    .unwrap();
    let e = tree.entries();
    assert_eq!(e.len(), 4, "root, one, sym, two");
    assert_eq!((e[1].link, e[3].link), (Some(0), Some(0)));
    assert_eq!(tree.link_count(0), 2);
    assert_eq!(
        e[2].kind,
        Kind::Symlink {
            target: b"one".to_vec()
        }
    );
    assert_eq!(tree.file_bytes(), 4, "linked data counts once");
    assert!(
        tree.warnings()[0].contains("socket"),
        "{:?}",
        tree.warnings()
    );
}

#[test]
fn all_root_and_source_date_epoch_apply() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("f"), b"x").unwrap();
    let opts = Options {
        root: Some(dir.path().into()),
        all_root: true,
        source_date_epoch: Some(1000),
        ..Options::default()
    };
    let tree = load(&opts).unwrap();
    for e in tree.entries() {
        assert_eq!((e.meta.uid, e.meta.gid), (0, 0));
        assert_eq!(
            e.meta.mtime,
            Time { sec: 1000, nsec: 0 },
            "clamped to the epoch"
        );
    }
}

#[test]
fn a_root_that_is_not_a_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("f"), b"x").unwrap();
    let err = load(&Options {
        root: Some(dir.path().join("f")),
        ..Options::default()
    })
    .unwrap_err();
    assert!(err.to_string().contains("not a directory"), "{err}");
}
