//! A regular file member: plain, or sparse with its map checked against the data it stores.
use super::build::member;
use super::ext::padding;
use super::pax_keys::{Pax, SparseKeys};
use super::reader::Reader;
use super::runs::runs;
use super::{Member, What};
use crate::archive::fault::{Fault, FaultAt};
use crate::archive::header::Block;
use crate::archive::stream::Stream;
use crate::meta::Meta;
use crate::source::Segment;

/// Runs, real file size, and how many bytes of the member's data the map took.
type Map = (Vec<Segment>, u64, u64);

impl<S: Stream> Reader<S> {
    /// A regular file, plain or sparse; `pos` ends after its data.
    pub(super) fn file(
        &mut self,
        block: &Block,
        at: u64,
        typeflag: u8,
        size: u64,
        pax: Pax,
        meta: Meta,
    ) -> Result<Member, Fault> {
        let sparse = self.sparse_map(block, at, typeflag, size, &pax.sparse)?;
        let data = self.stream.pos();
        let (stored, what) = match sparse {
            None => (
                size,
                What::File {
                    data,
                    size,
                    sparse: None,
                },
            ),
            Some((runs, realsize, map_bytes)) => {
                let sparse = Some(runs);
                (
                    size - map_bytes,
                    What::File {
                        data,
                        size: realsize,
                        sparse,
                    },
                )
            }
        };
        self.skip_exact(stored + padding(size), at)?;
        Ok(member(at, what, meta, pax))
    }

    /// The sparse map of the member whose header is `block`, or `None` for a plain file.
    pub(super) fn sparse_map(
        &mut self,
        block: &Block,
        at: u64,
        typeflag: u8,
        size: u64,
        keys: &SparseKeys,
    ) -> Result<Option<Map>, Fault> {
        let (map, realsize, map_bytes) = if typeflag == b'S' {
            let realsize = block.num(483, 12, "realsize").at(at)?;
            let realsize =
                u64::try_from(realsize).map_err(|_| Fault::at(at, "negative realsize"))?;
            (self.old_gnu(block, at)?, realsize, 0)
        } else if keys.any {
            let realsize = keys.realsize;
            let realsize =
                realsize.ok_or_else(|| Fault::at(at, "sparse member without a real size"))?;
            match keys.major {
                Some(1) => {
                    let (map, bytes) = self.v1_map(at, size)?;
                    (map, realsize, bytes)
                }
                _ => (keys.map.clone(), realsize, 0),
            }
        } else {
            return Ok(None);
        };
        let runs = runs(&map, realsize, size - map_bytes).at(at)?;
        Ok(Some((runs, realsize, map_bytes)))
    }
}
