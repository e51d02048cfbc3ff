//! A regular file's data: within the stream, summed for `070702`, equal to the tree's.
use super::super::stream::{Stream, read_exact, take};
use super::entry::Member;
use super::newc::PATH_MAX;
use super::walk::Walk;
use crate::error::Result;

impl Walk<'_> {
    /// Reads the data of `m`, comparing it with tree entry `index` when there is a tree.
    pub(crate) fn data(
        &mut self,
        s: &mut dyn Stream,
        m: &Member,
        index: Option<usize>,
    ) -> Result<()> {
        let mut expected = match (&self.tree, index) {
            (Some(t), Some(i)) => t.content(i, m)?,
            _ => None,
        };
        let mut sum = 0u32;
        take(s, m.h.filesize.into(), "file data", &mut |chunk| {
            sum = chunk.iter().fold(sum, |a, &b| a.wrapping_add(b.into()));
            match &mut expected {
                Some(e) => e.compare(chunk),
                None => Ok(()),
            }
        })?;
        self.check_sum(m, sum)?;
        self.report.file_bytes += u64::from(m.h.filesize);
        Ok(())
    }

    /// The `070702` checksum of data `bytes` read whole.
    pub(crate) fn sum(&self, m: &Member, bytes: &[u8]) -> Result<()> {
        self.check_sum(m, bytes.iter().fold(0u32, |a, &b| a.wrapping_add(b.into())))
    }

    fn check_sum(&self, m: &Member, sum: u32) -> Result<()> {
        match !m.crc || sum == m.check {
            true => Ok(()),
            false => Err(m.corrupt(format!("c_chksum {:#x}, data sums to {sum:#x}", m.check))),
        }
    }

    /// A symlink's target: 1 to `PATH_MAX` bytes, summed when the header is `070702`.
    pub(crate) fn target(&mut self, s: &mut dyn Stream, m: &Member) -> Result<Vec<u8>> {
        if !(1..PATH_MAX).contains(&m.h.filesize) {
            return Err(m.corrupt(format!("symlink target of {} bytes", m.h.filesize)));
        }
        let mut t = vec![0; m.h.filesize as usize];
        read_exact(s, &mut t, "a symlink target")?;
        self.sum(m, &t)?;
        Ok(t)
    }
}
