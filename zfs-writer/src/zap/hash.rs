//! The ZAP name hash: CRC-64 (ECMA-182, reflected) seeded with the object's salt.
//! OpenZFS module/zfs/zap_micro.c `zap_hash`; the table is module/zfs/arc.c `zfs_crc64_table`.
//! String keys are hashed without their NUL, and only the top 28 bits are kept
//! (`zap_hashbits` without `ZAP_FLAG_HASH64`): the low bits are left for the cookie's cd.

/// `ZFS_CRC64_POLY` (include/sys/dmu.h): ECMA-182 in reflected form.
const ZFS_CRC64_POLY: u64 = 0xC96C_5795_D787_0F42;

/// Significant hash bits of a ZAP without `ZAP_FLAG_HASH64` (zap_micro.c `zap_hashbits`).
pub const ZAP_HASHBITS: u32 = 28;

/// `zfs_crc64_table`, built as module/zfs/arc.c `buf_init` builds it.
const ZFS_CRC64_TABLE: [u64; 256] = crc64_table();

const fn crc64_table() -> [u64; 256] {
    let mut table = [0; 256];
    let mut i = 0;
    while i < 256 {
        let mut ct = i as u64;
        let mut bit = 0;
        while bit < 8 {
            ct = (ct >> 1) ^ ((ct & 1).wrapping_neg() & ZFS_CRC64_POLY);
            bit += 1;
        }
        table[i] = ct;
        i += 1;
    }
    table
}

// zap_micro.c asserts the same before every hash.
const _: () = assert!(ZFS_CRC64_TABLE[128] == ZFS_CRC64_POLY);

/// The 64-bit hash of a string key `name` (without its NUL) under `salt`, top 28 bits kept.
/// OpenZFS module/zfs/zap_micro.c `zap_hash` (string keys, no normalization, no HASH64).
///
/// # Panics
/// If `salt` is 0 (OpenZFS asserts a non-zero salt).
pub fn zap_hash(salt: u64, name: &[u8]) -> u64 {
    assert!(salt != 0, "a ZAP salt must be non-zero");
    let crc = name.iter().fold(salt, |crc, &byte| {
        (crc >> 8) ^ ZFS_CRC64_TABLE[((crc ^ u64::from(byte)) & 0xff) as usize]
    });
    crc & !((1 << (64 - ZAP_HASHBITS)) - 1)
}
