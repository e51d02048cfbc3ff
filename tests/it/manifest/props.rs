//! Properties Anvil refuses: each message names `pool.toml:LINE:COL` of the value, the
//! dataset, the key and what would be accepted.
use super::errors::refused;

/// `key = value` on line 6, in dataset ROOT/home; the column of the value; what the message
/// must also say.
const CASES: [(&str, usize, &str); 11] = [
    ("atime = \"maybe\"", 9, "\"maybe\" is not one of off, on"),
    (
        "recordsize = \"1M\"",
        14,
        "not supported: the writer writes 128 KiB records",
    ),
    (
        "quota = \"1G\"",
        9,
        "not supported; supported are mountpoint",
    ),
    (
        "mountpoint = \"home\"",
        14,
        "not \"none\", \"legacy\" or an absolute path",
    ),
    ("canmount = 1", 12, "1 is not one of off, on, noauto"),
    (
        "compression = \"gzip\"",
        15,
        "an OpenZFS compression this writer does not write",
    ),
    (
        "compression = \"zstd-20\"",
        15,
        "zstd levels are zstd-1 to zstd-19",
    ),
    (
        "compression = 16",
        15,
        "16 is not one of on, off, lz4, zstd",
    ),
    ("xattr = \"all\"", 9, "is not one of off, on, sa, dir"),
    ("\"Org.x:Y\" = \"a\"", 13, "name is at most 255 of a-z 0-9"),
    ("\"org.x:y\" = 3", 13, "3 is not a string"),
];

#[test]
fn property_errors_name_the_dataset_and_key() {
    let head = "[[dataset]]\nname = \"ROOT\"\n[[dataset]]\nname = \"ROOT/home\"\n";
    for (line, col, why) in CASES {
        let toml = format!("{head}[dataset.properties]\n{line}\n");
        let key = line.split(" = ").next().unwrap().trim_matches('"');
        let (at, key) = (format!("pool.toml:6:{col}"), format!("property {key:?}"));
        refused(&toml, &[&at, "dataset \"ROOT/home\"", &key, why]);
    }
}
