//! What the DSL plan is built from: the datasets with their object sets and space, pool
//! properties and the seed of every GUID and salt.
//! OpenZFS module/zfs/spa.c (`spa_create`), dsl_pool.c (`dsl_pool_create`).
use crate::dmu::Stats;
use crate::feature::Compatibility;
use crate::phys::BlkPtr;

/// A property value as a props ZAP stores it (OpenZFS module/zfs/dsl_prop.c
/// `dsl_prop_set_sync_impl`): numbers and indexes as one `uint64`, strings as bytes + NUL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PropValue {
    /// A number or index: `compression` (lz4 = 15), `canmount` (off 0, on 1, noauto 2),
    /// `atime` (off 0, on 1)… (module/zcommon/zfs_prop.c index tables).
    Number(u64),
    /// A string: `mountpoint` ("none", "/", …).
    Text(String),
}

/// One dataset: its name below the pool, its written object set and its properties.
/// OpenZFS module/zfs/dsl_dataset.c `dsl_dataset_create_sync` (which `zfs create` runs).
#[derive(Clone, Debug)]
pub struct DatasetInput {
    /// Name below the pool: "" for the pool's root dataset, "ROOT", "ROOT/home"…
    pub name: String,
    /// The `objset_phys_t` block pointer (`ds_bp`).
    pub objset: BlkPtr,
    /// Every block of the object set, the objset block included: `asize` →
    /// `ds_referenced_bytes`, `psize` → compressed, `lsize` → uncompressed.
    pub usage: Stats,
    /// Properties set locally, in the order given.
    pub props: Vec<(String, PropValue)>,
    /// Whether `org.freebsd:zstd_compress` is active on it: it sets `compression` to a zstd
    /// value itself (dsl_dataset.c `dsl_dataset_set_compression_sync`) or holds a zstd block
    /// (`dsl_dataset_block_born`).
    pub zstd: bool,
    /// Snapshots taken of it once written, oldest first (`zfs snapshot`): names of
    /// `[A-Za-z0-9 _.:-]`, under 50 bytes.
    pub snapshots: Vec<String>,
}

/// Everything the DSL plan needs: datasets, pool properties, time and seed.
/// OpenZFS module/zfs/spa.c `spa_create(pool, nvroot, props, zplprops, dcp)`.
#[derive(Clone, Debug)]
pub struct DslInput {
    /// Txg the pool and every dataset are created in (`TXG_INITIAL` = 4 for a new pool).
    pub create_txg: u64,
    /// Creation time of every directory and dataset, in seconds (`SOURCE_DATE_EPOCH`).
    pub creation_time: u64,
    /// Seed of every ZAP salt and dataset GUID.
    pub seed: u64,
    /// The root dataset (name "") first, then the others, each after its parent.
    pub datasets: Vec<DatasetInput>,
    /// The dataset whose object id becomes the pool property `bootfs`.
    pub bootfs: Option<String>,
    /// Other pool properties (module/zcommon/zpool_prop.c).
    pub pool_props: Vec<(String, PropValue)>,
    /// The features enabled (`zpool create -o compatibility=…`).
    pub compat: Compatibility,
    /// Space-map objects the vdev has (each a `spacemap_histogram` reference when enabled).
    pub space_maps: u64,
}

impl DslInput {
    /// How many snapshots each dataset has.
    pub(super) fn snapshot_counts(&self) -> Vec<usize> {
        self.datasets.iter().map(|d| d.snapshots.len()).collect()
    }

    /// The index of each dataset's parent (`None` for the root) and its last name component.
    ///
    /// # Panics
    /// If the first dataset is not the root (""), or a dataset comes before its parent or
    /// repeats a name.
    pub(super) fn tree(&self) -> Vec<(Option<usize>, &str)> {
        assert!(
            self.datasets.first().is_some_and(|d| d.name.is_empty()),
            "the first dataset must be the pool's root (name \"\")"
        );
        let mut out = vec![(None, "")];
        for (i, ds) in self.datasets.iter().enumerate().skip(1) {
            let (parent, last) = ds.name.rsplit_once('/').unwrap_or(("", &ds.name));
            let at = |d: &DatasetInput| d.name == parent;
            let p = self.datasets[..i].iter().position(at);
            let p = p.unwrap_or_else(|| panic!("dataset {:?} before its parent", ds.name));
            let twin = self.datasets[..i].iter().any(|d| d.name == ds.name);
            assert!(!twin && !last.is_empty(), "bad dataset name {:?}", ds.name);
            out.push((Some(p), last));
        }
        out
    }
}
