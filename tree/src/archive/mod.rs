//! Tar archives as trees: read once, front to back, member data left in place (or in a
//! spool). Formats: v7, ustar, GNU (long names, base-256, sparse) and pax (xattrs, ACLs,
//! sparse 0.0/0.1/1.0), plain or compressed with gzip, zstd or xz.
//!
//! Order of work: `read` sniffs the format and opens a `stream` (a seekable file, or a
//! `decode`r teed into a spool) → `member::Reader` turns header blocks into members →
//! `build` puts each in the node tree (`header::normalize`d, `attrs` with ACLs converted)
//! → `names` looks up ACL user and group names in the archive's own passwd and group.
mod acl; // text ACLs → system.posix_acl_* values
mod attrs; // a member's xattrs with its ACLs, names pending lookup marked
mod build; // members → nodes: parents, replacement
mod decode; // gzip, zstd, xz decoders, told by magic bytes
mod fault; // Fault: message + offset + member, → Error::Archive
mod header; // 512-byte blocks, numbers, pax records, names
mod link; // hard-link members: a second name for the node at the target
mod member; // the headers of one object → Member
mod names; // ACL names → ids via the archive's etc/passwd and etc/group
mod open; // the stream of a plain or a compressed archive, and its spool
mod read; // entry point: sniff, stream, parse, build
mod stream; // Stream: file with seeks, or decoder teed into a spool

pub(crate) use read::read;
