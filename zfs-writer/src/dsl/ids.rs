//! Object-id groups of the plan and the allocator that hands them out in increasing order.
//! OpenZFS module/zfs/dmu_object.c (`dmu_object_alloc`); our ids are dense from 1.

/// A DSL directory and the props and child-map ZAPs `dsl_dir_create_sync` makes with it.
#[derive(Clone, Copy, Debug)]
pub(super) struct DirIds {
    pub dir: u64,
    pub props: u64,
    pub child_map: u64,
}

/// A head dataset, its snapshot names, its deadlist and the deadlist's one bpobj.
#[derive(Clone, Copy, Debug)]
pub(super) struct HeadIds {
    pub ds: u64,
    pub snapnames: u64,
    pub deadlist: u64,
    pub bpobj: u64,
}

/// `$ORIGIN@$ORIGIN`, the deadlist it took over from the head, and its two clone ZAPs
/// (`ds_next_clones_obj` of the snapshot, `dd_clones` of the `$ORIGIN` directory).
#[derive(Clone, Copy, Debug)]
pub(super) struct SnapIds {
    pub ds: u64,
    pub deadlist: u64,
    pub next_clones: u64,
    pub dd_clones: u64,
}

/// `$ORIGIN`: its directory, its head dataset and `$ORIGIN@$ORIGIN`.
#[derive(Clone, Copy, Debug)]
pub(super) struct OriginIds {
    pub dir: DirIds,
    pub head: HeadIds,
    pub snap: SnapIds,
}

/// What `spa_create` allocates after the datasets of `dsl_pool_create`.
#[derive(Clone, Copy, Debug)]
pub(super) struct SpaIds {
    pub config: u64,
    pub sync_bplist: u64,
    pub pool_props: Option<u64>,
    pub metaslab_array: u64,
}

/// Hands out ids in increasing order from 2 (1 is `DMU_POOL_DIRECTORY_OBJECT`).
pub(super) struct Ids(pub u64);

impl Ids {
    /// The next id.
    pub(super) fn id(&mut self) -> u64 {
        self.0 += 1;
        self.0
    }
    /// A directory with its props and child-map ZAPs.
    pub(super) fn dir(&mut self) -> DirIds {
        let (dir, props, child_map) = (self.id(), self.id(), self.id());
        DirIds {
            dir,
            props,
            child_map,
        }
    }
    /// A head dataset with its snapshot names, deadlist and the deadlist's bpobj: its own, or
    /// `shared` (the pool's empty bpobj, `bpobj_alloc_empty`).
    pub(super) fn head(&mut self, shared: Option<u64>) -> HeadIds {
        let (ds, snapnames, deadlist) = (self.id(), self.id(), self.id());
        HeadIds {
            ds,
            snapnames,
            deadlist,
            bpobj: shared.unwrap_or_else(|| self.id()),
        }
    }

    /// `spa_create` after `dsl_pool_create`: config, sync_bplist, then (`spa_sync_props`) the
    /// pool props; the metaslab array comes with the vdev's first sync.
    pub(super) fn spa(&mut self, pool_props: bool) -> SpaIds {
        let (config, sync_bplist) = (self.id(), self.id());
        let pool_props = pool_props.then(|| self.id());
        let metaslab_array = self.id();
        SpaIds {
            config,
            sync_bplist,
            pool_props,
            metaslab_array,
        }
    }
}
