//! newc archives (Linux buffer-format.rst): headers, entries, file types, data, hard
//! links, and the walk through an archive.
pub(crate) mod data; // a file's data and a symlink's target: bounds, 070702 checksum, tree bytes
pub(crate) mod entry; // header + name + padding; safe names; parents
pub(crate) mod links; // the per-archive hard-link table
pub(crate) mod mode; // file types: what each may carry, how each is counted
pub(crate) mod newc; // the 110-byte header decoded, its fields checked
pub(crate) mod walk; // archives entry by entry
