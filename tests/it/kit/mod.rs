//! The QEMU test kit: boots Debian's kernel with an initramfs written by our own
//! `anvil-assemble initramfs`, runs a shell script inside and returns what it printed.
//!
//! Order of a run: `Guest` collects the wishes → `image` stages the kit's files and writes
//! the initramfs with our binary → `qemu` + `boot` run it under TCG with a deadline →
//! `Outcome` cuts the script's output out of the serial log between the markers `/init` prints.
mod boot; // runs QEMU under a deadline, collecting the serial console
mod firmware; // a finished image booted through the firmware, console returned
mod guest; // the builder: kernel, modules, binaries, files, disks, limits
mod image; // staging dir + spec → initramfs.cpio.gz via anvil-assemble
mod kernel; // which vmlinuz and /lib/modules/<version> to use
mod machine; // Guest settings for the machine: disks, mounts, memory, deadline
mod media; // Guest::run_from: boot an image the test writes (ISO) as a CD-ROM or a disk
mod outcome; // markers in the console log → status and output
mod qemu; // the qemu-system-x86_64 command line
mod run; // Guest::run: image → boot → outcome
mod selftest; // boots that prove the kit itself works
mod tool; // host tools, each named with the Debian package that ships it
mod zfs21; // the OpenZFS 2.1.11 kit built by tests/kit-zfs21/build.sh, found by recipe hash

pub use firmware::boot_image;
pub use guest::Guest;
pub use media::Media;
pub use outcome::Outcome;
pub use zfs21::zfs21_root;
