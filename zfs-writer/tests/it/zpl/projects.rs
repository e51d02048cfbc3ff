//! Znodes of a dataset with project accounting against the bonus buffers OpenZFS 2.3.2 wrote
//! in one (tests/data/zpl/projects-bonus.txt says where they come from): a directory and a
//! file carry `ZPL_PROJID` 0 and `ZFS_PROJID` in layout 2, a symlink neither, in layout 4.
//! Times are the kernel's, read from its bonus; everything else comes from the znode.
use zfs_writer::phys::DmuType;
use zfs_writer::zpl::{
    SaLayouts, XattrPlacement, Znode, ZnodeKind, xattr_sa_bonus, zpl_get_file_info,
};

use super::fixtures::data;

/// The kernel's bonus of `object` (tests/data/zpl/projects-bonus.txt).
fn kernel(object: &str) -> Vec<u8> {
    let text = String::from_utf8(data("projects-bonus.txt")).unwrap();
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{object} ")));
    let hex = line.unwrap_or_else(|| panic!("no object {object}"));
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

/// The znode, its times read from the kernel's bonus (after a `hdr`-byte SA header).
fn znode(kernel: &[u8], hdr: usize, kind: ZnodeKind, mode: u64, shape: [u64; 4]) -> Znode {
    let word = |at: usize| u64::from_le_bytes(kernel[hdr + at..hdr + at + 8].try_into().unwrap());
    let time = |at: usize| (word(at), word(at + 8));
    let project = matches!(kind, ZnodeKind::File | ZnodeKind::Dir).then_some(0);
    let [size, links, parent, generation] = shape;
    Znode {
        kind,
        mode,
        uid: 0,
        gid: 0,
        size,
        links,
        parent,
        generation,
        atime: time(56),
        mtime: time(72),
        ctime: time(88),
        crtime: time(104),
        project,
    }
}

/// The owner, group and project the file-info callback reads from `z`'s bonus.
fn ids(z: &Znode, layouts: &mut SaLayouts) -> (Vec<u8>, u16, Option<(u64, u64, u64)>) {
    let sa = xattr_sa_bonus(z, &XattrPlacement::default(), None, layouts);
    let info = zpl_get_file_info(DmuType::Sa as u8, &sa.bonus);
    (
        sa.bonus,
        sa.layout,
        info.map(|i| (i.user, i.group, i.project)),
    )
}

#[test]
fn directory_file_and_symlink_match_openzfs_with_projects() {
    let link = ZnodeKind::Symlink(b"usr/share".to_vec());
    let cases = [
        ("3", 8, ZnodeKind::Dir, 0o755, [3, 2, 34, 8], 2),
        ("4", 8, ZnodeKind::File, 0o644, [5 << 20, 1, 3, 8], 2),
        ("5", 16, link, 0o777, [9, 1, 34, 11], 4),
    ];
    let mut layouts = SaLayouts::new(true);
    for (object, hdr, kind, mode, shape, layout) in cases {
        let kernel = kernel(object);
        let z = znode(&kernel, hdr, kind, mode, shape);
        let want = (kernel, layout, Some((0, 0, 0)));
        assert_eq!(ids(&z, &mut layouts), want, "{z:?}");
    }
}

#[test]
fn the_file_info_callback_reads_owner_group_and_project() {
    let mut z = znode(&kernel("4"), 8, ZnodeKind::File, 0o600, [1, 1, 3, 8]);
    (z.uid, z.gid, z.project) = (4_000_000_000, 100, Some(77));
    let got = ids(&z, &mut SaLayouts::new(true)).2;
    assert_eq!(got, Some((4_000_000_000, 100, 77)));
    z.project = None;
    let got = ids(&z, &mut SaLayouts::default()).2;
    assert_eq!(
        got,
        Some((4_000_000_000, 100, 0)),
        "no ZFS_PROJID: project 0"
    );
    let none = zpl_get_file_info(DmuType::None as u8, &[]);
    assert_eq!(none, None, "not a znode");
}
