//! The 100-line law: no source file (`.rs`, scripts, `.ci/run`) over 100 lines.
use std::fs;
use std::path::{Path, PathBuf};

/// Most lines a source file may have.
const LIMIT: usize = 100;

/// Directories never scanned: build output, VCS data, forged third-party trees.
const SKIP: [&str; 4] = ["target", ".git", "build_artifacts", "node_modules"];

/// Every source file under `root` with more than [`LIMIT`] lines, with its line count.
pub fn offenders(root: &Path) -> Vec<(PathBuf, usize)> {
    let mut found = Vec::new();
    visit(root, root, &mut found);
    found.sort();
    found
}

fn visit(root: &Path, dir: &Path, found: &mut Vec<(PathBuf, usize)>) {
    let mut items: Vec<_> = fs::read_dir(dir)
        .expect("readable source tree")
        .flatten()
        .collect();
    items.sort_by_key(|i| i.file_name());
    for item in items {
        let path = item.path();
        let name = item.file_name().to_string_lossy().into_owned();
        let Ok(kind) = item.file_type() else { continue };
        if kind.is_dir() && !SKIP.contains(&name.as_str()) {
            visit(root, &path, found);
        } else if kind.is_file() && is_source(root, &path) {
            let lines = fs::read(&path).map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count());
            if lines > LIMIT {
                found.push((path.strip_prefix(root).unwrap_or(&path).to_owned(), lines));
            }
        }
    }
}

/// Rust, shell, Python and C sources, Makefiles, `.ci/run`, and anything starting with `#!`.
fn is_source(root: &Path, path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let exts = ["rs", "sh", "py", "c", "h"];
    let by_ext = path
        .extension()
        .is_some_and(|e| exts.contains(&e.to_string_lossy().as_ref()));
    let ci_run = path
        .strip_prefix(root)
        .is_ok_and(|p| p == Path::new(".ci/run"));
    let shebang = fs::read(path).is_ok_and(|b| b.starts_with(b"#!"));
    by_ext || ci_run || name == "Makefile" || shebang
}

#[test]
fn no_source_file_is_over_100_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let found = offenders(root);
    let list: Vec<String> = found
        .iter()
        .map(|(p, n)| format!("  {}: {n} lines", p.display()))
        .collect();
    assert!(
        found.is_empty(),
        "split these by noun or step (never by cramming):\n{}",
        list.join("\n")
    );
}

#[test]
fn the_law_catches_a_long_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("src")).unwrap();
    fs::write(dir.path().join("src/long.rs"), "//\n".repeat(101)).unwrap();
    fs::write(dir.path().join("src/ok.rs"), "//\n".repeat(100)).unwrap();
    fs::write(
        dir.path().join("tool"),
        format!("#!/bin/sh\n{}", ":\n".repeat(100)),
    )
    .unwrap();
    fs::write(dir.path().join("notes.md"), "x\n".repeat(500)).unwrap();
    let found = offenders(dir.path());
    assert_eq!(
        found,
        vec![
            (PathBuf::from("src/long.rs"), 101),
            (PathBuf::from("tool"), 101)
        ]
    );
}
