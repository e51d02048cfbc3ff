//! POSIX ACLs as tar keeps them (`SCHILY.acl.access`, `SCHILY.acl.default`: the text form of
//! `acl_to_text`, possibly with a numeric 4th field) turned into the binary value Linux
//! returns from `lgetxattr("system.posix_acl_*")`, so an archive and its directory agree.
mod binary; // entries → the kernel's `posix_acl_xattr` bytes
mod text; // "user:1000:r--,…" → entries, names left for the archive's passwd/group

pub(super) use binary::{encode, mode_bits};
pub(super) use text::{Qualifier, USER, parse};
