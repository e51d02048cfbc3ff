//! Each format GNU tar and bsdtar write, of the same fixture, loads as the fixture does.
use std::path::Path;

use anvil_tree::{Kind, Source};

use super::compare::{ALL, Keeps, same, tree};
use super::fixture::{self, Parts};
use super::tool::{bsdtar, gnu_tar};

const PAX_ALL: [&str; 4] = ["--format=pax", "--xattrs", "--xattrs-include=*", "--acls"];
const BARE: Keeps = Keeps {
    nsec: false,
    xattrs: false,
};

fn gnu(parts: Parts, args: &[&str], keeps: Keeps) -> tempfile::TempDir {
    let tmp = fixture::make_with(parts);
    let (dir, out) = (tmp.path().join("root"), tmp.path().join("a.tar"));
    gnu_tar(&dir, &out, args);
    same(&dir, &out, keeps);
    tmp
}

/// The fixture's sparse file was stored as runs, not as 10 MiB of zeros.
pub fn assert_sparse(archive: &Path) {
    let t = tree(archive);
    let e = t.entries().iter().find(|e| e.path == b"sparse").unwrap();
    let Kind::File {
        source: Source::Archive(range),
        ..
    } = &e.kind
    else {
        panic!("sparse is not an archive member")
    };
    assert!(
        range.sparse.as_ref().is_some_and(|r| r.len() >= 2),
        "{range:?}"
    );
}

#[test]
fn gnu_tar_pax_with_xattrs_and_acls() {
    gnu(fixture::FULL, &PAX_ALL, ALL);
}

#[test]
fn gnu_tar_pax_sparse_versions() {
    for version in ["0.0", "0.1", "1.0"] {
        let v = format!("--sparse-version={version}");
        let tmp = gnu(
            fixture::FULL,
            &[&PAX_ALL[..], &["--sparse", &v]].concat(),
            ALL,
        );
        assert_sparse(&tmp.path().join("a.tar"));
    }
}

#[test]
fn gnu_tar_gnu_and_oldgnu_formats_with_sparse_files() {
    for format in ["--format=gnu", "--format=oldgnu"] {
        let tmp = gnu(fixture::FULL, &[format, "--sparse"], BARE);
        assert_sparse(&tmp.path().join("a.tar"));
    }
}

#[test]
fn gnu_tar_ustar() {
    let parts = Parts {
        long: false,
        ..fixture::FULL
    };
    gnu(parts, &["--format=ustar"], BARE);
}

#[test]
fn gnu_tar_v7() {
    let parts = Parts {
        nodes: false,
        long: false,
        attrs: false,
    };
    gnu(parts, &["--format=v7"], BARE);
}

#[test]
fn bsdtar_pax_with_xattrs_and_acls() {
    let tmp = fixture::make();
    let (dir, out) = (tmp.path().join("root"), tmp.path().join("a.tar"));
    bsdtar(&dir, &out, &["--format", "pax", "--xattrs", "--acls"]);
    same(&dir, &out, ALL);
}
