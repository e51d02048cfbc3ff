//! Tar headers as bytes: the 512-byte block (v7, ustar, GNU), its numbers, pax records and
//! member names. Pure parsing, no I/O (POSIX.1-2017 `pax` "ustar Interchange Format" and
//! "pax Header Block"; GNU tar `src/tar.h`).
mod block; // Block: field accessors and the header checksum
mod name; // member name → image path, refusing escapes
mod number; // octal and base-256 numeric fields
mod pax; // "LEN KEY=VALUE\n" records

pub(super) use block::{BLOCK, Block};
pub(super) use name::normalize;
pub(super) use number::{decimal, number};
pub(super) use pax::records;
