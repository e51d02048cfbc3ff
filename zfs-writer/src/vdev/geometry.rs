//! Where everything lives in a leaf vdev of a given size.
//! OpenZFS include/sys/vdev_impl.h (`vdev_label_t`, `VDEV_LABEL_START_SIZE`), module/zfs/vdev.c
//! (`vdev_metaslab_set_size`): metaslab shift from the usable size, 16 to 200 metaslabs.

/// Bytes of one label (`sizeof (vdev_label_t)`).
pub const LABEL_SIZE: u64 = 256 * 1024;
/// Bytes before allocatable space: two labels and the 3.5 MiB boot area.
pub const VDEV_LABEL_START_SIZE: u64 = 2 * LABEL_SIZE + (7 << 19);
/// Bytes after allocatable space: two labels.
const VDEV_LABEL_END_SIZE: u64 = 2 * LABEL_SIZE;
/// Smallest vdev OpenZFS accepts (`SPA_MINDEVSIZE`).
pub const SPA_MINDEVSIZE: u64 = 64 << 20;

/// The layout of a vdev of `psize` bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Geometry {
    /// Device size, a multiple of [`LABEL_SIZE`].
    pub psize: u64,
    /// Usable bytes between the front and back labels (the config's `asize`).
    pub asize: u64,
    /// log2 of the metaslab size.
    pub ms_shift: u32,
    /// Whole metaslabs in `asize`; the tail beyond them is never allocated.
    pub ms_count: u64,
    /// log2 of the allocation unit.
    pub ashift: u32,
}

impl Geometry {
    /// The layout of a `size`-byte image (rounded down to 256 KiB) with allocation unit
    /// `1 << ashift`; `None` below [`SPA_MINDEVSIZE`].
    pub fn new(size: u64, ashift: u32) -> Option<Geometry> {
        let psize = size - size % LABEL_SIZE;
        if psize < SPA_MINDEVSIZE {
            return None;
        }
        let asize = psize - VDEV_LABEL_START_SIZE - VDEV_LABEL_END_SIZE;
        let ms_shift = metaslab_shift(asize);
        let ms_count = asize >> ms_shift;
        Some(Geometry {
            psize,
            asize,
            ms_shift,
            ms_count,
            ashift,
        })
    }

    /// Bytes that can be allocated: the whole metaslabs.
    pub fn allocatable(&self) -> u64 {
        self.ms_count << self.ms_shift
    }

    /// Device offset of label `l` (0–3).
    pub fn label_offset(&self, l: u64) -> u64 {
        if l < 2 {
            l * LABEL_SIZE
        } else {
            self.psize - 4 * LABEL_SIZE + l * LABEL_SIZE
        }
    }
}

/// `vdev_metaslab_set_size` with OpenZFS's defaults: 512 MiB metaslabs, at least 16 and at
/// most 200 of them, never below 16 MiB (`SPA_MAXBLOCKSHIFT`).
fn metaslab_shift(asize: u64) -> u32 {
    let highbit = |x: u64| 64 - x.leading_zeros();
    let count = asize >> 29;
    let shift = if count < 16 {
        highbit(asize / 16)
    } else if count > 200 {
        highbit(asize / 200)
    } else {
        29
    };
    shift.clamp(24, 34)
}

#[cfg(test)]
mod tests;
