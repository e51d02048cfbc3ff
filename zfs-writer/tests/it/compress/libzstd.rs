//! Every frame the writer makes, with the magic OpenZFS leaves out put back, decodes with the
//! zstd CLI (libzstd) to the block it came from: every level, plain and fast.
use std::process::Command;

use zfs_writer::compress::{ZstdLevel, zstd_compress};

use super::zstd_block::text;

/// The zstd CLI; fails naming the Debian package when it is missing.
fn zstd_cli() -> Command {
    let found = std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .any(|dir| dir.join("zstd").is_file());
    assert!(found, "zstd is missing: apt-get install zstd");
    Command::new("zstd")
}

/// The frame of a ZFS zstd block as a standard frame (RFC 8878: magic first).
fn frame(block: &[u8]) -> Vec<u8> {
    let c_len = u32::from_be_bytes(block[..4].try_into().unwrap()) as usize;
    [&0xFD2F_B528u32.to_le_bytes()[..], &block[8..8 + c_len]].concat()
}

#[test]
fn the_zstd_cli_decodes_every_level() {
    let dir = tempfile::tempdir().unwrap();
    let data = text();
    let plain = (1..=19).map(|n| ZstdLevel::level(n).unwrap());
    let fast = [1, 10, 100, 1000].map(|n| ZstdLevel::fast(n).unwrap());
    for level in plain.chain(fast).chain([ZstdLevel::DEFAULT]) {
        let block = zstd_compress(&data, 2 * data.len(), level).expect("text compresses");
        let path = dir.path().join(format!("{}.zst", level.name()));
        std::fs::write(&path, frame(&block)).unwrap();
        let out = zstd_cli()
            .args(["-d", "-c", "-q"])
            .arg(&path)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "{}: zstd -d failed: {err}",
            level.name()
        );
        assert!(
            out.stdout == data,
            "{}: zstd -d gave other bytes",
            level.name()
        );
    }
}
