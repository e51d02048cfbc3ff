//! The pool's feature flags: the three feature ZAPs with the features we enable.
//! OpenZFS module/zfs/zfeature.c (`spa_feature_create_zap_objects`, `feature_enable_sync`:
//! guid → refcount in features_for_read, or features_for_write for `READONLY_COMPAT`
//! features; guid → description + NUL in feature_descriptions), module/zcommon/
//! zfeature_common.c (`zfeature_register`).
use super::zaps::zap_object;
use crate::dmu::Object;
use crate::phys::DmuType;
use crate::zap::{Zap, ZapValue};

/// One feature as `zfeature_register` declares it, with the refcount we write.
/// OpenZFS include/zfeature_common.h `zfeature_info_t`.
#[derive(Clone, Copy, Debug)]
pub struct Feature {
    /// `fi_guid`, the key in every feature ZAP.
    pub guid: &'static str,
    /// `fi_desc`.
    pub description: &'static str,
    /// `ZFEATURE_FLAG_READONLY_COMPAT`: kept in features_for_write.
    pub readonly_compat: bool,
    /// `ZFEATURE_FLAG_MOS`: when active, listed in the label's features_for_read.
    pub mos: bool,
    /// References: 1 for `ZFEATURE_FLAG_ACTIVATE_ON_ENABLE` features, which are active at once.
    pub refcount: u64,
}

/// The features a new pool has enabled: only lz4, so that OpenZFS 2.1–2.3 all import it.
/// lz4 is `ZFEATURE_FLAG_ACTIVATE_ON_ENABLE` without dependencies (zfeature_common.c).
pub const FEATURES: [Feature; 1] = [Feature {
    guid: "org.illumos:lz4_compress",
    description: "LZ4 compression algorithm support.",
    readonly_compat: false,
    mos: false,
    refcount: 1,
}];

/// features_for_read, features_for_write and feature_descriptions, salted by `salt(id)`.
pub(super) fn feature_objects(ids: [u64; 3], salt: impl Fn(u64) -> u64) -> [(u64, Object); 3] {
    let [read, write, desc] = ids;
    let (mut for_read, mut for_write) = (Zap::new(salt(read)), Zap::new(salt(write)));
    let mut descriptions = Zap::new(salt(desc));
    for f in &FEATURES {
        let refs = ZapValue::U64(f.refcount);
        let zap = if f.readonly_compat {
            &mut for_write
        } else {
            &mut for_read
        };
        zap.add(f.guid.as_bytes(), refs);
        let text = [f.description.as_bytes(), b"\0"].concat();
        descriptions.add(f.guid.as_bytes(), ZapValue::Bytes(text));
    }
    let zap = |z: &Zap| zap_object(DmuType::OtnZapMetadata, z);
    [
        (read, zap(&for_read)),
        (write, zap(&for_write)),
        (desc, zap(&descriptions)),
    ]
}
