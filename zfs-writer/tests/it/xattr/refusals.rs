//! What Linux (fs/xattr.c, include/uapi/linux/limits.h, security/commoncap.c) and the ZFS
//! module (zpl_xattr.c handlers, `ZFS_XA_NS_PREFIX_FORBIDDEN`) refuse, each named.
use anvil_tree::Xattr;
use zfs_writer::zpl::{XattrPolicy, ZnodeKind, plan_xattrs};

const SA: XattrPolicy = XattrPolicy {
    sa: true,
    posix_acl: true,
};

fn refused(kind: ZnodeKind, name: &[u8], len: usize) -> String {
    let x = vec![Xattr {
        name: name.to_vec(),
        value: vec![1; len],
    }];
    let err = plan_xattrs(&kind, 0o644, &x, SA).expect_err("refused");
    assert_eq!(err.0.as_bytes(), String::from_utf8_lossy(name).as_bytes());
    err.1
}

#[test]
fn each_rule_is_named() {
    let long = [b"user.".to_vec(), vec![b'n'; 251]].concat();
    let dev = ZnodeKind::CharDev { major: 1, minor: 3 };
    let cases = [
        (ZnodeKind::File, &long[..], 1, "XATTR_NAME_MAX"),
        (ZnodeKind::File, b"user.x", 65537, "XATTR_SIZE_MAX"),
        (ZnodeKind::File, b"os2.x", 1, "namespace"),
        (ZnodeKind::File, b"system.foo", 1, "namespace"),
        (ZnodeKind::File, b"user.", 1, "only a namespace prefix"),
        (ZnodeKind::File, b"user.trusted.x", 1, "namespace prefix"),
        (ZnodeKind::File, b"user.freebsd:x", 1, "namespace prefix"),
        (
            ZnodeKind::Symlink(b"t".to_vec()),
            b"user.x",
            1,
            "only on regular files",
        ),
        (ZnodeKind::Fifo, b"user.x", 1, "only on regular files"),
        (dev, b"user.x", 1, "only on regular files"),
        (ZnodeKind::File, b"security.capability", 19, "vfs_cap_data"),
    ];
    for (kind, name, len, why) in cases {
        let got = refused(kind, name, len);
        assert!(got.contains(why), "{why}: {got}");
    }
}

#[test]
fn the_limits_themselves_are_taken() {
    let name = [b"user.".to_vec(), vec![b'n'; 250]].concat();
    let x = vec![Xattr {
        name,
        value: vec![0; 65536],
    }];
    let p = plan_xattrs(&ZnodeKind::File, 0o644, &x, SA)
        .unwrap()
        .placement;
    assert_eq!((p.sa, p.dir.len()), (None, 1), "65536 bytes: the directory");
    let link = ZnodeKind::Symlink(b"t".to_vec());
    let x = vec![Xattr {
        name: b"trusted.t".to_vec(),
        value: vec![1],
    }];
    assert!(plan_xattrs(&link, 0o777, &x, SA).is_ok());
}
