//! What a verified pool holds, printed like a short `zdb -b` summary.
use std::fmt;

pub use crate::pool::BlockStats;

/// One head dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatasetReport {
    /// Full name (`anvil_pool/ROOT`).
    pub name: String,
    /// Objects in its object set (the objset pointer's fill).
    pub objects: u64,
    /// ZPL entries reached from its root directory (the root included); 0 if not a ZPL.
    pub files: u64,
}

/// The result of a successful verification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Pool name.
    pub pool: String,
    /// Pool GUID.
    pub pool_guid: u64,
    /// Txg of the best uberblock.
    pub txg: u64,
    /// Head datasets, parents first.
    pub datasets: Vec<DatasetReport>,
    /// Every block walked, each checksum verified.
    pub blocks: BlockStats,
    /// Bytes allocated in the space maps (equal to the blocks' allocated bytes).
    pub allocated: u64,
    /// Metaslabs of the vdev.
    pub metaslabs: u64,
    /// Entries compared with the tree, when one was given.
    pub tree_entries: Option<u64>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "pool {} guid {} txg {}",
            self.pool, self.pool_guid, self.txg
        )?;
        for d in &self.datasets {
            writeln!(
                f,
                "  dataset {}: {} objects, {} files",
                d.name, d.objects, d.files
            )?;
        }
        let b = &self.blocks;
        writeln!(
            f,
            "  {} blocks verified ({} embedded, {} intent-log, {} deferred frees): {} logical, {} physical, {} allocated bytes",
            b.blocks, b.embedded, b.zil, b.deferred, b.lsize, b.psize, b.asize
        )?;
        writeln!(f, "  {} ZAP objects decoded", b.zaps)?;
        writeln!(
            f,
            "  space maps of {} metaslabs: {} bytes allocated, no leaks",
            self.metaslabs, self.allocated
        )?;
        if let Some(n) = self.tree_entries {
            writeln!(f, "  {n} entries equal to the tree")?;
        }
        Ok(())
    }
}
