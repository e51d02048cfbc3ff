//! zstd as OpenZFS stores it: the block header's bytes, every level's frames through the
//! zstd CLI (libzstd), the keep-if-it-saves rule, and the `compression` names and values.
mod budget; // decide's rules for zstd, the budget, the early abort
mod libzstd; // frames the writer makes, decoded by the zstd CLI
mod names; // property names ↔ stored values, bad values refused
mod zstd_block; // zfs_zstdhdr_t known answers and the decide rules for zstd
