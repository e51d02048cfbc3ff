//! ZAP: a spec-following test decoder, validated on ZAP blocks OpenZFS 2.3.2 wrote, then used
//! to read back every kind of ZAP `zfs_writer::zap` encodes.
mod collision; // names with equal hashes: distinct cds, micro and fat
pub(crate) mod decode; // the test-side ZAP reader and fsck
mod expected; // zdb's printed values → matchers
mod fat; // fat ZAPs: 3000 long names, 100,000 entries (external table), forced fat
mod fixtures; // the reference blocks in tests/data/zap
mod micro; // micro ZAPs: empty, one entry, 2047 entries, the micro/fat boundary
mod openzfs_hashes; // zap_hash vs stored le_hash; re-encoding OpenZFS's objects
mod reference; // the decoder against OpenZFS's blocks; zap_hash against stored le_hash
mod roundtrip; // encode, decode, fsck and look up every entry
mod values; // uint16 arrays, byte strings, uint64 arrays, empty and 8 KiB values
