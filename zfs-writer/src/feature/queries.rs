//! What a preset enables, and what that means for the label and for each dataset.
//! OpenZFS module/zfs/zfeature.c, vdev_label.c (`features_for_read` in the config),
//! dmu_objset.c (`dmu_objset_create_impl_dnstats`), dsl_dataset.c.
use super::compat::Compatibility;
use super::state::{Usage, feature_states};
use super::table::{Feature, feature};

impl Compatibility {
    /// The features a dataset activates when it is made: `zfs create` of a file system
    /// (`dmu_objset_create_impl_dnstats`) activates user-object and project accounting;
    /// zstd blocks activate `zstd_compress` (`dsl_dataset_activate_feature`). The pool's root
    /// dataset is made before the features are enabled, so only its zstd counts.
    pub fn dataset_features(&self, created: bool, zstd: bool) -> Vec<&'static Feature> {
        let mut names = Vec::new();
        if created {
            names.extend(["userobj_accounting", "project_quota"]);
        }
        if zstd {
            names.push("zstd_compress");
        }
        let on = names.into_iter().filter(|n| self.enables(n));
        on.map(feature).collect()
    }

    /// The guids of the features active from creation that readers of the MOS must know:
    /// the label's and config's `features_for_read` (`ZFEATURE_FLAG_MOS`, refcount > 0).
    pub fn features_for_read(&self) -> Vec<&'static str> {
        let states = feature_states(self, 0, &Usage::default());
        let active = states.iter().filter(|s| s.feature.mos && s.refcount > 0);
        active.map(|s| s.feature.guid).collect()
    }

    /// Whether object sets keep user, group and project accounting (`userobj_accounting` and
    /// `project_quota` enabled: `dmu_objset_create_impl_dnstats` marks it complete).
    pub fn accounts_users(&self) -> bool {
        self.enables("userobj_accounting") && self.enables("project_quota")
    }

    /// Whether `name` is enabled: listed, or a dependency of a listed feature.
    pub fn enables(&self, name: &str) -> bool {
        let states = feature_states(self, 0, &Usage::default());
        states.iter().any(|s| s.feature.name == name)
    }
}
