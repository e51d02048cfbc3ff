//! Feature flags: OpenZFS's feature table, the `compatibility` presets, and the state each
//! feature is left in (enabled, active with a refcount, the txg it was enabled in).
//! The table and the presets are data generated from OpenZFS by `scripts/openzfs-features.py`
//! (`zfs-writer/data/*.tsv`); module/zfs/zfeature.c is the logic followed.
mod compat; // Compatibility: a preset's name, features and pool property
mod queries; // what a preset enables: features_for_read, per-dataset features
mod state; // FeatureState: what spa_create + zfs create leave in the feature ZAPs
mod table; // the feature table parsed from data/features.tsv

pub use compat::{Compatibility, DEFAULT_COMPATIBILITY};
pub use state::{FeatureState, Usage, feature_states};
pub use table::{Feature, feature, features};
