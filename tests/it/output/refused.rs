//! What `--out` may not be, each refused before any work with the rule named, the thing at
//! `--out` untouched; and the umask honoured for what is written.
use std::fs;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};

use super::{hidden, pool, run};
use crate::host::oracle;

fn refused(out: &std::path::Path, root: &std::path::Path, want: &str) {
    let done = run(pool(root, out, &["--size", "64M"]));
    let err = String::from_utf8_lossy(&done.stderr);
    assert_eq!(done.status.code(), Some(1), "{err}");
    assert!(err.contains(want) && !err.contains("panicked"), "{err}");
}

#[test]
fn devices_fifos_symlinks_directories_and_inputs_are_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let (root, d) = (dir.path().join("root"), dir.path());
    fs::create_dir(&root).unwrap();
    fs::write(root.join("a"), "a").unwrap();
    refused(
        std::path::Path::new("/dev/null"),
        &root,
        "not a regular file",
    );
    assert!(
        fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    let fifo = d.join("fifo");
    assert!(
        oracle("mkfifo", "coreutils")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    refused(&fifo, &root, "not a regular file");
    assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
    fs::write(d.join("kept"), "kept").unwrap();
    std::os::unix::fs::symlink("kept", d.join("link")).unwrap();
    refused(&d.join("link"), &root, "symbolic link");
    assert_eq!(fs::read_to_string(d.join("kept")).unwrap(), "kept");
    refused(&root, &root, "is a directory");
    refused(&root.join("a"), &root, "inside the input directory");
    refused(&root.join("new.img"), &root, "inside the input directory");
    let archive = d.join("root.tar");
    let mut tar = oracle("tar", "tar");
    tar.arg("-C").arg(&root).arg("-cf").arg(&archive).arg(".");
    assert!(tar.status().unwrap().success());
    refused(&archive, &archive, "is also an input");
    assert_eq!(hidden(d), Vec::<String>::new());
}

#[test]
fn the_output_takes_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    fs::create_dir(&root).unwrap();
    let out = dir.path().join("p.img");
    let mut sh = oracle("sh", "dash");
    sh.args([
        "-c",
        "umask 027 && exec \"$@\"",
        "sh",
        crate::host::BIN,
        "pool",
        "--size",
        "64M",
        "--root",
    ]);
    sh.arg(&root).arg("--out").arg(&out);
    assert!(sh.status().unwrap().success());
    assert_eq!(
        fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o640
    );
}
