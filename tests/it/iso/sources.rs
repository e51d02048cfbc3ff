//! Files that are not host files: bytes in memory and ranges of an archive are read lazily
//! through the ISO writer's source volume, come back byte-identical from osirrox, and a
//! range whose archive ends early fails the write naming `ARCHIVE:/path`, leaving nothing.
use std::fs;
use std::path::Path;
use std::sync::Arc;

use anvil_tree::{Addition, Archive, ArchiveRange, Kind, Meta, Source, Time, Tree};
use formats::iso::{Options, write};

use super::{run_oracle, scratch};

/// A tree of in-memory additions: `(path, source, size)` files, mode 0644, owned by root.
fn tree_of(files: Vec<(&str, Source, u64)>) -> Tree {
    let meta = Meta {
        mode: 0o644,
        uid: 0,
        gid: 0,
        mtime: Time { sec: 1, nsec: 0 },
    };
    let add = files.into_iter().map(|(path, source, size)| Addition {
        names: vec![path.as_bytes().to_vec()],
        kind: Kind::File { source, size },
        meta,
        xattrs: Vec::new(),
    });
    let opts = anvil_tree::Options {
        add: add.collect(),
        ..Default::default()
    };
    anvil_tree::load(&opts).unwrap()
}

/// A range of the plain file `path` from `offset`: a valid archive member by hand.
fn range(path: &Path, offset: u64) -> Source {
    let archive = Archive::new(fs::File::open(path).unwrap(), path.to_owned());
    let archive = Arc::new(archive);
    Source::Archive(ArchiveRange {
        archive,
        offset,
        sparse: None,
    })
}

fn options() -> Options {
    let (volume_id, epoch) = ("SOURCES".into(), Some(1));
    Options {
        volume_id,
        epoch,
        bios: None,
        efi: None,
    }
}

#[test]
fn bytes_and_archive_ranges_extract_byte_identical() {
    let dir = scratch();
    let big: Vec<u8> = (0..3_000_000u32).map(|i| (i * 7 + i / 251) as u8).collect();
    let host = dir.path().join("stream");
    fs::write(&host, &big).unwrap();
    let bytes: Arc<[u8]> = Arc::from(&big[5..]);
    let tree = tree_of(vec![
        ("mem/big", Source::Bytes(bytes), big.len() as u64 - 5),
        ("mem/empty", Source::Bytes(Arc::from(&[][..])), 0),
        ("tar/whole", range(&host, 0), big.len() as u64),
        ("tar/tail", range(&host, 1000), 70_000),
    ]);
    let iso = dir.path().join("x.iso");
    write(&tree, &[], &options(), &iso, &mut |_| {}).unwrap();
    let out = dir.path().join("x");
    let args = ["-indev".as_ref(), iso.as_os_str(), "-extract".as_ref()];
    let args = [&args[..], &["/".as_ref(), out.as_os_str()]].concat();
    run_oracle("osirrox", "xorriso", &args);
    let same = |rel: &str, want: &[u8]| {
        let got = fs::read(out.join(rel)).unwrap();
        assert!(got == want, "/{rel} differs ({} bytes)", got.len());
    };
    same("mem/big", &big[5..]);
    same("mem/empty", b"");
    same("tar/whole", &big);
    same("tar/tail", &big[1000..71_000]);
}

#[test]
fn an_archive_that_ends_early_fails_naming_the_member() {
    let dir = scratch();
    let host = dir.path().join("short.tar");
    fs::write(&host, vec![1u8; 100_000]).unwrap();
    let tree = tree_of(vec![("etc/cut", range(&host, 0), 200_000)]);
    let out_dir = dir.path().join("out");
    fs::create_dir(&out_dir).unwrap();
    let err = write(&tree, &[], &options(), &out_dir.join("x.iso"), &mut |_| {});
    let msg = err.unwrap_err().to_string();
    let member = format!("{}:/etc/cut", host.display());
    assert!(msg.contains(&member), "does not name {member}: {msg}");
    assert!(msg.contains("changed while being read"), "{msg}");
    assert!(msg.contains("expected 200000 bytes, found 100000"), "{msg}");
    let left: Vec<_> = fs::read_dir(&out_dir).unwrap().collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}
