//! The ZFS zstd block: `zfs_zstdhdr_t` — the frame's length (`c_len`, big-endian), then the
//! level in the top byte and the zstd version in the low 24 bits of one big-endian word —
//! followed by one magicless zstd frame with no checksum and no content size.
//! OpenZFS include/sys/zstd/zstd.h (`zfs_zstdhdr_t`, `zfs_set_hdrversion`,
//! `zfs_set_hdrlevel`), module/zstd/zfs_zstd.c (`zfs_zstd_compress_impl`,
//! `zfs_zstd_compress_buf`, `zfs_zstd_decompress_level_buf`).
use std::cell::RefCell;
use std::collections::BTreeMap;

use structured_zstd::decoding::FrameDecoder;
use structured_zstd::encoding::{CompressionLevel, FrameCompressor};

use super::{ZstdLevel, lz4};

/// `ZSTD_VERSION_NUMBER` of the zstd OpenZFS 2.3.2 bundles (module/zstd/lib/zstd.h: 1.4.5).
/// Readers ignore it ("We ignore the ZSTD version for now"); we write what the kernel that
/// reads the pool writes itself, as the frames use nothing a 1.4.5 decoder lacks (RFC 8878).
pub const ZSTD_VERSION_NUMBER: u32 = 10405;
/// `sizeof (zfs_zstdhdr_t)`.
const HEADER: usize = 8;
/// The frame magic (RFC 8878 §3.1.1) that `ZSTD_f_zstd1_magicless` leaves out.
const MAGIC: [u8; 4] = 0xFD2F_B528u32.to_le_bytes();
/// `zstd_cutoff_level` and `zstd_abort_size`: the early abort is tried from zstd-3 on
/// blocks of 128 KiB and more.
const CUTOFF_LEVEL: i32 = 3;
const ABORT_SIZE: usize = 128 * 1024;

/// A pure-Rust zstd compression context (structured-zstd).
type Context = FrameCompressor<&'static [u8], Vec<u8>>;

thread_local! {
    /// One context per thread and level, reused as OpenZFS's mempool reuses them: each
    /// frame is independent, so the bytes do not depend on what came before.
    static CONTEXTS: RefCell<BTreeMap<i32, Context>> = RefCell::default();
}

/// The header for a frame of `c_len` bytes written at `level` (a `zio_zstd_levels` value).
pub fn header(c_len: u32, level: u8) -> [u8; HEADER] {
    let raw_version_level = u32::from(level) << 24 | ZSTD_VERSION_NUMBER;
    let mut h = [0; HEADER];
    h[..4].copy_from_slice(&c_len.to_be_bytes());
    h[4..].copy_from_slice(&raw_version_level.to_be_bytes());
    h
}

/// Compresses `src` at `level`; `None` when the block (header included) would exceed
/// `budget` bytes, or when OpenZFS's early abort gives up: from zstd-3, on 128 KiB blocks,
/// when neither lz4 (strictly under the budget) nor zstd-1 fits, the block is left raw.
pub fn compress(src: &[u8], budget: usize, level: ZstdLevel) -> Option<Vec<u8>> {
    let early_abort = level.c_level() >= CUTOFF_LEVEL && src.len() >= ABORT_SIZE;
    if early_abort && lz4::compress(src, budget - 1).is_none() {
        let one = ZstdLevel::level(1).expect("1 is a level");
        compress_at(src, budget, one)?;
    }
    compress_at(src, budget, level)
}

/// One frame at `level` into at most `budget` bytes with its header.
fn compress_at(src: &[u8], budget: usize, level: ZstdLevel) -> Option<Vec<u8>> {
    let mut frame = Vec::new();
    CONTEXTS.with_borrow_mut(|all| {
        let c = all
            .entry(level.c_level())
            .or_insert_with(|| context(level.c_level()));
        c.compress_independent_frame_into(src, &mut frame);
    });
    if HEADER + frame.len() > budget {
        return None;
    }
    let c_len = u32::try_from(frame.len()).expect("a frame under the block size");
    let mut out = Vec::with_capacity(budget);
    out.extend_from_slice(&header(c_len, level.header_level()));
    out.extend_from_slice(&frame);
    Some(out)
}

/// A context set as OpenZFS sets libzstd's: magicless, no checksum, no content size.
fn context(c_level: i32) -> Context {
    let mut c = FrameCompressor::new(CompressionLevel::Level(c_level));
    c.set_magicless(true);
    c.set_content_checksum(false);
    c.set_content_size_flag(false);
    c
}

/// Decompresses a ZFS zstd block into `lsize` bytes (tests and read-back).
pub fn decompress(stored: &[u8], lsize: usize) -> Option<Vec<u8>> {
    let c_len = u32::from_be_bytes(stored.get(..4)?.try_into().ok()?) as usize;
    let frame = [&MAGIC[..], stored.get(HEADER..HEADER + c_len)?].concat();
    let mut out = vec![0; lsize];
    let n = FrameDecoder::new().decode_all(&frame, &mut out).ok()?;
    (n == lsize).then_some(out)
}
