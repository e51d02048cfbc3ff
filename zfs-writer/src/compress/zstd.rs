//! The ZFS zstd block: `zfs_zstdhdr_t` — the frame's length (`c_len`, big-endian), then the
//! level in the top byte and the zstd version in the low 24 bits of one big-endian word —
//! followed by one magicless zstd frame with no checksum and no content size.
//! OpenZFS include/sys/zstd/zstd.h (`zfs_zstdhdr_t`, `zfs_set_hdrversion`,
//! `zfs_set_hdrlevel`), module/zstd/zfs_zstd.c (`zfs_zstd_compress_impl`,
//! `zfs_zstd_compress_buf`, `zfs_zstd_decompress_level_buf`).
use std::cell::RefCell;
use std::collections::BTreeMap;

use zstd::bulk::Compressor;
use zstd::zstd_safe::CParameter;

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

thread_local! {
    /// One context per thread and level, reused as OpenZFS's mempool reuses them: each
    /// frame starts a new session, so the bytes do not depend on what came before.
    static CONTEXTS: RefCell<BTreeMap<i32, Compressor<'static>>> = RefCell::default();
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
    // The frame goes 4 bytes in, so that its magic falls where the header's second word goes.
    let mut out = vec![0u8; budget];
    let n = CONTEXTS.with_borrow_mut(|all| {
        let c = all
            .entry(level.c_level())
            .or_insert_with(|| context(level.c_level()));
        c.compress_to_buffer(src, &mut out[4..]).ok()
    })?;
    debug_assert_eq!(out[4..8], MAGIC);
    let c_len = u32::try_from(n - MAGIC.len()).expect("a frame under the block size");
    out[..HEADER].copy_from_slice(&header(c_len, level.header_level()));
    out.truncate(HEADER + n - MAGIC.len());
    Some(out)
}

/// A libzstd context set as OpenZFS sets it: no checksum, no content size.
fn context(c_level: i32) -> Compressor<'static> {
    let mut c = Compressor::new(c_level).expect("libzstd takes every level we map to");
    c.set_parameter(CParameter::ChecksumFlag(false))
        .and_then(|()| c.set_parameter(CParameter::ContentSizeFlag(false)))
        .expect("libzstd takes these parameters");
    c
}

/// Decompresses a ZFS zstd block into `lsize` bytes with libzstd (tests and read-back).
pub fn decompress(stored: &[u8], lsize: usize) -> Option<Vec<u8>> {
    let c_len = u32::from_be_bytes(stored.get(..4)?.try_into().ok()?) as usize;
    let frame = [&MAGIC[..], stored.get(HEADER..HEADER + c_len)?].concat();
    let out = zstd::bulk::decompress(&frame, lsize).ok()?;
    (out.len() == lsize).then_some(out)
}
