//! The xattr fixture, made as root on a tmpfs (which keeps values of any size, unlike ext4's
//! one block): a file with several `user.` and `trusted.` attributes, a 40 KiB one (past
//! `DXATTR_MAX_ENTRY_SIZE`: the xattr directory) and an access ACL; a file whose 30 × 3000-byte
//! attributes pass 64 KiB of SA; `usr/bin/ping` with `cap_net_raw+ep`; a directory with
//! attributes and a default ACL; a symlink (`trusted.`, `security.`) and a device node.
use std::path::PathBuf;
use std::process::Command;

use tempfile::TempDir;

use crate::host::oracle;

/// The tree at `root`, on a tmpfs mounted inside `dir` (unmounted on drop).
pub struct XattrTree {
    pub dir: TempDir,
    pub root: PathBuf,
}

impl Drop for XattrTree {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .arg(self.dir.path().join("fs"))
            .status();
    }
}

/// Runs `program` (from Debian `package`) with `args`, asserting success.
pub fn must(program: &str, package: &str, args: &[&str]) {
    let out = oracle(program, package).args(args).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{program} {args:?}: {err}");
}

impl XattrTree {
    pub fn build() -> XattrTree {
        let dir = tempfile::tempdir().unwrap();
        let fs = dir.path().join("fs");
        std::fs::create_dir(&fs).unwrap();
        must(
            "mount",
            "mount",
            &[
                "-t",
                "tmpfs",
                "-o",
                "size=64m",
                "tmpfs",
                fs.to_str().unwrap(),
            ],
        );
        let tree = XattrTree {
            root: fs.join("root"),
            dir,
        };
        tree.populate();
        tree
    }

    fn populate(&self) {
        let p = |rel: &str| self.root.join(rel).to_str().unwrap().to_owned();
        for d in ["usr/bin", "dir"] {
            std::fs::create_dir_all(p(d)).unwrap();
        }
        std::fs::write(p("file"), "some bytes\n").unwrap();
        std::fs::write(p("many"), "").unwrap();
        std::fs::copy("/usr/bin/true", p("usr/bin/ping")).unwrap();
        std::os::unix::fs::symlink("file", p("link")).unwrap();
        must("mknod", "coreutils", &[&p("null"), "c", "1", "3"]);
        let big = "b".repeat(40 << 10);
        for (rel, name, value) in [
            ("file", "user.mime_type", "text/plain"),
            ("file", "user.empty", ""),
            ("file", "user.bin", "0x00ff10"),
            ("file", "trusted.overlay.opaque", "y"),
            ("file", "user.big", &big),
            ("dir", "user.dir", "on a directory"),
            ("link", "trusted.link", "on a symlink"),
            ("link", "security.label", "sym"),
            ("null", "security.dev", "on a device"),
            ("null", "trusted.dev", "0x0102"),
        ] {
            must(
                "setfattr",
                "attr",
                &["-h", "-n", name, "-v", value, &p(rel)],
            );
        }
        for i in 0..30 {
            let (name, value) = (format!("user.a{i:02}"), format!("{i:x}").repeat(3000));
            must("setfattr", "attr", &["-n", &name, "-v", &value, &p("many")]);
        }
        must("setfacl", "acl", &["-m", "u:1234:r,g:5678:rw", &p("file")]);
        must("setfacl", "acl", &["-d", "-m", "u:1234:rwx", &p("dir")]);
        must(
            "setcap",
            "libcap2-bin",
            &["cap_net_raw+ep", &p("usr/bin/ping")],
        );
    }
}
