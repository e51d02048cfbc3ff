//! DSL: the MOS objects that name and account for a new pool's datasets, plus the pool-level
//! objects around them (object directory, features, bpobjs, pool properties), as a pure plan.
//!
//! OpenZFS 2.3 module/zfs/spa.c `spa_create` → dsl_pool.c `dsl_pool_create`; makefs zfs/dsl.c.
//! Steps: `layout` reserves every id in OpenZFS's allocation order → `pool` (object directory,
//! features, bpobjs, pool props) → `datasets` (directories, head datasets, `$MOS`, `$FREE`)
//! → `origin` (`$ORIGIN`, `$ORIGIN@$ORIGIN`, clone lists). Every dataset is a clone of
//! `$ORIGIN@$ORIGIN`; the caller writes each object and the config it reserved, and adds the
//! MOS's own space to `$MOS` once it has laid the MOS out (`MosDirs`).
mod builder; // Mos: objects put at reserved ids
mod dataset; // dsl_dataset_phys_t and head datasets (dsl_dataset_create_sync_dd)
mod datasets; // the directory tree with $MOS and $FREE (dsl_pool_create)
mod dir; // dsl_dir_phys_t, props and child-map ZAPs (dsl_dir_create_sync)
mod draw; // splitmix64 salts and GUIDs keyed by seed and object id
mod feature_ids; // ids of what the features add: enabled-txg ZAP, empty bpobj, vdev ZAPs
mod features; // feature ZAPs (spa_feature_create_zap_objects, feature_enable_sync)
mod ids; // id groups of one directory / head / snapshot, and the allocator
mod input; // DslInput, DatasetInput, PropValue
mod layout; // every id, reserved in spa_create's order
mod lists; // empty bpobjs and deadlists (bpobj_alloc, dsl_deadlist_alloc)
mod mos_dirs; // the MOS's own space in $MOS and the root (dsl_dir_root_finalize)
mod origin; // $ORIGIN and its snapshot (dsl_pool_create_origin)
mod plan; // DslPlan and plan()
mod pool; // object directory, feature ZAPs, pool bpobjs, pool props (spa_create)
mod pool_features; // feature ZAPs and feature objects, with every feature's state
mod props; // props ZAPs (dsl_prop_set_sync_impl, spa_sync_props)
mod snapshots; // snapshots taken at build time (dsl_dataset_snapshot_sync_impl)
mod space; // used/compressed/uncompressed roll-up (dsl_dir_diduse_space)
mod taken; // ids of the snapshots taken at build time
mod zaps; // snapnames (normalized) and zap_add_int ZAPs

pub use feature_ids::VdevZaps;
pub use input::{DatasetInput, DslInput, PropValue};
pub use mos_dirs::MosDirs;
pub use plan::{DslPlan, plan};
pub use pool::DMU_POOL_DIRECTORY_OBJECT;
pub use snapshots::snapshot_txg;
