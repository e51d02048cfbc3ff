//! Fletcher-4 over little-endian 32-bit words with 64-bit running sums.
//! OpenZFS module/zcommon/zfs_fletcher.c `fletcher_4_scalar_native`.

/// The four sums `a, b, c, d` of `data` (a whole number of 4-byte words, as every block is).
pub fn fletcher4(data: &[u8]) -> [u64; 4] {
    assert!(
        data.len().is_multiple_of(4),
        "fletcher4 over {} bytes",
        data.len()
    );
    let (mut a, mut b, mut c, mut d) = (0u64, 0u64, 0u64, 0u64);
    for word in data.chunks_exact(4) {
        a = a.wrapping_add(u64::from(u32::from_le_bytes(
            word.try_into().expect("4 bytes"),
        )));
        b = b.wrapping_add(a);
        c = c.wrapping_add(b);
        d = d.wrapping_add(c);
    }
    [a, b, c, d]
}

#[cfg(test)]
mod tests;
