//! OpenZFS's naming rules, each refusal naming its rule: module/zcommon/zfs_namecheck.c
//! (`pool_namecheck`, `entity_namecheck`, `dataset_nestcheck`) and libzfs's stricter
//! `zpool_name_valid` (reserved prefixes) and `zfs_validate_name` (`%` is reserved); then the
//! order the DSL needs: every dataset after its parent, none twice.
use super::options::PoolOptions;
use crate::error::{Error, Result};

/// `ZFS_MAX_DATASET_NAME_LEN`: a full name, NUL included.
const MAX_NAME: usize = 256;
/// `zfs_max_dataset_nesting`: a full name has fewer `/` than this.
const MAX_NESTING: usize = 50;
/// `pool_namecheck` keeps room for `/$ORIGIN` twice (`ORIGIN_DIR_NAME`).
const MAX_POOL: usize = MAX_NAME - 2 - 2 * "$ORIGIN".len();
const RESERVED: [&str; 5] = ["mirror", "raidz", "draid", "spare", "log"];
const CHARS: &str = "A–Z a–z 0–9 _ - . : and space";

fn bad_char(name: &str) -> Option<char> {
    let ok = |c: char| c.is_ascii_alphanumeric() || "-_.: ".contains(c);
    name.chars().find(|&c| !ok(c))
}

/// Why `name` cannot name a pool, if it cannot.
pub fn pool_name(name: &str) -> Result<(), String> {
    if name.len() >= MAX_POOL {
        return Err(format!(
            "it is {} bytes; a pool name has fewer than {MAX_POOL}",
            name.len()
        ));
    }
    if let Some(c) = bad_char(name) {
        return Err(format!("{c:?} is not allowed (use {CHARS})"));
    }
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Err("it must begin with a letter".into());
    }
    if RESERVED.iter().any(|r| name.starts_with(r)) {
        return Err("names beginning with mirror, raidz, draid, spare or log are reserved".into());
    }
    Ok(())
}

/// Why `name` (below pool `pool`) cannot name a dataset, if it cannot.
pub fn dataset_name(pool: &str, name: &str) -> Result<(), String> {
    let full = format!("{pool}/{name}");
    if full.len() >= MAX_NAME {
        let len = full.len();
        return Err(format!(
            "its full name is {len} bytes; ZFS takes at most {}",
            MAX_NAME - 1
        ));
    }
    for part in name.split('/') {
        match part {
            "" => return Err("it has an empty component (a leading, trailing or double /)".into()),
            "." | ".." => return Err(format!("a component may not be {part:?}")),
            _ => {}
        }
        if let Some(c) = bad_char(part) {
            return Err(format!(
                "{c:?} is not allowed (use {CHARS}; @ and # begin snapshot and bookmark names)"
            ));
        }
    }
    let depth = full.matches('/').count();
    if depth >= MAX_NESTING {
        return Err(format!(
            "it is nested {depth} deep; OpenZFS allows fewer than {MAX_NESTING}"
        ));
    }
    Ok(())
}

/// Checks the pool's and every dataset's name, and that each dataset comes after its parent
/// and only once.
pub fn check_names(opts: &PoolOptions) -> Result<()> {
    let bad = |name: &str, what, why| Error::BadName {
        name: name.to_owned(),
        what,
        why,
    };
    pool_name(&opts.name).map_err(|why| bad(&opts.name, "pool", why))?;
    for (i, d) in opts.datasets.iter().enumerate() {
        dataset_name(&opts.name, &d.name).map_err(|why| bad(&d.name, "dataset", why))?;
        let before = &opts.datasets[..i];
        if before.iter().any(|b| b.name == d.name) {
            return Err(bad(&d.name, "dataset", "it is listed twice".into()));
        }
        if let Some((parent, _)) = d.name.rsplit_once('/')
            && !before.iter().any(|b| b.name == parent)
        {
            let why = format!("its parent {parent:?} must be listed before it");
            return Err(bad(&d.name, "dataset", why));
        }
    }
    Ok(())
}
