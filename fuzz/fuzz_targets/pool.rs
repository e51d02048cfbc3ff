//! Any bytes as a pool image: the verifier returns `Ok` or an error, never panics or hangs.
//! Seed the corpus with a small pool (`anvil-assemble pool --size 64M …`; labels and
//! uberblocks sit in the first 256 KiB, the MOS near the front of the allocatable space).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = zfs_reader::Options {
        tree: None,
        mtime_seconds_only: false,
    };
    let _ = zfs_reader::verify_source(&data.to_vec(), &opts);
});
