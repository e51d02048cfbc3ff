//! The end of one gzip member: its trailer checked, and the next member started when one
//! follows at once (concatenated members are one stream, RFC 1952 §2.2).
use flate2::Decompress;

use super::gzip::{MAGIC, header_len};
use super::inflate::Gz;
use crate::error::Result;
use crate::verify::bounds::{bytes, corrupt};

impl Gz<'_> {
    /// Checks the trailer, then starts the next member if one follows at once.
    pub(crate) fn finish_member(&mut self) -> Result<()> {
        let t = bytes(self.img, self.input, 8, "gzip member trailer")?;
        let crc = u32::from_le_bytes([t[0], t[1], t[2], t[3]]);
        let isize = u32::from_le_bytes([t[4], t[5], t[6], t[7]]);
        let (want_crc, want_len) = (self.crc.clone().finalize(), self.len as u32);
        if crc != want_crc || isize != want_len {
            let msg = format!(
                "gzip member at {:#x}: trailer says CRC-32 {crc:#010x}, ISIZE {isize}; \
                 the data has {want_crc:#010x}, {want_len}",
                self.member
            );
            return Err(corrupt(self.input, msg));
        }
        self.input += 8;
        self.members += 1;
        let next = bytes(self.img, self.input, 2, "gzip magic").ok();
        if next.as_deref() != Some(&MAGIC[..]) {
            self.done = true;
            return Ok(());
        }
        self.member = self.input;
        self.input += header_len(self.img, self.input)?;
        (self.inflate, self.crc, self.len) = (Decompress::new(false), Default::default(), 0);
        Ok(())
    }
}
