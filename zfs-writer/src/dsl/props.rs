//! Property ZAPs: a DSL directory's locally set properties and the pool's properties.
//! OpenZFS module/zfs/dsl_prop.c (`dsl_prop_set_sync_impl`, `dsl_prop_set_iuv`), spa.c
//! (`spa_sync_props`: `bootfs` is stored as the dataset's object number).
use super::PropValue;
use crate::zap::{Zap, ZapValue};

/// `ZPROP_IUV_SUFFIX`: "ignore unknown values" twin of a property (dsl_prop.c).
const IUV_SUFFIX: &str = "$iuv";

/// The value a property is stored as: numbers as one `uint64`, strings with their NUL.
fn zap_value(value: &PropValue) -> ZapValue {
    match value {
        PropValue::Number(n) => ZapValue::U64(*n),
        PropValue::Text(s) => {
            let mut bytes = s.as_bytes().to_vec();
            bytes.push(0);
            ZapValue::Bytes(bytes)
        }
    }
}

/// For values older releases do not know, the default `dsl_prop_set_iuv` stores under the
/// plain name (the real value goes under `name$iuv`): `redundant_metadata` some (2) or none
/// (3) → all (0), `snapdir` disabled (2) → hidden (0).
fn iuv_default(name: &str, value: &PropValue) -> Option<u64> {
    match (name, value) {
        ("redundant_metadata", PropValue::Number(2 | 3)) => Some(0),
        ("snapdir", PropValue::Number(2)) => Some(0),
        _ => None,
    }
}

/// A DSL props ZAP (`DMU_OT_DSL_PROPS`) holding `props` as set locally.
pub(super) fn props_zap(salt: u64, props: &[(String, PropValue)]) -> Zap {
    let mut zap = Zap::new(salt);
    for (name, value) in props {
        match iuv_default(name, value) {
            Some(default) => {
                zap.add(format!("{name}{IUV_SUFFIX}").as_bytes(), zap_value(value));
                zap.add(name.as_bytes(), ZapValue::U64(default));
            }
            None => zap.add(name.as_bytes(), zap_value(value)),
        }
    }
    zap
}

/// The pool props ZAP (`DMU_OT_POOL_PROPS`): `bootfs` → dataset object, then `props`.
pub(super) fn pool_props_zap(salt: u64, bootfs: Option<u64>, props: &[(String, PropValue)]) -> Zap {
    let mut zap = Zap::new(salt);
    if let Some(ds) = bootfs {
        zap.add(b"bootfs", ZapValue::U64(ds));
    }
    for (name, value) in props {
        zap.add(name.as_bytes(), zap_value(value));
    }
    zap
}
