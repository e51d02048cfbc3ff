//! The orchestrator, following the kernel's grammar (buffer-format.rst):
//! `initramfs := ("\0" | cpio_archive | cpio_gzip_archive)*`. Zero bytes are skipped, a
//! newc magic starts an uncompressed archive, a gzip magic a run of members whose unpacked
//! bytes hold archives and zero padding; anything else is an error.
use anvil_tree::Tree;

use super::gzip::MAGIC;
use super::inflate::Gz;
use super::raw::Raw;
use super::stream::{Stream, corrupt, skip_zeros};
use super::walk::Walk;
use crate::error::Result;
use crate::verify::Report;
use crate::verify::read_at::ReadAt;

/// Verifies the initramfs `img`, against `tree` when given.
pub fn initramfs_at(img: &dyn ReadAt, tree: Option<&Tree>) -> Result<Report> {
    let mut walk = Walk::new(tree);
    let mut pos = 0;
    loop {
        let mut raw = Raw::new(img, pos);
        if !skip_zeros(&mut raw)? {
            break;
        }
        let head = raw.fill()?;
        if head.starts_with(&MAGIC) {
            let mut gz = Gz::new(img, raw.pos())?;
            while skip_zeros(&mut gz)? {
                walk.archive(&mut gz)?;
            }
            walk.report.members += gz.members;
            walk.report.unpacked += gz.pos();
            pos = gz.input;
        } else if head.starts_with(b"07070") {
            let start = raw.pos();
            walk.archive(&mut raw)?;
            walk.report.unpacked += raw.pos() - start;
            pos = raw.pos();
        } else {
            return Err(corrupt(
                &raw,
                "neither zero padding, a newc archive nor gzip",
            ));
        }
    }
    if walk.report.archives == 0 {
        return Err(corrupt(&Raw::new(img, 0), "no cpio archive in the image"));
    }
    if let Some(t) = &walk.tree {
        t.finish()?;
    }
    walk.report.size = img.size();
    Ok(walk.report)
}
