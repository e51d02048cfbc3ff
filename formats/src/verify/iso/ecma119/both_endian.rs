//! Numbers as ECMA-119 records them (§7.2–7.3): little-endian, big-endian, and both-byte
//! orders, where the two copies must agree.
use crate::error::Result;
use crate::verify::bounds::corrupt;

/// A field of `b` at `at`, `n` bytes wide, whose offset in the image is `base + at`.
pub(crate) struct Field<'a> {
    pub b: &'a [u8],
    pub base: u64,
}

impl Field<'_> {
    /// `n` bytes at `at`, or an error naming `what` if the structure is too short.
    fn get(&self, at: usize, n: usize, what: &str) -> Result<&[u8]> {
        self.b.get(at..at + n).ok_or_else(|| {
            let msg = format!("{what}: structure of {} bytes is too short", self.b.len());
            corrupt(self.base + at as u64, msg)
        })
    }

    pub(crate) fn u8(&self, at: usize, what: &str) -> Result<u8> {
        Ok(self.get(at, 1, what)?[0])
    }

    pub(crate) fn le16(&self, at: usize, what: &str) -> Result<u16> {
        let b = self.get(at, 2, what)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    pub(crate) fn le32(&self, at: usize, what: &str) -> Result<u32> {
        let b = self.get(at, 4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub(crate) fn be32(&self, at: usize, what: &str) -> Result<u32> {
        let b = self.get(at, 4, what)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub(crate) fn le64(&self, at: usize, what: &str) -> Result<u64> {
        let b = self.get(at, 8, what)?;
        Ok(u64::from_le_bytes(b.try_into().expect("8 bytes")))
    }

    /// A both-byte-order 16-bit field (§7.2.3): 2 bytes LE then 2 bytes BE.
    pub(crate) fn both16(&self, at: usize, what: &str) -> Result<u16> {
        let b = self.get(at, 4, what)?;
        let (le, be) = (
            u16::from_le_bytes([b[0], b[1]]),
            u16::from_be_bytes([b[2], b[3]]),
        );
        match le == be {
            true => Ok(le),
            false => Err(corrupt(
                self.base + at as u64,
                format!("{what}: LE {le} ≠ BE {be}"),
            )),
        }
    }

    /// A both-byte-order 32-bit field (§7.3.3): 4 bytes LE then 4 bytes BE.
    pub(crate) fn both32(&self, at: usize, what: &str) -> Result<u32> {
        let (le, be) = (self.le32(at, what)?, self.be32(at + 4, what)?);
        match le == be {
            true => Ok(le),
            false => Err(corrupt(
                self.base + at as u64,
                format!("{what}: LE {le} ≠ BE {be}"),
            )),
        }
    }

    /// `n` bytes at `at`.
    pub(crate) fn bytes(&self, at: usize, n: usize, what: &str) -> Result<&[u8]> {
        self.get(at, n, what)
    }
}
