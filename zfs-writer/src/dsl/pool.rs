//! The pool-level objects: the object directory, the feature ZAPs, the two pool bpobjs
//! (`free_bpobj`, `sync_bplist`) and the pool properties.
//! OpenZFS module/zfs/spa.c (`spa_create`: config, creation_version, deflate, sync_bplist;
//! `spa_ld_get_props`, `spa_ld_check_features` read them back), dsl_pool.c
//! (`dsl_pool_create`: root_dataset, free_bpobj; `dsl_pool_open`), include/sys/dmu.h
//! (`DMU_POOL_*`).
use super::builder::Mos;
use super::lists::{BPOBJ_BLOCK_SIZE, SYNC_BPLIST_BLOCK_SIZE, empty_bpobj};
use super::props::pool_props_zap;
use super::zaps::zap_object;
use crate::phys::{DmuType, SPA_VERSION};
use crate::zap::{Zap, ZapValue};

/// `DMU_POOL_DIRECTORY_OBJECT`: the object directory's id.
/// OpenZFS include/sys/dmu.h.
pub const DMU_POOL_DIRECTORY_OBJECT: u64 = 1;

impl Mos<'_> {
    /// Puts the object directory, the feature ZAPs, the pool bpobjs and the pool props.
    pub(super) fn put_pool(&mut self) {
        let dir = self.objdir();
        self.put(
            DMU_POOL_DIRECTORY_OBJECT,
            zap_object(DmuType::ObjectDirectory, &dir),
        );
        self.put_features();
        self.put(self.lay.free_bpobj, empty_bpobj(BPOBJ_BLOCK_SIZE));
        let spa = self.lay.spa;
        self.put(spa.sync_bplist, empty_bpobj(SYNC_BPLIST_BLOCK_SIZE));
        if let Some(id) = spa.pool_props {
            let zap = pool_props_zap(self.salt(id), self.bootfs(), &self.input.pool_props);
            self.put(id, zap_object(DmuType::PoolProps, &zap));
        }
    }

    /// The object directory: what `spa_create` and `dsl_pool_create` add to it.
    fn objdir(&self) -> Zap {
        let lay = &self.lay;
        let spa = lay.spa;
        let [read, write, desc] = lay.features;
        let salt = crate::seed::draw(self.input.seed, "checksum salt", 0).to_le_bytes();
        let mut zap = Zap::new(self.salt(DMU_POOL_DIRECTORY_OBJECT));
        if !self.input.compat.is_legacy() {
            // DMU_POOL_CHECKSUM_SALT: 32 bytes for salted checksums (spa_sync_upgrades).
            zap.add(
                b"org.illumos:checksum_salt",
                ZapValue::Bytes(salt.repeat(4)),
            );
        }
        let entries = [
            ("root_dataset", Some(lay.root.dir)),
            ("free_bpobj", Some(lay.free_bpobj)),
            ("features_for_read", Some(read)),
            ("features_for_write", Some(write)),
            ("feature_descriptions", Some(desc)),
            ("config", Some(spa.config)),
            ("creation_version", Some(SPA_VERSION)),
            // Always 1 since SPA_VERSION_RAIDZ_DEFLATE: space is counted deflated.
            ("deflate", Some(1)),
            ("sync_bplist", Some(spa.sync_bplist)),
            ("pool_props", spa.pool_props),
        ];
        for (name, value) in entries.into_iter().chain(self.feature_entries()) {
            if let Some(v) = value {
                zap.add(name.as_bytes(), ZapValue::U64(v));
            }
        }
        zap
    }

    /// The head dataset `bootfs` names.
    ///
    /// # Panics
    /// If no input dataset has that name.
    fn bootfs(&self) -> Option<u64> {
        let name = self.input.bootfs.as_deref()?;
        let at = self.input.datasets.iter().position(|d| d.name == name);
        let at = at.unwrap_or_else(|| panic!("bootfs {name:?} is not a dataset"));
        Some(self.lay.heads[at].1.ds)
    }
}
