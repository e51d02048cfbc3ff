//! XDR primitives (RFC 4506) over a cursor that never reads past its buffer.

/// A read position in an XDR buffer.
pub(crate) struct Xdr<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Xdr<'a> {
    pub fn new(buf: &'a [u8]) -> Xdr<'a> {
        Xdr { buf, pos: 0 }
    }

    /// Bytes left.
    pub fn left(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// `n` raw bytes, then padding to 4.
    pub fn opaque(&mut self, n: usize) -> Option<&'a [u8]> {
        let padded = n.checked_add(3)? & !3;
        if padded > self.left() {
            return None;
        }
        let out = &self.buf[self.pos..self.pos + n];
        self.pos += padded;
        Some(out)
    }

    pub fn u32(&mut self) -> Option<u32> {
        Some(u32::from_be_bytes(self.opaque(4)?.try_into().ok()?))
    }

    pub fn u64(&mut self) -> Option<u64> {
        let hi = u64::from(self.u32()?);
        Some(hi << 32 | u64::from(self.u32()?))
    }

    /// A length-prefixed string or byte string.
    pub fn string(&mut self) -> Option<&'a [u8]> {
        let n = self.u32()? as usize;
        self.opaque(n)
    }

    /// An element count, refused when `min_each` bytes per element cannot fit.
    pub fn count(&mut self, min_each: usize) -> Option<usize> {
        let n = self.u32()? as usize;
        (n.checked_mul(min_each.max(1))? <= self.left()).then_some(n)
    }
}
