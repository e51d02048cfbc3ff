//! ZPL: znodes' System-Attribute bonus buffers, trivial ACLs and flags, and the dataset-wide
//! ZPL objects, checked byte for byte against a pool OpenZFS 2.3.2 wrote (tests/data/zpl).
mod acl_every_mode; // all 4096 modes: trivial, round-trip through zfs_mode_compute
mod acl_extra; // modes that need allow/deny entries before owner@, group@, everyone@
mod acl_modes; // hand-derived ACEs and flags: 4755, 2750, 1777, 000, 777
mod fixtures; // the reference dnodes, zdb dumps and micro-ZAP blocks
mod master_node; // master node, SA master node, dirents == OpenZFS's micro ZAPs
mod projects; // with project accounting: ZPL_PROJID bonuses == OpenZFS's; zpl_get_file_info
mod reference; // sa_bonus == OpenZFS's bonus for dirs, files, fifo, device, symlinks
mod sa_tables; // REGISTRY and LAYOUTS entries == OpenZFS's
mod spill; // inline vs spill block for symlink targets
mod times; // the reference znodes' times, checked against zdb
pub(crate) mod znodes; // Znode from zdb's dump; a plain new znode
