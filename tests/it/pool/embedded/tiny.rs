//! A tree of tiny files (1–200 bytes of text or noise), tiny directories and a spilled
//! symlink, written with embedded blocks: zdb -bcc clean, zdb -dddddd decodes the pointers,
//! zdb -r extracts the files, less space than without, the same bytes on any thread count.
use std::fs;
use std::path::Path;

use zfs_writer::compress::lz4_compress;

use super::tiny_tree::{text, tiny_tree};
use super::{assert_equals_tree, load, write};
use crate::pool::run::assert_no_leaks;
use crate::pool::zdb::zdb;

/// The line of `zdb -dddddd` after the object whose path is `path` that contains `what`.
fn zdb_line<'a>(dump: &'a str, path: &str, what: &str) -> &'a str {
    let at = dump.find(&format!("path\t{path}\n")).expect("the object");
    let line = dump[at..].lines().find(|l| l.contains(what));
    line.unwrap_or_else(|| panic!("no {what} after {path}"))
}

#[test]
fn tiny_files_are_embedded_decoded_extracted_and_take_less_space() {
    let dir = tiny_tree();
    let tree = load(&dir.path().join("root"), None);
    let (img, on) = write(&tree, &dir.path().join("on"), true, 1);
    let (_, off) = write(&tree, &dir.path().join("off"), false, 1);
    eprintln!(
        "allocated: {} embedded, {} not",
        on.allocated, off.allocated
    );
    assert!(on.allocated * 3 < off.allocated, "{on:?} vs {off:?}");
    assert_no_leaks(img.parent().unwrap());
    let report = assert_equals_tree(&img, &tree);
    assert!(report.blocks.embedded > 300, "{report}");
    let dump = zdb(img.parent().unwrap(), &["-dddddd", "anvil_pool/ROOT"]).stdout;
    let dump = String::from_utf8_lossy(&dump);
    let block = [text(2), vec![0; 510]].concat();
    let psize = lz4_compress(&block, 112).unwrap().len();
    let l0 = zdb_line(&dump, "/t/text-002", " L0 ");
    assert!(
        l0.ends_with(&format!("L0 EMBEDDED et=0 200L/{psize:x}P B=4")),
        "{l0}"
    );
    let spill = zdb_line(&dump, "/long-link", "Spill block");
    assert!(
        spill.starts_with("Spill block: EMBEDDED et=0 200L/"),
        "{spill}"
    );
    let target = zdb_line(&dump, "/long-link", "target\t");
    assert_eq!(target, format!("\ttarget\t{}", "a/".repeat(150)));
    extracts(img.parent().unwrap(), &dir.path().join("root"));
}

/// zdb -r copies files of every size class out byte for byte.
fn extracts(dir: &Path, root: &Path) {
    for name in [
        "t/text-001",
        "t/text-112",
        "t/text-200",
        "t/noise-050",
        "t/noise-200",
    ] {
        let out = dir.join("extracted");
        zdb(dir, &["-r", "anvil_pool/ROOT", name, out.to_str().unwrap()]);
        let (got, want) = (fs::read(&out).unwrap(), fs::read(root.join(name)).unwrap());
        assert!(got == want, "zdb -r {name}: {got:?}");
        fs::remove_file(out).unwrap();
    }
}

#[test]
fn embedded_pools_are_the_same_bytes_on_any_thread_count() {
    let dir = tiny_tree();
    let tree = load(&dir.path().join("root"), None);
    let (one, _) = write(&tree, &dir.path().join("one"), true, 1);
    let (three, _) = write(&tree, &dir.path().join("three"), true, 3);
    assert!(fs::read(one).unwrap() == fs::read(three).unwrap());
}
