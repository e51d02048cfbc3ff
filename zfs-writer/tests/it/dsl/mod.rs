//! DSL: our bonus structs against OpenZFS's, and the MOS plan's objects, links and space.
mod fixture; // a pool like the reference one
mod mos_dirs; // the MOS's own space changes only two directory bonuses
mod objdir; // the object directory's keys, features, pool bpobjs, bootfs
mod phys_dataset; // dsl_dataset_phys_t against OpenZFS's bonuses
mod phys_dir; // dsl_dir_phys_t, bpobj_phys_t, dsl_deadlist_phys_t against OpenZFS's
mod props; // props ZAPs as dsl_prop_set_sync_impl stores them
mod reference; // object types and sizes against the reference MOS
mod refs; // every referenced id exists with its type; every object is reachable
mod seed; // salts and GUIDs from the seed alone
mod snapnames; // $ORIGIN's snapshot names against OpenZFS's block
mod space; // space roll-up: datasets, directories, $MOS
mod tree; // the directory tree and $ORIGIN's clones
mod view; // a plan's objects read as OpenZFS reads them
mod zdb; // zdb's nicenum and ctime
