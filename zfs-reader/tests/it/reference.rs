//! The pool OpenZFS 2.3.2 wrote (`/work/shared/reference/minimal-lz4`): verified, with the
//! block counts `zdb -bcc` printed for it (bcc.txt) and the dataset its README names.
use std::io::BufReader;
use std::path::PathBuf;

/// `vdev.img.xz` unpacked once into the target's temporary directory (once per process: the
/// tests that share it run on several threads).
pub fn reference_image() -> PathBuf {
    static IMAGE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    IMAGE.get_or_init(unpack).clone()
}

fn unpack() -> PathBuf {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("reference-minimal-lz4.img");
    if !out.exists() {
        let path = "/work/shared/reference/minimal-lz4/vdev.img.xz";
        let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut img = Vec::new();
        lzma_rs::xz_decompress(&mut BufReader::new(file), &mut img).expect("xz");
        let tmp = out.with_extension(format!("{}", std::process::id()));
        std::fs::write(&tmp, img).unwrap();
        std::fs::rename(&tmp, &out).unwrap();
    }
    out
}

#[test]
fn reference_pool_verifies_with_zdbs_counts() {
    let img = reference_image();
    let report =
        zfs_reader::verify(&img, &zfs_reader::Options::default()).unwrap_or_else(|e| panic!("{e}"));
    println!("{report}");
    // bcc.txt: "bp count 221", "bp logical 7032320", "bp physical 2010624",
    // "bp allocated 3239936", "No leaks".
    let b = report.blocks;
    assert_eq!(
        (b.blocks, b.lsize, b.psize, b.asize),
        (221, 7_032_320, 2_010_624, 3_239_936),
        "{report}"
    );
    assert_eq!(report.allocated, 3_239_936);
    assert_eq!((report.pool.as_str(), report.txg), ("anvil_pool", 23));
    let names: Vec<&str> = report.datasets.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["anvil_pool", "anvil_pool/ROOT"]);
}

#[test]
fn reference_pool_equals_the_tree_it_was_made_from() {
    let img = reference_image();
    let archive = "/work/shared/reference/minimal-lz4/tree.tar.xz";
    let opts = anvil_tree::Options {
        root: Some(archive.into()),
        ..anvil_tree::Options::default()
    };
    let tree = anvil_tree::load(&opts).unwrap_or_else(|e| panic!("{archive}: {e}"));
    let with_tree = zfs_reader::Options {
        tree: Some(("anvil_pool/ROOT", &tree)),
        mtime_seconds_only: true,
    };
    let report = zfs_reader::verify(&img, &with_tree).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        report.tree_entries,
        Some(tree.entries().len() as u64),
        "{report}"
    );
}
