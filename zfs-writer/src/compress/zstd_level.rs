//! A zstd level as OpenZFS stores it, in the `compression` property's upper bits and in every
//! block header: `enum zio_zstd_levels` (1–19, and the negative "fast" levels from 103), and
//! the libzstd level each stands for. OpenZFS include/sys/zio_compress.h (`zio_zstd_levels`),
//! module/zstd/zfs_zstd.c (`zstd_levels`, `zstd_enum_to_level`).

/// `ZIO_ZSTD_LEVEL_FAST_1`: the first fast level's enum value (`ZIO_ZSTD_LEVEL_RESERVE` + 2).
const FAST_1: u8 = 103;
/// The fast levels, in enum order (`ZIO_ZSTD_LEVEL_FAST_1` … `ZIO_ZSTD_LEVEL_FAST_1000`).
const FAST: [u16; 21] = [
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 500, 1000,
];
/// `ZIO_ZSTD_LEVEL_DEFAULT`: what `compression=zstd` (no level) writes.
const DEFAULT: u8 = 3;

/// A `zio_zstd_levels` value; 0 (`ZIO_ZSTD_LEVEL_INHERIT`) is plain `zstd`, level 3 in blocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ZstdLevel(u8);

impl ZstdLevel {
    /// `compression=zstd`: no level in the property, level 3 in the blocks.
    pub const DEFAULT: ZstdLevel = ZstdLevel(0);

    /// `zstd-N`, N from 1 to 19 (`ZIO_ZSTD_LEVEL_MIN`…`ZIO_ZSTD_LEVEL_MAX`).
    pub fn level(n: u8) -> Option<ZstdLevel> {
        (1..=19).contains(&n).then_some(ZstdLevel(n))
    }

    /// `zstd-fast-N`, N one of 1–10, 20–100 by 10, 500, 1000.
    pub fn fast(n: u16) -> Option<ZstdLevel> {
        let at = FAST.iter().position(|&f| f == n)?;
        Some(ZstdLevel(FAST_1 + at as u8))
    }

    /// The enum value, as the property's upper bits (`ZIO_COMPLEVEL_ZSTD`) hold it.
    pub fn zio(self) -> u8 {
        self.0
    }

    /// The level of an enum value read back from a property; `None` for values OpenZFS
    /// does not define.
    pub fn from_zio(v: u8) -> Option<ZstdLevel> {
        let fast = (FAST_1..FAST_1 + FAST.len() as u8).contains(&v);
        (v <= 19 || fast).then_some(ZstdLevel(v))
    }

    /// The level a block header records: the property's, or 3 for plain `zstd`
    /// (zio_compress.c `zio_compress_data`: `ZIO_COMPLEVEL_DEFAULT` → `ZIO_ZSTD_LEVEL_DEFAULT`).
    pub fn header_level(self) -> u8 {
        if self.0 == 0 { DEFAULT } else { self.0 }
    }

    /// The libzstd level: 1–19, or −N for fast-N (`zstd_enum_to_level`).
    pub fn c_level(self) -> i32 {
        match self.header_level() {
            n if n >= FAST_1 => -i32::from(FAST[usize::from(n - FAST_1)]),
            n => i32::from(n),
        }
    }

    /// The name `zfs get compression` prints (zfs_prop.c `compress_table`: the first name
    /// for a value wins, so fast-1 is `zstd-fast`).
    pub fn name(self) -> String {
        match self.0 {
            0 => "zstd".to_owned(),
            FAST_1 => "zstd-fast".to_owned(),
            n if n >= FAST_1 => format!("zstd-fast-{}", FAST[usize::from(n - FAST_1)]),
            n => format!("zstd-{n}"),
        }
    }

    /// `zstd`, `zstd-N`, `zstd-fast` or `zstd-fast-N`; `Err` says what is wrong.
    pub fn parse(s: &str) -> Result<ZstdLevel, String> {
        let rest = s
            .strip_prefix("zstd")
            .ok_or(format!("{s:?} is not a zstd level"))?;
        if let Some(n) = rest.strip_prefix("-fast-") {
            let why = "zstd-fast levels are 1–10, 20–100 by 10, 500, 1000";
            return number(n)
                .and_then(ZstdLevel::fast)
                .ok_or(format!("{s:?}: {why}"));
        }
        match rest {
            "" => Ok(ZstdLevel::DEFAULT),
            "-fast" => Ok(ZstdLevel(FAST_1)),
            _ => (rest.strip_prefix('-').and_then(number))
                .and_then(|n| u8::try_from(n).ok())
                .and_then(ZstdLevel::level)
                .ok_or(format!("{s:?}: zstd levels are zstd-1 to zstd-19")),
        }
    }
}

/// A decimal number of plain digits (no sign), as the property's names spell them.
fn number(s: &str) -> Option<u16> {
    s.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| s.parse().ok())?
}
