//! The part of a primary or supplementary volume descriptor that locates one directory
//! hierarchy: the root directory record and the four path tables (ECMA-119 §8.4.14–8.4.18).
use super::both_endian::Field;
use super::dir_record::{DirRecord, decode};
use crate::error::Result;

/// A directory hierarchy as a primary or supplementary descriptor gives it (§8.4, §8.5).
pub(crate) struct Hierarchy {
    pub root: DirRecord,
    pub path_table_size: u32,
    /// Type L, optional type L, type M, optional type M path table blocks (0: none).
    pub path_tables: [u32; 4],
}

/// The root record and path tables of the descriptor `b` at image offset `at`.
pub(crate) fn hierarchy(b: &[u8], at: u64) -> Result<Hierarchy> {
    let f = Field { b, base: at };
    Ok(Hierarchy {
        root: decode(&b[156..190], at + 156)?,
        path_table_size: f.both32(132, "path table size")?,
        path_tables: [
            f.le32(140, "type L path table")?,
            f.le32(144, "optional type L path table")?,
            f.be32(148, "type M path table")?,
            f.be32(152, "optional type M path table")?,
        ],
    })
}
