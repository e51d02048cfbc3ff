//! pax records written with Python's `tarfile`: global records, libarchive xattrs (names
//! %-encoded, values base64), negative fractional times, and an ACL naming a user and a group
//! that only the archive's own `etc/passwd` and `etc/group` know.
use anvil_tree::{Time, Xattr};

use super::compare::tree;
use super::python::py;

#[test]
fn pax_global_records_libarchive_xattrs_and_named_acls() {
    let acl = "user::rw-,user:alice:r--,group::r--,group:staff:rw-,mask::rw-,other::r--";
    let (_tmp, out) = py(&format!(
        "t = tarfile.open(out, 'w', format=tarfile.PAX_FORMAT, \
        pax_headers={{'SCHILY.xattr.user.g': 'all'}})\n\
        add(t, 'etc/passwd', b'root:x:0:0::/:/bin/sh\\nalice:x:1001:1001::/:/bin/sh\\n')\n\
        add(t, 'etc/group', b'root:x:0:\\nstaff:x:50:\\n')\n\
        add(t, 'f', b'x', mode=0o644, pax_headers={{'SCHILY.acl.access': '{acl}', \
        'LIBARCHIVE.xattr.user.a%3Db': 'AAEC/w==', 'mtime': '-1.25'}})\n"
    ));
    let t = tree(&out);
    let f = t.entries().iter().find(|e| e.path == b"f").unwrap();
    assert_eq!(f.meta.mode, 0o664, "group bits from the ACL mask");
    assert_eq!(
        f.meta.mtime,
        Time {
            sec: -2,
            nsec: 750_000_000
        }
    );
    let want = [
        Xattr {
            name: b"system.posix_acl_access".to_vec(),
            value: acl_bytes(),
        },
        Xattr {
            name: b"user.a=b".to_vec(),
            value: vec![0, 1, 2, 255],
        },
        Xattr {
            name: b"user.g".to_vec(),
            value: b"all".to_vec(),
        },
    ];
    assert_eq!(f.xattrs, want);
}

/// alice is 1001 in the archive's passwd, staff 50 in its group.
fn acl_bytes() -> Vec<u8> {
    let acl = [
        &[2u8, 0, 0, 0][..],
        &[1, 0, 6, 0, 255, 255, 255, 255],
        &[2, 0, 4, 0, 0xe9, 3, 0, 0],
        &[4, 0, 4, 0, 255, 255, 255, 255],
        &[8, 0, 6, 0, 50, 0, 0, 0],
        &[0x10, 0, 6, 0, 255, 255, 255, 255],
        &[0x20, 0, 4, 0, 255, 255, 255, 255],
    ];
    acl.concat()
}
