//! `Guest` → staged files and a spec → the initramfs.
use std::fs;
use std::path::{Path, PathBuf};

use super::spec::Spec;
use super::{assemble, init, ldd, moddep, unpack};
use crate::kit::Guest;
use crate::kit::tool::require_at;

/// Writes the initramfs that boots `guest` into `script`, staging under `stage`; returns its path.
pub(in super::super) fn build(guest: &Guest, stage: &Path, script: &str) -> PathBuf {
    let mut spec = Spec::default();
    spec.lines("nod /dev/console 0600 0 0 c 5 1");
    spec.file("/kit/bin/busybox", &busybox(), 0o755);
    let modules = stage_modules(guest, stage, &mut spec);
    let init = init::script(guest.mount_dev, &modules);
    spec.file("/init", &write(stage, "init", &init), 0o755);
    spec.file("/kit/script", &write(stage, "script", script), 0o755);
    for path in binaries(guest) {
        spec.host_file(path.to_str().expect("binary paths must be UTF-8"), &path);
    }
    for (name, host) in &guest.files {
        spec.host_file(name, host);
    }
    spec.lines(&guest.spec_lines);
    let spec_file = write(stage, "kit.spec", &spec.finish());
    assemble::run(guest, &spec_file, stage)
}

/// The static busybox that becomes `/kit/bin/busybox`.
fn busybox() -> PathBuf {
    let busybox = require_at("/bin/busybox", "busybox-static");
    assert!(
        ldd::closure(&busybox).is_empty(),
        "/bin/busybox is dynamically linked: install the Debian package `busybox-static`"
    );
    busybox
}

/// Unpacks each module (with the virtio disk transport and driver first when there are disks)
/// to `/kit/modules/NN-name.ko`; returns `(guest path, name)` in load order. Debian's 6.12
/// has `virtio_pci` built in, its 6.1 has it as a module, which `virtio_blk` does not depend on.
fn stage_modules(guest: &Guest, stage: &Path, spec: &mut Spec) -> Vec<(String, String)> {
    let disks = ["virtio_pci", "virtio_blk"].map(str::to_owned);
    let disks = disks.into_iter().filter(|_| !guest.disks.is_empty());
    let names: Vec<String> = disks.chain(guest.modules.clone()).collect();
    let dir = stage.join("modules");
    fs::create_dir_all(&dir).expect("creating the staged modules dir");
    let order = moddep::load_order(&guest.kernel.modules, &names);
    let mut staged = Vec::new();
    for (i, src) in order.iter().enumerate() {
        let name = moddep::module_name(&src.to_string_lossy());
        let file = format!("{:02}-{name}.ko", i + 1);
        unpack::unpack(src, &dir.join(&file));
        let guest_path = format!("/kit/modules/{file}");
        spec.file(&guest_path, &dir.join(&file), 0o644);
        staged.push((guest_path, name));
    }
    staged
}

/// Every `Guest::binary` and its libraries, each once, in the order first met.
fn binaries(guest: &Guest) -> Vec<PathBuf> {
    let mut all: Vec<PathBuf> = Vec::new();
    for binary in &guest.binaries {
        for path in [binary.clone()].into_iter().chain(ldd::closure(binary)) {
            if !all.contains(&path) {
                all.push(path);
            }
        }
    }
    all
}

/// Writes `text` to `stage/name`; returns the path.
fn write(stage: &Path, name: &str, text: &str) -> PathBuf {
    let path = stage.join(name);
    fs::write(&path, text).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    path
}
