//! Compressed archives decode once into a spool; members read from it as from a plain one.
//! A corrupt stream is refused as a decompression failure.
use std::fs;

use super::bad::refused;
use super::compare::{ALL, same};
use super::fixture;
use super::python::py;
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

#[test]
fn corrupt_compressed_streams() {
    for program in ["gzip", "zstd", "xz"] {
        let (_tmp, out) = py("import random\nrandom.seed(7)\n\
            t = tarfile.open(out, 'w', format=tarfile.USTAR_FORMAT)\n\
            add(t, 'noise', random.randbytes(200000))\n");
        let packed = compress(&out, program);
        let mut data = fs::read(&packed).unwrap();
        let mid = data.len() / 2;
        data[mid..mid + 16].iter_mut().for_each(|b| *b ^= 0x5a);
        fs::write(&packed, data).unwrap();
        refused(&packed, &["at byte", "decompression failed"]);
    }
}
