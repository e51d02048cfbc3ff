//! zdb reads the image of the xattr fixture: no leak, every checksum right, and the SA
//! xattrs decoded by `zdb -dddd` (it prints `SA xattrs: N bytes, M entries` and each pair).
use super::fixture::XattrTree;
use crate::pool::zdb::zdb;

#[test]
fn zdb_decodes_the_sa_xattrs_and_finds_no_leaks() {
    let tree = XattrTree::build();
    let (out_dir, _) = tree.pool();
    let dump = zdb(&out_dir, &["-dddd", "anvil_pool/ROOT"]).stdout;
    let dump = String::from_utf8_lossy(&dump);
    for want in [
        "SA xattrs: ",
        "\t\tsecurity.capability = \\001\\000\\000\\002\\000\\040\\000",
        "\t\tuser.mime_type = text/plain",
        "\t\ttrusted.overlay.opaque = y",
        "\t\tsystem.posix_acl_access = \\002\\000\\000\\000",
        "\t\tsystem.posix_acl_default = \\002\\000\\000\\000",
        "\t\ttrusted.link = on a symlink",
        "\t\tsecurity.dev = on a device",
        "\t\tuser.dir = on a directory",
    ] {
        assert!(dump.contains(want), "zdb -dddd lacks {want:?}:\n{dump}");
    }
    // The 40 KiB value and what passed 64 KiB live in xattr directories (ZPL_XATTR).
    assert!(dump.contains("\txattr\t"), "{dump}");
    assert!(dump.contains("user.big = "), "{dump}");
}
