//! Compressed archives decode once into a spool; members read from it as from a plain one.
use super::compare::{ALL, same};
use super::fixture;
use super::tool::{compress, gnu_tar};

fn round_trip(program: &str) {
    let tmp = fixture::make();
    let (dir, out) = (tmp.path().join("root"), tmp.path().join("a.tar"));
    let args = [
        "--format=pax",
        "--xattrs",
        "--xattrs-include=*",
        "--acls",
        "--sparse",
    ];
    gnu_tar(&dir, &out, &args);
    let packed = compress(&out, program);
    same(&dir, &packed, ALL);
}

#[test]
fn gzip() {
    round_trip("gzip");
}

#[test]
fn zstd() {
    round_trip("zstd");
}

#[test]
fn xz() {
    round_trip("xz");
}
