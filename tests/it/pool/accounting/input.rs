//! The input: entries of several owners (one id above 2^31) and every kind — directories,
//! files of many sizes, a hard-linked pair, short and spilled symlinks, a device, a FIFO, a
//! file whose 40 kB xattr needs an xattr directory.
use std::sync::Arc;

use anvil_tree::{Addition, Kind, Meta, Options, Source, Time, Tree, Xattr};

use crate::tree::build::noise;

pub fn add(name: &str, kind: Kind, (uid, gid): (u32, u32), xattrs: Vec<Xattr>) -> Addition {
    let mtime = Time {
        sec: 1_700_000_000,
        nsec: 5,
    };
    let mode = if matches!(kind, Kind::Dir) {
        0o750
    } else {
        0o640
    };
    let meta = Meta {
        mode,
        uid,
        gid,
        mtime,
    };
    let names = vec![name.as_bytes().to_vec()];
    Addition {
        names,
        kind,
        meta,
        xattrs,
    }
}

pub fn file(bytes: Vec<u8>) -> Kind {
    let size = bytes.len() as u64;
    let source = Source::Bytes(Arc::from(bytes));
    Kind::File { source, size }
}

/// A file whose 40 kB xattr needs an xattr directory (over `DXATTR_MAX_ENTRY_SIZE`), beside
/// one that fits in the SA.
fn tagged(owner: (u32, u32)) -> Addition {
    let x = |name: &str, value: Vec<u8>| Xattr {
        name: name.into(),
        value,
    };
    let xattrs = vec![
        x("user.big", noise(3, 40_000)),
        x("user.small", b"v".to_vec()),
    ];
    add("srv/tagged", file(b"tagged\n".repeat(99)), owner, xattrs)
}

/// The tree: alice 1000:1000, bob 1001:100, nobody 65534, a far id 4000000000:4000000001.
pub fn tree() -> Tree {
    let (alice, bob, far) = ((1000, 1000), (1001, 100), (4_000_000_000, 4_000_000_001));
    let link = |t: &[u8]| Kind::Symlink { target: t.to_vec() };
    let mut pair = add("home/bob/a", file(b"linked".to_vec()), bob, vec![]);
    pair.names.push(b"home/bob/b".to_vec());
    let null = Kind::CharDev { major: 1, minor: 3 };
    let add = vec![
        add("home/alice", Kind::Dir, alice, vec![]),
        add("home/alice/notes", file(noise(1, 5000)), alice, vec![]),
        add("home/alice/big", file(noise(2, 1_300_000)), alice, vec![]),
        add("home/alice/empty", file(vec![]), alice, vec![]),
        add("home/bob", Kind::Dir, bob, vec![]),
        pair,
        add("home/bob/link", link(b"a"), bob, vec![]),
        add("home/bob/long", link(&[b'x'; 300]), bob, vec![]),
        add("srv/fifo", Kind::Fifo, (1000, 100), vec![]),
        add("dev/null", null, (0, 6), vec![]),
        tagged(bob),
        add(
            "srv/nobody",
            file(vec![b'z'; 70_000]),
            (65534, 65534),
            vec![],
        ),
        add("far/file", file(noise(4, 3000)), far, vec![]),
    ];
    let opts = Options {
        add,
        source_date_epoch: Some(1_700_000_000),
        ..Options::default()
    };
    anvil_tree::load(&opts).expect("the accounting tree")
}
