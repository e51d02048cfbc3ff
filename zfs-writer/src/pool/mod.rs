//! The pool (makefs zfs.c `zfs_makefs`): options → vdev → datasets → MOS → labels.
mod compression; // each dataset's compression: its own, else inherited
mod config; // the label and MOS config nvlists
mod datasets; // the datasets' object sets, the pool's root dataset first
mod fit; // the size a tree needs, by dry runs
mod lay_out; // datasets, MOS, reserve, uberblock, labels into a sink
mod metaslabs; // the metaslab array and a space-map object per metaslab
mod mos; // the MOS: object data, then the tail into its reservation
mod mos_objects; // the DSL plan plus the packed config
mod names; // OpenZFS's naming rules, and parents before children
mod options; // PoolOptions, DatasetOptions, VdevType
mod output; // the temporary image, renamed into place at the end
mod snapshot_names; // snapshot names: OpenZFS's rules and ours
mod space; // the vdev size, OpenZFS's free-space reserve
mod tail; // the MOS tail's space, reserved before it is written
mod write; // write_pool: the order of work
mod xattr_props; // xattr=sa and acltype=posix for trees with xattrs

pub use config::{ConfigInput, label_config, mos_config};
pub use fit::{fitting_size, headroom};
pub use mos::{MosObjects, write_mos};
pub use names::{dataset_name, pool_name};
pub use options::{DatasetOptions, PoolOptions, VdevType};
pub use snapshot_names::snapshot_name;
pub use write::{PoolSummary, write_pool};

pub use crate::dsl::PropValue;
