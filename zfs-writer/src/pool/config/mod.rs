//! The pool configuration nvlists: the leaf vdev's label copy and the MOS `config` object.
//! OpenZFS module/zfs/spa_config.c (`spa_config_generate`), vdev_label.c
//! (`vdev_label_init`, `vdev_config_generate`); key order as OpenZFS 2.3 writes it.
mod label; // label_config: the leaf vdev alone
mod mos; // mos_config: the whole tree under a root vdev, with the per-vdev ZAPs
mod parts; // what both say: pool identity, the leaf vdev, features_for_read

pub use label::label_config;
pub use mos::mos_config;

use super::VdevType;
use crate::dsl::VdevZaps;

/// What the config nvlists say.
#[derive(Clone, Debug)]
pub struct ConfigInput {
    /// Pool name.
    pub name: String,
    /// Pool GUID (the root vdev's GUID too).
    pub pool_guid: u64,
    /// GUID of the one leaf vdev.
    pub vdev_guid: u64,
    /// Txg of the last sync.
    pub txg: u64,
    /// Txg the vdev was created in.
    pub create_txg: u64,
    /// How the vdev is opened.
    pub vdev_type: VdevType,
    /// The path recorded for the vdev (import with `-d` finds it wherever it is).
    pub path: String,
    /// MOS object of the metaslab array.
    pub metaslab_array: u64,
    /// log2 of the metaslab size.
    pub metaslab_shift: u64,
    /// log2 of the allocation unit.
    pub ashift: u64,
    /// Usable bytes of the vdev.
    pub asize: u64,
    /// The `compatibility` pool property, when set.
    pub compatibility: Option<String>,
    /// Guids of the active features a reader of the MOS needs.
    pub features_for_read: Vec<&'static str>,
    /// The per-vdev ZAPs (MOS config only).
    pub vdev_zaps: Option<VdevZaps>,
}
