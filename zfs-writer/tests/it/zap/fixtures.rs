//! The reference ZAP objects in tests/data/zap, made by regen.sh there from a pool OpenZFS
//! 2.3.2 wrote: each folder holds the object's blocks as on disk and zdb's dump of it.
use std::fs;
use std::path::PathBuf;

/// One reference object.
pub struct Fixture {
    /// Data blocks in block-id order, decompressed.
    pub blocks: Vec<Vec<u8>>,
    /// `zdb -dddddd` of the object.
    pub zdb: String,
}

/// Loads folder `name`: blocks `00.lz4`/`00.raw`, `01…`, until one is missing.
pub fn load(name: &str) -> Fixture {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/zap")
        .join(name);
    let zdb = fs::read_to_string(dir.join("zdb.txt")).expect("zdb.txt (run regen.sh)");
    let mut blocks = Vec::new();
    loop {
        let n = blocks.len();
        if let Ok(raw) = fs::read(dir.join(format!("{n:02}.lz4"))) {
            blocks.push(zfs_lz4_decompress(&raw));
        } else if let Ok(raw) = fs::read(dir.join(format!("{n:02}.raw"))) {
            blocks.push(raw);
        } else {
            break;
        }
    }
    assert!(!blocks.is_empty(), "no blocks in {}", dir.display());
    Fixture { blocks, zdb }
}

/// A block compressed by OpenZFS lz4: a 4-byte big-endian length, then an lz4 block
/// (module/zfs/lz4_zfs.c `zfs_lz4_compress`); psize padding follows.
fn zfs_lz4_decompress(raw: &[u8]) -> Vec<u8> {
    let len = u32::from_be_bytes(raw[..4].try_into().unwrap()) as usize;
    let block = lz4_flex::block::decompress(&raw[4..4 + len], 128 << 10).expect("lz4 block");
    assert!(
        block.len().is_power_of_two() && block.len() >= 512,
        "{} bytes",
        block.len()
    );
    block
}

/// The entries zdb printed: `(name, value text)` from the lines after the last blank line
/// before `Indirect blocks:`.
pub fn zdb_entries(zdb: &str) -> Vec<(String, String)> {
    let head = &zdb[..zdb.find("Indirect blocks:").expect("zdb object dump")];
    let lines = &head[head.rfind("\n\n").expect("blank line before entries") + 2..];
    let split = |l: &str| {
        let (name, value) = l
            .trim_start_matches('\t')
            .split_once(" = ")
            .expect("name = value");
        (name.to_string(), value.to_string())
    };
    lines.lines().map(split).collect()
}
