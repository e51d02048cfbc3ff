//! Single-byte flips of a small hybrid ISO, mostly in its metadata: the system area and
//! descriptors, the directories and path tables, the ESP's boot sector and FATs.
use anvil_tree::Tree;
use formats::verify::Report;

use super::fixture::Fixture;
use super::flip::{flips, positions};

fn iso(img: &[u8], tree: Option<&Tree>) -> formats::Result<Report> {
    formats::verify::iso_at(&img, tree)
}

#[test]
fn flipped_iso_bytes_never_panic() {
    let fx = Fixture::new(3000);
    let img = fx.iso(true, true);
    let n = img.len();
    // System area, descriptors and the first directories; FAT boot sectors; the tail (path
    // tables and directories after the ESP, the backup GPT).
    let mut meta = vec![(0, 48 * 2048), (n - 48 * 2048, 48 * 2048)];
    let fat = (2048..n - 512)
        .step_by(2048)
        .filter(|&i| img[i] == 0xeb && img[i + 510..i + 512] == [0x55, 0xaa]);
    meta.extend(fat.map(|i| (i, 4096)));
    let errors = flips(&img, &fx.tree, &positions(n, &meta, 4000), iso);
    assert!(errors > 1000, "too few flips detected: {errors}");
}
