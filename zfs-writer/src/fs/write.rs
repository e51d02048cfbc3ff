//! A dataset's ZPL object set: the ZPL's own objects, then every tree object in id order —
//! file data compressed and checksummed on every core while this thread places the blocks —
//! then the hidden xattr directories and their files, then the SA layouts, then (with
//! accounting) the user/group/project-used objects, then the object set block.
use std::collections::BTreeSet;
use std::thread;

use anvil_tree::Tree;

use super::FsPlan;
use super::files::file_list;
use super::object::{FsWrite, write_object};
use super::special::{ROOT, write_head, write_layouts};
use super::xattr_object::write_xattr_dir;
use crate::dmu::pipeline::DataStream;
use crate::dmu::{BlockSpec, BlockWriter, ObjsetWriter, UserAccounting, WrittenObjset};
use crate::error::Result;
use crate::phys::{DmuType, ObjsetType};
use crate::zpl::{SaLayouts, XattrPolicy, zpl_get_file_info};

/// How one dataset's file system is written.
pub struct FsOptions<'a> {
    /// Where the xattrs go (`xattr=sa` or directories) and whether POSIX ACLs are allowed.
    pub policy: XattrPolicy,
    /// ZAP salt by object id (the accounting objects by their ids -1, -2, -3 as `u64`).
    pub salt: &'a dyn Fn(u64) -> u64,
    /// The creation txg.
    pub txg: u64,
    /// Compression threads.
    pub threads: usize,
    /// User, group and project accounting: objects -1, -2, -3, the dnodes' accounted flags,
    /// and `ZPL_PROJID` on files and directories, as with `userobj_accounting` and
    /// `project_quota` active.
    pub accounting: bool,
}

/// Writes `tree` as a ZPL object set as `opts` says; `progress` hears of every file read.
pub fn write_fs(
    w: &mut BlockWriter,
    tree: &Tree,
    opts: &FsOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<WrittenObjset> {
    let mut plan = FsPlan::new(tree, ROOT)?;
    plan.plan_xattrs(tree, opts.policy)?;
    let layouts = plan.last_id() + 1;
    let files = file_list(tree, &plan);
    let prep = w.preparer(&BlockSpec::data(DmuType::PlainFileContents));
    let salt = opts.salt;
    let accounting = opts
        .accounting
        .then(|| UserAccounting::new(zpl_get_file_info, salt));
    thread::scope(|scope| {
        let (dry, threads) = (w.is_dry(), opts.threads);
        let mut data = DataStream::start(scope, &files, progress, &prep, threads, dry);
        let mut os = ObjsetWriter::new(ObjsetType::Zfs, layouts, accounting);
        write_head(w, &mut os, layouts, salt)?;
        let mut fw = FsWrite {
            tree,
            plan: &plan,
            salt,
            txg: opts.txg,
            projects: opts.accounting,
            layouts: SaLayouts::new(opts.accounting),
            used: BTreeSet::new(),
        };
        for id in ROOT..=plan.max_id() {
            let dn = write_object(w, &mut fw, id, &mut data)?;
            os.add(w, id, &dn)?;
        }
        for dir in &plan.xattr_dirs {
            for (id, dn) in write_xattr_dir(w, &mut fw, dir, &mut data)? {
                os.add(w, id, &dn)?;
            }
        }
        data.finish()?;
        write_layouts(w, &mut os, layouts, &fw.layouts, &fw.used, salt(layouts))?;
        os.finish(w)
    })
}
