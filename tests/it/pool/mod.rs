//! `anvil-assemble pool` judged by OpenZFS: `zdb` in userspace and the kernel module through
//! the QEMU kit.
mod accounting; // user/group/project used objects: zdb's sums, threads, the kernel
mod ashift; // 9 to 16: zdb accepts every allocation unit
mod big; // the big tree: fat ZAP, record edges, over 128 MiB, zeros, sparse, long links
mod big_guest; // the kernel's side of the big-tree test
mod big_tree; // the big tree as a disk vdev: zdb, then the kernel from /dev/vda
mod collision; // colliding names in one micro ZAP: distinct cds
mod embedded; // blocks in their pointers (embedded_data): zdb and zfs-reader judge them
mod errors; // bad input: clear message, non-zero exit, nothing left behind
mod kernel; // Debian's kernel + DKMS OpenZFS import, compare, scrub, write, re-import
mod kernel21; // the default and legacy presets under Debian 12's 6.1 kernel with OpenZFS 2.1.11
mod life; // a read-write life in the kernel, then zdb -bcc and a second import
mod nodes; // a spec of devices and a pipe, and the records it makes
mod presets; // every compatibility preset next to the kernel's own pool of the same files
mod reproducible; // same input, same bytes; different trees or seeds, different GUIDs
pub mod run; // the CLI with any options, as root or as uid 65534; the zdb leak check
mod size; // the suggested size works at the first retry; --size auto
mod snapshots; // --snapshot: zdb, refused names, and the kernel's diff, send, destroy, rollback
mod times; // times before 1970: kept in the pool, one warning in newc
mod unprivileged; // uid 65534 writes a pool with device nodes
mod verify; // zfs-reader's verify next to every zdb -bcc: the same verdict and counts
pub mod xattrs; // xattrs and POSIX ACLs: zdb decodes them, the kernel reads them all
mod zdb; // zdb -bcc, -dddd and -r on the image
mod zdb21; // the kit's OpenZFS 2.1.11 zdb -bcc on the default pool
mod zstd; // zstd: identical for any thread count, read back by zdb; bad values refused
mod zstd_kernel; // the kernel imports, reads and scrubs a zstd-19 pool

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::kit::{Guest, zfs21_root};
use crate::tree::fixture::{EPOCH, Fixture};

/// Builds a pool image of `fx` (tree + spec) in `fx.dir` with `extra` options.
pub fn build(fx: &Fixture, name: &str, extra: &[&str]) -> PathBuf {
    let dir = fx.dir.path().join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("rootfs.img");
    let run = Command::new(env!("CARGO_BIN_EXE_anvil-assemble"))
        .arg("pool")
        .args([
            Path::new("--root"),
            &fx.root,
            Path::new("--spec"),
            &fx.spec,
            Path::new("--out"),
            &out,
        ])
        .args(extra)
        .env("SOURCE_DATE_EPOCH", EPOCH.to_string())
        .output()
        .expect("running anvil-assemble");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "anvil-assemble pool failed: {stderr}");
    out
}

/// A guest with the DKMS OpenZFS module loaded and `zpool`/`zfs` (with their libraries).
pub fn zfs_guest() -> Guest {
    Guest::new()
        .module("zfs")
        .binary("/usr/sbin/zpool")
        .binary("/usr/sbin/zfs")
}

/// A guest booting Debian 12's 6.1 kernel with the OpenZFS 2.1.11 modules loaded and the static
/// 2.1.11 `zpool`/`zfs` at `/usr/sbin`; panics naming `tests/kit-zfs21/build.sh` if unbuilt.
pub fn zfs21_guest() -> Guest {
    let kit = zfs21_root();
    Guest::new()
        .kernel_under(&kit)
        .module("zfs")
        .file("/usr/sbin/zpool", &kit.join("sbin/zpool"))
        .file("/usr/sbin/zfs", &kit.join("sbin/zfs"))
}
