//! `vdev_phys_t` of each label: the config nvlist, checksummed; all four must agree.
use super::eck::{Eck, check};
use super::{LABEL_SIZE, label_offset};
use crate::error::{Result, corrupt, ensure};
use crate::nvlist::{NvList, decode};
use crate::read_at::ReadAt;

/// `vl_vdev_phys` starts 16 KiB into a label and is 112 KiB long.
const VDEV_PHYS: (u64, usize) = (16 << 10, 112 << 10);

/// What the verifier needs from a label's config.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Label {
    pub name: String,
    pub pool_guid: u64,
    /// The vdev's own GUID.
    pub guid: u64,
    pub txg: u64,
    pub ashift: u64,
    /// Allocatable bytes of the vdev.
    pub asize: u64,
    pub metaslab_array: u64,
    pub metaslab_shift: u64,
}

/// Reads and checks all four labels; they must all be intact and agree.
pub(crate) fn read_labels(src: &dyn ReadAt) -> Result<Label> {
    ensure(src.size() >= 4 * LABEL_SIZE + (4 << 20), "image", || {
        format!("{} bytes is too small for a vdev", src.size())
    })?;
    let labels: Vec<Label> = (0..4).map(|l| read_label(src, l)).collect::<Result<_>>()?;
    for (l, label) in labels.iter().enumerate().skip(1) {
        ensure(*label == labels[0], format!("label {l}"), || {
            format!("differs from label 0: {label:?} vs {:?}", labels[0])
        })?;
    }
    Ok(labels[0].clone())
}

fn read_label(src: &dyn ReadAt, l: u64) -> Result<Label> {
    let at = format!("label {l}");
    let offset = label_offset(src.size(), l) + VDEV_PHYS.0;
    let mut region = vec![0; VDEV_PHYS.1];
    src.read_exact_at(offset, &mut region)
        .map_err(|e| corrupt(&at, e.to_string()))?;
    ensure(check(&region, offset) == Eck::Good, &at, || {
        "vdev_phys checksum (zio_eck_t) does not match".into()
    })?;
    let nv = decode(&region[..region.len() - 40])
        .ok_or_else(|| corrupt(&at, "config nvlist does not decode"))?;
    config(&nv).ok_or_else(|| corrupt(&at, "config lacks name, guid, txg or vdev_tree"))
}

fn config(nv: &NvList) -> Option<Label> {
    let tree = nv.list("vdev_tree")?;
    Some(Label {
        name: nv.str("name")?,
        pool_guid: nv.u64("pool_guid")?,
        guid: nv.u64("guid")?,
        txg: nv.u64("txg")?,
        ashift: tree.u64("ashift")?,
        asize: tree.u64("asize")?,
        metaslab_array: tree.u64("metaslab_array")?,
        metaslab_shift: tree.u64("metaslab_shift")?,
    })
}
