//! `uberblock_t`: the pool's root pointer, written in every slot of every label's ring.
//! OpenZFS include/sys/uberblock_impl.h.
use zerocopy::little_endian::U64;
use zerocopy::{FromBytes, FromZeros, Immutable, IntoBytes, KnownLayout, Unaligned};

use super::{BlkPtr, SPA_VERSION};

/// `UBERBLOCK_MAGIC` ("oo-ba-bloc").
pub const UBERBLOCK_MAGIC: u64 = 0x00ba_b10c;
/// `MMP_MAGIC`: the MMP fields are present (multihost itself is off).
const MMP_MAGIC: u64 = 0xa11c_ea11;

/// The root of the pool: txg, GUID sum and the MOS object set's block pointer.
#[derive(Clone, Debug, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct Uberblock {
    /// [`UBERBLOCK_MAGIC`].
    pub ub_magic: U64,
    /// SPA version (5000).
    pub ub_version: U64,
    /// Txg of the last sync.
    pub ub_txg: U64,
    /// Sum of every vdev GUID, the root vdev's (= pool GUID) included.
    pub ub_guid_sum: U64,
    /// Seconds since the epoch of the last sync.
    pub ub_timestamp: U64,
    /// The MOS `objset_phys_t`.
    pub ub_rootbp: BlkPtr,
    /// Highest SPA version of the writer.
    pub ub_software_version: U64,
    /// [`MMP_MAGIC`].
    pub ub_mmp_magic: U64,
    /// MMP delay (0: multihost off).
    pub ub_mmp_delay: U64,
    /// MMP configuration (0).
    pub ub_mmp_config: U64,
    /// Txg of a checkpoint (0: none).
    pub ub_checkpoint_txg: U64,
    /// RAID-Z expansion state (0).
    pub ub_raidz_reflow_info: U64,
}

impl Uberblock {
    /// An uberblock for `txg` at `timestamp` pointing at the MOS through `rootbp`.
    pub fn new(txg: u64, guid_sum: u64, timestamp: u64, rootbp: BlkPtr) -> Uberblock {
        let mut ub = Uberblock::new_zeroed();
        ub.ub_magic = U64::new(UBERBLOCK_MAGIC);
        ub.ub_version = U64::new(SPA_VERSION);
        ub.ub_txg = U64::new(txg);
        ub.ub_guid_sum = U64::new(guid_sum);
        ub.ub_timestamp = U64::new(timestamp);
        ub.ub_rootbp = rootbp;
        ub.ub_software_version = U64::new(SPA_VERSION);
        ub.ub_mmp_magic = U64::new(MMP_MAGIC);
        ub
    }
}

const _: () = assert!(size_of::<Uberblock>() == 216);
const _: () = assert!(core::mem::offset_of!(Uberblock, ub_rootbp) == 40);
