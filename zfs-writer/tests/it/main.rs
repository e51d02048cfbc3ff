//! zfs-writer: known-answer vectors, whole images, and the OpenZFS oracles.
mod compat; // preset names: exact, comment lines refused
mod compress; // zstd blocks, libzstd round trips, compression names and values
mod dsl; // DSL bonuses against OpenZFS; the MOS plan: keys, links, space, determinism
mod embedded; // embedded block pointers against ones libzpool wrote
mod nvlist;
mod reference; // our structs and checksums against blocks OpenZFS wrote
mod reserve; // reservations: an object set's own blocks, taken by kind and size
mod xattr; // ZPL_DXATTR bytes, SA or directory, POSIX ACLs, refusals, layouts
mod zap;
mod zpl; // System-Attribute bonus, ACLs, master node against OpenZFS's bytes
