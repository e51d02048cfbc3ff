//! OpenZFS's feature table (include/zfeature_common.h `spa_feature_t` order,
//! module/zcommon/zfeature_common.c `zfeature_register`), from `data/features.tsv`.
use std::sync::OnceLock;

/// The generated table: name, guid, flags, dependencies, description.
const TABLE: &str = include_str!("../../data/features.tsv");

/// One feature as `zfeature_register` declares it (`zfeature_info_t`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feature {
    /// `fi_uname`: the short name `zpool get feature@NAME` uses.
    pub name: &'static str,
    /// `fi_guid`: the key in every feature ZAP.
    pub guid: &'static str,
    /// `fi_desc`.
    pub description: &'static str,
    /// `ZFEATURE_FLAG_READONLY_COMPAT`: kept in features_for_write.
    pub readonly_compat: bool,
    /// `ZFEATURE_FLAG_MOS`: when active, listed in the label's features_for_read.
    pub mos: bool,
    /// `ZFEATURE_FLAG_ACTIVATE_ON_ENABLE`: refcount 1 from the moment it is enabled.
    pub activate_on_enable: bool,
    /// `ZFEATURE_FLAG_PER_DATASET`: activated per dataset, in the dataset's ZAP.
    pub per_dataset: bool,
    /// `fi_depends`: enabled first.
    pub depends: Vec<&'static str>,
}

/// Every feature of the release, in `spa_feature_t` order.
pub fn features() -> &'static [Feature] {
    static PARSED: OnceLock<Vec<Feature>> = OnceLock::new();
    PARSED.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(parse)
            .collect()
    })
}

/// The feature named `name` (`fi_uname`).
///
/// # Panics
/// If the table has no such feature (a typo in the writer).
pub fn feature(name: &str) -> &'static Feature {
    let found = features().iter().find(|f| f.name == name);
    found.unwrap_or_else(|| panic!("no feature {name:?} in OpenZFS's table"))
}

fn parse(line: &'static str) -> Feature {
    let cols: Vec<&'static str> = line.split('\t').collect();
    let [name, guid, flags, depends, description] = cols[..] else {
        panic!("data/features.tsv: bad line {line:?}")
    };
    let list = |s: &'static str| s.split(',').filter(|x| *x != "-").collect::<Vec<_>>();
    let flags = list(flags);
    Feature {
        name,
        guid,
        description,
        readonly_compat: flags.contains(&"readonly_compat"),
        mos: flags.contains(&"mos"),
        activate_on_enable: flags.contains(&"activate_on_enable"),
        per_dataset: flags.contains(&"per_dataset"),
        depends: list(depends),
    }
}
