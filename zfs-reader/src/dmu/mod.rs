//! Object sets and dnodes (OpenZFS include/sys/dnode.h, dmu_objset.h): parsing them, walking
//! every block of an object set once (with checksums), and reading one object's data.
mod accounting; // Tally: what the used ZAPs must hold, summed over the dnodes
mod data; // an object's L0 blocks in order, one block by id, a dnode by object id
mod dnode; // Dnode: one dnode_phys_t with its bounds checked
mod dnode_block; // one block of dnodes; in the MOS, datasets' object sets too
mod objset; // Objset: objset_phys_t, its meta-dnode and intent-log header
mod used; // the used ZAPs against the Tally, when os_flags say they are complete
mod walk; // Pool::walk_objset: every block pointer below an objset, counted once

pub(crate) use accounting::Tally;
pub(crate) use dnode::Dnode;
pub(crate) use objset::Objset;

/// `DMU_OT_DSL_DATASET`: in the MOS, the bonus type of a dataset, which holds its objset's
/// pointer (its object type too, unless `dsl_dataset_zapify` made it a ZAP).
pub(crate) const DMU_OT_DSL_DATASET: u8 = 16;
