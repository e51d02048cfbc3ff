//! The tree of a directory against the tree of its archive: same paths, kinds, owners,
//! modes, times (to the second, or to the nanosecond where the format keeps them), hard-link
//! groups, xattrs (where the format keeps them) and file bytes.
use std::io::Read;
use std::path::Path;

use anvil_tree::{Entry, Kind, Options, Tree, load};

/// What a format keeps beyond v7's fields.
#[derive(Clone, Copy)]
pub struct Keeps {
    pub nsec: bool,
    pub xattrs: bool,
}

/// Everything: pax with xattrs and ACLs.
pub const ALL: Keeps = Keeps {
    nsec: true,
    xattrs: true,
};

/// The tree at `root` (directory or archive), spooled in the system temporary directory.
pub fn tree(root: &Path) -> Tree {
    let opts = Options {
        root: Some(root.into()),
        ..Options::default()
    };
    load(&opts).unwrap_or_else(|e| panic!("loading {}: {e}", root.display()))
}

/// Asserts that `archive` holds the tree of `dir` as far as `keeps` goes.
pub fn same(dir: &Path, archive: &Path, keeps: Keeps) {
    let (want, got) = (tree(dir), tree(archive));
    let paths = |t: &Tree| {
        t.entries()
            .iter()
            .map(|e| show(&e.path))
            .collect::<Vec<_>>()
    };
    assert_eq!(paths(&want), paths(&got), "{}", archive.display());
    for (w, g) in want.entries().iter().zip(got.entries()) {
        entry(w, g, keeps);
    }
}

fn entry(want: &Entry, got: &Entry, keeps: Keeps) {
    let at = show(&want.path);
    match (&want.kind, &got.kind) {
        (Kind::File { size: a, .. }, Kind::File { size: b, .. }) => {
            assert_eq!(a, b, "{at}: size");
            assert!(bytes(want) == bytes(got), "{at}: file bytes differ");
        }
        (a, b) => assert_eq!(a, b, "{at}: kind"),
    }
    let (mut w, mut g) = (want.meta, got.meta);
    if !keeps.nsec {
        (w.mtime.nsec, g.mtime.nsec) = (0, 0);
    }
    assert_eq!(w, g, "{at}: metadata");
    assert_eq!(want.link, got.link, "{at}: hard-link group");
    if keeps.xattrs {
        assert_eq!(want.xattrs, got.xattrs, "{at}: xattrs");
    }
}

/// A file's bytes through the one reader every writer uses.
pub fn bytes(e: &Entry) -> Vec<u8> {
    let Kind::File { source, size } = &e.kind else {
        panic!("{} is not a file", show(&e.path))
    };
    let mut out = Vec::new();
    let read = source.open(*size).unwrap().read_to_end(&mut out);
    read.unwrap_or_else(|err| panic!("reading {}: {err}", show(&e.path)));
    out
}

pub fn show(path: &[u8]) -> String {
    String::from_utf8_lossy(path).into_owned()
}
