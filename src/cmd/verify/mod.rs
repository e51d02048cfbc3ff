//! `anvil-assemble verify`: reads an image back in Rust, no host tool — a pool (labels,
//! uberblocks, every block pointer, checksum and lz4 block, every dnode and ZAP, the space
//! maps against the blocks: what `zdb -bcc` checks), an initramfs (gzip and every newc
//! header) or an ISO (descriptors, path tables, Rock Ridge, El Torito, MBR/GPT, the ESP) —
//! told by its content; with `--tree`, every entry compared with the tree.
mod pool; // a pool through zfs-reader, its tree in ROOT unless told
mod run; // the order of work and the report
mod sniff; // what an image is, by its bytes

pub use pool::pool;
pub use run::run;
