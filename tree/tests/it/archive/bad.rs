//! Broken archives: each is refused with a message naming the member and the offset of its
//! header in the (decompressed) tar stream.
use std::fs;
use std::path::Path;

use anvil_tree::{Options, load};

use super::python::py;

/// Loads `archive`, which must fail; returns the message after checking it has each of `want`.
pub fn refused(archive: &Path, want: &[&str]) -> String {
    let opts = Options {
        root: Some(archive.into()),
        ..Options::default()
    };
    let err = load(&opts)
        .expect_err("a broken archive was accepted")
        .to_string();
    for needle in want {
        assert!(err.contains(needle), "{needle:?} missing from: {err}");
    }
    err
}

/// Three members, `a` (600 bytes), `b` and `c`: `b`'s header is at 1536.
fn three() -> (tempfile::TempDir, std::path::PathBuf) {
    py("t = tarfile.open(out, 'w', format=tarfile.USTAR_FORMAT)\n\
        add(t, 'a', b'a' * 600)\nadd(t, 'b', b'b' * 5000)\nadd(t, 'c', b'c')\n")
}

#[test]
fn truncated_member_data() {
    let (_tmp, out) = three();
    let data = fs::read(&out).unwrap();
    fs::write(&out, &data[..1536 + 512 + 1000]).unwrap();
    refused(&out, &["at byte 1536", "\"b\"", "truncated"]);
}

#[test]
fn bad_header_checksum() {
    let (_tmp, out) = three();
    let mut data = fs::read(&out).unwrap();
    data[1536 + 140] ^= 1; // a digit of b's mtime
    fs::write(&out, data).unwrap();
    refused(&out, &["at byte 1536", "\"b\"", "checksum"]);
}

#[test]
fn names_that_escape_the_root() {
    for name in ["/etc/shadow", "x/../../etc/shadow"] {
        let (_tmp, out) = py(&format!(
            "t = tarfile.open(out, 'w', format=tarfile.GNU_FORMAT)\n\
            add(t, 'ok', b'1')\nadd(t, '{name}', b'2')\n"
        ));
        refused(&out, &["at byte 1024", name, "escape the root"]);
    }
}

#[test]
fn hard_link_to_a_missing_member() {
    let (_tmp, out) = py("t = tarfile.open(out, 'w', format=tarfile.USTAR_FORMAT)\n\
        add(t, 'link', type=tarfile.LNKTYPE, linkname='missing')\n");
    refused(&out, &["at byte 0", "\"link\"", "\"missing\""]);
}

#[test]
fn name_component_over_255_bytes() {
    let (_tmp, out) = py("t = tarfile.open(out, 'w', format=tarfile.GNU_FORMAT)\n\
        add(t, 'd/' + 'x' * 256, b'')\n");
    // The GNU long-name header comes first: the member's own header follows its 512-byte name.
    refused(&out, &["at byte 1024", "xxxxxxxx", "256 bytes"]);
}

#[test]
fn sparse_map_beyond_the_file_size() {
    let (_tmp, out) = py("t = tarfile.open(out, 'w', format=tarfile.PAX_FORMAT)\n\
        add(t, 'holes', b'y' * 20, pax_headers={'GNU.sparse.map': '0,10,100,10', \
        'GNU.sparse.realsize': '50', 'GNU.sparse.major': '0', 'GNU.sparse.minor': '1'})\n");
    refused(
        &out,
        &["at byte 1024", "\"holes\"", "beyond the file size 50"],
    );
}

#[test]
fn neither_directory_nor_archive() {
    let (_tmp, out) = py("open(out, 'wb').write(b'just text' * 100)\n");
    refused(&out, &["not a directory or a tar archive"]);
}
