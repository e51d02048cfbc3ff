//! VFAT long names (Microsoft FAT specification §7): entries with attribute 0x0F before a
//! short entry, numbered N|0x40 down to 1, 13 UCS-2 units each, tied to the short name by a
//! checksum. A set that is incomplete or has the wrong checksum is ignored, as Windows does.

/// The long-name pieces seen since the last short entry.
#[derive(Default)]
pub(crate) struct Lfn {
    parts: Vec<(u8, [u16; 13])>,
    sum: Option<u8>,
}

impl Lfn {
    /// Keeps the long-name entry `e` (32 bytes, attribute 0x0F).
    pub(crate) fn push(&mut self, e: &[u8]) {
        if e[0] & 0x40 != 0 {
            self.parts.clear();
            self.sum = Some(e[13]);
        }
        if self.sum != Some(e[13]) {
            self.sum = None;
        }
        let mut units = [0u16; 13];
        let offsets = (1..11)
            .step_by(2)
            .chain((14..26).step_by(2))
            .chain((28..32).step_by(2));
        for (u, o) in units.iter_mut().zip(offsets) {
            *u = u16::from_le_bytes([e[o], e[o + 1]]);
        }
        self.parts.push((e[0] & 0x1f, units));
    }

    /// The long name of the short entry whose 11-byte name is `short`, if the pieces before
    /// it form one; the pieces are used up either way.
    pub(crate) fn take(&mut self, short: &[u8]) -> Option<String> {
        let (parts, sum) = (std::mem::take(&mut self.parts), self.sum.take());
        let n = parts.len();
        let ordered = parts
            .iter()
            .enumerate()
            .all(|(i, p)| usize::from(p.0) == n - i);
        if n == 0 || !ordered || sum != Some(checksum(short)) {
            return None;
        }
        let units = parts.iter().rev().flat_map(|p| p.1).take_while(|&u| u != 0);
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .ok()
    }
}

/// The short-name checksum every long-name piece carries.
fn checksum(short: &[u8]) -> u8 {
    short
        .iter()
        .fold(0u8, |s, &c| s.rotate_right(1).wrapping_add(c))
}
