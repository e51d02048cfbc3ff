//! Tar archives as `--root`: each archive is made at test time by the reference tools (GNU
//! tar, bsdtar, Python's tarfile, gzip, zstd, xz) from a fixture directory, and loading it
//! must give the directory's tree (what the format keeps of it) and the same file bytes.
mod bad; // broken archives: the message names the member and the offset
mod compare; // tree of a directory vs tree of its archive
mod compressed; // gzip, zstd and xz: decoded once into a spool
mod fixture; // a directory with every kind of entry, owner, mode, xattr and ACL
mod formats; // GNU tar pax/gnu/ustar/v7, bsdtar pax, sparse versions
mod pax; // tarfile pax records: global, libarchive xattrs, named ACLs
mod python; // tarfile: base-256, long names, repeats, hard links, pax records
mod special; // devices, owners, xattrs, capabilities, ACLs
mod tool; // the reference tools, failing with the package to install
