//! The files the corpus points at, all inside the test's directory `d`.
use std::fs;
use std::path::Path;

use crate::host::oracle;

pub fn make(d: &Path) {
    let root = d.join("root");
    fs::create_dir(&root).unwrap();
    fs::write(root.join("file"), "hello").unwrap();
    let specs = [
        ("bigmajor.spec", "nod /dev/x 0644 0 0 c 4096 1\n"),
        ("bigminor.spec", "nod /dev/x 0644 0 0 b 8 1048576\n"),
        ("proc.spec", "file /version /proc/version 0644 0 0\n"),
        ("bad.spec", "frobnicate /x\n"),
        ("escape.spec", "dir /../x 0755 0 0\n"),
    ];
    for (name, text) in specs {
        fs::write(d.join(name), text).unwrap();
    }
    fs::write(d.join("junk"), vec![0x5a; 4096]).unwrap();
    fs::write(d.join("kernel"), vec![0x90; 4096]).unwrap();
    let fifo = d.join("fifo");
    assert!(
        oracle("mkfifo", "coreutils")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let manifests = [
        ("syntax.toml", "[pool\nname = 1\n"),
        ("orphan.toml", "[[dataset]]\nname = \"ROOT/home\"\n"),
        (
            "badname.toml",
            "[pool]\nname = \"1pool\"\n[[dataset]]\nname = \"ROOT\"\n",
        ),
        ("unknown.toml", "[pool]\nnmae = \"x\"\n"),
    ];
    for (name, text) in manifests {
        fs::write(d.join(name), text).unwrap();
    }
}
