//! Each dataset's `compression`, set or inherited as ZFS inherits it: zdb prints every file
//! block's compression by object set, and each dataset's effective value; metadata is lz4
//! everywhere, as OpenZFS writes it.
use std::collections::BTreeMap;

use super::nested::dataset_id;
use super::{Work, zdb};

const MANIFEST: &str = r#"
[pool]
size = "128M"
compression = "zstd"

[[dataset]]
name = "ROOT"
root = "t/root"
[dataset.properties]
compression = "lz4"

[[dataset]]
name = "ROOT/home"
root = "t/home"

[[dataset]]
name = "data"
root = "t/data"
[dataset.properties]
compression = "zstd-19"

[[dataset]]
name = "data/logs"
root = "t/logs"

[[dataset]]
name = "plain"
root = "t/plain"
"#;

/// Dataset, the compression of its file blocks, the value zdb shows for it (for plain
/// `zstd`, the objset's level is `ZIO_COMPLEVEL_DEFAULT`, which zdb names "unknown").
const WANT: [(&str, &str, &str); 5] = [
    ("ROOT", "lz4", "lz4"),
    ("ROOT/home", "lz4", "lz4"),
    ("data", "zstd", "zstd-19"),
    ("data/logs", "zstd", "zstd-19"),
    ("plain", "zstd", "zstd-unknown"),
];

#[test]
fn each_dataset_compresses_as_it_sets_or_inherits() {
    let w = Work::new(MANIFEST);
    let text: String = (0..9000)
        .map(|i| format!("line {i}: anvil zstd\n"))
        .collect();
    for dir in ["root", "home", "data", "logs", "plain"] {
        w.file(&format!("t/{dir}/file.txt"), &text);
    }
    let dir = w.build(&[]).parent().unwrap().to_owned();
    crate::pool::run::assert_no_leaks(&dir);
    let list = zdb(&dir, &["-d", "anvil_pool"]);
    let by_objset = file_block_compression(&zdb(&dir, &["-bbbbb", "anvil_pool"]));
    for (name, blocks, shown) in WANT {
        let full = format!("anvil_pool/{name}");
        let id = dataset_id(&list, &full);
        assert_eq!(by_objset[&id], [blocks], "{name}: file blocks");
        let dnodes = zdb(&dir, &["-dddddd", &full, "0"]);
        let z = format!("(Z=inherit={shown})");
        assert!(
            dnodes.contains(&z),
            "{name}: no {z} in zdb -dddddd:\n{dnodes}"
        );
    }
}

/// The compression names of the `[L0 ZFS plain file]` blocks `zdb -bbbbb` lists, by
/// object set; asserts every other block is lz4 or stored as is.
fn file_block_compression(blocks: &str) -> BTreeMap<u64, Vec<String>> {
    let mut out: BTreeMap<u64, Vec<String>> = BTreeMap::new();
    for line in blocks.lines().filter(|l| l.starts_with("objset ")) {
        let words: Vec<&str> = line.split_whitespace().collect();
        let at = words.iter().position(|w| w.ends_with(']')).expect("a type");
        let compress = words[at + 2].to_owned();
        if line.contains("[L0 ZFS plain file]") {
            let set = out.entry(words[1].parse().unwrap()).or_default();
            if !set.contains(&compress) {
                set.push(compress);
            }
        } else {
            assert!(["lz4", "uncompressed"].contains(&&*compress), "{line}");
        }
    }
    out
}
