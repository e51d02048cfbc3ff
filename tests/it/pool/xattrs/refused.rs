//! An attribute the ZFS module would refuse stops the run with the entry and the rule named,
//! and leaves nothing behind: here `user.system.x` (`ZFS_XA_NS_PREFIX_FORBIDDEN`, EINVAL).
use super::fixture::{XattrTree, must};
use crate::host::assert_refused;
use crate::pool::run::Run;

#[test]
fn a_user_name_with_a_namespace_inside_is_refused() {
    let tree = XattrTree::build();
    let bad = tree.root.join("dir/bad");
    std::fs::write(&bad, "x").unwrap();
    must(
        "setfattr",
        "attr",
        &["-n", "user.system.x", "-v", "1", bad.to_str().unwrap()],
    );
    let out_dir = tree.dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let out = out_dir.join("rootfs.img");
    let run = Run {
        root: &tree.root,
        spec: None,
        out: &out,
        extra: &[],
    }
    .output();
    assert_refused(
        &run,
        &["/dir/bad", "user.system.x", "namespace prefix"],
        &out_dir,
    );
}
