//! What an image is, told by its bytes, not its name.
use std::path::Path;

use anyhow::{Context, Result, bail};

/// What an image is, by its bytes.
pub enum Kind {
    Pool,
    Initramfs,
    Iso,
}

/// Gzip or newc magic at 0 → initramfs; `CD001` in sector 16 → ISO; the uberblock magic in
/// label 0's ring (128 KiB) → pool.
pub fn sniff(image: &Path) -> Result<Kind> {
    crate::cmd::inputs::regular("IMAGE", image)?;
    let file =
        std::fs::File::open(image).with_context(|| format!("opening {}", image.display()))?;
    let at = |offset: u64, len: usize| {
        let mut buf = vec![0u8; len];
        std::os::unix::fs::FileExt::read_exact_at(&file, &mut buf, offset)
            .map(|()| buf)
            .ok()
    };
    let head = at(0, 6).unwrap_or_default();
    if head.starts_with(&[0x1f, 0x8b]) || head.starts_with(b"07070") {
        return Ok(Kind::Initramfs);
    }
    if at(32769, 5).is_some_and(|m| m == b"CD001") {
        return Ok(Kind::Iso);
    }
    let magic = |m: Vec<u8>| {
        let m: [u8; 8] = m.try_into().unwrap_or_default();
        [u64::from_le_bytes(m), u64::from_be_bytes(m)].contains(&0x00ba_b10c)
    };
    if at(128 << 10, 8).is_some_and(magic) {
        return Ok(Kind::Pool);
    }
    bail!(
        "{}: not a ZFS pool, an initramfs or an ISO image",
        image.display()
    )
}
