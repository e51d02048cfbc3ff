//! SIGINT, SIGTERM and SIGHUP in the middle of a pool write: exit 128 + the signal, and
//! neither the output nor its temporary is left. SIGKILL leaves the temporary; the next run
//! for the same output removes it.
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::Child;
use std::time::{Duration, Instant};

use super::{hidden, pool};
use crate::host::oracle;

/// A tree holding 768 MiB of incompressible data: seconds of pool writing.
fn big_tree(dir: &Path) -> std::path::PathBuf {
    let root = dir.join("root");
    fs::create_dir(&root).unwrap();
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    let chunk: Vec<u8> = (0..1 << 20)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x.to_le_bytes()[3]
        })
        .collect();
    let mut f = fs::File::create(root.join("data")).unwrap();
    (0..768).for_each(|_| f.write_all(&chunk).unwrap());
    root
}

/// Starts a 2 GiB pool of `root` into `out` and returns once its temporary exists.
fn start(root: &Path, out: &Path) -> Child {
    let mut child = pool(root, out, &["--size", "2G"]).spawn().unwrap();
    let dir = out.parent().unwrap();
    let begun = Instant::now();
    while hidden(dir).is_empty() {
        assert!(
            begun.elapsed() < Duration::from_secs(60),
            "no temporary appeared"
        );
        assert!(child.try_wait().unwrap().is_none(), "the run ended early");
        std::thread::sleep(Duration::from_millis(5));
    }
    child
}

fn kill(child: &Child, signal: &str) {
    let pid = child.id().to_string();
    let sent = oracle("kill", "procps").args(["-s", signal, &pid]).status();
    assert!(sent.unwrap().success());
}

#[test]
fn a_signal_mid_write_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let root = big_tree(dir.path());
    let out_dir = dir.path().join("out");
    fs::create_dir(&out_dir).unwrap();
    for (signal, code) in [("INT", 130), ("TERM", 143), ("HUP", 129)] {
        let mut child = start(&root, &out_dir.join("p.img"));
        kill(&child, signal);
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(code), "SIG{signal}");
        let left: Vec<_> = fs::read_dir(&out_dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert!(left.is_empty(), "SIG{signal} left {left:?}");
    }
}

#[test]
fn the_next_run_removes_what_a_sigkill_left() {
    let dir = tempfile::tempdir().unwrap();
    let root = big_tree(dir.path());
    let out = dir.path().join("p.img");
    let mut child = start(&root, &out);
    kill(&child, "KILL");
    child.wait().unwrap();
    assert_eq!(
        hidden(dir.path()).len(),
        1,
        "SIGKILL should leave its temporary"
    );
    let small = dir.path().join("small");
    fs::create_dir(&small).unwrap();
    assert!(
        pool(&small, &out, &["--size", "64M"])
            .status()
            .unwrap()
            .success()
    );
    assert_eq!(hidden(dir.path()), Vec::<String>::new());
    assert!(out.is_file());
}
