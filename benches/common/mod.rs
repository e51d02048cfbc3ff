//! What the pool benches share: file bytes half text-like, half random (xorshift), so lz4
//! has work to keep and work to drop.

/// `len` bytes from `seed`.
pub fn sample(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    let mut out = Vec::with_capacity(len + 64);
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        match x % 2 {
            0 => out.extend_from_slice(&x.to_le_bytes()),
            _ => out.extend_from_slice(
                format!("record {} of the anvil pool bench\n", x % 997).as_bytes(),
            ),
        }
    }
    out.truncate(len);
    out
}
