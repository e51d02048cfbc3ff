//! `mzap_phys_t` and `mzap_ent_phys_t`: a micro ZAP, one block of 64-byte slots.
//! OpenZFS include/sys/zap_impl.h; module/zfs/zap_micro.c `mzap_open` reads every slot whose
//! name does not start with NUL, so an unused slot is all zeros and a name is never empty.
use zerocopy::little_endian::{U16, U32, U64};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};

/// `ZBT_MICRO`: the first word of a micro ZAP block.
pub const ZBT_MICRO: u64 = (1 << 63) + 3;
/// `MZAP_ENT_LEN`: bytes per slot; slot 0 is the header.
pub const MZAP_ENT_LEN: usize = 64;
/// `MZAP_NAME_LEN`: name bytes per entry including the NUL, so names of at most 49 bytes.
pub const MZAP_NAME_LEN: usize = MZAP_ENT_LEN - 8 - 4 - 2;
/// Largest micro ZAP block: `zap_micro_max_size` defaults to `SPA_OLD_MAXBLOCKSIZE`; more
/// needs the `large_microzap` feature (zap_micro.c `zap_get_micro_max_size`).
pub const MZAP_MAX_BLKSZ: usize = crate::phys::SPA_OLD_MAXBLOCKSIZE;

/// Header slot of a micro ZAP block.
/// OpenZFS include/sys/zap_impl.h `mzap_phys_t` (without its `mz_chunk` tail).
#[derive(Clone, Copy, Debug, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct MzapPhys {
    /// Always [`ZBT_MICRO`].
    pub mz_block_type: U64,
    /// Non-zero seed of the name hash.
    pub mz_salt: U64,
    /// Unicode normalization flags; we write 0 (names match byte for byte).
    pub mz_normflags: U64,
    /// Zero.
    pub mz_pad: [U64; 5],
}

/// One micro ZAP entry: a single `uint64` value under a name of at most 49 bytes.
/// OpenZFS include/sys/zap_impl.h `mzap_ent_phys_t`.
#[derive(Clone, Copy, Debug, FromBytes, IntoBytes, Immutable, KnownLayout, Unaligned)]
#[repr(C)]
pub struct MzapEntPhys {
    /// The value.
    pub mze_value: U64,
    /// Collision differentiator: distinct among names with the same hash (zap_micro.c
    /// `mze_insert` VERIFYs that `(hash, cd)` is unique).
    pub mze_cd: U32,
    /// Zero.
    pub mze_pad: U16,
    /// The name, NUL-padded.
    pub mze_name: [u8; MZAP_NAME_LEN],
}

impl MzapPhys {
    /// The header of a micro ZAP hashed with `salt`.
    pub fn new(salt: u64) -> MzapPhys {
        MzapPhys {
            mz_block_type: U64::new(ZBT_MICRO),
            mz_salt: U64::new(salt),
            mz_normflags: U64::ZERO,
            mz_pad: [U64::ZERO; 5],
        }
    }
}

impl MzapEntPhys {
    /// An entry; `name` must be 1 to `MZAP_NAME_LEN - 1` bytes with no NUL.
    pub fn new(name: &[u8], value: u64, cd: u32) -> MzapEntPhys {
        assert!(
            !name.is_empty() && name.len() < MZAP_NAME_LEN,
            "micro ZAP name {name:?}"
        );
        let mut mze_name = [0; MZAP_NAME_LEN];
        mze_name[..name.len()].copy_from_slice(name);
        MzapEntPhys {
            mze_value: U64::new(value),
            mze_cd: U32::new(cd),
            mze_pad: U16::ZERO,
            mze_name,
        }
    }
}

const _: () = assert!(size_of::<MzapPhys>() == MZAP_ENT_LEN);
const _: () = assert!(size_of::<MzapEntPhys>() == MZAP_ENT_LEN);
const _: () = assert!(core::mem::offset_of!(MzapEntPhys, mze_name) == 14);
