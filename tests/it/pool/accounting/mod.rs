//! User, group and project accounting (on with the default preset's `userobj_accounting` and `project_quota`): the used objects of
//! every dataset, read by zdb, equal sums computed from the input listing and the dnodes;
//! the kernel reads them with `zfs userspace` and adds to them as it writes.
mod expected; // what the used objects must hold: by the listing, by the dnodes
mod input; // owners of every kind, hard links, an xattr directory
mod kernel; // zfs userspace/groupspace/projectspace in the guest, before and after a write
mod many; // 1,025 owners: fat used ZAPs
mod objects; // zdb -P -dddd parsed: each object's id, dsize, flags, ids and ZAP entries
mod pool; // pools written from the input, with or without accounting
mod sums; // the used ZAPs against the listing and the dnodes; threads; off by default
