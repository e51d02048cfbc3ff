//! `compression` names as `zfs set` takes them and `zfs get` prints them, and the values the
//! props ZAP stores: `ZIO_COMPRESS_RAW(ZIO_COMPRESS_ZSTD, level)` = 16 | level << 7
//! (include/sys/zio.h, zfs_prop.c `compress_table`).
use zfs_writer::compress::Compression;

#[test]
fn names_map_to_the_values_openzfs_stores() {
    let cases = [
        ("on", 1),
        ("off", 2),
        ("lz4", 15),
        ("zstd", 16),
        ("zstd-1", 16 | 1 << 7),
        ("zstd-3", 16 | 3 << 7),
        ("zstd-19", 16 | 19 << 7),
        ("zstd-fast", 16 | 103 << 7),
        ("zstd-fast-10", 16 | 112 << 7),
        ("zstd-fast-20", 16 | 113 << 7),
        ("zstd-fast-1000", 16 | 123 << 7),
    ];
    for (name, value) in cases {
        let c: Compression = name.parse().unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(c.prop_value(), value, "{name}");
        assert_eq!(Compression::from_prop_value(value), Some(c), "{name}");
        assert_eq!(c.to_string(), name, "{name}");
        assert_eq!(c.uses_zstd(), name.starts_with("zstd"), "{name}");
    }
    // zstd-fast-1 is stored as zstd-fast and printed so.
    let fast_1: Compression = "zstd-fast-1".parse().unwrap();
    assert_eq!(fast_1.to_string(), "zstd-fast");
}

#[test]
fn bad_values_are_refused_with_the_reason() {
    let refused = |name: &str, why: &str| {
        let e = name.parse::<Compression>().unwrap_err();
        assert!(e.contains(why), "{name}: {e}");
    };
    refused("zstd-20", "zstd-1 to zstd-19");
    refused("zstd-0", "zstd-1 to zstd-19");
    refused("zstd-+3", "zstd-1 to zstd-19");
    refused("zstd-fast-11", "zstd-fast levels are");
    refused("gzip", "does not write");
    refused("gzip-9", "does not write");
    refused("lzjb", "does not write");
    refused("LZ4", "is not one of");
    // gzip-6 (7), zle (14), and levels OpenZFS does not define are not read back either.
    for value in [7, 14, 16 | 20 << 7, 16 | 102 << 7, 15 | 1 << 7] {
        assert_eq!(Compression::from_prop_value(value), None, "{value}");
    }
}
