//! Malformed spec lines and refused names: each message names FILE:LINE.
use super::{fails, tree};

#[test]
fn malformed_spec_lines_name_file_and_line() {
    let t = tree();
    fails(
        t.path(),
        Some("dir /a 0755 0 0\nnod /dev/x 0600 0 0 q 1 2\n"),
        &["bad.list:2:", "`b` or `c`"],
    );
    fails(
        t.path(),
        Some("# c\n\nmknod /x 0600 0 0\n"),
        &["bad.list:3:", "unknown entry type"],
    );
    fails(
        t.path(),
        Some("dir /a 0755 0\n"),
        &["bad.list:1:", "NAME MODE UID GID"],
    );
    fails(
        t.path(),
        Some("dir /a 0855 0 0\n"),
        &["bad.list:1:", "mode"],
    );
    fails(
        t.path(),
        Some("dir /a 0755 root 0\n"),
        &["bad.list:1:", "uid"],
    );
}

#[test]
fn spec_names_with_control_bytes_or_escapes_are_refused() {
    let t = tree();
    fails(
        t.path(),
        Some("dir /ok 0755 0 0\ndir /bad\0name 0755 0 0\n"),
        &["bad.list:2:", "0x00"],
    );
    fails(
        t.path(),
        Some("dir /crlf\r 0755 0 0\n"),
        &["bad.list:1:", "0x0d"],
    );
    fails(
        t.path(),
        Some("dir /../etc 0755 0 0\n"),
        &["bad.list:1:", "outside the archive"],
    );
    fails(
        t.path(),
        Some("slink /ok/../../x y 0777 0 0\n"),
        &["outside the archive"],
    );
    fails(
        t.path(),
        Some("file /x /no/such/file 0644 0 0\n"),
        &["bad.list:1:", "/no/such/file"],
    );
    fails(
        t.path(),
        Some("nod /ok/x 0600 0 0 c 1 3\n"),
        &["bad.list:1:", "not a directory"],
    );
}
