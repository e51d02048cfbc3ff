//! CpioWriter alone: entries GNU cpio lists back with their fields, and short data refused.
use std::io;

use formats::cpio::{CpioWriter, NewcHeader};

use crate::oracle::pipe;

/// A directory, a file in it and a block device, as GNU cpio should list them.
fn sample() -> Vec<u8> {
    let mut w = CpioWriter::new(Vec::new());
    let mtime = 1_000_000_000;
    let (uid, gid) = (1000, 100);
    let dir = NewcHeader {
        ino: 1,
        mode: 0o040_750,
        uid,
        gid,
        nlink: 2,
        mtime,
        ..Default::default()
    };
    w.add(&dir, b"d", 0, &mut io::empty()).unwrap();
    let file = NewcHeader {
        ino: 2,
        mode: 0o100_644,
        nlink: 1,
        mtime,
        ..Default::default()
    };
    w.add(&file, b"d/hello.txt", 6, &mut &b"hello\n"[..])
        .unwrap();
    let (rdevmajor, rdevminor) = (8, 17);
    let dev = NewcHeader {
        ino: 3,
        mode: 0o060_660,
        gid: 6,
        nlink: 1,
        rdevmajor,
        rdevminor,
        ..Default::default()
    };
    w.add(&dev, b"sda1", 0, &mut io::empty()).unwrap();
    w.finish().unwrap()
}

#[test]
fn gnu_cpio_lists_what_we_write() {
    let archive = sample();
    assert_eq!(archive.len() % 512, 0, "padded like gen_init_cpio");
    let args = ["-tv", "--numeric-uid-gid", "--quiet"];
    let list = String::from_utf8(pipe("cpio", "cpio", &args, &archive)).unwrap();
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 3, "{list}");
    let dir_ok = lines[0].starts_with("drwxr-x---   2 1000     100") && lines[0].ends_with(" d");
    assert!(dir_ok, "{list}");
    assert!(
        lines[1].contains(" 6 ") && lines[1].ends_with("d/hello.txt"),
        "{list}"
    );
    assert!(
        lines[2].starts_with("brw-rw----   1 0        6          8,  17"),
        "{list}"
    );
    let args = ["-i", "--to-stdout", "--quiet", "d/hello.txt"];
    assert_eq!(pipe("cpio", "cpio", &args, &archive), b"hello\n");
}

#[test]
fn short_data_is_an_error() {
    let mut w = CpioWriter::new(Vec::new());
    let file = NewcHeader {
        mode: 0o100_644,
        nlink: 1,
        ..Default::default()
    };
    let err = w.add(&file, b"f", 10, &mut &b"four"[..]).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::UnexpectedEof);
}
