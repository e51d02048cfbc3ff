//! A file over 4 GiB (a pool image can be that large): ISO9660 extents hold less than 4 GiB,
//! so it must be written as several extents; osirrox reads the bytes across the boundary.
use std::fs::{self, File};
use std::io::{Seek, SeekFrom, Write};
use std::path::Path;

use super::{assemble_ok, run_oracle, scratch};

/// 4 GiB + 1 MiB: two extents at least.
const SIZE: u64 = (4 << 30) + (1 << 20);
/// A marker that straddles the 4 GiB point, where the first extent must end.
const MARKER: &[u8] = b"this marker straddles the 4 GiB extent boundary of the pool image";

#[test]
fn a_file_over_4_gib_is_written_as_several_extents() {
    let work = scratch();
    let root = work.path().join("root");
    fs::create_dir(&root).unwrap();
    let at = (4u64 << 30) - 20;
    let mut big = File::create(root.join("rootfs.img")).unwrap();
    big.set_len(SIZE).unwrap();
    big.seek(SeekFrom::Start(at)).unwrap();
    big.write_all(MARKER).unwrap();
    drop(big);
    let (kernel, initrd) = (work.path().join("k"), work.path().join("i"));
    fs::write(&kernel, b"kernel").unwrap();
    fs::write(&initrd, b"initrd").unwrap();
    let iso = work.path().join("big.iso");
    assemble_ok(&root, &kernel, &initrd, &iso, &["--no-efi"]);
    fs::remove_file(root.join("rootfs.img")).unwrap();
    let extents = lba_report(&iso);
    assert!(
        extents >= 2,
        "{extents} extent(s) for a file of {SIZE} bytes"
    );
    let piece = work.path().join("piece");
    let (offset, count) = (at.to_string(), MARKER.len().to_string());
    let args = [
        "-osirrox",
        "on",
        "-indev",
        path(&iso),
        "-extract_cut",
        "/rootfs.img",
        &offset,
        &count,
        path(&piece),
    ];
    run_oracle("xorriso", "xorriso", &args.map(AsRef::as_ref));
    assert_eq!(fs::read(&piece).unwrap(), MARKER);
}

/// How many extents xorriso reports for /rootfs.img.
fn lba_report(iso: &Path) -> usize {
    let args = [
        "-indev",
        path(iso),
        "-find",
        "/rootfs.img",
        "-exec",
        "report_lba",
        "--",
    ];
    let report = run_oracle("xorriso", "xorriso", &args.map(AsRef::as_ref));
    report
        .lines()
        .filter(|l| l.contains("File data lba") && l.contains("rootfs.img"))
        .count()
}

fn path(p: &Path) -> &str {
    p.to_str().expect("temp paths are UTF-8")
}
