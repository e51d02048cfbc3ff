//! `dmu_object_type_t`: the object types a writer emits.
//! OpenZFS include/sys/dmu.h (new-style `DMU_OTN_*` types carry flags in their high bits).

/// `dmu_object_type_t` values we write (new-style `DMU_OTN_*` carry flags in high bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum DmuType {
    /// Unallocated dnode slot.
    None = 0,
    /// MOS object 1: the pool's object directory ZAP.
    ObjectDirectory = 1,
    /// Array of uint64 (the metaslab array).
    ObjectArray = 2,
    /// XDR nvlist (the MOS config).
    PackedNvlist = 3,
    /// Bonus of a packed nvlist: its size.
    PackedNvlistSize = 4,
    /// Block-pointer list.
    Bpobj = 5,
    /// Bonus of a bpobj.
    BpobjHdr = 6,
    /// Bonus of a space map.
    SpaceMapHeader = 7,
    /// Space-map entries.
    SpaceMap = 8,
    /// Blocks of dnodes (the meta-dnode's data).
    Dnode = 10,
    /// An object set block.
    Objset = 11,
    /// Bonus of a DSL directory.
    DslDir = 12,
    /// DSL directory children ZAP.
    DslDirChildMap = 13,
    /// Snapshot names ZAP.
    DslDsSnapMap = 14,
    /// DSL properties ZAP.
    DslProps = 15,
    /// Bonus of a dataset.
    DslDataset = 16,
    /// Regular file data.
    PlainFileContents = 19,
    /// Directory entries ZAP.
    DirectoryContents = 20,
    /// ZPL master node ZAP.
    MasterNode = 21,
    /// ZPL delete queue ZAP.
    UnlinkedSet = 22,
    /// Pool properties ZAP.
    PoolProps = 31,
    /// Next-clones ZAP of a snapshot.
    NextClones = 37,
    /// User/group/project-used ZAP of an object set (objects -1, -2, -3): id → bytes.
    UsergroupUsed = 39,
    /// Bonus type of SA-based znodes.
    Sa = 44,
    /// SA master node ZAP.
    SaMasterNode = 45,
    /// SA attribute registry ZAP.
    SaAttrRegistration = 46,
    /// SA layouts ZAP.
    SaAttrLayouts = 47,
    /// Deadlist ZAP.
    Deadlist = 50,
    /// Bonus of a deadlist.
    DeadlistHdr = 51,
    /// Clones ZAP of a DSL directory.
    DslClones = 52,
    /// `DMU_OTN_ZAP_METADATA`: a metadata ZAP of the new-style types (feature ZAPs).
    OtnZapMetadata = 0xc4,
}

impl DmuType {
    /// `DMU_OT_IS_METADATA` (module/zfs/dmu.c `dmu_ot[]`, include/sys/dmu.h): every type we
    /// write but file data is metadata (`DMU_OTN_ZAP_METADATA` says so in its flag bits).
    pub fn is_metadata(self) -> bool {
        self != DmuType::PlainFileContents
    }
}
