//! The ESP's files that the ISO also holds at the same path (the kernel and initramfs our
//! layout puts in both): the same bytes, so both firmware paths boot the same system.
use super::super::fat::Fat;
use super::super::fat_entry::EspFile;
use super::super::node::Node;
use super::super::volume::BLOCK;
use crate::error::Result;
use crate::verify::bounds::{bytes, corrupt};

/// Compares each of `files` with the ISO file of the same path; returns the paths compared.
pub(crate) fn compare(fat: &Fat<'_>, files: &[EspFile], nodes: &[Node]) -> Result<Vec<String>> {
    let mut same = Vec::new();
    for f in files {
        let Some(node) = nodes
            .iter()
            .find(|n| !n.is_dir() && n.path == f.path.as_bytes())
        else {
            continue;
        };
        if node.size() != f.size || !equal(fat, f, node)? {
            let msg = format!(
                "ESP file {} differs from the ISO's {}",
                f.path,
                node.shown()
            );
            return Err(corrupt(fat.base, msg));
        }
        same.push(f.path.clone());
    }
    Ok(same)
}

/// Whether the bytes of `f` equal those of `node`, one cluster at a time.
fn equal(fat: &Fat<'_>, f: &EspFile, node: &Node) -> Result<bool> {
    let cluster = fat.geo.cluster_bytes;
    let mut iso = node
        .extents
        .iter()
        .map(|&(lba, len)| (u64::from(lba) * BLOCK, u64::from(len)));
    let (mut at, mut left) = iso.next().unwrap_or((0, 0));
    let mut todo = f.size;
    for &c in &f.chain {
        let n = cluster.min(todo);
        let esp = bytes(
            fat.img,
            fat.base + fat.geo.data_start + u64::from(c - 2) * cluster,
            n,
            "ESP file",
        )?;
        let mut done = 0;
        while done < n {
            if left == 0 {
                (at, left) = iso.next().unwrap_or((0, 0));
            }
            let k = left.min(n - done);
            if k == 0
                || bytes(fat.img, at, k, "ISO file")? != esp[done as usize..(done + k) as usize]
            {
                return Ok(false);
            }
            (at, left, done) = (at + k, left - k, done + k);
        }
        todo -= n;
    }
    Ok(true)
}
