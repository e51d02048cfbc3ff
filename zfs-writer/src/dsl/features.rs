//! The pool's feature ZAPs: features_for_read and features_for_write (guid → refcount, by
//! `READONLY_COMPAT`), feature_descriptions (guid → description + NUL) and, with
//! `enabled_txg`, feature_enabled_txg (guid → txg).
//! OpenZFS module/zfs/zfeature.c (`spa_feature_create_zap_objects`, `feature_enable_sync`,
//! `feature_sync`).
use super::zaps::zap_object;
use crate::dmu::Object;
use crate::feature::FeatureState;
use crate::phys::DmuType;
use crate::zap::{Zap, ZapValue};

/// Ids of features_for_read, features_for_write, feature_descriptions, and of
/// feature_enabled_txg when `enabled_txg` is on.
pub(super) struct FeatureZapIds {
    pub zaps: [u64; 3],
    pub enabled_txg: Option<u64>,
}

/// The feature ZAPs holding `states`, salted by `salt(id)`.
pub(super) fn feature_objects(
    ids: &FeatureZapIds,
    states: &[FeatureState],
    salt: impl Fn(u64) -> u64,
) -> Vec<(u64, Object)> {
    let [read, write, desc] = ids.zaps;
    let (mut for_read, mut for_write) = (Zap::new(salt(read)), Zap::new(salt(write)));
    let mut descriptions = Zap::new(salt(desc));
    let mut txgs = ids.enabled_txg.map(|id| (id, Zap::new(salt(id))));
    for s in states {
        let f = s.feature;
        let zap = if f.readonly_compat {
            &mut for_write
        } else {
            &mut for_read
        };
        zap.add(f.guid.as_bytes(), ZapValue::U64(s.refcount));
        let text = [f.description.as_bytes(), b"\0"].concat();
        descriptions.add(f.guid.as_bytes(), ZapValue::Bytes(text));
        if let (Some((_, zap)), Some(txg)) = (&mut txgs, s.enabled_txg) {
            zap.add(f.guid.as_bytes(), ZapValue::U64(txg));
        }
    }
    let zap = |z: &Zap| zap_object(DmuType::OtnZapMetadata, z);
    let mut out = vec![
        (read, zap(&for_read)),
        (write, zap(&for_write)),
        (desc, zap(&descriptions)),
    ];
    out.extend(txgs.map(|(id, z)| (id, zap(&z))));
    out
}
