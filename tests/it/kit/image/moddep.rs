//! Module names → the `.ko` files to load, dependencies first, from `modules.dep`.
//!
//! Each line is `path: dep1 dep2 …`, paths relative to `/lib/modules/<version>`. The list is
//! already the transitive closure, ordered as `modprobe` reads it: load from the last to the
//! first, then the module itself.
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The files that load `names` (`-` and `_` alike) in order, each once. A module built into
/// the kernel (`modules.builtin`) needs no file; an unknown one is a panic.
pub(super) fn load_order(dir: &Path, names: &[String]) -> Vec<PathBuf> {
    let dep_file = dir.join("modules.dep");
    let text = fs::read_to_string(&dep_file)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dep_file.display()));
    let table = parse(&text);
    let builtin = fs::read_to_string(dir.join("modules.builtin")).unwrap_or_default();
    let mut order: Vec<PathBuf> = Vec::new();
    for name in names {
        let key = canonical(name);
        let Some((module, deps)) = table.get(key.as_str()) else {
            assert!(
                builtin.lines().any(|line| module_name(line) == key),
                "module {name:?} is neither in {} nor built in",
                dep_file.display()
            );
            continue;
        };
        for rel in deps.iter().rev().chain([module]) {
            let path = dir.join(rel);
            if !order.contains(&path) {
                order.push(path);
            }
        }
    }
    order
}

/// Module name → (its path, its dependencies' paths as listed).
fn parse(text: &str) -> HashMap<String, (&str, Vec<&str>)> {
    let mut table = HashMap::new();
    for (path, deps) in text.lines().filter_map(|line| line.split_once(':')) {
        let path = path.trim();
        table.insert(module_name(path), (path, deps.split_whitespace().collect()));
    }
    table
}

/// `kernel/drivers/block/virtio_blk.ko.xz` → `virtio_blk`.
pub(super) fn module_name(path: &str) -> String {
    let file = path.rsplit('/').next().unwrap_or(path);
    canonical(file.split(".ko").next().unwrap_or(file))
}

/// Module names treat `-` and `_` as the same character; the kernel writes `_`.
fn canonical(name: &str) -> String {
    name.trim().replace('-', "_")
}
