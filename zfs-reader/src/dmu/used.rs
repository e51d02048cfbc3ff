//! The used ZAPs (objects -1, -2, -3) of an object set against the sums over its dnodes, as
//! far as `os_flags` say they are complete (OpenZFS include/sys/dmu_objset.h
//! `OBJSET_FLAG_*`; module/zfs/dmu_objset.c `do_userquota_cacheflush`).
use std::collections::BTreeMap;

use super::{Objset, Tally};
use crate::error::{Result, corrupt};
use crate::pool::Pool;

const USERACCOUNTING_COMPLETE: u64 = 1;
const USEROBJACCOUNTING_COMPLETE: u64 = 2;
const PROJECTQUOTA_COMPLETE: u64 = 4;

impl Pool<'_> {
    /// Compares the used ZAPs of `os` with `tally`, as far as its flags say they are complete.
    pub(super) fn check_accounting(&self, os: &Objset, tally: Tally) -> Result<()> {
        let objects = os.flags & USEROBJACCOUNTING_COMPLETE != 0;
        let complete = [
            USERACCOUNTING_COMPLETE,
            USERACCOUNTING_COMPLETE,
            PROJECTQUOTA_COMPLETE,
        ];
        for (i, mut want) in tally.0.into_iter().enumerate() {
            if os.flags & complete[i] == 0 {
                continue;
            }
            let what = ["user", "group", "project"][i];
            let at = format!("{} {what}-used object -{}", os.name, i + 1);
            let dn = os.used.iter().find(|(n, _)| *n == i + 1);
            let dn = dn.ok_or_else(|| corrupt(&at, "missing from a complete object set"))?;
            let mut got = BTreeMap::new();
            for e in self.zap_of(&dn.1, &at)? {
                let value = e
                    .value()
                    .ok_or_else(|| corrupt(&at, "a value of several integers"))?;
                got.insert(String::from_utf8_lossy(&e.name).into_owned(), value);
            }
            for m in [&mut got, &mut want] {
                m.retain(|k, _| objects || !k.starts_with("obj-"));
            }
            if let Some(k) = got
                .keys()
                .chain(want.keys())
                .find(|k| got.get(*k) != want.get(*k))
            {
                let (g, w) = (got.get(k), want.get(k));
                return Err(corrupt(
                    &at,
                    format!("{k} = {g:?}, the dnodes sum to {w:?}"),
                ));
            }
        }
        Ok(())
    }
}
