//! The parts of the fixture some formats cannot hold, or that need tools beyond coreutils,
//! or root: long and non-UTF-8 names, device nodes, foreign owners, xattrs in every
//! namespace, a file capability, access and default ACLs.
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use super::tool::{is_root, run, tool};

/// The fixture is whole only as root, as CI runs the suite: a smaller one would pass
/// without judging devices, owners and the root-only attribute namespaces.
const ROOT_ONLY: &str = "the archive fixture needs root (device nodes, foreign owners, \
                         trusted. xattrs, capabilities): run the suite as root, as CI does";

/// A fifo, devices and a foreign owner.
pub fn nodes(d: &Path) {
    run(tool("mkfifo", "coreutils").arg(d.join("fifo")));
    assert!(is_root(), "{ROOT_ONLY}");
    let dev = d.join("dev");
    fs::create_dir(&dev).unwrap();
    let mknod = |name: &str, args: [&str; 3]| {
        run(tool("mknod", "coreutils").arg(dev.join(name)).args(args));
    };
    mknod("null", ["c", "1", "3"]);
    mknod("loop0", ["b", "7", "0"]);
    std::os::unix::fs::lchown(d.join("file"), Some(1234), Some(5678)).unwrap();
}

/// ACLs, `user.`, `trusted.` and `security.capability` xattrs.
pub fn attrs(d: &Path) {
    let acl = |args: &[&str], path: &Path| run(tool("setfacl", "acl").args(args).arg(path));
    acl(&["-m", "u:1234:r,g:99:rw"], &d.join("big"));
    fs::create_dir(d.join("shared")).unwrap();
    acl(&["-d", "-m", "u:1234:rx"], &d.join("shared"));
    fs::write(d.join("shared/inherits"), b"x").unwrap();
    assert!(is_root(), "{ROOT_ONLY}");
    let set = |args: &[&str], path: &Path| run(tool("setfattr", "attr").args(args).arg(path));
    set(&["-n", "user.x", "-v", "hello"], &d.join("file"));
    set(&["-n", "user.empty"], &d.join("empty"));
    set(&["-n", "trusted.y", "-v", "0x00ff0a"], &d.join("file"));
    let mut setcap = tool("setcap", "libcap2-bin");
    run(setcap.arg("cap_net_raw+ep").arg(d.join("setuid")));
}

/// A 255-byte name, a 300-byte path, a name that is not UTF-8 and holds a control byte.
pub fn names(d: &Path) {
    fs::write(d.join("n".repeat(255)), b"long name").unwrap();
    let deep = d.join(["p".repeat(100), "q".repeat(100), "r".repeat(90)].join("/"));
    fs::create_dir_all(&deep).unwrap();
    fs::write(deep.join("file-at-300-bytes"), b"deep").unwrap();
    let latin1 = std::ffi::OsStr::from_bytes(b"caf\xe9 \x01ctl");
    fs::write(d.join(latin1), b"non-utf8").unwrap();
}
