//! Any bytes as an initramfs: the verifier returns `Ok` or an error, never panics or hangs.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = formats::verify::initramfs_at(&data, None);
});
