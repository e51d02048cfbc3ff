//! Any bytes as an ISO image: the verifier returns `Ok` or an error, never panics or hangs.
//! Seed the corpus with a small image (`anvil-assemble iso …`) so inputs reach past block 16.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = formats::verify::iso_at(&data, None);
});
