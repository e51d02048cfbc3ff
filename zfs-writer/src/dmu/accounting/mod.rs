//! User, group and project accounting of an object set, as OpenZFS keeps it with
//! `userobj_accounting` and `project_quota` active: each object added is flagged
//! (`USERUSED_ACCOUNTED`, `USEROBJUSED_ACCOUNTED`) and its bytes and count summed by the ids
//! the object-set type's callback reads from its bonus; after every other object, the sums
//! become the ZAPs of objects -1, -2 and -3 in the `objset_phys_t`. Memory: one sum per
//! distinct id, whatever the number of objects.
mod sums; // UserAccounting: flags and per-id sums (dnode_sync, userquota_updates_task)
mod used_zaps; // the used ZAPs and the complete flags (do_userquota_cacheflush)

pub use sums::{FileInfo, FileInfoFn, USED_OBJECTS, UserAccounting};
