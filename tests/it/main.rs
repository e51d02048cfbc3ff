//! The workspace's integration tests: one binary, modules per subject.
mod archive; // --root ARCHIVE: identical images, broken archives refused
mod build; // the default build with stand-in inputs: layout, writers, missing inputs
mod corpus; // bad input of every kind: exit 1 or 2, the culprit and rule named, nothing left
mod debian; // mmdebstrap --mode=unshare → pool as an ordinary user → the kernel
mod e2e; // anvilos-alpha.iso from the forged inputs boots into the ZFS root
mod host; // the binary as root or uid 65534, oracles, the refused-run contract
mod initramfs; // the initramfs writer judged by GNU cpio, gzip and the kernel
mod iso; // the ISO writer judged by xorriso, isoinfo, osirrox and SeaBIOS booting it
mod kit; // the QEMU test kit: boots Debian's kernel with an initramfs made by our writer
mod law; // the 100-line law
mod manifest; // pool --manifest: TOML errors, nested datasets judged by zdb, the example
mod output; // --out: refused targets, the umask, signals and killed runs
mod pool; // the pool writer judged by zdb and the kernel
mod tree; // fixture trees and their manifests, computed independently of Anvil
mod verify; // formats::verify reads back the binary's initramfs and ISO equal to their tree
