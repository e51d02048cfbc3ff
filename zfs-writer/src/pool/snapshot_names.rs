//! Snapshot names: OpenZFS's rules for the part after `@` (module/zcommon/zfs_namecheck.c
//! `zfs_component_namecheck`, `dataset_namecheck`: the full name under
//! `ZFS_MAX_DATASET_NAME_LEN`), one name once per dataset, and ours: under 50 bytes, so the
//! snapshot-names ZAP stays a micro ZAP (`MZAP_NAME_LEN`).
use super::options::PoolOptions;
use crate::error::{Error, Result};

/// `MZAP_NAME_LEN`: a micro ZAP's name, NUL included.
const MZAP_NAME_LEN: usize = 50;
/// `ZFS_MAX_DATASET_NAME_LEN`: a full name, NUL included.
const MAX_NAME: usize = 256;

/// Why `snap` cannot name a snapshot of `pool/dataset`, if it cannot.
pub fn snapshot_name(pool: &str, dataset: &str, snap: &str) -> Result<(), String> {
    let ok = |c: char| c.is_ascii_alphanumeric() || "-_.: ".contains(c);
    if let Some(c) = snap.chars().find(|&c| !ok(c)) {
        return Err(format!(
            "{c:?} is not allowed (use A–Z a–z 0–9 _ - . : and space)"
        ));
    }
    if snap.is_empty() || snap == "." || snap == ".." {
        return Err(format!("a snapshot may not be named {snap:?}"));
    }
    if snap.len() >= MZAP_NAME_LEN {
        let len = snap.len();
        return Err(format!(
            "it is {len} bytes; this writer takes at most {}",
            MZAP_NAME_LEN - 1
        ));
    }
    let full = format!("{pool}/{dataset}@{snap}");
    if full.len() >= MAX_NAME {
        let len = full.len();
        return Err(format!(
            "its full name {full:?} is {len} bytes; ZFS takes at most {}",
            MAX_NAME - 1
        ));
    }
    Ok(())
}

/// Checks every dataset's snapshot names: each valid, none twice.
pub fn check_snapshots(opts: &PoolOptions) -> Result<()> {
    for d in &opts.datasets {
        for (i, snap) in d.snapshots.iter().enumerate() {
            let bad = |why| Error::BadName {
                name: format!("{}@{snap}", d.name),
                what: "snapshot",
                why,
            };
            snapshot_name(&opts.name, &d.name, snap).map_err(bad)?;
            if d.snapshots[..i].contains(snap) {
                return Err(bad("it is listed twice".into()));
            }
        }
    }
    Ok(())
}
