//! A hidden xattr directory and its files. OpenZFS module/os/linux/zfs/zfs_dir.c
//! `zfs_get_xattrdir` (mode `S_IFDIR | S_ISVTX | 0777`, the owner's uid and gid),
//! `zfs_make_xattrdir` (`zfs_mknode(…, IS_XATTR, …)`, parent = the owner); zpl_xattr.c
//! `zpl_xattr_set_dir` (each attribute a file `S_IFREG | 0644` of the caller — root — named
//! by the full attribute name, holding the value); zfs_znode_os.c `zfs_mknode` (`ZFS_XATTR`;
//! `ZFS_PROJID` and the project the owner passes on, 0, for the directory and the files).
use super::data::{directory_zap, file};
use super::object::{FsWrite, finish_sa};
use super::plan::XattrDir;
use super::znode::{project_of, znode};
use crate::dmu::BlockWriter;
use crate::dmu::pipeline::DataStream;
use crate::error::Result;
use crate::phys::DnodePhys;
use crate::zap::{Zap, ZapValue};
use crate::zpl::{Znode, ZnodeKind, dirent, mark_xattr, sa_pack, znode_attrs};

/// Writes xattr directory `dir` and its files; returns their `(id, dnode)` in id order.
pub fn write_xattr_dir(
    w: &mut BlockWriter,
    fw: &mut FsWrite,
    dir: &XattrDir,
    data: &mut DataStream,
) -> Result<Vec<(u64, DnodePhys)>> {
    let node = fw.plan.node(dir.owner);
    let owner = znode(node, &fw.tree.entries()[node.entry], fw.txg, fw.projects);
    let x = node
        .xattrs
        .as_ref()
        .expect("an xattr directory has an owner with xattrs");
    let files = &x.placement.dir;
    let zap = directory_entries(dir.id, files.iter().map(|(name, _)| name.as_str()), fw);
    let dir_znode = Znode {
        kind: ZnodeKind::Dir,
        mode: 0o1777,
        size: 2 + dir.files,
        links: 2,
        parent: dir.owner,
        project: project_of(&ZnodeKind::Dir, fw.projects),
        ..owner.clone()
    };
    let data_dir = directory_zap(w, zap)?;
    let mut out = vec![(dir.id, xattr_dnode(w, fw, &dir_znode, data_dir)?)];
    for (i, (_, value)) in (1..).zip(files) {
        let file_znode = Znode {
            kind: ZnodeKind::File,
            mode: 0o644,
            uid: 0,
            gid: 0,
            size: value.len() as u64,
            links: 1,
            parent: dir.id,
            project: project_of(&ZnodeKind::File, fw.projects),
            ..owner.clone()
        };
        let data_file = file(w, value.len() as u64, data)?;
        out.push((dir.id + i, xattr_dnode(w, fw, &file_znode, data_file)?));
    }
    Ok(out)
}

/// The xattr directory `id`'s ZAP: each name → its file, the objects after `id`.
fn directory_entries<'a>(id: u64, names: impl Iterator<Item = &'a str>, fw: &FsWrite) -> Zap {
    let mut zap = Zap::new((fw.salt)(id));
    for (i, name) in (1..).zip(names) {
        zap.add(
            name.as_bytes(),
            ZapValue::U64(dirent(&ZnodeKind::File, id + i)),
        );
    }
    zap
}

/// The dnode of xattr znode `z` (flagged `ZFS_XATTR`) over its data.
fn xattr_dnode(
    w: &mut BlockWriter,
    fw: &mut FsWrite,
    z: &Znode,
    (dmu_type, block_size, top): super::data::Data,
) -> Result<DnodePhys> {
    let mut attrs = znode_attrs(z);
    mark_xattr(&mut attrs);
    let sa = sa_pack(&attrs, &mut fw.layouts);
    finish_sa(w, fw, &sa, (dmu_type, block_size, &top))
}
