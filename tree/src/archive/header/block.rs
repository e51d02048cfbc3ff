//! One 512-byte header block. Field offsets: POSIX ustar (name 0, mode 100, uid 108, gid 116,
//! size 124, mtime 136, chksum 148, typeflag 156, linkname 157, magic 257, devmajor 329,
//! devminor 337, prefix 345); old GNU puts its sparse map at 386 where ustar has the prefix.
use super::number::number;

/// Every header, extension block and data padding unit is this long.
pub(crate) const BLOCK: usize = 512;

/// A header block.
pub(crate) struct Block<'a>(pub &'a [u8; BLOCK]);

/// Bytes of a field up to its first NUL.
pub(crate) fn text(field: &[u8]) -> &[u8] {
    let end = field.iter().position(|&b| b == 0).unwrap_or(field.len());
    &field[..end]
}

impl Block<'_> {
    /// The `len` bytes at `at`.
    pub fn field(&self, at: usize, len: usize) -> &[u8] {
        &self.0[at..at + len]
    }

    /// The numeric field at `at`, named `what` in errors.
    pub fn num(&self, at: usize, len: usize, what: &str) -> Result<i128, String> {
        number(self.field(at, len)).map_err(|e| format!("header field {what}: {e}"))
    }

    /// All 512 bytes are zero: the end-of-archive marker.
    pub fn is_zero(&self) -> bool {
        self.0.iter().all(|&b| b == 0)
    }

    /// The stored checksum equals the sum of the block's bytes with the checksum field
    /// read as spaces (unsigned, or signed as some old tars summed).
    pub fn checksum_ok(&self) -> bool {
        let Ok(stored) = number(self.field(148, 8)) else {
            return false;
        };
        let (mut unsigned, mut signed) = (0i128, 0i128);
        for (i, &b) in self.0.iter().enumerate() {
            let b = if (148..156).contains(&i) { b' ' } else { b };
            unsigned += i128::from(b);
            signed += i128::from(b as i8);
        }
        stored == unsigned || stored == signed
    }

    /// The type flag (`0` file, `5` directory, `x` pax…).
    pub fn typeflag(&self) -> u8 {
        self.0[156]
    }

    /// POSIX magic `"ustar\0"`: the name is `prefix/name`.
    pub fn is_ustar(&self) -> bool {
        self.field(257, 6) == b"ustar\0"
    }

    /// The member name: ustar's prefix joined to the name, else the name field.
    pub fn name(&self) -> Vec<u8> {
        let name = text(self.field(0, 100));
        let prefix = text(self.field(345, 155));
        if !self.is_ustar() || prefix.is_empty() {
            return name.to_vec();
        }
        [prefix, b"/", name].concat()
    }

    /// The link target field.
    pub fn linkname(&self) -> Vec<u8> {
        text(self.field(157, 100)).to_vec()
    }

    /// The stored data size (a header's size field).
    pub fn size(&self) -> Result<u64, String> {
        let size = self.num(124, 12, "size")?;
        u64::try_from(size).map_err(|_| format!("header field size is negative ({size})"))
    }
}
