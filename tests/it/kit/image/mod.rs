//! The guest's initramfs, written by our own `anvil-assemble initramfs`.
//!
//! `build` stages the kit's generated files in a temporary directory, lists them in a
//! `gen_init_cpio` spec (busybox, `/init`, the script, modules, binaries with their libraries,
//! the test's files, then the test's own spec lines) and runs the binary over the test's tree.
mod assemble; // runs anvil-assemble initramfs --root --spec --out
mod build; // Guest → staged files + spec → initramfs.cpio.gz
mod init; // the /init shell script
mod ldd; // a host executable's shared-library closure
mod moddep; // module names → .ko files in load order (modules.dep)
mod spec; // gen_init_cpio lines with absolute sources
mod unpack; // .ko.xz / .ko.zst / .ko → a plain .ko

pub(super) use build::build;
