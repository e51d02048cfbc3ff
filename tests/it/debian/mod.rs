//! A real root filesystem, the unprivileged way: `mmdebstrap --mode=unshare` as an ordinary
//! user gives a tar archive; the same user writes the pool from it. The pool equals, byte for
//! byte, the pools of its zstd copy and of what `tar -x --xattrs --acls` extracts as root;
//! `zdb -bcc` finds no leak; the kernel sees every entry as tar extracted it — type, mode,
//! owner, size, SHA-256, target, rdev, mtime, hard links, every attribute — and
//! `getcap /usr/bin/ping` reports cap_net_raw.
mod guest; // the kernel's side
mod listing; // every entry in a handful of processes, host and guest alike
mod rootfs; // mmdebstrap as an ordinary user, cached for the day
mod run; // the builds and the extraction
