//! The test decoder against ZAP objects OpenZFS 2.3.2 wrote (tests/data/zap/regen.sh): it must
//! find every entry zdb lists, with zdb's value, and nothing more, and pass the fsck.
use super::decode::Zap;
use super::decode::check::check_fat;
use super::expected::matches;
use super::fixtures::{load, zdb_entries};

/// The micro ZAP fixtures.
pub const MICRO: [&str; 2] = ["root-34-rootdir", "root-35-sa-registry"];
/// The fat ZAP fixtures.
pub const FAT: [&str; 4] = [
    "root-10-big",
    "root-36-sa-layouts",
    "mos-1-objdir",
    "mos-33-props",
];

/// Opens fixture `name`, fscks it if fat, and checks every zdb entry by lookup.
fn open_and_match(name: &str) -> Zap {
    let fixture = load(name);
    let zap = Zap::open(&fixture.blocks);
    if let Zap::Fat(fat) = &zap {
        check_fat(fat);
    }
    let listed = zdb_entries(&fixture.zdb);
    for (entry, text) in &listed {
        let value = zap
            .lookup(entry.as_bytes())
            .unwrap_or_else(|| panic!("{name}: {entry}"));
        assert!(
            matches(text, &value),
            "{name}: {entry} = {value:?}, zdb says {text}"
        );
    }
    assert_eq!(zap.entries().len(), listed.len(), "{name}: entry count");
    assert_eq!(zap.lookup(b"no such name"), None);
    zap
}

#[test]
fn decoder_reads_openzfs_micro_zaps() {
    for name in MICRO {
        assert!(
            matches!(open_and_match(name), Zap::Micro(_)),
            "{name} is micro"
        );
    }
    assert_eq!(
        load("root-35-sa-registry").blocks[0].len(),
        1536,
        "micro ZAPs grow by 512"
    );
}

#[test]
fn decoder_reads_openzfs_fat_zaps() {
    for name in FAT {
        assert!(matches!(open_and_match(name), Zap::Fat(_)), "{name} is fat");
    }
    let big = open_and_match("root-10-big");
    assert_eq!(big.entries().len(), 3000);
}
