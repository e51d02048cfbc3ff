//! The fixture's special entries: links of both kinds, a fifo, odd names, foreign owners.
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{chown, symlink};
use std::path::Path;
use std::process::Command;

use super::build::{Builder, is_root};

impl Builder {
    /// Hard links, symlinks (with their own mtimes), a fifo and a non-UTF-8 name.
    pub fn links(&mut self) {
        self.file("hl/a", b"three names, one inode\n", 0o640);
        self.dir("hl/sub", 0o755);
        fs::hard_link(self.root.join("hl/a"), self.root.join("hl/b")).unwrap();
        fs::hard_link(self.root.join("hl/a"), self.root.join("hl/sub/c")).unwrap();
        self.file("hl/x", b"two names\n", 0o600);
        fs::hard_link(self.root.join("hl/x"), self.root.join("hl/y")).unwrap();
        for (name, target) in [
            ("bin/sh", "busybox"),
            ("abs", "/etc/conf-01"),
            ("dangling", "nowhere/at/all"),
            ("lib", "usr/share"),
        ] {
            symlink(target, self.root.join(name)).unwrap();
            self.clock += 1000;
            let touch = Command::new("touch")
                .args(["-h", "-d", &format!("@{}", self.clock)])
                .arg(self.root.join(name))
                .status();
            assert!(touch.expect("touch (coreutils)").success());
        }
        self.dir("run", 0o755);
        let fifo = Command::new("mkfifo")
            .arg(self.root.join("run/fifo"))
            .status();
        assert!(fifo.expect("mkfifo (coreutils)").success());
        let latin1 = Path::new(std::ffi::OsStr::from_bytes(b"latin1-\xe9"));
        fs::write(self.root.join(latin1), b"not UTF-8\n").unwrap();
    }

    /// Owners other than root's, which only root can give.
    pub fn owners(&self) {
        if !is_root() {
            return;
        }
        chown(self.root.join("etc/conf-05"), Some(1234), Some(5678)).unwrap();
        chown(self.root.join("usr/share/many/d03"), Some(1000), Some(1000)).unwrap();
        chown(self.root.join("hl/a"), Some(42), Some(42)).unwrap();
    }
}
