//! The parallel gzip stream: `gzip -d` gives the input back, for empty, small, chunk-sized and
//! multi-chunk inputs, and the bytes do not depend on the thread count.
use std::io::Write;

use formats::gzip::GzEncoder;

use crate::oracle::pipe;

fn compress(data: &[u8], level: u32, threads: usize) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), level, threads);
    for piece in data.chunks(7_777) {
        gz.write_all(piece).unwrap();
    }
    gz.finish().unwrap()
}

/// Text-like data that compresses, with a varying pattern so chunks differ.
fn sample(len: usize) -> Vec<u8> {
    let words = [
        "anvil ",
        "zfs ",
        "pool ",
        "initramfs ",
        "cpio\n",
        "gzip ",
        "kernel ",
    ];
    let mut out = Vec::with_capacity(len);
    let mut i = 0usize;
    while out.len() < len {
        out.extend_from_slice(words[(i * 7 + i / 13) % words.len()].as_bytes());
        out.extend_from_slice(i.to_string().as_bytes());
        i += 1;
    }
    out.truncate(len);
    out
}

#[test]
fn gzip_decompresses_what_we_compress() {
    for len in [0, 1, 1000, 128 * 1024, 128 * 1024 + 1, 3 * 1024 * 1024 + 17] {
        let data = sample(len);
        for level in [0, 1, 6, 9] {
            let gz = compress(&data, level, 2);
            pipe("gzip", "gzip", &["-t"], &gz);
            assert!(
                pipe("gzip", "gzip", &["-dc"], &gz) == data,
                "len {len} level {level}"
            );
        }
    }
}

#[test]
fn the_thread_count_does_not_change_the_bytes() {
    let data = sample(2 * 1024 * 1024 + 5);
    let one = compress(&data, 6, 1);
    for threads in [2, 3, 8] {
        assert!(compress(&data, 6, threads) == one, "{threads} threads");
    }
    assert_eq!(
        &one[..10],
        &[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3],
        "fixed header: no name, mtime 0"
    );
    let ratio = one.len() as f64 / data.len() as f64;
    assert!(ratio < 0.3, "text should compress well; ratio {ratio}");
}

#[test]
fn a_failing_output_is_reported() {
    struct Full;
    impl Write for Full {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk full"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut gz = GzEncoder::new(Full, 6, 2);
    let wrote = gz.write_all(&sample(4 * 1024 * 1024));
    let err = wrote
        .err()
        .or_else(|| gz.finish().err())
        .expect("an error surfaces");
    assert!(err.to_string().contains("disk full"), "{err}");
}
